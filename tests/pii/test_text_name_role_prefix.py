"""A capitalised role noun before a name is no part of it (set 26's kl_GL vet notes lost ``Parent`` in
``Parent <given> <family> rang ...``: ``Parent`` is a surname too; my own names here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans
from safe_synthesizer.pii.text_name_role_prefix import is_role_noun, without_role_prefix


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Parent Aviaja Kleist rang to confirm.", "Aviaja Kleist"),
        ("Keeper Tobias Lund collected the cat.", "Tobias Lund"),
    ],
)
def test_name_pairs_leave_the_role(text: str, name: str) -> None:
    found = {text[a:b] for a, b, _ in name_pair_spans(text)}
    assert name in found
    assert not any(f.split()[0] in ("Parent", "Keeper") for f in found)


def test_trim_keeps_the_words_after_the_role() -> None:
    text = "Doctor Smith signed"
    assert without_role_prefix(text, [(0, 12, "name")]) == [(7, 12, "name")]
    assert without_role_prefix("Karl Parent rang", [(0, 11, "name")]) == [(0, 11, "name")]
    assert is_role_noun("PARENT") and not is_role_noun("Karl")


def test_ner_spans_leave_a_capitalised_role_noun() -> None:
    from safe_synthesizer.pii.text_detector import load_text_detector

    det = load_text_detector(["name"])
    if det is None:
        pytest.skip("the 'pii' extra is not installed")
    text = "Parent Aviaja Kleist rang from +299 52 11 09 to confirm."
    names = [text[s.start : s.end] for s in det.find_spans([text])[0] if s.entity == "name"]
    assert names == ["Aviaja Kleist"]
