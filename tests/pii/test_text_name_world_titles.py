"""Names after the forms of address of languages the main title tables leave out, in Latin and caseless scripts."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_world_titles import world_title_name_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in world_title_name_spans(text)]


def test_african_and_pacific_titles_before_a_name_in_any_frame() -> None:
    assert _found("Ndalama: ndapereka kwa Mayi Chimwemwe Banda dzulo.") == [("Chimwemwe Banda", "name")]
    assert _found("Nandoa ny trosa Andriamatoa Rabenandrasana omaly.") == [("Rabenandrasana", "last_name")]
    assert _found("Ko rabwa Nei Tearoa ibukin te mwane.") == [("Tearoa", "last_name")]
    assert _found("Vinaka vakalevu Ratu Josefa Naivalu") == [("Josefa Naivalu", "name")]
    assert _found("Galatoomaa Aadde Caaltuu Gammachuu") == [("Caaltuu Gammachuu", "name")]


def test_a_name_in_capitals_after_a_title_is_read_too() -> None:
    assert _found("Moni, Bambo KAMWENDO pa foni.") == [("KAMWENDO", "last_name")]


def test_titles_in_scripts_without_capitals_take_the_next_word_or_two_at_the_run_end() -> None:
    assert _found("Keys left with کاک سەردار at reception") == [("سەردار", "last_name")]
    assert _found("Keys left with خاتوو ژیان ئەحمەد at reception") == [("ژیان ئەحمەد", "name")]
    # Inside a longer run of the script the second word may be the verb: one word only.
    assert _found("جناب کریم آیا و رفت") == [("کریم", "last_name")]
    assert _found("የተሰጠው ለአቶ ከበደ") == []  # the title glued to a preposition is not read
    assert _found("ቁልፉ ለ አቶ ከበደ ተሰጥቷል") == [("ከበደ", "last_name")]


def test_no_name_after_a_title_word_followed_by_a_place_street_word_or_lower_case() -> None:
    assert _found("Mama Road is closed") == []
    assert _found("Tata Steel plant") == []
    assert _found("mama said no") == []
    assert _found("Baba ganoush on the menu") == []


def test_in_a_latin_note_the_script_run_after_a_title_ends_with_the_name_at_any_mark() -> None:
    # The clause's verb is a Latin word there: "!" or "." after the second word does not cut the name.
    assert _found("Happy 40th திரு குகன் ரவீந்திரன்! Party at ours, ring 512006") == [("குகன் ரவீந்திரன்", "name")]
    assert _found("The organiser of the fair is خانىم پاتىگۈل ئەھمەت.") == [("پاتىگۈل ئەھمەت", "name")]
