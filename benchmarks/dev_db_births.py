"""Registers kept over decades: birth-date columns with years alone, and their event-date neighbours (helper DB,
session 41).

Why: a register typed by hand over decades (a congregation's members, a bowls club's roll since 1961, a
choir's, a burial society's) writes a member's birth date in several layouts and, where the day was never
known, the year alone (``1948``) or the year with the day and month zeroed (``00.00.1948``); its joining date,
written when the member joined, is known to the day. This script writes such registers itself (its own
templates, column names, Faker names and seeds; nothing taken from the held-out builders) for eight locales,
and checks with ``plan_columns`` (column names shown and hidden) that the birth-date column is found and the
joining and last-visit columns (events, in the birth-date layout, some with years alone too) are not.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/dev_db_births.py [--seeds 4101,4102] [--rows 40]``; prints
one row per (locale, seed, rows) with the plans of the three date columns.
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

# Locale -> (Faker locale, the day-first separator its dates use, month names written in full).
LOCALES = {
    "en_IE": ("en_IE", "/", "January February March April May June July August September October November December"),
    "pl_PL": (
        "pl_PL",
        ".",
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    ),
    "pt_BR": (
        "pt_BR",
        "/",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    ),
    "nb_NO": ("no_NO", ".", "januar februar mars april mai juni juli august september oktober november desember"),
    "en_ZA": ("en_GB", "/", "January February March April May June July August September October November December"),
    "hu_HU": (
        "hu_HU",
        ".",
        "január február március április május június július augusztus szeptember október november december",
    ),
    "tr_TR": ("tr_TR", ".", "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
    "en_US": ("en_US", "/", "January February March April May June July August September October November December"),
}
EXPORT_DAY = date(2026, 3, 1)


def _written(d: date, sep: str, months: list[str], rng: random.Random, us: bool) -> str:
    """One of the layouts a hand-kept register mixes: day first (or month first in the US), ISO, two-digit year,
    the month's name."""
    pick = rng.random()
    if pick < 0.5:
        return f"{d.month:02d}/{d.day:02d}/{d.year}" if us else f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
    if pick < 0.65:
        return d.isoformat()
    if pick < 0.8:
        return f"{d.month}/{d.day}/{d.year % 100:02d}" if us else f"{d.day}{sep}{d.month}{sep}{d.year % 100:02d}"
    return f"{d.day} {months[d.month - 1]} {d.year}"


def _birth(rng: random.Random, sep: str, months: list[str], us: bool) -> str | None:
    born = EXPORT_DAY - timedelta(days=rng.randint(18 * 365, 92 * 365))
    pick = rng.random()
    if pick < 0.08:
        return None
    if pick < 0.2:
        return str(born.year)  # the day of birth never known: the year alone
    if pick < 0.25:
        return f"00{sep}00{sep}{born.year}"
    return _written(born, sep, months, rng, us)


def _event(rng: random.Random, sep: str, months: list[str], us: bool, years_back: int, bare: float) -> str | None:
    when = EXPORT_DAY - timedelta(days=rng.randint(10, years_back * 365))
    if rng.random() < bare:
        return str(when.year)
    return (
        f"{when.month:02d}/{when.day:02d}/{when.year}" if us else f"{when.day:02d}{sep}{when.month:02d}{sep}{when.year}"
    )


def register(locale: str, seed: int, rows: int) -> tuple[pd.DataFrame, dict[str, str | None]]:
    """A members' register of ``rows`` rows: the birth-date column and two event-date columns labelled."""
    faker_locale, sep, month_text = LOCALES[locale]
    fake = Faker(faker_locale)
    fake.seed_instance(seed)
    rng = random.Random(seed)
    months = month_text.split()
    us = locale == "en_US"
    records = []
    for _ in range(rows):
        records.append(
            {
                "Member No": f"{rng.randint(1, 999):03d}",
                "Surname": fake.last_name(),
                "Given names": fake.first_name(),
                "Born": _birth(rng, sep, months, us),
                "Joined": _event(rng, sep, months, us, years_back=30, bare=0.1),
                "Last visit": _event(rng, sep, months, us, years_back=2, bare=0.0),
                "Group": rng.choice(["Choir", "Flowers", "Readers", "Welcome", None]),
            }
        )
    labels = {"Born": "date_of_birth", "Joined": None, "Last visit": None}
    return pd.DataFrame(records), labels


def plans(df: pd.DataFrame, hidden: bool) -> dict[str, str | None]:
    """Column -> planned entity, with the names shown or hidden (``c000``...)."""
    frame = df.copy()
    if hidden:
        frame.columns = [f"c{i:03d}" for i in range(len(df.columns))]
    planned = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)}
    return {name: planned.get(col) for name, col in zip(df.columns, frame.columns, strict=True)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default="4101,4102")
    parser.add_argument("--rows", default="40,120")
    args = parser.parse_args()
    hits = total = false = 0
    for locale in LOCALES:
        for seed in map(int, args.seeds.split(",")):
            for rows in map(int, args.rows.split(",")):
                df, labels = register(locale, seed, rows)
                for hidden in (False, True):
                    got = plans(df, hidden)
                    for column, label in labels.items():
                        if label:
                            total += 1
                            hits += got[column] == label
                        elif got[column] is not None:
                            false += 1
                    shown = " ".join(f"{c}={got[c]}" for c in labels)
                    print(f"{locale} {seed} {rows:4d} {'hidden' if hidden else 'shown '}  {shown}")
    print(f"birth-date columns found {hits}/{total}; event columns planned (false) {false}")


if __name__ == "__main__":
    main()
