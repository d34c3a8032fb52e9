#+ summary: The false rail of every population, materialised when the knowledge base is loaded (contract v3, rule 12): for each class expression and each named class defined by one, a class of the patients for whom it is known to fail, written as OWL (owl:equivalentClass, owl:unionOf, owl:intersectionOf) so that both engines (the OWL RL rules and HermiT) classify patients into it with the same axioms. A patient in neither rail of a rule's population leaves the rule undecided.
#+ inputs: the ontology and knowledge base: pvdkg:falseRail on the facts (ontology/facts.ttl); owl:equivalentClass, owl:intersectionOf, owl:unionOf of the populations (ontology/kb/)
#+ outputs: ?class pvdkg:oppositeRail ?opposite (both ways; none for a population that can never be undecided); the opposite's OWL definition; a named population P gets the IRI PFalse (kb:R21-populationFalse, pvdkg:RevascularizationCandidateFalse)
#+ source: De Morgan over Kleene's logic (clinical-content.md, How statements combine, rules 2 and 12): (A and B)- = A- or B-, (A or B)- = A- and B-; a member without a false rail (pvdkg:Patient, say: never false) counts as owl:Nothing
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# 1. A fact's two rails are each other's opposite.
INSERT { ?true pvdkg:oppositeRail ?false . ?false pvdkg:oppositeRail ?true }
WHERE { ?true pvdkg:falseRail ?false } ;

# 2. A new (anonymous) class for the opposite of every class expression in the
#    condition of a rule (an action's population), down to the facts: a fact's own
#    definition (pvdkg:CLTIPendingTrue, say) has its authored false rail already, and a
#    caution's condition is never undecided (rule 12 is about rules), so neither gets one;
#    nor does a population that reaches only facts that are never unknown
#    (pvdkg:alwaysDecided, ontology/facts.ttl): it is never undecided either.
INSERT { ?x pvdkg:oppositeRail _:opposite . _:opposite pvdkg:oppositeRail ?x ; a owl:Class }
WHERE {
  { SELECT DISTINCT ?x WHERE {
      ?action pvdkg:population ?pop .
      FILTER EXISTS {
        ?pop (owl:equivalentClass|((owl:intersectionOf|owl:unionOf)/rdf:rest*/rdf:first))* ?fact .
        ?fact pvdkg:askField ?field .
        FILTER NOT EXISTS { ?fact pvdkg:alwaysDecided true } }
      ?pop (owl:equivalentClass|((owl:intersectionOf|owl:unionOf)/rdf:rest*/rdf:first))* ?x .
      { ?x owl:intersectionOf ?list } UNION { ?x owl:unionOf ?list }
      FILTER NOT EXISTS {
        ?fact pvdkg:falseRail|^pvdkg:falseRail ?otherRail .
        ?fact owl:equivalentClass/((owl:intersectionOf|owl:unionOf)/rdf:rest*/rdf:first)* ?x } } }
  FILTER NOT EXISTS { ?x pvdkg:oppositeRail ?any }
} ;

# 3. A named class defined by an expression (a population such as kb:R21-population,
#    or pvdkg:RevascularizationCandidate) and without a false rail of its own gets
#    PFalse, equivalent to the expression's opposite.
INSERT {
  ?named pvdkg:oppositeRail ?opposite . ?opposite pvdkg:oppositeRail ?named ;
    a owl:Class ; owl:equivalentClass ?xOpposite ; rdfs:label ?label ; skos:definition ?definition .
}
WHERE {
  ?named owl:equivalentClass ?x .
  ?x pvdkg:oppositeRail ?xOpposite .
  FILTER (isIRI(?named))
  FILTER NOT EXISTS { ?named pvdkg:oppositeRail ?any }
  OPTIONAL { ?named rdfs:label ?namedLabel }
  BIND (IRI(CONCAT(STR(?named), "False")) AS ?opposite)
  BIND (CONCAT("known not to be: ", COALESCE(STR(?namedLabel), STR(?named))) AS ?label)
  BIND (CONCAT("The false rail of ", STR(?named), ": patients for whom its condition is known to fail ",
               "(De Morgan over the rails of its parts; generated at load by queries/knowledge/05-false-rails.ru).") AS ?definition)
} ;

# 4. The opposite's list mirrors the expression's list, member by member (a new cell
#    for each cell), each member replaced by its opposite (owl:Nothing when it has none).
INSERT { ?cell pvdkg:mirrorCell _:mirror }
WHERE {
  { SELECT DISTINCT ?cell WHERE {
      ?x pvdkg:oppositeRail ?opposite .
      { ?x owl:intersectionOf ?list } UNION { ?x owl:unionOf ?list }
      ?list rdf:rest* ?cell .
      FILTER (?cell != rdf:nil) } }
} ;
INSERT { ?mirror rdf:first ?memberOpposite ; rdf:rest ?mirrorRest }
WHERE {
  ?cell pvdkg:mirrorCell ?mirror ; rdf:first ?member ; rdf:rest ?rest .
  OPTIONAL { ?member pvdkg:oppositeRail ?opposite }
  OPTIONAL { ?rest pvdkg:mirrorCell ?restMirror }
  BIND (COALESCE(?opposite, owl:Nothing) AS ?memberOpposite)
  BIND (COALESCE(?restMirror, rdf:nil) AS ?mirrorRest)
} ;

# 5. De Morgan: an intersection's opposite is the union of the opposites, and a union's the intersection.
INSERT { ?opposite owl:unionOf ?mirror }
WHERE { ?x owl:intersectionOf ?list ; pvdkg:oppositeRail ?opposite . ?list pvdkg:mirrorCell ?mirror .
        FILTER NOT EXISTS { ?opposite owl:unionOf|owl:intersectionOf ?defined } } ;
INSERT { ?opposite owl:intersectionOf ?mirror }
WHERE { ?x owl:unionOf ?list ; pvdkg:oppositeRail ?opposite . ?list pvdkg:mirrorCell ?mirror .
        FILTER NOT EXISTS { ?opposite owl:unionOf|owl:intersectionOf ?defined } } ;

DELETE WHERE { ?cell pvdkg:mirrorCell ?mirror }
