"""Held-out set 36: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 35's 214 locales take their people from the earlier sets' public generators (``heldout35_people.sources`` /
``person``, which call sets 32-35's), with set 36's seeds; the eight new ones from ``heldout36_new8``. Phones are
written here from the person's ``phonenumbers`` number (international, national, bare digits, dotted, with an
extension); names in set 36's cell forms (``SURNAME, Given``, ``G. Surname``, couples ``Ana & Luis Pereira``, joined
initials, lower case); Cyrillic and Greek names also in Latin letters (a second-script column).
"""

from __future__ import annotations

import random
import types

import phonenumbers

import heldout35_people as pp35
import heldout36_new8 as new8

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
_LAT = str.maketrans({**dict(zip("абвгдезийклмнопрстуфхцыэ", "abvgdezijklmnoprstufhcye", strict=True)),
                      "ж": "zh", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ё": "yo", "ь": "", "ъ": "",
                      "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
                      **dict(zip("αβγδεζηικλμνξοπρστυφω", "avgdeziiklmnxoprstyfo", strict=True)),
                      "θ": "th", "χ": "ch", "ψ": "ps", "ς": "s",
                      "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o"})  # fmt: skip


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (``src``: ``heldout35_people.sources`` of the table; None for the new 8)."""
    if locale in new8.NEW8_36:
        return new8.person(locale, rng, child=child)
    p = pp35.person(locale, src, rng, child=child)
    if not getattr(p, "dob", None):
        p.dob = f"{rng.randint(1945, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return p


def sources(locale: str, seed: int):
    """The table's name and address sources (set 35's, None for the new 8)."""
    return None if locale in new8.NEW8_36 else pp35.sources(locale, seed)


def transliterated(p) -> str | None:
    """``p``'s name in Latin letters when it is written in Cyrillic or Greek (a second-script column), else None."""
    full = p.full
    if not any("\u0370" <= c <= "\u04ff" for c in full):
        return None
    for pair, latin_pair in (("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("ού", "ou"), ("Ου", "Ou")):
        full = full.replace(pair, latin_pair)
    return "".join(c.translate(_LAT) if c.islower() else c.lower().translate(_LAT).capitalize() for c in full)


def latin(p) -> bool:
    """Whether ``p``'s name is in Latin letters (other scripts keep their one written form)."""
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" or not c.isalpha() for c in p.full)


def name_cell(p, form: str, partner=None) -> str:
    """``p``'s name in a cell's form: ``natural``, ``comma`` (``BODDEN, Renford``), ``tcomma`` (``Bodden, Renford``),
    ``upper_last`` (``Renford BODDEN``), ``initial`` (``R. Bodden``), ``lower``, ``last_first``, ``initials``
    (``RB``), ``couple`` (``Ana & Luis Pereira``, with ``partner``); other scripts as they are."""
    first, last = p.first, p.last
    if not latin(p) and form not in ("natural", "couple"):
        return p.full
    if form == "comma":
        return f"{last.upper()}, {first}"
    if form == "tcomma":
        return f"{last}, {first}"
    if form == "upper_last":
        return f"{first} {last.upper()}"
    if form == "initial":
        return f"{first[0]}. {last}"
    if form == "lower":
        return p.full.lower()
    if form == "last_first":
        return f"{last} {first}"
    if form == "initials":
        return "".join(w[0] for w in f"{first} {last}".replace("-", " ").split()).upper()
    if form == "couple" and partner is not None and latin(p):
        return f"{partner.first} & {first} {last}"
    return p.full


def phone_cell(p, rng: random.Random, layouts: list[str], landline: bool = False, ext: float = 0.0) -> str:
    """``p``'s phone in one of a column's layouts (``intl``, ``e164``, ``national``, ``digits``, ``dotted``),
    sometimes with an extension (``x123``, ``ext. 12``)."""
    num = p.landline if landline else p.mobile
    layout = rng.choice(layouts)
    fmt = phonenumbers.PhoneNumberFormat
    if layout == "intl":
        text = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    elif layout == "e164":
        text = phonenumbers.format_number(num, fmt.E164)
    elif layout == "digits":
        text = "".join(c for c in phonenumbers.format_number(num, fmt.NATIONAL) if c.isdigit())
    elif layout == "dotted":
        groups = phonenumbers.format_number(num, fmt.NATIONAL).replace("(", "").replace(")", "").replace("-", " ")
        text = ".".join(groups.split())
    else:
        text = phonenumbers.format_number(num, fmt.NATIONAL)
    if landline and rng.random() < ext:
        text += rng.choice((f" x{rng.randint(10, 399)}", f" ext. {rng.randint(2, 60)}"))
    return text


def phone_layouts(rng: random.Random) -> list[str]:
    """Two to four layouts one phone column is typed in."""
    return rng.sample(["intl", "e164", "national", "digits", "dotted"], rng.randint(2, 4))


def card(rng: random.Random) -> str:
    """A payment card number with its Luhn digit, in groups of four."""
    digits = [4] + [rng.randint(0, 9) for _ in range(14)]
    total = sum(d if i % 2 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(reversed(digits)))
    digits.append((10 - total % 10) % 10)
    text = "".join(map(str, digits))
    return " ".join(text[i : i + 4] for i in range(0, 16, 4))


_PREFIX = ("cust_", "x_", "fld12_", "c_", "tbl_", "src_")
_ABBREV = {"phone": "Ph", "telephone": "Tel", "number": "No", "address": "Addr", "name": "Nm", "date": "Dt",
           "birth": "DOB", "client": "Clnt", "email": "Eml", "notes": "Nts", "postcode": "PC"}  # fmt: skip


def mangle(headers: list[str], rng: random.Random) -> list[str]:
    """One mangling for all of a table's headers, as exports and re-imports rename columns."""
    kind = rng.choice(("prefix", "suffix", "camel", "lower", "upper", "abbrev"))
    out = []
    for i, head in enumerate(headers):
        words = head.replace("-", " ").replace("_", " ").split()
        if kind == "prefix":
            pre = rng.choice(_PREFIX) if i == 0 else out[0].split("_")[0] + "_"
            new = pre + "_".join(w.lower() for w in words)
        elif kind == "suffix":
            new = "_".join(w.lower() for w in words) + "_1"
        elif kind == "camel":
            new = words[0].lower() + "".join(w.capitalize() for w in words[1:]) if words else head
        elif kind == "lower":
            new = "".join(w.lower() for w in words)
        elif kind == "upper":
            new = "_".join(w.upper() for w in words)
        else:
            new = " ".join(_ABBREV.get(w.lower(), w) for w in words)
        while new in out:
            new += "_2"
        out.append(new)
    return out
