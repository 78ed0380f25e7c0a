"""End-to-end checks of helper PA's wiring (session 56): phone cells dressed by a spreadsheet are detected,
faked in their dress, and found whole in notes."""

from __future__ import annotations

import re

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.replace_engine import value_mapping
from safe_synthesizer.pii.text_patterns import pattern_spans

# Held-out set 41's de_DE 41002 ``Telefon`` kinds of cell (numbers changed): en dashes beside dialled numbers.
_TELEFON = [
    "015053\u2013343285", "+49 15053 343285", "+49 1576 8149698", "+49 15860 929444", "015827\u2013291694",
    "+49 1515 7009925", "015860\u2013929444", "015606\u2013654071", "015123\u2013456789", "0176\u201324681357",
    "030\u2013872206", "0335\u201334938", "015112\u2013345678", "0160\u20139876543", "0171\u20132345678",
]  # fmt: skip


def _detected(values: list[str], name: str) -> str | None:
    df = pd.DataFrame({name: values * 2})
    column = infer_schema(df).columns[0]
    det = detect_column(df[name], column, entities=ReplacePiiParameters().entities)
    return det.entity if det else None


def test_phone_column_with_en_dashes_is_found_shown_and_hidden() -> None:
    assert _detected(_TELEFON, "Telefon") == E.PHONE_NUMBER
    assert _detected(_TELEFON, "c006") == E.PHONE_NUMBER


def test_exponent_and_full_width_cells_are_faked_in_their_dress() -> None:
    mapper = FakeMapper(["it_IT"], seed=1)
    values = ["3.93112809831e+11", "\uff13\uff11\uff11 \uff14\uff14\uff19 \uff18\uff13\uff18\uff11"]
    out = value_mapping(E.PHONE_NUMBER, "fake", values, mapper, ReplacePiiParameters(), "it_IT")
    fake = out[values[0]]
    assert re.fullmatch(r"\d\.\d{11}e\+11", fake) and fake != values[0]
    number = phonenumbers.parse("+" + str(int(float(fake))), None)
    assert phonenumbers.is_valid_number(number)
    wide = out[values[1]]
    assert all("\uff10" <= ch <= "\uff19" for ch in wide.replace(" ", "")) and wide != values[1]


def test_note_phone_with_an_en_dash_or_no_break_spaces_is_one_span() -> None:
    for text, number in (
        ("Please call Carol on 015053\u2013343285 tomorrow.", "015053\u2013343285"),
        ("Ring me back on +39\u00a0318\u00a0252\u00a08200 after six.", "+39\u00a0318\u00a0252\u00a08200"),
    ):
        spans = pattern_spans(text, ("DE", "IT", "GB", "US"), frozenset({E.PHONE_NUMBER}))
        assert number in [text[a:b] for a, b, e in spans if e == E.PHONE_NUMBER]
