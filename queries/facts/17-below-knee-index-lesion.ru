#+ summary: An index lesion below the knee (R24), treated or not.
#+ inputs: pvdkg:indexLesion lesions; pvdkg:AnatomyKnownTrue
#+ outputs: ?patient a pvdkg:BelowKneeIndexLesionTrue | pvdkg:BelowKneeIndexLesionFalse (neither when the anatomy is unknown)
#+ source: clinical-content.md, facts table
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:BelowKneeIndexLesionTrue }
WHERE { ?p pvdkg:indexLesion ?l . ?l pvdkg:segment/a pvdkg:BelowKneeSegment . } ;
INSERT { ?p a pvdkg:BelowKneeIndexLesionFalse }
WHERE { ?p a pvdkg:AnatomyKnownTrue . MINUS { ?p a pvdkg:BelowKneeIndexLesionTrue } }
