#+ summary: Undecided rules, the start of the walk (contract v3, rule 12): for every patient and every population of a rule's action, when the patient is in neither its true rail (the population) nor its false rail (pvdkg:oppositeRail, queries/knowledge/05-false-rails.ru), a walk node that starts at the population.
#+ inputs: patients' class memberships (after classification); rules' actions and populations; pvdkg:oppositeRail
#+ outputs: ?walk pvdkg:walkPatient ?patient ; pvdkg:walkRoot ?population ; pvdkg:walkReaches ?population ; pvdkg:walkFrontier ?population (where 51-undecided-walk.ru goes on from)
#+ source: clinical-content.md, How statements combine, rules 2 and 12
#+ needed-by: undecided.rq audit.rq (the data-completeness part of `pvdkg audit`)
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
INSERT { ?walk pvdkg:walkPatient ?p ; pvdkg:walkRoot ?pop ; pvdkg:walkReaches ?pop ; pvdkg:walkFrontier ?pop }
WHERE {
  # a population without a false rail reaches only facts that are never unknown
  # (queries/knowledge/05-false-rails.ru): it is never undecided
  { SELECT DISTINCT ?pop WHERE { ?rule pvdkg:hasAction ?action . ?action pvdkg:population ?pop .
                                 ?pop pvdkg:oppositeRail ?anyOpposite } }
  ?p a pvdkg:Patient .
  # each MINUS names the populations again: pyoxigraph then reads only their members,
  # not every class membership in the store (4x faster at 1,000 patients)
  MINUS { ?inRail pvdkg:population ?pop . ?p a ?pop }
  MINUS { ?inFalseRail pvdkg:population ?pop . ?pop pvdkg:oppositeRail ?opposite . ?p a ?opposite }
  BIND (IRI(CONCAT(STR(?p), "/undecided/", MD5(STR(?pop)))) AS ?walk)
}
