"""Names, streets and birth dates in Cyrillic notes (Ukrainian, Russian, Bulgarian)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_cyrillic import cyrillic_name_spans
from safe_synthesizer.pii.text_cyrillic_streets import cyrillic_street_spans
from safe_synthesizer.pii.text_patterns import pattern_spans


def _names(text: str) -> set[str]:
    return {text[a:b] for a, b, _ in cyrillic_name_spans(text)}


def _streets(text: str) -> set[str]:
    return {text[a:b] for a, b, _ in cyrillic_street_spans(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("добрий день, це Святослав Вівчаренко, мій номер", "Святослав Вівчаренко"),
        ("біля входу виявлено ААРОН ЧАЛЕНКО, дата народження", "ААРОН ЧАЛЕНКО"),
        ("добрий день, це дан шахрай, мій номер", "дан шахрай"),
        ("але Шеремета, Станіслав повернув гроші", "Шеремета, Станіслав"),
        ("Звонила Клавдия Николаевна Селезнева по поводу счёта", "Клавдия Николаевна Селезнева"),
        ("Пациент Логинова Елизавета Львовна, палата 3", "Логинова Елизавета Львовна"),
        ("Обади се Христя Яркова вчера", "Христя Яркова"),
        # a surname Faker does not list, in the shape of a Ukrainian surname
        ("присутня Оксана Вербицька-Гнатюк", "Оксана Вербицька-Гнатюк"),
    ],
)
def test_full_names(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("присутні Л. Яковенко та інші", "Л. Яковенко"),
        ("підписав І. П. Шевченко", "І. П. Шевченко"),
        ("підписав Шевченко Т. Г. вчора", "Шевченко Т. Г."),
        ("Завдання: пан Чабан телефонує", "Чабан"),
        ("Дві зірки. пані Сич на касі", "Сич"),
        ("пан цибуленко на касі був неввічливий", "цибуленко"),
        ("спитайте д-р Коваленко.", "Коваленко"),
        ("Обратитесь к г-ну Иванову или гр. Петров", "Петров"),
        ("Свидетель Сидоренко подтвердил", "Сидоренко"),
    ],
)
def test_initials_titles_roles(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Дякуємо за звернення, ваш запит прийнято. Київ, Львів та Одеса працюють як звичайно.",
        "пан директор просив передати документи до бухгалтерії",
        "Потрібен товарищ. Потом разберёмся с документами.",
        "Пацієнт Київської лікарні скаржився на біль.",
        "Віра і Надія прийшли.",  # two given names, no family name
    ],
)
def test_no_names_in_prose(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("адреса площа Десятого квітня, буд. 10 кв. 19.", "площа Десятого квітня, буд. 10 кв. 19"),
        ("Самовивіз проспект Біляївська, буд. 1, телефонуйте", "проспект Біляївська, буд. 1"),
        (
            "адреса площа 1-ша Лінія 4-ї ст. Люстдорфської дороги, буд. 7.",
            "площа 1-ша Лінія 4-ї ст. Люстдорфської дороги, буд. 7",
        ),
        ("живу на вулиці Шевченка 12 кв. 3", "вулиці Шевченка 12 кв. 3"),
        ("живу за адресою парк Мукачівський, буд. 27 кв. 5, передзвоніть", "парк Мукачівський, буд. 27 кв. 5"),
        ("Адрес: пер. Песчаный, д. 974 стр. 83", "пер. Песчаный, д. 974 стр. 83"),
        ("доставка ул. Мая 1, д. 6/2 стр. 5/1", "ул. Мая 1, д. 6/2 стр. 5/1"),
        ("адрес наб. 70 лет Октября, д. 65, звонить", "наб. 70 лет Октября, д. 65"),
        ("адрес: бул. Витоша 15, София", "бул. Витоша 15"),
        # Bulgarian: a quoted name, "№", then floor and flat; an estate with its block and a lettered entrance
        ("теч в жилището на ул. „Оборище“ № 12, ет. 4, ап. 9. Огледът", "ул. „Оборище“ № 12, ет. 4, ап. 9"),
        ("доставка бул. «Черни връх» 51 до обяд", "бул. «Черни връх» 51"),
        ("адрес ж.к. Дружба 2, бл. 208, вх. В, ет. 5, ап. 14, София", "ж.к. Дружба 2, бл. 208, вх. В, ет. 5, ап. 14"),
        # Russian: an adjective name before its type, or with a house word and no type
        ("адрес: Ленинградский пр-т, д. 32А, стр. 1", "Ленинградский пр-т, д. 32А, стр. 1"),
        ("живу на Садовой, дом 7, кв 12, звоните", "Садовой, дом 7, кв 12"),
        ("Большая Никитская, д. 10 — приём", "Большая Никитская, д. 10"),
    ],
)
def test_streets(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        "на вулиці було 5 людей",
        "у парку Шевченка 5 хвилин гуляли",
        "вул. була закрита 3 дні",
        "ул. „Шипка“ е затворена",  # a quoted name, no house number
        "Первый дом 5 этажей, второй ниже",  # an adjective, "дом" and a count: prose
        "Новый год 2024 встретили дома",
    ],
)
def test_no_streets_in_prose(text: str) -> None:
    assert _streets(text) == set()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("виявлено особу, дата народження 24.06.1955. Свідок", "24.06.1955"),
        ("пацієнт нар. 19.12.1944, старший бригади", "19.12.1944"),
        ("Іванов І.І., д.н. 1980-03-05", "1980-03-05"),
        ("народився 12 березня 1980 у Києві", "12 березня 1980"),
        ("Петров П.П., дата рождения 05.05.1990", "05.05.1990"),
        ("нустатytas asmuo, gim. 1951-05-18. Liudytojas", "1951-05-18"),
        ("gimimo data 1942-09-16", "1942-09-16"),
    ],
)
def test_birth_dates(text: str, date: str) -> None:
    spans = pattern_spans(text, ("UA",), frozenset({E.DATE_OF_BIRTH}))
    assert date in {text[a:b] for a, b, e in spans if e == E.DATE_OF_BIRTH}


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # lower case (issue 11; set 12 uk_UA/ru_RU text streets 0.000/0.237, seen): a street type and a house word
        ("кур'єр: бульвар лесі українки, буд. 17 кв. 4. дзвонити", "бульвар лесі українки, буд. 17 кв. 4"),
        ("доставка на наб. фонтанки, д. 12 к. 2, домофон", "наб. фонтанки, д. 12 к. 2"),
        ("адрес пер. садовый д. 3 стр. 1 до обеда", "пер. садовый д. 3 стр. 1"),
        # capitals: the house and unit words in any case
        ("АДРЕС: УЛ. ЗАВОДСКАЯ, Д. 14 КВ. 88.", "УЛ. ЗАВОДСКАЯ, Д. 14 КВ. 88"),
        # an abbreviated type, no house word: the number ends the clause
        ("нова адреса вул. шевченка 12, дзвоніть", "вул. шевченка 12"),
    ],
)
def test_lower_case_streets(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        "на вулиці стоїть будинок 5 поверхів",  # a full house word in prose, no comma
        "ул. ленина 5 раз перекрывали",  # an abbreviated type, the number inside the clause
        "на проспекті було 3 машини, д. 5 не знайшли",
    ],
)
def test_lower_case_prose_is_no_street(text: str) -> None:
    assert _streets(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lone listed Cyrillic given or family name inside an English note (issue 11; set 12 uk/bg, seen)
        ("Shift swap approved, handover to Оксана tomorrow morning.", "Оксана"),
        ("Ticket closed by Денис after the refund was issued.", "Денис"),
        ("Complaint forwarded to Ткаченко in billing.", "Ткаченко"),
        # a given name typed in lower case before a capitalised family name, both listed
        ("Kind regards, тарас Шевченко", "тарас Шевченко"),
    ],
)
def test_cyrillic_names_in_latin_notes(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shipment left the Київ warehouse on time.",  # a town
        "Order ref ЗК-2231 confirmed, see the Довідка attached.",  # an ordinary word
        "Gift Aid declaration for you at бул. Витоша 88, ет. 5, София, 2667. With thanks",  # a town, a postcode
    ],
)
def test_cyrillic_places_and_words_in_latin_notes_are_no_names(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("доставка: шосе травневий 5-й, буд. 5. дзвонити", "шосе травневий 5-й, буд. 5"),  # an ordinal in the name
        ("адрес пр. м.горького, д. 100, звонить", "пр. м.горького, д. 100"),  # a glued initial
    ],
)
def test_lower_case_street_names_with_ordinals_and_initials(text: str, street: str) -> None:
    assert street in _streets(text)
