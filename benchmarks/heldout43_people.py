"""Held-out set 43: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 42's 270 locales take their people from set 42's public generators (``heldout42_people.sources`` / ``person``
/ ``with_surname`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-42's) with set 43's seeds; the
eight new ones from ``heldout43_new8``. What an export does to a fact is set 43's own:

- names as ``Gail M. Harvey Jr.`` (a middle initial and a suffix), ``HARVEY Gail`` (the surname in capitals first),
  ``Gail (Gigi) Harvey`` (a nickname in brackets between), ``G.M. Harvey`` (initials only with the surname),
  ``Harvey - Gail`` (a dash between surname and given name), ``harvey gail`` (lower case, surname first),
  ``Harvey Gail (Mrs)`` (the title in brackets after), ``Gail H.`` (the surname shortened to an initial, a booking
  app's privacy form);
- phones with spaces at odd places (``074 06858 784``), with the country's name (``07406 858784 (United Kingdom)``,
  ``UK: 07406 858784``), as ``tel:`` URIs with dashes (``tel:+44-7406-858784``), two labelled numbers in one cell
  (``home: 01330 252288; mobile: 07406 858784``), digits in pairs (``07 40 68 58 78 4``), the country code in
  brackets without ``+`` (``(44) 7406 858784``), the international form with a dot after the code
  (``+44.7406858784``, a domain registry's form) and a note of who answers (``07406 858784 - ask for Gail``);
- headers in eight styles new to the sets: letters spaced out (``N A M E``, a PDF's extraction), an 8.3 short name
  (``CUSTOM~1``), a hash prefix (``#phone``), a printed form's leader dots (``Phone .......``), an XPath
  (``/record/phone``), URL encoding (``Customer%20name``), inverted words (``Name, customer``) and a form's plus
  encoding (``Customer+name``); a lost header as ``V5`` (R's ``read.table``), ``...5`` (readr) or ``<untitled>``.
"""

from __future__ import annotations

import random
import re
import types
import unicodedata

import phonenumbers

import heldout42_people as p42
import heldout43_language as language
import heldout43_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p42.NAME, p42.FIRST, p42.LAST, p42.PHONE, p42.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p42.STREET, p42.ADDRESS, p42.POSTCODE, p42.CITY, p42.DOB
NID, IBAN = p42.NID, p42.IBAN
NAME_FORMS = ("full", "mi_suffix", "upper_last_first", "bracket_nick", "initials_last", "last_dash_first",
              "lower_last_first", "title_after", "first_last_initial")  # fmt: skip
COLUMN_FORMS = NAME_FORMS
PHONE_LAYOUTS = ("odd_spaces", "country_name", "tel_dash", "pairs", "cc_brackets", "dot_after_cc", "ask_for")
STYLES = ("letter_spaced", "short83", "hash", "leader_dots", "xpath", "url_enc", "inverted", "plus_enc")
_NICK = ("Gigi", "Bunny", "Pip", "Bubba", "Coco", "Dodo", "Jojo", "Kiki", "Lulu", "Mimi", "Titch", "Smudge")
_SUFFIX = {"en": ("Jr.", "Sr.", "III", "II"), "es": ("hijo",), "pt": ("Filho", "Neto", "Júnior"),
           "de": ("jun.", "sen."), "fr": ("fils",), "nl": ("jr.", "sr."), "it": ("jr.",)}  # fmt: skip
_MID = "ABCDEFGHJKLMNPRSTW"


def sources(locale: str, seed: int):
    """What set 42's generators draw a locale's people from (nothing for set 43's new 8)."""
    return None if locale in new8.NEW8_43 else p42.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 42's generators, or ``heldout43_new8``)."""
    if locale in new8.NEW8_43:
        return new8.person(locale, rng, child)
    return p42.person(locale, src, rng, child)


def with_surname(p: types.SimpleNamespace, last: str) -> types.SimpleNamespace:
    """The person with another surname (a child with a parent's)."""
    if p.locale in new8.NEW8_43:
        full = f"{last}{p.first}" if p.locale == "ko_KP" else f"{p.first} {last}"
        return types.SimpleNamespace(**{**vars(p), "last": last, "full": full, "alt": None})
    return p42.with_surname(p, last)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 42's rule; ko_KP: romanised)."""
    if p.locale in new8.NEW8_43:
        return p.alt
    return p42.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_43:
        return p.locale != "ko_KP"
    return p42.latin(p)


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if lg == "nb":
        return "fru" if p.female else "herr"
    if lg == "mi":
        return "Whaea" if p.female else "Matua"
    if p.locale == "it_VA" and sum(map(ord, p.full)) % 3 == 0:
        return "Suor" if p.female else ("Don", "Mons.")[sum(map(ord, p.last)) % 2]
    return p42.title(p, lg)


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None) -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); not-Latin names stay whole."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    if not latin(p) or form == "full" or full != f"{first} {last}":
        return full
    if form == "mi_suffix":
        suffix = f" {rng.choice(_SUFFIX[lg])}" if lg in _SUFFIX and not p.female and rng.random() < 0.5 else ""
        return f"{first} {rng.choice(_MID)}. {last}{suffix}"
    if form == "upper_last_first":
        return f"{last.upper()} {first}"
    if form == "bracket_nick":
        return f"{first} ({rng.choice(_NICK)}) {last}"
    if form == "initials_last":
        initials = "".join(f"{w[0]}." for w in first.replace("-", " ").split())
        return f"{initials}{rng.choice(_MID)}. {last}" if rng.random() < 0.5 else f"{initials} {last}"
    if form == "last_dash_first":
        return f"{last} - {first}"
    if form == "lower_last_first":
        return f"{last} {first}".lower()
    if form == "title_after":
        return f"{last} {first} ({title(p, lg)})"
    if form == "first_last_initial":
        return f"{first} {last[0]}."
    return full


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text)[:1].lower()


def _national(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _e164(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


_ASK = {"en": "ask for", "de": "nach {x} fragen", "fr": "demander", "es": "preguntar por", "it": "chiedere di",
        "nl": "vragen naar", "pt": "perguntar por", "da": "spørg efter", "cs": "volat", "nb": "spør etter",
        "mi": "pātai mō"}  # fmt: skip
_P42_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs")
_HOME_MOB = {"en": ("home", "mobile"), "de": ("privat", "mobil"), "fr": ("domicile", "portable"),
             "es": ("casa", "móvil"), "it": ("casa", "cellulare"), "nl": ("thuis", "mobiel"),
             "pt": ("casa", "telemóvel"), "da": ("privat", "mobil"), "cs": ("domů", "mobil"), "nb": ("hjem", "mobil"),
             "mi": ("kāinga", "pūkoro")}  # fmt: skip


def country_name(num: phonenumbers.PhoneNumber) -> str:
    """The number's country in English (``phonenumbers.geocoder``), else its region code."""
    reg = phonenumbers.region_code_for_number(num) or "ZZ"
    try:
        from phonenumbers import geocoder

        return geocoder.country_name_for_number(num, "en") or reg
    except Exception:
        return reg


def _odd_spaces(digits: str, rng: random.Random) -> str:
    """The digits with spaces at places no plan puts them (3, then 5, then the rest)."""
    cuts = sorted(rng.sample(range(2, len(digits) - 1), min(2, max(1, len(digits) - 4))))
    out, prev = [], 0
    for c in cuts:
        out.append(digits[prev:c])
        prev = c
    out.append(digits[prev:])
    return " ".join(x for x in out if x)


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random, lg: str = "en", who: str = "") -> str:
    """One number in one of set 43's layouts (``PHONE_LAYOUTS``), or set 42's (``heldout42_people.phone_text``)."""
    national = _national(num)
    digits = re.sub(r"\D", "", national)
    if layout == "odd_spaces":
        return _odd_spaces(digits, rng)
    if layout == "country_name":
        name = country_name(num)
        return f"{national} ({name})" if rng.random() < 0.5 else f"{name}: {national}"
    if layout == "tel_dash":
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return "tel:" + re.sub(r"[\s()]+", "-", intl).strip("-")
    if layout == "pairs":
        return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
    if layout == "cc_brackets":
        return (
            f"({num.country_code}) "
            + phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL).split(" ", 1)[1]
        )
    if layout == "dot_after_cc":
        return f"+{num.country_code}." + _e164(num)[len(str(num.country_code)) + 1 :]
    if layout == "ask_for":
        ask = _ASK.get(lg, _ASK["en"])
        return f"{national} - {ask.replace('{x}', who)}" if "{x}" in ask else f"{national} - {ask} {who}".rstrip()
    return p42.phone_text(num, layout, rng, lg if lg in _P42_LANGS else "en")


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 42's rule)."""
    return p42.phone_local(num)


def phone_bare(num: phonenumbers.PhoneNumber) -> str:
    """The national digits run together."""
    return p42.phone_bare(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0,
               both: float = 0.0) -> str:  # fmt: skip
    """A person's phone cell: one number in one of the column's layouts, now and then both numbers labelled
    (``home: ...; mobile: ...``)."""
    if rng.random() < both:
        home, mob = _HOME_MOB.get(lg, _HOME_MOB["en"])
        return f"{home}: {_national(p.landline)}; {mob}: {_national(p.mobile)}"
    num = p.landline if rng.random() < landline else p.mobile
    layout = rng.choice(layouts)
    who = p.first if latin(p) else p.full
    return phone_text(num, layout, rng, lg, who)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?]+", header) if w]


def style_header(header: str, style: str, i: int, rng: random.Random) -> str:
    """One header in one of set 43's styles (``STYLES``)."""
    words = _words(header) or [header]
    if style == "letter_spaced":
        return "  ".join(" ".join(w.upper()) for w in words)
    if style == "short83":
        squashed = re.sub(r"[^A-Za-z0-9]", "", unicodedata.normalize("NFKD", header)).upper()
        return squashed if len(squashed) <= 8 else f"{squashed[:6]}~{1 + i % 3}"
    if style == "hash":
        return "#" + "_".join(w.lower() for w in words)
    if style == "leader_dots":
        return f"{header} " + "." * rng.randint(5, 12)
    if style == "xpath":
        return rng.choice(("/record/", "/row/", "//item/")) + "_".join(w.lower() for w in words)
    if style == "url_enc":
        return "%20".join(words)
    if style == "inverted":
        return f"{words[-1]}, {' '.join(words[:-1]).lower()}" if len(words) > 1 else header
    if style == "plus_enc":
        return "+".join(words)
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 43 writes them (one style for the table), now and then one lost header (never
    the one at ``keep``: the notes); duplicates get a number. Returns the headers and the style."""
    style = rng.choice(STYLES)
    out = [style_header(h, style, i, rng) for i, h in enumerate(headers)]
    if rng.random() < 0.35:
        lost = rng.choice([i for i in range(len(out)) if i != keep])
        out[lost] = rng.choice((f"V{lost + 1}", f"...{lost + 1}", "<untitled>"))
    seen: dict[str, int] = {}
    for i, h in enumerate(out):
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            out[i] = f"{h}.{seen[h] - 1}"
    return out, style


def dob_cell(p, locale: str, layouts: list[str], rng: random.Random) -> str:
    """A birth date in one of the column's layouts."""
    return language.fmt_date(language.iso_of(p.dob), locale, rng.choice(layouts))
