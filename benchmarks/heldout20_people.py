"""People of held-out set 20: names by sex, the forms exports and notes write them in, e-mail addresses.

Faker's own names where it has the language's. Where Faker 40 prints English names or has no locale, they come
from the nearest Faker locale of the language (it_CH from it_IT, es_VE from es_CO, ar_EG and ar_JO from ar_AA,
el_CY from el_GR, sw_KE from en_KE) or are listed here (Maltese, Albanian, Amharic, Luxembourgish, Emirati in
Latin letters, Bosnian, Filipino, Peruvian, Malay, Kazakh), written from general knowledge in session 34. Family
name first for hu, ja, zh, ko and vi (no space for ja, zh, ko).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker

_NEAR = {"it_CH": "it_IT", "es_VE": "es_CO", "ar_EG": "ar_AA", "ar_JO": "ar_AA", "el_CY": "el_GR", "sw_KE": "en_KE",
         "en_AU": "en_GB", "en_CA": "en_US"}  # fmt: skip
# locale -> (female first names, male first names, surnames)
OWN: dict[str, tuple[str, str, str]] = {
    "mt_MT": ("Maria|Rita|Doris|Nicole|Roberta|Graziella", "Joseph|Charles|Mario|Matthew|Kurt|Ġorġ",
              "Borg|Camilleri|Vella|Farrugia|Zammit|Galea|Grech|Attard|Micallef|Spiteri"),
    "sq_AL": ("Elira|Mirela|Arta|Blerina|Anisa|Jonida", "Arben|Besnik|Dritan|Gentian|Ilir|Fatmir",
              "Hoxha|Shehu|Gjoka|Dervishi|Leka|Çela|Marku|Kola|Basha|Duka"),
    "am_ET": ("ሰላም|መሰረት|ሄለን|ብርቱካን|ትዕግስት|ሕይወት", "ዮሐንስ|ተስፋዬ|ዳዊት|አበበ|ሙሉጌታ|ብርሃኑ",
              "ገብረ ሥላሴ|ታደሰ|በቀለ|ኃይሌ|ወልደ ማርያም|አለሙ|ከበደ|ደምሴ"),
    "lb_LU": ("Tessy|Nathalie|Marie|Sandy|Carole|Joëlle", "Jang|Luc|Claude|Romain|Gilles|Pit",
              "Schmit|Weber|Hoffmann|Wagner|Muller|Kremer|Schiltz|Reuter|Thill|Hansen"),
    "ar_AE": ("Fatima|Mariam|Shamma|Hessa|Noora|Alia", "Mohammed|Saeed|Rashid|Khalifa|Hamdan|Sultan",
              "Al Mansoori|Al Ketbi|Al Shamsi|Al Nuaimi|Al Falasi|Al Hammadi|Al Mazrouei|Al Dhaheri"),
    "bs_BA": ("Amra|Lejla|Selma|Aida|Emina|Merima", "Emir|Adnan|Haris|Edin|Kenan|Tarik",
              "Hodžić|Begić|Hadžić|Mujić|Delić|Kovačević|Softić|Omerović|Hasanović|Salihović"),
    "fil_PH": ("Maria Cristina|Rowena|Marites|Jocelyn|Angelica|Kristine", "Jose|Rodel|Jun-jun|Ramon|Mark Anthony|Rey",
               "dela Cruz|Santos|Reyes|Bautista|Garcia|Mendoza|Villanueva|Ramos|Aquino|Castillo"),
    "es_PE": ("Rosa|Milagros|Luz|Yesenia|Flor|Maribel", "Jhon|Wilmer|Luis|Percy|Edwin|Cesar",
              "Quispe|Mamani|Huamán|Flores|Condori|Chávez|Ccori|Ramos|Vargas|Huanca"),
    "ms_MY": ("Nur Aisyah|Siti Nurhaliza|Farah|Nurul Izzah|Aminah|Zarina",
              "Ahmad|Muhammad Hafiz|Azman|Faizal|Ismail|Razak",
              "bin Ismail|bin Abdullah|bin Hassan|binti Yusof|binti Osman|bin Ahmad|bin Razak|binti Salleh"),
    "kk_KZ": ("Айгерім|Аружан|Сәуле|Гүлнар|Дана|Динара", "Нұрлан|Асқар|Ерлан|Болат|Дәулет|Серік",
              "Нұрланов|Әбенов|Ахметов|Сүлейменов|Омаров|Қасымов|Жақсылықов|Бекова|Тоқаев|Исаев"),
    "en_PH": ("Maricel|Cherry|Lovely|Joanna|Kristel|Ma. Theresa", "Jomar|Randy|Jerome|Arnel|Dindo|Ferdinand",
              "Manalo|Pascual|Dizon|Navarro|Soriano|Valdez|Tolentino|Salazar|Lacson|Panganiban"),
}  # fmt: skip
_MY_CHINESE_F = ("Mei Ling", "Siew Yin", "Hui Min", "Pei Shan", "Li Ying")
_MY_CHINESE_M = ("Wei Ming", "Kok Leong", "Chee Keong", "Jun Hao", "Boon Hock")
FAMILY_FIRST = ("hu_HU", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "vi_VN")
NO_SPACE = ("ja_JP", "zh_CN", "zh_TW", "ko_KR")
_ROMAN = ("ka", "ri", "mo", "sa", "na", "lo", "di", "ma", "ha", "ne", "ti", "ru", "ya", "el", "am", "ba", "zo", "fi")
_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me")
_LOCAL_DOMAINS = {"de": ("web.de", "gmx.de", "t-online.de"), "fr": ("orange.fr", "free.fr", "laposte.net"),
                  "es": ("telefonica.net", "yahoo.es"), "it": ("libero.it", "virgilio.it", "tiscali.it"),
                  "nl": ("ziggo.nl", "kpnmail.nl", "xs4all.nl"), "en_GB": ("btinternet.com", "sky.com"),
                  "en_US": ("aol.com", "comcast.net", "att.net")}  # fmt: skip


@dataclass(frozen=True)
class Person:
    """A person of a row: given name, family name, sex."""

    first: str
    last: str
    female: bool


def fakers(locale: str) -> Faker:
    """The seeded-per-table Faker whose names a locale uses (own, or the nearest of the language)."""
    return Faker(
        _NEAR.get(locale, locale if locale not in OWN and locale not in ("es_PE", "kk_KZ", "ms_MY") else "en_US")
    )


def person(locale: str, rng: random.Random, fake: Faker) -> Person:
    """A person of ``locale``: first and last name by sex."""
    female = rng.random() < 0.5
    if locale == "ms_MY" and rng.random() < 0.35:  # a Malaysian Chinese name: family name first
        given = rng.choice(_MY_CHINESE_F if female else _MY_CHINESE_M)
        return Person(given, rng.choice(("Tan", "Lim", "Wong", "Lee", "Ng", "Chong", "Teoh", "Goh")), female)
    if locale in OWN:
        fem, male, last = OWN[locale]
        first = rng.choice((fem if female else male).split("|"))
        surname = rng.choice(last.split("|"))
        if locale == "ms_MY" and surname.startswith(("bin", "binti")):
            surname = ("binti " if female else "bin ") + surname.split(" ", 1)[1]
        if locale == "kk_KZ" and female and surname.endswith("ов"):
            surname += "а"
        return Person(first, surname, female)
    first = fake.first_name_female() if female else fake.first_name_male()
    try:
        last = fake.last_name_female() if female else fake.last_name_male()
    except AttributeError:
        last = fake.last_name()
    return Person(first, last, female)


def _family_first(p: Person, locale: str) -> bool:
    return locale in FAMILY_FIRST or (locale == "ms_MY" and p.first in _MY_CHINESE_F + _MY_CHINESE_M)


def full(p: Person, locale: str) -> str:
    """The natural written name of the locale (family first where the country writes it so)."""
    if locale in NO_SPACE:
        return p.last + p.first
    if _family_first(p, locale):
        return f"{p.last} {p.first}"
    return f"{p.first} {p.last}"


FORMS = ("natural", "upper", "lower", "inverted", "SURNAME First", "initial", "title_case_mess")


def written(p: Person, locale: str, form: str) -> str:
    """``p`` as a whole-name cell in ``form``: natural, UPPER, lower, ``Surname, First``, ``SURNAME First``,
    ``F. Surname``, or a surname in capitals after a title-cased first name."""
    patronymic = p.last.startswith(("bin ", "binti "))  # Malay: no surname to invert or capitalise apart
    if locale in NO_SPACE or form == "natural" or (patronymic and form in ("inverted", "SURNAME First", "initial")):
        return full(p, locale)
    if form == "upper":
        return full(p, locale).upper()
    if form == "lower":
        return full(p, locale).lower()
    if form == "inverted":
        return f"{p.last}, {p.first}"
    if form == "SURNAME First":
        return f"{p.last.upper()} {p.first}"
    if form == "initial":
        return f"{p.first[0]}. {p.last}"
    return f"{p.first} {p.last.upper()}"


def ascii_text(text: str) -> str:
    """Latin letters without accents (empty for other scripts)."""
    out = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in out if c.isalnum())


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An e-mail address made from the person's name (syllables where the script is not Latin)."""
    first, last = ascii_text(p.first), ascii_text(p.last.split()[-1])
    if len(first) < 2:
        first = "".join(rng.choice(_ROMAN) for _ in range(2))
    if len(last) < 2:
        last = "".join(rng.choice(_ROMAN) for _ in range(3))
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(1, 99)}", f"{first}_{last}",
                        f"{first}{last[:1]}{rng.randint(60, 99)}"))  # fmt: skip
    key = locale if locale in _LOCAL_DOMAINS else locale.split("_")[0]
    domain = rng.choice(_DOMAINS + _LOCAL_DOMAINS.get(key, ()))
    return f"{local}@{domain}"
