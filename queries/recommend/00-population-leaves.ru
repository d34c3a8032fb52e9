#+ summary: Population leaves - for every class used as a population, the named classes (facts, or other populations) at the leaves of its OWL class expression; the reasons step reads them instead of walking the expressions per patient.
#+ inputs: populations of actions and cautions; owl:equivalentClass, owl:intersectionOf, owl:unionOf lists
#+ outputs: ?population pvdkg:leafClass ?namedClass (a population that is itself a named fact is its own leaf)
#+ source: clinical-content.md, How statements combine, rule 7 (because)
#+ needed-by: because.rq (skipped when only the audit is asked)
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
INSERT { ?pop pvdkg:leafClass ?leaf }
WHERE {
  { SELECT DISTINCT ?pop WHERE { { ?a pvdkg:population ?pop } UNION { ?c pvdkg:cautionPopulation ?pop } } }
  ?pop owl:equivalentClass?/(owl:intersectionOf|owl:unionOf|rdf:rest|rdf:first)* ?leaf .
  FILTER (isIRI(?leaf))
  FILTER NOT EXISTS { ?leaf rdf:first ?notAList }
}
