"""An identity number in a note read by a scheme's STRUCTURE when the scheme has no check digit: the Indian PAN
(``AFWPP3921T``: five letters, four digits, a letter; the fourth letter the holder's kind, ``P`` a person), which
python-stdnum's ``in_.pan`` validates by that structure.

Why: the note id rules take a token after an id word of their lists, after a label's closing (``PAN:``) when it
passes a scheme's check (:func:`text_id_schemes.any_id_scheme`, which needs six digits or more), or when it has the
layout of the table's own id column. Set 50's Kannada notes wrote ``(PAN: NKTPR2034Y)`` and ``ಪ್ಯಾನ್ ಸಂಖ್ಯೆ
TTUPN2941J`` ("PAN number" in Kannada) in tables without an id column: every one was kept. The PAN's layout is
its own notation, in any language around it: ten characters in fixed classes with a holder-kind letter from a
closed set is as rare by chance as a check digit, so no cue is needed. Guards: the token stands alone (no letter,
digit, ``@``, ``/``, ``-``, ``.``-joined part on either side: an e-mail, a URL, a product code ``AB-CDEPX1234Y``),
it is not in a span found already.

Example::

    structured_id_spans("ಗುರುತಿನ ಚೀಟಿ ಇದೆ (ಪ್ಯಾನ್ ಸಂಖ್ಯೆ TTUPN2941J). ಕರೆ ಮಾಡಿ")  # [(32, 42, "national_id")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stdnum.in_ import pan

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans

__all__ = ["structured_id_spans", "with_structured_ids"]

_PAN = re.compile(r"(?<![\w@/.\-])[A-Z]{5}\d{4}[A-Z](?![\w@/\-]|\.\w)")


def structured_id_spans(text: str, spans: Sequence[tuple[int, int, str]] = ()) -> list[tuple[int, int, str]]:
    """PANs in ``text`` (see the module docstring), outside ``spans``."""
    if not text or sum(ch.isdigit() for ch in text) < 4:
        return []
    out = []
    for m in _PAN.finditer(text):
        a, b = m.span()
        if any(s < b and a < e for s, e, _ in spans):
            continue
        if pan.is_valid(m.group()):
            out.append((a, b, E.NATIONAL_ID))
    return out


def with_structured_ids(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` with the ids of :func:`structured_id_spans` added."""
    found = structured_id_spans(text, [(s.start, s.end, s.entity) for s in spans])
    if not found:
        return spans
    return resolve_spans(spans + [TextSpan(a, b, e, 0.9) for a, b, e in found])
