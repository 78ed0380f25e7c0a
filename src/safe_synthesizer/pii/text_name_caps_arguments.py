"""A name in capitals ending its clause after a preposition the slot readers do not list: ``Group of 3 under DE
GROOT, Tom's Landing``, ``booked under BARLOW-HOLMES.``, ``réservé sous MATHIEU,``, ``Tisch auf HULST;``.

Why: :mod:`text_name_slot_reader` (slot 4) and :mod:`text_name_any_case_slots` (slot 3) read a run in capitals as a
person after ``by``/``for``/``with``/``to``/``from`` and their counterparts in de fr es it nl pt da cs. Bookings,
tallies and hand-overs name the person after other prepositions too (a booking *under* a name, a bill *against* a
name, a place *beside* or *behind* someone, everyone *except* someone), and a run in capitals there is the surname
of a register, written as registers write it. The prepositions are a closed class: the table below lists, per
language, those whose argument is as often a person as a thing, never the ones of place and time whose argument in
capitals is mostly a town or a month (``in``, ``at``, ``near``, ``on``, ``of``). The run must end its clause (a
punctuation mark, a line, the note's end, a bracket, a digit) and read as a name by the slot reader's word test for
capitals (a listed name of any kind, ``HULST``, ``BLEWANUS``; beside one, a word no list holds), particles inside
(``DE GROOT``), and no word of it an English noun or a common word that no list holds as a name first (``under
WARRANTY.``, ``contra REEMBOLSO,``; ``ROBIN`` stays a name); a note more than half in capitals shouts, and its
capitals say nothing.

The note alone decides (and the table's name words, ``known``, none under DP).

Example::

    caps_argument_spans("Group of 3 under DE GROOT, Tom's Landing")  # [(17, 25, 'last_name')]
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind
from safe_synthesizer.pii.text_name_slot_reader import _MARK_END, _caps_run, _nouns, _run_words
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_entity

__all__ = ["MORE_PREPOSITIONS", "caps_argument_spans"]

Span = tuple[int, int, str]

# Prepositions whose argument is as often a person as a thing, per language (ISO 639), beyond the slot reader's.
MORE_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("under", "against", "beside", "behind", "except", "besides", "alongside", "versus", "vs", "c/o", "than"),
    "de": ("unter", "gegen", "neben", "hinter", "außer", "ausser", "ohne", "laut", "zugunsten"),
    "fr": ("sous", "contre", "derrière", "auprès", "sauf", "envers", "hormis", "selon"),
    "es": ("bajo", "contra", "tras", "según", "salvo", "excepto", "ante", "hacia"),
    "it": ("sotto", "contro", "dietro", "presso", "tranne", "verso", "secondo", "oltre"),
    "nl": ("onder", "tegen", "achter", "naast", "behalve", "namens", "volgens", "zonder"),
    "pt": ("sob", "contra", "atrás", "perante", "exceto", "segundo", "junto"),
    "da": ("mod", "bag", "hos", "uden", "ifølge"),
    "id": ("oleh", "untuk", "dari", "kepada", "dengan", "atas"),
    "ht": ("pou", "ak", "bay", "kote", "sou"),
    "ku": ("ji", "bo", "bi", "ligel", "digel", "li"),
    "tr": ("için", "ile"),
}  # fmt: skip
_ALL = frozenset(w for forms in MORE_PREPOSITIONS.values() for w in forms)
_PREPOSITION = re.compile(
    r"(?<![\w'’/])(?i:" + "|".join(sorted(map(re.escape, _ALL), key=len, reverse=True)) + r")[ \t]+(?=[^\W\d_])"
)
# The clause ends after the run: a mark, a line, the end, a bracket, a digit, a spaced dash.
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)(\]\n]|\Z|\d|[ \t]-[ \t])")
_MAX_CAPS_SHARE = 0.5


def _reads_as_name(words: list[str], known: Collection[str]) -> bool:
    """The slot reader's test of a run in capitals (listed words; beside a listed one, a word no list holds), no
    word of it an English noun or a common word of the main languages unless the table's (``REVIEW``, ``CASH``)."""
    names = [w.lower() for w in words if w.lower() not in PARTICLES]
    ordinary = _nouns() | _common()
    return _caps_run(words, known) and not any(
        w in ordinary and w not in known and "strong" not in (given_kind(w), family_kind(w)) for w in names
    )


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    return common_words() | latin_stop_words()


def caps_argument_spans(text: str, known: Collection[str] | None = None) -> list[Span]:
    """``(start, end, entity)`` of the runs in capitals ending their clause after a preposition of
    :data:`MORE_PREPOSITIONS` (see the module docstring); ``known``: the table's name words in lower case, if any."""
    if len(text) < 8:
        return []
    words = text.split()
    n_caps = sum(len(w) > 1 and w.isupper() for w in words)
    if not n_caps or n_caps > _MAX_CAPS_SHARE * len(words):
        return []
    known = known or frozenset()
    out = []
    for m in _PREPOSITION.finditer(text):
        if not m.group().islower() or not text[m.end() : m.end() + 2].isupper():
            continue  # a lower-case preposition, capitals right after (cheap test before the run is read)
        run = _run_words(text, m.end(), 3)
        part: list[re.Match[str]] = []
        for w in run:
            if not (w.group().isupper() or w.group().lower() in PARTICLES):
                break
            part.append(w)
        while part and part[-1].group().lower() in PARTICLES:
            part.pop()
        if not part or len(part[0].group()) < 2 or not _CLAUSE_END.match(text, part[-1].end()):
            continue
        if text[part[-1].end() :].startswith(".") and _MARK_END.match(text, part[-1].end() + 1) is None:
            continue  # "under DHL.com": a dot inside a word
        values = [w.group() for w in part]
        if _reads_as_name(values, known):
            out.append((part[0].start(), part[-1].end(), name_entity(" ".join(values))))
    return out
