"""Held-out set 44: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 43's 278 locales take their people from set 43's public generators (``heldout43_people.sources`` / ``person``
/ ``with_surname`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-43's) with set 44's seeds; the
eight new ones from ``heldout44_new8``. What an export does to a fact is set 44's own:

- names as ``Gail & Tom Harvey`` (a couple sharing the surname), ``Dr G. Harvey MBE`` (a title, an initial and
  post-nominal letters), ``Harvey, G. (Gail)`` (surname, initial and the given name in brackets), ``G HARVEY`` (a
  bare initial and the surname in capitals), ``gail.harvey`` (a login handle), ``Gail Harvey (née Patel)`` (a
  maiden name), ``Harvey G`` (the surname and a bare initial) and ``Gail [Harvey]`` (the surname in square
  brackets); Fiji's chiefly titles (``Ratu``, ``Adi``) before the name;
- phones as ``00 44 7406 858784`` (the international prefix spaced), ``+44(0)7406-858-784`` (the trunk zero in
  brackets, no spaces, dashes), a marker word in the table's language before (``Mobilfunk``, ``GSM``, ``cel.``,
  ``Fax/Tel``), ``0740/6858/784`` (split over slashes), ``07406 858784 nur SMS`` (a word after in the table's
  language), in fours from the left (``0740 6858 784``) and ``44-7406-858784`` (the country code with dashes, no
  plus);
- headers in eight styles new to the sets: an HTML cell (``<th>Phone</th>``), single quotes (``'Phone'``), the
  spreadsheet column's letter (``C - Phone``), a key-value export's ``Phone=``, Markdown bold (``**Phone**``), words
  joined by ``~`` (``Customer~name``), Python's dunder (``__phone__``) and a template variable (``$phone``); a lost
  header as ``_c4`` (Spark), ``X.4`` (R's ``check.names``) or ``blank_5``.
"""

from __future__ import annotations

import random
import re
import types
import unicodedata

import phonenumbers

import heldout43_people as p43
import heldout44_language as language
import heldout44_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p43.NAME, p43.FIRST, p43.LAST, p43.PHONE, p43.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p43.STREET, p43.ADDRESS, p43.POSTCODE, p43.CITY, p43.DOB
NID, IBAN = p43.NID, p43.IBAN
NAME_FORMS = ("full", "amp_couple", "honours", "comma_init_given", "init_upper", "handle", "nee", "last_bare_init",
              "square_last")  # fmt: skip
COLUMN_FORMS = NAME_FORMS
PHONE_LAYOUTS = ("zerozero_spaced", "plus0_dashes", "marker_before", "split_slash", "word_after", "fours", "cc_dash")
STYLES = ("html_th", "single_quoted", "col_letter", "key_equals", "md_bold", "tilde", "dunder", "dollar")
_LOST = ("_c{i}", "X.{i}", "blank_{j}")
_HONOURS = ("MBE", "OBE", "BEM", "PhD", "MSc", "JP", "FRCS", "QC")
_PARTNER = {"en": ("Tom", "Sue", "Pat", "Jo", "Alan", "Ann"), "de": ("Klaus", "Petra", "Uwe"), "fr": ("Luc", "Anne"),
            "es": ("Pepe", "Carmen"), "it": ("Gino", "Rita"), "nl": ("Kees", "Ans"), "pt": ("Zé", "Rosa"),
            "da": ("Ole", "Bente"), "cs": ("Jirka", "Jana")}  # fmt: skip


def sources(locale: str, seed: int):
    """What set 43's generators draw a locale's people from (nothing for set 44's new 8)."""
    return None if locale in new8.NEW8_44 else p43.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 43's generators, or ``heldout44_new8``)."""
    if locale in new8.NEW8_44:
        return new8.person(locale, rng, child)
    return p43.person(locale, src, rng, child)


def with_surname(p: types.SimpleNamespace, last: str) -> types.SimpleNamespace:
    """The person with another surname (a child with a parent's; a patronymic child takes the father's given name:
    the same rule, the parent's ``first`` is passed)."""
    if p.locale in new8.NEW8_44:
        full = f"{p.first}་{last}" if p.locale == "bo_CN" else f"{p.first} {last}"
        return types.SimpleNamespace(**{**vars(p), "last": last, "full": full, "alt": None})
    return p43.with_surname(p, last)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 43's rule; the new not-Latin ones:
    romanised)."""
    if p.locale in new8.NEW8_44:
        return p.alt
    return p43.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_44:
        return p.locale not in new8.NOT_LATIN
    return p43.latin(p)


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if p.locale in new8.NEW8_44:
        by = {"wo": ("Mme", "M."), "qu": ("Sra.", "Sr."), "gn": ("Sra.", "Sr."), "om": ("Aadde", "Obbo"),
              "fj": ("Adi", "Ratu") if sum(map(ord, p.full)) % 3 == 0 else ("Mrs", "Mr"), "ug": ("خانىم", "ئەپەندى"),
              "bo": ("Ms", "Mr"), "ti": ("ወይዘሮ", "ኣቶ")}  # fmt: skip
        pair = by.get(p.locale.split("_")[0], ("Mrs", "Mr"))
        if lg == "en" and p.locale.split("_")[0] not in ("fj",):
            pair = ("Mrs", "Mr")
        return pair[0 if p.female else 1]
    return p43.title(p, lg)


def _handle(p, rng: random.Random) -> str:
    first = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", p.first).lower())
    last = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", p.last).lower())
    return rng.choice((f"{first}.{last}", f"{first[:1]}{last}", f"{first}_{last}{rng.randint(1, 99)}"))


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None) -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); not-Latin names stay whole."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    if p.locale == "fj_FJ" and form in ("full", "init_upper") and rng.random() < 0.3:
        return f"{title(p, 'fj')} {full if form == 'full' else f'{first[0]} {last.upper()}'}"
    if not latin(p) or form == "full" or full != f"{first} {last}":
        return full
    if form == "amp_couple":
        partner = rng.choice(_PARTNER.get(lg, _PARTNER["en"]))
        return f"{first} & {partner} {last}" if rng.random() < 0.5 else f"{partner} & {first} {last}"
    if form == "honours":
        return f"{rng.choice(('Dr', 'Dr.', 'Prof.', 'Rev.'))} {first[0]}. {last} {rng.choice(_HONOURS)}"
    if form == "comma_init_given":
        return f"{last}, {first[0]}. ({first})"
    if form == "init_upper":
        return f"{first[0]} {last.upper()}"
    if form == "handle":
        return _handle(p, rng)
    if form == "nee" and p.locale in ("om_ET", "qu_PE"):  # a patronymic or a double surname: no maiden name
        return full
    if form == "nee":
        maiden = rng.choice(("Patel", "Smith", "Moreau", "Rossi", "Jansen", "Novák", "Silva", "Keller"))
        return f"{first} {last} (née {maiden})" if p.female else full
    if form == "last_bare_init":
        return f"{last} {first[0]}"
    if form == "square_last":
        return f"{first} [{last}]"
    return full


def _national(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _intl(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_MARKER = {"en": ("Fax/Tel", "Cell#", "Mob.no"), "de": ("Mobilfunk", "Festnetz", "Fax/Tel."),
           "fr": ("GSM", "Fixe", "Tél/Fax"), "es": ("cel.", "Fijo", "Tlf/Fax"), "it": ("cell.", "Fisso", "Tel/Fax"),
           "nl": ("GSM", "Vast", "Tel/Fax"), "pt": ("tlm", "Fixo", "Tel/Fax"), "da": ("mob.", "Fastnet"),
           "cs": ("mob.", "pevná"), "nb": ("mob.", "fasttlf"), "wo": ("Portable", "Fixe"), "qu": ("Celular",),
           "gn": ("Celular", "Línea baja"), "om": ("Bilbila", "Mob."), "fj": ("Mob", "Fiji Ph")}  # fmt: skip
_AFTER = {"en": ("text only", "eves", "not Sundays"), "de": ("nur SMS", "abends"), "fr": ("SMS uniquement", "le soir"),
          "es": ("solo WhatsApp", "por la tarde"), "it": ("solo SMS", "la sera"), "nl": ("alleen sms", "'s avonds"),
          "pt": ("só SMS", "à noite"), "da": ("kun sms", "om aftenen"), "cs": ("jen SMS", "večer"),
          "nb": ("kun SMS", "kveld"), "wo": ("WhatsApp rekk",), "qu": ("WhatsApp nisqalla",),
          "gn": ("WhatsApp añoite",), "om": ("WhatsApp qofa",), "fj": ("text ga",)}  # fmt: skip


def _split_slash(digits: str) -> str:
    """The national digits split over two slashes: 4, 4, the rest."""
    return f"{digits[:4]}/{digits[4:8]}/{digits[8:]}" if len(digits) > 9 else f"{digits[:3]}/{digits[3:6]}/{digits[6:]}"


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random, lg: str = "en") -> str:
    """One number in one of set 44's layouts (``PHONE_LAYOUTS``), or set 43's (``heldout43_people.phone_text``)."""
    national = _national(num)
    digits = re.sub(r"\D", "", national)
    nsn = phonenumbers.national_significant_number(num)
    if layout == "zerozero_spaced":
        return f"00 {num.country_code} " + _intl(num).split(" ", 1)[1]
    if layout == "plus0_dashes":
        trunk = "(0)" if digits.startswith("0") else ""
        groups = [nsn[:4], nsn[4:7], nsn[7:]] if len(nsn) > 7 else [nsn[:3], nsn[3:]]
        return f"+{num.country_code}{trunk}" + "-".join(g for g in groups if g)
    if layout == "marker_before":
        return f"{rng.choice(_MARKER.get(lg, _MARKER['en']))} {national}"
    if layout == "split_slash":
        return _split_slash(digits)
    if layout == "word_after":
        return f"{national} {rng.choice(_AFTER.get(lg, _AFTER['en']))}"
    if layout == "fours":
        return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    if layout == "cc_dash":
        return f"{num.country_code}-" + "-".join(
            x for x in (nsn[:4], nsn[4:]) if x
        )
    return p43.phone_text(num, layout, rng, lg)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 43's rule)."""
    return p43.phone_local(num)


def phone_bare(num: phonenumbers.PhoneNumber) -> str:
    """The national digits run together."""
    return p43.phone_bare(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0,
               both: float = 0.0) -> str:  # fmt: skip
    """A person's phone cell: one number in one of the column's layouts, now and then both numbers over a slash with
    their markers (``Festnetz 0301234567 / Mobilfunk 0151 2345678``)."""
    if rng.random() < both:
        marks = _MARKER.get(lg, _MARKER["en"])
        return f"{marks[-1]} {_national(p.landline)} / {marks[0]} {_national(p.mobile)}"
    num = p.landline if rng.random() < landline else p.mobile
    return phone_text(num, rng.choice(layouts), rng, lg)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?]+", header) if w]


def _letter(i: int) -> str:
    return ("" if i < 26 else chr(64 + i // 26)) + chr(65 + i % 26)


def style_header(header: str, style: str, i: int, rng: random.Random) -> str:
    """One header in one of set 44's styles (``STYLES``)."""
    words = _words(header) or [header]
    if style == "html_th":
        return f"<th>{header}</th>"
    if style == "single_quoted":
        return f"'{header}'"
    if style == "col_letter":
        return f"{_letter(i)} - {header}"
    if style == "key_equals":
        return f"{'_'.join(words)}="
    if style == "md_bold":
        return f"**{header}**"
    if style == "tilde":
        return "~".join(words)
    if style == "dunder":
        return "__" + "_".join(w.lower() for w in words) + "__"
    if style == "dollar":
        return "$" + "_".join(w.lower() for w in words)
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 44 writes them (one style for the table), now and then one lost header (never
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
