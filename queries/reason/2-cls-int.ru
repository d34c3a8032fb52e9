#+ summary: OWL 2 RL rule cls-int1 - a patient in every member of an owl:intersectionOf is in the intersection class (and, in the same step, in every class that entails).
#+ inputs: patients' class memberships; pvdkg:intersectionMember, pvdkg:intersectionSize (queries/knowledge/30-class-expression-members.rq); pvdkg:entailsClass
#+ outputs: ?patient a ?intersectionClass, and its entailed classes
#+ source: OWL 2 Profiles, section 4.3, table 6 (cls-int1) with table 7 (cax-sco, cax-eqc); run to a fixpoint with the other reason/*.ru
#+ reads: reason/2-cls-int-reads.rq
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
INSERT { ?p a ?d }
WHERE {
  { SELECT ?p ?c (COUNT(?member) AS ?n)
    WHERE { ?c pvdkg:intersectionMember ?member . ?p a ?member . }
    GROUP BY ?p ?c }
  ?c pvdkg:intersectionSize ?n ; pvdkg:entailsClass ?d .
  FILTER NOT EXISTS { ?p a ?d }   # a lookup per solution: MINUS would read every membership (slow for one case)
}
