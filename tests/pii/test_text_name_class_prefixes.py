"""Names glued to a Nguni class prefix (text_name_class_prefixes)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_class_prefixes import class_prefix_name_spans


def _values(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in class_prefix_name_spans(text)]


def test_xhosa_class_prefix_glued_to_a_name() -> None:
    assert _values("Ikati ilahlekile! Tsalela u-Thandeka Matyila ku-083 478 1503.") == ["Thandeka Matyila"]
    assert _values("U-Xolani Mtyobile uyakumema! Uzalwe ngo-iminyaka 22") == ["Xolani Mtyobile"]


def test_no_prefix_or_no_name_after_it() -> None:
    assert _values("put it in the bin Friday, a no-show again, ku-083 478") == []
    assert _values("the X-Men and a T-Shirt, e-Mail me") == []
