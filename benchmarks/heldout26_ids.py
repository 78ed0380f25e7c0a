"""Held-out set 26: national ids of the new eight, phones with extensions, and number look-alikes.

Set 25's ids (``heldout25_ids``: stdnum-valid national ids from the row's birth date, IBANs from stdnum's
registry, Luhn cards, ``phonenumbers``-valid phones, mixed phone layouts) for its locales. The new eight:

- de_IT: the Italian codice fiscale built from surname, given name, birth date, sex and the birthplace's cadastral
  code, with its check character (``stdnum.it.codicefiscale``);
- es_PR: a US SSN (``stdnum.us.ssn``);
- en_HK: the HKID ``A123456(3)`` with its mod-11 check character (stdnum has no module: own rule below);
- kl_GL: the Danish CPR ``DDMMYY-SSSS`` (``stdnum.dk.cpr``), the sequence's last digit even for women;
- sq_XK: Kosovo's ten-digit personal number (no published check digit: any ten digits);
- fr_MA: the CIN ``BE123456`` (letters of the issuing office, digits; no check digit);
- en_UG: the NIN ``CM90012345ABCD`` (``CM``/``CF`` by sex, two digits of the birth year; no published check);
- es_HN: the DNI ``0801-1985-12345`` (department and municipality, the birth year, a sequence; no check digit).

Phones: a work number with an extension as the country writes one (``x123``, ``ext. 12``, ``Durchwahl 12``,
``int. 12``, ``poste 12``, ``ext 12``); look-alikes with a phone's digit count (account, client, member,
barcode numbers) and with a postcode's (PINs, envelope numbers, plot numbers).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata

import phonenumbers
from stdnum.dk import cpr
from stdnum.it import codicefiscale
from stdnum.us import ssn

import heldout25_ids as set25

card = set25.card
phone_number = set25.phone_number
write_phone = set25.write_phone
phone_mix = set25.phone_mix
digits_like_phone = set25.digits_like_phone
PHONE_LAYOUTS = set25.PHONE_LAYOUTS

# Cadastral (Belfiore) codes of South Tyrolean birthplaces: Bozen, Meran, Brixen, Bruneck, Schlanders, Innichen.
_BELFIORE = ("A952", "F132", "B160", "B220", "I729", "E320")
_CF_MONTHS = "ABCDEHLMPRST"
_HK_PREFIX = "ACDEGHKPRVWYZ"
_MA_OFFICES = ("A", "B", "BE", "BK", "C", "CD", "D", "EE", "F", "G", "H", "J", "JC", "K", "L", "M", "W", "X", "Z")
# The word a country's people write before an extension.
_EXT_WORD = {"de": ("Durchwahl ", "DW ", "-"), "fr": ("poste ",), "es": ("ext. ", "ext "), "it": ("int. ", "interno "),
             "nl": ("toestel ",), "pt": ("ramal ", "ext. "), "en": (" x", " ext. ", " ext ", " Ext. ")}  # fmt: skip


def _letters(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^A-Z]", "", text.upper())


def _cf_part(text: str, given: bool) -> str:
    letters = _letters(text)
    cons = [c for c in letters if c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(last: str, first: str, dob: dt.date, female: bool, rng: random.Random) -> str:
    """The Italian codice fiscale of a person born in South Tyrol (check character by stdnum)."""
    day = dob.day + (40 if female else 0)
    body = f"{_cf_part(last, False)}{_cf_part(first, True)}{dob.year % 100:02d}{_CF_MONTHS[dob.month - 1]}"
    body += f"{day:02d}{rng.choice(_BELFIORE)}"
    return body + codicefiscale.calc_check_digit(body)


def hkid(rng: random.Random) -> str:
    """A Hong Kong identity card number with its check character: ``A123456(3)``."""
    letter = rng.choice(_HK_PREFIX)
    digits = f"{rng.randint(0, 999999):06d}"
    total = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


def hkid_valid(value: str) -> bool:
    """The HKID check character (the rule ``hkid`` writes by)."""
    m = re.fullmatch(r"([A-Z])(\d{6})\(([0-9A])\)", value)
    if not m:
        return False
    letter, digits, check = m.groups()
    total = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    want = (11 - total % 11) % 11
    return check == ("A" if want == 10 else str(want))


def _cpr(dob: dt.date, female: bool, rng: random.Random) -> str:
    while True:
        seq = rng.randint(0, 999) * 10 + rng.randrange(0 if female else 1, 10, 2)
        value = f"{dob:%d%m%y}-{seq:04d}"
        if cpr.is_valid(value):
            return value


def _ssn(rng: random.Random) -> str:
    while True:
        value = f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ssn.is_valid(value):
            return value


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool, last: str = "", first: str = ""):
    """A national id of ``locale`` (valid by its checker where it has one), or None where the set writes none."""
    if locale == "de_IT":
        return codice_fiscale(last, first, dob, female, rng)
    if locale == "es_PR":
        return _ssn(rng)
    if locale == "en_HK":
        return hkid(rng)
    if locale == "kl_GL":
        return _cpr(dob, female, rng)
    if locale == "sq_XK":
        return f"{rng.randint(1, 12):d}{rng.randint(0, 999999999):09d}"
    if locale == "fr_MA":
        return f"{rng.choice(_MA_OFFICES)}{rng.randint(10000, 999999)}"
    if locale == "en_UG":
        tail = "".join(rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ0123456789") for _ in range(4))
        return f"C{'F' if female else 'M'}{dob.year % 100:02d}{rng.randint(0, 99999999):08d}{tail}"[:14]
    if locale == "es_HN":
        return f"{rng.randint(1, 18):02d}{rng.randint(1, 28):02d}-{dob.year}-{rng.randint(1, 99999):05d}"
    return set25.national_id(locale, rng, dob, female)


def iban(country: str, rng: random.Random, grouped: bool = False):
    """An IBAN of ``country`` (set 25's, from stdnum's registry), or None where the country has none in use."""
    if country in ("PR", "HK", "MA", "UG", "HN"):
        return None
    return set25.iban(country, rng, grouped)


def id_entity(locale: str) -> str:
    """The truth entity of a note's national id: ``ssn`` in the US and Puerto Rico."""
    return "ssn" if locale in ("en_US", "es_PR") else "national_id"


def with_extension(number: str, lg: str, rng: random.Random) -> str:
    """A work number with an extension as the language writes it (``x123``, ``ext. 12``, ``Durchwahl 12``)."""
    word = rng.choice(_EXT_WORD.get(lg, _EXT_WORD["en"]))
    ext = str(rng.randint(10, 999) if rng.random() < 0.7 else rng.randint(1000, 4999))
    return f"{number}{word}{ext}" if word == "-" or word.startswith(" ") else f"{number} {word}{ext}"


def landline(region: str, rng: random.Random) -> phonenumbers.PhoneNumber | None:
    """A fixed-line number of ``region`` (a mobile where the country's examples have no landline)."""
    return set25.phone_number(region, rng, mobile=False) or set25.phone_number(region, rng, mobile=True)


def postcode_like(rng: random.Random, width: int) -> str:
    """A number with a postcode's digit count that is none (a door PIN, a giving-envelope or plot number)."""
    width = max(3, min(width, 6))
    return f"{rng.randint(0, 10**width - 1):0{width}d}"


def ean13(rng: random.Random, prefix: str = "2") -> str:
    """A gym or library card barcode: an in-store EAN-13 (prefix 2) with its check digit."""
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(11))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)
