"""Five tables of kinds no test, benchmark or earlier probe uses, for a new user's first run (probe 5).

    .venv/bin/python benchmarks/fresh_probe_tables5.py OUT_DIR
    safe-synthesizer run --data-source OUT_DIR/pharmacy_rx.csv --run-path RUN
    .venv/bin/python benchmarks/fresh_probe_tables5.py --audit OUT_DIR/pharmacy_rx.csv RUN/generate/synthetic_data.csv

``pharmacy_rx.csv``: a pharmacy dispensing log: drugs with strengths (``Amoxicillin 500 mg caps``),
NDC codes with leading zeros (``00093-4155-73``), quantities with units (``30 caps``, ``150 mL``)
that follow the drug's form, refills left, prescriber NPIs that repeat, 12-hour stamps ``03/14/2024 03:15 PM``.
``bookings.csv``: a travel booking export: PNR codes ``X7K2QP``, IATA airports, check-in/check-out
dates with ``nights`` derived from them, prices in four currencies (JPY without decimals) with the
currency in its own column, ``NULL`` strings for missing.
``notes_fr.csv``: a French school grade table (``;``, comma decimals): ``12,5/20``, ``ABS``, class
codes ``3èmeB``, coefficients, class averages ``11,75``.
``meter_hh.csv``: an Excel-exported half-hourly energy meter: ``dd/mm/yyyy`` and ``HH:MM`` columns
over the October DST change (the 02:00-02:30 hour twice), kWh with thousands separators
(``1,234.5``), negative export values, a ``status`` column empty in 97 % of rows.
``lab_wide.csv``: a wide clinical lab table: units in headers (``Hb (g/dL)``, ``CRP mg/L``),
censored values ``<5`` / ``>200``, reference ranges ``3.5-5.0``, patient ids repeated over visits.

Seeds 9211, 9239, 9283, 9311 and 9337 are used nowhere else. Findings: benchmarks/results/probe5.md.
"""

from __future__ import annotations

import string
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from probe_audit import audit

# (name, strength, form, unit of quantity, usual quantities)
DRUGS = [
    ("Amoxicillin", "500 mg", "caps", "caps", [21, 30]),
    ("Amoxicillin", "250 mg/5 mL", "susp", "mL", [100, 150]),
    ("Lisinopril", "10 mg", "tabs", "tabs", [30, 90]),
    ("Lisinopril", "20 mg", "tabs", "tabs", [30, 90]),
    ("Atorvastatin", "40 mg", "tabs", "tabs", [30, 90]),
    ("Metformin", "500 mg", "tabs", "tabs", [60, 180]),
    ("Metformin ER", "750 mg", "tabs", "tabs", [30, 90]),
    ("Levothyroxine", "50 mcg", "tabs", "tabs", [30, 90]),
    ("Albuterol HFA", "90 mcg/act", "inhaler", "g", [8.5, 18]),
    ("Insulin glargine", "100 units/mL", "pen", "mL", [15]),
    ("Prednisone", "20 mg", "tabs", "tabs", [5, 10, 15]),
    ("Azithromycin", "250 mg", "tabs", "tabs", [6]),
    ("Sertraline", "50 mg", "tabs", "tabs", [30, 90]),
    ("Omeprazole", "20 mg", "caps", "caps", [30, 90]),
    ("Gabapentin", "300 mg", "caps", "caps", [90, 270]),
    ("Fluticasone", "50 mcg/spray", "nasal spray", "g", [16]),
]


def _ndc(rng: np.random.Generator) -> str:
    return f"{rng.integers(0, 1000):05d}-{rng.integers(0, 10000):04d}-{rng.integers(0, 100):02d}"


def _npi(rng: np.random.Generator) -> str:
    """A 10-digit NPI with a valid Luhn check digit (prefix 80840)."""
    body = [1] + [int(d) for d in rng.integers(0, 10, 8)]
    digits = [8, 0, 8, 4, 0, *body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def pharmacy_rx(n: int = 2000, seed: int = 9211) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    ndcs = {i: _ndc(rng) for i in range(len(DRUGS))}
    prescribers = [_npi(rng) for _ in range(70)]
    weights = rng.pareto(1.2, len(prescribers)) + 0.1
    start = datetime(2024, 3, 1, 8, 30)
    rows = []
    for i in range(n):
        d = int(rng.integers(0, len(DRUGS)))
        name, strength, form, unit, quantities = DRUGS[d]
        qty = quantities[int(rng.integers(0, len(quantities)))]
        when = start + timedelta(days=int(rng.integers(0, 120)), minutes=int(rng.integers(0, 11 * 60)))
        days = {"tabs": 30, "caps": 30}.get(unit, 30) if qty < 90 else 90
        rows.append({
            "rx_number": f"RX{7_300_000 + i * 7 + int(rng.integers(0, 7)):08d}",
            "dispensed_at": when.strftime("%m/%d/%Y %I:%M %p"),
            "drug": f"{name} {strength} {form}",
            "ndc": ndcs[d],
            "qty": f"{qty:g} {unit}",
            "days_supply": days if unit in ("tabs", "caps") else int(rng.choice([10, 14, 30])),
            "refills_left": int(rng.choice([0, 0, 1, 2, 3, 5, 11])),
            "prescriber_npi": prescribers[int(rng.choice(len(prescribers), p=weights / weights.sum()))],
            "copay_usd": round(float(rng.choice([0, 5, 10, 15, 35]) + rng.choice([0, 0, rng.random() * 40])), 2),
            "pharmacist": rng.choice(["JKM", "AL", "RBT", "SP", "MDV"]),
        })
    return pd.DataFrame(rows)


AIRPORTS = {"LHR": "GBP", "CDG": "EUR", "FRA": "EUR", "JFK": "USD", "SFO": "USD", "NRT": "JPY", "HND": "JPY",
            "AMS": "EUR", "MAD": "EUR", "ORD": "USD"}  # fmt: skip
NIGHTLY = {"GBP": 140.0, "EUR": 150.0, "USD": 180.0, "JPY": 21000.0}


def bookings(n: int = 2000, seed: int = 9239) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    letters = np.array(list(string.ascii_uppercase + string.digits))
    codes = list(AIRPORTS)
    rows = []
    for _ in range(n):
        origin, dest = rng.choice(codes, 2, replace=False)
        booked = datetime(2024, 1, 1) + timedelta(minutes=int(rng.integers(0, 300 * 24 * 60)))
        check_in = booked.date() + timedelta(days=int(rng.integers(1, 120)))
        nights = int(rng.choice([1, 2, 3, 4, 5, 7, 10, 14], p=[0.2, 0.2, 0.15, 0.12, 0.1, 0.12, 0.06, 0.05]))
        currency = AIRPORTS[str(dest)]
        price = NIGHTLY[currency] * nights * rng.lognormal(0, 0.3) * (1 + 0.4 * (rng.random() < 0.2))
        rows.append({
            "pnr": "".join(rng.choice(letters, 6)),
            "booked_at": booked.strftime("%Y-%m-%dT%H:%M:%S"),
            "origin": origin,
            "destination": dest,
            "check_in": check_in.isoformat(),
            "check_out": (check_in + timedelta(days=nights)).isoformat(),
            "nights": nights,
            "guests": int(rng.choice([1, 2, 2, 2, 3, 4])),
            "room_type": rng.choice(["STD", "DLX", "STE", "FAM"], p=[0.5, 0.3, 0.1, 0.1]),
            "total_price": f"{price:.0f}" if currency == "JPY" else f"{price:.2f}",
            "currency": currency,
            "loyalty_tier": rng.choice(["NULL", "Silver", "Gold", "Platinum"], p=[0.55, 0.25, 0.15, 0.05]),
            "cancelled": rng.choice(["N", "Y"], p=[0.88, 0.12]),
        })
    return pd.DataFrame(rows)


SUBJECTS = {"Mathématiques": 4, "Français": 4, "Histoire-Géo": 3, "Anglais LV1": 3, "SVT": 2, "Physique-Chimie": 2,
            "EPS": 2, "Arts plastiques": 1}  # fmt: skip


def _fr(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def notes_fr(n: int = 2400, seed: int = 9283) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    classes = [f"{lvl}{g}" for lvl in ("6ème", "5ème", "4ème", "3ème") for g in "ABC"]
    pupils = [(f"E{rng.integers(10000, 99999)}", classes[int(rng.integers(0, len(classes)))]) for _ in range(n // 8)]
    ability = {p: rng.normal(12, 3) for p, _ in pupils}
    rows = []
    for i in range(n):
        pupil, klass = pupils[i % len(pupils)]
        subject = list(SUBJECTS)[int(rng.integers(0, len(SUBJECTS)))]
        absent = rng.random() < 0.04
        note = float(np.clip(np.round((ability[pupil] + rng.normal(0, 2.5)) * 2) / 2, 0, 20))
        rows.append({
            "id_eleve": pupil,
            "classe": klass,
            "matiere": subject,
            "trimestre": rng.choice(["T1", "T2", "T3"]),
            "note": "ABS" if absent else f"{_fr(note)}/20",
            "coefficient": SUBJECTS[subject],
            "moyenne_classe": _fr(float(np.round(rng.normal(11.5, 1.2), 2))),
            "date_evaluation": (date(2024, 9, 9) + timedelta(days=int(rng.integers(0, 270)))).strftime("%d/%m/%Y"),
        })
    return pd.DataFrame(rows)


def meter_hh(seed: int = 9311) -> pd.DataFrame:
    """Half-hourly readings 2024-10-01 .. 2024-11-10 in local (Europe) time: on 27/10 the
    02:00 and 02:30 slots appear twice (clocks go back)."""
    rng = np.random.default_rng(seed)
    rows = []
    day = date(2024, 10, 1)
    while day <= date(2024, 11, 10):
        slots = [(h, m) for h in range(24) for m in (0, 30)]
        if day == date(2024, 10, 27):
            slots = [*slots[:6], (2, 0), (2, 30), *slots[6:]]
        for h, m in slots:
            hour = h + m / 60
            base = 600 + 900 * np.exp(-((hour - 13) ** 2) / 18) * (day.weekday() < 5)
            load = float(max(base * rng.lognormal(0, 0.12), 50))
            solar = 0.0 if hour < 8 or hour > 17 else float(300 * np.sin((hour - 8) / 9 * np.pi) * rng.random())
            status = ""
            if rng.random() < 0.03:
                status = rng.choice(["EST", "EST", "MISSING", "RESET"])
            rows.append({
                "Date": day.strftime("%d/%m/%Y"),
                "Time": f"{h:02d}:{m:02d}",
                "Import kWh": f"{load:,.1f}",
                "Export kWh": f"{-solar:.1f}" if solar > 0.05 else "0.0",
                "Reactive kVArh": f"{load * 0.3 * rng.random():.2f}",
                "status": status,
            })
        day += timedelta(days=1)
    return pd.DataFrame(rows)


TESTS = {  # header: (mean, sd, decimals, lower censoring, upper censoring)
    "Hb (g/dL)": (13.5, 1.8, 1, None, None),
    "WBC (10^9/L)": (7.2, 2.4, 1, None, None),
    "Plt (10^9/L)": (260, 70, 0, None, None),
    "CRP mg/L": (4, 1.2, 0, 5, 200),  # log-normal
    "Na (mmol/L)": (139, 3, 0, None, None),
    "K (mmol/L)": (4.3, 0.45, 1, None, None),
    "Creatinine µmol/L": (85, 25, 0, None, None),
    "eGFR mL/min/1.73m²": (78, 20, 0, None, 90),
    "HbA1c %": (5.9, 0.9, 1, None, None),
    "Ferritin ng/mL": (4.5, 0.8, 0, 10, 1000),  # log-normal
}


def lab_wide(n_patients: int = 420, seed: int = 9337) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(n_patients):
        pid = f"P-{rng.integers(100000, 999999)}"
        sex = rng.choice(["F", "M"])
        age = int(rng.integers(18, 92))
        first = date(2023, 1, 2) + timedelta(days=int(rng.integers(0, 400)))
        for v in range(int(rng.integers(1, 8))):
            row = {"Patient ID": pid, "Sex": sex, "Age": age + v // 3,
                   "Visit date": (first + timedelta(days=60 * v + int(rng.integers(0, 20)))).isoformat()}  # fmt: skip
            for header, (mean, sd, dec, low, high) in TESTS.items():
                if rng.random() < 0.06:
                    row[header] = ""
                    continue
                x = float(np.exp(rng.normal(mean, sd)) if low else rng.normal(mean, sd))
                x = max(x, 0.1)
                if low is not None and x < low:
                    row[header] = f"<{low}"
                elif high is not None and x > high:
                    row[header] = f">{high}"
                else:
                    row[header] = f"{x:.{dec}f}"
            row["K ref range"] = "3.5-5.0" if rng.random() < 0.8 else "3.5-5.1"
            row["Flag"] = "H" if row["K (mmol/L)"] and float(row["K (mmol/L)"]) > 5.0 else ""
            rows.append(row)
    return pd.DataFrame(rows)


def _nights(made: pd.DataFrame) -> pd.Series:
    out = pd.to_datetime(made["check_out"], errors="coerce") - pd.to_datetime(made["check_in"], errors="coerce")
    return out.dt.days


def consistency(name: str, made: pd.DataFrame) -> list[str]:
    """Rules every input row keeps, checked on the synthetic rows (share of rows breaking each)."""
    out: list[str] = []

    def rule(what: str, broken: pd.Series) -> None:
        out.append(f"{what}: {broken.mean():.1%} of rows break it")

    if name == "pharmacy_rx":
        form = made["drug"].astype(str).str.split().str[-1]
        unit = made["qty"].astype(str).str.split().str[-1]
        allowed = {f: {u for *_, ff, u, _q in DRUGS if ff.split()[-1] == f} for f in form.unique()}
        wrong = [u not in allowed.get(f, set()) for f, u in zip(form, unit, strict=True)]
        rule("qty unit not of the drug's form", pd.Series(wrong))
        pairs = made[["drug", "ndc"]].dropna().drop_duplicates()
        rule("a drug with several NDCs", pd.Series([len(pairs) > pairs["drug"].nunique()]))
        stamp = made["dispensed_at"].astype(str)
        rule("12-hour stamp misshapen", ~stamp.str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d [AP]M"))
        rule("NDC not 5-4-2 digits", ~made["ndc"].astype(str).str.fullmatch(r"\d{5}-\d{4}-\d{2}"))
    elif name == "bookings":
        rule("nights != check_out - check_in", _nights(made) != pd.to_numeric(made["nights"], errors="coerce"))
        rule("check_out not after check_in", ~(_nights(made) > 0))
        rule("origin == destination", made["origin"] == made["destination"])
        jpy = made["currency"] == "JPY"
        rule("JPY price with decimals", jpy & made["total_price"].astype(str).str.contains(r"\."))
        rule("EUR/USD/GBP price without cents", ~jpy & ~made["total_price"].astype(str).str.fullmatch(r"\d+\.\d\d"))
        rule("currency not the destination's", made["currency"] != made["destination"].map(AIRPORTS))
        rule("PNR not 6 of A-Z0-9", ~made["pnr"].astype(str).str.fullmatch(r"[A-Z0-9]{6}"))
    elif name == "notes_fr":
        note = made["note"].astype(str)
        rule("note neither 'x/20' nor ABS", ~note.str.fullmatch(r"\d{1,2}(,\d{1,2})?/20|ABS"))
        value = pd.to_numeric(note.str.replace("/20", "").str.replace(",", "."), errors="coerce")
        rule("note above 20", value > 20)
        rule("coefficient not the subject's", pd.to_numeric(made["coefficient"], errors="coerce")
             != made["matiere"].map(SUBJECTS))  # fmt: skip
        pairs = made[["id_eleve", "classe"]].dropna().drop_duplicates()
        rule("a pupil in several classes", pd.Series([len(pairs) > pairs["id_eleve"].nunique()]))
    elif name == "meter_hh":
        rule("time not on a half hour", ~made["Time"].astype(str).str.fullmatch(r"([01]\d|2[0-3]):[03]0"))
        exp = pd.to_numeric(made["Export kWh"], errors="coerce")
        rule("positive export", exp > 0)
        hour = pd.to_numeric(made["Time"].astype(str).str[:2], errors="coerce")
        rule("export at night (before 08:00 or after 18:00)", (exp < 0) & ((hour < 8) | (hour > 18)))
        imp = pd.to_numeric(made["Import kWh"].astype(str).str.replace(",", ""), errors="coerce")
        rule("import unreadable or negative", ~(imp >= 0))
    elif name == "lab_wide":
        pairs = made[["Patient ID", "Sex"]].dropna().drop_duplicates()
        rule("a patient with two sexes", pd.Series([len(pairs) > pairs["Patient ID"].nunique()]))
        crp = made["CRP mg/L"].astype(str)
        number = pd.to_numeric(crp, errors="coerce")
        rule("CRP below the '<5' censoring as a number", number < 5)
        rule("CRP above '>200' as a number", number > 200)
        k = pd.to_numeric(made["K (mmol/L)"], errors="coerce")
        rule("K flag not H iff K > 5.0", k.notna() & ((k > 5.0) != (made["Flag"] == "H")))
    return out


def write_all(out: Path) -> list[Path]:
    """Write the tables to ``out`` as each tool would export them."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "pharmacy_rx.csv": (pharmacy_rx(), {}),
        "bookings.csv": (bookings(), {}),
        "notes_fr.csv": (notes_fr(), {"sep": ";", "encoding": "utf-8-sig"}),
        "meter_hh.csv": (meter_hh(), {}),
        "lab_wide.csv": (lab_wide(), {}),
    }
    written = []
    for name, (df, kwargs) in paths.items():
        df.to_csv(out / name, index=False, **kwargs)
        written.append(out / name)
    return written


if __name__ == "__main__":
    if sys.argv[1:2] == ["--audit"]:
        print("\n".join(audit(Path(sys.argv[2]), Path(sys.argv[3]))))
        from safe_synthesizer.data.readers import read_table

        print("\n".join(consistency(Path(sys.argv[2]).stem, read_table(Path(sys.argv[3])))))
    elif sys.argv[1:2] and sys.argv[1].startswith("-"):
        print(__doc__)  # '--help' wrote the tables into a directory named '--help'
    else:
        done = write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
        print("wrote " + ", ".join(str(p) for p in done))
