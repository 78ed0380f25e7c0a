"""Held-out set 15: people of a locale (names, birth date, address, phones, e-mail, id, bank details)
and how their names are written (natural, ``Surname, First``, titled, initialled; lower or upper case).

Birth dates are drawn back from the fixed reference date 2026-01-01, never from the clock; ids that embed
a birth date are built from it (``heldout15_ids.build_id``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from random import Random

import phonenumbers
from faker import Faker

import heldout15_ids as ids
import heldout15_language as lang
import heldout15_places as places
from heldout_common import region

REFERENCE = dt.date(2026, 1, 1)
# Family name first in these locales' natural order.
FAMILY_FIRST = ("hu_HU", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "vi_VN")
NO_SPACE = ("zh_CN", "zh_TW", "ko_KR")

_DOMAINS = {
    "DE": ["web.de", "gmx.de", "t-online.de"],
    "FR": ["orange.fr", "free.fr", "laposte.net"],
    "IT": ["libero.it", "virgilio.it"],
    "NL": ["ziggo.nl", "kpnmail.nl"],
    "ES": ["telefonica.net", "yahoo.es"],
    "GB": ["btinternet.com", "sky.com"],
    "US": ["aol.com", "comcast.net"],
    "PL": ["wp.pl", "onet.pl"],
    "CZ": ["seznam.cz", "centrum.cz"],
    "RU": ["mail.ru", "yandex.ru"],
    "UA": ["ukr.net", "i.ua"],
    "KR": ["naver.com", "daum.net"],
    "CN": ["qq.com", "163.com"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp"],
    "TW": ["yahoo.com.tw", "hinet.net"],
    "BG": ["abv.bg"],
    "BR": ["uol.com.br", "bol.com.br"],
    "ID": ["yahoo.co.id"],
    "VN": ["yahoo.com.vn"],
    "NG": ["yahoo.com"],
    "TR": ["hotmail.com.tr"],
    "IN": ["rediffmail.com"],
    "SE": ["telia.com"],
    "NO": ["online.no"],
    "FI": ["kolumbus.fi"],
}
_GENERIC_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me"]


@cache
def faker(locale: str) -> Faker:
    """One Faker per locale (seeded again for every table)."""
    return Faker(locale)


@dataclass
class Person:
    first: str
    last: str
    female: bool
    dob: dt.date
    street: str
    postcode: str
    city: str
    email: str
    phone: phonenumbers.PhoneNumber
    phone2: phonenumbers.PhoneNumber
    nid: str
    bank: str  # an IBAN where the country has them, else a card number
    bank_entity: str
    title: str


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c == " "))


def _clean(name: str) -> bool:
    return bool(name) and not re.search(r"[^\w\s.'\-]", name)


def _names(locale: str, fake: Faker, rng: Random, female: bool) -> tuple[str, str]:
    if locale in places.OWN_NAMES:
        fem, male, last = places.OWN_NAMES[locale]
        return rng.choice(fem if female else male), rng.choice(last)
    for _ in range(20):
        first = fake.first_name_female() if female else fake.first_name_male()
        last = fake.last_name()
        if _clean(first) and _clean(last):
            return first, last
    return first, last


def _street(locale: str, fake: Faker, rng: Random) -> tuple[str, str, str]:
    if locale in places.OWN_ADDRESS:
        return places.own_address(locale, rng)
    if locale == "ja_JP":
        return f"{fake.town()}{fake.chome()}{fake.ban()}{fake.gou()}", fake.postcode(), fake.city()
    if locale == "ko_KR":
        return f"{fake.road()} {rng.randint(1, 300)}", fake.postcode(), fake.city()
    return fake.street_address().replace("\n", ", "), fake.postcode(), fake.city()


def _email(locale: str, fake: Faker, rng: Random, first: str, last: str, dob: dt.date) -> str:
    f, la = _ascii(first).lower().replace(" ", ""), _ascii(last).lower().replace(" ", "")
    if not f or not la:
        user = fake.user_name()
    else:
        user = rng.choice(
            [f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{dob.year % 100:02d}", f"{la}_{f}", f"{f}.{la}{rng.randint(1, 99)}"]
        )
    domain = rng.choice(_DOMAINS.get(region(locale), []) + _GENERIC_DOMAINS)
    return f"{user}@{domain}"


def title_for(locale: str, rng: Random, female: bool) -> str:
    """A title of the person's language (English: by sex; others: from the language's list)."""
    language = lang.LANG[locale]
    if language == "en":
        return rng.choice(["Mrs", "Ms", "Miss", "Dr", "Mrs."] if female else ["Mr", "Mr.", "Dr", "Prof."])
    if language == "hu":  # úr/asszony follow the name in Hungarian: only the prefixed titles here
        return rng.choice(["Dr.", "dr."])
    return rng.choice(lang.TITLES.get(language, ["Dr."]))


def make_person(locale: str, fake: Faker, rng: Random) -> Person:
    """One person of ``locale`` with every detail the tables and notes use."""
    female = rng.random() < 0.5
    first, last = _names(locale, fake, rng, female)
    dob = REFERENCE - dt.timedelta(days=rng.randint(18 * 365, 88 * 365))
    street, postcode, city = _street(locale, fake, rng)
    cc = ids.iban_country(locale)
    bank = ids.build_iban(cc, rng, spaced=rng.random() < 0.7) if cc else ids.build_card(rng)
    return Person(
        first=first,
        last=last,
        female=female,
        dob=dob,
        street=street,
        postcode=postcode,
        city=city,
        email=_email(locale, fake, rng, first, last, dob),
        phone=ids.build_phone(locale, rng, True),
        phone2=ids.build_phone(locale, rng, rng.random() < 0.4),
        nid=ids.build_id(locale, rng, dob, female, first, last),
        bank=bank,
        bank_entity="iban" if cc else "credit_debit_card",
        title=title_for(locale, rng, female),
    )


def cased(text: str, case: str) -> str:
    """``text`` in ``case``: ``lower``, ``upper`` or as written."""
    return text.lower() if case == "lower" else text.upper() if case == "upper" else text


def full_name(locale: str, p: Person) -> str:
    """The person's name in the locale's natural order."""
    if locale in FAMILY_FIRST:
        return f"{p.last}{'' if locale in NO_SPACE else ' '}{p.first}"
    return f"{p.first} {p.last}"


def inverted(locale: str, p: Person) -> str:
    """``Surname, First`` (family-first locales write their natural order)."""
    return full_name(locale, p) if locale in FAMILY_FIRST else f"{p.last}, {p.first}"


def titled_last(locale: str, p: Person) -> str:
    """Title and surname (``Dr Little``); ja/zh/ko put the honorific after the name."""
    if lang.LANG[locale] in ("ja", "zh", "ko"):
        return f"{p.last}{p.title}"
    return f"{p.title} {p.last}"


def initialled(locale: str, p: Person) -> str:
    """Initial and surname (``J. Smith``); the surname alone in ja/zh/ko."""
    if lang.LANG[locale] in ("ja", "zh", "ko"):
        return p.last
    return f"{p.first[0]}. {p.last}"


def name_words(text: str) -> str:
    """A rendered name as its words (commas dropped): the label scored in the notes."""
    return " ".join(text.replace(",", " ").split())


def address(locale: str, p: Person) -> str:
    """Street, postcode and town in the country's order."""
    if lang.LANG[locale] in ("ja", "zh", "ko") or locale == "zh_TW":
        return f"{p.postcode} {p.city} {p.street}"
    if region(locale) in ("US", "CA", "AU", "GB", "IE", "NZ", "NG", "MT", "PH", "IN", "BR", "VE", "ID", "VN"):
        return f"{p.street}, {p.city} {p.postcode}"
    return f"{p.street}, {p.postcode} {p.city}"


def date_text(locale: str, day: dt.date) -> str:
    """A date in the country's layout (birth dates and the look-alike event dates alike)."""
    return day.strftime(lang.DATE_LAYOUT[region(locale)])


def phone_text(locale: str, number: phonenumbers.PhoneNumber, rng: Random, layout: str | None = None) -> str:
    """A phone in one layout (``heldout15_ids.LAYOUTS``), drawn when not given."""
    word = rng.choice(["ext.", "x", "ext"])  # words ``phonenumbers`` reads as an extension
    return ids.phone_text(number, layout or rng.choice(ids.LAYOUTS), rng, word)
