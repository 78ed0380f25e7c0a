"""A given name alone as the subject of a bracket or right after a role noun.

Delivery records, consent slips, sitting releases and ward notes name a second person by the given name only,
where a sentence puts its subject: ``(Timothy showed a driving licence, over 18)``, ``(Annette signed on the
tablet)``, ``subject Ellie (child)``, ``pupil Julie (Year 5)``, ``owner Carys, 15``. No surname, title or label
marks them; the place does. Two rules:

1. **bracket subject**: right after ``(`` a capitalised listed given name, then a lower-case verb of the past or
   the third person (``showed``, ``signed``, ``has``, ``was``, ``took``);
2. **role noun**: a role noun of a person (``subject``, ``pupil``, ``patient``, ``candidate``, ``owner``, the
   role words of ``text_name_lower``) and a capitalised listed given name, then ``(`` or ``,``.

The word must be a listed given name of some covered locale and no common word, place, title or calendar
word: ``(Security signed...)``, ``(Reception has...)``, ``pupils (Year 5)``, ``customer Service (...)`` stay.

Example::

    bracket_subject_spans("Signed for by C. Hodges (Timothy showed a driving licence).")  # [(25, 32, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lists import given_names
from safe_synthesizer.pii.titles import is_title
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["bracket_subject_spans"]

_CAP = rf"[{LATIN_UPPER}][{LATIN_LOWER}]+(?:-[{LATIN_UPPER}][{LATIN_LOWER}]+)?"
_LWORD = rf"[{LATIN_LOWER}]+"
_BRACKET = re.compile(rf"\([ \t]*(?P<name>{_CAP})[ \t]+(?P<verb>{_LWORD})(?![\w'’\-])")
_ROLE = re.compile(
    rf"(?<![\w'’\-])(?P<role>[{LATIN_LOWER}]+)[ \t]+(?P<name>{_CAP})(?![\w'’\-])[ \t]*(?:\(|,(?![ \t]*{_CAP}))"
)
# Verbs of the past or the third person that English does not build with -ed/-s.
_IRREGULAR = frozenset(
    """was is has had did does took gave brought showed shown signed paid came went left got made kept held
    brought bought sent wrote said told saw met ran rode sat stood""".split()  # noqa: SIM905
)
# Role nouns of a person besides ``text_name_lower.ROLE_WORDS``: sittings, schools, wards, vets, hiring.
_MORE_ROLES = frozenset(
    """subject pupil student learner child kid baby infant toddler boy girl minor candidate owner member
    participant passenger rider driver sitter model bride groom godchild élève enfant kind schüler schülerin
    alumno alumna niño niña alunno alunna bambino bambina leerling kind jongen meisje""".split()  # noqa: SIM905
)
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    from safe_synthesizer.pii.text_name_lower import ROLE_WORDS

    return ROLE_WORDS | _MORE_ROLES


def _given_alone(word: str) -> bool:
    """A listed given name that is no common word, place, title or calendar word."""
    from safe_synthesizer.pii.text_names import _words

    low = word.lower()
    _, _, common, places = _words()
    if low in common or low in places or low in _CALENDAR or is_title(word):
        return False
    return low in given_names() or low.split("-")[0] in given_names()


def _verb(word: str) -> bool:
    return word in _IRREGULAR or (len(word) > 3 and word.endswith(("ed", "es", "s")) and not word.endswith("ss"))


def bracket_subject_spans(text: str) -> list[tuple[int, int, str]]:
    """Given names alone as a bracket's subject or after a role noun; ``(start, end, NAME)``."""
    out: list[tuple[int, int, str]] = []
    if "(" in text:
        for m in _BRACKET.finditer(text):
            if _verb(m.group("verb")) and _given_alone(m.group("name")):
                out.append((m.start("name"), m.end("name"), E.NAME))
    if "(" in text or "," in text:
        for m in _ROLE.finditer(text):
            if m.group("role").lower() in _roles() and _given_alone(m.group("name")):
                out.append((m.start("name"), m.end("name"), E.NAME))
    return out
