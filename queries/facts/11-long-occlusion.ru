#+ summary: Long occlusion - a U lesion with morphology occlusion and length long.
#+ inputs: pvdkg:untreatedLesion lesions; pvdkg:AnatomyKnownTrue
#+ outputs: ?patient a pvdkg:LongOcclusionTrue | pvdkg:LongOcclusionFalse (neither when the anatomy is unknown)
#+ source: clinical-content.md, facts table
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:LongOcclusionTrue }
WHERE { ?p pvdkg:untreatedLesion ?l . ?l pvdkg:morphology pvdkg:Occlusion ; pvdkg:lesionLength pvdkg:LongLength . } ;
INSERT { ?p a pvdkg:LongOcclusionFalse }
WHERE { ?p a pvdkg:AnatomyKnownTrue . MINUS { ?p a pvdkg:LongOcclusionTrue } }
