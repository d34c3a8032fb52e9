#+ summary: OWL 2 RL rules cax-eqc1/cax-eqc2 - a patient in one of two equivalent classes is in the other.
#+ inputs: patients' class memberships; owl:equivalentClass axioms
#+ outputs: ?patient a ?class
#+ source: OWL 2 Profiles, section 4.3, table 7 (cax-eqc1, cax-eqc2); run to a fixpoint with the other reason/*.ru
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT { ?p a ?to }
WHERE {
  { ?to owl:equivalentClass ?from } UNION { ?from owl:equivalentClass ?to }
  ?p a ?from , pvdkg:Patient .
  FILTER NOT EXISTS { ?p a ?to }
}
