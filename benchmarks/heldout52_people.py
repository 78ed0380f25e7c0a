"""Held-out set 52: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 51's 342 locales take their people from set 51's public generators (``heldout51_people.sources`` / ``person``
/ ``child_of`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-51's) with set 52's seeds; the eight
new ones from ``heldout52_new8``. What an export does to a fact is set 52's own:

- names as a Django model's repr (``<Member: Gail Harvey>``), as Go prints a struct (``{First:Gail
  Last:Harvey}``), as a Telegram export marks a forward (``Forwarded from Gail Harvey``), as a Salesforce lookup
  with the record id (``Gail Harvey [0035g00000XyZ12AAB]``), broken over a line by a PDF copy (``Gail Har-\\nvey``),
  as an image's alt text (``Photo of Gail Harvey``), as a mail merge's greeting line (``Dear Gail Harvey,``), in an
  XML ``CDATA`` section, quoted-printable (``Jos=C3=A9 Canul``) and with HTML character references (``Jos&#233;
  Canul``) besides the plain form; for a parent, the consent line a form export writes (``Consent: Gail Harvey``,
  ``Einwilligung: ...``); not-Latin, one-name and not given-then-surname names stay whole where a form would
  reorder or cut them;
- phones as a number that lost its leading zero (``7406858784``), with thousands separators (``7,406,858,784``), a
  Telegram link (``https://t.me/+447406858784``), a FaceTime link (``facetime:+447406858784``), wrapped in
  left-to-right embedding marks (``\\u202a+44 7406 858784\\u202c``), with the caller-id withheld (``141
  07406858784``, ``*67 (212) 555-0100``, ``#31#0612345678``), a Signal link (``https://signal.me/#p/+447406858784``)
  and quoted twice by a CSV round trip (``"+44 7406 858784"``);
- headers in eight styles new to the sets: an Access field reference (``[tblMembers]![Phone]``), an SPSS variable
  with its format (``phone (A40)``), a Salesforce custom field (``Phone__c``), a Dynamics 365 column with its
  publisher prefix (``cr4f2_phone``), an Airtable lookup (``Phone (from Members)``), a Mailchimp merge tag
  (``*|PHONE|*``), a COBOL copybook line (``05 PHONE PIC X(40).``) and an i18n message key (``form.phone.label``);
  a lost header as ``__EMPTY_5``, ``undefined`` or ``Header6``;
- ids in cells bare, in a barcode font's stars (``*AB123456C*``), with the day it was seen (``AB123456C (seen
  02/11/2026)``), padded with an MRZ's fillers (``AB123456C<<<<<``) or as an XML element (``<id type="national"
  value="AB123456C"/>``).
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import json
import quopri
import random
import re
import types

import phonenumbers

import heldout51_people as p51
import heldout52_language as language
import heldout52_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p51.NAME, p51.FIRST, p51.LAST, p51.PHONE, p51.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p51.STREET, p51.ADDRESS, p51.POSTCODE, p51.CITY, p51.DOB
NID, IBAN = p51.NID, p51.IBAN
NAME_FORMS = ("full", "django_repr", "go_struct", "tg_forwarded", "sf_lookup", "pdf_hyphen", "alt_text", "greeting",
              "cdata", "qp", "html_entities", "consent_by")  # fmt: skip
COLUMN_FORMS = tuple(f for f in NAME_FORMS if f not in ("full", "consent_by"))
PHONE_LAYOUTS = ("lost_zero", "thousands", "tg_link", "facetime", "ltr_marks", "clir", "signal_link", "quoted_twice")
STYLES = ("access_bang", "spss_format", "salesforce_api", "dynamics_prefix", "airtable_lookup", "mailchimp_tag",
          "cobol_pic", "i18n_key")  # fmt: skip
_LOST = ("__EMPTY_{i}", "undefined", "Header{j}")
_CONSENT = {"en": "Consent", "de": "Einwilligung", "fr": "Consentement", "es": "Consentimiento", "it": "Consenso",
            "nl": "Toestemming", "pt": "Consentimento", "da": "Samtykke", "cs": "Souhlas", "nb": "Samtykke"}  # fmt: skip
_SEEN = {"en": "seen", "de": "vorgelegt am", "fr": "vu le", "es": "visto el", "it": "visto il", "nl": "gezien op",
         "pt": "visto em", "da": "set", "cs": "předloženo", "nb": "sett"}  # fmt: skip
_MODEL = ("Member", "Customer", "Contact", "Booking", "Entrant")
_PHOTO = ("Photo of", "Profile picture of", "Portrait of")
_GREET = {"en": "Dear {},", "de": "Liebe/r {},", "fr": "Chère/Cher {},", "es": "Estimado/a {}:", "it": "Gentile {},",
          "nl": "Beste {},", "pt": "Caro/a {},", "da": "Kære {},", "cs": "Vážená/ý {},", "nb": "Kjære {},"}  # fmt: skip
_THOUSANDS = {"en": ",", "de": ".", "nl": ".", "it": ".", "es": ".", "pt": ".", "da": ".", "fr": "\u202f", "cs": "\u00a0", "nb": "\u00a0"}  # fmt: skip
_CLIR = {"GB": "141 ", "IE": "141", "US": "*67 ", "CA": "*67 "}


def sources(locale: str, seed: int):
    """What set 51's generators draw a locale's people from (nothing for set 52's new 8)."""
    return None if locale in new8.NEW8_52 else p51.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 51's generators, or ``heldout52_new8``)."""
    if locale in new8.NEW8_52:
        return new8.person(locale, rng, child)
    return p51.person(locale, src, rng, child)


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named after the parent as the place does it (set 51's ``child_of``; the new 8:
    ``heldout52_new8.child_of``)."""
    if kid.locale in new8.NEW8_52:
        return new8.child_of(kid, parent)
    return p51.child_of(kid, parent)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 51's rule; the new 8: ``alt``)."""
    if p.locale in new8.NEW8_52:
        return p.alt
    return p51.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_52:
        return p.script == ""
    return p51.latin(p)


def whole_only(p) -> bool:
    """A name no form may reorder or cut: not Latin, one name only, not given-name-then-surname, or of a place
    with no family names (so_KE, su_ID)."""
    if p.locale in ("so_KE", "su_ID"):  # no family names: a second name is the father's or the person's own
        return True
    return not latin(p) or p.first == p.last or p.full != f"{p.first} {p.last}"


_NEW_TITLES = {"zh_MY": ("Madam", "Mr"), "ar_IL": ("السيدة", "السيد"), "yi_US": ("מרת", "ר'"), "su_ID": ("Bu", "Pak"),
               "hu_RS": ("Mrs", "Mr"), "as_IN": ("শ্ৰীমতী", "শ্ৰী"), "so_KE": ("Marwo", "Mudane"), "vi_CZ": ("paní", "pan")}  # fmt: skip


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if p.locale in new8.NEW8_52:
        pair = _NEW_TITLES[p.locale]
        if p.locale == "yi_US" and latin(p):
            pair = ("Mrs.", "Mr.")
        if p.locale == "as_IN" and latin(p):
            pair = ("Smt.", "Sri")
        return pair[0 if p.female else 1]
    return p51.title(p, lg)


def titled(p, lg: str, surname: bool) -> str:
    """The title and the surname (or the whole name) as the place writes them (before the name)."""
    return f"{title(p, lg)} {p.last if surname else p.full}"


_WORD_LANG = {**p51._WORD_LANG, "zh-MY": "en", "ar-IL": "en", "yi": "en", "su": "en", "hu-RS": "en", "as": "en",
              "so-KE": "en", "vi-CZ": "cs"}  # fmt: skip


def _wl(lg: str) -> str:
    return _WORD_LANG.get(lg, lg)


def _sf_id(full: str) -> str:
    r = random.Random(full)
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "003" + r.choice("56789") + "g" + "".join(r.choice(chars) for _ in range(13))


def _hyphen_break(full: str) -> str:
    words = full.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5:
        return full
    cut = len(w) // 2
    words[i] = f"{w[:cut]}-\n{w[cut:]}"
    return " ".join(words)


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None, of: str = "") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); a whole-only name stays whole where a
    form would reorder or cut it."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    wl = _wl(lg)
    whole = whole_only(p)
    if form == "consent_by":
        return f"{_CONSENT.get(wl, 'Consent')}: {full}"
    if form == "django_repr":
        return f"<{rng.choice(_MODEL)}: {full}>"
    if form == "go_struct":
        return f"{{Name:{full}}}" if whole else f"{{First:{first} Last:{last}}}"
    if form == "tg_forwarded":
        return f"Forwarded from {full}"
    if form == "sf_lookup":
        return f"{full} [{_sf_id(full)}]"
    if form == "pdf_hyphen" and latin(p):
        return _hyphen_break(full)
    if form == "alt_text":
        return f"{rng.choice(_PHOTO)} {full}"
    if form == "greeting":
        return _GREET.get(wl, _GREET["en"]).format(full)
    if form == "cdata":
        return f"<![CDATA[{full}]]>"
    if form == "qp" and latin(p):
        return quopri.encodestring(full.encode("utf-8")).decode("ascii")
    if form == "html_entities" and latin(p):
        return full.replace("'", "&#39;").encode("ascii", "xmlcharrefreplace").decode("ascii")
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
    """One number in one of set 52's layouts (``PHONE_LAYOUTS``), or set 51's (``heldout51_people.phone_text``)."""
    if layout == "lost_zero":
        return str(int(_digits(_national(num))))
    if layout == "thousands":
        return f"{int(_digits(_national(num))):,}".replace(",", _THOUSANDS.get(_wl(lg), ","))
    if layout == "tg_link":
        return f"https://t.me/{_e164(num)}"
    if layout == "facetime":
        return f"facetime:{_e164(num)}"
    if layout == "ltr_marks":
        return f"\u202a{_intl(num)}\u202c"
    if layout == "clir":
        reg = phonenumbers.region_code_for_number(num)
        if reg in _CLIR:
            return f"{_CLIR[reg]}{_national(num)}"
        return f"#31#{_digits(_national(num))}"
    if layout == "signal_link":
        return f"https://signal.me/#p/{_e164(num)}"
    if layout == "quoted_twice":
        return f'"{_intl(num)}"'
    return p51.phone_text(num, layout, rng, lg)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 51's rule)."""
    return p51.phone_local(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts."""
    layout = rng.choice(layouts)
    num = p.landline if rng.random() < landline else p.mobile
    return phone_text(num, layout, rng, lg)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?'&]+", header) if w]


def style_header(header: str, style: str, i: int, rng: random.Random, ctx: dict) -> str:
    """One header in one of set 52's styles (``STYLES``); ``ctx`` holds the table's own name, prefix and width."""
    words = _words(header) or [header]
    snake = "_".join(w.lower() for w in words)
    if style == "access_bang":
        return f"[{ctx['table']}]![{header}]"
    if style == "spss_format":
        return f"{snake} (A{ctx['width']})"
    if style == "salesforce_api":
        return "_".join(w[:1].upper() + w[1:] for w in words) + "__c"
    if style == "dynamics_prefix":
        return f"{ctx['prefix']}_" + "".join(w.lower() for w in words)
    if style == "airtable_lookup":
        return f"{header} (from {ctx['table_plain']})"
    if style == "mailchimp_tag":
        return "*|" + "".join(w.upper() for w in words)[:10] + "|*"
    if style == "cobol_pic":
        return f"05 {'-'.join(w.upper() for w in words)} PIC X({ctx['width']})."
    if style == "i18n_key":
        return f"{ctx['section']}.{snake}.label"
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 52 writes them (one style for the table), now and then one lost header (never
    the one at ``keep``: the notes); duplicates get a number. Returns the headers and the style."""
    style = rng.choice(STYLES)
    sub = random.Random(rng.random())
    ctx = {"table": sub.choice(("tblMembers", "tblBookings", "tblContacts", "qryEntries")),
           "table_plain": sub.choice(("Members", "Contacts", "Bookings", "People")),
           "prefix": sub.choice(("cr4f2", "new", "crb7e", "msdyn")), "width": sub.choice((40, 64, 100, 255)),
           "section": sub.choice(("form", "booking", "member", "entry"))}  # fmt: skip
    out = [style_header(h, style, i, sub, ctx) for i, h in enumerate(headers)]
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
    """An id number in a cell: bare, in a barcode font's stars, with the day it was seen, padded with MRZ fillers or
    as an XML element."""
    if not p.nid:
        return ""
    k = rng.random()
    wl = _wl(lg)
    if k < 0.35:
        return p.nid
    if k < 0.5:
        return f"*{p.nid}*"
    if k < 0.65:
        day = language.TODAY - dt.timedelta(days=rng.randint(3, 400))
        return f"{p.nid} ({_SEEN.get(wl, 'seen')} {day:%d/%m/%Y})"
    if k < 0.8 and len(p.nid) <= 20:
        return p.nid + "<" * (max(3, 18 - len(p.nid)))
    return f'<id type="national" value="{p.nid}"/>'


def age_of(p) -> int:
    """Whole years of the person today."""
    return language.age_on(dt.date.fromisoformat(language.iso_of(p.dob)))


_ = json
