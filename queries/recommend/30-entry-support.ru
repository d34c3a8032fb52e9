#+ summary: Entry support - the rules behind each entry (those whose contribution has the entry's final status) and the citation numbers they give it (a conditional citation only when the patient is in its class), written once so that the result queries join plain properties.
#+ inputs: pvdkg:Entry and pvdkg:Contribution nodes (10-contributions.ru, 20-entries.ru); rules' pvdkg:citation and pvdkg:conditionalCitation
#+ outputs: ?entry pvdkg:supportedBy ?rule ; pvdkg:entryCitation ?citationNumber
#+ source: clinical-content.md, How statements combine, rule 7 (the recommendations and citations of a result entry)
#+ needed-by: interventions.rq (skipped when only the audit is asked)
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
INSERT { ?e pvdkg:supportedBy ?r }
WHERE { ?c pvdkg:contributesTo ?e ; pvdkg:status ?s ; pvdkg:byRule ?r . ?e pvdkg:status ?s . } ;
INSERT { ?e pvdkg:entryCitation ?n }
WHERE { ?e pvdkg:supportedBy ?r . ?r pvdkg:citation/pvdkg:citationNumber ?n } ;
INSERT { ?e pvdkg:entryCitation ?n }
WHERE {
  ?e pvdkg:supportedBy ?r ; pvdkg:forPatient ?p .
  ?r pvdkg:conditionalCitation ?cc .
  ?cc pvdkg:whenPatientIn ?when ; pvdkg:citation/pvdkg:citationNumber ?n .
  ?p a ?when .
}
