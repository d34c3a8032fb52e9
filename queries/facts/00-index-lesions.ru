#+ summary: Index lesions - the listed lesions less those on the other side than the case's limb (when both give a side).
#+ inputs: patients (pvdkg:Patient) with pvdkg:hasLesion, pvdkg:limb, lesion pvdkg:side
#+ outputs: ?patient pvdkg:indexLesion ?lesion
#+ source: clinical-content.md, facts table 'index lesions'
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p pvdkg:indexLesion ?l }
WHERE {
  ?p a pvdkg:Patient ; pvdkg:hasLesion ?l .
  MINUS { ?p pvdkg:limb ?limb ; pvdkg:hasLesion ?l . ?l pvdkg:side ?side . FILTER (?limb != ?side) }
}
