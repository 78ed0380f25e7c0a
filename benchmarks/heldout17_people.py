"""People of held-out set 17: names of each locale, their written forms, e-mail addresses.

Faker's own first and last names where it has them; where it prints English names (it_CH, es_VE, mt_MT,
ar_EG, de_LU surnames) or odd ones (en_PK), they come from the language here (Swiss Italians from it_IT,
Venezuelans from es_CO, Maltese, Egyptian and Pakistani names written out below). Family name first for
hu, ja, zh, ko and vi (no space for zh, ja and ko).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker

_OWN_NAMES = {
    "mt_MT": (("Joseph", "Carmel", "Antoine", "Godwin", "Kurt", "Mario", "Raymond", "Keith", "Clayton", "Jean Paul"),
              ("Maria", "Rita", "Doris", "Marthese", "Josianne", "Roberta", "Graziella", "Charmaine", "Stephanie"),
              ("Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri",
               "Azzopardi", "Mifsud", "Agius", "Cassar", "Caruana", "Xuereb", "Debono", "Bonello")),
    "ar_EG": (("محمد", "أحمد", "محمود", "مصطفى", "عمرو", "كريم", "شريف", "إسلام", "طارق", "هشام", "وليد", "يوسف"),
              ("ياسمين", "منى", "نورهان", "هبة", "مروة", "رانيا", "دينا", "سلمى", "إيمان", "شيماء", "آية", "نادية"),
              ("عبد الرحمن", "السيد", "حسن", "إبراهيم", "الشافعي", "فرغلي", "عبد العزيز", "النجار", "سليمان", "منصور",
               "الجمال", "شحاتة", "عثمان", "رمضان", "البنا", "زكي")),
    "en_PK": (("Muhammad", "Ahmed", "Ali", "Usman", "Bilal", "Hamza", "Imran", "Faisal", "Zeeshan", "Kamran", "Asad",
        "Waqas"),
              ("Ayesha", "Fatima", "Sana", "Hina", "Mehwish", "Nadia", "Saima", "Rabia", "Amna", "Zainab", "Maryam",
                  "Iqra"),
              ("Khan", "Ahmed", "Malik", "Butt", "Chaudhry", "Qureshi", "Sheikh", "Siddiqui", "Raza", "Hussain",
                  "Mirza",
               "Abbasi", "Javed", "Iqbal", "Rana", "Awan")),
    "de_LU": ((), (), ("Weber", "Schmit", "Muller", "Wagner", "Hoffmann", "Thill", "Kremer", "Reuter", "Faber",
        "Schiltz",
                       "Majerus", "Kieffer", "Hansen", "Weis", "Goergen", "Steffen", "Wirtz")),
}  # fmt: skip
_FAKER_NAMES = {"it_CH": "it_IT", "es_VE": "es_CO", "de_LU": "de_DE"}
FAMILY_FIRST = ("hu", "ja", "zh", "ko", "vi")
NO_SPACE = ("ja", "zh", "ko")


@dataclass(frozen=True)
class Person:
    """One person: names as the locale writes them, sex (``M``/``F``) for ids that encode it."""

    first: str
    last: str
    sex: str
    lang: str

    @property
    def full(self) -> str:
        """The whole name in the locale's order."""
        if self.lang in FAMILY_FIRST:
            return self.last + ("" if self.lang in NO_SPACE else " ") + self.first
        return f"{self.first} {self.last}"


def person(locale: str, rng: random.Random, fake: Faker) -> Person:
    """A person of ``locale`` (``fake``: the table's Faker of the locale, seeded by the table)."""
    sex = rng.choice("MF")
    lang = locale.split("_")[0]
    own = _OWN_NAMES.get(locale)
    src = fake
    if locale in _FAKER_NAMES:
        src = Faker(_FAKER_NAMES[locale])
        src.seed_instance(rng.randint(0, 10**6))
    if own and own[0]:
        first = rng.choice(own[0] if sex == "M" else own[1])
    else:
        first = src.first_name_male() if sex == "M" else src.first_name_female()
    last = rng.choice(own[2]) if own else src.last_name()
    # Faker's hi_IN/ne_NP lists hold a few names that start with a vowel sign or carry a joiner.
    first, last = (unicodedata.normalize("NFC", x.replace("\u200d", "")).strip() for x in (first, last))
    if unicodedata.category(first[:1]).startswith("M") or unicodedata.category(last[:1]).startswith("M"):
        return person(locale, rng, fake)
    return Person(first, last, sex, lang)


def written(p: Person, form: str, title: str = "") -> str:
    """``p``'s name in a written ``form``: natural, lower, upper, inverted (``Last, First``), upper_last
    (``LAST First``), initial (``J. Last``), titled (``Dr Last``: ``title`` given), first (given name alone)."""
    if form == "natural":
        return p.full
    if form == "lower":
        return p.full.lower()
    if form == "upper":
        return p.full.upper()
    if form == "inverted":
        return f"{p.last}, {p.first}"
    if form == "upper_last":
        return f"{p.last.upper()} {p.first}"
    if form == "initial":
        return f"{p.first[0]}. {p.last}"
    if form == "titled":
        return f"{title} {p.last}"
    if form == "first":
        return p.first
    raise KeyError(form)


def latin(p: Person) -> bool:
    """The name is in Latin letters (its e-mail can be built from it)."""
    return all(("LATIN" in unicodedata.name(c, "")) or not c.isalpha() for c in p.first + p.last)


def _ascii(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.replace("ł", "l").replace("ø", "o").replace("ß", "ss"))
    return "".join(c for c in folded if c.isascii() and (c.isalnum())).lower()


def email(p: Person, rng: random.Random, fake: Faker) -> str:
    """An e-mail of ``p``: built from the name when it is in Latin letters, Faker's otherwise."""
    if not latin(p):
        user = fake.user_name()
        local = user if user.isascii() else f"{rng.choice(('info', 'contact', 'mail'))}{rng.randint(100, 9999)}"
        return f"{local}@{fake.free_email_domain()}"
    f, la = _ascii(p.first) or "x", _ascii(p.last) or "y"
    local = rng.choice(
        (f"{f}.{la}", f"{f[0]}{la}", f"{la}.{f}{rng.randint(1, 99)}", f"{f}_{la}", f"{f}{rng.randint(60, 99)}")
    )
    domain = rng.choice((fake.free_email_domain(), fake.free_email_domain(), fake.domain_name()))
    return f"{local}@{domain}"
