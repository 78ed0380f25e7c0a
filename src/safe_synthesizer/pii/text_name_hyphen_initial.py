"""Double given names shortened to an initial on one side of the hyphen: ``H.-Dieter Haase``,
``Klaus-D. Trupp-Rogge``, ``H.-J. Krüger``.

German (and Dutch, Scandinavian) double given names (``Hans-Dieter``, ``Klaus-Dieter``, ``Karl-Heinz``) are
shortened in letters and registers by writing one part as its initial and keeping the hyphen. The NER model
reads ``H.-Dieter`` as no word and the pair rules want two whole words, so the person stays. The form is its
own cue: a capital, a dot and a hyphen glued to a listed given name (or the other way round, or two initials),
then a capitalised surname (a double one too). The span is the whole name, so the initials go with it.

Example::

    hyphen_initial_name_spans("H.-Dieter Haase brought the drill back")  # [(0, 15, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lists import given_names
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["hyphen_initial_name_spans"]

_UP = LATIN_UPPER
_LOW = LATIN_LOWER
_WORD = rf"[{_UP}][{_LOW}]+"
_SURNAME = rf"(?P<surname>{_WORD}(?:-{_WORD}){{0,2}})"
# "H.-Dieter", "Klaus-D.", "H.-J.": one part of a double given name written as its initial.
_SHORTENED = re.compile(
    rf"(?<![\w.\-])(?:[{_UP}]\.-(?P<after>{_WORD})|(?P<before>{_WORD})-[{_UP}]\.|[{_UP}]\.-[{_UP}]\.)"
    rf"[ \t]+{_SURNAME}(?![\w\-])"
)


def hyphen_initial_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of the shortened double given names and their surnames (module docstring)."""
    if "-" not in text:  # cheap test first: the form has a hyphen
        return []
    out = []
    for m in _SHORTENED.finditer(text):
        part = m.group("after") or m.group("before")
        # The whole word must be a listed given name: "Nord-K." or "U.-Bahn" are no one's.
        if part is not None and part.lower() not in given_names():
            continue
        out.append((m.start(), m.end(), E.NAME))
    return out
