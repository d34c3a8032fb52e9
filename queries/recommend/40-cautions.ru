#+ summary: Cautions that hold (rule 9) - a caution (or interaction) whose population holds for the patient and, where it has a pvdkg:requiresStatus, one of whose required entries (queries/knowledge/40-caution-required-entries.rq) the patient has, written as ?patient pvdkg:cautioned ?caution.
#+ inputs: pvdkg:Entry nodes (final statuses; an entry is the object of pvdkg:contributesTo); caution statements, their pvdkg:cautionPopulation and pvdkg:requiresEntry; patients' classes
#+ outputs: ?patient pvdkg:cautioned ?caution
#+ source: clinical-content.md, How statements combine, rule 9
#+ needed-by: cautions.rq (skipped when only the audit is asked)
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
# Two plain updates rather than one query with a union of subqueries: Virtuoso 7.2
# planned that union badly (15 s at 1,000 patients, minutes at 10,000), and
# "?e a pvdkg:Entry" as a scan of all entries, hence pvdkg:contributesTo below.
INSERT { ?patient pvdkg:cautioned ?caution }
WHERE {
  ?patient a pvdkg:Patient .
  ?caution pvdkg:cautionPopulation ?pop .
  FILTER NOT EXISTS { ?caution pvdkg:requiresStatus ?noCondition }
  FILTER EXISTS { ?patient a ?pop }  # a lookup: as a pattern pyoxigraph read every class of the patient
} ;
# The patients with a required entry first, each (patient, caution) once, then the
# population: as one join, Virtuoso 7.2 took 76 s at 100 patients and more than 600 s
# at 1,000 (every contribution of every entry joined with every class of the patient);
# so, 0.15 s at 1,000 there, and pyoxigraph 61 ms against 110 ms.
INSERT { ?patient pvdkg:cautioned ?caution }
WHERE {
  { SELECT DISTINCT ?patient ?caution WHERE {
      ?caution pvdkg:requiresEntry ?required .
      ?required pvdkg:intervention ?iv ; pvdkg:status ?st .
      ?e pvdkg:intervention ?iv ; pvdkg:status ?st ; pvdkg:forPatient ?patient .
      ?anyContribution pvdkg:contributesTo ?e . } }
  ?caution pvdkg:cautionPopulation ?pop .
  ?patient a ?pop .
}
