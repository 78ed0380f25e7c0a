"""Held-out set 42: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 41's 262 locales take their people from set 41's public generators (``heldout41_people.sources`` / ``person``
/ ``with_surname`` / ``second_script`` / ``latin`` / ``name_cell`` / ``phone_text``, which call sets 32-41's) with
set 42's seeds; the eight new ones from ``heldout42_new8``. What an export does to a fact is mostly set 42's own:
names as ``Harvey, Gail`` with ``Mrs G. Harvey`` (a title and an initial), ``HARVEY/GAIL MRS`` (a travel
manifest), ``Harvey (Gail)``, ``Gail "Gee" Harvey`` (a nickname in quotes), ``Gail Harvey (mum)`` (a role after),
``GAIL HARVEY``, ``Harvey, G.``, ``gail harvey``, ``Gail Harvey (2)`` (a booking system's duplicate), ``Harvey &
Son``/``Harvey Bros`` (a partnership); phones as ``07406.858.784`` (dots), ``+44 (0)7406 858784`` (the trunk zero in
brackets), ``0044 7406 858784``, ``+447406858784``, ``07406858784``, ``mob 07406 858784`` (a label in the cell),
``07406/858784`` (a slash), ``01330 252288 ext. 21`` and ``07406 858784 (after 6pm)``, two numbers after a slash;
headers in eight styles new to the sets (``CUST_NAME``, ``fld_phone``, ``strName``, ``[Phone]``, ``Phone:``, ``Name
(text)``, ``phone_2``, ``Nm``/``Ph`` abbreviated without dots), a lost header as ``Unnamed: 5`` (pandas),
``field_6`` or ``col6``.
"""

from __future__ import annotations

import random
import re
import types
import unicodedata

import phonenumbers

import heldout41_people as p41
import heldout42_language as language
import heldout42_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p41.NAME, p41.FIRST, p41.LAST, p41.PHONE, p41.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p41.STREET, p41.ADDRESS, p41.POSTCODE, p41.CITY, p41.DOB
NID, IBAN = p41.NID, p41.IBAN
NAME_FORMS = ("full", "last_comma_first", "title_init_last", "upper_slash", "last_paren_first", "nickname",
              "with_role", "upper_full", "last_comma_init", "lower_full", "dup_number")  # fmt: skip
# The forms a column mixes (a role after the name only where a column holds carers, a duplicate's number rarely).
COLUMN_FORMS = tuple(f for f in NAME_FORMS if f not in ("with_role", "dup_number"))
PHONE_LAYOUTS = ("dots", "plus_zero", "double_zero", "e164", "bare", "labelled", "slash", "ext", "when")
STYLES = ("upper_snake", "db_prefix", "hungarian", "bracketed", "colon", "typed", "suffix_num", "abbrev")
_NICK = {"a": "Ace", "b": "Bee", "c": "Cee", "d": "Dee", "g": "Gee", "j": "Jay", "k": "Kay", "m": "Mo", "s": "Sonny",
         "t": "Tiny", "r": "Red", "p": "Pip", "l": "Lofty", "e": "Eddie"}  # fmt: skip
_ROLES = {"en": ("mum", "dad", "gran", "carer"), "de": ("Mutter", "Vater", "Oma"), "fr": ("mère", "père", "mamie"),
          "es": ("madre", "padre", "abuela"), "it": ("mamma", "papà", "nonna"), "nl": ("moeder", "vader", "oma"),
          "pt": ("mãe", "pai", "avó"), "da": ("mor", "far", "mormor"), "cs": ("matka", "otec", "babička")}  # fmt: skip


def sources(locale: str, seed: int):
    """What set 41's generators draw a locale's people from (nothing for set 42's new 8)."""
    return None if locale in new8.NEW8_42 else p41.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 41's generators, or ``heldout42_new8``)."""
    if locale in new8.NEW8_42:
        return new8.person(locale, rng, child)
    return p41.person(locale, src, rng, child)


def with_surname(p: types.SimpleNamespace, last: str) -> types.SimpleNamespace:
    """The person with another surname (a child with a parent's)."""
    if p.locale in new8.NEW8_42:
        return types.SimpleNamespace(**{**vars(p), "last": last, "full": f"{p.first} {last}"})
    return p41.with_surname(p, last)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 41's rule)."""
    return None if p.locale in new8.NEW8_42 else p41.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    return True if p.locale in new8.NEW8_42 else p41.latin(p)


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if lg in ("da", "cs"):
        return {"da": ("Fru", "Hr"), "cs": ("paní", "pan")}[lg][0 if p.female else 1]
    return p41.title(p, lg if lg in ("en", "de", "fr", "es", "it", "nl", "pt") else "en")


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None) -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); not-Latin names stay whole."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    if not latin(p) or form == "full" or full != f"{first} {last}":
        return full
    if form == "last_comma_first":
        return f"{last}, {first}"
    if form == "title_init_last":
        return f"{title(p, lg)} {first[0]}. {last}"
    if form == "upper_slash":
        return f"{last.upper()}/{first.upper()} {title(p, 'en').upper()}"
    if form == "last_paren_first":
        return f"{last} ({first})"
    if form == "nickname":
        return f'{first} "{_NICK.get(_fold(first[0]), first[:3])}" {last}'
    if form == "with_role":
        return f"{full} ({rng.choice(_ROLES.get(lg, _ROLES['en']))})"
    if form == "upper_full":
        return full.upper()
    if form == "last_comma_init":
        return f"{last}, {first[0]}."
    if form == "lower_full":
        return full.lower()
    if form == "dup_number":
        return f"{full} ({rng.randint(2, 3)})"
    return p41.name_cell(p, form, lg if lg in ("en", "de", "fr", "es", "it", "nl", "pt") else "en")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text)[:1].lower()


def _national(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _intl_rest(num: phonenumbers.PhoneNumber) -> str:
    """The international form without ``+CC ``."""
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL).split(" ", 1)[1]


_LABELS = {"en": ("mob", "Tel:", "tel.", "M"), "de": ("Handy", "Tel.", "mobil"), "fr": ("port.", "tél.", "Tél :"),
           "es": ("móvil", "tlf.", "Tel."), "it": ("cell.", "tel.", "Cell:"), "nl": ("mob.", "tel.", "GSM"),
           "pt": ("tlm", "tel.", "Telem."), "da": ("mobil", "tlf.", "Tlf:"),
           "cs": ("mob.", "tel.", "Tel:")}  # fmt: skip
_WHEN = {"en": ("(after 6pm)", "(work)", "(wife's)", "- evenings"), "de": ("(ab 18 Uhr)", "(Arbeit)"),
         "fr": ("(après 18h)", "(travail)"), "es": ("(tardes)", "(trabajo)"), "it": ("(dopo le 18)", "(lavoro)"),
         "nl": ("(na 18u)", "(werk)"), "pt": ("(depois das 18h)", "(trabalho)"), "da": ("(efter kl. 18)",),
         "cs": ("(po 18h)", "(práce)")}  # fmt: skip


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random, lg: str = "en") -> str:
    """One number in one of set 42's layouts (``PHONE_LAYOUTS``), or set 41's (``heldout41_people.phone_text``)."""
    national = _national(num)
    digits = re.sub(r"\D", "", national)
    trunk = national.startswith("0") or national.startswith("(0")
    if layout == "dots":
        return re.sub(r"[\s()-]+", ".", national).strip(".")
    if layout == "plus_zero":
        if not trunk:
            return f"+{num.country_code} {_intl_rest(num)}"
        return f"+{num.country_code} (0){_intl_rest(num)}"
    if layout == "double_zero":
        return f"00{num.country_code} {_intl_rest(num)}"
    if layout == "e164":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if layout == "bare":
        return digits
    if layout == "labelled":
        return f"{rng.choice(_LABELS.get(lg, _LABELS['en']))} {national}"
    if layout == "slash":
        parts = national.replace("(", "").replace(")", "").split(" ", 1)
        return f"{parts[0]}/{parts[1]}" if len(parts) == 2 else national
    if layout == "ext":
        return f"{national} ext. {rng.randint(2, 49)}" if lg == "en" else f"{national} -{rng.randint(2, 49)}"
    if layout == "when":
        return f"{national} {rng.choice(_WHEN.get(lg, _WHEN['en']))}"
    return p41.phone_text(num, layout, rng)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 41's rule)."""
    return p41.phone_local(num)


def phone_bare(num: phonenumbers.PhoneNumber) -> str:
    """The national digits run together."""
    return p41.phone_bare(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0,
               both: float = 0.0) -> str:  # fmt: skip
    """A person's phone cell: one number in one of the column's layouts (an extension only on a landline), now
    and then both numbers after a slash or a comma."""
    use_land = rng.random() < landline
    num = p.landline if use_land else p.mobile
    layout = rng.choice(layouts)
    if layout == "ext" and not use_land:
        layout = "when"
    text = phone_text(num, layout, rng, lg)
    if rng.random() < both:
        other = p.mobile if use_land else p.landline
        text += rng.choice((" / ", ", ", " or ")) + phone_text(other, "national", rng, lg)
    return text


_ABBREV = {"name": "Nm", "phone": "Ph", "mobile": "Mob", "address": "Addr", "email": "Eml", "street": "Str",
           "postcode": "PCd", "town": "Twn", "date": "Dt", "birth": "DOB", "number": "No", "customer": "Cust",
           "client": "Clt", "notes": "Nts", "contact": "Cnt", "surname": "Snm", "first": "Fst"}  # fmt: skip
_TYPES = {"str": "text", "num": "number"}


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?]+", header) if w]


def style_header(header: str, style: str, i: int, rng: random.Random) -> str:
    """One header in one of set 42's styles (``STYLES``)."""
    words = _words(header) or [header]
    if style == "upper_snake":
        return "_".join(w.upper() for w in words)
    if style == "db_prefix":
        return rng.choice(("fld_", "tbl_", "f_")) + "_".join(w.lower() for w in words)
    if style == "hungarian":
        return rng.choice(("str", "txt", "s")) + "".join(w[:1].upper() + w[1:].lower() for w in words)
    if style == "bracketed":
        return f"[{header}]"
    if style == "colon":
        return f"{header}:"
    if style == "typed":
        return f"{header} ({rng.choice(('text', 'string', 'varchar(50)'))})"
    if style == "suffix_num":
        return "_".join(w.lower() for w in words) + f"_{i + 1}"
    if style == "abbrev":
        return "".join(_ABBREV.get(w.lower(), w[:3].capitalize()) for w in words[:2])
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 42 writes them (one style for the table), now and then one lost header (never
    the one at ``keep``: the notes); duplicates get a number. Returns the headers and the style."""
    style = rng.choice(STYLES)
    out = [style_header(h, style, i, rng) for i, h in enumerate(headers)]
    if rng.random() < 0.35:
        lost = rng.choice([i for i in range(len(out)) if i != keep])
        out[lost] = rng.choice((f"Unnamed: {lost}", f"field_{lost + 1}", f"col{lost + 1}"))
    seen: dict[str, int] = {}
    for i, h in enumerate(out):
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            out[i] = f"{h}.{seen[h] - 1}"
    return out, style


def dob_cell(p, locale: str, layouts: list[str], rng: random.Random) -> str:
    """A birth date in one of the column's layouts."""
    return language.fmt_date(language.iso_of(p.dob), locale, rng.choice(layouts))
