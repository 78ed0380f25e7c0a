"""Held-out set 40: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 39's 246 locales take their people from the earlier sets' public generators (``heldout39_people.sources`` /
``person``, which call sets 32-39's), with set 40's seeds; the eight new ones from ``heldout40_new8``. What an export
does to a fact is set 40's own: names as ``HAYNES/CAROL`` (a manifest's slash), ``Carol H.`` (the surname's
initial), ``Haynes, C.``, ``C.Haynes`` (no space), ``haynes, carol`` (lower case with a comma), ``Mrs Haynes`` (a
title and the surname), ``Carol (Haynes)``, the surname alone in capitals; phones with a slash after the area code
(``030/97166300``), dots in the national number (``01.23.45.67.89``), dashes in the national number, ``+44 (0)20``,
the national digits run together, a ``Tel.``/``Mob:``/``WA`` word before or after, an extension; headers with a
type prefix (``strName``, ``txtPhone``, ``fld_Name``), a type suffix (``Name [text]``), a colon, a sort arrow
(``Name ▲``), two languages (``Name / Nom``), spelled out in capitals (``CLIENT NAME``), a table-dot prefix
(``tblLoans.MemberName``), a pandas duplicate suffix (``Phone.1``), lower case with spaces, SQL short names
(``mbr_fname``); a lost header written as ``Unnamed: 4`` (pandas), ``Field7`` or ``(blank)``.
"""

from __future__ import annotations

import random
import re
import types

import phonenumbers

# isort: split
import heldout39_people as p39

# isort: split
import heldout40_new8 as new8
from heldout40_language import LANG, TITLES

NAME, FIRST, LAST, PHONE, EMAIL = p39.NAME, p39.FIRST, p39.LAST, p39.PHONE, p39.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p39.STREET, p39.ADDRESS, p39.POSTCODE, p39.CITY, p39.DOB
NID, IBAN = p39.NID, p39.IBAN
NAME_FORMS = ("full", "LAST_first", "init_last", "title_init_last", "upper", "lower", "slash", "first_init",
              "last_comma_init", "init_nospace", "lower_comma", "title_last", "first_paren", "last_upper")  # fmt: skip
PHONE_LAYOUTS = ("intl", "national", "e164", "slash", "nat_dots", "nat_dash", "paren0", "nat_run", "word_before",
                 "word_after", "ext", "pairs", "run")  # fmt: skip
_WORDS_BEFORE = ("Tel.", "Mob:", "tel", "M:", "Ph:", "☎")
_WORDS_AFTER = ("(WA)", "(mob)", "- home", "(work)", "/ WhatsApp")


def sources(locale: str, seed: int):
    """What the earlier generators draw a locale's people from (nothing for set 40's new 8)."""
    return None if locale in new8.NEW8_40 else p39.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 39's generators, or ``heldout40_new8``)."""
    if locale in new8.NEW8_40:
        return new8.person(locale, rng, child)
    return p39.person(locale, src, rng, child)


def with_surname(p: types.SimpleNamespace, last: str) -> types.SimpleNamespace:
    """The person with another surname (a child with a parent's), the full name written as before."""
    if getattr(p, "alt", None):  # a Korean or Chinese child keeps the family's own surname
        return p
    q = types.SimpleNamespace(**vars(p))
    if p.full == f"{p.first} {p.last}":
        q.full = f"{p.first} {last}"
    elif p.full == f"{p.last}{p.first}":
        q.full = f"{last}{p.first}"
    elif p.full == f"{p.last} {p.first}":
        q.full = f"{last} {p.first}"
    else:
        return p
    q.last = last
    return q


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 39's rule; Guam's and the Northern
    Marianas' Chinese, Japanese and Korean residents: characters or Hangul)."""
    if p.locale in new8.NEW8_40:
        return p.alt
    return p39.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    return p39.latin(p) if p.locale not in new8.NEW8_40 else True


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if lg in ("da", "cs"):
        return {"da": ("Fru", "Hr."), "cs": ("paní", "pan")}[lg][0 if p.female else 1]
    return p39.title(p, lg)


def name_cell(p, form: str, lg: str = "en") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); not-Latin names stay whole."""
    if not latin(p) or form in p39.NAME_FORMS:
        return p39.name_cell(p, form, lg) if form in p39.NAME_FORMS else p.full
    first, last = p.first, p.last
    ini = first[0] + "."
    return {
        "slash": f"{last.upper()}/{first.upper()}",
        "first_init": f"{first} {last[0]}.",
        "last_comma_init": f"{last}, {ini}",
        "init_nospace": f"{ini}{last}",
        "lower_comma": f"{last.lower()}, {first.lower()}",
        "title_last": f"{title(p, lg)} {last}",
        "first_paren": f"{first} ({last})",
        "last_upper": last.upper(),
    }[form]


def _national(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random | None = None) -> str:
    """One number in one of set 40's layouts (set 39's ``pairs``/``run``/``e164`` among them)."""
    rng = rng or random.Random(0)
    nat = _national(num)
    digits = re.sub(r"\D", "", nat)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    groups = [g for g in re.split(r"[\s\-()]+", nat) if g]
    if layout == "intl":
        return intl
    if layout == "national":
        return nat
    if layout in ("e164", "pairs", "run"):
        return p39.phone_text(num, layout, rng)
    if layout == "slash":
        return f"{groups[0]}/{''.join(groups[1:])}" if len(groups) > 1 else nat
    if layout == "nat_dots":
        return ".".join(groups)
    if layout == "nat_dash":
        return "-".join(groups)
    if layout == "paren0":
        if nat.startswith("0") and len(groups) > 1:
            return f"+{num.country_code} (0){intl.split(' ', 1)[1]}"
        return intl
    if layout == "nat_run":
        return digits
    if layout == "word_before":
        return f"{rng.choice(_WORDS_BEFORE)} {rng.choice((nat, intl))}"
    if layout == "word_after":
        return f"{rng.choice((nat, intl))} {rng.choice(_WORDS_AFTER)}"
    if layout == "ext":
        return f"{nat} ext. {rng.randint(10, 499)}"
    raise ValueError(layout)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally without its area code where the plan has one (set 39's)."""
    return p39.phone_local(num)


def phone_cell(p, rng: random.Random, layouts: list[str], landline: float = 0.0, both: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts, now and then both numbers (``;``, ``or``,
    ``/``)."""
    num = p.landline if p.landline is not None and rng.random() < landline else p.mobile
    if num is None:
        num = p.landline
    text = phone_text(num, rng.choice(layouts), rng)
    if both and rng.random() < both and p.landline is not None and p.mobile is not None:
        other = p.landline if num is p.mobile else p.mobile
        text += rng.choice(("; ", " or ", " / ")) + phone_text(other, rng.choice(layouts[:2] or ["intl"]), rng)
    return text


# Header styles of set 40 (one per mangled table).
STYLES = ("hungarian", "type_suffix", "colon", "sort_arrow", "bilingual", "spelled", "table_dot", "lower_space", "sql")
_LOST = ("Unnamed: {i}", "Field{j}", "(blank)")
_SQL = {"name": "nm", "first": "fname", "surname": "sname", "last": "lname", "phone": "tel", "mobile": "mob",
        "email": "eml", "address": "addr", "street": "str", "postcode": "pcode", "town": "twn", "date": "dt",
        "birth": "dob", "number": "no", "contact": "cont", "parent": "par", "owner": "own", "member": "mbr",
        "customer": "cust", "emergency": "emerg", "notes": "nts", "comments": "cmts"}  # fmt: skip


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", header) if w]


def mangle(headers: list[str], english: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 40 writes them (one style for the table), now and then one lost header (never
    the one at ``keep``: the notes); ``english`` are the same headers in English (for the bilingual style).
    Returns the headers and the style."""
    style = rng.choice(STYLES)
    table = rng.choice(("tblLoans", "tbl_Bookings", "qryExport", "Sheet1", "dbo.Register"))
    out = []
    for h, e in zip(headers, english, strict=True):
        words = _words(h)
        if style == "hungarian":
            out.append(rng.choice(("str", "txt", "fld_", "s")) + "".join(w[:1].upper() + w[1:] for w in words))
        elif style == "type_suffix":
            out.append(f"{h} [{rng.choice(('text', 'string', 'varchar(50)'))}]")
        elif style == "colon":
            out.append(f"{h}:")
        elif style == "sort_arrow":
            out.append(f"{h} {rng.choice(('▲', '▼', '↑', '⇅'))}" if rng.random() < 0.4 else h)
        elif style == "bilingual":
            out.append(h if h == e else f"{e} / {h}")
        elif style == "spelled":
            out.append(" ".join(w.upper() for w in words))
        elif style == "table_dot":
            out.append(f"{table}.{''.join(w[:1].upper() + w[1:] for w in words)}")
        elif style == "lower_space":
            out.append(" ".join(w.lower() for w in words))
        else:
            out.append("_".join(_SQL.get(w.lower(), w.lower()[:4]) for w in _words(e)))
    if rng.random() < 0.35:
        i = rng.choice([i for i in range(len(out)) if i != keep % len(out)])
        out[i] = rng.choice(_LOST).format(i=i, j=i + 1)
    return out, style


def lang_of(locale: str) -> str:
    """The language of a locale's notes and headers."""
    return LANG[locale]


def titles_of(lg: str) -> tuple[str, ...]:
    """The courtesy titles of a language (set 40's list)."""
    return TITLES[lg]
