"""A cell's machine encodings taken off in layers, leaving the text a person wrote, and put back round a fake.

Why: exports write a person's name in the DRESS of the machine that stored it: a directory's distinguished name
(``CN=Misty Gonzalez,OU=Users``), a contact card's fields (``N:Zaguri;Enrico;;;``, ``FN:Cheong Weng I``), a web
form's or a URL's encoding (``Amber+Gonzalez``, ``Mark%20Martinez``), a key and a value (``name=Ana Berg``,
``"name": "Ana Berg"``), markup (``<b>Ana</b>``, ``Ren&eacute;``), escapes (``Beyer\\tKatharine``, ``Ren\\u00e9``),
quoted-printable (``Ren=C3=A9``) or fields joined by a tab. The name readers read the dress as part of the name and
refuse the cell; a column mixing dressed and plain names was published as written (set 47: the largest family of
missed person columns). Listing the layouts does not generalise (each new export writes another), so this module
DECODES by the general grammar of each encoding (RFC 4514 DNs, RFC 6350 structured names, RFC 3986 percent
encoding, HTML entities, quoted-printable, backslash escapes, any control separator, key/value syntaxes of JSON,
YAML, INI and query strings: :mod:`cell_record_syntaxes`), one layer at a time, outermost first, until no decoder
applies. What is left is judged
by the existing readers, never here; each layer keeps what it needs to write a fake back in the same dress.

Example::

    cell = undress_encoded_cell("CN=Amber Gonzalez,OU=Users")
    cell.inner                       # "Amber Gonzalez"
    cell.dress("Lena Fischer")       # "CN=Lena Fischer,OU=Users"
    undress_encoded_cell("Yinthe+van+den+Pol").inner     # "Yinthe van den Pol"
    undress_encoded_cell("Ana Berg") is None             # True: nothing to take off
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from safe_synthesizer.pii.cell_accessible_names import accessible_name_layer
from safe_synthesizer.pii.cell_code_maps import map_layer
from safe_synthesizer.pii.cell_formula_literals import formula_layer
from safe_synthesizer.pii.cell_program_prints import (
    cdata_layer,
    go_struct_layer,
    line_wrap_layer,
    may_be_printed,
    record_id_layer,
)
from safe_synthesizer.pii.cell_record_prints import byte_escape_layer, record_print_layer
from safe_synthesizer.pii.cell_record_syntaxes import RECORD_LAYERS
from safe_synthesizer.pii.person_cell_runs import may_wear_runs, runs_layer
from safe_synthesizer.pii.person_cell_tags import TAG_LAYERS, may_wear_tag

__all__ = ["QUICK_MARKS", "EncodedCell", "may_be_dressed", "undress_encoded_cell"]

# A cell holding none of these characters wears no machine dress (a cheap gate before any decoder runs).
QUICK_MARKS = frozenset("%+=:\t\\&<;\x1f\x1e\x1d\x0b\"'«“‘„「")
_MAX_LAYERS = 4
_MAX_LEN = 200


def may_be_dressed(cell: str) -> bool:
    """A cheap test: the cell holds a character some encoding writes (a mark, or a letter in a Unicode style)."""
    if any(ch in QUICK_MARKS or 0xFF01 <= ord(ch) <= 0xFF5E or 0x1D400 <= ord(ch) <= 0x1D7FF for ch in cell):
        return True
    # An account, a tag or a tail after the name (:mod:`person_cell_tags`); a symbol (``✓``), a bracket or a sigil
    # round the name's letter runs (:mod:`person_cell_runs`).
    return may_wear_tag(cell) or may_wear_runs(cell) or may_be_printed(cell)


@dataclass(frozen=True)
class EncodedCell:
    """A cell's decoded text (``inner``) and its layers (outermost first), each a way to dress a text back."""

    inner: str
    layers: tuple[Callable[[str], str], ...]
    kinds: tuple[str, ...]

    def dress(self, fake: str) -> str:
        """``fake`` (a text like :attr:`inner`) written back in the cell's dress, innermost layer first."""
        out = fake
        for layer in reversed(self.layers):
            out = layer(out)
        return out


# -- encodings: percent, form, entities, escapes, quoted-printable; control separators ---------------------------

_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def _percent(text: str) -> tuple[str, Callable[[str], str], str] | None:
    """RFC 3986 percent encoding of a whole cell (not a URL or a path: those keep their ``/ ? & = # @ :``)."""
    if not _PERCENT.search(text) or any(ch in text for ch in "/?&=#@:"):
        return None
    try:
        inner = unquote(text, errors="strict")
    except UnicodeDecodeError:
        return None
    encoded = set()
    for m in _PERCENT.finditer(text):
        encoded.update(unquote(m.group(0), errors="replace"))
    # Multi-byte letters decode only as a run: record which decoded characters were written encoded.
    encoded |= {ch for ch in inner if ord(ch) > 127 and ch not in text}
    if not inner.strip() or any(ord(ch) < 32 and ch != "\t" for ch in inner):
        return None
    lower = any(c.islower() for m in _PERCENT.finditer(text) for c in m.group(0)[1:])

    def dress(fake: str) -> str:
        out = []
        for ch in fake:
            if ch in encoded or ch == "%" or (ord(ch) > 127 and any(ord(e) > 127 for e in encoded)):
                hexes = ch.encode("utf-8").hex().upper()
                hexes = hexes.lower() if lower else hexes
                out.append("".join(f"%{hexes[i : i + 2]}" for i in range(0, len(hexes), 2)))
            else:
                out.append(ch)
        return "".join(out)

    return inner, dress, "percent"


_FORM = re.compile(r"^[^\s+]+(?:\+[^\s+]+)+$")


def _form_plus(text: str) -> tuple[str, Callable[[str], str], str] | None:
    """Form encoding's ``+`` for a space (``Yinthe+van+den+Pol``): every piece holds a letter and no digit."""
    if not _FORM.match(text):
        return None
    pieces = text.split("+")
    if not all(any(c.isalpha() for c in p) and not any(c.isdigit() for c in p) for p in pieces):
        return None
    return " ".join(pieces), lambda fake: "+".join(fake.split()), "form"


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entities(text: str) -> tuple[str, Callable[[str], str], str] | None:
    if not _ENTITY.search(text):
        return None
    inner = html.unescape(text)
    if inner == text:
        return None
    encoded = {html.unescape(m.group(0)) for m in _ENTITY.finditer(text)}
    numeric = bool(re.search(r"&#", text))

    def dress(fake: str) -> str:
        out = []
        for ch in fake:
            if ch in "&<>" or ch in encoded or (ord(ch) > 127 and any(ord(e) > 127 for e in encoded)):
                named = html.escape(ch, quote=False)
                out.append(named if named != ch else f"&#{ord(ch)};" if numeric else _named_entity(ch))
            else:
                out.append(ch)
        return "".join(out)

    return inner, dress, "entities"


def _named_entity(ch: str) -> str:
    from html.entities import codepoint2name

    name = codepoint2name.get(ord(ch))
    return f"&{name};" if name else f"&#{ord(ch)};"


_ESCAPE = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[tn])")
_UNESCAPE = {"t": "\t", "n": "\n"}


def _backslash(text: str) -> tuple[str, Callable[[str], str], str] | None:
    """Backslash escapes of a program's string (``Beyer\\tKatharine``, ``Ren\\u00e9``)."""
    if "\\" not in text or text.count("\\") != len(_ESCAPE.findall(text)):
        return None  # ``C:\\temp\\report.txt``: a path's backslashes, not a program's escapes

    def one(m: re.Match[str]) -> str:
        s = m.group(0)[1:]
        return _UNESCAPE[s] if s in _UNESCAPE else chr(int(s[1:], 16))

    inner = _ESCAPE.sub(one, text)
    encoded = {one(m) for m in _ESCAPE.finditer(text)}
    wide = any(m.group(0)[1] == "u" for m in _ESCAPE.finditer(text))

    def dress(fake: str) -> str:
        out = []
        for ch in fake:
            if ch == "\t" and "\t" in encoded:
                out.append("\\t")
            elif ch == "\n" and "\n" in encoded:
                out.append("\\n")
            elif ord(ch) > 127 and any(ord(e) > 127 for e in encoded):
                out.append(f"\\u{ord(ch):04x}" if wide or ord(ch) > 255 else f"\\x{ord(ch):02x}")
            else:
                out.append(ch)
        return "".join(out)

    return inner, dress, "escapes"


# Only bytes of multi-byte letters (``=C3=A9``): an ASCII byte written ``=50`` is no encoding a name needs (``<=50K``).
_QP = re.compile(r"=[89A-F][0-9A-F]")


def _quoted_printable(text: str) -> tuple[str, Callable[[str], str], str] | None:
    """Quoted-printable (RFC 2045) letters (``Ren=C3=A9``): every ``=`` starts a byte, bytes decode as UTF-8."""
    if "=" not in text or text.count("=") != len(_QP.findall(text)) * 1 or " =" in text:
        return None
    try:
        raw = re.sub(r"=([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), text).encode("latin-1")
        inner = raw.decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None
    if inner == text or any(ord(ch) < 32 for ch in inner):
        return None

    def dress(fake: str) -> str:
        return "".join(
            "".join(f"={b:02X}" for b in ch.encode("utf-8")) if ord(ch) > 127 or ch == "=" else ch for ch in fake
        )

    return inner, dress, "quoted-printable"


def _styled(text: str) -> tuple[str, Callable[[str], str], str] | None:
    """Letters in a Unicode compatibility style (full-width ``Ａｎａ``, mathematical bold ``𝐀𝐧𝐚``): read as plain
    letters, a fake's letters written back in the same style."""
    styles = {_style_of(ch) for ch in text if 0xFF01 <= ord(ch) <= 0xFF5E or 0x1D400 <= ord(ch) <= 0x1D7FF}
    styles.discard(None)
    if len(styles) != 1:
        return None
    style = styles.pop()
    inner = unicodedata.normalize("NFKC", text)
    if inner == text:
        return None

    def dress(fake: str) -> str:
        return "".join(_in_style(ch, style) for ch in fake)

    return inner, dress, "styled"


def _style_of(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    m = re.match(r"^(.*?) (CAPITAL|SMALL) (?:LETTER )?([A-Z])$", name)
    if m is None:
        return None
    return m.group(1)


def _in_style(ch: str, style: str) -> str:
    if not ("A" <= ch <= "Z" or "a" <= ch <= "z"):
        return ch
    case = "CAPITAL" if ch.isupper() else "SMALL"
    for name in (f"{style} {case} LETTER {ch.upper()}", f"{style} {case} {ch.upper()}"):
        try:
            return unicodedata.lookup(name)
        except KeyError:
            continue
    return ch


_CONTROL = "\t\x1f\x1e\x1d\x0b"


def _control_fields(text: str) -> tuple[str, Callable[[str], str], str] | None:
    """Fields joined by a tab or another control separator: two are ``Family<TAB>Given`` (read with a comma, the
    register order), more are words in their order."""
    sep = next((c for c in _CONTROL if c in text), None)
    if sep is None:
        return None
    fields = [f.strip() for f in text.split(sep)]
    if not all(fields) or len(fields) > 6:
        return None
    if len(fields) == 2:
        inner = f"{fields[0]}, {fields[1]}"

        def dress_two(fake: str) -> str:
            fam, _, rest = fake.partition(", ")
            if not rest:
                *first, fam = fake.split() or [fake]
                rest = " ".join(first)
            return f"{fam}{sep}{rest}"

        return inner, dress_two, "fields"
    n = len(fields)

    def dress_many(fake: str) -> str:
        words = fake.replace(",", " ").split()
        head = words[: n - 1]
        return sep.join([*head, " ".join(words[n - 1 :])]) if len(words) >= n else sep.join(words)

    return " ".join(fields), dress_many, "fields"


_DECODERS: tuple[Callable[[str], tuple[str, Callable[[str], str], str] | None], ...] = (
    cdata_layer,  # an XML CDATA section wraps whatever is inside it (:mod:`cell_program_prints`)
    # An element's accessible name (``aria-label``, ``alt``, a badge's ``title``) before its visible text.
    accessible_name_layer,
    *TAG_LAYERS,
    byte_escape_layer,  # a program's escaped bytes are UTF-8 (:mod:`cell_record_prints`), before the literal
    *RECORD_LAYERS, _styled, _percent, _quoted_printable, _entities, _backslash, _form_plus,
    _control_fields,
    # A spreadsheet formula over literals, a program's map literal of name fields: grammars, read before the runs.
    # A Go struct's fields, a record's id beside the text (:mod:`cell_program_prints`).
    record_print_layer,  # a record as any program prints it, a call round one text (:mod:`cell_record_prints`)
    go_struct_layer, record_id_layer,
    formula_layer, map_layer,
    line_wrap_layer,  # a copied paragraph's line wraps (:mod:`cell_program_prints`)
    runs_layer,  # last: the name's letter runs whatever stands round them (:mod:`person_cell_runs`)
)  # fmt: skip


def undress_encoded_cell(cell: str) -> EncodedCell | None:
    """The person text inside ``cell``'s machine encodings and how to dress a fake back, or ``None`` when the cell
    wears no encoding (most cells: a cheap character test first)."""
    if not cell or len(cell) > _MAX_LEN or not may_be_dressed(cell):
        return None
    text, layers, kinds = cell.strip(), [], []
    lead, trail = cell[: len(cell) - len(cell.lstrip())], cell[len(cell.rstrip()) :]
    for _ in range(_MAX_LAYERS):
        if not may_be_dressed(text):
            break
        step = next((r for decode in _DECODERS if (r := decode(text)) is not None), None)
        if step is None or not step[0].strip() or step[0] == text:
            break
        text = step[0].strip()
        layers.append(step[1])
        kinds.append(step[2])
    if not layers:
        return None
    if lead or trail:
        layers.insert(0, lambda fake: lead + fake + trail)
        kinds.insert(0, "spaces")
    return EncodedCell(text, tuple(layers), tuple(kinds))
