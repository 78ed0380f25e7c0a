"""Lower-case full names after a key-holding or collecting cue: ``Spare key with danuta gutknecht, Dobesallee.``,
``Collected by dan henry (owner's partner?)``, ``Keys left with lou ferris``, ``Keyholder: ida berg``.

Pet sitters, cleaners and lost-property clerks write who holds a key or took an item as it was said to them, often
in lower case; no capital marks the name and :mod:`text_name_lower_handled` reads ``with`` only after verbs of
coming. A key (or the keys, the fob, the parcel) *with* someone, a keyholder and an item *collected by* or
*picked up by* someone are slots for a person only. The cue takes two or three lower-case words that end the
clause (a comma, a stop, a bracket, the end) and read as a name: :func:`text_name_lower_words.pair_ok` for the
first and last word (a strong given name before any family name, or a weak one before a strong family name), and
:func:`text_name_lower_slots.loose_name_words` for all of them. ``key with the neighbour`` (function word),
``key with reception`` (one word) and ``key with green tag`` (words) keep their words.

Example::

    lower_keyholder_spans("Spare key with danuta gutknecht, Dobesallee.")  # [(15, 31, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_slots import NAME_PARTICLES, loose_name_words
from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind, pair_ok

__all__ = ["lower_keyholder_spans"]

_LOW = "a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšșţțťūůűųźżž"
_LWORD = rf"[{_LOW}][{_LOW}'’\-]*[{_LOW}]"
_CUE = re.compile(
    r"(?i:(?<![\w'’])(?:(?:spare[ \t]+)?(?:keys?|fob|key[ \t]+fob|parcel|package)[ \t]+"
    r"(?:(?:left|is|are|kept|stays?)[ \t]+)?with|key[ \t]*-?holder[ \t]*:?|"
    r"(?:collected|picked[ \t]+up|signed[ \t]+for)[ \t]+by))"
    rf"[ \t]+(?P<name>{_LWORD}(?:[ \t]+{_LWORD}){{1,3}})(?=[ \t]*(?:[.,;:!?()\n]|$))"
)


def _unlisted(words: list[str]) -> bool:
    """Names of stocks the given-name lists lack ("lamin sowe", "chidi okonkwo"): the last word a family name that is
    no word of any vocabulary (listed or not), the others such words or listed given names."""
    kinds = [family_kind(w) for w in words]
    return kinds[-1] in ("strong", "unknown") and all(
        k in ("strong", "unknown") or given_kind(w) for w, k in zip(words, kinds, strict=True)
    )


def lower_keyholder_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case names after a key-holding or collecting cue (see the module docstring)."""
    low = text.lower()
    if not any(cue in low for cue in ("key", "fob", "parcel", "package", " by ")):
        return []
    out = []
    for m in _CUE.finditer(text):
        words = m.group("name").split()
        # "henri de oliveira": a particle inside; the last word must be the family name itself.
        if words[-1] in NAME_PARTICLES or not loose_name_words(words):
            continue
        # Both orders: Hungarian and East Asian names put the family name first ("juhász lilla").
        if pair_ok(words[0], words[-1]) or pair_ok(words[-1], words[0]) or _unlisted(words):
            out.append((m.start("name"), m.end("name"), E.NAME))
    return out
