"""Session 67 (helper DS): a birth date among dress (``TO_DATE('28-OCT-1949', 'DD-MON-YYYY')``,
``19521101000000.0Z``, ``1968-07-23 00:00:00 +0000 UTC``, ``Fri, 22 Jul 1938 00:00:00 +0000``, mixed in one column)
through the PII stage: read by the column detector shown and hidden, faked in the same dress, and a column of
moments (a log's timestamps) left alone. Fails without the wiring of ``/work/s67docs/wiring_DS.md``
(:mod:`date_fallbacks` registering :func:`dress_cell_dates.read_date_in_dress` among the whole-cell readers)."""

from __future__ import annotations

import re

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import date_reader
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = ["Aino Virtanen", "Juha Salo", "Liisa Koski", "Pekka Laine", "Mari Heikkinen", "Timo Nieminen",
           "Sanna Järvinen", "Ville Lehtonen", "Katja Mäkinen", "Olli Hämäläinen", "Eero Aalto",
           "Noora Kallio"]  # fmt: skip
_DRESSED = ["TO_DATE('28-OCT-1949', 'DD-MON-YYYY')", "19521101000000.0Z", "1968-07-23 00:00:00 +0000 UTC",
            "Fri, 22 Jul 1938 00:00:00 +0000", "TO_DATE('14-MAR-1956', 'DD-MON-YYYY')", "19750529000000.0Z",
            "1936-03-11 00:00:00 +0000 UTC", "Wed, 05 Aug 1953 00:00:00 +0000",
            "TO_DATE('07-JAN-1939', 'DD-MON-YYYY')", "19601231000000.0Z", "1999-11-03 00:00:00 +0000 UTC",
            "Thu, 10 Aug 1961 00:00:00 +0000"]  # fmt: skip
_SHAPES = [
    re.compile(r"TO_DATE\('\d\d-[A-Z]{3}-\d{4}', 'DD-MON-YYYY'\)"),
    re.compile(r"\d{14}\.0Z"),
    re.compile(r"\d{4}-\d\d-\d\d 00:00:00 \+0000 UTC"),
    re.compile(r"[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2,4} \d{4} 00:00:00 \+0000"),
]


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_the_date_reader_reads_a_date_among_dress() -> None:
    assert date_reader.read_date("TO_DATE('28-OCT-1949', 'DD-MON-YYYY')") is not None
    assert date_reader.shift_any_date("19521101000000.0Z", 1) == "19521102000000.0Z"
    assert date_reader.shift_any_date("Fri, 22 Jul 1938 00:00:00 +0000", 1) == "Sat, 23 Jul 1938 00:00:00 +0000"
    assert date_reader.read_date("2021-03-04 13:22:11 +0000 UTC") is None  # a moment


def test_dressed_birth_column_found_shown_and_hidden() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Date of birth": _DRESSED})
    assert _plans(df).get("Date of birth") == "date_of_birth"
    hidden = df.rename(columns={"Member": "c001", "Date of birth": "c002"})
    assert _plans(hidden).get("c002") == "date_of_birth"


def test_dressed_birth_dates_faked_in_the_same_dress() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Date of birth": _DRESSED})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Date of birth"].tolist()
    assert sum(a != b for a, b in zip(out, _DRESSED, strict=True)) >= 10
    for old, new in zip(_DRESSED, out, strict=True):
        shape = next(s for s in _SHAPES if s.fullmatch(old))
        assert shape.fullmatch(new), (old, new)


def test_a_log_of_moments_is_no_birth_column() -> None:
    moments = [
        f"2021-03-{d:02d} {h:02d}:{m:02d}:11 +0000 UTC"
        for d, h, m in zip(range(1, 13), range(7, 19), range(12), strict=True)
    ]
    df = pd.DataFrame({"Member": _PEOPLE, "Logged": moments})
    assert _plans(df).get("Logged") != "date_of_birth"
