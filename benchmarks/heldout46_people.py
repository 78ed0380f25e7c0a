"""Held-out set 46: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 45's 294 locales take their people from set 45's public generators (``heldout45_people.sources`` / ``person``
/ ``with_surname`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-45's) with set 46's seeds; the
eight new ones from ``heldout46_new8``. What an export does to a fact is set 46's own:

- names as ``Gail Harvey III`` / ``Gail Harvey Snr`` (a generational suffix, roman or abbreviated), ``mum: Gail
  Harvey`` (the relation before a colon, in the table's language: ``Mutter:``, ``maman :``, ``madre:``),
  ``GailHarvey`` (run together in camel case, a login or a tag), ``gail-harvey`` (a URL slug), ``Harvey.Gail`` (a
  directory's surname-dot-given), ``Harvey (G)`` (the initial in brackets after the surname), ``Frau HARVEY, Gail``
  (the local honorific first, the surname in capitals, a comma) and ``HARVEY_Gail`` (an underscore between); the
  relation word follows the person's sex;
  not-Latin, one-name and surname-first names stay whole where a form would reorder or cut them;
- phones with a hash extension (``07406 858784 #204``), the trunk prefix in words in the table's language (``zero
  7406 858784``, ``null 1512 3456789``), two numbers joined by `` & `` or on two lines, the country code in brackets
  after a plus (``+(44) 7406 858784``), full-width digits (``０７４０６ ８５８７８４``) and a WhatsApp link
  (``wa.me/447406858784``);
- headers in eight styles new to the sets: a spreadsheet reference (``Sheet1!Phone``), a Ruby symbol (``:phone``),
  LaTeX bold (``\\textbf{Phone}``), full-width letters (``Ｐｈｏｎｅ``), doubled quotes (``""Phone""``), a scope
  (``row::phone``), a CSS class (``.phone``) and an HTML data attribute (``data-phone``); a lost header as ``F5``,
  ``Field5`` or ``?column?``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import types
import unicodedata

import phonenumbers

import heldout45_people as p45
import heldout46_language as language
import heldout46_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p45.NAME, p45.FIRST, p45.LAST, p45.PHONE, p45.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p45.STREET, p45.ADDRESS, p45.POSTCODE, p45.CITY, p45.DOB
NID, IBAN = p45.NID, p45.IBAN
NAME_FORMS = ("full", "gen_suffix", "rel_colon", "camel", "slug", "surname_dot", "init_paren", "hon_upper_comma",
              "upper_under")  # fmt: skip
COLUMN_FORMS = tuple(f for f in NAME_FORMS if f != "rel_colon")
PHONE_LAYOUTS = ("ext_hash", "pfx_words", "two_amp", "two_lines", "plus_paren_cc", "fullwidth", "wa_link")
STYLES = ("sheet_ref", "ruby_sym", "latex", "fullwidth", "doubled_quotes", "scope", "css_class", "data_attr")
_LOST = ("F{j}", "Field{j}", "?column?")
_SUFFIX = ("II", "III", "IV", "Snr", "Jnr")
_REL = {"en": (("mum:", "gran:", "partner:"), ("dad:", "grandad:", "partner:")),
        "de": (("Mutter:", "Oma:"), ("Vater:", "Opa:")), "fr": (("maman :", "mamie :"), ("papa :", "papi :")),
        "es": (("madre:", "abuela:"), ("padre:", "abuelo:")), "it": (("mamma:", "nonna:"), ("papà:", "nonno:")),
        "nl": (("moeder:", "oma:"), ("vader:", "opa:")), "pt": (("mãe:", "avó:"), ("pai:", "avô:")),
        "da": (("mor:", "mormor:"), ("far:", "farfar:")), "cs": (("matka:", "babička:"), ("otec:", "děda:")),
        "nb": (("mor:", "bestemor:"), ("far:", "bestefar:"))}  # fmt: skip
_HON = {"en": ("Mrs", "Mr"), "de": ("Frau", "Herr"), "fr": ("Mme", "M."), "es": ("Sra.", "Sr."),
        "it": ("Sig.ra", "Sig."),
        "nl": ("mevr.", "dhr."), "pt": ("Sra.", "Sr."), "da": ("fru", "hr."), "cs": ("paní", "pan"),
        "nb": ("fru", "herr")}  # fmt: skip


def sources(locale: str, seed: int):
    """What set 45's generators draw a locale's people from (nothing for set 46's new 8)."""
    return None if locale in new8.NEW8_46 else p45.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 45's generators, or ``heldout46_new8``)."""
    if locale in new8.NEW8_46:
        return new8.person(locale, rng, child)
    return p45.person(locale, src, rng, child)


def with_surname(p: types.SimpleNamespace, last: str) -> types.SimpleNamespace:
    """The person with another surname (a child with a parent's); in jv_ID and lg_UG a child keeps its own name."""
    if p.locale in new8.NEW8_46:
        if p.locale in new8.OWN_NAME:
            return p
        if p.locale == "tt_RU":
            last = last if not p.female or last.endswith("а") else last + "а"
            last = last[:-1] if not p.female and last.endswith("а") else last
            return types.SimpleNamespace(**{**vars(p), "last": last, "full": f"{p.first} {last}", "alt": None})
        if p.locale == "pa_IN":
            return p
        return types.SimpleNamespace(**{**vars(p), "last": last, "full": f"{p.first} {last}", "alt": None})
    return p45.with_surname(p, last)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 45's rule; the new not-Latin ones:
    romanised)."""
    if p.locale in new8.NEW8_46:
        return p.alt
    return p45.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_46:
        return p.locale not in new8.NOT_LATIN
    return p45.latin(p)


def whole_only(p) -> bool:
    """A name no form may reorder or cut: not Latin, Javanese (no family name), one name only, or not
    given-name-then-surname."""
    return not latin(p) or p.locale == "jv_ID" or p.first == p.last or p.full != f"{p.first} {p.last}"


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if p.locale in new8.NEW8_46:
        by = {"ff": ("Mme", "M."), "jv": ("Bu", "Pak"), "tt": ("Ханым", "Әфәнде"), "pa": ("ਸ੍ਰੀਮਤੀ", "ਸਰਦਾਰ"),
              "xh": ("Nkosikazi", "Mnumzana"), "lg": ("Nnyabo", "Ssebo"), "ht": ("Madan", "Msye"),
              "kmr": ("Xanim", "Birêz")}  # fmt: skip
        pair = by[p.locale.split("_")[0]]
        if lg == "en" and p.locale not in ("jv_ID", "tt_RU", "pa_IN"):
            pair = ("Mrs", "Mr")
        return pair[0 if p.female else 1]
    return p45.title(p, lg)


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", text).lower())


def _cap(text: str) -> str:
    a = _ascii(text)
    return a[:1].upper() + a[1:]


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None) -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); a whole-only name stays whole where a
    form would reorder or cut it."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    if form == "rel_colon":
        return f"{rng.choice(_REL.get(lg, _REL['en'])[0 if p.female else 1])} {full}"
    if form == "gen_suffix" and latin(p):
        return f"{full} {rng.choice(_SUFFIX)}"
    if whole_only(p) or form == "full":
        return full
    if form == "camel":
        return f"{_cap(first)}{_cap(last)}"
    if form == "slug":
        return f"{_ascii(first)}-{_ascii(last)}"
    if form == "surname_dot":
        return f"{last}.{first}"
    if form == "init_paren":
        return f"{last} ({first[0]})"
    if form == "hon_upper_comma":
        return f"{_HON.get(lg, _HON['en'])[0 if p.female else 1]} {last.upper()}, {first}"
    if form == "upper_under":
        return f"{last.upper()}_{first}"
    return full


def _national(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _intl(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_ZERO = {"en": "zero", "de": "null", "fr": "zéro", "es": "cero", "it": "zero", "nl": "nul", "pt": "zero",
         "da": "nul", "cs": "nula", "nb": "null", "ht": "zewo", "kmr": "sifir", "jv": "nol", "xh": "zero"}  # fmt: skip
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _pfx_words(national: str, lg: str) -> str:
    """A national number whose leading trunk zero is said in words (a number without one: its first digit)."""
    if national.startswith("0"):
        return f"{_ZERO.get(lg, 'zero')} {national[1:].lstrip()}"
    if national.startswith("(0"):
        return f"{_ZERO.get(lg, 'zero')} {national[2:].replace(')', '', 1).lstrip()}"
    return national


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random, lg: str = "en") -> str:
    """One number in one of set 46's layouts (``PHONE_LAYOUTS``; the two-number ones need two: see
    :func:`phone_cell`), or set 45's (``heldout45_people.phone_text``)."""
    national = _national(num)
    if layout == "ext_hash":
        return f"{national} #{rng.randint(2, 399)}"
    if layout == "pfx_words":
        return _pfx_words(national, lg)
    if layout == "plus_paren_cc":
        return f"+({num.country_code}) " + _intl(num).split(" ", 1)[1]
    if layout == "fullwidth":
        return national.translate(_FULL)
    if layout == "wa_link":
        return f"wa.me/{num.country_code}{phonenumbers.national_significant_number(num)}"
    if layout in ("two_amp", "two_lines"):
        return national
    return p45.phone_text(num, layout, rng, lg)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 45's rule)."""
    return p45.phone_local(num)


def phone_bare(num: phonenumbers.PhoneNumber) -> str:
    """The national digits run together."""
    return p45.phone_bare(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts; ``two_amp`` / ``two_lines``: the mobile and
    the landline joined by `` & `` or a line break."""
    layout = rng.choice(layouts)
    if layout == "two_amp":
        return f"{_national(p.mobile)} & {_national(p.landline)}"
    if layout == "two_lines":
        return f"{_national(p.mobile)}\n{_national(p.landline)}"
    num = p.landline if rng.random() < landline else p.mobile
    return phone_text(num, layout, rng, lg)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?]+", header) if w]


_FW = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}


def style_header(header: str, style: str, i: int, rng: random.Random) -> str:
    """One header in one of set 46's styles (``STYLES``)."""
    words = _words(header) or [header]
    if style == "sheet_ref":
        return f"Sheet1!{header}"
    if style == "ruby_sym":
        return ":" + "_".join(w.lower() for w in words)
    if style == "latex":
        return "\\textbf{" + header + "}"
    if style == "fullwidth":
        return "".join(_FW.get(c, c) for c in header)
    if style == "doubled_quotes":
        return f'""{header}""'
    if style == "scope":
        return "row::" + "_".join(w.lower() for w in words)
    if style == "css_class":
        return "." + "-".join(w.lower() for w in words)
    if style == "data_attr":
        return "data-" + "-".join(w.lower() for w in words)
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 46 writes them (one style for the table), now and then one lost header (never
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


def id_cell(p, lg: str, rng: random.Random) -> str:
    """An id number in a cell: bare, with the expiry after in brackets, or with the document's kind before a
    slash."""
    if not p.nid:
        return ""
    k = rng.random()
    if k < 0.5:
        return p.nid
    if k < 0.75:
        return f"{p.nid} (exp. {rng.randint(2027, 2036)}-{rng.randint(1, 12):02d})"
    return f"{rng.choice(('ID', 'NIC', 'DOC'))}/ {p.nid}"


def age_of(p) -> int:
    """Whole years of the person today."""
    return language.age_on(dt.date.fromisoformat(language.iso_of(p.dob)))
