"""A Korean given name alone in a note written in Latin letters (``Carer ticket for 민재.``).

Why: the Korean rules (:mod:`text_name_korean`) take a Hangul word as a name after a Korean label or role
noun, before ``님``/``씨``, or when it splits into a family syllable and a given name (``이영철``). An English
note names a Korean the English way, by the given name alone (``pass the keys to 지훈``), and none of those
cues is there. In Latin prose a Hangul word stands out as a name or a place, so a word that is exactly a
listed Korean given name (Faker ``ko_KR``, two syllables) and stands alone (no Hangul, digit or hyphen glued to
it, as in addresses: ``지하813``, ``강남대로``) is a person. Towns are left alone.

Example::

    hangul_given_spans("Carer ticket for 민재.")  # [(17, 19, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.validators import scripts as S
from safe_synthesizer.utils.scripts import HANGUL

__all__ = ["hangul_given_spans"]

_WORD = re.compile(rf"(?<![\w\-])[{HANGUL}]+(?![\w\-])")
_LATIN_WORD = re.compile("[A-Za-z]{2,}")


def hangul_given_spans(text: str) -> list[tuple[int, int, str]]:
    """Listed Korean given names standing alone in a note with more Latin words than Hangul ones."""
    words = list(_WORD.finditer(text))
    if not words or len(_LATIN_WORD.findall(text)) <= len(words):
        return []
    given = S.given_names("hangul")
    return [(m.start(), m.end(), E.NAME) for m in words if m.group() in given and not S.script_town(m.group())]
