#+ summary: Contributions (How statements combine, rules 3-6) - for each patient, every status that a rule or the patient's own contraindication gives an intervention. A rule reaches its own intervention; a status with pvdkg:flowsToDescendants (contraindicated) reaches every descendant; a status with pvdkg:capsStatus (consider) reaches a descendant only where another applying rule gives it the capped status (indicated). A patient-specific contraindication reaches the listed intervention and its descendants.
#+ inputs: patients classified into populations (reason step); rules' pvdkg:hasAction; the intervention hierarchy; pvdkg:contraindicated
#+ outputs: pvdkg:Contribution nodes: pvdkg:forPatient, pvdkg:intervention, pvdkg:status, pvdkg:inheritedFrom (the rule's or list's own intervention; equal to pvdkg:intervention when direct), pvdkg:byRule or pvdkg:patientSpecific true, pvdkg:contributesTo (the IRI of the patient-and-intervention entry that 20-entries.ru writes)
#+ source: clinical-content.md, How statements combine, rules 3, 4, 5, 6
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
INSERT {
  ?c a pvdkg:Contribution ; pvdkg:forPatient ?p ; pvdkg:intervention ?iv ; pvdkg:status ?s ;
     pvdkg:inheritedFrom ?target ; pvdkg:byRule ?r ; pvdkg:patientSpecific ?byPatient ; pvdkg:contributesTo ?e .
}
WHERE {
  {
    ?r pvdkg:hasAction ?a .
    ?a pvdkg:population ?pop ; pvdkg:intervention ?target ; pvdkg:status ?s .
    ?p a pvdkg:Patient , ?pop .
    ?iv pvdkg:subClassOfOrSelf ?target .
    FILTER (?iv = ?target
            || EXISTS { ?s pvdkg:flowsToDescendants true }
            || EXISTS { ?s pvdkg:capsStatus ?capped .
                        ?r2 pvdkg:hasAction ?a2 .
                        ?a2 pvdkg:intervention ?iv ; pvdkg:status ?capped ; pvdkg:population ?pop2 .
                        ?p a ?pop2 })
  }
  UNION
  {
    ?p a pvdkg:Patient ; pvdkg:contraindicated ?target .
    ?iv pvdkg:subClassOfOrSelf ?target .
    BIND (pvdkg:Contraindicated AS ?s)
    BIND (STRDT("true", xsd:boolean) AS ?byPatient)
  }
  BIND (IRI(CONCAT(STR(?p), "/contribution/",
        MD5(CONCAT(STR(?iv), " ", COALESCE(STR(?r), "patient"), " ", STR(?target))))) AS ?c)
  BIND (IRI(CONCAT(STR(?p), "/entry/", MD5(STR(?iv)))) AS ?e)
}
