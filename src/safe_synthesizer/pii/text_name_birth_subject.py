"""A person named alone right before their birth date: the subject the date belongs to.

Family profiles, sitting agencies, tutors' reports and referral letters name a child (or any person) by the
given name alone, right before the birth date: ``Two children: Christine (born March 16, 2016)``, ``Child
Veronica, DOB 2015-07-27``, ``unser Sohn Hagen (geb. 15.09.20)``, ``Session report for Justin (June 1,
2025)``. No surname, title or kinship word marks the name; the date's place does. Two layouts:

1. **bracket**: one to three capitalised words, then ``(`` opening with a birth word of any language
   (``born``, ``geb.``, ``né le``, ``nata il``, ``nació el``, ``naceu o``, ``va néixer``) or with a date;
2. **comma**: one to three capitalised words, a comma and a birth word (``Child Koldo, DOB 28/06/2013``,
   ``Hagen, born 2011``).

After a birth word the words are a name when they are shaped like one (capitalised, no function word,
common word, month, title or role word): a birth word belongs to a person, and regional names
(``Koldo``, ``Stjepan``) are in no list. A bare date in the bracket may be any event's date (``Report for
March (2024-03-01)``), so there the first word must be a listed given name that is no common word, place
or calendar word. Role words before the name (``Child``, ``pupil``) are left out of the span.

Example::

    birth_subject_spans("Two children: Christine (born March 16, 2016) and a baby.")  # [(15, 24, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["birth_subject_spans"]

# Latin and Cyrillic (Russian, Kazakh, Kyrgyz, Ukrainian letters) capitalised words: English forms of Central
# Asian clubs write the child's name in its own script ("Summer camp form: Айжан (born 12.10.2015)").
_CYR_UP = "А-ЯЁӘӨҮҢҒҚҰҺІЇЄЎ"
_CYR_LOW = "а-яёәөүңғқұһіїєў"
_CAP = (
    rf"(?:[{LATIN_UPPER}][{LATIN_LOWER}]+(?:[\-'’][{LATIN_UPPER}][{LATIN_LOWER}]+)?|"
    rf"[{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?)"
)
_WORDS = rf"(?<![\w'’\-])(?P<words>{_CAP}(?:[ \t]+{_CAP}){{0,2}})"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(bracket, comma) patterns; built on first use (the date and birth-word regexes live in
    :mod:`text_patterns`, which imports the name rules)."""
    from safe_synthesizer.pii.text_patterns import _DATE, _DOB_CUE

    bracket = re.compile(
        rf"{_WORDS}[ \t]*\([ \t]*(?:(?P<cue>(?i:{_DOB_CUE}))(?![\w\-])|(?P<date>{_DATE}))",
    )
    comma = re.compile(rf"{_WORDS}[ \t]*,[ \t]*(?P<cue>(?i:{_DOB_CUE}))(?![\w\-])")
    return bracket, comma


def _name_shaped(word: str) -> bool:
    """Capitalised and no function word, common word, month, title or role word of a person."""
    from safe_synthesizer.pii.text_name_bracket_subject import _roles
    from safe_synthesizer.pii.text_name_kin import _cased_name

    return _cased_name(word) and word.lower() not in _roles()


def _name_start(m: re.Match[str]) -> tuple[int, list[str]]:
    """Start and words of the name: the last word before the cue when name-shaped, and the name-shaped words
    before it that are listed given or family names ("Attendee Hans Dieter": the unlisted noun is left out)."""
    words = list(re.finditer(r"\S+", m.group("words")))
    keep: list[re.Match[str]] = []
    for word in reversed(words):
        low = word.group().lower()
        listed = low in given_names() or low in family_names()
        if not _name_shaped(word.group()) or (keep and not listed):
            break
        keep.insert(0, word)
    if not keep:
        return m.end("words"), []
    return m.start("words") + keep[0].start(), [w.group() for w in keep]


def _entity(words: list[str]) -> str:
    """One word is a given name (the child of a profile), or a surname when only the family lists hold it."""
    if len(words) > 1:
        return E.NAME
    low = words[0].lower()
    return E.LAST_NAME if low in family_names() and low not in given_names() else E.FIRST_NAME


def birth_subject_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of names standing right before a birth word or a bracketed date."""
    if "(" not in text and "," not in text:
        return []
    from safe_synthesizer.pii.text_name_bracket_subject import _given_alone

    bracket, comma = _patterns()
    out: list[tuple[int, int, str]] = []
    for regex in (bracket, comma):
        for m in regex.finditer(text):
            start, words = _name_start(m)
            if not words:
                continue
            if m.group("cue") is None and not _given_alone(words[0]):
                continue  # a bare date: an event's, unless a listed given name says a person
            out.append((start, m.end("words"), _entity(words)))
    return out
