"""People of held-out set 21: names by sex, the forms exports and notes write them in, e-mail addresses.

Faker's own names where it has the language's. Where Faker 40 prints English names for a non-English locale or
has no locale, they come from the nearest Faker locale of the language (it_CH from it_IT, es_VE from es_CO,
the Arabic locales from ar_AA, el_CY from el_GR, sw_KE from en_KE, ro_MD from ro_RO, es_UY from es_AR) or are
listed here (Maltese, Albanian, Amharic in Ethiopic script, Bosnian, Filipino, Peruvian, Malay, Kazakh,
Luxembourgish, and the new Catalan, Serbian Cyrillic, Singaporean, Mongolian, Angolan and South African names),
written from general knowledge in session 35. Family name first for hu, ja, zh, ko, vi, Mongolian (the
patronymic first) and Singaporean Chinese names; no space for ja, zh, ko. Catalan and Spanish-speaking
Latin-American people carry two surnames some of the time.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker
from faker.config import AVAILABLE_LOCALES

_NEAR = {
    "it_CH": "it_IT",
    "es_VE": "es_CO",
    "ar_EG": "ar_AA",
    "ar_JO": "ar_AA",
    "ar_AE": "ar_AA",
    "el_CY": "el_GR",
    "sw_KE": "en_KE",
    "ro_MD": "ro_RO",
    "es_UY": "es_AR",
    "ar_SA": "ar_SA",
}
# locale -> (female given names, male given names, family names); Slavic/Kazakh female forms by rule.
OWN: dict[str, tuple[str, str, str]] = {
    "mt_MT": (
        "Maria|Rita|Josephine|Charlene|Marija|Rebecca|Doreen",
        "Joseph|Carmel|Kurt|Matthew|Clayton|Godwin|Ray",
        "Borg|Camilleri|Vella|Farrugia|Zammit|Galea|Grech|Attard|Spiteri|Micallef",
    ),
    "sq_AL": (
        "Elira|Arta|Besa|Drita|Fjolla|Mirela|Entela",
        "Arben|Besnik|Dritan|Gentian|Ilir|Klodian|Ermal",
        "Hoxha|Shehu|Dervishi|Leka|Gjoka|Kola|Marku|Basha|Çela|Muça",
    ),
    "am_ET": ("ሰላማዊት|ሜሮን|ትዕግስት|ብርቱካን|ሀና|ማርታ", "ዳዊት|ሰለሞን|ዮሐንስ|ተስፋዬ|ብርሃኑ|ሙሉጌታ", "አበበ|ታደሰ|ገብሬ|መንግሥቱ|ከበደ|በቀለ|አለሙ|ወልዴ"),
    "bs_BA": (
        "Amra|Lejla|Emina|Selma|Azra|Merima|Jasmina",
        "Emir|Adnan|Haris|Kenan|Mirza|Tarik|Armin",
        "Hodžić|Begić|Delić|Hadžić|Mujić|Kovačević|Omerović|Salihović|Hasanović",
    ),
    "fil_PH": (
        "Maria Cristina|Jocelyn|Rowena|Mary Grace|Lorna|Princess|Analyn",
        "Jose|Rodel|Mark Anthony|Reynaldo|Ramil|Jomar",
        "dela Cruz|Santos|Reyes|Bautista|Mendoza|Villanueva|Macaraeg|Dimaculangan|Manalo",
    ),
    "es_PE": (
        "Rosa|Milagros|Yesenia|Giuliana|Maritza|Flor|Katherine",
        "Jhon|Wilmer|Percy|Jhonatan|Edwin|Hugo|Yony",
        "Quispe|Mamani|Huamán|Flores|Condori|Chávez|Rojas|Vásquez|Ccori|Huanca",
    ),
    "ms_MY": (
        "Nur Aisyah|Siti Nurhaliza|Nurul Izzah|Farah Hani|Aina Sofea",
        "Muhammad Faiz|Ahmad Zaki|Mohd Hafiz|Amirul Hakim|Syafiq",
        "Zainal|Ismail|Abdullah|Hassan|Rahman|Othman|Yusof|Kamarudin",
    ),
    "kk_KZ": (
        "Айгерім|Динара|Гүлнар|Жанар|Әсел|Мадина",
        "Нұрлан|Ержан|Асхат|Бауыржан|Дәурен|Қайрат",
        "Серікбаев|Жұмабеков|Оспанов|Нұрланов|Қасымов|Ахметов|Исабеков",
    ),
    "lb_LU": (
        "Josée|Nathalie|Carole|Tessy|Joëlle|Liz|Mireille",
        "Jos|Marc|Luc|Gilles|Pit|Romain|Claude",
        "Schmit|Muller|Weber|Wagner|Hoffmann|Thill|Kremer|Faber|Reuter|Schroeder",
    ),
    "ca_ES": (
        "Montserrat|Núria|Laia|Mireia|Meritxell|Roser|Aina|Queralt",
        "Jordi|Pau|Oriol|Joan|Xavier|Marc|Arnau|Pere",
        "Puig|Ferrer|Vila|Soler|Pujol|Roca|Serra|Casals|Font|Bosch|Vidal|Riera|Sala|Torrent",
    ),
    "sr_RS": (
        "Јелена|Милица|Ана|Марија|Драгана|Снежана|Тамара",
        "Милош|Никола|Марко|Стефан|Душан|Александар|Дејан",
        "Јовановић|Петровић|Николић|Марковић|Ђорђевић|Стојановић|Илић|Павловић",
    ),
    "en_SG": (
        "Hui Min|Xin Yi|Jia Hui|Li Ting|Nurul Ain|Priya|Kavitha|Siti Aishah",
        "Wei Jie|Jun Wei|Zhi Hao|Kok Meng|Muhammad Hafiz|Rajesh|Arun|Irfan",
        "Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Koh|Teo|Rahman|Ismail|Pillai|Nair|Krishnan",
    ),
    "mn_MN": (
        "Сарангэрэл|Оюунчимэг|Номин|Энхжаргал|Солонго|Цэцэг",
        "Бат-Эрдэнэ|Ганболд|Тэмүүлэн|Энхбаяр|Мөнхбат|Бямбаа",
        "Батын|Доржийн|Ганбаатарын|Болдын|Сүхбаатарын|Цэрэнгийн|Пүрэвийн",
    ),
    "pt_AO": (
        "Esperança|Luzia|Domingas|Isabel|Teresa|Madalena|Filomena",
        "João|Manuel|Domingos|António|Adérito|Edson|Mateus",
        "dos Santos|Lourenço|Kiala|Mateta|Neto|Quissanga|Fernandes|Sebastião|Muanza|Cassoma",
    ),
    "en_ZA": (
        "Thandiwe|Nomvula|Lerato|Zanele|Anele|Charlene|Annelie|Precious",
        "Sipho|Thabo|Kagiso|Johan|Pieter|Mandla|Tebogo|Sibusiso",
        "Nkosi|Dlamini|Mokoena|Khumalo|van der Merwe|Botha|Naidoo|Mahlangu|Pillay|Smit|Ndlovu",
    ),
}
_SG_CHINESE = frozenset(["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Koh", "Teo"])
FAMILY_FIRST = ("hu_HU", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "vi_VN", "mn_MN")
NO_SPACE = ("ja_JP", "zh_CN", "zh_TW", "ko_KR")
TWO_SURNAMES = ("ca_ES", "es_ES", "es_PE", "es_UY", "es_CO", "es_MX", "es_CL")
_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "mail.com")
_LOCAL_DOMAINS = {
    "de": ("web.de", "gmx.de", "t-online.de"),
    "fr": ("orange.fr", "free.fr", "sfr.fr"),
    "es": ("telefonica.net", "yahoo.es"),
    "it": ("libero.it", "alice.it", "tiscali.it"),
    "nl": ("ziggo.nl", "kpnmail.nl", "hetnet.nl"),
    "en_GB": ("btinternet.com", "sky.com", "virginmedia.com"),
    "ca": ("xtec.cat", "gmail.com"),
    "sr": ("mts.rs", "eunet.rs"),
    "en_ZA": ("telkomsa.net", "mweb.co.za"),
    "en_SG": ("singnet.com.sg",),
    "ro": ("mail.md",),
    "pt": ("sapo.pt",),
}
_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґәғқңөұүһђјљњћџ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
            "a",
            "g",
            "q",
            "n",
            "o",
            "u",
            "u",
            "h",
            "dj",
            "j",
            "lj",
            "nj",
            "c",
            "dz",
        ],
        strict=True,
    )
)
_SYLLABLES = ("ka", "ri", "mo", "sa", "na", "lo", "di", "ma", "ha", "ne", "ti", "ru", "ya", "el", "am", "ba", "zo")


@dataclass(frozen=True)
class Person:
    """A person of a row: given name, family name, sex, and whether the family name is written first."""

    first: str
    last: str
    female: bool
    family_first: bool = False


def fakers(locale: str, seed: int) -> Faker | None:
    """The seeded-per-table Faker whose names a locale uses (own, or the nearest of the language); None: own lists."""
    if locale in OWN:
        return None
    name = _NEAR.get(locale, locale)
    if name not in AVAILABLE_LOCALES:
        return None
    fake = Faker(name)
    fake.seed_instance(seed)
    return fake


def _slavic_female(last: str) -> str:
    if last.endswith(("ов", "ев", "ин")):
        return last + "а"
    return last


def person(locale: str, rng: random.Random, fake: Faker | None) -> Person:
    """A person of ``locale``: first and last name by sex (two surnames some of the time where the country has
    them)."""
    female = rng.random() < 0.5
    if locale in OWN:
        f, m, la = (x.split("|") for x in OWN[locale])
        first = rng.choice(f if female else m)
        last = rng.choice(la)
        if locale == "kk_KZ" and female:
            last = _slavic_female(last)
        if locale in TWO_SURNAMES and rng.random() < 0.5:
            other = rng.choice([x for x in la if x != last])
            last = f"{last} {'i ' if locale == 'ca_ES' and rng.random() < 0.3 else ''}{other}"
        fam = locale == "mn_MN" or (locale == "en_SG" and last in _SG_CHINESE)
        return Person(first, last, female, fam)
    assert fake is not None
    first = fake.first_name_female() if female else fake.first_name_male()
    last = fake.last_name_female() if female and hasattr(fake, "last_name_female") else fake.last_name()
    if locale in TWO_SURNAMES and rng.random() < 0.4:
        last = f"{last} {fake.last_name()}"
    return Person(first, last, female, locale in FAMILY_FIRST)


def full(p: Person, locale: str) -> str:
    """The natural written name (family first where the country writes it so; no space in ja/zh/ko)."""
    if locale in NO_SPACE:
        return p.last + p.first
    return f"{p.last} {p.first}" if p.family_first else f"{p.first} {p.last}"


FORMS = ("natural", "upper", "lower", "inverted", "SURNAME First", "initial", "first_upper_last")


def written(p: Person, locale: str, form: str) -> str:
    """``p`` as a whole-name cell in ``form``: natural, UPPER, lower, ``Surname, First``, ``SURNAME First``,
    ``F. Surname``, or ``First SURNAME`` (the surname in capitals, as French and airline forms print it)."""
    if locale in NO_SPACE or form == "natural":
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
    """Latin letters without accents; Cyrillic transliterated; empty for other scripts."""
    out = []
    for ch in unicodedata.normalize("NFKD", text.lower()):
        if ch in _CYR:
            out.append(_CYR[ch])
        elif ch.isascii() and (ch.isalnum() or ch in " -'"):
            out.append(ch)
        elif unicodedata.category(ch) == "Mn":
            continue
        elif ch in "łđøæœß":
            out.append({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss"}[ch])
    return "".join(out)


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An e-mail address made from the person's name (syllables where the script is not Latin or Cyrillic)."""
    first = "".join(ch for ch in ascii_text(p.first) if ch.isalnum())
    last = "".join(ch for ch in ascii_text(p.last) if ch.isalnum())
    if not first or not last:
        first = "".join(rng.choice(_SYLLABLES) for _ in range(2))
        last = "".join(rng.choice(_SYLLABLES) for _ in range(3))
    lg = locale.split("_")[0]
    domains = _DOMAINS + _LOCAL_DOMAINS.get(locale, _LOCAL_DOMAINS.get(lg, ()))
    shape = rng.randrange(6)
    local = (
        f"{first}.{last}",
        f"{first[0]}{last}",
        f"{first}{last}{rng.randint(1, 99)}",
        f"{last}.{first}",
        f"{first}_{last[:4]}",
        f"{first}{rng.randint(70, 99)}",
    )[shape]
    return f"{local}@{rng.choice(domains)}"
