"""The pvdkg vocabulary as a closed rdflib namespace: a typo raises.

Generated from ontology/ after a vocabulary change (`python -m pvdkg.namespace`);
tests/test_namespace.py checks that both still match.
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class PVDKG(DefinedNamespace):
    """https://w3id.org/pvdkg/ontology#"""

    _NS = Namespace("https://w3id.org/pvdkg/ontology#")
    _fail = True

    ACEInhibitorOrARB: URIRef
    AcceptableSurgicalRisk: URIRef
    AcceptableSurgicalRiskFalse: URIRef
    AcceptableSurgicalRiskTrue: URIRef
    Action: URIRef
    AmbulatoryFalse: URIRef
    AmbulatoryTrue: URIRef
    AmputationImminentFalse: URIRef
    AmputationImminentTrue: URIRef
    AnatomyKnownFalse: URIRef
    AnatomyKnownTrue: URIRef
    AnkleBrachialIndex: URIRef
    AntiplateletTherapy: URIRef
    AntiplateletTherapyContraindicatedFalse: URIRef
    AntiplateletTherapyContraindicatedTrue: URIRef
    AntithromboticTherapy: URIRef
    AortoiliacSegment: URIRef
    ArmResult: URIRef
    ArmVein: URIRef
    ArmVeinFalse: URIRef
    ArmVeinTrue: URIRef
    ArterialSegment: URIRef
    AsymptomaticFalse: URIRef
    AsymptomaticPresentation: URIRef
    AsymptomaticTrue: URIRef
    Atherectomy: URIRef
    AuditFinding: URIRef
    AutogenousVeinAvailableFalse: URIRef
    AutogenousVeinAvailableTrue: URIRef
    AutogenousVeinConduit: URIRef
    BareMetalStent: URIRef
    BelowKneeIndexLesionFalse: URIRef
    BelowKneeIndexLesionTrue: URIRef
    BelowKneeSegment: URIRef
    BelowKneeUntreatedLesionFalse: URIRef
    BelowKneeUntreatedLesionTrue: URIRef
    BloodPressureControl: URIRef
    CLTIFalse: URIRef
    CLTIPendingFalse: URIRef
    CLTIPendingTrue: URIRef
    CLTIPersistsAfterInflow: URIRef
    CLTIPersistsAfterInflowFalse: URIRef
    CLTIPersistsAfterInflowTrue: URIRef
    CLTIPresentation: URIRef
    CLTITrue: URIRef
    CORNotGiven: URIRef
    COR_I: URIRef
    COR_III_Harm: URIRef
    COR_III_NoBenefit: URIRef
    COR_IIa: URIRef
    COR_IIb: URIRef
    CalcificationGrade: URIRef
    Caution: URIRef
    ChronicallyBedridden: URIRef
    ChronicallyBedriddenFalse: URIRef
    ChronicallyBedriddenTrue: URIRef
    Cilostazol: URIRef
    Citation: URIRef
    ClassOfRecommendation: URIRef
    ClaudicationFalse: URIRef
    ClaudicationPresentation: URIRef
    ClaudicationTrue: URIRef
    ClinicalPresentation: URIRef
    ClinicalTrial: URIRef
    CommonFemoralSegment: URIRef
    Condition: URIRef
    ConditionalCitation: URIRef
    Consider: URIRef
    Contraindicated: URIRef
    ContraindicatedTherapyFinding: URIRef
    ContralateralLegVein: URIRef
    ContralateralLegVeinFalse: URIRef
    ContralateralLegVeinTrue: URIRef
    Contribution: URIRef
    CurrentEpisode: URIRef
    CurrentSmoker: URIRef
    CurrentSmokerFalse: URIRef
    CurrentSmokerTrue: URIRef
    Diabetes: URIRef
    DiabetesFalse: URIRef
    DiabetesTrue: URIRef
    Diagnostic: URIRef
    Dialysis: URIRef
    DialysisFalse: URIRef
    DialysisTrue: URIRef
    DrugCoatedBalloon: URIRef
    DrugElutingStent: URIRef
    DualPathwayInhibition: URIRef
    DualPathwayInhibitionContraindicatedFalse: URIRef
    DualPathwayInhibitionContraindicatedTrue: URIRef
    EarlierEpisode: URIRef
    EndovascularRevascularization: URIRef
    Entry: URIRef
    Episode: URIRef
    EvidenceStatement: URIRef
    ExerciseTherapy: URIRef
    ExhaustedConservativeTherapyFalse: URIRef
    ExhaustedConservativeTherapyTrue: URIRef
    FailedResult: URIRef
    FemoralTibialBypassAutogenousVein: URIRef
    FemoropoplitealSegment: URIRef
    FootInfection: URIRef
    FootInfectionFalse: URIRef
    FootInfectionTrue: URIRef
    GlycemicControl: URIRef
    HighIntensityStatin: URIRef
    HighSurgicalRisk: URIRef
    HighSurgicalRiskFalse: URIRef
    HighSurgicalRiskTrue: URIRef
    Hypertension: URIRef
    HypertensionFalse: URIRef
    HypertensionTrue: URIRef
    Indicated: URIRef
    InflowRevascularization: URIRef
    InflowRevascularizationDoneFalse: URIRef
    InflowRevascularizationDoneTrue: URIRef
    InflowSegment: URIRef
    InflowSignificanceUncertain: URIRef
    InflowSignificanceUncertainFalse: URIRef
    InflowSignificanceUncertainTrue: URIRef
    InfrapoplitealSegment: URIRef
    InfrapoplitealStenting: URIRef
    Interaction: URIRef
    Intervention: URIRef
    IntraArterialPressureGradientMeasurement: URIRef
    IntravascularLithotripsy: URIRef
    IpsilateralGreatSaphenousVein: URIRef
    IpsilateralGreatSaphenousVeinFalse: URIRef
    IpsilateralGreatSaphenousVeinTrue: URIRef
    IsolatedInfrapoplitealDiseaseFalse: URIRef
    IsolatedInfrapoplitealDiseaseTrue: URIRef
    LDLAboveTargetFinding: URIRef
    LOENotGiven: URIRef
    LOE_A: URIRef
    LOE_B: URIRef
    LOE_B_NR: URIRef
    LOE_B_R: URIRef
    LOE_C: URIRef
    LOE_C_EO: URIRef
    LOE_C_LD: URIRef
    LeftSide: URIRef
    Lesion: URIRef
    LesionLength: URIRef
    LesionMorphology: URIRef
    LevelOfEvidence: URIRef
    LimbParesis: URIRef
    LimbParesisFalse: URIRef
    LimbParesisTrue: URIRef
    LipidLoweringTherapy: URIRef
    LongLength: URIRef
    LongOcclusionFalse: URIRef
    LongOcclusionTrue: URIRef
    MeasurementSet: URIRef
    MedicalTherapy: URIRef
    MildCalcification: URIRef
    MissingTherapyFinding: URIRef
    ModerateCalcification: URIRef
    NoCalcification: URIRef
    NoVeinConduit: URIRef
    NoVeinConduitFalse: URIRef
    NoVeinConduitTrue: URIRef
    NonStentZoneSegment: URIRef
    Occlusion: URIRef
    OptimalResult: URIRef
    OralAnticoagulantMonotherapy: URIRef
    OtherAnticoagulationIndication: URIRef
    OtherAnticoagulationIndicationFalse: URIRef
    OtherAnticoagulationIndicationTrue: URIRef
    OutflowRevascularization: URIRef
    Patient: URIRef
    PatientFact: URIRef
    PedalSegment: URIRef
    PercutaneousTransluminalAngioplasty: URIRef
    PoplitealSegment: URIRef
    PrimaryAmputation: URIRef
    ProcedureRecord: URIRef
    ProcedureResult: URIRef
    ProphylacticRevascularization: URIRef
    ProstheticBypassGraft: URIRef
    RecommendationStatus: URIRef
    RefractoryRestPain: URIRef
    RefractoryRestPainFalse: URIRef
    RefractoryRestPainTrue: URIRef
    Revascularization: URIRef
    RevascularizationCandidate: URIRef
    RevascularizedFalse: URIRef
    RevascularizedTrue: URIRef
    RightSide: URIRef
    Rule: URIRef
    Sepsis: URIRef
    SepsisFalse: URIRef
    SepsisTrue: URIRef
    SevereBelowKneeUntreatedLesionFalse: URIRef
    SevereBelowKneeUntreatedLesionTrue: URIRef
    SevereCalcification: URIRef
    SevereNonStentZoneUntreatedLesionFalse: URIRef
    SevereNonStentZoneUntreatedLesionTrue: URIRef
    SevereUntreatedLesionFalse: URIRef
    SevereUntreatedLesionTrue: URIRef
    ShortLength: URIRef
    ShortLesionFalse: URIRef
    ShortLesionTrue: URIRef
    Side: URIRef
    SingleAntiplateletTherapy: URIRef
    SmokingCessationPharmacotherapy: URIRef
    Source: URIRef
    StagedDiseaseFalse: URIRef
    StagedDiseaseTrue: URIRef
    Statement: URIRef
    StatementConflict: URIRef
    StatusCondition: URIRef
    Stenosis: URIRef
    SuboptimalBelowKneePTAFalse: URIRef
    SuboptimalBelowKneePTATrue: URIRef
    SuboptimalResult: URIRef
    SupervisedExerciseTherapy: URIRef
    SurgicalBypass: URIRef
    SurgicalRisk: URIRef
    SurveillanceFollowUp: URIRef
    SymptomaticFalse: URIRef
    SymptomaticTrue: URIRef
    ToeBrachialIndex: URIRef
    TreatmentTarget: URIRef
    TrialResult: URIRef
    UncorrectableFlexionContracture: URIRef
    UncorrectableFlexionContractureFalse: URIRef
    UncorrectableFlexionContractureTrue: URIRef
    UnstructuredWalkingAdvice: URIRef
    UntreatedLesionFalse: URIRef
    UntreatedLesionTrue: URIRef
    VeinConduit: URIRef
    VeryLimitedLifeExpectancy: URIRef
    VeryLimitedLifeExpectancyFalse: URIRef
    VeryLimitedLifeExpectancyTrue: URIRef
    WeightBearingNecrosis: URIRef
    WeightBearingNecrosisFalse: URIRef
    WeightBearingNecrosisTrue: URIRef
    abi: URIRef
    aboutIntervention: URIRef
    ambulatory: URIRef
    amputationImminent: URIRef
    appliesToText: URIRef
    arm: URIRef
    armResult: URIRef
    atOrAbove: URIRef
    auditedIfMissing: URIRef
    becausePhrase: URIRef
    between: URIRef
    byRule: URIRef
    calcification: URIRef
    capsStatus: URIRef
    caseField: URIRef
    caseId: URIRef
    cautionPopulation: URIRef
    cautionText: URIRef
    citation: URIRef
    citationNumber: URIRef
    classOfRecommendation: URIRef
    completeList: URIRef
    conditionalCitation: URIRef
    conflictResolution: URIRef
    contraindicated: URIRef
    contraindicationOf: URIRef
    contributesTo: URIRef
    currentTherapiesRecorded: URIRef
    currentTherapy: URIRef
    decidedBy: URIRef
    defaultValue: URIRef
    endpoint: URIRef
    entailsClass: URIRef
    entryCitation: URIRef
    episode: URIRef
    falseFact: URIRef
    falseRail: URIRef
    finding: URIRef
    findingOrder: URIRef
    flowsToDescendants: URIRef
    forPatient: URIRef
    hadProcedure: URIRef
    hasAction: URIRef
    hasCondition: URIRef
    hasLesion: URIRef
    hasMeasurements: URIRef
    impliedSegment: URIRef
    includeDescendants: URIRef
    inheritedFrom: URIRef
    intersectionMember: URIRef
    intersectionSize: URIRef
    intervention: URIRef
    ldlCholesterol: URIRef
    leafClass: URIRef
    lesionLength: URIRef
    levelOfEvidence: URIRef
    limb: URIRef
    listedReference: URIRef
    measurementProperty: URIRef
    morphology: URIRef
    ofTrial: URIRef
    pValue: URIRef
    pValueComparator: URIRef
    patientSpecific: URIRef
    percent: URIRef
    population: URIRef
    presentation: URIRef
    procedureResult: URIRef
    procedureType: URIRef
    protectiveRank: URIRef
    reportsResult: URIRef
    requiresExhausted: URIRef
    requiresStatus: URIRef
    resolutionNote: URIRef
    segment: URIRef
    side: URIRef
    sourceExcerpt: URIRef
    sourceSection: URIRef
    status: URIRef
    statusIn: URIRef
    subClassOfOrSelf: URIRef
    supportedBy: URIRef
    supports: URIRef
    surgicalRisk: URIRef
    targetStatement: URIRef
    tbi: URIRef
    timePoint: URIRef
    tried: URIRef
    trueFact: URIRef
    unionMember: URIRef
    unit: URIRef
    veinConduit: URIRef
    whenPatientIn: URIRef


KB = Namespace("https://w3id.org/pvdkg/kb/")
PATIENT = Namespace("https://w3id.org/pvdkg/patient/")


def _generate() -> str:
    """The source of this module, regenerated from the ontology."""
    from pathlib import Path

    from pvdkg.store import knowledge_store, select
    rows = select(knowledge_store(), """SELECT DISTINCT ?s WHERE { { ?s ?p ?o } UNION { ?x ?p ?s }
        FILTER (isIRI(?s) && STRSTARTS(STR(?s), "https://w3id.org/pvdkg/ontology#")) }""")
    names = sorted(r["s"].split("#", 1)[1] for r in rows)
    text = Path(__file__).read_text(encoding="utf-8")
    head, _, rest = text.partition("    _fail = True\n\n")
    _, _, tail = rest.partition("\n\n\nKB = ")
    return head + "    _fail = True\n\n" + "\n".join(f"    {n}: URIRef" for n in names) + "\n\n\nKB = " + tail


if __name__ == "__main__":
    from pathlib import Path
    Path(__file__).write_text(_generate(), encoding="utf-8")
