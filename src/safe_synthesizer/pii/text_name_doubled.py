"""Doubled given names, the Filipino nickname form: ``Jun-Jun Barr``, ``JUN-JUN ROJAS``, ``Bong-Bong``,
``Len-Len Cruz``.

Filipino families repeat a short given name with a hyphen (``Jun-Jun``, ``Ting-Ting``, ``Bing-Bing``) and
write it in forms, banns and chat headers as the person's first name. The hyphenated word is in no name
list and the capitals rules split at its hyphen, so the whole name was missed. The doubling itself is
the cue, with guards:

- a doubled word followed by a listed family name (``Jun-Jun Barr``, ``JUN-JUN ROJAS``) is a full name;
- a doubled word alone is a given name when its half is a listed given name (``Jun``, ``Len``) and no
  function word of a supported language (``So-So``, ``No-No`` stay);
- the two halves are written alike (``Jun-Jun`` or ``JUN-JUN``, not ``jun-Jun``), two to six letters.

Example::

    >>> [(a, b) for a, b, _ in doubled_name_spans("Banns read for JUN-JUN ROJAS of this parish")]
    [(15, 27)]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers

__all__ = ["doubled_name_spans"]

_UP = "A-ZÀ-ÖØ-ÞÑ"
_LOW = "a-zß-öø-ÿñ"
_DOUBLED = re.compile(
    rf"(?<![\w'’\-])(?P<doubled>(?P<half>[{_UP}][{_LOW}]{{1,5}}|[{_UP}]{{2,6}})-(?P=half))"
    rf"(?:[ \t]+(?P<last>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?))?(?![\w'’\-])"
)


def doubled_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Full names and given names written as a doubled word (see the module docstring)."""
    if "-" not in text:
        return []
    from safe_synthesizer.pii.text_cued_names import latin_stop_words
    from safe_synthesizer.pii.text_name_lists import family_names, given_names

    stop = latin_stop_words()
    out: list[tuple[int, int, str]] = []
    for m in _DOUBLED.finditer(text):
        half, last = m.group("half").lower(), m.group("last")
        if half in stop:
            continue
        if last is not None:
            low = last.lower()
            listed = low in family_names() or low in gazetteers.last_names() or low.split("-")[0] in family_names()
            if listed and low not in stop:
                out.append((m.start(), m.end("last"), E.NAME))
                continue
        if half in given_names() or half in gazetteers.first_names():
            out.append((m.start("doubled"), m.end("doubled"), E.FIRST_NAME))
    return out
