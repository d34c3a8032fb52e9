#+ summary: Undecided rules, one step of the walk (contract v3, rule 12): from each part the walk reached in its last step (its frontier), on to each of its parts that is itself unknown for the patient (in neither rail) and not reached yet; these are the next step's frontier. An unknown intersection's true parts are settled and an unknown union's false parts cannot decide it, so only unknown parts are followed; a fact that names its case field ends the walk there.
#+ inputs: ?walk pvdkg:walkFrontier, the parts reached in the last step (50-undecided-rules.ru, then this file's previous round), and pvdkg:walkReaches, every part reached so far; pvdkg:conditionPart (queries/knowledge/70-condition-parts.rq); patients' class memberships; pvdkg:oppositeRail
#+ outputs: ?walk pvdkg:walkReaches ?part and pvdkg:walkFrontier ?part for each new part; the previous frontier removed (a round that reaches nothing new ends the walk and leaves no frontier)
#+ source: clinical-content.md, How statements combine, rule 12
#+ runs: to a fixpoint (until the walk reaches nothing new; each round goes one level deeper)
#+ reads: recommend/51-undecided-walk-reads.rq
#+ needed-by: undecided.rq audit.rq (the data-completeness part of `pvdkg audit`)
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
# Semi-naive: each round goes on from the last round's new parts only (the naive walk
# from everything reached so far did each part's lookups again every round), in one
# operation: the union's first branch drops every frontier part, the second adds the
# next ones. 25 % faster for 4 patients, 37 % for 64; the same parts reached. DELETE and
# INSERT on one line: a store's scratch graph puts its WITH before the line (pvdkg.stores.base).
DELETE { ?walk pvdkg:walkFrontier ?node } INSERT { ?walk pvdkg:walkReaches ?part ; pvdkg:walkFrontier ?part }
WHERE {
  { ?walk pvdkg:walkFrontier ?node }
  UNION
  {
    ?walk pvdkg:walkFrontier ?node ; pvdkg:walkPatient ?p .
    ?node pvdkg:conditionPart ?part .
    # NOT EXISTS, not MINUS: few walks, each checked by lookups (MINUS would read every membership)
    FILTER NOT EXISTS { ?walk pvdkg:walkReaches ?part }
    FILTER NOT EXISTS { ?p a ?part }
    # the opposite, then one lookup: as one pattern, pyoxigraph read every class of the patient (4x slower)
    FILTER NOT EXISTS { ?part pvdkg:oppositeRail ?opposite . FILTER EXISTS { ?p a ?opposite } }
  }
}
