#+ summary: A severely calcified U lesion (R26).
#+ inputs: pvdkg:untreatedLesion lesions; pvdkg:AnatomyKnownTrue
#+ outputs: ?patient a pvdkg:SevereUntreatedLesionTrue | pvdkg:SevereUntreatedLesionFalse (neither when the anatomy is unknown)
#+ source: clinical-content.md, facts table
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:SevereUntreatedLesionTrue }
WHERE { ?p pvdkg:untreatedLesion ?l . ?l pvdkg:calcification pvdkg:SevereCalcification . } ;
INSERT { ?p a pvdkg:SevereUntreatedLesionFalse }
WHERE { ?p a pvdkg:AnatomyKnownTrue . MINUS { ?p a pvdkg:SevereUntreatedLesionTrue } }
