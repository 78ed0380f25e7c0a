"""Held-out set 51: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 50's 334 locales take their people from set 50's public generators (``heldout50_people.sources`` / ``person``
/ ``child_of`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-50's) with set 51's seeds; the eight
new ones from ``heldout51_new8``. What an export does to a fact is set 51's own:

- names as an SQL Server Unicode literal (``N'Gail Harvey'``), as a Ruby hash (``{first: "Gail", last:
  "Harvey"}``), as an accessibility label (``<span aria-label="Gail Harvey">GH</span>``), with a mail merge's
  ``«Next Record»`` left after, as a WhatsApp export shows a number not in the contacts (``~Gail Harvey``), read by
  OCR (``GaiI Harvey``, ``Ga1l Harvey``), as a JSON string with its non-ASCII letters escaped (``"Jos\\u00e9
  Canul"``), as a screen reader reads a link (``Gail Harvey, link``), as Outlook marks a guest (``Gail Harvey
  (External)``) and, for a parent, as a school system writes a carer (``Gail Harvey (parent/carer of Tom)``,
  ``(Elternteil von Tom)``) besides the plain form; not-Latin, one-name and not given-then-surname names stay whole
  where a form would reorder or cut them;
- phones as a SIP address (``sip:+447406858784@sip.voipfone.net``), as a vCard ``TEL`` line (``TEL;TYPE=CELL:+44
  7406 858784``), with Excel's text apostrophe (``'07406858784``), as an Excel text formula (``="07406858784"``), as
  a Viber link (``viber://chat?number=%2B447406858784``) and as a Skype call link (``skype:+447406858784?call``);
- headers in eight styles new to the sets: a Word merge field (``{ MERGEFIELD Phone }``), a screen reader's column
  header (``Phone, column header``), a Swift property (``var phone: String?``), a PHP row key (``$row['phone']``),
  an R column (``df$phone``), a C struct member (``char phone[64];``), an SQL alias (``t.phone AS "Phone"``) and a
  Django lookup (``customer__phone``); a lost header as ``NULL``, ``[untitled 5]`` or ``4``;
- ids in cells bare, with the expiry after (``AB123456C, exp. 05/2031``), as a protobuf text field (``number:
  "AB123456C"``), spelt out a character at a time for a screen reader (``A B 1 2 3 4 5 6 C``) or with a tick
  (``AB123456C ✔ verified``).
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import json
import random
import re
import types
import urllib.parse

import phonenumbers

import heldout50_people as p50
import heldout51_language as language
import heldout51_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p50.NAME, p50.FIRST, p50.LAST, p50.PHONE, p50.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p50.STREET, p50.ADDRESS, p50.POSTCODE, p50.CITY, p50.DOB
NID, IBAN = p50.NID, p50.IBAN
NAME_FORMS = ("full", "sql_nstring", "ruby_hash", "aria_label", "merge_next", "wa_tilde", "ocr", "json_escaped",
              "sr_link", "external", "carer_of")  # fmt: skip
COLUMN_FORMS = tuple(f for f in NAME_FORMS if f not in ("full", "carer_of"))
PHONE_LAYOUTS = ("sip_uri", "vcard_tel", "xl_apostrophe", "xl_text_formula", "viber", "skype")
STYLES = ("merge_field", "sr_column", "swift_var", "php_row", "r_dollar", "c_struct", "sql_alias", "django_lookup")
_LOST = ("NULL", "[untitled {j}]", "{i}")
_CARER = {"en": "parent/carer of {}", "de": "Elternteil von {}", "fr": "parent de {}", "es": "tutor/a de {}",
          "it": "genitore di {}", "nl": "ouder van {}", "pt": "encarregado/a de {}", "da": "forælder til {}",
          "cs": "rodič: {}", "nb": "foresatt for {}"}  # fmt: skip
_EXP = {"en": "exp.", "de": "gültig bis", "fr": "exp.", "es": "vence", "it": "scad.", "nl": "geldig tot", "pt": "val.",
        "da": "udløber", "cs": "platnost do", "nb": "utløper"}  # fmt: skip
_VERIFIED = {"en": "verified", "de": "geprüft", "fr": "vérifié", "es": "verificado", "it": "verificato",
             "nl": "gecontroleerd", "pt": "verificado", "da": "kontrolleret", "cs": "ověřeno", "nb": "kontrollert"}  # fmt: skip
_OCR = (("l", "I"), ("i", "1"), ("o", "0"), ("e", "c"), ("rn", "m"), ("S", "5"))
_SIP = ("sip.voipfone.net", "voip.example.net", "sip.sipgate.de", "pbx.local")


def sources(locale: str, seed: int):
    """What set 50's generators draw a locale's people from (nothing for set 51's new 8)."""
    return None if locale in new8.NEW8_51 else p50.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 50's generators, or ``heldout51_new8``)."""
    if locale in new8.NEW8_51:
        return new8.person(locale, rng, child)
    return p50.person(locale, src, rng, child)


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named after the parent as the place does it (set 50's ``child_of``; the new 8:
    ``heldout51_new8.child_of``)."""
    if kid.locale in new8.NEW8_51:
        return new8.child_of(kid, parent)
    return p50.child_of(kid, parent)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 50's rule; the new not-Latin ones:
    romanised)."""
    if p.locale in new8.NEW8_51:
        return p.alt
    return p50.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_51:
        return p.locale not in new8.NOT_LATIN or p.kind == "so_do"
    return p50.latin(p)


def whole_only(p) -> bool:
    """A name no form may reorder or cut: not Latin, one name only, or not given-name-then-surname."""
    return not latin(p) or p.first == p.last or p.full != f"{p.first} {p.last}"


_NEW_TITLES = {"pnb": ("محترمہ", "جناب"), "ta": ("திருமதி", "திரு"), "bua": ("Хүндэтэ", "Хүндэтэ"), "ceb": ("Ma'am", "Sir"),
               "mni": ("Smt.", "Shri"), "sm": ("Tamāitaʻi", "Susuga"), "nso": ("Mma", "Rra"), "nds": ("Fru", "Herr")}  # fmt: skip


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if p.locale in new8.NEW8_51:
        pair = _NEW_TITLES[new8.LANG51[p.locale]]
        if p.locale == "ta_SG" and p.kind == "so_do":
            pair = ("Mdm", "Mr")
        if lg == "de" and p.locale == "nds_DE":
            pair = ("Frau", "Herr")
        return pair[0 if p.female else 1]
    return p50.title(p, lg)


def titled(p, lg: str, surname: bool) -> str:
    """The title and the surname (or the whole name) as the place writes them (before the name)."""
    return f"{title(p, lg)} {p.last if surname else p.full}"


_WORD_LANG = {**p50._WORD_LANG, "pnb": "en", "ta": "en", "bua": "en", "ceb": "en", "mni": "en", "sm": "en", "nso": "en",
              "nds": "de"}  # fmt: skip


def _wl(lg: str) -> str:
    return _WORD_LANG.get(lg, lg)


def _initials(full: str) -> str:
    return "".join(w[0] for w in full.split() if w[:1].isalpha()).upper()[:3] or full[:1]


def _ocr(text: str, rng: random.Random) -> str:
    options = [(a, b) for a, b in _OCR if a in text]
    if not options:
        return text
    a, b = rng.choice(options)
    i = text.find(a, rng.randint(0, max(0, len(text) - 1)) if rng.random() < 0.5 else 0)
    i = i if i >= 0 else text.find(a)
    return text[:i] + b + text[i + len(a):]


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None, of: str = "") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``; ``carer_of`` names the child ``of``); a
    whole-only name stays whole where a form would reorder or cut it."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    wl = _wl(lg)
    whole = whole_only(p)
    if form == "carer_of" and of:
        return f"{full} ({_CARER.get(wl, _CARER['en']).format(of)})"
    if form == "sql_nstring":
        return "N'" + full.replace("'", "''") + "'"
    if form == "ruby_hash":
        return f'{{name: "{full}"}}' if whole else f'{{first: "{first}", last: "{last}"}}'
    if form == "aria_label":
        return f'<span aria-label="{full}">{_initials(full)}</span>'
    if form == "merge_next":
        return f"{full}«Next Record»"
    if form == "wa_tilde":
        return f"~{full}"
    if form == "ocr" and latin(p):
        return _ocr(full, rng)
    if form == "json_escaped":
        return json.dumps(full)
    if form == "sr_link":
        return f"{full}, link"
    if form == "external":
        return f"{full} (External)"
    return full


def _national(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _intl(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _e164(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random, lg: str = "en") -> str:
    """One number in one of set 51's layouts (``PHONE_LAYOUTS``), or set 50's (``heldout50_people.phone_text``)."""
    if layout == "sip_uri":
        return f"sip:{_e164(num)}@{rng.choice(_SIP)}"
    if layout == "vcard_tel":
        mobile = phonenumbers.number_type(num) in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
        return f"TEL;TYPE={'CELL' if mobile else 'HOME'}:{_intl(num)}"
    if layout == "xl_apostrophe":
        return "'" + _digits(_national(num))
    if layout == "xl_text_formula":
        return f'="{_digits(_national(num))}"'
    if layout == "viber":
        return "viber://chat?number=" + urllib.parse.quote(_e164(num), safe="")
    if layout == "skype":
        return f"skype:{_e164(num)}?call"
    return p50.phone_text(num, layout, rng, lg)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 50's rule)."""
    return p50.phone_local(num)


def phone_bare(num: phonenumbers.PhoneNumber) -> str:
    """The national digits run together."""
    return p50.phone_bare(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts."""
    layout = rng.choice(layouts)
    num = p.landline if rng.random() < landline else p.mobile
    return phone_text(num, layout, rng, lg)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?'&]+", header) if w]


def style_header(header: str, style: str, i: int, rng: random.Random) -> str:
    """One header in one of set 51's styles (``STYLES``)."""
    words = _words(header) or [header]
    snake = "_".join(w.lower() for w in words)
    camel = words[0].lower() + "".join(w[:1].upper() + w[1:] for w in words[1:])
    if style == "merge_field":
        return "{ MERGEFIELD " + "_".join(words) + " }"
    if style == "sr_column":
        return f"{header}, column header"
    if style == "swift_var":
        return f"var {camel}: String?"
    if style == "php_row":
        return f"$row['{snake}']"
    if style == "r_dollar":
        return f"df${snake}"
    if style == "c_struct":
        return f"char {snake}[64];"
    if style == "sql_alias":
        return f't.{snake} AS "{header}"'
    if style == "django_lookup":
        return f"{rng.choice(('customer', 'member', 'booking', 'entry'))}__{snake}"
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 51 writes them (one style for the table), now and then one lost header (never
    the one at ``keep``: the notes); duplicates get a number. Returns the headers and the style."""
    style = rng.choice(STYLES)
    sub = random.Random(rng.random())
    prefix = sub.choice(("customer", "member", "booking", "entry"))
    out = []
    for i, h in enumerate(headers):
        s = style_header(h, style, i, sub)
        if style == "django_lookup":
            s = f"{prefix}__{s.split('__', 1)[1]}"
        out.append(s)
    if rng.random() < 0.35:
        lost = rng.choice([i for i in range(len(out)) if i != keep])
        out[lost] = rng.choice(_LOST).format(i=lost, j=lost + 1)
    seen: dict[str, int] = {}
    for i, h in enumerate(out):
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            out[i] = f"{h}_{seen[h] - 1}"
    return out, style


def dob_cell(p, locale: str, layouts: list[str], rng: random.Random, lg: str = "en") -> str:
    """A birth date in one of the column's layouts."""
    return language.fmt_date(language.iso_of(p.dob), locale, rng.choice(layouts), lg)


def id_cell(p, lg: str, rng: random.Random) -> str:
    """An id number in a cell: bare, with the expiry after, as a protobuf text field, spelt out for a screen reader
    or with a tick and the table's word for "verified"."""
    if not p.nid:
        return ""
    k = rng.random()
    wl = _wl(lg)
    if k < 0.35:
        return p.nid
    if k < 0.5:
        return f"{p.nid}, {_EXP.get(wl, 'exp.')} {rng.randint(1, 12):02d}/{rng.randint(2027, 2036)}"
    if k < 0.65:
        return f'number: "{p.nid}"'
    if k < 0.8 and len(p.nid) <= 20:
        return " ".join(c for c in p.nid if not c.isspace())
    return f"{p.nid} ✔ {_VERIFIED.get(wl, 'verified')}"


def age_of(p) -> int:
    """Whole years of the person today."""
    return language.age_on(dt.date.fromisoformat(language.iso_of(p.dob)))
