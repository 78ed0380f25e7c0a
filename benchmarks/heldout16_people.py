"""People of held-out set 16: names per locale (Faker's, or built here where Faker 40 has none: mt_MT,
en_PH surnames, es_VE from es_CO, it_CH from it_IT), written the ways exports and notes write them.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass

from faker import Faker
from faker.decode import unidecode

from heldout16_language import LANG
from heldout16_words import TITLES

REFERENCE = dt.date(2026, 1, 1)  # birth dates count back from here (never from the clock)
FAMILY_FIRST = ("hu_HU", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "vi_VN")
NO_SPACE = ("zh_CN", "zh_TW", "ko_KR")  # family and given name written together
_NAME_SOURCE = {"es_VE": "es_CO", "it_CH": "it_IT", "en_PH": "en_US", "mt_MT": "en_GB"}
_MT_FIRST_F = (
    "Maria",
    "Rita",
    "Josephine",
    "Doris",
    "Rosaria",
    "Marija",
    "Nicole",
    "Roberta",
    "Carmen",
    "Graziella",
    "Antonella",
    "Marthese",
    "Doreen",
    "Abigail",
    "Francesca",
)
_MT_FIRST_M = (
    "Joseph",
    "Charles",
    "Carmel",
    "Anthony",
    "Paul",
    "Mario",
    "Kurt",
    "Luke",
    "Ġorġ",
    "Ċensu",
    "Kristjan",
    "Pawlu",
    "Ray",
    "Jean Paul",
    "Clayton",
)
_MT_LAST = (
    "Borg",
    "Camilleri",
    "Vella",
    "Farrugia",
    "Zammit",
    "Galea",
    "Micallef",
    "Grech",
    "Attard",
    "Spiteri",
    "Azzopardi",
    "Caruana",
    "Mifsud",
    "Pace",
    "Agius",
    "Debono",
    "Cassar",
    "Schembri",
    "Fenech",
    "Muscat",
    "Xuereb",
    "Abela",
    "Buttigieg",
    "Saliba",
)
_PH_LAST = (
    "Santos",
    "Reyes",
    "Cruz",
    "Bautista",
    "Ocampo",
    "Mendoza",
    "Torres",
    "Tomas",
    "Andrada",
    "Castillo",
    "Villanueva",
    "Ramos",
    "dela Cruz",
    "Aquino",
    "Navarro",
    "Salazar",
    "Mercado",
    "Soriano",
    "Manalo",
    "Pangilinan",
    "Macaraeg",
    "Dimaculangan",
)
_PH_FIRST = ("Maricel", "Jericho", "Rowena", "Arnel", "Rhea", "Jomar", "Lovely", "Reynaldo", "Cherry", "Dindo")


@dataclass
class Person:
    """One person: given and family name as the country writes them, sex, birth date, title."""

    first: str
    last: str
    female: bool
    dob: dt.date
    title: str
    locale: str

    @property
    def natural(self) -> str:
        """The name in the country's own order."""
        if self.locale in NO_SPACE:
            return self.last + self.first
        if self.locale in FAMILY_FIRST:
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    def written(self, form: str) -> str:
        """The name in one export form: ``natural``, ``inverted`` (``Surname, First``), ``caps_last``
        (``SURNAME First``), ``initial`` (``J. Surname``), ``titled`` (``Dr Surname``), ``titled_full``,
        ``last`` (the surname alone), ``first`` (the given name alone)."""
        latin = self.first[:1].isascii() or "LATIN" in unicodedata.name(self.first[:1], "")
        if (self.locale in FAMILY_FIRST or not latin) and form in ("inverted", "caps_last", "initial"):
            form = "natural"  # family-first names and non-Latin scripts have no inverted, capitals or initials
        if form == "inverted":
            return f"{self.last}, {self.first}"
        if form == "caps_last":
            return f"{self.last.upper()} {self.first}"
        if form == "initial":
            return f"{self.first[0]}. {self.last}"
        if form == "titled":
            return (
                f"{self.last}{self.title}"
                if self.title in ("様", "さん", "先生", "女士", "님", "씨")
                else f"{self.title} {self.last}"
            )
        if form == "titled_full":
            if self.title in ("様", "さん", "先生", "女士", "님", "씨"):
                return f"{self.natural}{self.title}" if self.locale in NO_SPACE else f"{self.natural} {self.title}"
            return f"{self.title} {self.natural}"
        if form == "last":
            return self.last
        if form == "first":
            return self.first
        return self.natural


def case(value: str, how: str) -> str:
    """``value`` as typed: ``lower``, ``upper`` or as written."""
    return value.lower() if how == "lower" else value.upper() if how == "upper" else value


class People:
    """Draws people of one locale from one table's random generator."""

    def __init__(self, locale: str, rng: random.Random, seed: int) -> None:
        self.locale, self.rng = locale, rng
        self.fake = Faker(_NAME_SOURCE.get(locale, locale))
        self.fake.seed_instance(seed + 7)

    def _names(self, female: bool) -> tuple[str, str]:
        f, rng, loc = self.fake, self.rng, self.locale
        if loc == "mt_MT":
            return rng.choice(_MT_FIRST_F if female else _MT_FIRST_M), rng.choice(_MT_LAST)
        first = f.first_name_female() if female else f.first_name_male()
        if loc == "en_PH":
            return (rng.choice(_PH_FIRST) if rng.random() < 0.3 else first), rng.choice(_PH_LAST)
        gendered = getattr(f, "last_name_female" if female else "last_name_male", None)
        last = gendered() if gendered is not None else f.last_name()
        if loc == "vi_VN" and " " not in first:
            first = f"{rng.choice(('Thị', 'Văn', 'Ngọc', 'Minh', 'Đức', 'Thu'))} {first}"
        return first.strip(), last.strip()

    def person(self, min_age: int = 18, max_age: int = 86) -> Person:
        """A person with a birth date ``min_age``..``max_age`` years before 2026-01-01."""
        female = self.rng.random() < 0.5
        first, last = self._names(female)
        dob = REFERENCE - dt.timedelta(days=self.rng.randrange(min_age * 365 + 5, max_age * 365))
        titles = TITLES[LANG[self.locale]]
        title = self._title(titles, female)
        return Person(first, last, female, dob, title, self.locale)

    def _title(self, titles: tuple[str, ...], female: bool) -> str:
        """A courtesy title that fits the person (the language's first two are male and female forms)."""
        if self.rng.random() < 0.2 and len(titles) > 2:
            return self.rng.choice(titles[2:])
        return titles[1] if female and len(titles) > 1 else titles[0]


_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "hotmail.com",
    "gmx.net",
    "web.de",
    "mail.ru",
    "yandex.ru",
    "naver.com",
    "qq.com",
    "163.com",
    "libero.it",
    "orange.fr",
    "wp.pl",
    "seznam.cz",
    "walla.co.il",
    "chmail.ir",
)


def email_of(person: Person, rng: random.Random) -> str:
    """A personal e-mail address made from the person's name (ascii, as mail providers require)."""
    first = re.sub(r"[^a-z]", "", unidecode(person.first).lower()) or "user"
    last = re.sub(r"[^a-z]", "", unidecode(person.last).lower()) or "mail"
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first}{rng.randrange(1, 99)}",
            f"{first}_{last}",
            f"{first}{person.dob.year % 100:02d}",
        )
    )
    return f"{local}@{rng.choice(_DOMAINS)}"
