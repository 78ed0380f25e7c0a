"""Format notes (a column written back as the input wrote it) are printed apart from "Check these"."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.cli import output
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.schema_notes import is_format_note

WARNING = {"source": "preflight", "level": "warning", "message": "payroll.csv: read as ';'-separated"}


def _note(column: str, text: str) -> dict[str, str]:
    return {"source": "schema", "level": "note", "message": f"'{column}': {text}"}


FORMAT = "numbers written with thousands '.' and decimal ','; written back the same way"


def test_format_notes_leave_the_check_block_and_share_a_line(capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output.console, "width", 300)
    repeats = _note("Personalnummer", "id-named values repeat (150 distinct over 1800 rows); kept as an identifier "
                                      "with its rows per id")
    found = [WARNING, repeats, *(_note(c, FORMAT) for c in ("Brutto", "Lohnsteuer", "Netto"))]
    output.print_checks(found, Path("d.json"))
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == ["Check these (2):", f"  warning: {WARNING['message']}", f"  note: {repeats['message']}"]
    assert lines[3].startswith("Notes (3")
    assert lines[4:] == [f"  'Brutto', 'Lohnsteuer', 'Netto': {FORMAT}"]


def test_only_format_notes_is_nothing_to_flag(capsys: pytest.CaptureFixture[str]) -> None:
    output.print_checks([_note("Netto", FORMAT)], Path("d.json"))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "checks: nothing to flag"
    assert "Check these" not in "\n".join(lines)


def test_inference_notes_are_classified() -> None:
    """The notes inference writes on a real-looking table: format notes vs the ones to check."""
    rng = np.random.default_rng(0)
    n = 400
    df = pd.DataFrame({
        "Brutto": [f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") for x in rng.uniform(2e3, 9e3, n)],
        "price": [f"{x:.2f}" for x in np.round(rng.uniform(1, 99, n), 1)],  # 12.50: fixed decimals
        "visit": [f"2024-03-{d:02d}" if i % 2 else f"{d:02d}/03/2024" for i, d in enumerate(rng.integers(1, 28, n))],
        "reading": [str(x) if x % 17 else "n/a" for x in rng.integers(1, 500, n)],
        "posted_date": rng.integers(44_000, 46_000, n).astype(str),  # Excel serials: a warning
        "started": [f"2024-03-{d:02d}" if i % 3 else "soon" + str(i) for i, d in enumerate(rng.integers(1, 28, n))],
    })
    notes = {note.split("'")[1]: note for note in infer_schema(df).notes}
    assert {c for c, note in notes.items() if is_format_note(note)} == {"Brutto", "price", "visit", "reading"}
    assert not is_format_note(notes["posted_date"])
    assert not is_format_note(notes["started"])  # dates kept as text
