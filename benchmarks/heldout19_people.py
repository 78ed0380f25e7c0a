"""People of held-out set 19: names by sex, the forms exports and notes write them in, e-mail addresses.

Faker's own names where it has the language's; where Faker 40 prints English names (it_CH, es_VE, ar_EG,
sq_AL, am_ET, mt_MT, lb_LU, el_CY) they come from the nearest Faker locale of the language (it_IT, es_CO,
ar_AA, el_GR given names) or are listed here (Albanian, Amharic, Maltese, Luxembourgish, Cypriot surnames),
written from general knowledge. sw_KE takes Faker's en_KE (Kenyan) names. Family name first for hu, ja, zh,
ko and vi (no space for zh, ja, ko).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from faker import Faker

_NEAR = {"it_CH": "it_IT", "es_VE": "es_CO", "ar_EG": "ar_AA", "sw_KE": "en_KE", "el_CY": "el_GR"}
OWN_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # female given, male given, family
    "sq_AL": (("Elira", "Jonida", "Arta", "Besjana", "Dorina", "Klea", "Mirela", "Anisa"),
              ("Arben", "Besnik", "Gentian", "Ilir", "Dritan", "Erion", "Fatmir", "Ledion"),
              ("Hoxha", "Shehu", "Dervishi", "Krasniqi", "Muça", "Leka", "Gjoka", "Bregu", "Kola", "Çela")),
    "am_ET": (("ሄለን", "ብርቱካን", "መሰረት", "ሰላማዊት", "ትዕግስት", "ህይወት", "ፍሬሕይወት", "ቤተልሔም"),
              ("ዳዊት", "ሰለሞን", "ተስፋዬ", "ብርሃኑ", "ዮሐንስ", "አበበ", "ግርማ", "ሙሉጌታ"),
              ("ከበደ", "ታደሰ", "ገብረ መድህን", "ወልደ ማርያም", "አለሙ", "በቀለ", "ደስታ", "ጌታቸው")),
    "mt_MT": (("Maria", "Rita", "Josette", "Graziella", "Doris", "Marija", "Anġela", "Romina"),
              ("Ġorġ", "Joseph", "Ċensu", "Mario", "Pawlu", "Ray", "Kurt", "Jean Paul"),
              ("Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri")),
    "lb_LU": (("Josiane", "Nathalie", "Carole", "Mireille", "Françoise", "Monique", "Anne", "Tessy"),
              ("Jang", "Pit", "Claude", "Marc", "Romain", "Fernand", "Jemp", "Gilles"),
              ("Schmit", "Weber", "Hoffmann", "Wagner", "Muller", "Thill", "Kieffer", "Reuter", "Schroeder", "Majerus",
               "Feltgen", "Kremer")),
    "el_CY": ((), (), ("Γεωργίου", "Χαραλάμπους", "Κωνσταντίνου", "Ιωάννου", "Χριστοδούλου", "Παπαδόπουλος",
                       "Νικολάου", "Αντωνίου", "Ευαγγέλου", "Σάββα", "Χατζηγεωργίου", "Λοΐζου")),
}  # fmt: skip
FAMILY_FIRST = ("hu_HU", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "vi_VN")
NO_SPACE = ("ja_JP", "zh_CN", "zh_TW", "ko_KR")
_ROMAN = ("ka", "ri", "mo", "sa", "na", "lo", "di", "ma", "ha", "ne", "ti", "ru", "ya", "el", "am", "ba", "zo", "fi")
_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "mail.com", "proton.me", "gmx.net", "icloud.com")


@dataclass(frozen=True)
class Person:
    """A person of a table row: given and family name, sex."""

    first: str
    last: str
    female: bool

    def natural(self, locale: str) -> str:
        """The name as the country writes it (family first for hu, ja, zh, ko, vi)."""
        if locale in NO_SPACE:
            return self.last + self.first
        if locale in FAMILY_FIRST:
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"


def _fakers(locale: str) -> Faker:
    fake = Faker(_NEAR.get(locale, locale))
    return fake


def person(locale: str, rng: random.Random, fake: Faker) -> Person:
    """A person of ``locale`` (the ``fake`` of the locale's Faker, seeded by the caller)."""
    female = rng.random() < 0.5
    own = OWN_NAMES.get(locale)
    if own and own[0]:
        first = rng.choice(own[0] if female else own[1])
    else:
        near = fake if locale not in _NEAR else _near_faker(locale, rng)
        first = near.first_name_female() if female else near.first_name_male()
    if own:
        last = rng.choice(own[2])
    else:
        near = fake if locale not in _NEAR else _near_faker(locale, rng)
        last = near.last_name_female() if female and hasattr(near, "last_name_female") else near.last_name()
    return Person(first, last, female)


_NEAR_CACHE: dict[str, Faker] = {}


def _near_faker(locale: str, rng: random.Random) -> Faker:
    if locale not in _NEAR_CACHE:
        _NEAR_CACHE[locale] = Faker(_NEAR[locale])
    f = _NEAR_CACHE[locale]
    f.seed_instance(rng.randint(0, 2**31))
    return f


def written(p: Person, locale: str, form: str) -> str:
    """``p`` in an export's form: natural, upper, lower, inverted (``Surname, First``), caps_last
    (``SURNAME First``), initial (``F. Surname``)."""
    nat = p.natural(locale)
    if locale in NO_SPACE or form == "natural":
        return nat
    if form == "upper":
        return nat.upper()
    if form == "lower":
        return nat.lower()
    if form == "inverted":
        return f"{p.last}, {p.first}"
    if form == "caps_last":
        return f"{p.last.upper()} {p.first}"
    if form == "initial" and p.first[:1].isalpha():
        return f"{p.first[0]}. {p.last}"
    return nat


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower())


def email(p: Person, rng: random.Random) -> str:
    """An e-mail address made from the name (romanised syllables when the name is in another script)."""
    first, last = _ascii(p.first), _ascii(p.last)
    if len(first) < 2 or len(last) < 2:
        first = "".join(rng.choice(_ROMAN) for _ in range(2))
        last = "".join(rng.choice(_ROMAN) for _ in range(3))
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}{rng.randint(1, 99)}",
                        f"{first}_{last}", f"{first}{last[:1]}{rng.randint(60, 99)}"])  # fmt: skip
    return f"{local}@{rng.choice(_DOMAINS)}"
