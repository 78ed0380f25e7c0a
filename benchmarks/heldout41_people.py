"""Held-out set 41: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 40's 254 locales take their people from the earlier sets' public generators (``heldout40_people.sources`` /
``person``, which call sets 32-40's), with set 41's seeds; the eight new ones from ``heldout41_new8``. What an
export does to a fact is set 41's own: names as ``Mrs Carol Haynes`` (a title before the whole name), ``Haynes
Carol`` (surname first, no comma), ``HAYNES, Carol (Mrs)``, ``Carol & Mike Haynes`` (a couple in one cell), ``Mr &
Mrs Haynes``, ``Haynes C`` (an initial without a dot), ``C.A. Haynes`` (two initials), ``haynes carol``, ``HAYNES
C.``, ``Haynes family``, ``Carol H`` (no dot), ``carol HAYNES``, ``Carol  Haynes `` (stray spaces); phones with the
country code and no plus (``44 20 7946 0018``), en dashes (``020–7946–0018``), no-break spaces, a float's tail
(``442079460018.0``, a number column read as a float), a spreadsheet's apostrophe (``'020 7946 0018``), the area
code in brackets (``(020) 7946 0018``, NANP ``1-767-440-2014``), the digits in threes (``020 794 600 18``), two
numbers on two lines of one cell; headers as a form's question (``Best number to reach you?``), with a required
star (``Phone *``), numbered (``03_Phone``), a JSON path (``customer.phone``), kebab case (``mobile-no``), camel
case in the table's language (``telefonoMovil``), with stray spaces (`` Name  ``), abbreviated with dots (``Cust.
nm.``); a lost header written as ``Column5`` (Power Query), ``F5`` (an Access import) or ``?``.
"""

from __future__ import annotations

import random
import re
import types

import phonenumbers

import heldout40_people as p40
import heldout41_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p40.NAME, p40.FIRST, p40.LAST, p40.PHONE, p40.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p40.STREET, p40.ADDRESS, p40.POSTCODE, p40.CITY, p40.DOB
NID, IBAN = p40.NID, p40.IBAN

NAME_FORMS = ("full", "title_full", "last_space_first", "upper_comma_title", "couple", "mr_mrs", "last_init_nodot",
              "inits_last", "lower_last_first", "upper_last_init", "family", "first_lastinit", "lower_upper",
              "spaced")  # fmt: skip
PHONE_LAYOUTS = ("intl", "national", "cc_no_plus", "en_dash", "nbsp", "float_tail", "apostrophe", "brackets_trunk",
                 "grouped3")  # fmt: skip
STYLES = ("form_question", "required_star", "numbered", "json_path", "kebab", "camel_local", "padded",
          "abbrev_dots")  # fmt: skip
_LOST = ("Column{j}", "F{j}", "?")
_TITLE_PAIR = {"en": ("Mrs", "Mr"), "de": ("Frau", "Herr"), "fr": ("Mme", "M."), "es": ("Sra.", "Sr."),
               "it": ("Sig.ra", "Sig."), "nl": ("mevr.", "dhr."), "pt": ("Sra.", "Sr."), "sv": ("fru", "herr"),
               "pl": ("Pani", "Pan")}  # fmt: skip
_AND = {"en": "&", "de": "u.", "fr": "et", "es": "y", "it": "e", "nl": "en", "pt": "e", "sv": "och", "pl": "i"}
_FAMILY = {"en": "{x} family", "de": "Familie {x}", "fr": "Famille {x}", "es": "Familia {x}", "it": "Famiglia {x}",
           "nl": "Fam. {x}", "pt": "Família {x}", "sv": "Familjen {x}", "pl": "Rodzina {x}"}  # fmt: skip


def sources(locale: str, seed: int):
    """What the earlier generators draw a locale's people from (nothing for set 41's new 8)."""
    return None if locale in new8.NEW8_41 else p40.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 40's generators, or ``heldout41_new8``)."""
    if locale in new8.NEW8_41:
        return new8.person(locale, rng, child=child)
    return p40.person(locale, src, rng, child=child)


def with_surname(p: types.SimpleNamespace, last: str) -> types.SimpleNamespace:
    """The person with another surname (a child with a parent's), the full name written in the same order."""
    if p.full == f"{p.last} {p.first}":
        return types.SimpleNamespace(**{**vars(p), "last": last, "full": f"{last} {p.first}"})
    if p.full == f"{p.first} {p.last}":
        return types.SimpleNamespace(**{**vars(p), "last": last, "full": f"{p.first} {last}"})
    return p40.with_surname(p, last)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 40's rule; Chad's Arabic script,
    Christmas Island's characters)."""
    if p.locale in new8.NEW8_41:
        return p.alt
    return p40.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    return p40.latin(p)


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    pair = _TITLE_PAIR.get(lg, _TITLE_PAIR["en"])
    return pair[0] if p.female else pair[1]


def name_cell(p, form: str, lg: str = "en", partner: str = "") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); not-Latin names stay whole;
    ``partner``: the given name of the one a couple's cell names too."""
    first, last, full = p.first, p.last, p.full
    if not latin(p) or form == "full":
        return full
    if form == "title_full":
        return f"{title(p, lg)} {full}"
    if form == "last_space_first":
        return f"{last} {first}"
    if form == "upper_comma_title":
        return f"{last.upper()}, {first} ({title(p, lg)})"
    if form == "couple":
        return f"{first} {_AND.get(lg, '&')} {partner or first} {last}" if partner else full
    if form == "mr_mrs":
        pair = _TITLE_PAIR.get(lg, _TITLE_PAIR["en"])
        return f"{pair[1]} {_AND.get(lg, '&')} {pair[0]} {last}"
    if form == "last_init_nodot":
        return f"{last} {first[0]}"
    if form == "inits_last":
        return f"{first[0]}.{chr(65 + (len(full) * 7) % 26)}. {last}"
    if form == "lower_last_first":
        return f"{last} {first}".lower()
    if form == "upper_last_init":
        return f"{last.upper()} {first[0]}."
    if form == "family":
        return _FAMILY.get(lg, _FAMILY["en"]).format(x=last)
    if form == "first_lastinit":
        return f"{first} {last[0]}"
    if form == "lower_upper":
        return f"{first.lower()} {last.upper()}"
    return f"{first}  {last} "


def _national_digits(num: phonenumbers.PhoneNumber) -> str:
    """The number as dialled at home, digits only (the trunk prefix included)."""
    return re.sub(r"\D", "", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL))


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random | None = None) -> str:
    """One number in one of set 41's layouts (``PHONE_LAYOUTS``)."""
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    nanp = num.country_code == 1
    if layout == "intl":
        return intl
    if layout == "national":
        return nat
    if layout == "cc_no_plus":
        return intl.lstrip("+")
    if layout == "en_dash":
        return re.sub(r"[\s\-]+", "–", nat.replace("(", "").replace(")", "")).strip("–")
    if layout == "nbsp":
        return intl.replace(" ", "\u00a0")
    if layout == "float_tail":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164).lstrip("+") + ".0"
    if layout == "apostrophe":
        return "'" + nat
    digits = _national_digits(num)
    if layout == "brackets_trunk":
        if nanp:
            return f"1-{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        head, _, rest = nat.partition(" ")
        return f"({head}) {rest}" if rest and not head.startswith("(") else f"({digits[:3]}) {digits[3:]}"
    return " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally without its area code where the plan has one; else the national digits."""
    nsn = phonenumbers.national_significant_number(num)
    area = phonenumbers.length_of_geographical_area_code(num)
    if area and len(nsn) - area >= 5:
        rest = nsn[area:]
        return f"{rest[:-4]}-{rest[-4:]}" if num.country_code == 1 else rest
    return _national_digits(num)


def phone_bare(num: phonenumbers.PhoneNumber) -> str:
    """The national digits run together (``02079460018``)."""
    return _national_digits(num)


def phone_cell(p, rng: random.Random, layouts: list[str], landline: float = 0.0, both: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts, now and then both numbers (on two lines,
    or after ``M:``/``H:``)."""
    first, second = (p.landline, p.mobile) if rng.random() < landline else (p.mobile, p.landline)
    text = phone_text(first, rng.choice(layouts), rng)
    if rng.random() < both:
        other = phone_text(second, rng.choice(layouts), rng)
        text = rng.choice((f"{text}\n{other}", f"M: {text} H: {other}", f"{text} / {other}"))
    return text


_QUESTIONS = {"name": "Your name", "first": "First name(s)?", "surname": "Surname?", "phone": "Best number to reach "
              "you?", "mobile": "Mobile number (for texts)", "email": "Email address (for confirmation)",
              "address": "Where do you live?", "street": "Street address", "postcode": "Postcode?",
              "town": "Town / village", "dob": "Date of birth (DD/MM/YYYY)"}  # fmt: skip


def _words(h: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", h) if w]


def mangle(
    headers: list[str], keys: list[str], person_keys: set[str], lg: str, rng: random.Random, keep: int = -1
) -> tuple[list[str], str]:
    """Headers as one export of set 41 writes them (one style for the table, ``STYLES``), now and then one lost
    header (never the one at ``keep``: the notes); ``keys`` are the columns' keys, ``person_keys`` the keys of
    columns about the person (a form asks them, a JSON export nests them). Returns the headers and the style."""
    style = rng.choice(STYLES)
    if style == "form_question" and lg != "en":
        style = "required_star"
    group = rng.choice(("customer", "contact", "member", "client", "person"))
    out = []
    for i, (h, k) in enumerate(zip(headers, keys, strict=True)):
        if i == keep:
            out.append(h)
            continue
        words = _words(h)
        if style == "form_question":
            out.append(_QUESTIONS.get(k, h) if k in person_keys else h)
        elif style == "required_star":
            out.append(f"{h} *" if k in person_keys else h)
        elif style == "numbered":
            out.append(f"{i + 1:02d}_{h}")
        elif style == "json_path":
            out.append(f"{group if k in person_keys else 'record'}.{'_'.join(w.lower() for w in words)}")
        elif style == "kebab":
            out.append("-".join(w.lower() for w in words))
        elif style == "camel_local":
            out.append("".join(w.lower() if j == 0 else w[:1].upper() + w[1:].lower() for j, w in enumerate(words)))
        elif style == "padded":
            out.append(rng.choice((f" {h}", f"{h}  ", f" {h} ")))
        else:
            out.append(" ".join(w[:4] + "." if len(w) > 5 else w for w in h.split()))
    if rng.random() < 0.3:
        spots = [i for i in range(len(out)) if i != keep]
        i = rng.choice(spots)
        out[i] = rng.choice(_LOST).format(j=i + 1)
    seen: dict[str, int] = {}
    for i, h in enumerate(out):  # two headers the same: pandas would read the second as ``h.1``
        if h in seen:
            seen[h] += 1
            out[i] = f"{h}.{seen[h]}"
        else:
            seen[h] = 0
    return out, style
