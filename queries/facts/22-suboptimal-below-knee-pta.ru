#+ summary: Suboptimal below-knee PTA - a current PercutaneousTransluminalAngioplasty with result suboptimal at a below-knee segment (a failed PTA is not suboptimal).
#+ inputs: pvdkg:hadProcedure records (a complete list), the intervention hierarchy
#+ outputs: ?patient a pvdkg:SuboptimalBelowKneePTATrue | pvdkg:SuboptimalBelowKneePTAFalse
#+ source: clinical-content.md, facts table
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:SuboptimalBelowKneePTATrue }
WHERE { ?p a pvdkg:Patient ; pvdkg:hadProcedure ?pr . ?pr pvdkg:procedureType/pvdkg:subClassOfOrSelf pvdkg:PercutaneousTransluminalAngioplasty ; pvdkg:procedureResult pvdkg:SuboptimalResult ; pvdkg:segment/a pvdkg:BelowKneeSegment . pvdkg:episode pvdkg:defaultValue ?defaultEpisode . OPTIONAL { ?pr pvdkg:episode ?ep0 } FILTER (COALESCE(?ep0, ?defaultEpisode) = pvdkg:CurrentEpisode) } ;
INSERT { ?p a pvdkg:SuboptimalBelowKneePTAFalse }
WHERE { ?p a pvdkg:Patient . MINUS { ?p a pvdkg:SuboptimalBelowKneePTATrue } }
