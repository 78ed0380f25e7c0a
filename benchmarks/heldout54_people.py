"""Held-out set 54: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 53's 358 locales take their people from set 53's public generators (``heldout53_people.sources`` / ``person``
/ ``child_of`` / ``second_script`` / ``latin`` / ``whole_only`` / ``title``, which call sets 32-53's) with set 54's
seeds; the eight new ones from ``heldout54_new8``. What an export does to a fact is set 54's own:

- about a third of the person columns plain (a plain header over plain names in the locale's script); the others
  mix the plain name with names as PHP's ``var_dump`` prints them (``string(11) "Gail Harvey"``), Perl's
  ``Data::Dumper`` (``$VAR1 = 'Gail Harvey';``), a Clojure map (``{:name "Gail Harvey"}``), an Erlang binary
  (``<<"Gail Harvey">>``, non-ASCII as ``/utf8``), Rust's ``Debug`` of an ``Option`` (``Some("Gail Harvey")``), a
  Scala case class (``Member(Gail,Harvey)``), Haskell's ``show`` of a ``Maybe`` (``Just "Gail Harvey"``), a
  PowerShell object flattened into CSV (``@{DisplayName=Gail Harvey}``), a SharePoint person or lookup field
  (``14;#Gail Harvey``), UTF-8 read as Windows-1252 (``JosÃ© GarcÃ­a``, only where the name is not ASCII, else
  plain), an iCalendar attendee (``ATTENDEE;CN=Gail Harvey:mailto:…``) and a Markdown mail link (``[Gail
  Harvey](mailto:…)``); for a second person signing for another ``pp. Gail Harvey`` (``i.A.``, ``p.o.``, ``p/``);
- phones as an e-mail-to-SMS gateway address (``447406858784@sms.clicksend.com``), a MongoDB ``NumberLong("…")``, an
  RFC 3966 local number with its context (``tel:07406858784;phone-context=+44``), the plus as a JSON escape
  (``\\u002B447406858784``), URL-encoded (``%2B447406858784``) and an Asterisk dial string
  (``PJSIP/07406858784@trunk-out``);
- headers in eight styles new to the sets: an LDAP directory's attributes (``displayName``, ``telephoneNumber``,
  ``mail``, ``l``), a Google Contacts CSV (``Name``, ``Phone 1 - Value``, ``Custom Field 2 - Value``), SAP field
  names (``NAME1``, ``TELF1``, ``STRAS``, ``ORT01``, ``ZZ_LOTTERY``), a Firestore export's flattened fields
  (``fields.phone.stringValue``), a PDF table's wrapped headers (``Date of\\nbirth``, ``Tele-\\nphone``), Metabase's
  joined columns (``Members → Phone``), Spark's aggregate names (``first(phone)``) and vCard properties (``FN``,
  ``TEL;TYPE=CELL``, ``X-PAID-BY``); a lost header as Power Query's localised default (``Colonne3``, ``Spalte3``,
  ``Kolom3``, ``Columna3``); plain columns keep their plain header;
- ids in cells bare, as a FHIR identifier (``{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "…"}``), with
  the issuing office (``…, ausgestellt von Bürgeramt``) or a KYC tool's tick (``… ✔ verified 2026-11-02``).
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random
import re
import types

import phonenumbers

import heldout53_people as p53
import heldout54_language as language
import heldout54_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p53.NAME, p53.FIRST, p53.LAST, p53.PHONE, p53.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p53.STREET, p53.ADDRESS, p53.POSTCODE, p53.CITY, p53.DOB
NID, IBAN = p53.NID, p53.IBAN
NAME_FORMS = ("full", "php_var_dump", "perl_dumper", "clojure_map", "erlang_binary", "rust_some", "scala_case", "haskell_just",
              "powershell_hash", "sp_lookup", "mojibake", "ical_attendee", "md_mailto", "pp_signed")  # fmt: skip
COLUMN_FORMS = tuple(f for f in NAME_FORMS if f not in ("full", "pp_signed"))
PHONE_LAYOUTS = ("sms_gateway", "mongo_long", "tel_context", "json_u002b", "pct_plus", "dial_string")
STYLES = (
    "ldap_attr",
    "google_contacts",
    "sap_field",
    "firestore",
    "pdf_wrap",
    "metabase_fk",
    "spark_agg",
    "vcard_prop",
)
_LOST = ("Colonne{j}", "Spalte{j}", "Kolom{j}", "Columna{j}")
_PP = {"en": "pp. {}", "de": "i.A. {}", "fr": "p.o. {}", "es": "p/ {}", "it": "p. {}", "nl": "p.o. {}", "pt": "p/ {}",
       "da": "p.p. {}", "cs": "v z. {}", "nb": "p.p. {}"}  # fmt: skip
_ISSUER_EN = {"GB": "issued by DWP", "US": "issued by SSA", "AU": "issued by the ATO", "IN": "issued by UIDAI", "IE": "issued by DSP",
              "CA": "issued by Service Canada", "NZ": "issued by IRD", "AE": "issued by ICP", "JP": "issued by the ward office"}  # fmt: skip
_ISSUER = {"en": "issued by the civil registry", "de": "ausgestellt von Bürgeramt", "fr": "délivré par la préfecture",
           "es": "expedido por la DGP", "it": "rilasciato dal Comune", "nl": "afgegeven door gemeente", "pt": "emitido pelo IRN",
           "da": "udstedt af kommunen", "cs": "vydal MěÚ", "nb": "utstedt av politiet"}  # fmt: skip
_KYC = {"en": "✔ verified", "de": "✔ geprüft", "fr": "✔ vérifié", "es": "✔ verificado", "it": "✔ verificato", "nl": "✔ gecontroleerd",
        "pt": "✔ verificado", "da": "✔ kontrolleret", "cs": "✔ ověřeno", "nb": "✔ kontrollert"}  # fmt: skip
_FHIR = {"US": "http://hl7.org/fhir/sid/us-ssn", "AU": "http://ns.electronichealth.net.au/id/medicare-number",
         "GB": "https://fhir.hl7.org.uk/Id/ni-number", "NL": "http://fhir.nl/fhir/NamingSystem/bsn",
         "DE": "http://fhir.de/sid/steuer-id", "IN": "https://uidai.gov.in/aadhaar"}  # fmt: skip
_MODEL = ("Member", "Customer", "Contact", "Booking", "Guest")
_GATEWAY = {"US": ("vtext.com", "tmomail.net", "txt.att.net"), "CA": ("txt.bell.ca", "pcs.rogers.com")}
_TRUNK = ("trunk-out", "sipgate", "voipms", "twilio-out", "pstn")


def sources(locale: str, seed: int):
    """What set 53's generators draw a locale's people from (nothing for set 54's new 8)."""
    return None if locale in new8.NEW8_54 else p53.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 53's generators, or ``heldout54_new8``)."""
    if locale in new8.NEW8_54:
        return new8.person(locale, rng, child)
    return p53.person(locale, src, rng, child)


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named after the parent as the place does it (set 53's ``child_of``; the new 8:
    ``heldout54_new8.child_of``)."""
    if kid.locale in new8.NEW8_54:
        return new8.child_of(kid, parent)
    return p53.child_of(kid, parent)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 53's rule; the new 8: ``alt`` where
    it is another script)."""
    if p.locale in new8.NEW8_54:
        if p.locale in ("vi_AU", "tr_DE") or not p.alt:
            return None
        if p.locale == "zh_ID" and p.kind == "hokkien" and p.alt and p.alt.isascii():
            return None
        return p.alt
    return p53.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_54:
        return p.script == ""
    return p53.latin(p)


def whole_only(p) -> bool:
    """A name no form may reorder or cut: not Latin, one name only, not given-name-then-surname, or of a place with
    no family names (ml_AE)."""
    if p.locale in new8.NEW8_54:
        if p.locale == "ml_AE":
            return True
        return not latin(p) or p.first == p.last or p.full != f"{p.first} {p.last}"
    return p53.whole_only(p)


def by_given(p) -> bool:
    """The place addresses the person by the given name with a title (``Ato Abebe``, ``Ông Hùng``)."""
    return p.locale in new8.NEW8_54 and p.extra.get("address_by") == "given"


_NEW_TITLES = {"ml_AE": ("Mrs", "Mr"), "ko_JP": ("Ms", "Mr"), "am_US": ("W/ro", "Ato"), "zh_ID": ("Ibu", "Bapak"),
               "vi_AU": ("Mrs", "Mr"), "bn_IN": ("Smt.", "Sri"), "tr_DE": ("Frau", "Herr"), "ar_MA": ("Mme", "M.")}  # fmt: skip
_SCRIPT_TITLES = {
    "Mlym": ("ശ്രീമതി", "ശ്രീ"),
    "Ethi": ("ወ/ሮ", "አቶ"),
    "Beng": ("শ্রীমতী", "শ্রী"),
    "Arab": ("السيدة", "السيد"),
}
_AFTER = {"Hang": ("씨", "씨"), "Hani": ("様", "様"), "Kana": ("様", "様")}
_ZH_AFTER = ("女士", "先生")


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language (set 54's new 8: by the name's script)."""
    if p.locale in new8.NEW8_54:
        if p.script in _SCRIPT_TITLES:
            return _SCRIPT_TITLES[p.script][0 if p.female else 1]
        if p.script == "Hani" and p.locale == "zh_ID":
            return _ZH_AFTER[0 if p.female else 1]
        if p.script in _AFTER:
            return _AFTER[p.script][0 if p.female else 1]
        if p.locale == "vi_AU" and p.kind == "viet":
            return ("Bà", "Ông")[0 if p.female else 1]
        return _NEW_TITLES[p.locale][0 if p.female else 1]
    return p53.title(p, lg)


def titled(p, lg: str, surname: bool) -> str:
    """The title and the surname (or the whole name, or the given name where the place addresses people so) as
    the place writes them (Japanese, Korean and Chinese titles after the name)."""
    t = title(p, lg)
    if p.locale in new8.NEW8_54:
        if p.script in _AFTER:
            base = p.last if surname else p.full
            return f"{base} {t}" if p.script == "Hang" else f"{base}{t}"
        if by_given(p):
            return f"{t} {p.first}"
    return p53.titled(p, lg, surname) if p.locale not in new8.NEW8_54 else f"{t} {p.last if surname else p.full}"


_WORD_LANG = {**p53._WORD_LANG, "ml-AE": "en", "ko-JP": "en", "am-US": "en", "zh-ID": "en", "vi-AU": "en", "bn-IN": "en",
              "tr-DE": "de", "ar-MA": "fr"}  # fmt: skip


def _wl(lg: str) -> str:
    return _WORD_LANG.get(lg, lg)


def _mojibake(full: str) -> str:
    try:
        return full.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return full


def _erlang(full: str) -> str:
    return f'<<"{full}">>' if full.isascii() else f'<<"{full}"/utf8>>'


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None, of: str = "") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``); a whole-only name stays whole where a
    form would reorder or cut it."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    whole = whole_only(p)
    mail = getattr(p, "email", "") or "info@example.org"
    if form == "pp_signed":
        return _PP.get(_wl(lg), _PP["en"]).format(full)
    if form == "php_var_dump":
        return f'string({len(full.encode("utf-8"))}) "{full}"'
    if form == "perl_dumper":
        return f"$VAR1 = '{full}';"
    if form == "clojure_map":
        return f'{{:name "{full}"}}' if whole else f'{{:first-name "{first}", :last-name "{last}"}}'
    if form == "erlang_binary":
        return _erlang(full)
    if form == "rust_some":
        return f'Some("{full}")'
    if form == "scala_case":
        return f"{rng.choice(_MODEL)}({full})" if whole else f"{rng.choice(_MODEL)}({first},{last})"
    if form == "haskell_just":
        return f'Just "{full}"'
    if form == "powershell_hash":
        return f"@{{DisplayName={full}}}" if whole or rng.random() < 0.5 else f"@{{GivenName={first}; Surname={last}}}"
    if form == "sp_lookup":
        return f"{rng.randint(3, 480)};#{full}"
    if form == "mojibake":
        return _mojibake(full)
    if form == "ical_attendee":
        return f"ATTENDEE;CN={full}:mailto:{mail}"
    if form == "md_mailto":
        return f"[{full}](mailto:{mail})"
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
    """One number in one of set 54's layouts (``PHONE_LAYOUTS``), or set 53's (``heldout53_people.phone_text``)."""
    reg = phonenumbers.region_code_for_number(num) or ""
    e164 = _e164(num)
    if layout == "sms_gateway":
        if reg in _GATEWAY:
            return f"{_digits(_national(num))[-10:]}@{rng.choice(_GATEWAY[reg])}"
        return f"{e164[1:]}@{rng.choice(('sms.clicksend.com', 'textmagic.com', 'email2sms.net'))}"
    if layout == "mongo_long":
        return f'NumberLong("{e164[1:]}")'
    if layout == "tel_context":
        return f"tel:{_digits(_national(num))};phone-context=+{num.country_code}"
    if layout == "json_u002b":
        return "\\u002B" + e164[1:]
    if layout == "pct_plus":
        return "%2B" + e164[1:]
    if layout == "dial_string":
        return f"PJSIP/{_digits(_national(num))}@{rng.choice(_TRUNK)}"
    return p53.phone_text(num, layout, rng, lg)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 53's rule)."""
    return p53.phone_local(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts (``sms_gateway`` for mobiles only)."""
    layout = rng.choice(layouts)
    num = p.landline if rng.random() < landline and layout != "sms_gateway" else p.mobile
    return phone_text(num, layout, rng, lg)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?'&]+", header) if w]


def _camel(words: list[str]) -> str:
    return (words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])) if words else "x"


def _sap(words: list[str]) -> str:
    return ("ZZ_" + "_".join(w.upper() for w in words))[:16]


def style_headers(cols: list, style: str, rng: random.Random, ctx: dict, notes_at: int) -> list[str]:
    """The table's headers in one of set 54's styles (``STYLES``); a plain column keeps its plain header. ``ctx``
    holds the table's own name."""
    out = []
    seen: dict = {}

    def nth(kind: str) -> int:
        seen[kind] = seen.get(kind, 0) + 1
        return seen[kind]

    for i, c in enumerate(cols):
        h, lab = c.header, c.label
        words = _words(h) or [h]
        snake = "_".join(w.lower() for w in words)
        notes = i == notes_at
        if getattr(c, "plain", False):
            out.append(h)
            continue
        if style == "ldap_attr":
            m = {NAME: ("displayName", "cn", "secretary", "seeAlso"), PHONE: ("telephoneNumber", "mobile", "homePhone", "pager"),
                 EMAIL: ("mail", "otherMailbox"), STREET: ("street",), ADDRESS: ("postalAddress", "homePostalAddress"),
                 POSTCODE: ("postalCode",), CITY: ("l",), NID: ("employeeNumber",), DOB: ("dateOfBirth",)}.get(lab)  # fmt: skip
            if notes:
                out.append("description")
            elif m:
                k = nth(lab)
                out.append(m[k - 1] if k <= len(m) else f"{m[0]}{k}")
            else:
                out.append(_camel(words))
        elif style == "google_contacts":
            if notes:
                out.append("Notes")
            elif lab == NAME and nth("name") == 1:
                out.append("Name")
            elif lab == PHONE:
                out.append(f"Phone {nth('phone')} - Value")
            elif lab == EMAIL:
                out.append(f"E-mail {nth('email')} - Value")
            elif lab == ADDRESS:
                out.append(f"Address {nth('addr')} - Formatted")
            elif lab in (STREET, CITY, POSTCODE):
                out.append(
                    {STREET: "Address 1 - Street", CITY: "Address 1 - City", POSTCODE: "Address 1 - Postal Code"}[lab]
                )
            elif lab == DOB:
                out.append("Birthday")
            else:
                out.append(f"Custom Field {nth('custom')} - Value")
        elif style == "sap_field":
            m = {NAME: "NAME{}", PHONE: "TELF{}", EMAIL: "SMTP_ADDR", STREET: "STRAS", ADDRESS: "STRAS", POSTCODE: "PSTLZ",
                 CITY: "ORT01", DOB: "GBDAT", NID: "IDNUMBER", IBAN: "IBAN"}.get(lab)  # fmt: skip
            if notes:
                out.append("TDLINE")
            elif m:
                out.append(m.format(nth(lab)))
            else:
                out.append(_sap(words))
        elif style == "firestore":
            kind = "integerValue" if c.values and all(str(v).isdigit() for v in c.values if v) else "stringValue"
            out.append(f"fields.{snake}.{kind}")
        elif style == "pdf_wrap":
            if " " in h.strip():
                parts = h.split(" ")
                k = max(1, len(parts) // 2)
                out.append(" ".join(parts[:k]) + "\n" + " ".join(parts[k:]))
            elif len(h) > 7:
                out.append(h[: len(h) // 2] + "-\n" + h[len(h) // 2 :])
            else:
                out.append(h)
        elif style == "metabase_fk":
            out.append(f"{ctx['table']} → {h}" if i and not notes and rng.random() < 0.6 else h)
        elif style == "spark_agg":
            out.append(
                h
                if i == 0
                else f"collect_list({snake})"
                if notes
                else f"{rng.choice(('first', 'first', 'max', 'last'))}({snake})"
            )
        else:  # vcard_prop
            m = {PHONE: ("TEL;TYPE=CELL", "TEL;TYPE=HOME", "TEL;TYPE=WORK"), EMAIL: ("EMAIL;TYPE=INTERNET", "EMAIL;TYPE=HOME"),
                 ADDRESS: ("ADR;TYPE=HOME", "ADR;TYPE=WORK"), STREET: ("ADR.street",), CITY: ("ADR.locality",), POSTCODE: ("ADR.code",),
                 DOB: ("BDAY",), NID: ("X-ID-NUMBER",), IBAN: ("X-IBAN",)}.get(lab)  # fmt: skip
            if notes:
                out.append("NOTE")
            elif lab == NAME and nth("fn") == 1:
                out.append("FN")
            elif m:
                k = nth(lab)
                out.append(m[k - 1] if k <= len(m) else f"{m[0]}{k}")
            else:
                out.append("X-" + "-".join(w.upper() for w in words))
    return out


def mangle(cols: list, rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 54 writes them (one style for the table), now and then one lost header (never
    the one at ``keep``: the notes, nor a plain column's); duplicates get a number. Returns the headers and the
    style."""
    style = rng.choice(STYLES)
    sub = random.Random(rng.random())
    ctx = {"table": sub.choice(("Members", "Bookings", "Contacts", "People", "Customers"))}
    out = style_headers(cols, style, sub, ctx, keep)
    if rng.random() < 0.35:
        free = [i for i in range(len(out)) if i != keep and not getattr(cols[i], "plain", False)]
        if free:
            lost = rng.choice(free)
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
    """An id number in a cell: bare, as a FHIR identifier, with the issuing office or with a KYC tool's tick."""
    if not p.nid:
        return ""
    k = rng.random()
    wl = _wl(lg)
    if k < 0.4:
        return p.nid
    if k < 0.6:
        reg = language.region(p.locale)
        return f'{{"system": "{_FHIR.get(reg, "urn:oid:2.16." + reg.lower() + ".1.3")}", "value": "{p.nid}"}}'
    if k < 0.8:
        reg = language.region(p.locale)
        issuer = _ISSUER_EN.get(reg, _ISSUER["en"]) if wl == "en" else _ISSUER.get(wl, _ISSUER["en"])
        return f"{p.nid}, {issuer}"
    day = language.TODAY - dt.timedelta(days=rng.randint(3, 400))
    return f"{p.nid} {_KYC.get(wl, _KYC['en'])} {day.isoformat()}"


def age_of(p) -> int:
    """Whole years of the person today."""
    return language.age_on(dt.date.fromisoformat(language.iso_of(p.dob)))
