#+ summary: OWL 2 RL rule cls-uni - a patient in some member of an owl:unionOf is in the union class (and, in the same step, in every class that entails).
#+ inputs: patients' class memberships; pvdkg:unionMember (queries/knowledge/30-class-expression-members.rq); pvdkg:entailsClass
#+ outputs: ?patient a ?unionClass, and its entailed classes
#+ source: OWL 2 Profiles, section 4.3, table 6 (cls-uni) with table 7 (cax-sco, cax-eqc); run to a fixpoint with the other reason/*.ru
#+ reads: reason/1-cls-uni-reads.rq
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
INSERT { ?p a ?d }
WHERE {
  # From the (few) union members to their patients, not from every membership of every
  # patient (2x faster in pyoxigraph once the false rails doubled the memberships).
  ?c pvdkg:unionMember ?member .
  ?p a ?member .
  ?c pvdkg:entailsClass ?d .
  FILTER NOT EXISTS { ?p a ?d }   # a lookup per solution: MINUS would read every membership (slow for one case)
}
