#+ summary: Undecided rules, one step of the walk (contract v3, rule 12): from a part the walk reached, on to each of its parts that is itself unknown for the patient (in neither rail). An unknown intersection's true parts are settled and an unknown union's false parts cannot decide it, so only unknown parts are followed; a fact that names its case field ends the walk there.
#+ inputs: ?walk pvdkg:walkFrontier, the parts reached in the round before (50-undecided-rules.ru, and this file's earlier rounds); pvdkg:conditionPart (queries/knowledge/70-condition-parts.rq); patients' class memberships; pvdkg:oppositeRail
#+ outputs: ?walk pvdkg:walkReaches ?part, and the new parts as the next round's pvdkg:walkFrontier (semi-naive: a round reads only what the one before reached)
#+ source: clinical-content.md, How statements combine, rule 12
#+ runs: to a fixpoint (until the walk reaches nothing new; each round goes one level deeper)
#+ reads: recommend/51-undecided-walk-reads.rq
#+ needed-by: undecided.rq audit.rq (the data-completeness part of `pvdkg audit`)
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
INSERT { ?walk pvdkg:walkNext ?part }
WHERE {
  ?walk pvdkg:walkFrontier ?node ; pvdkg:walkPatient ?p .
  ?node pvdkg:conditionPart ?part .
  # NOT EXISTS, not MINUS: few walks, each checked by lookups (MINUS would read every membership)
  FILTER NOT EXISTS { ?walk pvdkg:walkReaches ?part }
  FILTER NOT EXISTS { ?p a ?part }
  FILTER NOT EXISTS { ?part pvdkg:oppositeRail ?opposite . ?p a ?opposite }
} ;
DELETE { ?walk pvdkg:walkFrontier ?node }
WHERE { ?walk pvdkg:walkFrontier ?node } ;
INSERT { ?walk pvdkg:walkReaches ?part ; pvdkg:walkFrontier ?part }
WHERE { ?walk pvdkg:walkNext ?part } ;
DELETE { ?walk pvdkg:walkNext ?part }
WHERE { ?walk pvdkg:walkNext ?part }
