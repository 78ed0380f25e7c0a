"""Serbian names in Cyrillic: given names Faker's lists lack, lower-case -ић surnames (session 36)."""

from safe_synthesizer.pii.text_cyrillic import cyrillic_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in cyrillic_name_spans(text)]


def test_serbian_given_names() -> None:
    assert "Бранислав Вуковић" in _found("1 star. Бранислав Вуковић promised a callback")
    assert "Милош Стојановић" in _found("Full name: Милош Стојановић\nUsername: x")


def test_lower_case_ic_surname_beside_a_listed_given_name() -> None:
    assert "љиљана ђорђевић" in _found("if not in leave with љиљана ђорђевић at number 14")
    assert _found("мали зечић скаче") == []  # a diminutive noun after a word that is no given name


def test_ic_surname_beside_an_unlisted_capitalised_word() -> None:
    assert "Злата Перишић" in _found("order placed under Злата Перишић, never arrived")
    # a title or office before the surname is no given name: the surname alone is the name
    assert "Доктор Јовановић" not in _found("Доктор Јовановић је рекао")
