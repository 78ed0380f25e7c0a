"""English-language street lines without a house number, placed by a cue: ``Sending love from Vacoas Road!``,
``moved to St Jean Road, Quatre Bornes``, ``Address: La Chaussée Street``.

Why: the English street rules want a house number (``12 Royal Road``) or a postcode after the street, and
Mauritian, Caribbean, West African and rural addresses often have neither: the street name is the address
(``Royal Road, Curepipe``). Without a number, a street is told by where it stands: right after a word that
places a person or a parcel (``from``, ``at``, ``to``, ``on``, ``Address:``) and right before the end of the
phrase (punctuation, a line break, the end of the note, or ``after``/``before`` a time). Its name is one to
three capitalised words (``St``, ``Mgr``, ``La``, ``De`` included) and an English street type written out
(``Road``, ``Street``, ``Avenue``, ``Lane``, ``Drive``, ``Crescent``, ``Boulevard``, ``Terrace``,
``Highway``): abbreviations such as ``St`` also mean Saint and stay out.

Example::

    unnumbered_street_spans("Sending love from Vacoas Road!")  # [(18, 29, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["unnumbered_street_spans"]

_UP = "A-ZÀ-ÖØ-Þ"
_CAP = rf"[{_UP}][a-zß-öø-ÿ]+(?:['’\-][{_UP}a-zß-öø-ÿ]+)*\.?"
_TYPES = r"(?:Road|Street|Avenue|Lane|Drive|Crescent|Boulevard|Terrace|Highway)"
_CUE = r"(?:\b(?:from|at|to|on|in)|(?i:address|addr\.|adresse)[ \t]*:)"
_STREET = re.compile(
    rf"{_CUE}[ \t]+(?P<street>{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+{_TYPES})"
    r"(?=[ \t]*(?:[!.,;:)\n]|$|after\b|before\b|by\b))"
)
_GATE = re.compile(_TYPES)


def unnumbered_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street names with an English street type after a placing cue (see the module docstring)."""
    if not _GATE.search(text):
        return []
    return [(m.start("street"), m.end("street"), E.STREET_ADDRESS) for m in _STREET.finditer(text)]
