"""A street named after a person: a found person span (or a person's initials and name) closed by a street type word
is a street, with the house number before it (``Grace Pacaña, M.J. Cuenco Avenue - OK``, ``sa 876 M.J. Cuenco
Avenue makapalit``, ``J.P. Rizal St.``).

Why: streets across the Philippines, India, Latin America and Africa are named after people, written with their
initials (``M.J. Cuenco Avenue``, ``M.G. Road``). The name readers took ``M.J. Cuenco`` for a person and the fake
replaced it as one, keeping ``Avenue`` and the initials' shape; with a house number before, no reader took the line at
all (the initials broke the name run). What does not depend on the language is the notation: a street type word
(:func:`address_part_words.word_kind` is ``street``: every street table of the package) right after a person's name
makes the name the street's.

- A person span followed by a capitalised street type word becomes one street span, with a house number right before
  it when there is one.
- Without a span: a house number, one to three dotted capital initials (``M.J.``, ``M. J.``), one to three
  capitalised words and a capitalised street type word.

Example::

    person_named_street_spans("Check: Grace, M.J. Cuenco Avenue - OK", [(19, 30, "name")])
    # [(14, 37, "street_address")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_part_words import word_kind
from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["person_named_street_spans", "with_person_named_streets"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_TYPE_AFTER = re.compile(rf"[ \t]+(?P<type>[{LATIN_UPPER}][{LATIN_LOWER}]+\.?)(?![\w'’\-])")
_HOUSE_BEFORE = re.compile(r"(?<![\w./:\-])\d{1,5}[A-Za-z]?[ \t]+$")
_CAP = rf"[{LATIN_UPPER}][{LATIN_LOWER}]+(?:-[{LATIN_UPPER}][{LATIN_LOWER}]+)?"
_INITIALED = re.compile(
    rf"(?<![\w./:\-])\d{{1,5}}[A-Za-z]?[ \t]+(?:[{LATIN_UPPER}]\.[ \t]?){{1,3}}{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
    rf"[ \t]+(?P<type>[{LATIN_UPPER}][{LATIN_LOWER}]+\.?)(?![\w'’\-])"
)


# Type words that also close a venue named after a person (``Jenner Health Centre``, ``Tower Bridge``): no street.
_VENUE = frozenset("centre center centro bridge garden gardens park plaza mall square market".split())  # noqa: SIM905


def _street_type(word: str) -> bool:
    word = word.rstrip(".")
    return word.lower() not in _VENUE and word_kind(word) == "street"


def person_named_street_spans(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of the streets named after a person; a person span they hold is theirs."""
    others = [(a, b) for a, b, e in spans if e not in _PERSON]
    out: list[tuple[int, int, str]] = []
    for a, b, entity in spans:
        if entity not in _PERSON or not (m := _TYPE_AFTER.match(text, b)) or not _street_type(m.group("type")):
            continue
        start = a
        if house := _HOUSE_BEFORE.search(text, 0, a):
            start = house.start()
        end = m.end("type") - (1 if m.group("type").endswith(".") and m.end("type") == len(text) else 0)
        out.append((start, end, E.STREET_ADDRESS))
    for m in _INITIALED.finditer(text):
        if _street_type(m.group("type")):
            out.append((m.start(), m.end("type"), E.STREET_ADDRESS))
    kept = []
    for x, y, e in sorted(set(out)):
        if any(p < y and x < q and not (x <= p and q <= y) for p, q in others):
            continue  # another reader's span crosses it
        kept.append((x, y, e))
    return kept


def with_person_named_streets(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` with the person-named streets of :func:`person_named_street_spans`, in place of the person spans
    they hold."""
    found = person_named_street_spans(text, [(s.start, s.end, s.entity) for s in spans])
    if not found:
        return spans
    kept = [s for s in spans if not any(a <= s.start and s.end <= b for a, b, _ in found)]
    return resolve_spans(kept + [TextSpan(a, b, e, 0.9) for a, b, e in found])
