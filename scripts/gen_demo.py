#!/usr/bin/env python3
"""Deterministic generator of the Enhetspuls demo data set.

Writes UTF-8 (no BOM), ';'-separated CSV files with a header row into
assets/demo/ (relative to the repository root):

  units.csv indicators.csv goals.csv targets.csv values.csv
  sickleave.csv budget.csv actions.csv comments.csv

"Today" is 2026-11-22: actual data covers 2023-01 .. 2026-10.  Budget rows
for 2026-11 and 2026-12 are also written (budget only, utfall and prognos
empty) so that a full-year budget exists for the forecast deviation; pass
--no-future-budget to leave them out.

Usage:
  python3 scripts/gen_demo.py            # generate
  python3 scripts/gen_demo.py --check    # validate the CSV files and print figures
  python3 scripts/gen_demo.py --out DIR  # write somewhere else

Standard library only; all randomness comes from fixed seeds, so two runs
produce byte-identical files.
"""

import argparse
import csv
import io
import math
import os
import random
import sys
from collections import defaultdict

SEED = 20261122
TODAY = "2026-11-22"
YEARS = [2023, 2024, 2025, 2026]
LAST_ACTUAL = (2026, 10)          # last month with economy/HR data
MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli",
             "augusti", "september", "oktober", "november", "december"]
CATS = ["intäkter", "personalkostnader", "övriga kostnader", "kapitalkostnader"]


def rng_for(name):
    """Independent deterministic RNG per purpose (str seeds are stable)."""
    return random.Random("%d-%s" % (SEED, name))


def months():
    for y in YEARS:
        for m in range(1, 13):
            if (y, m) > LAST_ACTUAL:
                return
            yield y, m


def ym(y, m):
    return "%04d-%02d" % (y, m)


def num(x, nd=2):
    """Dot decimal, at most nd decimals, no trailing zeros."""
    s = "%.*f" % (nd, x)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s == "-0":
        s = "0"
    return s


def sv(x, nd=1):
    """Swedish number for free text: decimal comma, space thousands, real minus."""
    neg = x < 0
    s = "%.*f" % (nd, abs(x))
    ip, _, dp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    s = " ".join(groups)
    if dp:
        s += "," + dp
    return ("\u2212" if neg else "") + s


# ---------------------------------------------------------------------------
# Organisation
# ---------------------------------------------------------------------------
ROOT = ("SOC", "Socialförvaltningen", "", "förvaltning")
AREAS = [
    ("VO", "Vård och omsorg", "SOC", "område"),
    ("FS", "Funktionsstöd", "SOC", "område"),
    ("IFO", "Individ- och familjeomsorg", "SOC", "område"),
]

# kod, namn, område, typ of business, employees (2025), base sick % 2025,
# share of sick hours in day 1-14, share in 60+ days, sjuklön kr/h
UNITS = [
    ("VO-HTN", "Hemtjänst Norr", "VO", "hemtjänst", 38, 13.2, 0.56, 0.30, 215),
    ("VO-HTS", "Hemtjänst Söder", "VO", "hemtjänst", 34, 12.6, 0.55, 0.31, 215),
    ("VO-SKH", "Skållerudshemmet", "VO", "säbo", 36, 14.4, 0.52, 0.34, 220),
    ("VO-BJK", "Björkängen", "VO", "säbo", 39, 14.0, 0.54, 0.32, 220),
    ("VO-KOR", "Korttiden", "VO", "korttid", 30, 9.0, 0.57, 0.28, 225),
    ("FS-TAL", "LSS Gruppbostad Tallen", "FS", "lss", 26, 8.0, 0.55, 0.30, 220),
    ("FS-LIN", "LSS Gruppbostad Linden", "FS", "lss", 25, 7.3, 0.57, 0.29, 220),
    ("FS-EKB", "Daglig verksamhet Ekbacken", "FS", "dv", 28, 7.8, 0.53, 0.33, 225),
    ("FS-PA", "Personlig assistans", "FS", "pa", 36, 8.6, 0.50, 0.36, 210),
    ("IFO-BU", "IFO Barn och unga", "IFO", "ifo", 27, 5.2, 0.49, 0.40, 260),
    ("IFO-VUX", "IFO Vuxen", "IFO", "ifo", 25, 4.6, 0.47, 0.42, 260),
    ("IFO-EB", "Ekonomiskt bistånd", "IFO", "ifo", 25, 5.0, 0.50, 0.38, 255),
]
U = {u[0]: dict(kod=u[0], namn=u[1], omr=u[2], typ=u[3], emp=u[4], sick=u[5],
                p14=u[6], p60=u[7], krh=u[8]) for u in UNITS}
UNIT_CODES = [u[0] for u in UNITS]
AREA_NAME = {a[0]: a[1] for a in AREAS}

# Sick-leave level relative to 2025, per year (trend).
SICK_TREND = {
    "VO-HTN": {2023: 0.95, 2024: 0.97, 2025: 1.00, 2026: 1.10},   # worsening
    "VO-HTS": {2023: 1.12, 2024: 1.06, 2025: 1.00, 2026: 0.94},   # improving
    "VO-SKH": {2023: 1.15, 2024: 1.07, 2025: 1.00, 2026: 0.89},   # improving
    "VO-BJK": {2023: 1.00, 2024: 1.02, 2025: 1.00, 2026: 1.01},
    "VO-KOR": {2023: 1.06, 2024: 1.01, 2025: 1.00, 2026: 0.97},
    "FS-TAL": {2023: 0.95, 2024: 0.98, 2025: 1.00, 2026: 1.00},   # + long-term case 2026
    "FS-LIN": {2023: 1.10, 2024: 1.05, 2025: 1.00, 2026: 0.95},
    "FS-EKB": {2023: 1.00, 2024: 1.01, 2025: 1.00, 2026: 1.02},
    "FS-PA": {2023: 1.03, 2024: 1.00, 2025: 1.00, 2026: 0.98},
    "IFO-BU": {2023: 1.05, 2024: 1.12, 2025: 1.00, 2026: 0.95},
    "IFO-VUX": {2023: 1.00, 2024: 0.95, 2025: 1.00, 2026: 1.12},
    "IFO-EB": {2023: 0.98, 2024: 1.00, 2025: 1.00, 2026: 1.00},
}
# Seasonality of sick leave (mean ~1): high Jan-Mar and Dec, low in summer.
SICK_SEASON = [1.12, 1.15, 1.08, 1.00, 0.96, 0.89, 0.80, 0.88, 1.00, 1.03, 1.06, 1.10]
# Influenza peaks (all units), extra factor.
FLU = {(2023, 12): 1.08, (2024, 1): 1.08, (2025, 2): 1.07, (2026, 2): 1.08}
# Unit-specific events: (unit, y, m) -> factor
SICK_EVENT = {("VO-BJK", 2026, 2): 1.15, ("VO-BJK", 2026, 3): 1.06}
# FS-TAL: one employee 75 % sick from mid-March 2026 (hours: d1-14, d15-59, d60+)
TAL_CASE = {3: (52, 0, 0), 4: (0, 105, 0), 5: (0, 52, 53), 6: (0, 0, 98),
            7: (0, 0, 66), 8: (0, 0, 90), 9: (0, 0, 105), 10: (0, 0, 107)}
# Employees per year relative to 2025 (Skållerudshemmet shrank with fewer places).
EMP_YEAR = {"VO-SKH": {2023: 44, 2024: 37, 2025: 36, 2026: 35},
            "VO-KOR": {2023: 33, 2024: 30, 2025: 30, 2026: 30},
            "VO-HTN": {2023: 36, 2024: 37, 2025: 38, 2026: 39}}

# Scheduled hours: vacation factor per month (regular staff on leave).
VACATION = [1.00, 1.00, 1.00, 0.99, 0.98, 0.90, 0.62, 0.84, 1.00, 1.00, 1.00, 0.95]
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def days_in(y, m):
    if m == 2 and y % 4 == 0:
        return 29
    return DAYS[m - 1]


# ---------------------------------------------------------------------------
# Sick leave
# ---------------------------------------------------------------------------
def gen_sickleave():
    r = rng_for("sick")
    rows = {}
    for kod in UNIT_CODES:
        u = U[kod]
        for y, m in months():
            emp = EMP_YEAR.get(kod, {}).get(y, u["emp"])
            sched = emp * 140.0 * days_in(y, m) / 30.44 * VACATION[m - 1]
            sched *= 1 + r.gauss(0, 0.015)
            pct = u["sick"] * SICK_TREND[kod][y] * SICK_SEASON[m - 1]
            pct *= FLU.get((y, m), 1.0) * SICK_EVENT.get((kod, y, m), 1.0)
            # gentle within-year drift so the trend is not a step at new year
            pct *= 1 + (SICK_TREND[kod][y] - SICK_TREND[kod].get(y - 1, SICK_TREND[kod][y])) * (m - 6.5) / 24
            pct *= math.exp(r.gauss(0, 0.07))
            sick = sched * pct / 100.0
            # short-term share higher in flu season, long share lower then
            season_short = 0.05 if m in (1, 2, 3, 12) else (-0.03 if m in (6, 7, 8) else 0)
            p14 = min(0.65, max(0.45, u["p14"] + season_short + r.gauss(0, 0.03)))
            p60 = min(0.50, max(0.25, u["p60"] - season_short * 0.8 + r.gauss(0, 0.03)))
            p60 = min(p60, 1 - p14 - 0.04)
            h14 = sick * p14
            h60 = sick * p60
            if kod == "FS-TAL" and y == 2026 and m in TAL_CASE:
                a, b, c = TAL_CASE[m]
                sick += a + b + c
                h14 += a
                h60 += c
            kost = h14 * u["krh"] * (1 + r.gauss(0, 0.03))
            sched, sick, h14, h60 = (round(sched, 1), round(sick, 1), round(h14, 1), round(h60, 1))
            if h14 + h60 > sick:
                h60 = round(sick - h14, 1)
            rows[(kod, y, m)] = dict(sched=sched, sick=sick, h14=h14, h60=h60,
                                     kost=round(kost))
    return rows


# ---------------------------------------------------------------------------
# Budget
# ---------------------------------------------------------------------------
# Annual budget 2025 in tkr: intäkter, personal, övriga, kapital
BUDGET_2025 = {
    "VO-HTN": (2600, 27500, 3200, 300),
    "VO-HTS": (2300, 24500, 2900, 250),
    "VO-SKH": (3400, 31000, 4200, 2100),
    "VO-BJK": (4100, 36500, 5200, 2600),
    "VO-KOR": (900, 17500, 2300, 900),
    "FS-TAL": (700, 12800, 1300, 400),
    "FS-LIN": (650, 11600, 1200, 350),
    "FS-EKB": (500, 11200, 1900, 300),
    "FS-PA": (26500, 31500, 900, 50),
    "IFO-BU": (1800, 17200, 18500, 100),
    "IFO-VUX": (900, 11500, 11800, 80),
    "IFO-EB": (1200, 13800, 21000, 60),
}
BUDGET_GROWTH = {2023: 1 / 1.04 ** 2, 2024: 1 / 1.04, 2025: 1.0, 2026: 1.035}
# Structural budget changes: (unit, year) -> factor per category index
BUDGET_STRUCT = {
    ("VO-SKH", 2023): (1.20, 1.17, 1.12, 1.0),   # 32 places before the reduction
    ("VO-KOR", 2023): (1.15, 1.12, 1.08, 1.0),   # 18 places before reduction to 14
    ("IFO-BU", 2026): (1.0, 1.0, 1.04, 1.0),     # some extra placement money 2026
}
# Monthly budget profile per category (normalised to 12)
PROFILE = {
    "intäkter": [1.0] * 12,
    "personalkostnader": [0.98, 0.93, 0.98, 0.96, 0.98, 1.10, 1.32, 1.12, 0.95, 0.97, 0.95, 1.06],
    "övriga kostnader": [1.05, 0.97, 1.0, 1.0, 1.0, 0.98, 0.92, 0.95, 1.02, 1.03, 1.02, 1.06],
    "kapitalkostnader": [1.0] * 12,
}
for _k, _v in PROFILE.items():
    _s = sum(_v)
    PROFILE[_k] = [x * 12 / _s for x in _v]

# Deviation of utfall from budget (fraction, + = higher amount than budget),
# per unit and year per category index (intäkter, personal, övriga, kapital).
DRIFT = {
    "VO-HTN": {2023: (0, .02, .02, 0), 2024: (.01, .04, .03, 0), 2025: (.0, .042, .03, 0),
               2026: (.0, .047, .03, 0)},
    "VO-HTS": {2023: (.02, .005, 0, 0), 2024: (.03, -.01, 0, 0), 2025: (.04, -.01, -.01, 0),
               2026: (.05, -.012, 0, 0)},
    "VO-SKH": {2023: (-.03, -.025, -.02, 0), 2024: (0, -.025, -.01, 0), 2025: (0, -.02, -.01, 0),
               2026: (.01, -.02, -.015, 0)},
    "VO-BJK": {2023: (0, .01, .05, 0), 2024: (0, .005, .07, 0), 2025: (0, .01, .08, 0),
               2026: (0, .02, .10, 0)},
    "VO-KOR": {2023: (.25, .0, .01, 0), 2024: (.05, .005, 0, 0), 2025: (0, .0, .01, 0),
               2026: (.02, .008, 0, 0)},
    "FS-TAL": {2023: (0, .01, 0, 0), 2024: (0, .015, .01, 0), 2025: (0, .03, .01, 0),
               2026: (0, .045, .02, 0)},
    "FS-LIN": {2023: (0, .005, 0, 0), 2024: (0, -.005, 0, 0), 2025: (0, .0, .01, 0),
               2026: (0, -.004, 0, 0)},
    "FS-EKB": {2023: (.05, 0, 0, 0), 2024: (.04, -.01, 0, 0), 2025: (.02, -.035, -.02, 0),
               2026: (.02, -.04, -.03, 0)},
    "FS-PA": {2023: (0, .0, 0, 0), 2024: (-.005, .0, 0, 0), 2025: (-.01, -.005, 0, 0),
              2026: (-.02, -.01, 0, 0)},
    "IFO-BU": {2023: (.05, -.01, .07, 0), 2024: (.05, -.01, .10, 0), 2025: (.03, -.01, .09, 0),
               2026: (.03, -.01, .075, 0)},
    "IFO-VUX": {2023: (0, 0, .03, 0), 2024: (0, 0, 0.0, 0), 2025: (0, -.01, -.02, 0),
                2026: (0, -.01, .04, 0)},
    "IFO-EB": {2023: (0, 0, .02, 0), 2024: (0, 0, 0.0, 0), 2025: (0, -.005, -.03, 0),
               2026: (0, -.005, -.045, 0)},
}
# Month-specific extra drift (step changes the comments refer to).
def drift_extra(kod, y, m, ci):
    if kod == "IFO-BU" and y == 2026 and ci == 2:
        return -0.06 if m <= 2 else 0.025       # two new HVB placements from March
    if kod == "IFO-VUX" and y == 2026 and ci == 2:
        return -0.05 if m <= 4 else 0.04        # SiS placement from May
    if kod == "FS-PA" and y == 2026 and ci == 0:
        return 0.01 if m <= 3 else -0.015       # reduced assistansersättning from April
    if kod == "VO-BJK" and y == 2026 and ci == 1 and m in (2, 3):
        return 0.04                             # influenza: vikarier, övertid
    if kod == "VO-HTN" and ci == 1 and m in (6, 7, 8):
        return 0.02                             # expensive summer staffing
    return 0.0


NOISE = (0.05, 0.025, 0.07, 0.01)


def gen_budget():
    r = rng_for("budget")
    rows = {}
    for kod in UNIT_CODES:
        base = BUDGET_2025[kod]
        for y in YEARS:
            struct = BUDGET_STRUCT.get((kod, y), (1, 1, 1, 1))
            annual = [base[i] * BUDGET_GROWTH[y] * struct[i] for i in range(4)]
            # round annual budget to whole 10 tkr like a real budget
            annual = [round(a / 10) * 10 for a in annual]
            last_m = 12
            for ci, cat in enumerate(CATS):
                mb = [annual[ci] * PROFILE[cat][m - 1] / 12 for m in range(1, 13)]
                mb = [round(x, 1) for x in mb]
                mb[11] = round(annual[ci] - sum(mb[:11]), 1)   # exact annual sum
                for m in range(1, last_m + 1):
                    if (y, m) > LAST_ACTUAL:
                        utf = None
                    else:
                        d = DRIFT[kod][y][ci] + drift_extra(kod, y, m, ci)
                        utf = mb[m - 1] * (1 + d + r.gauss(0, NOISE[ci]))
                        if ci == 3:
                            utf = mb[m - 1] * (1 + r.gauss(0, 0.005))
                        utf = round(max(utf, 0), 1)
                    rows[(kod, y, m, cat)] = dict(budget=mb[m - 1], utfall=utf, prognos=None)
    # manager's full-year forecast per category, ~70 % of months
    rp = rng_for("prognos")
    for kod in UNIT_CODES:
        for y in YEARS:
            cum_b = cum_u = 0.0
            acc = {c: [0.0, 0.0] for c in CATS}
            for m in range(1, 13):
                if (y, m) > LAST_ACTUAL:
                    break
                fill = m in (4, 8, 10, 12) or (m != 1 and rp.random() < 0.62)
                for ci, cat in enumerate(CATS):
                    row = rows[(kod, y, m, cat)]
                    acc[cat][0] += row["budget"]
                    acc[cat][1] += row["utfall"]
                if not fill:
                    continue
                for ci, cat in enumerate(CATS):
                    ytd_b, ytd_u = acc[cat]
                    full_b = sum(rows[(kod, y, mm, cat)]["budget"] for mm in range(1, 13))
                    rem_b = full_b - ytd_b
                    dev = (ytd_u / ytd_b - 1) if ytd_b else 0.0
                    # managers are somewhat optimistic early in the year
                    est = dev * (0.6 + 0.4 * m / 12) + rp.gauss(0, 0.004)
                    if ci == 3:
                        est = 0.0
                    prog = ytd_u + rem_b * (1 + est)
                    rows[(kod, y, m, cat)]["prognos"] = round(prog)
    return rows


# ---------------------------------------------------------------------------
# Indicators, goals, targets
# ---------------------------------------------------------------------------
# aggregering: how a value adds up over the months and the units (senaste, summa, kvot, medel);
# bättre "ingen" is verksamhetsstatistik, reported and not judged.
INDICATORS = [
    ("SJUK", "Sjukfrånvaro", "%", "lägre", "F3", "sjukfrånvaro", ""),
    ("KORT", "Korttidsfrånvaro (dag 1–14)", "%", "lägre", "E-HTN2", "sjukfrånvaro_korttid", ""),
    ("TIMV", "Andel arbetad tid av timvikarier", "%", "lägre", "F1", "import", "kvot"),
    ("OMS", "Personalomsättning", "%", "lägre", "F5", "import", "kvot"),
    ("HME", "HME-index", "index", "högre", "F4", "manuell", "medel"),
    ("BRUK", "Brukartid", "%", "högre", "F1", "import", "senaste"),
    ("GENP", "Andel med aktuell genomförandeplan", "%", "högre", "F2", "manuell", "senaste"),
    ("EGENK", "Egenkontroller utförda", "%", "högre", "F2", "manuell", "senaste"),
    ("TRYGG", "Antal beslut om trygg hemgång", "antal", "högre", "F6", "import", "summa"),
    ("HTIM", "Utförda hemtjänsttimmar", "timmar", "ingen", "", "import", "summa"),
    ("ORO", "Orosanmälningar", "antal", "ingen", "", "import", "summa"),
    ("BEL", "Beläggning korttidsplatser", "%", "ingen", "", "import", "medel"),
]

GOALS = [
    ("KF1", "Kommunens verksamheter präglas av effektiv resursanvändning och hög kvalitet", "KF", "", "SOC"),
    ("KF2", "Kommunen är en attraktiv arbetsgivare", "KF", "", "SOC"),
    ("KF3", "Äldre och personer med funktionsnedsättning ska känna sig trygga och delaktiga", "KF", "", "SOC"),
    ("N1", "Socialnämnden bedriver verksamheten inom beslutad driftbudgetram", "nämnd", "KF1", "SOC"),
    ("N2", "Socialnämnden har en effektiv resursanvändning och hög kvalitet i sina verksamheter", "nämnd", "KF1", "SOC"),
    ("N3", "Socialnämnden har ett rehabiliterande och hälsofrämjande förhållningssätt som arbetsgivare", "nämnd", "KF2", "SOC"),
    ("N4", "Personalomsättningen bland nämndens medarbetare ska minska", "nämnd", "KF2", "SOC"),
    ("N5", "Socialnämnden har en äldreomsorg som är trygg och väldimensionerad", "nämnd", "KF3", "SOC"),
    ("F1", "Effektiv resursanvändning i brukar- och bemanningsplanering", "förvaltning", "N2", "SOC"),
    ("F2", "Verksamheterna arbetar systematiskt med kvalitet och patientsäkerhet", "förvaltning", "N2", "SOC"),
    ("F3", "Sjukfrånvaron inom socialförvaltningen ska sjunka och inte överstiga 7 procent", "förvaltning", "N3", "SOC"),
    ("F4", "Socialförvaltningen ska präglas av delaktighet och ett aktivt medarbetarskap", "förvaltning", "N3", "SOC"),
    ("F5", "Socialförvaltningen ska ha väl implementerade strategier för kompetensförsörjning", "förvaltning", "N4", "SOC"),
    ("F6", "Fler ska kunna komma hem tryggt efter sjukhusvistelse", "förvaltning", "N5", "SOC"),
    ("F7", "Varje enhet ska ha en budget i balans vid årets slut", "förvaltning", "N1", "SOC"),
    ("F8", "Fler personer med ekonomiskt bistånd ska nå egen försörjning", "förvaltning", "N2", "SOC"),
    ("E-HTN1", "Brukartiden i Hemtjänst Norr ska öka till minst 65 % genom bättre ruttplanering", "enhet", "F1", "VO-HTN"),
    ("E-HTN2", "Korttidsfrånvaron i Hemtjänst Norr ska minska", "enhet", "F3", "VO-HTN"),
    ("E-SKH1", "Korttidsfrånvaron på Skållerudshemmet ska minska genom hälsofrämjande samtal", "enhet", "F3", "VO-SKH"),
    ("E-BJK1", "Alla boende på Björkängen ska ha en aktuell genomförandeplan", "enhet", "F2", "VO-BJK"),
    ("E-KOR1", "Fler ska kunna gå direkt hem med trygg hemgång i stället för korttidsplats", "enhet", "F6", "VO-KOR"),
    ("E-TAL1", "På varje APT ska värdegrunden tas upp", "enhet", "F4", "FS-TAL"),
    ("E-EKB1", "Alla deltagare i daglig verksamhet ska ha en genomförandeplan enligt den nya mallen", "enhet", "F2", "FS-EKB"),
    ("E-BU1", "Antalet familjehem i egen regi ska öka", "enhet", "F7", "IFO-BU"),
    ("E-EB1", "Personer under 25 år ska inte ha ekonomiskt bistånd längre än 3 månader", "enhet", "F8", "IFO-EB"),
]


def gen_targets():
    rows = []
    for y in YEARS:
        rows += [
            ("SJUK", "SOC", y, "max", 7, 1.5),
            ("TIMV", "SOC", y, "max", 15, 2),
            ("OMS", "SOC", y, "max", 12, 3),
            ("HME", "SOC", y, "min", 75, 5),
            ("BRUK", "SOC", y, "min", 65, 5),
            ("GENP", "SOC", y, "min", 90 if y < 2026 else 95, 10),
            ("EGENK", "SOC", y, "min", 100, 10),
            ("TRYGG", "SOC", y, "öka", None, None),
        ]
        # Sundsvall-style stricter sick-leave target for IFO: green <= 6, yellow to 7.5
        rows.append(("SJUK", "IFO", y, "max", 6, 1.5))
        # FS area a bit stricter on temporary staff from 2025
        if y >= 2025:
            rows.append(("TIMV", "FS", y, "max", 12, 2))
        # Korttiden: needs flexible staffing, allowed more temporary staff
        if y >= 2025:
            rows.append(("TIMV", "VO-KOR", y, "max", 18, 2))
        # Skållerudshemmet: interim unit target
        if y == 2026:
            rows.append(("KORT", "VO-HTN", y, "minska", None, None))
            rows.append(("SJUK", "VO-SKH", y, "max", 12, 1.5))
            rows.append(("BRUK", "VO-HTN", y, "min", 63, None))
    return rows


# ---------------------------------------------------------------------------
# Indicator values (never SJUK: computed from sickleave.csv)
# ---------------------------------------------------------------------------
HME_BASE = {"VO-HTN": (71, 70, 69, 67), "VO-HTS": (72, 73, 75, 77), "VO-SKH": (68, 70, 73, 76),
            "VO-BJK": (73, 74, 72, 73), "VO-KOR": (77, 76, 78, 78), "FS-TAL": (78, 79, 77, 74),
            "FS-LIN": (80, 81, 82, 81), "FS-EKB": (79, 80, 80, 82), "FS-PA": (74, 73, 75, 76),
            "IFO-BU": (76, 68, 72, 74), "IFO-VUX": (81, 82, 80, 79), "IFO-EB": (78, 77, 79, 80)}
OMS_BASE = {"VO-HTN": (15.8, 17.1, 18.4), "VO-HTS": (14.9, 13.6, 12.2), "VO-SKH": (16.5, 14.2, 12.8),
            "VO-BJK": (13.1, 13.9, 12.6), "VO-KOR": (11.2, 10.4, 10.9), "FS-TAL": (8.9, 9.6, 10.2),
            "FS-LIN": (7.4, 6.8, 7.9), "FS-EKB": (6.1, 7.2, 5.8), "FS-PA": (12.5, 11.8, 13.0),
            "IFO-BU": (14.8, 22.2, 15.4), "IFO-VUX": (9.5, 8.7, 10.1), "IFO-EB": (10.8, 9.9, 8.6)}
GENP_BASE = {"VO-HTN": (78, 82, 85, 89), "VO-HTS": (84, 88, 91, 93), "VO-SKH": (81, 86, 90, 94),
             "VO-BJK": (72, 76, 79, 87), "VO-KOR": (70, 74, 80, 84), "FS-TAL": (92, 95, 97, 98),
             "FS-LIN": (94, 96, 96, 100), "FS-EKB": (83, 85, 88, 96), "FS-PA": (90, 91, 93, 95)}
TIMV_BASE = {"VO-HTN": 14.5, "VO-HTS": 12.5, "VO-SKH": 13.0, "VO-BJK": 14.0, "VO-KOR": 16.5,
             "FS-TAL": 10.5, "FS-LIN": 9.0, "FS-EKB": 7.0, "FS-PA": 13.5}
TRYGG_VALUES = {"VO-HTN": (11, 24, 31, 30), "VO-HTS": (8, 19, 27, 29), "VO-KOR": (4, 9, 14, 15)}  # 2026 jan–okt
HTIM_BASE = {"VO-HTN": 4100, "VO-HTS": 3600}     # utförda hemtjänsttimmar a month
ORO_BASE = {"IFO-BU": 38}                         # orosanmälningar a month
BEL_BASE = {"VO-KOR": 88.0}                       # beläggning %

VALUE_COMMENTS = {
    ("HME", "IFO-BU", "2024"): "Chefsbyte under våren och hög arbetsbelastning i utredningsgruppen påverkade resultatet.",
    ("HME", "IFO-BU", "2025"): "Handlingsplan från 2024 har följts upp på APT, tydlig förbättring inom ledarskap.",
    ("HME", "VO-HTN", "2026"): "Lägre resultat inom styrning. Medarbetarna efterfrågar tydligare mål och återkoppling.",
    ("HME", "FS-TAL", "2026"): "Svarsfrekvensen var 68 %. Resultatet har sjunkit inom motivation.",
    ("HME", "VO-SKH", "2026"): "Fortsatt förbättring, framför allt inom ledarskap.",
    ("OMS", "IFO-BU", "2024"): "Flera socialsekreterare har gått till andra kommuner och bemanningsföretag.",
    ("OMS", "VO-HTN", "2025"): "Hög omsättning bland nyanställda undersköterskor, flera slutar under första året.",
    ("OMS", "VO-SKH", "2024"): "Färre tillsvidareanställda efter minskningen från 32 till 25 platser.",
    ("GENP", "VO-BJK", "2025"): "Kontaktmannaskapet har inte fungerat fullt ut under året.",
    ("GENP", "VO-BJK", "2026"): "Genomgång av samtliga planer under våren, nu 87 % aktuella.",
    ("GENP", "FS-EKB", "2026"): "Ny mall för genomförandeplan används för alla deltagare.",
    ("TRYGG", "VO-HTN", "2024"): "Trygg hemgång infördes fullt ut under våren.",
    ("TIMV", "VO-HTN", "2026-07"): "Många sommarvikarier utan tidigare erfarenhet, behov av dubbelbemanning vid introduktion.",
    ("TIMV", "VO-KOR", "2025-07"): "Hög beläggning under sommaren, alla platser belagda.",
    ("TIMV", "VO-BJK", "2026-02"): "Influensautbrott, många pass har fått tillsättas med timvikarier.",
    ("BRUK", "VO-HTN", "2026-04"): "Ny ruttplanering i TES infördes i mars, färre tomkörningar.",
    ("BRUK", "VO-HTN", "2026-07"): "Sommaren med nya vikarier ger längre restider.",
    ("EGENK", "VO-SKH", "2026-07"): "Egenkontroll av läkemedelsförråd flyttad till augusti på grund av semester.",
    ("EGENK", "FS-PA", "2026-06"): "Två egenkontroller ej utförda, åtgärdas i juli.",
}


def gen_values(sick):
    r = rng_for("values")
    rows = []

    def add(ind, kod, period, v, nd=1, num_den=None):
        kom = VALUE_COMMENTS.get((ind, kod, period), "")
        n, d = num_den if num_den else (None, None)
        rows.append((ind, kod, period, num(v, nd), kom, n, d))

    for kod in UNIT_CODES:
        for i, y in enumerate(YEARS):
            add("HME", kod, str(y), HME_BASE[kod][i], 0)
            if y < 2026:
                # kvot: avgångar bland tillsvidareanställda / antal tillsvidareanställda
                staff = U[kod]["emp"]
                leavers = max(0, round(OMS_BASE[kod][i] * staff / 100))
                add("OMS", kod, str(y), 100 * leavers / staff, 1, (leavers, staff))
            if kod in GENP_BASE:
                add("GENP", kod, str(y), GENP_BASE[kod][i], 0)
        if kod in TRYGG_VALUES:
            # summa: beslut per month, spread over the year (2026 through the last month with data)
            for i, y in enumerate(YEARS):
                ms = [m for (yy, m) in months() if yy == y]
                total = TRYGG_VALUES[kod][i]
                for j, m in enumerate(ms):
                    share = total * (j + 1) // len(ms) - total * j // len(ms)
                    add("TRYGG", kod, ym(y, m), share, 0)
    # monthly
    avg_sick = {}
    for kod in UNIT_CODES:
        tot = [(v["sick"], v["sched"]) for (k, y, m), v in sick.items() if k == kod]
        avg_sick[kod] = 100 * sum(a for a, _ in tot) / sum(b for _, b in tot)
    for kod in UNIT_CODES:
        for y, m in months():
            p = ym(y, m)
            s = sick[(kod, y, m)]
            spct = 100 * s["sick"] / s["sched"]
            if kod in TIMV_BASE:
                t = TIMV_BASE[kod] + 0.55 * (spct - avg_sick[kod])
                t += {6: 4.0, 7: 9.5, 8: 4.5}.get(m, 0)
                t -= {2023: -0.8, 2024: 0, 2025: 0.4, 2026: 0.6}[y]
                t += r.gauss(0, 1.0)
                # kvot: timvikariernas timmar / arbetade timmar (≈ scheduled − sick hours)
                worked = round(s["sched"] - s["sick"])
                temp = round(max(3.0, t) * worked / 100)
                add("TIMV", kod, p, 100 * temp / worked, 1, (temp, worked))
            if kod in HTIM_BASE:
                h = HTIM_BASE[kod] * (1 + 0.03 * (y - 2023)) + {7: -250, 12: 180}.get(m, 0) + r.gauss(0, 60)
                add("HTIM", kod, p, round(h), 0)
            if kod in ORO_BASE:
                add("ORO", kod, p, max(0, round(ORO_BASE[kod] + {1: 6, 6: -8, 7: -12}.get(m, 0) + r.gauss(0, 4))), 0)
            if kod in BEL_BASE:
                add("BEL", kod, p, min(100.0, BEL_BASE[kod] + {7: 9.0, 1: 5.0}.get(m, 0) + r.gauss(0, 3)), 1)
            if U[kod]["typ"] == "hemtjänst":
                if kod == "VO-HTN":
                    b = 60.0 + (0.4 if y >= 2024 else 0)
                    if y == 2026 and m >= 3:
                        b = 61.5 + min(m - 3, 4) * 0.9
                else:
                    b = {2023: 65.5, 2024: 66.5, 2025: 67.5, 2026: 68.0}[y]
                b += {7: -3.0, 6: -1.0, 8: -1.5, 12: -0.8}.get(m, 0) + r.gauss(0, 0.7)
                add("BRUK", kod, p, b, 1)
            miss_p = 0.35 if m in (6, 7, 8) else 0.14
            if r.random() < miss_p:
                e = r.choice([75, 80, 83, 86, 88, 90, 92, 95])
            else:
                e = 100
            if (kod, p) in (("VO-SKH", "2026-07"), ("FS-PA", "2026-06")):
                e = 80 if kod == "VO-SKH" else 86
            add("EGENK", kod, p, e, 0)
    return rows


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------
ACTIONS = [
    ("VO-SKH", "Minska antalet platser på Skållerudshemmet från 32 till 25", "Verksamhetschef", "2023-09-01", "2024-12-31", "Klar", 750, "F7", "budget"),
    ("VO-KOR", "Minska antalet platser på korttiden från 18 till 14 på grund av lägre beläggning", "Verksamhetschef", "2023-06-01", "2023-12-31", "Klar", 300, "F7", "budget"),
    ("VO-HTN", "Hälsofrämjande samtal vid upprepad korttidsfrånvaro", "Enhetschef", "2026-02-15", "2026-12-31", "Pågår", None, "E-HTN2", "sjukfrånvaro"),
    ("VO-HTN", "Översyn av bemanningsplanering", "Bemanningsplanerare", "2026-03-01", "2026-09-30", "Pågår", 400, "F1", "budget"),
    ("VO-HTN", "Införa ny ruttplanering i TES för ökad brukartid", "Samordnare", "2026-03-01", "2026-06-30", "Klar", None, "E-HTN1", "mål"),
    ("VO-HTN", "Sjukfrånvaro och arbetsmiljö som stående punkt på APT", "Enhetschef", "2026-09-01", "2026-12-31", "Pågår", None, "E-HTN2", "apt"),
    ("VO-HTS", "Schemaläggning med önskeschema och helgtjänster", "Schemaläggare", "2025-09-01", "2026-03-31", "Klar", 250, "F1", "budget"),
    ("VO-HTS", "Införa fast omsorgskontakt i hemtjänsten", "Enhetschef", "2026-01-01", "2026-10-31", "Pågår", None, "N5", "mål"),
    ("VO-HTS", 'Projektet "Rätt insats i rätt tid": arbetsterapeutisk bedömning vid ansökan om trygghetsskapande insatser', "Arbetsterapeut", "2025-09-01", "2026-02-28", "Klar", None, "F6", "mål"),
    ("VO-SKH", "Hälsofrämjande samtal vid upprepad korttidsfrånvaro", "Enhetschef", "2025-01-01", "2025-12-31", "Klar", None, "E-SKH1", "sjukfrånvaro"),
    ("VO-SKH", "Rehabsamtal med stöd av HR inom fyra veckor vid sjukskrivning", "Enhetschef", "2026-01-15", "2026-12-31", "Pågår", None, "E-SKH1", "sjukfrånvaro"),
    ("VO-BJK", "Rekrytera egna sjuksköterskor för att minska kostnaden för konsultsjuksköterskor", "Enhetschef", "2026-03-01", "2026-08-31", "Pågår", 600, "F7", "budget"),
    ("VO-BJK", "Hygienrutiner och vaccinationserbjudande till personalen inför influensasäsongen", "Hygienombud", "2026-10-01", "2026-11-30", "Pågår", None, "F3", "sjukfrånvaro"),
    ("VO-BJK", "Uppdatera genomförandeplanerna för samtliga boende", "Enhetschef", "2026-01-15", "2026-06-30", "Pågår", None, "E-BJK1", "mål"),
    ("VO-KOR", "Trygg hemgång direkt från sjukhus i stället för korttidsplats", "Enhetschef", "2026-02-01", "2026-12-31", "Pågår", None, "E-KOR1", "mål"),
    ("FS-TAL", "Värdegrunden som stående punkt på varje APT", "Enhetschef", "2026-01-01", "2026-12-31", "Pågår", None, "E-TAL1", "apt"),
    ("FS-TAL", "Anpassa grundbemanningen till budgeterad nivå", "Enhetschef", "2026-12-01", "2027-03-31", "Ej påbörjad", 350, "F7", "budget"),
    ("FS-TAL", "Rehabiliteringsplan och kontakt med företagshälsovården i långtidsärende", "Enhetschef och HR-konsult", "2026-04-01", "2026-10-31", "Pågår", None, "F3", "sjukfrånvaro"),
    ("FS-LIN", "Gemensam friskvårdsaktivitet i arbetsgruppen varje månad", "Friskvårdsombud", "2026-03-01", "2026-12-31", "Pågår", None, "F3", "sjukfrånvaro"),
    ("FS-EKB", "Ny mall för genomförandeplan i daglig verksamhet", "Stödpedagog", "2025-10-01", "2026-02-28", "Klar", None, "E-EKB1", "mål"),
    ("FS-PA", "Översyn av tidrapportering och ansökan om assistansersättning hos Försäkringskassan", "Administratör", "2026-05-01", "2026-08-31", "Ej påbörjad", 500, "F7", "budget"),
    ("IFO-BU", "Rekrytera fler familjehem i egen regi", "Familjehemssekreterare", "2025-09-01", "2026-12-31", "Pågår", 1200, "E-BU1", "budget"),
    ("IFO-BU", "Utveckla hemmaplanslösningar som alternativ till HVB-placering", "Enhetschef", "2026-01-01", "2026-06-30", "Pågår", 800, "E-BU1", "budget"),
    ("IFO-BU", "Genomgång av samtliga externa placeringar varannan månad", "Enhetschef", "2026-04-01", "2026-12-31", "Pågår", None, "F7", "budget"),
    ("IFO-BU", "Handlingsplan utifrån resultatet i medarbetarenkäten (HME)", "Enhetschef", "2024-06-01", "2024-12-31", "Klar", None, "F4", "apt"),
    ("IFO-VUX", "Öppenvårdsinsatser enligt SoL 4:1 efter avslutad SiS-vård", "Enhetschef", "2026-06-01", "2026-12-31", "Pågår", 400, "F7", "budget"),
    ("IFO-EB", "Samverkan med Arbetsförmedlingen för unga under 25 år", "Socialsekreterare", "2025-01-01", "2025-12-31", "Klar", 600, "E-EB1", "mål"),
    ("VO", "Restriktivitet vid konferenser och inköp", "Verksamhetschef", "2026-05-01", "2026-12-31", "Pågår", 500, "F7", "budget"),
]


# ---------------------------------------------------------------------------
# Helpers over generated data (used by comments and --check)
# ---------------------------------------------------------------------------
class Data:
    def __init__(self, sick, budget):
        self.sick = sick          # (kod, y, m) -> dict
        self.budget = budget      # (kod, y, m, cat) -> dict

    def _sum(self, kod, y, m1, m2, key):
        return sum(self.sick[(kod, y, m)][key] for m in range(m1, (m2 or m1) + 1))

    def sick_pct(self, kod, y, m1, m2=None):
        return 100 * self._sum(kod, y, m1, m2, "sick") / self._sum(kod, y, m1, m2, "sched")

    def short_share(self, kod, y, m1, m2=None):
        return 100 * self._sum(kod, y, m1, m2, "h14") / self._sum(kod, y, m1, m2, "sick")

    def long_share(self, kod, y, m1, m2=None):
        return 100 * self._sum(kod, y, m1, m2, "h60") / self._sum(kod, y, m1, m2, "sick")

    def cat_dev(self, kod, y, m2, cat):
        """Budget to date minus utfall to date (for intäkter: utfall - budget)."""
        b = sum(self.budget[(kod, y, m, cat)]["budget"] for m in range(1, m2 + 1))
        u = sum(self.budget[(kod, y, m, cat)]["utfall"] for m in range(1, m2 + 1))
        return (u - b) if cat == "intäkter" else (b - u)

    def net_dev(self, kod, y, m2):
        return sum(self.cat_dev(kod, y, m2, c) for c in CATS)

    def forecast_dev(self, kod, y, m):
        """Full-year deviation per the forecast made in month m (None if no forecast)."""
        tot = 0.0
        for c in CATS:
            p = self.budget[(kod, y, m, c)]["prognos"]
            if p is None:
                return None
            full = sum(self.budget[(kod, y, mm, c)]["budget"] for mm in range(1, 13))
            tot += (p - full) if c == "intäkter" else (full - p)
        return tot

    def latest_forecast(self, kod, y, m):
        while m >= 1:
            f = self.forecast_dev(kod, y, m)
            if f is not None:
                return m, f
            m -= 1
        return None, None


def more_less(a, b, up="högre", down="lägre", same="i nivå med"):
    if abs(a - b) < 0.15:
        return same
    return up if a > b else down


def cmp_phrase(a, b):
    return {"högre": "högre än", "lägre": "lägre än", "i nivå med": "i nivå med"}[more_less(a, b)]


def gen_comments(d):
    c = []
    D = d

    def add(kod, y, m, omr, typ, text):
        c.append((kod, ym(y, m), omr, typ, text))

    def sp(kod, y, m1, m2=None):
        return sv(D.sick_pct(kod, y, m1, m2))

    def tkr(x):
        return sv(x, 0) + " tkr"

    # --- Hemtjänst Norr -------------------------------------------------
    a, b = D.sick_pct("VO-HTN", 2026, 2), D.sick_pct("VO-HTN", 2025, 2)
    add("VO-HTN", 2026, 2, "sjukfrånvaro", "kommentar",
        "Sjukfrånvaron i februari var %s %%, %s än februari förra året (%s %%). Influensan har gått hårt åt "
        "arbetsgruppen och flera medarbetare har varit borta en till två veckor." % (sv(a), more_less(a, b), sv(b)))
    a, b = D.sick_pct("VO-HTN", 2026, 1, 6), D.sick_pct("VO-HTN", 2025, 1, 6)
    add("VO-HTN", 2026, 6, "sjukfrånvaro", "analys",
        "Ackumulerad sjukfrånvaro januari–juni är %s %% mot %s %% samma period 2025. Korttidsfrånvaron "
        "(dag 1–14) står för %s %% av arbetstiden mot %s %% förra året. Hälsofrämjande samtal vid upprepad "
        "korttidsfrånvaro har införts och sjukfrånvaron följs upp på varje APT."
        % (sv(a), sv(b), sv(a * D.short_share("VO-HTN", 2026, 1, 6) / 100),
           sv(b * D.short_share("VO-HTN", 2025, 1, 6) / 100)))
    pers = D.cat_dev("VO-HTN", 2026, 10, "personalkostnader")
    _, fd = D.latest_forecast("VO-HTN", 2026, 10)
    add("VO-HTN", 2026, 10, "budget", "analys",
        "Personalkostnaderna överskrider budget med %s till och med oktober. Orsaken är hög sjukfrånvaro som "
        "ersätts med timvikarier och övertid samt en grundbemanning som är högre än budgeterat. "
        "Helårsprognosen visar en avvikelse på %s. Översynen av bemanningsplaneringen är försenad och väntas ge "
        "effekt först under 2027." % (tkr(-pers), tkr(fd)))
    add("VO-HTN", 2026, 5, "mål", "kommentar",
        "Brukartiden har ökat sedan den nya ruttplaneringen i TES infördes i mars. Färre tomkörningar och "
        "bättre samordning mellan grupperna, men vi ligger fortfarande under målet 65 %.")
    add("VO-HTN", 2026, 7, "budget", "kommentar",
        "Sommaren har krävt fler vikarier än planerat och flera pass har täckts med övertid. "
        "Personalkostnaderna för juli ligger över budget.")
    add("VO-HTN", 2026, 9, "översikt", "analys",
        "Enheten har ett ansträngt läge: sjukfrånvaron ligger över fjolårets nivå, personalkostnaderna "
        "överskrider budget och HME-resultatet har sjunkit. Positivt är att brukartiden förbättrats efter den "
        "nya ruttplaneringen.\nFokus under hösten är bemanningsplanering och arbetsmiljö.")
    y25 = D.net_dev("VO-HTN", 2025, 12)
    add("VO-HTN", 2025, 12, "budget", "analys",
        "Helåret 2025 slutar med en avvikelse på %s mot budget. Underskottet beror på personalkostnader: "
        "övertid, timvikarier vid sjukfrånvaro och fler beviljade timmar än budgeten bygger på." % tkr(y25))

    # --- Hemtjänst Söder --------------------------------------------------
    a, b = D.sick_pct("VO-HTS", 2026, 1, 4), D.sick_pct("VO-HTS", 2025, 1, 4)
    add("VO-HTS", 2026, 4, "sjukfrånvaro", "kommentar",
        "Sjukfrånvaron januari–april är %s %% jämfört med %s %% förra året. Önskeschemat och helgtjänsterna "
        "verkar ha gett en jämnare arbetsbelastning." % (sv(a), sv(b)))
    nd = D.net_dev("VO-HTS", 2026, 8)
    add("VO-HTS", 2026, 8, "budget", "kommentar",
        "Enheten har en avvikelse på %s till och med augusti. Intäkterna från hemtjänstavgifter är högre än "
        "budget efter genomgången av debiteringen." % tkr(nd))
    add("VO-HTS", 2026, 10, "mål", "kommentar",
        "Fast omsorgskontakt är infört för de flesta brukare men arbetet är inte helt klart, "
        "det återstår att lösa kvällar och helger.")

    # --- Skållerudshemmet --------------------------------------------------
    a, b = D.sick_pct("VO-SKH", 2026, 1, 3), D.sick_pct("VO-SKH", 2025, 1, 3)
    add("VO-SKH", 2026, 3, "sjukfrånvaro", "analys",
        "Sjukfrånvaron första kvartalet är %s %% mot %s %% samma period 2025. Minskningen syns främst i "
        "korttidsfrånvaron. Rehabsamtal hålls inom fyra veckor med stöd av HR." % (sv(a), sv(b)))
    nd = D.net_dev("VO-SKH", 2026, 8)
    add("VO-SKH", 2026, 8, "budget", "kommentar",
        "Överskott på %s till och med augusti. Verksamheten är anpassad till 25 platser och "
        "grundbemanningen följer budget." % tkr(nd))
    a, b = D.sick_pct("VO-SKH", 2025, 1, 12), D.sick_pct("VO-SKH", 2024, 1, 12)
    add("VO-SKH", 2025, 12, "översikt", "analys",
        "Ett stabilare år efter minskningen från 32 till 25 platser. Sjukfrånvaron för helåret blev %s %% "
        "(%s %% 2024) och budgeten visar överskott. Hälsofrämjande samtal har genomförts med alla som haft "
        "upprepad korttidsfrånvaro." % (sv(a), sv(b)))
    add("VO-SKH", 2026, 7, "mål", "kommentar",
        "Egenkontrollen av läkemedelsförrådet sköts upp till augusti på grund av semester.")

    # --- Björkängen --------------------------------------------------------
    a = D.sick_pct("VO-BJK", 2026, 2)
    add("VO-BJK", 2026, 2, "sjukfrånvaro", "kommentar",
        "Influensautbrott på avdelning 2 med både boende och personal sjuka. Sjukfrånvaron i februari blev "
        "%s %%, %s %% av sjuktimmarna avser dag 1–14." % (sv(a), sv(D.short_share("VO-BJK", 2026, 2), 0)))
    a, b = D.sick_pct("VO-BJK", 2025, 2), D.sick_pct("VO-BJK", 2025, 1)
    add("VO-BJK", 2025, 2, "sjukfrånvaro", "kommentar",
        "Sjukfrånvaron %s till %s %% i februari (%s %% i januari) på grund av magsjuka och influensa."
        % ("steg" if a > b else "låg kvar på", sv(a), sv(b)))
    ov = D.cat_dev("VO-BJK", 2026, 7, "övriga kostnader")
    add("VO-BJK", 2026, 7, "budget", "kommentar",
        "Övriga kostnader överskrider budget med %s, främst inhyrda konsultsjuksköterskor under "
        "semesterperioden. Rekryteringen av egna sjuksköterskor pågår." % tkr(-ov))
    add("VO-BJK", 2026, 10, "mål", "kommentar",
        "Andelen boende med aktuell genomförandeplan har ökat efter vårens genomgång men målet är inte nått. "
        "Kontaktpersonerna får avsatt tid för planerna.")

    # --- Korttiden ---------------------------------------------------------
    add("VO-KOR", 2026, 7, "mål", "kommentar",
        "Andelen arbetad tid av timvikarier var hög i juli. Alla platser har varit belagda under sommaren.")
    nd = D.net_dev("VO-KOR", 2026, 9)
    add("VO-KOR", 2026, 9, "budget", "kommentar",
        "Korttiden ligger nära budget, avvikelse %s till och med september. Beläggningen har varit hög." % tkr(nd))

    # --- Tallen ------------------------------------------------------------
    a, b = D.sick_pct("FS-TAL", 2026, 3, 5), D.sick_pct("FS-TAL", 2025, 3, 5)
    add("FS-TAL", 2026, 5, "sjukfrånvaro", "analys",
        "Sjukfrånvaron mars–maj är %s %%, %s samma period förra året (%s %%). Ökningen beror främst på ett "
        "längre sjukfall. Rehabiliteringsplan finns och kontakt är tagen med företagshälsovården."
        % (sv(a), cmp_phrase(a, b), sv(b)))
    ls = D.long_share("FS-TAL", 2026, 10)
    add("FS-TAL", 2026, 10, "sjukfrånvaro", "kommentar",
        "%s %% av sjuktimmarna i oktober avser sjukfall längre än 60 dagar. En plan för successiv återgång "
        "i arbete är upprättad." % sv(ls, 0))
    pd = D.cat_dev("FS-TAL", 2026, 9, "personalkostnader")
    add("FS-TAL", 2026, 9, "budget", "analys",
        "Personalkostnaderna är %s högre än budget till och med september. Grundbemanningen är högre än "
        "budgeterat och vikarier har tagits in vid sjukfrånvaron. Anpassning av grundbemanningen planeras "
        "till december." % tkr(-pd))
    add("FS-TAL", 2026, 4, "mål", "kommentar",
        "Värdegrunden har tagits upp på alla APT hittills i år, bland annat med fokus på bemötande och "
        "självbestämmande.")

    # --- Linden, Ekbacken, PA ------------------------------------------
    a, b = D.sick_pct("FS-LIN", 2026, 1, 6), D.sick_pct("FS-LIN", 2025, 1, 6)
    add("FS-LIN", 2026, 6, "översikt", "kommentar",
        "Stabilt halvår. Sjukfrånvaron är %s %% (%s %% samma period förra året) och budgeten är i balans." % (sv(a), sv(b)))
    nd = D.net_dev("FS-EKB", 2026, 4)
    add("FS-EKB", 2026, 4, "budget", "kommentar",
        "Överskott på %s till och med april på grund av en vakant stödpedagogtjänst. Rekrytering pågår." % tkr(nd))
    add("FS-EKB", 2026, 9, "mål", "kommentar",
        "Den nya mallen för genomförandeplan används nu för alla deltagare. Deltagarna har varit med och "
        "formulerat sina mål.")
    inc = D.cat_dev("FS-PA", 2026, 5, "intäkter")
    add("FS-PA", 2026, 5, "budget", "analys",
        "Intäkterna ligger %s under budget till och med maj. Försäkringskassan har beviljat färre timmar "
        "assistansersättning för en brukare från april; kommunen står för mellanskillnaden. "
        "Översyn av tidrapporteringen behövs." % tkr(-inc))
    a, b = D.sick_pct("FS-PA", 2026, 1, 10), D.sick_pct("FS-PA", 2025, 1, 10)
    add("FS-PA", 2026, 10, "sjukfrånvaro", "kommentar",
        "Sjukfrånvaron hittills i år är %s %%, %s förra årets %s %%." % (sv(a), cmp_phrase(a, b), sv(b)))

    # --- IFO Barn och unga -----------------------------------------------
    ov = D.cat_dev("IFO-BU", 2026, 3, "övriga kostnader")
    add("IFO-BU", 2026, 3, "budget", "analys",
        "Två nya HVB-placeringar av ungdomar har verkställts i mars. Placeringarna saknas i budget och "
        "kostnaden för köpt vård ligger %s %s budget hittills i år." % (tkr(abs(ov)), "över" if ov < 0 else "under"))
    nd = D.net_dev("IFO-BU", 2026, 6)
    add("IFO-BU", 2026, 6, "budget", "kommentar",
        "Avvikelse %s till och med juni. Externa placeringar är den stora posten; personalkostnaderna "
        "ligger något under budget." % tkr(nd))
    nd = D.net_dev("IFO-BU", 2026, 10)
    _, fd = D.latest_forecast("IFO-BU", 2026, 10)
    add("IFO-BU", 2026, 10, "budget", "analys",
        "Periodens avvikelse är %s och helårsprognosen %s. Underskottet förklaras av externa placeringar "
        "(HVB och konsulentstödda familjehem). Hemmaplanslösningarna har försenats, men två "
        "nya familjehem i egen regi är rekryterade och kan ta emot placeringar från december." % (tkr(nd), tkr(fd)))
    add("IFO-BU", 2026, 8, "mål", "kommentar",
        "13 av 19 familjehem är i egen regi. Behovsbilderna är komplexa och vissa placeringar kräver "
        "konsulentstödda familjehem.")
    a = D.sick_pct("IFO-BU", 2026, 1, 4)
    add("IFO-BU", 2026, 4, "sjukfrånvaro", "kommentar",
        "Låg sjukfrånvaro, %s %% hittills i år. Arbetsbelastningen är fortsatt hög med många orosanmälningar." % sv(a))
    y25 = D.net_dev("IFO-BU", 2025, 12)
    add("IFO-BU", 2025, 12, "budget", "analys",
        "Helåret 2025 slutar med en avvikelse på %s. Köpt vård för barn och unga överskrider budget; "
        "en placering som verkställdes under 2024 saknades i budget." % tkr(y25))

    # --- IFO Vuxen, Ekonomiskt bistånd ---------------------------------
    ov = D.cat_dev("IFO-VUX", 2026, 6, "övriga kostnader")
    add("IFO-VUX", 2026, 6, "budget", "kommentar",
        "En SiS-placering (LVM) verkställdes i maj. Planeringen framåt är att vården ska fortsätta med "
        "öppenvårdsinsatser enligt SoL 4:1. Köpt vård ligger %s %s budget hittills i år."
        % (tkr(abs(ov)), "över" if ov < 0 else "under"))
    a, b = D.sick_pct("IFO-VUX", 2026, 1, 9), D.sick_pct("IFO-VUX", 2025, 1, 9)
    add("IFO-VUX", 2026, 9, "sjukfrånvaro", "kommentar",
        "Sjukfrånvaron januari–september är %s %% mot %s %% förra året. Enheten är liten och enstaka "
        "sjukfall ger stort utslag." % (sv(a), sv(b)))
    nd = D.net_dev("IFO-EB", 2026, 6)
    add("IFO-EB", 2026, 6, "budget", "kommentar",
        "Överskott på %s till och med juni. Antalet hushåll med ekonomiskt bistånd har minskat jämfört med "
        "förra året, främst bland unga vuxna." % tkr(nd))
    add("IFO-EB", 2026, 10, "översikt", "kommentar",
        'Samverkan med Arbetsförmedlingen ger resultat; färre unga under 25 år har bistånd längre än '
        'tre månader. Riktlinjerna "Ekonomiskt bistånd 2025" tillämpas fullt ut.')

    # --- Area and förvaltning level ------------------------------------
    def area_sick(units, y, m1, m2):
        s = h = 0.0
        for k in units:
            for m in range(m1, m2 + 1):
                s += D.sick[(k, y, m)]["sick"]
                h += D.sick[(k, y, m)]["sched"]
        return 100 * s / h

    for area in ("VO", "FS", "IFO"):
        units = [k for k in UNIT_CODES if U[k]["omr"] == area]
        a, b = area_sick(units, 2026, 1, 10), area_sick(units, 2025, 1, 10)
        nd = sum(D.net_dev(k, 2026, 10) for k in units)
        word = "underskott" if nd < 0 else "överskott"
        add(area, 2026, 10, "översikt", "analys",
            "%s: sjukfrånvaron januari–oktober är %s %% (%s %% samma period 2025). Verksamhetsområdet har ett "
            "%s på %s till och med oktober." % (AREA_NAME[area], sv(a), sv(b), word, tkr(abs(nd))))
    a = area_sick(UNIT_CODES, 2026, 1, 10)
    nd = sum(D.net_dev(k, 2026, 10) for k in UNIT_CODES)
    add("SOC", 2026, 10, "översikt", "analys",
        "Förvaltningens sjukfrånvaro januari–oktober är %s %%, över målet 7 %%. Den högsta frånvaron finns "
        "inom hemtjänst och särskilt boende. Periodens avvikelse mot budget är %s; underskotten inom "
        "Hemtjänst Norr och IFO Barn och unga vägs delvis upp av överskott inom Skållerudshemmet och "
        "Ekonomiskt bistånd." % (sv(a), tkr(nd)))
    return c


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------
def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                   lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return len(rows)


def generate(out, future_budget=True):
    os.makedirs(out, exist_ok=True)
    counts = {}

    # units, deterministic shuffle that is not parent-first
    units = [ROOT] + AREAS + [(u["kod"], u["namn"], u["omr"], "enhet") for u in U.values()]
    r = rng_for("units")
    r.shuffle(units)
    counts["units.csv"] = write_csv(os.path.join(out, "units.csv"),
                                    ["kod", "namn", "förälder", "typ"], units)
    counts["indicators.csv"] = write_csv(os.path.join(out, "indicators.csv"),
                                         ["kod", "namn", "måttenhet", "bättre", "mål", "källa", "aggregering"],
                                         INDICATORS)
    counts["goals.csv"] = write_csv(os.path.join(out, "goals.csv"),
                                    ["kod", "namn", "nivå", "förälder", "enhet"], GOALS)
    targets = [(i, e, y, t, None if v is None else num(v), None if tol is None else num(tol))
               for i, e, y, t, v, tol in gen_targets()]
    counts["targets.csv"] = write_csv(os.path.join(out, "targets.csv"),
                                      ["indikator", "enhet", "år", "måltyp", "målvärde", "tolerans"], targets)

    sick = gen_sickleave()
    budget = gen_budget()
    data = Data(sick, budget)

    counts["values.csv"] = write_csv(os.path.join(out, "values.csv"),
                                     ["indikator", "enhet", "period", "värde", "kommentar", "täljare", "nämnare"],
                                     gen_values(sick))
    srows = [(k, ym(y, m), num(v["sched"], 1), num(v["sick"], 1), num(v["h14"], 1), num(v["h60"], 1),
              num(v["kost"], 0)) for (k, y, m), v in sorted(sick.items())]
    counts["sickleave.csv"] = write_csv(
        os.path.join(out, "sickleave.csv"),
        ["enhet", "månad", "schemalagda_timmar", "sjuktimmar", "sjuktimmar_dag1_14", "sjuktimmar_60plus",
         "sjuklönekostnad"], srows)
    brows = []
    for kod in UNIT_CODES:
        for y in YEARS:
            for m in range(1, 13):
                if (y, m) > LAST_ACTUAL and not future_budget:
                    continue
                for cat in CATS:
                    v = budget[(kod, y, m, cat)]
                    brows.append((kod, ym(y, m), cat, num(v["budget"], 1),
                                  None if v["utfall"] is None else num(v["utfall"], 1),
                                  None if v["prognos"] is None else num(v["prognos"], 1)))
    counts["budget.csv"] = write_csv(os.path.join(out, "budget.csv"),
                                     ["enhet", "månad", "kategori", "budget", "utfall", "prognos"], brows)
    arows = [(a[0], a[1], a[2], a[3], a[4], a[5], None if a[6] is None else num(a[6], 1), a[7], a[8])
             for a in ACTIONS]
    counts["actions.csv"] = write_csv(os.path.join(out, "actions.csv"),
                                      ["enhet", "titel", "ansvarig", "start", "slut", "status", "effekt_tkr",
                                       "mål", "område"], arows)
    crows = sorted(gen_comments(data), key=lambda c: (c[1], c[0], c[2]))
    counts["comments.csv"] = write_csv(os.path.join(out, "comments.csv"),
                                       ["enhet", "period", "område", "typ", "text"], crows)
    return counts


# ---------------------------------------------------------------------------
# --check: read the CSV files back, validate and print figures
# ---------------------------------------------------------------------------
HEADERS = {
    "units.csv": ["kod", "namn", "förälder", "typ"],
    "indicators.csv": ["kod", "namn", "måttenhet", "bättre", "mål", "källa", "aggregering"],
    "goals.csv": ["kod", "namn", "nivå", "förälder", "enhet"],
    "targets.csv": ["indikator", "enhet", "år", "måltyp", "målvärde", "tolerans"],
    "values.csv": ["indikator", "enhet", "period", "värde", "kommentar", "täljare", "nämnare"],
    "sickleave.csv": ["enhet", "månad", "schemalagda_timmar", "sjuktimmar", "sjuktimmar_dag1_14",
                      "sjuktimmar_60plus", "sjuklönekostnad"],
    "budget.csv": ["enhet", "månad", "kategori", "budget", "utfall", "prognos"],
    "actions.csv": ["enhet", "titel", "ansvarig", "start", "slut", "status", "effekt_tkr", "mål", "område"],
    "comments.csv": ["enhet", "period", "område", "typ", "text"],
}


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise SystemExit("%s: has a BOM" % path)
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"'))
    return rows[0], rows[1:]


def check(out):
    errors = []
    T = {}
    for name, hdr in HEADERS.items():
        h, rows = read_csv(os.path.join(out, name))
        if h != hdr:
            errors.append("%s: header %r" % (name, h))
        for i, r in enumerate(rows):
            if len(r) != len(hdr):
                errors.append("%s row %d: %d fields" % (name, i + 2, len(r)))
        T[name] = [dict(zip(hdr, r)) for r in rows]
        print("%-15s %5d rows" % (name, len(rows)))

    def isnum(s):
        try:
            float(s)
        except ValueError:
            return False
        return "," not in s and (("." not in s) or len(s.split(".")[1]) <= 2)

    for name in ("targets.csv", "values.csv", "sickleave.csv", "budget.csv", "actions.csv"):
        for r in T[name]:
            for k, v in r.items():
                if k in ("enhet", "indikator", "period", "månad", "kategori", "måltyp", "kommentar", "titel",
                         "ansvarig", "start", "slut", "status", "mål", "område"):
                    continue
                if v != "" and not isnum(v):
                    errors.append("%s: bad number %r in %s" % (name, v, k))

    units = {r["kod"]: r for r in T["units.csv"]}
    for r in units.values():
        if r["förälder"] and r["förälder"] not in units:
            errors.append("unit parent missing: %s" % r["kod"])
    leaves = {k for k, r in units.items() if r["typ"] == "enhet"}
    goals = {r["kod"]: r for r in T["goals.csv"]}
    order = {"KF": 0, "nämnd": 1, "förvaltning": 2, "enhet": 3}
    for g in goals.values():
        if g["förälder"]:
            p = goals.get(g["förälder"])
            if not p or order[p["nivå"]] >= order[g["nivå"]]:
                errors.append("goal parent bad: %s" % g["kod"])
        if g["enhet"] not in units:
            errors.append("goal unit missing: %s" % g["kod"])
    inds = {r["kod"]: r for r in T["indicators.csv"]}
    for i in inds.values():
        if i["mål"] and i["mål"] not in goals:
            errors.append("indicator goal missing: %s" % i["kod"])
        if (i["bättre"] == "ingen") != (i["mål"] == ""):
            errors.append("statistics (bättre ingen) and only they have no goal: %s" % i["kod"])
    for t in T["targets.csv"]:
        if t["indikator"] not in inds or t["enhet"] not in units:
            errors.append("target ref: %r" % t)
        if (t["måltyp"] in ("öka", "minska")) != (t["målvärde"] == ""):
            errors.append("target value/type: %r" % t)
    for v in T["values.csv"]:
        if v["indikator"] not in inds or inds[v["indikator"]]["källa"].startswith("sjukfrånvaro") \
                or v["enhet"] not in leaves:
            errors.append("value row: %r" % v)
        elif (inds[v["indikator"]]["aggregering"] == "kvot") != (v["täljare"] != "" and v["nämnare"] != ""):
            errors.append("kvot values and only they have täljare and nämnare: %r" % v)
    for s in T["sickleave.csv"]:
        a, b, c = float(s["sjuktimmar"]), float(s["sjuktimmar_dag1_14"]), float(s["sjuktimmar_60plus"])
        if b + c > a + 1e-9 or s["enhet"] not in leaves:
            errors.append("sickleave row: %r" % s)
    for b in T["budget.csv"]:
        if b["enhet"] not in leaves or b["kategori"] not in CATS:
            errors.append("budget row: %r" % b)
    late = 0
    for a in T["actions.csv"]:
        if a["enhet"] not in units or (a["mål"] and a["mål"] not in goals):
            errors.append("action ref: %r" % a)
        if a["status"] not in ("Ej påbörjad", "Pågår", "Klar") or a["område"] not in (
                "mål", "sjukfrånvaro", "budget", "apt"):
            errors.append("action enum: %r" % a)
        if a["slut"] < TODAY and a["status"] != "Klar":
            late += 1
    for c in T["comments.csv"]:
        if c["enhet"] not in units or c["område"] not in ("mål", "sjukfrånvaro", "budget", "översikt") \
                or c["typ"] not in ("kommentar", "analys"):
            errors.append("comment row: %r" % c)
    print("late actions (slut < %s, not Klar): %d" % (TODAY, late))

    # ---- figures -----------------------------------------------------------
    def area_of(k):
        while units[k]["typ"] != "område":
            k = units[k]["förälder"]
        return k

    sick = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])   # (key, y, ytd?) sched, sick, d1-14, 60+
    for s in T["sickleave.csv"]:
        y, m = int(s["månad"][:4]), int(s["månad"][5:])
        for key in (s["enhet"], area_of(s["enhet"]), "SOC"):
            for per, ok in (("år", True), ("jan-okt", m <= 10)):
                if ok:
                    acc = sick[(key, y, per)]
                    acc[0] += float(s["schemalagda_timmar"])
                    acc[1] += float(s["sjuktimmar"])
                    acc[2] += float(s["sjuktimmar_dag1_14"])
                    acc[3] += float(s["sjuktimmar_60plus"])
    eco = defaultdict(lambda: [0.0, 0.0])               # (key, y, per) budget net, utfall net
    fullb = defaultdict(float)
    prog = {}                                           # (unit, y, m, cat) -> prognos
    for b in T["budget.csv"]:
        y, m = int(b["månad"][:4]), int(b["månad"][5:])
        sign = -1 if b["kategori"] == "intäkter" else 1
        for key in (b["enhet"], area_of(b["enhet"]), "SOC"):
            fullb[(key, y)] += sign * float(b["budget"])
            if b["utfall"] == "":
                continue
            for per, ok in (("år", True), ("jan-okt", m <= 10)):
                if ok:
                    eco[(key, y, per)][0] += sign * float(b["budget"])
                    eco[(key, y, per)][1] += sign * float(b["utfall"])
        if b["prognos"] != "":
            prog[(b["enhet"], y, m, b["kategori"])] = sign * float(b["prognos"])

    def latest_prog_net(unit, y):
        for m in range(12, 0, -1):
            vals = [prog.get((unit, y, m, c)) for c in CATS]
            if all(v is not None for v in vals):
                return m, sum(vals)
        return None, None

    def fmt_sick(key, y, per):
        a = sick[(key, y, per)]
        return "%5.2f %% (kort %4.1f%%, 60+ %4.1f%%)" % (100 * a[1] / a[0], 100 * a[2] / a[1], 100 * a[3] / a[1])

    def fmt_eco(key, y, per):
        bn, un = eco[(key, y, per)]
        return "netto budget %9.1f utfall %9.1f avvikelse %+8.1f tkr (%+.1f %%)" % (
            bn, un, bn - un, 100 * (bn - un) / bn)

    keys = ["SOC", "VO", "FS", "IFO"]
    print()
    print("Sjukfrånvaro (timviktad; andel av sjuktimmar dag 1-14 / 60+ dagar)")
    for k in keys:
        print("  %-4s 2025 helår %s | 2025 jan-okt %s | 2026 jan-okt %s" % (
            k, fmt_sick(k, 2025, "år"), fmt_sick(k, 2025, "jan-okt"), fmt_sick(k, 2026, "jan-okt")))
    print()
    print("Nettokostnad (tkr, avvikelse + = bättre än budget)")
    for k in keys:
        print("  %-4s 2025 helår   %s" % (k, fmt_eco(k, 2025, "år")))
        print("  %-4s 2026 jan-okt %s" % (k, fmt_eco(k, 2026, "jan-okt")))
    print()
    print("Per enhet: sjukfrånvaro 2025 / 2026 jan-okt; nettokostnad 2025 (mnkr) och avvikelse; "
          "2026 periodens avvikelse; helårsprognos 2026 mot helårsbudget")
    area_prog = defaultdict(float)
    for k in sorted(leaves, key=lambda x: (area_of(x), x)):
        s25 = sick[(k, 2025, "år")]
        s26 = sick[(k, 2026, "jan-okt")]
        bn25, un25 = eco[(k, 2025, "år")]
        bn26, un26 = eco[(k, 2026, "jan-okt")]
        pm, pn = latest_prog_net(k, 2026)
        fd = fullb[(k, 2026)] - pn if pn is not None else float("nan")
        area_prog[area_of(k)] += fd
        area_prog["SOC"] += fd
        print("  %-8s %5.1f%% %5.1f%% | %5.1f mnkr %+6.1f%% | %+7.0f tkr %+5.1f%% | prognos(%02d) %+7.0f tkr"
              % (k, 100 * s25[1] / s25[0], 100 * s26[1] / s26[0], un25 / 1000, 100 * (bn25 - un25) / bn25,
                 bn26 - un26, 100 * (bn26 - un26) / bn26, pm or 0, fd))
    print()
    print("Helårsprognos 2026 (senaste prognos) mot helårsbudget:")
    for k in keys:
        print("  %-4s helårsbudget netto %9.1f tkr, prognosavvikelse %+8.1f tkr" % (k, fullb[(k, 2026)], area_prog[k]))
    print()
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        return 1
    print("OK: no validation errors")
    return 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(here, "..", "assets", "demo"))
    ap.add_argument("--check", action="store_true", help="validate existing CSVs and print sanity figures")
    ap.add_argument("--no-future-budget", action="store_true",
                    help="omit budget rows for 2026-11/12 (no utfall yet)")
    args = ap.parse_args()
    out = os.path.normpath(args.out)
    if args.check:
        return check(out)
    counts = generate(out, future_budget=not args.no_future_budget)
    for k, v in counts.items():
        print("%-15s %5d rows" % (k, v))
    print("written to %s" % out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
