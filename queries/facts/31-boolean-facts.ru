#+ summary: Facts of boolean fields (ambulatory, amputation_imminent) - true or false as stated; left out takes the property's pvdkg:defaultValue if it has one, else stays unknown.
#+ inputs: boolean patient properties with pvdkg:trueFact/falseFact
#+ outputs: ?patient a <fact class>
#+ source: case-format.md (ambulatory: unknown when left out; amputation_imminent: default false)
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a ?fact }
WHERE {
  ?prop pvdkg:trueFact ?t ; pvdkg:falseFact ?f ; rdfs:range xsd:boolean .
  ?p a pvdkg:Patient .
  OPTIONAL { ?p ?prop ?stated }
  OPTIONAL { ?prop pvdkg:defaultValue ?default }
  BIND (COALESCE(?stated, ?default) AS ?value)
  FILTER (BOUND(?value))
  BIND (IF(?value, ?t, ?f) AS ?fact)
}
