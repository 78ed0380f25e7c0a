"""Session 37 fixes of layout rules and lower-case titled surnames."""

from safe_synthesizer.pii.text_name_titled import titled_lower_spans
from safe_synthesizer.pii.text_names import layout_name_spans


def test_initial_before_a_list_comma_is_no_inverted_name() -> None:
    text = "Reading group B: J. Williams, Kenneth Alvarado. Group C: K. Brooks."
    found = [text[a:b] for a, b, _ in layout_name_spans(text)]
    assert "Williams, Kenneth Alvarado" not in found
    assert "J. Williams" in found


def test_inflected_verb_after_a_title_is_no_surname() -> None:
    assert titled_lower_spans("Seller M. Pastor says the sofa is still available.") == []
    text = "Noise complaint about Mrs smith next door"
    assert [text[a:b] for a, b, _ in titled_lower_spans(text)] == ["smith"]
