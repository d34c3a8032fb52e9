#+ summary: Facts of enumerated fields (presentation, conditions, surgical_risk, vein_conduit) - each value individual names its true and false rails (pvdkg:trueFact/falseFact). A stated value is true; another value of a stated field is false; a field left out is unknown, unless its property is a complete list (pvdkg:completeList: conditions), where left out is false.
#+ inputs: patient enumerated values; pvdkg:fieldValue (queries/knowledge/50-field-values.rq); pvdkg:trueFact/falseFact; pvdkg:completeList
#+ outputs: ?patient a <fact class>
#+ source: clinical-content.md, How statements combine rule 2; case-format.md
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a ?t }
WHERE {
  ?prop pvdkg:fieldValue ?v .
  ?v pvdkg:trueFact ?t .
  ?p a pvdkg:Patient ; ?prop ?v .
} ;
INSERT { ?p a ?f }
WHERE {
  ?prop pvdkg:fieldValue ?v .
  ?v pvdkg:falseFact ?f .
  { ?prop pvdkg:completeList true . ?p a pvdkg:Patient } UNION { ?p a pvdkg:Patient ; ?prop ?other }
  MINUS { ?prop pvdkg:fieldValue ?v . ?p ?prop ?v }
}
