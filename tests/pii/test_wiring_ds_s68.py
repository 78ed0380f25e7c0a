"""Session 68 (helper DS): a birth date inside a container whose head says what it wraps (an SSML ``say-as``
element naming its field order, a spreadsheet formula ``=DATE(y,m,d)``, a vCard label ``BDAY:19480220``), mixed in
one column with other serialisations, through the PII stage: read by the column detector shown and hidden (the
label's compact date as a date, not a phone), faked in the same container. Fails without the wiring of
``/work/s68docs/wiring_DS.md`` (:mod:`date_fallbacks` registering :func:`wrapped_cell_dates.read_wrapped_date`
among the whole-cell readers)."""

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
_SSML = '<say-as interpret-as="date" format="dmy">{}</say-as>'
_WRAPPED = [_SSML.format("03-01-1948"), "=DATE(1952,11,17)", "BDAY:19480220", '{"$date": "1968-07-23T00:00:00Z"}',
            _SSML.format("30-03-1971"), "=DATE(1940,12,27)", "BDAY:19800428", "~D[1959-01-15]",
            _SSML.format("06-05-1962"), "=DATE(1975,6,2)", "BDAY:19531025",
            '{"$date": "1944-02-11T00:00:00Z"}']  # fmt: skip
_BDAYS = ["BDAY:19480220", "BDAY:19800428", "BDAY:19531025", "BDAY:19621107", "BDAY:19390614", "BDAY:19711230",
          "BDAY:19550301", "BDAY:19870912", "BDAY:19460518", "BDAY:19690803", "BDAY:19580122",
          "BDAY:19770409"]  # fmt: skip
_SHAPES = [
    re.compile(r'<say-as interpret-as="date" format="dmy">\d\d-\d\d-\d{4}</say-as>'),
    re.compile(r"=DATE\(\d{4},\d{1,2},\d{1,2}\)"),
    re.compile(r"BDAY:\d{8}"),
    re.compile(r'\{"\$date": "\d{4}-\d\d-\d\dT00:00:00Z"\}'),
    re.compile(r"~D\[\d{4}-\d\d-\d\d\]"),
]


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_the_date_reader_reads_a_wrapped_date() -> None:
    assert date_reader.read_date(_SSML.format("03-01-2018")).date.month == 1  # the element says day first
    assert date_reader.shift_any_date("BDAY:19480220", 1) == "BDAY:19480221"
    assert date_reader.shift_any_date("=DATE(2015,11,17)", 1) == "=DATE(2015,11,18)"
    assert date_reader.read_date("REF:12345678") is None  # a label before a number that is no date


def test_wrapped_birth_column_found_shown_and_hidden() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Date of birth": _WRAPPED})
    assert _plans(df).get("Date of birth") == "date_of_birth"
    hidden = df.rename(columns={"Member": "c001", "Date of birth": "c002"})
    assert _plans(hidden).get("c002") == "date_of_birth"


def test_vcard_birthdays_are_dates_not_phones() -> None:
    df = pd.DataFrame({"Nome": _PEOPLE, "Data di nascita": _BDAYS})
    assert _plans(df).get("Data di nascita") == "date_of_birth"


def test_wrapped_birth_dates_faked_in_the_same_container() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Date of birth": _WRAPPED})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Date of birth"].tolist()
    assert sum(a != b for a, b in zip(out, _WRAPPED, strict=True)) >= 10
    for old, new in zip(_WRAPPED, out, strict=True):
        shape = next(s for s in _SHAPES if s.fullmatch(old))
        assert shape.fullmatch(new), (old, new)
