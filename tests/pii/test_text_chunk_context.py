"""Tests of text_chunk_context: the structured columns' evidence for a chunk's notes, none chunk-wide under DP."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_chunk_context import chunk_context


def _plans() -> list[SimpleNamespace]:
    return [
        SimpleNamespace(column="name", entity=E.NAME, strategy="fake"),
        SimpleNamespace(column="passport", entity=E.NATIONAL_ID, strategy="fake"),
        SimpleNamespace(column="note", entity=E.FREE_TEXT, strategy="fake"),
    ]


def _chunk() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "name": ["Gail Harvey", "Tom Reid", "Ana Berg"],
            "passport": ["K1234567", "K7654321", "K5556667"],
            "note": ["Gail called.", "Tom paid.", "Ana left."],
        }
    )


def test_the_chunk_wide_evidence_is_gathered_outside_dp() -> None:
    context = chunk_context(_chunk(), _plans(), keyed=False)
    assert context.names is not None and len(context.names) == 3
    assert context.people  # the table's name words
    assert context.id_shapes is not None


def test_under_dp_a_record_depends_on_itself_only() -> None:
    context = chunk_context(_chunk(), _plans(), keyed=True)
    assert context.names is not None  # each row's own names stay
    assert context.people is None and context.street_types is None and context.id_shapes is None
