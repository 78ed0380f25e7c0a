"""Given names that a hand-over phrase or a trailing self-introduction marks.

- ``pass to Sara for 2nd round``, ``escalated to Guillaume in retentions``, ``handed over to Pat``,
  ``cc Jonas``, ``ask for Mette``, ``weitergeleitet an Jana``, ``transmis à Hugo``: work notes name a
  colleague after a hand-over verb, with no title and no surname. A capitalised listed given name there
  is a first name; one that is also an English word (``Will``, ``Pat``, ``Mark``) only when the clause
  goes on like a hand-over (``for``, ``in``, ``at``, a comma, the end): ``pass to Will for review`` is
  a person, ``passed to Will and probate`` stays.
- ``hi payroll, georgia foster here (emp ...)``, ``lucia zimmermann hier``, ``Ana Ruiz aquí``: the
  writer introduces themself by a name and a trailing ``here``. At the start of the note or of a clause
  (after a greeting and a comma), a listed given name (and a listed family name after it) before that
  word is the writer's name, in any case: the cue is strong enough for names that are also words
  (``georgia``, ``foster``).

Example::

    handover_name_spans("good fit, pass to Sara for 2nd round")  # [(28, 32, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.titles import is_title
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["handover_name_spans"]

_UP = LATIN_UPPER
_LOW = LATIN_LOWER
_CAP = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_ANY = rf"[{_UP}{_LOW}][{_LOW}]+(?:-[{_UP}{_LOW}][{_LOW}]+)?"
_END = r"(?![\w'’\-])"

# Hand-over phrases of work notes (English and the main languages of the supported locales).
_HANDOVER = (
    r"pass(?:ed|ing)? (?:it )?(?:on |over )?to|hand(?:ed|ing)? (?:it )?(?:over |back )?to|escalat(?:e|ed|ing) to|"
    r"transferr?(?:ed|ing)? to|forward(?:ed|ing)? to|assign(?:ed)? to|referr?(?:ed)? to|reassign(?:ed)? to|"
    r"cc:?|ask for|asked for|speak to|spoke to|spoke with|talk(?:ed)? to|check(?:ed)? with|"
    r"weitergeleitet an|übergeben an|weitergegeben an|transmis à|transféré à|passé à|pasado a|transferido a|"
    r"passato a|inoltrato a|doorgestuurd naar|overgedragen aan|överlämnat till|skickat till|videresendt til|"
    r"overdraget til|przekazano do|przekazane do|předáno|encaminhado para|passado para|transferat la"
)
_HANDED = re.compile(rf"(?i:(?<![\w'’])(?:{_HANDOVER}))[ \t]+(?P<first>{_CAP}){_END}(?P<rest>[ \t]*\S*)")
# How a clause goes on after a hand-over name: a preposition, a comma or stop, the end.
_GOES_ON = re.compile(r"^(?:[ \t]*$|[ \t]*[,.;:!?)(\-–]|[ \t]+(?:for|in|at|from|on|to|asap|pls|please|re|about)\b)")

# Trailing self-introductions: "<name> here" opening the note or its line, after a greeting at most
# ("hi payroll, georgia foster here (emp ...)"); the clause must go on like an introduction ("here is
# great" in a review is prose).
_HERE = r"here|hier|aquí|aqui|qui|ici|här|her|täällä|tutaj|tady|ovdje|aici|burada"
_GREETING = r"hi|hello|hey|hiya|dear|hej|hallo|hola|ciao|olá|ola|oi|salut|bonjour|moi|hoi|dzień dobry|bok|buna|szia"
_INTRO = re.compile(
    rf"^[ \t]*(?:(?i:{_GREETING})(?:[ \t]+[^\W\d_]+)?[ \t]*[,!.:\-–]?[ \t]+)?"
    rf"(?P<first>{_ANY})(?:[ \t]+(?P<last>{_ANY}))?[ \t]+(?i:{_HERE}){_END}"
    r"(?=[ \t]*$|[ \t]*[,.;:!?()\-–]|[ \t]+(?i:from|again|with|about|re|i|my|at|in)\b)",
    re.MULTILINE,
)


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(function words, ordinary English words and months, places), lower case."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words
    from safe_synthesizer.pii.text_name_intro import _CALENDAR

    stop = latin_stop_words()
    ordinary = common_words() | english_vocabulary(("adj", "verb", "adv")) | _CALENDAR
    return stop, frozenset(ordinary), gazetteers.all_cities() | gazetteers.all_regions()


def _calendar() -> frozenset[str]:
    from safe_synthesizer.pii.text_name_intro import _CALENDAR

    return _CALENDAR


def _english_stop() -> frozenset[str]:
    from safe_synthesizer.pii.text_ner import english_stop_words

    return english_stop_words()


def _given(word: str) -> bool:
    low = word.lower()
    return low in given_names() or low.split("-")[0] in given_names()


def _family(word: str) -> bool:
    low = word.lower()
    return low in family_names() or low.split("-")[-1] in family_names()


def _handed(text: str) -> list[tuple[int, int, str]]:
    stop, ordinary, places = _words()
    out = []
    for m in _HANDED.finditer(text):
        first = m.group("first")
        low = first.lower()
        if not _given(first) or is_title(first) or low in _calendar() or (low in places and low not in given_names()):
            continue
        # A word of another language's function words ("Sara", "Otto") or of English ("Will", "Pat") is a
        # name only where the clause goes on like a hand-over; an English function word never is.
        if (low in stop or low in ordinary or low in places) and not _GOES_ON.match(m.group("rest")):
            continue
        if low in _english_stop():
            continue
        out.append((m.start("first"), m.end("first"), E.FIRST_NAME))
    return out


def _introduced(text: str) -> list[tuple[int, int, str]]:
    stop, _, _ = _words()
    out = []
    for m in _INTRO.finditer(text):
        first, last = m.group("first"), m.group("last")
        if first.lower() in _english_stop() or not _given(first):
            continue
        if last is None:
            if first.lower() not in stop:
                out.append((m.start("first"), m.end("first"), E.FIRST_NAME))
        elif last.lower() not in stop and _family(last) and (first.islower() == last.islower()):
            out.append((m.start("first"), m.end("last"), E.NAME))
    return out


def handover_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Hand-over given names and trailing self-introductions (see the module docstring)."""
    return _handed(text) + _introduced(text)
