"""Address cells written as a machine's RECORD (a JSON or Python object, a YAML flow map, XML elements or
attributes, a query string), read field by field by what each KEY means, in any order, and rewritten with each
field faked in place (same keys, same quoting, same order).

Why: an address that a web form, an API or a database export stores comes out of the table as the record itself:
``{"street": "Kruschwitzstr. 27", "city": "Neustadt", "zip": "02890"}``, ``{'road': 'Gandhi Nagar', 'pin':
'530017'}``, ``<addr><street>Bobiel</street><city>Tillabéri</city></addr>``, ``street=Avenue+13&city=Djibouti``. The
part readers read an address by its own words (a street type, a house number) and the labelled reader
(:mod:`address_labelled_cells`) wants ``Label: value`` at the cell's start, so a column of such records was left as
written, names shown and hidden (set 48: de_DE, te_IN, ti_ET, fr_NE; a quarter or a landmark as the "street"
leaves nothing for the part readers). Here the syntax is parsed by its general grammar (quoted or bare keys, ``:``
or ``=``, string, number or ``null`` values, one nested object), and each key is read with the header cues of every
language (:func:`~safe_synthesizer.pii.cues.cue_hints`: ``street``, ``strasse``, ``rue``, ``city``, ``ville``,
``plz``, ``cp``, ``zip``...) and, for the keys of the address SCHEMAS no header uses (schema.org ``PostalAddress``,
OpenStreetMap ``addr:*``, libpostal's components, payment APIs' ``line1``), a closed table of those schemas' names.
A record reads as an address when it has a home field (street, address line, post box, landmark) and every other
field is a place's (town, district, region, postcode, country, house number, unit); a person's or a phone's key makes
it a contact card, which the person readers read.

Example::

    record = read_address_record('{"street": "Dobesweg 2", "city": "Brilon", "zip": "31284"}')
    [(p.kind, p.value) for p in record.parts]  # [("street_address", "Dobesweg 2"), ("city", "Brilon"), ...]
    record.rewrite(lambda kind, value: value.upper())  # '{"street": "DOBESWEG 2", "city": "BRILON", ...}'
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote_plus, unquote_plus

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cues import cue_hints

__all__ = ["COUNTRY", "NUMBER", "AddressRecord", "RecordPart", "read_address_record", "rerecorded_addresses"]

# Kinds of a record's fields beyond the entities: a country (kept as written: no person's), a house or unit number.
COUNTRY, NUMBER = "country", "number"
MAX_CELL_CHARS = 400
# The key names of the address schemas machines write (schema.org PostalAddress, OpenStreetMap ``addr:*``,
# libpostal's parser components, payment and shipping APIs), joined lower case with no separator.
_SCHEMA_KEYS: dict[str, str] = {
    key: kind
    for kind, words in (
        (E.STREET_ADDRESS, "line line1 line2 line3 addressline addressline1 addressline2 address1 address2 "
                           "streetaddress streetname road thoroughfare premise housename pobox postofficebox "
                           "postofficeboxnumber box bp landmark nearby directions location"),
        (NUMBER, "housenumber houseno hno streetnumber number num nr no unit apt apartment flat suite subpremise "
                 "door floor building level"),
        (E.CITY, "locality addresslocality town village hamlet municipality suburb district citydistrict "
                 "neighbourhood neighborhood quarter ward kebele woreda barangay colonia barrio sector commune area "
                 "cityname"),
        (E.STATE, "addressregion region province prefecture statedistrict county governorate"),
        (E.POSTCODE, "postalcode zip zipcode postcode pincode pin plz cp cep"),
        (COUNTRY, "country countrycode addresscountry countryname nation"),
    )
    for key in words.split()
}  # fmt: skip
_HOME = frozenset({E.STREET_ADDRESS, E.ADDRESS})
_PLACES = frozenset({E.CITY, E.STATE, E.POSTCODE, COUNTRY, NUMBER}) | _HOME
# Keys that wrap the record itself (``{"address": {...}}``, ``<address>...</address>``): read through.
_WRAPPER_WORDS = (
    "address addr adresse anschrift direccion dirección indirizzo adres endereco endereço location shipping billing "
    "postaladdress home residence"
)
_WRAPPERS = frozenset(_WRAPPER_WORDS.split())


@dataclass(frozen=True)
class RecordPart:
    """One field of a record: its kind, its decoded value, the span of its written value and how it is quoted."""

    kind: str
    value: str
    start: int
    end: int
    quote: str  # '"', "'", "xml", "attr", "query" or "" (bare)


@dataclass(frozen=True)
class AddressRecord:
    """An address cell read as a record: the cell as written and its fields in order."""

    text: str
    parts: tuple[RecordPart, ...]

    @property
    def entity(self) -> str:
        """``address`` when a town, region or postcode field stands beside the home, else ``street_address``."""
        whole = any(p.kind in (E.CITY, E.STATE, E.POSTCODE) for p in self.parts)
        return E.ADDRESS if whole else E.STREET_ADDRESS

    def rewrite(self, fake: Callable[[str, str], str]) -> str:
        """The cell with each field's value replaced by ``fake(kind, value)`` (a country kept), quoted as written."""
        out, at = [], 0
        for part in self.parts:
            new = part.value if part.kind == COUNTRY else fake(part.kind, part.value)
            out += [self.text[at : part.start], _quoted(new, part.quote)]
            at = part.end
        return "".join([*out, self.text[at:]])


def _quoted(value: str, quote: str) -> str:
    if quote == '"':
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if quote == "'":
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if quote in ("xml", "attr"):
        return html.escape(value, quote=quote == "attr")
    if quote == "query":
        return quote_plus(value)
    return value


def _norm_key(key: str) -> str:
    key = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key.split(":")[-1] if key.startswith("addr:") else key)
    return re.sub(r"[\s_.\-:]+", " ", key).strip().lower()


@lru_cache(maxsize=4096)
def key_kind(key: str) -> str | None:
    """What a record's key says its value is: a place kind, ``number``, ``country``, ``""`` for a key of something
    else (a person, a phone), ``None`` for a key no cue or schema knows.

    Example::

        key_kind("postalCode"), key_kind("strasse"), key_kind("phone")  # ("postcode", "street_address", "")
    """
    words = _norm_key(key)
    joined = words.replace(" ", "")
    if joined in _SCHEMA_KEYS:
        return _SCHEMA_KEYS[joined]
    cues = cue_hints(words)
    if cues & _HOME:
        return E.STREET_ADDRESS
    for kind in (E.POSTCODE, E.CITY, E.STATE):
        if kind in cues:
            return kind
    return "" if cues else None


# -- the syntaxes --------------------------------------------------------------------------------------------------

_KEY = r"""(?:"([^"\\]{1,40})"|'([^'\\]{1,40})'|([A-Za-z_][\w:.\-]{0,40}))"""
_VALUE = r"""(?:"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'|(\{)|([^,;{}\[\]"']*?))"""
_PAIR = re.compile(rf"\s*{_KEY}\s*(?::|=>?)\s*(?:{_VALUE}\s*(?=[,;}}]|$)|(\{{))")
_XML_CHILD = re.compile(r"\s*<([A-Za-z_][\w:.\-]*)(?:\s[^<>]*)?>([^<>]*)</\1>\s*")
_XML_OPEN = re.compile(r"^\s*<([A-Za-z_][\w:.\-]*)(\s[^<>]*)?>(.*)</\1>\s*$", re.DOTALL)
_XML_EMPTY = re.compile(r"^\s*<([A-Za-z_][\w:.\-]*)(\s[^<>]*?)/?>\s*$")
_ATTR = re.compile(r"""([A-Za-z_][\w:.\-]*)\s*=\s*(["'])([^"'<>]*)\2""")
_QUERY = re.compile(r"([A-Za-z_][\w.\-]{0,40})=([^&=]*)")

Field = tuple[str, str, int, int, str]  # key, decoded value, start, end, quote


def _object(text: str, pos: int, depth: int = 0) -> tuple[list[Field], int] | None:
    """The pairs of a braced object starting at ``text[pos] == "{"`` and the index after its ``}``."""
    if depth > 1:
        return None
    fields: list[Field] = []
    at = pos + 1
    while True:
        rest = text[at:]
        if rest.lstrip().startswith("}"):
            return fields, at + len(rest) - len(rest.lstrip()) + 1
        m = _PAIR.match(text, at)
        if m is None:
            return None
        key = m.group(1) or m.group(2) or m.group(3)
        if m.group(6) or m.group(8):  # a nested object: ``{"address": {"street": ...}}``
            inner = _object(text, m.start(8) if m.group(8) else m.start(6), depth + 1)
            if inner is None:
                return None
            fields += inner[0]
            at = inner[1]
        else:
            for group, quote in ((4, '"'), (5, "'"), (7, "")):
                if m.group(group) is not None:
                    raw = m.group(group)
                    value = _unquote(raw, quote)
                    if value is None:
                        return None
                    fields.append((key, value, m.start(group), m.end(group), quote))
                    break
            at = m.end()
        rest = text[at:].lstrip()
        at = len(text) - len(rest)
        if rest[:1] in (",", ";"):
            at += 1


def _unquote(raw: str, quote: str) -> str | None:
    if quote == '"':
        try:
            return json.loads(f'"{raw}"')
        except ValueError:
            return None
    if quote == "'":
        return re.sub(r"\\(.)", r"\1", raw)
    value = raw.strip()
    return "" if value in ("null", "None", "~") else value


def _braced(text: str) -> list[Field] | None:
    if not (text.startswith("{") and text.endswith("}")):
        return None
    found = _object(text, 0)
    return found[0] if found is not None and found[1] == len(text) else None


def _xml(text: str) -> list[Field] | None:
    if not text.startswith("<"):
        return None
    if (m := _XML_EMPTY.match(text)) is not None and m.group(2):
        return [(a.group(1), html.unescape(a.group(3)), a.start(3), a.end(3), "attr") for a in _ATTR.finditer(text)]
    body_start, body = 0, text
    if (m := _XML_OPEN.match(text)) is not None and _XML_CHILD.match(m.group(3)):
        body_start, body = m.start(3), m.group(3)
    fields, at = [], 0
    while at < len(body):
        c = _XML_CHILD.match(body, at)
        if c is None:
            return None
        fields.append((c.group(1), html.unescape(c.group(2)), body_start + c.start(2), body_start + c.end(2), "xml"))
        at = c.end()
    return fields or None


def _query(text: str) -> list[Field] | None:
    if "&" not in text or " " in text:
        return None
    pairs = list(_QUERY.finditer(text))
    if "&".join(m.group(0) for m in pairs) != text:
        return None
    return [(m.group(1), unquote_plus(m.group(2)), m.start(2), m.end(2), "query") for m in pairs]


def read_address_record(value: str) -> AddressRecord | None:
    """The cell read as an address record, or ``None`` (no record syntax; no home field; a key of something else;
    an unknown key whose value is not a short code).

    Example::

        read_address_record("<addr><street>Bobiel</street><city>Tillabéri</city></addr>").entity  # "address"
        read_address_record('{"name": "Ana Berg", "street": "Dobesweg 2"}')  # None
    """
    text = value.strip()
    if len(text) > MAX_CELL_CHARS or (text[:1] not in "{<" and "&" not in text):
        return None
    fields = _braced(text) or _xml(text) or _query(text)
    if not fields:
        return None
    offset = len(value) - len(value.lstrip())
    parts: list[RecordPart] = []
    for key, decoded, start, end, quote in fields:
        if not decoded.strip() or key.startswith("@"):
            continue  # an empty field; a JSON-LD keyword (``@type``, ``@context``, ``@id``): the record's metadata
        kind = key_kind(key)
        if kind is None and _norm_key(key).replace(" ", "") in _WRAPPERS:
            kind = E.STREET_ADDRESS  # ``{"address": "12 Rue X", "city": ...}``: the key is the record's own name
        if kind is None and len(decoded) <= 10 and any(ch.isdigit() for ch in decoded):
            kind = NUMBER  # a short code under a key of its own (``"zone": "4B"``)
        if not kind or kind not in _PLACES:
            return None
        parts.append(RecordPart(kind, decoded, start + offset, end + offset, quote))
    if len(parts) < 2 or not any(p.kind in _HOME for p in parts):
        return None
    return AddressRecord(value, tuple(parts))


def rerecorded_addresses(originals: Sequence[str], fake: Callable[[str, str], str]) -> list[str | None]:
    """Per original: the record with every field faked in place by ``fake(kind, value)`` (``kind`` an entity, or
    ``custom`` for a house number), or ``None`` when the original is not an address record.

    Example::

        rerecorded_addresses(["-", '{"street": "Bobiel", "city": "Agadez"}'], fake)  # [None, '{"street": ...}']
    """
    out: list[str | None] = []
    for original in originals:
        record = read_address_record(original) if isinstance(original, str) else None
        if record is None:
            out.append(None)
            continue
        out.append(record.rewrite(lambda kind, v: fake(E.CUSTOM if kind == NUMBER else kind, v)))
    return out
