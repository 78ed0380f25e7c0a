"""Held-out set 31: people, addresses, national ids and IBANs of the eight new locales, written from the places' own
customs (none of these names or streets is in Faker).

People: Palestinian (given, father's and family name in Arabic script ``محمد خالد البرغوثي``, or Latin ``Barghouti``),
Maldivian (no family name: two given names ``Aishath Shifa``, ``Ibrahim Rasheed``), Cambodian (the family name first:
``Sok Dara``, in Khmer script ``សុខ តារា`` on some cells), Malawian (``Chikondi Banda``, ``Mphatso Nyirenda``), Manx
(``Orry Quayle``, ``Fenella Kermode``), Tajik (Cyrillic ``Фарҳод Раҳмонов``, ``Нигина Қодирзода``), Bajan
(``Shanice Cumberbatch``) and Burmese (no family name: ``Aung Kyaw Moe``, ``Khin Myat Noe``; the last syllable stands
in the "last name" field of forms that ask for one).

Addresses, ids and IBANs of the eight: ``heldout31_places``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

NEW8 = ("ar_PS", "dv_MV", "km_KH", "en_MW", "en_IM", "tg_TJ", "en_BB", "my_MM")


@dataclass(frozen=True)
class Person:
    """One person: given and family name (or the last syllable), sex, a father's name or patronymic."""

    first: str
    last: str
    female: bool
    middle: str = ""
    latin: str = ""  # a Latin spelling ("Mohammad Barghouti") where the name is written in another script


_PS_M = [
    ("محمد", "Mohammad"),
    ("أحمد", "Ahmad"),
    ("خالد", "Khaled"),
    ("يوسف", "Yousef"),
    ("إبراهيم", "Ibrahim"),
    ("عمر", "Omar"),
    ("سامي", "Sami"),
    ("رامي", "Rami"),
    ("فادي", "Fadi"),
    ("باسل", "Basel"),
    ("مهند", "Muhannad"),
]
_PS_F = [
    ("فاطمة", "Fatima"),
    ("مريم", "Mariam"),
    ("رنا", "Rana"),
    ("لينا", "Lina"),
    ("سماح", "Samah"),
    ("هبة", "Heba"),
    ("دعاء", "Duaa"),
    ("ريم", "Reem"),
    ("نور", "Nour"),
    ("آلاء", "Alaa"),
    ("ياسمين", "Yasmin"),
]
_PS_FAM = [
    ("البرغوثي", "Barghouti"),
    ("الخالدي", "Khalidi"),
    ("التميمي", "Tamimi"),
    ("النشاشيبي", "Nashashibi"),
    ("الشوبكي", "Shobaki"),
    ("أبو غوش", "Abu Ghosh"),
    ("الحسيني", "Husseini"),
    ("عودة", "Odeh"),
    ("حمدان", "Hamdan"),
    ("صالح", "Saleh"),
    ("الجعبري", "Jabari"),
    ("القواسمي", "Qawasmi"),
    ("دويكات", "Dweikat"),
]
_MV_M = ["Ahmed", "Mohamed", "Ibrahim", "Hassan", "Hussain", "Ali", "Abdulla", "Moosa", "Ismail", "Shifaz", "Ahusan"]
_MV_F = ["Aishath", "Fathimath", "Mariyam", "Aminath", "Hawwa", "Shifa", "Shaheema", "Nazima", "Mausooma", "Zulfa"]
_MV_SECOND = ["Shareef", "Rasheed", "Naseer", "Didi", "Manik", "Waheed", "Zahir", "Faiz", "Shakir", "Latheef", "Shifa",
              "Nashida", "Zeena", "Raufa"]  # fmt: skip
_KH_FAM = [
    ("សុខ", "Sok"),
    ("ចាន់", "Chan"),
    ("គីម", "Kim"),
    ("ហេង", "Heng"),
    ("លី", "Ly"),
    ("ជា", "Chea"),
    ("កែវ", "Keo"),
    ("មាស", "Meas"),
    ("អ៊ុក", "Ouk"),
    ("ពេជ្រ", "Pich"),
    ("សេង", "Seng"),
    ("ប្រាក់", "Prak"),
]
_KH_M = [
    ("តារា", "Dara"),
    ("វុទ្ធី", "Vuthy"),
    ("រិទ្ធី", "Rithy"),
    ("សុវណ្ណ", "Sovann"),
    ("វណ្ណៈ", "Vannak"),
    ("រដ្ឋា", "Ratha"),
    ("វិសាល", "Visal"),
    ("សុខា", "Sokha"),
]
_KH_F = [
    ("សុភា", "Sophea"),
    ("បុប្ផា", "Bopha"),
    ("ស្រីមុំ", "Sreymom"),
    ("ពិសី", "Pisey"),
    ("ចន្ទធូ", "Chanthou"),
    ("លក្ខិណា", "Leakhena"),
    ("ចាន់ណារី", "Channary"),
    ("សុភាព", "Sopheap"),
]
_MW_GIVEN = ["Chikondi", "Thokozani", "Chimwemwe", "Mphatso", "Tiyamike", "Limbani", "Kondwani", "Madalitso",
             "Takondwa", "Yamikani", "Dalitso", "Blessings", "Precious", "Memory", "Patience", "Innocent", "Esther",
             "Chisomo", "Wezi", "Kettie"]  # fmt: skip
_MW_FAM = [
    "Banda",
    "Phiri",
    "Mwale",
    "Chirwa",
    "Kumwenda",
    "Nyirenda",
    "Gondwe",
    "Msiska",
    "Chisale",
    "Mbewe",
    "Kachingwe",
    "Jere",
    "Mkandawire",
    "Kamanga",
    "Chimombo",
    "Nkhoma",
    "Chiumia",
    "Mussa",
    "Makawa",
]
_IM_M = ["Juan", "Orry", "Illiam", "Colin", "Philip", "Thomas", "Stephen", "Mark", "Callum", "Gareth", "Ewan"]
_IM_F = ["Fenella", "Breesha", "Aalish", "Moirrey", "Ealish", "Sarah", "Joanne", "Laura", "Karen", "Chloe", "Niamh"]
_IM_FAM = ["Quayle", "Kermode", "Corlett", "Kelly", "Cregeen", "Christian", "Clague", "Kinvig", "Quilliam", "Crellin",
           "Kneale", "Callister", "Quine", "Corkill", "Faragher", "Cannell", "Skillicorn", "Kewley", "Teare",
           "Qualtrough", "Gelling", "Quirk", "Moore"]  # fmt: skip
_TJ_M = ["Фарҳод", "Рустам", "Шерзод", "Далер", "Бахтиёр", "Фаридун", "Сорбон", "Исмоил", "Комрон", "Ҷамшед"]
_TJ_F = ["Нигина", "Мадина", "Зарина", "Гулнора", "Мавзуна", "Шаҳло", "Таҳмина", "Фарангис", "Манижа", "Дилноза"]
_TJ_FAM = ["Раҳмонов", "Саидов", "Шарипов", "Қурбонов", "Назаров", "Ғафуров", "Исмоилов", "Раҳимзода", "Қодирзода",
           "Сафарзода", "Абдуллоев", "Мирзоев", "Ҳасанов", "Умаров", "Нуриддинзода"]  # fmt: skip
_BB_M = ["Kemar", "Jamar", "Andre", "Marlon", "Dwayne", "Damien", "Ricardo", "Shamar", "Romario", "Kirk", "Trevor"]
_BB_F = ["Shanice", "Keisha", "Tiffany", "Rashida", "Kimberley", "Nicole", "Alicia", "Tamara", "Jalisa", "Shakira"]
_BB_FAM = [
    "Brathwaite",
    "Greaves",
    "Cumberbatch",
    "Blackman",
    "Alleyne",
    "Clarke",
    "Best",
    "Holder",
    "Griffith",
    "Hinds",
    "Boyce",
    "Gittens",
    "Worrell",
    "Harewood",
    "Springer",
    "Yearwood",
    "Bynoe",
    "Maynard",
    "Husbands",
]
_MM_M = ["Aung", "Kyaw", "Zaw", "Min", "Htet", "Myo", "Tun", "Naing", "Lin", "Thant", "Soe", "Win", "Hein", "Thura"]
_MM_F = ["Khin", "Myat", "Noe", "Thida", "Su", "Hlaing", "Hnin", "Wai", "Ei", "Mon", "Thu", "Zar", "Nandar", "Phyu"]
_TJ_CYRILLIC = "абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя"
_TJ_ROMAN = ["a", "b", "v", "g", "gh", "d", "e", "yo", "zh", "z", "i", "i", "y", "k", "q", "l", "m", "n", "o", "p", "r",
             "s", "t", "u", "u", "f", "kh", "h", "ch", "j", "sh", "", "e", "yu", "ya"]  # fmt: skip
_TJ_LATIN = dict(zip(_TJ_CYRILLIC, _TJ_ROMAN, strict=True))


def tj_latin(text: str) -> str:
    """A Tajik Cyrillic name in Latin letters (what an e-mail address keeps)."""
    return "".join(_TJ_LATIN.get(c.lower(), c) for c in text)


def person(locale: str, rng: random.Random) -> Person:
    """One person of a new locale (Palestine: the father's name as middle; Tajikistan: ``-ова`` for women)."""
    female = rng.random() < 0.5
    if locale == "ar_PS":
        (f, fl), (m, _), (la, ll) = rng.choice(_PS_F if female else _PS_M), rng.choice(_PS_M), rng.choice(_PS_FAM)
        return Person(f, la, female, m, f"{fl} {ll}")
    if locale == "dv_MV":
        return Person(rng.choice(_MV_F if female else _MV_M), rng.choice(_MV_SECOND), female)
    if locale == "km_KH":
        (f, fl), (la, ll) = rng.choice(_KH_F if female else _KH_M), rng.choice(_KH_FAM)
        return Person(fl, ll, female, latin=f"{la} {f}")  # latin: the Khmer-script spelling here
    if locale == "en_MW":
        return Person(rng.choice(_MW_GIVEN), rng.choice(_MW_FAM), female)
    if locale == "en_IM":
        return Person(rng.choice(_IM_F if female else _IM_M), rng.choice(_IM_FAM), female)
    if locale == "tg_TJ":
        last = rng.choice(_TJ_FAM)
        if female and not last.endswith("зода"):
            last += "а"
        return Person(rng.choice(_TJ_F if female else _TJ_M), last, female)
    if locale == "en_BB":
        return Person(rng.choice(_BB_F if female else _BB_M), rng.choice(_BB_FAM), female)
    syll = _MM_F if female else _MM_M
    parts = rng.sample(syll, rng.choice((2, 3, 3)))
    return Person(" ".join(parts[:-1]), parts[-1], female)


def full(p: Person, locale: str) -> str:
    """The name as running text writes it (Cambodia: family name first; Palestine: given, father's, family)."""
    if locale == "km_KH":
        return f"{p.last} {p.first}"
    if locale == "ar_PS" and p.middle:
        return f"{p.first} {p.middle} {p.last}"
    return f"{p.first} {p.last}"


def latin_name(p: Person, locale: str) -> str:
    """The name in Latin letters (Palestine's transliteration, Tajik romanised; others as they are)."""
    if locale == "ar_PS":
        return p.latin
    if locale == "tg_TJ":
        return f"{tj_latin(p.first).title()} {tj_latin(p.last).title()}"
    return full(p, locale)


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An address made from the name's Latin spelling."""
    first, *rest = latin_name(p, locale).lower().replace("-", "").split()
    last = rest[-1] if rest else ""
    local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}{last}", f"{last}{first}"])
    domain = {"ar_PS": ["gmail.com", "hotmail.com", "paltel.ps"], "dv_MV": ["gmail.com", "dhivehinet.net.mv"],
              "km_KH": ["gmail.com", "yahoo.com"], "en_MW": ["gmail.com", "yahoo.co.uk", "malawi.net"],
              "en_IM": ["manx.net", "gmail.com", "outlook.com"], "tg_TJ": ["mail.ru", "gmail.com", "tojikiston.tj"],
              "en_BB": ["caribsurf.com", "gmail.com", "hotmail.com"],
              "my_MM": ["gmail.com", "yahoo.com"]}[locale]  # fmt: skip
    return f"{local}@{rng.choice(domain)}"
