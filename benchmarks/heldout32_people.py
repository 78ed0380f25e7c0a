"""Held-out set 32: one person of any locale, and the ways an export writes each fact in a cell.

Set 31's people (``heldout31_people.new_person``, ``name_cell``, ``phone_cell``, ``id_cell``, ``card``, ``dob_cell``:
public functions, called with set 32's seeds) for set 31's 182 locales; ``heldout32_new8`` for the eight new ones,
with phones by ``heldout28_ids.phone_number``.

New cell forms here: ``Surname Given`` without a comma, initials joined (``KW``), a name with a title (``Mrs
Weber``), a name with the role in brackets; ids with spaces every three characters; phones with ``ext.``/``x``
extensions or ``(WhatsApp)`` after them.
"""

from __future__ import annotations

import random
import types

import phonenumbers

import heldout31_people as p31
import heldout32_language as language
import heldout32_new8 as new8
from heldout28_ids import phone_number

_FMT = phonenumbers.PhoneNumberFormat


def sources(locale: str, seed: int) -> types.SimpleNamespace:
    """The table's name and address sources (set 31's; a bare namespace for the new eight)."""
    if locale in language.NEW8_32:
        return types.SimpleNamespace(locale=locale, names=None, places=None)
    return p31.sources(locale, seed)


def _phone(locale: str, rng: random.Random, mobile: bool) -> phonenumbers.PhoneNumber:
    number = None
    while number is None:
        number = phone_number(language.region(locale), rng, mobile)
    return number


def new_person(src: types.SimpleNamespace, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person (set 31's fields): ``first``, ``last``, ``full``, ``female``, ``dob``, ``email``, ``mobile``,
    ``landline``, ``street``, ``postcode``, ``town``, ``address``, ``nid``; ``iban`` is drawn by ``iban_of``."""
    locale = src.locale
    if locale not in language.NEW8_32:
        p = p31.new_person(src, rng, child)
        p.iban_locale = ""
        return p
    n = new8.person(locale, rng)
    dob = language.birth_date(rng, child)
    street, postcode, town = new8.place(locale, rng, n.script)
    return types.SimpleNamespace(
        first=n.first, last=n.last, full=new8.full(n), female=n.female, dob=dob, email=new8.email(n, rng),
        mobile=_phone(locale, rng, True), landline=_phone(locale, rng, False), street=street, postcode=postcode,
        town=town, address=new8.whole_address(locale, street, postcode, town),
        nid=new8.national_id(locale, rng, dob, n.female), iban_seed=rng.getrandbits(32), locale=locale,
        script=n.script, iban_locale=locale,
    )  # fmt: skip


def iban_of(p: types.SimpleNamespace) -> str | None:
    """The person's IBAN (None where the country has none in use)."""
    if p.iban_locale:
        return new8.iban(p.iban_locale, random.Random(p.iban_seed))
    return p31.iban_of(p)


def name_cell(p: types.SimpleNamespace, form: str) -> str:
    """``p``'s name in one cell's form: set 31's (``natural``, ``comma``, ``upper_last``, ``initial``, ``lower``)
    and ``last_first`` (``Weber Klaus``), ``initials`` (``KW``)."""
    if form == "last_first":
        return f"{p.last} {p.first}"
    if form == "initials":
        return "".join(w[0] for w in f"{p.first} {p.last}".split()).upper()
    if form == "upper_all":
        return p.full.upper()
    return p31.name_cell(p, form)


def phone_cell(number: phonenumbers.PhoneNumber, layout: str, rng: random.Random, landline: bool = False) -> str:
    """``number`` in ``layout`` (set 31's layouts); ``dots`` groups the national number by dots."""
    if layout == "00" and number.country_code in (592, 675):  # Guyana dials 001 abroad, Papua New Guinea 05
        layout = "intl"
    if layout == "dots":
        digits = phonenumbers.format_number(number, _FMT.NATIONAL)
        return ".".join(x for x in "".join(c if c.isdigit() else " " for c in digits).split())
    return p31.phone_cell(number, layout, rng, landline)


def phone_mix(rng: random.Random) -> list[str]:
    """Two to four layouts a phone column's rows are typed in (set 31's), a dotted one now and then."""
    mix = p31.phone_mix(rng)
    if rng.random() < 0.15:
        mix.append("dots")
    return mix


def id_cell(nid: str, rng: random.Random, bare: float = 0.3) -> str:
    """An id with its separators, without (``bare``), or (seldom) spaced every three characters."""
    if rng.random() < 0.08:
        flat = "".join(c for c in nid if c.isalnum())
        return " ".join(flat[i : i + 3] for i in range(0, len(flat), 3))
    return p31.id_cell(nid, rng, bare)


def card(rng: random.Random, grouped: bool = True) -> str:
    """A Visa or Mastercard number with its Luhn check digit (set 31's)."""
    return p31.card(rng, grouped)


def dob_cell(d, locale: str, layouts: list[str], weights: list[float], rng: random.Random) -> str:
    """A birth date in one of a column's layouts (the proxy locale's for the new eight)."""
    return p31.dob_cell(d, language.proxy(locale), layouts, weights, rng)


def junk(rng: random.Random, locale: str, share: float = 0.04) -> str | None:
    """A cell filled with junk (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``, the locale's own word), or None."""
    if rng.random() >= share:
        return None
    return rng.choice((*language.TOOL_MISSING, *language.missing_words(locale), "TBC", "see notes", "0"))


def nhs_number(rng: random.Random) -> str:
    """An NHS number with its mod-11 check digit (set 31's)."""
    return p31.nhs_number(rng)


def id_entity(locale: str) -> str:
    """The truth entity of a note's national id (``ssn`` in the US and Puerto Rico)."""
    return "national_id" if locale in language.NEW8_32 else p31.id_entity(locale)
