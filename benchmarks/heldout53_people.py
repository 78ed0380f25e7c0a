"""Held-out set 53: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 52's 350 locales take their people from set 52's public generators (``heldout52_people.sources`` / ``person``
/ ``child_of`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-52's) with set 53's seeds; the eight
new ones from ``heldout53_new8``. What an export does to a fact is set 53's own:

- names as a Java ``toString()`` (``Member{name='Gail Harvey'}``), a C# record (``Member { Name = Gail Harvey
  }``), a Kotlin data class or Lombok (``Member(name=Gail Harvey)``), an Elixir map (``%{name: "Gail Harvey"}``),
  a Swift optional printed as it is (``Optional("Gail Harvey")``), Python bytes (``b'Gail Harvey'``, non-ASCII as
  ``\\x`` escapes), an RFC 2047 encoded word from a mail header (``=?UTF-8?Q?Gail_Harvey?=``), a WhatsApp chat
  export's line head (``[07/12/2026, 14:02:11] Gail Harvey:``), a spreadsheet ``=HYPERLINK("mailto:…","Gail
  Harvey")``, a phone's device name in a meeting report (``Gail Harvey's iPhone``), a web form's empty middle name
  joined in (``Gail null Harvey``), a Teams attendance report's ``Gail Harvey (Unverified)`` besides the plain form;
  for a second person a form's signature line (``Signed: Gail Harvey``, ``gez. Gail Harvey``); not-Latin, one-name
  and not given-then-surname names stay whole where a form would reorder or cut them;
- phones dialled from an office switchboard (``9, 07406 858784``), forced through a US mask (``740-685-8784``),
  two numbers sharing a prefix (``07406 858784/85``), a ``tel:`` link with ``%20`` for the spaces, the plus as an
  HTML character reference (``&#43;44 7406 858784``), with an Android pause and extension (``07406858784p12``) and
  with the carrier's name (``07406 858784 (Vodafone)``);
- headers in eight styles new to the sets: a Power Query quoted identifier (``#"Phone"``), an Elasticsearch keyword
  field (``phone.keyword``), a Jira CSV export's custom field (``Custom field (Phone)``), a ServiceNow custom column
  (``u_phone``), R's ``make.names`` (``Phone.no.``, ``X2nd.phone``), an HL7 v2 field reference (``PID-13 Phone``),
  an Odoo export path (``partner_id/phone``) and a DAX column reference (``Members[Phone]``); a lost header as
  ``_5``, ``<unnamed>`` or ``Untitled column``;
- ids in cells bare, as an HL7 ``CX`` (``AB123456C^^^GBR^NI``), in a QR payload (``ID:AB123456C;EXP:2031-05``), with
  the expiry after (``AB123456C exp. 05/2031``) or with a spreadsheet's leading apostrophe (``'AB123456C``).
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random
import re
import types

import phonenumbers

import heldout52_people as p52
import heldout53_language as language
import heldout53_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p52.NAME, p52.FIRST, p52.LAST, p52.PHONE, p52.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p52.STREET, p52.ADDRESS, p52.POSTCODE, p52.CITY, p52.DOB
NID, IBAN = p52.NID, p52.IBAN
NAME_FORMS = ("full", "java_tostring", "csharp_record", "kotlin_data", "elixir_map", "swift_optional", "py_bytes",
              "mime_q", "wa_line", "xl_hyperlink", "device_name", "null_middle", "unverified", "signed_by")  # fmt: skip
COLUMN_FORMS = tuple(f for f in NAME_FORMS if f not in ("full", "signed_by"))
PHONE_LAYOUTS = ("pbx_9", "us_mask", "shared_prefix", "tel_pct20", "plus_entity", "android_pause", "carrier_tag")
STYLES = ("power_query", "es_keyword", "jira_custom", "servicenow", "r_make_names", "hl7_field", "odoo_path", "dax_ref")
_LOST = ("_{j}", "<unnamed>", "Untitled column")
_SIGNED = {"en": "Signed: {}", "de": "gez. {}", "fr": "Signé : {}", "es": "Firmado: {}", "it": "F.to {}",
           "nl": "w.g. {}", "pt": "Assinado: {}", "da": "Underskrevet: {}", "cs": "Podepsán/a: {}", "nb": "Signert: {}"}  # fmt: skip
_EXP = {"en": "exp.", "de": "gültig bis", "fr": "exp.", "es": "cad.", "it": "scad.", "nl": "geldig tot", "pt": "val.",
        "da": "udløber", "cs": "platnost do", "nb": "utløper"}  # fmt: skip
_MODEL = ("Member", "Customer", "Contact", "Booking", "Client")
_DEVICE = ("{}'s iPhone", "{}'s iPad", "{}'s Galaxy S23", "{} (iPhone)", "{}'s MacBook Air")
_CARRIERS = {"GB": ("Vodafone", "EE", "O2", "Three"), "US": ("Verizon", "T-Mobile", "AT&T"), "DE": ("Telekom", "Vodafone", "O2"),
             "FR": ("Orange", "SFR", "Free", "Bouygues"), "ES": ("Movistar", "Orange", "Vodafone"), "IT": ("TIM", "Vodafone", "WindTre"),
             "NL": ("KPN", "Odido", "Vodafone"), "MY": ("Maxis", "Celcom", "Digi"), "CA": ("Rogers", "Bell", "Telus"),
             "CN": ("中国移动", "中国联通"), "BR": ("Vivo", "Claro", "TIM"), "PK": ("Jazz", "Zong", "Telenor"), "LV": ("LMT", "Tele2", "Bite"),
             "SG": ("Singtel", "StarHub", "M1")}  # fmt: skip
_PBX = {"US": "9 ", "CA": "9 ", "GB": "9, ", "DE": "0 ", "NL": "0,", "FR": "0 ", "BR": "0 "}
_HL7_ID = {"GB": "NI", "US": "SS", "CA": "SS"}


def sources(locale: str, seed: int):
    """What set 52's generators draw a locale's people from (nothing for set 53's new 8)."""
    return None if locale in new8.NEW8_53 else p52.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 52's generators, or ``heldout53_new8``)."""
    if locale in new8.NEW8_53:
        return new8.person(locale, rng, child)
    return p52.person(locale, src, rng, child)


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named after the parent as the place does it (set 52's ``child_of``; the new 8:
    ``heldout53_new8.child_of``)."""
    if kid.locale in new8.NEW8_53:
        return new8.child_of(kid, parent)
    return p52.child_of(kid, parent)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 52's rule; the new 8: ``alt``, where
    it is another script)."""
    if p.locale in new8.NEW8_53:
        if p.locale in ("es_US", "ms_SG"):
            return None
        return p.alt
    return p52.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_53:
        return p.script == ""
    return p52.latin(p)


def whole_only(p) -> bool:
    """A name no form may reorder or cut: not Latin, one name only, not given-name-then-surname, or of a place with
    no family names (ta_MY, ps_PK, ms_SG)."""
    if p.locale in new8.NEW8_53:
        if p.locale in ("ta_MY", "ps_PK", "ms_SG"):
            return True
        return not latin(p) or p.first == p.last or p.full != f"{p.first} {p.last}"
    return p52.whole_only(p)


_NEW_TITLES = {"ta_MY": ("Mdm", "Mr"), "pa_CA": ("Mrs.", "Mr."), "ko_CN": ("Ms", "Mr"), "ja_BR": ("Sra.", "Sr."),
               "ps_PK": ("Mrs", "Mr"), "ru_LV": ("Ms", "Mr"), "es_US": ("Sra.", "Sr."), "ms_SG": ("Puan", "Encik")}  # fmt: skip
_SCRIPT_TITLES = {"Taml": ("திருமதி", "திரு"), "Guru": ("ਸ੍ਰੀਮਤੀ", "ਸ੍ਰੀ"), "Arab": ("محترمه", "محترم"), "Cyrl": ("г-жа", "г-н")}
_AFTER = {"Hang": ("녀사", "선생"), "Hani": ("女士", "先生"), "Kana": ("様", "様")}


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language (set 53's new 8: by the name's script)."""
    if p.locale in new8.NEW8_53:
        if p.script in _SCRIPT_TITLES:
            return _SCRIPT_TITLES[p.script][0 if p.female else 1]
        if p.script in _AFTER:
            return _AFTER[p.script][0 if p.female else 1] if p.locale == "ko_CN" else "様"
        return _NEW_TITLES[p.locale][0 if p.female else 1]
    return p52.title(p, lg)


def titled(p, lg: str, surname: bool) -> str:
    """The title and the surname (or the whole name) as the place writes them (Korean, Chinese and Japanese titles
    after the name)."""
    t = title(p, lg)
    base = p.last if surname else p.full
    if p.locale in new8.NEW8_53 and p.script in _AFTER:
        return f"{base} {t}" if p.script == "Hang" else f"{base}{t}"
    return f"{t} {base}"


_WORD_LANG = {**p52._WORD_LANG, "ta-MY": "en", "pa-CA": "en", "ko-CN": "en", "ja-BR": "pt", "ps": "en", "ru-LV": "en",
              "es-US": "es", "ms-SG": "en"}  # fmt: skip


def _wl(lg: str) -> str:
    return _WORD_LANG.get(lg, lg)


def _mime_q(full: str) -> str:
    out = []
    for b in full.encode("utf-8"):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and c.isalnum():
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "=?UTF-8?Q?" + "".join(out) + "?="


def _wa_stamp(full: str) -> str:
    r = random.Random("wa" + full)
    day = language.TODAY - dt.timedelta(days=r.randint(1, 200))
    return f"[{day:%d/%m/%Y}, {r.randint(7, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}] {full}:"


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None, of: str = "") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); a whole-only name stays whole where a
    form would reorder or cut it."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    wl = _wl(lg)
    whole = whole_only(p)
    if form == "signed_by":
        return _SIGNED.get(wl, _SIGNED["en"]).format(full)
    if form == "java_tostring":
        return f"{rng.choice(_MODEL)}{{name='{full}'}}"
    if form == "csharp_record":
        return f"{rng.choice(_MODEL)} {{ Name = {full} }}"
    if form == "kotlin_data":
        return f"{rng.choice(_MODEL)}(name={full})" if whole else f"{rng.choice(_MODEL)}(firstName={first}, lastName={last})"
    if form == "elixir_map":
        return f'%{{name: "{full}"}}' if whole else f'%{{first: "{first}", last: "{last}"}}'
    if form == "swift_optional":
        return f'Optional("{full}")'
    if form == "py_bytes":
        return repr(full.encode("utf-8"))
    if form == "mime_q":
        return _mime_q(full)
    if form == "wa_line":
        return _wa_stamp(full)
    if form == "xl_hyperlink":
        mail = getattr(p, "email", "") or "info@example.org"
        return f'=HYPERLINK("mailto:{mail}","{full}")'
    if form == "device_name":
        return rng.choice(_DEVICE).format(full if whole else first if rng.random() < 0.3 else full)
    if form == "null_middle" and not whole:
        return f"{first} {rng.choice(('null', 'undefined', 'None'))} {last}"
    if form == "unverified":
        return f"{full} (Unverified)"
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
    """One number in one of set 53's layouts (``PHONE_LAYOUTS``), or set 52's (``heldout52_people.phone_text``)."""
    reg = phonenumbers.region_code_for_number(num) or ""
    if layout == "pbx_9":
        return f"{_PBX.get(reg, '0 ')}{_national(num)}"
    if layout == "us_mask":
        d = _digits(_national(num)).lstrip("0")
        if len(d) == 10:
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return f"({d[:3]}) {d[3:6]}-{d[6:]}" if len(d) > 6 else _national(num)
    if layout == "shared_prefix":
        nat = _national(num)
        last = int(nat[-2:])
        nxt = f"{(last + rng.randint(1, 5)) % 100:02d}"
        return f"{nat}/{nxt}"
    if layout == "tel_pct20":
        return "tel:" + _intl(num).replace(" ", "%20")
    if layout == "plus_entity":
        return _intl(num).replace("+", "&#43;", 1)
    if layout == "android_pause":
        return f"{_digits(_national(num))}p{rng.randint(1, 99)}"
    if layout == "carrier_tag":
        return f"{_national(num)} ({rng.choice(_CARRIERS.get(reg, ('mobile',)))})"
    return p52.phone_text(num, layout, rng, lg)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 52's rule)."""
    return p52.phone_local(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts (``carrier_tag`` and ``android_pause`` for
    mobiles only)."""
    layout = rng.choice(layouts)
    num = p.landline if rng.random() < landline and layout not in ("carrier_tag", "android_pause") else p.mobile
    return phone_text(num, layout, rng, lg)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?'&]+", header) if w]


_HL7 = {"name": "PID-5", "member": "PID-5", "customer": "PID-5", "patient": "PID-5", "dob": "PID-7", "address": "PID-11",
        "street": "PID-11.1", "town": "PID-11.3", "postcode": "PID-11.5", "phone": "PID-13", "mobile": "PID-13", "email": "PID-13.4",
        "id_seen": "PID-3", "id_no": "PID-3", "next_of_kin": "NK1-2", "next_of_kin_phone": "NK1-5"}  # fmt: skip


def _make_name(header: str) -> str:
    out = re.sub(r"[^0-9A-Za-z_.]", ".", header)
    if not out or out[0].isdigit() or out[0] == "_":
        out = "X" + out
    return out


def style_header(header: str, style: str, i: int, rng: random.Random, ctx: dict, key: str = "") -> str:
    """One header in one of set 53's styles (``STYLES``); ``ctx`` holds the table's own name and model; ``key`` the
    column's own key (for HL7)."""
    words = _words(header) or [header]
    snake = "_".join(w.lower() for w in words)
    if style == "power_query":
        return f'#"{header}"'
    if style == "es_keyword":
        return f"{snake}.keyword"
    if style == "jira_custom":
        return f"Custom field ({header})"
    if style == "servicenow":
        return f"u_{snake}"[:40]
    if style == "r_make_names":
        return _make_name(header)
    if style == "hl7_field":
        seg = _HL7.get(key) or f"ZPD-{i + 1}"
        return f"{seg} {header}"
    if style == "odoo_path":
        return f"{ctx['model']}/{snake}"
    if style == "dax_ref":
        return f"{ctx['table']}[{header}]"
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1, keys: list[str] | None = None) -> tuple[list[str], str]:
    """Headers as one export of set 53 writes them (one style for the table), now and then one lost header (never
    the one at ``keep``: the notes); duplicates get a number. Returns the headers and the style."""
    style = rng.choice(STYLES)
    sub = random.Random(rng.random())
    ctx = {"table": sub.choice(("Members", "Bookings", "Contacts", "Orders", "'Customer List'")),
           "model": sub.choice(("partner_id", "x_member_id", "customer_id", "contact_id"))}  # fmt: skip
    keys = keys or [""] * len(headers)
    out = [style_header(h, style, i, sub, ctx, keys[i]) for i, h in enumerate(headers)]
    if rng.random() < 0.35:
        lost = rng.choice([i for i in range(len(out)) if i != keep])
        out[lost] = rng.choice(_LOST).format(i=lost, j=lost + 1)
    seen: dict[str, int] = {}
    for i, h in enumerate(out):
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            out[i] = f"{h}.{seen[h] - 1}"
    return out, style


def dob_cell(p, locale: str, layouts: list[str], rng: random.Random, lg: str = "en") -> str:
    """A birth date in one of the column's layouts."""
    return language.fmt_date(language.iso_of(p.dob), locale, rng.choice(layouts), lg)


def id_cell(p, lg: str, rng: random.Random) -> str:
    """An id number in a cell: bare, as an HL7 ``CX``, in a QR payload, with its expiry after or with a leading
    apostrophe."""
    if not p.nid:
        return ""
    k = rng.random()
    wl = _wl(lg)
    exp = language.TODAY + dt.timedelta(days=rng.randint(200, 3600))
    if k < 0.35:
        return p.nid
    if k < 0.5:
        reg = language.region(p.locale)
        return f"{p.nid}^^^{reg}^{_HL7_ID.get(reg, 'NNxxx').replace('xxx', reg)}"
    if k < 0.65:
        return f"ID:{p.nid};EXP:{exp:%Y-%m}"
    if k < 0.8:
        return f"{p.nid} {_EXP.get(wl, 'exp.')} {exp:%m/%Y}"
    return f"'{p.nid}"


def age_of(p) -> int:
    """Whole years of the person today."""
    return language.age_on(dt.date.fromisoformat(language.iso_of(p.dob)))
