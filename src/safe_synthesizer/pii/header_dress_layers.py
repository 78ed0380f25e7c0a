"""The outer layers of a header's dress that :mod:`header_undress` does not take off: letter variants Unicode does not
fold, escapes of serialisations, declarations of code and schema languages, and multi-level headers.

Why: a header is read by its words, and every tool writes the words in its own dress. A list of dresses falls behind
the next tool, so each layer here is read by its STRUCTURE, from the character database or a language's grammar:

- letter variants by the character's NAME: NFKC folds math bold and full-width letters, not small capitals
  (``ᴘᴀʀᴇɴᴛ``: LATIN LETTER SMALL CAPITAL P), negative circled or squared letters, regional indicators; any
  character whose name is a style of a script's letter (``... LETTER SMALL CAPITAL X``, ``NEGATIVE CIRCLED LATIN
  CAPITAL LETTER X``) is read as that letter, and decorative combining marks left after NFC (``H̲a̲n̲d̲l̲e̲r̲``: COMBINING
  LOW LINE; strokes, overlines, enclosing circles) are dropped, while a script's own vowel signs are kept;
- escapes of any serialisation: SharePoint/XML ``_x0020_``, ``\\u00e9``, ``\\x2f``, HTML ``&#233;`` / ``&eacute;``,
  URL ``%20``;
- a field declaration of a code or schema language: protobuf ``string farm_manager = 11;``, Thrift ``1: optional
  string phone,``, SQL ``phone VARCHAR(20) NOT NULL``, TypeScript ``phone?: string;``, Java ``private String
  phone;``, C# ``public string Phone { get; set; }``, Kotlin ``val phone: String``, GraphQL ``phone: String!``: the
  type words and modifiers are a closed class of those languages, so the one identifier left is the field's name.
  A declaration needs its punctuation (``;``, ``=``, ``:`` before a type, ``(n)``) or a leading modifier, so a
  header of words (``Date received``) is never read as one;
- a multi-level header (a flattened pandas MultiIndex tuple ``('Booking', 'Parent')``, ``Contact | Phone``,
  ``Contact > Phone``, ``Contact » Phone``): its LAST meaningful level, the leaf, names the column; the upper
  levels name the group (``Person``, ``Details``) and would add their own hints;
- a lost header (``Unnamed: 5_level_1``, ``fld9``, ``F9``, ``—``, ``...3``) is no hint at all: peeled to ``""``.

The dotted path ``a.b`` is NOT cut to its last level: it cannot be told from an abbreviation (``Geb.Datum``,
``Tel.Nr``) by its shape; :mod:`header_undress` reads the receivers it knows (``row.guest``).

Example::

    peel_header_dress("ᴅᴀᴛᴇ ᴏꜰ ʙɪʀᴛʜ")                  # 'date of birth'
    peel_header_dress("string farm_manager = 11;")      # 'farm_manager'
    peel_header_dress("('Booking', 'Parent')")          # 'Parent'
"""

from __future__ import annotations

import ast
import html
import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote

__all__ = ["is_lost_header", "peel_header_dress"]

# Style words of a letter's character name; dropped, the name is the plain letter's (``CIRCLED LATIN SMALL LETTER
# H`` -> ``LATIN SMALL LETTER H``). Unicode spells small capitals ``LETTER SMALL CAPITAL X``.
_STYLE_WORDS = re.compile(
    r"\b(?:NEGATIVE|CIRCLED|PARENTHESIZED|SQUARED|DOUBLE-STRUCK|FULLWIDTH|HALFWIDTH|MATHEMATICAL|BOLD|ITALIC|"
    r"SCRIPT|FRAKTUR|SANS-SERIF|MONOSPACE|SUBSCRIPT|SUPERSCRIPT|MODIFIER|TAG)\s+"
)
_SMALL_CAPITAL = re.compile(r"\bLETTER SMALL CAPITAL\b")
_REGIONAL = re.compile(r"^REGIONAL INDICATOR SYMBOL LETTER ([A-Z])$")
_SCRIPT_LETTER = re.compile(r"^([A-Z]+) (?:(CAPITAL|SMALL) )?LETTER ([A-Z]+)$")
# Combining marks that decorate a letter (underline, overline, strokes, enclosures), not a script's own signs.
_DECORATION = re.compile(r"^COMBINING .*(?:LINE|OVERLINE|STROKE|OVERLAY|ENCLOSING|LONG SOLIDUS|SHORT SOLIDUS)")


@lru_cache(maxsize=4096)
def _plain_letter(ch: str) -> str:
    """The plain letter a styled character stands for, ``""`` for a decorative mark, else the character."""
    if ch.isascii():
        return ch
    name = unicodedata.name(ch, "")
    if not name:
        return ch
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me"):
        return "" if _DECORATION.match(name) else ch
    if m := _REGIONAL.match(name):
        return m.group(1)
    styled = _STYLE_WORDS.sub("", _SMALL_CAPITAL.sub("SMALL LETTER", name))
    if styled == name:
        return ch
    m = _SCRIPT_LETTER.match(styled)
    if not m:
        return ch
    script, case, letter = m.groups()
    for candidate in (f"{script} {case or 'SMALL'} LETTER {letter}", f"{script} CAPITAL LETTER {letter}"):
        try:
            return unicodedata.lookup(candidate)
        except KeyError:
            continue
    return ch


def _fold_letters(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", "".join(_plain_letter(c) for c in text))


_ESCAPES = (
    (re.compile(r"_x([0-9A-Fa-f]{4})_"), 16),  # SharePoint / XML names
    (re.compile(r"\\u([0-9A-Fa-f]{4})"), 16),
    (re.compile(r"\\x([0-9A-Fa-f]{2})"), 16),
)
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _unescape(text: str) -> str:
    for pattern, base in _ESCAPES:
        text = pattern.sub(lambda m, b=base: chr(int(m.group(1), b)), text)
    if _ENTITY.search(text):
        text = html.unescape(text)
    if _PERCENT.search(text):
        text = unquote(text)
    return text


# Type words of protobuf, Thrift, Avro, SQL, TypeScript, Java, C#, Kotlin, Swift, Go, GraphQL, Rust that are no
# everyday word: they make a declaration alone; the others (``date``, ``text``, ``id``) only beside code punctuation.
_CODE_TYPES = frozenset({
    "string", "str", "varchar", "nvarchar", "char", "nchar", "varchar2", "nvarchar2", "clob", "bytes", "int", "int8",
    "int16", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64",
    "integer", "bigint", "smallint", "tinyint", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "float",
    "double", "decimal", "numeric", "bool", "boolean", "datetime", "datetime2", "timestamp", "timestamptz", "uuid",
    "guid", "jsonb", "blob", "bigserial", "f32", "f64",
})  # fmt: skip
_TYPE_WORDS = _CODE_TYPES | frozenset({
    "text", "long", "short", "byte", "number", "real", "date", "time", "json", "any", "object", "binary", "serial",
    "money", "id", "list", "map", "set",
})  # fmt: skip
# Modifiers of those languages' declarations; the first group starts one only beside a type word.
_CODE_MODIFIERS = frozenset({
    "repeated", "optional", "required", "private", "public", "protected", "internal", "readonly", "val", "var",
    "let", "const", "final", "static", "pub", "mut",
})  # fmt: skip
_MODIFIERS = _CODE_MODIFIERS | frozenset({"not", "null", "unique", "primary", "key", "default", "references"})
_IDENT = r"[^\W\d]\w*"
# ``<type> name = n;`` (protobuf), ``n: [optional] <type> name[,;]`` (Thrift), ``private String phone;`` (Java).
_PROTO = re.compile(
    rf"^(?:\d+\s*:\s*)?(?:(?:{_IDENT})(?:<[^>]*>)?\??\s+)+({_IDENT})\s*(?:=\s*\d+\s*)?(?:\[[^\]]*\]\s*)?[;,]?$"
)
# ``name?: type;`` / ``name: Type!`` / ``val name: String`` (TypeScript, GraphQL, Kotlin, Swift, Rust).
_COLON_TYPED = re.compile(rf"^(?:(?:{_IDENT})\s+)*({_IDENT})\s*([?!]?)\s*:\s*(\[?{_IDENT}[^;,]*?)([!?]?)\s*([;,]?)$")
# ``name VARCHAR(20) NOT NULL,`` (SQL DDL).
_SQL = re.compile(rf"^({_IDENT})\s+({_IDENT})\s*(\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\s+[A-Za-z ]+)?\s*([;,]?)$")
# ``public string Phone { get; set; }`` (C#).
_PROPERTY = re.compile(rf"^(?:(?:{_IDENT})\s+)+({_IDENT})\s*\{{\s*get;.*\}}$")


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d]\w*", text)]


def _typed(words: list[str], marked: bool) -> bool:
    """Every word a type word or a modifier, one of them a type; a type of everyday words only when ``marked``."""
    types = _TYPE_WORDS if marked else _CODE_TYPES
    return bool(words) and all(w in _TYPE_WORDS or w in _MODIFIERS for w in words) and any(w in types for w in words)


def _declared_name(text: str) -> str | None:
    """The field name of a code or schema declaration, or ``None`` when ``text`` is no declaration."""
    text = text.strip()
    if " " not in text and ":" not in text:
        return None
    if m := _PROPERTY.match(text):
        return m.group(1)
    # Code punctuation: a statement's ``;``, a field number ``= n`` or ``n:`` (a list's ``,`` alone is no mark).
    marked = text.endswith(";") or "=" in text or bool(re.match(r"^\d+\s*:", text))
    if m := _PROTO.match(text):
        before = _words(text[: m.start(1)])
        # A protobuf message type is a capitalised word of its own (``Person parent = 2;``): ``= n`` says it is one.
        if _typed(before, marked) or (before and re.search(r"=\s*\d+\s*;?$", text) and len(before) <= 2):
            return m.group(1)
    if m := _COLON_TYPED.match(text):
        marked = marked or bool(m.group(2) or m.group(4))
        if _typed(_words(m.group(3)), marked):
            return m.group(1)
    if m := _SQL.match(text):
        rest = _words(text[m.end(1) :])
        constrained = {"not", "null", "primary", "references"} & set(rest)
        if _typed(rest, marked or bool(m.group(3) or constrained)) and rest[0] in _TYPE_WORDS:
            return m.group(1)
    return None


# Markers of a lost header: pandas ``Unnamed: 5`` / ``Unnamed: 5_level_1``, Access ``fld9``, Excel/R ``F9`` /
# ``V9`` / ``X9`` / ``...9``, ``col7`` / ``column 7`` / ``field 7``, dashes and other marks alone.
_LOST = re.compile(
    r"^(?:unnamed:?\s*\d*(?:_level_\d+)?|fld\s*\d+|[fvx]\d+|\.{3}\d+|col(?:umn)?\s*\d+|field\s*\d+|level_\d+|"
    r"[\W_]*)$",
    re.IGNORECASE,
)
_LEVEL_SEPARATORS = re.compile(r"\s+(?:\||>|»|›|→|::)\s+")


def is_lost_header(text: str) -> bool:
    """A header that says nothing: pandas ``Unnamed: 5_level_1``, ``fld9``, ``F9``, ``—``, an empty string.

    Example::

        is_lost_header("Unnamed: 5_level_1")  # True
        is_lost_header("Parent")              # False
    """
    return bool(_LOST.match(str(text).strip()))


def _leaf_level(text: str) -> str | None:
    """The last meaningful level of a multi-level header, or ``None`` when ``text`` has one level."""
    levels: list[str] | None = None
    stripped = text.strip()
    if stripped.startswith("(") and stripped.endswith(")") and "," in stripped:
        try:
            value = ast.literal_eval(stripped)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            value = None
        if isinstance(value, tuple) and len(value) >= 2 and all(isinstance(v, str | int) for v in value):
            levels = [str(v) for v in value]
    elif _LEVEL_SEPARATORS.search(stripped):
        levels = _LEVEL_SEPARATORS.split(stripped)
    if levels is None:
        return None
    meaningful = [lv for lv in levels if not is_lost_header(lv) and any(c.isalpha() for c in lv)]
    return meaningful[-1].strip() if meaningful else ""


@lru_cache(maxsize=8192)
def peel_header_dress(column_name: str) -> str:
    """The header with the layers of the module taken off; a header in none of them is returned as is, a lost
    header as ``""``.

    Example::

        peel_header_dress("Ⓗⓤⓤⓡⓓⓔⓡ")                  # 'Huurder'
        peel_header_dress("Hundeführer_x002f_in")   # 'Hundeführer/in'
        peel_header_dress("Unnamed: 5_level_1")     # ''
    """
    text = str(column_name)
    for _ in range(3):  # a declaration inside a tuple, an escape inside a declaration: layers, outside in
        before = text
        text = _unescape(_fold_letters(text))
        if (leaf := _leaf_level(text)) is not None:
            text = leaf
        if (declared := _declared_name(text)) is not None:
            text = declared
        if text == before:
            break
    return "" if is_lost_header(text) else text
