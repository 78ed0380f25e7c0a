"""Held-out set 37: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 36's 222 locales take their people from the earlier sets' public generators (``heldout36_people.sources`` /
``person``, which call sets 32-36's), with set 37's seeds; the eight new ones from ``heldout37_new8``. Everything
an export does to a fact is set 37's own: names as ``Mrs L. Missick``, ``MISSICK Lormeka`` (no comma), ``L.Missick``,
``Missick L.``, ``the Missick family``, ``Lormeka & Delroy`` (given names of a couple), joined ``L.M.``; phones as
``00`` international, ``tel:`` links, dashes, brackets around the area code, two numbers in one cell
(``mob / home``), a local number without its area code; headers in dot.case, kebab-case, PascalCase, with
Hungarian ``str``/``txt`` prefixes, dBASE's ten capitals, numbered ``03_``, bracketed ``Name [client]``.
"""

from __future__ import annotations

import random
import re
import types

import phonenumbers

import heldout36_people as p36

# isort: split
import heldout37_new8 as new8
from heldout37_language import NEW8_37

NAME = ("name", "first_name", "last_name")
FIRST = ("first_name", "name")
LAST = ("last_name", "name")
PHONE = ("phone_number", "fax_number")
EMAIL = ("email",)
STREET = ("street_address", "address")
ADDRESS = ("address", "street_address")
POSTCODE = ("postcode",)
CITY = ("city",)
DOB = ("date_of_birth",)
NID = ("national_id", "ssn", "tax_id")
IBAN = ("iban",)
CARD = ("credit_debit_card",)

_TITLES = {"en": ("Mr", "Mrs", "Ms"), "fr": ("M.", "Mme", "Mme"), "de": ("Herr", "Frau", "Frau"),
           "es": ("Sr.", "Sra.", "Sra."), "it": ("Sig.", "Sig.ra", "Sig.ra"), "nl": ("dhr.", "mevr.", "mw."),
           "pt": ("Sr.", "Sra.", "D."), "pl": ("p.", "p.", "pani"), "sv": ("", "", "")}  # fmt: skip


def sources(locale: str, seed: int):
    """The table's name and address sources (set 36's, None for the new 8)."""
    return None if locale in NEW8_37 else p36.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (``src``: ``sources`` of the table; None for the new 8)."""
    if locale in NEW8_37:
        return new8.person(locale, rng, child=child)
    return p36.person(locale, src, rng, child=child)


def second_script(p) -> str | None:
    """``p``'s name in a second script: Latin letters for Cyrillic and Greek names, Arabic script for the Comorians
    who write it so, else None."""
    if getattr(p, "script", ""):
        return p.script
    return p36.transliterated(p)


def latin(p) -> bool:
    """Whether ``p``'s name is in Latin letters (other scripts keep their one written form)."""
    return p36.latin(p)


def _initial(word: str) -> str:
    return "-".join(x[:1] + "." for x in word.split("-"))


def name_cell(p, form: str, lg: str = "en", partner=None) -> str:
    """``p``'s name in a cell's form: ``natural``, ``upper`` (all capitals), ``surname_upper`` (``MISSICK Lormeka``),
    ``titled`` (``Mrs L. Missick``), ``tight`` (``L.Missick``), ``last_init`` (``Missick L.``), ``lower``,
    ``dots`` (``L.M.``), ``first`` (given name alone), ``last`` (surname alone), ``family`` (``the Missick family``),
    ``pair`` (``Lormeka & Delroy Missick``, with ``partner``); other scripts as they are (but ``first``/``last``)."""
    first, last = p.first, p.last
    if form == "first":
        return first
    if form == "last":
        return last
    if not latin(p):
        if form == "pair" and partner is not None:
            return f"{p.full} / {partner.full}"
        return p.full
    if form == "upper":
        return p.full.upper()
    if form == "surname_upper":
        return f"{last.upper()} {first}"
    if form == "titled":
        mr, mrs, _ms = _TITLES.get(lg, _TITLES["en"])
        title = (mrs if p.female else mr) or ""
        return f"{title} {_initial(first)} {last}".strip()
    if form == "tight":
        return f"{_initial(first)}{last}"
    if form == "last_init":
        return f"{last} {_initial(first)}"
    if form == "lower":
        return p.full.lower()
    if form == "dots":
        return "".join(_initial(w) for w in p.full.split())
    if form == "family":
        return {"fr": f"famille {last}", "de": f"Familie {last}", "nl": f"fam. {last}", "es": f"familia {last}",
                "it": f"famiglia {last}", "pt": f"família {last}"}.get(lg, f"the {last} family")  # fmt: skip
    if form == "pair" and partner is not None and latin(partner):
        return f"{first} & {partner.first} {last}"
    return p.full


def name_truth(p, form: str, cell: str) -> tuple[str, str]:
    """The (entity, value) of a name written in ``form`` as a note's truth: a surname alone is ``last_name``."""
    if form in ("last", "family"):
        return ("last_name", p.last)
    if form == "first":
        return ("name", p.first)
    return ("name", cell)


def phone_layouts(rng: random.Random) -> list[str]:
    """Two to four layouts one phone column is typed in."""
    pool = ["intl", "e164", "national", "digits", "zerozero", "dashed", "tel", "paren_cc", "local"]
    return rng.sample(pool, rng.randint(2, 4))


def phone_text(num: phonenumbers.PhoneNumber, layout: str) -> str:
    """A ``phonenumbers`` number written in ``layout`` (see ``phone_layouts``)."""
    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    national = phonenumbers.format_number(num, fmt.NATIONAL)
    if layout == "e164":
        return phonenumbers.format_number(num, fmt.E164)
    if layout == "national":
        return national
    if layout == "digits":
        return re.sub(r"\D", "", national)
    if layout == "zerozero":
        return "00" + intl[1:]
    if layout == "dashed":
        return re.sub(r"[\s.()/]+", "-", national.strip("()")).strip("-").replace("--", "-")
    if layout == "tel":
        return "tel:" + phonenumbers.format_number(num, fmt.E164)
    if layout == "paren_cc":
        return f"(+{num.country_code}) {national}"
    if layout == "local" and num.country_code == 1:  # a small island's seven digits, area code left out
        digits = re.sub(r"\D", "", national)
        return f"{digits[3:6]}-{digits[6:]}"
    return intl


def phone_cell(p, rng: random.Random, layouts: list[str], landline: bool = False, both: float = 0.0) -> str:
    """``p``'s phone in one of a column's layouts; with probability ``both`` the mobile and the landline in one
    cell (``0612 / 0201 (home)``)."""
    layout = rng.choice(layouts)
    first = phone_text(p.landline if landline else p.mobile, layout)
    if rng.random() < both:
        other = phone_text(p.mobile if landline else p.landline, layout)
        sep = rng.choice([" / ", "; ", " or ", ", "])
        return f"{first}{sep}{other}{rng.choice(['', ' (home)', ' (h)'])}"
    return first


def card(rng: random.Random) -> str:
    """A payment card number with its Luhn digit, written with dashes or spaces."""
    digits = [4] + [rng.randint(0, 9) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    sep = rng.choice(["-", " "])
    return sep.join(s[i : i + 4] for i in range(0, 16, 4))


_ABBREV = {"name": "nm", "number": "no", "phone": "ph", "address": "addr", "telephone": "tel", "postcode": "pc",
           "customer": "cust", "member": "mbr", "student": "stu", "patient": "pt", "contact": "cnt",
           "date": "dt", "birth": "b", "email": "eml", "street": "str", "mobile": "mob", "tenant": "tnt"}  # fmt: skip
_MANGLES = ("dot", "kebab", "pascal", "hungarian", "dbase", "numbered", "bracket", "abbrev")


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+|_", header) if w]


def mangle(headers: list[str], rng: random.Random) -> list[str]:
    """One mangling for all of a table's headers, as exports, ETL jobs and old databases rename columns."""
    how = rng.choice(_MANGLES)
    out: list[str] = []
    for i, h in enumerate(headers):
        w = _words(h)
        if how == "dot":
            m = ".".join(x.lower() for x in w)
        elif how == "kebab":
            m = "-".join(x.lower() for x in w)
        elif how == "pascal":
            m = "".join(x[:1].upper() + x[1:].lower() for x in w)
        elif how == "hungarian":
            m = "str" + "".join(x[:1].upper() + x[1:].lower() for x in w)
        elif how == "dbase":
            m = "_".join(x.upper() for x in w)[:10].rstrip("_")
        elif how == "numbered":
            m = f"{i + 1:02d}_{'_'.join(x.lower() for x in w)}"
        elif how == "bracket":
            m = f"{w[-1]} [{' '.join(w[:-1]).lower()}]" if len(w) > 1 else h
        else:
            m = " ".join(_ABBREV.get(x.lower(), x) for x in w).title()
        while m in out or not m:
            m = f"{m or 'col'}_{i}"
        out.append(m)
    return out
