"""Held-out set 47: one person of any locale, the ways an export writes each fact in a cell, headers and their
mangling.

Set 46's 302 locales take their people from set 46's public generators (``heldout46_people.sources`` / ``person``
/ ``with_surname`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-46's) with set 47's seeds; the
eight new ones from ``heldout47_new8``. What an export does to a fact is set 47's own:

- names as ``CN=Gail Harvey,OU=Members`` (a directory's distinguished name), ``N:Harvey;Gail;;;`` (a vCard's name
  field; a whole-only name as ``FN:...``), ``Gail+Harvey`` / ``Gail%20Harvey`` (form-encoded), ``Gail Harvey (b.
  1998)`` (the year of birth after, its word in the table's language: ``geb.``, ``n.``, ``f.``, ``nar.``), ``Miss
  Gail`` (a local honorific before the given name alone: ``Aunty Leilani``, ``Uncle Keoni``, ``Nna Tassadit``, ``Dda
  Idir``, ``Mma Kgomotso``, ``Rra Tshepo``, ``Zia Santa``; Telugu ``... గారు`` after the whole name), ``Gail Harvey
  (mum of Tom)`` (a guardian with the relation to the child's given name, in the table's language: ``Mutter von``,
  ``mère de``, ``madre di``) and ``Harvey<TAB>Gail`` (the surname, a tab, the given name) besides the plain form;
  not-Latin, one-name and surname-first names stay whole where a form would reorder or cut them;
- phones as a dial string with pauses before an extension (``+44 1330 252288,,204``), the country code in words in
  the table's language (``plus four four 7406 858784``, ``plus vier vier ...``), two numbers with the second in
  brackets after a word (``07406 858784 (alt. 01330 252288)``, ``(sonst ...)``, ``(sinon ...)``) or joined by a
  semicolon (the words in French for co ty kab), an SMS link (``sms:+447406858784``), the area code in square
  brackets (``[07406] 858784``) and a capital O for every zero (``O74O6 858784``);
- headers in eight styles new to the sets: a Java getter (``getPhone()``), an HTTP header (``X-Phone``), a
  spreadsheet formula (``="Phone"``), a wiki table's header cell (``! Phone``), guillemets (``«Phone»``), a
  subscript (``row["phone"]``), a Go struct tag (``json:"phone"``) and mathematical bold letters (``𝐏𝐡𝐨𝐧𝐞``); a lost
  header as ``...5``, ``V5`` or ``None``;
- ids in cells bare, after ``№``, with the document's kind after in square brackets (``... [ID card]``) or with the
  year of issue after (``... (issued 2019)``).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import types
import unicodedata

import phonenumbers

import heldout46_people as p46
import heldout47_language as language
import heldout47_new8 as new8

NAME, FIRST, LAST, PHONE, EMAIL = p46.NAME, p46.FIRST, p46.LAST, p46.PHONE, p46.EMAIL
STREET, ADDRESS, POSTCODE, CITY, DOB = p46.STREET, p46.ADDRESS, p46.POSTCODE, p46.CITY, p46.DOB
NID, IBAN = p46.NID, p46.IBAN
NAME_FORMS = ("full", "ldap_dn", "vcard_n", "urlenc", "yob_after", "hon_given", "rel_of", "tab_sep")
COLUMN_FORMS = tuple(f for f in NAME_FORMS if f != "rel_of")
PHONE_LAYOUTS = ("ext_commas", "cc_in_words", "two_alt", "two_semicolon", "sms_uri", "sq_area", "letter_o")
STYLES = ("java_getter", "http_header", "excel_formula", "wiki_cell", "guillemets", "subscript", "go_tag",
          "math_bold")  # fmt: skip
_LOST = ("...{j}", "V{j}", "None")
_BORN = {"en": "b.", "de": "geb.", "fr": "n.", "es": "n.", "it": "n.", "nl": "geb.", "pt": "n.", "da": "f.",
         "cs": "nar.", "nb": "f."}  # fmt: skip
_REL_OF = {"en": ("mum of", "dad of"), "de": ("Mutter von", "Vater von"), "fr": ("mère de", "père de"),
           "es": ("madre de", "padre de"), "it": ("madre di", "padre di"), "nl": ("moeder van", "vader van"),
           "pt": ("mãe de", "pai de"), "da": ("mor til", "far til"), "cs": ("matka dítěte", "otec dítěte"),
           "nb": ("mor til", "far til")}  # fmt: skip
# A local honorific before the given name alone (women, men).
_HON_GIVEN = {"en": ("Miss", "Mr"), "haw_US": ("Aunty", "Uncle"), "kab_DZ": ("Nna", "Dda"), "tn_BW": ("Mma", "Rra"),
              "co_FR": ("Zia", "Ziu"), "ty_PF": ("Mama", "Papa"), "ee_GH": ("Mama", "Togbe")}  # fmt: skip


def sources(locale: str, seed: int):
    """What set 46's generators draw a locale's people from (nothing for set 47's new 8)."""
    return None if locale in new8.NEW8_47 else p46.sources(locale, seed)


def person(locale: str, src, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of ``locale`` (set 46's generators, or ``heldout47_new8``)."""
    if locale in new8.NEW8_47:
        return new8.person(locale, rng, child)
    return p46.person(locale, src, rng, child)


def with_surname(p: types.SimpleNamespace, last: str) -> types.SimpleNamespace:
    """The person with another surname (a child with a parent's); in ti_ET a child keeps its own name and its
    father's; in te_IN the family name goes first."""
    if p.locale in new8.NEW8_47:
        if p.locale in new8.OWN_NAME:
            return p
        if p.locale == "te_IN":
            return types.SimpleNamespace(**{**vars(p), "last": last, "full": f"{last} {p.first}", "alt": None})
        return types.SimpleNamespace(**{**vars(p), "last": last, "full": f"{p.first} {last}", "alt": None})
    return p46.with_surname(p, last)


def second_script(p) -> str | None:
    """The person's name in the other script a table of theirs may carry (set 46's rule; the new not-Latin ones:
    romanised)."""
    if p.locale in new8.NEW8_47:
        return p.alt
    return p46.second_script(p)


def latin(p) -> bool:
    """The person's main name is in Latin letters."""
    if p.locale in new8.NEW8_47:
        return p.locale not in new8.NOT_LATIN
    return p46.latin(p)


def whole_only(p) -> bool:
    """A name no form may reorder or cut: not Latin, one name only, or not given-name-then-surname."""
    return not latin(p) or p.first == p.last or p.full != f"{p.first} {p.last}"


def title(p, lg: str) -> str:
    """The courtesy title of the person in the table's language."""
    if p.locale in new8.NEW8_47:
        by = {"te": ("శ్రీమతి", "శ్రీ"), "ti": ("ወ/ሮ", "ኣቶ"), "ee": ("Mrs", "Mr"), "tn": ("Mma", "Rra"),
              "ty": ("Mme", "M."), "kab": ("Mme", "M."), "haw": ("Mrs", "Mr"), "co": ("Mme", "M.")}  # fmt: skip
        pair = by[p.locale.split("_")[0]]
        if lg == "en" and p.locale in ("tn_BW", "ty_PF", "kab_DZ", "co_FR"):
            pair = ("Mrs", "Mr")
        return pair[0 if p.female else 1]
    return p46.title(p, lg)


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", text).lower())


def name_cell(p, form: str, lg: str = "en", rng: random.Random | None = None, of: str = "") -> str:
    """The person's name as an export writes it in a cell (``NAME_FORMS``; ``rel_of`` names the child ``of``); a
    whole-only name stays whole where a form would reorder or cut it."""
    rng = rng or random.Random(0)
    first, last, full = p.first, p.last, p.full
    if form == "ldap_dn":
        return f"CN={full},OU={rng.choice(('Members', 'Customers', 'Contacts', 'Users'))}"
    if form == "urlenc":
        return full.replace(" ", rng.choice(("+", "%20")))
    if form == "yob_after":
        return f"{full} ({_BORN.get(lg, 'b.')} {language.iso_of(p.dob)[:4]})"
    if form == "rel_of" and of:
        return f"{full} ({_REL_OF.get(lg, _REL_OF['en'])[0 if p.female else 1]} {of})"
    if form == "hon_given":
        if p.locale == "te_IN":
            return f"{full} గారు"
        pair = _HON_GIVEN.get(p.locale) or (_HON_GIVEN["en"] if lg == "en" else None)
        if pair and not whole_only(p):
            return f"{pair[0 if p.female else 1]} {first}"
        return full
    if whole_only(p):
        return f"FN:{full}" if form == "vcard_n" else full
    if form == "vcard_n":
        return f"N:{last};{first};;;"
    if form == "tab_sep":
        return f"{last}\t{first}"
    return full


def _national(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def _intl(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_DIGITS = {"en": "zero one two three four five six seven eight nine",
           "de": "null eins zwei drei vier fünf sechs sieben acht neun",
           "fr": "zéro un deux trois quatre cinq six sept huit neuf",
           "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
           "it": "zero uno due tre quattro cinque sei sette otto nove",
           "nl": "nul een twee drie vier vijf zes zeven acht negen",
           "pt": "zero um dois três quatro cinco seis sete oito nove",
           "da": "nul en to tre fire fem seks syv otte ni", "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
           "nb": "null en to tre fire fem seks sju åtte ni"}  # fmt: skip
_PLUS = {"es": "más", "it": "più", "pt": "mais"}
# The new 8 whose country's language of record is French write these words in French.
_WORD_LANG = {"co": "fr", "ty": "fr", "kab": "fr"}


def _wl(lg: str) -> str:
    return _WORD_LANG.get(lg, lg)


_ALT = {"en": "alt.", "de": "sonst", "fr": "sinon", "es": "o bien", "it": "altrimenti", "nl": "anders",
        "pt": "alternativo", "da": "ellers", "cs": "jinak", "nb": "ellers"}  # fmt: skip


def _sq_area(national: str) -> str:
    """The national number with its first group (the area or mobile prefix) in square brackets."""
    if national.startswith("("):
        return "[" + national[1:].replace(")", "]", 1)
    head, sep, tail = national.partition(" ")
    if sep:
        return f"[{head}] {tail}"
    return f"[{national[:3]}] {national[3:]}"


def phone_text(num: phonenumbers.PhoneNumber, layout: str, rng: random.Random, lg: str = "en") -> str:
    """One number in one of set 47's layouts (``PHONE_LAYOUTS``; the two-number ones need two: see
    :func:`phone_cell`), or set 46's (``heldout46_people.phone_text``)."""
    national = _national(num)
    lg = _wl(lg)
    if layout == "ext_commas":
        return f"{_intl(num)},,{rng.randint(2, 399)}"
    if layout == "cc_in_words":
        words = _DIGITS.get(lg, _DIGITS["en"]).split()
        cc = " ".join(words[int(d)] for d in str(num.country_code))
        return f"{_PLUS.get(lg, 'plus')} {cc} " + _intl(num).split(" ", 1)[1]
    if layout == "sms_uri":
        return "sms:" + phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if layout == "sq_area":
        return _sq_area(national)
    if layout == "letter_o":
        return national.replace("0", "O")
    if layout in ("two_alt", "two_semicolon"):
        return national
    return p46.phone_text(num, layout, rng, lg)


def phone_local(num: phonenumbers.PhoneNumber) -> str:
    """The number as said locally (set 46's rule)."""
    return p46.phone_local(num)


def phone_bare(num: phonenumbers.PhoneNumber) -> str:
    """The national digits run together."""
    return p46.phone_bare(num)


def phone_cell(p, rng: random.Random, layouts: list[str], lg: str = "en", landline: float = 0.0) -> str:
    """A person's phone cell: one number in one of the column's layouts; ``two_alt`` / ``two_semicolon``: the
    mobile and the landline, the second in brackets after the table's word or after a semicolon."""
    layout = rng.choice(layouts)
    lg = _wl(lg)
    if layout == "two_alt":
        return f"{_national(p.mobile)} ({_ALT.get(lg, 'alt.')} {_national(p.landline)})"
    if layout == "two_semicolon":
        return f"{_national(p.mobile)}; {_national(p.landline)}"
    num = p.landline if rng.random() < landline else p.mobile
    return phone_text(num, layout, rng, lg)


def _words(header: str) -> list[str]:
    return [w for w in re.split(r"[\s_./:\-()#*?]+", header) if w]


def _bold(c: str) -> str:
    if "A" <= c <= "Z":
        return chr(0x1D400 + ord(c) - ord("A"))
    if "a" <= c <= "z":
        return chr(0x1D41A + ord(c) - ord("a"))
    if "0" <= c <= "9":
        return chr(0x1D7CE + ord(c) - ord("0"))
    return c


def style_header(header: str, style: str, i: int, rng: random.Random) -> str:
    """One header in one of set 47's styles (``STYLES``)."""
    words = _words(header) or [header]
    if style == "java_getter":
        return "get" + "".join(w[:1].upper() + w[1:] for w in words) + "()"
    if style == "http_header":
        return "X-" + "-".join(w[:1].upper() + w[1:] for w in words)
    if style == "excel_formula":
        return f'="{header}"'
    if style == "wiki_cell":
        return f"! {header}"
    if style == "guillemets":
        return f"«{header}»"
    if style == "subscript":
        return 'row["' + "_".join(w.lower() for w in words) + '"]'
    if style == "go_tag":
        return 'json:"' + "_".join(w.lower() for w in words) + '"'
    if style == "math_bold":
        return "".join(_bold(c) for c in header)
    return header


def mangle(headers: list[str], rng: random.Random, keep: int = -1) -> tuple[list[str], str]:
    """Headers as one export of set 47 writes them (one style for the table), now and then one lost header (never
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


_KIND = {"en": ("ID card", "passport", "licence"), "de": ("Personalausweis", "Reisepass"),
         "fr": ("CNI", "passeport"), "es": ("DNI", "pasaporte"), "it": ("C.I.", "passaporto"),
         "nl": ("ID-kaart", "paspoort"), "pt": ("CC", "passaporte"), "da": ("pas", "kørekort"),
         "cs": ("OP", "pas"), "nb": ("pass", "førerkort")}  # fmt: skip
_ISSUED = {"en": "issued", "de": "ausgestellt", "fr": "délivrée", "es": "expedido", "it": "rilasciata",
           "nl": "afgegeven", "pt": "emitido", "da": "udstedt", "cs": "vydáno", "nb": "utstedt"}  # fmt: skip


def id_cell(p, lg: str, rng: random.Random) -> str:
    """An id number in a cell: bare, after ``№``, with the document's kind after in square brackets, or with the
    year of issue after in brackets (the words in the table's language)."""
    if not p.nid:
        return ""
    lg = _wl(lg)
    k = rng.random()
    if k < 0.45:
        return p.nid
    if k < 0.65:
        return f"№ {p.nid}"
    if k < 0.85:
        return f"{p.nid} [{rng.choice(_KIND.get(lg, _KIND['en']))}]"
    return f"{p.nid} ({_ISSUED.get(lg, 'issued')} {rng.randint(2012, 2025)})"


def age_of(p) -> int:
    """Whole years of the person today."""
    return language.age_on(dt.date.fromisoformat(language.iso_of(p.dob)))
