"""Held-out set 39: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 38's 238 locales take their people from the earlier sets' public generators (``heldout38_people.sources`` /
``person``, which call sets 32-38's), with set 39's seeds; the eight new ones from ``heldout39_new8``. What an export
does to a fact is set 39's own: names as ``HAYNES Carol`` (the surname first in capitals, as French and West African
registers write it), ``Haynes Carol`` (no comma), ``C. Haynes``, ``Haynes C.``, ``Mrs C. Haynes``, ``Haynes, Mrs
Carol``, all capitals, the given name alone; phones grouped in pairs, with dashes after ``+``, the country code in
brackets ``(+1)``, ``00`` for ``+``, ``tel:`` links, a ``(m)``/``(h)`` tag, dots after ``+``, digits run together;
headers in camelCase, ``UPPER_SNAKE``, run together in lower case, abbreviated (``cust_nm``, ``ph``, ``addr1``), with
a table prefix (``tbl_``), a required star, in brackets, numbered (``3. Name``), dotted (``client.name``), kebab
case, a survey's ``Q4_``; a lost header written as ``Column5``, ``F5`` or ``__EMPTY_3``.
"""

from __future__ import annotations

import random
import re
import types

import phonenumbers

# isort: split
import heldout38_people as p38

# isort: split
import heldout39_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p38.NAME, p38.FIRST, p38.LAST, p38.PHONE, p38.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p38.STREET, p38.ADDRESS, p38.POSTCODE, p38.CITY, p38.DOB
NID, IBAN, CARD = p38.NID, p38.IBAN, p38.CARD
NAME_FORMS = ("full", "LAST_first", "last_first", "init_last", "last_init", "title_init_last", "last_title_first",
              "upper", "lower")  # fmt: skip
PHONE_LAYOUTS = ("intl", "e164", "national", "pairs", "dash_intl", "paren_cc", "zerozero", "tel_uri", "tagged",
                 "run", "dots_intl")  # fmt: skip


def sources(locale: str, seed: int):
    """What the earlier generators draw a locale's people from (nothing for set 39's new 8)."""
    return None if locale in new8.NEW8_39 else p38.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 38's generators, or ``heldout39_new8``)."""
    if locale in new8.NEW8_39:
        return new8.person(locale, rng, child)
    return p38.person(locale, src, rng, child)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 38's rule; Saint-Martin's Chinese
    shopkeepers: characters)."""
    if p.locale in new8.NEW8_39:
        return getattr(p, "alt", None)
    return p38.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    return all(not c.isalpha() or c.isascii() or "\u00c0" <= c <= "\u024f" for c in p.full)


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if lg in ("de", "fr", "es", "it", "nl", "pt", "pl"):
        female = {"de": "Frau", "fr": "Mme", "es": "Sra.", "it": "Sig.ra", "nl": "mevr.", "pt": "Sra.", "pl": "Pani"}
        male = {"de": "Herr", "fr": "M.", "es": "Sr.", "it": "Sig.", "nl": "dhr.", "pt": "Sr.", "pl": "Pan"}
        return (female if p.female else male)[lg]
    return p38.title(p, lg)


def name_cell(p, form: str, lg: str = "en") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); not-Latin names stay whole."""
    if not latin(p):
        return p.full
    first, last = p.first, p.last
    cells = {
        "full": p.full,
        "LAST_first": f"{last.upper()} {first}",
        "last_first": f"{last} {first}",
        "init_last": f"{first[0]}. {last}",
        "last_init": f"{last} {first[0]}.",
        "title_init_last": f"{title(p, lg)} {first[0]}. {last}",
        "last_title_first": f"{last}, {title(p, lg)} {first}",
        "upper": p.full.upper(),
        "lower": p.full.lower(),
    }
    return cells[form]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random | None = None) -> str:
    """One number in one of set 39's layouts."""
    rng = rng or random.Random(0)
    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    national = phonenumbers.format_number(num, fmt.NATIONAL)
    e164 = phonenumbers.format_number(num, fmt.E164)
    cc = str(num.country_code)
    rest = intl[len(cc) + 2 :]
    if layout == "e164":
        return e164
    if layout == "pairs" and len(_digits(national)) % 2 == 0:  # as France writes them: pairs from the start
        d = _digits(national)
        head = d[: len(d) % 2 or 2]
        return " ".join([head, *[d[i : i + 2] for i in range(len(head), len(d), 2)]])
    if layout in ("national", "pairs"):
        return national
    if layout == "dash_intl":
        return f"+{cc}-" + re.sub(r"[\s()]+", "-", rest).strip("-")
    if layout == "paren_cc":
        return f"(+{cc}) {rest}"
    if layout == "zerozero":
        return f"00 {cc} {rest}"
    if layout == "tel_uri":
        return f"tel:{e164}"
    if layout == "tagged":
        return f"{national} ({rng.choice(('m', 'h', 'w', 'cell', 'home'))})"
    if layout == "run":
        return _digits(national)
    if layout == "dots_intl":
        return f"+{cc}." + re.sub(r"[\s()-]+", ".", rest).strip(".")
    return intl


def phone_cell(p, rng: random.Random, layouts: list[str], landline: float = 0.0, both: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts, now and then both of their numbers."""
    num = p.landline if rng.random() < landline and p.landline is not None else p.mobile
    text = phone_text(num, rng.choice(layouts), rng)
    if rng.random() < both and p.landline is not None and num is not p.landline:
        text += rng.choice((" & ", " | ", ", alt ", " / h: ")) + phone_text(p.landline, rng.choice(layouts), rng)
    return text


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally without its area code where the plan has one (``heldout38_people``)."""
    return p38.phone_local(num)


def card(rng: random.Random) -> str:
    """A card number (set 38's generator)."""
    return p38.card(rng)


_ABBREV = {
    "name": "nm",
    "client": "clt",
    "customer": "cust",
    "phone": "ph",
    "number": "no",
    "address": "addr",
    "street": "st",
    "postcode": "pc",
    "date": "dt",
    "birth": "dob",
    "email": "eml",
    "member": "mbr",
    "surname": "snm",
    "first": "fst",
    "mobile": "mob",
    "town": "twn",
    "contact": "cnt",
    "emergency": "emerg",
}
_STYLES = ("camel", "upper_snake", "runlower", "abbrev", "prefix", "star", "bracket", "numbered", "dotted", "kebab",
           "survey")  # fmt: skip
_LOST = ("Column{i}", "F{i}", "__EMPTY_{i}")


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", header) if w]


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> list[str]:
    """Headers as one export of set 39 writes them (one style for the table), now and then one lost header (never
    the one at ``keep``: the notes)."""
    style = rng.choice(_STYLES)
    out = []
    for i, h in enumerate(headers):
        w = _words(h)
        if style == "camel":
            x = w[0].lower() + "".join(t[:1].upper() + t[1:].lower() for t in w[1:])
        elif style == "upper_snake":
            x = "_".join(t.upper() for t in w)
        elif style == "runlower":
            x = "".join(t.lower() for t in w)
        elif style == "abbrev":
            x = "_".join(_ABBREV.get(t.lower(), t.lower()) for t in w)
        elif style == "prefix":
            x = "tbl_" + "_".join(t.lower() for t in w)
        elif style == "star":
            x = f"{h} *"
        elif style == "bracket":
            x = f"[{h}]"
        elif style == "numbered":
            x = f"{i + 1}. {h}"
        elif style == "dotted":
            x = ".".join(t.lower() for t in w)
        elif style == "kebab":
            x = "-".join(t.lower() for t in w)
        else:
            x = f"Q{i + 1}_" + "_".join(t.lower() for t in w)
        out.append(x or h)
    if rng.random() < 0.3:
        lost = rng.choice([i for i in range(len(headers)) if i != keep % len(headers)])
        out[lost] = rng.choice(_LOST).format(i=lost + 1)
    return out
