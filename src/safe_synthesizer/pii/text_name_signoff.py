"""A name signed after ``//``, ``--`` or a dash at the end of a note: ``Rang back, will pay Friday.\\n// Ksawery``,
``Parcel left with neighbour -- Tom``, ``Rückruf erledigt — Anke Lind``.

Staff notes in CRMs, PMSs and ticket tools end with the writer's initials or name after a separator the tool or the
habit puts there. Nothing else marks the name; the separator and the place do: the name ends the text (maybe a
stop after it), right after ``//``, ``--``, ``—`` or ``–``. It is one word or two: a cued given name
(:func:`text_name_given_word.given_word`; weekdays and months are none: ``-- Monday``), or a capitalised listed
family name that is no ordinary word or place (``// Greco``), then maybe a listed family name.

Example::

    signoff_name_spans("Will call back re invoice.\\n// Ksawery")  # [(30, 37, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import NAME_WORD, given_word
from safe_synthesizer.pii.text_name_lists import family_names

__all__ = ["signoff_name_spans"]

_SIGNOFF = re.compile(
    rf"(?:^|(?<=\s))(?://|--|—|–)[ \t]*(?P<first>{NAME_WORD})(?:[ \t]+(?P<second>{NAME_WORD}))?[ \t]*[.!]?\s*\Z"
)


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words, place_names
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    return common_words() | place_names() | english_vocabulary() | latin_stop_words()


def _family(word: str) -> bool:
    low = word.lower()
    return low in family_names() and low not in _ordinary() and not given_word(word, months=True)  # not "-- April"


def signoff_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the name signed at the end of ``text`` after a separator."""
    if "/" not in text and "-" not in text and "—" not in text and "–" not in text:
        return []
    m = _SIGNOFF.search(text)
    if m is None:
        return []
    first, second = m.group("first"), m.group("second")
    if not (given_word(first) or _family(first)):
        return []
    if second is None:
        return [(m.start("first"), m.end("first"), E.FIRST_NAME if given_word(first) else E.LAST_NAME)]
    if (second.lower() in family_names() and second.lower() not in _ordinary()) or given_word(second):
        return [(m.start("first"), m.end("second"), E.NAME)]
    return []
