"""Layouts with the street type after the name, split out of text_streets (text_street_typed)."""

from safe_synthesizer.pii.text_street_typed import _LOWER_VIA, _RO_STREET, _cjk_start, _typed_patterns
from safe_synthesizer.pii.text_streets import street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


def test_each_typed_layout_runs_only_past_its_gate() -> None:
    gates = [gate for gate, _ in _typed_patterns()]
    assert any(g.search("lakik: Rákóczi utca 14.") for g in gates)
    assert not any(g.search("Loved the colour, size 8 fits") for g in gates)


def test_typed_layouts_through_street_spans() -> None:
    assert "Szent István körút 7" in _found("Új lakcím: Szent István körút 7, Budapest")
    assert "Palanga g. 14-3" in _found("Siuntą pristatyti: Palanga g. 14-3, Klaipėda")
    assert "Ata Mah. Gül Sok. No: 9" in _found("Adres: Ata Mah. Gül Sok. No: 9 Konak")


def test_romanian_line_and_lower_case_via() -> None:
    assert _RO_STREET.search("domiciliat în Strada Lalelelor Nr. 8 Ap. 3").group() == "Strada Lalelelor Nr. 8 Ap. 3"
    assert _LOWER_VIA.search("abita in via Garibaldi 21").group("street") == "via Garibaldi 21"
    assert _LOWER_VIA.search("sent via Royal Mail 3 times") is None


def test_a_cjk_line_starts_after_the_words_glued_before_it() -> None:
    text = "我住在中山路12号"
    assert text[_cjk_start(text, 0, len(text)) :] == "中山路12号"
