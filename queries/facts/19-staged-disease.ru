#+ summary: Staged disease - U holds an inflow (aortoiliac) lesion and a lesion in another (outflow) segment.
#+ inputs: pvdkg:untreatedLesion; segment classes (pvdkg:InflowSegment)
#+ outputs: ?patient a pvdkg:StagedDiseaseTrue | pvdkg:StagedDiseaseFalse
#+ source: clinical-content.md, facts table 'staged disease'
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:StagedDiseaseTrue }
WHERE {
  # Two sets of patients joined, not pairs of lesions: linear in the lesions.
  { SELECT DISTINCT ?p WHERE { ?p pvdkg:untreatedLesion ?in . ?in pvdkg:segment/a pvdkg:InflowSegment } }
  { SELECT DISTINCT ?p WHERE {
      ?p pvdkg:untreatedLesion ?out .
      MINUS { ?out pvdkg:segment/a pvdkg:InflowSegment } } }
} ;
INSERT { ?p a pvdkg:StagedDiseaseFalse }
WHERE {
  ?p a pvdkg:AnatomyKnownTrue .
  MINUS { ?p a pvdkg:StagedDiseaseTrue }
}
