"""Session 66 (helper PH): phones inside containers (SIP and other URIs, vCard ``TEL`` lines, text formulas) through
the PII stage: a column of them found from its values with the header hidden, and each cell faked inside the same
container. Fails without the wiring of ``/work/s66docs/wiring_PH.md`` (``phone_cell_artefacts`` unwrapping a
container with :mod:`phone_containers` before its other marks, and writing the fake back into it)."""

from __future__ import annotations

import re

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.phone_containers import uncontained
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = ["Daan de Vries", "Sanne Jansen", "Bram Bakker", "Lotte Visser", "Ruben Smit", "Eva Meijer",
           "Thijs de Boer", "Fleur Mulder", "Sem de Groot", "Julia Bos", "Lars Vos", "Noor Peters"]  # fmt: skip
_PHONES = ["sip:+31612260576@voip.example.net", "sip:+31627818557@sip.voipfone.net", "TEL;TYPE=CELL:+31 6 17407244",
           "sip:+31105704141@pbx.local", "skype:+31612990293?call", "sip:+31613001439@sip.sipgate.de",
           "TEL;TYPE=HOME:+31 10 1306422", "sip:+31618740298@voip.example.net", "sip:+31617249800@pbx.local",
           "sip:+31611834034@sip.voipfone.net", "TEL;TYPE=CELL:+31 6 57191097",
           "sip:+31645684976@pbx.local"]  # fmt: skip


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _skeleton(cell: str) -> str:
    """The container without its digits (the scheme, host, parameters and signs stay)."""
    return re.sub(r"\d+", "9", cell)


def test_a_column_of_sip_addresses_and_vcard_lines_is_found_with_its_header_hidden() -> None:
    df = pd.DataFrame({"c001": _PEOPLE, "c002": _PHONES})
    assert _plans(df).get("c002") == "phone_number"


def test_each_phone_is_faked_inside_its_own_container() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Phone": _PHONES})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Phone"].tolist()
    for before, after in zip(_PHONES, out, strict=True):
        assert uncontained(after) != uncontained(before), (before, after)
        assert _skeleton(after) == _skeleton(before), (before, after)
        number = phonenumbers.parse(uncontained(after), None)
        assert phonenumbers.is_possible_number(number), (before, after)
