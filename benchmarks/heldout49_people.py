"""Held-out set 49: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 48's 318 locales take their people from set 48's public generators (``heldout48_people.sources`` / ``person``
/ ``child_of`` / ``second_script`` / ``latin`` / ``title``, which call set 47's and sets 32-48's) with set 49's
seeds; the eight new ones from ``heldout49_new8``. What an export does to a fact is set 49's own:

- names as a Python tuple (``('Gail', 'Harvey')``; a whole-only name as ``('...',)``), as key=value pairs
  (``given=Gail; family=Harvey``; whole-only: ``name=...``), as a chat mention (``@gail.harvey``), with the role
  before in square brackets in the table's language (``[treasurer] Gail Harvey``, ``[Kassenwart]``,
  ``[trésorier]``), with a middle initial (``Gail R. Harvey``), with a check mark after (``Gail Harvey ✓``) and,
  for a guardian, with the child in brackets after (``Gail Harvey (Tom's parent)``, ``(Elternteil von Tom)``,
  ``(parent de Tom)``, ``(genitore di Tom)``) besides the plain form; not-Latin, one-name and not
  given-then-surname names stay whole where a form would reorder or cut them;
- phones as a JSON object (``{"type": "mobile", "number": "+447406858784"}``), with middle dots between the groups
  (``07406·858784``), with thin spaces (U+2009) between the groups, in a spreadsheet's scientific notation
  (``4.47406858784E+11``), as a ``callto:`` link (``callto:+447406858784``) and two numbers each after a short word
  in the table's language joined by a slash (``mob 07406 858784 / home 01330 252288``, ``Handy ... / Festnetz
  ...``, ``port. ... / fixe ...``);
- headers in eight styles new to the sets: a GraphQL field (``phone: String``), a gettext call (``_("Phone")``),
  squared letters (``🄿🄷🄾🄽🄴``), parenthesised letters (``⒫⒣⒪⒩⒠``), a Rust struct field (``pub phone: String,``),
  zero-width spaces between the letters (``P\\u200bh\\u200bo...``), double-struck letters (``ℙ𝕙𝕠𝕟𝕖``) and a C#
  property (``public string Phone { get; set; }``); a lost header as ``H5``, ``∅`` or ``(no header 5)``;
- ids in cells bare, after the issuing country's code in square brackets (``[GB] ...``), with the table's word
  for "seen" after a dash (``... — seen``, ``gesehen``, ``vu``, ``visto``) or as ``id=...``.
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random
import re
import types
import unicodedata

import phonenumbers

import heldout48_people as p48
import heldout49_language as language
import heldout49_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p48.NAME, p48.FIRST, p48.LAST, p48.PHONE, p48.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p48.STREET, p48.ADDRESS, p48.POSTCODE, p48.CITY, p48.DOB
NID, IBAN = p48.NID, p48.IBAN
NAME_FORMS = ("full", "py_tuple", "kv_pairs", "at_mention", "role_bracket", "middle_initial", "check_mark",
              "rel_paren")  # fmt: skip
COLUMN_FORMS = tuple(f for f in NAME_FORMS if f != "rel_paren")
PHONE_LAYOUTS = ("json_phone", "middot", "thin_space", "sci", "callto", "two_labelled")
STYLES = ("graphql", "gettext", "squared", "parenthesized", "rust_field", "zwsp", "double_struck", "csharp_prop")
_LOST = ("H{j}", "∅", "(no header {j})")
_ROLES = {"en": ("treasurer", "captain", "secretary", "volunteer"), "de": ("Kassenwart", "Kapitän", "Schriftführer"),
          "fr": ("trésorier", "capitaine", "secrétaire"), "es": ("tesorero", "capitán", "secretario"),
          "it": ("tesoriere", "capitano", "segretario"), "nl": ("penningmeester", "aanvoerder", "secretaris"),
          "pt": ("tesoureiro", "capitão", "secretário"), "da": ("kasserer", "kaptajn", "sekretær"),
          "cs": ("pokladník", "kapitán", "jednatel"), "nb": ("kasserer", "kaptein", "sekretær")}  # fmt: skip
_PARENT = {"de": "Elternteil von {}", "fr": "parent de {}", "es": "tutor de {}", "it": "genitore di {}",
           "nl": "ouder van {}", "pt": "responsável por {}", "da": "forælder til {}", "cs": "rodič: {}",
           "nb": "forelder til {}"}  # fmt: skip
_MIDDLE = "ABCDEFGHJKLMNPRSTW"
_SCRIPT_NAMES = frozenset({"arabic", "arab", "han", "hani", "hans", "hant", "lao", "laoo", "latin", "latn", "cyrillic",
                           "cyrl", "greek", "grek", "hebrew", "hebr", "thai", "devanagari", "deva", "hangul", "hang",
                           "kana", "tamil", "taml", "bengali", "beng", "armenian", "armn", "georgian", "geor",
                           "ethiopic", "ethi", "khmer", "khmr", "myanmar", "mymr", "sinhala", "sinh", "tibetan",
                           "tibt", "mongolian", "mong", "thaana", "thaa"})  # fmt: skip


def sources(locale: str, seed: int):
    """What set 48's generators draw a locale's people from (nothing for set 49's new 8)."""
    return None if locale in new8.NEW8_49 else p48.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 48's generators, or ``heldout49_new8``)."""
    if locale in new8.NEW8_49:
        return new8.person(locale, rng, child)
    return p48.person(locale, src, rng, child)


def child_of(kid: types.SimpleNamespace, parent: types.SimpleNamespace) -> types.SimpleNamespace:
    """The child named after the parent as the place does it (set 48's ``child_of`` for its locales; the new 8:
    ``heldout49_new8.child_of``)."""
    if kid.locale in new8.NEW8_49:
        return new8.child_of(kid, parent)
    return p48.child_of(kid, parent)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 48's rule, but never a script's name
    where the earlier generators give one instead of a name; the new not-Latin ones: romanised)."""
    if p.locale in new8.NEW8_49:
        return p.alt
    alt = p48.second_script(p)
    if alt and (alt == getattr(p, "script", None) or alt.lower() in _SCRIPT_NAMES):
        return None  # the script's name, not the person's (the earlier sets' zh_MO / ar_SY slip): no second name
    return alt


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_49:
        return p.locale not in new8.NOT_LATIN
    return p48.latin(p)


def whole_only(p) -> bool:
    """A name no form may reorder or cut: not Latin, one name only, or not given-name-then-surname."""
    return not latin(p) or p.first == p.last or p.full != f"{p.first} {p.last}"


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if p.locale in new8.NEW8_49:
        by = {"ur": ("محترمہ", "جناب"), "ml": ("ശ്രീമതി", "ശ്രീ"), "hy": ("տիկին", "պարոն"), "sah": ("г-жа", "г-н"),
              "bm": ("Mme", "M."), "ve": ("Vho", "Vho"), "ch": ("Señora", "Señot"), "oc": ("Dòna", "Sénher")}  # fmt: skip
        pair = by[p.locale.split("_")[0]]
        if lg == "fr" and p.locale == "oc_FR":
            pair = ("Mme", "M.")
        return pair[0 if p.female else 1]
    return p48.title(p, lg)


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", text).lower())


# The new 8 whose country's language of record is another write these words in it.
_WORD_LANG = {**p48._WORD_LANG, "ur": "en", "ml": "en", "hy": "en", "sah": "en", "bm": "fr", "ve": "en", "ch": "en",
              "oc": "fr"}  # fmt: skip


def _wl(lg: str) -> str:
    return _WORD_LANG.get(lg, lg)


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None, of: str = "") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``; ``rel_paren`` names the child ``of``); a
    whole-only name stays whole where a form would reorder or cut it."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    wl = _wl(lg)
    if form == "rel_paren" and of:
        if wl == "en":
            return f"{full} ({of}'s parent)"
        return f"{full} ({_PARENT.get(wl, '{}').format(of)})"
    if form == "role_bracket":
        return f"[{rng.choice(_ROLES.get(wl, _ROLES['en']))}] {full}"
    if form == "check_mark":
        return f"{full} ✓"
    if form == "py_tuple":
        if whole_only(p):
            return f"('{full}',)"
        return f"('{first}', '{last}')"
    if form == "kv_pairs":
        if whole_only(p):
            return f"name={full}"
        return f"given={first}; family={last}"
    if whole_only(p):
        return full
    if form == "at_mention":
        return f"@{_ascii(first)}.{_ascii(last)}"
    if form == "middle_initial":
        return f"{first} {rng.choice(_MIDDLE)}. {last}"
    return full


def _national(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _e164(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


_LABELS = {"en": ("mob", "home"), "de": ("Handy", "Festnetz"), "fr": ("port.", "fixe"), "es": ("móvil", "fijo"),
           "it": ("cell.", "fisso"), "nl": ("mob.", "vast"), "pt": ("telem.", "fixo"), "da": ("mobil", "fastnet"),
           "cs": ("mob.", "pevná"), "nb": ("mobil", "fast")}  # fmt: skip


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random, lg: str = "en") -> str:
    """One number in one of set 49's layouts (``PHONE_LAYOUTS``; the two-number one needs two: see
    :func:`phone_cell`), or set 48's (``heldout48_people.phone_text``)."""
    national = _national(num)
    if layout == "json_phone":
        kind = "mobile" if phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.MOBILE else "landline"
        return '{"type": "' + kind + '", "number": "' + _e164(num) + '"}'
    if layout == "middot":
        return re.sub(r"[\s\-]+", "·", national)
    if layout == "thin_space":
        return re.sub(r"[\s\-]+", "\u2009", national)
    if layout == "sci":
        digits = _e164(num)[1:]
        return format(int(digits), f".{len(digits) - 1}E")
    if layout == "callto":
        return "callto:" + _e164(num)
    if layout == "two_labelled":
        return national
    return p48.phone_text(num, layout, rng, lg)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 48's rule)."""
    return p48.phone_local(num)


def phone_bare(num: phonenumbers.PhoneNumber) -> str:
    """The national digits run together."""
    return p48.phone_bare(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts; ``two_labelled``: the mobile and the
    landline each after the table's short word, joined by a slash."""
    layout = rng.choice(layouts)
    if layout == "two_labelled":
        a, b = _LABELS.get(_wl(lg), _LABELS["en"])
        return f"{a} {_national(p.mobile)} / {b} {_national(p.landline)}"
    num = p.landline if rng.random() < landline else p.mobile
    return phone_text(num, layout, rng, lg)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?]+", header) if w]


def _squared(c: str) -> str:
    if "A" <= c.upper() <= "Z" and c.isascii():
        return chr(0x1F130 + ord(c.upper()) - ord("A"))
    return c


def _paren(c: str) -> str:
    if "a" <= c.lower() <= "z" and c.isascii():
        return chr(0x249C + ord(c.lower()) - ord("a"))
    return c


_DS_HOLES = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}


def _double(c: str) -> str:
    if "A" <= c <= "Z":
        return _DS_HOLES.get(c, chr(0x1D538 + ord(c) - ord("A")))
    if "a" <= c <= "z":
        return chr(0x1D552 + ord(c) - ord("a"))
    if "0" <= c <= "9":
        return chr(0x1D7D8 + ord(c) - ord("0"))
    return c


def style_header(header: str, style: str, i: int, rng: random.Random) -> str:
    """One header in one of set 49's styles (``STYLES``)."""
    words = _words(header) or [header]
    snake = "_".join(w.lower() for w in words)
    pascal = "".join(w[:1].upper() + w[1:] for w in words)
    if style == "graphql":
        return f"{snake}: String"
    if style == "gettext":
        return f'_("{header}")'
    if style == "squared":
        return "".join(_squared(c) for c in header)
    if style == "parenthesized":
        return "".join(_paren(c) for c in header)
    if style == "rust_field":
        return f"pub {snake}: String,"
    if style == "zwsp":
        return "\u200b".join(header)
    if style == "double_struck":
        return "".join(_double(c) for c in header)
    if style == "csharp_prop":
        return f"public string {pascal} {{ get; set; }}"
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 49 writes them (one style for the table), now and then one lost header (never
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


_SEEN = {"en": "seen", "de": "gesehen", "fr": "vu", "es": "visto", "it": "visto", "nl": "gezien", "pt": "visto",
         "da": "set", "cs": "ověřeno", "nb": "sett"}  # fmt: skip


def id_cell(p, lg: str, rng: random.Random) -> str:
    """An id number in a cell: bare, after the issuing country's code in square brackets, with the table's word for
    "seen" after a dash, or as ``id=...``."""
    if not p.nid:
        return ""
    k = rng.random()
    if k < 0.4:
        return p.nid
    if k < 0.6:
        return f"[{language.region(p.locale)}] {p.nid}"
    if k < 0.8:
        return f"{p.nid} — {_SEEN.get(_wl(lg), 'seen')}"
    return f"id={p.nid}"


def age_of(p) -> int:
    """Whole years of the person today."""
    return language.age_on(dt.date.fromisoformat(language.iso_of(p.dob)))
