"""A newcomer's given name opening a club, school or class note: ``Ailean is new to the under-9s``,
``Номин has joined Tuesday group``, ``кристабела is new to swimming``, ``Mòrag started at nursery``.

Enrolment and welcome notes name the new child or member by the given name alone, as the subject of
"is new", "has joined", "started at". Reviews and product notes open with brand names before other
verbs (``Maeve has done it again``), which is why the subject rule of :mod:`text_name_subject` leaves
sentence starts alone; being new to a group or joining it is said of people. The word must open the
note or a sentence and:

- in Latin script, be capitalised and no English word, function word or town (``Swimming is new to
  us`` stays), unless a listed given name;
- in another cased script (Cyrillic, Greek, Armenian), be one word of that script, any case: an English
  sentence with a non-Latin subject names a person or a place, and places are not "new to" anything;
- in a script without capitals, be a listed name of its script.

Example::

    newcomer_name_spans("Ailean is new to Lawrence, born 05/12/2012.")  # [(0, 6, 'first_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.common_words import place_names
from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words
from safe_synthesizer.pii.text_name_kin import _uncased_name
from safe_synthesizer.pii.text_name_lists import given_names

__all__ = ["newcomer_name_spans"]

_START = r"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))"
_WORD = r"(?:[^\W\d_]|[\u0900-\u0dff\u0e31-\u0e4e\u200c\u200d])+(?:[\-'’][^\W\d_]+)*"
_NEW = re.compile(
    rf"{_START}(?P<name>{_WORD})[ \t]+(?:is[ \t]+new[ \t]+(?:to|at|in|here)|has[ \t]+(?:just[ \t]+)?joined|"
    r"joined|joins|is[ \t]+joining|will[ \t]+join|(?:starts|started|has[ \t]+started)[ \t]+(?:at|with))(?!\w)",
    re.MULTILINE,
)
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


def _name_word(word: str) -> bool:
    if _LATIN.match(word):
        low = word.lower()
        if not word[:1].isupper() or low in latin_stop_words() or low in place_names():
            return False
        return low in given_names() or low not in english_vocabulary()
    if word[:1].isupper() or word[:1].islower():  # Cyrillic, Greek, Armenian: any case
        return len(word) > 1
    return _uncased_name(word)


def newcomer_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'first_name')`` of a newcomer's given name opening a note or sentence."""
    if " new " not in text and "join" not in text and "start" not in text:
        return []
    return [(m.start("name"), m.end("name"), E.FIRST_NAME) for m in _NEW.finditer(text) if _name_word(m.group("name"))]
