"""People of held-out set 18: names by sex (Faker's, or the language's own where Faker has none), the forms
exports and notes write them in, and e-mail addresses made from them.

Faker 40 has no names for sq_AL and am_ET and falls back to English for mt_MT, es_VE, it_CH and ar_EG:
Albanian, Amharic (Ethiopic script; a person's second name is the father's given name) and Maltese names
are listed here; es_VE takes es_CO's, it_CH it_IT's, ar_EG the Arabic of ar_AA, sw_KE Swahili given names
with Kenyan surnames (en_KE).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker

_OWN = {
    "sq_AL": ("Arben|Ilir|Gentian|Besnik|Dritan|Erion|Fatmir|Artan|Klodian|Luan|Mirel|Sokol",
              "Anisa|Blerta|Drita|Elira|Fjolla|Jonida|Klea|Mimoza|Rezarta|Teuta|Valbona|Ermira",
              "Hoxha|Shehu|Leka|Gjoka|Krasniqi|Dervishi|Marku|Kola|Çela|Basha|Duka|Prifti|Zeneli|Muça"),
    "am_ET": ("አበበ|ተስፋዬ|ዳዊት|ሰለሞን|ብርሃኑ|ኃይሌ|ዮሐንስ|ግርማ|ታደሰ|መስፍን|ሙሉጌታ|ዘሪሁን",
              "አልማዝ|ሕይወት|መሰረት|ትዕግስት|ፍቅርተ|ሰላማዊት|ብዙነሽ|ማርታ|ሄለን|የውብዳር|ቤተልሔም|ራሔል",
              "በቀለ|ተሰማ|ወልዴ|ገብሬ|አለሙ|ከበደ|ታምራት|መንግሥቱ|ደስታ|ሀብቴ|ጌታቸው|አየለ|ንጉሤ|ወርቁ"),
    "mt_MT": ("Ġużeppi|Mario|Kurt|Jean Paul|Clayton|Ray|Pawlu|Joseph|Karl|Luke|Matthew|Ninu",
              "Marija|Rita|Doris|Graziella|Maria Dolores|Roberta|Svetlana|Charmaine|Ċettina|Pauline|Rachel|Nicole",
              "Borg|Camilleri|Vella|Farrugia|Zammit|Galea|Micallef|Grech|Attard|Spiteri|Azzopardi|Mifsud|Agius|Cassar"),
}  # fmt: skip
_FAKER_AS = {"es_VE": "es_CO", "it_CH": "it_IT", "ar_EG": "ar_AA", "sw_KE": "sw"}
_SURNAME_FAKER = {"sw_KE": "en_KE"}
FAMILY_FIRST = ("hu_HU", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "vi_VN")
# A second name that is the father's given name: never written first or as a family name.
PATRONYMIC = ("am_ET",)
# Where a given name and a surname are written without a space (Chinese, Japanese, Korean).
NO_SPACE = ("zh_CN", "zh_TW", "ja_JP", "ko_KR")


@dataclass(frozen=True)
class Person:
    """A person: given name, surname and sex ('M'/'F'); ``full`` in the locale's order."""

    first: str
    last: str
    sex: str
    locale: str

    @property
    def full(self) -> str:
        if self.locale in NO_SPACE:
            return f"{self.last}{self.first}" if self.locale != "ja_JP" else f"{self.last} {self.first}"
        if self.locale in FAMILY_FIRST:
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"


class People:
    """Draws the people of one table (seeded from the table's seed)."""

    def __init__(self, locale: str, seed: int) -> None:
        self.locale = locale
        self.rng = random.Random(seed * 11 + 5)
        self.faker = Faker(_FAKER_AS.get(locale, locale))
        self.faker.seed_instance(seed)
        self.surnames = Faker(_SURNAME_FAKER[locale]) if locale in _SURNAME_FAKER else self.faker
        self.surnames.seed_instance(seed + 1)
        self.latin = Faker("en_US")
        self.latin.seed_instance(seed + 2)

    def person(self) -> Person:
        """A person of either sex (Faker's names for the sex; the own lists where Faker lacks them)."""
        sex = self.rng.choice("MF")
        if self.locale in _OWN:
            male, female, last = _OWN[self.locale]
            first = self.rng.choice((male if sex == "M" else female).split("|"))
            if self.locale == "am_ET":  # an Ethiopian's second name is the father's given name
                return Person(
                    first,
                    self.rng.choice(male.split("|") + last.split("|")),
                    sex,
                    self.locale,
                )
            return Person(first, self.rng.choice(last.split("|")), sex, self.locale)
        first = self.faker.first_name_male() if sex == "M" else self.faker.first_name_female()
        last = self.surnames.last_name()
        if self.locale in (
            "ru_RU",
            "uk_UA",
            "bg_BG",
            "pl_PL",
            "cs_CZ",
            "sk_SK",
            "lt_LT",
            "lv_LV",
        ):
            last = self.surnames.last_name_male() if sex == "M" else self.surnames.last_name_female()
        # Faker's ta_IN list has names with a trailing comma: a name never ends in punctuation.
        return Person(first.strip(" ,."), last.strip(" ,."), sex, self.locale)

    def email(self, p: Person, domain: str = "") -> str:
        """An address made from the name where it has Latin letters, else a handle (non-Latin scripts)."""
        first, last = _ascii(p.first), _ascii(p.last)
        domain = domain or self.rng.choice(("gmail.com", "outlook.com", "yahoo.com", "mail.com", "proton.me",
                                            self.faker.free_email_domain()))  # fmt: skip
        if len(first) < 2 or len(last) < 2:
            return f"{self.latin.user_name()}{self.rng.randint(1, 99)}@{domain}"
        handle = self.rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}{self.rng.randint(1, 99)}",
                                  f"{first}_{last}", f"{first}{self.rng.randint(70, 99)}"))  # fmt: skip
        return f"{handle.lower()}@{domain}"


def _ascii(text: str) -> str:
    base = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L"))
    out = "".join(c for c in base if c.isascii() and (c.isalnum()))
    return out if len(out) >= max(2, len(text) // 2) else ""


def written(p: Person, form: str, title: str = "") -> tuple[str, str, str]:
    """A name as exports and notes write it: (text, scored entity, scored value).

    Forms: natural, inverted (``Surname, First``), upper, lower, surname-upper (``SURNAME First``), initialled
    (``J. Surname``), titled (``Frau Surname``: the surname alone is the entity).
    """
    if form == "titled" and title:
        if p.locale.split("_")[0] in ("hu", "si"):  # the title follows the name there
            return f"{p.last} {title}", "last_name", p.last
        return f"{title} {p.last}", "last_name", p.last
    if form in ("inverted", "surname-upper") and p.locale in PATRONYMIC:
        form = "natural"
    if form == "inverted" and p.locale not in NO_SPACE:
        return f"{p.last}, {p.first}", "name", f"{p.last} {p.first}"
    if form == "upper":
        return p.full.upper(), "name", p.full.upper()
    if form == "lower":
        return p.full.lower(), "name", p.full.lower()
    if form == "surname-upper" and p.locale not in NO_SPACE:
        return f"{p.last.upper()} {p.first}", "name", f"{p.last.upper()} {p.first}"
    if form == "initialled" and p.locale not in NO_SPACE and p.first[:1].isalpha():
        return f"{p.first[0]}. {p.last}", "last_name", p.last
    return p.full, "name", p.full


NAME_FORMS = (
    "natural",
    "natural",
    "inverted",
    "upper",
    "lower",
    "surname-upper",
    "initialled",
    "titled",
)
