#+ summary: A severely calcified below-knee U lesion (R18).
#+ inputs: pvdkg:untreatedLesion lesions; pvdkg:AnatomyKnownTrue
#+ outputs: ?patient a pvdkg:SevereBelowKneeUntreatedLesionTrue | pvdkg:SevereBelowKneeUntreatedLesionFalse (neither when the anatomy is unknown)
#+ source: clinical-content.md, facts table
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:SevereBelowKneeUntreatedLesionTrue }
WHERE { ?p pvdkg:untreatedLesion ?l . ?l pvdkg:calcification pvdkg:SevereCalcification ; pvdkg:segment/a pvdkg:BelowKneeSegment . } ;
INSERT { ?p a pvdkg:SevereBelowKneeUntreatedLesionFalse }
WHERE { ?p a pvdkg:AnatomyKnownTrue . MINUS { ?p a pvdkg:SevereBelowKneeUntreatedLesionTrue } }
