#+ summary: OWL 2 RL rule cls-uni - a patient in any member of an owl:unionOf is in the union class.
#+ inputs: patients' class memberships; owl:unionOf lists of the ontology
#+ outputs: ?patient a ?unionClass
#+ source: OWL 2 Profiles, section 4.3, table 6 (cls-uni); run to a fixpoint with the other reason/*.ru
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT { ?p a ?c }
WHERE {
  ?c owl:unionOf ?list .
  ?list rdf:rest*/rdf:first ?member .
  ?p a ?member , pvdkg:Patient .
  FILTER NOT EXISTS { ?p a ?c }
}
