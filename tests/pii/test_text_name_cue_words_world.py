from safe_synthesizer.pii.text_name_cue_words_world import cue_word_name_spans


def _values(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in cue_word_name_spans(text)]


def test_church_titles_and_the_maori_article() -> None:
    assert _values("Chiamare Mons. Pettinaroli al mattino.") == ["Pettinaroli"]
    assert _values("Me waea atu ki a Hinewai i te ata.") == ["Hinewai"]


def test_welcome_thanks_and_call_formulas() -> None:
    assert _values("Welkom Sjoukje Terpstra (Dorpsstraat 3)!") == ["Sjoukje Terpstra"]
    assert _values("Hartelijk dank aan Ingeborg Wammes voor de koffie.") == ["Ingeborg Wammes"]
    assert _values("Muchas gracias a Remedios Olmedo por todo y a Zulema.") == ["Remedios Olmedo", "Zulema"]
    assert _values("A warm welcome to Tesfaye Gebru, our newest member.") == ["Tesfaye Gebru"]
    assert _values("Would Kiri Tawhai please come to the desk.") == ["Kiri Tawhai"]


def test_places_firms_and_questions_stay() -> None:
    for text in ("Welcome to London!", "Bienvenue à Paris.", "Would Monday suit you?", "Thanks to Google for the ads.",
                 "A warm welcome to New York"):  # fmt: skip
        assert cue_word_name_spans(text) == [], text
