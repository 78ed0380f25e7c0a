"""Held-out set 48: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 47's 310 locales take their people from set 47's public generators (``heldout47_people.sources`` / ``person``
/ ``with_surname`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-47's) with set 48's seeds; the
eight new ones from ``heldout48_new8``. What an export does to a fact is set 48's own:

- names as a JSON object (``{"given": "Gail", "family": "Harvey"}``; a whole-only name as ``{"name": "..."}``), an
  XML element (``<name>Gail Harvey</name>``), with the initials after in square brackets (``Gail Harvey [GH]``),
  with a membership number after a middle dot (``Gail Harvey · M0412``), as a Windows domain account
  (``CLUB\\gail.harvey``), as a hashtag (``#GailHarvey``) and, for a guardian, with the child after the table's word
  for "for" (``Gail Harvey für Tom``, ``... pour Tom``, ``... for Tom``) besides the plain form; not-Latin,
  one-name and not given-then-surname names stay whole where a form would reorder or cut them;
- phones with the extension after the table's word (``01330 252288 extension 204``, ``Durchwahl``, ``poste``,
  ``interno``, ``toestel``, ``ramal``, ``lokal``, ``linka``), as an RFC 3966 ``tel:`` URI with dashes
  (``tel:+44-7406-858784``), two numbers joined by the table's word for "and" (``07406 858784 and 01330 252288``,
  ``und``, ``et``, ``y``), with the North American exit code (``011 44 7406 858784``), the country code and a slash
  before the national number (``+44/7406858784``), in the script's own digits where it has them (Dari: ``۰۷۰...``;
  elsewhere national) and with underscores between the groups (``07406_858784``);
- headers in eight styles new to the sets: a flattened pandas MultiIndex tuple (``('Contact', 'Phone')``), a
  protobuf field (``string phone = 3;``), circled letters (``Ⓟⓗⓞⓝⓔ``), small capitals (``ᴘʜᴏɴᴇ``), combining
  underlines (``P̲h̲o̲n̲e̲``), a CSS custom property (``--phone``), SharePoint's internal names (``Phone_x0020_No``)
  and a YAML list item (``- phone``); a lost header as ``Unnamed: 5_level_1``, ``fld6`` or ``—``;
- ids in cells bare, after the table's word and a colon (``ID: ...``, ``Ausweis: ...``, ``Pièce: ...``), with the
  expiry year after a slash (``... / exp. 2031``, ``... / gültig bis 2031``) or with the town of issue after an en
  dash (``... – Kabul``).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import types
import unicodedata

import phonenumbers

import heldout47_people as p47
import heldout48_language as language
import heldout48_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p47.NAME, p47.FIRST, p47.LAST, p47.PHONE, p47.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p47.STREET, p47.ADDRESS, p47.POSTCODE, p47.CITY, p47.DOB
NID, IBAN = p47.NID, p47.IBAN
NAME_FORMS = ("full", "json_obj", "xml_elem", "initials_sq", "member_no", "domain_user", "hashtag", "rel_for")
COLUMN_FORMS = tuple(f for f in NAME_FORMS if f != "rel_for")
PHONE_LAYOUTS = ("ext_local", "tel_uri", "two_and", "exit_011", "cc_slash", "native_digits", "underscores")
STYLES = ("pandas_tuple", "proto_field", "circled", "small_caps", "underline", "css_var", "sharepoint", "yaml_item")
_LOST = ("Unnamed: {i}_level_1", "fld{j}", "—")
_FOR = {"en": "for", "de": "für", "fr": "pour", "es": "para", "it": "per", "nl": "voor", "pt": "para", "da": "for",
        "cs": "pro", "nb": "for"}  # fmt: skip
_DOMAIN = ("CLUB", "MEMBERS", "OFFICE", "BOOKINGS")


def sources(locale: str, seed: int):
    """What set 47's generators draw a locale's people from (nothing for set 48's new 8)."""
    return None if locale in new8.NEW8_48 else p47.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 47's generators, or ``heldout48_new8``)."""
    if locale in new8.NEW8_48:
        return new8.person(locale, rng, child)
    return p47.person(locale, src, rng, child)


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named after the parent as the place does it (set 47's ``with_surname`` for its locales; the new
    8: ``heldout48_new8.child_of``)."""
    if kid.locale in new8.NEW8_48:
        return new8.child_of(kid, parent)
    return p47.with_surname(kid, parent.last)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 47's rule; the new not-Latin ones:
    romanised)."""
    if p.locale in new8.NEW8_48:
        return p.alt
    return p47.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_48:
        return p.locale not in new8.NOT_LATIN
    return p47.latin(p)


def whole_only(p) -> bool:
    """A name no form may reorder or cut: not Latin, one name only, or not given-name-then-surname."""
    return not latin(p) or p.first == p.last or p.full != f"{p.first} {p.last}"


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if p.locale in new8.NEW8_48:
        by = {"fa": ("خانم", "آقای"), "iu": ("Mrs", "Mr"), "ce": ("г-жа", "г-н"), "ta": ("திருமதி", "திரு"),
              "so": ("Marwo", "Mudane"), "crs": ("Madanm", "Msye"), "hsb": ("knjeni", "knjez"),
              "tpi": ("Misis", "Mista")}  # fmt: skip
        pair = by[p.locale.split("_")[0]]
        if lg == "en" and p.locale in ("so_DJ", "crs_SC", "tpi_PG"):
            pair = ("Mrs", "Mr")
        if lg == "fr" and p.locale == "so_DJ":
            pair = ("Mme", "M.")
        if lg == "de" and p.locale == "hsb_DE":
            pair = ("Frau", "Herr")
        return pair[0 if p.female else 1]
    return p47.title(p, lg)


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", text).lower())


def _initials(p) -> str:
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", p.full) if w and w[0].isalpha())


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None, of: str = "") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``; ``rel_for`` names the child ``of``); a
    whole-only name stays whole where a form would reorder or cut it."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    if form == "xml_elem":
        return _xml(full, rng)
    if form == "member_no":
        return f"{full} · {rng.choice('MJFS')}{rng.randint(1, 9999):04d}"
    if form == "rel_for" and of:
        return f"{full} {_FOR.get(_wl(lg), 'for')} {of}"
    if form == "json_obj":
        if whole_only(p):
            return '{"name": "' + full + '"}'
        return '{"given": "' + first + '", "family": "' + last + '"}'
    if whole_only(p):
        return full
    if form == "initials_sq":
        return f"{full} [{_initials(p)}]"
    if form == "domain_user":
        return f"{rng.choice(_DOMAIN)}\\{_ascii(first)}.{_ascii(last)}"
    if form == "hashtag":
        return "#" + "".join(w[:1].upper() + w[1:] for w in re.split(r"[\s-]+", full) if w)
    return full


def _xml(full: str, rng: random.Random) -> str:
    tag = rng.choice(("name", "contact", "person"))
    return f"<{tag}>{full}</{tag}>"


def _national(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _intl(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# The new 8 whose country's language of record is another write these words in it.
_WORD_LANG = {"so": "fr", "hsb": "de", "crs": "en", "tpi": "en", "iu": "en", "fa": "en", "ce": "en", "ta": "en"}


def _wl(lg: str) -> str:
    return _WORD_LANG.get(lg, lg)


_EXT = {"en": "extension", "de": "Durchwahl", "fr": "poste", "es": "extensión", "it": "interno", "nl": "toestel",
        "pt": "ramal", "da": "lokal", "cs": "linka", "nb": "linje"}  # fmt: skip
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "nl": "en", "pt": "e", "da": "og", "cs": "a",
        "nb": "og"}  # fmt: skip
_NATIVE = {"fa": "۰۱۲۳۴۵۶۷۸۹"}


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random, lg: str = "en") -> str:
    """One number in one of set 48's layouts (``PHONE_LAYOUTS``; the two-number one needs two: see
    :func:`phone_cell`), or set 47's (``heldout47_people.phone_text``)."""
    national = _national(num)
    if layout == "native_digits":
        digits = _NATIVE.get(lg)
        return national.translate(str.maketrans("0123456789", digits)) if digits else national
    lg = _wl(lg)
    if layout == "ext_local":
        return f"{national} {_EXT.get(lg, 'extension')} {rng.randint(2, 399)}"
    if layout == "tel_uri":
        return "tel:" + phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.RFC3966)[4:]
    if layout == "exit_011":
        return "011 " + _intl(num)[1:]
    if layout == "cc_slash":
        return f"+{num.country_code}/{num.national_number}"
    if layout == "underscores":
        return re.sub(r"[\s\-]+", "_", national)
    if layout == "two_and":
        return national
    return p47.phone_text(num, layout, rng, lg)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 47's rule)."""
    return p47.phone_local(num)


def phone_bare(num: phonenumbers.PhoneNumber) -> str:
    """The national digits run together."""
    return p47.phone_bare(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts; ``two_and``: the mobile and the landline
    joined by the table's word for "and"."""
    layout = rng.choice(layouts)
    if layout == "two_and":
        return f"{_national(p.mobile)} {_AND.get(_wl(lg), 'and')} {_national(p.landline)}"
    num = p.landline if rng.random() < landline else p.mobile
    return phone_text(num, layout, rng, lg)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?]+", header) if w]


def _circled(c: str) -> str:
    if "A" <= c <= "Z":
        return chr(0x24B6 + ord(c) - ord("A"))
    if "a" <= c <= "z":
        return chr(0x24D0 + ord(c) - ord("a"))
    return c


_SMALL = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ", strict=True))
_GROUPS = ("Contact", "Person", "Details", "Booking")


def style_header(header: str, style: str, i: int, rng: random.Random) -> str:
    """One header in one of set 48's styles (``STYLES``)."""
    words = _words(header) or [header]
    snake = "_".join(w.lower() for w in words)
    if style == "pandas_tuple":
        return f"('{rng.choice(_GROUPS)}', '{header}')"
    if style == "proto_field":
        return f"string {snake} = {i + 1};"
    if style == "circled":
        return "".join(_circled(c) for c in header)
    if style == "small_caps":
        return "".join(_SMALL.get(c.lower(), c) for c in header)
    if style == "underline":
        return "".join(c + "\u0332" if not c.isspace() else c for c in header)
    if style == "css_var":
        return "--" + "-".join(w.lower() for w in words)
    if style == "sharepoint":
        return header.replace(" ", "_x0020_").replace("/", "_x002f_").replace("(", "_x0028_").replace(")", "_x0029_")
    if style == "yaml_item":
        return f"- {snake}"
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 48 writes them (one style for the table), now and then one lost header (never
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
            out[i] = f"{h}.{seen[h] - 1}"
    return out, style


def dob_cell(p, locale: str, layouts: list[str], rng: random.Random) -> str:
    """A birth date in one of the column's layouts."""
    return language.fmt_date(language.iso_of(p.dob), locale, rng.choice(layouts))


_EXP = {"en": "exp.", "de": "gültig bis", "fr": "exp.", "es": "vence", "it": "scad.", "nl": "geldig tot",
        "pt": "validade", "da": "udløb", "cs": "platnost do", "nb": "utløp"}  # fmt: skip
_IDW = {"en": "ID", "de": "Ausweis", "fr": "Pièce", "es": "Doc.", "it": "Doc.", "nl": "ID", "pt": "Doc.",
        "da": "ID", "cs": "Doklad", "nb": "ID"}  # fmt: skip


def id_cell(p, lg: str, rng: random.Random) -> str:
    """An id number in a cell: bare, after the table's word and a colon, with the expiry year after a slash, or
    with the town of issue after a dash (the words in the table's language)."""
    if not p.nid:
        return ""
    lg = _wl(lg)
    k = rng.random()
    if k < 0.45:
        return p.nid
    if k < 0.65:
        return f"{_IDW.get(lg, 'ID')}: {p.nid}"
    if k < 0.85:
        return f"{p.nid} / {_EXP.get(lg, 'exp.')} {rng.randint(2027, 2036)}"
    return f"{p.nid} – {p.town}" if p.town else p.nid


def age_of(p) -> int:
    """Whole years of the person today."""
    return language.age_on(dt.date.fromisoformat(language.iso_of(p.dob)))
