"""A family name built with a particle of the world's naming systems, in capitals or capitalised, standing alone in
a note's clause: ``AÏT MENGUELLET to collect the shield``, ``back late with PICARD-DOS SANTOS, ring ...``, ``paid by
OULD BRAHIM``, ``Ní BHRIAIN rang``, ``ask for BIN HAMDAN``.

Why: the name readers test each word of a run (:func:`text_name_word_kinds.name_word`); a particle is no name of
any list (``AÏT``, ``OULD``, ``NÍ``), and in capitals a short word reads as an acronym, so the run fails on its
particle although the particle is the surest sign of a family name there is. The particles are a closed class of
the naming systems (Berber ``Aït``/``Ath``, Arabic, Hassaniya and Malay ``Ould``/``Bint``/``Ibn``/``Bin``, Irish
and Scots ``Ní``/``Nic``/``Mac``/``Ó``/``Uí``, Welsh ``ferch``, Portuguese ``dos``/``das``, Dutch ``van der``/
``ter``, German ``von``/``zu``), read from their grammars, not from any note; particles that are common words or
given names of big languages (``Ben``, ``Bar``, ``At``, ``Ou``, ``Des``, ``Abdul``, ``AG``) are left out.

A run is one to three particles (or a particle glued by a hyphen: ``PICARD-DOS``) and one or two core words, all
capitalised or all in capitals; it is a name when each core word may be a name (``"sure"``: a listed name, or an
unlisted word of five letters or more no vocabulary holds; in capitals read capitalised), no core word is a title,
a street word, a month or a known place (``DE LA PAZ``, ``EL PASO``, ``BEN NEVIS`` stay), and the run stands alone:
after the note's start, a label's colon, a lower-case word or a comma, and before a lower-case word, a comma, a
full stop, a digit or the end (not inside a longer capitalised title). A particle that is also a place's article
(``De``, ``La``, ``El``) is read as a particle but is no evidence: the word readers judge those runs.

Example::

    particle_name_spans("AÏT MENGUELLET to collect the shield, ring 026 99 61 72")
    # [(0, 14, 'last_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.text_name_person_slots import known_places
from safe_synthesizer.pii.text_name_word_kinds import name_word
from safe_synthesizer.pii.titles import is_title

__all__ = ["PERSON_PARTICLES", "PLACE_PARTICLES", "particle_name_spans"]

# Particles that stand in persons' names only (lower-cased).
PERSON_PARTICLES = frozenset(
    ("aït", "ait", "ath", "n'aït", "ould", "bint", "ibn", "bin", "binti", "ní", "nic", "mhic", "ó", "uí", "mac",
     "ferch", "verch", "fitz", "dos", "das", "von", "zu", "vom", "zur", "ter", "ten", "van", "der", "den", "het")
)  # fmt: skip
# Particles that are also a place's or a thing's article (``De La Paz``, ``El Paso``, ``Le Mans``): never enough.
PLACE_PARTICLES = frozenset(("de", "da", "di", "do", "del", "la", "le", "lo", "el", "al", "d'", "l'", "y", "e"))
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+(?:['’][^\W\d_]+)?)*")
_MAX_CORE = 2


def _case(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "upper"
    return "cap" if word[:1].isupper() else "lower"


def _pieces(word: str) -> list[str]:
    return [p for p in word.split("-") if p]


def _particle(piece: str) -> str:
    low = piece.lower()
    if low in PERSON_PARTICLES:
        return "person"
    return "place" if low in PLACE_PARTICLES else ""


def _core_name(piece: str) -> bool:
    """A core word may be a name: read capitalised, a "sure" name word, no title, no known place."""
    probe = piece.title() if piece.isupper() else piece
    if len(probe) < 2 or is_title(probe) or probe.lower() in known_places():
        return False
    return name_word(probe, "sure")


def _standing_alone(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip(" \t")
    if before and not (before[-1] in ":,;(\n-–—>" or before[-1].islower()):
        return False
    after = text[end:].lstrip(" \t")
    return not after or after[0] in ",.;:!?)\n" or after[0].isdigit() or after[0].islower()


def particle_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Family names with a particle of :data:`PERSON_PARTICLES`, standing alone in ``text``."""
    if not text or not any(ch.isupper() for ch in text):
        return []
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        # A run of words of one case (capitalised or capitals), single spaces between.
        j = i
        case = _case(words[i][2])
        if case == "lower":
            i += 1
            continue
        while j + 1 < len(words) and _case(words[j + 1][2]) == case and text[words[j][1] : words[j + 1][0]] == " ":
            j += 1
        run = words[i : j + 1]
        i = j + 1
        pieces = [p for _, _, w in run for p in _pieces(w)]
        kinds = [_particle(p) for p in pieces]
        cores = [p for p, k in zip(pieces, kinds, strict=True) if not k]
        if not cores or len(cores) > _MAX_CORE or len(pieces) == len(cores) or _particle(pieces[-1]):
            continue
        if not all(_core_name(p) for p in cores):
            continue
        if "person" not in kinds:
            continue  # an article of places too ("De La Paz", "Le Mans"): the word readers judge those runs
        start, end = run[0][0], run[-1][1]
        if _standing_alone(text, start, end):
            out.append((start, end, "last_name"))
    return out
