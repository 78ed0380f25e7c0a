"""Central American landmark addresses: ``Del Hospital Militar 3 c. abajo``, ``De la Rotonda El Güegüense 2 c.
al sur, 1 c. abajo``, ``200 m al norte de la Iglesia La Merced``.

Why: Nicaragua and Costa Rica give no street and number: a home is located from a landmark by blocks or metres
in a direction. Managua writes ``De <landmark> <n> c. <direction>`` (``c.``/``cuadras`` blocks, ``vrs.``/``varas``
yards; directions ``arriba`` east, ``abajo`` west, ``al lago`` north, ``al sur``, ``a la montaña``...), San José
writes ``<n> m al norte de <landmark>``. The street rules found at most the landmark and the first number, so the
blocks and directions, and in a note without a cue the whole address, stayed. A run of such steps after
``De``/``Del``/``Frente a`` and a landmark, or a step before ``de``/``del`` and a landmark, is the address.

Example::

    landmark_street_spans("Vive Del Hospital Militar 3 c. abajo, Managua")  # [(5, 35, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["landmark_street_spans"]

_DIRECTION = (
    r"(?:arriba|abajo|al[ \t]+lago|al[ \t]+sur|al[ \t]+norte|al[ \t]+este|al[ \t]+oeste|al[ \t]+oriente|"
    r"al[ \t]+poniente|a[ \t]+la[ \t]+montaña|adentro|afuera)"
)
_UNIT = r"(?:c\.|cuadras?|vrs\.?|varas|mts\.?|metros|m\.?)"
_STEP = rf"(?:\d{{1,3}}|media|una)[ \t]*{_UNIT}[ \t]+{_DIRECTION}"
_STEPS = rf"{_STEP}(?:[ \t]*(?:,|y)[ \t]*{_STEP}){{0,3}}"
_UP = "A-ZÁÉÍÓÚÑÜ"
# The landmark: capitalised words and Spanish particles ("Hospital Militar", "la Rotonda El Güegüense").
_WORD = rf"(?:[{_UP}][\w'’\-]*|de|del|la|las|los|el|y|San|Santa)"
_LANDMARK = rf"(?:la[ \t]+|el[ \t]+|los[ \t]+|las[ \t]+)?[{_UP}][\w'’\-]*(?:[ \t]+{_WORD}){{0,5}}"
_FROM = rf"(?<![\w])(?:[Dd]e(?:l|[ \t]+la|[ \t]+los|[ \t]+las)?|[Ff]rente[ \t]+al?)[ \t]+{_LANDMARK}"
_LANDMARK_FIRST = re.compile(rf"{_FROM}[ \t]*,?[ \t]+{_STEPS}(?![\w])")
_STEPS_FIRST = re.compile(rf"(?<![\w]){_STEPS}[ \t]+(?:de|del)[ \t]+{_LANDMARK}")
_GATE = re.compile(r"(?i)(?:\d[ \t]*(?:c\.|cuadra|vrs|vara|mts|metros|m\b))")


def landmark_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Landmark-and-steps addresses of Nicaragua and Costa Rica (see the module docstring)."""
    if not _GATE.search(text):
        return []
    out = [(m.start(), m.end(), E.STREET_ADDRESS) for m in _LANDMARK_FIRST.finditer(text)]
    for m in _STEPS_FIRST.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in " \t,.":
            end -= 1
        out.append((m.start(), end, E.STREET_ADDRESS))
    return out
