"""A whole name in lower case heading a clause whose predicate is an adjective or a verb's form the person readers do
not list: ``matthew vega overdue from Bishop's Wood``, ``burghard roskoth overdue``, ``linda williams late again``.

Why: :mod:`text_name_any_case_slots` reads a lower-case subject before ``to`` and a verb, a person's verb, a
person's predicate or a state only a person is in (``allergic``, ``unwell``), since one lower-case word before a
predicate could be anything. Notes drop the copula (``X overdue``, ``X late``, ``X away till May``), and the
adjective is then any adjective. A whole name is sure enough to take it: two or three lower-case words, the first a
given name a list holds as a name first (WordNet's proper nouns too: ``matthew``) or the table's, each other a
family name a list holds as a name first, a second given name so, or one of the table's name words; then an English
adjective, adverb or verb form in lower case. A note written without capitals says nothing by its lower case and is
left.

The note alone decides (and the table's name words, ``known``, none under DP).

Example::

    lower_full_subject_spans("matthew vega overdue from the wood, search started")  # [(0, 12, 'name')]
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_any_case_slots import _caseless_note
from safe_synthesizer.pii.text_name_clause_roles import verb_lemmas
from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind
from safe_synthesizer.pii.text_name_slot_reader import _WORD, _lower_sure, _never, _run_words
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES

__all__ = ["lower_full_subject_spans"]

Span = tuple[int, int, str]

# A clause's head: the note's start, a sentence's end, a line, a colon, a semicolon, a spaced dash.
_HEAD = re.compile(r"(?:\A|(?<=[.!?;:])[ \t]+|\n[ \t]*|(?<=[ \t])[-–][ \t]+)(?=[a-zà-ÿ])")
_NEXT = re.compile(rf"[ \t]+(?P<word>{_WORD})")


@lru_cache(maxsize=1)
def _predicates() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary(("adj", "adv", "verb"))


def _rest_word(word: str, known: Collection[str]) -> bool:
    """A word after the given name: a family or given name a list holds as a name first, or the table's."""
    return word in known or family_kind(word) == "strong" or given_kind(word) == "strong"


def lower_full_subject_spans(text: str, known: Collection[str] | None = None) -> list[Span]:
    """``(start, end, 'name')`` of whole lower-case names heading a clause before an adjective, an adverb or a verb's
    form (see the module docstring); ``known``: the table's own name words in lower case, if any."""
    if len(text) < 12 or _caseless_note(text):
        return []
    known = known or frozenset()
    out = []
    for h in _HEAD.finditer(text):
        run = [w for w in _run_words(text, h.end(), 3) if w.group().islower()]
        first = run[0].group() if run else ""
        if len(run) < 2 or first in PARTICLES or _never(first):
            continue
        if not (_lower_sure(first, known) or given_kind(first) == "strong"):
            continue  # "matthew": WordNet's noun, a list's given name first
        for n in range(len(run), 1, -1):
            rest = [w.group() for w in run[1:n] if w.group() not in PARTICLES]
            if not rest or not all(_rest_word(w, known) and not _never(w) for w in rest):
                continue
            nxt = _NEXT.match(text, run[n - 1].end())
            if nxt is None or not nxt.group("word").islower():
                continue
            word = nxt.group("word")
            if word in _predicates() or verb_lemmas(word):
                out.append((run[0].start(), run[n - 1].end(), E.NAME))
                break
    return out
