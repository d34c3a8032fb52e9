#+ summary: A below-knee U lesion (R22).
#+ inputs: pvdkg:untreatedLesion lesions; pvdkg:AnatomyKnownTrue
#+ outputs: ?patient a pvdkg:BelowKneeUntreatedLesionTrue | pvdkg:BelowKneeUntreatedLesionFalse (neither when the anatomy is unknown)
#+ source: clinical-content.md, facts table
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:BelowKneeUntreatedLesionTrue }
WHERE { ?p pvdkg:untreatedLesion ?l . ?l pvdkg:segment/a pvdkg:BelowKneeSegment . } ;
INSERT { ?p a pvdkg:BelowKneeUntreatedLesionFalse }
WHERE { ?p a pvdkg:AnatomyKnownTrue . MINUS { ?p a pvdkg:BelowKneeUntreatedLesionTrue } }
