#+ summary: OWL 2 RL rule cls-int1 - a patient in every member of an owl:intersectionOf is in the intersection class.
#+ inputs: patients' class memberships; owl:intersectionOf lists of the ontology
#+ outputs: ?patient a ?intersectionClass
#+ source: OWL 2 Profiles, section 4.3, table 6 (cls-int1); run to a fixpoint with the other reason/*.ru
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT { ?p a ?c }
WHERE {
  ?c owl:intersectionOf ?list .
  ?list rdf:first ?first .
  ?p a ?first , pvdkg:Patient .
  FILTER NOT EXISTS { ?p a ?c }
  FILTER NOT EXISTS { ?list rdf:rest*/rdf:first ?member . FILTER NOT EXISTS { ?p a ?member } }
}
