#+ summary: Isolated infrapopliteal disease - U is not empty and every U lesion is below the knee (closed world over U).
#+ inputs: pvdkg:untreatedLesion; segment classes (pvdkg:BelowKneeSegment)
#+ outputs: ?patient a pvdkg:IsolatedInfrapoplitealDiseaseTrue | pvdkg:IsolatedInfrapoplitealDiseaseFalse
#+ source: clinical-content.md, facts table 'isolated infrapopliteal disease'
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:IsolatedInfrapoplitealDiseaseTrue }
WHERE {
  ?p a pvdkg:UntreatedLesionTrue .
  MINUS { ?p pvdkg:untreatedLesion ?l . MINUS { ?l pvdkg:segment/a pvdkg:BelowKneeSegment } }
} ;
INSERT { ?p a pvdkg:IsolatedInfrapoplitealDiseaseFalse }
WHERE {
  ?p a pvdkg:AnatomyKnownTrue .
  MINUS { ?p a pvdkg:IsolatedInfrapoplitealDiseaseTrue }
}
