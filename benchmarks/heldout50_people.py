"""Held-out set 50: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 49's 326 locales take their people from set 49's public generators (``heldout49_people.sources`` / ``person``
/ ``child_of`` / ``second_script`` / ``latin`` / ``title``, which call set 48's and sets 32-49's) with set 50's
seeds; the eight new ones from ``heldout50_new8``. What an export does to a fact is set 50's own:

- names with pronouns after (``Gail Harvey (she/her)``), as a meeting app's guest (``Harvey, Gail (Guest)``), in
  HTML bold (``<b>Gail Harvey</b>``), as a spreadsheet formula (``=CONCATENATE("Gail"," ","Harvey")``), with a
  no-break space between the names (``Gail\\u00a0Harvey``), as a PHP array (``['first' => 'Gail', 'last' =>
  'Harvey']``), with an emoji after (``Gail Harvey 🙂``) and, for a guardian, on behalf of the child (``Gail Harvey
  obo Tom``, ``für Tom``, ``pour Tom``, ``en nombre de Tom``) besides the plain form; not-Latin, one-name and not
  given-then-surname names stay whole where a form would reorder or cut them;
- phones with no-break hyphens (U+2011) between the groups (``07406‑858784``), as an HTML ``tel:`` link (``<a
  href="tel:+447406858784">07406 858784</a>``), after a phone emoji (``📞 07406 858784``, ``📱``), as a Markdown
  link (``[07406 858784](tel:+447406858784)``), after the country's flag in the international form (``🇬🇧 +44 7406
  858784``) and in both forms (``07406 858784 (+447406858784)``);
- headers in eight styles new to the sets: a Kotlin property (``val phone: String?``), a TypeScript optional field
  (``phone?: string;``), a JSONPath (``$.phone``), an SQL column definition (``phone VARCHAR(255)``), monospace
  letters (``𝙿𝚑𝚘𝚗𝚎``), an Excel table reference (``Table1[Phone]``), a Haskell record field (``phone :: Text``) and an
  Objective-C property (``@property NSString *phone;``); a lost header as ``Expr1005``, ``(No column name)`` or
  ``V5``;
- ids in cells bare, as a Code 39 barcode read back (``*AB123456C*``), as a small JSON object (``{"doc": "ID",
  "no": "..."}``) or with the table's word for "scanned" in brackets after (``... (scanned)``, ``(gescannt)``,
  ``(scanné)``).
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random
import re
import types

import phonenumbers

import heldout49_people as p49
import heldout50_language as language
import heldout50_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p49.NAME, p49.FIRST, p49.LAST, p49.PHONE, p49.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p49.STREET, p49.ADDRESS, p49.POSTCODE, p49.CITY, p49.DOB
NID, IBAN = p49.NID, p49.IBAN
NAME_FORMS = ("full", "pronouns", "guest_tag", "html_bold", "excel_concat", "nbsp", "php_array", "emoji_after",
              "obo")  # fmt: skip
COLUMN_FORMS = tuple(f for f in NAME_FORMS if f != "obo")
PHONE_LAYOUTS = ("nb_hyphen", "html_tel", "emoji_phone", "md_tel", "flag_intl", "both_forms")
STYLES = ("kotlin_val", "typescript_opt", "jsonpath", "sql_ddl", "monospace", "excel_table", "haskell_field",
          "objc_property")  # fmt: skip
_LOST = ("Expr100{j}", "(No column name)", "V{j}")
_OBO = {"en": "obo {}", "de": "für {}", "fr": "pour {}", "es": "en nombre de {}", "it": "per conto di {}",
        "nl": "namens {}", "pt": "em nome de {}", "da": "på vegne af {}", "cs": "za {}", "nb": "på vegne av {}"}  # fmt: skip
_EMOJI = ("🙂", "⭐", "🎉", "👍", "🌸")
_SCANNED = {"en": "scanned", "de": "gescannt", "fr": "scanné", "es": "escaneado", "it": "scansionato", "nl": "gescand",
            "pt": "digitalizado", "da": "scannet", "cs": "naskenováno", "nb": "skannet"}  # fmt: skip
_CODE39 = re.compile(r"^[A-Z0-9 .$/+%-]+$")


def sources(locale: str, seed: int):
    """What set 49's generators draw a locale's people from (nothing for set 50's new 8)."""
    return None if locale in new8.NEW8_50 else p49.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 49's generators, or ``heldout50_new8``)."""
    if locale in new8.NEW8_50:
        return new8.person(locale, rng, child)
    return p49.person(locale, src, rng, child)


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named after the parent as the place does it (set 49's ``child_of``; the new 8:
    ``heldout50_new8.child_of``)."""
    if kid.locale in new8.NEW8_50:
        return new8.child_of(kid, parent)
    return p49.child_of(kid, parent)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 49's rule; the new not-Latin ones:
    romanised)."""
    if p.locale in new8.NEW8_50:
        return p.alt
    return p49.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_50:
        return p.locale not in new8.NOT_LATIN
    return p49.latin(p)


def whole_only(p) -> bool:
    """A name no form may reorder or cut: not Latin, one name only, or not given-name-then-surname."""
    return not latin(p) or p.first == p.last or p.full != f"{p.first} {p.last}"


_NEW_TITLES = {"kn": ("ಶ್ರೀಮತಿ", "ಶ್ರೀ"), "ba": ("Хөрмәтле", "Хөрмәтле"), "yue": ("太", "生"), "ban": ("Ibu", "Bapak"),
               "yua": ("Sra.", "Sr."), "ki": ("Mrs", "Mr"), "gv": ("Mrs", "Mr"), "fur": ("Siore", "Siôr")}  # fmt: skip


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if p.locale in new8.NEW8_50:
        pair = _NEW_TITLES[p.locale.split("_")[0]]
        if lg == "es" and p.locale == "yua_MX":
            pair = ("Sra.", "Sr.")
        if lg == "it" and p.locale == "fur_IT":
            pair = ("Sig.ra", "Sig.")
        return pair[0 if p.female else 1]
    return p49.title(p, lg)


def titled(p, lg: str, surname: bool) -> str:
    """The title and the surname (or the whole name) as the place writes them: Cantonese after the surname
    (``陳太``, ``陳生``), elsewhere before."""
    t = title(p, lg)
    name = p.last if surname else p.full
    if p.locale == "yue_HK":
        return f"{p.last}{t}" if surname else f"{p.full}{'女士' if p.female else '先生'}"
    return f"{t} {name}"


_WORD_LANG = {**p49._WORD_LANG, "kn": "en", "ba": "en", "yue": "en", "ban": "en", "yua": "es", "ki": "en", "gv": "en",
              "fur": "it"}  # fmt: skip


def _wl(lg: str) -> str:
    return _WORD_LANG.get(lg, lg)


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None, of: str = "") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``; ``obo`` names the child ``of``); a whole-only
    name stays whole where a form would reorder or cut it."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    wl = _wl(lg)
    whole = whole_only(p)
    if form == "obo" and of:
        return f"{full} {_OBO.get(wl, _OBO['en']).format(of)}"
    if form == "pronouns":
        return f"{full} ({'she/her' if p.female else 'he/him'})"
    if form == "guest_tag":
        return f"{full} (Guest)" if whole else f"{last}, {first} (Guest)"
    if form == "html_bold":
        return f"<b>{full}</b>"
    if form == "excel_concat":
        return f'=TRIM("{full} ")' if whole else f'=CONCATENATE("{first}"," ","{last}")'
    if form == "nbsp":
        return full.replace(" ", "\u00a0")
    if form == "php_array":
        esc = lambda s: s.replace("'", "\\'")  # noqa: E731
        return f"['name' => '{esc(full)}']" if whole else f"['first' => '{esc(first)}', 'last' => '{esc(last)}']"
    if form == "emoji_after":
        return f"{full} {rng.choice(_EMOJI)}"
    return full


def _national(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _intl(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _e164(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def _flag(num: phonenumbers.PhoneNumber) -> str:
    reg = phonenumbers.region_code_for_number(num) or "GB"
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in reg.upper())


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random, lg: str = "en") -> str:
    """One number in one of set 50's layouts (``PHONE_LAYOUTS``), or set 49's (``heldout49_people.phone_text``)."""
    national = _national(num)
    if layout == "nb_hyphen":
        return re.sub(r"[ \-]+", "\u2011", national)
    if layout == "html_tel":
        return f'<a href="tel:{_e164(num)}">{national}</a>'
    if layout == "emoji_phone":
        mobile = phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.MOBILE
        return f"{'📱' if mobile else '📞'} {national}"
    if layout == "md_tel":
        return f"[{national}](tel:{_e164(num)})"
    if layout == "flag_intl":
        return f"{_flag(num)} {_intl(num)}"
    if layout == "both_forms":
        return f"{national} ({_e164(num)})"
    return p49.phone_text(num, layout, rng, lg)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 49's rule)."""
    return p49.phone_local(num)


def phone_bare(num: phonenumbers.PhoneNumber) -> str:
    """The national digits run together."""
    return p49.phone_bare(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts."""
    layout = rng.choice(layouts)
    num = p.landline if rng.random() < landline else p.mobile
    return phone_text(num, layout, rng, lg)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?'&]+", header) if w]


def _mono(c: str) -> str:
    if "A" <= c <= "Z":
        return chr(0x1D670 + ord(c) - ord("A"))
    if "a" <= c <= "z":
        return chr(0x1D68A + ord(c) - ord("a"))
    if "0" <= c <= "9":
        return chr(0x1D7F6 + ord(c) - ord("0"))
    return c


def style_header(header: str, style: str, i: int, rng: random.Random) -> str:
    """One header in one of set 50's styles (``STYLES``)."""
    words = _words(header) or [header]
    snake = "_".join(w.lower() for w in words)
    camel = words[0].lower() + "".join(w[:1].upper() + w[1:] for w in words[1:])
    if style == "kotlin_val":
        return f"val {camel}: String?"
    if style == "typescript_opt":
        return f"{camel}?: string;"
    if style == "jsonpath":
        return f"$.{camel}"
    if style == "sql_ddl":
        return f"{snake} VARCHAR(255)"
    if style == "monospace":
        return "".join(_mono(c) for c in header)
    if style == "excel_table":
        return f"Table1[{header}]"
    if style == "haskell_field":
        return f"{camel} :: Text"
    if style == "objc_property":
        return f"@property NSString *{camel};"
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 50 writes them (one style for the table), now and then one lost header (never
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
    """An id number in a cell: bare, as a Code 39 barcode read back (where its letters allow), as a small JSON
    object or with the table's word for "scanned" in brackets after."""
    if not p.nid:
        return ""
    k = rng.random()
    if k < 0.35:
        return p.nid
    if k < 0.55 and _CODE39.match(p.nid):
        return f"*{p.nid}*"
    if k < 0.75:
        return '{"doc": "ID", "no": "' + p.nid + '"}'
    return f"{p.nid} ({_SCANNED.get(_wl(lg), 'scanned')})"


def age_of(p) -> int:
    """Whole years of the person today."""
    return language.age_on(dt.date.fromisoformat(language.iso_of(p.dob)))
