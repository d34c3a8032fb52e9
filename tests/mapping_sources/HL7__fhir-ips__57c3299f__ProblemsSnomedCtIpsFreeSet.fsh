ValueSet: ProblemsSnomedCtIpsFreeSet
Id: problems-snomed-ct-ips-free-set
Title: "Problems - SNOMED CT IPS Free Set"
Description: "This value set includes the codes from the SNOMED International Patient Set (IPS) subset of SNOMED CT (IPS Free Set) that are included in: descendants of 404684003 \\|Clinical finding (finding) \\|, descendants of 243796009 \\|Situation with explicit context (situation)\\| and descendants of 272379006 \\|Event (event)\\|.  The descendants of 71388002 \\|Procedure (procedure)\\| (which were included in the CORE problem list) are not included, as they are expected to be represented separately in the History of Procedures Section."
* ^version = "1.1.0"
* ^status = #active
* ^experimental = false
* ^date = "2022-08-31T10:10:59+00:00"
* ^publisher = "HL7 International / Patient Care"
* ^contact.telecom.system = #url
* ^contact.telecom.value = "http://www.hl7.org/Special/committees/patientcare"
* ^jurisdiction = $m49.htm#001
* ^immutable = false
* ^copyright = "The SNOMED International IPS Terminology is distributed by International Health Terminology Standards Development Organisation, trading as SNOMED International, and is subject the terms of the [Creative Commons Attribution 4.0 International Public License](https://creativecommons.org/licenses/by/4.0/). For more information, see [SNOMED IPS Terminology](https://www.snomed.org/snomed-ct/Other-SNOMED-products/international-patient-summary-terminology)"
* ^expansion.timestamp = "2022-08-31T10:10:59+00:00"
* ^expansion.total = 5622
* ^expansion.offset = 0
* ^expansion.parameter.name = "version"
* ^expansion.parameter.valueUri = "http://snomed.info/sct/version/20220731"
* ^expansion.contains[0].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15971541000119105
* ^expansion.contains[=].display = "Left femoral hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15971181000119105
* ^expansion.contains[=].display = "Right femoral hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12275351000119103
* ^expansion.contains[=].display = "Breast cancer screening declined"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10850741000119108
* ^expansion.contains[=].display = "Accidental needle stick injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #218951000119100
* ^expansion.contains[=].display = "Bilateral visual impairment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44991000119100
* ^expansion.contains[=].display = "Abnormal uterine bleeding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17461000119103
* ^expansion.contains[=].display = "Sequela of intracranial injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #781000119106
* ^expansion.contains[=].display = "Neuropathic arthropathy due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #591000119102
* ^expansion.contains[=].display = "Vaccine declined by patient"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #481000119104
* ^expansion.contains[=].display = "Strain of hamstring muscle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #331000119106
* ^expansion.contains[=].display = "Tendinitis of elbow or forearm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1157257000
* ^expansion.contains[=].display = "Poisoning by hypnotic agent"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1156963006
* ^expansion.contains[=].display = "Myelopathy due to cervical spondylosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1156015005
* ^expansion.contains[=].display = "Acquired deformity of hip region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1156014009
* ^expansion.contains[=].display = "Acquired deformity of hip joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1149345007
* ^expansion.contains[=].display = "Excessive weight gain during pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1149334009
* ^expansion.contains[=].display = "Acute intoxication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1149222004
* ^expansion.contains[=].display = "Overdose"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1148758003
* ^expansion.contains[=].display = "Congenital microcephaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1148757008
* ^expansion.contains[=].display = "Microcephaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1148649003
* ^expansion.contains[=].display = "Poisoning caused by opioid receptor agonist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1148567001
* ^expansion.contains[=].display = "Poisoning caused by sedative"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1145403003
* ^expansion.contains[=].display = "Macrocephaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1145402008
* ^expansion.contains[=].display = "Congenital macrocephaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1145155005
* ^expansion.contains[=].display = "Lead and/or lead compound poisoning"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1144805008
* ^expansion.contains[=].display = "Microscopic polyangiitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1052240009
* ^expansion.contains[=].display = "Paresis of right vocal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1052239007
* ^expansion.contains[=].display = "Paresis of left vocal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1010569005
* ^expansion.contains[=].display = "Undescended right testicle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1010568002
* ^expansion.contains[=].display = "Undescended left testicle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1010217004
* ^expansion.contains[=].display = "Congenital subluxation of right hip joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1010215007
* ^expansion.contains[=].display = "Congenital subluxation of left hip joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1004081001
* ^expansion.contains[=].display = "Neonatal disorder due to disease in mother"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1003722009
* ^expansion.contains[=].display = "Pain of knee region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1003721002
* ^expansion.contains[=].display = "Pain of joint of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1003614009
* ^expansion.contains[=].display = "Open angle glaucoma suspect"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1003488007
* ^expansion.contains[=].display = "Angle closure glaucoma suspect"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #926335004
* ^expansion.contains[=].display = "Rupture of rotator cuff of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #897004000
* ^expansion.contains[=].display = "Esophageal varices due to cirrhosis of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #895454001
* ^expansion.contains[=].display = "Lichen sclerosus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #874804000
* ^expansion.contains[=].display = "Contusion of head and/or neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #866000008
* ^expansion.contains[=].display = "Pilonidal abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #860918004
* ^expansion.contains[=].display = "Erectile dysfunction due to psychophysiologic disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #860914002
* ^expansion.contains[=].display = "Erectile dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #860792009
* ^expansion.contains[=].display = "Pleural effusion due to malignant neoplastic disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #860791002
* ^expansion.contains[=].display = "Pleural effusion due to neoplastic disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #846645002
* ^expansion.contains[=].display = "Tenosynovitis of elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #840546002
* ^expansion.contains[=].display = "Exposure to SARS-CoV-2"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #840544004
* ^expansion.contains[=].display = "Suspected COVID-19"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #840539006
* ^expansion.contains[=].display = "COVID-19"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #840365009
* ^expansion.contains[=].display = "Placenta circummarginate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #838283002
* ^expansion.contains[=].display = "Cellulitis and abscess of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #833278008
* ^expansion.contains[=].display = "Glaucoma suspect"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #816082000
* ^expansion.contains[=].display = "Hypovolemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #789758005
* ^expansion.contains[=].display = "Strain of rotator cuff of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #789537001
* ^expansion.contains[=].display = "Oral contraceptive prescribed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #788465007
* ^expansion.contains[=].display = "Repetitive motion disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #787483001
* ^expansion.contains[=].display = "No known device use"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #787482006
* ^expansion.contains[=].display = "No known immunizations"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #787481004
* ^expansion.contains[=].display = "No known medications"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #787480003
* ^expansion.contains[=].display = "No known procedures"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #786919007
* ^expansion.contains[=].display = "Sexually assaultive behavior"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #786496006
* ^expansion.contains[=].display = "Idiopathic detrusor overactivity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #786460007
* ^expansion.contains[=].display = "Detrusor overactivity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #786457000
* ^expansion.contains[=].display = "Overactive bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #785745000
* ^expansion.contains[=].display = "Acute bronchitis co-occurrent with wheeze"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #785744001
* ^expansion.contains[=].display = "Bronchitis co-occurrent with acute wheeze"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #785696007
* ^expansion.contains[=].display = "Malabsorption syndrome due to intolerance to lactose"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #783729004
* ^expansion.contains[=].display = "Fibromuscular dysplasia of wall of artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #783572008
* ^expansion.contains[=].display = "Has special educational needs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #782594005
* ^expansion.contains[=].display = "Allergy to soy protein"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #782197009
* ^expansion.contains[=].display = "Intolerance to substance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #781682005
* ^expansion.contains[=].display = "Hyperemia of eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #781187003
* ^expansion.contains[=].display = "Non-healing surgical wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #781067001
* ^expansion.contains[=].display = "Polycystic ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #773296007
* ^expansion.contains[=].display = "Paronychia due to ingrown nail"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #772144008
* ^expansion.contains[=].display = "Obstruction co-occurrent and due to right inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #772143002
* ^expansion.contains[=].display = "Obstruction co-occurrent and due to left inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #772142007
* ^expansion.contains[=].display = "Obstruction co-occurrent and due to recurrent left inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #772141000
* ^expansion.contains[=].display = "Obstruction co-occurrent and due to recurrent right inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #772140004
* ^expansion.contains[=].display = "Obstruction co-occurrent and due to right femoral hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #772139001
* ^expansion.contains[=].display = "Obstruction co-occurrent and due to left femoral hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #772005003
* ^expansion.contains[=].display = "Failed ventouse delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #771299009
* ^expansion.contains[=].display = "Prematurity of infant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #771115008
* ^expansion.contains[=].display = "Hypernatremia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #771113001
* ^expansion.contains[=].display = "Sodium retention"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #770626007
* ^expansion.contains[=].display = "Congenital Horner syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #768962006
* ^expansion.contains[=].display = "Lyell syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #767679000
* ^expansion.contains[=].display = "Recurrent right inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #767678008
* ^expansion.contains[=].display = "Recurrent left inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #767658000
* ^expansion.contains[=].display = "Neutropenia due to and following chemotherapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #767657005
* ^expansion.contains[=].display = "Anemia due to and following chemotherapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #767357000
* ^expansion.contains[=].display = "Sampling of cervix for Papanicolaou smear done"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #767003004
* ^expansion.contains[=].display = "Congenital dislocation of right hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #767002009
* ^expansion.contains[=].display = "Congenital dislocation of left hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #766877008
* ^expansion.contains[=].display = "Constantly crying infant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #766834007
* ^expansion.contains[=].display = "Secondary cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #765378003
* ^expansion.contains[=].display = "History of primary malignant neoplasm of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #765330003
* ^expansion.contains[=].display = "Autosomal dominant polycystic kidney disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #765205004
* ^expansion.contains[=].display = "Disorder in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #762908000
* ^expansion.contains[=].display = "Right renal agenesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #762907005
* ^expansion.contains[=].display = "Left renal agenesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #762898005
* ^expansion.contains[=].display = "Swelling of bilateral lower limbs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #739681000
* ^expansion.contains[=].display = "Disorder of eye due to type 1 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #736500007
* ^expansion.contains[=].display = "Polyp of nasal cavity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #736499003
* ^expansion.contains[=].display = "Polyp of nasal cavity and/or nasal sinus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #735645009
* ^expansion.contains[=].display = "Contusion of head"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #734986006
* ^expansion.contains[=].display = "Complex regional pain syndrome of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #734947007
* ^expansion.contains[=].display = "Complex regional pain syndrome type I"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #723620004
* ^expansion.contains[=].display = "Requires vaccination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #723177002
* ^expansion.contains[=].display = "Recurrent ulcer of mouth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #722813003
* ^expansion.contains[=].display = "Strain of tendon of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #722223000
* ^expansion.contains[=].display = "Cyst of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #721537005
* ^expansion.contains[=].display = "Acquired Horner syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #721105004
* ^expansion.contains[=].display = "Klippel Trenaunay syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #721104000
* ^expansion.contains[=].display = "Sepsis due to urinary tract infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #720608006
* ^expansion.contains[=].display = "Mycoplasma species or Ureaplasma urealyticum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #720326004
* ^expansion.contains[=].display = "Giardia lamblia cyst and trophozoite"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #719860006
* ^expansion.contains[=].display = "Acute infectious conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #719218000
* ^expansion.contains[=].display = "Cryptogenic organizing pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #719059002
* ^expansion.contains[=].display = "Cryptococcus gattii or Cryptococcus neoformans"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #719026000
* ^expansion.contains[=].display = "Entamoeba dispar or Entamoeba histolytica trophozoite"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #716186003
* ^expansion.contains[=].display = "No known allergy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #715852004
* ^expansion.contains[=].display = "Gastrointestinal infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #714751007
* ^expansion.contains[=].display = "Residual osteitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #713706002
* ^expansion.contains[=].display = "Polyneuropathy due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #713704004
* ^expansion.contains[=].display = "Gastroparesis due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #713703005
* ^expansion.contains[=].display = "Gastroparesis due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #713651007
* ^expansion.contains[=].display = "History of pregnancy with abortive outcome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #713514005
* ^expansion.contains[=].display = "Muscle weakness of limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #713029000
* ^expansion.contains[=].display = "Dissection of thoracoabdominal aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #712893003
* ^expansion.contains[=].display = "Injury of back"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #712883005
* ^expansion.contains[=].display = "Autonomic neuropathy due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #712882000
* ^expansion.contains[=].display = "Autonomic neuropathy due to type 1 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #712766009
* ^expansion.contains[=].display = "Vibrio parahaemolyticus or Vibrio alginolyticus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #712667007
* ^expansion.contains[=].display = "Shiga toxin 1 and Shiga toxin 2 detected"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #712537009
* ^expansion.contains[=].display = "Complex regional pain syndrome of upper limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #711331006
* ^expansion.contains[=].display = "Polymerase chain reaction test for Hepatitis C positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #711179005
* ^expansion.contains[=].display = "Entamoeba histolytica or Entamoeba dispar cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #709493000
* ^expansion.contains[=].display = "Digestive system reflux"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #709044004
* ^expansion.contains[=].display = "Chronic kidney disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #708921005
* ^expansion.contains[=].display = "Carcinoma of central portion of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #708364005
* ^expansion.contains[=].display = "Norovirus GI and GII detected"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #708090002
* ^expansion.contains[=].display = "Acute severe exacerbation of asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #705066004
* ^expansion.contains[=].display = "Dissection of internal carotid artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #703938007
* ^expansion.contains[=].display = "Inflammatory dermatosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #703630003
* ^expansion.contains[=].display = "Red eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #703057000
* ^expansion.contains[=].display = "Mycobacterium tuberculosis or Mycobacterium canettii"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #703026000
* ^expansion.contains[=].display = "Mycobacterium fortuitum or Mycobacterium peregrinum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #703020006
* ^expansion.contains[=].display = "Coccidioides immitis or Coccidioides posadasii"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #703009006
* ^expansion.contains[=].display = "Campylobacter jejuni or Campylobacter coli"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #702999009
* ^expansion.contains[=].display = "Mycobacterium xenopi or Mycobacterium celatum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #702993005
* ^expansion.contains[=].display = "Mycobacterium senegalense or Mycobacterium conceptionense"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #702989004
* ^expansion.contains[=].display = "Shigella boydii or Shigella flexneri"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #702809001
* ^expansion.contains[=].display = "Drug reaction with eosinophilia and systemic symptoms"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #702482001
* ^expansion.contains[=].display = "Influenza A H1N1 virus 2009 pandemic strain present"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #700250006
* ^expansion.contains[=].display = "Idiopathic pulmonary fibrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #700046006
* ^expansion.contains[=].display = "Carious exposure of pulp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #700038005
* ^expansion.contains[=].display = "Mastitis associated with lactation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #699462004
* ^expansion.contains[=].display = "Monoarthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #699213001
* ^expansion.contains[=].display = "Pressure injury of dorsum of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #699211004
* ^expansion.contains[=].display = "Pressure injury of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #698247007
* ^expansion.contains[=].display = "Cardiac arrhythmia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #697929007
* ^expansion.contains[=].display = "Intermittent hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #697898008
* ^expansion.contains[=].display = "Idiopathic pulmonary arterial hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609564002
* ^expansion.contains[=].display = "Pre-existing type 1 diabetes mellitus in pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609559001
* ^expansion.contains[=].display = "Hereditary essential tremor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609558009
* ^expansion.contains[=].display = "Essential tremor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609496007
* ^expansion.contains[=].display = "Complication occurring during pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609439002
* ^expansion.contains[=].display = "Drug withdrawal syndrome in neonate of dependent mother"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609429008
* ^expansion.contains[=].display = "Fetal disorder due to disease in mother"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609428000
* ^expansion.contains[=].display = "Fetal damage from maternal infectious disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609396006
* ^expansion.contains[=].display = "Non-allergic hypersensitivity disposition"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609380008
* ^expansion.contains[=].display = "Bowing deformity of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609328004
* ^expansion.contains[=].display = "Allergic disposition"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #473162000
* ^expansion.contains[=].display = "History of harvesting of stem cells for allotransplant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #473158006
* ^expansion.contains[=].display = "History of live donor partial hepatectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #473023007
* ^expansion.contains[=].display = "Complication associated with device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #473021009
* ^expansion.contains[=].display = "Secondary erectile dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #449918009
* ^expansion.contains[=].display = "Cramp in lower leg"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #449717009
* ^expansion.contains[=].display = "Cellulitis and abscess of upper limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #449711005
* ^expansion.contains[=].display = "Cellulitis of lower leg"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #449707004
* ^expansion.contains[=].display = "Edema of lower leg"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #449619004
* ^expansion.contains[=].display = "Swelling of upper arm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #449505005
* ^expansion.contains[=].display = "Sepsis due to coagulase negative Staphylococcus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #449082003
* ^expansion.contains[=].display = "Sepsis due to Gram negative bacteria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #448993007
* ^expansion.contains[=].display = "Carcinoma of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #448834003
* ^expansion.contains[=].display = "High density lipoprotein deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #448418006
* ^expansion.contains[=].display = "Sepsis due to Streptococcus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #448417001
* ^expansion.contains[=].display = "Sepsis due to Staphylococcus aureus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #447899008
* ^expansion.contains[=].display = "Sepsis due to Escherichia coli"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #447894003
* ^expansion.contains[=].display = "Sepsis due to Staphylococcus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #447395005
* ^expansion.contains[=].display = "Closed fracture of fibula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #447072005
* ^expansion.contains[=].display = "Herniation of rectum into vagina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #447071003
* ^expansion.contains[=].display = "Scar of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #447043009
* ^expansion.contains[=].display = "Ureteric stone of lower third of ureter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #446896007
* ^expansion.contains[=].display = "Laceration of lower lip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #446859003
* ^expansion.contains[=].display = "Laceration of nail bed of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #446653004
* ^expansion.contains[=].display = "Foreign body in lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #446314003
* ^expansion.contains[=].display = "Laceration of nail bed of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445939008
* ^expansion.contains[=].display = "Viral syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445585003
* ^expansion.contains[=].display = "Livebirth born before admission to hospital"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445514005
* ^expansion.contains[=].display = "Raised Helicobacter pylori antibody"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445513004
* ^expansion.contains[=].display = "Intracranial cavernous hemangioma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445512009
* ^expansion.contains[=].display = "Calcification of coronary artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445511002
* ^expansion.contains[=].display = "Orthostatic headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445493000
* ^expansion.contains[=].display = "Closed fracture of vault of skull"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445478004
* ^expansion.contains[=].display = "Degenerative joint disease of pelvis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445460009
* ^expansion.contains[=].display = "Epstein-Barr virus serostatus positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445459004
* ^expansion.contains[=].display = "Cytomegalovirus serostatus positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445458007
* ^expansion.contains[=].display = "Sensory ataxia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445457002
* ^expansion.contains[=].display = "Hyperplasia of maxillary bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445456006
* ^expansion.contains[=].display = "Mass of submandibular region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445445006
* ^expansion.contains[=].display = "Raised low density lipoprotein cholesterol"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445424004
* ^expansion.contains[=].display = "Weakness of vocal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445378003
* ^expansion.contains[=].display = "Acute exacerbation of bronchiectasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445355009
* ^expansion.contains[=].display = "Refractory epilepsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445328000
* ^expansion.contains[=].display = "Papule of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445273005
* ^expansion.contains[=].display = "Polysubstance abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445249002
* ^expansion.contains[=].display = "Multiple nodules of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445243001
* ^expansion.contains[=].display = "Left sided ulcerative colitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445238008
* ^expansion.contains[=].display = "Malignant carcinoid tumor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445237003
* ^expansion.contains[=].display = "Pulmonary arterial hypertension associated with portal hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445201008
* ^expansion.contains[=].display = "High carcinoembryonic antigen level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445179000
* ^expansion.contains[=].display = "Excessive self-criticism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445164007
* ^expansion.contains[=].display = "Clotting time above reference range"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445140006
* ^expansion.contains[=].display = "Periodic leg movements of sleep"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445122007
* ^expansion.contains[=].display = "Low lying placenta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445088006
* ^expansion.contains[=].display = "Edema of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445018004
* ^expansion.contains[=].display = "Spondylolysis of cervical spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445009001
* ^expansion.contains[=].display = "Azotemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445008009
* ^expansion.contains[=].display = "Ganglion cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444967008
* ^expansion.contains[=].display = "Hypoplasia of maxillary bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444951002
* ^expansion.contains[=].display = "Unsettled infant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444932008
* ^expansion.contains[=].display = "Dependence on ventilator"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444930000
* ^expansion.contains[=].display = "Cytomegalovirus serostatus negative"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444899003
* ^expansion.contains[=].display = "Pain in forearm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444897001
* ^expansion.contains[=].display = "Hypoplasia of mandibular bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444816006
* ^expansion.contains[=].display = "Embolism from thrombosis of vein of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444814009
* ^expansion.contains[=].display = "Viral sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444808002
* ^expansion.contains[=].display = "Benign localized hyperplasia of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444769001
* ^expansion.contains[=].display = "Anovulatory amenorrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444767004
* ^expansion.contains[=].display = "Fussy toddler"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444735002
* ^expansion.contains[=].display = "Instability of pelvic floor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444702007
* ^expansion.contains[=].display = "Irregular bowel habits"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444661007
* ^expansion.contains[=].display = "High risk pregnancy due to history of preterm labor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444658006
* ^expansion.contains[=].display = "Nonsustained ventricular tachycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444620007
* ^expansion.contains[=].display = "Male urinary stress incontinence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444613000
* ^expansion.contains[=].display = "Adult attention deficit hyperactivity disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444605001
* ^expansion.contains[=].display = "Symptomatic sinus bradycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444599008
* ^expansion.contains[=].display = "Relaxation of pelvic floor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444597005
* ^expansion.contains[=].display = "Mucosa-associated lymphoid tissue (MALT) lymphoma of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444569004
* ^expansion.contains[=].display = "Aneurysm of infrarenal abdominal aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444563003
* ^expansion.contains[=].display = "Exposure to Hepatitis C virus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444552001
* ^expansion.contains[=].display = "Hyperplasia of mandibular bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444551008
* ^expansion.contains[=].display = "Raised antinuclear antibody"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444548001
* ^expansion.contains[=].display = "Ulcerative pancolitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444547006
* ^expansion.contains[=].display = "Cutaneous graft-versus-host disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444545003
* ^expansion.contains[=].display = "Glioma of brainstem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444507004
* ^expansion.contains[=].display = "Exposure to Mycobacterium tuberculosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444491009
* ^expansion.contains[=].display = "Exposure to viral hepatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444486008
* ^expansion.contains[=].display = "Exposure to Hepatitis B virus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444412001
* ^expansion.contains[=].display = "Willing to be donor of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444408007
* ^expansion.contains[=].display = "Tubular adenoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444387000
* ^expansion.contains[=].display = "Exposure to Bordetella pertussis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444374006
* ^expansion.contains[=].display = "Type C thymoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444356002
* ^expansion.contains[=].display = "Exposure to Human immunodeficiency virus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444231005
* ^expansion.contains[=].display = "Thymoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444197004
* ^expansion.contains[=].display = "Multiple system atrophy, Parkinson's variant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444150000
* ^expansion.contains[=].display = "Latent syphilis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444107005
* ^expansion.contains[=].display = "Exposure to communicable disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444073006
* ^expansion.contains[=].display = "Type 1 diabetes mellitus uncontrolled"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444003007
* ^expansion.contains[=].display = "Disorder of joint of shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443961001
* ^expansion.contains[=].display = "Malignant adenomatous neoplasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443937008
* ^expansion.contains[=].display = "Mixed glioma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443936004
* ^expansion.contains[=].display = "Oligodendroglioma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443892003
* ^expansion.contains[=].display = "Neuroma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443820000
* ^expansion.contains[=].display = "Disorder of kidney and/or ureter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443790001
* ^expansion.contains[=].display = "Giant cell tumor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443786003
* ^expansion.contains[=].display = "Injury while engaged in sports activity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443762000
* ^expansion.contains[=].display = "Hypertrophic cardiomegaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443760008
* ^expansion.contains[=].display = "Sleep hypoventilation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443719001
* ^expansion.contains[=].display = "Leiomyosarcoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443718009
* ^expansion.contains[=].display = "Autoantibody screening for celiac disease positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443694000
* ^expansion.contains[=].display = "Type II diabetes mellitus uncontrolled"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443678007
* ^expansion.contains[=].display = "Splinter foreign body"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443675005
* ^expansion.contains[=].display = "Seminoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443643007
* ^expansion.contains[=].display = "Ependymoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443520009
* ^expansion.contains[=].display = "Chondrosarcoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443503005
* ^expansion.contains[=].display = "Periumbilical pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443502000
* ^expansion.contains[=].display = "Coronary atherosclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443496006
* ^expansion.contains[=].display = "Enchondroma of bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443495005
* ^expansion.contains[=].display = "Neoplasm of lymphoid system structure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443493003
* ^expansion.contains[=].display = "Metastatic malignant melanoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443492008
* ^expansion.contains[=].display = "Carcinoid tumor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443487006
* ^expansion.contains[=].display = "Mantle cell lymphoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443482000
* ^expansion.contains[=].display = "Hypertensive urgency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443460007
* ^expansion.contains[=].display = "Multigravida of advanced maternal age"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443439001
* ^expansion.contains[=].display = "Malignant fibrous histiocytoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443416007
* ^expansion.contains[=].display = "Benign adenomatous neoplasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443395009
* ^expansion.contains[=].display = "Compression fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443333004
* ^expansion.contains[=].display = "Medulloblastoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443265004
* ^expansion.contains[=].display = "Cognitive disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443261008
* ^expansion.contains[=].display = "Oxyphilic adenocarcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443250000
* ^expansion.contains[=].display = "Malignant fibromatous neoplasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443230004
* ^expansion.contains[=].display = "Myeloid metaplasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443165006
* ^expansion.contains[=].display = "Osteoporotic fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443144000
* ^expansion.contains[=].display = "Metastatic sarcoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443138004
* ^expansion.contains[=].display = "Granulomatosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443093007
* ^expansion.contains[=].display = "Osteochondroma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443092002
* ^expansion.contains[=].display = "Callus of bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443089001
* ^expansion.contains[=].display = "Pseudoaneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442733008
* ^expansion.contains[=].display = "Hemiplegia as late effect of cerebrovascular accident"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442693003
* ^expansion.contains[=].display = "Atherosclerosis of autologous vein bypass graft of limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442646005
* ^expansion.contains[=].display = "Imaging of lung abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442551007
* ^expansion.contains[=].display = "Dental caries extending into dentin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442520000
* ^expansion.contains[=].display = "Inflammation of rotator cuff tendon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442481002
* ^expansion.contains[=].display = "Epilepsy characterized by intractable complex partial seizures"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442439008
* ^expansion.contains[=].display = "Atherosclerosis of bypass graft of limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442438000
* ^expansion.contains[=].display = "Influenza due to Influenza A virus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442423001
* ^expansion.contains[=].display = "Single liveborn born in hospital by cesarean section"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442365008
* ^expansion.contains[=].display = "Liveborn born in hospital by cesarean section"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442351006
* ^expansion.contains[=].display = "Mental disorder due to drug"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442348004
* ^expansion.contains[=].display = "Inflamed seborrheic keratosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442347009
* ^expansion.contains[=].display = "Emotional stress"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442342003
* ^expansion.contains[=].display = "Twin liveborn born in hospital by cesarean section"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442327001
* ^expansion.contains[=].display = "Twin liveborn born in hospital"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442311008
* ^expansion.contains[=].display = "Liveborn born in hospital"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442292004
* ^expansion.contains[=].display = "Idiopathic hypersomnia without long sleep time"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442246002
* ^expansion.contains[=].display = "Disorder of joint of ankle and/or foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442234001
* ^expansion.contains[=].display = "Serum cholesterol borderline high"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442212003
* ^expansion.contains[=].display = "Residual cognitive deficit as late effect of cerebrovascular accident"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442205007
* ^expansion.contains[=].display = "Stress fracture of tibia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442155009
* ^expansion.contains[=].display = "Hemiplegia of dominant side"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442098006
* ^expansion.contains[=].display = "Mass of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442077006
* ^expansion.contains[=].display = "Flaccid hemiplegia of nondominant side"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442076002
* ^expansion.contains[=].display = "Early satiety"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442073005
* ^expansion.contains[=].display = "Infection by methicillin sensitive Staphylococcus aureus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442048005
* ^expansion.contains[=].display = "Tenosynovitis of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442024001
* ^expansion.contains[=].display = "Hemiplegia as late effect of cerebrovascular disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441980007
* ^expansion.contains[=].display = "Complete tetraplegia due to lesion at C5-C7 level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441975003
* ^expansion.contains[=].display = "Mass of tongue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441971007
* ^expansion.contains[=].display = "Chronic left-sided ulcerative colitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441935006
* ^expansion.contains[=].display = "Loss of all teeth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441924001
* ^expansion.contains[=].display = "Gestational age unknown"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441846005
* ^expansion.contains[=].display = "Nonspecific tuberculin test reaction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441794001
* ^expansion.contains[=].display = "Incomplete tetraplegia due to lesion at C5-C7 level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441769002
* ^expansion.contains[=].display = "Cardiac defibrillator in situ"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441717007
* ^expansion.contains[=].display = "Hemiplegia of nondominant side"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441705005
* ^expansion.contains[=].display = "Complete tetraplegia due to lesion at C1-C4 level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441704009
* ^expansion.contains[=].display = "Affective psychosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441688003
* ^expansion.contains[=].display = "Incomplete tetraplegia due to spinal cord lesion at C1-C4 level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441684001
* ^expansion.contains[=].display = "Lytic lesion of bone on X-ray"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441678004
* ^expansion.contains[=].display = "Refractory generalized nonconvulsive epilepsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441668002
* ^expansion.contains[=].display = "Drug seeking behavior"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441667007
* ^expansion.contains[=].display = "Abnormal cervical Papanicolaou smear with positive human papillomavirus deoxyribonucleic acid test"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441630004
* ^expansion.contains[=].display = "Aphasia as late effect of cerebrovascular disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441574008
* ^expansion.contains[=].display = "Atherosclerosis of artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441547007
* ^expansion.contains[=].display = "History of chronic urinary tract infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441536000
* ^expansion.contains[=].display = "Iatrogenic pneumothorax"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441530006
* ^expansion.contains[=].display = "Chronic diastolic heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441527004
* ^expansion.contains[=].display = "Stimulant abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441509002
* ^expansion.contains[=].display = "Cardiac pacemaker in situ"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441481004
* ^expansion.contains[=].display = "Chronic systolic heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441457006
* ^expansion.contains[=].display = "Cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441456002
* ^expansion.contains[=].display = "Polyp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441377000
* ^expansion.contains[=].display = "Thallium stress test abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441124000
* ^expansion.contains[=].display = "Mass of chest wall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441099000
* ^expansion.contains[=].display = "Atypical squamous cells of undetermined significance on vaginal Papanicolaou smear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441088002
* ^expansion.contains[=].display = "Atypical squamous cells on cervical Papanicolaou smear cannot exclude high grade squamous intraepithelial lesion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441087007
* ^expansion.contains[=].display = "Atypical squamous cells of undetermined significance on cervical Papanicolaou smear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #440299000
* ^expansion.contains[=].display = "Mass of thoracic structure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #440028005
* ^expansion.contains[=].display = "Permanent atrial fibrillation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #439956007
* ^expansion.contains[=].display = "History of abnormal cervical Papanicolaou smear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #439888000
* ^expansion.contains[=].display = "Abnormal cervical Papanicolaou smear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #439698008
* ^expansion.contains[=].display = "Hereditary thrombophilia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #439656005
* ^expansion.contains[=].display = "Arthritis of elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #439590007
* ^expansion.contains[=].display = "Cardiovascular stress test abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #439470001
* ^expansion.contains[=].display = "Arteriovenous fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #439162001
* ^expansion.contains[=].display = "Embolism from thrombosis of vein of distal lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #438773007
* ^expansion.contains[=].display = "Recurrent pulmonary embolism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #438759003
* ^expansion.contains[=].display = "History of tonsillectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #438582003
* ^expansion.contains[=].display = "Acute injury of anterior cruciate ligament"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #438505003
* ^expansion.contains[=].display = "Strain of trapezius muscle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #433237003
* ^expansion.contains[=].display = "Cholestasis in newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #433234005
* ^expansion.contains[=].display = "Hyperplasia of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #433146000
* ^expansion.contains[=].display = "Chronic kidney disease stage 5"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #433144002
* ^expansion.contains[=].display = "Chronic kidney disease stage 3"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #433068007
* ^expansion.contains[=].display = "Aneurysm of thoracic aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #432615008
* ^expansion.contains[=].display = "Chronic pain in face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #432525007
* ^expansion.contains[=].display = "Mass of head"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #432519008
* ^expansion.contains[=].display = "Increased cancer antigen 125"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #432504007
* ^expansion.contains[=].display = "Cerebral infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #432415000
* ^expansion.contains[=].display = "Methicillin resistant Staphylococcus aureus carrier"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #432352001
* ^expansion.contains[=].display = "Increased creatine kinase level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #432328008
* ^expansion.contains[=].display = "Neuroblastoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #432119003
* ^expansion.contains[=].display = "Aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #431857002
* ^expansion.contains[=].display = "Chronic kidney disease stage 4"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #431856006
* ^expansion.contains[=].display = "Chronic kidney disease stage 2"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #431855005
* ^expansion.contains[=].display = "Chronic kidney disease stage 1"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #431737008
* ^expansion.contains[=].display = "Acute lower urinary tract infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #431481001
* ^expansion.contains[=].display = "Chronic pain due to injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #431309003
* ^expansion.contains[=].display = "Acute urinary tract infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #431307001
* ^expansion.contains[=].display = "Intentional poisoning by drug"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #431237007
* ^expansion.contains[=].display = "Chronic headache disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #431109006
* ^expansion.contains[=].display = "Carrier of vancomycin resistant enterococcus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430985005
* ^expansion.contains[=].display = "Bilateral sensory hearing loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430984009
* ^expansion.contains[=].display = "Closed fracture of facial bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430968008
* ^expansion.contains[=].display = "Pain in male perineum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430959006
* ^expansion.contains[=].display = "Paralytic syndrome of dominant side as late effect of stroke"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430954001
* ^expansion.contains[=].display = "Family history of malignant neoplasm of genital structure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430947007
* ^expansion.contains[=].display = "Paralytic syndrome of nondominant side as late effect of stroke"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430933008
* ^expansion.contains[=].display = "Uterine size for dates discrepancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430852001
* ^expansion.contains[=].display = "Severe major depression, single episode, with psychotic features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430725003
* ^expansion.contains[=].display = "Patellofemoral stress syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430705002
* ^expansion.contains[=].display = "Family history of malignant neoplasm of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430474001
* ^expansion.contains[=].display = "Secondary adhesive capsulitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430395005
* ^expansion.contains[=].display = "Pneumonia due to Gram negative bacteria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430348006
* ^expansion.contains[=].display = "Localized infection of skin AND/OR subcutaneous tissue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430347001
* ^expansion.contains[=].display = "Diverticulitis of cecum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430166008
* ^expansion.contains[=].display = "Congenital anomaly of peripheral blood vessel"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430031008
* ^expansion.contains[=].display = "Fetal hydronephrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429998004
* ^expansion.contains[=].display = "Vascular dementia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429993008
* ^expansion.contains[=].display = "History of cerebrovascular accident without residual deficits"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429975007
* ^expansion.contains[=].display = "Oral phase dysphagia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429969003
* ^expansion.contains[=].display = "Family history of polyp of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429962007
* ^expansion.contains[=].display = "Family history of hereditary disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429740004
* ^expansion.contains[=].display = "Family history of breast cancer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429699009
* ^expansion.contains[=].display = "History of malignant neoplasm of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429696002
* ^expansion.contains[=].display = "Patellar instability"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429673002
* ^expansion.contains[=].display = "Arteriosclerosis of coronary artery bypass graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429672007
* ^expansion.contains[=].display = "Mood disorder caused by drug"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429656004
* ^expansion.contains[=].display = "Late effect of traumatic injury to brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429625007
* ^expansion.contains[=].display = "No known food allergy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429589006
* ^expansion.contains[=].display = "Left ventricular cardiac dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429513001
* ^expansion.contains[=].display = "Rupture of Achilles tendon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429494008
* ^expansion.contains[=].display = "Postoperative seroma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429487005
* ^expansion.contains[=].display = "Dependence on continuous positive airway pressure ventilation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429484003
* ^expansion.contains[=].display = "History of malignant neoplasm of cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429479009
* ^expansion.contains[=].display = "History of radiation therapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429447000
* ^expansion.contains[=].display = "Disorder of tendon of biceps"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429444007
* ^expansion.contains[=].display = "History of malignant neoplasm of ureter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429439000
* ^expansion.contains[=].display = "Complex cyst of uterine adnexa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429430001
* ^expansion.contains[=].display = "Diverticulosis of sigmoid colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429410000
* ^expansion.contains[=].display = "History of malignant neoplasm of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429409005
* ^expansion.contains[=].display = "History of malignant neoplasm of tongue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429372004
* ^expansion.contains[=].display = "History of amputation of leg through tibia and fibula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429350001
* ^expansion.contains[=].display = "Arthropathy of spinal facet joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429305003
* ^expansion.contains[=].display = "Nonvenomous insect bite"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429290001
* ^expansion.contains[=].display = "History of radical hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429285004
* ^expansion.contains[=].display = "History of reconstruction of anterior cruciate ligament tear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429280009
* ^expansion.contains[=].display = "History of amputation of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429255009
* ^expansion.contains[=].display = "History of papillary adenocarcinoma of thyroid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429254008
* ^expansion.contains[=].display = "History of malignant neoplasm of thyroid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429196001
* ^expansion.contains[=].display = "Partial obstruction of small bowel"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429192004
* ^expansion.contains[=].display = "Rheumatoid arthritis of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429164009
* ^expansion.contains[=].display = "History of excision of lamina of lumbar vertebra for decompression of spinal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429090009
* ^expansion.contains[=].display = "History of malignant neoplasm of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429089000
* ^expansion.contains[=].display = "History of malignant neoplasm of endometrium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429047008
* ^expansion.contains[=].display = "History of adenomatous polyp of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429046004
* ^expansion.contains[=].display = "History of sustained ventricular tachycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429025008
* ^expansion.contains[=].display = "History of calculus of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429024007
* ^expansion.contains[=].display = "History of squamous cell carcinoma of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429016002
* ^expansion.contains[=].display = "History of medullary carcinoma of thyroid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429014004
* ^expansion.contains[=].display = "History of malignant lymphoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429011007
* ^expansion.contains[=].display = "Family history of malignant neoplasm of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429006005
* ^expansion.contains[=].display = "Family history of malignant neoplasm of gastrointestinal tract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428982002
* ^expansion.contains[=].display = "Dependence on hemodialysis due to end stage renal disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428942009
* ^expansion.contains[=].display = "History of fall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428941002
* ^expansion.contains[=].display = "History of malignant neoplasm of uterine body"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428912006
* ^expansion.contains[=].display = "History of placement of stent in anterior descending branch of left coronary artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428905002
* ^expansion.contains[=].display = "Malignant neoplasm of gastrointestinal tract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428892006
* ^expansion.contains[=].display = "History of thyroidectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428887009
* ^expansion.contains[=].display = "Asymmetrical sensorineural hearing loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428883008
* ^expansion.contains[=].display = "Rupture of tendon of biceps"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428882003
* ^expansion.contains[=].display = "History of cholecystectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428875002
* ^expansion.contains[=].display = "Recurrent bacterial infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428869006
* ^expansion.contains[=].display = "Mixed rhinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428848009
* ^expansion.contains[=].display = "History of decompression of median nerve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428835005
* ^expansion.contains[=].display = "History of amputation of hallux"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428834009
* ^expansion.contains[=].display = "History of amputation of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428798001
* ^expansion.contains[=].display = "Closed fracture of tibial plateau"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428794004
* ^expansion.contains[=].display = "Fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428786006
* ^expansion.contains[=].display = "Localized superficial swelling of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428671008
* ^expansion.contains[=].display = "Arthropathy of lumbar facet joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428667005
* ^expansion.contains[=].display = "History of reduction of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428656009
* ^expansion.contains[=].display = "History of laser assisted in situ keratomileusis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428642007
* ^expansion.contains[=].display = "History of radical retropubic prostatectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428607008
* ^expansion.contains[=].display = "No known environmental allergy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428540007
* ^expansion.contains[=].display = "History of mastectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428535004
* ^expansion.contains[=].display = "History of cataract extraction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428534000
* ^expansion.contains[=].display = "History of carotid endarterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428529004
* ^expansion.contains[=].display = "History of bilateral mastectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428383000
* ^expansion.contains[=].display = "Anemia due to medication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428375006
* ^expansion.contains[=].display = "History of placement of stent for coronary artery disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428308007
* ^expansion.contains[=].display = "History of percutaneous transluminal coronary angioplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428283002
* ^expansion.contains[=].display = "History of polyp of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428281000
* ^expansion.contains[=].display = "Malignant neoplasm of bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428262008
* ^expansion.contains[=].display = "History of malignant neoplasm of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428257007
* ^expansion.contains[=].display = "Fracture of tibial plateau"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428255004
* ^expansion.contains[=].display = "Tubulointerstitial nephritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428251008
* ^expansion.contains[=].display = "History of appendectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428220001
* ^expansion.contains[=].display = "Tear of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428173007
* ^expansion.contains[=].display = "Chronic hypoxemic respiratory failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428171009
* ^expansion.contains[=].display = "Peripheral vascular disease with rest pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428163005
* ^expansion.contains[=].display = "Hypertensive left ventricular hypertrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428090004
* ^expansion.contains[=].display = "Mass of urinary bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428079009
* ^expansion.contains[=].display = "History of transurethral prostatectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428078001
* ^expansion.contains[=].display = "History of total hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428077006
* ^expansion.contains[=].display = "History of repair of inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428072000
* ^expansion.contains[=].display = "History of repair of musculotendinous cuff of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428071007
* ^expansion.contains[=].display = "History of repair of coarctation of aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428061005
* ^expansion.contains[=].display = "Malignant neoplasm of brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428054006
* ^expansion.contains[=].display = "Adenomatous polyp of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428053000
* ^expansion.contains[=].display = "History of malignant basal cell neoplasm of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428046009
* ^expansion.contains[=].display = "History of non-Hodgkins lymphoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428007007
* ^expansion.contains[=].display = "Erectile dysfunction due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427970008
* ^expansion.contains[=].display = "Subclinical hyperthyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427964002
* ^expansion.contains[=].display = "History of tympanostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427921009
* ^expansion.contains[=].display = "Chronic ulcer of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427910000
* ^expansion.contains[=].display = "Diverticulitis of sigmoid colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427909005
* ^expansion.contains[=].display = "Chronic recurrent sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427894009
* ^expansion.contains[=].display = "History of augmentation of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427892008
* ^expansion.contains[=].display = "History of amputation of lesser toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427889009
* ^expansion.contains[=].display = "Hypertension associated with transplantation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427858005
* ^expansion.contains[=].display = "Family history of malignant melanoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427794001
* ^expansion.contains[=].display = "Primary focal hyperhidrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427793007
* ^expansion.contains[=].display = "Complication of urinary catheter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427788009
* ^expansion.contains[=].display = "Ulcer of genital labium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427778008
* ^expansion.contains[=].display = "Incompetence of nasal valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427769002
* ^expansion.contains[=].display = "Infection of amputation stump"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427749007
* ^expansion.contains[=].display = "History of operative procedure on knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427746000
* ^expansion.contains[=].display = "Mass of shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427679007
* ^expansion.contains[=].display = "Mild intermittent asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427665004
* ^expansion.contains[=].display = "Paroxysmal atrial flutter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427649000
* ^expansion.contains[=].display = "Calcium renal calculus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427603009
* ^expansion.contains[=].display = "Intermittent asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427589004
* ^expansion.contains[=].display = "Complicated grieving"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427547007
* ^expansion.contains[=].display = "Female infertility due to diminished ovarian reserve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427482006
* ^expansion.contains[=].display = "Flaccid neurogenic bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427461000
* ^expansion.contains[=].display = "Near syncope"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427419006
* ^expansion.contains[=].display = "Transformed migraine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427399008
* ^expansion.contains[=].display = "Drug-induced disorder of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427359005
* ^expansion.contains[=].display = "Solitary nodule of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427327003
* ^expansion.contains[=].display = "Sedative dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427295004
* ^expansion.contains[=].display = "Moderate persistent asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427099000
* ^expansion.contains[=].display = "Active tuberculosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427020007
* ^expansion.contains[=].display = "Cerebral vasculitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426979002
* ^expansion.contains[=].display = "Mild persistent asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426965005
* ^expansion.contains[=].display = "Aphthous ulcer of mouth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426936004
* ^expansion.contains[=].display = "Smoke inhalation injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426896000
* ^expansion.contains[=].display = "Chronic hypercapnic respiratory failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426867001
* ^expansion.contains[=].display = "Anorectal disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426749004
* ^expansion.contains[=].display = "Chronic atrial fibrillation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426702003
* ^expansion.contains[=].display = "Pain in female pelvis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426656000
* ^expansion.contains[=].display = "Severe persistent asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426646004
* ^expansion.contains[=].display = "Compression fracture of lumbar spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426566004
* ^expansion.contains[=].display = "Central pain syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426525004
* ^expansion.contains[=].display = "Sustained ventricular tachycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426508001
* ^expansion.contains[=].display = "Ileal pouchitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426373005
* ^expansion.contains[=].display = "Relapsing remitting multiple sclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426284001
* ^expansion.contains[=].display = "Chemical burn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426263006
* ^expansion.contains[=].display = "Congestive heart failure due to left ventricular systolic dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426232007
* ^expansion.contains[=].display = "Environmental allergy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426033005
* ^expansion.contains[=].display = "Dysphagia as a late effect of cerebrovascular accident"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426014000
* ^expansion.contains[=].display = "Fistula of hard palate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425963007
* ^expansion.contains[=].display = "Aneurysm of ascending aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425957003
* ^expansion.contains[=].display = "Non-traumatic intracerebral ventricular hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425940002
* ^expansion.contains[=].display = "Olecranon bursitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425919003
* ^expansion.contains[=].display = "Chronic organic mental disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425878001
* ^expansion.contains[=].display = "Cervical disc disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425852005
* ^expansion.contains[=].display = "Fracture malunion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425832009
* ^expansion.contains[=].display = "Psychophysiologic insomnia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425810000
* ^expansion.contains[=].display = "Mass of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425802001
* ^expansion.contains[=].display = "Bilateral pleural effusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425772008
* ^expansion.contains[=].display = "Tendinitis of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425771001
* ^expansion.contains[=].display = "Enlarging abdominal aortic aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425671009
* ^expansion.contains[=].display = "Neurogenic bowel"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425596001
* ^expansion.contains[=].display = "Spastic neurogenic bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425500002
* ^expansion.contains[=].display = "Secondary progressive multiple sclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425492002
* ^expansion.contains[=].display = "Generalized dystonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425395001
* ^expansion.contains[=].display = "Active living will"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425390006
* ^expansion.contains[=].display = "Dementia associated with Parkinson's Disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425369003
* ^expansion.contains[=].display = "Chronic progressive renal failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425359009
* ^expansion.contains[=].display = "Blunt injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425333006
* ^expansion.contains[=].display = "Myeloproliferative disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425322008
* ^expansion.contains[=].display = "Stab wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425011002
* ^expansion.contains[=].display = "Allergic fungal sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425007008
* ^expansion.contains[=].display = "Migraine without aura, not refractory"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424959007
* ^expansion.contains[=].display = "Foreign body of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424890008
* ^expansion.contains[=].display = "Unbalanced diet"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424736006
* ^expansion.contains[=].display = "Diabetic peripheral neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424699007
* ^expansion.contains[=].display = "Migraine variants, not intractable"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424648000
* ^expansion.contains[=].display = "Closed fracture of base of fifth metatarsal bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424647005
* ^expansion.contains[=].display = "Cramp in limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424568000
* ^expansion.contains[=].display = "Fibroma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424553001
* ^expansion.contains[=].display = "Uninsured medical expenses"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424413001
* ^expansion.contains[=].display = "Sarcoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424175006
* ^expansion.contains[=].display = "Nontraumatic rotator cuff tear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424131007
* ^expansion.contains[=].display = "Easy bruising"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423973006
* ^expansion.contains[=].display = "Carcinoma of uterine cervix, invasive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423902002
* ^expansion.contains[=].display = "Purpura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423849004
* ^expansion.contains[=].display = "Iliotibial band friction syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423812005
* ^expansion.contains[=].display = "Sarcoma of head and neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423810002
* ^expansion.contains[=].display = "Tendinitis of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423778009
* ^expansion.contains[=].display = "Tenosynovitis of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423700001
* ^expansion.contains[=].display = "Squamous cell carcinoma of auricle of ear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423683008
* ^expansion.contains[=].display = "Refractory migraine with aura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423633003
* ^expansion.contains[=].display = "Midline cystocele"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423590009
* ^expansion.contains[=].display = "Clostridium difficile colitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423417009
* ^expansion.contains[=].display = "Tendinitis of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423341008
* ^expansion.contains[=].display = "Optic disc edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423294001
* ^expansion.contains[=].display = "Idiopathic hypereosinophilic syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423284006
* ^expansion.contains[=].display = "Squamous cell carcinoma of skin of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423279000
* ^expansion.contains[=].display = "Refractory migraine without aura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423226005
* ^expansion.contains[=].display = "Tendinitis of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423125000
* ^expansion.contains[=].display = "Closed fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422886007
* ^expansion.contains[=].display = "Olfactory neuroblastoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422868009
* ^expansion.contains[=].display = "Unexplained weight loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422840005
* ^expansion.contains[=].display = "Mass lesion of brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422768004
* ^expansion.contains[=].display = "Unresponsive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422588002
* ^expansion.contains[=].display = "Aspiration pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422587007
* ^expansion.contains[=].display = "Nausea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422572002
* ^expansion.contains[=].display = "Squamous cell carcinoma of chin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422504002
* ^expansion.contains[=].display = "Ischemic stroke"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422470007
* ^expansion.contains[=].display = "Adenolymphoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422426003
* ^expansion.contains[=].display = "Facial nerve disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422400008
* ^expansion.contains[=].display = "Vomiting"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422338006
* ^expansion.contains[=].display = "Degenerative disorder of macula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422166005
* ^expansion.contains[=].display = "Peripheral circulatory disorder due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422099009
* ^expansion.contains[=].display = "Disorder of eye due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422088007
* ^expansion.contains[=].display = "Disorder of nervous system due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422065006
* ^expansion.contains[=].display = "Constitutional short stature"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #422014003
* ^expansion.contains[=].display = "Disorder due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #421986006
* ^expansion.contains[=].display = "Persistent proteinuria due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #421961002
* ^expansion.contains[=].display = "Hypersensitivity reaction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #421920002
* ^expansion.contains[=].display = "Cataract due to diabetes mellitus type 1"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #421895002
* ^expansion.contains[=].display = "Peripheral vascular disorder due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #421893009
* ^expansion.contains[=].display = "Renal disorder due to type 1 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #421750000
* ^expansion.contains[=].display = "Ketoacidosis due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #421631007
* ^expansion.contains[=].display = "Gangrene due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #421468001
* ^expansion.contains[=].display = "Disorder of nervous system due to type 1 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #421365002
* ^expansion.contains[=].display = "Peripheral circulatory disorder due to type 1 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #421326000
* ^expansion.contains[=].display = "Disorder of nervous system due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #421305000
* ^expansion.contains[=].display = "Persistent microalbuminuria due to type 1 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420868002
* ^expansion.contains[=].display = "Disorder due to type 1 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420715001
* ^expansion.contains[=].display = "Persistent microalbuminuria due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420519005
* ^expansion.contains[=].display = "Malignant lymphoma of the eye region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420514000
* ^expansion.contains[=].display = "Persistent proteinuria due to type 1 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420436000
* ^expansion.contains[=].display = "Mononeuropathy due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420422005
* ^expansion.contains[=].display = "Diabetic ketoacidosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420279001
* ^expansion.contains[=].display = "Renal disorder due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420270002
* ^expansion.contains[=].display = "Ketoacidosis due to type 1 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420134006
* ^expansion.contains[=].display = "Propensity to adverse reaction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420120006
* ^expansion.contains[=].display = "Gastrointestinal stromal tumor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420057003
* ^expansion.contains[=].display = "Accidental poisoning by carbon monoxide"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420054005
* ^expansion.contains[=].display = "Alcoholic cirrhosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419893006
* ^expansion.contains[=].display = "Epidermoid cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419760006
* ^expansion.contains[=].display = "Bacterial vaginosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419728003
* ^expansion.contains[=].display = "Portal cirrhosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419645003
* ^expansion.contains[=].display = "Benign neoplasm of oral cavity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419642000
* ^expansion.contains[=].display = "Carotid bruit"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419639006
* ^expansion.contains[=].display = "Poisoning by anti-infective agent"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419603000
* ^expansion.contains[=].display = "Epidermoid cyst of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419567006
* ^expansion.contains[=].display = "Delirious"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419511003
* ^expansion.contains[=].display = "Propensity to adverse reactions to drug"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419503008
* ^expansion.contains[=].display = "Hyperhomocysteinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419422001
* ^expansion.contains[=].display = "Narrow angle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419284004
* ^expansion.contains[=].display = "Altered mental status"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419199007
* ^expansion.contains[=].display = "Allergy to substance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419193008
* ^expansion.contains[=].display = "Ankle ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419153005
* ^expansion.contains[=].display = "Nodular goiter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419145002
* ^expansion.contains[=].display = "Nightmares"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #419099009
* ^expansion.contains[=].display = "Dead"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418799008
* ^expansion.contains[=].display = "Finding reported by subject or history provider"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418763003
* ^expansion.contains[=].display = "Periodic limb movement disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418471000
* ^expansion.contains[=].display = "Propensity to adverse reactions to food"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418363000
* ^expansion.contains[=].display = "Itching of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418304008
* ^expansion.contains[=].display = "Diastolic heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418290006
* ^expansion.contains[=].display = "Itching"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418189009
* ^expansion.contains[=].display = "Child abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418107008
* ^expansion.contains[=].display = "Unconscious"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418103007
* ^expansion.contains[=].display = "Hypertrophy of lingual tonsil"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418038007
* ^expansion.contains[=].display = "Propensity to adverse reactions to substance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417996009
* ^expansion.contains[=].display = "Systolic heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417893002
* ^expansion.contains[=].display = "Deformity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417746004
* ^expansion.contains[=].display = "Traumatic injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417425009
* ^expansion.contains[=].display = "Hemoglobin SS disease with crisis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417373000
* ^expansion.contains[=].display = "Inflammatory polyarthropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417357006
* ^expansion.contains[=].display = "Sickling disorder due to hemoglobin S"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417237009
* ^expansion.contains[=].display = "Blister"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417192005
* ^expansion.contains[=].display = "St. Louis encephalitis virus infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417163006
* ^expansion.contains[=].display = "Traumatic or non-traumatic injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417109008
* ^expansion.contains[=].display = "Subluxation of radial head"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417076003
* ^expansion.contains[=].display = "Dislocation of shoulder joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #417044008
* ^expansion.contains[=].display = "Hydatidiform mole, benign"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416975007
* ^expansion.contains[=].display = "Primary degenerative dementia of the Alzheimer type, senile onset"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416956002
* ^expansion.contains[=].display = "Undifferentiated inflammatory polyarthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416920000
* ^expansion.contains[=].display = "Obstruction of lacrimal canaliculus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416893007
* ^expansion.contains[=].display = "Carbuncle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416878008
* ^expansion.contains[=].display = "Papillary conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416770009
* ^expansion.contains[=].display = "Ocular histoplasmosis syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416675009
* ^expansion.contains[=].display = "Furuncle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416605008
* ^expansion.contains[=].display = "Acquired obstruction of pylorus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416519002
* ^expansion.contains[=].display = "Family history of renal stone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416462003
* ^expansion.contains[=].display = "Wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416413003
* ^expansion.contains[=].display = "Advanced maternal age gravida"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416377005
* ^expansion.contains[=].display = "Port-wine stain of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416209007
* ^expansion.contains[=].display = "Synovitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416189003
* ^expansion.contains[=].display = "Exostosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416113008
* ^expansion.contains[=].display = "Disorder characterized by fever"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416098002
* ^expansion.contains[=].display = "Allergy to drug"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416033009
* ^expansion.contains[=].display = "Cervicovaginal cytology: High grade squamous intraepithelial lesion or carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416032004
* ^expansion.contains[=].display = "Cervicovaginal cytology normal or benign"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416030007
* ^expansion.contains[=].display = "Cervicovaginal cytology: Low grade squamous intraepithelial lesion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #416010008
* ^expansion.contains[=].display = "Hypospadias"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415992005
* ^expansion.contains[=].display = "Disorder of right cardiac ventricle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415692008
* ^expansion.contains[=].display = "Bunion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415690000
* ^expansion.contains[=].display = "Sweating"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415530009
* ^expansion.contains[=].display = "Simple obesity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415352004
* ^expansion.contains[=].display = "Rotator cuff tear arthropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415297005
* ^expansion.contains[=].display = "Retinopathy of prematurity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415295002
* ^expansion.contains[=].display = "Restrictive cardiomyopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415238003
* ^expansion.contains[=].display = "REM sleep behavior disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415125002
* ^expansion.contains[=].display = "Pneumocystosis pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415112005
* ^expansion.contains[=].display = "Plasmacytoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415105001
* ^expansion.contains[=].display = "Placental abruption"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415086001
* ^expansion.contains[=].display = "History of malignant neoplasm of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415082004
* ^expansion.contains[=].display = "History of malignant neoplasm of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415081006
* ^expansion.contains[=].display = "History of malignant neoplasm of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415077006
* ^expansion.contains[=].display = "History of malignant neoplasm of bronchus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #415076002
* ^expansion.contains[=].display = "Personal history of primary malignant neoplasm of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414943006
* ^expansion.contains[=].display = "Open fracture of tibia AND fibula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414941008
* ^expansion.contains[=].display = "Onychomycosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414916001
* ^expansion.contains[=].display = "Obesity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414875008
* ^expansion.contains[=].display = "Nonexudative age-related macular degeneration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414861001
* ^expansion.contains[=].display = "No evidence of recurrence of cancer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414821002
* ^expansion.contains[=].display = "Neonatal candidiasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414795007
* ^expansion.contains[=].display = "Myocardial ischemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414667000
* ^expansion.contains[=].display = "Meningomyelocele"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414603003
* ^expansion.contains[=].display = "Leukoplakia of oral mucosa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414581006
* ^expansion.contains[=].display = "Laryngopharyngeal reflux"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414564002
* ^expansion.contains[=].display = "Kyphosis deformity of spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414521009
* ^expansion.contains[=].display = "Internal hordeolum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414492009
* ^expansion.contains[=].display = "Infectious eczematoid dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414474001
* ^expansion.contains[=].display = "Ventral incisional hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414396006
* ^expansion.contains[=].display = "Hernia of anterior abdominal wall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414293001
* ^expansion.contains[=].display = "Fracture of tibia AND fibula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414292006
* ^expansion.contains[=].display = "Fracture of lower leg"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414285001
* ^expansion.contains[=].display = "Allergy to food"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414205003
* ^expansion.contains[=].display = "Family history of prostate cancer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414173003
* ^expansion.contains[=].display = "Exudative age-related macular degeneration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414033006
* ^expansion.contains[=].display = "Disorder of rotator cuff"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #414027002
* ^expansion.contains[=].display = "Disorder of hematopoietic structure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413877007
* ^expansion.contains[=].display = "Closed fracture of tibia AND fibula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413839001
* ^expansion.contains[=].display = "Chronic lung disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413838009
* ^expansion.contains[=].display = "Chronic ischemic heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413603009
* ^expansion.contains[=].display = "Autoimmune hemolytic anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413533008
* ^expansion.contains[=].display = "Anemia due to chronic blood loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413532003
* ^expansion.contains[=].display = "Anemia due to blood loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413439005
* ^expansion.contains[=].display = "Acute ischemic heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413428007
* ^expansion.contains[=].display = "Acquired kyphosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413343005
* ^expansion.contains[=].display = "Mixed urinary incontinence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413322009
* ^expansion.contains[=].display = "Problem resolved"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413307004
* ^expansion.contains[=].display = "Mental health problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #410430005
* ^expansion.contains[=].display = "Cardiorespiratory arrest"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #410429000
* ^expansion.contains[=].display = "Cardiac arrest"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #410016009
* ^expansion.contains[=].display = "Lipodermatosclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409798003
* ^expansion.contains[=].display = "Infection due to resistant virus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409797008
* ^expansion.contains[=].display = "Infection due to resistant fungi"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409796004
* ^expansion.contains[=].display = "Infection due to resistant bacteria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409780002
* ^expansion.contains[=].display = "Acute osteomyelitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409712001
* ^expansion.contains[=].display = "Mitral valve prolapse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409711008
* ^expansion.contains[=].display = "Viral labyrinthitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409675001
* ^expansion.contains[=].display = "Partial thromboplastin time increased"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409673008
* ^expansion.contains[=].display = "ALT (SGPT) level raised"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409667007
* ^expansion.contains[=].display = "Pathological fracture of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409666003
* ^expansion.contains[=].display = "Pathological fracture of neck of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409663006
* ^expansion.contains[=].display = "Cough variant asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409656006
* ^expansion.contains[=].display = "Acute esophagitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409623005
* ^expansion.contains[=].display = "Respiratory insufficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409622000
* ^expansion.contains[=].display = "Respiratory failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409609008
* ^expansion.contains[=].display = "Radiologic infiltrate of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409586006
* ^expansion.contains[=].display = "Complaint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409137002
* ^expansion.contains[=].display = "No known drug allergy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409089005
* ^expansion.contains[=].display = "Febrile neutropenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408856003
* ^expansion.contains[=].display = "Autistic disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408750000
* ^expansion.contains[=].display = "Complex regional pain syndrome, type II, upper limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408749000
* ^expansion.contains[=].display = "Complex regional pain syndrome, type II, lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408647009
* ^expansion.contains[=].display = "Adenocarcinoma of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408645001
* ^expansion.contains[=].display = "Adenocarcinoma of large intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408643008
* ^expansion.contains[=].display = "Infiltrating duct carcinoma of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408642003
* ^expansion.contains[=].display = "Transitional cell carcinoma of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408546009
* ^expansion.contains[=].display = "Coronary artery bypass graft occlusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408512008
* ^expansion.contains[=].display = "Body mass index 40+ - severely obese"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408418009
* ^expansion.contains[=].display = "Upper airway resistance syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408335007
* ^expansion.contains[=].display = "Autoimmune hepatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #407669000
* ^expansion.contains[=].display = "Magnetic resonance imaging of brain abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #407560009
* ^expansion.contains[=].display = "At risk of sexually transmitted infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #407451003
* ^expansion.contains[=].display = "Herpes simplex type 1 infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #407450002
* ^expansion.contains[=].display = "Herpes simplex type 2 infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #406506008
* ^expansion.contains[=].display = "Attention deficit hyperactivity disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #406161008
* ^expansion.contains[=].display = "Alteration in parenting"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #406137001
* ^expansion.contains[=].display = "Adult victim of abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405944004
* ^expansion.contains[=].display = "Asthmatic bronchitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405843009
* ^expansion.contains[=].display = "Widespread metastatic malignant neoplastic disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405822008
* ^expansion.contains[=].display = "Squamous cell carcinoma of larynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405817008
* ^expansion.contains[=].display = "Fracture of phalanx of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405773007
* ^expansion.contains[=].display = "Kyphoscoliosis deformity of spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405772002
* ^expansion.contains[=].display = "Congenital kyphoscoliosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405748007
* ^expansion.contains[=].display = "Already on aspirin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405737000
* ^expansion.contains[=].display = "Pharyngitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405729008
* ^expansion.contains[=].display = "Hematochezia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405633009
* ^expansion.contains[=].display = "Streptococcus group B infection of the infant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405557003
* ^expansion.contains[=].display = "Occlusion of lower limb artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405555006
* ^expansion.contains[=].display = "Hemorrhage of urethra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405543000
* ^expansion.contains[=].display = "Drug-induced hyperpyrexia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #404670008
* ^expansion.contains[=].display = "Cholesterol retinal embolus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #404640003
* ^expansion.contains[=].display = "Dizziness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #404223003
* ^expansion.contains[=].display = "Deep venous thrombosis of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #404189009
* ^expansion.contains[=].display = "Domestic violence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #404098005
* ^expansion.contains[=].display = "Digital mucous cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #404029005
* ^expansion.contains[=].display = "Neurofibroma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #403915004
* ^expansion.contains[=].display = "Basal cell carcinoma of scalp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #403906006
* ^expansion.contains[=].display = "Metastatic squamous cell carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #403899005
* ^expansion.contains[=].display = "Squamous cell carcinoma of skin of trunk"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #403898002
* ^expansion.contains[=].display = "Squamous cell carcinoma of skin of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #403896003
* ^expansion.contains[=].display = "Squamous cell carcinoma of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #403892001
* ^expansion.contains[=].display = "Squamous cell carcinoma of skin of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #403891008
* ^expansion.contains[=].display = "Squamous cell carcinoma of scalp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #403194002
* ^expansion.contains[=].display = "Solar erythema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #403191005
* ^expansion.contains[=].display = "Partial thickness burn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #403180003
* ^expansion.contains[=].display = "Decorative tattoo"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #403149008
* ^expansion.contains[=].display = "Spider bite wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402981007
* ^expansion.contains[=].display = "Mycobacteroides chelonae infection of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402944008
* ^expansion.contains[=].display = "Condylomata lata of perianal skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402894005
* ^expansion.contains[=].display = "Recurrent genital herpes simplex"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402878003
* ^expansion.contains[=].display = "Germ cell tumor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402863005
* ^expansion.contains[=].display = "Venous stasis ulcer of leg"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402843003
* ^expansion.contains[=].display = "Venous lake"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402820007
* ^expansion.contains[=].display = "Basal cell carcinoma of ear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402818009
* ^expansion.contains[=].display = "Basal cell carcinoma of nose"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402815007
* ^expansion.contains[=].display = "Squamous cell carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402698005
* ^expansion.contains[=].display = "Dermatitis of external ear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402624000
* ^expansion.contains[=].display = "Lentiginosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402599005
* ^expansion.contains[=].display = "Acanthosis nigricans"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402555001
* ^expansion.contains[=].display = "Multiple benign melanocytic nevi"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402523001
* ^expansion.contains[=].display = "Basal cell carcinoma of truncal skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402522006
* ^expansion.contains[=].display = "Basal cell carcinoma of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402519009
* ^expansion.contains[=].display = "Basal cell carcinoma of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402509003
* ^expansion.contains[=].display = "Basal cell carcinoma of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402410006
* ^expansion.contains[=].display = "Symptomatic dermographism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402408009
* ^expansion.contains[=].display = "Acute urticaria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402296004
* ^expansion.contains[=].display = "Pityriasis alba"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402166000
* ^expansion.contains[=].display = "Chronic effect of ultraviolet radiation on normal skin (photo-aging)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #402134005
* ^expansion.contains[=].display = "Onychomycosis due to dermatophyte"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #401314000
* ^expansion.contains[=].display = "Acute non-ST segment elevation myocardial infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #401303003
* ^expansion.contains[=].display = "Acute ST segment elevation myocardial infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #401206008
* ^expansion.contains[=].display = "At risk for deliberate self harm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #401169009
* ^expansion.contains[=].display = "Not yet walking"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400210000
* ^expansion.contains[=].display = "Hemangioma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400200009
* ^expansion.contains[=].display = "Ingrowing toenail"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400179000
* ^expansion.contains[=].display = "Precocious puberty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400178008
* ^expansion.contains[=].display = "Lymphangioma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400159008
* ^expansion.contains[=].display = "Congenital vascular malformation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400153009
* ^expansion.contains[=].display = "Abdominal fibromatosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400130008
* ^expansion.contains[=].display = "Temporal arteritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400122007
* ^expansion.contains[=].display = "Primary cutaneous T-cell lymphoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400097005
* ^expansion.contains[=].display = "Ingrowing nail"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400096001
* ^expansion.contains[=].display = "Melanocytic nevus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400066006
* ^expansion.contains[=].display = "Intraepithelial squamous cell carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400047006
* ^expansion.contains[=].display = "Peripheral vascular disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400038003
* ^expansion.contains[=].display = "Congenital malformation syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400010006
* ^expansion.contains[=].display = "Melanocytic nevus of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #400003000
* ^expansion.contains[=].display = "Delayed puberty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399993004
* ^expansion.contains[=].display = "Disorder of taste"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399992009
* ^expansion.contains[=].display = "Erythroderma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399963005
* ^expansion.contains[=].display = "Abrasion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399957001
* ^expansion.contains[=].display = "Peripheral arterial occlusive disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399939002
* ^expansion.contains[=].display = "Hirsutism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399923009
* ^expansion.contains[=].display = "Rheumatoid arteritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399907009
* ^expansion.contains[=].display = "Animal bite wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399901005
* ^expansion.contains[=].display = "Acquired plantar keratoderma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399872003
* ^expansion.contains[=].display = "Severe nonproliferative retinopathy with clinically significant macular edema due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399730005
* ^expansion.contains[=].display = "Adenoma of rectum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399490008
* ^expansion.contains[=].display = "Adenocarcinoma of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399374009
* ^expansion.contains[=].display = "Regional lymph node metastasis present"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399357009
* ^expansion.contains[=].display = "Thiamine deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399326009
* ^expansion.contains[=].display = "Malignant tumor of urinary bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399305009
* ^expansion.contains[=].display = "Nonsenile cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399294002
* ^expansion.contains[=].display = "Cyst of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399291005
* ^expansion.contains[=].display = "Zenker's diverticulum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399269003
* ^expansion.contains[=].display = "Arthropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399261000
* ^expansion.contains[=].display = "History of coronary artery bypass grafting"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399244003
* ^expansion.contains[=].display = "Disorder of pituitary gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399211009
* ^expansion.contains[=].display = "History of myocardial infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399205006
* ^expansion.contains[=].display = "Pseudofolliculitis barbae"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399194009
* ^expansion.contains[=].display = "Disorder characterized by back pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399187006
* ^expansion.contains[=].display = "Hemochromatosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399165002
* ^expansion.contains[=].display = "Burning mouth syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399153001
* ^expansion.contains[=].display = "Vertigo"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399122003
* ^expansion.contains[=].display = "Swallowing problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399114005
* ^expansion.contains[=].display = "Adhesive capsulitis of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399081005
* ^expansion.contains[=].display = "Common peroneal neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399072004
* ^expansion.contains[=].display = "Bladder neck obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399068003
* ^expansion.contains[=].display = "Malignant tumor of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399054005
* ^expansion.contains[=].display = "Exotropia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399044006
* ^expansion.contains[=].display = "Glossopyrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399029005
* ^expansion.contains[=].display = "Tinea cruris"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399020009
* ^expansion.contains[=].display = "Dilated cardiomyopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398987004
* ^expansion.contains[=].display = "Headache following lumbar puncture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398925009
* ^expansion.contains[=].display = "Abducens nerve disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398909004
* ^expansion.contains[=].display = "Rosacea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398878007
* ^expansion.contains[=].display = "Sprain of ligament"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398838000
* ^expansion.contains[=].display = "Senile hyperkeratosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398696001
* ^expansion.contains[=].display = "Congenital pigmented melanocytic nevus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398665005
* ^expansion.contains[=].display = "Vasovagal syncope"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398311004
* ^expansion.contains[=].display = "Diverticulosis of colon without diverticulitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398262004
* ^expansion.contains[=].display = "Disruption of episiotomy wound in the puerperium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398254007
* ^expansion.contains[=].display = "Pre-eclampsia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398199007
* ^expansion.contains[=].display = "Aseptic necrosis of bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398155003
* ^expansion.contains[=].display = "Chronic anterior uveitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398151007
* ^expansion.contains[=].display = "Decreased muscle tone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398126006
* ^expansion.contains[=].display = "Muscular headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398114001
* ^expansion.contains[=].display = "Ehlers-Danlos syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398102009
* ^expansion.contains[=].display = "Acute poliomyelitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398100001
* ^expansion.contains[=].display = "Hereditary motor and sensory neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398064005
* ^expansion.contains[=].display = "Neurogenic bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398061002
* ^expansion.contains[=].display = "Vaginal enterocele"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398057008
* ^expansion.contains[=].display = "Tension-type headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398050005
* ^expansion.contains[=].display = "Diverticular disease of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398049005
* ^expansion.contains[=].display = "Mixed collagen vascular disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398036000
* ^expansion.contains[=].display = "Familial hypercholesterolemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398033008
* ^expansion.contains[=].display = "Death of relative"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398022005
* ^expansion.contains[=].display = "Vaginal wall prolapse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398019008
* ^expansion.contains[=].display = "Perineal laceration during delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397974008
* ^expansion.contains[=].display = "Hypoesthesia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397932003
* ^expansion.contains[=].display = "Talipes equinovarus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397923000
* ^expansion.contains[=].display = "Somatization disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397881000
* ^expansion.contains[=].display = "Diverticular disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397828008
* ^expansion.contains[=].display = "Median neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397827003
* ^expansion.contains[=].display = "Growth hormone deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397825006
* ^expansion.contains[=].display = "Gastric ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397810006
* ^expansion.contains[=].display = "Pyosalpinx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397758007
* ^expansion.contains[=].display = "Avascular necrosis of bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397640006
* ^expansion.contains[=].display = "Healthcare knowledge finding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397549002
* ^expansion.contains[=].display = "Meibomian gland dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397542006
* ^expansion.contains[=].display = "Moderate visual impairment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397541004
* ^expansion.contains[=].display = "Severe visual impairment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397540003
* ^expansion.contains[=].display = "Visual impairment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397513003
* ^expansion.contains[=].display = "Hordeolum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397073000
* ^expansion.contains[=].display = "Macrocytosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397016004
* ^expansion.contains[=].display = "Systemic mast cell disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #396544001
* ^expansion.contains[=].display = "Cesarean wound disruption"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #396347007
* ^expansion.contains[=].display = "Umbilical hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #396335001
* ^expansion.contains[=].display = "Acute and chronic cholecystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #396333008
* ^expansion.contains[=].display = "Non-articular rheumatism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #396331005
* ^expansion.contains[=].display = "Celiac disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #396285007
* ^expansion.contains[=].display = "Bronchopneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #396275006
* ^expansion.contains[=].display = "Osteoarthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #396234004
* ^expansion.contains[=].display = "Infective arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #396232000
* ^expansion.contains[=].display = "Inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #396230008
* ^expansion.contains[=].display = "Dermatomyositis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #396152005
* ^expansion.contains[=].display = "Raised prostate specific antigen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #395704004
* ^expansion.contains[=].display = "Left ventricular diastolic dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #395692003
* ^expansion.contains[=].display = "Benign paraproteinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #395507008
* ^expansion.contains[=].display = "Premature infant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #395204000
* ^expansion.contains[=].display = "Hyperosmolar non-ketotic state due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #394888000
* ^expansion.contains[=].display = "Hormone replacement therapy requested"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #394877006
* ^expansion.contains[=].display = "FH: Alzheimer's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #394659003
* ^expansion.contains[=].display = "Acute coronary syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #393563007
* ^expansion.contains[=].display = "Glioblastoma multiforme"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #392481002
* ^expansion.contains[=].display = "Chandler syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #392300000
* ^expansion.contains[=].display = "Phacomorphic glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #392291006
* ^expansion.contains[=].display = "Angle-closure glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #392288006
* ^expansion.contains[=].display = "Primary angle-closure glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #392133001
* ^expansion.contains[=].display = "Pigment dispersion syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #391982004
* ^expansion.contains[=].display = "Congenital pectus excavatum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #391083006
* ^expansion.contains[=].display = "H/O: bilateral oophorectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #390951007
* ^expansion.contains[=].display = "Impaired fasting glycemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #390943009
* ^expansion.contains[=].display = "Serum ferritin high"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #390834004
* ^expansion.contains[=].display = "Nonproliferative retinopathy due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #390833005
* ^expansion.contains[=].display = "Osteoporosis due to corticosteroid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #389145006
* ^expansion.contains[=].display = "Allergic asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #389098007
* ^expansion.contains[=].display = "Anoxic encephalopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #389087006
* ^expansion.contains[=].display = "Hypoxemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #389086002
* ^expansion.contains[=].display = "Hypoxia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #389026000
* ^expansion.contains[=].display = "Ascites"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #388983002
* ^expansion.contains[=].display = "Paronychia of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #388982007
* ^expansion.contains[=].display = "Onychia of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387801000
* ^expansion.contains[=].display = "Cervical arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387800004
* ^expansion.contains[=].display = "Cervical spondylosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387742006
* ^expansion.contains[=].display = "Amblyopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387712008
* ^expansion.contains[=].display = "Neonatal jaundice"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387637008
* ^expansion.contains[=].display = "Effusion of joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387603000
* ^expansion.contains[=].display = "Impairment of balance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386822001
* ^expansion.contains[=].display = "Adjustment reaction of adolescence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386807006
* ^expansion.contains[=].display = "Memory impairment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386806002
* ^expansion.contains[=].display = "Impaired cognition"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386805003
* ^expansion.contains[=].display = "Mild cognitive disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386804004
* ^expansion.contains[=].display = "Disorder of menstruation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386789004
* ^expansion.contains[=].display = "Eosinophil count raised"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386762009
* ^expansion.contains[=].display = "Corpus luteum cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386705008
* ^expansion.contains[=].display = "Lightheadedness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386702006
* ^expansion.contains[=].display = "Victim of abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386701004
* ^expansion.contains[=].display = "Developmental articulation disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386692008
* ^expansion.contains[=].display = "Menorrhagia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386689009
* ^expansion.contains[=].display = "Hypothermia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386662004
* ^expansion.contains[=].display = "Pedal cycle accident"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386661006
* ^expansion.contains[=].display = "Fever"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386211005
* ^expansion.contains[=].display = "Disorder of function of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386207004
* ^expansion.contains[=].display = "Temporomandibular joint-pain-dysfunction syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386138005
* ^expansion.contains[=].display = "Stented coronary artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386033004
* ^expansion.contains[=].display = "Neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #385494008
* ^expansion.contains[=].display = "Hematoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #385486001
* ^expansion.contains[=].display = "Postoperative complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #385093006
* ^expansion.contains[=].display = "Community acquired pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373945007
* ^expansion.contains[=].display = "Pericardial effusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373717006
* ^expansion.contains[=].display = "Premature menopause"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373623009
* ^expansion.contains[=].display = "Osteoarthritis of glenohumeral joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373621006
* ^expansion.contains[=].display = "Chronic pain syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373610002
* ^expansion.contains[=].display = "Polyp in nasopharynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373600006
* ^expansion.contains[=].display = "Multiple bruising"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373584008
* ^expansion.contains[=].display = "Congenital obstruction of ureteropelvic junction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373572006
* ^expansion.contains[=].display = "Clinical finding absent"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373436002
* ^expansion.contains[=].display = "Infection due to Mycobacterium intracellulare"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373435003
* ^expansion.contains[=].display = "Battey disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373426005
* ^expansion.contains[=].display = "Epithelial basement membrane dystrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373168002
* ^expansion.contains[=].display = "Reticulosarcoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373108000
* ^expansion.contains[=].display = "Post percutaneous transluminal coronary angioplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372281005
* ^expansion.contains[=].display = "Hypertrophy of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372244006
* ^expansion.contains[=].display = "Malignant melanoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372143007
* ^expansion.contains[=].display = "Carcinoma of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372142002
* ^expansion.contains[=].display = "Carcinoma of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372140005
* ^expansion.contains[=].display = "Carcinoma of gallbladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372138000
* ^expansion.contains[=].display = "Carcinoma of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372130007
* ^expansion.contains[=].display = "Malignant neoplasm of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372126009
* ^expansion.contains[=].display = "Malignant neoplasm of skin of trunk"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372120003
* ^expansion.contains[=].display = "Carcinoma of main bronchus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372111007
* ^expansion.contains[=].display = "Carcinoma of lower lobe, bronchus or lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372109003
* ^expansion.contains[=].display = "Disorder of joint of spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372103002
* ^expansion.contains[=].display = "Carcinoma of glottis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372100004
* ^expansion.contains[=].display = "Carcinoma of exocervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372098004
* ^expansion.contains[=].display = "Carcinoma of endocervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372096000
* ^expansion.contains[=].display = "Carcinoma of male breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372070002
* ^expansion.contains[=].display = "Gangrenous disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372064008
* ^expansion.contains[=].display = "Malignant neoplasm of female breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372054004
* ^expansion.contains[=].display = "Abnormal glucose tolerance test during pregnancy - baby not yet delivered"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372016004
* ^expansion.contains[=].display = "Primary malignant neoplasm of the peritoneum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372010005
* ^expansion.contains[=].display = "Primary malignant neoplasm of soft tissues"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #372003004
* ^expansion.contains[=].display = "Primary malignant neoplasm of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371973000
* ^expansion.contains[=].display = "Malignant neoplasm of uterus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371806006
* ^expansion.contains[=].display = "Progressive angina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371779005
* ^expansion.contains[=].display = "Physical child abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371686006
* ^expansion.contains[=].display = "Infection due to Mycobacterium avium-intracellulare group"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371631005
* ^expansion.contains[=].display = "Panic disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371622005
* ^expansion.contains[=].display = "Elevated blood-pressure reading without diagnosis of hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371596008
* ^expansion.contains[=].display = "Bipolar I disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371435006
* ^expansion.contains[=].display = "History of drug abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371434005
* ^expansion.contains[=].display = "History of alcohol abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371409005
* ^expansion.contains[=].display = "Disorder of eye region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371405004
* ^expansion.contains[=].display = "Disorder of eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371315009
* ^expansion.contains[=].display = "Iron deficiency anemia secondary to inadequate dietary iron intake"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371160000
* ^expansion.contains[=].display = "Disorder of carotid artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371136004
* ^expansion.contains[=].display = "Disorder of tooth development"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371132002
* ^expansion.contains[=].display = "Gastroesophageal reflux disease with hiatal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371128008
* ^expansion.contains[=].display = "Occupational injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371090009
* ^expansion.contains[=].display = "Cholestasis of parenteral nutrition"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371088008
* ^expansion.contains[=].display = "Reactive airways dysfunction syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371087003
* ^expansion.contains[=].display = "Diabetic foot ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371084005
* ^expansion.contains[=].display = "Partially edentulous mandible"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371082009
* ^expansion.contains[=].display = "Arthritis of spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371081002
* ^expansion.contains[=].display = "Arthritis of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371073003
* ^expansion.contains[=].display = "Postural orthostatic tachycardia syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371060002
* ^expansion.contains[=].display = "Visual loss after cataract extraction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371040005
* ^expansion.contains[=].display = "Thrombotic stroke"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371037005
* ^expansion.contains[=].display = "Systolic dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371036001
* ^expansion.contains[=].display = "Postsurgical menopause"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #370997001
* ^expansion.contains[=].display = "Primary testicular failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #370992007
* ^expansion.contains[=].display = "Dyslipidemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #370540009
* ^expansion.contains[=].display = "Adverse reaction to food"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #370532003
* ^expansion.contains[=].display = "Head tilt"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #370471003
* ^expansion.contains[=].display = "Spinal stenosis of lumbosacral region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #370247008
* ^expansion.contains[=].display = "Facial laceration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #370244001
* ^expansion.contains[=].display = "Superficial laceration of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #370240005
* ^expansion.contains[=].display = "Superficial laceration of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #370143000
* ^expansion.contains[=].display = "Major depressive disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #369462000
* ^expansion.contains[=].display = "Atypical hyperplasia of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367649002
* ^expansion.contains[=].display = "Epiretinal membrane"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367534004
* ^expansion.contains[=].display = "Supernumerary tooth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367498001
* ^expansion.contains[=].display = "Seasonal allergic rhinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367494004
* ^expansion.contains[=].display = "Premature birth of newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367489004
* ^expansion.contains[=].display = "Infantile malignant osteopetrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367475009
* ^expansion.contains[=].display = "Lesion of ulnar nerve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367466007
* ^expansion.contains[=].display = "Skin irritation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367460001
* ^expansion.contains[=].display = "Pituitary dwarfism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367423000
* ^expansion.contains[=].display = "Contusion of eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367403001
* ^expansion.contains[=].display = "Pyloric stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367391008
* ^expansion.contains[=].display = "Malaise"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367363000
* ^expansion.contains[=].display = "Right ventricular failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363746003
* ^expansion.contains[=].display = "Acute pharyngitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363732003
* ^expansion.contains[=].display = "Addison's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363668000
* ^expansion.contains[=].display = "Cholesteatoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363518003
* ^expansion.contains[=].display = "Malignant tumor of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363517008
* ^expansion.contains[=].display = "Malignant tumor of urinary tract proper"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363516004
* ^expansion.contains[=].display = "Malignant tumor of penis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363510005
* ^expansion.contains[=].display = "Malignant tumor of large intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363505006
* ^expansion.contains[=].display = "Malignant tumor of oral cavity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363501002
* ^expansion.contains[=].display = "Malignant tumor of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363494000
* ^expansion.contains[=].display = "Malignant tumor of mediastinum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363492001
* ^expansion.contains[=].display = "Malignant tumor of peritoneum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363489000
* ^expansion.contains[=].display = "Malignant tumor of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363478007
* ^expansion.contains[=].display = "Malignant tumor of thyroid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363475005
* ^expansion.contains[=].display = "Malignant tumor of spinal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363459007
* ^expansion.contains[=].display = "Malignant tumor of urethra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363458004
* ^expansion.contains[=].display = "Malignant tumor of ureter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363457009
* ^expansion.contains[=].display = "Malignant tumor of renal pelvis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363449006
* ^expansion.contains[=].display = "Malignant tumor of testis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363445000
* ^expansion.contains[=].display = "Malignant tumor of vagina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363443007
* ^expansion.contains[=].display = "Malignant tumor of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363429002
* ^expansion.contains[=].display = "Malignant tumor of larynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363425008
* ^expansion.contains[=].display = "Malignant tumor of maxillary sinus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363422006
* ^expansion.contains[=].display = "Malignant tumor of nasal cavity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363419009
* ^expansion.contains[=].display = "Malignant tumor of head of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363418001
* ^expansion.contains[=].display = "Malignant tumor of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363414004
* ^expansion.contains[=].display = "Malignant tumor of rectosigmoid junction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363413005
* ^expansion.contains[=].display = "Malignant tumor of splenic flexure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363412000
* ^expansion.contains[=].display = "Malignant tumor of ascending colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363411007
* ^expansion.contains[=].display = "Malignant tumor of appendix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363410008
* ^expansion.contains[=].display = "Malignant tumor of sigmoid colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363409003
* ^expansion.contains[=].display = "Malignant tumor of descending colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363408006
* ^expansion.contains[=].display = "Malignant tumor of transverse colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363407001
* ^expansion.contains[=].display = "Malignant tumor of hepatic flexure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363406005
* ^expansion.contains[=].display = "Malignant tumor of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363402007
* ^expansion.contains[=].display = "Malignant tumor of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363399006
* ^expansion.contains[=].display = "Malignant tumor of hypopharynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363393007
* ^expansion.contains[=].display = "Malignant tumor of tonsil"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363392002
* ^expansion.contains[=].display = "Malignant tumor of oropharynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363390005
* ^expansion.contains[=].display = "Malignant tumor of palate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363385007
* ^expansion.contains[=].display = "Malignant tumor of floor of mouth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363379000
* ^expansion.contains[=].display = "Malignant tumor of parotid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363375006
* ^expansion.contains[=].display = "Malignant tumor of tongue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363367000
* ^expansion.contains[=].display = "Malignant tumor of vulva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363360003
* ^expansion.contains[=].display = "Malignant tumor of anterior two-thirds of tongue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363358000
* ^expansion.contains[=].display = "Malignant tumor of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363354003
* ^expansion.contains[=].display = "Malignant tumor of cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363353009
* ^expansion.contains[=].display = "Malignant tumor of gallbladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363352004
* ^expansion.contains[=].display = "Malignant tumor of anal canal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363350007
* ^expansion.contains[=].display = "Malignant tumor of cecum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363349007
* ^expansion.contains[=].display = "Malignant tumor of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363346000
* ^expansion.contains[=].display = "Malignant neoplastic disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #362971004
* ^expansion.contains[=].display = "Disorder of lymphatic system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #362969004
* ^expansion.contains[=].display = "Disorder of endocrine system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #361137007
* ^expansion.contains[=].display = "Irregular heart beat"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #361133006
* ^expansion.contains[=].display = "Arteriosclerosis obliterans"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #361123003
* ^expansion.contains[=].display = "Psychomotor epilepsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #360450007
* ^expansion.contains[=].display = "Strain of neck muscle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #360371003
* ^expansion.contains[=].display = "Acute cardiac pulmonary edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #359837005
* ^expansion.contains[=].display = "Ulnar neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #359820003
* ^expansion.contains[=].display = "Closed fracture of neck of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #359789008
* ^expansion.contains[=].display = "Takayasu's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #359648001
* ^expansion.contains[=].display = "Acute myeloid leukemia with maturation, FAB M2"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #359557001
* ^expansion.contains[=].display = "Disorder of artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #359532006
* ^expansion.contains[=].display = "Rotator cuff impingement syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #353295004
* ^expansion.contains[=].display = "Graves' disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #352818000
* ^expansion.contains[=].display = "Tonic-clonic epilepsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #343087000
* ^expansion.contains[=].display = "Partial deafness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #342070009
* ^expansion.contains[=].display = "Closed fracture of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #328383001
* ^expansion.contains[=].display = "Chronic liver disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #318316003
* ^expansion.contains[=].display = "Vernal conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #315353005
* ^expansion.contains[=].display = "Posterior subcapsular cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #315348000
* ^expansion.contains[=].display = "Asymptomatic coronary heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #315284009
* ^expansion.contains[=].display = "Mass of parotid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #315249005
* ^expansion.contains[=].display = "Persistent breast nodularity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #315058005
* ^expansion.contains[=].display = "HNPCC - hereditary nonpolyposis colon cancer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #315016007
* ^expansion.contains[=].display = "At risk of coronary heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314990009
* ^expansion.contains[=].display = "Metastasis from malignant tumor of bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314978007
* ^expansion.contains[=].display = "Postoperative pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314966008
* ^expansion.contains[=].display = "Local recurrence of malignant tumor of rectum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314965007
* ^expansion.contains[=].display = "Local recurrence of malignant tumor of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314956000
* ^expansion.contains[=].display = "Borderline blood pressure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314955001
* ^expansion.contains[=].display = "Local recurrence of malignant tumor of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314938000
* ^expansion.contains[=].display = "Poor sleep pattern"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314788004
* ^expansion.contains[=].display = "Divergence insufficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314631008
* ^expansion.contains[=].display = "Menometrorrhagia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314516007
* ^expansion.contains[=].display = "Preseptal cellulitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314515006
* ^expansion.contains[=].display = "Papilloma of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314208002
* ^expansion.contains[=].display = "Rapid atrial fibrillation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314201008
* ^expansion.contains[=].display = "Dislocation of hip joint prosthesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314116003
* ^expansion.contains[=].display = "Post infarct angina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314022009
* ^expansion.contains[=].display = "Obstruction of nasolacrimal duct"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313436004
* ^expansion.contains[=].display = "Type 2 diabetes mellitus without complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313341008
* ^expansion.contains[=].display = "INR raised"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313307000
* ^expansion.contains[=].display = "Epileptic seizure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313299006
* ^expansion.contains[=].display = "Severe chronic obstructive pulmonary disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313297008
* ^expansion.contains[=].display = "Moderate chronic obstructive pulmonary disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313296004
* ^expansion.contains[=].display = "Mild chronic obstructive pulmonary disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313259008
* ^expansion.contains[=].display = "Localized, primary osteoarthritis of elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313182004
* ^expansion.contains[=].display = "Chronic post-traumatic stress disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313157004
* ^expansion.contains[=].display = "Pseudostrabismus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312991009
* ^expansion.contains[=].display = "Senile dementia of the Lewy body type"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312975006
* ^expansion.contains[=].display = "Microalbuminuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312974005
* ^expansion.contains[=].display = "Preterm premature rupture of membranes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312956001
* ^expansion.contains[=].display = "Central serous chorioretinopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312912001
* ^expansion.contains[=].display = "Macular edema due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312905005
* ^expansion.contains[=].display = "Severe nonproliferative retinopathy due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312904009
* ^expansion.contains[=].display = "Moderate nonproliferative retinopathy due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312903003
* ^expansion.contains[=].display = "Mild nonproliferative retinopathy due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312894000
* ^expansion.contains[=].display = "Osteopenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312850006
* ^expansion.contains[=].display = "H/O: Disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312824007
* ^expansion.contains[=].display = "Family history of cancer of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312682007
* ^expansion.contains[=].display = "Empyema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312609001
* ^expansion.contains[=].display = "Puncture wound - injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312608009
* ^expansion.contains[=].display = "Laceration - injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312444006
* ^expansion.contains[=].display = "Spastic paraparesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312442005
* ^expansion.contains[=].display = "H/O: atrial fibrillation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312399001
* ^expansion.contains[=].display = "Thyroid function tests abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312373008
* ^expansion.contains[=].display = "Femoral false aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312230002
* ^expansion.contains[=].display = "Hyperhidrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312110005
* ^expansion.contains[=].display = "Gallbladder and bile duct calculi"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312104005
* ^expansion.contains[=].display = "Cholangiocarcinoma of biliary tract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312081001
* ^expansion.contains[=].display = "IUD contraception"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #311897005
* ^expansion.contains[=].display = "Sacral dimple"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #311806008
* ^expansion.contains[=].display = "Osteoporotic collapse of cervical vertebra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310701003
* ^expansion.contains[=].display = "Behcet's syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310647000
* ^expansion.contains[=].display = "Anemia secondary to renal failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310643001
* ^expansion.contains[=].display = "Infection of intravenous catheter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310605004
* ^expansion.contains[=].display = "Fibrous histiocytoma of tendon sheath"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310496002
* ^expansion.contains[=].display = "Moderate depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310495003
* ^expansion.contains[=].display = "Mild depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310439007
* ^expansion.contains[=].display = "Urine cytology abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310387003
* ^expansion.contains[=].display = "Intracapillary glomerulosclerosis of kidney due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310305009
* ^expansion.contains[=].display = "Active advance directive (copy within chart)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310249008
* ^expansion.contains[=].display = "Follow-up orthopedic assessment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309737007
* ^expansion.contains[=].display = "Abdominal pain in pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309710005
* ^expansion.contains[=].display = "Lumbosacral strain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309587003
* ^expansion.contains[=].display = "Calcification of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309585006
* ^expansion.contains[=].display = "Syncope and collapse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309557009
* ^expansion.contains[=].display = "Numbness of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309538000
* ^expansion.contains[=].display = "Numbness of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309537005
* ^expansion.contains[=].display = "Numbness of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309535002
* ^expansion.contains[=].display = "Industrial accident"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309529002
* ^expansion.contains[=].display = "Lung mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309527000
* ^expansion.contains[=].display = "Mass of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309523001
* ^expansion.contains[=].display = "Artificial lens present"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309521004
* ^expansion.contains[=].display = "Numbness of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309465005
* ^expansion.contains[=].display = "Varicella-zoster virus infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309464009
* ^expansion.contains[=].display = "Elbow fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309246000
* ^expansion.contains[=].display = "Osteoarthritis of foot joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309089006
* ^expansion.contains[=].display = "Prostate mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309088003
* ^expansion.contains[=].display = "Renal mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309087008
* ^expansion.contains[=].display = "Paresthesia of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309086004
* ^expansion.contains[=].display = "Paresthesia of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309084001
* ^expansion.contains[=].display = "Villous adenoma of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309083007
* ^expansion.contains[=].display = "Abscess of back"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309081009
* ^expansion.contains[=].display = "Abnormal cervical smear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309080005
* ^expansion.contains[=].display = "Raised thyroid stimulating hormone level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #308899009
* ^expansion.contains[=].display = "Unsatisfactory living conditions"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #308896002
* ^expansion.contains[=].display = "Secondary hemorrhage postprocedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #308698004
* ^expansion.contains[=].display = "Flatulence symptom"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #308684007
* ^expansion.contains[=].display = "Amputated big toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #308546005
* ^expansion.contains[=].display = "Dissection of aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #308374001
* ^expansion.contains[=].display = "Caffeine-related disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #308153009
* ^expansion.contains[=].display = "Closed fracture of distal fibula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #308068007
* ^expansion.contains[=].display = "H/O: Treatment for ischemic heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307759003
* ^expansion.contains[=].display = "Helicobacter pylori gastrointestinal tract infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307731004
* ^expansion.contains[=].display = "Injury of tendon of the rotator cuff of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307651005
* ^expansion.contains[=].display = "Myelosclerosis with myeloid metaplasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307649006
* ^expansion.contains[=].display = "Primary central nervous system lymphoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307608006
* ^expansion.contains[=].display = "Ewing's sarcoma of bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307601000
* ^expansion.contains[=].display = "Pseudomyxoma peritonei"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307593001
* ^expansion.contains[=].display = "Carcinomatosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307576001
* ^expansion.contains[=].display = "Osteosarcoma of bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307541003
* ^expansion.contains[=].display = "Lower urinary tract symptoms"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307534009
* ^expansion.contains[=].display = "Urinary tract infection in pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307502000
* ^expansion.contains[=].display = "Squamous cell carcinoma of mouth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307496006
* ^expansion.contains[=].display = "Diverticulitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307418008
* ^expansion.contains[=].display = "Noninfective enteritis and colitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307233002
* ^expansion.contains[=].display = "Erosion of stomach with hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307140009
* ^expansion.contains[=].display = "Acute non-Q wave infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307138004
* ^expansion.contains[=].display = "Spondylolisthesis L5/S1 level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307136000
* ^expansion.contains[=].display = "Old healed fracture of bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307132003
* ^expansion.contains[=].display = "Common bile duct calculus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307116001
* ^expansion.contains[=].display = "Heterozygous Factor V Leiden mutation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307115002
* ^expansion.contains[=].display = "Homozygous Factor V Leiden mutation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307091009
* ^expansion.contains[=].display = "Factor V Leiden mutation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #306058006
* ^expansion.contains[=].display = "Aplastic anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #305647009
* ^expansion.contains[=].display = "Seen by pediatrician"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #304831001
* ^expansion.contains[=].display = "Chronic intracranial subdural hematoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #304344002
* ^expansion.contains[=].display = "Decreased range of cervical spine movement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #304321000
* ^expansion.contains[=].display = "Decreased range of knee movement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #304253006
* ^expansion.contains[=].display = "Not for resuscitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #304026004
* ^expansion.contains[=].display = "Varicose ulcer of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #303194003
* ^expansion.contains[=].display = "Metastasis to head and neck lymph node"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #303081002
* ^expansion.contains[=].display = "Neurogenic claudication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #303011007
* ^expansion.contains[=].display = "Neutropenic disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302941001
* ^expansion.contains[=].display = "Nonunion of fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302936009
* ^expansion.contains[=].display = "Enthesopathy of wrist and/or hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302935008
* ^expansion.contains[=].display = "Infective discitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302933001
* ^expansion.contains[=].display = "Tear of lateral meniscus of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302932006
* ^expansion.contains[=].display = "Tear of medial meniscus of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302918009
* ^expansion.contains[=].display = "Disorder of stoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302914006
* ^expansion.contains[=].display = "Barrett's esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302912005
* ^expansion.contains[=].display = "Vocal cord paralysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302910002
* ^expansion.contains[=].display = "Atherosclerotic renal artery stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302896008
* ^expansion.contains[=].display = "Keratoconjunctivitis sicca"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302873008
* ^expansion.contains[=].display = "Thrombocytopenic purpura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302870006
* ^expansion.contains[=].display = "Hypertriglyceridemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302866003
* ^expansion.contains[=].display = "Hypoglycemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302851001
* ^expansion.contains[=].display = "Synovial sarcoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302849000
* ^expansion.contains[=].display = "Nephroblastoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302847003
* ^expansion.contains[=].display = "Rhabdomyosarcoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302838006
* ^expansion.contains[=].display = "Dermal cellular nevus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302833002
* ^expansion.contains[=].display = "Paraganglioma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302826002
* ^expansion.contains[=].display = "Adrenal cortical adenoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302820008
* ^expansion.contains[=].display = "Intracranial meningioma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302764009
* ^expansion.contains[=].display = "Rubella non-immune"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302690004
* ^expansion.contains[=].display = "Encopresis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302297009
* ^expansion.contains[=].display = "Congenital deformity of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302289002
* ^expansion.contains[=].display = "Coordination problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302233006
* ^expansion.contains[=].display = "Renal artery stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302229004
* ^expansion.contains[=].display = "Salmonella food poisoning"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302227002
* ^expansion.contains[=].display = "Ecchymosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302226006
* ^expansion.contains[=].display = "Peripheral nerve disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302215000
* ^expansion.contains[=].display = "Thrombocytopenic disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302112009
* ^expansion.contains[=].display = "Colostomy present"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302111002
* ^expansion.contains[=].display = "Ileostomy present"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302109006
* ^expansion.contains[=].display = "Gastrostomy present"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301913002
* ^expansion.contains[=].display = "Lesion of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301864002
* ^expansion.contains[=].display = "Transient synovitis of hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301822002
* ^expansion.contains[=].display = "Abnormal vaginal bleeding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301802001
* ^expansion.contains[=].display = "Loin abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301779004
* ^expansion.contains[=].display = "Anal inflammation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301777002
* ^expansion.contains[=].display = "Neck swelling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301766008
* ^expansion.contains[=].display = "Lesion of brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301754002
* ^expansion.contains[=].display = "Right lower quadrant pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301717006
* ^expansion.contains[=].display = "Right upper quadrant pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301716002
* ^expansion.contains[=].display = "Left lower quadrant pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301715003
* ^expansion.contains[=].display = "Left upper quadrant pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301706005
* ^expansion.contains[=].display = "Abscess of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301350008
* ^expansion.contains[=].display = "Lesion of lip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301345002
* ^expansion.contains[=].display = "Difficulty sleeping"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301336003
* ^expansion.contains[=].display = "Body weight problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301218000
* ^expansion.contains[=].display = "Lesion of vocal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301202006
* ^expansion.contains[=].display = "Nasal sinus problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301191003
* ^expansion.contains[=].display = "Lesion of nose"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301183007
* ^expansion.contains[=].display = "Bacterial endocarditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301034006
* ^expansion.contains[=].display = "Fracture of greater trochanter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301022003
* ^expansion.contains[=].display = "Ulcer of heel"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301021005
* ^expansion.contains[=].display = "Ulcer of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301001009
* ^expansion.contains[=].display = "Right lower zone pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #301000005
* ^expansion.contains[=].display = "Left lower zone pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300996004
* ^expansion.contains[=].display = "Controlled atrial fibrillation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300984006
* ^expansion.contains[=].display = "Skin ulcer of calf"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300980002
* ^expansion.contains[=].display = "Normocytic anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300956001
* ^expansion.contains[=].display = "Low back strain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300955002
* ^expansion.contains[=].display = "Pain in thumb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300954003
* ^expansion.contains[=].display = "Pain in calf"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300953009
* ^expansion.contains[=].display = "Pain in axilla"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300950007
* ^expansion.contains[=].display = "Infected hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300895004
* ^expansion.contains[=].display = "Anxiety attack"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300863000
* ^expansion.contains[=].display = "Mass of axilla"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300848003
* ^expansion.contains[=].display = "Mass of body structure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300706003
* ^expansion.contains[=].display = "Endogenous depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300513000
* ^expansion.contains[=].display = "Lesion of penis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300492006
* ^expansion.contains[=].display = "Lesion of testis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300457003
* ^expansion.contains[=].display = "Lesion of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300332007
* ^expansion.contains[=].display = "Liver mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300331000
* ^expansion.contains[=].display = "Lesion of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300246005
* ^expansion.contains[=].display = "Lesion of tongue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300228004
* ^expansion.contains[=].display = "Hearing problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300197009
* ^expansion.contains[=].display = "Ear problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300092000
* ^expansion.contains[=].display = "Lesion of external ear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299989006
* ^expansion.contains[=].display = "Infection of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299709002
* ^expansion.contains[=].display = "Dental abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299704007
* ^expansion.contains[=].display = "Lump on face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299703001
* ^expansion.contains[=].display = "Mass of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299698007
* ^expansion.contains[=].display = "Feeding poor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299647001
* ^expansion.contains[=].display = "Amputated above knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299328006
* ^expansion.contains[=].display = "Deformity of knee joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299233007
* ^expansion.contains[=].display = "Deformity of hip joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299060006
* ^expansion.contains[=].display = "Swelling of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299042006
* ^expansion.contains[=].display = "Weakness of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299037003
* ^expansion.contains[=].display = "Swelling of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #299033004
* ^expansion.contains[=].display = "Deformity of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298924009
* ^expansion.contains[=].display = "Elbow joint unstable"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298854003
* ^expansion.contains[=].display = "Shoulder joint unstable"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298772001
* ^expansion.contains[=].display = "Shoulder joint deformity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298731003
* ^expansion.contains[=].display = "Pain of sternum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298591003
* ^expansion.contains[=].display = "Scoliosis of lumbar spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298494008
* ^expansion.contains[=].display = "Scoliosis of thoracic spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298382003
* ^expansion.contains[=].display = "Scoliosis deformity of spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298375002
* ^expansion.contains[=].display = "Tenderness of temporomandibular joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298349001
* ^expansion.contains[=].display = "Soft tissue swelling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298222004
* ^expansion.contains[=].display = "Active range of joint movement reduced"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298181000
* ^expansion.contains[=].display = "Range of joint movement increased"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298172006
* ^expansion.contains[=].display = "Foot joint inflamed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298171004
* ^expansion.contains[=].display = "Ankle joint inflamed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298169004
* ^expansion.contains[=].display = "Hip joint inflamed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298167002
* ^expansion.contains[=].display = "Finger joint inflamed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298165005
* ^expansion.contains[=].display = "Hand joint inflamed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298164009
* ^expansion.contains[=].display = "Wrist joint inflamed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298162008
* ^expansion.contains[=].display = "Shoulder joint inflamed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298083004
* ^expansion.contains[=].display = "Foreign body in skin of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #298012000
* ^expansion.contains[=].display = "Wound pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #297960002
* ^expansion.contains[=].display = "Mass of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #297946004
* ^expansion.contains[=].display = "Lower limb nerve lesion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #297713002
* ^expansion.contains[=].display = "Varicose veins of lower limb without ulcer and without inflammation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #297242006
* ^expansion.contains[=].display = "Family history of ischemic heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #297217002
* ^expansion.contains[=].display = "Rib pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #297186008
* ^expansion.contains[=].display = "Motorcycle accident"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #297147009
* ^expansion.contains[=].display = "Atrophy of vagina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #296053004
* ^expansion.contains[=].display = "Benzodiazepine overdose"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #295124009
* ^expansion.contains[=].display = "Acetaminophen overdose"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #293331003
* ^expansion.contains[=].display = "Anticoagulant adverse reaction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #292196008
* ^expansion.contains[=].display = "Antineoplastic adverse reaction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #290113009
* ^expansion.contains[=].display = "Bloody nipple discharge"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #289922002
* ^expansion.contains[=].display = "Mass of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #289917002
* ^expansion.contains[=].display = "History of bladder neoplasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #289903006
* ^expansion.contains[=].display = "Menopause present"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #289794001
* ^expansion.contains[=].display = "Lesion of cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #289572007
* ^expansion.contains[=].display = "No liquor observed vaginally"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #289530006
* ^expansion.contains[=].display = "Vaginal bleeding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #289517005
* ^expansion.contains[=].display = "Vaginal lesion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #289477004
* ^expansion.contains[=].display = "Mass of vulva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #289474006
* ^expansion.contains[=].display = "Lesion of vulva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #289439005
* ^expansion.contains[=].display = "Fetal heart rate absent"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #289259007
* ^expansion.contains[=].display = "Vaginal delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #288252009
* ^expansion.contains[=].display = "Maternal infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #287065007
* ^expansion.contains[=].display = "Pathological fracture - upper arm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #287057009
* ^expansion.contains[=].display = "Atrial premature complex"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #287021004
* ^expansion.contains[=].display = "Synovitis/tenosynovitis - knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #287007001
* ^expansion.contains[=].display = "Rheumatoid arthritis - hand joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #287001000
* ^expansion.contains[=].display = "Cellulitis of leg, excluding foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #286895009
* ^expansion.contains[=].display = "Carcinoma of breast - upper, outer quadrant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #286378009
* ^expansion.contains[=].display = "Difficulty talking"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285838002
* ^expansion.contains[=].display = "Cervical intraepithelial neoplasia grade 2"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285836003
* ^expansion.contains[=].display = "Cervical intraepithelial neoplasia grade 1"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285636001
* ^expansion.contains[=].display = "Cervical intraepithelial neoplasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285432005
* ^expansion.contains[=].display = "Carcinoma of cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285387005
* ^expansion.contains[=].display = "Left sided abdominal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285384003
* ^expansion.contains[=].display = "General health deterioration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285381006
* ^expansion.contains[=].display = "Acute infective exacerbation of chronic obstructive airways disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285375003
* ^expansion.contains[=].display = "Pain in penis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285365001
* ^expansion.contains[=].display = "Pain in toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285348005
* ^expansion.contains[=].display = "Strain of abdominal muscle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285312008
* ^expansion.contains[=].display = "Carcinoma of sigmoid colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285310000
* ^expansion.contains[=].display = "Carcinoma of anal canal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285055002
* ^expansion.contains[=].display = "Does use hearing aid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #284591009
* ^expansion.contains[=].display = "Persistent alcohol abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #284549007
* ^expansion.contains[=].display = "Laceration of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #284470004
* ^expansion.contains[=].display = "Premature atrial contraction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #284220000
* ^expansion.contains[=].display = "Burn of genitalia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #283782004
* ^expansion.contains[=].display = "Cat bite - wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #283734005
* ^expansion.contains[=].display = "Dog bite - wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #283545005
* ^expansion.contains[=].display = "Gunshot wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #283497000
* ^expansion.contains[=].display = "Puncture wound of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #283363006
* ^expansion.contains[=].display = "Laceration of lip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #283359004
* ^expansion.contains[=].display = "Laceration of forehead"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #283062009
* ^expansion.contains[=].display = "Abrasion of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #283033008
* ^expansion.contains[=].display = "Superficial injury of forearm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282825002
* ^expansion.contains[=].display = "Paroxysmal atrial fibrillation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282785008
* ^expansion.contains[=].display = "Anterior cord syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282782006
* ^expansion.contains[=].display = "Injury of scrotum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282776008
* ^expansion.contains[=].display = "Injury of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282760004
* ^expansion.contains[=].display = "Clavicle injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282752000
* ^expansion.contains[=].display = "Injury of eye region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282749008
* ^expansion.contains[=].display = "Head and neck injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282299006
* ^expansion.contains[=].display = "Unable to balance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282100009
* ^expansion.contains[=].display = "Adverse reaction to substance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282095007
* ^expansion.contains[=].display = "Allergic reaction to bee sting"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282028001
* ^expansion.contains[=].display = "Multiple-resistant Staphylococcus aureus infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282026002
* ^expansion.contains[=].display = "Soft tissue injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282020008
* ^expansion.contains[=].display = "Premature delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281900007
* ^expansion.contains[=].display = "No abnormality detected"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281864001
* ^expansion.contains[=].display = "Non-traumatic intracranial subdural hematoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281666001
* ^expansion.contains[=].display = "Family history of disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281599007
* ^expansion.contains[=].display = "Sprain of ligament of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281598004
* ^expansion.contains[=].display = "Sprain of spinal ligament"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281544003
* ^expansion.contains[=].display = "Strain of tendon of foot and ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281398003
* ^expansion.contains[=].display = "Groin mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281305005
* ^expansion.contains[=].display = "Unwanted fertility"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281255004
* ^expansion.contains[=].display = "Small bowel obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281245003
* ^expansion.contains[=].display = "Musculoskeletal chest pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281239006
* ^expansion.contains[=].display = "Acute asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281050002
* ^expansion.contains[=].display = "Livebirth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #280972008
* ^expansion.contains[=].display = "Arteriovenous graft thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #280816001
* ^expansion.contains[=].display = "Facial palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #280032002
* ^expansion.contains[=].display = "Developmental language disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279992002
* ^expansion.contains[=].display = "Recurrent falls"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279333002
* ^expansion.contains[=].display = "Pruritus of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279084009
* ^expansion.contains[=].display = "Chest discomfort"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279079003
* ^expansion.contains[=].display = "Dysesthesia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279069000
* ^expansion.contains[=].display = "Musculoskeletal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279066007
* ^expansion.contains[=].display = "Foot joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279043006
* ^expansion.contains[=].display = "Pain in buttock"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279040009
* ^expansion.contains[=].display = "Mechanical low back pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279039007
* ^expansion.contains[=].display = "Low back pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279038004
* ^expansion.contains[=].display = "Thoracic back pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279029001
* ^expansion.contains[=].display = "Pain in cervical spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #279016001
* ^expansion.contains[=].display = "Cervicogenic headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278971009
* ^expansion.contains[=].display = "Hepatitis A immune"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278862001
* ^expansion.contains[=].display = "Acute low back pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278860009
* ^expansion.contains[=].display = "Chronic low back pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278853003
* ^expansion.contains[=].display = "Acute schizophrenia-like psychotic disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278650002
* ^expansion.contains[=].display = "Edentulous"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278528006
* ^expansion.contains[=].display = "Facial swelling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278516003
* ^expansion.contains[=].display = "Lobar pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278504009
* ^expansion.contains[=].display = "Afibrinogenemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278154007
* ^expansion.contains[=].display = "Blood group AB Rh(D) negative"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278153001
* ^expansion.contains[=].display = "Blood group B Rh(D) negative"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278152006
* ^expansion.contains[=].display = "Blood group A Rh(D) negative"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278151004
* ^expansion.contains[=].display = "Blood group AB Rh(D) positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278150003
* ^expansion.contains[=].display = "Blood group B Rh(D) positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278149003
* ^expansion.contains[=].display = "Blood group A Rh(D) positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278148006
* ^expansion.contains[=].display = "Blood group O Rh(D) negative"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278147001
* ^expansion.contains[=].display = "Blood group O Rh(D) positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278073009
* ^expansion.contains[=].display = "Unsatisfactory CTG tracing"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277890004
* ^expansion.contains[=].display = "Toe swelling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277879009
* ^expansion.contains[=].display = "Autonomic neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277869007
* ^expansion.contains[=].display = "Non-tuberculous mycobacterial pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277843001
* ^expansion.contains[=].display = "Problem behavior"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277799005
* ^expansion.contains[=].display = "Pruritus of scalp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277622004
* ^expansion.contains[=].display = "Mucosa-associated lymphoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277577000
* ^expansion.contains[=].display = "Monoclonal gammopathy of uncertain significance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277571004
* ^expansion.contains[=].display = "B-cell acute lymphoblastic leukemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277545003
* ^expansion.contains[=].display = "T-cell chronic lymphocytic leukemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277466009
* ^expansion.contains[=].display = "Lymphoproliferative disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277357006
* ^expansion.contains[=].display = "Sputum retention"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277196008
* ^expansion.contains[=].display = "Berry aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277188003
* ^expansion.contains[=].display = "Ulnar nerve entrapment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277157002
* ^expansion.contains[=].display = "Benign tumor of external ear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276975007
* ^expansion.contains[=].display = "Carcinoma of larynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276962007
* ^expansion.contains[=].display = "Squamous cell carcinoma of palate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276954004
* ^expansion.contains[=].display = "Squamous cell carcinoma of floor of mouth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276952000
* ^expansion.contains[=].display = "Squamous cell carcinoma of tongue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276883000
* ^expansion.contains[=].display = "Peritoneal dialysis-associated peritonitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276877003
* ^expansion.contains[=].display = "Trichomonal vaginitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276870001
* ^expansion.contains[=].display = "Carcinoma of fallopian tube"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276853009
* ^expansion.contains[=].display = "Self inflicted injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276851006
* ^expansion.contains[=].display = "Intraduct papilloma of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276826005
* ^expansion.contains[=].display = "Malignant glioma of brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276720006
* ^expansion.contains[=].display = "Dysmorphism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276658003
* ^expansion.contains[=].display = "Extreme prematurity of infant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276654001
* ^expansion.contains[=].display = "Congenital malformation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276622005
* ^expansion.contains[=].display = "Subgaleal hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276613009
* ^expansion.contains[=].display = "High birth weight"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276610007
* ^expansion.contains[=].display = "Low birth weight infant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276603001
* ^expansion.contains[=].display = "Perinatal disorder of growth and/or development"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276549000
* ^expansion.contains[=].display = "Newborn physiological jaundice"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276544005
* ^expansion.contains[=].display = "Apnea of prematurity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276507005
* ^expansion.contains[=].display = "Fetal death"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276444007
* ^expansion.contains[=].display = "Generalized pruritus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276433004
* ^expansion.contains[=].display = "Insect bite - wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276369006
* ^expansion.contains[=].display = "Reduced fetal movement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276177000
* ^expansion.contains[=].display = "Thyroid eye disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276079004
* ^expansion.contains[=].display = "Partnership problems"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275937001
* ^expansion.contains[=].display = "Family history of cancer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275917000
* ^expansion.contains[=].display = "Lithium monitoring"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275881005
* ^expansion.contains[=].display = "History of sexually transmitted disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275598004
* ^expansion.contains[=].display = "Hyperlipoproteinemia, type I"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275565009
* ^expansion.contains[=].display = "H/O: intestinal by-pass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275563002
* ^expansion.contains[=].display = "H/O: bone marrow donation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275546001
* ^expansion.contains[=].display = "H/O: thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275544003
* ^expansion.contains[=].display = "H/O: heart disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275538002
* ^expansion.contains[=].display = "History of anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275531008
* ^expansion.contains[=].display = "H/O: pacemaker in situ"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275526006
* ^expansion.contains[=].display = "History of cerebrovascular accident"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275519006
* ^expansion.contains[=].display = "Peripheral arteriovenous malformation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275517008
* ^expansion.contains[=].display = "Superficial vein thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275498002
* ^expansion.contains[=].display = "Respiratory tract infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275481002
* ^expansion.contains[=].display = "Non-suppurative otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275468009
* ^expansion.contains[=].display = "Congenital quadriplegia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275462005
* ^expansion.contains[=].display = "Disorder of smell"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275453008
* ^expansion.contains[=].display = "Foreign body - finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275448003
* ^expansion.contains[=].display = "Perianal dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275425008
* ^expansion.contains[=].display = "Retained products after miscarriage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275335003
* ^expansion.contains[=].display = "Ruptured Achilles tendon - traumatic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275334004
* ^expansion.contains[=].display = "Shoulder strain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275322007
* ^expansion.contains[=].display = "Scar"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275320004
* ^expansion.contains[=].display = "Injury of nail"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275266006
* ^expansion.contains[=].display = "Metastasis to digestive organs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275134007
* ^expansion.contains[=].display = "FH: Arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275124003
* ^expansion.contains[=].display = "FH: Coronary thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275104002
* ^expansion.contains[=].display = "Family history of stroke"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274919008
* ^expansion.contains[=].display = "Fall on same level due to impact against another person"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274858002
* ^expansion.contains[=].display = "Abnormal glucose tolerance test"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274774002
* ^expansion.contains[=].display = "Elevated level of transaminase and lactic acid dehydrogenase"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274770006
* ^expansion.contains[=].display = "Alkaline phosphatase raised"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274769005
* ^expansion.contains[=].display = "Albuminuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274751001
* ^expansion.contains[=].display = "Mass of head and/or neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274739003
* ^expansion.contains[=].display = "Chest swelling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274724004
* ^expansion.contains[=].display = "Localized edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274718005
* ^expansion.contains[=].display = "Orchitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274714007
* ^expansion.contains[=].display = "Shadow of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274710003
* ^expansion.contains[=].display = "Lung field abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274708000
* ^expansion.contains[=].display = "Abnormal sputum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274668005
* ^expansion.contains[=].display = "Non-cardiac chest pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274667000
* ^expansion.contains[=].display = "Jaw pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274663001
* ^expansion.contains[=].display = "Acute pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274625009
* ^expansion.contains[=].display = "Delayed milestone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274572000
* ^expansion.contains[=].display = "Blind right eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274571007
* ^expansion.contains[=].display = "Blind left eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274540003
* ^expansion.contains[=].display = "Feeding difficulties and mismanagement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274533004
* ^expansion.contains[=].display = "Abnormal findings on diagnostic imaging of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274521009
* ^expansion.contains[=].display = "Electroencephalogram abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274228002
* ^expansion.contains[=].display = "Drug overdose - suicide"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274227007
* ^expansion.contains[=].display = "Cut - accidental"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274203005
* ^expansion.contains[=].display = "Subungual hematoma of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274192001
* ^expansion.contains[=].display = "Superficial injury of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274172008
* ^expansion.contains[=].display = "Laceration of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274166008
* ^expansion.contains[=].display = "Scalp laceration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274165007
* ^expansion.contains[=].display = "Laceration of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274162005
* ^expansion.contains[=].display = "Thoracic back sprain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274160002
* ^expansion.contains[=].display = "Fracture of phalanx of thumb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274152003
* ^expansion.contains[=].display = "Spondylolisthesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274146004
* ^expansion.contains[=].display = "Pathological fracture of vertebra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274142002
* ^expansion.contains[=].display = "Dupuytren's contracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274141009
* ^expansion.contains[=].display = "Tendon contracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274137005
* ^expansion.contains[=].display = "Lumbar disc lesion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274134003
* ^expansion.contains[=].display = "Leukoplakia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274120003
* ^expansion.contains[=].display = "Thyroid disease in pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274100004
* ^expansion.contains[=].display = "Cerebral hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274085008
* ^expansion.contains[=].display = "Tonsil carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271983002
* ^expansion.contains[=].display = "Disorder of cardiac pacemaker system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271943005
* ^expansion.contains[=].display = "Carcinoma of base of tongue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271939006
* ^expansion.contains[=].display = "Vaginal discharge"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271903000
* ^expansion.contains[=].display = "H/O: pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271860004
* ^expansion.contains[=].display = "Abdominal mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271857006
* ^expansion.contains[=].display = "Loin pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271834000
* ^expansion.contains[=].display = "Burping"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271832001
* ^expansion.contains[=].display = "Flatulence, eructation and gas pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271825005
* ^expansion.contains[=].display = "Respiratory distress"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271823003
* ^expansion.contains[=].display = "Tachypnea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271813007
* ^expansion.contains[=].display = "Petechiae"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271809000
* ^expansion.contains[=].display = "Peripheral edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271808008
* ^expansion.contains[=].display = "Generalized edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271807003
* ^expansion.contains[=].display = "Eruption"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271795006
* ^expansion.contains[=].display = "Malaise and fatigue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271794005
* ^expansion.contains[=].display = "Disorder of sleep-wake cycle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271789005
* ^expansion.contains[=].display = "Dizziness and giddiness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271782001
* ^expansion.contains[=].display = "Drowsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271771009
* ^expansion.contains[=].display = "Joint swelling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271760008
* ^expansion.contains[=].display = "Pustule"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271759003
* ^expansion.contains[=].display = "Bullous eruption"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271757001
* ^expansion.contains[=].display = "Papular eruption"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271756005
* ^expansion.contains[=].display = "Macular eruption"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271737000
* ^expansion.contains[=].display = "Anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271721006
* ^expansion.contains[=].display = "Symbolic dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271700006
* ^expansion.contains[=].display = "Chorea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271691008
* ^expansion.contains[=].display = "Breasts asymmetrical"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271687003
* ^expansion.contains[=].display = "Swelling of scrotum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271594007
* ^expansion.contains[=].display = "Syncope"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271593001
* ^expansion.contains[=].display = "Moribund"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271569006
* ^expansion.contains[=].display = "Communicating hydrocephalus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271558008
* ^expansion.contains[=].display = "Infectious mononucleosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271511000
* ^expansion.contains[=].display = "Hepatitis B immune"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271481007
* ^expansion.contains[=].display = "Hemangioma of skin and subcutaneous tissue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271479005
* ^expansion.contains[=].display = "Benign neoplasm of pituitary gland and craniopharyngeal duct"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271472001
* ^expansion.contains[=].display = "Benign neoplasm of nose, middle ear and accessory sinuses"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271437004
* ^expansion.contains[=].display = "Problem situation relating to social and personal history"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271428004
* ^expansion.contains[=].display = "Schizoaffective disorder, manic type"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #270498000
* ^expansion.contains[=].display = "Malposition and malpresentation of fetus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #270492004
* ^expansion.contains[=].display = "First degree atrioventricular block"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #270472006
* ^expansion.contains[=].display = "Maternal concern"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269795008
* ^expansion.contains[=].display = "Foreign body accident - orifice"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269716005
* ^expansion.contains[=].display = "Accident caused by machinery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269581007
* ^expansion.contains[=].display = "Malignant melanoma of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269579005
* ^expansion.contains[=].display = "Malignant melanoma of trunk"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269578002
* ^expansion.contains[=].display = "Malignant melanoma of head and neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269533000
* ^expansion.contains[=].display = "Carcinoma of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269516007
* ^expansion.contains[=].display = "Tongue carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269485000
* ^expansion.contains[=].display = "Benign tumor of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269476000
* ^expansion.contains[=].display = "Nodular lymphoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269460009
* ^expansion.contains[=].display = "Malignant tumor of greater curve of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269459004
* ^expansion.contains[=].display = "Malignant tumor of lesser curve of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269406001
* ^expansion.contains[=].display = "Post-traumatic wound infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269183000
* ^expansion.contains[=].display = "Open wound of foot, excluding toe(s)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269175006
* ^expansion.contains[=].display = "Beta thalassemia trait"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269134004
* ^expansion.contains[=].display = "Sprain of elbow and forearm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269113006
* ^expansion.contains[=].display = "Acute meniscal tear, medial"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269083002
* ^expansion.contains[=].display = "Closed Colles' fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269080004
* ^expansion.contains[=].display = "Closed fracture of lower end of humerus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #269062008
* ^expansion.contains[=].display = "Closed fracture of cervical spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268846006
* ^expansion.contains[=].display = "Neonatal hypocalcemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268798004
* ^expansion.contains[=].display = "Fetal or neonatal effect of maternal polyhydramnios"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268637002
* ^expansion.contains[=].display = "Psychosexual dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268621008
* ^expansion.contains[=].display = "Recurrent major depressive episodes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268479002
* ^expansion.contains[=].display = "Incomplete placenta at delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268471004
* ^expansion.contains[=].display = "Vaginal show"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268464009
* ^expansion.contains[=].display = "Contraception using injectable contraceptive medication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268376005
* ^expansion.contains[=].display = "Mantoux: positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268375009
* ^expansion.contains[=].display = "Mantoux: negative"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268240006
* ^expansion.contains[=].display = "Congenital torticollis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268236002
* ^expansion.contains[=].display = "Congenital bladder neck stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268228006
* ^expansion.contains[=].display = "Undescended testes - bilateral"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268163008
* ^expansion.contains[=].display = "Congenital ptosis of upper eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268054009
* ^expansion.contains[=].display = "Osteoarthritis of multiple joints"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268019002
* ^expansion.contains[=].display = "Chronic osteomyelitis of ankle and/or foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268017000
* ^expansion.contains[=].display = "Acute osteomyelitis of ankle and/or foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267981009
* ^expansion.contains[=].display = "Pain in thoracic spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267971005
* ^expansion.contains[=].display = "Thoracic spondylosis without myelopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267970006
* ^expansion.contains[=].display = "Cervical spondylosis without myelopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267954009
* ^expansion.contains[=].display = "Arthralgia of the ankle and/or foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267952008
* ^expansion.contains[=].display = "Arthralgia of the pelvic region and thigh"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267950000
* ^expansion.contains[=].display = "Arthralgia of the upper arm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267949000
* ^expansion.contains[=].display = "Shoulder joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267802000
* ^expansion.contains[=].display = "Pruritus of genital organs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267779003
* ^expansion.contains[=].display = "Cellulitis and abscess of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267727004
* ^expansion.contains[=].display = "Blind or low vision - both eyes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267718000
* ^expansion.contains[=].display = "Age related macular degeneration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267612009
* ^expansion.contains[=].display = "Degeneration of macula due to cyst, hole or pseudohole"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267513007
* ^expansion.contains[=].display = "Deficiency anemias"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267447008
* ^expansion.contains[=].display = "Hypo-osmolality and or hyponatremia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267441009
* ^expansion.contains[=].display = "Uric acid urolithiasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267434003
* ^expansion.contains[=].display = "Mixed hyperlipidemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267433009
* ^expansion.contains[=].display = "Pure hyperglyceridemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267432004
* ^expansion.contains[=].display = "Pure hypercholesterolemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267431006
* ^expansion.contains[=].display = "Disorder of lipid metabolism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267374005
* ^expansion.contains[=].display = "Toxic diffuse goiter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267369002
* ^expansion.contains[=].display = "Simple goiter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267340006
* ^expansion.contains[=].display = "Maternal pyrexia in labor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267103008
* ^expansion.contains[=].display = "Feeling of lump in throat"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267102003
* ^expansion.contains[=].display = "Sore throat symptom"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267096005
* ^expansion.contains[=].display = "Frontal headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267095009
* ^expansion.contains[=].display = "Speech problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267064002
* ^expansion.contains[=].display = "Retention of urine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267062003
* ^expansion.contains[=].display = "Genitourinary symptoms"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267038008
* ^expansion.contains[=].display = "Edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267036007
* ^expansion.contains[=].display = "Dyspnea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267024001
* ^expansion.contains[=].display = "Abnormal weight loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267023007
* ^expansion.contains[=].display = "Excessive eating - polyphagia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267022002
* ^expansion.contains[=].display = "General symptom"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267020005
* ^expansion.contains[=].display = "H/O: tubal ligation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267010000
* ^expansion.contains[=].display = "History of gastrointestinal tract bypass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #267004000
* ^expansion.contains[=].display = "H/O: musculoskeletal disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266998003
* ^expansion.contains[=].display = "H/O: peptic ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266997008
* ^expansion.contains[=].display = "H/O: gastrointestinal disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266995000
* ^expansion.contains[=].display = "H/O: cardiovascular disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266935003
* ^expansion.contains[=].display = "Housing lack"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266919005
* ^expansion.contains[=].display = "Never smoked tobacco"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266894000
* ^expansion.contains[=].display = "FH: Cardiovascular disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266890009
* ^expansion.contains[=].display = "Family history of alcoholism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266887003
* ^expansion.contains[=].display = "FH: Raised blood lipids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266677000
* ^expansion.contains[=].display = "Menopausal and postmenopausal disorders"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266609001
* ^expansion.contains[=].display = "Female infertility of anovulatory origin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266607004
* ^expansion.contains[=].display = "Perimenopausal disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266601003
* ^expansion.contains[=].display = "Excessive and frequent menstruation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266599000
* ^expansion.contains[=].display = "Dysmenorrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266589005
* ^expansion.contains[=].display = "Endometriosis of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266579006
* ^expansion.contains[=].display = "Inflammatory disorder of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266570005
* ^expansion.contains[=].display = "Redundant prepuce and phimosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266569009
* ^expansion.contains[=].display = "Benign prostatic hyperplasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266556005
* ^expansion.contains[=].display = "Calculus of kidney and ureter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266474003
* ^expansion.contains[=].display = "Biliary calculus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266468003
* ^expansion.contains[=].display = "Cirrhosis - non-alcoholic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266464001
* ^expansion.contains[=].display = "Hemorrhage of rectum and anus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266463007
* ^expansion.contains[=].display = "Iliopsoas abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266434009
* ^expansion.contains[=].display = "Esophageal dysmotility"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266433003
* ^expansion.contains[=].display = "Gastro-esophageal reflux disease with esophagitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266361008
* ^expansion.contains[=].display = "Intrinsic asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266261006
* ^expansion.contains[=].display = "Raynaud's phenomenon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266257000
* ^expansion.contains[=].display = "Transient cerebral ischemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266254007
* ^expansion.contains[=].display = "Carotid artery occlusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266249003
* ^expansion.contains[=].display = "Ventricular hypertrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266162007
* ^expansion.contains[=].display = "Enterobiasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266158001
* ^expansion.contains[=].display = "Candidal intertrigo"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266113007
* ^expansion.contains[=].display = "Genital warts"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266108008
* ^expansion.contains[=].display = "Enteroviral vesicular stomatitis with exanthem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266096002
* ^expansion.contains[=].display = "Methicillin resistant Staphylococcus aureus infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #264580006
* ^expansion.contains[=].display = "Thyroid dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263251009
* ^expansion.contains[=].display = "Metatarsal bone fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263247007
* ^expansion.contains[=].display = "Fracture of calcaneus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263244000
* ^expansion.contains[=].display = "Bimalleolar fracture of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263233008
* ^expansion.contains[=].display = "Closed fracture of femur, distal end"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263229001
* ^expansion.contains[=].display = "Subtrochanteric fracture of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263225007
* ^expansion.contains[=].display = "Fracture of proximal end of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263208005
* ^expansion.contains[=].display = "Fracture of distal end of radius and ulna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263207000
* ^expansion.contains[=].display = "Fracture of shaft of radius and/or ulna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263199001
* ^expansion.contains[=].display = "Fracture of distal end of radius"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263197004
* ^expansion.contains[=].display = "Fracture of radial neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263196008
* ^expansion.contains[=].display = "Fracture of radial head"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263172003
* ^expansion.contains[=].display = "Fracture of mandible"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263171005
* ^expansion.contains[=].display = "Fractured nasal bones"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263167007
* ^expansion.contains[=].display = "Blow out fracture of orbit"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263152008
* ^expansion.contains[=].display = "Fracture of multiple bones of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263134008
* ^expansion.contains[=].display = "Ligament rupture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263130004
* ^expansion.contains[=].display = "Sprain of thumb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263129009
* ^expansion.contains[=].display = "Sprain of ligament of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263128001
* ^expansion.contains[=].display = "Sprain of ligament of elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263029007
* ^expansion.contains[=].display = "Dislocation of patellofemoral joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #263000005
* ^expansion.contains[=].display = "Joint capsule sprain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262975009
* ^expansion.contains[=].display = "Strain of tendon of back"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262966007
* ^expansion.contains[=].display = "Rupture of muscle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262965006
* ^expansion.contains[=].display = "Strain of back muscle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262955000
* ^expansion.contains[=].display = "Subarachnoid hemorrhage due to traumatic injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262952002
* ^expansion.contains[=].display = "Traumatic subdural hematoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262802005
* ^expansion.contains[=].display = "Laceration of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262599003
* ^expansion.contains[=].display = "Foreign body in respiratory tract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262582004
* ^expansion.contains[=].display = "Burn of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262581006
* ^expansion.contains[=].display = "Head burn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262555007
* ^expansion.contains[=].display = "Human bite - wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262525000
* ^expansion.contains[=].display = "Chest injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262520005
* ^expansion.contains[=].display = "Thumb injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262286000
* ^expansion.contains[=].display = "Weight increased"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #262285001
* ^expansion.contains[=].display = "Weight decreased"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #261827001
* ^expansion.contains[=].display = "High anal fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #260912008
* ^expansion.contains[=].display = "Abnormal involuntary movement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255196008
* ^expansion.contains[=].display = "Adenomatous polyp of cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255187008
* ^expansion.contains[=].display = "Lipoma of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255184001
* ^expansion.contains[=].display = "Papilloma of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255166003
* ^expansion.contains[=].display = "Benign neoplasm of respiratory system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255155005
* ^expansion.contains[=].display = "Pleomorphic adenoma of parotid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255109008
* ^expansion.contains[=].display = "Transitional cell carcinoma of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255108000
* ^expansion.contains[=].display = "Carcinoma of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255072001
* ^expansion.contains[=].display = "Malignant tumor of salivary gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255071008
* ^expansion.contains[=].display = "Squamous cell carcinoma of lip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255056009
* ^expansion.contains[=].display = "Malignant tumor of head and neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255052006
* ^expansion.contains[=].display = "Malignant tumor of unknown origin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255035007
* ^expansion.contains[=].display = "Adrenal carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255034006
* ^expansion.contains[=].display = "Thyroid follicular adenoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255032005
* ^expansion.contains[=].display = "Medullary thyroid carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255029007
* ^expansion.contains[=].display = "Papillary thyroid carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255028004
* ^expansion.contains[=].display = "Follicular thyroid carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255024002
* ^expansion.contains[=].display = "Nevus of choroid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #255021005
* ^expansion.contains[=].display = "Malignant melanoma of choroid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254962005
* ^expansion.contains[=].display = "Functionless pituitary adenoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254956000
* ^expansion.contains[=].display = "Pituitary adenoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254938000
* ^expansion.contains[=].display = "Astrocytoma of brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254936001
* ^expansion.contains[=].display = "Glial tumor of brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254921004
* ^expansion.contains[=].display = "Angiomyolipoma of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254915003
* ^expansion.contains[=].display = "Clear cell carcinoma of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254902007
* ^expansion.contains[=].display = "Benign prostatic hyperplasia without outflow obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254901000
* ^expansion.contains[=].display = "Prostatic intraepithelial neoplasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254900004
* ^expansion.contains[=].display = "Carcinoma of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254878006
* ^expansion.contains[=].display = "Endometrial carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254845004
* ^expansion.contains[=].display = "Fibroadenoma of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254838004
* ^expansion.contains[=].display = "Carcinoma of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254837009
* ^expansion.contains[=].display = "Malignant tumor of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254819008
* ^expansion.contains[=].display = "B-K mole (nevus) syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254818000
* ^expansion.contains[=].display = "Dysplastic nevus of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254805008
* ^expansion.contains[=].display = "Compound nevus of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254794007
* ^expansion.contains[=].display = "Angiosarcoma of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254750001
* ^expansion.contains[=].display = "Fibrous histiocytoma of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254727007
* ^expansion.contains[=].display = "Extramammary Paget's disease of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254701007
* ^expansion.contains[=].display = "Basal cell carcinoma of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254679001
* ^expansion.contains[=].display = "Milia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254677004
* ^expansion.contains[=].display = "Trichilemmal cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254671003
* ^expansion.contains[=].display = "Infection of sebaceous cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254666005
* ^expansion.contains[=].display = "Keratosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254651007
* ^expansion.contains[=].display = "Squamous cell carcinoma of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254645002
* ^expansion.contains[=].display = "Malignant mesothelioma of pleura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254637007
* ^expansion.contains[=].display = "Non-small cell lung cancer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254634000
* ^expansion.contains[=].display = "Squamous cell carcinoma of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254632001
* ^expansion.contains[=].display = "Small cell carcinoma of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254626006
* ^expansion.contains[=].display = "Adenocarcinoma of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254622008
* ^expansion.contains[=].display = "Squamous cell carcinoma of bronchus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254612002
* ^expansion.contains[=].display = "Carcinoma of endocrine pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254609000
* ^expansion.contains[=].display = "Carcinoma of ampulla of Vater"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254588001
* ^expansion.contains[=].display = "Polyp of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254582000
* ^expansion.contains[=].display = "Adenocarcinoma of rectum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254570009
* ^expansion.contains[=].display = "Carcinoma of duodenum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254561006
* ^expansion.contains[=].display = "Carcinoma of pylorus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254559002
* ^expansion.contains[=].display = "Carcinoma of pyloric antrum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254557000
* ^expansion.contains[=].display = "Carcinoma of body of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254553001
* ^expansion.contains[=].display = "Carcinoma of cardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254547001
* ^expansion.contains[=].display = "Carcinoma of upper third of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #254462001
* ^expansion.contains[=].display = "Carcinoma of parotid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #253826001
* ^expansion.contains[=].display = "Embryonic cyst of broad ligament"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #253785008
* ^expansion.contains[=].display = "Generalized congenital intestinal dysmotility"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #253737007
* ^expansion.contains[=].display = "Congenital laryngomalacia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #253416000
* ^expansion.contains[=].display = "Atrioventricular septal defect: atrial and ventricular components"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #253212001
* ^expansion.contains[=].display = "Epiblepharon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #253185002
* ^expansion.contains[=].display = "Chiari malformation type I"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #253184003
* ^expansion.contains[=].display = "Chiari malformation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #253032007
* ^expansion.contains[=].display = "Benign pheochromocytoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #253011004
* ^expansion.contains[=].display = "Macroprolactinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #253001006
* ^expansion.contains[=].display = "Merkel cell carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #252991009
* ^expansion.contains[=].display = "Cervical intraepithelial neoplasia grade III with severe dysplasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #252030006
* ^expansion.contains[=].display = "Dysfunctional voiding of urine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #252005008
* ^expansion.contains[=].display = "Cystocele"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #251331003
* ^expansion.contains[=].display = "Alveolar periostitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #251175005
* ^expansion.contains[=].display = "Ventricular premature complex"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #251166008
* ^expansion.contains[=].display = "AV nodal re-entry tachycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #251036003
* ^expansion.contains[=].display = "Aortic root dilatation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #250425007
* ^expansion.contains[=].display = "Pregnancy test negative"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #250423000
* ^expansion.contains[=].display = "Pregnancy test positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #250102002
* ^expansion.contains[=].display = "Unstable knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #250018006
* ^expansion.contains[=].display = "Toe-walking gait"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249945007
* ^expansion.contains[=].display = "Monoparesis of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249944006
* ^expansion.contains[=].display = "Monoparesis - arm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249939004
* ^expansion.contains[=].display = "Proximal muscle weakness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249918006
* ^expansion.contains[=].display = "Shoulder stiff"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249915009
* ^expansion.contains[=].display = "Hand joint stiff"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249914008
* ^expansion.contains[=].display = "Hip stiff"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249913002
* ^expansion.contains[=].display = "Knee stiff"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249785006
* ^expansion.contains[=].display = "Tibial torsion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249625002
* ^expansion.contains[=].display = "Feces contents abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249607009
* ^expansion.contains[=].display = "Large prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249590007
* ^expansion.contains[=].display = "Abdominal bruit"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249489001
* ^expansion.contains[=].display = "Choking"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249444002
* ^expansion.contains[=].display = "Vocal cord cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249366005
* ^expansion.contains[=].display = "Bleeding from nose"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249316004
* ^expansion.contains[=].display = "Nasal deviation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249297006
* ^expansion.contains[=].display = "Spasm of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249288007
* ^expansion.contains[=].display = "Incomplete emptying of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249274008
* ^expansion.contains[=].display = "Urinary symptoms"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249263004
* ^expansion.contains[=].display = "Adhesions of foreskin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249220002
* ^expansion.contains[=].display = "Vaginal tear resulting from childbirth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249166003
* ^expansion.contains[=].display = "Failure to progress in second stage of labor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249134008
* ^expansion.contains[=].display = "Bloodstained liquor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #249097002
* ^expansion.contains[=].display = "Footling breech presentation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248866005
* ^expansion.contains[=].display = "Labial adhesions"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248861000
* ^expansion.contains[=].display = "Atrophic vulva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248802009
* ^expansion.contains[=].display = "Absence of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248596009
* ^expansion.contains[=].display = "Sputum - symptom"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248589007
* ^expansion.contains[=].display = "Clearing throat - hawking"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248539004
* ^expansion.contains[=].display = "Family problems"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248536006
* ^expansion.contains[=].display = "Finding of functional performance and activity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248523006
* ^expansion.contains[=].display = "Rectal mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248521008
* ^expansion.contains[=].display = "Lump on finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248342006
* ^expansion.contains[=].display = "Underweight"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248290002
* ^expansion.contains[=].display = "Developmental delay"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248278004
* ^expansion.contains[=].display = "Attacks of weakness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248228001
* ^expansion.contains[=].display = "Funny turn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248110007
* ^expansion.contains[=].display = "Sexual assault"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248062006
* ^expansion.contains[=].display = "Self-injurious behavior"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #248036002
* ^expansion.contains[=].display = "Problematic behavior in children"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247824007
* ^expansion.contains[=].display = "Fear of becoming fat"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247803002
* ^expansion.contains[=].display = "Seasonal affective disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247592009
* ^expansion.contains[=].display = "Poor short-term memory"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247479008
* ^expansion.contains[=].display = "Telangiectasia disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247472004
* ^expansion.contains[=].display = "Wheal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247471006
* ^expansion.contains[=].display = "Maculopapular eruption"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247467008
* ^expansion.contains[=].display = "Comedone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247444006
* ^expansion.contains[=].display = "Excoriation of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247442005
* ^expansion.contains[=].display = "Broken skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247441003
* ^expansion.contains[=].display = "Erythema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247434009
* ^expansion.contains[=].display = "Wrinkled skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247398009
* ^expansion.contains[=].display = "Neuropathic pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247390002
* ^expansion.contains[=].display = "Sciatic nerve palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247389006
* ^expansion.contains[=].display = "Intercostal neuralgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247373008
* ^expansion.contains[=].display = "Ankle pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247369005
* ^expansion.contains[=].display = "Facet joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247355005
* ^expansion.contains[=].display = "Flank pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247348008
* ^expansion.contains[=].display = "Tenderness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247154004
* ^expansion.contains[=].display = "Macular drusen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247153005
* ^expansion.contains[=].display = "Retinal drusen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247146001
* ^expansion.contains[=].display = "Macular pigment deposit"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #247081001
* ^expansion.contains[=].display = "Posterior vitreous detachment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #246815009
* ^expansion.contains[=].display = "Excess skin of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #246813002
* ^expansion.contains[=].display = "Ptosis of eyebrow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #246656009
* ^expansion.contains[=].display = "Loss of part of visual field"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #246636008
* ^expansion.contains[=].display = "Hazy vision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #246544003
* ^expansion.contains[=].display = "Partial seizure evolving to secondary generalized seizure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #245867000
* ^expansion.contains[=].display = "Acquired spondylolysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #242840004
* ^expansion.contains[=].display = "Self poisoning by carbon monoxide"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #242575009
* ^expansion.contains[=].display = "Accident due to exposure to weather conditions"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #242489002
* ^expansion.contains[=].display = "Accident due to contact with hot or corrosive substance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #242408008
* ^expansion.contains[=].display = "Fall from one level to another"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #242374007
* ^expansion.contains[=].display = "Accidental exposure to metallic lead"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #241820008
* ^expansion.contains[=].display = "Bee sting"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #241748001
* ^expansion.contains[=].display = "Poisoning by analgesic drug"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240711004
* ^expansion.contains[=].display = "Diaper candidiasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240542006
* ^expansion.contains[=].display = "Condyloma acuminatum of the anogenital region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240539000
* ^expansion.contains[=].display = "Plane wart"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240532009
* ^expansion.contains[=].display = "Human papilloma virus infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240530001
* ^expansion.contains[=].display = "Epstein-Barr virus disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240302002
* ^expansion.contains[=].display = "Neonatal erythroderma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240301009
* ^expansion.contains[=].display = "Breastfeeding problem in the newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240271006
* ^expansion.contains[=].display = "Persistent prosthetic joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240244006
* ^expansion.contains[=].display = "Acquired deformity of joint of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240215009
* ^expansion.contains[=].display = "Prolapsed cervical intervertebral disc"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240205003
* ^expansion.contains[=].display = "Synovial cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240198002
* ^expansion.contains[=].display = "Osteoporotic vertebral collapse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240197007
* ^expansion.contains[=].display = "Stress fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240196003
* ^expansion.contains[=].display = "Bone necrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240131006
* ^expansion.contains[=].display = "Rhabdomyolysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240042004
* ^expansion.contains[=].display = "Tophus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240036003
* ^expansion.contains[=].display = "Tenosynovitis of fingers"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240028007
* ^expansion.contains[=].display = "Enthesopathy of foot region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240027002
* ^expansion.contains[=].display = "Bursitis of foot region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240008008
* ^expansion.contains[=].display = "Synovial cyst of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #240004005
* ^expansion.contains[=].display = "Semimembranosus bursitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239993003
* ^expansion.contains[=].display = "Ischial bursitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239961006
* ^expansion.contains[=].display = "Bursitis of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239960007
* ^expansion.contains[=].display = "Impingement syndrome of shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239918008
* ^expansion.contains[=].display = "Undifferentiated connective tissue disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239880009
* ^expansion.contains[=].display = "Lumbar spondylosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239874001
* ^expansion.contains[=].display = "Osteoarthritis of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239873007
* ^expansion.contains[=].display = "Osteoarthritis of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239872002
* ^expansion.contains[=].display = "Osteoarthritis of hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239868001
* ^expansion.contains[=].display = "Osteoarthritis of finger joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239867006
* ^expansion.contains[=].display = "Osteoarthritis of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239866002
* ^expansion.contains[=].display = "Osteoarthritis of elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239865003
* ^expansion.contains[=].display = "Osteoarthritis of acromioclavicular joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239832006
* ^expansion.contains[=].display = "Calcium pyrophosphate deposition disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239816008
* ^expansion.contains[=].display = "Synovitis of elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239792003
* ^expansion.contains[=].display = "Seronegative rheumatoid arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239791005
* ^expansion.contains[=].display = "Seropositive rheumatoid arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239783001
* ^expansion.contains[=].display = "Post-infective arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239777004
* ^expansion.contains[=].display = "Knee pyogenic arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239739005
* ^expansion.contains[=].display = "Contracture of knee joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239737007
* ^expansion.contains[=].display = "Contracture of joint of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239735004
* ^expansion.contains[=].display = "Contracture of wrist joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239734000
* ^expansion.contains[=].display = "Contracture of elbow joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239729004
* ^expansion.contains[=].display = "Rupture of medial collateral ligament of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239727002
* ^expansion.contains[=].display = "Rupture of posterior cruciate ligament"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239725005
* ^expansion.contains[=].display = "Rupture of anterior cruciate ligament"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239724009
* ^expansion.contains[=].display = "Deficiency of anterior cruciate ligament"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239720000
* ^expansion.contains[=].display = "Tear of meniscus of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239160006
* ^expansion.contains[=].display = "Wound hematoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238968009
* ^expansion.contains[=].display = "Vulvodynia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238810007
* ^expansion.contains[=].display = "Flushing"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238788004
* ^expansion.contains[=].display = "Venous stasis syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238772004
* ^expansion.contains[=].display = "Livedo reticularis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238751002
* ^expansion.contains[=].display = "Perioral dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238748009
* ^expansion.contains[=].display = "Sebaceous hyperplasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238744006
* ^expansion.contains[=].display = "Comedonal acne"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238699007
* ^expansion.contains[=].display = "Post-inflammatory hyperpigmentation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238602009
* ^expansion.contains[=].display = "Psoriasis with eczema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238575004
* ^expansion.contains[=].display = "Allergic contact dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238564003
* ^expansion.contains[=].display = "Psoriasiform eczema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238539001
* ^expansion.contains[=].display = "Hand eczema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238525001
* ^expansion.contains[=].display = "Polymorphous light eruption"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238389005
* ^expansion.contains[=].display = "Boils of multiple sites"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238136002
* ^expansion.contains[=].display = "Morbid obesity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238131007
* ^expansion.contains[=].display = "Overweight"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238108007
* ^expansion.contains[=].display = "Cachexia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238107002
* ^expansion.contains[=].display = "Deficiency of macronutrients"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238085009
* ^expansion.contains[=].display = "Fredrickson type IV hyperlipoproteinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238040008
* ^expansion.contains[=].display = "Familial combined hyperlipidemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237836003
* ^expansion.contains[=].display = "Short stature disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237788002
* ^expansion.contains[=].display = "Premature ovarian failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237785004
* ^expansion.contains[=].display = "Hypoadrenalism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237783006
* ^expansion.contains[=].display = "Adrenal mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237715007
* ^expansion.contains[=].display = "Pituitary mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237692001
* ^expansion.contains[=].display = "ACTH deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237662005
* ^expansion.contains[=].display = "Hyperprolactinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237640005
* ^expansion.contains[=].display = "Drug-induced hypoglycemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237632004
* ^expansion.contains[=].display = "Hypoglycemic event due to diabetes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237628005
* ^expansion.contains[=].display = "Impaired glucose tolerance in pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237602007
* ^expansion.contains[=].display = "Metabolic syndrome X"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237599002
* ^expansion.contains[=].display = "Insulin treated type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237570007
* ^expansion.contains[=].display = "Multinodular goiter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237569006
* ^expansion.contains[=].display = "Uninodular goiter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237557003
* ^expansion.contains[=].display = "Mass of thyroid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237527007
* ^expansion.contains[=].display = "Postablative hypothyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237495005
* ^expansion.contains[=].display = "Thyroid nodule"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237348005
* ^expansion.contains[=].display = "Puerperal pyrexia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237279007
* ^expansion.contains[=].display = "Transient hypertension of pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237240001
* ^expansion.contains[=].display = "Teenage pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237138004
* ^expansion.contains[=].display = "Menopause ovarian failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237116001
* ^expansion.contains[=].display = "Chocolate cyst of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237102006
* ^expansion.contains[=].display = "Vaginal vault hematoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237084006
* ^expansion.contains[=].display = "Chlamydial cervicitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237072009
* ^expansion.contains[=].display = "Endometrial hyperplasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237067000
* ^expansion.contains[=].display = "Chronic pelvic pain of female"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237044002
* ^expansion.contains[=].display = "Chronic pelvic inflammatory disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #237037006
* ^expansion.contains[=].display = "Acute pelvic inflammatory disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236711008
* ^expansion.contains[=].display = "Calculus in pelviureteric junction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236708007
* ^expansion.contains[=].display = "Calyceal renal calculus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236664000
* ^expansion.contains[=].display = "Post-micturition incontinence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236650000
* ^expansion.contains[=].display = "Chronic retention of urine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236648008
* ^expansion.contains[=].display = "Acute retention of urine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236646007
* ^expansion.contains[=].display = "Benign prostatic hyperplasia with outflow obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236645006
* ^expansion.contains[=].display = "Bladder outflow obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236632007
* ^expansion.contains[=].display = "Functional disorder of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236570004
* ^expansion.contains[=].display = "Renal transplant rejection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236562009
* ^expansion.contains[=].display = "Obstruction of peritoneal dialysis catheter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236557008
* ^expansion.contains[=].display = "Peritoneal dialysis catheter exit site infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236488005
* ^expansion.contains[=].display = "Renal artery occlusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236443009
* ^expansion.contains[=].display = "Medullary sponge kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236435004
* ^expansion.contains[=].display = "End stage renal failure on dialysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236433006
* ^expansion.contains[=].display = "Acute-on-chronic renal failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236423003
* ^expansion.contains[=].display = "Renal impairment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236407003
* ^expansion.contains[=].display = "IgA nephropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236125004
* ^expansion.contains[=].display = "Peristomal dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236117001
* ^expansion.contains[=].display = "Retraction of stoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236104004
* ^expansion.contains[=].display = "Stricture of anastomosis of gastrointestinal tract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236071009
* ^expansion.contains[=].display = "Chronic diarrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236069009
* ^expansion.contains[=].display = "Chronic constipation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236053002
* ^expansion.contains[=].display = "Sliding hiatus hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236048007
* ^expansion.contains[=].display = "Parastomal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236042008
* ^expansion.contains[=].display = "Obstructed internal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236037000
* ^expansion.contains[=].display = "Incisional hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236022004
* ^expansion.contains[=].display = "Left inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236021006
* ^expansion.contains[=].display = "Right inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236005001
* ^expansion.contains[=].display = "Malignant ascites"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235985005
* ^expansion.contains[=].display = "Fecal peritonitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235921003
* ^expansion.contains[=].display = "Biliary stricture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235919008
* ^expansion.contains[=].display = "Gallstone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235918000
* ^expansion.contains[=].display = "Obstruction of biliary tree"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235917005
* ^expansion.contains[=].display = "Sclerosing cholangitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235911006
* ^expansion.contains[=].display = "Liver transplant rejection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235875008
* ^expansion.contains[=].display = "Alcoholic hepatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235872006
* ^expansion.contains[=].display = "Hepatitis C carrier"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235871004
* ^expansion.contains[=].display = "Hepatitis B carrier"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235866006
* ^expansion.contains[=].display = "Acute hepatitis C"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235856003
* ^expansion.contains[=].display = "Disease of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235853006
* ^expansion.contains[=].display = "Angiodysplasia of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235849009
* ^expansion.contains[=].display = "Small intestinal gangrene"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235825006
* ^expansion.contains[=].display = "Pseudo-obstruction of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235823004
* ^expansion.contains[=].display = "Motility disorder of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235821002
* ^expansion.contains[=].display = "Postoperative intestinal obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235810006
* ^expansion.contains[=].display = "Bolus obstruction of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235796008
* ^expansion.contains[=].display = "Perianal Crohn's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235774002
* ^expansion.contains[=].display = "Abscess with diverticular disease of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235760009
* ^expansion.contains[=].display = "Radiation proctitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235753003
* ^expansion.contains[=].display = "Microscopic colitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235741002
* ^expansion.contains[=].display = "Perforation of small intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235719002
* ^expansion.contains[=].display = "Intolerance to food"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235675006
* ^expansion.contains[=].display = "Gastroparesis syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235651006
* ^expansion.contains[=].display = "Gastric erosion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235599003
* ^expansion.contains[=].display = "Eosinophilic esophagitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235595009
* ^expansion.contains[=].display = "Gastroesophageal reflux disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235494005
* ^expansion.contains[=].display = "Chronic pancreatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235110008
* ^expansion.contains[=].display = "Odontogenic cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235104008
* ^expansion.contains[=].display = "Impacted tooth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235049008
* ^expansion.contains[=].display = "Oral lichen planus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235019006
* ^expansion.contains[=].display = "Erosion of oral mucosa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234949000
* ^expansion.contains[=].display = "Tooth eruption disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234947003
* ^expansion.contains[=].display = "Tooth disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234646005
* ^expansion.contains[=].display = "Graft versus host disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234532001
* ^expansion.contains[=].display = "Immunodeficiency disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234467004
* ^expansion.contains[=].display = "Thrombophilia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234413005
* ^expansion.contains[=].display = "Alpha/beta lipoproteinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234349007
* ^expansion.contains[=].display = "Microcytic anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234348004
* ^expansion.contains[=].display = "Anemia of renal disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234347009
* ^expansion.contains[=].display = "Anemia of chronic disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234228008
* ^expansion.contains[=].display = "Disorder of implantable defibrillator"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234171009
* ^expansion.contains[=].display = "Drug-induced hypotension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234142008
* ^expansion.contains[=].display = "Cerebral arteriovenous malformation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234141001
* ^expansion.contains[=].display = "Congenital arteriovenous malformation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234109007
* ^expansion.contains[=].display = "Lymphocele"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234097001
* ^expansion.contains[=].display = "Lymphedema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233994002
* ^expansion.contains[=].display = "Dissection of thoracic aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233988005
* ^expansion.contains[=].display = "Carotid artery aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233985008
* ^expansion.contains[=].display = "Abdominal aortic aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233984007
* ^expansion.contains[=].display = "Thoracoabdominal aortic aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233983001
* ^expansion.contains[=].display = "Ruptured cerebral aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233962007
* ^expansion.contains[=].display = "Critical lower limb ischemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233956002
* ^expansion.contains[=].display = "Aortoiliac atherosclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233927002
* ^expansion.contains[=].display = "Cardiac arrest with successful resuscitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233917008
* ^expansion.contains[=].display = "Atrioventricular block"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233916004
* ^expansion.contains[=].display = "Heart block"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233873004
* ^expansion.contains[=].display = "Hypertrophic cardiomyopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233845001
* ^expansion.contains[=].display = "Cardiac syndrome X"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233844002
* ^expansion.contains[=].display = "Accelerated coronary artery disease in transplanted heart"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233839009
* ^expansion.contains[=].display = "Old anterior myocardial infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233838001
* ^expansion.contains[=].display = "Acute posterior myocardial infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233819005
* ^expansion.contains[=].display = "Stable angina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233817007
* ^expansion.contains[=].display = "Triple vessel disease of the heart"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233816003
* ^expansion.contains[=].display = "Postoperative cardiac complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233815004
* ^expansion.contains[=].display = "Persistent pulmonary hypertension of the newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233765002
* ^expansion.contains[=].display = "Respiratory failure without hypercapnia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233703007
* ^expansion.contains[=].display = "Interstitial lung disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233674008
* ^expansion.contains[=].display = "Pulmonary emphysema in alpha-1 PI deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233659006
* ^expansion.contains[=].display = "Asbestos-induced pleural plaque"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233606009
* ^expansion.contains[=].display = "Atypical pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233604007
* ^expansion.contains[=].display = "Pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232419008
* ^expansion.contains[=].display = "Enlargement of tonsil or adenoid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232350006
* ^expansion.contains[=].display = "Allergy to dust mite protein"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232345000
* ^expansion.contains[=].display = "Non-infective non-allergic rhinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232340005
* ^expansion.contains[=].display = "Disorder of nasal cavity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232326009
* ^expansion.contains[=].display = "High frequency deafness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232254004
* ^expansion.contains[=].display = "Chronic non-suppurative otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232214001
* ^expansion.contains[=].display = "Cellulitis of pinna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232209000
* ^expansion.contains[=].display = "Nasal obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232147001
* ^expansion.contains[=].display = "Anisometropic amblyopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232086000
* ^expansion.contains[=].display = "Neovascular glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232074003
* ^expansion.contains[=].display = "Congenital hypertrophy of retinal pigment epithelium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232018006
* ^expansion.contains[=].display = "Posterior proliferative vitreoretinopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232017001
* ^expansion.contains[=].display = "Anterior proliferative vitreoretinopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232006002
* ^expansion.contains[=].display = "Macular hole"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231866000
* ^expansion.contains[=].display = "Conjunctival foreign body"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231857004
* ^expansion.contains[=].display = "Giant papillary conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231855007
* ^expansion.contains[=].display = "Seasonal allergic conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231854006
* ^expansion.contains[=].display = "Atopic conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231841004
* ^expansion.contains[=].display = "Stenosis of nasolacrimal duct"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231839000
* ^expansion.contains[=].display = "Complete obstruction of lacrimal canaliculus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231832009
* ^expansion.contains[=].display = "Basal cell carcinoma of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231824001
* ^expansion.contains[=].display = "Benign tumor of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231816006
* ^expansion.contains[=].display = "Laceration of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231797007
* ^expansion.contains[=].display = "Seborrheic blepharitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231791008
* ^expansion.contains[=].display = "Rupture of globe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231543005
* ^expansion.contains[=].display = "Speech and language disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231504006
* ^expansion.contains[=].display = "Mixed anxiety and depressive disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231494001
* ^expansion.contains[=].display = "Mania"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231489001
* ^expansion.contains[=].display = "Acute transient psychotic disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231477003
* ^expansion.contains[=].display = "Heroin dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230808006
* ^expansion.contains[=].display = "Brain ventricular shunt obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230802007
* ^expansion.contains[=].display = "Brainstem death"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230782004
* ^expansion.contains[=].display = "Dysequilibrium syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230773005
* ^expansion.contains[=].display = "Spastic cerebral palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230746009
* ^expansion.contains[=].display = "Obstructive hydrocephalus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230745008
* ^expansion.contains[=].display = "Hydrocephalus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230736007
* ^expansion.contains[=].display = "Transient global amnesia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230698000
* ^expansion.contains[=].display = "Lacunar infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230691006
* ^expansion.contains[=].display = "CVA - cerebrovascular accident due to cerebral artery occlusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230690007
* ^expansion.contains[=].display = "Cerebrovascular accident"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230684008
* ^expansion.contains[=].display = "Ocular myasthenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230631009
* ^expansion.contains[=].display = "Ulnar nerve entrapment at elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230591002
* ^expansion.contains[=].display = "Motor neuropathy with multiple conduction block"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230577008
* ^expansion.contains[=].display = "Diabetic mononeuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230572002
* ^expansion.contains[=].display = "Neuropathy due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230482003
* ^expansion.contains[=].display = "Carotidynia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230471006
* ^expansion.contains[=].display = "Chronic tension-type headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230470007
* ^expansion.contains[=].display = "Episodic tension-type headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230465000
* ^expansion.contains[=].display = "Migraine aura without headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230462002
* ^expansion.contains[=].display = "Migraine with typical aura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230381009
* ^expansion.contains[=].display = "Localization-related epilepsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230325003
* ^expansion.contains[=].display = "Meige syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230297002
* ^expansion.contains[=].display = "Multiple system atrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230292008
* ^expansion.contains[=].display = "Secondary parkinsonism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230285003
* ^expansion.contains[=].display = "Vascular dementia of acute onset"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230270009
* ^expansion.contains[=].display = "Frontotemporal dementia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230193008
* ^expansion.contains[=].display = "Neurosarcoidosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230156002
* ^expansion.contains[=].display = "Malignant meningitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #229844004
* ^expansion.contains[=].display = "Deformity of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #229811005
* ^expansion.contains[=].display = "Foot callus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #229733002
* ^expansion.contains[=].display = "Expressive language disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #229721007
* ^expansion.contains[=].display = "Speech delay"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #228372006
* ^expansion.contains[=].display = "Poly-drug misuser"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #228371004
* ^expansion.contains[=].display = "Long-term drug misuser"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #228320001
* ^expansion.contains[=].display = "Habitual drinker"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #228158008
* ^expansion.contains[=].display = "Walking disability"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #228156007
* ^expansion.contains[=].display = "Intellectual functioning disability"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #228148009
* ^expansion.contains[=].display = "Fine motor impairment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #228147004
* ^expansion.contains[=].display = "Gross motor impairment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #228146008
* ^expansion.contains[=].display = "Personal care impairment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225824003
* ^expansion.contains[=].display = "Victim of physical abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225624000
* ^expansion.contains[=].display = "Panic attack"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225565007
* ^expansion.contains[=].display = "Perineal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225563000
* ^expansion.contains[=].display = "Pressure injury of buttock"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225562005
* ^expansion.contains[=].display = "Pressure injury of sacral region of back"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225561003
* ^expansion.contains[=].display = "Pressure injury of heel"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225553008
* ^expansion.contains[=].display = "Wound dehiscence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225457007
* ^expansion.contains[=].display = "Feeling suicidal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #224960004
* ^expansion.contains[=].display = "Tired"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #221695002
* ^expansion.contains[=].display = "Achilles bursitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #221360009
* ^expansion.contains[=].display = "Spasticity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #219346009
* ^expansion.contains[=].display = "Injury of unknown intent due to fall from height"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #219235009
* ^expansion.contains[=].display = "Assault by striking by blunt or thrown object"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #219218005
* ^expansion.contains[=].display = "Assault by cutting and stabbing instruments"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #218247007
* ^expansion.contains[=].display = "Late effect of motor vehicle accident"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #218246003
* ^expansion.contains[=].display = "Late effect of accidental injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #218218000
* ^expansion.contains[=].display = "Overexertion and strenuous movements"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #218164000
* ^expansion.contains[=].display = "Accident caused by electric current"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #218130004
* ^expansion.contains[=].display = "Accident caused by hot liquid and vapor, including steam"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #218129009
* ^expansion.contains[=].display = "Accidents caused by hot substance or object, caustic or corrosive material and steam"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #218058005
* ^expansion.contains[=].display = "Accident caused by glass edge"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #218034006
* ^expansion.contains[=].display = "Accidents caused by knives, swords and daggers"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #218016007
* ^expansion.contains[=].display = "Accidents caused by cutting and piercing instruments or objects"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217848007
* ^expansion.contains[=].display = "Accidentally struck by or against objects or persons"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217839002
* ^expansion.contains[=].display = "Accidentally struck by falling object"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217710005
* ^expansion.contains[=].display = "Congenital iodine deficiency syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217699002
* ^expansion.contains[=].display = "Bite of nonvenomous snakes and lizards"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217697000
* ^expansion.contains[=].display = "Dog bite"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217157004
* ^expansion.contains[=].display = "Fall on same level from stumbling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217155007
* ^expansion.contains[=].display = "Fall on same level from slipping"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217154006
* ^expansion.contains[=].display = "Fall on same level from slipping, tripping or stumbling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217142006
* ^expansion.contains[=].display = "Fall from chair or bed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217094006
* ^expansion.contains[=].display = "Fall from steps"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217093000
* ^expansion.contains[=].display = "Fall on steps"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #217082002
* ^expansion.contains[=].display = "Accidental fall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #214264003
* ^expansion.contains[=].display = "Lethargy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #214206004
* ^expansion.contains[=].display = "Motor vehicle on road in collision with pedestrian"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #214031005
* ^expansion.contains[=].display = "Motor vehicle traffic accident"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #213299007
* ^expansion.contains[=].display = "Postoperative pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #213257006
* ^expansion.contains[=].display = "Generally unwell"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #213220000
* ^expansion.contains[=].display = "Postoperative deep vein thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #213148006
* ^expansion.contains[=].display = "Transplanted organ rejection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #213121005
* ^expansion.contains[=].display = "Prosthetic joint infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #213082003
* ^expansion.contains[=].display = "Prosthetic joint dislocation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #213017001
* ^expansion.contains[=].display = "Sexual abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #212962007
* ^expansion.contains[=].display = "Drowning and non-fatal immersion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #212904005
* ^expansion.contains[=].display = "Radiation therapy complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #212454006
* ^expansion.contains[=].display = "Traumatic rupture of lumbar intervertebral disc"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #212363007
* ^expansion.contains[=].display = "Injury of multiple nerves at shoulder and upper arm level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #211486004
* ^expansion.contains[=].display = "Contusion of anterior abdominal wall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #211311003
* ^expansion.contains[=].display = "Foreign body in hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #210987008
* ^expansion.contains[=].display = "Abrasion of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #210773002
* ^expansion.contains[=].display = "Open wounds involving multiple regions of lower limb(s)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #210688001
* ^expansion.contains[=].display = "Open wound of lower leg with complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #210566005
* ^expansion.contains[=].display = "Open wound of hand with tendon involvement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #210565009
* ^expansion.contains[=].display = "Open wound of hand with complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #210560004
* ^expansion.contains[=].display = "Open wound of hand, excluding finger(s)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #210462005
* ^expansion.contains[=].display = "Open wound of anterior abdominal wall with complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #210456000
* ^expansion.contains[=].display = "Open wound of anterior abdominal wall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #210339009
* ^expansion.contains[=].display = "Open wound of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #210323002
* ^expansion.contains[=].display = "Open wound of scalp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #209987007
* ^expansion.contains[=].display = "Traumatic subdural hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #209827006
* ^expansion.contains[=].display = "Concussion with less than 1 hour loss of consciousness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #209629006
* ^expansion.contains[=].display = "Complete tear, knee, anterior cruciate ligament"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #209565008
* ^expansion.contains[=].display = "Lumbar sprain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #209557005
* ^expansion.contains[=].display = "Neck sprain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #209548004
* ^expansion.contains[=].display = "Sprain of ligament of lumbosacral joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208981003
* ^expansion.contains[=].display = "Closed traumatic dislocation ankle joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208929003
* ^expansion.contains[=].display = "Closed traumatic dislocation of patellofemoral joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208921000
* ^expansion.contains[=].display = "Acute meniscal tear, lateral"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208892001
* ^expansion.contains[=].display = "Closed traumatic dislocation of hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208759001
* ^expansion.contains[=].display = "Closed traumatic dislocation acromioclavicular joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208713003
* ^expansion.contains[=].display = "Closed fracture multiple phalanges, toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208634001
* ^expansion.contains[=].display = "Closed fracture distal tibia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208629000
* ^expansion.contains[=].display = "Closed fracture of tibia and fibula, shaft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208463007
* ^expansion.contains[=].display = "Open fracture of one or more phalanges of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208450001
* ^expansion.contains[=].display = "Closed fracture finger middle phalanx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208449001
* ^expansion.contains[=].display = "Closed fracture finger proximal phalanx, multiple"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208446008
* ^expansion.contains[=].display = "Closed fracture finger proximal phalanx, shaft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208444006
* ^expansion.contains[=].display = "Closed fracture finger proximal phalanx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208430000
* ^expansion.contains[=].display = "Closed fracture of one or more phalanges of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208394006
* ^expansion.contains[=].display = "Closed fracture of metacarpal bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208393000
* ^expansion.contains[=].display = "Fracture of metacarpal bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208271008
* ^expansion.contains[=].display = "Closed fracture distal humerus, lateral epicondyle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208242007
* ^expansion.contains[=].display = "Closed fracture proximal humerus, greater tuberosity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208241000
* ^expansion.contains[=].display = "Closed fracture of proximal humerus, anatomical neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #208164008
* ^expansion.contains[=].display = "Closed fracture pubis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #207957008
* ^expansion.contains[=].display = "Closed fracture lumbar vertebra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #207938004
* ^expansion.contains[=].display = "Closed fracture thoracic vertebra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #207787008
* ^expansion.contains[=].display = "Fracture of orbital floor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #207753003
* ^expansion.contains[=].display = "Fracture of mandible, closed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #207687004
* ^expansion.contains[=].display = "Closed fracture vault of skull with intracranial injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #207363009
* ^expansion.contains[=].display = "Anxiety neurosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206525008
* ^expansion.contains[=].display = "Neonatal necrotizing enterocolitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206470003
* ^expansion.contains[=].display = "Perinatal jaundice due to galactosemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206439006
* ^expansion.contains[=].display = "Neonatal jaundice due to glucose-6-phosphate dehydrogenase deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206356004
* ^expansion.contains[=].display = "Neonatal candidiasis of perineum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206345004
* ^expansion.contains[=].display = "Neonatal dacryocystitis and conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206292002
* ^expansion.contains[=].display = "Meconium aspiration syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206209004
* ^expansion.contains[=].display = "Fracture of clavicle due to birth trauma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206200000
* ^expansion.contains[=].display = "Cephalhematoma due to birth trauma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206118007
* ^expansion.contains[=].display = "Fetal or neonatal effect of disproportion during labor and delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206116006
* ^expansion.contains[=].display = "Fetal or neonatal effect of transverse lie during labor and delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206046007
* ^expansion.contains[=].display = "Fetal or neonatal effect of multiple pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206038006
* ^expansion.contains[=].display = "Fetal or neonatal effect of maternal oligohydramnios"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206037001
* ^expansion.contains[=].display = "Fetal or neonatal effect of maternal premature rupture of membrane"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #206035009
* ^expansion.contains[=].display = "Fetal or neonatal effect of maternal complication of pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #205564003
* ^expansion.contains[=].display = "Congenital pigmentary skin anomalies"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #205274004
* ^expansion.contains[=].display = "Congenital trigger thumb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #205237003
* ^expansion.contains[=].display = "Pneumonitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #205135003
* ^expansion.contains[=].display = "Radial polydactyly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #204957003
* ^expansion.contains[=].display = "Medullary cystic disease of the kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #204888000
* ^expansion.contains[=].display = "Penile hypospadias"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #204878001
* ^expansion.contains[=].display = "Undescended testicle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #204821009
* ^expansion.contains[=].display = "Congenital malformation of genital organs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #204470001
* ^expansion.contains[=].display = "Single umbilical artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #204357006
* ^expansion.contains[=].display = "Ebstein's anomaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #204342004
* ^expansion.contains[=].display = "Congenital atresia of pulmonary valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #204317008
* ^expansion.contains[=].display = "Patent foramen ovale"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #204272007
* ^expansion.contains[=].display = "Preauricular fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #204125003
* ^expansion.contains[=].display = "Capsular cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203936004
* ^expansion.contains[=].display = "Lumbar spina bifida with hydrocephalus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203640005
* ^expansion.contains[=].display = "Idiopathic kyphoscoliosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203639008
* ^expansion.contains[=].display = "Idiopathic scoliosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203601000
* ^expansion.contains[=].display = "Acquired unequal leg length"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203522001
* ^expansion.contains[=].display = "Osteolysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203476003
* ^expansion.contains[=].display = "Avascular necrosis of the head of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203468000
* ^expansion.contains[=].display = "Aneurysmal bone cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203465002
* ^expansion.contains[=].display = "Bone cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203438009
* ^expansion.contains[=].display = "Vertebral osteoporosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203241002
* ^expansion.contains[=].display = "Osteomyelitis of vertebra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203095000
* ^expansion.contains[=].display = "Spasm of back muscles"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #203076007
* ^expansion.contains[=].display = "Contracture of Achilles tendon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202964000
* ^expansion.contains[=].display = "Non-traumatic rupture of Achilles tendon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202942009
* ^expansion.contains[=].display = "Ganglion of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202924004
* ^expansion.contains[=].display = "Transient synovitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202912006
* ^expansion.contains[=].display = "Flexor tenosynovitis of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202907005
* ^expansion.contains[=].display = "Tenosynovitis of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202900007
* ^expansion.contains[=].display = "Synovitis and tenosynovitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202888004
* ^expansion.contains[=].display = "Anterior shin splints"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202882003
* ^expansion.contains[=].display = "Plantar fasciitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202881005
* ^expansion.contains[=].display = "Tibialis posterior tendinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202856007
* ^expansion.contains[=].display = "Biceps tendinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202855006
* ^expansion.contains[=].display = "Lateral epicondylitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202843000
* ^expansion.contains[=].display = "Full thickness rotator cuff tear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202805003
* ^expansion.contains[=].display = "Sacroiliac disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202796002
* ^expansion.contains[=].display = "Thoracic and lumbosacral neuritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202776005
* ^expansion.contains[=].display = "Cervical root syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202735001
* ^expansion.contains[=].display = "Lumbar disc prolapse with radiculopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202725007
* ^expansion.contains[=].display = "Lumbar post-laminectomy syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202723000
* ^expansion.contains[=].display = "Cervical post-laminectomy syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202708005
* ^expansion.contains[=].display = "Prolapsed lumbar intervertebral disc"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202664003
* ^expansion.contains[=].display = "Cervical myelopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202606004
* ^expansion.contains[=].display = "Clicking hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202490009
* ^expansion.contains[=].display = "Ankle joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202489000
* ^expansion.contains[=].display = "Tibiofibular joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202487003
* ^expansion.contains[=].display = "Sacroiliac joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202482009
* ^expansion.contains[=].display = "Wrist joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202480001
* ^expansion.contains[=].display = "Elbow joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202479004
* ^expansion.contains[=].display = "Acromioclavicular joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202472008
* ^expansion.contains[=].display = "Hand joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202413005
* ^expansion.contains[=].display = "Hemarthrosis of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202381003
* ^expansion.contains[=].display = "Knee joint effusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202332000
* ^expansion.contains[=].display = "Glenoid labrum tear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202264009
* ^expansion.contains[=].display = "Contracture of multiple joints"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202248001
* ^expansion.contains[=].display = "Recurrent subluxation of the patella"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202110002
* ^expansion.contains[=].display = "Old anterior cruciate ligament disruption"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #202109007
* ^expansion.contains[=].display = "Old medial collateral ligament disruption"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201954006
* ^expansion.contains[=].display = "Traumatic arthropathy-ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201938008
* ^expansion.contains[=].display = "Traumatic arthropathy of the ankle and/or foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201849003
* ^expansion.contains[=].display = "Localized, secondary osteoarthritis of the shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201837004
* ^expansion.contains[=].display = "Localized, primary osteoarthritis of the ankle and/or foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201835007
* ^expansion.contains[=].display = "Localized, primary osteoarthritis of the pelvic region and thigh"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201834006
* ^expansion.contains[=].display = "Localized, primary osteoarthritis of the hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201831003
* ^expansion.contains[=].display = "Localized, primary osteoarthritis of the shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201819000
* ^expansion.contains[=].display = "Degenerative joint disease involving multiple joints"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201796004
* ^expansion.contains[=].display = "Systemic onset juvenile chronic arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201724008
* ^expansion.contains[=].display = "Neuropathic arthropathy due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201637001
* ^expansion.contains[=].display = "Chondrocalcinosis due to pyrophosphate crystals"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201340008
* ^expansion.contains[=].display = "Pigmented skin lesion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201281002
* ^expansion.contains[=].display = "Café au lait spots"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201201000
* ^expansion.contains[=].display = "Podopompholyx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201101007
* ^expansion.contains[=].display = "Actinic keratosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201091002
* ^expansion.contains[=].display = "Skin tag"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201077008
* ^expansion.contains[=].display = "Asteatotic eczema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201067006
* ^expansion.contains[=].display = "Physiological striae"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201048007
* ^expansion.contains[=].display = "Localized scleroderma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201040000
* ^expansion.contains[=].display = "Callosity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #201038005
* ^expansion.contains[=].display = "Corn - lesion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200938002
* ^expansion.contains[=].display = "Discoid lupus erythematosus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200936003
* ^expansion.contains[=].display = "Lupus erythematosus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200933006
* ^expansion.contains[=].display = "Ocular rosacea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200823002
* ^expansion.contains[=].display = "Contact dermatitis caused by urushiol from Eastern poison ivy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200767005
* ^expansion.contains[=].display = "Pityriasis simplex"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200751004
* ^expansion.contains[=].display = "Abscess of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200724002
* ^expansion.contains[=].display = "Umbilical granuloma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200722003
* ^expansion.contains[=].display = "Pyogenic granuloma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200682008
* ^expansion.contains[=].display = "Cellulitis and abscess of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200681001
* ^expansion.contains[=].display = "Cellulitis and abscess of lower leg"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200676005
* ^expansion.contains[=].display = "Cellulitis and abscess of buttock"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200655000
* ^expansion.contains[=].display = "Cellulitis and abscess of trunk"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200652002
* ^expansion.contains[=].display = "Cellulitis of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200645004
* ^expansion.contains[=].display = "Cellulitis and abscess of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200638004
* ^expansion.contains[=].display = "Cellulitis and abscess of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200630006
* ^expansion.contains[=].display = "Cellulitis and abscess of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200586004
* ^expansion.contains[=].display = "Carbuncle of back"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200144004
* ^expansion.contains[=].display = "Deliveries by cesarean"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #200125006
* ^expansion.contains[=].display = "Infection of obstetric surgical wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199879009
* ^expansion.contains[=].display = "Congenital anomaly of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199734003
* ^expansion.contains[=].display = "Abnormal biochemical finding on antenatal screening of mother"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199732004
* ^expansion.contains[=].display = "Abnormal findings on antenatal screening of mother"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199616008
* ^expansion.contains[=].display = "Large for gestation age fetus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199583002
* ^expansion.contains[=].display = "Rhesus isoimmunization with antenatal problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199397009
* ^expansion.contains[=].display = "Cephalopelvic disproportion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199363002
* ^expansion.contains[=].display = "Transverse lie with antenatal problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199257008
* ^expansion.contains[=].display = "Mental disorders during pregnancy, childbirth and the puerperium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199246003
* ^expansion.contains[=].display = "Anemia during pregnancy - baby not yet delivered"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199230006
* ^expansion.contains[=].display = "Pre-existing type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199227004
* ^expansion.contains[=].display = "Diabetes mellitus during pregnancy - baby not yet delivered"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199132007
* ^expansion.contains[=].display = "Pregnancy-related glycosuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199111004
* ^expansion.contains[=].display = "Urinary tract infection following delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199088001
* ^expansion.contains[=].display = "History of recurrent miscarriage - not delivered"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199064003
* ^expansion.contains[=].display = "Post-term pregnancy - not delivered"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199049003
* ^expansion.contains[=].display = "Threatened premature labor - not delivered"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #199047001
* ^expansion.contains[=].display = "False labor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198903000
* ^expansion.contains[=].display = "Placenta previa with hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198609003
* ^expansion.contains[=].display = "Complication of pregnancy, childbirth and/or puerperium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198436008
* ^expansion.contains[=].display = "Menopausal flushing"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198336007
* ^expansion.contains[=].display = "Noninflammatory cervical disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198321009
* ^expansion.contains[=].display = "Endometrial cystic hyperplasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198319004
* ^expansion.contains[=].display = "Enlarged uterus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198288003
* ^expansion.contains[=].display = "Anxiety state"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198279007
* ^expansion.contains[=].display = "Lax vaginal introitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198251001
* ^expansion.contains[=].display = "Endometriosis of pelvic peritoneum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198130006
* ^expansion.contains[=].display = "Female pelvic inflammatory disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198047009
* ^expansion.contains[=].display = "Torsion of appendix of testis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #198006006
* ^expansion.contains[=].display = "Tight foreskin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197983000
* ^expansion.contains[=].display = "Orchitis and epididymitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197941005
* ^expansion.contains[=].display = "Frank hematuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197940006
* ^expansion.contains[=].display = "Microscopic hematuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197928006
* ^expansion.contains[=].display = "Chronic urinary tract infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197927001
* ^expansion.contains[=].display = "Recurrent urinary tract infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197926005
* ^expansion.contains[=].display = "Postoperative urinary tract infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197919005
* ^expansion.contains[=].display = "Stenosis of urinary meatus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197871001
* ^expansion.contains[=].display = "Hypotonic bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197870000
* ^expansion.contains[=].display = "Acontractile detrusor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197866008
* ^expansion.contains[=].display = "Diverticulum of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197853008
* ^expansion.contains[=].display = "Recurrent cystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197834003
* ^expansion.contains[=].display = "Chronic interstitial cystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197811007
* ^expansion.contains[=].display = "Vesicoureteric reflux"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197805009
* ^expansion.contains[=].display = "Postoperative ureteric constriction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197794008
* ^expansion.contains[=].display = "Staghorn calculus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197764002
* ^expansion.contains[=].display = "Non-obstructive reflux-associated chronic pyelonephritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197663003
* ^expansion.contains[=].display = "Impaired renal function disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197659005
* ^expansion.contains[=].display = "Atrophy of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197618004
* ^expansion.contains[=].display = "Chronic focal glomerulonephritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197604006
* ^expansion.contains[=].display = "Nephrotic syndrome in amyloidosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197494007
* ^expansion.contains[=].display = "Intestinal malabsorption of fat"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197480006
* ^expansion.contains[=].display = "Anxiety disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197464001
* ^expansion.contains[=].display = "Cyst and pseudocyst of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197458008
* ^expansion.contains[=].display = "Acute recurrent pancreatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197456007
* ^expansion.contains[=].display = "Acute pancreatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197441003
* ^expansion.contains[=].display = "Primary sclerosing cholangitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197433003
* ^expansion.contains[=].display = "Polyp of gallbladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197432008
* ^expansion.contains[=].display = "Biliary dyskinesia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197377009
* ^expansion.contains[=].display = "Gallbladder calculus with acute cholecystitis and no obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197321007
* ^expansion.contains[=].display = "Steatosis of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197315008
* ^expansion.contains[=].display = "Non-alcoholic fatty liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197284004
* ^expansion.contains[=].display = "Chronic active hepatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197270009
* ^expansion.contains[=].display = "Acute hepatic failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197268000
* ^expansion.contains[=].display = "Acute and subacute liver necrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197247001
* ^expansion.contains[=].display = "Enterocutaneous fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197232005
* ^expansion.contains[=].display = "Anorectal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197210001
* ^expansion.contains[=].display = "Anal and rectal polyp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197166005
* ^expansion.contains[=].display = "Rectal abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197155003
* ^expansion.contains[=].display = "Intersphincteric fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197118003
* ^expansion.contains[=].display = "Constipation - functional"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197092000
* ^expansion.contains[=].display = "Hemorrhage of large intestine with diverticular disease of large intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197060001
* ^expansion.contains[=].display = "Sigmoid volvulus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #197001004
* ^expansion.contains[=].display = "Superior mesenteric vein thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196983007
* ^expansion.contains[=].display = "Regional ileocolitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196757008
* ^expansion.contains[=].display = "Drug-induced gastrointestinal disturbance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196746003
* ^expansion.contains[=].display = "Persistent vomiting"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196731005
* ^expansion.contains[=].display = "Gastroduodenitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196682000
* ^expansion.contains[=].display = "Acute peptic ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196652006
* ^expansion.contains[=].display = "Acute duodenal ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196500001
* ^expansion.contains[=].display = "Submandibular sialolithiasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196417006
* ^expansion.contains[=].display = "Impacted third molar tooth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196341005
* ^expansion.contains[=].display = "Periapical abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196125002
* ^expansion.contains[=].display = "Diffuse interstitial pulmonary fibrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196102003
* ^expansion.contains[=].display = "Spontaneous tension pneumothorax"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196075003
* ^expansion.contains[=].display = "Pleurisy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196035006
* ^expansion.contains[=].display = "Pneumonitis due to inhalation of vomitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196033004
* ^expansion.contains[=].display = "Pneumonitis due to inhalation of regurgitated food"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #196001008
* ^expansion.contains[=].display = "Chronic obstructive pulmonary disease with acute lower respiratory infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195984007
* ^expansion.contains[=].display = "Recurrent bronchiectasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195967001
* ^expansion.contains[=].display = "Asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195957006
* ^expansion.contains[=].display = "Chronic bullous emphysema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195951007
* ^expansion.contains[=].display = "Acute exacerbation of chronic obstructive airways disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195949008
* ^expansion.contains[=].display = "Chronic asthmatic bronchitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195881003
* ^expansion.contains[=].display = "Pneumonia due to respiratory syncytial virus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195878008
* ^expansion.contains[=].display = "Pneumonia and influenza"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195847009
* ^expansion.contains[=].display = "Polyp of vocal cord or larynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195798007
* ^expansion.contains[=].display = "Chronic adenotonsillitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195790000
* ^expansion.contains[=].display = "Pansinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195788001
* ^expansion.contains[=].display = "Recurrent sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195739001
* ^expansion.contains[=].display = "Acute bronchiolitis due to respiratory syncytial virus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195677001
* ^expansion.contains[=].display = "Recurrent acute tonsillitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195662009
* ^expansion.contains[=].display = "Acute viral pharyngitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195474004
* ^expansion.contains[=].display = "Esophageal varices associated with another disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195469007
* ^expansion.contains[=].display = "Anal skin tag"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195382003
* ^expansion.contains[=].display = "Spider nevus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195381005
* ^expansion.contains[=].display = "Non-neoplastic nevus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195353004
* ^expansion.contains[=].display = "Granulomatosis with polyangiitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195303005
* ^expansion.contains[=].display = "Gangrene of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195295006
* ^expansion.contains[=].display = "Raynaud's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195239002
* ^expansion.contains[=].display = "Late effects of cerebrovascular disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195190007
* ^expansion.contains[=].display = "Cerebral infarction due to embolism of cerebral arteries"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195189003
* ^expansion.contains[=].display = "Cerebral infarction due to thrombosis of cerebral arteries"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195176009
* ^expansion.contains[=].display = "Non-traumatic subdural hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195147006
* ^expansion.contains[=].display = "Atrial thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195080001
* ^expansion.contains[=].display = "Atrial fibrillation and flutter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195029002
* ^expansion.contains[=].display = "Cardiomyopathy associated with another disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194997002
* ^expansion.contains[=].display = "Pulmonary stenosis, non-rheumatic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194990000
* ^expansion.contains[=].display = "Tricuspid incompetence, non-rheumatic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194984004
* ^expansion.contains[=].display = "Aortic stenosis, non-rheumatic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194983005
* ^expansion.contains[=].display = "Aortic incompetence, non-rheumatic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194978002
* ^expansion.contains[=].display = "Non-rheumatic mitral regurgitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194856005
* ^expansion.contains[=].display = "Subsequent myocardial infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194849004
* ^expansion.contains[=].display = "Generalized ischemic myocardial dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194828000
* ^expansion.contains[=].display = "Angina pectoris"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194785008
* ^expansion.contains[=].display = "Benign secondary hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194781004
* ^expansion.contains[=].display = "Hypertensive heart and renal disease with both (congestive) heart failure and renal failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194780003
* ^expansion.contains[=].display = "Hypertensive heart and renal disease with renal failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194779001
* ^expansion.contains[=].display = "Hypertensive heart and renal disease with (congestive) heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194736003
* ^expansion.contains[=].display = "Mitral and aortic incompetence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194727002
* ^expansion.contains[=].display = "Non-rheumatic mitral valve stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194424005
* ^expansion.contains[=].display = "Sensorineural hearing loss, bilateral"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194287004
* ^expansion.contains[=].display = "Recurrent acute otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194240006
* ^expansion.contains[=].display = "Acute non-suppurative serous otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194131002
* ^expansion.contains[=].display = "Convergence insufficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194118007
* ^expansion.contains[=].display = "Partial oculomotor nerve palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194112008
* ^expansion.contains[=].display = "Esotropia with accommodative compensation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #194005002
* ^expansion.contains[=].display = "Orbital cellulitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193995004
* ^expansion.contains[=].display = "Acquired stenosis of nasolacrimal duct"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193994000
* ^expansion.contains[=].display = "Congenital nasolacrimal duct obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193982009
* ^expansion.contains[=].display = "Epiphora"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193967004
* ^expansion.contains[=].display = "Swelling of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193839007
* ^expansion.contains[=].display = "Fuchs' corneal dystrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193731001
* ^expansion.contains[=].display = "Legal blindness USA"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193722001
* ^expansion.contains[=].display = "Low vision, both eyes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193699007
* ^expansion.contains[=].display = "Blindness - both eyes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193638002
* ^expansion.contains[=].display = "Stimulus deprivation amblyopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193615000
* ^expansion.contains[=].display = "After-cataract with vision obscured following extraction of cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193600001
* ^expansion.contains[=].display = "Cataract secondary to ocular disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193590000
* ^expansion.contains[=].display = "Total, mature senile cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193589009
* ^expansion.contains[=].display = "Nuclear senile cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193570009
* ^expansion.contains[=].display = "Cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193462001
* ^expansion.contains[=].display = "Insomnia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193387007
* ^expansion.contains[=].display = "Cystoid macular edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193341001
* ^expansion.contains[=].display = "Horseshoe retinal tear without detachment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193253000
* ^expansion.contains[=].display = "Myopathy due to Sjögren's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193137006
* ^expansion.contains[=].display = "Lesion of radial nerve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193114000
* ^expansion.contains[=].display = "Phantom limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193093009
* ^expansion.contains[=].display = "Bell's palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193042000
* ^expansion.contains[=].display = "Cataplexy and narcolepsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193039006
* ^expansion.contains[=].display = "Complicated migraine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193031009
* ^expansion.contains[=].display = "Cluster headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #193030005
* ^expansion.contains[=].display = "Migraine variants"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192999003
* ^expansion.contains[=].display = "Partial epilepsy with impairment of consciousness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192979009
* ^expansion.contains[=].display = "Generalized non-convulsive epilepsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192970008
* ^expansion.contains[=].display = "Cauda equina syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192775006
* ^expansion.contains[=].display = "Late effects of intracranial abscess or pyogenic infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192759008
* ^expansion.contains[=].display = "Cerebral venous sinus thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192630004
* ^expansion.contains[=].display = "Psychogenic feeding disorder of infancy and childhood"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192454004
* ^expansion.contains[=].display = "Nonorganic insomnia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192127007
* ^expansion.contains[=].display = "Child attention deficit disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192082001
* ^expansion.contains[=].display = "Aggressive unsocial conduct disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192073007
* ^expansion.contains[=].display = "Change in personality"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192071009
* ^expansion.contains[=].display = "Mild memory disturbance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192049004
* ^expansion.contains[=].display = "Prolonged depressive adjustment reaction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192046006
* ^expansion.contains[=].display = "Brief depressive adjustment reaction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192041001
* ^expansion.contains[=].display = "Acute situational disturbance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #192007009
* ^expansion.contains[=].display = "Short-sleeper"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191997003
* ^expansion.contains[=].display = "Persistent insomnia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191983006
* ^expansion.contains[=].display = "Bruxism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191956005
* ^expansion.contains[=].display = "Psychogenic hyperventilation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191938005
* ^expansion.contains[=].display = "Nondependent mixed drug abuse in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191920007
* ^expansion.contains[=].display = "Nondependent cocaine abuse in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191919001
* ^expansion.contains[=].display = "Nondependent cocaine abuse, episodic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191918009
* ^expansion.contains[=].display = "Nondependent cocaine abuse, continuous"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191914006
* ^expansion.contains[=].display = "Nondependent opioid abuse in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191895007
* ^expansion.contains[=].display = "Nondependent cannabis abuse in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191894006
* ^expansion.contains[=].display = "Nondependent cannabis abuse, episodic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191889006
* ^expansion.contains[=].display = "Tobacco dependence in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191884001
* ^expansion.contains[=].display = "Nondependent alcohol abuse in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191883007
* ^expansion.contains[=].display = "Nondependent alcohol abuse, episodic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191882002
* ^expansion.contains[=].display = "Nondependent alcohol abuse, continuous"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191875001
* ^expansion.contains[=].display = "Combined drug dependence, excluding opioid, in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191871005
* ^expansion.contains[=].display = "Combined drug dependence, excluding opioids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191865004
* ^expansion.contains[=].display = "Combined opioid with other drug dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191839003
* ^expansion.contains[=].display = "Cannabis dependence in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191837001
* ^expansion.contains[=].display = "Cannabis dependence, continuous"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191833002
* ^expansion.contains[=].display = "Cocaine dependence in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191832007
* ^expansion.contains[=].display = "Cocaine dependence, episodic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191831000
* ^expansion.contains[=].display = "Cocaine dependence, continuous"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191821007
* ^expansion.contains[=].display = "Opioid dependence in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191819002
* ^expansion.contains[=].display = "Continuous opioid dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191816009
* ^expansion.contains[=].display = "Drug dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191813001
* ^expansion.contains[=].display = "Chronic alcoholism in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191812006
* ^expansion.contains[=].display = "Episodic chronic alcoholism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191811004
* ^expansion.contains[=].display = "Continuous chronic alcoholism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191765005
* ^expansion.contains[=].display = "Emotionally unstable personality disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191736004
* ^expansion.contains[=].display = "Obsessive-compulsive disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191714002
* ^expansion.contains[=].display = "Dissociative convulsions"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191708009
* ^expansion.contains[=].display = "Chronic anxiety"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191689008
* ^expansion.contains[=].display = "Active infantile autism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191667009
* ^expansion.contains[=].display = "Paranoid disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191659001
* ^expansion.contains[=].display = "Atypical depressive disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191636007
* ^expansion.contains[=].display = "Mixed bipolar affective disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191627008
* ^expansion.contains[=].display = "Bipolar affective disorder, current episode depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191623007
* ^expansion.contains[=].display = "Bipolar affective disorder, currently manic, severe, with psychosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191618007
* ^expansion.contains[=].display = "Bipolar affective disorder, current episode manic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191616006
* ^expansion.contains[=].display = "Recurrent depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191604000
* ^expansion.contains[=].display = "Single major depressive episode, severe, with psychosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191574005
* ^expansion.contains[=].display = "Schizoaffective schizophrenia in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191572009
* ^expansion.contains[=].display = "Acute exacerbation of chronic schizoaffective schizophrenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191527001
* ^expansion.contains[=].display = "Simple schizophrenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191519005
* ^expansion.contains[=].display = "Dementia associated with another disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191480000
* ^expansion.contains[=].display = "Alcohol withdrawal syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191461002
* ^expansion.contains[=].display = "Senile dementia with delirium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191306005
* ^expansion.contains[=].display = "Immunoglobulin A vasculitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191268006
* ^expansion.contains[=].display = "Chronic anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191265009
* ^expansion.contains[=].display = "Anemia in neoplastic disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #191187006
* ^expansion.contains[=].display = "Alpha trait thalassemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190905008
* ^expansion.contains[=].display = "Cystic fibrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190855004
* ^expansion.contains[=].display = "Hypomagnesemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190829000
* ^expansion.contains[=].display = "Chronic gouty nephropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190828008
* ^expansion.contains[=].display = "Gouty arthropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190818004
* ^expansion.contains[=].display = "Waldenström macroglobulinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190634004
* ^expansion.contains[=].display = "Cobalamin deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190631007
* ^expansion.contains[=].display = "Vitamin B-complex deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190507007
* ^expansion.contains[=].display = "Primary aldosteronism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190502001
* ^expansion.contains[=].display = "Pituitary dependent hypercortisolism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190447002
* ^expansion.contains[=].display = "Steroid-induced diabetes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190389009
* ^expansion.contains[=].display = "Type 2 diabetes mellitus with ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190368000
* ^expansion.contains[=].display = "Type 1 diabetes mellitus with ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190331003
* ^expansion.contains[=].display = "Hyperosmolar coma due to type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190279008
* ^expansion.contains[=].display = "Iodine hypothyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190237002
* ^expansion.contains[=].display = "Non-toxic uninodular goiter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #190236006
* ^expansion.contains[=].display = "Non-toxic nodular goiter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #189948006
* ^expansion.contains[=].display = "Schwannoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #189484008
* ^expansion.contains[=].display = "Neoplasm of uncertain behavior of brain and spinal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #189445003
* ^expansion.contains[=].display = "Light-for-dates without fetal malnutrition"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #189336000
* ^expansion.contains[=].display = "Carcinoma in situ of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #189265008
* ^expansion.contains[=].display = "Carcinoma in situ of upper lobe bronchus and lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #189197001
* ^expansion.contains[=].display = "Hemangioma of intra-abdominal structure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #189179009
* ^expansion.contains[=].display = "Craniopharyngioma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #189058007
* ^expansion.contains[=].display = "Benign neoplasm of skin of external auditory meatus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188637007
* ^expansion.contains[=].display = "Sézary's disease of lymph nodes of multiple sites"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188507008
* ^expansion.contains[=].display = "Lymphosarcoma of lymph nodes of multiple sites"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188462001
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to brain and spinal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188243001
* ^expansion.contains[=].display = "Malignant neoplasm of posterior wall of urinary bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188241004
* ^expansion.contains[=].display = "Malignant neoplasm of lateral wall of urinary bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188240003
* ^expansion.contains[=].display = "Malignant tumor of vault of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188239000
* ^expansion.contains[=].display = "Malignant tumor of trigone of urinary bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188189001
* ^expansion.contains[=].display = "Malignant neoplasm of corpus uteri, excluding isthmus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188155002
* ^expansion.contains[=].display = "Malignant neoplasm of lower-outer quadrant of female breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188154003
* ^expansion.contains[=].display = "Malignant neoplasm of upper-outer quadrant of female breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188153009
* ^expansion.contains[=].display = "Malignant neoplasm of lower-inner quadrant of female breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188152004
* ^expansion.contains[=].display = "Malignant neoplasm of upper-inner quadrant of female breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188151006
* ^expansion.contains[=].display = "Malignant neoplasm of central part of female breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188075008
* ^expansion.contains[=].display = "Malignant melanoma of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188061001
* ^expansion.contains[=].display = "Malignant melanoma of upper arm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188060000
* ^expansion.contains[=].display = "Malignant melanoma of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #188044004
* ^expansion.contains[=].display = "Malignant melanoma of scalp and/or neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187999008
* ^expansion.contains[=].display = "Malignant neoplasm of connective and soft tissue of hip and lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187865009
* ^expansion.contains[=].display = "Malignant neoplasm of middle lobe bronchus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187842004
* ^expansion.contains[=].display = "Malignant tumor of supraglottis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187841006
* ^expansion.contains[=].display = "Malignant tumor of glottis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187793004
* ^expansion.contains[=].display = "Malignant tumor of pancreatic duct"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187792009
* ^expansion.contains[=].display = "Malignant tumor of tail of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187791002
* ^expansion.contains[=].display = "Malignant tumor of body of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187769009
* ^expansion.contains[=].display = "Primary carcinoma of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187734007
* ^expansion.contains[=].display = "Malignant neoplasm of cardio-esophageal junction of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187732006
* ^expansion.contains[=].display = "Malignant tumor of cardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187727005
* ^expansion.contains[=].display = "Malignant tumor of lower third of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187726001
* ^expansion.contains[=].display = "Malignant tumor of middle third of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187723009
* ^expansion.contains[=].display = "Malignant tumor of thoracic part of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187692001
* ^expansion.contains[=].display = "Malignant tumor of nasopharynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187252008
* ^expansion.contains[=].display = "Late effects of respiratory tuberculosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #187058000
* ^expansion.contains[=].display = "Histoplasmosis with retinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #186903006
* ^expansion.contains[=].display = "Late latent syphilis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #186738001
* ^expansion.contains[=].display = "Epidemic vertigo"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #186659004
* ^expansion.contains[=].display = "Herpangina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #186658007
* ^expansion.contains[=].display = "Coxsackie virus disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #186639003
* ^expansion.contains[=].display = "Chronic viral hepatitis B without delta-agent"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #186431008
* ^expansion.contains[=].display = "Clostridioides difficile infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #186195008
* ^expansion.contains[=].display = "Tuberculosis of lung, confirmed histologically"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #186194007
* ^expansion.contains[=].display = "Tuberculosis of lung, confirmed by culture only"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #186193001
* ^expansion.contains[=].display = "Tuberculosis of lung, confirmed by sputum microscopy with or without culture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #186182003
* ^expansion.contains[=].display = "Tuberculosis of pleura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #186150001
* ^expansion.contains[=].display = "Enteritis due to rotavirus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #185903001
* ^expansion.contains[=].display = "Needs influenza immunization"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #185351004
* ^expansion.contains[=].display = "Administrative reason for encounter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #185086009
* ^expansion.contains[=].display = "Emphysematous bronchitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #184238003
* ^expansion.contains[=].display = "Repeat prescription card duplicate issue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #183655000
* ^expansion.contains[=].display = "Transplant follow-up"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #183646003
* ^expansion.contains[=].display = "Postoperative visit"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #183644000
* ^expansion.contains[=].display = "Surgical follow-up"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #179950008
* ^expansion.contains[=].display = "Abnormal defecation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171259000
* ^expansion.contains[=].display = "Not up to date with immunizations"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171258008
* ^expansion.contains[=].display = "Up-to-date with immunizations"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171251002
* ^expansion.contains[=].display = "Urine screening abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #170766006
* ^expansion.contains[=].display = "Loss of hypoglycemic warning due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #170544002
* ^expansion.contains[=].display = "Requires a meningitis vaccination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #170539009
* ^expansion.contains[=].display = "Requires polio vaccination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #170537006
* ^expansion.contains[=].display = "Requires a tetanus booster"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169826009
* ^expansion.contains[=].display = "Single live birth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169741004
* ^expansion.contains[=].display = "Breast fed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169734005
* ^expansion.contains[=].display = "Spontaneous rupture of fetal membranes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169696001
* ^expansion.contains[=].display = "Rubella status not known"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169665005
* ^expansion.contains[=].display = "Antenatal ultrasound scan abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169584000
* ^expansion.contains[=].display = "Antenatal care: poor obstetric history"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169583006
* ^expansion.contains[=].display = "Antenatal care: history of perinatal death"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169582001
* ^expansion.contains[=].display = "Antenatal care: history of stillbirth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169565003
* ^expansion.contains[=].display = "Pregnant - planned"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169255008
* ^expansion.contains[=].display = "Ultrasound scan abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169241000
* ^expansion.contains[=].display = "Echocardiogram abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169083003
* ^expansion.contains[=].display = "MRI scan abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #168840001
* ^expansion.contains[=].display = "Barium enema abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #168750009
* ^expansion.contains[=].display = "Mammography abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #168749009
* ^expansion.contains[=].display = "Mammography normal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #168734001
* ^expansion.contains[=].display = "Standard chest X-ray abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #168501001
* ^expansion.contains[=].display = "Radiology result abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #168092006
* ^expansion.contains[=].display = "Amniotic fluid -meconium stain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #167180005
* ^expansion.contains[=].display = "Renal function tests abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #166922008
* ^expansion.contains[=].display = "Blood glucose abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #166830008
* ^expansion.contains[=].display = "Serum cholesterol raised"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #166818002
* ^expansion.contains[=].display = "Lipids abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #166717003
* ^expansion.contains[=].display = "Serum creatinine raised"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #166702002
* ^expansion.contains[=].display = "Raised serum calcium level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #166669000
* ^expansion.contains[=].display = "Aspartate aminotransferase serum level raised"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #166643006
* ^expansion.contains[=].display = "Liver enzymes abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #166603001
* ^expansion.contains[=].display = "Liver function tests abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #166584001
* ^expansion.contains[=].display = "C-reactive protein abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #166318006
* ^expansion.contains[=].display = "Blood chemistry abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #166160000
* ^expansion.contains[=].display = "Prostate specific antigen abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165879008
* ^expansion.contains[=].display = "Autoantibody titer positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165850001
* ^expansion.contains[=].display = "Anti-nuclear factor positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165839004
* ^expansion.contains[=].display = "Rheumatoid factor positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165816005
* ^expansion.contains[=].display = "HIV positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165781001
* ^expansion.contains[=].display = "Syphilis titer test positive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165746003
* ^expansion.contains[=].display = "RhD negative"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165743006
* ^expansion.contains[=].display = "Blood group AB"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165624002
* ^expansion.contains[=].display = "Serum iron raised"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165563002
* ^expansion.contains[=].display = "Coag./bleeding tests abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165517008
* ^expansion.contains[=].display = "Neutropenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165474009
* ^expansion.contains[=].display = "Microcytosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165468009
* ^expansion.contains[=].display = "ESR raised"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165346000
* ^expansion.contains[=].display = "Laboratory test result abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165232002
* ^expansion.contains[=].display = "Urinary incontinence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165084003
* ^expansion.contains[=].display = "Exercise tolerance test abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162864005
* ^expansion.contains[=].display = "Body mass index 30+ - obesity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162863004
* ^expansion.contains[=].display = "Body mass index 25-29 - overweight"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162596006
* ^expansion.contains[=].display = "Suspected victim of child abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162467007
* ^expansion.contains[=].display = "Free of symptoms"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162403009
* ^expansion.contains[=].display = "Ear pressure sensation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162290004
* ^expansion.contains[=].display = "Dry eyes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162145001
* ^expansion.contains[=].display = "Vulval pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162143008
* ^expansion.contains[=].display = "Pain in female genitalia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162116003
* ^expansion.contains[=].display = "Increased frequency of urination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162076009
* ^expansion.contains[=].display = "Excessive upper gastrointestinal gas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162053006
* ^expansion.contains[=].display = "Suprapubic pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162042000
* ^expansion.contains[=].display = "Abdominal wall pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162031009
* ^expansion.contains[=].display = "Indigestion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161901003
* ^expansion.contains[=].display = "Chronic sick"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161898004
* ^expansion.contains[=].display = "Falls"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161891005
* ^expansion.contains[=].display = "Backache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161882006
* ^expansion.contains[=].display = "Stiff neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161833006
* ^expansion.contains[=].display = "Abnormal weight gain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161816004
* ^expansion.contains[=].display = "Vaginal irritation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161811009
* ^expansion.contains[=].display = "H/O: perinatal fetal loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161805006
* ^expansion.contains[=].display = "H/O: cesarean section"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161800001
* ^expansion.contains[=].display = "H/O: hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161765003
* ^expansion.contains[=].display = "H/O: premature delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161744009
* ^expansion.contains[=].display = "H/O: miscarriage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161693006
* ^expansion.contains[=].display = "History of renal dialysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161689000
* ^expansion.contains[=].display = "H/O: gastrostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161687003
* ^expansion.contains[=].display = "H/O: colostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161686007
* ^expansion.contains[=].display = "H/O: ileostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161685006
* ^expansion.contains[=].display = "H/O: tracheostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161679004
* ^expansion.contains[=].display = "H/O: artificial joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161677002
* ^expansion.contains[=].display = "H/O: artificial heart valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161675005
* ^expansion.contains[=].display = "H/O: artificial eyeglobe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161671001
* ^expansion.contains[=].display = "H/O: liver recipient"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161670000
* ^expansion.contains[=].display = "H/O: cornea recipient"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161666008
* ^expansion.contains[=].display = "H/O: heart recipient"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161665007
* ^expansion.contains[=].display = "History of renal transplant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161659007
* ^expansion.contains[=].display = "H/O: kidney donation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161635002
* ^expansion.contains[=].display = "H/O: asbestos exposure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161633009
* ^expansion.contains[=].display = "H/O: radiation exposure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161626009
* ^expansion.contains[=].display = "H/O splenectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161622006
* ^expansion.contains[=].display = "H/O: lower limb amputation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161615003
* ^expansion.contains[=].display = "History of surgery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161587009
* ^expansion.contains[=].display = "H/O: head injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161586000
* ^expansion.contains[=].display = "H/O: injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161579008
* ^expansion.contains[=].display = "H/O: perinatal problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161558008
* ^expansion.contains[=].display = "H/O: vasectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161548009
* ^expansion.contains[=].display = "H/O: urinary stone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161525004
* ^expansion.contains[=].display = "H/O: pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161523006
* ^expansion.contains[=].display = "H/O: respiratory disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161512007
* ^expansion.contains[=].display = "H/O: pulmonary embolus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161511000
* ^expansion.contains[=].display = "History of transient ischemic attack"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161508001
* ^expansion.contains[=].display = "History of deep vein thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161505003
* ^expansion.contains[=].display = "H/O: heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161501007
* ^expansion.contains[=].display = "H/O: hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161483005
* ^expansion.contains[=].display = "H/O: Bell's palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161469008
* ^expansion.contains[=].display = "H/O: depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161468000
* ^expansion.contains[=].display = "H/O: schizophrenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161466001
* ^expansion.contains[=].display = "H/O: alcoholism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161451004
* ^expansion.contains[=].display = "H/O: gout"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161450003
* ^expansion.contains[=].display = "H/O: raised blood lipids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161445009
* ^expansion.contains[=].display = "H/O: diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161443002
* ^expansion.contains[=].display = "H/O: hypothyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161432005
* ^expansion.contains[=].display = "H/O Malignant melanoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161423008
* ^expansion.contains[=].display = "H/O: chickenpox"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161416007
* ^expansion.contains[=].display = "History of malaria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161415006
* ^expansion.contains[=].display = "H/O: poliomyelitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161414005
* ^expansion.contains[=].display = "H/O: tuberculosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161155000
* ^expansion.contains[=].display = "School problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161129001
* ^expansion.contains[=].display = "Learning difficulties"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #161045001
* ^expansion.contains[=].display = "Disability - severe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160932005
* ^expansion.contains[=].display = "Financial problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160822004
* ^expansion.contains[=].display = "Relationship problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160656007
* ^expansion.contains[=].display = "Willing to be donor of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160618006
* ^expansion.contains[=].display = "Current non-smoker"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160617001
* ^expansion.contains[=].display = "Stopped smoking"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160603005
* ^expansion.contains[=].display = "Light cigarette smoker (1-9 cigs/day)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160474007
* ^expansion.contains[=].display = "FH: Atopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160469004
* ^expansion.contains[=].display = "FH: Allergy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160417009
* ^expansion.contains[=].display = "Family history of congenital disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160402005
* ^expansion.contains[=].display = "FH: Diabetes in pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160392000
* ^expansion.contains[=].display = "FH: Breast disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160381001
* ^expansion.contains[=].display = "FH: Gastrointestinal disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160377001
* ^expansion.contains[=].display = "Family history of asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160357008
* ^expansion.contains[=].display = "FH: Hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160347007
* ^expansion.contains[=].display = "FH: Glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160316001
* ^expansion.contains[=].display = "FH: Blood disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160313009
* ^expansion.contains[=].display = "Family history of osteoporosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160303001
* ^expansion.contains[=].display = "Family history of diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160302006
* ^expansion.contains[=].display = "FH: Thyroid disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #160297008
* ^expansion.contains[=].display = "FH: neoplasm of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #157176002
* ^expansion.contains[=].display = "Fracture of bone of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #156329007
* ^expansion.contains[=].display = "Seborrheic dermatitis of scalp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #156073000
* ^expansion.contains[=].display = "Complete miscarriage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #156072005
* ^expansion.contains[=].display = "Incomplete miscarriage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #155441006
* ^expansion.contains[=].display = "Polyarteritis nodosa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #154283005
* ^expansion.contains[=].display = "Pulmonary tuberculosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #139394000
* ^expansion.contains[=].display = "Nocturia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #134407002
* ^expansion.contains[=].display = "Chronic back pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #134290008
* ^expansion.contains[=].display = "Vocal cord dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #134209002
* ^expansion.contains[=].display = "Prolactinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #134194006
* ^expansion.contains[=].display = "Delayed union of fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #131148009
* ^expansion.contains[=].display = "Bleeding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #131078003
* ^expansion.contains[=].display = "Decreased testosterone level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129903002
* ^expansion.contains[=].display = "Ineffective infant feeding pattern"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129853007
* ^expansion.contains[=].display = "Total urinary incontinence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129846003
* ^expansion.contains[=].display = "Polypharmacy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129839007
* ^expansion.contains[=].display = "At risk for falls"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129836000
* ^expansion.contains[=].display = "Noncompliance with therapeutic regimen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129834002
* ^expansion.contains[=].display = "Noncompliance with medication regimen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129832003
* ^expansion.contains[=].display = "Noncompliance with dietary regimen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129831005
* ^expansion.contains[=].display = "Noncompliance with diagnostic testing"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129823000
* ^expansion.contains[=].display = "Childhood growth AND/OR development alteration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129788004
* ^expansion.contains[=].display = "Mammographic mass of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129679001
* ^expansion.contains[=].display = "Computed tomography result abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129635004
* ^expansion.contains[=].display = "Ovarian hyperstimulation syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129618003
* ^expansion.contains[=].display = "Autonomic dysreflexia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129588001
* ^expansion.contains[=].display = "Adult failure to thrive syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129565002
* ^expansion.contains[=].display = "Disorder of muscle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129179000
* ^expansion.contains[=].display = "Piriformis syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129154003
* ^expansion.contains[=].display = "Hematologic neoplasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129139009
* ^expansion.contains[=].display = "Disorder of lumbar spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129128006
* ^expansion.contains[=].display = "Infectious disorder of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129103003
* ^expansion.contains[=].display = "Endometriosis (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128869009
* ^expansion.contains[=].display = "Infestation by Sarcoptes scabiei var hominis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128613002
* ^expansion.contains[=].display = "Seizure disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128609009
* ^expansion.contains[=].display = "Intracranial aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128608001
* ^expansion.contains[=].display = "Cerebral arterial aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128540005
* ^expansion.contains[=].display = "Hearing disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128477000
* ^expansion.contains[=].display = "Abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128474007
* ^expansion.contains[=].display = "Parathyroid adenoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128473001
* ^expansion.contains[=].display = "Uveitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128462008
* ^expansion.contains[=].display = "Metastatic malignant neoplasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128351009
* ^expansion.contains[=].display = "Eye infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128350005
* ^expansion.contains[=].display = "Bacterial conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128302006
* ^expansion.contains[=].display = "Chronic hepatitis C"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128287004
* ^expansion.contains[=].display = "Chronic peptic ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128286008
* ^expansion.contains[=].display = "Chronic duodenal ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128276007
* ^expansion.contains[=].display = "Cellulitis of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128241005
* ^expansion.contains[=].display = "Inflammatory disease of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128210009
* ^expansion.contains[=].display = "Thoracic outlet syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128209004
* ^expansion.contains[=].display = "Chronic inflammatory demyelinating polyradiculoneuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128200000
* ^expansion.contains[=].display = "Complex regional pain syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128196005
* ^expansion.contains[=].display = "Lumbar radiculopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128188000
* ^expansion.contains[=].display = "Cerebral palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128187005
* ^expansion.contains[=].display = "Vascular headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128136007
* ^expansion.contains[=].display = "Disorder of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128133004
* ^expansion.contains[=].display = "Disorder of elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128123007
* ^expansion.contains[=].display = "Disorder of peripheral autonomic nervous system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128105004
* ^expansion.contains[=].display = "von Willebrand disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128078004
* ^expansion.contains[=].display = "Polyradiculoneuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128069005
* ^expansion.contains[=].display = "Injury of abdomen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128060009
* ^expansion.contains[=].display = "Venous varices"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128054009
* ^expansion.contains[=].display = "Deep venous thrombosis of upper extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128053003
* ^expansion.contains[=].display = "Deep venous thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128049000
* ^expansion.contains[=].display = "Disorder of cervical spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #128045006
* ^expansion.contains[=].display = "Cellulitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127364007
* ^expansion.contains[=].display = "Primigravida"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127296001
* ^expansion.contains[=].display = "Intracranial injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127295002
* ^expansion.contains[=].display = "Traumatic brain injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127294003
* ^expansion.contains[=].display = "Traumatic or nontraumatic brain injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127287001
* ^expansion.contains[=].display = "Intertrochanteric fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127279002
* ^expansion.contains[=].display = "Injury of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127278005
* ^expansion.contains[=].display = "Injury of upper extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127225006
* ^expansion.contains[=].display = "Chronic myelomonocytic leukemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127199000
* ^expansion.contains[=].display = "Inguinal lymphadenopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127189005
* ^expansion.contains[=].display = "Axillary lymphadenopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127154008
* ^expansion.contains[=].display = "Retroperitoneal lymphadenopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127086001
* ^expansion.contains[=].display = "Cervical lymphadenopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127062003
* ^expansion.contains[=].display = "Erythrocytosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127034005
* ^expansion.contains[=].display = "Pancytopenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127024001
* ^expansion.contains[=].display = "Neoplasm of pituitary gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127021009
* ^expansion.contains[=].display = "Neoplasm of adrenal gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127018007
* ^expansion.contains[=].display = "Neoplasm of thyroid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127014009
* ^expansion.contains[=].display = "Peripheral angiopathy due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127013003
* ^expansion.contains[=].display = "Disorder of kidney due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126952004
* ^expansion.contains[=].display = "Neoplasm of brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126949007
* ^expansion.contains[=].display = "Acoustic neuroma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126946000
* ^expansion.contains[=].display = "Excessive cerumen in ear canal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126944002
* ^expansion.contains[=].display = "Brain damage due to hypoxia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126943008
* ^expansion.contains[=].display = "Separation anxiety"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126926005
* ^expansion.contains[=].display = "Neoplasm of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126906006
* ^expansion.contains[=].display = "Neoplasm of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126885006
* ^expansion.contains[=].display = "Neoplasm of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126880001
* ^expansion.contains[=].display = "Neoplasm of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126872008
* ^expansion.contains[=].display = "Neoplasm of retroperitoneum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126851005
* ^expansion.contains[=].display = "Neoplasm of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126847008
* ^expansion.contains[=].display = "Neoplasm of rectum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126832004
* ^expansion.contains[=].display = "Neoplasm of small intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126824007
* ^expansion.contains[=].display = "Neoplasm of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126809003
* ^expansion.contains[=].display = "Neoplasm of oropharynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126789008
* ^expansion.contains[=].display = "Neoplasm of submaxillary gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126788000
* ^expansion.contains[=].display = "Neoplasm of parotid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126713003
* ^expansion.contains[=].display = "Neoplasm of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126692004
* ^expansion.contains[=].display = "Neoplasm of larynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126662008
* ^expansion.contains[=].display = "Red throat"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126660000
* ^expansion.contains[=].display = "Deviated nasal septum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126644004
* ^expansion.contains[=].display = "Neoplasm of pelvis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126488004
* ^expansion.contains[=].display = "Neoplasm of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #126485001
* ^expansion.contains[=].display = "Urticaria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125670008
* ^expansion.contains[=].display = "Foreign body"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125668004
* ^expansion.contains[=].display = "Contusion of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125667009
* ^expansion.contains[=].display = "Contusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125666000
* ^expansion.contains[=].display = "Burn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125665001
* ^expansion.contains[=].display = "Crushing injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125664002
* ^expansion.contains[=].display = "Open wound of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125663008
* ^expansion.contains[=].display = "Open wound of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125662003
* ^expansion.contains[=].display = "Open wound of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125661005
* ^expansion.contains[=].display = "Open wound of lower leg"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125660006
* ^expansion.contains[=].display = "Open wound of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125659001
* ^expansion.contains[=].display = "Open wound of thigh"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125658009
* ^expansion.contains[=].display = "Open wound of hip region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125653000
* ^expansion.contains[=].display = "Open wound of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125652005
* ^expansion.contains[=].display = "Open wound of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125651003
* ^expansion.contains[=].display = "Open wound of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125649002
* ^expansion.contains[=].display = "Open wound of forearm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125643001
* ^expansion.contains[=].display = "Open wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125619004
* ^expansion.contains[=].display = "Traumatic dislocation of joint of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125614009
* ^expansion.contains[=].display = "Closed traumatic dislocation of glenohumeral joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125608002
* ^expansion.contains[=].display = "Fracture of lumbar spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125607007
* ^expansion.contains[=].display = "Fracture of thoracic spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125606003
* ^expansion.contains[=].display = "Fracture of cervical spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125605004
* ^expansion.contains[=].display = "Fracture of bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125604000
* ^expansion.contains[=].display = "Injury of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125603006
* ^expansion.contains[=].display = "Injury of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125602001
* ^expansion.contains[=].display = "Injury of lower leg"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125601008
* ^expansion.contains[=].display = "Injury of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125599006
* ^expansion.contains[=].display = "Injury of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125598003
* ^expansion.contains[=].display = "Injury of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125597008
* ^expansion.contains[=].display = "Injury of forearm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125596004
* ^expansion.contains[=].display = "Injury of elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125594001
* ^expansion.contains[=].display = "Injury of shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #125593007
* ^expansion.contains[=].display = "Injury of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #124134002
* ^expansion.contains[=].display = "Deficiency of glucose-6-phosphate dehydrogenase"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #124042003
* ^expansion.contains[=].display = "Increased lipid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #123845008
* ^expansion.contains[=].display = "Adenocarcinoma of endometrium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #123843001
* ^expansion.contains[=].display = "Neoplasm of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #123799005
* ^expansion.contains[=].display = "Renovascular hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #123798002
* ^expansion.contains[=].display = "Lumbosacral spondylosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #123785006
* ^expansion.contains[=].display = "Immunoglobulin G subclass deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #123756000
* ^expansion.contains[=].display = "Menopausal syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #123608004
* ^expansion.contains[=].display = "Cholangiectasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #123536004
* ^expansion.contains[=].display = "Sprain of upper extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #122481008
* ^expansion.contains[=].display = "Hammer toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #122480009
* ^expansion.contains[=].display = "Hallux valgus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #119423009
* ^expansion.contains[=].display = "Benign teratoma of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #119250001
* ^expansion.contains[=].display = "Hypogammaglobulinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #119247004
* ^expansion.contains[=].display = "Hypoalbuminemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118944007
* ^expansion.contains[=].display = "Disorder of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118939000
* ^expansion.contains[=].display = "Disorder of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118938008
* ^expansion.contains[=].display = "Disease of mouth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118937003
* ^expansion.contains[=].display = "Disorder of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118618005
* ^expansion.contains[=].display = "Mycosis fungoides (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118613001
* ^expansion.contains[=].display = "Hairy cell leukemia (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118608000
* ^expansion.contains[=].display = "Hodgkin's disease, nodular sclerosis (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118607005
* ^expansion.contains[=].display = "Lymphocyte-rich classical Hodgkin lymphoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118601006
* ^expansion.contains[=].display = "Non-Hodgkin's lymphoma (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118600007
* ^expansion.contains[=].display = "Malignant lymphoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118599009
* ^expansion.contains[=].display = "Hodgkin's disease (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #116339002
* ^expansion.contains[=].display = "Breast finding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #116289008
* ^expansion.contains[=].display = "Abdominal bloating"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #116288000
* ^expansion.contains[=].display = "Paralytic stroke"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #116224001
* ^expansion.contains[=].display = "Complication of procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #115966001
* ^expansion.contains[=].display = "Occupational disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112149005
* ^expansion.contains[=].display = "Blood group B"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112144000
* ^expansion.contains[=].display = "Blood group A"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112104007
* ^expansion.contains[=].display = "Localized pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112066009
* ^expansion.contains[=].display = "Absent renal function"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111985007
* ^expansion.contains[=].display = "Chronic abdominal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111975006
* ^expansion.contains[=].display = "Prolonged QT interval"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111859007
* ^expansion.contains[=].display = "Herpes zoster without complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111853008
* ^expansion.contains[=].display = "Herpes simplex without complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111843007
* ^expansion.contains[=].display = "Viral gastroenteritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111762003
* ^expansion.contains[=].display = "Poisoning by antirheumatic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111744007
* ^expansion.contains[=].display = "Mechanical complication of internal orthopedic device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111653006
* ^expansion.contains[=].display = "Sprain of sacroiliac region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111640008
* ^expansion.contains[=].display = "Closed fracture of radius"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111593004
* ^expansion.contains[=].display = "Closed fracture of vault of skull with intracranial hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111591002
* ^expansion.contains[=].display = "Hypertrophy of adenoids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111583006
* ^expansion.contains[=].display = "Leukocytosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111566002
* ^expansion.contains[=].display = "Acquired hypothyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111551000
* ^expansion.contains[=].display = "Testicular hypofunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111550004
* ^expansion.contains[=].display = "Ovarian failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111541001
* ^expansion.contains[=].display = "Benign paroxysmal positional vertigo"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111516008
* ^expansion.contains[=].display = "Blurring of visual image"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111514006
* ^expansion.contains[=].display = "Pseudoexfoliation glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111496009
* ^expansion.contains[=].display = "Syringomyelia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111489007
* ^expansion.contains[=].display = "Breathing-related sleep disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111485001
* ^expansion.contains[=].display = "Mixed bipolar I disorder in full remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111484002
* ^expansion.contains[=].display = "Undifferentiated schizophrenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111479008
* ^expansion.contains[=].display = "Organic mental disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111411000
* ^expansion.contains[=].display = "Postoperative urethral stricture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111407006
* ^expansion.contains[=].display = "Hemolytic uremic syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111405003
* ^expansion.contains[=].display = "Ureteritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111374002
* ^expansion.contains[=].display = "Pseudocyst of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111359004
* ^expansion.contains[=].display = "Diverticulitis of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111347003
* ^expansion.contains[=].display = "Exostosis of jaw"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111293003
* ^expansion.contains[=].display = "Venous thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111287006
* ^expansion.contains[=].display = "Tricuspid valve regurgitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111266001
* ^expansion.contains[=].display = "Acquired scoliosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111255008
* ^expansion.contains[=].display = "Avascular necrosis of the capital femoral epiphysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111248006
* ^expansion.contains[=].display = "Diastasis of muscle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111245009
* ^expansion.contains[=].display = "Compartment syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111227009
* ^expansion.contains[=].display = "Ankylosis of joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111224002
* ^expansion.contains[=].display = "Derangement of meniscus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111222003
* ^expansion.contains[=].display = "Derangement of medial meniscus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111209006
* ^expansion.contains[=].display = "Photoallergic dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #111196000
* ^expansion.contains[=].display = "Dermatitis herpetiformis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #110979008
* ^expansion.contains[=].display = "Irritant contact dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #110483000
* ^expansion.contains[=].display = "Tobacco user"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #110368006
* ^expansion.contains[=].display = "Decreased estrogen level"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #110359009
* ^expansion.contains[=].display = "Intellectual disability"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #110270004
* ^expansion.contains[=].display = "Late effects of poliomyelitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #110265006
* ^expansion.contains[=].display = "Postoperative hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #110030002
* ^expansion.contains[=].display = "Concussion injury of brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #110015006
* ^expansion.contains[=].display = "Injury of penis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #110005000
* ^expansion.contains[=].display = "Acute myelomonocytic leukemia, FAB M4"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #110004001
* ^expansion.contains[=].display = "Acute promyelocytic leukemia, FAB M3"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109996008
* ^expansion.contains[=].display = "Refractory anemia (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109995007
* ^expansion.contains[=].display = "Myelodysplastic syndrome (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109994006
* ^expansion.contains[=].display = "Essential thrombocythemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109992005
* ^expansion.contains[=].display = "Polycythemia vera (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109989006
* ^expansion.contains[=].display = "Multiple myeloma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109983007
* ^expansion.contains[=].display = "Monoclonal gammopathy (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109972003
* ^expansion.contains[=].display = "Follicular non-Hodgkin's lymphoma, large cell (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109957002
* ^expansion.contains[=].display = "Drug-induced purpura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109914007
* ^expansion.contains[=].display = "Neoplasm of uncertain behavior of meninges"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109913001
* ^expansion.contains[=].display = "Benign neoplasm of meninges"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109894007
* ^expansion.contains[=].display = "Retained placenta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109889007
* ^expansion.contains[=].display = "Intraductal carcinoma in situ of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109888004
* ^expansion.contains[=].display = "Lobular carcinoma in situ of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109843000
* ^expansion.contains[=].display = "Hepatoblastoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109841003
* ^expansion.contains[=].display = "Liver cell carcinoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109728009
* ^expansion.contains[=].display = "Defective dental restoration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109558001
* ^expansion.contains[=].display = "Dieulafoy's vascular malformation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109428005
* ^expansion.contains[=].display = "Perimembranous ventricular septal defect"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109385007
* ^expansion.contains[=].display = "Kaposi's sarcoma (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109371002
* ^expansion.contains[=].display = "Overlapping malignant neoplasm of bronchus and lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109269004
* ^expansion.contains[=].display = "Melanocytic nevus of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109266006
* ^expansion.contains[=].display = "Melanoma in situ of skin (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #109245003
* ^expansion.contains[=].display = "Cellulitis of periorbital region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #108365000
* ^expansion.contains[=].display = "Infection of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #106009009
* ^expansion.contains[=].display = "Fetal condition affecting obstetrical care of mother"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #106008001
* ^expansion.contains[=].display = "Delivery AND/OR maternal condition affecting management"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #106004004
* ^expansion.contains[=].display = "Hemorrhagic complication of pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #106002000
* ^expansion.contains[=].display = "Disorder associated with menstruation AND/OR menopause"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105997008
* ^expansion.contains[=].display = "Disorder of biliary tract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105995000
* ^expansion.contains[=].display = "Disorder of teeth AND/OR supporting structures"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105969002
* ^expansion.contains[=].display = "Disorder of connective tissue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105629000
* ^expansion.contains[=].display = "Chlamydial infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105593004
* ^expansion.contains[=].display = "Electrolyte imbalance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105531004
* ^expansion.contains[=].display = "Housing problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105530003
* ^expansion.contains[=].display = "Living in residential institution"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105529008
* ^expansion.contains[=].display = "Lives alone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105485001
* ^expansion.contains[=].display = "Family tension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105480006
* ^expansion.contains[=].display = "Refusal of treatment by patient"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105419003
* ^expansion.contains[=].display = "Academic underachievement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #103276001
* ^expansion.contains[=].display = "Decreased hearing"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #103262002
* ^expansion.contains[=].display = "Staring"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102947004
* ^expansion.contains[=].display = "High risk sexual behavior"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102891000
* ^expansion.contains[=].display = "Age-related cognitive decline"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102876002
* ^expansion.contains[=].display = "Multigravida"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102866000
* ^expansion.contains[=].display = "Abnormal urine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102616008
* ^expansion.contains[=].display = "Painful mouth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102614006
* ^expansion.contains[=].display = "Generalized abdominal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102594003
* ^expansion.contains[=].display = "Electrocardiogram abnormal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102589003
* ^expansion.contains[=].display = "Atypical chest pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102588006
* ^expansion.contains[=].display = "Chest wall pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102576009
* ^expansion.contains[=].display = "Edema of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102572006
* ^expansion.contains[=].display = "Edema of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102570003
* ^expansion.contains[=].display = "Inguinal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102568007
* ^expansion.contains[=].display = "Paresis of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102558002
* ^expansion.contains[=].display = "Edema of the upper extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102556003
* ^expansion.contains[=].display = "Pain in upper limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102549009
* ^expansion.contains[=].display = "Cramp in lower leg associated with rest"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102500002
* ^expansion.contains[=].display = "Good neonatal condition at birth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102449007
* ^expansion.contains[=].display = "Tardive dyskinesia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #102447009
* ^expansion.contains[=].display = "Postmenopausal osteoporosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95922009
* ^expansion.contains[=].display = "Child sex abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95919007
* ^expansion.contains[=].display = "Dependence on corticoids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95898004
* ^expansion.contains[=].display = "Tick bite"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95891005
* ^expansion.contains[=].display = "Influenza-like illness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95880003
* ^expansion.contains[=].display = "Soft tissue infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95855003
* ^expansion.contains[=].display = "Traumatic amputation of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95851007
* ^expansion.contains[=].display = "Fracture of orbit"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95827002
* ^expansion.contains[=].display = "Congenital hearing disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95820000
* ^expansion.contains[=].display = "Bilateral hearing loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95800001
* ^expansion.contains[=].display = "Asteroid hyalosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95742008
* ^expansion.contains[=].display = "Corneal graft rejection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95726001
* ^expansion.contains[=].display = "Corneal scar"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95723009
* ^expansion.contains[=].display = "Subcapsular cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95722004
* ^expansion.contains[=].display = "Bilateral cataracts"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95717004
* ^expansion.contains[=].display = "Secondary glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95711003
* ^expansion.contains[=].display = "Nevus of iris"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95697007
* ^expansion.contains[=].display = "Generalized retinal degeneration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95690009
* ^expansion.contains[=].display = "Retinal tear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95689000
* ^expansion.contains[=].display = "Retinal deposits"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95677002
* ^expansion.contains[=].display = "Disorder of vision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95675005
* ^expansion.contains[=].display = "Ulnar neuritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95668009
* ^expansion.contains[=].display = "Pain in face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95663000
* ^expansion.contains[=].display = "Peripheral motor neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95662005
* ^expansion.contains[=].display = "Sensory neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95657009
* ^expansion.contains[=].display = "Chronic mixed headache syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95655001
* ^expansion.contains[=].display = "Ophthalmic migraine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95646004
* ^expansion.contains[=].display = "Cerebellar degeneration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95617006
* ^expansion.contains[=].display = "Neonatal cyanosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95598005
* ^expansion.contains[=].display = "Ruptured cyst of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95581005
* ^expansion.contains[=].display = "Bilateral hydronephrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95575002
* ^expansion.contains[=].display = "Obstruction of pelviureteric junction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95574003
* ^expansion.contains[=].display = "Stenosis of ureter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95570007
* ^expansion.contains[=].display = "Kidney stone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95566004
* ^expansion.contains[=].display = "Urolithiasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95563007
* ^expansion.contains[=].display = "Gallstone pancreatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95545007
* ^expansion.contains[=].display = "Hemorrhagic diarrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95540002
* ^expansion.contains[=].display = "Hemorrhage of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95533003
* ^expansion.contains[=].display = "Duodenal hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95532008
* ^expansion.contains[=].display = "Obstruction of duodenum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95531001
* ^expansion.contains[=].display = "Hemorrhagic duodenitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95530000
* ^expansion.contains[=].display = "Chronic gastric ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95529005
* ^expansion.contains[=].display = "Acute gastric ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95508001
* ^expansion.contains[=].display = "Congenital obstruction of lacrimal canal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95499004
* ^expansion.contains[=].display = "Hypoplasia of the optic nerve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95451004
* ^expansion.contains[=].display = "Thrombophlebitis of superficial veins of upper extremities"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95446005
* ^expansion.contains[=].display = "Thrombosis of mesenteric vein"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95441000
* ^expansion.contains[=].display = "Pulmonary artery stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95434006
* ^expansion.contains[=].display = "Tracheomalacia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95418008
* ^expansion.contains[=].display = "Muscle spasm of head and/or neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95415006
* ^expansion.contains[=].display = "Polymyalgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95361005
* ^expansion.contains[=].display = "Inflammatory disease of mucous membrane"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95347000
* ^expansion.contains[=].display = "Skin necrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95345008
* ^expansion.contains[=].display = "Ulcer of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95344007
* ^expansion.contains[=].display = "Ulcer of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95325000
* ^expansion.contains[=].display = "Subcutaneous nodule"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95324001
* ^expansion.contains[=].display = "Skin lesion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95320005
* ^expansion.contains[=].display = "Disorder of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95319004
* ^expansion.contains[=].display = "Skin nodule"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95317002
* ^expansion.contains[=].display = "Victim of terrorism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95315005
* ^expansion.contains[=].display = "Uterine leiomyoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95280005
* ^expansion.contains[=].display = "Subserous leiomyoma of uterus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95279007
* ^expansion.contains[=].display = "Submucous leiomyoma of uterus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95239003
* ^expansion.contains[=].display = "Rhinitis medicamentosa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95221007
* ^expansion.contains[=].display = "Radiation retinopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95214007
* ^expansion.contains[=].display = "Primary malignant neoplasm of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95192000
* ^expansion.contains[=].display = "Nodular lymphoma of lymph nodes of multiple sites"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #95087004
* ^expansion.contains[=].display = "Neoplasm of uncertain behavior of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94989005
* ^expansion.contains[=].display = "Neoplasm of uncertain behavior of parotid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94963005
* ^expansion.contains[=].display = "Neoplasm of uncertain behavior of nervous system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94962000
* ^expansion.contains[=].display = "Neoplasm of uncertain behavior of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94889006
* ^expansion.contains[=].display = "Neoplasm of uncertain behavior of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94820008
* ^expansion.contains[=].display = "Neoplasm of uncertain behavior of endocrine gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94805002
* ^expansion.contains[=].display = "Neoplasm of uncertain behavior of soft tissues"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94754000
* ^expansion.contains[=].display = "Neoplasm of uncertain behavior of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94706008
* ^expansion.contains[=].display = "Muscular ventricular septum defect"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94704006
* ^expansion.contains[=].display = "Multiple myeloma in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94628003
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to retroperitoneum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94627008
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to peritoneum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94623007
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to testis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94602001
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to vertebral column"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94579000
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94513006
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to rectum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94503003
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94493005
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to pleura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94459006
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94455000
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94409002
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to mediastinum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94397007
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to lymph nodes of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94393006
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to lymph nodes of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94392001
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to lymph node"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94391008
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94381002
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94365007
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to large intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94360002
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94351005
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to intrathoracic lymph nodes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94350006
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to intrapelvic lymph nodes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94347008
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to intra-abdominal lymph nodes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94297009
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to female breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94286009
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94281004
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to endometrium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94264008
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to soft tissues"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94260004
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94254004
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to choroid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94243009
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to central nervous system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94225005
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94222008
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94186002
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94180008
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to axilla"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94161006
* ^expansion.contains[=].display = "Metastatic malignant neoplasm to adrenal gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94147001
* ^expansion.contains[=].display = "Mediastinal mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94098005
* ^expansion.contains[=].display = "Primary malignant neoplasm of thyroid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94057003
* ^expansion.contains[=].display = "Primary malignant neoplasm of soft tissues of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94038007
* ^expansion.contains[=].display = "Primary malignant neoplasm of skin of scalp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #94022001
* ^expansion.contains[=].display = "Primary malignant neoplasm of skin of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93980002
* ^expansion.contains[=].display = "Primary malignant neoplasm of rectosigmoid junction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93974005
* ^expansion.contains[=].display = "Primary malignant neoplasm of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93934004
* ^expansion.contains[=].display = "Primary malignant neoplasm of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93880001
* ^expansion.contains[=].display = "Primary malignant neoplasm of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93870000
* ^expansion.contains[=].display = "Malignant neoplasm of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93797001
* ^expansion.contains[=].display = "Primary malignant neoplasm of female genital organ"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93655004
* ^expansion.contains[=].display = "Malignant melanoma of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93651008
* ^expansion.contains[=].display = "Malignant melanoma of skin of trunk"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93616000
* ^expansion.contains[=].display = "Intramural leiomyoma of uterus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93471006
* ^expansion.contains[=].display = "Hemangioma of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93469006
* ^expansion.contains[=].display = "Hemangioma of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93458008
* ^expansion.contains[=].display = "Foreign body in skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93448009
* ^expansion.contains[=].display = "Superficial ulcer of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93423006
* ^expansion.contains[=].display = "Dermatitis of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93225001
* ^expansion.contains[=].display = "Malignant melanoma of skin of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93199007
* ^expansion.contains[=].display = "Malignant lymphoma of extranodal AND/OR solid organ site"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93197009
* ^expansion.contains[=].display = "Malignant lymphoma of lymph nodes of multiple sites"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93195001
* ^expansion.contains[=].display = "Malignant lymphoma of lymph nodes of head, face AND/OR neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93163002
* ^expansion.contains[=].display = "Lipoma (clinical)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93162007
* ^expansion.contains[=].display = "Lipoma of spermatic cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93160004
* ^expansion.contains[=].display = "Lipoma of skin and subcutaneous tissue of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #93143009
* ^expansion.contains[=].display = "Leukemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92824003
* ^expansion.contains[=].display = "Neurofibromatosis type 1"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92818009
* ^expansion.contains[=].display = "Chronic myeloid leukemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92814006
* ^expansion.contains[=].display = "Chronic lymphoid leukemia, disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92813000
* ^expansion.contains[=].display = "Chronic lymphoid leukemia in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92812005
* ^expansion.contains[=].display = "Chronic leukemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92564006
* ^expansion.contains[=].display = "Carcinoma in situ of uterine cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92546004
* ^expansion.contains[=].display = "Cancer in situ of urinary bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92506005
* ^expansion.contains[=].display = "Biventricular congestive heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92503002
* ^expansion.contains[=].display = "Neurofibromatosis type 2"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92439006
* ^expansion.contains[=].display = "Benign neoplasm of thyroid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92401003
* ^expansion.contains[=].display = "Benign neoplasm of soft tissues of upper limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92394004
* ^expansion.contains[=].display = "Benign neoplasm of soft tissues of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92384009
* ^expansion.contains[=].display = "Benign neoplasm of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92382008
* ^expansion.contains[=].display = "Benign neoplasm of skin of upper limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92380000
* ^expansion.contains[=].display = "Benign neoplasm of skin of trunk"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92376005
* ^expansion.contains[=].display = "Benign neoplasm of skin of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92375009
* ^expansion.contains[=].display = "Benign neoplasm of skin of scalp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92371000
* ^expansion.contains[=].display = "Benign neoplasm of skin of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92370004
* ^expansion.contains[=].display = "Benign neoplasm of skin of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92369000
* ^expansion.contains[=].display = "Benign neoplasm of skin of lip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92359006
* ^expansion.contains[=].display = "Benign neoplasm of skin of face"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92354001
* ^expansion.contains[=].display = "Benign neoplasm of skin of ear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92308005
* ^expansion.contains[=].display = "Benign neoplasm of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92296004
* ^expansion.contains[=].display = "Benign neoplasm of pituitary gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92264007
* ^expansion.contains[=].display = "Benign neoplasm of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92260003
* ^expansion.contains[=].display = "Benign neoplasm of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92258000
* ^expansion.contains[=].display = "Benign neoplasm of orbit"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92102001
* ^expansion.contains[=].display = "Benign neoplasm of female breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92071005
* ^expansion.contains[=].display = "Benign neoplasm of cranial nerve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92065004
* ^expansion.contains[=].display = "Benign neoplasm of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92059004
* ^expansion.contains[=].display = "Benign neoplasm of choroid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92051001
* ^expansion.contains[=].display = "Benign neoplasm of cerebral meninges"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #92030004
* ^expansion.contains[=].display = "Benign neoplasm of brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91967007
* ^expansion.contains[=].display = "Benign neoplasm of adrenal gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91957002
* ^expansion.contains[=].display = "Back pain complicating pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91950000
* ^expansion.contains[=].display = "Atrophy of edentulous alveolar ridge"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91947003
* ^expansion.contains[=].display = "Asymptomatic human immunodeficiency virus infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91945006
* ^expansion.contains[=].display = "Articular disc disorder of temporomandibular joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91943004
* ^expansion.contains[=].display = "Arthralgia of temporomandibular joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91936005
* ^expansion.contains[=].display = "Allergy to penicillin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91935009
* ^expansion.contains[=].display = "Allergy to peanut"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91861009
* ^expansion.contains[=].display = "Acute myeloid leukemia, disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91860005
* ^expansion.contains[=].display = "Acute myeloid leukemia in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91857003
* ^expansion.contains[=].display = "Acute lymphoid leukemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91856007
* ^expansion.contains[=].display = "Acute lymphoid leukemia in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91855006
* ^expansion.contains[=].display = "Acute leukemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91669008
* ^expansion.contains[=].display = "Perirectal abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91637004
* ^expansion.contains[=].display = "Myasthenia gravis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91613004
* ^expansion.contains[=].display = "Contusion of elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91603007
* ^expansion.contains[=].display = "Contusion of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91514001
* ^expansion.contains[=].display = "Corneal ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91487003
* ^expansion.contains[=].display = "Diaper rash"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91478007
* ^expansion.contains[=].display = "Secondary hyperparathyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91434003
* ^expansion.contains[=].display = "Pulmonic valve regurgitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91419009
* ^expansion.contains[=].display = "Closed fracture of forearm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91335003
* ^expansion.contains[=].display = "Mural thrombus of heart"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91327001
* ^expansion.contains[=].display = "Tetraparesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91302008
* ^expansion.contains[=].display = "Sepsis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91273001
* ^expansion.contains[=].display = "Lactic acidosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91175000
* ^expansion.contains[=].display = "Seizure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91109007
* ^expansion.contains[=].display = "Gastric varices"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91038008
* ^expansion.contains[=].display = "Acute frontal sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91037003
* ^expansion.contains[=].display = "Closed fracture of pelvis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91019004
* ^expansion.contains[=].display = "Paresthesia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90979004
* ^expansion.contains[=].display = "Chronic tonsillitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90968009
* ^expansion.contains[=].display = "Post-term pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90958004
* ^expansion.contains[=].display = "Thrombosis of arteries of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90927000
* ^expansion.contains[=].display = "Refractive amblyopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90834002
* ^expansion.contains[=].display = "Pain in limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90774003
* ^expansion.contains[=].display = "Victim of physical assault"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90739004
* ^expansion.contains[=].display = "Thyrotoxicosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90708001
* ^expansion.contains[=].display = "Kidney disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90688005
* ^expansion.contains[=].display = "Chronic renal failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90673000
* ^expansion.contains[=].display = "Burning sensation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90584004
* ^expansion.contains[=].display = "Spinal cord injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90562004
* ^expansion.contains[=].display = "Fetal distress, in liveborn infant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90560007
* ^expansion.contains[=].display = "Gout"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90520006
* ^expansion.contains[=].display = "Vertebral artery stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90460009
* ^expansion.contains[=].display = "Injury of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90458007
* ^expansion.contains[=].display = "Internal hemorrhoids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90446007
* ^expansion.contains[=].display = "Pruritus ani"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90392009
* ^expansion.contains[=].display = "Nocturnal muscle spasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90381008
* ^expansion.contains[=].display = "Occipitoanterior position"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90325002
* ^expansion.contains[=].display = "Vomiting of pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90235006
* ^expansion.contains[=].display = "Closed fracture of shaft of humerus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90176007
* ^expansion.contains[=].display = "Tonsillitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90128006
* ^expansion.contains[=].display = "Photosensitivity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90116003
* ^expansion.contains[=].display = "Contracture of joint of shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90070003
* ^expansion.contains[=].display = "Traumatic pneumothorax"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89966002
* ^expansion.contains[=].display = "Hematoma of scrotum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89820008
* ^expansion.contains[=].display = "Closed intertrochanteric fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89765005
* ^expansion.contains[=].display = "Tobacco dependence syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89748001
* ^expansion.contains[=].display = "Acute gastric ulcer with hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89700002
* ^expansion.contains[=].display = "Shoulder girdle dystocia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89689008
* ^expansion.contains[=].display = "Congenital genu valgum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89675003
* ^expansion.contains[=].display = "Sleep terror disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89627008
* ^expansion.contains[=].display = "Hyponatremia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89580002
* ^expansion.contains[=].display = "Cryptogenic cirrhosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89538001
* ^expansion.contains[=].display = "Helicobacter-associated gastritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89469000
* ^expansion.contains[=].display = "Chronic duodenal ulcer with hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89461002
* ^expansion.contains[=].display = "Primary cardiomyopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89452002
* ^expansion.contains[=].display = "Hyperplastic polyp of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89405008
* ^expansion.contains[=].display = "Vesicovaginal fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89164003
* ^expansion.contains[=].display = "Breast lump"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89155008
* ^expansion.contains[=].display = "Systemic sclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89138009
* ^expansion.contains[=].display = "Cardiogenic shock"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89105000
* ^expansion.contains[=].display = "Asteatosis cutis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89091004
* ^expansion.contains[=].display = "Edema of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88981003
* ^expansion.contains[=].display = "Pyometra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88850006
* ^expansion.contains[=].display = "Chronic pansinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88805009
* ^expansion.contains[=].display = "Chronic congestive heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88797001
* ^expansion.contains[=].display = "Complication of surgical procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88610006
* ^expansion.contains[=].display = "Heart murmur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88594005
* ^expansion.contains[=].display = "Herpes simplex"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88580009
* ^expansion.contains[=].display = "Anal polyp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88562000
* ^expansion.contains[=].display = "Acquired deformity of ankle AND/OR foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88425004
* ^expansion.contains[=].display = "Congenital anomaly of nervous system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88415009
* ^expansion.contains[=].display = "Mycobacteriosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88273006
* ^expansion.contains[=].display = "Iatrogenic hypothyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88230002
* ^expansion.contains[=].display = "Disorder of skeletal system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88223008
* ^expansion.contains[=].display = "Secondary pulmonary hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88202002
* ^expansion.contains[=].display = "Alteration in nutrition: less than body requirements"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88151007
* ^expansion.contains[=].display = "Keratoconjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88111009
* ^expansion.contains[=].display = "Altered bowel function"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88092000
* ^expansion.contains[=].display = "Muscle atrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88050005
* ^expansion.contains[=].display = "Hematoma of pinna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88032003
* ^expansion.contains[=].display = "Amaurosis fugax"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87979003
* ^expansion.contains[=].display = "Cleft palate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87872006
* ^expansion.contains[=].display = "Male pattern alopecia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87860000
* ^expansion.contains[=].display = "Testicular mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87778004
* ^expansion.contains[=].display = "Sprain of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87763006
* ^expansion.contains[=].display = "Lower gastrointestinal hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87715008
* ^expansion.contains[=].display = "Xerostomia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87696004
* ^expansion.contains[=].display = "Hemorrhagic cystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87688009
* ^expansion.contains[=].display = "Cholesteatoma of middle ear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87665008
* ^expansion.contains[=].display = "Chronic tubotympanic suppurative otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87628006
* ^expansion.contains[=].display = "Bacterial infectious disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87614000
* ^expansion.contains[=].display = "Pinguecula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87557004
* ^expansion.contains[=].display = "Urge incontinence of urine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87522002
* ^expansion.contains[=].display = "Iron deficiency anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87513003
* ^expansion.contains[=].display = "Herpes zoster ophthalmicus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87500009
* ^expansion.contains[=].display = "Hilar lymphadenopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87486003
* ^expansion.contains[=].display = "Aphasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87476004
* ^expansion.contains[=].display = "Convulsions in the newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87433001
* ^expansion.contains[=].display = "Pulmonary emphysema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87414006
* ^expansion.contains[=].display = "Reactive depression (situational)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87343002
* ^expansion.contains[=].display = "Prinzmetal angina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87317003
* ^expansion.contains[=].display = "Respiratory arrest"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87132004
* ^expansion.contains[=].display = "Opioid withdrawal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87065009
* ^expansion.contains[=].display = "Dystrophia unguium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87049008
* ^expansion.contains[=].display = "Disorder of phosphorus metabolism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86981007
* ^expansion.contains[=].display = "Infective otitis externa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86933000
* ^expansion.contains[=].display = "Heavy drinker"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86854008
* ^expansion.contains[=].display = "Hyperreflexia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86765009
* ^expansion.contains[=].display = "Mild intellectual disability"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86591008
* ^expansion.contains[=].display = "Fall from ladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86569001
* ^expansion.contains[=].display = "Postpartum state"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86555001
* ^expansion.contains[=].display = "Cystic fibrosis of the lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86489003
* ^expansion.contains[=].display = "Idiopathic peripheral autonomic neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86466006
* ^expansion.contains[=].display = "Rheumatic mitral stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86414002
* ^expansion.contains[=].display = "Contracture of joint of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86406008
* ^expansion.contains[=].display = "Human immunodeficiency virus infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86378006
* ^expansion.contains[=].display = "Old bucket handle tear of medial meniscus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86356004
* ^expansion.contains[=].display = "Unstable lie"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86347007
* ^expansion.contains[=].display = "Traumatic urethral stricture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86299006
* ^expansion.contains[=].display = "Tetralogy of Fallot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86279000
* ^expansion.contains[=].display = "Acute suppurative otitis media with spontaneous rupture of ear drum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86276007
* ^expansion.contains[=].display = "Bleeding gums"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86234004
* ^expansion.contains[=].display = "Hypertensive heart AND renal disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86203003
* ^expansion.contains[=].display = "Polyhydramnios"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86094006
* ^expansion.contains[=].display = "Chronic rhinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86044005
* ^expansion.contains[=].display = "Amyotrophic lateral sclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86030004
* ^expansion.contains[=].display = "Secondary physiologic amenorrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85942002
* ^expansion.contains[=].display = "Ulceration of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85920003
* ^expansion.contains[=].display = "Constipation by outlet obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85919009
* ^expansion.contains[=].display = "Disorder of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85898001
* ^expansion.contains[=].display = "Cardiomyopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85848002
* ^expansion.contains[=].display = "Corneal abrasion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85828009
* ^expansion.contains[=].display = "Autoimmune disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85777005
* ^expansion.contains[=].display = "Dacryocystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85672005
* ^expansion.contains[=].display = "Anterior horn cell disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85649008
* ^expansion.contains[=].display = "Megaloblastic anemia due to folate deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85623003
* ^expansion.contains[=].display = "Ineffective thermoregulation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85598007
* ^expansion.contains[=].display = "Constrictive pericarditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85571008
* ^expansion.contains[=].display = "Sensory hearing loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85502002
* ^expansion.contains[=].display = "Bilateral inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85248005
* ^expansion.contains[=].display = "Bipolar disorder in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85232009
* ^expansion.contains[=].display = "Left heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85225000
* ^expansion.contains[=].display = "Cyst of nasal sinus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85216006
* ^expansion.contains[=].display = "Displacement of cervical intervertebral disc without myelopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85189001
* ^expansion.contains[=].display = "Acute appendicitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85102008
* ^expansion.contains[=].display = "Cerebellar ataxia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85057007
* ^expansion.contains[=].display = "Liver cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85042000
* ^expansion.contains[=].display = "Epiphora due to insufficient drainage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85007004
* ^expansion.contains[=].display = "Meralgia paresthetica"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85005007
* ^expansion.contains[=].display = "Cannabis dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84889008
* ^expansion.contains[=].display = "Parapharyngeal abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84857004
* ^expansion.contains[=].display = "Herniation of nucleus pulposus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84849002
* ^expansion.contains[=].display = "Tinea corporis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84828003
* ^expansion.contains[=].display = "Leukopenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84760002
* ^expansion.contains[=].display = "Schizoaffective disorder, depressive type"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84757009
* ^expansion.contains[=].display = "Epilepsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84677008
* ^expansion.contains[=].display = "Burn of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84568007
* ^expansion.contains[=].display = "Atrophic gastritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84494001
* ^expansion.contains[=].display = "Open-angle glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84471002
* ^expansion.contains[=].display = "Slowing of urinary stream"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84466009
* ^expansion.contains[=].display = "Dependent personality disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84416003
* ^expansion.contains[=].display = "Contusion of thigh"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84229001
* ^expansion.contains[=].display = "Fatigue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84138006
* ^expansion.contains[=].display = "Collapse of vertebra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84114007
* ^expansion.contains[=].display = "Heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84089009
* ^expansion.contains[=].display = "Hiatal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84027009
* ^expansion.contains[=].display = "Pernicious anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84017003
* ^expansion.contains[=].display = "Bursitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83901003
* ^expansion.contains[=].display = "Sjögren's syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83799000
* ^expansion.contains[=].display = "Corrected transposition of great vessels"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83785004
* ^expansion.contains[=].display = "Transient blindness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83561009
* ^expansion.contains[=].display = "Spinal stenosis in cervical region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83536006
* ^expansion.contains[=].display = "Stenosis of cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83469008
* ^expansion.contains[=].display = "Hyperinsulinism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83458005
* ^expansion.contains[=].display = "Agitated depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83414005
* ^expansion.contains[=].display = "Macrocytic anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83330001
* ^expansion.contains[=].display = "Patent ductus arteriosus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83291003
* ^expansion.contains[=].display = "Cor pulmonale"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83225003
* ^expansion.contains[=].display = "Bipolar II disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83132003
* ^expansion.contains[=].display = "Upper abdominal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83119008
* ^expansion.contains[=].display = "Congenital insufficiency of tricuspid valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83074005
* ^expansion.contains[=].display = "Unplanned pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82998009
* ^expansion.contains[=].display = "Moderate manic bipolar I disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82991003
* ^expansion.contains[=].display = "Generalized aches and pains"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82985000
* ^expansion.contains[=].display = "Hemorrhoids without complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82971005
* ^expansion.contains[=].display = "Impaired mobility"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82789004
* ^expansion.contains[=].display = "Acute mastitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82732003
* ^expansion.contains[=].display = "Familial hypokalemic periodic paralysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82719008
* ^expansion.contains[=].display = "Fetal or neonatal effect of maternal anesthesia and/or analgesia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82696006
* ^expansion.contains[=].display = "Neonatal jaundice due to delayed conjugation from breast milk inhibitor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82661006
* ^expansion.contains[=].display = "Abdominal pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82649003
* ^expansion.contains[=].display = "Astigmatism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82639001
* ^expansion.contains[=].display = "Premenstrual tension syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82598004
* ^expansion.contains[=].display = "Secondary hypothyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82576008
* ^expansion.contains[=].display = "Retained foreign body in eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82562007
* ^expansion.contains[=].display = "Osteochondritis dissecans"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82525005
* ^expansion.contains[=].display = "Multiple congenital cysts of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82523003
* ^expansion.contains[=].display = "Congestive rheumatic heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82470000
* ^expansion.contains[=].display = "Muscle fasciculation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82423001
* ^expansion.contains[=].display = "Chronic pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82403002
* ^expansion.contains[=].display = "Cholangitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82353009
* ^expansion.contains[=].display = "Congenital infectious disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82313006
* ^expansion.contains[=].display = "Suicide attempt"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82300000
* ^expansion.contains[=].display = "Degenerative joint disease of ankle AND/OR foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82297005
* ^expansion.contains[=].display = "Congestion of nasal sinus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82276009
* ^expansion.contains[=].display = "Poisoning by antidepressant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82275008
* ^expansion.contains[=].display = "Eosinophilic granulomatosis with polyangiitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82272006
* ^expansion.contains[=].display = "Common cold"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82271004
* ^expansion.contains[=].display = "Injury of head"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82196007
* ^expansion.contains[=].display = "Vascular insufficiency of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82127005
* ^expansion.contains[=].display = "Perianal abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82119001
* ^expansion.contains[=].display = "Thyroiditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82062003
* ^expansion.contains[=].display = "Congenital hydrocele"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81953000
* ^expansion.contains[=].display = "Chest pain on exertion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81902001
* ^expansion.contains[=].display = "Sprain of medial collateral ligament of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81817003
* ^expansion.contains[=].display = "Atherosclerosis of aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81808003
* ^expansion.contains[=].display = "Hemarthrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81712001
* ^expansion.contains[=].display = "Pain in female genitalia on intercourse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81703003
* ^expansion.contains[=].display = "Chews tobacco"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81680005
* ^expansion.contains[=].display = "Neck pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81642009
* ^expansion.contains[=].display = "Disorder due to and following spinal cord injury"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81639003
* ^expansion.contains[=].display = "Closed fracture of nasal bones"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81608000
* ^expansion.contains[=].display = "Insomnia disorder related to known organic factor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81576005
* ^expansion.contains[=].display = "Closed fracture of phalanx of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81573002
* ^expansion.contains[=].display = "Collagen disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81564005
* ^expansion.contains[=].display = "Chronic serous otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81531005
* ^expansion.contains[=].display = "Type 2 diabetes mellitus in obese"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81512004
* ^expansion.contains[=].display = "Loose body in knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81498004
* ^expansion.contains[=].display = "Bursitis of hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81418003
* ^expansion.contains[=].display = "Nummular eczema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81345003
* ^expansion.contains[=].display = "Stenosis of lacrimal canaliculi"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81323004
* ^expansion.contains[=].display = "Normal general body function"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81308009
* ^expansion.contains[=].display = "Disorder of brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81302005
* ^expansion.contains[=].display = "Worried well"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81256000
* ^expansion.contains[=].display = "Anomaly of tooth position"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81120009
* ^expansion.contains[=].display = "Functional disorder of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81075000
* ^expansion.contains[=].display = "Pleural effusion associated with pulmonary infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81060008
* ^expansion.contains[=].display = "Intestinal obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81000006
* ^expansion.contains[=].display = "Pediculosis capitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80967001
* ^expansion.contains[=].display = "Dental caries"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80910005
* ^expansion.contains[=].display = "Skin sensation disturbance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80756009
* ^expansion.contains[=].display = "Closed fracture of patella"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80712009
* ^expansion.contains[=].display = "Congenital spondylolysis of lumbosacral region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80711002
* ^expansion.contains[=].display = "Narcissistic personality disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80659006
* ^expansion.contains[=].display = "Disorder of skin and/or subcutaneous tissue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80645004
* ^expansion.contains[=].display = "Chronic mastoiditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80623000
* ^expansion.contains[=].display = "Sleep-wake schedule disorder, delayed phase type"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80600003
* ^expansion.contains[=].display = "Acute suppuration of nasal sinus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80585000
* ^expansion.contains[=].display = "Intolerant of cold"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80515008
* ^expansion.contains[=].display = "Large liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80495009
* ^expansion.contains[=].display = "Sleep walking disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80426004
* ^expansion.contains[=].display = "Prolapsed internal hemorrhoids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80423007
* ^expansion.contains[=].display = "Spontaneous pneumothorax"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80394007
* ^expansion.contains[=].display = "Hyperglycemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80327007
* ^expansion.contains[=].display = "Serous otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80321008
* ^expansion.contains[=].display = "Mesangiocapillary glomerulonephritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80313002
* ^expansion.contains[=].display = "Palpitations"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80193009
* ^expansion.contains[=].display = "Postgastric surgery syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80182007
* ^expansion.contains[=].display = "Irregular periods"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80142000
* ^expansion.contains[=].display = "Perforation of nasal septum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80141007
* ^expansion.contains[=].display = "Hemoglobinopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80098002
* ^expansion.contains[=].display = "Diffuse Lewy body disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80093006
* ^expansion.contains[=].display = "Enophthalmos"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80068009
* ^expansion.contains[=].display = "Swelling of limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79962008
* ^expansion.contains[=].display = "Diffuse spasm of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79955004
* ^expansion.contains[=].display = "Chronic cor pulmonale"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79922009
* ^expansion.contains[=].display = "Epigastric pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79890006
* ^expansion.contains[=].display = "Loss of appetite"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79883001
* ^expansion.contains[=].display = "Cyst of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79879001
* ^expansion.contains[=].display = "Breath smells unpleasant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79740000
* ^expansion.contains[=].display = "Candidiasis of mouth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79734007
* ^expansion.contains[=].display = "Noninflammatory disorder of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79720007
* ^expansion.contains[=].display = "Chronic nonalcoholic liver disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79688008
* ^expansion.contains[=].display = "Respiratory obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79671001
* ^expansion.contains[=].display = "Inferior vena cava syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79631006
* ^expansion.contains[=].display = "Absence seizure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79619009
* ^expansion.contains[=].display = "Mitral valve stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79604008
* ^expansion.contains[=].display = "Disorder of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79586000
* ^expansion.contains[=].display = "Tubal pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79573009
* ^expansion.contains[=].display = "Accident while engaged in household activity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79546008
* ^expansion.contains[=].display = "Closed fracture of three ribs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79484004
* ^expansion.contains[=].display = "Closed transcervical fracture of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79471008
* ^expansion.contains[=].display = "Sudden hearing loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79411002
* ^expansion.contains[=].display = "Acute prostatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79410001
* ^expansion.contains[=].display = "Congenital cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79369007
* ^expansion.contains[=].display = "Complication of transplanted pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79348005
* ^expansion.contains[=].display = "Simple partial seizure, consciousness not impaired"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79315005
* ^expansion.contains[=].display = "Mechanical complication of urethral indwelling catheter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79298009
* ^expansion.contains[=].display = "Mild major depression, single episode"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79280005
* ^expansion.contains[=].display = "Hypersomnia with sleep apnea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79268002
* ^expansion.contains[=].display = "POEMS syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79184009
* ^expansion.contains[=].display = "Bladder trabeculation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79168008
* ^expansion.contains[=].display = "Congenital genu varum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79035003
* ^expansion.contains[=].display = "Anemia due to unknown mechanism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78975002
* ^expansion.contains[=].display = "Malignant essential hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78895009
* ^expansion.contains[=].display = "Congenital pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78875003
* ^expansion.contains[=].display = "Cortical senile cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78868004
* ^expansion.contains[=].display = "Chronic mucoid otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78809005
* ^expansion.contains[=].display = "Gastric polyp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78768009
* ^expansion.contains[=].display = "Subconjunctival hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78737005
* ^expansion.contains[=].display = "Frontal sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78715003
* ^expansion.contains[=].display = "Subdeltoid bursitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78667006
* ^expansion.contains[=].display = "Dysthymia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78648007
* ^expansion.contains[=].display = "At risk for infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78623009
* ^expansion.contains[=].display = "Endometritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78622004
* ^expansion.contains[=].display = "Galactorrhea not associated with childbirth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78609007
* ^expansion.contains[=].display = "Chronic peritoneal effusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78523004
* ^expansion.contains[=].display = "Late effect of radiation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78514002
* ^expansion.contains[=].display = "Thigh pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78456001
* ^expansion.contains[=].display = "Normal menstrual cycle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78435003
* ^expansion.contains[=].display = "Ganglion of joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78420004
* ^expansion.contains[=].display = "Viral enteritis of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78370002
* ^expansion.contains[=].display = "Scleritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78314001
* ^expansion.contains[=].display = "Osteogenesis imperfecta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78275009
* ^expansion.contains[=].display = "Obstructive sleep apnea syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78269000
* ^expansion.contains[=].display = "Bipolar I disorder, single manic episode, in partial remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78267003
* ^expansion.contains[=].display = "Cocaine abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78164000
* ^expansion.contains[=].display = "Feeding problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78152008
* ^expansion.contains[=].display = "Multiple cranial nerve palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78141002
* ^expansion.contains[=].display = "Erb-Duchenne paralysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78129009
* ^expansion.contains[=].display = "Thrombotic thrombocytopenic purpura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78048006
* ^expansion.contains[=].display = "Candidiasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78031003
* ^expansion.contains[=].display = "Rheumatic aortic regurgitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78004001
* ^expansion.contains[=].display = "Bulimia nervosa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77994009
* ^expansion.contains[=].display = "Primary localized osteoarthrosis of pelvic region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77971008
* ^expansion.contains[=].display = "Iridocyclitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77970009
* ^expansion.contains[=].display = "Benign hypertensive heart disease without congestive heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77956009
* ^expansion.contains[=].display = "Steinert myotonic dystrophy syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77945009
* ^expansion.contains[=].display = "Simple renal cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77880009
* ^expansion.contains[=].display = "Rectal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77860008
* ^expansion.contains[=].display = "Derangement of posterior horn of lateral meniscus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77854008
* ^expansion.contains[=].display = "Failed medical induction of labor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77797009
* ^expansion.contains[=].display = "Hereditary corneal dystrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77721001
* ^expansion.contains[=].display = "Opioid intoxication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77702009
* ^expansion.contains[=].display = "Malnutrition of mild degree (Gomez: 75 percent to less than 90 percent of standard weight)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77692006
* ^expansion.contains[=].display = "Hypersomnia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77674003
* ^expansion.contains[=].display = "Hemianopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77547008
* ^expansion.contains[=].display = "Degeneration of intervertebral disc"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77507001
* ^expansion.contains[=].display = "Mixed conductive AND sensorineural hearing loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77493009
* ^expansion.contains[=].display = "Fracture of pelvis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77489003
* ^expansion.contains[=].display = "Pterygium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77480004
* ^expansion.contains[=].display = "Congenital biliary atresia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77427003
* ^expansion.contains[=].display = "Activity intolerance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77386006
* ^expansion.contains[=].display = "Pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77259008
* ^expansion.contains[=].display = "Prolonged second stage of labor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77252004
* ^expansion.contains[=].display = "Pityriasis rosea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77225009
* ^expansion.contains[=].display = "Blind loop syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77224008
* ^expansion.contains[=].display = "Spina bifida of lumbar region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77182004
* ^expansion.contains[=].display = "Membranous glomerulonephritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77176002
* ^expansion.contains[=].display = "Smoker"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77157004
* ^expansion.contains[=].display = "Disorder of optic nerve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77091003
* ^expansion.contains[=].display = "Malnutrition of moderate degree (Gomez: 60 percent to less than 75 percent of standard weight)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77090002
* ^expansion.contains[=].display = "Bullous pemphigoid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77080005
* ^expansion.contains[=].display = "Neurotrophic keratoconjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77075001
* ^expansion.contains[=].display = "Primary open angle glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76976005
* ^expansion.contains[=].display = "Optic atrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76902006
* ^expansion.contains[=].display = "Tetanus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76865005
* ^expansion.contains[=].display = "Closed fracture of distal phalanx of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76844004
* ^expansion.contains[=].display = "Local infection of wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76795007
* ^expansion.contains[=].display = "Acute type B viral hepatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76783007
* ^expansion.contains[=].display = "Chronic hepatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76742009
* ^expansion.contains[=].display = "Postmenopausal bleeding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76618002
* ^expansion.contains[=].display = "Urethral stricture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76612001
* ^expansion.contains[=].display = "Hypercoagulability state"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76581006
* ^expansion.contains[=].display = "Cholecystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76571007
* ^expansion.contains[=].display = "Septic shock"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76498008
* ^expansion.contains[=].display = "Postmenopausal state"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76441001
* ^expansion.contains[=].display = "Severe major depression, single episode, without psychotic features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76376003
* ^expansion.contains[=].display = "Endometriosis of uterus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76349003
* ^expansion.contains[=].display = "Extrapyramidal disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76318008
* ^expansion.contains[=].display = "Disorder of tendon of shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76272004
* ^expansion.contains[=].display = "Syphilis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76201007
* ^expansion.contains[=].display = "Mechanical ptosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76107001
* ^expansion.contains[=].display = "Spinal stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76105009
* ^expansion.contains[=].display = "Cyclothymia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76069003
* ^expansion.contains[=].display = "Disorder of bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76067001
* ^expansion.contains[=].display = "Sneezing"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75993002
* ^expansion.contains[=].display = "Atrophic vulvovaginitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75971007
* ^expansion.contains[=].display = "Choroidal retinal neovascularization"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75955007
* ^expansion.contains[=].display = "Thrombosed hemorrhoids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75934005
* ^expansion.contains[=].display = "Metabolic disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75878002
* ^expansion.contains[=].display = "Abdominal aortic aneurysm without rupture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75857000
* ^expansion.contains[=].display = "Fracture of radius AND ulna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75817003
* ^expansion.contains[=].display = "Cellulitis of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75803007
* ^expansion.contains[=].display = "Posterior rhinorrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75789001
* ^expansion.contains[=].display = "Onycholysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75694006
* ^expansion.contains[=].display = "Pancreatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75630004
* ^expansion.contains[=].display = "Derangement of temporomandibular joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75591007
* ^expansion.contains[=].display = "Fracture of fibula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75572007
* ^expansion.contains[=].display = "Polyradiculopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75570004
* ^expansion.contains[=].display = "Viral pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75544000
* ^expansion.contains[=].display = "Opioid dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75543006
* ^expansion.contains[=].display = "Cerebral embolism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75467001
* ^expansion.contains[=].display = "Intervertebral disc disorder of cervical region with myelopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75441006
* ^expansion.contains[=].display = "Foreign body in ear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75408008
* ^expansion.contains[=].display = "Feeling angry"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75375008
* ^expansion.contains[=].display = "Bacterial enteritis of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75258004
* ^expansion.contains[=].display = "Food poisoning"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75229002
* ^expansion.contains[=].display = "Hyphema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75183008
* ^expansion.contains[=].display = "Abnormal liver function"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75150001
* ^expansion.contains[=].display = "Renal disease in pregnancy AND/OR puerperium without hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75148009
* ^expansion.contains[=].display = "Employment problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75137002
* ^expansion.contains[=].display = "Closed traumatic dislocation of joint of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75100008
* ^expansion.contains[=].display = "Abdominal abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75088002
* ^expansion.contains[=].display = "Urgent desire to urinate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75084000
* ^expansion.contains[=].display = "Severe major depression without psychotic features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75053002
* ^expansion.contains[=].display = "Acute febrile mucocutaneous lymph node syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74949007
* ^expansion.contains[=].display = "Infestation by Anoplura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74883004
* ^expansion.contains[=].display = "Thoracic aortic aneurysm without rupture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74877002
* ^expansion.contains[=].display = "Congenital anomaly of spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74814004
* ^expansion.contains[=].display = "Contusion of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74783009
* ^expansion.contains[=].display = "Stenosis of lacrimal punctum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74732009
* ^expansion.contains[=].display = "Mental disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74728003
* ^expansion.contains[=].display = "Hypopituitarism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74699008
* ^expansion.contains[=].display = "Foreign body in nose"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74686005
* ^expansion.contains[=].display = "Mild depressed bipolar I disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74682007
* ^expansion.contains[=].display = "Crushing injury of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74627003
* ^expansion.contains[=].display = "Complication due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74615001
* ^expansion.contains[=].display = "Tachycardia-bradycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74576004
* ^expansion.contains[=].display = "Acquired thrombocytopenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74506000
* ^expansion.contains[=].display = "Bereavement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74474003
* ^expansion.contains[=].display = "Gastrointestinal hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74417001
* ^expansion.contains[=].display = "Mucopurulent chronic bronchitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74400008
* ^expansion.contains[=].display = "Appendicitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74395007
* ^expansion.contains[=].display = "Open fracture of phalanx of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74390002
* ^expansion.contains[=].display = "Wolff-Parkinson-White pattern"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74345006
* ^expansion.contains[=].display = "Congenital chromosomal disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74333002
* ^expansion.contains[=].display = "Spasmodic torticollis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74323005
* ^expansion.contains[=].display = "Pain in elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74285003
* ^expansion.contains[=].display = "Pelvic mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74227009
* ^expansion.contains[=].display = "Apraxic aphonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74142004
* ^expansion.contains[=].display = "Feeding disorder of infancy OR early childhood"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74107003
* ^expansion.contains[=].display = "Acromegaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73998008
* ^expansion.contains[=].display = "Prolapse of female genital organs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73877009
* ^expansion.contains[=].display = "Chronic tophaceous gout"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73867007
* ^expansion.contains[=].display = "Severe major depression with psychotic features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73861008
* ^expansion.contains[=].display = "Polyp of duodenum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73817000
* ^expansion.contains[=].display = "Radiation enteritis of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73795002
* ^expansion.contains[=].display = "Acute myocardial infarction of inferior wall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73774007
* ^expansion.contains[=].display = "Subacute bacterial endocarditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73749009
* ^expansion.contains[=].display = "Neonatal jaundice associated with preterm delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73725006
* ^expansion.contains[=].display = "Thickening of pleura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73660006
* ^expansion.contains[=].display = "Congenital subaortic stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73595000
* ^expansion.contains[=].display = "Stress"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73589001
* ^expansion.contains[=].display = "Intervertebral disc prolapse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73583000
* ^expansion.contains[=].display = "Epicondylitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73452002
* ^expansion.contains[=].display = "Abscess of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73442001
* ^expansion.contains[=].display = "Stevens-Johnson syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73438004
* ^expansion.contains[=].display = "Unemployed"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73430006
* ^expansion.contains[=].display = "Sleep apnea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73410007
* ^expansion.contains[=].display = "Benign secondary renovascular hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73391008
* ^expansion.contains[=].display = "Dysplasia of cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73297009
* ^expansion.contains[=].display = "Muscular dystrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73244003
* ^expansion.contains[=].display = "Closed fracture of surgical neck of humerus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73237007
* ^expansion.contains[=].display = "Chronic ethmoidal sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73211009
* ^expansion.contains[=].display = "Diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73181007
* ^expansion.contains[=].display = "Recurrent pterygium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73149003
* ^expansion.contains[=].display = "Encopresis with constipation AND overflow incontinence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73125001
* ^expansion.contains[=].display = "Empyema of gallbladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73105000
* ^expansion.contains[=].display = "Pes anserinus bursitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72934000
* ^expansion.contains[=].display = "Candidiasis of vagina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72925005
* ^expansion.contains[=].display = "Congenital cystic disease of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72900001
* ^expansion.contains[=].display = "Familial multiple polyposis syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72893007
* ^expansion.contains[=].display = "Brachial neuritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72892002
* ^expansion.contains[=].display = "Normal pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72866009
* ^expansion.contains[=].display = "Varicose veins of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72863001
* ^expansion.contains[=].display = "Snoring"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72779005
* ^expansion.contains[=].display = "Anorectal fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72658003
* ^expansion.contains[=].display = "Prickly heat"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72654001
* ^expansion.contains[=].display = "Supraventricular arrhythmia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72621003
* ^expansion.contains[=].display = "Chronic gingivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72620002
* ^expansion.contains[=].display = "Nodular degeneration of cornea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72605008
* ^expansion.contains[=].display = "Candidal vulvovaginitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72556006
* ^expansion.contains[=].display = "Injury of trigeminal nerve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72552008
* ^expansion.contains[=].display = "Feeding problems in newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72366004
* ^expansion.contains[=].display = "Eating disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72352009
* ^expansion.contains[=].display = "Bicuspid aortic valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72325004
* ^expansion.contains[=].display = "Cyst of thyroid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72315009
* ^expansion.contains[=].display = "Inclusion body myositis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72275000
* ^expansion.contains[=].display = "Relapsing polychondritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72274001
* ^expansion.contains[=].display = "Nerve root disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72128008
* ^expansion.contains[=].display = "Disorder of refraction AND/OR accommodation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72100002
* ^expansion.contains[=].display = "Solar lentigo"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72092001
* ^expansion.contains[=].display = "Arteriosclerotic vascular disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72047008
* ^expansion.contains[=].display = "Osgood Schlatter disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72042002
* ^expansion.contains[=].display = "Incontinence of feces"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72011007
* ^expansion.contains[=].display = "Rheumatic aortic stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72007001
* ^expansion.contains[=].display = "Duodenitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71984005
* ^expansion.contains[=].display = "Mild manic bipolar I disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71938000
* ^expansion.contains[=].display = "Hypercalciuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71908006
* ^expansion.contains[=].display = "Ventricular fibrillation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71906005
* ^expansion.contains[=].display = "Paronychia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71897006
* ^expansion.contains[=].display = "Venous stasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71893005
* ^expansion.contains[=].display = "Struck by falling object"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71884009
* ^expansion.contains[=].display = "Precordial pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71833008
* ^expansion.contains[=].display = "Crohn's disease of small and large intestines"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71820002
* ^expansion.contains[=].display = "Urgent desire for stool"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71792006
* ^expansion.contains[=].display = "Nodal rhythm disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71781005
* ^expansion.contains[=].display = "Decrease in height"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71772004
* ^expansion.contains[=].display = "Vasospasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71760005
* ^expansion.contains[=].display = "Cervico-occipital neuralgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71642004
* ^expansion.contains[=].display = "Fracture of skull"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71620000
* ^expansion.contains[=].display = "Fracture of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71457002
* ^expansion.contains[=].display = "Oropharyngeal dysphagia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71444005
* ^expansion.contains[=].display = "Cerebral thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71325002
* ^expansion.contains[=].display = "Lipodystrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71303008
* ^expansion.contains[=].display = "Atypical facial pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71286001
* ^expansion.contains[=].display = "Spinal cord compression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71186008
* ^expansion.contains[=].display = "Croup"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71111008
* ^expansion.contains[=].display = "Glaucoma of childhood"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71057007
* ^expansion.contains[=].display = "Infection due to Escherichia coli"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70995007
* ^expansion.contains[=].display = "Pulmonary hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70936005
* ^expansion.contains[=].display = "Multi-infarct dementia, uncomplicated"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70759006
* ^expansion.contains[=].display = "Pyoderma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70747007
* ^expansion.contains[=].display = "Major depression single episode, in partial remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70704007
* ^expansion.contains[=].display = "Sprain of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70693003
* ^expansion.contains[=].display = "At risk for impaired skin integrity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70691001
* ^expansion.contains[=].display = "Agoraphobia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70650003
* ^expansion.contains[=].display = "Urinary bladder stone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70637004
* ^expansion.contains[=].display = "Cellulitis of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70611002
* ^expansion.contains[=].display = "Perinatal intraventricular hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70582006
* ^expansion.contains[=].display = "Scar of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70545002
* ^expansion.contains[=].display = "Narcotic drug user"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70534000
* ^expansion.contains[=].display = "Occult spinal dysraphism sequence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70466008
* ^expansion.contains[=].display = "Bruit"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70422006
* ^expansion.contains[=].display = "Acute subendocardial infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70407001
* ^expansion.contains[=].display = "Stridor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70342003
* ^expansion.contains[=].display = "Cholelithiasis without obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70272006
* ^expansion.contains[=].display = "Malignant hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70241007
* ^expansion.contains[=].display = "Nutritional deficiency disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70218004
* ^expansion.contains[=].display = "Displacement of intervertebral disc without myelopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70204006
* ^expansion.contains[=].display = "Closed fracture of fifth metatarsal bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70190001
* ^expansion.contains[=].display = "Peritoneal adhesion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70153002
* ^expansion.contains[=].display = "Hemorrhoids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70142008
* ^expansion.contains[=].display = "Atrial septal defect"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70076002
* ^expansion.contains[=].display = "Rhinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70070008
* ^expansion.contains[=].display = "Torticollis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70068004
* ^expansion.contains[=].display = "Persistent occipitoposterior position"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70036007
* ^expansion.contains[=].display = "Haemophilus influenzae pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69914001
* ^expansion.contains[=].display = "Stricture of anus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69896004
* ^expansion.contains[=].display = "Rheumatoid arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69825009
* ^expansion.contains[=].display = "Mucocele of salivary gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69787006
* ^expansion.contains[=].display = "Contusion of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69771008
* ^expansion.contains[=].display = "Congenital anomaly of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69741000
* ^expansion.contains[=].display = "Hidradenitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69559004
* ^expansion.contains[=].display = "Retroperitoneal mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69494008
* ^expansion.contains[=].display = "Eustachian tube disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69430001
* ^expansion.contains[=].display = "Abscess of vulva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69352009
* ^expansion.contains[=].display = "Varicose veins of lower extremity with ulcer AND inflammation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69322001
* ^expansion.contains[=].display = "Psychotic disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69215007
* ^expansion.contains[=].display = "Intolerant of heat"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69195002
* ^expansion.contains[=].display = "Degeneration of cervical intervertebral disc"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68978004
* ^expansion.contains[=].display = "Hyperventilation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68962001
* ^expansion.contains[=].display = "Muscle pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68913001
* ^expansion.contains[=].display = "Alpha thalassemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68905002
* ^expansion.contains[=].display = "Regular astigmatism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68893001
* ^expansion.contains[=].display = "Contusion of buttock"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68890003
* ^expansion.contains[=].display = "Schizoaffective disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68854005
* ^expansion.contains[=].display = "Closed fracture of head of radius"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68819003
* ^expansion.contains[=].display = "Closed fracture of coronoid process of ulna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68815009
* ^expansion.contains[=].display = "SLE glomerulonephritis syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68811000
* ^expansion.contains[=].display = "Menopausal problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68675004
* ^expansion.contains[=].display = "Degeneration of thoracic intervertebral disc"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68670009
* ^expansion.contains[=].display = "Contact dermatitis of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68653001
* ^expansion.contains[=].display = "Anal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68569003
* ^expansion.contains[=].display = "Manic bipolar I disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68566005
* ^expansion.contains[=].display = "Urinary tract infectious disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68550008
* ^expansion.contains[=].display = "Disturbance of temperature regulation of newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68496003
* ^expansion.contains[=].display = "Polyp of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68478007
* ^expansion.contains[=].display = "Central retinal vein occlusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68451005
* ^expansion.contains[=].display = "Chronic gouty arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68372009
* ^expansion.contains[=].display = "Upper respiratory tract obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68360003
* ^expansion.contains[=].display = "Closed fracture of multiple sites of phalanges of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68345001
* ^expansion.contains[=].display = "Apraxia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68272006
* ^expansion.contains[=].display = "Acute maxillary sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68267002
* ^expansion.contains[=].display = "Benign intracranial hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68241007
* ^expansion.contains[=].display = "Glaucoma associated with ocular trauma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68235000
* ^expansion.contains[=].display = "Nasal congestion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68226007
* ^expansion.contains[=].display = "Acute cystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68225006
* ^expansion.contains[=].display = "Alopecia areata"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68154008
* ^expansion.contains[=].display = "Chronic cough"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68142008
* ^expansion.contains[=].display = "Contusion of upper limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68052005
* ^expansion.contains[=].display = "Pulmonary aspiration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68033004
* ^expansion.contains[=].display = "Tracheostomy complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68019004
* ^expansion.contains[=].display = "Recurrent major depression in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67905004
* ^expansion.contains[=].display = "Acute-on-chronic respiratory failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67882000
* ^expansion.contains[=].display = "Pruritus of vulva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67801009
* ^expansion.contains[=].display = "Tenosynovitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67787004
* ^expansion.contains[=].display = "Tongue tie"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67782005
* ^expansion.contains[=].display = "Acute respiratory distress syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67766009
* ^expansion.contains[=].display = "Intestinal adhesions with obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67754003
* ^expansion.contains[=].display = "Aortic valve sclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67696008
* ^expansion.contains[=].display = "Rheumatic tricuspid valve regurgitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67678004
* ^expansion.contains[=].display = "Acute atopic conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67624004
* ^expansion.contains[=].display = "Abscess of Bartholin's gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67599009
* ^expansion.contains[=].display = "Pulmonary congestion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67569000
* ^expansion.contains[=].display = "Bronchopulmonary dysplasia of newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67536000
* ^expansion.contains[=].display = "Arthropathy associated with a neurological disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67531005
* ^expansion.contains[=].display = "Spina bifida"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67438002
* ^expansion.contains[=].display = "Poisoning by anticoagulant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67437007
* ^expansion.contains[=].display = "Lumbar spondylosis with myelopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67406007
* ^expansion.contains[=].display = "Disseminated intravascular coagulation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67362008
* ^expansion.contains[=].display = "Aortic aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67315001
* ^expansion.contains[=].display = "Degenerative joint disease of shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67278007
* ^expansion.contains[=].display = "Congenital stenosis of pulmonary valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67198005
* ^expansion.contains[=].display = "Paroxysmal supraventricular tachycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67195008
* ^expansion.contains[=].display = "Acute stress disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67162002
* ^expansion.contains[=].display = "Smells of urine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67125004
* ^expansion.contains[=].display = "Latent syphilis with positive serology"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67038005
* ^expansion.contains[=].display = "Nonspecific ulcerative proctitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67023009
* ^expansion.contains[=].display = "Lymphocytosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66999008
* ^expansion.contains[=].display = "Hyperparathyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66962008
* ^expansion.contains[=].display = "Suture granuloma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66948001
* ^expansion.contains[=].display = "Cleft palate with cleft lip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66944004
* ^expansion.contains[=].display = "Autoimmune thyroiditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66931009
* ^expansion.contains[=].display = "Hypercalcemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66926007
* ^expansion.contains[=].display = "Closed fracture of femoral condyle of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66889002
* ^expansion.contains[=].display = "Terminal esophageal web"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66857006
* ^expansion.contains[=].display = "Hemoptysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66760008
* ^expansion.contains[=].display = "Optic neuritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66657009
* ^expansion.contains[=].display = "Paroxysmal ventricular tachycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66631006
* ^expansion.contains[=].display = "Moderate depressed bipolar I disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66590003
* ^expansion.contains[=].display = "Alcohol dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66569006
* ^expansion.contains[=].display = "Retained dental root"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66540002
* ^expansion.contains[=].display = "Strain of thoracic region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66485003
* ^expansion.contains[=].display = "Retinal scar"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66383009
* ^expansion.contains[=].display = "Gingivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66381006
* ^expansion.contains[=].display = "Adjustment disorder with mixed disturbance of emotions AND conduct"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66379009
* ^expansion.contains[=].display = "Bacterial overgrowth syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66347000
* ^expansion.contains[=].display = "Impulse control disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66344007
* ^expansion.contains[=].display = "Recurrent major depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66308002
* ^expansion.contains[=].display = "Fracture of humerus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66214007
* ^expansion.contains[=].display = "Substance abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66187002
* ^expansion.contains[=].display = "Fatty stool"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66123000
* ^expansion.contains[=].display = "Ulcer on tongue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66112004
* ^expansion.contains[=].display = "Closed fracture of sternum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66108005
* ^expansion.contains[=].display = "Primary degenerative dementia of the Alzheimer type, senile onset, uncomplicated"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66071002
* ^expansion.contains[=].display = "Type B viral hepatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65959000
* ^expansion.contains[=].display = "Beta thalassemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65958008
* ^expansion.contains[=].display = "Hiccoughs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65956007
* ^expansion.contains[=].display = "Legal blindness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65814009
* ^expansion.contains[=].display = "Subluxation of lens"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65727000
* ^expansion.contains[=].display = "Intrauterine pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65710008
* ^expansion.contains[=].display = "Acute respiratory failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65680009
* ^expansion.contains[=].display = "Sensorineural hearing loss of combined sites"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65668001
* ^expansion.contains[=].display = "Otorrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65636009
* ^expansion.contains[=].display = "Keratoconus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65619001
* ^expansion.contains[=].display = "Rectovaginal fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65587001
* ^expansion.contains[=].display = "Congenital anomaly of cerebrovascular system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65576009
* ^expansion.contains[=].display = "Polyp of cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65568007
* ^expansion.contains[=].display = "Cigarette smoker"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65553006
* ^expansion.contains[=].display = "Aspergillosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65508009
* ^expansion.contains[=].display = "Granuloma annulare"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65399007
* ^expansion.contains[=].display = "Langerhans cell histiocytosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65363002
* ^expansion.contains[=].display = "Otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65362007
* ^expansion.contains[=].display = "Acquired cavovarus deformity of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65358001
* ^expansion.contains[=].display = "Acquired hallux valgus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65323003
* ^expansion.contains[=].display = "Polymyalgia rheumatica"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65275009
* ^expansion.contains[=].display = "Acute cholecystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65198009
* ^expansion.contains[=].display = "Arterial thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65147003
* ^expansion.contains[=].display = "Twin pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65124004
* ^expansion.contains[=].display = "Swelling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65120008
* ^expansion.contains[=].display = "Generalized convulsive epilepsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65118005
* ^expansion.contains[=].display = "Marital problems"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65074000
* ^expansion.contains[=].display = "Iritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65017003
* ^expansion.contains[=].display = "Hereditary peripheral neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65001009
* ^expansion.contains[=].display = "Recurrent pyogenic cholangitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64917006
* ^expansion.contains[=].display = "Parainfluenza virus pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64905009
* ^expansion.contains[=].display = "Paranoid schizophrenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64902007
* ^expansion.contains[=].display = "Closed fracture of olecranon process of ulna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64859006
* ^expansion.contains[=].display = "Osteoporosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64779008
* ^expansion.contains[=].display = "Blood coagulation disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64766004
* ^expansion.contains[=].display = "Ulcerative colitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64715009
* ^expansion.contains[=].display = "Hypertensive heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64667001
* ^expansion.contains[=].display = "Interstitial pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64665009
* ^expansion.contains[=].display = "Closed fracture of calcaneus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64635004
* ^expansion.contains[=].display = "Congenital nystagmus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64634000
* ^expansion.contains[=].display = "Corneal opacity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64613007
* ^expansion.contains[=].display = "Enteritis of small intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64586002
* ^expansion.contains[=].display = "Carotid artery stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64576003
* ^expansion.contains[=].display = "Abscess of buttock"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64572001
* ^expansion.contains[=].display = "Disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64552006
* ^expansion.contains[=].display = "Noninflammatory disorder of fallopian tube"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64531003
* ^expansion.contains[=].display = "Nasal discharge"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64479007
* ^expansion.contains[=].display = "Pneumonia due to Klebsiella pneumoniae"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64455005
* ^expansion.contains[=].display = "Fracture of acetabulum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64386003
* ^expansion.contains[=].display = "Sedative abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64309007
* ^expansion.contains[=].display = "Trigeminal nerve disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64298006
* ^expansion.contains[=].display = "Mallet finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64233004
* ^expansion.contains[=].display = "Embryonic fimbrial cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64228003
* ^expansion.contains[=].display = "Paralysis of diaphragm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64226004
* ^expansion.contains[=].display = "Colitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64156001
* ^expansion.contains[=].display = "Thrombophlebitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64144002
* ^expansion.contains[=].display = "Pruritic rash"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64121000
* ^expansion.contains[=].display = "Peptic ulcer with hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64117007
* ^expansion.contains[=].display = "Vitamin B12 deficiency (non anemic)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64109004
* ^expansion.contains[=].display = "Costal chondritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64009001
* ^expansion.contains[=].display = "Basilar artery syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63988001
* ^expansion.contains[=].display = "Intermittent exotropia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63901009
* ^expansion.contains[=].display = "Pain in testicle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63722008
* ^expansion.contains[=].display = "Chronic vomiting"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63643000
* ^expansion.contains[=].display = "Derangement of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63501000
* ^expansion.contains[=].display = "Prurigo nodularis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63491006
* ^expansion.contains[=].display = "Intermittent claudication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63480004
* ^expansion.contains[=].display = "Chronic bronchitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63467002
* ^expansion.contains[=].display = "Left bundle branch block"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63440008
* ^expansion.contains[=].display = "Verruca plantaris"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63398001
* ^expansion.contains[=].display = "Bacterial infection due to Pseudomonas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63384009
* ^expansion.contains[=].display = "Distorted body image"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63363004
* ^expansion.contains[=].display = "Superior vena cava syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63339007
* ^expansion.contains[=].display = "Disorder of uterine cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63305008
* ^expansion.contains[=].display = "Stricture of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63249007
* ^expansion.contains[=].display = "Manic bipolar I disorder in partial remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63198006
* ^expansion.contains[=].display = "Chondromalacia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63181006
* ^expansion.contains[=].display = "Paranoid schizophrenia in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63144007
* ^expansion.contains[=].display = "Vulvitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63102001
* ^expansion.contains[=].display = "Visual disturbance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62914000
* ^expansion.contains[=].display = "Cerebrovascular disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62909004
* ^expansion.contains[=].display = "Ectropion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62856000
* ^expansion.contains[=].display = "Nonobliterative otosclerosis involving oval window"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62837005
* ^expansion.contains[=].display = "Cellulitis of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62745008
* ^expansion.contains[=].display = "Injury of ulnar nerve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62744007
* ^expansion.contains[=].display = "Orthopnea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62742006
* ^expansion.contains[=].display = "Cradle cap"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62695002
* ^expansion.contains[=].display = "Acute anteroseptal myocardial infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62667002
* ^expansion.contains[=].display = "Congenital deviation of nasal septum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62564004
* ^expansion.contains[=].display = "Concussion with loss of consciousness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62531004
* ^expansion.contains[=].display = "Placenta previa marginalis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62507009
* ^expansion.contains[=].display = "Pins and needles"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62479008
* ^expansion.contains[=].display = "AIDS"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62452009
* ^expansion.contains[=].display = "Subjective tinnitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62415009
* ^expansion.contains[=].display = "Delayed articulatory and language development"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62394006
* ^expansion.contains[=].display = "Female pelvic peritoneal adhesions"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62382002
* ^expansion.contains[=].display = "CRST syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62315008
* ^expansion.contains[=].display = "Diarrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62195001
* ^expansion.contains[=].display = "Lumbosacral neuritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62106007
* ^expansion.contains[=].display = "Concussion with no loss of consciousness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62014003
* ^expansion.contains[=].display = "Adverse reaction to drug"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61977001
* ^expansion.contains[=].display = "Chronic type B viral hepatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61937009
* ^expansion.contains[=].display = "Simple chronic bronchitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61917005
* ^expansion.contains[=].display = "Bitemporal hemianopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61700007
* ^expansion.contains[=].display = "Influenza with non-respiratory manifestation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61599003
* ^expansion.contains[=].display = "Phlebitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61582004
* ^expansion.contains[=].display = "Allergic rhinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61536007
* ^expansion.contains[=].display = "Peripheral retinal degeneration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61462000
* ^expansion.contains[=].display = "Malaria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61403008
* ^expansion.contains[=].display = "Severe depressed bipolar I disorder without psychotic features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61401005
* ^expansion.contains[=].display = "Gastric hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61372001
* ^expansion.contains[=].display = "Aggressive behavior"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61347001
* ^expansion.contains[=].display = "Acute duodenal ulcer with perforation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61281005
* ^expansion.contains[=].display = "Bloodstained sputum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61267008
* ^expansion.contains[=].display = "Retinal neovascularization"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61261009
* ^expansion.contains[=].display = "Hemolytic anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61170000
* ^expansion.contains[=].display = "Stomatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61152003
* ^expansion.contains[=].display = "Moderate intellectual disability"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61037007
* ^expansion.contains[=].display = "Colloid goiter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60937000
* ^expansion.contains[=].display = "Degeneration of lumbosacral intervertebral disc"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60899001
* ^expansion.contains[=].display = "Hypertensive heart disease without congestive heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60897004
* ^expansion.contains[=].display = "Contusion of nose"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60862001
* ^expansion.contains[=].display = "Tinnitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60853003
* ^expansion.contains[=].display = "Disorder of magnesium metabolism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60845006
* ^expansion.contains[=].display = "Dyspnea on exertion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60826002
* ^expansion.contains[=].display = "Coccidioidomycosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60735000
* ^expansion.contains[=].display = "Lagophthalmos"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60728008
* ^expansion.contains[=].display = "Swollen abdomen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60713008
* ^expansion.contains[=].display = "Burn of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60700002
* ^expansion.contains[=].display = "Sensorineural hearing loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60698006
* ^expansion.contains[=].display = "Hemorrhagic esophagitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60667009
* ^expansion.contains[=].display = "Closed fracture of rib"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60600009
* ^expansion.contains[=].display = "Disorder of the larynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60573004
* ^expansion.contains[=].display = "Aortic valve stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60442001
* ^expansion.contains[=].display = "Perforation of tympanic membrane"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60423000
* ^expansion.contains[=].display = "Sinus node dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60404007
* ^expansion.contains[=].display = "Cerebral abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60389000
* ^expansion.contains[=].display = "Paraplegia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60380001
* ^expansion.contains[=].display = "Narcolepsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60342002
* ^expansion.contains[=].display = "Movement disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60332004
* ^expansion.contains[=].display = "Malposition of eyelashes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60331006
* ^expansion.contains[=].display = "Abnormal auditory perception"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60241006
* ^expansion.contains[=].display = "Female stress incontinence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60234000
* ^expansion.contains[=].display = "Aortic valve regurgitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60189009
* ^expansion.contains[=].display = "Vitreous degeneration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60168000
* ^expansion.contains[=].display = "Osteomyelitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60113004
* ^expansion.contains[=].display = "Disorder of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60046008
* ^expansion.contains[=].display = "Pleural effusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60032008
* ^expansion.contains[=].display = "Unable to concentrate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59935001
* ^expansion.contains[=].display = "Functional heart murmur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59927004
* ^expansion.contains[=].display = "Hepatic failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59913009
* ^expansion.contains[=].display = "Gastric ulcer without hemorrhage, without perforation AND without obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59890007
* ^expansion.contains[=].display = "Paralytic lagophthalmos"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59883002
* ^expansion.contains[=].display = "Cellulitis of abdominal wall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59848001
* ^expansion.contains[=].display = "Obstructive hyperbilirubinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59819007
* ^expansion.contains[=].display = "Herpetic ulceration of vulva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59698003
* ^expansion.contains[=].display = "Disorder of conjunctiva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59621000
* ^expansion.contains[=].display = "Essential hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59617007
* ^expansion.contains[=].display = "Severe depressed bipolar I disorder with psychotic features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59614000
* ^expansion.contains[=].display = "Occult blood in stools"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59566000
* ^expansion.contains[=].display = "Oligohydramnios"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59523007
* ^expansion.contains[=].display = "Herpes simplex disciform keratitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59455009
* ^expansion.contains[=].display = "Metabolic acidosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59393003
* ^expansion.contains[=].display = "Hidradenitis suppurativa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59282003
* ^expansion.contains[=].display = "Pulmonary embolism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59276001
* ^expansion.contains[=].display = "Proliferative retinopathy due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59118001
* ^expansion.contains[=].display = "Right bundle branch block"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59037007
* ^expansion.contains[=].display = "Intolerance to drug"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59026006
* ^expansion.contains[=].display = "Blepharospasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59021001
* ^expansion.contains[=].display = "Angina decubitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58976002
* ^expansion.contains[=].display = "Pseudohypoparathyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58972000
* ^expansion.contains[=].display = "Dribbling of urine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58949002
* ^expansion.contains[=].display = "Tubo-ovarian abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58849003
* ^expansion.contains[=].display = "Aspiration of food"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58797008
* ^expansion.contains[=].display = "Disorder of transplanted kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58759008
* ^expansion.contains[=].display = "Intertrigo"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58756001
* ^expansion.contains[=].display = "Huntington's chorea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58718002
* ^expansion.contains[=].display = "Rheumatic fever"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58703003
* ^expansion.contains[=].display = "Postpartum depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58690002
* ^expansion.contains[=].display = "Parasomnia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58648008
* ^expansion.contains[=].display = "Benign monoclonal gammopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58612006
* ^expansion.contains[=].display = "Acute myocardial infarction of lateral wall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58588007
* ^expansion.contains[=].display = "Cutis laxa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58580000
* ^expansion.contains[=].display = "Closed supracondylar fracture of humerus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58554001
* ^expansion.contains[=].display = "Empyema of pleura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58497009
* ^expansion.contains[=].display = "Tardy ulnar nerve palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58460004
* ^expansion.contains[=].display = "Blood group O"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58437007
* ^expansion.contains[=].display = "Tuberculosis of meninges"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58411009
* ^expansion.contains[=].display = "Broken tooth with complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58381000
* ^expansion.contains[=].display = "Hypersplenism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58320001
* ^expansion.contains[=].display = "Traumatic dislocation of knee joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58250006
* ^expansion.contains[=].display = "Scalding pain on urination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58214004
* ^expansion.contains[=].display = "Schizophrenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58188004
* ^expansion.contains[=].display = "Traumatic arthropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58170007
* ^expansion.contains[=].display = "Viral meningitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58150001
* ^expansion.contains[=].display = "Fracture of clavicle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58126003
* ^expansion.contains[=].display = "Postoperative wound infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58103005
* ^expansion.contains[=].display = "Perianal fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58075000
* ^expansion.contains[=].display = "Contusion of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57920007
* ^expansion.contains[=].display = "Herpetic gingivostomatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57891003
* ^expansion.contains[=].display = "Term infant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57805002
* ^expansion.contains[=].display = "Alternating exotropia with V pattern"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57781000
* ^expansion.contains[=].display = "Disorder of vocal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57773001
* ^expansion.contains[=].display = "Rectal prolapse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57759005
* ^expansion.contains[=].display = "First degree perineal laceration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57748001
* ^expansion.contains[=].display = "Bleeding ulcer of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57713008
* ^expansion.contains[=].display = "Chorditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57676002
* ^expansion.contains[=].display = "Joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57650002
* ^expansion.contains[=].display = "Failure of exfoliation of primary tooth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57534004
* ^expansion.contains[=].display = "Retinal vascular disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57419008
* ^expansion.contains[=].display = "Gastroenteritis presumed infectious"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57406009
* ^expansion.contains[=].display = "Carpal tunnel syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57246001
* ^expansion.contains[=].display = "Chronic gastric ulcer with hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57219006
* ^expansion.contains[=].display = "Craniosynostosis syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57207003
* ^expansion.contains[=].display = "Bullous keratopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57194009
* ^expansion.contains[=].display = "Adjustment disorder with depressed mood"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57190000
* ^expansion.contains[=].display = "Myopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57054005
* ^expansion.contains[=].display = "Acute myocardial infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57044006
* ^expansion.contains[=].display = "Cyst of Bartholin's gland duct"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57019003
* ^expansion.contains[=].display = "Verruca vulgaris"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56951005
* ^expansion.contains[=].display = "Poisoning by cardiotonic glycoside"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56925008
* ^expansion.contains[=].display = "Abnormal sexual function"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56921004
* ^expansion.contains[=].display = "Perinatal jaundice due to hereditary hemolytic anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56905009
* ^expansion.contains[=].display = "Perforation of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56890008
* ^expansion.contains[=].display = "Victim of sexual aggression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56882008
* ^expansion.contains[=].display = "Anorexia nervosa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56871000
* ^expansion.contains[=].display = "Localized amyloidosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56819008
* ^expansion.contains[=].display = "Endocarditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56727007
* ^expansion.contains[=].display = "Vitiligo"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56717001
* ^expansion.contains[=].display = "Tuberculosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56713002
* ^expansion.contains[=].display = "Dysfunction of eustachian tube"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56689002
* ^expansion.contains[=].display = "Crohn's disease of small intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56608008
* ^expansion.contains[=].display = "Pain in wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56578002
* ^expansion.contains[=].display = "Moderate smoker (20 or less per day)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56576003
* ^expansion.contains[=].display = "Panic disorder without agoraphobia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56557000
* ^expansion.contains[=].display = "Fibrositis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56454009
* ^expansion.contains[=].display = "Pityriasis versicolor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56335008
* ^expansion.contains[=].display = "Infection by Trichomonas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56317004
* ^expansion.contains[=].display = "Alopecia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56294008
* ^expansion.contains[=].display = "Nicotine dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56267009
* ^expansion.contains[=].display = "Multi-infarct dementia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56265001
* ^expansion.contains[=].display = "Heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56226004
* ^expansion.contains[=].display = "Stricture of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56218007
* ^expansion.contains[=].display = "Systolic hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56202001
* ^expansion.contains[=].display = "Retinal detachment with retinal defect"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56170001
* ^expansion.contains[=].display = "Photopsia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56097005
* ^expansion.contains[=].display = "Migraine without aura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56038003
* ^expansion.contains[=].display = "Staphylococcal infectious disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56018004
* ^expansion.contains[=].display = "Wheezing"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55929007
* ^expansion.contains[=].display = "Feeling irritable"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55855009
* ^expansion.contains[=].display = "Disorder of pericardium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55833001
* ^expansion.contains[=].display = "Disorder of bursa of shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55827005
* ^expansion.contains[=].display = "Left ventricular hypertrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55822004
* ^expansion.contains[=].display = "Hyperlipidemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55735004
* ^expansion.contains[=].display = "Respiratory syncytial virus infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55668003
* ^expansion.contains[=].display = "Adjustment disorder with mixed emotional features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55608001
* ^expansion.contains[=].display = "Prurigo simplex"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55607006
* ^expansion.contains[=].display = "Problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55570000
* ^expansion.contains[=].display = "Asthma without status asthmaticus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55566008
* ^expansion.contains[=].display = "Accident"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55554002
* ^expansion.contains[=].display = "Suicide attempt by inadequate means"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55525008
* ^expansion.contains[=].display = "Paralytic ileus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55464009
* ^expansion.contains[=].display = "Systemic lupus erythematosus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55408009
* ^expansion.contains[=].display = "Senile entropion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55382008
* ^expansion.contains[=].display = "Cerebral atherosclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55342001
* ^expansion.contains[=].display = "Neoplastic disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55300003
* ^expansion.contains[=].display = "Cramp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55260003
* ^expansion.contains[=].display = "Calcaneal spur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55146009
* ^expansion.contains[=].display = "Inflammation of sacroiliac joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55042009
* ^expansion.contains[=].display = "Contusion of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55004003
* ^expansion.contains[=].display = "Syndrome of inappropriate vasopressin secretion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54888009
* ^expansion.contains[=].display = "Sprain of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54840006
* ^expansion.contains[=].display = "Failure to thrive"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54823002
* ^expansion.contains[=].display = "Subclinical hypothyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54687002
* ^expansion.contains[=].display = "Arterial embolism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54641008
* ^expansion.contains[=].display = "Closed fracture of base of metacarpal bone other than first metacarpal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54609002
* ^expansion.contains[=].display = "Ulcer of rectum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54587008
* ^expansion.contains[=].display = "Simple phobia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54586004
* ^expansion.contains[=].display = "Lower abdominal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54556006
* ^expansion.contains[=].display = "Fracture of ulna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54441004
* ^expansion.contains[=].display = "Fracture of shaft of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54404000
* ^expansion.contains[=].display = "Cervical radiculopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54398005
* ^expansion.contains[=].display = "Acute upper respiratory infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54385001
* ^expansion.contains[=].display = "Exanthema subitum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54329005
* ^expansion.contains[=].display = "Acute myocardial infarction of anterior wall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54319003
* ^expansion.contains[=].display = "Disruptive behavior disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54302000
* ^expansion.contains[=].display = "Discharge from nipple"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54296007
* ^expansion.contains[=].display = "Partial thickness burn of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54200006
* ^expansion.contains[=].display = "Tonic-clonic seizure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54150009
* ^expansion.contains[=].display = "Upper respiratory infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54097007
* ^expansion.contains[=].display = "White blood cell disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54084005
* ^expansion.contains[=].display = "Cervical tuberculous lymphadenitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54048003
* ^expansion.contains[=].display = "Threatened miscarriage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54016002
* ^expansion.contains[=].display = "Mobitz type I incomplete atrioventricular block"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54012000
* ^expansion.contains[=].display = "Posttraumatic headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53929009
* ^expansion.contains[=].display = "Scrotal mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53891004
* ^expansion.contains[=].display = "Lichen simplex chronicus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53889007
* ^expansion.contains[=].display = "Nuclear cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53888004
* ^expansion.contains[=].display = "Disturbance in sleep behavior"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53854005
* ^expansion.contains[=].display = "Chorioretinal scar"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53792000
* ^expansion.contains[=].display = "Closed fracture of shaft of ulna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53787002
* ^expansion.contains[=].display = "Laryngismus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53785005
* ^expansion.contains[=].display = "Injury to brachial plexus as birth trauma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53772007
* ^expansion.contains[=].display = "Vitreous detachment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53741008
* ^expansion.contains[=].display = "Coronary arteriosclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53726008
* ^expansion.contains[=].display = "Acute conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53627009
* ^expansion.contains[=].display = "Closed fracture of radius AND ulna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53467004
* ^expansion.contains[=].display = "Anxiety disorder of childhood"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53430007
* ^expansion.contains[=].display = "Pain of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53417006
* ^expansion.contains[=].display = "Articular cartilage disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53298000
* ^expansion.contains[=].display = "Hematuria syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53295002
* ^expansion.contains[=].display = "Chronic otitis externa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53286005
* ^expansion.contains[=].display = "Medial epicondylitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53277000
* ^expansion.contains[=].display = "Vulvovaginitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53226007
* ^expansion.contains[=].display = "Talipes planus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53208009
* ^expansion.contains[=].display = "Peroneal tendinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53165003
* ^expansion.contains[=].display = "Megaloblastic anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53084003
* ^expansion.contains[=].display = "Bacterial pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53057004
* ^expansion.contains[=].display = "Hand pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53043001
* ^expansion.contains[=].display = "Primary idiopathic dilated cardiomyopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52967002
* ^expansion.contains[=].display = "Myelofibrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52931009
* ^expansion.contains[=].display = "Thrombosed internal hemorrhoids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52910006
* ^expansion.contains[=].display = "Anxiety disorder due to a general medical condition"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52897009
* ^expansion.contains[=].display = "Onychogryposis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52845002
* ^expansion.contains[=].display = "Nephritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52824009
* ^expansion.contains[=].display = "Developmental reading disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52767006
* ^expansion.contains[=].display = "Neonatal hypoglycemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52702003
* ^expansion.contains[=].display = "Chronic fatigue syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52684005
* ^expansion.contains[=].display = "Assault"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52674009
* ^expansion.contains[=].display = "Ischemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52613005
* ^expansion.contains[=].display = "Excessive sweating"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52585001
* ^expansion.contains[=].display = "Sciatic neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52515009
* ^expansion.contains[=].display = "Hernia of abdominal cavity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52506002
* ^expansion.contains[=].display = "Chronic ulcerative rectosigmoiditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52497002
* ^expansion.contains[=].display = "Foreign body in conjunctival sac"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52486002
* ^expansion.contains[=].display = "Necrotizing fasciitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52457000
* ^expansion.contains[=].display = "Ileitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52448006
* ^expansion.contains[=].display = "Dementia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52441000
* ^expansion.contains[=].display = "Atrophic vaginitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52421005
* ^expansion.contains[=].display = "Incipient cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52404001
* ^expansion.contains[=].display = "Mastoiditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52324001
* ^expansion.contains[=].display = "Mediastinal lymphadenopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52311001
* ^expansion.contains[=].display = "Homocystinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52298009
* ^expansion.contains[=].display = "Linear sebaceous nevus sequence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52254009
* ^expansion.contains[=].display = "Nephrotic syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52184009
* ^expansion.contains[=].display = "Parent-child problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52089001
* ^expansion.contains[=].display = "Arteritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52073004
* ^expansion.contains[=].display = "Oligomenorrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52012001
* ^expansion.contains[=].display = "Acquired genu valgum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52011008
* ^expansion.contains[=].display = "Injury of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52002008
* ^expansion.contains[=].display = "Serous detachment of retinal pigment epithelium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51995000
* ^expansion.contains[=].display = "Rubeosis iridis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51868009
* ^expansion.contains[=].display = "Ulcer of duodenum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51742006
* ^expansion.contains[=].display = "Disorder of anterior pituitary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51689003
* ^expansion.contains[=].display = "Dystrophy of vulva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51655004
* ^expansion.contains[=].display = "Congenital anomaly of skull"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51615001
* ^expansion.contains[=].display = "Fibrosis of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51611005
* ^expansion.contains[=].display = "Chronic urticaria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51599000
* ^expansion.contains[=].display = "Edema of larynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51530003
* ^expansion.contains[=].display = "Pneumonia due to Escherichia coli"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51476001
* ^expansion.contains[=].display = "Nasopharyngitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51387008
* ^expansion.contains[=].display = "Acidosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51339003
* ^expansion.contains[=].display = "Polysubstance dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51292008
* ^expansion.contains[=].display = "Hepatorenal syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51274000
* ^expansion.contains[=].display = "Atherosclerosis of arteries of the extremities"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51226000
* ^expansion.contains[=].display = "Round hole of retina without detachment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51221005
* ^expansion.contains[=].display = "Chronic contact dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51070004
* ^expansion.contains[=].display = "Varicocele"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51044000
* ^expansion.contains[=].display = "After-cataract not obscuring vision following extraction of cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51037009
* ^expansion.contains[=].display = "Fracture of patella"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51036000
* ^expansion.contains[=].display = "Acute appendicitis with peritoneal abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50920009
* ^expansion.contains[=].display = "Myocarditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50821009
* ^expansion.contains[=].display = "Arterial retinal branch occlusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50793006
* ^expansion.contains[=].display = "Crushing injury of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50792001
* ^expansion.contains[=].display = "Corneal erosion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50715003
* ^expansion.contains[=].display = "Pure red cell aplasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50711007
* ^expansion.contains[=].display = "Viral hepatitis C"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50620007
* ^expansion.contains[=].display = "Autonomic neuropathy due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50582007
* ^expansion.contains[=].display = "Hemiplegia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50563003
* ^expansion.contains[=].display = "Seborrheic dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50485007
* ^expansion.contains[=].display = "Low tension glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50448004
* ^expansion.contains[=].display = "Fracture of vertebral column"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50438001
* ^expansion.contains[=].display = "Peripheral vertigo"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50417007
* ^expansion.contains[=].display = "Lower respiratory tract infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50397009
* ^expansion.contains[=].display = "Closed fracture of distal end of ulna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50325005
* ^expansion.contains[=].display = "Alcoholic fatty liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50219008
* ^expansion.contains[=].display = "Hoarse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50127006
* ^expansion.contains[=].display = "Tibialis tendinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50043002
* ^expansion.contains[=].display = "Disorder of respiratory system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49916007
* ^expansion.contains[=].display = "Chronic duodenal ulcer with perforation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49883006
* ^expansion.contains[=].display = "Candidiasis of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49882001
* ^expansion.contains[=].display = "Viral exanthem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49765009
* ^expansion.contains[=].display = "Hyperpigmentation of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49727002
* ^expansion.contains[=].display = "Cough"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49723003
* ^expansion.contains[=].display = "Intussusception of intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49710005
* ^expansion.contains[=].display = "Sinus bradycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49708008
* ^expansion.contains[=].display = "Anemia of chronic renal failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49706007
* ^expansion.contains[=].display = "Neonatal acne"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49699002
* ^expansion.contains[=].display = "Rheumatic disease of tricuspid valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49650001
* ^expansion.contains[=].display = "Dysuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49601007
* ^expansion.contains[=].display = "Disorder of cardiovascular system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49584005
* ^expansion.contains[=].display = "Acute cor pulmonale"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49563000
* ^expansion.contains[=].display = "Periorbital edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49526009
* ^expansion.contains[=].display = "Presbycusis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49512000
* ^expansion.contains[=].display = "Depressed bipolar I disorder in partial remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49472006
* ^expansion.contains[=].display = "Megaloblastic anemia due to vitamin B>12< deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49468007
* ^expansion.contains[=].display = "Depressed bipolar I disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49455004
* ^expansion.contains[=].display = "Polyneuropathy due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49453006
* ^expansion.contains[=].display = "Cerebral herniation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49436004
* ^expansion.contains[=].display = "Atrial fibrillation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49388007
* ^expansion.contains[=].display = "Sprain of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49346003
* ^expansion.contains[=].display = "Closed fracture of orbital floor (blow-out)"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49263001
* ^expansion.contains[=].display = "Spermatocele"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49232000
* ^expansion.contains[=].display = "Chronic peptic ulcer with hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49220004
* ^expansion.contains[=].display = "Hypertensive renal failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49218002
* ^expansion.contains[=].display = "Hip pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49198006
* ^expansion.contains[=].display = "Torsion of spermatic cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49176002
* ^expansion.contains[=].display = "Arteriosclerotic gangrene"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49130001
* ^expansion.contains[=].display = "Disorder of external ear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49120005
* ^expansion.contains[=].display = "Retroperitoneal fibrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49084001
* ^expansion.contains[=].display = "Radiation dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49049000
* ^expansion.contains[=].display = "Parkinson's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48880000
* ^expansion.contains[=].display = "Postcoital bleeding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48867003
* ^expansion.contains[=].display = "Bradycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48813009
* ^expansion.contains[=].display = "Lymphocytopenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48782003
* ^expansion.contains[=].display = "Delivery normal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48724000
* ^expansion.contains[=].display = "Mitral valve regurgitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48723006
* ^expansion.contains[=].display = "Male hypogonadism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48721008
* ^expansion.contains[=].display = "Tetraplegic cerebral palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48694002
* ^expansion.contains[=].display = "Anxiety"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48661000
* ^expansion.contains[=].display = "Peritonitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48631008
* ^expansion.contains[=].display = "Pyonephrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48611009
* ^expansion.contains[=].display = "Darier disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48606007
* ^expansion.contains[=].display = "Drug resistance to insulin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48532005
* ^expansion.contains[=].display = "Muscle strain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48522003
* ^expansion.contains[=].display = "Spinal cord disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48500005
* ^expansion.contains[=].display = "Delusional disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48475001
* ^expansion.contains[=].display = "Disorder of diaphragm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48409008
* ^expansion.contains[=].display = "Respiratory crackles"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48340000
* ^expansion.contains[=].display = "Incontinence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48334007
* ^expansion.contains[=].display = "Congenital dislocation of hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48277006
* ^expansion.contains[=].display = "Impetigo"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48273005
* ^expansion.contains[=].display = "Aneurysm of popliteal artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48245008
* ^expansion.contains[=].display = "Bacterial arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48230001
* ^expansion.contains[=].display = "First degree uterine prolapse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48210000
* ^expansion.contains[=].display = "Lumbosacral spondylosis without myelopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48194001
* ^expansion.contains[=].display = "Pregnancy-induced hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48167000
* ^expansion.contains[=].display = "Amnesia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48146000
* ^expansion.contains[=].display = "Diastolic hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48130008
* ^expansion.contains[=].display = "Hypogonadism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48123002
* ^expansion.contains[=].display = "Contusion of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47944004
* ^expansion.contains[=].display = "Malocclusion of teeth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47933007
* ^expansion.contains[=].display = "Foot pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47903000
* ^expansion.contains[=].display = "Vitamin B deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47841006
* ^expansion.contains[=].display = "Chronic nasopharyngitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47821001
* ^expansion.contains[=].display = "Postpartum hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47717004
* ^expansion.contains[=].display = "Abnormal deglutition"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47639008
* ^expansion.contains[=].display = "Pilonidal cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47609003
* ^expansion.contains[=].display = "Foreign body in esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47604008
* ^expansion.contains[=].display = "Miliary tuberculosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47546008
* ^expansion.contains[=].display = "Warfarin overdosage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47505003
* ^expansion.contains[=].display = "Posttraumatic stress disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47382004
* ^expansion.contains[=].display = "Dermatophytosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47374004
* ^expansion.contains[=].display = "Tarsal tunnel syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47372000
* ^expansion.contains[=].display = "Adjustment disorder with anxious mood"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47270006
* ^expansion.contains[=].display = "Hypercortisolism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47200007
* ^expansion.contains[=].display = "High risk pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47100003
* ^expansion.contains[=].display = "Anemia of prematurity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47099006
* ^expansion.contains[=].display = "Irregular astigmatism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47032000
* ^expansion.contains[=].display = "Congenital hydrocephalus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46975003
* ^expansion.contains[=].display = "Organic mental disorder caused by cocaine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46970008
* ^expansion.contains[=].display = "Mycoplasma pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46894009
* ^expansion.contains[=].display = "Gestational diabetes mellitus, class A>2<"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46876003
* ^expansion.contains[=].display = "Cellulitis of trunk"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46799006
* ^expansion.contains[=].display = "Dysenteric diarrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46795000
* ^expansion.contains[=].display = "Actinic cheilitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46775006
* ^expansion.contains[=].display = "Respiratory distress syndrome in the newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46764007
* ^expansion.contains[=].display = "Severe pre-eclampsia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46742003
* ^expansion.contains[=].display = "Skin ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46689006
* ^expansion.contains[=].display = "Hypertrophy of tonsils"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46674002
* ^expansion.contains[=].display = "Nondiabetic proliferative retinopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46659004
* ^expansion.contains[=].display = "Von Hippel-Lindau syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46635009
* ^expansion.contains[=].display = "Type 1 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46621007
* ^expansion.contains[=].display = "Atelectasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46578006
* ^expansion.contains[=].display = "Lumbosacral radiculitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46422008
* ^expansion.contains[=].display = "Closed fracture of shaft of metacarpal bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46244001
* ^expansion.contains[=].display = "Recurrent major depression in full remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46229002
* ^expansion.contains[=].display = "Severe mixed bipolar I disorder without psychotic features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46210008
* ^expansion.contains[=].display = "Cyst of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46206005
* ^expansion.contains[=].display = "Mood disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46177005
* ^expansion.contains[=].display = "End-stage renal disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46152009
* ^expansion.contains[=].display = "Tear film insufficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46113002
* ^expansion.contains[=].display = "Hypertensive heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46109009
* ^expansion.contains[=].display = "Subendocardial ischemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46014006
* ^expansion.contains[=].display = "Corn of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45939007
* ^expansion.contains[=].display = "Leg length inequality"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45913009
* ^expansion.contains[=].display = "Laryngitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45828008
* ^expansion.contains[=].display = "Anemia in mother complicating pregnancy, childbirth AND/OR puerperium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45816000
* ^expansion.contains[=].display = "Pyelonephritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45781009
* ^expansion.contains[=].display = "Peripheral nerve entrapment syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45704003
* ^expansion.contains[=].display = "At risk for noncompliance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45688009
* ^expansion.contains[=].display = "Pars planitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45626005
* ^expansion.contains[=].display = "Nontraumatic hemoperitoneum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45613006
* ^expansion.contains[=].display = "Contusion of lower leg"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45564002
* ^expansion.contains[=].display = "Achalasia of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45534005
* ^expansion.contains[=].display = "Glossitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45503006
* ^expansion.contains[=].display = "Common ventricle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45369008
* ^expansion.contains[=].display = "Neurohypophyseal diabetes insipidus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45356009
* ^expansion.contains[=].display = "Closed fracture of one rib"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45352006
* ^expansion.contains[=].display = "Spasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45326000
* ^expansion.contains[=].display = "Shoulder pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45281005
* ^expansion.contains[=].display = "Atherosclerosis of renal artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45261009
* ^expansion.contains[=].display = "Viral conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45170000
* ^expansion.contains[=].display = "Encephalitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45154002
* ^expansion.contains[=].display = "Glycosuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45017008
* ^expansion.contains[=].display = "Open wound of lower limb with complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45007003
* ^expansion.contains[=].display = "Low blood pressure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44897000
* ^expansion.contains[=].display = "Mesenteric lymphadenitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44882003
* ^expansion.contains[=].display = "Balanitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44865000
* ^expansion.contains[=].display = "Secondary polycythemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44808001
* ^expansion.contains[=].display = "Conduction disorder of the heart"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44801007
* ^expansion.contains[=].display = "Contusion of hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44771000
* ^expansion.contains[=].display = "Microcalcifications of the breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44730006
* ^expansion.contains[=].display = "Uremia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44695005
* ^expansion.contains[=].display = "Paralysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44666001
* ^expansion.contains[=].display = "Microcytic hypochromic anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44653001
* ^expansion.contains[=].display = "Erysipelas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44635007
* ^expansion.contains[=].display = "Fecal impaction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44564008
* ^expansion.contains[=].display = "Loss of voice"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44548000
* ^expansion.contains[=].display = "Hyperactive behavior"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44465007
* ^expansion.contains[=].display = "Sprain of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44455001
* ^expansion.contains[=].display = "Hypersomnia disorder related to a known organic factor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44428005
* ^expansion.contains[=].display = "Cellulitis of buttock"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44402007
* ^expansion.contains[=].display = "Loss of teeth due to extraction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44301001
* ^expansion.contains[=].display = "Suicide"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44268007
* ^expansion.contains[=].display = "Retinoschisis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44223004
* ^expansion.contains[=].display = "Premature rupture of membranes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44219007
* ^expansion.contains[=].display = "Pseudoexfoliation of lens capsule"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44216000
* ^expansion.contains[=].display = "Retained products of conception, following delivery with hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44186003
* ^expansion.contains[=].display = "Dyssomnia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44169009
* ^expansion.contains[=].display = "Loss of sense of smell"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44103008
* ^expansion.contains[=].display = "Ventricular arrhythmia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44077006
* ^expansion.contains[=].display = "Numbness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44057004
* ^expansion.contains[=].display = "Conductive hearing loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44054006
* ^expansion.contains[=].display = "Type 2 diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44001008
* ^expansion.contains[=].display = "Premature ejaculation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43982006
* ^expansion.contains[=].display = "Solar degeneration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43959009
* ^expansion.contains[=].display = "Cataract due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43935004
* ^expansion.contains[=].display = "Vascular ectasia of gastric antrum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43878008
* ^expansion.contains[=].display = "Streptococcal sore throat"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43854003
* ^expansion.contains[=].display = "Retraction of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43829003
* ^expansion.contains[=].display = "Chronic osteoarthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43797002
* ^expansion.contains[=].display = "Stricture of bile duct"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43769008
* ^expansion.contains[=].display = "Mild mixed bipolar I disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43724002
* ^expansion.contains[=].display = "Chill"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43498006
* ^expansion.contains[=].display = "Body fluid retention"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43491000
* ^expansion.contains[=].display = "Acute epididymitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43486001
* ^expansion.contains[=].display = "Hemiplegic cerebral palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43422002
* ^expansion.contains[=].display = "Crushing injury of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43381005
* ^expansion.contains[=].display = "Passive smoker"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43364001
* ^expansion.contains[=].display = "Abdominal discomfort"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43363007
* ^expansion.contains[=].display = "Posterior uveitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43339004
* ^expansion.contains[=].display = "Hypokalemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43295006
* ^expansion.contains[=].display = "Closed fracture of humerus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43275000
* ^expansion.contains[=].display = "Otitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43240000
* ^expansion.contains[=].display = "Diarrhea of presumed infectious origin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43144004
* ^expansion.contains[=].display = "Cyst of jaw"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43116000
* ^expansion.contains[=].display = "Eczema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43064006
* ^expansion.contains[=].display = "Hydronephrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43029002
* ^expansion.contains[=].display = "Abnormal posture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42984000
* ^expansion.contains[=].display = "Night sweats"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42982001
* ^expansion.contains[=].display = "Sialoadenitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42942008
* ^expansion.contains[=].display = "Compression fracture of vertebral column"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42861008
* ^expansion.contains[=].display = "Thrombophlebitis of iliac vein"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42818005
* ^expansion.contains[=].display = "Closed fracture of scaphoid bone of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42810003
* ^expansion.contains[=].display = "Major depression in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42786005
* ^expansion.contains[=].display = "Snapping thumb syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42658009
* ^expansion.contains[=].display = "Disorder of the peripheral nervous system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42655007
* ^expansion.contains[=].display = "Complete bilateral paralysis of vocal cords"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42643001
* ^expansion.contains[=].display = "Disorder of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42636007
* ^expansion.contains[=].display = "Closed fracture of upper end of humerus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42571002
* ^expansion.contains[=].display = "Failed induction of labor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42513006
* ^expansion.contains[=].display = "Superficial punctate keratitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42452002
* ^expansion.contains[=].display = "Thoracic radiculopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42448002
* ^expansion.contains[=].display = "Herpes zoster keratoconjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42399005
* ^expansion.contains[=].display = "Renal failure syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42345000
* ^expansion.contains[=].display = "Polyneuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42343007
* ^expansion.contains[=].display = "Congestive heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42265009
* ^expansion.contains[=].display = "Idiopathic urticaria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42188001
* ^expansion.contains[=].display = "Closed fracture of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42157000
* ^expansion.contains[=].display = "Closed fracture of vertebral column"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42116007
* ^expansion.contains[=].display = "Prolapse of vaginal vault after hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42059000
* ^expansion.contains[=].display = "Retinal detachment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41975002
* ^expansion.contains[=].display = "Insomnia with sleep apnea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41944006
* ^expansion.contains[=].display = "Amputee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41888000
* ^expansion.contains[=].display = "Temporomandibular joint disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41788008
* ^expansion.contains[=].display = "Hereditary factor IX deficiency disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41663005
* ^expansion.contains[=].display = "Disorder of pinna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41652007
* ^expansion.contains[=].display = "Pain in eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41582007
* ^expansion.contains[=].display = "Streptococcal tonsillitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41565005
* ^expansion.contains[=].display = "Periodontitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41497008
* ^expansion.contains[=].display = "Febrile convulsion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41446000
* ^expansion.contains[=].display = "Blepharitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41411008
* ^expansion.contains[=].display = "Fall from playground equipment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41381004
* ^expansion.contains[=].display = "Pneumonia due to Pseudomonas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41345002
* ^expansion.contains[=].display = "Rickets"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41309000
* ^expansion.contains[=].display = "Alcoholic liver damage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41308008
* ^expansion.contains[=].display = "Acute follicular conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41299009
* ^expansion.contains[=].display = "Iatrogenic Cushing's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41291007
* ^expansion.contains[=].display = "Angioedema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41256004
* ^expansion.contains[=].display = "Presbyopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41207000
* ^expansion.contains[=].display = "Adenoviral pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41188003
* ^expansion.contains[=].display = "Disorder of oral soft tissues"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41114007
* ^expansion.contains[=].display = "Mild pre-eclampsia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41040004
* ^expansion.contains[=].display = "Complete trisomy 21 syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40987004
* ^expansion.contains[=].display = "Intermittent explosive disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40970001
* ^expansion.contains[=].display = "Chronic osteomyelitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40956001
* ^expansion.contains[=].display = "Guillain-Barré syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40930008
* ^expansion.contains[=].display = "Hypothyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40926005
* ^expansion.contains[=].display = "Moderate mixed bipolar I disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40917007
* ^expansion.contains[=].display = "Clouded consciousness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40890009
* ^expansion.contains[=].display = "Esophageal dysphagia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40799003
* ^expansion.contains[=].display = "Subacromial bursitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40739000
* ^expansion.contains[=].display = "Dysphagia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40733004
* ^expansion.contains[=].display = "Disorder due to infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40700009
* ^expansion.contains[=].display = "Severe intellectual disability"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40650009
* ^expansion.contains[=].display = "Obstruction of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40631009
* ^expansion.contains[=].display = "Skew deviation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40608009
* ^expansion.contains[=].display = "Hypertropia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40568001
* ^expansion.contains[=].display = "Recurrent brief depressive disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40541001
* ^expansion.contains[=].display = "Acute pulmonary edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40539002
* ^expansion.contains[=].display = "Hypothyroidism following radioiodine therapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40492006
* ^expansion.contains[=].display = "Bladder dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40468003
* ^expansion.contains[=].display = "Viral hepatitis, type A"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40425004
* ^expansion.contains[=].display = "Postconcussion syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40379007
* ^expansion.contains[=].display = "Mild recurrent major depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40283005
* ^expansion.contains[=].display = "Thrombophlebitis of superficial veins of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40275004
* ^expansion.contains[=].display = "Contact dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40257000
* ^expansion.contains[=].display = "Contusion of shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40178009
* ^expansion.contains[=].display = "Allergic urticaria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40122008
* ^expansion.contains[=].display = "Pneumoconiosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40108008
* ^expansion.contains[=].display = "Thalassemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40100001
* ^expansion.contains[=].display = "Obliterative bronchiolitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40070004
* ^expansion.contains[=].display = "Molluscum contagiosum infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40068008
* ^expansion.contains[=].display = "Hydroureteronephrosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40055000
* ^expansion.contains[=].display = "Chronic sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40024006
* ^expansion.contains[=].display = "Retinal defect"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39898005
* ^expansion.contains[=].display = "Sleep disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39871006
* ^expansion.contains[=].display = "Chronic respiratory failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39848009
* ^expansion.contains[=].display = "Whiplash injury to neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39839004
* ^expansion.contains[=].display = "Diaphragmatic hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39837002
* ^expansion.contains[=].display = "Alternating esotropia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39823006
* ^expansion.contains[=].display = "Generalized atherosclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39812007
* ^expansion.contains[=].display = "Contusion of forearm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39772007
* ^expansion.contains[=].display = "Rectal polyp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39629007
* ^expansion.contains[=].display = "Pyogenic granuloma of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39621005
* ^expansion.contains[=].display = "Disorder of gallbladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39579001
* ^expansion.contains[=].display = "Anaphylaxis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39539005
* ^expansion.contains[=].display = "Abnormal renal function"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39526006
* ^expansion.contains[=].display = "Redundant prepuce"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39479004
* ^expansion.contains[=].display = "Telogen effluvium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39462005
* ^expansion.contains[=].display = "Thyroglossal duct cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39450006
* ^expansion.contains[=].display = "Senile cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39446004
* ^expansion.contains[=].display = "Female infertility of tubal origin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39423001
* ^expansion.contains[=].display = "Stuttering"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39419009
* ^expansion.contains[=].display = "Hypovolemic shock"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39406005
* ^expansion.contains[=].display = "Legal termination of pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39335003
* ^expansion.contains[=].display = "Closed fracture of four ribs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39021009
* ^expansion.contains[=].display = "Disorder of refraction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38996000
* ^expansion.contains[=].display = "External hemorrhoids without complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38941006
* ^expansion.contains[=].display = "Neuroleptic-induced tardive dyskinesia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38936003
* ^expansion.contains[=].display = "Abnormal blood pressure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38907003
* ^expansion.contains[=].display = "Varicella"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38850007
* ^expansion.contains[=].display = "Chronic arthropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38822007
* ^expansion.contains[=].display = "Cystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38804009
* ^expansion.contains[=].display = "Turner syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38742007
* ^expansion.contains[=].display = "Central retinal artery occlusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38739001
* ^expansion.contains[=].display = "Hepatic vein thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38708003
* ^expansion.contains[=].display = "Cholesteatoma of attic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38481006
* ^expansion.contains[=].display = "Hypertensive renal disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38394007
* ^expansion.contains[=].display = "Chronic purulent otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38365000
* ^expansion.contains[=].display = "Peptic ulcer without hemorrhage, without perforation AND without obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38343000
* ^expansion.contains[=].display = "Vaginal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38341003
* ^expansion.contains[=].display = "Hypertensive disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38280009
* ^expansion.contains[=].display = "Hematometra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38217004
* ^expansion.contains[=].display = "Cellulitis of upper arm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38214006
* ^expansion.contains[=].display = "Internal hemorrhoids without complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38160000
* ^expansion.contains[=].display = "Abnormal voice"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38106008
* ^expansion.contains[=].display = "Crohn's disease of ileum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38101003
* ^expansion.contains[=].display = "Hypermetropia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38086007
* ^expansion.contains[=].display = "Laryngomalacia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37992001
* ^expansion.contains[=].display = "Pancreatic insufficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37941009
* ^expansion.contains[=].display = "Rumination disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37895003
* ^expansion.contains[=].display = "Osteoarthrosis of the carpometacarpal joint of the thumb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37871000
* ^expansion.contains[=].display = "Acute hepatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37796009
* ^expansion.contains[=].display = "Migraine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37785001
* ^expansion.contains[=].display = "Patellar tendonitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37746008
* ^expansion.contains[=].display = "Avoidant personality disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37739004
* ^expansion.contains[=].display = "Mood disorder due to a general medical condition"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37657006
* ^expansion.contains[=].display = "Disorder of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37610005
* ^expansion.contains[=].display = "Inflammation of cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37605006
* ^expansion.contains[=].display = "Senile osteopenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37471005
* ^expansion.contains[=].display = "Extrinsic allergic alveolitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37450000
* ^expansion.contains[=].display = "Corneal foreign body"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37389005
* ^expansion.contains[=].display = "Biliary colic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37373007
* ^expansion.contains[=].display = "Meckel's diverticulum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37372002
* ^expansion.contains[=].display = "Upper gastrointestinal bleeding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37344009
* ^expansion.contains[=].display = "Cannabis abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37340000
* ^expansion.contains[=].display = "Motor neuron disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37323009
* ^expansion.contains[=].display = "Recurrent herpes simplex"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37320007
* ^expansion.contains[=].display = "Loss of teeth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37231002
* ^expansion.contains[=].display = "Macular retinal edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37214009
* ^expansion.contains[=].display = "Alternating exotropia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37155002
* ^expansion.contains[=].display = "Glaucoma associated with ocular inflammation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37151006
* ^expansion.contains[=].display = "Erythromelalgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37102008
* ^expansion.contains[=].display = "Disorder of endocrine ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37098000
* ^expansion.contains[=].display = "Cellulitis of external nose"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37064009
* ^expansion.contains[=].display = "Hyperproteinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37042000
* ^expansion.contains[=].display = "Guttate psoriasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37031009
* ^expansion.contains[=].display = "Motion sickness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36989005
* ^expansion.contains[=].display = "Mumps"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36976004
* ^expansion.contains[=].display = "Hypoparathyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36971009
* ^expansion.contains[=].display = "Sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36948007
* ^expansion.contains[=].display = "Fasciitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36924003
* ^expansion.contains[=].display = "Closed fracture of metatarsal bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36923009
* ^expansion.contains[=].display = "Major depression, single episode"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36857002
* ^expansion.contains[=].display = "Onychia of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36813001
* ^expansion.contains[=].display = "Placenta previa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36778005
* ^expansion.contains[=].display = "Fracture of distal phalanx of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36760000
* ^expansion.contains[=].display = "Hepatosplenomegaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36758002
* ^expansion.contains[=].display = "Late effect of fracture of lower extremities"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36715001
* ^expansion.contains[=].display = "Erythema multiforme"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36689008
* ^expansion.contains[=].display = "Acute pyelonephritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36583000
* ^expansion.contains[=].display = "Mixed bipolar I disorder in partial remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36485005
* ^expansion.contains[=].display = "Restrictive lung disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36474008
* ^expansion.contains[=].display = "Severe recurrent major depression without psychotic features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36440009
* ^expansion.contains[=].display = "Failure to gain weight"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36427004
* ^expansion.contains[=].display = "Intervertebral disc disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36348003
* ^expansion.contains[=].display = "Primary hyperparathyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36241006
* ^expansion.contains[=].display = "Non-toxic multinodular goiter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36222008
* ^expansion.contains[=].display = "Carcinoid heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36209000
* ^expansion.contains[=].display = "Chloasma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36202009
* ^expansion.contains[=].display = "Fracture of tooth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36184004
* ^expansion.contains[=].display = "Aneurysm of renal artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36179005
* ^expansion.contains[=].display = "R.I.N.D. syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36171008
* ^expansion.contains[=].display = "Glomerulonephritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36118008
* ^expansion.contains[=].display = "Pneumothorax"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36083008
* ^expansion.contains[=].display = "Sick sinus syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36071006
* ^expansion.contains[=].display = "Chondromalacia of patella"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36046008
* ^expansion.contains[=].display = "Ischiorectal abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35999006
* ^expansion.contains[=].display = "Blighted ovum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35984006
* ^expansion.contains[=].display = "Tuberculosis of vertebral column"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35923002
* ^expansion.contains[=].display = "Chronic maxillary sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35919005
* ^expansion.contains[=].display = "Autism spectrum disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35908007
* ^expansion.contains[=].display = "Chronic arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35885006
* ^expansion.contains[=].display = "Hyperuricemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35874009
* ^expansion.contains[=].display = "Normal labor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35868009
* ^expansion.contains[=].display = "Carcinoid syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35745008
* ^expansion.contains[=].display = "Umbilical discharge"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35742006
* ^expansion.contains[=].display = "Congenital syphilis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35688006
* ^expansion.contains[=].display = "Complication of medical care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35678005
* ^expansion.contains[=].display = "Multiple joint pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35607004
* ^expansion.contains[=].display = "Panic disorder with agoraphobia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35600002
* ^expansion.contains[=].display = "Strabismic amblyopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35547002
* ^expansion.contains[=].display = "Polyotia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35498005
* ^expansion.contains[=].display = "Stasis dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35489007
* ^expansion.contains[=].display = "Depressive disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35486000
* ^expansion.contains[=].display = "Subdural hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35481005
* ^expansion.contains[=].display = "Mixed bipolar I disorder in remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35468003
* ^expansion.contains[=].display = "Crushed in between objects"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35363006
* ^expansion.contains[=].display = "Infantile colic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35298007
* ^expansion.contains[=].display = "Slow transit constipation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35265002
* ^expansion.contains[=].display = "Mallory-Weiss syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35253001
* ^expansion.contains[=].display = "Attention deficit hyperactivity disorder, predominantly inattentive type"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35252006
* ^expansion.contains[=].display = "Disorganized schizophrenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35240004
* ^expansion.contains[=].display = "Iron deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35222003
* ^expansion.contains[=].display = "Chronic neurogenic ulcer of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35195001
* ^expansion.contains[=].display = "Frostbite of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35183001
* ^expansion.contains[=].display = "Acute transudative otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35065006
* ^expansion.contains[=].display = "Primary chronic pseudo-obstruction of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35055000
* ^expansion.contains[=].display = "Band-shaped keratopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34842007
* ^expansion.contains[=].display = "Antepartum hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34840004
* ^expansion.contains[=].display = "Tendinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34801009
* ^expansion.contains[=].display = "Ectopic pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34789001
* ^expansion.contains[=].display = "Pain in coccyx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34781003
* ^expansion.contains[=].display = "Vertebral artery syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34742003
* ^expansion.contains[=].display = "Portal hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34730008
* ^expansion.contains[=].display = "Primate erythroparvovirus 1 infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34713006
* ^expansion.contains[=].display = "Vitamin D deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34711008
* ^expansion.contains[=].display = "Traction detachment of retina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34649000
* ^expansion.contains[=].display = "Closed fracture of malar AND/OR maxillary bones"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34630004
* ^expansion.contains[=].display = "Pityriasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34615008
* ^expansion.contains[=].display = "Hemospermia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34580000
* ^expansion.contains[=].display = "Duodenal ulcer without hemorrhage, without perforation AND without obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34571000
* ^expansion.contains[=].display = "Anovulation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34486009
* ^expansion.contains[=].display = "Hyperthyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34436003
* ^expansion.contains[=].display = "Blood in urine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34363003
* ^expansion.contains[=].display = "Pruritus of vagina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34361001
* ^expansion.contains[=].display = "Traumatic cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34268009
* ^expansion.contains[=].display = "Closed fracture of lateral malleolus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34250006
* ^expansion.contains[=].display = "Benign mucous membrane pemphigoid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34165000
* ^expansion.contains[=].display = "Gestational proteinuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34139004
* ^expansion.contains[=].display = "Intervertebral disc disorder of lumbar region with myelopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34124000
* ^expansion.contains[=].display = "Foreign body in vagina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34095006
* ^expansion.contains[=].display = "Dehydration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34063005
* ^expansion.contains[=].display = "Homonymous hemianopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34020007
* ^expansion.contains[=].display = "Pneumonia due to Streptococcus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34014006
* ^expansion.contains[=].display = "Viral disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34000006
* ^expansion.contains[=].display = "Crohn's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33927004
* ^expansion.contains[=].display = "Hypogonadotropic hypogonadism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33910007
* ^expansion.contains[=].display = "Postoperative infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33839006
* ^expansion.contains[=].display = "Genital herpes simplex"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33737001
* ^expansion.contains[=].display = "Fracture of rib"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33688009
* ^expansion.contains[=].display = "Cholestasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33659008
* ^expansion.contains[=].display = "Keloid scar"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33647009
* ^expansion.contains[=].display = "Chronic angle-closure glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33629003
* ^expansion.contains[=].display = "Drusen of optic disc"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33603003
* ^expansion.contains[=].display = "Complication of renal dialysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33595009
* ^expansion.contains[=].display = "Arachnoid cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33528003
* ^expansion.contains[=].display = "Bullous myringitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33449004
* ^expansion.contains[=].display = "Personality disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33439002
* ^expansion.contains[=].display = "Enthesopathy of wrist AND/OR carpus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33413000
* ^expansion.contains[=].display = "Ectopic beats"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33334006
* ^expansion.contains[=].display = "Foreign body in digestive tract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33325001
* ^expansion.contains[=].display = "Compensatory emphysema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33262002
* ^expansion.contains[=].display = "Osteoarthrosis involving multiple sites but not designated as generalized"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33261009
* ^expansion.contains[=].display = "Abscess of tonsil"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33209009
* ^expansion.contains[=].display = "Idiopathic progressive polyneuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33192001
* ^expansion.contains[=].display = "Closed fracture of lower end of radius AND ulna"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33173003
* ^expansion.contains[=].display = "Closed fracture of clavicle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33168009
* ^expansion.contains[=].display = "Entropion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33167004
* ^expansion.contains[=].display = "Complication of transplanted liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33135002
* ^expansion.contains[=].display = "Recurrent major depression in partial remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33129002
* ^expansion.contains[=].display = "Postmastectomy lymphedema syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33118001
* ^expansion.contains[=].display = "Closed fracture of acetabulum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33048000
* ^expansion.contains[=].display = "Peripheral visual field defect"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33010005
* ^expansion.contains[=].display = "Floppy infant syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32984002
* ^expansion.contains[=].display = "Neonatal polycythemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32916005
* ^expansion.contains[=].display = "Nephrosclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32914008
* ^expansion.contains[=].display = "Restless legs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32911000
* ^expansion.contains[=].display = "Homeless"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32861005
* ^expansion.contains[=].display = "Erythema nodosum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32858009
* ^expansion.contains[=].display = "Hemolytic disease of fetus OR newborn due to ABO immunization"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32805004
* ^expansion.contains[=].display = "Fractures of multiple bones of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32798002
* ^expansion.contains[=].display = "Parkinsonism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32595002
* ^expansion.contains[=].display = "Mononeuritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32402008
* ^expansion.contains[=].display = "Facial spasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32398004
* ^expansion.contains[=].display = "Bronchitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32390006
* ^expansion.contains[=].display = "Panhypopituitarism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32348000
* ^expansion.contains[=].display = "Open wound of finger with complication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32307003
* ^expansion.contains[=].display = "Polyp of nasal sinus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32230006
* ^expansion.contains[=].display = "Malabsorption syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32022003
* ^expansion.contains[=].display = "Degenerative progressive high myopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31996006
* ^expansion.contains[=].display = "Vasculitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31992008
* ^expansion.contains[=].display = "Secondary hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31978002
* ^expansion.contains[=].display = "Fracture of tibia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31975004
* ^expansion.contains[=].display = "Fracture of scaphoid bone of wrist"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31956009
* ^expansion.contains[=].display = "Cocaine dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31928004
* ^expansion.contains[=].display = "Abscess of skin and/or subcutaneous tissue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31908003
* ^expansion.contains[=].display = "Vaginal dryness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31892009
* ^expansion.contains[=].display = "Hemothorax"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31875000
* ^expansion.contains[=].display = "Anergy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31871009
* ^expansion.contains[=].display = "Infection AND/OR inflammatory reaction due to internal prosthetic device, implant AND/OR graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31822004
* ^expansion.contains[=].display = "Urethritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31712002
* ^expansion.contains[=].display = "Primary biliary cholangitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31681005
* ^expansion.contains[=].display = "Trigeminal neuralgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31658008
* ^expansion.contains[=].display = "Chronic paranoid schizophrenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31642005
* ^expansion.contains[=].display = "Acute gingivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31611000
* ^expansion.contains[=].display = "Multiple personality disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31574009
* ^expansion.contains[=].display = "Systolic murmur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31541009
* ^expansion.contains[=].display = "Sarcoidosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31487001
* ^expansion.contains[=].display = "Disseminated idiopathic skeletal hyperostosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31446002
* ^expansion.contains[=].display = "Bipolar I disorder, most recent episode hypomanic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31387002
* ^expansion.contains[=].display = "Exercise-induced asthma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31384009
* ^expansion.contains[=].display = "Polymyositis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31341008
* ^expansion.contains[=].display = "Vitreous hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31301004
* ^expansion.contains[=].display = "Chronic gastric ulcer with perforation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31258000
* ^expansion.contains[=].display = "Cyst of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31216003
* ^expansion.contains[=].display = "Profound intellectual disability"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31177006
* ^expansion.contains[=].display = "Attention deficit hyperactivity disorder, combined type"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31097004
* ^expansion.contains[=].display = "Post poliomyelitis syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31085000
* ^expansion.contains[=].display = "Rheumatic mitral regurgitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31070006
* ^expansion.contains[=].display = "Epididymitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31054009
* ^expansion.contains[=].display = "Ureteric stone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30935000
* ^expansion.contains[=].display = "Manic bipolar I disorder in full remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30913008
* ^expansion.contains[=].display = "Disorder of iron metabolism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30911005
* ^expansion.contains[=].display = "Cryoglobulinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30905007
* ^expansion.contains[=].display = "Closed supracondylar fracture of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30833006
* ^expansion.contains[=].display = "Vulvar vestibulitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30811009
* ^expansion.contains[=].display = "Ulcer of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30800001
* ^expansion.contains[=].display = "Vaginitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30753002
* ^expansion.contains[=].display = "Normal pressure hydrocephalus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30746006
* ^expansion.contains[=].display = "Lymphadenopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30731004
* ^expansion.contains[=].display = "Glossodynia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30721006
* ^expansion.contains[=].display = "Intention tremor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30664006
* ^expansion.contains[=].display = "Multiple endocrine neoplasia, type 1"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30654002
* ^expansion.contains[=].display = "Hypertrophy of nail"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30588004
* ^expansion.contains[=].display = "Ischemic colitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30556007
* ^expansion.contains[=].display = "Recurrent dislocation of shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30473006
* ^expansion.contains[=].display = "Pain in pelvis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30292005
* ^expansion.contains[=].display = "Mononeuritis multiplex"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30288003
* ^expansion.contains[=].display = "Ventricular septal defect"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30281009
* ^expansion.contains[=].display = "Disorder of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30250000
* ^expansion.contains[=].display = "Acute otitis externa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30242009
* ^expansion.contains[=].display = "Scarlet fever"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30238006
* ^expansion.contains[=].display = "Secondary female infertility"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30233002
* ^expansion.contains[=].display = "Swallowing painful"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30188007
* ^expansion.contains[=].display = "Alpha-1-antitrypsin deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30171000
* ^expansion.contains[=].display = "Disorder of adrenal gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30128009
* ^expansion.contains[=].display = "Tietze's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30085007
* ^expansion.contains[=].display = "Morton's metatarsalgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30041005
* ^expansion.contains[=].display = "Acute angle-closure glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30037006
* ^expansion.contains[=].display = "Anal fissure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29951006
* ^expansion.contains[=].display = "Chronic laryngitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29943008
* ^expansion.contains[=].display = "Herpes simplex dendritic keratitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29885006
* ^expansion.contains[=].display = "Sacroiliac instability"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29862005
* ^expansion.contains[=].display = "Paraumbilical hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29857009
* ^expansion.contains[=].display = "Chest pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29753000
* ^expansion.contains[=].display = "Partial seizure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29749002
* ^expansion.contains[=].display = "Closed fracture of scapula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29738008
* ^expansion.contains[=].display = "Proteinuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29717002
* ^expansion.contains[=].display = "Premature beats"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29608009
* ^expansion.contains[=].display = "Acute epiglottitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29599000
* ^expansion.contains[=].display = "Chronic undifferentiated schizophrenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29555009
* ^expansion.contains[=].display = "Retinal disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29399001
* ^expansion.contains[=].display = "Elderly primigravida"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29384001
* ^expansion.contains[=].display = "Disorder of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29322000
* ^expansion.contains[=].display = "Acute cerebrovascular insufficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29281007
* ^expansion.contains[=].display = "Aseptic necrosis of head AND/OR neck of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29268000
* ^expansion.contains[=].display = "Contact hypersensitivity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29260007
* ^expansion.contains[=].display = "Immunoglobulin A deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29164008
* ^expansion.contains[=].display = "Disturbance in speech"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29003001
* ^expansion.contains[=].display = "Spastic dysphonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28998008
* ^expansion.contains[=].display = "Retinal hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28978003
* ^expansion.contains[=].display = "Progressive supranuclear ophthalmoplegia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28944009
* ^expansion.contains[=].display = "Cytomegalovirus infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28926001
* ^expansion.contains[=].display = "Eruption due to drug"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28884001
* ^expansion.contains[=].display = "Moderate bipolar I disorder, single manic episode"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28845006
* ^expansion.contains[=].display = "Acute appendicitis with generalized peritonitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28835009
* ^expansion.contains[=].display = "Retinitis pigmentosa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28769004
* ^expansion.contains[=].display = "Osteomyelitis of ankle AND/OR foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28743005
* ^expansion.contains[=].display = "Productive cough"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28715001
* ^expansion.contains[=].display = "Objective tinnitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28701003
* ^expansion.contains[=].display = "Low maternal weight gain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28670008
* ^expansion.contains[=].display = "Esophageal varices"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28663008
* ^expansion.contains[=].display = "Severe manic bipolar I disorder with psychotic features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28651003
* ^expansion.contains[=].display = "Orthostatic hypotension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28626004
* ^expansion.contains[=].display = "Vesicocolic fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28590005
* ^expansion.contains[=].display = "Chronic acquired lymphedema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28550007
* ^expansion.contains[=].display = "Congenital capsular cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28475009
* ^expansion.contains[=].display = "Severe recurrent major depression with psychotic features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28442001
* ^expansion.contains[=].display = "Polyuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28432003
* ^expansion.contains[=].display = "Abscess of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28391008
* ^expansion.contains[=].display = "Localized retinal edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28332004
* ^expansion.contains[=].display = "Family disruption"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28293008
* ^expansion.contains[=].display = "Hereditary factor VIII deficiency disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28271003
* ^expansion.contains[=].display = "Noninflammatory disorder of vulva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28189009
* ^expansion.contains[=].display = "Mobitz type II atrioventricular block"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28188001
* ^expansion.contains[=].display = "Brain injury with open intracranial wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28154007
* ^expansion.contains[=].display = "Abnormal female sexual function"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28119000
* ^expansion.contains[=].display = "Renal hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28079008
* ^expansion.contains[=].display = "Multiparous"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28078000
* ^expansion.contains[=].display = "Closed fracture of shaft of bone of forearm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28012007
* ^expansion.contains[=].display = "Closed fracture of shaft of tibia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27942005
* ^expansion.contains[=].display = "Shock"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27916005
* ^expansion.contains[=].display = "Abscess of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27885002
* ^expansion.contains[=].display = "Complete atrioventricular block"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27836007
* ^expansion.contains[=].display = "Pertussis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27741009
* ^expansion.contains[=].display = "Calcific tendinitis of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27717006
* ^expansion.contains[=].display = "Abscess of scrotum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27561001
* ^expansion.contains[=].display = "Cellulitis of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27550009
* ^expansion.contains[=].display = "Vascular disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27503000
* ^expansion.contains[=].display = "Gilbert's syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27431007
* ^expansion.contains[=].display = "Fibrocystic disease of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27405005
* ^expansion.contains[=].display = "Central sleep apnea syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27355003
* ^expansion.contains[=].display = "Toothache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27342004
* ^expansion.contains[=].display = "Anemia of pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27214003
* ^expansion.contains[=].display = "Atonic postpartum hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27194006
* ^expansion.contains[=].display = "Corneal edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27151001
* ^expansion.contains[=].display = "Post-laminectomy syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27059002
* ^expansion.contains[=].display = "Postoperative hypothyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26947005
* ^expansion.contains[=].display = "Open wound of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26929004
* ^expansion.contains[=].display = "Alzheimer's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26889001
* ^expansion.contains[=].display = "Myositis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26843008
* ^expansion.contains[=].display = "Antiphospholipid syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26715006
* ^expansion.contains[=].display = "Steroid-induced myopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26682008
* ^expansion.contains[=].display = "Homozygous beta thalassemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26681001
* ^expansion.contains[=].display = "Endometriosis of pelvis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26665006
* ^expansion.contains[=].display = "Antisocial personality disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26660001
* ^expansion.contains[=].display = "Dilatation of aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26649005
* ^expansion.contains[=].display = "Chronic ulcer of lower extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26636000
* ^expansion.contains[=].display = "Sudden death"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26629001
* ^expansion.contains[=].display = "Short bowel syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26614003
* ^expansion.contains[=].display = "Hydrocele of testis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26544005
* ^expansion.contains[=].display = "Muscle weakness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26538006
* ^expansion.contains[=].display = "Degeneration of lumbar intervertebral disc"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26460006
* ^expansion.contains[=].display = "Slipped upper femoral epiphysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26442006
* ^expansion.contains[=].display = "Closed fracture of shaft of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26416006
* ^expansion.contains[=].display = "Drug abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26389007
* ^expansion.contains[=].display = "Toxic multinodular goiter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26373009
* ^expansion.contains[=].display = "Thrombosed external hemorrhoids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26284000
* ^expansion.contains[=].display = "Ulcer of mouth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26237000
* ^expansion.contains[=].display = "Ankle edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26146002
* ^expansion.contains[=].display = "Complete transposition of great vessels"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26079004
* ^expansion.contains[=].display = "Tremor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26045000
* ^expansion.contains[=].display = "Chronic allergic conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26039008
* ^expansion.contains[=].display = "Neurosyphilis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26025008
* ^expansion.contains[=].display = "Residual schizophrenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25924004
* ^expansion.contains[=].display = "Calculus of gallbladder with cholecystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25899002
* ^expansion.contains[=].display = "Closed bimalleolar fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25821008
* ^expansion.contains[=].display = "Focal glomerular sclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25766007
* ^expansion.contains[=].display = "Mixed receptive-expressive language disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25702006
* ^expansion.contains[=].display = "Alcohol intoxication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25604001
* ^expansion.contains[=].display = "Traumatic injury of common peroneal nerve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25569003
* ^expansion.contains[=].display = "Ventricular tachycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25540007
* ^expansion.contains[=].display = "Tooth loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25501002
* ^expansion.contains[=].display = "Social phobia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25479004
* ^expansion.contains[=].display = "Foreign body in pharynx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25458004
* ^expansion.contains[=].display = "Acute gastritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25440005
* ^expansion.contains[=].display = "Tetrachlorodibenzodioxin poisoning"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25416002
* ^expansion.contains[=].display = "Peripheral neuralgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25415003
* ^expansion.contains[=].display = "Closed fracture of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25374005
* ^expansion.contains[=].display = "Gastroenteritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25225006
* ^expansion.contains[=].display = "Disease due to Adenovirus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25093002
* ^expansion.contains[=].display = "Disorder of eye due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25082004
* ^expansion.contains[=].display = "Resting tremor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25064002
* ^expansion.contains[=].display = "Headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24982008
* ^expansion.contains[=].display = "Diplopia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24976005
* ^expansion.contains[=].display = "Uterine prolapse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24911006
* ^expansion.contains[=].display = "Perinatal jaundice from excessive hemolysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24867002
* ^expansion.contains[=].display = "Severe adrenal insufficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24864009
* ^expansion.contains[=].display = "Sprain of interphalangeal joint of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24807004
* ^expansion.contains[=].display = "Bleeding gastric varices"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24789006
* ^expansion.contains[=].display = "Viral gastroenteritis due to Norwalk-like agent"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24782002
* ^expansion.contains[=].display = "Hypertrophic condition of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24700007
* ^expansion.contains[=].display = "Multiple sclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24693007
* ^expansion.contains[=].display = "Fibromyositis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24662006
* ^expansion.contains[=].display = "Influenza due to Influenza B virus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24596005
* ^expansion.contains[=].display = "Venous retinal branch occlusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24595009
* ^expansion.contains[=].display = "Primary gout"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24548005
* ^expansion.contains[=].display = "Cyst of vagina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24526004
* ^expansion.contains[=].display = "Inflammatory bowel disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24424003
* ^expansion.contains[=].display = "Closed fracture of phalanx of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24369008
* ^expansion.contains[=].display = "Pulmonary sarcoidosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24199005
* ^expansion.contains[=].display = "Feeling agitated"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24121004
* ^expansion.contains[=].display = "Insomnia disorder related to another mental disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24095001
* ^expansion.contains[=].display = "Placenta previa partialis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24079001
* ^expansion.contains[=].display = "Atopic dermatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24010005
* ^expansion.contains[=].display = "Aphakia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23986001
* ^expansion.contains[=].display = "Glaucoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23924001
* ^expansion.contains[=].display = "Tight chest"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23919004
* ^expansion.contains[=].display = "Labyrinthitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23913003
* ^expansion.contains[=].display = "External hemorrhoids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23900009
* ^expansion.contains[=].display = "Closed fracture of upper end of tibia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23777003
* ^expansion.contains[=].display = "Open wound of finger with tendon involvement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23717007
* ^expansion.contains[=].display = "Benign essential hypertension complicating AND/OR reason for care during pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23714000
* ^expansion.contains[=].display = "Nasal vestibulitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23713006
* ^expansion.contains[=].display = "Contusion of cerebral cortex"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23687008
* ^expansion.contains[=].display = "Coronary artery spasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23685000
* ^expansion.contains[=].display = "Rheumatic heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23645006
* ^expansion.contains[=].display = "Organic mood disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23627006
* ^expansion.contains[=].display = "Chronic pericarditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23623005
* ^expansion.contains[=].display = "Infective mastitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23568008
* ^expansion.contains[=].display = "Metatarsus adductus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23560001
* ^expansion.contains[=].display = "Asperger's disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23513009
* ^expansion.contains[=].display = "Herpesvirus infection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23502006
* ^expansion.contains[=].display = "Lyme disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23407003
* ^expansion.contains[=].display = "Congenital pes planus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23406007
* ^expansion.contains[=].display = "Fracture of upper limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23388006
* ^expansion.contains[=].display = "Visual field scotoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23374007
* ^expansion.contains[=].display = "Atypical absence seizure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23293006
* ^expansion.contains[=].display = "Rupture of eye with partial loss of intraocular tissue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23268009
* ^expansion.contains[=].display = "Malingering"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23260002
* ^expansion.contains[=].display = "Fibroadenosis of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23238000
* ^expansion.contains[=].display = "Common variable agammaglobulinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23186000
* ^expansion.contains[=].display = "Menstrual migraine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23171006
* ^expansion.contains[=].display = "Delayed AND/OR secondary postpartum hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23056005
* ^expansion.contains[=].display = "Sciatica"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22911007
* ^expansion.contains[=].display = "Closed traumatic dislocation of joint of shoulder region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22878006
* ^expansion.contains[=].display = "Contusion of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22754005
* ^expansion.contains[=].display = "Staphylococcal pneumonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22722001
* ^expansion.contains[=].display = "Idiopathic peripheral neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22716005
* ^expansion.contains[=].display = "Platelet disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22668006
* ^expansion.contains[=].display = "Subglottic stenosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22631008
* ^expansion.contains[=].display = "Unsteady when walking"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22607003
* ^expansion.contains[=].display = "Asbestosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22591001
* ^expansion.contains[=].display = "Degeneration of cartilage AND/OR meniscus of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22325002
* ^expansion.contains[=].display = "Abnormal gait"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22298006
* ^expansion.contains[=].display = "Myocardial infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22268004
* ^expansion.contains[=].display = "Legal problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22253000
* ^expansion.contains[=].display = "Pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22247000
* ^expansion.contains[=].display = "Dehiscence of surgical wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22240003
* ^expansion.contains[=].display = "Pericoronitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22220005
* ^expansion.contains[=].display = "Genuine stress incontinence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22193007
* ^expansion.contains[=].display = "Degenerative joint disease of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22173004
* ^expansion.contains[=].display = "Excessive fetal growth affecting management of mother"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22125009
* ^expansion.contains[=].display = "Panniculitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22121000
* ^expansion.contains[=].display = "Depressed bipolar I disorder in full remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22066006
* ^expansion.contains[=].display = "Strabismus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22058002
* ^expansion.contains[=].display = "Inattention"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22033007
* ^expansion.contains[=].display = "Fetal growth restriction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21983002
* ^expansion.contains[=].display = "Hashimoto thyroiditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21897009
* ^expansion.contains[=].display = "Generalized anxiety disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21877004
* ^expansion.contains[=].display = "Osler hemorrhagic telangiectasia syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21850008
* ^expansion.contains[=].display = "Plagiocephaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21801002
* ^expansion.contains[=].display = "Menopausal symptom"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21794005
* ^expansion.contains[=].display = "Radial styloid tenosynovitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21783006
* ^expansion.contains[=].display = "Mechanical lagophthalmos"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21779006
* ^expansion.contains[=].display = "Retractile testis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21719001
* ^expansion.contains[=].display = "Allergic rhinitis due to pollen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21711003
* ^expansion.contains[=].display = "Hydrosalpinx"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21698002
* ^expansion.contains[=].display = "Open fracture of phalanx of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21664006
* ^expansion.contains[=].display = "Chronic meningitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21647008
* ^expansion.contains[=].display = "Amphetamine dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21639008
* ^expansion.contains[=].display = "Hypervolemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21638000
* ^expansion.contains[=].display = "Acute periodontitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21584002
* ^expansion.contains[=].display = "Syndrome of infant of diabetic mother"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21522001
* ^expansion.contains[=].display = "Abdominal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21454007
* ^expansion.contains[=].display = "Subarachnoid hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21419000
* ^expansion.contains[=].display = "Closed fracture of medial condyle of humerus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21409006
* ^expansion.contains[=].display = "Enthesopathy of ankle AND/OR tarsus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21351003
* ^expansion.contains[=].display = "Fracture of phalanx of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21333004
* ^expansion.contains[=].display = "Derangement of lateral meniscus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21234008
* ^expansion.contains[=].display = "Congenital stenosis of aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21186006
* ^expansion.contains[=].display = "Chronic otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21134002
* ^expansion.contains[=].display = "Disability"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21120002
* ^expansion.contains[=].display = "Osteomyelitis of lower leg"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21117005
* ^expansion.contains[=].display = "Conjunctival hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21018002
* ^expansion.contains[=].display = "Inflammatory neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20944008
* ^expansion.contains[=].display = "Congenital postural scoliosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20917003
* ^expansion.contains[=].display = "Chronic glomerulonephritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20848007
* ^expansion.contains[=].display = "Infestation by Pediculus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20845005
* ^expansion.contains[=].display = "Meconium in amniotic fluid affecting management of mother"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20824003
* ^expansion.contains[=].display = "Chronic cholecystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20793008
* ^expansion.contains[=].display = "Scapulalgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20734000
* ^expansion.contains[=].display = "Psychologic conversion disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20721001
* ^expansion.contains[=].display = "Tricuspid valve disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20696009
* ^expansion.contains[=].display = "Peripheral venous insufficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20639004
* ^expansion.contains[=].display = "Candidiasis of the esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20636006
* ^expansion.contains[=].display = "Vertical heterophoria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20610004
* ^expansion.contains[=].display = "Fourth nerve palsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20607006
* ^expansion.contains[=].display = "Gingivostomatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20511007
* ^expansion.contains[=].display = "Fracture of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20502007
* ^expansion.contains[=].display = "Pain in scrotum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20427003
* ^expansion.contains[=].display = "Postthrombotic syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20425006
* ^expansion.contains[=].display = "Labyrinthine disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20376005
* ^expansion.contains[=].display = "Benign neoplastic disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20342001
* ^expansion.contains[=].display = "Calculus in urethra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20301004
* ^expansion.contains[=].display = "Dysphasia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20262006
* ^expansion.contains[=].display = "Ataxia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20165001
* ^expansion.contains[=].display = "Hyperphosphatemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20100009
* ^expansion.contains[=].display = "Closed fracture of intracapsular section of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20022000
* ^expansion.contains[=].display = "Hemiparesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20021007
* ^expansion.contains[=].display = "Displacement of lumbar intervertebral disc without myelopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20018005
* ^expansion.contains[=].display = "Occlusion of ureter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20010003
* ^expansion.contains[=].display = "Borderline personality disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19943007
* ^expansion.contains[=].display = "Cirrhosis of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19905009
* ^expansion.contains[=].display = "Chronic prostatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19887002
* ^expansion.contains[=].display = "Claustrophobia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19877001
* ^expansion.contains[=].display = "Rhinophyma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19850005
* ^expansion.contains[=].display = "Acute gastric ulcer with perforation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19843006
* ^expansion.contains[=].display = "Hypertrophic scar"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19829001
* ^expansion.contains[=].display = "Disorder of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19660004
* ^expansion.contains[=].display = "Disorder of soft tissue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19636003
* ^expansion.contains[=].display = "Monocytosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19620000
* ^expansion.contains[=].display = "Rhegmatogenous retinal detachment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19598007
* ^expansion.contains[=].display = "Generalized epilepsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19527009
* ^expansion.contains[=].display = "Single episode of major depression in full remission"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19471005
* ^expansion.contains[=].display = "Lymphadenitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19442009
* ^expansion.contains[=].display = "Heterozygous thalassemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19429009
* ^expansion.contains[=].display = "Chronic ulcer of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19416009
* ^expansion.contains[=].display = "Congenital anomaly of eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19399000
* ^expansion.contains[=].display = "Acute exudative otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19354008
* ^expansion.contains[=].display = "Ganglion cyst of tendon sheath"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19346006
* ^expansion.contains[=].display = "Marfan's syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19311003
* ^expansion.contains[=].display = "Collagenous colitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19309007
* ^expansion.contains[=].display = "Glaucoma associated with vascular disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19307009
* ^expansion.contains[=].display = "Drug-induced immune thrombocytopenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19267009
* ^expansion.contains[=].display = "Lupus anticoagulant disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19242006
* ^expansion.contains[=].display = "Pulmonary edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19220005
* ^expansion.contains[=].display = "Complication of implant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19133005
* ^expansion.contains[=].display = "Neurofibromatosis syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19034001
* ^expansion.contains[=].display = "Hyperparathyroidism due to renal insufficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18973006
* ^expansion.contains[=].display = "Uterovaginal prolapse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18963009
* ^expansion.contains[=].display = "Mood swings"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18941000
* ^expansion.contains[=].display = "Oppositional defiant disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18876004
* ^expansion.contains[=].display = "Pain in finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18842008
* ^expansion.contains[=].display = "Corticobasal degeneration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18818009
* ^expansion.contains[=].display = "Moderate recurrent major depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18773000
* ^expansion.contains[=].display = "Cyclical vomiting syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18735004
* ^expansion.contains[=].display = "Congenital omphalocele"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18665000
* ^expansion.contains[=].display = "Acute gastric mucosal erosion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18653004
* ^expansion.contains[=].display = "Alcohol intoxication delirium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18643000
* ^expansion.contains[=].display = "Ethmoidal sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18546004
* ^expansion.contains[=].display = "Congenital stenosis of aortic valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18526009
* ^expansion.contains[=].display = "Disorder of appendix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18410006
* ^expansion.contains[=].display = "Scarred macula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18347007
* ^expansion.contains[=].display = "Spinal stenosis of lumbar region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18283000
* ^expansion.contains[=].display = "Acquired deformity of nose"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18265008
* ^expansion.contains[=].display = "Exophthalmos"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18193002
* ^expansion.contains[=].display = "Hypochondriasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18165001
* ^expansion.contains[=].display = "Jaundice"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18085000
* ^expansion.contains[=].display = "Compulsive gambling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18081009
* ^expansion.contains[=].display = "Enteric campylobacteriosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18070006
* ^expansion.contains[=].display = "Impacted cerumen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18040001
* ^expansion.contains[=].display = "Senile osteoporosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18003009
* ^expansion.contains[=].display = "Gender identity disorder of adulthood"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17920008
* ^expansion.contains[=].display = "Portal vein thrombosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17901006
* ^expansion.contains[=].display = "Primary hyperoxaluria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17883008
* ^expansion.contains[=].display = "Sprain of hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17849001
* ^expansion.contains[=].display = "Respiratory condition of fetus OR newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17759006
* ^expansion.contains[=].display = "Rheumatic aortic stenosis with regurgitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17741008
* ^expansion.contains[=].display = "Acute tonsillitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17709002
* ^expansion.contains[=].display = "Bleeding esophageal varices"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17602002
* ^expansion.contains[=].display = "Amyloidosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17552000
* ^expansion.contains[=].display = "Dental calculus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17551007
* ^expansion.contains[=].display = "Chronic diarrhea of unknown origin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17542004
* ^expansion.contains[=].display = "Accident while engaged in work-related activity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17532001
* ^expansion.contains[=].display = "Breech malpresentation successfully converted to cephalic presentation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17467004
* ^expansion.contains[=].display = "Hypertrophy of nasal turbinates"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17450006
* ^expansion.contains[=].display = "Myoclonus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17433009
* ^expansion.contains[=].display = "Ruptured ectopic pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17383000
* ^expansion.contains[=].display = "Toxic effect of carbon monoxide"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17382005
* ^expansion.contains[=].display = "Cervical incompetence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17369002
* ^expansion.contains[=].display = "Miscarriage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17366009
* ^expansion.contains[=].display = "Atrial arrhythmia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17329003
* ^expansion.contains[=].display = "Ureteric colic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17226007
* ^expansion.contains[=].display = "Adjustment disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17222009
* ^expansion.contains[=].display = "Closed fracture of distal end of radius"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17182001
* ^expansion.contains[=].display = "Agranulocytosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17173007
* ^expansion.contains[=].display = "Excessive thirst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17155009
* ^expansion.contains[=].display = "Trichotillomania"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17140000
* ^expansion.contains[=].display = "Neonatal jaundice due to delayed conjugation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #17059001
* ^expansion.contains[=].display = "Prepatellar bursitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16932000
* ^expansion.contains[=].display = "Nausea and vomiting"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16922007
* ^expansion.contains[=].display = "Hereditary coagulation factor deficiency"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16851005
* ^expansion.contains[=].display = "Mitochondrial myopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16838000
* ^expansion.contains[=].display = "Mediastinal emphysema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16814004
* ^expansion.contains[=].display = "Pneumococcal infectious disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16761005
* ^expansion.contains[=].display = "Esophagitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16726004
* ^expansion.contains[=].display = "Renal osteodystrophy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16644004
* ^expansion.contains[=].display = "Radial neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16631009
* ^expansion.contains[=].display = "Transverse myelopathy syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16607004
* ^expansion.contains[=].display = "Missed miscarriage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16596007
* ^expansion.contains[=].display = "Esotropia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16506000
* ^expansion.contains[=].display = "Mixed bipolar I disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16402000
* ^expansion.contains[=].display = "Sickle cell trait"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16386004
* ^expansion.contains[=].display = "Dry skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16358007
* ^expansion.contains[=].display = "Chronic disease of tonsils AND/OR adenoids"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16356006
* ^expansion.contains[=].display = "Multiple pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16331000
* ^expansion.contains[=].display = "Heartburn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16294009
* ^expansion.contains[=].display = "Splenomegaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16269008
* ^expansion.contains[=].display = "Neuralgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16207008
* ^expansion.contains[=].display = "Postmature infancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16146001
* ^expansion.contains[=].display = "Viral bronchitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16114001
* ^expansion.contains[=].display = "Fracture of ankle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16041008
* ^expansion.contains[=].display = "Female hypogonadism syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15993004
* ^expansion.contains[=].display = "Alveolar hypoventilation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15902003
* ^expansion.contains[=].display = "Gastric ulcer with hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15848008
* ^expansion.contains[=].display = "Noninflammatory disorder of broad ligament"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15805002
* ^expansion.contains[=].display = "Acute sinusitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15803009
* ^expansion.contains[=].display = "Bladder pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15802004
* ^expansion.contains[=].display = "Dystonia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15771004
* ^expansion.contains[=].display = "Diabetes insipidus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15662003
* ^expansion.contains[=].display = "Senile dementia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15639000
* ^expansion.contains[=].display = "Moderate major depression, single episode"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15628003
* ^expansion.contains[=].display = "Gonorrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15574005
* ^expansion.contains[=].display = "Fracture of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15555002
* ^expansion.contains[=].display = "Acute pericarditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15550007
* ^expansion.contains[=].display = "Open wound of wrist with tendon involvement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15544002
* ^expansion.contains[=].display = "Restrictive cardiomyopathy secondary to infiltrations"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15385006
* ^expansion.contains[=].display = "Closed fracture of medial malleolus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15346004
* ^expansion.contains[=].display = "Familial hypoalphalipoproteinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15258001
* ^expansion.contains[=].display = "Subclavian steal syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15250008
* ^expansion.contains[=].display = "Disorder of cornea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15241006
* ^expansion.contains[=].display = "Disorder of autonomic nervous system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15238002
* ^expansion.contains[=].display = "Esophageal bleeding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15188001
* ^expansion.contains[=].display = "Hearing loss"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15167005
* ^expansion.contains[=].display = "Alcohol abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15033003
* ^expansion.contains[=].display = "Peritonsillar abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15013002
* ^expansion.contains[=].display = "Vitreous floaters"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14981000
* ^expansion.contains[=].display = "Urethral fistula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14949009
* ^expansion.contains[=].display = "Old disruption of ligament of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14900002
* ^expansion.contains[=].display = "Hypopituitarism due to radiotherapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14893008
* ^expansion.contains[=].display = "Burn of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14783006
* ^expansion.contains[=].display = "Hyperbilirubinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14760008
* ^expansion.contains[=].display = "Constipation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14669001
* ^expansion.contains[=].display = "Acute renal failure syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14560005
* ^expansion.contains[=].display = "Dermal mycosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14448006
* ^expansion.contains[=].display = "Swallowed foreign body"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14366000
* ^expansion.contains[=].display = "Exposure keratoconjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14357004
* ^expansion.contains[=].display = "Ischemic optic neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14336007
* ^expansion.contains[=].display = "Ruptured abdominal aortic aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14304000
* ^expansion.contains[=].display = "Disorder of thyroid gland"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14302001
* ^expansion.contains[=].display = "Amenorrhea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14223005
* ^expansion.contains[=].display = "Esophageal varices without bleeding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14189004
* ^expansion.contains[=].display = "Measles"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14140009
* ^expansion.contains[=].display = "Hyperkalemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14094001
* ^expansion.contains[=].display = "Hyperemesis gravidarum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14070001
* ^expansion.contains[=].display = "Multi-infarct dementia with depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13973009
* ^expansion.contains[=].display = "Grand mal status"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13954005
* ^expansion.contains[=].display = "Ischemic ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13920009
* ^expansion.contains[=].display = "Hepatic encephalopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13802001
* ^expansion.contains[=].display = "Abscess of axilla"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13791008
* ^expansion.contains[=].display = "Asthenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13758004
* ^expansion.contains[=].display = "Paraphimosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13753008
* ^expansion.contains[=].display = "Hemifacial spasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13746004
* ^expansion.contains[=].display = "Bipolar disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13645005
* ^expansion.contains[=].display = "Chronic obstructive lung disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13644009
* ^expansion.contains[=].display = "Hypercholesterolemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13629008
* ^expansion.contains[=].display = "Hypothermia of newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13600006
* ^expansion.contains[=].display = "Folliculitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13595002
* ^expansion.contains[=].display = "Torsion of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13445001
* ^expansion.contains[=].display = "Ménière's disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13438001
* ^expansion.contains[=].display = "Overanxious disorder of childhood"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13370002
* ^expansion.contains[=].display = "Plantar fascial fibromatosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13301002
* ^expansion.contains[=].display = "Cellulitis of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13290008
* ^expansion.contains[=].display = "Aneurysm of iliac artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13277001
* ^expansion.contains[=].display = "Cystic acne"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13267003
* ^expansion.contains[=].display = "Gastric motor function disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13236000
* ^expansion.contains[=].display = "Congenital spondylolisthesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13213009
* ^expansion.contains[=].display = "Congenital heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13200003
* ^expansion.contains[=].display = "Peptic ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13197004
* ^expansion.contains[=].display = "Contraception"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13164000
* ^expansion.contains[=].display = "Reduced visual acuity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13094009
* ^expansion.contains[=].display = "Apnea in newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13045009
* ^expansion.contains[=].display = "Anisocoria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12962009
* ^expansion.contains[=].display = "Histoplasmosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12867002
* ^expansion.contains[=].display = "Fetal distress affecting management of mother"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12847006
* ^expansion.contains[=].display = "Acute duodenal ulcer with hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12820001
* ^expansion.contains[=].display = "Disorder of sacrum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12770006
* ^expansion.contains[=].display = "Cyanotic congenital heart disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12729009
* ^expansion.contains[=].display = "Prolonged rupture of membranes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12676007
* ^expansion.contains[=].display = "Fracture of radius"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12584003
* ^expansion.contains[=].display = "Bone pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12574004
* ^expansion.contains[=].display = "Noninfectious gastroenteritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12463005
* ^expansion.contains[=].display = "Infectious gastroenteritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12454008
* ^expansion.contains[=].display = "Cauda equina syndrome with neurogenic bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12351004
* ^expansion.contains[=].display = "Crowding of teeth"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12337004
* ^expansion.contains[=].display = "Disorder of uterus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12295008
* ^expansion.contains[=].display = "Bronchiectasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12274003
* ^expansion.contains[=].display = "Acute peptic ulcer with hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12204004
* ^expansion.contains[=].display = "Closed fracture of multiple ribs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12188008
* ^expansion.contains[=].display = "Parainfluenza"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12184005
* ^expansion.contains[=].display = "Visual field defect"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12063002
* ^expansion.contains[=].display = "Rectal hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12026006
* ^expansion.contains[=].display = "Paroxysmal tachycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11999007
* ^expansion.contains[=].display = "Inactive tuberculosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11980003
* ^expansion.contains[=].display = "Burn of foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11934000
* ^expansion.contains[=].display = "Ptosis of eyelid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11868005
* ^expansion.contains[=].display = "Burn of multiple sites of trunk"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11851006
* ^expansion.contains[=].display = "Mitral valve disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11836002
* ^expansion.contains[=].display = "Primary bacterial peritonitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11791001
* ^expansion.contains[=].display = "Necrotizing vasculitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11687002
* ^expansion.contains[=].display = "Gestational diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11654001
* ^expansion.contains[=].display = "Achilles tendinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11625007
* ^expansion.contains[=].display = "Torus mandibularis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11612004
* ^expansion.contains[=].display = "Chorioamnionitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11543004
* ^expansion.contains[=].display = "Otosclerosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11538006
* ^expansion.contains[=].display = "Tetraplegia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11530004
* ^expansion.contains[=].display = "Brittle diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11480007
* ^expansion.contains[=].display = "Idiopathic granulomatous interstitial nephropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11441004
* ^expansion.contains[=].display = "Prostatism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11437003
* ^expansion.contains[=].display = "Contusion of back"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11422002
* ^expansion.contains[=].display = "Combined form of senile cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11387009
* ^expansion.contains[=].display = "Organic mental disorder caused by psychoactive substance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11381005
* ^expansion.contains[=].display = "Acne"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11314008
* ^expansion.contains[=].display = "Polyp of corpus uteri"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11296007
* ^expansion.contains[=].display = "Stenosis of trachea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11251000
* ^expansion.contains[=].display = "Irradiation cystitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11226001
* ^expansion.contains[=].display = "Fuchs' heterochromic cyclitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11092001
* ^expansion.contains[=].display = "Sinus tachycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11049006
* ^expansion.contains[=].display = "Cervical radiculitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10981006
* ^expansion.contains[=].display = "Severe mixed bipolar I disorder with psychotic features"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10893003
* ^expansion.contains[=].display = "Tuberculous adenitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10743008
* ^expansion.contains[=].display = "Irritable bowel syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10725009
* ^expansion.contains[=].display = "Benign hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10601006
* ^expansion.contains[=].display = "Pain in lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10528009
* ^expansion.contains[=].display = "Lupus vulgaris"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10509002
* ^expansion.contains[=].display = "Acute bronchitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10380004
* ^expansion.contains[=].display = "Crushing injury of finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10217006
* ^expansion.contains[=].display = "Third degree perineal laceration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10184002
* ^expansion.contains[=].display = "Recurrent cholangitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10132008
* ^expansion.contains[=].display = "Burns of multiple sites"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10085004
* ^expansion.contains[=].display = "Metatarsalgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10050004
* ^expansion.contains[=].display = "Contusion of chest"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9991008
* ^expansion.contains[=].display = "Abdominal colic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9957009
* ^expansion.contains[=].display = "Urethral discharge"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9953008
* ^expansion.contains[=].display = "Acute alcoholic liver disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9826008
* ^expansion.contains[=].display = "Conjunctivitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9794007
* ^expansion.contains[=].display = "Endolymphatic hydrops"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9748009
* ^expansion.contains[=].display = "Dyskinesia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9713002
* ^expansion.contains[=].display = "Prostatitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9682006
* ^expansion.contains[=].display = "Fracture of scapula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9631008
* ^expansion.contains[=].display = "Ankylosing spondylitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9468002
* ^expansion.contains[=].display = "Closed fracture of carpal bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9414007
* ^expansion.contains[=].display = "Impaired glucose tolerance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9389005
* ^expansion.contains[=].display = "Herpes simplex keratitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9283009
* ^expansion.contains[=].display = "Second degree uterine prolapse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9078005
* ^expansion.contains[=].display = "Polyp of vocal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9015001
* ^expansion.contains[=].display = "Brain injury without open intracranial wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9014002
* ^expansion.contains[=].display = "Psoriasis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9009001
* ^expansion.contains[=].display = "Low compliance bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8971008
* ^expansion.contains[=].display = "Psychalgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8900005
* ^expansion.contains[=].display = "Hypoproteinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8847002
* ^expansion.contains[=].display = "Spondylosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8765009
* ^expansion.contains[=].display = "Hematemesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8722008
* ^expansion.contains[=].display = "Aortic valve disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8635005
* ^expansion.contains[=].display = "Alcohol withdrawal delirium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8619003
* ^expansion.contains[=].display = "Infertile"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8517006
* ^expansion.contains[=].display = "Ex-smoker"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8493009
* ^expansion.contains[=].display = "Chronic gastritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8442000
* ^expansion.contains[=].display = "Purulent rhinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8357008
* ^expansion.contains[=].display = "Reduced libido"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8229003
* ^expansion.contains[=].display = "Vasomotor rhinitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8220004
* ^expansion.contains[=].display = "Endocervical polyp"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8217007
* ^expansion.contains[=].display = "Arachnoiditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8186001
* ^expansion.contains[=].display = "Cardiomegaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8098009
* ^expansion.contains[=].display = "Sexually transmitted infectious disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8011004
* ^expansion.contains[=].display = "Dysarthria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8009008
* ^expansion.contains[=].display = "Nocturnal enuresis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8004003
* ^expansion.contains[=].display = "Teething syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7996008
* ^expansion.contains[=].display = "Fetal intrauterine distress first noted during labor AND/OR delivery in liveborn infant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7973008
* ^expansion.contains[=].display = "Abnormal vision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7951001
* ^expansion.contains[=].display = "Tailor's bunion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7916009
* ^expansion.contains[=].display = "Alcoholic polyneuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7895008
* ^expansion.contains[=].display = "Poisoning by drug AND/OR medicinal substance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7890003
* ^expansion.contains[=].display = "Contracture of joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7847004
* ^expansion.contains[=].display = "Cheilitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7792000
* ^expansion.contains[=].display = "Placenta previa without hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7699004
* ^expansion.contains[=].display = "Adhesive middle ear disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7674000
* ^expansion.contains[=].display = "Greater trochanteric pain syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7620006
* ^expansion.contains[=].display = "Crohn's disease of large bowel"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7573000
* ^expansion.contains[=].display = "Classical phenylketonuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7551007
* ^expansion.contains[=].display = "Closed fracture of neck of metacarpal bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7550008
* ^expansion.contains[=].display = "Transitory tachypnea of newborn"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7520000
* ^expansion.contains[=].display = "Pyrexia of unknown origin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7484005
* ^expansion.contains[=].display = "Double outlet right ventricle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7456000
* ^expansion.contains[=].display = "Poisoning by wasp sting"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7426009
* ^expansion.contains[=].display = "Central corneal ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7339009
* ^expansion.contains[=].display = "Polyneuropathy due to drug"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7305005
* ^expansion.contains[=].display = "Coarctation of aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7297005
* ^expansion.contains[=].display = "Generalized seborrheic dermatitis of infants"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7293009
* ^expansion.contains[=].display = "Heavy-for-dates at birth regardless of gestation period"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7231009
* ^expansion.contains[=].display = "Bullous dermatosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7200002
* ^expansion.contains[=].display = "Alcoholism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7199000
* ^expansion.contains[=].display = "Tuberous sclerosis syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7183006
* ^expansion.contains[=].display = "Anophthalmos"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7180009
* ^expansion.contains[=].display = "Meningitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7163005
* ^expansion.contains[=].display = "Urinary tract obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7093002
* ^expansion.contains[=].display = "Renal colic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7058009
* ^expansion.contains[=].display = "Noncompliance with treatment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #7011001
* ^expansion.contains[=].display = "Hallucinations"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6990005
* ^expansion.contains[=].display = "Fracture of shaft of tibia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6962006
* ^expansion.contains[=].display = "Hypertensive retinopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6929003
* ^expansion.contains[=].display = "Urethral caruncle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6893006
* ^expansion.contains[=].display = "First stage of labor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6858004
* ^expansion.contains[=].display = "Capsulitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6836001
* ^expansion.contains[=].display = "Injury of brachial plexus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6738008
* ^expansion.contains[=].display = "Female infertility"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6698000
* ^expansion.contains[=].display = "Closed trimalleolar fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6655004
* ^expansion.contains[=].display = "Acute laryngitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6654000
* ^expansion.contains[=].display = "Acquired hallux rigidus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6631009
* ^expansion.contains[=].display = "Thrombocytosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6475002
* ^expansion.contains[=].display = "Primary degenerative dementia of the Alzheimer type, presenile onset, uncomplicated"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6471006
* ^expansion.contains[=].display = "Suicidal thoughts"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6461009
* ^expansion.contains[=].display = "Amygdalolith"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6456007
* ^expansion.contains[=].display = "Supraventricular tachycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6383007
* ^expansion.contains[=].display = "Premature labor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6374002
* ^expansion.contains[=].display = "Bundle branch block"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6285003
* ^expansion.contains[=].display = "Tachyarrhythmia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6284004
* ^expansion.contains[=].display = "Abscess of neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6234006
* ^expansion.contains[=].display = "Second degree perineal laceration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6215006
* ^expansion.contains[=].display = "Acute cholangitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6185008
* ^expansion.contains[=].display = "Helicobacter-associated disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6154004
* ^expansion.contains[=].display = "Open wound of forearm with tendon involvement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6142004
* ^expansion.contains[=].display = "Influenza"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6141006
* ^expansion.contains[=].display = "Retinal edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6118003
* ^expansion.contains[=].display = "Demyelinating disease of central nervous system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6096002
* ^expansion.contains[=].display = "Breech presentation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6077001
* ^expansion.contains[=].display = "Foot-drop"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6072007
* ^expansion.contains[=].display = "Bleeding from anus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6058003
* ^expansion.contains[=].display = "Residual foreign body in soft tissue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6055000
* ^expansion.contains[=].display = "Burn of upper limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6020002
* ^expansion.contains[=].display = "Tinea pedis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5984000
* ^expansion.contains[=].display = "Fetal or neonatal effect of malpresentation, malposition and/or disproportion during labor and/or delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5972002
* ^expansion.contains[=].display = "Delay when starting to pass urine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5935008
* ^expansion.contains[=].display = "Oral contraception"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5913000
* ^expansion.contains[=].display = "Fracture of neck of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5888003
* ^expansion.contains[=].display = "Keratitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5876000
* ^expansion.contains[=].display = "Acquired pancytopenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5758002
* ^expansion.contains[=].display = "Bacteremia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5689008
* ^expansion.contains[=].display = "Chronic periodontitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5662003
* ^expansion.contains[=].display = "Contusion of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5602001
* ^expansion.contains[=].display = "Opioid abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5552004
* ^expansion.contains[=].display = "Disorder of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5510009
* ^expansion.contains[=].display = "Organic delusional disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5505005
* ^expansion.contains[=].display = "Acute bronchiolitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5441008
* ^expansion.contains[=].display = "Tinea capitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5413009
* ^expansion.contains[=].display = "Abnormal male sexual function"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5370000
* ^expansion.contains[=].display = "Atrial flutter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5318001
* ^expansion.contains[=].display = "Posterior subcapsular polar senile cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5313005
* ^expansion.contains[=].display = "Derangement of posterior horn of medial meniscus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5294002
* ^expansion.contains[=].display = "Developmental disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5291005
* ^expansion.contains[=].display = "Hypocalcemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5217008
* ^expansion.contains[=].display = "Stiff-person syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5158005
* ^expansion.contains[=].display = "Gilles de la Tourette's syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5148006
* ^expansion.contains[=].display = "Hypertensive heart disease with congestive heart failure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5132005
* ^expansion.contains[=].display = "Keratosis pilaris"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5084002
* ^expansion.contains[=].display = "Primary female infertility"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5050001
* ^expansion.contains[=].display = "Senile angioma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4997005
* ^expansion.contains[=].display = "Thyrotoxicosis factitia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4996001
* ^expansion.contains[=].display = "Hypophosphatemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4969004
* ^expansion.contains[=].display = "Sinus headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4927003
* ^expansion.contains[=].display = "Acute anterior uveitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4855003
* ^expansion.contains[=].display = "Retinopathy due to diabetes mellitus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4854004
* ^expansion.contains[=].display = "Acquired hemolytic anemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4834000
* ^expansion.contains[=].display = "Typhoid fever"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4800001
* ^expansion.contains[=].display = "Pyuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4787007
* ^expansion.contains[=].display = "Fetal or neonatal effect of breech delivery and extraction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4776004
* ^expansion.contains[=].display = "Lichen planus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4754008
* ^expansion.contains[=].display = "Gynecomastia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4740000
* ^expansion.contains[=].display = "Herpes zoster"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4661003
* ^expansion.contains[=].display = "Calculus of bile duct with obstruction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4598005
* ^expansion.contains[=].display = "Osteomalacia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4568003
* ^expansion.contains[=].display = "Retrosternal pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4557003
* ^expansion.contains[=].display = "Preinfarction syndrome"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4556007
* ^expansion.contains[=].display = "Gastritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4506002
* ^expansion.contains[=].display = "Educational problem"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4473006
* ^expansion.contains[=].display = "Migraine with aura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4412009
* ^expansion.contains[=].display = "Injury of digital nerve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4386001
* ^expansion.contains[=].display = "Bronchospasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4273008
* ^expansion.contains[=].display = "Closed posterior dislocation of elbow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4264000
* ^expansion.contains[=].display = "Chronic pericoronitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4210003
* ^expansion.contains[=].display = "Ocular hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4120002
* ^expansion.contains[=].display = "Bronchiolitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4103001
* ^expansion.contains[=].display = "Complex partial seizure with impairment of consciousness"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4046000
* ^expansion.contains[=].display = "Degenerative spondylolisthesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4009004
* ^expansion.contains[=].display = "Lower urinary tract infectious disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3972004
* ^expansion.contains[=].display = "Primary insomnia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3951002
* ^expansion.contains[=].display = "Proctitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3855007
* ^expansion.contains[=].display = "Disorder of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3754002
* ^expansion.contains[=].display = "Dysplasia of vagina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3744001
* ^expansion.contains[=].display = "Hyperlipoproteinemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3723001
* ^expansion.contains[=].display = "Arthritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3716002
* ^expansion.contains[=].display = "Goiter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3696007
* ^expansion.contains[=].display = "Nonulcer dyspepsia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3577000
* ^expansion.contains[=].display = "Retinal lattice degeneration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3548001
* ^expansion.contains[=].display = "Brachial plexus disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3545003
* ^expansion.contains[=].display = "Diastolic dysfunction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3502005
* ^expansion.contains[=].display = "Cervical lymphadenitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3424008
* ^expansion.contains[=].display = "Tachycardia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3415004
* ^expansion.contains[=].display = "Cyanosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3345002
* ^expansion.contains[=].display = "Idiopathic osteoporosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3291007
* ^expansion.contains[=].display = "Closed fracture of two ribs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3289004
* ^expansion.contains[=].display = "Anisometropia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3253007
* ^expansion.contains[=].display = "Discoloration of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3238004
* ^expansion.contains[=].display = "Pericarditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3228009
* ^expansion.contains[=].display = "Closed fracture of shaft of radius"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3218000
* ^expansion.contains[=].display = "Mycosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3199001
* ^expansion.contains[=].display = "Sprain of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3135009
* ^expansion.contains[=].display = "Otitis externa"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3110003
* ^expansion.contains[=].display = "Acute otitis media"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2929001
* ^expansion.contains[=].display = "Occlusion of artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2910007
* ^expansion.contains[=].display = "Discharge from penis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2904007
* ^expansion.contains[=].display = "Male infertility"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2901004
* ^expansion.contains[=].display = "Melena"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2897005
* ^expansion.contains[=].display = "Immune thrombocytopenia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2776000
* ^expansion.contains[=].display = "Delirium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2733002
* ^expansion.contains[=].display = "Heel pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2651006
* ^expansion.contains[=].display = "Closed traumatic dislocation of elbow joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2615004
* ^expansion.contains[=].display = "Follicular cyst of ovary"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2556008
* ^expansion.contains[=].display = "Periodontal disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2528003
* ^expansion.contains[=].display = "Viremia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2506003
* ^expansion.contains[=].display = "Early onset dysthymia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2492009
* ^expansion.contains[=].display = "Nutritional disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2477008
* ^expansion.contains[=].display = "Superficial thrombophlebitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2415007
* ^expansion.contains[=].display = "Lumbosacral radiculopathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2403008
* ^expansion.contains[=].display = "Psychoactive substance dependence"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2314005
* ^expansion.contains[=].display = "Unprotected sexual intercourse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2304001
* ^expansion.contains[=].display = "Discitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2237002
* ^expansion.contains[=].display = "Pleuritic pain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2177002
* ^expansion.contains[=].display = "Postherpetic neuralgia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2089002
* ^expansion.contains[=].display = "Osteitis deformans"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2073000
* ^expansion.contains[=].display = "Delusions"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2070002
* ^expansion.contains[=].display = "Burning sensation in eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2055003
* ^expansion.contains[=].display = "Recurrent erosion of cornea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2043009
* ^expansion.contains[=].display = "Alcoholic gastritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2032001
* ^expansion.contains[=].display = "Cerebral edema"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1963002
* ^expansion.contains[=].display = "Paroxysmal nocturnal hemoglobinuria"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1912002
* ^expansion.contains[=].display = "Fall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1860003
* ^expansion.contains[=].display = "Fluid volume disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1855002
* ^expansion.contains[=].display = "Developmental academic disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1847009
* ^expansion.contains[=].display = "Endophthalmitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1776003
* ^expansion.contains[=].display = "Renal tubular acidosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1761006
* ^expansion.contains[=].display = "Biliary cirrhosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1755008
* ^expansion.contains[=].display = "Old myocardial infarction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1705000
* ^expansion.contains[=].display = "Closed fracture of base of neck of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1679003
* ^expansion.contains[=].display = "Arthritis associated with another disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1658003
* ^expansion.contains[=].display = "Closed fracture of acromial end of clavicle"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1563006
* ^expansion.contains[=].display = "Protein S deficiency disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1539003
* ^expansion.contains[=].display = "Acquired trigger finger"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1532007
* ^expansion.contains[=].display = "Viral pharyngitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1482004
* ^expansion.contains[=].display = "Chalazion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1475003
* ^expansion.contains[=].display = "Herpes labialis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1415005
* ^expansion.contains[=].display = "Lymphangitis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1386000
* ^expansion.contains[=].display = "Intracranial hemorrhage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1376001
* ^expansion.contains[=].display = "Obsessive compulsive personality disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1335005
* ^expansion.contains[=].display = "Induratio penis plastica"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1261007
* ^expansion.contains[=].display = "Fracture of multiple ribs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1239002
* ^expansion.contains[=].display = "Congenital anteversion of femur"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1201005
* ^expansion.contains[=].display = "Benign essential hypertension"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1145003
* ^expansion.contains[=].display = "Developmental speech disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1085006
* ^expansion.contains[=].display = "Candidiasis of vulva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1055001
* ^expansion.contains[=].display = "Stenosis of precerebral artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1023001
* ^expansion.contains[=].display = "Apnea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #891003
* ^expansion.contains[=].display = "Suicide by self-administered drug"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #832007
* ^expansion.contains[=].display = "Moderate major depression"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #815008
* ^expansion.contains[=].display = "Episcleritis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #813001
* ^expansion.contains[=].display = "Ankle instability"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #805002
* ^expansion.contains[=].display = "Pneumoconiosis due to silica"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #787001
* ^expansion.contains[=].display = "Rheumatic mitral stenosis with regurgitation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #596004
* ^expansion.contains[=].display = "Premenstrual dysphoric disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #568005
* ^expansion.contains[=].display = "Tic disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #563001
* ^expansion.contains[=].display = "Nystagmus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #385006
* ^expansion.contains[=].display = "Secondary peripheral neuropathy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #368009
* ^expansion.contains[=].display = "Heart valve disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #330007
* ^expansion.contains[=].display = "Occipital headache"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #317006
* ^expansion.contains[=].display = "Reactive hypoglycemia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281004
* ^expansion.contains[=].display = "Dementia associated with alcoholism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #219006
* ^expansion.contains[=].display = "Current drinker"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #140004
* ^expansion.contains[=].display = "Chronic pharyngitis"
* include codes from system http://snomed.info/sct
    where constraint = "(< 404684003 |Clinical finding (finding)| OR < 243796009 |Situation with explicit context (situation)| OR < 272379006 |Event (event)|) AND ^ 816080008 |International Patient Summary (foundation metadata concept)|"