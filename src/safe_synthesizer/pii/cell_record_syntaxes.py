"""The record syntaxes a machine writes a person's name in, read as one layer each: a directory's distinguished
name, a contact card's property, a key and its value, a pair of name fields, a markup element, a string literal,
a mail header's encoded word.

Why: a name stored by a directory, an address book, a web form, a program or a mail client comes out of the export
wrapped in that machine's record syntax (``CN=Misty Gonzalez,OU=Users``, ``N:Zaguri;Enrico;;;``, ``name=Ana Berg``,
``{"given": "Ana", "family": "Berg"}``, ``<b>Ana Berg</b>``, ``="Ana Berg"``, ``=?UTF-8?Q?Ana_Berg?=``). Each reader
here parses one syntax by its general grammar (RFC 4514, RFC 6350, RFC 2047, JSON/YAML/INI/query/XML pairs), returns
the wrapped text and a function writing a fake back in the same syntax, and judges nothing: the name readers judge
what comes out (:mod:`cell_machine_encodings` runs these with the character encodings, layer by layer).

Example::

    text, dress, kind = dn_layer("CN=Ana Berg,OU=Users")
    text, dress("Lena Fischer"), kind   # ("Ana Berg", "CN=Lena Fischer,OU=Users", "dn")
"""

from __future__ import annotations

import re
from collections.abc import Callable

from safe_synthesizer.pii.vcard_names import vcard_name

__all__ = ["RECORD_LAYERS", "Layer", "dn_layer"]

# One decoded layer: the text inside, how to dress a fake back, and the layer's kind.
Layer = tuple[str, Callable[[str], str], str]

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


def _dn(text: str) -> Layer | None:
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
) -> Layer:
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


def _vcard(text: str) -> Layer | None:
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


def _pair(text: str) -> Layer | None:
    m = _PAIR.match(text)
    if m is None:
        return None
    quoted_key = m.group(2) or m.group(3)
    key = quoted_key or m.group(4)
    if not quoted_key and not _CODE_KEY.match(key):
        return None  # ``Note: call back``: a label a person wrote, not a machine's key
    if not quoted_key and "=" not in m.group(1) and key.isalpha() and key.islower():
        # One lower-case word before a colon is how people label a cell too (``mum: Gina Gomez``, ``tel: ...``):
        # the relation readers read those; a YAML or INI key is told by its code shape (``full_name:``, ``ownerName:``).
        return None
    if text.lstrip().startswith("{") != text.rstrip().endswith("}"):
        return None
    head, value, tail = m.group(1), m.group(6), m.group(7)
    if not value.strip() or any(ch in value for ch in "/@"):  # ``https://...``, ``mail: a@b.org``: no person's name
        return None
    return value.strip(), lambda fake: head + fake + tail, "pair"


# Several keys and values: a query string (``given=Ana&family=Berg``) or a JSON object of the two name fields.
_QUERY_PAIR = re.compile(r"([A-Za-z_][\w.\-]{0,40})=([^&;=]*)")
_JSON_PAIR = re.compile(r"""["']([A-Za-z_][\w.\-]{0,40})["']\s*:\s*["']([^"']*)["']""")
_ATTR_PAIR = re.compile(r"""([A-Za-z_][\w.\-:]{0,40})\s*=\s*["']([^"'<>]*)["']""")


def _name_fields(text: str) -> Layer | None:
    """Two fields named by the closed words of directory and form schemas for a given and a family name."""
    opening = text.lstrip()[:1]
    syntax = _JSON_PAIR if opening == "{" else _ATTR_PAIR if opening == "<" else _QUERY_PAIR
    pairs = list(syntax.finditer(text))
    if len(pairs) < 2:
        return None
    if opening not in "{<" and "&".join(m.group(0) for m in pairs) != text.strip():
        return None
    given = [m for m in pairs if _norm_key(m.group(1)) in _GIVEN_KEYS]
    family = [m for m in pairs if _norm_key(m.group(1)) in _FAMILY_KEYS]
    if len(given) != 1 or len(family) != 1:
        return None
    return _fields(text, given[0].span(2), family[0].span(2), lambda s: s.strip(), lambda s: s, "fields")


def _norm_key(key: str) -> str:
    return re.sub(r"[_.\-]", "", key).lower()


_TAG = re.compile(r"^(\s*(?:<[A-Za-z][^<>]*>\s*)+)([^<>]+?)(\s*(?:</[A-Za-z][^<>]*>\s*)+)$")


def _markup(text: str) -> Layer | None:
    m = _TAG.match(text)
    if m is None:
        return None
    head, tail = m.group(1), m.group(3)
    return m.group(2), lambda fake: head + fake + tail, "markup"


# A program's or a spreadsheet's string literal round the whole cell: ``"Ana Berg"``, ``='Ana Berg'`` (a text
# formula), ``N'Ana Berg'`` (SQL), ``u"Ana Berg"``, ``«Ana Berg»``, ``“Ana Berg”``, ``„Ana Berg“``, ``「Ana Berg」``.
_LITERAL = re.compile(r"""^(=?[uUbBN]?(["'])|«\s?|“|„|‘|「)([^"'«»“”„‘’「」]+)(\2|\s?»|”|“|’|」)$""")
_PAIRS = {"«": "»", "“": "”", "„": "“", "‘": "’", "「": "」"}


def _literal(text: str) -> Layer | None:
    m = _LITERAL.match(text)
    if m is None:
        return None
    head, tail = m.group(1), m.group(4)
    opener = head.strip()[-1:]
    if opener in _PAIRS and tail.strip() != _PAIRS[opener]:
        return None
    return m.group(3), lambda fake: head + fake + tail, "literal"


# RFC 2047 encoded words of a mail header (``=?UTF-8?Q?Ren=C3=A9e_Brandt?=``, ``=?utf-8?B?UmVuw6llIEJyYW5kdA==?=``).
_MIME_WORD = re.compile(r"^=\?([\w\-]+)\?([QqBb])\?([^?\s]*)\?=$")


def _mime_word(text: str) -> Layer | None:
    m = _MIME_WORD.match(text)
    if m is None:
        return None
    import base64
    import binascii
    import quopri

    charset, mode, body = m.group(1), m.group(2).upper(), m.group(3)
    try:
        raw = base64.b64decode(body, validate=True) if mode == "B" else quopri.decodestring(body.replace("_", " "))
        inner = raw.decode(charset)
    except (binascii.Error, LookupError, UnicodeDecodeError, ValueError):
        return None

    def dress(fake: str) -> str:
        data = fake.encode(charset, errors="replace")
        if mode == "B":
            encoded = base64.b64encode(data).decode("ascii")
        else:
            encoded = "".join(
                "_" if b == 32 else chr(b) if 33 <= b < 127 and chr(b) not in "=?_" else f"={b:02X}" for b in data
            )
        return f"=?{charset}?{m.group(2)}?{encoded}?="

    return inner, dress, "mime"


def dn_layer(text: str) -> Layer | None:
    """The person text in a directory DN and how to write a fake back, or ``None`` (see the module docstring)."""
    return _dn(text)


# The record readers in the order they are tried (a card's property before a key/value pair it also matches).
RECORD_LAYERS: tuple[Callable[[str], Layer | None], ...] = (
    _mime_word, _vcard, _name_fields, _dn, _pair, _markup, _literal,
)  # fmt: skip
