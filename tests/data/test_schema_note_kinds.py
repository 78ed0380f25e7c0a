"""Each schema note carries its kind ("check" / "format"), set where it is made (``data.schema_notes``)."""

from __future__ import annotations

import copy
import json
import pickle

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.data.schema_notes import (
    SchemaNote,
    check_note,
    format_note,
    group_notes,
    is_format_note,
    note_kind,
)


def _table(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    return pd.DataFrame({
        "Brutto": [f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") for x in rng.uniform(2e3, 9e3, n)],
        "visit": [f"2024-03-{d:02d}" if i % 2 else f"{d:02d}/03/2024" for i, d in enumerate(rng.integers(1, 28, n))],
        "reading": [str(x) if x % 17 else "n/a" for x in rng.integers(1, 500, n)],
        "posted_date": rng.integers(44_000, 46_000, n).astype(str),  # Excel serials: to check
        "started": [f"2024-03-{d:02d}" if i % 3 else "soon" + str(i) for i, d in enumerate(rng.integers(1, 28, n))],
        "member_id": [f"M{i % 120:04d}" for i in range(n)],  # id-named values repeat: to check
    })  # fmt: skip


def test_inference_sets_the_kind_where_each_note_is_made() -> None:
    notes = infer_schema(_table()).notes
    assert notes and all(isinstance(n, SchemaNote) for n in notes)
    kinds = {n.split("'")[1]: n.kind for n in notes}
    assert kinds == {
        "Brutto": "format", "visit": "format", "reading": "format",
        "posted_date": "check", "started": "check", "member_id": "check",
    }  # fmt: skip
    # The kind a note was made with is the kind its sentence reads back as from schema.json.
    assert all(note_kind(str(n)) == n.kind for n in notes)


def test_kind_survives_copies_and_the_file_keeps_plain_sentences(tmp_path) -> None:
    schema = infer_schema(_table())
    assert [n.kind for n in copy.deepcopy(schema).notes] == [n.kind for n in schema.notes]
    assert [n.kind for n in pickle.loads(pickle.dumps(schema)).notes] == [n.kind for n in schema.notes]
    path = tmp_path / "schema.json"
    schema.save(path)
    stored = json.loads(path.read_text())["notes"]
    assert stored == [str(n) for n in schema.notes]  # JSON unchanged: plain strings
    loaded = TableSchema.load(path).notes
    assert [note_kind(n) for n in loaded] == [n.kind for n in schema.notes]


def test_group_notes_puts_checks_first() -> None:
    notes = infer_schema(_table()).notes
    groups = group_notes(notes)
    assert [n.split("'")[1] for n in groups["check"]] == ["posted_date", "started", "member_id"]
    assert set(groups["format"]) == {n for n in notes if n.kind == "format"}


def test_constructors_refuse_a_sentence_of_the_other_kind() -> None:
    with pytest.raises(ValueError, match="FORMAT_NOTE_ENDINGS"):
        format_note("'x': kept as text")
    with pytest.raises(ValueError, match="must not end like a format note"):
        check_note("'x': numbers written with a '$' prefix; written back the same way")
    assert is_format_note(format_note("'x': dates in 2 formats; each value is written back in its own format"))


def test_print_notes_groups_by_kind(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from safe_synthesizer.cli.output import console, print_notes

    monkeypatch.setattr(console, "width", 300)
    print_notes([format_note("'a': numbers written with a '$' prefix; written back the same way"),
                 check_note("'b': 40% of values unparsable as dates, kept as categorical")])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("note: 'b'") and lines[1].startswith("note: 'a'")  # the check first


def test_split_notes_prefers_a_stated_kind() -> None:
    from safe_synthesizer.cli.output import split_notes

    stated = {"level": "note", "kind": "check", "message": "'a': x; written back the same way"}
    read = {"level": "note", "message": "'a': x; written back the same way"}
    assert split_notes([stated, read]) == ([stated], [read])
