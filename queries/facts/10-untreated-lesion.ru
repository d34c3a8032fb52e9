#+ summary: U is not empty.
#+ inputs: pvdkg:untreatedLesion lesions; pvdkg:AnatomyKnownTrue
#+ outputs: ?patient a pvdkg:UntreatedLesionTrue | pvdkg:UntreatedLesionFalse (neither when the anatomy is unknown)
#+ source: clinical-content.md, facts table
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:UntreatedLesionTrue }
WHERE { ?p pvdkg:untreatedLesion ?l } ;
INSERT { ?p a pvdkg:UntreatedLesionFalse }
WHERE { ?p a pvdkg:AnatomyKnownTrue . MINUS { ?p a pvdkg:UntreatedLesionTrue } }
