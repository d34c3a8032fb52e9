#+ summary: Contributions (How statements combine, rules 3-6) - for each patient, every status that a rule or the patient's own contraindication gives an intervention. A rule reaches its own intervention; a status with pvdkg:flowsToDescendants (contraindicated) reaches every descendant; a status with pvdkg:capsStatus (consider) reaches a descendant only where another applying rule gives it the capped status (indicated). A patient-specific contraindication reaches the listed intervention and its descendants.
#+ inputs: patients classified into populations (reason step); rules' pvdkg:hasAction; the intervention hierarchy; pvdkg:contraindicated
#+ outputs: pvdkg:Contribution nodes: pvdkg:forPatient, pvdkg:intervention, pvdkg:status, pvdkg:inheritedFrom (the rule's or list's own intervention; equal to pvdkg:intervention when direct), pvdkg:byRule or pvdkg:patientSpecific true, pvdkg:contributesTo (the IRI of the patient-and-intervention entry that 20-entries.ru writes)
#+ source: clinical-content.md, How statements combine, rules 3, 4, 5, 6
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
# Four updates, one per way a status reaches an intervention. As one update with
# FILTER EXISTS alternatives, Virtuoso 7.2 took 2x longer at 1,000 patients and
# 15x longer at 10,000. Each writes the same node shape; a contribution's IRI is
# fixed by patient, intervention, rule (or "patient") and the rule's own intervention.
# The two updates that reach descendants skip the rule's own intervention: the first
# update wrote those same triples already (one fifth less time for the four).
INSERT {
  ?c a pvdkg:Contribution ; pvdkg:forPatient ?p ; pvdkg:intervention ?target ; pvdkg:status ?s ;
     pvdkg:inheritedFrom ?target ; pvdkg:byRule ?r ; pvdkg:contributesTo ?e . }
WHERE {
  ?r pvdkg:hasAction ?a .
  ?a pvdkg:population ?pop ; pvdkg:intervention ?target ; pvdkg:status ?s .
  ?p a ?pop .
  BIND (IRI(CONCAT(STR(?p), "/contribution/", MD5(CONCAT(STR(?target), " ", STR(?r), " ", STR(?target))))) AS ?c)
  BIND (IRI(CONCAT(STR(?p), "/entry/", MD5(STR(?target)))) AS ?e)
} ;
INSERT {
  ?c a pvdkg:Contribution ; pvdkg:forPatient ?p ; pvdkg:intervention ?iv ; pvdkg:status ?s ;
     pvdkg:inheritedFrom ?target ; pvdkg:byRule ?r ; pvdkg:contributesTo ?e . }
WHERE {
  ?s pvdkg:flowsToDescendants true .
  ?a pvdkg:status ?s ; pvdkg:population ?pop ; pvdkg:intervention ?target .
  ?r pvdkg:hasAction ?a .
  ?iv pvdkg:subClassOfOrSelf ?target .
  FILTER (?iv != ?target)         # the rule's own intervention: the first update wrote it
  ?p a ?pop .
  BIND (IRI(CONCAT(STR(?p), "/contribution/", MD5(CONCAT(STR(?iv), " ", STR(?r), " ", STR(?target))))) AS ?c)
  BIND (IRI(CONCAT(STR(?p), "/entry/", MD5(STR(?iv)))) AS ?e)
} ;
INSERT {
  ?c a pvdkg:Contribution ; pvdkg:forPatient ?p ; pvdkg:intervention ?iv ; pvdkg:status ?s ;
     pvdkg:inheritedFrom ?target ; pvdkg:byRule ?r ; pvdkg:contributesTo ?e . }
WHERE {
  ?s pvdkg:capsStatus ?capped .
  ?a pvdkg:status ?s ; pvdkg:population ?pop ; pvdkg:intervention ?target .
  ?r pvdkg:hasAction ?a .
  ?iv pvdkg:subClassOfOrSelf ?target .
  FILTER (?iv != ?target)         # the rule's own intervention: the first update wrote it
  ?a2 pvdkg:intervention ?iv ; pvdkg:status ?capped ; pvdkg:population ?pop2 .
  ?p a ?pop , ?pop2 .
  BIND (IRI(CONCAT(STR(?p), "/contribution/", MD5(CONCAT(STR(?iv), " ", STR(?r), " ", STR(?target))))) AS ?c)
  BIND (IRI(CONCAT(STR(?p), "/entry/", MD5(STR(?iv)))) AS ?e)
} ;
INSERT {
  ?c a pvdkg:Contribution ; pvdkg:forPatient ?p ; pvdkg:intervention ?iv ; pvdkg:status pvdkg:Contraindicated ;
     pvdkg:inheritedFrom ?target ; pvdkg:patientSpecific true ; pvdkg:contributesTo ?e . }
WHERE {
  ?p a pvdkg:Patient ; pvdkg:contraindicated ?target .
  ?iv pvdkg:subClassOfOrSelf ?target .
  BIND (IRI(CONCAT(STR(?p), "/contribution/", MD5(CONCAT(STR(?iv), " patient ", STR(?target))))) AS ?c)
  BIND (IRI(CONCAT(STR(?p), "/entry/", MD5(STR(?iv)))) AS ?e)
}
