#+ summary: Short lesion - a U lesion with length short.
#+ inputs: pvdkg:untreatedLesion lesions; pvdkg:AnatomyKnownTrue
#+ outputs: ?patient a pvdkg:ShortLesionTrue | pvdkg:ShortLesionFalse (neither when the anatomy is unknown)
#+ source: clinical-content.md, facts table
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:ShortLesionTrue }
WHERE { ?p pvdkg:untreatedLesion ?l . ?l pvdkg:lesionLength pvdkg:ShortLength . } ;
INSERT { ?p a pvdkg:ShortLesionFalse }
WHERE { ?p a pvdkg:AnatomyKnownTrue . MINUS { ?p a pvdkg:ShortLesionTrue } }
