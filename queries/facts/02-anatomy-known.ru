#+ summary: Anatomy known - at least one index lesion is listed; without one every lesion fact stays unknown.
#+ inputs: pvdkg:indexLesion
#+ outputs: ?patient a pvdkg:AnatomyKnownTrue | pvdkg:AnatomyKnownFalse
#+ source: clinical-content.md, facts table 'untreated lesions (U)' (no index lesion: anatomy unknown)
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:AnatomyKnownTrue } WHERE { ?p a pvdkg:Patient ; pvdkg:indexLesion ?l } ;
INSERT { ?p a pvdkg:AnatomyKnownFalse } WHERE { ?p a pvdkg:Patient . MINUS { ?p a pvdkg:AnatomyKnownTrue } }
