#+ summary: A severely calcified U lesion in a non-stent zone: common femoral or popliteal (R28).
#+ inputs: pvdkg:untreatedLesion lesions; pvdkg:AnatomyKnownTrue
#+ outputs: ?patient a pvdkg:SevereNonStentZoneUntreatedLesionTrue | pvdkg:SevereNonStentZoneUntreatedLesionFalse (neither when the anatomy is unknown)
#+ source: clinical-content.md, facts table
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:SevereNonStentZoneUntreatedLesionTrue }
WHERE { ?p pvdkg:untreatedLesion ?l . ?l pvdkg:calcification pvdkg:SevereCalcification ; pvdkg:segment/a pvdkg:NonStentZoneSegment . } ;
INSERT { ?p a pvdkg:SevereNonStentZoneUntreatedLesionFalse }
WHERE { ?p a pvdkg:AnatomyKnownTrue . MINUS { ?p a pvdkg:SevereNonStentZoneUntreatedLesionTrue } }
