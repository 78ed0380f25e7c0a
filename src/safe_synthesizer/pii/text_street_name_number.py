"""A street written name first and house number last (``Oll Dörp 38b``, ``An'n Karkhoff 54``, ``Ilica 35``) read by
the slot it fills: right after a found person and a comma (``Virginia Lindner, Oll Dörp 10, köfft för ...``), or
after the person's verb in the past and ``to``/``into`` (``Herr Schacht 58 returned to Oll Dörp 38b.``).

Why: most of Europe writes the house number after the street's name, and a street named without a known type word
(Low German ``Dörp``, ``Kark``; a street named after a person; any language no type list holds) has only its
notation to go by. :mod:`text_street_slots` reads a person's record slot when the house number comes FIRST (``Leticia
Solano, 235 Chalan Pasaheru``), and :mod:`text_street_placed` reads the name-then-number line after an address cue
(``lives at``, ``moved to``, ``<person> of``), a signature or a bracket; the mirror of the record slot (the person, a
comma, then name and number) and the generic past-tense ``<verb>ed to`` were read by neither, so set 51's Low German
notes kept their streets. The street itself is :mod:`text_street_placed`'s line (one to four capitalised words, a
house number, the end of the phrase) with the same guard (no indoor or counting head word such as ``Room``,
``Gate``, ``Flight``; no date or year; some word of the name no English word), so ``Anna Lee, Room 12,`` and
``went to Costa Coffee 3`` stay prose.

Example::

    name_number_street_spans("Hilfe: Virginia Lindner, Oll Dörp 10, köfft in.", [(7, 23, "name")])
    # [(25, 36, "street_address")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans
from safe_synthesizer.pii.text_street_placed import _END, _FLAT, _HOUSE, _RUN, _plausible
from safe_synthesizer.utils.scripts import LATIN_LOWER

__all__ = ["name_number_street_spans", "with_name_number_streets"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# Only the name-then-number line: the typed and building lines of text_street_placed need their own cues.
_LINE = rf"(?P<street>{_RUN}[ \t]+{_HOUSE}{_FLAT}){_END}"
_AFTER_COMMA = re.compile(rf"[ \t]*,[ \t]*{_LINE}")
# The person's verb in the past (a lower-case word ending in -ed: ``returned``, ``delivered``, ``walked``) then
# ``to``/``into``, an age in between allowed (``Herr Schacht 58 returned to``): the person is the second cue, so
# ``upgraded to Ubuntu 22`` in a note about software stays.
_PAST_TO = re.compile(rf"[ \t]+(?:\(?\d{{1,3}}\)?[ \t]+)?[{LATIN_LOWER}]{{2,}}ed[ \t]+(?:to|into)[ \t]+{_LINE}")


def name_number_street_spans(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of the name-then-number streets after a person's comma or ``<verb>ed to``;
    none that overlaps a span already found."""
    taken = [(a, b) for a, b, _ in spans]
    found: list[tuple[int, int]] = []
    for _, b, entity in spans:
        if entity not in _PERSON:
            continue
        for reader in (_AFTER_COMMA, _PAST_TO):
            if m := reader.match(text, b):
                found.append((m.start("street"), m.end("street")))
    out = []
    for x, y in dict.fromkeys(found):
        if any(p < y and x < q for p, q in taken):
            continue
        if _plausible(text[x:y]):
            out.append((x, y, E.STREET_ADDRESS))
    return sorted(out)


def with_name_number_streets(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` with the streets of :func:`name_number_street_spans` added."""
    if not any(ch.isdigit() for ch in text):
        return spans
    found = name_number_street_spans(text, [(s.start, s.end, s.entity) for s in spans])
    if not found:
        return spans
    return resolve_spans(spans + [TextSpan(a, b, e, 0.9) for a, b, e in found])
