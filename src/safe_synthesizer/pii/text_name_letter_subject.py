"""A given name alone opening a sentence of a letter: ``Dear Mr Bond,\\nRebeca has moved up ...``.

School reports, club letters and carers' notes address a parent and then talk about the child by
given name alone: no surname, title or cue word stands beside it, so the pair rules and the NER model
pass it by. :mod:`text_name_subject` leaves bare sentence starts alone because reviews open with brand
names (``Maeve has done it again``); a letter is different: once a salutation line opens the text
(``Dear ...,``, ``Hi ...,``, ``Liebe ...,``, ``Cher ...,``, ``Geachte ...,``), a sentence of its body that
opens with a capitalised listed given name followed by a lower-case word names a person.

The given name must be no function word of a supported language, no English adjective, verb or adverb,
no ordinary word (``Grace``, ``Will``, ``April``), no title and no town; a capitalised word after it makes
it a full name, which other rules take.

Example::

    letter_subject_name_spans("Dear Mr Bond,\\nRebeca has moved up to Octopus group.")  # [(14, 20, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import given_names
from safe_synthesizer.pii.titles import is_title
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["letter_subject_name_spans"]

_UP = LATIN_UPPER
_LOW = LATIN_LOWER
_SALUTATION = re.compile(
    r"(?im)^[ \t]*(?:dear|hi|hello|hey|liebe[rs]?|lieber|sehr geehrte[rs]?|hallo|cher|chère|chers|bonjour|"
    r"querid[oa]s?|estimad[oa]s?|hola|gentile|gentili|caro|cara|cari|buongiorno|beste|geachte|hej|kære|hei|"
    r"drog[aie]|szanown[aiy]|prezad[oa]|car[oa]s?)\b[^\n]{0,60}[,!:][ \t]*$"
)
_OPENING = re.compile(
    rf"(?:(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][ \t]{{2}}))[ \t]*(?P<first>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
    rf"(?=[ \t]+[{_LOW}])"
)


@lru_cache(maxsize=1)
def _never() -> frozenset[str]:
    """Words that are no child's name here: function words, ordinary and English words, towns."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import _WORD_NAMES, english_vocabulary, latin_stop_words

    words = latin_stop_words() | common_words() | english_vocabulary(("adj", "verb", "adv")) | _WORD_NAMES
    return frozenset(words | gazetteers.all_cities() | gazetteers.all_regions())


def letter_subject_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Given names opening a sentence in the body of a letter (see the module docstring)."""
    if "\n" not in text:
        return []
    salutation = _SALUTATION.search(text)
    if salutation is None:
        return []
    out: list[tuple[int, int, str]] = []
    listed = given_names() | gazetteers.first_names()
    for m in _OPENING.finditer(text, salutation.end()):
        word = m.group("first")
        low = word.lower()
        if (low in listed or low.split("-")[0] in listed) and low not in _never() and not is_title(word):
            out.append((m.start("first"), m.end("first"), E.NAME))
    return out
