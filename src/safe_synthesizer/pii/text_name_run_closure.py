"""A found name runs to the end of its run of name words: the capitalised word between two person spans joins them
(``Ni Made Dewi`` with ``Ni`` and ``Dewi`` found), and the one or two name-shaped words right after a person span of
two words or more join it when the run then closes a clause (``Ida Bagus Komang Agus Wirawan (born ...``, ``IDA AYU
KOMANG AYU LESTARI, document number ...``).

Why: the name readers cap a run at a fixed number of words and skip a word that is also an English one (``Made``, a
Balinese birth-order name), so a long name kept a part: set 51's Balinese notes kept the family name after four given
words and the birth-order word between two found parts. What does not depend on the language is the run itself: a
person's name is written as one run of words in the same case, and a clause boundary (a comma, a bracket, a full stop,
a dash between spaces, a line's end) closes it.

- Bridge: one word, capitalised (or all capitals in an all-capitals run), no joining word (``And``, ``With``),
  standing alone between two person spans with single spaces; the merged span is a full name.
- A script without letter case has no run to read: only cased words join.
- Tail: up to two words after a person span that already holds two words, in the span's own case (capitalised, or
  all capitals when the span is), no English word, title, weekday or month (``Anna Lee Monday,`` stays), then a
  clause boundary.

Example::

    run_closure_name_spans("Bapak Ida Bagus Komang Agus Wirawan (born 1969)", [(6, 27, "name")])
    # [(6, 35, "name")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans
from safe_synthesizer.pii.titles import is_title

__all__ = ["run_closure_name_spans", "with_run_closure_names"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_WORD = re.compile(r"[ ]([^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*)")
# What closes a name's run: punctuation of a clause, a bracket, a dash between spaces, a line's end, the end.
_CLOSE = re.compile(r"[ \t]*(?:[,;:.!?()\[\]\n]|$)|[ \t]+[-–—][ \t]")
_MAX_TAIL = 2
# Words that join two people, capitalised in a heading ("Anna Lee And Tom Hill"): never part of a name.
_JOINERS = frozenset("and or und et y e i with to for from by vs per at in on of mit og och en".split())  # noqa: SIM905
_CALENDAR = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary()


def _same_case(word: str, upper: bool) -> bool:
    """Capitalised in a capitalised run, all capitals in an all-capitals one. A script without case has no run to
    read (``ராமன் மற்றும் சீதா``: "and" looks like a name word), so its words never pass."""
    if upper:
        return word.isupper() and len(word) > 1
    return word[:1].isupper() and not word.isupper()


def _tail_word(word: str, upper: bool) -> bool:
    if not _same_case(word, upper) or is_title(word):
        return False
    low = word.lower()
    return low not in _ordinary() and low not in _CALENDAR


def run_closure_name_spans(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The person spans that grow: bridged pairs and closed tails (each a full name)."""
    people = sorted((a, b) for a, b, e in spans if e in _PERSON)
    others = [(a, b) for a, b, e in spans if e not in _PERSON]
    merged: list[list[int]] = []
    for a, b in people:
        if merged:
            pa, pb = merged[-1]
            m = _WORD.match(text, pb)
            if m is not None and text[m.end() : m.end() + 1] == " " and m.end() + 1 == a:
                upper = text[pa:pb].isupper()
                if _same_case(m.group(1), upper) and m.group(1).lower() not in _JOINERS:
                    merged[-1][1] = b
                    continue
        merged.append([a, b])
    out: list[tuple[int, int, str]] = []
    for a, b in merged:
        end = b
        run = text[a:b]
        if len(run.split()) >= 2:
            upper = run.isupper()
            pos, added = b, 0
            while added < _MAX_TAIL and (m := _WORD.match(text, pos)) is not None and _tail_word(m.group(1), upper):
                pos, added = m.end(), added + 1
                if _CLOSE.match(text, pos) and not any(x < pos and b < y for x, y in people + others):
                    end = pos
        if (a, end) not in [(x, y) for x, y in people]:
            out.append((a, end, E.NAME))
    return out


def with_run_closure_names(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` with each person run closed (:func:`run_closure_name_spans`)."""
    found = run_closure_name_spans(text, [(s.start, s.end, s.entity) for s in spans])
    if not found:
        return spans
    kept = [s for s in spans if not any(a <= s.start and s.end <= b for a, b, _ in found)]
    return resolve_spans(kept + [TextSpan(a, b, e, 0.9) for a, b, e in found])
