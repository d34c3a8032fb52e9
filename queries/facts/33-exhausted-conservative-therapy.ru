#+ summary: Exhausted conservative therapy - each intervention the fact requires (SupervisedExerciseTherapy, Cilostazol) is in tried or contraindicated for the patient; otherwise false (both lists are complete).
#+ inputs: pvdkg:tried, pvdkg:contraindicated; pvdkg:requiresExhausted on the fact class
#+ outputs: ?patient a pvdkg:ExhaustedConservativeTherapyTrue | ...False
#+ source: clinical-content.md, facts table 'exhausted conservative therapy'
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a ?f }
WHERE {
  ?t pvdkg:requiresExhausted ?x ; pvdkg:falseRail ?f .
  ?p a pvdkg:Patient .
  MINUS { ?p pvdkg:tried ?x }
  MINUS { ?p pvdkg:contraindicated ?listed . ?x pvdkg:subClassOfOrSelf ?listed }
} ;
INSERT { ?p a ?t }
WHERE {
  ?t pvdkg:requiresExhausted ?any ; pvdkg:falseRail ?f .
  ?p a pvdkg:Patient .
  MINUS { ?p a ?f }
}
