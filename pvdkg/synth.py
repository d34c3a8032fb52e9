"""Synthetic, valid, clinically plausible cases for cohorts and benchmarks.

Deterministic per seed. The co-occurrence model is a set of tables (by
presentation) rather than code: prevalences of conditions, lesion segments
and calcium grades. Comorbidities and below-knee disease are more frequent
in CLTI, as in the PAD literature the source summarises. The numbers are illustrative
defaults for testing the software, not epidemiology.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

PRESENTATIONS = {"asymptomatic": 0.2, "claudication": 0.45, "clti": 0.35}

# prevalence of each condition by presentation (asymptomatic, claudication, clti)
CONDITIONS = {
    "diabetes": (0.30, 0.35, 0.60),
    "hypertension": (0.65, 0.70, 0.75),
    "dialysis": (0.02, 0.04, 0.15),
    "current_smoker": (0.30, 0.35, 0.30),
    "other_anticoagulation_indication": (0.08, 0.10, 0.12),
    "inflow_significance_uncertain": (0.02, 0.05, 0.06),
    "foot_infection": (0.0, 0.0, 0.25),
    "sepsis": (0.0, 0.0, 0.03),
    "weight_bearing_necrosis": (0.0, 0.0, 0.10),
    "refractory_rest_pain": (0.0, 0.0, 0.10),
    "uncorrectable_flexion_contracture": (0.0, 0.0, 0.02),
    "limb_paresis": (0.0, 0.0, 0.02),
    "very_limited_life_expectancy": (0.01, 0.01, 0.06),
    "chronically_bedridden": (0.0, 0.0, 0.04),
    "clti_persists_after_inflow": (0.0, 0.0, 0.05),
}
COLUMN = {p: i for i, p in enumerate(PRESENTATIONS)}
# a stated field value that a condition rules out (case-format.md consistency rules)
EXCLUDES = {"chronically_bedridden": ("ambulatory", True)}

SEGMENTS = {  # weights by presentation
    "aortoiliac": (2, 3, 2),
    "common_femoral": (1, 1, 1),
    "femoropopliteal": (4, 5, 3),
    "popliteal": (1, 1, 1),
    "infrapopliteal": (3, 2, 5),
    "pedal": (1, 1, 2),
}
CALCIFICATION = {"none": 1, "mild": 2, "moderate": 3, "severe": 4}
LESION_COUNT = {0: 1, 1: 5, 2: 3, 3: 1}
THERAPIES = [
    "HighIntensityStatin",
    "ACEInhibitorOrARB",
    "DualPathwayInhibition",
    "SingleAntiplateletTherapy",
    "OralAnticoagulantMonotherapy",
    "BloodPressureControl",
    "GlycemicControl",
    "Cilostazol",
    "SupervisedExerciseTherapy",
    "SmokingCessationPharmacotherapy",
    "LipidLoweringTherapy",
]
PATIENT_CONTRAINDICATIONS = [
    "DualPathwayInhibition",
    "Cilostazol",
    "AntiplateletTherapy",
    "HighIntensityStatin",
    "SurgicalBypass",
]
PROCEDURES = [
    "PercutaneousTransluminalAngioplasty",
    "IntravascularLithotripsy",
    "DrugCoatedBalloon",
    "FemoralTibialBypassAutogenousVein",
    "InflowRevascularization",
    "Atherectomy",
]
ONLY_FOR = {  # fields that case-format.md allows only for some presentations
    "amputation_imminent": ("clti",),
}


def _pick(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _pick_col(rng: random.Random, table: dict, column: int):
    keys = list(table)
    return rng.choices(keys, weights=[table[k][column] for k in keys])[0]


def synth_case(rng: random.Random, number: int) -> dict:
    """One synthetic case; every value comes from the tables above."""
    presentation = _pick(rng, PRESENTATIONS)
    col = COLUMN[presentation]
    case: dict = {"id": f"synth-{number:06d}", "presentation": presentation}
    limb = rng.choice(["left", "right"])
    if rng.random() < 0.8:
        case["limb"] = limb
    lesions = []
    for _ in range(_pick(rng, LESION_COUNT)):
        lesion = {
            "segment": _pick_col(rng, SEGMENTS, col),
            "morphology": rng.choice(["stenosis", "occlusion"]),
            "length": rng.choice(["short", "long"]),
            "calcification": _pick(rng, CALCIFICATION),
        }
        if rng.random() < 0.85:
            lesion["side"] = limb if rng.random() < 0.9 else {"left": "right", "right": "left"}[limb]
        lesions.append(lesion)
    if lesions:
        case["lesions"] = lesions
    conditions = [c for c, p in CONDITIONS.items() if rng.random() < p[col]]
    if conditions:
        case["conditions"] = conditions
    if rng.random() < 0.85:
        case["ambulatory"] = rng.random() < 0.85
    for condition in conditions:
        if condition in EXCLUDES:
            fieldname, value = EXCLUDES[condition]
            if case.get(fieldname) == value:
                del case[fieldname]
    if rng.random() < 0.8:
        case["surgical_risk"] = rng.choice(["acceptable", "acceptable", "high"])
    if rng.random() < 0.7:
        case["vein_conduit"] = rng.choice(
            ["ipsilateral_gsv", "ipsilateral_gsv", "contralateral_leg_vein", "arm_vein", "none"]
        )
    if presentation in ONLY_FOR["amputation_imminent"] and rng.random() < 0.1:
        case["amputation_imminent"] = True
    if rng.random() < 0.15:
        case["contraindicated"] = rng.sample(PATIENT_CONTRAINDICATIONS, rng.randint(1, 2))
    if rng.random() < 0.3:
        case["tried"] = rng.sample(["SupervisedExerciseTherapy", "Cilostazol"], rng.randint(1, 2))
    if lesions and rng.random() < 0.25:
        target = rng.choice(lesions)
        procedure = {
            "type": rng.choice(PROCEDURES),
            "result": rng.choice(["optimal", "optimal", "suboptimal", "failed"]),
            "segment": target["segment"],
            "when": rng.choice(["current", "earlier"]),
        }
        if "side" in target:
            procedure["side"] = target["side"]
        case["procedures"] = [procedure]
    measurements = {}
    if rng.random() < 0.6:
        measurements["abi"] = round(rng.uniform(0.3, 1.5), 2)
    if rng.random() < 0.3:
        measurements["tbi"] = round(rng.uniform(0.1, 0.9), 2)
    if rng.random() < 0.6:
        measurements["ldl_mg_dl"] = rng.randint(35, 190)
    if measurements:
        case["measurements"] = measurements
    if rng.random() < 0.5:
        case["current_therapies"] = rng.sample(THERAPIES, rng.randint(0, 4))
    return case


def synth(n: int, seed: int) -> Iterator[dict]:
    """n synthetic cases, the same for the same seed."""
    rng = random.Random(seed)
    for i in range(n):
        yield synth_case(rng, i + 1)


def synth_ndjson(n: int, seed: int) -> Iterator[str]:
    for case in synth(n, seed):
        yield json.dumps(case, separators=(",", ":"))
