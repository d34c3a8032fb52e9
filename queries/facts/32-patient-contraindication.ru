#+ summary: 'X contraindicated for the patient' - X or an ancestor of X is in the case's contraindicated list (a complete list, so otherwise false). Contraindicating a child never touches its parent.
#+ inputs: pvdkg:contraindicated; fact classes with pvdkg:contraindicationOf
#+ outputs: ?patient a <XContraindicatedTrue> | <XContraindicatedFalse>
#+ source: clinical-content.md, facts table 'contraindicated for the patient (X)'; rule 5
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a ?t }
WHERE {
  ?t pvdkg:contraindicationOf ?x .
  ?p a pvdkg:Patient ; pvdkg:contraindicated ?listed .
  ?x pvdkg:subClassOfOrSelf ?listed .
} ;
INSERT { ?p a ?f }
WHERE {
  ?t pvdkg:contraindicationOf ?x ; pvdkg:falseRail ?f .
  ?p a pvdkg:Patient .
  MINUS { ?p pvdkg:contraindicated ?listed . ?x pvdkg:subClassOfOrSelf ?listed }
}
