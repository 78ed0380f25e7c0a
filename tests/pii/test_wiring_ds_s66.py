"""Session 66 (helper DS): the registry of fallback date readers, and dates read out in words, tagged literals
(Ruby's ``#<Date: ...>``) and float-tailed compact dates (``19821205.0``) through the PII stage: read by the column
detector shown and hidden, in notes after a birth cue, and faked in their own notation. Fails without the wiring
of ``/work/s66docs/wiring_DS.md`` (``date_reader``'s registry filled by :mod:`date_fallbacks` at package import,
``text_patterns`` calling :mod:`text_spoken_births`, ``column_birth_cells`` reading ``.0`` tails)."""

from __future__ import annotations

import inspect

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import date_reader
from safe_synthesizer.pii.column_birth_cells import birth_cell
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = ["Aino Virtanen", "Juha Salo", "Liisa Koski", "Pekka Laine", "Mari Heikkinen", "Timo Nieminen",
           "Sanna Järvinen", "Ville Lehtonen", "Katja Mäkinen", "Olli Hämäläinen", "Eero Aalto",
           "Noora Kallio"]  # fmt: skip
_RUBY = ["#<Date: 1982-12-05 ((2445309j,0s,0n),+0s,2299161j)>", "19360607.0",
         "#<Date: 1958-04-24 ((2436318j,0s,0n),+0s,2299161j)>", "19760714.0",
         "#<Date: 1959-04-16 ((2436675j,0s,0n),+0s,2299161j)>", "19490721.0",
         "#<Date: 1949-07-21 ((2433119j,0s,0n),+0s,2299161j)>", "19810214.0", "19671103.0",
         "#<Date: 2018-02-04 ((2458154j,0s,0n),+0s,2299161j)>", "19901225.0", "19550506.0"]  # fmt: skip
_SPOKEN = ["second of April nineteen ninety-eight", "thirty-first of May nineteen eighty-seven",
           "fourteenth of April twenty sixteen", "sixth of February two thousand and four",
           "first of December nineteen fifty-four", "twelfth of April nineteen seventy-eight",
           "twentieth of September nineteen fifty-four", "seventh of January nineteen fifty-three",
           "third of January nineteen ninety-three", "eighth of May nineteen eighty-one",
           "thirteenth of December nineteen forty-six", "nineteenth of January nineteen seventy-four"]  # fmt: skip


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_the_registry_is_filled_and_read_date_at_imports_nothing() -> None:
    assert len(date_reader.DATE_FALLBACKS) >= 6 and date_reader.DATE_TAILS and date_reader.CELL_FALLBACKS
    for function in (date_reader.read_date_at, date_reader.read_date):
        assert "import" not in inspect.getsource(function)
    # what the readers read before: kept
    assert date_reader.read_date_at("21-05-2013 15:57").end == 16
    assert date_reader.read_date("datetime.date(1936, 6, 16)") is not None
    assert date_reader.read_date_at("2017-W29-2") is not None
    assert date_reader.shift_any_date("1961-08-31-05:00", 1) == "1961-09-01-05:00"


def test_the_date_reader_reads_words_and_tags() -> None:
    assert date_reader.read_date(_SPOKEN[0]) is not None
    assert date_reader.read_date(_RUBY[0]) is not None
    assert (
        date_reader.shift_any_date("second of April nineteen ninety-eight", 30) == "second of May nineteen ninety-eight"
    )
    assert date_reader.shift_any_date(_RUBY[0], 1) == "#<Date: 1982-12-06 ((2445310j,0s,0n),+0s,2299161j)>"
    assert birth_cell("19821205.0") == "date"


def test_ruby_and_float_birth_columns_found_shown_and_hidden() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Date of birth": _RUBY})
    assert _plans(df).get("Date of birth") == "date_of_birth"
    hidden = df.rename(columns={"Member": "c001", "Date of birth": "c002"})
    assert _plans(hidden).get("c002") == "date_of_birth"
    floats = pd.DataFrame({"c001": _PEOPLE, "c002": ([c for c in _RUBY if c.endswith(".0")] * 2)[: len(_PEOPLE)]})
    assert _plans(floats).get("c002") == "date_of_birth"


def test_spoken_birth_date_column_is_found_shown_and_hidden() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Date of birth": _SPOKEN})
    assert _plans(df).get("Date of birth") == "date_of_birth"
    hidden = df.rename(columns={"Member": "c001", "Date of birth": "c002"})
    assert _plans(hidden).get("c002") == "date_of_birth"


def test_spoken_note_birth_dates_are_replaced_and_events_kept() -> None:
    notes = [f"Age check: Bethany Webster, DOB: {d}, ID card seen." for d in _SPOKEN[:6]]
    notes += ["Outing on the first of May twenty twenty-five, twenty minutes late."] * 3
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["notes"].tolist()
    assert not any(d in " ".join(out) for d in _SPOKEN[:6])
    assert all("first of May twenty twenty-five, twenty minutes" in o for o in out[6:])
