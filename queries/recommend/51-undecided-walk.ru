#+ summary: Undecided rules, one step of the walk (contract v3, rule 12): from a part the walk reached, on to each of its parts that is itself unknown for the patient (in neither rail). An unknown intersection's true parts are settled and an unknown union's false parts cannot decide it, so only unknown parts are followed; a fact that names its case field ends the walk there.
#+ inputs: ?walk pvdkg:walkReaches, the parts reached so far (50-undecided-rules.ru, and this file's earlier rounds); pvdkg:conditionPart (queries/knowledge/70-condition-parts.rq); patients' class memberships; pvdkg:oppositeRail
#+ outputs: ?walk pvdkg:walkReaches ?part (a round that reaches nothing new ends the walk)
#+ source: clinical-content.md, How statements combine, rule 12
#+ runs: to a fixpoint (until the walk reaches nothing new; each round goes one level deeper)
#+ reads: recommend/51-undecided-walk-reads.rq
#+ needed-by: undecided.rq audit.rq (the data-completeness part of `pvdkg audit`)
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
# One operation that goes on from everything reached so far (naive, not semi-naive): the
# walks are a few nodes each, and one operation a round costs pyoxigraph less to plan than
# the four a frontier needs (write next, drop frontier, promote next, drop next).
INSERT { ?walk pvdkg:walkReaches ?part }
WHERE {
  ?walk pvdkg:walkReaches ?node ; pvdkg:walkPatient ?p .
  ?node pvdkg:conditionPart ?part .
  # NOT EXISTS, not MINUS: few walks, each checked by lookups (MINUS would read every membership)
  FILTER NOT EXISTS { ?walk pvdkg:walkReaches ?part }
  FILTER NOT EXISTS { ?p a ?part }
  # the opposite, then one lookup: as one pattern, pyoxigraph read every class of the patient (4x slower)
  FILTER NOT EXISTS { ?part pvdkg:oppositeRail ?opposite . FILTER EXISTS { ?p a ?opposite } }
}
