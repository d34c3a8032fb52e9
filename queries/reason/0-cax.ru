#+ summary: OWL 2 RL rules cax-sco, cax-eqc1 and cax-eqc2 in one step - a patient in a class is in every class that membership entails (its superclasses and equivalent classes, transitively).
#+ inputs: patients' class memberships; pvdkg:entailsClass (queries/knowledge/20-class-entailment.rq)
#+ outputs: ?patient a ?entailedClass
#+ source: OWL 2 Profiles, section 4.3, table 7 (cax-sco, cax-eqc1, cax-eqc2)
#+ runs: once, before the fixpoint (the other reason/*.ru insert the classes their conclusions entail themselves)
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
INSERT { ?p a ?d }
WHERE {
  ?c pvdkg:entailsClass ?d .
  FILTER (?c != ?d)                 # a class entails itself: nothing to add
  ?p a ?c .
  ?p a pvdkg:Patient .
  # the patient named again: the MINUS then reads the patients' classes, not every rdf:type
  # triple of the store (knowledge included), 25 % faster for 1 to 8 patients
  MINUS { ?p a pvdkg:Patient , ?d }
}
