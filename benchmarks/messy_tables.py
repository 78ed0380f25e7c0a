"""Messy tables for the real-world typing benchmark (``bench_messy.py``), built here, seeded.

Each generator returns ``(frame, intent)``:

- ``frame``: a DataFrame of strings (``None`` for an empty cell), as a user's CSV holds them;
- ``intent``: column -> ``{"type": ...}`` with the type the generating code meant (integer, float,
  datetime, categorical, text, identifier) or ``None`` when the intent is not a typing claim (the
  personal-data columns, a job-title column that is categorical and text at once). Datetime
  columns add ``"formats"`` (every strftime pattern written); number columns add ``"format"``
  (``thousands``, ``decimal``, ``prefix``; for floats ``decimals`` = the most decimal places written
  and ``fixed_decimals`` = every value has exactly that many, both read off the written column) and
  ``"special"`` (the non-numeric codes written on purpose, e.g. ``inf`` or ``<5``).

Real values come from ``../shared/data`` (Lahman people, PBC visits, California housing, Adult;
see its README for provenance); generated messiness is added by Faker (two locales per people
table) and numpy. Seeds and templates are this file's own: the set is independent of ``tests/``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from faker import Faker

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
BASE_SEED = 7100

Intent = dict[str, dict | None]


# Helpers -----------------------------------------------------------------------------------
def _fakers(locales: tuple[str, ...], seed: int) -> dict[str, Faker]:
    out = {}
    for offset, locale in enumerate(locales):
        fake = Faker(locale)
        fake.seed_instance(seed + offset)
        out[locale] = fake
    return out


def _thousands(value: float, decimals: int = 0, sep: str = ",", point: str = ".") -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", point).replace("\0", sep)


def _num(fmt: dict | None = None, *, kind: str, decimals: int = 0, special: list[str] | None = None) -> dict:
    number_format = {"thousands": "", "decimal": ".", "prefix": "", "suffix": "", "decimals": decimals}
    number_format.update(fmt or {})
    return {"type": kind, "format": number_format, "special": list(special or [])}


def _int_text(value: float) -> str | None:
    return None if pd.isna(value) else str(int(value))


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA / name, dtype=str, keep_default_na=False).replace({"": None})


# 1. People in en_US and de_DE ------------------------------------------------------------------
def people_us_de(n: int = 2000, seed: int = BASE_SEED + 1) -> tuple[pd.DataFrame, Intent]:
    """Faker people from two locales (PII columns with prefixed names) beside plain numbers."""
    rng = np.random.default_rng(seed)
    fakers = _fakers(("en_US", "de_DE"), seed)
    rows = []
    for locale in rng.choice(["en_US", "de_DE"], size=n, p=[0.55, 0.45]):
        fake = fakers[locale]
        rows.append(
            {
                "pt_first_name": fake.first_name(),
                "pt_last_name": fake.last_name(),
                "pt_phone": fake.phone_number(),
                "fake_city": fake.city(),
                "pt_email": fake.email(),
                "pt_street": fake.street_address(),
                "pt_birth_date": fake.date_of_birth(minimum_age=18, maximum_age=90).strftime("%Y-%m-%d"),
                "locale": locale,
            }
        )
    frame = pd.DataFrame(rows)
    frame["visits"] = [str(v) for v in rng.poisson(4.0, n)]
    frame["weight_kg"] = [f"{v:.1f}" for v in rng.normal(76, 14, n).clip(38, 160)]
    intent: Intent = {
        c: None for c in ("pt_first_name", "pt_last_name", "pt_phone", "fake_city", "pt_email", "pt_street")
    }
    intent.update(
        {
            "pt_birth_date": {"type": "datetime", "formats": ["%Y-%m-%d"]},
            "locale": {"type": "categorical"},
            "visits": _num(kind="integer"),
            "weight_kg": _num(kind="float", decimals=1),
        }
    )
    return frame, intent


# 2. Lahman people with one birth-date column in three formats -------------------------------
MIXED_DATE_FORMATS = ["%Y-%m-%d", "%m/%d/%Y", "%d %b %Y"]


def lahman_mixed_dates(n: int = 2000, seed: int = BASE_SEED + 2) -> tuple[pd.DataFrame, Intent]:
    """Real players; ``birth_date`` written ISO, US m/d/Y and '12 Mar 2019' in one column."""
    rng = np.random.default_rng(seed)
    people = _read("lahman_people.csv")
    parts = people[["birthYear", "birthMonth", "birthDay"]].apply(pd.to_numeric, errors="coerce")
    people = people[parts.notna().all(axis=1)].sample(n, random_state=seed).reset_index(drop=True)
    parts = people[["birthYear", "birthMonth", "birthDay"]].apply(pd.to_numeric).astype(int)
    births = [date(y, m, d) for y, m, d in parts.itertuples(index=False)]
    which = rng.choice(len(MIXED_DATE_FORMATS), size=n, p=[0.4, 0.35, 0.25])
    frame = pd.DataFrame(
        {
            "player_id": people["playerID"],
            "name_first": people["nameFirst"],
            "name_last": people["nameLast"],
            "birth_date": [b.strftime(MIXED_DATE_FORMATS[k]) for b, k in zip(births, which, strict=True)],
            "birth_country": people["birthCountry"],
            "height_in": [_int_text(v) for v in pd.to_numeric(people["height"])],
            "weight_lb": [_int_text(v) for v in pd.to_numeric(people["weight"])],
            "bats": people["bats"],
            "debut_date": people["debut"],
        }
    )
    intent: Intent = {
        "player_id": {"type": "identifier"},
        "name_first": None,
        "name_last": None,
        "birth_date": {"type": "datetime", "formats": list(MIXED_DATE_FORMATS)},
        "birth_country": {"type": "categorical"},
        "height_in": _num(kind="integer"),
        "weight_lb": _num(kind="integer"),
        "bats": {"type": "categorical"},
        "debut_date": {"type": "datetime", "formats": ["%Y-%m-%d"]},
    }
    return frame, intent


# 3. California housing with thousands separators and a currency ------------------------------
def housing_dollars(n: int = 2000, seed: int = BASE_SEED + 3) -> tuple[pd.DataFrame, Intent]:
    """Real districts: population as '1,234', house value as '$452,600'."""
    housing = pd.read_csv(DATA / "california_housing.csv").sample(n, random_state=seed).reset_index(drop=True)
    frame = pd.DataFrame(
        {
            "median_income": [f"{v:.4f}" for v in housing["MedInc"]],
            "house_age": [_int_text(v) for v in housing["HouseAge"]],
            "avg_rooms": [f"{v:.2f}" for v in housing["AveRooms"]],
            "population": [_thousands(v) for v in housing["Population"]],
            "latitude": [f"{v:.2f}" for v in housing["Latitude"]],
            "longitude": [f"{v:.2f}" for v in housing["Longitude"]],
            "median_house_value": ["$" + _thousands(round(v * 1000) * 100) for v in housing["MedHouseVal"]],
        }
    )
    intent: Intent = {
        "median_income": _num(kind="float", decimals=4),
        "house_age": _num(kind="integer"),
        "avg_rooms": _num(kind="float", decimals=2),
        "population": _num({"thousands": ","}, kind="integer"),
        "latitude": _num(kind="float", decimals=2),
        "longitude": _num(kind="float", decimals=2),
        "median_house_value": _num({"thousands": ",", "prefix": "$"}, kind="integer"),
    }
    return frame, intent


# 4. Sensor readings: inf/-inf/NaN in a float column, '<5'/'unknown' in a count column --------
def sensor_specials(n: int = 2000, seed: int = BASE_SEED + 4) -> tuple[pd.DataFrame, Intent]:
    """Generated readings; ``flow_ratio`` holds 'inf', '-inf', 'NaN'; ``event_count`` '<5', 'unknown'."""
    rng = np.random.default_rng(seed)
    stations = [f"ST-{k:02d}" for k in range(1, 13)]
    start = datetime(2023, 1, 1)
    minutes = np.sort(rng.integers(0, 365 * 24 * 60, n))
    ratio = rng.lognormal(0.0, 0.6, n)
    ratio_text = [f"{v:.3f}" for v in ratio]
    draw = rng.random(n)
    for i in np.flatnonzero(draw < 0.02):
        ratio_text[i] = "inf"
    for i in np.flatnonzero((draw >= 0.02) & (draw < 0.03)):
        ratio_text[i] = "-inf"
    for i in np.flatnonzero((draw >= 0.03) & (draw < 0.06)):
        ratio_text[i] = "NaN"
    counts = rng.negative_binomial(3, 3 / (3 + 25), n)
    unknown = rng.random(n) < 0.02
    count_text = ["unknown" if u else "<5" if c < 5 else str(c) for c, u in zip(counts, unknown, strict=True)]
    frame = pd.DataFrame(
        {
            "station": rng.choice(stations, size=n, p=np.linspace(2, 1, 12) / np.linspace(2, 1, 12).sum()),
            "read_at": [(start + timedelta(minutes=int(m))).strftime("%Y-%m-%d %H:%M") for m in minutes],
            "temp_c": [f"{v:.1f}" for v in rng.normal(14, 8, n)],
            "flow_ratio": ratio_text,
            "event_count": count_text,
            "battery_pct": [str(v) for v in rng.integers(5, 101, n)],
        }
    )
    intent: Intent = {
        "station": {"type": "categorical"},
        "read_at": {"type": "datetime", "formats": ["%Y-%m-%d %H:%M"]},
        "temp_c": _num(kind="float", decimals=1),
        "flow_ratio": _num(kind="float", decimals=3, special=["inf", "-inf"]),
        "event_count": _num(kind="integer", special=["<5", "unknown"]),
        "battery_pct": _num(kind="integer"),
    }
    return frame, intent


# 5. PBC visits: the repeated integer patient id kept as a plain column (no group-by) ----------
def pbc_visits_ids(seed: int = BASE_SEED + 5) -> tuple[pd.DataFrame, Intent]:
    """All 1,945 real visits; ``id`` repeats per patient; ``lab_alk_phos`` as '1,718.0'."""
    del seed  # the whole table, in its own order
    visits = _read("pbcseq_visits.csv")

    def ints(column: str) -> list[str | None]:
        return [_int_text(v) for v in pd.to_numeric(visits[column])]

    frame = pd.DataFrame(
        {
            "id": visits["id"],
            "fu_days": visits["futime"],
            "status": visits["status"],
            "trt": visits["trt"],
            "age_years": [f"{float(v):.2f}" for v in visits["age"]],
            "sex": visits["sex"],
            "visit_day": visits["day"],
            "ascites": ints("ascites"),
            "hepato": ints("hepato"),
            "spiders": ints("spiders"),
            "edema": visits["edema"],
            "lab_bili": visits["bili"],
            "lab_chol": ints("chol"),
            "lab_albumin": visits["albumin"],
            "lab_alk_phos": [None if v is None else _thousands(float(v), 1) for v in visits["alk.phos"]],
            "lab_ast": visits["ast"],
            "lab_platelet": ints("platelet"),
            "lab_protime": visits["protime"],
            "stage": visits["stage"],
        }
    )
    intent: Intent = {"id": {"type": "identifier"}, "sex": {"type": "categorical"}}
    for column in (
        "fu_days",
        "status",
        "trt",
        "visit_day",
        "ascites",
        "hepato",
        "spiders",
        "lab_chol",
        "lab_platelet",
        "stage",
    ):
        intent[column] = _num(kind="integer")
    for column, decimals in (
        ("age_years", 2),
        ("edema", 1),
        ("lab_bili", 1),
        ("lab_albumin", 2),
        ("lab_ast", 2),
        ("lab_protime", 1),
    ):
        intent[column] = _num(kind="float", decimals=decimals)
    intent["lab_alk_phos"] = _num({"thousands": ","}, kind="float", decimals=1)
    return frame, {c: intent[c] for c in frame.columns}


# 6. Adult slice: thousands separators and zero-padded numeric codes --------------------------
def adult_codes(n: int = 2500, seed: int = BASE_SEED + 6) -> tuple[pd.DataFrame, Intent]:
    """Real census rows; ``fnlwgt`` and ``capital_gain`` as '77,516'; ``region_code`` like '007'."""
    rng = np.random.default_rng(seed)
    adult = _read("adult.csv").sample(n, random_state=seed).reset_index(drop=True)
    codes = [f"{k:03d}" for k in rng.choice(np.arange(1, 200), size=30, replace=False)]
    weights = rng.dirichlet(np.ones(len(codes)) * 0.7)
    frame = pd.DataFrame(
        {
            "age": adult["age"],
            "workclass": adult["workclass"],
            "fnlwgt": [_thousands(int(v)) for v in adult["fnlwgt"]],
            "education": adult["education"],
            "education_num": adult["education-num"],
            "marital_status": adult["marital-status"],
            "occupation": adult["occupation"],
            "sex": adult["sex"],
            "capital_gain": [_thousands(int(v)) for v in adult["capital-gain"]],
            "hours_per_week": adult["hours-per-week"],
            "native_country": adult["native-country"],
            "region_code": rng.choice(codes, size=n, p=weights),
            "income": adult["income"],
        }
    )
    intent: Intent = {c: {"type": "categorical"} for c in frame.columns}
    for column in ("age", "education_num", "hours_per_week"):
        intent[column] = _num(kind="integer")
    for column in ("fnlwgt", "capital_gain"):
        intent[column] = _num({"thousands": ","}, kind="integer")
    return frame, intent


# 7. Employees: a job-title column with thousands of distinct values ---------------------------
SENIORITY = ["", "Senior ", "Junior ", "Lead ", "Principal ", "Assistant ", "Interim "]


def jobs_high_card(n: int = 3000, seed: int = BASE_SEED + 7) -> tuple[pd.DataFrame, Intent]:
    """Faker jobs (en_US, de_DE, fr_FR lists) with a seniority prefix; salaries as '52,300'."""
    rng = np.random.default_rng(seed)
    locales = ("en_US", "de_DE", "fr_FR")
    fakers = _fakers(locales, seed)
    titles = []
    for locale, level in zip(rng.choice(locales, size=n), rng.choice(SENIORITY, size=n), strict=True):
        titles.append(level + fakers[locale].job())
    departments = ["Finance", "Sales", "Engineering", "Operations", "Legal", "HR", "Support", "Research"]
    years = rng.gamma(2.0, 4.0, n).round().astype(int)
    salary = (38000 + years * 2100 + rng.normal(0, 9000, n)).clip(24000, None).round(-2)
    hired = [date(2024, 6, 30) - timedelta(days=int(d)) for d in rng.integers(30, 20 * 365, n)]
    frame = pd.DataFrame(
        {
            "emp_id": [f"E{v:06d}" for v in rng.choice(np.arange(100000, 999999), size=n, replace=False)],
            "emp_title": titles,
            "dept": rng.choice(departments, size=n),
            "hire_date": [d.strftime("%m/%d/%Y") for d in hired],
            "salary": [_thousands(v) for v in salary],
            "years_experience": [str(v) for v in years],
            "rating": [f"{v:.1f}" for v in rng.normal(3.6, 0.7, n).clip(1, 5)],
            "remote": rng.choice(["yes", "no", "hybrid"], size=n, p=[0.3, 0.5, 0.2]),
        }
    )
    intent: Intent = {
        "emp_id": {"type": "identifier"},
        "emp_title": None,
        "dept": {"type": "categorical"},
        "hire_date": {"type": "datetime", "formats": ["%m/%d/%Y"]},
        "salary": _num({"thousands": ","}, kind="integer"),
        "years_experience": _num(kind="integer"),
        "rating": _num(kind="float", decimals=1),
        "remote": {"type": "categorical"},
    }
    return frame, intent


# 8. Members in en_GB and de_DE: UK dates, pounds, a timestamp, missing balances -------------
def members_gb_de(n: int = 1500, seed: int = BASE_SEED + 8) -> tuple[pd.DataFrame, Intent]:
    """Faker members from two locales; ``dob`` as d/m/Y, ``credit_limit`` as '£12,500'."""
    rng = np.random.default_rng(seed)
    fakers = _fakers(("en_GB", "de_DE"), seed)
    rows = []
    start = datetime(2015, 1, 1)
    for locale in rng.choice(["en_GB", "de_DE"], size=n, p=[0.6, 0.4]):
        fake = fakers[locale]
        rows.append(
            {
                "fake_first_name": fake.first_name(),
                "fake_last_name": fake.last_name(),
                "fake_postcode": fake.postcode(),
                "fake_phone": fake.phone_number(),
                "fake_city": fake.city(),
                "fake_email": fake.free_email(),
                "dob": fake.date_of_birth(minimum_age=18, maximum_age=85).strftime("%d/%m/%Y"),
            }
        )
    frame = pd.DataFrame(rows)
    seconds = rng.integers(0, 9 * 365 * 86400, n)
    frame["member_since"] = [(start + timedelta(seconds=int(s))).strftime("%Y-%m-%d %H:%M:%S") for s in seconds]
    limits = rng.choice([500, 1000, 2500, 5000, 7500, 12500, 20000], size=n, p=[0.1, 0.2, 0.25, 0.2, 0.1, 0.1, 0.05])
    frame["credit_limit"] = ["£" + _thousands(v) for v in limits]
    balance = limits * rng.beta(1.2, 3.0, n) - rng.exponential(40, n)
    frame["balance"] = [None if m else f"{v:.2f}" for v, m in zip(balance, rng.random(n) < 0.05, strict=True)]
    frame["tier"] = rng.choice(["basic", "silver", "gold", "platinum"], size=n, p=[0.5, 0.3, 0.15, 0.05])
    intent: Intent = {
        c: None for c in ("fake_first_name", "fake_last_name", "fake_postcode", "fake_phone", "fake_city", "fake_email")
    }
    intent.update(
        {
            "dob": {"type": "datetime", "formats": ["%d/%m/%Y"]},
            "member_since": {"type": "datetime", "formats": ["%Y-%m-%d %H:%M:%S"]},
            "credit_limit": _num({"thousands": ",", "prefix": "£"}, kind="integer"),
            "balance": _num(kind="float", decimals=2),
            "tier": {"type": "categorical"},
        }
    )
    return frame, intent


TABLES: dict[str, Callable[[], tuple[pd.DataFrame, Intent]]] = {
    "people_us_de": people_us_de,
    "lahman_mixed_dates": lahman_mixed_dates,
    "housing_dollars": housing_dollars,
    "sensor_specials": sensor_specials,
    "pbc_visits_ids": pbc_visits_ids,
    "adult_codes": adult_codes,
    "jobs_high_card": jobs_high_card,
    "members_gb_de": members_gb_de,
}


def build(name: str) -> tuple[pd.DataFrame, Intent]:
    """One table by name, with every column's intent (``None`` for unlabelled columns)."""
    frame, intent = TABLES[name]()
    assert list(frame.columns) == list(intent), name
    frame = frame.astype(object)
    frame = frame.where(frame.notna(), None)
    for column, spec in intent.items():
        if spec is not None and spec["type"] == "float":
            spec["format"].update(_written_decimals(frame[column], spec))
    return frame, intent


def _written_decimals(values: pd.Series, spec: dict) -> dict:
    """Decimal places as written: the most seen, and whether every number has exactly that many."""
    fmt = spec["format"]
    text = values.dropna().astype(str)
    text = text[~text.isin(spec.get("special", []))]
    fraction = text.str.extract(rf"{re.escape(fmt['decimal'])}(\d+)$")[0].fillna("").str.len()
    decimals = int(fraction.max()) if len(fraction) else 0
    return {"decimals": decimals, "fixed_decimals": bool(len(fraction) and (fraction == decimals).all())}
