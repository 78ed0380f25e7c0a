"""Mongolian names: a genitive father's name before a given name built of name elements (session 36)."""

from safe_synthesizer.pii.text_name_mongolian import mongolian_given, mongolian_name_spans, mongolian_patronymic
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in mongolian_name_spans(text)]


def test_elements_and_genitive() -> None:
    assert mongolian_given("Оюунчимэг") == 2
    assert mongolian_given("Ариунаа") == 2
    assert mongolian_patronymic("Лхагвын") and mongolian_patronymic("ЦЭРЭНГИЙН")
    assert not mongolian_patronymic("Улсын") and not mongolian_patronymic("сын")


def test_pairs_in_any_case_and_inverted() -> None:
    assert _found("Name on booking: ЦЭРЭНГИЙН ЦЭЦЭГ.") == ["ЦЭРЭНГИЙН ЦЭЦЭГ"]
    assert _found("please ring Ганбаатарын, Номин - +976 8000 0000") == ["Ганбаатарын, Номин"]
    assert _found("msg from очирын солонго: pls call back") == ["очирын солонго"]


def test_mongolian_prose_and_russian_words_stay() -> None:
    assert _found("Монгол Улсын Их Хурал хуралдав") == []
    assert _found("хотын баяр болно") == []  # lower-case Mongolian prose: the city's festival
    assert _found("Москва Сарай Батон Одесса Тамара Солнце") == []


def test_registered_in_name_pairs() -> None:
    text = "Collect from Сүхбаатарын Ганзориг, text after 6pm."
    assert any(text[a:b] == "Сүхбаатарын Ганзориг" for a, b, _ in name_pair_spans(text))


def test_names_of_other_elements_by_their_shape() -> None:
    # "-ийн" ends no Russian word; "ө"/"ү" are Mongolian letters
    assert _found("FULL NAME: БАЛДАНГИЙН БИЛГҮҮН") == ["БАЛДАНГИЙН БИЛГҮҮН"]
    assert _found("Дөлгөөн here - can you pick up milk") == ["Дөлгөөн"]
    assert _found("Цены страны растут") == []
    assert _found("Ulaanbaatar trip to Өлгий next week") == []  # a town
