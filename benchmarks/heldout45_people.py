"""Held-out set 45: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 44's 286 locales take their people from set 44's public generators (``heldout44_people.sources`` / ``person``
/ ``with_surname`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-44's) with set 45's seeds; the
eight new ones from ``heldout45_new8``. What an export does to a fact is set 45's own:

- names as ``Gail "Sunny" Harvey`` (a nickname in double quotes between), ``HARVEY/GAIL MRS`` (an airline
  booking's surname, slash, given name and title run together in capitals), ``c/o Gail Harvey`` (care of, in the
  table's language: ``z. Hd.``, ``a/s``, ``t.a.v.``, ``a/c``), ``Gail Harvey <gail.harvey@example.org>`` (a mail
  client's display name and address), ``harvey87g`` / ``gail07.harvey`` / ``g12harvey`` (login handles with digits
  in other places), ``Harvey | Gail`` (a pipe between surname and given name), ``Harvey; Gail`` (a semicolon) and
  ``Gail Harvey (42)`` (the age in brackets after); ``Nei`` before a Gilbertese woman's name;
- phones with an extension word in the table's language (``01330 252288 Durchwahl 14``, ``poste``, ``ramal``),
  letters for the last digits (``07406 85TUVW``, a keypad's), the international prefix in brackets without a plus
  (``(0044) 7406 858784``), the country code after a word in the table's language (``Ländervorwahl 49, 15123456``),
  two numbers joined by the table's word for "or" (``07406 858784 oder 01330 252288``), every digit spaced (``0 7 4
  0 6 ...``) and dashes and dots mixed (``0740-685.8784``);
- headers in eight styles new to the sets: SQL back-ticks (``\\`Phone\\```), a mustache template (``{{phone}}``),
  an at-sign (``@phone``), an icon before (``🔹 Phone``), percent signs (``%PHONE%``), pipes around (``|Phone|``),
  angle brackets (``<Phone>``) and inverted case (``pHONE``); a lost header as ``untitled_5``, ``NONAME5`` or
  ``#5``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import types
import unicodedata

import phonenumbers

import heldout44_people as p44
import heldout45_language as language
import heldout45_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p44.NAME, p44.FIRST, p44.LAST, p44.PHONE, p44.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p44.STREET, p44.ADDRESS, p44.POSTCODE, p44.CITY, p44.DOB
NID, IBAN = p44.NID, p44.IBAN
NAME_FORMS = ("full", "quoted_nick", "pnr", "care_of", "display_email", "handle_digits", "pipe", "semicolon",
              "with_age")  # fmt: skip
COLUMN_FORMS = NAME_FORMS
PHONE_LAYOUTS = ("ext_word", "letters", "paren00", "cc_word", "two_or", "spaced_digits", "mixed_sep")
STYLES = ("backticks", "mustache", "at_sign", "icon", "percent", "pipe_wrapped", "angle", "inverted_case")
_LOST = ("untitled_{j}", "NONAME{j}", "#{j}")
_NICK = ("Sunny", "Buzz", "Taz", "Pixie", "Chip", "Moose", "Bean", "Ziggy", "Dottie", "Sparky", "Nibs", "Flick")
_CARE_OF = {"en": ("c/o", "Attn:"), "de": ("z. Hd.", "c/o"), "fr": ("a/s", "à l'att. de"), "es": ("a/a", "at'n"),
            "it": ("c.a.", "c/o"), "nl": ("t.a.v.", "p/a"), "pt": ("a/c", "ao cuidado de"), "da": ("att.", "c/o"),
            "cs": ("k rukám", "c/o"), "nb": ("v/", "att.")}  # fmt: skip


def sources(locale: str, seed: int):
    """What set 44's generators draw a locale's people from (nothing for set 45's new 8)."""
    return None if locale in new8.NEW8_45 else p44.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 44's generators, or ``heldout45_new8``)."""
    if locale in new8.NEW8_45:
        return new8.person(locale, rng, child)
    return p44.person(locale, src, rng, child)


def with_surname(p: types.SimpleNamespace, last: str) -> types.SimpleNamespace:
    """The person with another surname (a child with a parent's; a patronymic child takes the father's given name:
    the same rule, the parent's ``first`` is passed)."""
    if p.locale in new8.NEW8_45:
        full = f"{last} {p.first}" if p.locale == "mg_MG" else f"{p.first} {last}"
        return types.SimpleNamespace(**{**vars(p), "last": last, "full": full, "alt": None})
    return p44.with_surname(p, last)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 44's rule; the new not-Latin ones:
    romanised)."""
    if p.locale in new8.NEW8_45:
        return p.alt
    return p44.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_45:
        return p.locale not in new8.NOT_LATIN
    return p44.latin(p)


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if p.locale in new8.NEW8_45:
        by = {"ay": ("Sra.", "Sr."), "mg": ("Ramatoa", "Andriamatoa"), "sd": ("محترمه", "سائين"),
              "ckb": ("خاتوو", "کاک"), "ln": ("Mama", "Tata"), "ny": ("Mayi", "Bambo"), "gil": ("Nei", "Mr"),
              "tet": ("Sra.", "Sr.")}  # fmt: skip
        pair = by[p.locale.split("_")[0]]
        if lg == "en" and p.locale not in ("gil_KI", "sd_PK", "ckb_IQ"):
            pair = ("Mrs", "Mr")
        return pair[0 if p.female else 1]
    return p44.title(p, lg)


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", text).lower())


def _dob(p) -> dt.date:
    return dt.date.fromisoformat(language.iso_of(p.dob))


def _age(p) -> int:
    return language.age_on(_dob(p))


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None) -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); not-Latin names stay whole where a form
    would reorder or cut them."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    if p.locale == "gil_KI" and p.female and form in ("full", "with_age") and rng.random() < 0.35:
        full = f"Nei {full}"
    if form == "care_of":
        return f"{rng.choice(_CARE_OF.get(lg, _CARE_OF['en']))} {full}"
    if form == "display_email":
        return f"{full} <{p.email}>"
    if form == "with_age":
        return f"{full} ({_age(p)})"
    plain = full in (f"{first} {last}", f"{last} {first}")
    if not latin(p) or form == "full" or not plain:
        return full
    if form == "quoted_nick":
        return f'{first} "{rng.choice(_NICK)}" {last}'
    if form == "pnr":
        return f"{_ascii(last).upper()}/{_ascii(first).upper()} {'MRS' if p.female else 'MR'}"
    if form == "handle_digits":
        f, s = _ascii(first), _ascii(last)
        yy = f"{_dob(p).year % 100:02d}"
        return rng.choice((f"{s}{yy}{f[:1]}", f"{f}{rng.randint(1, 99):02d}.{s}", f"{f[:1]}{rng.randint(1, 99)}{s}"))
    if form == "pipe":
        return f"{last} | {first}"
    if form == "semicolon":
        return f"{last}; {first}"
    return full


def _national(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _intl(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_EXT = {"en": ("extension", "ext no."), "de": ("Durchwahl", "App."), "fr": ("poste",), "es": ("extensión", "ext."),
        "it": ("interno",), "nl": ("toestel",), "pt": ("ramal", "extensão"), "da": ("lokal",), "cs": ("linka",),
        "nb": ("linje",), "ay": ("interno",), "mg": ("poste",), "ln": ("poste",), "tet": ("ramal",)}  # fmt: skip
_CC_WORD = {"en": ("country code", "intl code"), "de": ("Ländervorwahl",), "fr": ("indicatif",), "es": ("prefijo",),
            "it": ("prefisso",), "nl": ("landcode",), "pt": ("indicativo",), "da": ("landekode",),
            "cs": ("předvolba",), "nb": ("landskode",)}  # fmt: skip
_OR = {"en": "or", "de": "oder", "fr": "ou", "es": "o", "it": "oppure", "nl": "of", "pt": "ou", "da": "eller",
       "cs": "nebo", "nb": "eller", "ay": "jan ukax", "mg": "na", "sd": "يا", "ckb": "یان", "ln": "to",
       "ny": "kapena", "gil": "ke", "tet": "ka"}  # fmt: skip
_KEYPAD = {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS", "8": "TUV", "9": "WXYZ"}


def _letters(national: str, rng: random.Random) -> str:
    """The last four digits as keypad letters (a 0 or 1 stays a digit)."""
    chars = list(national)
    idx = [i for i, c in enumerate(chars) if c.isdigit()][-4:]
    for i in idx:
        if chars[i] in _KEYPAD:
            chars[i] = rng.choice(_KEYPAD[chars[i]])
    return "".join(chars)


def _mixed(digits: str) -> str:
    if len(digits) >= 10:
        return f"{digits[:4]}-{digits[4:7]}.{digits[7:]}"
    if len(digits) >= 7:
        return f"{digits[:3]}-{digits[3:5]}.{digits[5:]}"
    return f"{digits[:2]}-{digits[2:]}"


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random, lg: str = "en") -> str:
    """One number in one of set 45's layouts (``PHONE_LAYOUTS``; ``two_or`` needs two: see :func:`phone_cell`), or
    set 44's (``heldout44_people.phone_text``)."""
    national = _national(num)
    digits = re.sub(r"\D", "", national)
    nsn = phonenumbers.national_significant_number(num)
    if layout == "ext_word":
        return f"{national} {rng.choice(_EXT.get(lg, _EXT['en']))} {rng.randint(2, 49)}"
    if layout == "letters":
        return _letters(national, rng)
    if layout == "paren00":
        return f"(00{num.country_code}) " + _intl(num).split(" ", 1)[1]
    if layout == "cc_word":
        return f"{rng.choice(_CC_WORD.get(lg, _CC_WORD['en']))} {num.country_code}, {nsn}"
    if layout == "spaced_digits":
        return " ".join(digits)
    if layout == "mixed_sep":
        return _mixed(digits)
    if layout == "two_or":
        return national
    return p44.phone_text(num, layout, rng, lg)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 44's rule)."""
    return p44.phone_local(num)


def phone_bare(num: phonenumbers.PhoneNumber) -> str:
    """The national digits run together."""
    return p44.phone_bare(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts; ``two_or``: the mobile and the landline
    joined by the table's word for "or"."""
    layout = rng.choice(layouts)
    if layout == "two_or":
        return f"{_national(p.mobile)} {_OR.get(lg, 'or')} {_national(p.landline)}"
    num = p.landline if rng.random() < landline else p.mobile
    return phone_text(num, layout, rng, lg)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?]+", header) if w]


def style_header(header: str, style: str, i: int, rng: random.Random) -> str:
    """One header in one of set 45's styles (``STYLES``)."""
    words = _words(header) or [header]
    if style == "backticks":
        return f"`{header}`"
    if style == "mustache":
        return "{{" + "_".join(w.lower() for w in words) + "}}"
    if style == "at_sign":
        return "@" + "_".join(w.lower() for w in words)
    if style == "icon":
        return f"🔹 {header}"
    if style == "percent":
        return "%" + "_".join(w.upper() for w in words) + "%"
    if style == "pipe_wrapped":
        return f"|{header}|"
    if style == "angle":
        return f"<{header}>"
    if style == "inverted_case":
        return header.swapcase()
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 45 writes them (one style for the table), now and then one lost header (never
    the one at ``keep``: the notes); duplicates get a number. Returns the headers and the style."""
    style = rng.choice(STYLES)
    out = [style_header(h, style, i, rng) for i, h in enumerate(headers)]
    if rng.random() < 0.35:
        lost = rng.choice([i for i in range(len(out)) if i != keep])
        out[lost] = rng.choice(_LOST).format(i=lost, j=lost + 1)
    seen: dict[str, int] = {}
    for i, h in enumerate(out):
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            out[i] = f"{h}_{seen[h] - 1}"
    return out, style


def dob_cell(p, locale: str, layouts: list[str], rng: random.Random) -> str:
    """A birth date in one of the column's layouts."""
    return language.fmt_date(language.iso_of(p.dob), locale, rng.choice(layouts))
