"""Street lines in records pasted into a note, known by their slot: a vCard's ``ADR`` street field, an XML
address-line element, a pasted CSV row's cell before a postcode cell and a town cell.

Why: many streets carry no street word (Croatian ``Višnjica 444``, ``Kapucinske 4``, Macedonian ``Дојранска
0``, Pakistani ``G-9/2``) and prose has the same layout ("Verzija 2"), so the street rules need a cue; a
record's slot is the best cue there is, in any language and script:

- vCard (RFC 6350): ``ADR;TYPE=HOME:;;Hercegovačka 2c;Zagreb;;10000;`` -- the third field is the street;
- XML: ``<line1>Dojranska 0</line1>``, ``<street>``, ``<streetAddress>``, ``<addressLine1>``, ``<address1>``;
- a CSV row: ``"Lisinskoga 6b/4","10000","Zagreb"`` -- a cell with a number, then a postcode cell, then a cell
  that starts with a letter (the town).

The value must hold a letter (and, outside the vCard and XML slots, a digit).

Example::

    record_street_spans("ADR;TYPE=HOME:;;Kapucinske 4;Zagreb;;10000;")  # [(16, 28, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["record_street_spans"]

_VCARD = re.compile(r"(?m)^ADR(?:;[^:\n]*)?:[^;\n]*;[^;\n]*;(?P<street>[^;\n]+);")
_XML = re.compile(
    r"<(?P<tag>(?i:line1|line_1|addressline1?|address_line_?1|address1|addr1|street|streetaddress|street_address|"
    r"streetline1?|strasse|straße|rue|calle|via|ulica))>(?P<street>[^<>\n]{2,80})</(?P=tag)>"
)
_POSTCODE_CELL = r"(?:\d{4,6}|\d{3}[ \-]\d{2,4}|[A-Z]{1,2}-?\d{4,5}|[A-Z0-9]{2,4}[ ][A-Z0-9]{3})"
_CSV = re.compile(
    rf"(?<=[\"'])(?P<street>[^\"'\n]{{2,80}}?)[\"'][ \t]*[,;][ \t]*"
    rf"[\"']{_POSTCODE_CELL}[\"'][ \t]*[,;][ \t]*[\"'][^\W\d_]"
)
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def record_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street values of vCard, XML and CSV records in ``text`` (see the module)."""
    out: list[tuple[int, int, str]] = []
    if "ADR" in text:
        out += [(*m.span("street"), E.STREET_ADDRESS) for m in _VCARD.finditer(text)]
    if "</" in text:
        out += [(*m.span("street"), E.STREET_ADDRESS) for m in _XML.finditer(text)]
    if '","' in text or "','" in text or '";"' in text:
        out += [(*m.span("street"), E.STREET_ADDRESS) for m in _CSV.finditer(text) if _DIGIT.search(m.group("street"))]
    return [(a, b, e) for a, b, e in out if _LETTER.search(text, a, b) and text[a:b].strip()]
