#+ summary: Entries (rule 6, resolution) - one per patient and intervention that has a contribution, with the most protective contributed status (highest pvdkg:protectiveRank) as its final status.
#+ inputs: pvdkg:Contribution nodes and their pvdkg:contributesTo; pvdkg:protectiveRank of the statuses
#+ outputs: pvdkg:Entry nodes: pvdkg:forPatient, pvdkg:intervention, pvdkg:status
#+ source: clinical-content.md, How statements combine, rule 6
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
INSERT { ?e a pvdkg:Entry ; pvdkg:forPatient ?p ; pvdkg:intervention ?iv ; pvdkg:status ?win }
WHERE {
  {
    SELECT ?e ?p ?iv (MAX(?rank) AS ?top)
    WHERE { ?c pvdkg:contributesTo ?e ; pvdkg:forPatient ?p ; pvdkg:intervention ?iv ; pvdkg:status/pvdkg:protectiveRank ?rank }
    GROUP BY ?e ?p ?iv
  }
  ?win a pvdkg:RecommendationStatus ; pvdkg:protectiveRank ?top .
}
