#+ summary: OWL 2 RL rule cax-sco - a patient in a class is in its superclasses.
#+ inputs: patients' class memberships; rdfs:subClassOf axioms
#+ outputs: ?patient a ?superClass
#+ source: OWL 2 Profiles, section 4.3, table 7 (cax-sco); run to a fixpoint with the other reason/*.ru
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT { ?p a ?super }
WHERE {
  ?p a pvdkg:Patient , ?c .
  ?c rdfs:subClassOf ?super .
  FILTER NOT EXISTS { ?p a ?super }
}
