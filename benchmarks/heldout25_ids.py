"""Held-out set 25: national ids, IBANs, cards, phones written in mixed layouts, and number look-alikes.

Set 24's ids (``heldout24_ids``: python-stdnum-valid national ids built from the row's birth date, IBANs from
stdnum's BBAN registry, Luhn cards, ``phonenumbers``-valid phones) for its locales. The new eight: the Belgian
national number (``87.03.04-123.45``, mod 97, checked by ``stdnum.be.nn``), the Norwegian fødselsnummer (two mod
11 check digits, ``stdnum.no.fodselsnummer``), the Bolivian carnet de identidad with its department
(``4789123 LP``), the Panamanian cédula (``8-745-1234``), the Tanzanian NIDA number (``19870304-14111-00012-27``)
and the Faroese p-tal (``040387-123``); San Marino and Monaco tables carry a card instead. None of the last four
has a check digit, so any digits of the right shape are valid.

A phone column mixes layouts row by row (a CRM where some numbers were typed, some imported, some pasted from a
web form): national, international, E.164, bare digits, ``00``, ``+44 (0)20 ...``, dotted or dashed groups.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import phonenumbers
from stdnum.be import nn as be_nn
from stdnum.no import fodselsnummer

import heldout24_ids as set24

_BO_DEPTS = ("LP", "CB", "SC", "OR", "PT", "CH", "TJ", "BN", "PD")


def _be_nn(rng: random.Random, dob: dt.date, female: bool) -> str:
    seq = rng.randrange(2 if female else 1, 998, 2)
    base = f"{dob:%y%m%d}{seq:03d}"
    check = 97 - int(("2" if dob.year >= 2000 else "") + base) % 97
    value = f"{base[0:2]}.{base[2:4]}.{base[4:6]}-{base[6:9]}.{check:02d}"
    assert be_nn.is_valid(value), value
    return value


def _no_fnr(rng: random.Random, dob: dt.date, female: bool) -> str:
    w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        ind = rng.randint(0, 499) if dob.year < 2000 else rng.randint(500, 999)
        if (ind % 2 == 0) != female:
            continue
        digits = [int(c) for c in f"{dob:%d%m%y}{ind:03d}"]
        k1 = 11 - sum(a * b for a, b in zip(w1, digits, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(a * b for a, b in zip(w2, [*digits, k1], strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        value = "".join(map(str, digits)) + f"{k1}{k2}"
        if fodselsnummer.is_valid(value):
            return value if rng.random() < 0.6 else f"{value[:6]} {value[6:]}"


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool) -> str | None:
    """A national id of ``locale`` (valid by its checker where it has one), or None where the set writes none."""
    if locale == "de_BE":
        return _be_nn(rng, dob, female)
    if locale == "se_NO":
        return _no_fnr(rng, dob, female)
    if locale == "es_BO":
        return f"{rng.randint(1000000, 9999999)} {rng.choice(_BO_DEPTS)}"
    if locale == "es_PA":
        return f"{rng.randint(1, 13)}-{rng.randint(100, 999)}-{rng.randint(100, 2499)}"
    if locale == "sw_TZ":
        return f"{dob:%Y%m%d}-{rng.randint(10000, 99999)}-{rng.randint(1, 99999):05d}-{rng.randint(10, 99)}"
    if locale == "fo_FO":
        return f"{dob:%d%m%y}-{rng.randint(100, 999)}"
    if locale in ("it_SM", "fr_MC"):
        return None
    return set24.national_id(locale, rng, dob, female)


def iban(country: str, rng: random.Random, grouped: bool = False) -> str | None:
    """An IBAN of ``country`` (set 24's, from stdnum's registry), or None where the country has none."""
    return set24.iban(country, rng, grouped)


def card(rng: random.Random, grouped: bool = True) -> str:
    """A 16-digit card number passing Luhn."""
    return set24.card(rng, grouped)


def phone_number(region: str, rng: random.Random, mobile: bool = True) -> phonenumbers.PhoneNumber | None:
    """A valid number of ``region`` (set 24's draw from ``phonenumbers``' example)."""
    return set24.phone_number(region, rng, mobile)


PHONE_LAYOUTS = ("national", "international", "e164", "digits", "00", "intl_trunk", "dots", "dashes")


def _dials_00(n: phonenumbers.PhoneNumber) -> bool:
    """Whether the number's own country dials abroad with ``00`` (the US dials 011, Japan 010, Tanzania 000: their
    people write ``+`` instead)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(phonenumbers.region_code_for_number(n))
    return bool(meta and meta.international_prefix and re.fullmatch(meta.international_prefix, "00"))


def write_phone(n: phonenumbers.PhoneNumber, layout: str) -> str:
    """``n`` as a person or an import writes it; a layout the number cannot take falls back to national."""
    fmt = phonenumbers.PhoneNumberFormat
    national = phonenumbers.format_number(n, fmt.NATIONAL)
    nsn = phonenumbers.national_significant_number(n)
    if layout == "international" or (layout == "00" and not _dials_00(n)):
        return phonenumbers.format_number(n, fmt.INTERNATIONAL)
    if layout == "e164":
        return phonenumbers.format_number(n, fmt.E164)
    if layout == "digits":
        return "".join(c for c in national if c.isdigit())
    if layout == "00":
        return f"00{n.country_code} {nsn}"
    if layout == "intl_trunk" and national.startswith("0"):
        return f"+{n.country_code} (0){national[1:]}"
    if layout in ("dots", "dashes"):
        groups = [g for g in national.replace("-", " ").replace("(", "").replace(")", "").split() if g]
        if len(groups) > 1:
            return ("." if layout == "dots" else "-").join(groups)
    return national


def phone_mix(rng: random.Random, main: str = "") -> tuple[list[str], list[float]]:
    """A column's phone layouts and weights: a main layout for most rows and two or three others."""
    main = main or rng.choice(("national", "national", "international", "e164", "digits"))
    others = [x for x in PHONE_LAYOUTS if x != main]
    rng.shuffle(others)
    chosen = [main, *others[: rng.choice((2, 3))]]
    return chosen, [0.6] + [0.4 / (len(chosen) - 1)] * (len(chosen) - 1)


def digits_like_phone(rng: random.Random, n: int, lead: str = "") -> str:
    """A number with a phone's digit count that is none (a record, order or account number)."""
    body = "".join(str(rng.randint(0, 9)) for _ in range(n - len(lead)))
    return lead + body


def stripe_id(rng: random.Random, prefix: str) -> str:
    """A Stripe object id (``cus_``, ``card_``, ``sub_`` + 14 base-62 characters)."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return prefix + "".join(rng.choice(alphabet) for _ in range(14))


def serial(rng: random.Random, prefix: str, n: int) -> str:
    """A device serial (a router's, an ONT's): a vendor prefix and upper-case hex."""
    return prefix + "".join(rng.choice("0123456789ABCDEF") for _ in range(n))
