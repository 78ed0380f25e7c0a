"""Customer exports with birthdays without a year, and children's rosters (helper DB, session 42).

Why: a shop's or salon's customer export writes the birthday a customer gave as its tool stores it: the full
date, or the day and month with the tool's year placeholder (Square ``0000-05-26``, vCard 4 / Google Contacts
``--05-26``, Apple Contacts ``1604-05-26``); a youth club's roster holds its players' birth dates (children born
within a decade) beside their guardians' names and phones. Both sit beside event dates (first and last visit,
joined, form signed) that must stay out. This script writes such tables itself (its own column names, Faker
names, seeds and layouts; nothing taken from the held-out builders) for several locales and checks with
``plan_columns`` (names shown and hidden) that the birthday column is found and the event columns are not.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/dev_db_birthdays.py [--seeds 4201,4202] [--rows 30,120]``;
prints one row per (kind, locale, seed, rows) with the plans of the date columns.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

LOCALES = ("en_AU", "de_AT", "fr_BE", "es_MX", "sv_SE", "pl_PL", "ja_JP", "en_CA")
EXPORT_DAY = date(2026, 2, 14)
# Each tool's placeholder for a birthday without a year.
YEARLESS = {
    "square": lambda d: f"0000-{d.month:02d}-{d.day:02d}",
    "vcard": lambda d: f"--{d.month:02d}-{d.day:02d}",
    "vcard_basic": lambda d: f"--{d.month:02d}{d.day:02d}",
    "apple": lambda d: f"1604-{d.month:02d}-{d.day:02d}",
}


def _day_first(d: date, rng: random.Random, locale: str) -> str:
    if locale == "ja_JP":
        return f"{d.year}/{d.month:02d}/{d.day:02d}" if rng.random() < 0.7 else f"{d.year % 100:02d}/{d.month}/{d.day}"
    sep = "." if locale in ("de_AT", "pl_PL") else "/"
    if locale in ("en_CA",) and rng.random() < 0.5:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}" if rng.random() < 0.6 else d.isoformat()


def _between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days))


def customers(locale: str, seed: int, rows: int) -> tuple[pd.DataFrame, str, list[str]]:
    """A customer export: birthday (some without a year, in one tool's layout), first/last visit, created."""
    rng, fake = random.Random(seed), Faker(locale)
    fake.seed_instance(seed)
    tool = list(YEARLESS)[seed % len(YEARLESS)]
    out = []
    for _ in range(rows):
        born = _between(rng, date(1938, 1, 1), date(2007, 12, 31))
        first = _between(rng, date(2021, 1, 1), date(2025, 12, 1))
        last = _between(rng, first, EXPORT_DAY)
        pick = rng.random()
        birthday = "" if pick < 0.35 else YEARLESS[tool](born) if pick < 0.5 else _day_first(born, rng, locale)
        out.append({
            "Kundennr": f"K{rng.randrange(10**5):05d}", "Vorname": fake.first_name(), "Nachname": fake.last_name(),
            "Mail": fake.email(), "Mobil": fake.phone_number(), "Geburtstag": birthday,
            "Erster Besuch": _day_first(first, rng, locale), "Letzter Besuch": last.isoformat(),
            "Besuche": rng.randrange(1, 40), "Umsatz": f"{rng.uniform(10, 900):.2f}",
        })  # fmt: skip
    return pd.DataFrame(out), "Geburtstag", ["Erster Besuch", "Letzter Besuch"]


def roster(locale: str, seed: int, rows: int) -> tuple[pd.DataFrame, str, list[str]]:
    """A youth club's roster: players born within a decade, their guardians, joined and form-signed dates."""
    rng, fake = random.Random(seed), Faker(locale)
    fake.seed_instance(seed)
    top = rng.randrange(2014, 2020)
    out = []
    for _ in range(rows):
        born = _between(rng, date(top - rng.randrange(6, 10), 1, 1), date(top, 12, 31))
        joined = _between(rng, date(2022, 8, 1), EXPORT_DAY)
        out.append({
            "Spieler Vorname": fake.first_name(), "Spieler Name": fake.last_name(), "Trikot": rng.randrange(1, 99),
            "Geb": _day_first(born, rng, locale), "Geschlecht": rng.choice("MF"),
            "Erziehungsber. Vorname": fake.first_name(), "Erziehungsber. Name": fake.last_name(),
            "Erziehungsber. Mail": fake.email(), "Erziehungsber. Tel": fake.phone_number(),
            "Beitritt": _day_first(joined, rng, locale),
            "Formular": _day_first(_between(rng, date(2025, 8, 1), EXPORT_DAY), rng, locale),
        })  # fmt: skip
    return pd.DataFrame(out), "Geb", ["Beitritt", "Formular"]


def _plans(df: pd.DataFrame, hidden: bool) -> dict[str, str | None]:
    rename = {c: (f"c{i:03d}" if hidden else c) for i, c in enumerate(df.columns)}
    shown = df.rename(columns=rename)
    plans = {p.column: p.entity for p in plan_columns(shown, infer_schema(shown), ReplacePiiParameters(), seed=0)}
    return {c: plans.get(rename[c]) for c in df.columns}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="4201,4202,4203")
    parser.add_argument("--rows", default="14,40,150")
    args = parser.parse_args()
    hits = total = false = 0
    for kind, build in (("customers", customers), ("roster", roster)):
        for locale in LOCALES:
            for seed in (int(s) for s in args.seeds.split(",")):
                for rows in (int(r) for r in args.rows.split(",")):
                    if kind == "roster" and rows > 40:
                        continue  # a club's roster is small
                    df, birth, events = build(locale, seed, rows)
                    for hidden in (False, True):
                        plans = _plans(df, hidden)
                        total += 1
                        hits += plans[birth] == "date_of_birth"
                        wrong = [e for e in events if plans[e] is not None]
                        false += len(wrong)
                        mode = "hidden" if hidden else "shown"
                        print(f"{kind:9} {locale} {seed} {rows:4} {mode:6} birth={plans[birth]} events={wrong}")
    print(f"birth columns found {hits}/{total}; event columns taken {false}")


if __name__ == "__main__":
    main()
