"""A role noun written capitalised before a person's name is no part of the name: ``Parent Karl Enoksen rang``,
``Owner Ane Lynge``, ``Guardian Pipaluk Rosing``.

Logs and forms open a line or a clause with the person's part in the case, capitalised, then the name. Many of
these nouns are surnames too (French-Canadian ``Parent``, English ``Guardian`` no, ``Driver`` and ``Patient``
yes), so the name lists take ``Parent Karl`` for a given and a family name, and the fake replaces the role with a
name: the note loses its word. Before a capitalised word a role noun of :data:`text_name_lower.ROLE_WORDS` or
:data:`text_name_roles.PROFESSIONAL_ROLES` (and ``parent``, ``grandparent``, ``keeper``...) is cut off the span;
the words after it stay a span (``Doctor Smith`` keeps ``Smith``).

Example::

    without_role_prefix("Parent Karl Enoksen rang", [(0, 19, "name")])  # [(7, 19, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["is_role_noun", "without_role_prefix"]

_EXTRA = frozenset(
    """parent parents grandparent grandparents godparent stepparent keeper carer caretaker foster student pupil
    member employee staff companion escort chaperone attendant begleiter begleiterin begleitperson accompagnateur
    accompagnatrice acompañante accompagnatore begeleider""".split()  # noqa: SIM905
)
_FIRST_WORD = re.compile(r"(\S+)[ \t]+(?=\S)")


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Words naming a person's part in a case, lower case: the lists of lower-case cues and professions, and more."""
    from safe_synthesizer.pii.text_name_lower import ROLE_WORDS
    from safe_synthesizer.pii.text_name_roles import PROFESSIONAL_ROLES

    return ROLE_WORDS | PROFESSIONAL_ROLES | _EXTRA


def is_role_noun(word: str) -> bool:
    """``word`` names a person's part in a case (``Parent``, ``Owner``, ``Kundin``), in any case."""
    return word.lower() in role_nouns()


def without_role_prefix(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with a capitalised role noun cut off their start (see the module docstring)."""
    out = []
    for start, end, entity in spans:
        m = _FIRST_WORD.match(text, start, end)
        if m is None or not m.group(1)[:1].isupper() or not is_role_noun(m.group(1)):
            out.append((start, end, entity))
            continue
        out.append((m.end(), end, entity))
    return out
