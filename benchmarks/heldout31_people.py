"""Held-out set 31: one person of any locale (name, birth date, e-mail, phones, address, id, IBAN) and the ways an
export writes each of them in a cell.

Set 29's people, places and ids (``heldout29_people``, ``heldout29_places``, ``heldout29_ids``; phones by
``heldout28_ids.phone_number``) for set 29's locales, set 30's (``heldout30_new8``) for its new eight and
``heldout31_new8`` for set 31's: their public functions, called with set 31's seeds.

Cell forms of a name (``name_cell``): ``natural``, ``comma`` (``WEBER, Klaus``), ``upper_last`` (``Klaus WEBER``),
``initial`` (``K. Weber``), ``initials`` (``KW`` joined: no longer the name: labelled by the table), ``lower``;
phones (``phone_cell``) in national, international, E.164, ``00``, digits-only and dashed layouts, landlines with an
extension (``x123``, ``ext. 12``) sometimes; ids with and without their separators (``id_cell``).
"""

from __future__ import annotations

import datetime as dt
import random
import types

import phonenumbers
from stdnum import luhn

import heldout28_ids as ids28
import heldout29_ids as ids29
import heldout29_people as people29
import heldout29_places as places29
import heldout30_new8 as new30
import heldout31_language as language
import heldout31_new8 as new31
import heldout31_places as places31

_FMT = phonenumbers.PhoneNumberFormat


def sources(locale: str, seed: int) -> types.SimpleNamespace:
    """The name and address Fakers of a table (set 29's; None for the sixteen written by hand)."""
    old = _which(locale) == "29"
    return types.SimpleNamespace(
        locale=locale,
        names=people29.name_faker(locale, seed) if old else None,
        places=places29.faker_for(locale, seed) if old else None,
    )


_NEW30 = ("ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")


def _which(locale: str) -> str:
    return "31" if locale in language.NEW8_31 else "30" if locale in _NEW30 else "29"


def phone(locale: str, rng: random.Random, mobile: bool = True) -> phonenumbers.PhoneNumber:
    """A ``phonenumbers``-valid number of the locale's country (set 28's generator)."""
    reg = language.region(locale)
    for _ in range(20):
        number = ids28.phone_number(reg, rng, mobile)
        if number is not None:
            return number
    return ids28.phone_number(reg, rng, not mobile)


def new_person(src: types.SimpleNamespace, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person: ``first``, ``last``, ``full`` (running text), ``female``, ``dob``, ``email``, ``mobile``,
    ``landline`` (PhoneNumber), ``street``, ``postcode``, ``town``, ``address`` (whole), ``nid``; the IBAN is drawn
    when asked for (``iban_of``: set 24's generator is slow), from the person's own seed."""
    locale, which = src.locale, _which(src.locale)
    dob = language.birth_date(rng, child)
    if which == "29":
        p = people29.person(locale, rng, src.names)
        name, mail = people29.full(p, locale), people29.email(p, locale, rng)
        street, postcode, town = places29.place(locale, rng, src.places)
        whole = places29.whole_address(locale, street, postcode, town, rng)
        nid = ids29.national_id(locale, rng, dob, p.female, p.last, p.first)
    else:
        mod, where = (new30, new30) if which == "30" else (new31, places31)
        p = mod.person(locale, rng)
        name, mail = mod.full(p, locale), mod.email(p, locale, rng)
        street, postcode, town = where.place(locale, rng)
        whole = where.whole_address(locale, street, postcode, town)
        nid = where.national_id(locale, rng, dob, p.female)
    return types.SimpleNamespace(
        first=p.first, last=p.last, full=name, female=p.female, dob=dob, email=mail, mobile=phone(locale, rng),
        landline=phone(locale, rng, mobile=False), street=street, postcode=postcode, town=town, address=whole,
        nid=nid, iban_seed=rng.getrandbits(32), locale=locale, script=getattr(p, "latin", ""),
    )  # fmt: skip


def iban_of(p: types.SimpleNamespace) -> str | None:
    """The person's IBAN (None where the country has none in use), drawn from ``p.iban_seed`` once."""
    if not hasattr(p, "iban"):
        rng, reg, which = random.Random(p.iban_seed), language.region(p.locale), _which(p.locale)
        if which == "29" or reg == "IM":
            p.iban = ids29.iban("GB" if reg == "IM" else reg, rng)
        else:
            p.iban = (new30 if which == "30" else places31).iban(reg, rng)
    return p.iban


def nhs_number(rng: random.Random) -> str:
    """An NHS number (England, Wales, the Isle of Man): nine digits and the mod-11 check digit, ``485 777 3456``."""
    while True:
        body = [rng.randint(4, 7)] + [rng.randint(0, 9) for _ in range(8)]
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check != 10:
            digits = "".join(map(str, body)) + str(check % 11)
            return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def id_entity(locale: str) -> str:
    """The truth entity of a note's national id (``ssn`` in the US and Puerto Rico)."""
    return "national_id" if _which(locale) != "29" else ids29.id_entity(locale)


def name_cell(p: types.SimpleNamespace, form: str) -> str:
    """``p``'s name in one cell's form (module docstring)."""
    if form == "comma":
        return f"{p.last.upper()}, {p.first}"
    if form == "upper_last":
        return f"{p.first} {p.last.upper()}"
    if form == "initial":
        return f"{p.first[0]}. {p.last}"
    if form == "lower":
        return p.full.lower()
    if form == "last_first":
        return f"{p.last} {p.first}"
    return p.full


def two_people(a: types.SimpleNamespace, b: types.SimpleNamespace, rng: random.Random) -> str:
    """Two people in one cell, as exports join them (``Klaus & Anna Weber``, ``WEBER Klaus / BRAUN Anna``)."""
    if a.last == b.last or rng.random() < 0.3:
        return f"{a.first} & {b.first} {a.last}"
    return rng.choice([f"{a.full} / {b.full}", f"{a.full} and {b.full}", f"{a.last}, {a.first}; {b.last}, {b.first}"])


def phone_cell(number: phonenumbers.PhoneNumber, layout: str, rng: random.Random, landline: bool = False) -> str:
    """``number`` in ``layout`` (``national``, ``intl``, ``e164``, ``00``, ``digits``, ``dashes``); a landline
    sometimes with an extension."""
    if layout == "intl":
        text = phonenumbers.format_number(number, _FMT.INTERNATIONAL)
    elif layout == "e164":
        text = phonenumbers.format_number(number, _FMT.E164)
    elif layout == "00":
        text = "00" + phonenumbers.format_number(number, _FMT.E164)[1:]
    else:
        text = phonenumbers.format_number(number, _FMT.NATIONAL)
        if layout == "digits":
            text = "".join(c for c in text if c.isdigit())
        elif layout == "dashes":
            text = "-".join(text.replace("(", "").replace(")", "").replace("-", " ").split())
    if landline and rng.random() < 0.15:
        text += rng.choice([f" x{rng.randint(100, 499)}", f" ext. {rng.randint(10, 99)}", f" ext {rng.randint(2, 9)}"])
    return text


def phone_mix(rng: random.Random) -> list[str]:
    """Two to four layouts a phone column's rows are typed in (one on most rows)."""
    layouts = ["national", "intl", "e164", "00", "digits", "dashes"]
    rng.shuffle(layouts)
    return layouts[: rng.randint(2, 4)]


def id_cell(nid: str, rng: random.Random, bare: float = 0.3) -> str:
    """An id with its separators, or (``bare`` of the time) digits and letters only, as another system keeps it."""
    if rng.random() < bare and any(c in nid for c in " .-/"):
        return "".join(c for c in nid if c.isalnum())
    return nid


def card(rng: random.Random, grouped: bool = True) -> str:
    """A Visa or Mastercard number with its Luhn check digit."""
    body = rng.choice(["4", "5" + str(rng.randint(1, 5))]) + "".join(str(rng.randint(0, 9)) for _ in range(14))
    body = body[:15]
    value = body + luhn.calc_check_digit(body)
    return " ".join(value[i : i + 4] for i in range(0, 16, 4)) if grouped else value


def dob_cell(d: dt.date, locale: str, layouts: list[str], weights: list[float], rng: random.Random) -> str:
    """A birth date in one of a column's layouts."""
    return language.fmt_date(d, locale, rng.choices(layouts, weights)[0])


def junk(rng: random.Random, locale: str, share: float = 0.04) -> str | None:
    """A cell an export fills with junk instead of a value (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``), or None."""
    if rng.random() >= share:
        return None
    return rng.choice([*language.missing_words(locale), "?", "TBC", "see notes", "0", "N/A"])
