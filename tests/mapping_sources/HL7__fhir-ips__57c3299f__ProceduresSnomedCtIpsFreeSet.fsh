ValueSet: ProceduresSnomedCtIpsFreeSet
Id: procedures-snomed-ct-ips-free-set
Title: "Procedures - SNOMED CT IPS Free Set"
Description: "This value set includes the codes from the SNOMED International Patient Set (IPS) subset of SNOMED CT (IPS Free Set) that are included in: descendants of 71388002 \\|Procedure (procedure)\\|, but excludes descendants of 14734007 \\|Administrative procedure (procedure)\\|, 59524001 \\|Blood bank procedure (procedure)\\|, 389067005 \\|Community health procedure (procedure)\\|, 442006003 \\|Determination of information related to transfusion (procedure)\\|, 225288009 \\|Environmental care procedure (procedure)\\|, 308335008 \\|Patient encounter procedure (procedure)\\|, 710135002 \\|Promotion (procedure)\\|, and 389084004 \\|Staff related procedure (procedure)\\|."
* ^version = "1.1.0"
* ^status = #active
* ^experimental = false
* ^date = "2022-09-09T16:19:35.119+00:00"
* ^publisher = "HL7 International / Patient Care"
* ^contact.telecom.system = #url
* ^contact.telecom.value = "http://www.hl7.org/Special/committees/patientcare"
* ^jurisdiction = $m49.htm#001
* ^immutable = false
* ^copyright = "The SNOMED International IPS Terminology is distributed by International Health Terminology Standards Development Organisation, trading as SNOMED International, and is subject the terms of the [Creative Commons Attribution 4.0 International Public License](https://creativecommons.org/licenses/by/4.0/). For more information, see [SNOMED IPS Terminology](https://www.snomed.org/snomed-ct/Other-SNOMED-products/international-patient-summary-terminology)"
* ^expansion.timestamp = "2022-09-09T16:19:35.119+00:00"
* ^expansion.total = 690
* ^expansion.offset = 0
* ^expansion.parameter.name = "version"
* ^expansion.parameter.valueUri = "http://snomed.info/sct/version/20220731"
* ^expansion.contains[0].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #1144279009
* ^expansion.contains[=].display = "Fitting of complete denture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #871898007
* ^expansion.contains[=].display = "Administration of live attenuated Human alphaherpesvirus 3 vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #860934001
* ^expansion.contains[=].display = "Surgery of cataract of right eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #860930005
* ^expansion.contains[=].display = "Surgery of cataract of left eye"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #840534001
* ^expansion.contains[=].display = "Administration of SARS-CoV-2 antigen vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #771719009
* ^expansion.contains[=].display = "Open repair of epigastric hernia using sutures"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #771713005
* ^expansion.contains[=].display = "Open repair of inguinal hernia using sutures"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #771663005
* ^expansion.contains[=].display = "Open repair of umbilical hernia using sutures"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #771626001
* ^expansion.contains[=].display = "Open repair of femoral hernia using sutures"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #746051007
* ^expansion.contains[=].display = "Endovascular insertion of drug coated stent"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #737067005
* ^expansion.contains[=].display = "Repair of ventral hernia using graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #726437009
* ^expansion.contains[=].display = "Modified radical mastectomy of left breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #726436000
* ^expansion.contains[=].display = "Modified radical mastectomy of right breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #726430006
* ^expansion.contains[=].display = "Radical mastectomy of right breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #726429001
* ^expansion.contains[=].display = "Radical mastectomy of left breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #710785000
* ^expansion.contains[=].display = "Laparoscopic repair of hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #709013008
* ^expansion.contains[=].display = "Removal of implant device from bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #708983005
* ^expansion.contains[=].display = "Laparoscopic bypass of stomach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #708651002
* ^expansion.contains[=].display = "Partial excision of vertebra"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #708614008
* ^expansion.contains[=].display = "Laparoscopic lysis of adhesion of peritoneum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609588000
* ^expansion.contains[=].display = "Total knee replacement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #609230000
* ^expansion.contains[=].display = "Laparoscopic bilateral salpingo-oophorectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #608785007
* ^expansion.contains[=].display = "Open reduction of fracture of radius and ulna with internal fixation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #449320003
* ^expansion.contains[=].display = "Ligation and stripping of varicose vein of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #449048009
* ^expansion.contains[=].display = "Fusion of lumbosacral region of spine by anterior approach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #448944002
* ^expansion.contains[=].display = "Fusion of thoracolumbar region of spine by posterior approach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #448943008
* ^expansion.contains[=].display = "Fusion of thoracolumbar region of spine by anterior approach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #448942003
* ^expansion.contains[=].display = "Fusion of lumbosacral region of spine by posterior approach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #448808006
* ^expansion.contains[=].display = "Fusion of cervicothoracic region of spine by anterior approach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445982009
* ^expansion.contains[=].display = "Endoscopy and biopsy of upper gastrointestinal tract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445563009
* ^expansion.contains[=].display = "Counseling for sexually transmitted disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #445429009
* ^expansion.contains[=].display = "Cervical laminectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444822002
* ^expansion.contains[=].display = "Screening for malignant neoplasm of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444813003
* ^expansion.contains[=].display = "Prophylactic immunotherapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444783004
* ^expansion.contains[=].display = "Screening colonoscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444733009
* ^expansion.contains[=].display = "Preoperative cardiovascular examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444638005
* ^expansion.contains[=].display = "Screening for malignant neoplasm of skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444598000
* ^expansion.contains[=].display = "Pretransplant evaluation of donor"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444588006
* ^expansion.contains[=].display = "Endovascular repair of abdominal aortic aneurysm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #444562008
* ^expansion.contains[=].display = "Preoperative pulmonary examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443906008
* ^expansion.contains[=].display = "Bypass of stomach with short limb Roux-en-Y gastroenterostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443682009
* ^expansion.contains[=].display = "Total replacement of right knee joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #443681002
* ^expansion.contains[=].display = "Total replacement of left knee joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442460002
* ^expansion.contains[=].display = "Procedure on wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #442309004
* ^expansion.contains[=].display = "Insertion of tunneled venous catheter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #441612006
* ^expansion.contains[=].display = "Repair of infrarenal abdominal aortic aneurysm with insertion of endovascular stent"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #433233004
* ^expansion.contains[=].display = "Exercise stress echocardiography"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #431316002
* ^expansion.contains[=].display = "Laparoscopic subtotal hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #430715008
* ^expansion.contains[=].display = "Bariatric operative procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429653007
* ^expansion.contains[=].display = "Repair of reducible inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #429639007
* ^expansion.contains[=].display = "Percutaneous transluminal balloon angioplasty with insertion of stent into coronary artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #428817001
* ^expansion.contains[=].display = "Insertion of stent into ureter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427752004
* ^expansion.contains[=].display = "Excision of lamina of lumbar vertebra for decompression of spinal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #427247008
* ^expansion.contains[=].display = "Hearing assessment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426931009
* ^expansion.contains[=].display = "Administration of prophylactic antibiotic for subacute bacterial endocarditis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #426153007
* ^expansion.contains[=].display = "Insertion of artificial airway"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425983008
* ^expansion.contains[=].display = "Autologous peripheral blood stem cell transplant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425934009
* ^expansion.contains[=].display = "Cardioverter defibrillator procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425843001
* ^expansion.contains[=].display = "Allogeneic peripheral blood stem cell transplant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #425196008
* ^expansion.contains[=].display = "Insertion of peripherally inserted central catheter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424294008
* ^expansion.contains[=].display = "Delayed hypersensitivity skin test for tuberculin PPD"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #424225000
* ^expansion.contains[=].display = "Cardiovascular stress test using the dobutamine stress test protocol"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #423827005
* ^expansion.contains[=].display = "Endoscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #420171008
* ^expansion.contains[=].display = "Fluoroscopic angiography of carotid artery with contrast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418576007
* ^expansion.contains[=].display = "Harvesting of peripheral blood stem cells"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #418285008
* ^expansion.contains[=].display = "Angioplasty of blood vessel"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413467001
* ^expansion.contains[=].display = "Aftercare"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #413107006
* ^expansion.contains[=].display = "Hepatitis C screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #410624000
* ^expansion.contains[=].display = "Well child visit, 2 month"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #410620009
* ^expansion.contains[=].display = "Well child visit"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #410321003
* ^expansion.contains[=].display = "Wellness health education, guidance, and counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #410290005
* ^expansion.contains[=].display = "Family planning education, guidance, and counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #410289001
* ^expansion.contains[=].display = "Exercises education, guidance, and counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #410279000
* ^expansion.contains[=].display = "Caretaking/parenting skills education, guidance, and counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #410091003
* ^expansion.contains[=].display = "Ostomy care education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #410083007
* ^expansion.contains[=].display = "Rehabilitation therapy management"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409073007
* ^expansion.contains[=].display = "Education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #409063005
* ^expansion.contains[=].display = "Counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408968008
* ^expansion.contains[=].display = "Contraception care education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408814002
* ^expansion.contains[=].display = "Ultrasound scan for fetal anomaly"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #408760009
* ^expansion.contains[=].display = "Vision screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #405525004
* ^expansion.contains[=].display = "Repair of aneurysm of abdominal aorta"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #401191002
* ^expansion.contains[=].display = "Diabetic foot examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399867007
* ^expansion.contains[=].display = "Laser photocoagulation to retina"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399141000
* ^expansion.contains[=].display = "Male sterilization"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #399014008
* ^expansion.contains[=].display = "Administration of diphtheria, pertussis, and tetanus vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398780007
* ^expansion.contains[=].display = "Contraception education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398740003
* ^expansion.contains[=].display = "Colostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398182006
* ^expansion.contains[=].display = "Insertion of inferior vena caval filter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #398010007
* ^expansion.contains[=].display = "Prosthetic arthroplasty of hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397760009
* ^expansion.contains[=].display = "Tympanotomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397619005
* ^expansion.contains[=].display = "Family planning education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397431004
* ^expansion.contains[=].display = "Percutaneous transluminal coronary angioplasty with rotoablation, single vessel"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #397117006
* ^expansion.contains[=].display = "Amputation of lower limb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #395321006
* ^expansion.contains[=].display = "Foley catheter long term use"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #395218007
* ^expansion.contains[=].display = "Implantation of internal cardiac defibrillator"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #392236004
* ^expansion.contains[=].display = "Operative procedure on spinal structure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #392090004
* ^expansion.contains[=].display = "Operation on breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #392048005
* ^expansion.contains[=].display = "Operation on urinary system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #392021009
* ^expansion.contains[=].display = "Lumpectomy of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #392011001
* ^expansion.contains[=].display = "Operation on skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #392003006
* ^expansion.contains[=].display = "Colposcopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #391897002
* ^expansion.contains[=].display = "Aspiration curettage of uterus for termination of pregnancy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #389095005
* ^expansion.contains[=].display = "Contraception care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387740003
* ^expansion.contains[=].display = "Removal of ovarian cyst"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387731002
* ^expansion.contains[=].display = "Laminectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387714009
* ^expansion.contains[=].display = "Operation on lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387713003
* ^expansion.contains[=].display = "Surgical procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387644004
* ^expansion.contains[=].display = "Supracervical hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #387643005
* ^expansion.contains[=].display = "Partial hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386802000
* ^expansion.contains[=].display = "Endometrial biopsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386792000
* ^expansion.contains[=].display = "Transurethral resection of neoplasm of bladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386765006
* ^expansion.contains[=].display = "Operation on mediastinum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386745004
* ^expansion.contains[=].display = "Transurethral cystoscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386718000
* ^expansion.contains[=].display = "Endoscopic retrograde cholangiopancreatography"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386649003
* ^expansion.contains[=].display = "Partial hip replacement by prosthesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386638009
* ^expansion.contains[=].display = "Obstetric operation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386556002
* ^expansion.contains[=].display = "Repair of middle ear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386340006
* ^expansion.contains[=].display = "Intravenous therapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386333005
* ^expansion.contains[=].display = "Infant care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386230005
* ^expansion.contains[=].display = "Case management"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #386089008
* ^expansion.contains[=].display = "Collection of coughed sputum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #385904005
* ^expansion.contains[=].display = "Removal of ear wax"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #385752006
* ^expansion.contains[=].display = "Infusion care education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #385715006
* ^expansion.contains[=].display = "Cardiac care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #385488000
* ^expansion.contains[=].display = "Surgical procedure on chest wall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #385487005
* ^expansion.contains[=].display = "Surgical procedure on thorax"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #385468004
* ^expansion.contains[=].display = "Cataract extraction and insertion of intraocular lens"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #384723003
* ^expansion.contains[=].display = "Radical mastectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #384643000
* ^expansion.contains[=].display = "Repair of tricuspid valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #384642005
* ^expansion.contains[=].display = "Mitral valvuloplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #384634009
* ^expansion.contains[=].display = "Postnatal maternal examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373415004
* ^expansion.contains[=].display = "Implantation of posterior chamber intraocular lens"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #373353005
* ^expansion.contains[=].display = "Surgical procedure on eye proper"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371345007
* ^expansion.contains[=].display = "Laser iridotomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #371186005
* ^expansion.contains[=].display = "Amputation of toe"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #370854007
* ^expansion.contains[=].display = "Screening for substance abuse"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #370611004
* ^expansion.contains[=].display = "Excision of malignant neoplasm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367401004
* ^expansion.contains[=].display = "Myelogram"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #367336001
* ^expansion.contains[=].display = "Chemotherapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363680008
* ^expansion.contains[=].display = "Radiographic imaging procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #363187007
* ^expansion.contains[=].display = "Limb operation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #359908007
* ^expansion.contains[=].display = "Repair of paraesophageal diaphragmatic hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #359901001
* ^expansion.contains[=].display = "Neuroplasty and transposition of median nerve at carpal tunnel"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #359623004
* ^expansion.contains[=].display = "Total lobectomy of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #359612003
* ^expansion.contains[=].display = "Implantation of cochlear prosthetic device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #359551000
* ^expansion.contains[=].display = "Angioplasty of vein"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #315059002
* ^expansion.contains[=].display = "Laparoscopic salpingectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #314128006
* ^expansion.contains[=].display = "Laparoscopic Nissen fundoplication using abdominal approach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313270001
* ^expansion.contains[=].display = "Percutaneous insertion of nephrostomy tube"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313085000
* ^expansion.contains[=].display = "Relationship counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313080005
* ^expansion.contains[=].display = "Work-related counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #313071005
* ^expansion.contains[=].display = "Substance abuse counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312965008
* ^expansion.contains[=].display = "Laser assisted in situ keratomileusis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312891008
* ^expansion.contains[=].display = "Pregnancy-related examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312851005
* ^expansion.contains[=].display = "Screening for disorder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #312775003
* ^expansion.contains[=].display = "Debridement of ulcer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #311774002
* ^expansion.contains[=].display = "Colonoscopic polypectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #311764000
* ^expansion.contains[=].display = "Family counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310582005
* ^expansion.contains[=].display = "Implantation of intravenous dual chamber permanent cardiac pacemaker"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #310243009
* ^expansion.contains[=].display = "Nutritional assessment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309431009
* ^expansion.contains[=].display = "Arthroscopy of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #309430005
* ^expansion.contains[=].display = "Excision of skin tag"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #308695001
* ^expansion.contains[=].display = "Intracapsular cataract extraction and insertion of intraocular lens"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #308665009
* ^expansion.contains[=].display = "Repair of pulmonary valve with tissue graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307280005
* ^expansion.contains[=].display = "Implantation of cardiac pacemaker"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #307279007
* ^expansion.contains[=].display = "Prosthetic replacement of heart valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #304040003
* ^expansion.contains[=].display = "Grafting to skin"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #304039000
* ^expansion.contains[=].display = "Skin flap operation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302497006
* ^expansion.contains[=].display = "Hemodialysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302343007
* ^expansion.contains[=].display = "Insertion of prosthesis for breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #302171008
* ^expansion.contains[=].display = "Adjust hearing aid settings"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300009002
* ^expansion.contains[=].display = "Removal of acoustic neuroma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300007000
* ^expansion.contains[=].display = "Screening for cardiovascular system disease"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #300004007
* ^expansion.contains[=].display = "Screening for osteoporosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #297279009
* ^expansion.contains[=].display = "Administration of steroid"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #288161003
* ^expansion.contains[=].display = "Orthopedic device application"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #287708003
* ^expansion.contains[=].display = "Transurethral bladder excision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #287664005
* ^expansion.contains[=].display = "Ligation of bilateral fallopian tubes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #287310004
* ^expansion.contains[=].display = "Lung tumor excision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285663000
* ^expansion.contains[=].display = "Removal of bone screw from bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #285662005
* ^expansion.contains[=].display = "Removal of plate from bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #284532000
* ^expansion.contains[=].display = "Myringotomy and insertion of tympanic ventilation tube"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #284181007
* ^expansion.contains[=].display = "Incision and drainage of abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #282191000
* ^expansion.contains[=].display = "Laminotomy for decompression and exploration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281031002
* ^expansion.contains[=].display = "Well woman health examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #281029006
* ^expansion.contains[=].display = "Well man health examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278450005
* ^expansion.contains[=].display = "Finger stick"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278414003
* ^expansion.contains[=].display = "Pain management"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #278257006
* ^expansion.contains[=].display = "Peripheral blood stem cell graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277764006
* ^expansion.contains[=].display = "Fusion of posterior lumbar spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #277762005
* ^expansion.contains[=].display = "Lumbar puncture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #276861004
* ^expansion.contains[=].display = "Percutaneous balloon angioplasty of artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275979007
* ^expansion.contains[=].display = "Screening for malignant neoplasm of rectum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275978004
* ^expansion.contains[=].display = "Screening for malignant neoplasm of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275972003
* ^expansion.contains[=].display = "Cholesterol screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #275066000
* ^expansion.contains[=].display = "Open insertion of Hickman central venous catheter"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274412005
* ^expansion.contains[=].display = "Eye disorder screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274407009
* ^expansion.contains[=].display = "Intrauterine device check"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #274331003
* ^expansion.contains[=].display = "Surgical biopsy of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #272300006
* ^expansion.contains[=].display = "Closed reduction of fracture of femur with internal fixation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #271422003
* ^expansion.contains[=].display = "Fit denture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268565007
* ^expansion.contains[=].display = "Adult health examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268552003
* ^expansion.contains[=].display = "Hyperlipidemia screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268549006
* ^expansion.contains[=].display = "Endocrine/metabolic screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268547008
* ^expansion.contains[=].display = "Screening for malignant neoplasm of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268533009
* ^expansion.contains[=].display = "Sterilization education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268481000
* ^expansion.contains[=].display = "Child health care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #268360001
* ^expansion.contains[=].display = "Visual testing"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #266717002
* ^expansion.contains[=].display = "Hormone replacement therapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #265764009
* ^expansion.contains[=].display = "Renal dialysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #265703000
* ^expansion.contains[=].display = "Jaw and temporomandibular joint operations"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #265636007
* ^expansion.contains[=].display = "Cerclage of uterine cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #265250008
* ^expansion.contains[=].display = "Reduction plasty of bilateral breasts"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #265160007
* ^expansion.contains[=].display = "Total prosthetic replacement of hip joint not using cement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #265132005
* ^expansion.contains[=].display = "Primary open reduction and internal fixation of proximal femoral fracture with screw/nail and plate device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #265056007
* ^expansion.contains[=].display = "Vaginal hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #264957007
* ^expansion.contains[=].display = "Insertion of pleural tube drain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #252425004
* ^expansion.contains[=].display = "Cardiac electrophysiology"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #250980009
* ^expansion.contains[=].display = "Cardioversion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #243791004
* ^expansion.contains[=].display = "Viral screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #243789007
* ^expansion.contains[=].display = "Administration of hepatitis A vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #243788004
* ^expansion.contains[=].display = "Child examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #243787009
* ^expansion.contains[=].display = "Antenatal screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #243306000
* ^expansion.contains[=].display = "Ureteroileostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #239431009
* ^expansion.contains[=].display = "Reconstruction of anterior cruciate ligament of knee joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238318009
* ^expansion.contains[=].display = "Continuous ambulatory peritoneal dialysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #238192002
* ^expansion.contains[=].display = "Repair of hernia of anterior abdominal wall"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236974004
* ^expansion.contains[=].display = "Instrumental delivery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236973005
* ^expansion.contains[=].display = "Delivery procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236887006
* ^expansion.contains[=].display = "Laparoscopic hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236886002
* ^expansion.contains[=].display = "Hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #236258004
* ^expansion.contains[=].display = "Needle biopsy of prostate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235570008
* ^expansion.contains[=].display = "Dilatation of bile duct"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235222001
* ^expansion.contains[=].display = "Attention to gastrostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #235159007
* ^expansion.contains[=].display = "Percutaneous endoscopic gastrostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234808001
* ^expansion.contains[=].display = "Fit partial denture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234336002
* ^expansion.contains[=].display = "Hemopoietic stem cell transplant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234335003
* ^expansion.contains[=].display = "Allogeneic unrelated bone marrow transplant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #234319005
* ^expansion.contains[=].display = "Splenectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233553003
* ^expansion.contains[=].display = "Vascular cannula removal"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233527006
* ^expansion.contains[=].display = "Central venous cannula insertion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233456008
* ^expansion.contains[=].display = "Stripping of vein"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233445008
* ^expansion.contains[=].display = "Transjugular intrahepatic portosystemic shunt"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233185009
* ^expansion.contains[=].display = "Reprogramming of cardiac pacemaker"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233182007
* ^expansion.contains[=].display = "Permanent cardiac pacemaker procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233174007
* ^expansion.contains[=].display = "Cardiac pacemaker procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233170003
* ^expansion.contains[=].display = "Implantation of automatic cardiac defibrillator"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233169004
* ^expansion.contains[=].display = "Automatic defibrillator procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233163003
* ^expansion.contains[=].display = "Radiofrequency ablation operation for arrhythmia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #233022006
* ^expansion.contains[=].display = "Construction of conduit - right atrium to pulmonary trunk"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232834008
* ^expansion.contains[=].display = "Balloon aortic valvotomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232723004
* ^expansion.contains[=].display = "Coronary artery bypass grafts x 5"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232722009
* ^expansion.contains[=].display = "Coronary artery bypass grafts x 4"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232721002
* ^expansion.contains[=].display = "Coronary artery bypass grafts x 3"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232720001
* ^expansion.contains[=].display = "Coronary artery bypass grafts x 2"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232717009
* ^expansion.contains[=].display = "Coronary artery bypass graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232658009
* ^expansion.contains[=].display = "Double lung transplant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232632009
* ^expansion.contains[=].display = "Wedge excision of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #232613003
* ^expansion.contains[=].display = "Attention to tracheostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #231751005
* ^expansion.contains[=].display = "Exchange of intraocular lens"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #230810008
* ^expansion.contains[=].display = "Excision of tumor of brain meninges"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #229917005
* ^expansion.contains[=].display = "Gastrostomy feeding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #226007004
* ^expansion.contains[=].display = "Post-surgical wound care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225886003
* ^expansion.contains[=].display = "Medical assessment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225372007
* ^expansion.contains[=].display = "Total parenteral nutrition"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225323000
* ^expansion.contains[=].display = "Smoking cessation education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225307000
* ^expansion.contains[=].display = "Special observation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225113003
* ^expansion.contains[=].display = "Timed urine collection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #225100009
* ^expansion.contains[=].display = "Replacing dentures"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #195565004
* ^expansion.contains[=].display = "Dilation of esophagus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #183668008
* ^expansion.contains[=].display = "Total avulsion of nail plate"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #182836005
* ^expansion.contains[=].display = "Review of medication"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #182832007
* ^expansion.contains[=].display = "Management of drug regimen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #182770003
* ^expansion.contains[=].display = "Pre-anesthetic assessment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #182764009
* ^expansion.contains[=].display = "Anticoagulant therapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #182678001
* ^expansion.contains[=].display = "Allergen immunotherapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #179342005
* ^expansion.contains[=].display = "Knee joint operation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #178728009
* ^expansion.contains[=].display = "Removal of ureteral stent"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #178283002
* ^expansion.contains[=].display = "Block dissection of cervical lymph nodes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #178155009
* ^expansion.contains[=].display = "Plastic repair of tendon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #177866001
* ^expansion.contains[=].display = "Repair of bilateral inguinal hernias"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #177765008
* ^expansion.contains[=].display = "Opening of chest"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #177694006
* ^expansion.contains[=].display = "Incision and drainage of wound"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #177250006
* ^expansion.contains[=].display = "Abdominoplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #177184002
* ^expansion.contains[=].display = "Normal delivery procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #176820000
* ^expansion.contains[=].display = "Curettage of uterus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #176795006
* ^expansion.contains[=].display = "Subtotal abdominal hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #176258007
* ^expansion.contains[=].display = "Open prostatectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #175907006
* ^expansion.contains[=].display = "Nephroureterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #175905003
* ^expansion.contains[=].display = "Total nephrectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #175125003
* ^expansion.contains[=].display = "Percutaneous transluminal ablation of atrioventricular node"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #175095005
* ^expansion.contains[=].display = "Open ablation of atrioventricular node"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #174929002
* ^expansion.contains[=].display = "Mechanical prosthetic aortic valve replacement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #174776001
* ^expansion.contains[=].display = "Total splenectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #173984004
* ^expansion.contains[=].display = "Attention to ileostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #173977007
* ^expansion.contains[=].display = "Creation of ileostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #173747005
* ^expansion.contains[=].display = "Roux-en-Y gastrojejunostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #173422009
* ^expansion.contains[=].display = "Tonsillectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #173171007
* ^expansion.contains[=].display = "Lobectomy of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #172571009
* ^expansion.contains[=].display = "Epiretinal dissection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #172555009
* ^expansion.contains[=].display = "Anterior vitrectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #172532006
* ^expansion.contains[=].display = "YAG laser capsulotomy of lens"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #172485001
* ^expansion.contains[=].display = "Laser trabeculoplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #172132001
* ^expansion.contains[=].display = "Enucleation of eyeball"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171841007
* ^expansion.contains[=].display = "Endoscopic carpal tunnel release"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171419001
* ^expansion.contains[=].display = "Examination for population survey"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171413000
* ^expansion.contains[=].display = "Health examination of sub-group"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171387006
* ^expansion.contains[=].display = "School admission medical examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171237002
* ^expansion.contains[=].display = "Skin disease screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171228002
* ^expansion.contains[=].display = "Respiratory disease screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171223006
* ^expansion.contains[=].display = "Ischemic heart disease screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171222001
* ^expansion.contains[=].display = "Hypertension screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171221008
* ^expansion.contains[=].display = "Heart disease screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171219003
* ^expansion.contains[=].display = "Ear disorder screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171208001
* ^expansion.contains[=].display = "Alcohol consumption screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171207006
* ^expansion.contains[=].display = "Depression screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171183004
* ^expansion.contains[=].display = "Diabetes mellitus screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171182009
* ^expansion.contains[=].display = "Thyroid disorder screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171149006
* ^expansion.contains[=].display = "Screening for malignant neoplasm of cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171128005
* ^expansion.contains[=].display = "Venereal disease screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171126009
* ^expansion.contains[=].display = "Tuberculosis screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171044003
* ^expansion.contains[=].display = "Immunization education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171014001
* ^expansion.contains[=].display = "Medical counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171012002
* ^expansion.contains[=].display = "Pre-pregnancy education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #171007003
* ^expansion.contains[=].display = "Bereavement counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169762003
* ^expansion.contains[=].display = "Postnatal visit"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #169229007
* ^expansion.contains[=].display = "Dating/booking US scan"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #168884001
* ^expansion.contains[=].display = "Hysterosalpingography"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #165079009
* ^expansion.contains[=].display = "Exercise tolerance test"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #162673000
* ^expansion.contains[=].display = "General examination of patient"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #150062003
* ^expansion.contains[=].display = "Osteotomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #134435003
* ^expansion.contains[=].display = "Routine antenatal care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #134395001
* ^expansion.contains[=].display = "Diabetic retinopathy screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #134388005
* ^expansion.contains[=].display = "Monofilament foot sensation test"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #133906008
* ^expansion.contains[=].display = "Postpartum care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #133899007
* ^expansion.contains[=].display = "Postoperative care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #133864008
* ^expansion.contains[=].display = "Lithotripsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #129252005
* ^expansion.contains[=].display = "Suprapubic cystostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127787002
* ^expansion.contains[=].display = "Administration of Haemophilus influenzae type b vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127786006
* ^expansion.contains[=].display = "Administration of tetanus vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #127601009
* ^expansion.contains[=].display = "Hammer toe operation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #122856003
* ^expansion.contains[=].display = "Oral examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #122548005
* ^expansion.contains[=].display = "Biopsy of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #122471009
* ^expansion.contains[=].display = "Reduction of open fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #122470005
* ^expansion.contains[=].display = "Reduction of closed fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #122465003
* ^expansion.contains[=].display = "Reconstruction procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #121868005
* ^expansion.contains[=].display = "Total cholesterol measurement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #120001005
* ^expansion.contains[=].display = "Testis excision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #119954001
* ^expansion.contains[=].display = "Adenoid excision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #119922005
* ^expansion.contains[=].display = "Biliary tract endoscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118955007
* ^expansion.contains[=].display = "Implantation to cardiovascular system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118950002
* ^expansion.contains[=].display = "Procedure on head AND/OR neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118949002
* ^expansion.contains[=].display = "Procedure on extremity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118831003
* ^expansion.contains[=].display = "Procedure on intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118804001
* ^expansion.contains[=].display = "Procedure on blood vessel"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118797008
* ^expansion.contains[=].display = "Procedure on heart"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118795000
* ^expansion.contains[=].display = "Procedure on pleura"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118716003
* ^expansion.contains[=].display = "Procedure on foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118683007
* ^expansion.contains[=].display = "Procedure on ear and related structures"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118681009
* ^expansion.contains[=].display = "Procedure on endocrine system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118675001
* ^expansion.contains[=].display = "Procedure on female genital system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #118442004
* ^expansion.contains[=].display = "Drainage of abscess"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #116859006
* ^expansion.contains[=].display = "Transfusion of blood product"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #116241004
* ^expansion.contains[=].display = "Pancreaticoduodenectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #116144002
* ^expansion.contains[=].display = "Total abdominal hysterectomy with bilateral salpingo-oophorectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #116143008
* ^expansion.contains[=].display = "Total abdominal hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #116141005
* ^expansion.contains[=].display = "Abdominal hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #116028008
* ^expansion.contains[=].display = "Salpingo-oophorectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #113127005
* ^expansion.contains[=].display = "Kidney transplant evaluation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112925006
* ^expansion.contains[=].display = "Repair of obstetric laceration of vulva"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112892003
* ^expansion.contains[=].display = "Radical excision of iliac lymph nodes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112828007
* ^expansion.contains[=].display = "Femoral-popliteal artery bypass graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112811009
* ^expansion.contains[=].display = "Atrioseptoplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112802009
* ^expansion.contains[=].display = "Cardiovascular surgical procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112788002
* ^expansion.contains[=].display = "Operation on accessory sinus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112746006
* ^expansion.contains[=].display = "Operative procedure on hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112727005
* ^expansion.contains[=].display = "Revision of hip replacement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #112698002
* ^expansion.contains[=].display = "Operation on joint"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #110466009
* ^expansion.contains[=].display = "Pre-surgery evaluation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #108241001
* ^expansion.contains[=].display = "Dialysis procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #108224003
* ^expansion.contains[=].display = "Preventive patient evaluation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #108034003
* ^expansion.contains[=].display = "Bladder excision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #108022006
* ^expansion.contains[=].display = "Kidney excision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #108021004
* ^expansion.contains[=].display = "Operative procedure on male genitourinary system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #107963000
* ^expansion.contains[=].display = "Excision of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #107938000
* ^expansion.contains[=].display = "Small intestine excision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #107907001
* ^expansion.contains[=].display = "Operative procedure on digestive system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105387008
* ^expansion.contains[=].display = "Holiday relief care of patient"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #105376000
* ^expansion.contains[=].display = "Transesophageal echocardiography"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #104733005
* ^expansion.contains[=].display = "Homocysteine measurement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #104374007
* ^expansion.contains[=].display = "Hepatitis A virus antibody, total measurement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #104285006
* ^expansion.contains[=].display = "Measurement of Helicobacter pylori antibody"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #103750000
* ^expansion.contains[=].display = "Sleep apnea assessment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #103742009
* ^expansion.contains[=].display = "Renewal of prescription"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #103739003
* ^expansion.contains[=].display = "History and physical examination, occupation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #103738006
* ^expansion.contains[=].display = "History and physical examination, immigration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #103737001
* ^expansion.contains[=].display = "History and physical examination, pre-employment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #103736005
* ^expansion.contains[=].display = "History and physical examination, sports participation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #103735009
* ^expansion.contains[=].display = "Palliative care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #103716009
* ^expansion.contains[=].display = "Placement of stent"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91602002
* ^expansion.contains[=].display = "Thoracentesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #91251008
* ^expansion.contains[=].display = "Physical therapy procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90470006
* ^expansion.contains[=].display = "Prostatectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #90199006
* ^expansion.contains[=].display = "Transurethral prostatectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89634005
* ^expansion.contains[=].display = "Microbial identification kit, rapid strep method"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89522007
* ^expansion.contains[=].display = "Colocolostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #89355001
* ^expansion.contains[=].display = "Discectomy for intervertebral herniated disc, nucleus pulposus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88312006
* ^expansion.contains[=].display = "Amputation of leg through tibia and fibula"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #88039007
* ^expansion.contains[=].display = "Transplant of lung"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87795007
* ^expansion.contains[=].display = "Complete transurethral resection of prostate, including control of postoperative bleeding"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87366001
* ^expansion.contains[=].display = "Total elbow replacement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87199005
* ^expansion.contains[=].display = "Lead screening"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #87021001
* ^expansion.contains[=].display = "Mechanical vitrectomy by pars plana approach"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86944008
* ^expansion.contains[=].display = "Visual field study"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86800006
* ^expansion.contains[=].display = "Operation on trachea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86749008
* ^expansion.contains[=].display = "Stripping and ligation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86553008
* ^expansion.contains[=].display = "Immunosuppressive therapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86481000
* ^expansion.contains[=].display = "Laparotomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86480004
* ^expansion.contains[=].display = "Open reduction of fracture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86477000
* ^expansion.contains[=].display = "Total hysterectomy with removal of both tubes and ovaries"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86273004
* ^expansion.contains[=].display = "Biopsy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86259008
* ^expansion.contains[=].display = "Biopsy of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86198006
* ^expansion.contains[=].display = "Administration of influenza vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #86088003
* ^expansion.contains[=].display = "Centesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85921004
* ^expansion.contains[=].display = "Puncture procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85548006
* ^expansion.contains[=].display = "Episiotomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #85470006
* ^expansion.contains[=].display = "Testosterone measurement, total"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84877006
* ^expansion.contains[=].display = "Arthroscopy of knee with meniscus repair"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #84282008
* ^expansion.contains[=].display = "Hemorrhoidectomy by simple ligature"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83607001
* ^expansion.contains[=].display = "Gynecologic examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #83152002
* ^expansion.contains[=].display = "Oophorectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #82066000
* ^expansion.contains[=].display = "Bone density study, dual photon absorptiometry"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81870009
* ^expansion.contains[=].display = "Parotidectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #81099000
* ^expansion.contains[=].display = "Cervical arthrodesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80635001
* ^expansion.contains[=].display = "Cardiovascular stress test using treadmill"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80402001
* ^expansion.contains[=].display = "Insertion of implantable venous access port"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #80146002
* ^expansion.contains[=].display = "Appendectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79917009
* ^expansion.contains[=].display = "Implantation of pulmonary valve prosthesis or synthetic device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79733001
* ^expansion.contains[=].display = "Amputation above-knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79544006
* ^expansion.contains[=].display = "Complete axillary lymphadenectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #79206001
* ^expansion.contains[=].display = "Specialized medical examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78559005
* ^expansion.contains[=].display = "Operative procedure on shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78418002
* ^expansion.contains[=].display = "Operation on heart and pericardium"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #78318003
* ^expansion.contains[=].display = "History and physical examination, annual for health maintenance"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77543007
* ^expansion.contains[=].display = "Ligation of fallopian tube"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77465005
* ^expansion.contains[=].display = "Transplantation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77343006
* ^expansion.contains[=].display = "Angiography"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77181006
* ^expansion.contains[=].display = "Implantation of mitral valve prosthesis or synthetic device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #77150002
* ^expansion.contains[=].display = "History and physical examination, school"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76956004
* ^expansion.contains[=].display = "Amputation of finger, except thumb"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76876009
* ^expansion.contains[=].display = "Excision of bilateral ovaries"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76810006
* ^expansion.contains[=].display = "Diagnostic dilation and curettage of uterus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76746007
* ^expansion.contains[=].display = "Cardiovascular stress testing"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #76009000
* ^expansion.contains[=].display = "Esophagogastroduodenoscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75835007
* ^expansion.contains[=].display = "Laparoscopic-assisted vaginal hysterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #75732000
* ^expansion.contains[=].display = "Vitrectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74770008
* ^expansion.contains[=].display = "Exploratory laparotomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74406002
* ^expansion.contains[=].display = "Open heart valvuloplasty of mitral valve without replacement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74036000
* ^expansion.contains[=].display = "Pregnancy detection examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #74011006
* ^expansion.contains[=].display = "Open reduction of fracture of tibia and fibula with internal fixation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73761001
* ^expansion.contains[=].display = "Colonoscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73632009
* ^expansion.contains[=].display = "Laparoscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73536002
* ^expansion.contains[=].display = "Myotomy of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73416001
* ^expansion.contains[=].display = "Urine specimen collection, clean catch"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #73152006
* ^expansion.contains[=].display = "Administration of diphtheria and tetanus vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72791001
* ^expansion.contains[=].display = "Laryngectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72310004
* ^expansion.contains[=].display = "Circumcision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72093006
* ^expansion.contains[=].display = "Administration of poliomyelitis vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #72010008
* ^expansion.contains[=].display = "Removal of internal fixation device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71651007
* ^expansion.contains[=].display = "Mammography"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #71192002
* ^expansion.contains[=].display = "Peritoneal dialysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70777001
* ^expansion.contains[=].display = "Urine specimen collection, catheterized"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70536003
* ^expansion.contains[=].display = "Transplant of kidney"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #70183006
* ^expansion.contains[=].display = "Subcutaneous mastectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69724002
* ^expansion.contains[=].display = "Implantation of prosthetic intraocular lens"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #69380006
* ^expansion.contains[=].display = "Venous catheterization for renal dialysis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68432004
* ^expansion.contains[=].display = "Open reduction of fracture of carpals and metacarpals with internal fixation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68254000
* ^expansion.contains[=].display = "Removal of intrauterine device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #68168001
* ^expansion.contains[=].display = "Marital counseling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67629009
* ^expansion.contains[=].display = "Catheterization of left heart"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #67557008
* ^expansion.contains[=].display = "Laparoscopic cholecystectomy with exploration of common duct"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66951008
* ^expansion.contains[=].display = "Carotid endarterectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #66692001
* ^expansion.contains[=].display = "Repair of ruptured supraspinatus tendon, chronic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65911000
* ^expansion.contains[=].display = "Hepatitis B surface antibody measurement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65551008
* ^expansion.contains[=].display = "Radical retropubic prostatectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #65200003
* ^expansion.contains[=].display = "Insertion of intrauterine contraceptive device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64978007
* ^expansion.contains[=].display = "Radionuclide therapy for hyperthyroidism"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64411004
* ^expansion.contains[=].display = "Hepatitis C antibody measurement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64368001
* ^expansion.contains[=].display = "Partial mastectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #64253000
* ^expansion.contains[=].display = "Implantation of heart assist system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63332003
* ^expansion.contains[=].display = "History AND physical examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #63016009
* ^expansion.contains[=].display = "Complete cystectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #62438007
* ^expansion.contains[=].display = "Transplantation of pancreas"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61774002
* ^expansion.contains[=].display = "Repair of rotator cuff by suture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61661004
* ^expansion.contains[=].display = "Operative procedure on foot"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61498008
* ^expansion.contains[=].display = "Complete external hemorrhoidectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #61167004
* ^expansion.contains[=].display = "Thyroid stimulating hormone measurement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60689008
* ^expansion.contains[=].display = "Home care of patient"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #60656008
* ^expansion.contains[=].display = "Corneal transplant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59712006
* ^expansion.contains[=].display = "Evacuation of subdural hematoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59703009
* ^expansion.contains[=].display = "Cervical arthrodesis by anterior technique"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59657005
* ^expansion.contains[=].display = "Intestinal bypass for morbid obesity"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59582004
* ^expansion.contains[=].display = "Hepatitis B core antibody measurement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59300005
* ^expansion.contains[=].display = "Operation on spleen"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59214008
* ^expansion.contains[=].display = "Reduction mammoplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #59213002
* ^expansion.contains[=].display = "Repair of ruptured supraspinatus tendon, acute"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58776007
* ^expansion.contains[=].display = "Autologous bone marrow transplant"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #58390007
* ^expansion.contains[=].display = "Allogeneic bone marrow transplantation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57470004
* ^expansion.contains[=].display = "Open reduction of fracture of femur with internal fixation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #57168000
* ^expansion.contains[=].display = "Operation on bone"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56783008
* ^expansion.contains[=].display = "Incision AND drainage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56361007
* ^expansion.contains[=].display = "Excision of soft tissue"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56306000
* ^expansion.contains[=].display = "Cosmetic surgery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56283009
* ^expansion.contains[=].display = "Transplantation of small intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56062008
* ^expansion.contains[=].display = "Repair of sliding inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #56060000
* ^expansion.contains[=].display = "Repair of musculotendinous cuff of shoulder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55804002
* ^expansion.contains[=].display = "History and physical examination, administrative"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55705006
* ^expansion.contains[=].display = "Spinal arthrodesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55253009
* ^expansion.contains[=].display = "Replacement of tricuspid valve with tissue graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55244002
* ^expansion.contains[=].display = "Arthroscopically aided anterior cruciate ligament repair"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #55162003
* ^expansion.contains[=].display = "Tooth extraction"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54974006
* ^expansion.contains[=].display = "Insertion of permanent pacemaker with transvenous electrodes, ventricular"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54956002
* ^expansion.contains[=].display = "Gastrostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54885007
* ^expansion.contains[=].display = "Extraction of cataract"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #54357003
* ^expansion.contains[=].display = "Partial excision of small intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53976000
* ^expansion.contains[=].display = "Arthrodesis by anterior interbody technique of cervical region below C2 with bone graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53610001
* ^expansion.contains[=].display = "Nasal septoplasty with graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53442002
* ^expansion.contains[=].display = "Gastrectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53304009
* ^expansion.contains[=].display = "Parathyroidectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53266006
* ^expansion.contains[=].display = "Operation on diaphragm"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #53059001
* ^expansion.contains[=].display = "Replacement of mitral valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52852000
* ^expansion.contains[=].display = "Insertion of bilateral breast prostheses"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52734007
* ^expansion.contains[=].display = "Total replacement of hip"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52247003
* ^expansion.contains[=].display = "Repair of aortic valve with tissue graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #52052004
* ^expansion.contains[=].display = "Rehabilitation therapy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #51302004
* ^expansion.contains[=].display = "Turbinectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50807007
* ^expansion.contains[=].display = "Femoral-popliteal artery bypass graft with vein"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50465008
* ^expansion.contains[=].display = "Hernia repair"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50445001
* ^expansion.contains[=].display = "Mastoidectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50216001
* ^expansion.contains[=].display = "Replacement of mitral valve with tissue graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50172003
* ^expansion.contains[=].display = "Lumbar spinal fusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #50049003
* ^expansion.contains[=].display = "Urostomy management and care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49795001
* ^expansion.contains[=].display = "Total pneumonectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49509003
* ^expansion.contains[=].display = "Operation on lymphatic structure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49273004
* ^expansion.contains[=].display = "Laparoscopy with removal of adnexal structures"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #49209004
* ^expansion.contains[=].display = "Subtotal gastrectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48835001
* ^expansion.contains[=].display = "Esophagogastric fundoplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #48387007
* ^expansion.contains[=].display = "Incision of trachea"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47534009
* ^expansion.contains[=].display = "Decompression of median nerve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47411002
* ^expansion.contains[=].display = "Implantation of penile prosthesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #47020004
* ^expansion.contains[=].display = "Ventriculoperitoneal shunt"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46973005
* ^expansion.contains[=].display = "Blood pressure taking"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46716003
* ^expansion.contains[=].display = "Microalbuminuria measurement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46706006
* ^expansion.contains[=].display = "Replacement of intrauterine contraceptive device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46662001
* ^expansion.contains[=].display = "Examination of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #46116005
* ^expansion.contains[=].display = "Excision of malignant tumor of breast"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45993005
* ^expansion.contains[=].display = "Cholecystectomy with exploration of common duct"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #45595009
* ^expansion.contains[=].display = "Laparoscopic cholecystectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44946007
* ^expansion.contains[=].display = "Repair of umbilical hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44651004
* ^expansion.contains[=].display = "Contraceptive use education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44558001
* ^expansion.contains[=].display = "Repair of inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44441009
* ^expansion.contains[=].display = "Flexible fiberoptic sigmoidoscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44378008
* ^expansion.contains[=].display = "Partial colectomy with anastomosis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44337006
* ^expansion.contains[=].display = "Incision of gallbladder"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44166002
* ^expansion.contains[=].display = "Radical excision of skin lesion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #44119001
* ^expansion.contains[=].display = "Anastomosis of small intestine to small intestine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #43075005
* ^expansion.contains[=].display = "Partial resection of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42284007
* ^expansion.contains[=].display = "BCG vaccination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42262007
* ^expansion.contains[=].display = "Total shoulder replacement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #42101009
* ^expansion.contains[=].display = "Penetrating keratoplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41976001
* ^expansion.contains[=].display = "Cardiac catheterization"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41817002
* ^expansion.contains[=].display = "Closure of patent foramen ovale"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41339005
* ^expansion.contains[=].display = "Coronary angioplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #41088001
* ^expansion.contains[=].display = "Administration of Meningococcus vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40701008
* ^expansion.contains[=].display = "Echocardiography"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40617009
* ^expansion.contains[=].display = "Artificial respiration"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40505001
* ^expansion.contains[=].display = "Orthoptic training"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #40059006
* ^expansion.contains[=].display = "Creation of aortofemoral shunt"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #39202005
* ^expansion.contains[=].display = "Coronary artery bypass with autogenous graft, four grafts"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38598009
* ^expansion.contains[=].display = "Administration of measles and mumps and rubella vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38526002
* ^expansion.contains[=].display = "Vaginoscopy with biopsy of cervix"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #38102005
* ^expansion.contains[=].display = "Cholecystectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37508003
* ^expansion.contains[=].display = "Operation on neck"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37236007
* ^expansion.contains[=].display = "Dermabrasion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #37053006
* ^expansion.contains[=].display = "Open reduction of fracture of humerus with internal fixation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36995006
* ^expansion.contains[=].display = "Drainage of external ear"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36969009
* ^expansion.contains[=].display = "Placement of stent in coronary artery"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #36228007
* ^expansion.contains[=].display = "Ophthalmic examination and evaluation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35963001
* ^expansion.contains[=].display = "Removal of staples"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35350000
* ^expansion.contains[=].display = "Implantation of aortic valve prosthesis or synthetic device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #35025007
* ^expansion.contains[=].display = "Manual pelvic examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34969007
* ^expansion.contains[=].display = "Operation on retroperitoneum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34631000
* ^expansion.contains[=].display = "Administration of rabies vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34536000
* ^expansion.contains[=].display = "Amniocentesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34238000
* ^expansion.contains[=].display = "Lumbar and lumbosacral fusion by posterior technique"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34227000
* ^expansion.contains[=].display = "CT of brain"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #34068001
* ^expansion.contains[=].display = "Heart valve replacement"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33879002
* ^expansion.contains[=].display = "Active immunization"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33496007
* ^expansion.contains[=].display = "Mammoplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33195004
* ^expansion.contains[=].display = "External beam radiation therapy procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #33149006
* ^expansion.contains[=].display = "Pancreatectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32477003
* ^expansion.contains[=].display = "Heart-lung transplant with recipient cardiectomy-pneumonectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #32413006
* ^expansion.contains[=].display = "Transplantation of heart"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31932005
* ^expansion.contains[=].display = "Tympanomastoidectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #31501000
* ^expansion.contains[=].display = "Ethmoid sinusectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30956003
* ^expansion.contains[=].display = "Subtotal thyroidectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30904006
* ^expansion.contains[=].display = "Vascular surgery procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30880003
* ^expansion.contains[=].display = "Trabeculectomy ab externo"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30549001
* ^expansion.contains[=].display = "Removal of suture"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30542005
* ^expansion.contains[=].display = "Implantation of umbrella into vena cava"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #30058000
* ^expansion.contains[=].display = "Therapeutic drug monitoring assay"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29827000
* ^expansion.contains[=].display = "Excision of bilateral fallopian tubes and ovaries"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29672006
* ^expansion.contains[=].display = "Partial oophorectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #29303009
* ^expansion.contains[=].display = "Electrocardiographic procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28913000
* ^expansion.contains[=].display = "Tonsillectomy and adenoidectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28768007
* ^expansion.contains[=].display = "Incisional biopsy of breast mass"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #28510009
* ^expansion.contains[=].display = "Replacement of tracheal stent"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #27480002
* ^expansion.contains[=].display = "Excision of bunion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26786002
* ^expansion.contains[=].display = "Scleral buckling"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26476002
* ^expansion.contains[=].display = "Operation on bronchus"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26390003
* ^expansion.contains[=].display = "Total colectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26294005
* ^expansion.contains[=].display = "Radical prostatectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #26212005
* ^expansion.contains[=].display = "Replacement of aortic valve"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25953003
* ^expansion.contains[=].display = "Colostomy management and care"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25811000
* ^expansion.contains[=].display = "Total excision of bilateral fallopian tubes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25789004
* ^expansion.contains[=].display = "Lumbosacral arthrodesis"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #25353009
* ^expansion.contains[=].display = "Craniotomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24623002
* ^expansion.contains[=].display = "Screening mammography"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24496007
* ^expansion.contains[=].display = "Hemorrhoidectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24420007
* ^expansion.contains[=].display = "Sigmoidoscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #24139008
* ^expansion.contains[=].display = "Cystoscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23968004
* ^expansion.contains[=].display = "Excision of colon"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23719005
* ^expansion.contains[=].display = "Transplantation of bone marrow"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #23426006
* ^expansion.contains[=].display = "Measurement of respiratory function"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22890008
* ^expansion.contains[=].display = "Augmentation mammoplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #22523008
* ^expansion.contains[=].display = "Vasectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21574003
* ^expansion.contains[=].display = "Repair of aneurysm of abdominal aorta with graft"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21525004
* ^expansion.contains[=].display = "Excision of regional lymph nodes"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #21371007
* ^expansion.contains[=].display = "Operation on abdominal region"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20701002
* ^expansion.contains[=].display = "Open reduction of fracture with internal fixation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #20135006
* ^expansion.contains[=].display = "Screening procedure"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #19063003
* ^expansion.contains[=].display = "Arthroplasty of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18949003
* ^expansion.contains[=].display = "Change of dressing"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18692006
* ^expansion.contains[=].display = "Bypass gastroenterostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18114009
* ^expansion.contains[=].display = "Prenatal examination and care of mother"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #18027006
* ^expansion.contains[=].display = "Transplantation of liver"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16965008
* ^expansion.contains[=].display = "Insertion of intra-aortic balloon counterpulsation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16564004
* ^expansion.contains[=].display = "Hartmann operation, rectal resection"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #16545005
* ^expansion.contains[=].display = "Operation on nervous system"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15886004
* ^expansion.contains[=].display = "Screening for cancer"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15220000
* ^expansion.contains[=].display = "Laboratory test"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15023006
* ^expansion.contains[=].display = "Thromboendarterectomy with graft of carotid artery by neck incision"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #15018006
* ^expansion.contains[=].display = "Laparoscopic repair of inguinal hernia"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #14769009
* ^expansion.contains[=].display = "Tilt table test"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13910004
* ^expansion.contains[=].display = "Combined anteroposterior colporrhaphy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13714004
* ^expansion.contains[=].display = "Arthroscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13619001
* ^expansion.contains[=].display = "Thyroidectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13529000
* ^expansion.contains[=].display = "Nasal septoplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #13091001
* ^expansion.contains[=].display = "Dilation and curettage"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12866006
* ^expansion.contains[=].display = "Administration of pneumococcal vaccine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12660003
* ^expansion.contains[=].display = "Repair of complete shoulder cuff avulsion, chronic"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #12658000
* ^expansion.contains[=].display = "Operation on female genital organs"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11816003
* ^expansion.contains[=].display = "Diet education"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11466000
* ^expansion.contains[=].display = "Cesarean section"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11291002
* ^expansion.contains[=].display = "Excision of lesion of omentum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #11101003
* ^expansion.contains[=].display = "Percutaneous transluminal coronary angioplasty"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10849003
* ^expansion.contains[=].display = "Removal of foreign body"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10847001
* ^expansion.contains[=].display = "Bronchoscopy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10836008
* ^expansion.contains[=].display = "Decompression of spinal cord"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10458001
* ^expansion.contains[=].display = "Evacuation of intracerebral hematoma"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10326007
* ^expansion.contains[=].display = "Coronary artery bypass with autogenous graft, three grafts"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #10197000
* ^expansion.contains[=].display = "Psychiatric interview and evaluation"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #9888007
* ^expansion.contains[=].display = "Excision of intracranial lesion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8920006
* ^expansion.contains[=].display = "Repair of retina for retinal detachment"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8874001
* ^expansion.contains[=].display = "Arthroscopy of knee with medial and lateral meniscectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8782006
* ^expansion.contains[=].display = "Radical perineal prostatectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8180007
* ^expansion.contains[=].display = "Fiberoptic colonoscopy through colostomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #8069005
* ^expansion.contains[=].display = "Implantation of tricuspid valve prosthesis or synthetic device"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6976007
* ^expansion.contains[=].display = "Craniocervical spinal fusion"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6240004
* ^expansion.contains[=].display = "Operative procedure on knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6148000
* ^expansion.contains[=].display = "Chondrectomy of semilunar cartilage of knee"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #6025007
* ^expansion.contains[=].display = "Laparoscopic appendectomy"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5902003
* ^expansion.contains[=].display = "History and physical examination, complete"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5880005
* ^expansion.contains[=].display = "Physical examination"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #5781000
* ^expansion.contains[=].display = "Operation on nasal septum"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #4770005
* ^expansion.contains[=].display = "Colporrhaphy for repair of urethrocele"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3713005
* ^expansion.contains[=].display = "Release for de Quervain's tenosynovitis of hand"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #3418002
* ^expansion.contains[=].display = "Discectomy of spine"
* ^expansion.contains[+].system = "http://snomed.info/sct"
* ^expansion.contains[=].code = #2598006
* ^expansion.contains[=].display = "Open heart surgery"
* include codes from system http://snomed.info/sct
    where constraint = "(< 71388002 |Procedure (procedure)| AND ^ 816080008 |International Patient Summary (foundation metadata concept)|) minus (<< 14734007 |Administrative procedure (procedure)| or << 59524001 |Blood bank procedure (procedure)| or << 389067005 |Community health procedure (procedure)| or << 442006003 |Determination of information related to transfusion (procedure)| or << 225288009 |Environmental care procedure (procedure)| or << 308335008 |Patient encounter procedure (procedure)| or << 710135002 |Promotion (procedure)| or << 389084004 |Staff related procedure (procedure)|)"