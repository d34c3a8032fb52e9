#+ summary: U, the untreated index lesions. A lesion is treated by a current procedure of a Revascularization kind with an optimal result at the same segment (and side where both give one); a record without a segment treats the segment its type implies (pvdkg:impliedSegment, e.g. InflowRevascularization -> aortoiliac), else nothing.
#+ inputs: pvdkg:indexLesion, pvdkg:hadProcedure records, pvdkg:episode (default from the ontology)
#+ outputs: ?patient pvdkg:treatedLesion ?lesion ; ?patient pvdkg:untreatedLesion ?lesion
#+ source: clinical-content.md, facts table 'treated lesion', 'untreated lesions (U)'
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p pvdkg:treatedLesion ?l }
WHERE {
  ?p pvdkg:indexLesion ?l ; pvdkg:hadProcedure ?pr .
  ?l pvdkg:segment ?seg .
  ?pr pvdkg:procedureType ?type ; pvdkg:procedureResult pvdkg:OptimalResult .
  ?type pvdkg:subClassOfOrSelf pvdkg:Revascularization .
  pvdkg:episode pvdkg:defaultValue ?defaultEpisode .
  OPTIONAL { ?pr pvdkg:episode ?ep0 }
  FILTER (COALESCE(?ep0, ?defaultEpisode) = pvdkg:CurrentEpisode)
  OPTIONAL { ?pr pvdkg:segment ?statedSegment }
  OPTIONAL { ?kind pvdkg:impliedSegment ?impliedSegment . ?type pvdkg:subClassOfOrSelf ?kind }
  FILTER (COALESCE(?statedSegment, ?impliedSegment) = ?seg)
  MINUS { ?p pvdkg:indexLesion ?l ; pvdkg:hadProcedure ?pr . ?pr pvdkg:side ?ps . ?l pvdkg:side ?ls . FILTER (?ps != ?ls) }
} ;
INSERT { ?p pvdkg:untreatedLesion ?l }
WHERE {
  ?p pvdkg:indexLesion ?l .
  MINUS { ?p pvdkg:treatedLesion ?l }
}
