"""One reader of a person's name run in a note: the words after a cue (a form of address, a title, a welcome
formula, a greeting), naming particles inside kept, ending at the first word that cannot be part of the name.

Why: the note readers that find a name after a cue each walked the run themselves, with their own word pattern and
their own case rules, and drifted apart (one took a lower-case first word, one did not; one skipped a particle at
the run's end, one kept it). The run is one notation of all of them: words of letters (an apostrophe inside a word
before two letters, ``O'Brien``; a hyphen before a letter, ``Jean-Luc``), separated by spaces or tabs, particles
(:data:`text_name_word_kinds.PARTICLES`: ``van``, ``de``, ``bin``) taken only between two name words. What differs
between the readers is only which words may be a name, so that is the argument:

- ``case``: ``"capitalised"`` (every word capitalised or in capitals) or ``"first_any"`` (the first word may be in
  lower case, as some languages write a name after a form of address, the rest capitalised: a lower-case word
  after the first is the clause again);
- ``accept``: a test of each word (a name list, a street-word check); ``None`` accepts every word of the right case,
  for readers that judge the whole run afterwards.

Example::

    name_run("Avvisare Mons. Gasbarri al 341", 15)
    # NameRun(start=16, end=24, words=('Gasbarri',))
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal, NamedTuple

from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_entity

__all__ = ["NameRun", "name_run", "run_entity"]

CasePolicy = Literal["capitalised", "first_any"]

# One word: letters; an apostrophe only before two letters (``O'Brien``, not ``Jo's``), a hyphen before a letter.
_WORD = re.compile(r"[ \t]*([^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]{2})|-(?=[^\W\d_]))*)")


class NameRun(NamedTuple):
    """A name run: ``start``/``end`` offsets (``-1`` when no word was taken) and the name words, particles out."""

    start: int
    end: int
    words: tuple[str, ...]


def name_run(
    text: str,
    pos: int,
    *,
    case: CasePolicy = "capitalised",
    accept: Callable[[str], bool] | None = None,
    max_words: int = 3,
) -> NameRun:
    """The name run starting at ``pos`` (spaces or tabs before its first word allowed).

    Up to ``max_words`` name words; a particle between two name words is kept inside the span (not counted, not in
    ``words``), a particle at the run's end is left out of it.
    """
    start, end, words = -1, -1, []
    while len(words) < max_words and (m := _WORD.match(text, pos)) is not None:
        word = m.group(1)
        if words and word.lower() in PARTICLES:
            pos = m.end()
            continue
        if not word[:1].isupper() and (words or case == "capitalised"):
            break
        if accept is not None and not accept(word):
            break
        if start < 0:
            start = m.start(1)
        words.append(word)
        end = pos = m.end()
    return NameRun(start, end, tuple(words))


def run_entity(run: NameRun) -> str:
    """The run's entity (:func:`text_name_word_kinds.name_entity`), a first word that is a particle left out."""
    return name_entity(" ".join(w for w in run.words if w.lower() not in PARTICLES))
