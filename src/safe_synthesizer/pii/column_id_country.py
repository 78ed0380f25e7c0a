"""National id columns of countries whose ids are bare digits or codes, told by the table's country.

Why: a Nigerian NIN (``12345678901``), a Georgian personal number (``01024054321``), an Azerbaijani FIN
(``5ZK8B3L``), a Bangladeshi NID (``1987264512837465`` or ten digits) or a Philippine PhilSys number
(``1234-5678-9012``) has no check digit, no date and no letter in a fixed place: eleven random digits
are also an account or a customer number. What tells them apart is the country the rest of the table is
of (its names, phones, towns: :func:`~safe_synthesizer.pii.column_locale.table_country_locale`) and the
column itself: nearly every value in the one layout, nearly all distinct (one id a person), spread over
the whole number range (not sequential like staff or order numbers) and not dialled phone numbers.

Columns the value checks found nothing in are tried here, after the other columns are decided
(:func:`country_id_detections`).

Example::

    country_id_evidence(["71234509876", "30934511876", ...], "NG")  # (1.0, "100% ng.nin layout ...")
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_id_country_guards import lookalike_reason
from safe_synthesizer.pii.column_number_sample import number_sample

MIN_SHARE = 0.9
MIN_DISTINCT_SHARE = 0.8
MIN_VALUES = 15
# Digits of a column of ids fill the number range: (max - min) at least this share of 10**digits.
MIN_SPREAD = 0.05
_PERSON_NAMES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# A column whose repeated values each come with one person (a visit log) needs this share distinct, and
# this share of its repeated values must show a single name.
MIN_TIED_DISTINCT_SHARE = 0.2
MIN_TIED_SHARE = 0.95

# country -> (scheme, layout of the value, upper-cased, outer blanks dropped)
_LAYOUTS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    # Nigerian NIN: eleven digits, not a phone's leading 0.
    "NG": (("ng.nin", re.compile(r"^[1-9]\d{10}$")),),
    # Georgian personal number: eleven digits, not Georgia's calling code 995.
    "GE": (("ge.personal", re.compile(r"^(?!995)\d{11}$")),),
    # Azerbaijani FIN: seven capitals and digits.
    "AZ": (("az.fin", re.compile(r"^[0-9A-Z]{7}$")),),
    # Bangladeshi NID: ten digits (smart card) or seventeen opening with the birth year. The old thirteen
    # digits open with district and sub-district codes, as a bank's accounts open with its branches: left out.
    "BD": (("bd.nid", re.compile(r"^(?:[1-9]\d{9}|(?:19|20)\d{15})$")),),
    # Philippine PhilSys number (PSN, twelve digits) or card number (PCN, sixteen), in groups of four.
    "PH": (("ph.psn", re.compile(r"^\d{4}([\- ]?)\d{4}\1\d{4}(?:\1\d{4})?$")),),
    # Pakistani CNIC written without its dashes or with spaces.
    "PK": (("pk.cnic", re.compile(r"^[1-7]\d{4}[\- ]?\d{7}[\- ]?\d$")),),
}


def _spread(values: list[str]) -> float:
    """Share of the number range the digits of ``values`` span (ids: most of it; sequences: a sliver)."""
    digits = [d for v in values if (d := re.sub(r"\D", "", v))]
    if len(digits) < 2:
        return 0.0
    numbers = [int(d) for d in digits]
    width = max(len(d) for d in digits)  # zero-padded counters keep their width: 00000017 is narrow
    return (max(numbers) - min(numbers)) / 10**width


def _mixed_codes(values: list[str]) -> bool:
    """Codes mixing letters and digits in most values (a FIN), not words or bare numbers."""
    mixed = sum(any(c.isdigit() for c in v) and any(c.isalpha() for c in v) for v in values)
    return mixed >= 0.6 * len(values)


def country_id_evidence(values: list[str], country: str | None, *, repeats_ok: bool = False) -> tuple[float, str]:
    """(share of ``values`` in ``country``'s bare id layout, why); share 0 unless the column also looks
    like one id a person (distinct, or ``repeats_ok`` when each repeated value comes with one person;
    spread; no look-alike's trace: :func:`~column_id_country_guards.lookalike_reason`)."""
    layouts = _LAYOUTS.get((country or "").upper())
    cleaned = [v.strip().upper() for v in values if v and v.strip()]
    if not layouts or len(cleaned) < MIN_VALUES:
        return 0.0, "no bare id layout of the table's country"
    best: tuple[float, str] = (0.0, "not in the country's id layout")
    for scheme, layout in layouts:
        passing = [v for v in cleaned if layout.match(v)]
        share = len(passing) / len(cleaned)
        if share < MIN_SHARE:
            continue
        distinct = len(set(passing)) / len(passing)
        if distinct < (MIN_TIED_DISTINCT_SHARE if repeats_ok else MIN_DISTINCT_SHARE):
            best = max(best, (0.0, f"{scheme} layout, {round(100 * distinct)}% distinct: repeated codes"))
            continue
        if any(c.isalpha() for v in passing for c in v):
            if not _mixed_codes(passing):
                continue
        elif _spread(passing) < MIN_SPREAD:
            best = max(best, (0.0, f"{scheme} layout in a narrow number range: sequential numbers"))
            continue
        if (why := lookalike_reason(passing, scheme)) is not None:
            best = max(best, (0.0, f"{scheme} layout, but {why}"))
            continue
        best = max(best, (share, f"{round(100 * share)}% in the {scheme} layout of a {country} table"))
    return best


def _country_of(detections: list) -> str | None:
    """The two-letter country of the table's detections (its country locale, else their common one)."""
    from safe_synthesizer.pii.column_locale import table_country_locale

    locale = table_country_locale(detections)
    if locale is None:
        counts = Counter(d.locale for d in detections if getattr(d, "locale", None))
        if not counts:
            return None
        locale, n = counts.most_common(1)[0]
        if n * 2 <= sum(counts.values()):
            return None
    return locale.split("_")[-1].upper() if "_" in locale else None


def _tied_to_a_person(df: pd.DataFrame, column: str, rows: pd.Index, name_columns: list[str]) -> bool:
    """Each value of ``column`` that repeats comes with one and the same name (one id a person, a person
    seen several times), in one of ``name_columns``."""
    ids = df.loc[rows, column].astype(str).str.strip()
    repeated = ids[ids.duplicated(keep=False) & (ids != "")]
    if repeated.empty:
        return False
    for name_column in name_columns:
        names = df.loc[repeated.index, name_column].astype(str).str.strip().str.casefold()
        one_name = names.groupby(repeated.to_numpy()).nunique() == 1
        if one_name.mean() >= MIN_TIED_SHARE:
            return True
    return False


def country_id_detections(df: pd.DataFrame, found: dict, *, entities, sample_size: int = 500, seed: int = 0) -> dict:
    """Detections of national id columns among ``df``'s columns not in ``found`` (column -> ColumnDetection),
    by the bare id layout of the country the found columns are of."""
    from safe_synthesizer.pii.column_detector import ColumnDetection

    if E.NATIONAL_ID not in set(entities) or not found:
        return {}
    decided = [d for d in found.values() if d is not None]
    if not any(d.entity in _PERSON_NAMES for d in decided):
        return {}  # national ids are people's: a table with no name column holds other numbers
    country = _country_of(decided)
    if country not in _LAYOUTS:
        return {}
    name_columns = [c for c, d in found.items() if d is not None and d.entity in _PERSON_NAMES and c in df.columns]
    out = {}
    for name in df.columns:
        if name in found and found[name] is not None:
            continue
        # Digit ids with blank cells are read as floats (12345678901.0): whole numbers only, and only as long as a
        # float holds every digit.
        if (sample := number_sample(df[name], sample_size, seed)) is None:
            continue
        values = [str(v) for v in sample]
        share, why = country_id_evidence(values, country)
        if share < MIN_SHARE and name_columns:  # repeated ids: the same person on several rows?
            loose = country_id_evidence(values, country, repeats_ok=True)
            if loose[0] >= MIN_SHARE and _tied_to_a_person(df, name, sample.index, name_columns):
                share, why = loose
        if share >= MIN_SHARE:
            locale = next((d.locale for d in found.values() if d is not None and d.locale), None)
            out[name] = ColumnDetection(name, E.NATIONAL_ID, round(share, 4), round(share, 4), "values", len(values),
                                        locale, why)  # fmt: skip
    return out
