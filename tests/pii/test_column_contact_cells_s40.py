"""Session 40: a label between two numbers in one cell (QuickBooks ``Phone: ... Mobile: ...``) splits them."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_contact_cells import unwrap_cell
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.replace import replace_pii


def _cells() -> list[str]:
    return [
        f"Phone: 06 86{i:02d} 89{99 - i:02d} Mobile: 349 95{i % 10} 5{7 * i:03d}"
        if i % 3
        else f"Mobile: 33{i % 10} 41{(i * 7) % 10} 2{13 * i:03d}"
        for i in range(30)
    ]


def test_two_labelled_numbers_in_one_cell_stay_apart():
    assert unwrap_cell("Phone: 06 8677 8920 Mobile: 349 955 5104") == "06 8677 8920 / 349 955 5104"
    assert unwrap_cell("Mobile: 349 955 5104") == "349 955 5104"
    df = pd.DataFrame({"c003": _cells()})
    det = detect_column(df["c003"], infer_schema(df)["c003"], entities=[E.PHONE_NUMBER, E.NATIONAL_ID])
    assert det is not None and det.entity == E.PHONE_NUMBER


def test_the_written_cell_keeps_each_numbers_label():
    df = pd.DataFrame({"c003": _cells()})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=3).data["c003"]
    for before, after in zip(df["c003"], out, strict=True):
        assert after != before
        assert after.startswith("Phone: " if before.startswith("Phone") else "Mobile: ")
        assert (" Mobile: " in after) == (" Mobile: " in before)


def test_outlook_display_names_with_the_address_in_brackets_are_an_email_column():
    people = ["Ines Vidal", "Tomasz Wrona", "Aoife Brennan", "Rui Sequeira", "Maud Lefort", "Gideon Ashe"] * 4
    cells = [f"{p} ({p.lower().replace(' ', '_')}{i}@mailbox.org)" if i % 5 else None for i, p in enumerate(people)]
    df = pd.DataFrame({"c023": cells, "c024": [f"{i * 3}.50" for i in range(len(cells))]})
    det = detect_column(df["c023"], infer_schema(df)["c023"], entities=[E.EMAIL, E.NAME, E.FIRST_NAME])
    assert det is not None and det.entity == E.EMAIL
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=5).data["c023"]
    for before, after in zip(df["c023"], out, strict=True):
        if not isinstance(before, str):
            continue
        name, address = before.split(" (")
        assert name not in after and address.rstrip(")") not in after
