"""Session 68 (helper PI): phone columns written as dial strings (an outside line ``9, 07406 858784``, post-dial
digits ``07406858784p12``, a sibling line's suffix ``07422 517789/92``, a carrier label ``612 18 78 95 (Movistar)``,
the plus as ``&#43;``) through the PII stage: found with their headers hidden, and faked in the same form. Fails
without the wiring of ``/work/s68docs/wiring_PI.md`` (``phone_cell_artefacts`` reading :mod:`phone_dial_string`)."""

from __future__ import annotations

import re

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.phone_cell_artefacts import clean, dress
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = ["Gail Harvey", "Tom Baker", "Anna Weiss", "Lukas Brandt", "Mia Keller", "Jonas Vogel", "Lea Hartmann",
           "Paul Fischer", "Emma Schulz", "Ben Wagner", "Lina Becker", "Felix Hoffmann"]  # fmt: skip
_PAUSED = ["07406858784p12", "07422517789p3", "07923997660p41", "07451230987p7", "07700123456w22", "07412345678p9",
           "07523456789p15", "07634567890p2", "07745678901p68", "07856789012p4", "07967890123p31",
           "07398765432p5"]  # fmt: skip
_SIBLINGS = ["07422 517789/92", "0121 185 9288/92", "07923 997660/61", "020 7946 0123/24", "0161 496 0755/58",
             "07406 858784/85", "0113 496 0321/22", "07700 900456/57", "0131 496 0987/89", "07911 123456/59",
             "029 2018 0123/27", "0117 496 0654/55"]  # fmt: skip
_OUTSIDE = ["9, 07406 858784", "9, 0121 185 9288", "9, 07923 997660", "9, 020 7946 0123", "9, 0161 496 0755",
            "9, 07422 517789", "9, 0113 496 0321", "9, 07700 900456", "9, 0131 496 0987", "9, 07911 123456",
            "9, 029 2018 0123", "9, 0117 496 0654"]  # fmt: skip
_CARRIER = ["612 18 78 95 (Movistar)", "612 25 49 72 (Vodafone)", "622 41 83 90 (Orange)", "634 12 56 78 (Movistar)",
            "645 98 76 54 (Orange)", "656 23 45 67 (Vodafone)", "667 34 56 78 (Movistar)", "678 45 67 89 (Orange)",
            "689 56 78 90 (Vodafone)", "691 67 89 01 (Movistar)", "612 78 90 12 (Orange)",
            "623 89 01 23 (Vodafone)"]  # fmt: skip


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_the_shared_clean_up_reads_the_dial_string() -> None:
    assert clean("9, 07406 858784") == "07406 858784"
    assert clean("07406858784p12") == "07406858784"
    assert clean("07422 517789/92") == "07422 517789"
    assert clean("612 18 78 95 (Movistar)") == "612 18 78 95"
    assert clean("&#43;371 26 298 556") == "+371 26 298 556"
    assert clean("4500123456/10") == "4500123456/10"  # an order line stays
    assert dress("9, 07406 858784", "07700 900123") == "9, 07700 900123"
    assert dress("07406858784p12", "07700900123") == "07700900123p12"
    assert dress("&#43;371 26 298 556", "+371 21 234 567") == "&#43;371 21 234 567"


def test_dial_string_columns_found_hidden() -> None:
    for values in (_PAUSED, _SIBLINGS, _OUTSIDE, _CARRIER):
        df = pd.DataFrame({"c000": _PEOPLE, "c001": values})
        assert _plans(df).get("c001") == "phone_number", values[0]


def test_the_fakes_keep_the_dial_string() -> None:
    df = pd.DataFrame({"Member": _PEOPLE, "Phone": _PAUSED, "Tel": _SIBLINGS, "Office": _OUTSIDE})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for original, fake in zip(_PAUSED, out["Phone"].tolist(), strict=True):
        # the pause kept; its digits kept or faked as an extension (phone_digit_dress reads them first)
        assert fake != original and re.fullmatch(r"0\d{10}[pw]\d{1,2}", fake), (original, fake)
    for original, fake in zip(_SIBLINGS, out["Tel"].tolist(), strict=True):
        assert fake != original and "/" in fake and fake.split("/")[0] != original.split("/")[0], (original, fake)
    for original, fake in zip(_OUTSIDE, out["Office"].tolist(), strict=True):
        assert fake != original and fake.startswith("9, "), (original, fake)
