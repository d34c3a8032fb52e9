#+ summary: Inflow revascularization done - a current InflowRevascularization, or a current revascularization at an inflow segment, whatever its result.
#+ inputs: pvdkg:hadProcedure records (a complete list), the intervention hierarchy
#+ outputs: ?patient a pvdkg:InflowRevascularizationDoneTrue | pvdkg:InflowRevascularizationDoneFalse
#+ source: clinical-content.md, facts table
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:InflowRevascularizationDoneTrue }
WHERE { ?p a pvdkg:Patient ; pvdkg:hadProcedure ?pr . ?pr pvdkg:procedureType ?type . ?type pvdkg:subClassOfOrSelf pvdkg:Revascularization . { ?type pvdkg:subClassOfOrSelf pvdkg:InflowRevascularization } UNION { ?pr pvdkg:segment/a pvdkg:InflowSegment } pvdkg:episode pvdkg:defaultValue ?defaultEpisode . OPTIONAL { ?pr pvdkg:episode ?ep0 } FILTER (COALESCE(?ep0, ?defaultEpisode) = pvdkg:CurrentEpisode) } ;
INSERT { ?p a pvdkg:InflowRevascularizationDoneFalse }
WHERE { ?p a pvdkg:Patient . MINUS { ?p a pvdkg:InflowRevascularizationDoneTrue } }
