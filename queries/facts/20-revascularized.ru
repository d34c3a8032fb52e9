#+ summary: Revascularized - a procedure, current or earlier, of a Revascularization kind, whatever its result.
#+ inputs: pvdkg:hadProcedure records (a complete list), the intervention hierarchy
#+ outputs: ?patient a pvdkg:RevascularizedTrue | pvdkg:RevascularizedFalse
#+ source: clinical-content.md, facts table
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { ?p a pvdkg:RevascularizedTrue }
WHERE { ?p a pvdkg:Patient ; pvdkg:hadProcedure ?pr . ?pr pvdkg:procedureType/pvdkg:subClassOfOrSelf pvdkg:Revascularization . } ;
INSERT { ?p a pvdkg:RevascularizedFalse }
WHERE { ?p a pvdkg:Patient . MINUS { ?p a pvdkg:RevascularizedTrue } }
