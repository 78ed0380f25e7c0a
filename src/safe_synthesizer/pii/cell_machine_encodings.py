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
YAML, INI and query strings), one layer at a time, outermost first, until no decoder applies. What is left is judged
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
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from safe_synthesizer.pii.vcard_names import vcard_name

__all__ = ["QUICK_MARKS", "EncodedCell", "undress_encoded_cell"]

# A cell holding none of these characters wears no machine dress (a cheap gate before any decoder runs).
QUICK_MARKS = frozenset("%+=:\t\\&<;\x1f\x1e\x1d\x0b")
_MAX_LAYERS = 4
_MAX_LEN = 200


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


# -- wrappers: a name attribute of a directory entry, a card's FN, a key and its value, a markup element -----------

# Attributes whose value is a person's name in a directory entry (RFC 4519 and the directories' own schemas).
_DN_NAME_KEYS = frozenset({"cn", "commonname", "displayname", "name", "fullname", "gecos", "uid"})
# The given-name and family-name attributes when an entry writes them apart (``givenName=Ana+sn=Berg``).
_GIVEN_KEYS = frozenset({"givenname", "gn", "given", "firstname", "first", "forename", "vorname", "prenom", "prénom"})
_FAMILY_KEYS = frozenset({
    "sn", "surname", "familyname", "family", "lastname", "last", "nachname", "nom", "apellido", "apellidos",
    "cognome", "achternaam", "sobrenome", "efternamn", "etternavn", "efternavn", "sukunimi", "nazwisko",
})  # fmt: skip
_RDN = re.compile(r"\s*([A-Za-z][\w.\-]*)\s*=\s*((?:\\.|[^,;+\\])*)")
_DN_ESCAPE = re.compile(r"\\([0-9A-Fa-f]{2}|.)")


def _dn_unescape(value: str) -> str:
    def one(m: re.Match[str]) -> str:
        s = m.group(1)
        return bytes.fromhex(s).decode("latin-1") if len(s) == 2 else s

    return _DN_ESCAPE.sub(one, value).strip()


def _dn_escape(value: str) -> str:
    """RFC 4514: the special characters of a DN value escaped with a backslash."""
    out = re.sub(r'([,+"\\<>;=])', r"\\\1", value)
    return "\\" + out if out.startswith(("#", " ")) else out


def _dn(text: str) -> tuple[str, Callable[[str], str], str] | None:
    """``CN=Ana Berg,OU=Users``: the first name attribute's value; the other attributes kept as they are."""
    if "=" not in text or text.count("=") > 8:
        return None
    pos, rdns = 0, []
    while pos < len(text):
        m = _RDN.match(text, pos)
        if m is None:
            return None
        rdns.append(m)
        pos = m.end()
        if pos < len(text):
            if text[pos] not in ",;+":
                return None
            pos += 1
    if len(rdns) < 2 and rdns[0].group(1).lower() not in _DN_NAME_KEYS:
        return None
    keys = [m.group(1).lower() for m in rdns]
    named = next((m for m in rdns if m.group(1).lower() in _DN_NAME_KEYS), None)
    if named is not None:
        if not named.group(2).strip():
            return None
        start, end = named.span(2)
        head, tail = text[:start], text[end:]
        return _dn_unescape(named.group(2)), lambda fake: head + _dn_escape(fake) + tail, "dn"
    given = [m for m in rdns if m.group(1).lower() in _GIVEN_KEYS]
    family = [m for m in rdns if m.group(1).lower() in _FAMILY_KEYS]
    if len(given) == 1 and len(family) == 1 and len(rdns) >= 2 and keys[0] in _GIVEN_KEYS | _FAMILY_KEYS:
        return _fields(text, given[0].span(2), family[0].span(2), _dn_unescape, _dn_escape, "dn")
    return None


def _fields(
    text: str,
    given: tuple[int, int],
    family: tuple[int, int],
    unescape: Callable[[str], str],
    escape: Callable[[str], str],
    kind: str,
) -> tuple[str, Callable[[str], str], str]:
    """A given name and a family name in two fields: read as ``Family, Given``, a fake written back field by field."""
    g, f = unescape(text[slice(*given)]), unescape(text[slice(*family)])

    def dress(fake: str) -> str:
        fam, _, rest = fake.partition(", ")
        if not rest:
            *first, fam = fake.split() or [fake]
            rest = " ".join(first)
        spans = sorted([(given, escape(rest)), (family, escape(fam))])
        out, last = [], 0
        for (a, b), new in spans:
            out += [text[last:a], new]
            last = b
        return "".join([*out, text[last:]])

    return f"{f}, {g}", dress, kind


# vCard / hCard properties (RFC 6350): ``N`` the structured name, ``FN`` the formatted one, with any parameters.
_VCARD_PROP = re.compile(r"^((?:item\d+\.)?(N|FN)(?:;[\w\-]+=[^:;]*)*:)(.+)$", re.IGNORECASE)


def _vcard(text: str) -> tuple[str, Callable[[str], str], str] | None:
    m = _VCARD_PROP.match(text)
    if m is None:
        return None
    head, prop, value = m.group(1), m.group(2).upper(), m.group(3)
    if prop == "FN":
        return value.strip(), lambda fake: head + fake, "vcard"
    card = vcard_name(value)
    if card is None:
        return None
    return card.as_comma(), lambda fake: head + card.rebuild(fake), "vcard"


# One key and its value: ``name=Ana Berg``, ``"name": "Ana Berg"``, ``{'name': 'Ana Berg'}``, ``name: Ana Berg``.
# A key is a machine's identifier: quoted, or written as code (lower case, ``_``, camelCase), never a label of words.
_PAIR = re.compile(
    r"""^(\s*\{?\s*(?:"([A-Za-z_][\w.\-]{0,40})"|'([A-Za-z_][\w.\-]{0,40})'|([A-Za-z_][\w.\-]{0,40}))\s*(?:=|:)\s*"""
    r"""(["']?))([^"'=:{}\[\]]+?)(\5\s*,?\s*\}?\s*)$"""
)
_CODE_KEY = re.compile(r"^(?:[a-z][a-z0-9]*|[a-z]+(?:[A-Z][a-z0-9]*)+|[A-Za-z]+(?:[_.\-][A-Za-z0-9]+)+)$")


def _pair(text: str) -> tuple[str, Callable[[str], str], str] | None:
    m = _PAIR.match(text)
    if m is None:
        return None
    quoted_key = m.group(2) or m.group(3)
    key = quoted_key or m.group(4)
    if not quoted_key and not _CODE_KEY.match(key):
        return None  # ``Note: call back``: a label a person wrote, not a machine's key
    if text.lstrip().startswith("{") != text.rstrip().endswith("}"):
        return None
    head, value, tail = m.group(1), m.group(6), m.group(7)
    if not value.strip() or any(ch in value for ch in "/@"):  # ``https://...``, ``mail: a@b.org``: no person's name
        return None
    return value.strip(), lambda fake: head + fake + tail, "pair"


# Several keys and values: a query string (``given=Ana&family=Berg``) or a JSON object of the two name fields.
_QUERY_PAIR = re.compile(r"([A-Za-z_][\w.\-]{0,40})=([^&;=]*)")
_JSON_PAIR = re.compile(r"""["']([A-Za-z_][\w.\-]{0,40})["']\s*:\s*["']([^"']*)["']""")


def _name_fields(text: str) -> tuple[str, Callable[[str], str], str] | None:
    """Two fields named by the closed words of directory and form schemas for a given and a family name."""
    pairs = list(_JSON_PAIR.finditer(text)) if text.lstrip().startswith("{") else list(_QUERY_PAIR.finditer(text))
    if len(pairs) < 2:
        return None
    if not text.lstrip().startswith("{") and "&".join(m.group(0) for m in pairs) != text.strip():
        return None
    given = [m for m in pairs if _norm_key(m.group(1)) in _GIVEN_KEYS]
    family = [m for m in pairs if _norm_key(m.group(1)) in _FAMILY_KEYS]
    if len(given) != 1 or len(family) != 1:
        return None
    return _fields(text, given[0].span(2), family[0].span(2), lambda s: s.strip(), lambda s: s, "fields")


def _norm_key(key: str) -> str:
    return re.sub(r"[_.\-]", "", key).lower()


_TAG = re.compile(r"^(\s*(?:<[A-Za-z][^<>]*>\s*)+)([^<>]+?)(\s*(?:</[A-Za-z][^<>]*>\s*)+)$")


def _markup(text: str) -> tuple[str, Callable[[str], str], str] | None:
    m = _TAG.match(text)
    if m is None:
        return None
    head, tail = m.group(1), m.group(3)
    return m.group(2), lambda fake: head + fake + tail, "markup"


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


_QP = re.compile(r"=[0-9A-F]{2}")


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
    _vcard, _name_fields, _dn, _pair, _markup, _percent, _quoted_printable, _entities, _backslash, _form_plus,
    _control_fields,
)  # fmt: skip


def undress_encoded_cell(cell: str) -> EncodedCell | None:
    """The person text inside ``cell``'s machine encodings and how to dress a fake back, or ``None`` when the cell
    wears no encoding (most cells: a cheap character test first)."""
    if not cell or len(cell) > _MAX_LEN or not any(ch in QUICK_MARKS for ch in cell):
        return None
    text, layers, kinds = cell.strip(), [], []
    lead, trail = cell[: len(cell) - len(cell.lstrip())], cell[len(cell.rstrip()) :]
    for _ in range(_MAX_LAYERS):
        if not any(ch in QUICK_MARKS for ch in text):
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
