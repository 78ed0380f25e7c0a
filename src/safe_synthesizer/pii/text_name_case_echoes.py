"""The other mentions of a found person in the same note, in another case: ``League: Sandra Gallagher top score ...
^sandra``, ``david and Taylor doubles ...; David's ball 3 stuck``, ``JOSHUA HENRY-BURTON ... joshua rang``; and the
lower-case partner of a found name in a pair (``klaus and Branko doubles``).

Why: the repeat rules of :mod:`text_replace` and :mod:`text_name_repeated_lone` repeat a name span's words written
the same way only, since a lower-case word alone says little. But a note that names ``Sandra Gallagher`` and ends
with ``sandra`` speaks of her twice, whatever the case of the second mention, and leaving it keeps the real given
name beside the fake. The evidence is the found span, so no list decides; an ordinary word of any main language
(``grace``, ``will``, ``rose``, ``mark``: common words, English vocabulary, function words) is taken in lower case
or capitalised only in a sign-off's or a pair's slot, never in running text (in capitals from four letters). A pair
``W and X`` (``and``, ``&`` and the same conjunction in the supported languages) whose one item is a found name
makes the other, one lower-case word, a person when a list holds it as a given name first and no vocabulary as a
word (the slot reader's test for a lone lower-case name), or when it is one of the table's name words.

The note alone decides (and the table's name words, ``known``, none under DP), so under differential privacy a
record's text depends on that record only.

Example::

    case_echo_spans("League: Sandra Gallagher top score. ^sandra", [(8, 24, "name")])  # [(37, 43, 'first_name')]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind
from safe_synthesizer.pii.text_name_slot_reader import _lower_sure, _never
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES

__all__ = ["case_echo_spans"]

Span = tuple[int, int, str]

_NAME_ENTITIES = (E.NAME, E.FIRST_NAME, E.LAST_NAME)
# A whole word: letters with inner hyphens or apostrophes, no letter, digit, @ or dot-word glued on either side.
_WORD = re.compile(r"(?<![\w@.'’\-])[^\W\d_]+(?:[-'’][^\W\d_]+)*(?![\w@'’\-]|\.\w)")
# "and" in the languages the notes are written in (a closed class): en de fr es it nl pt da/no sv tr/kmr id/jv ht tt
# ro hu and the sign; never a word that is a preposition or an article elsewhere (``a``, ``i``, ``na``, ``ne``, ``ja``).
_AND = "and|&|und|et|y|e|ed|en|og|och|ve|û|dan|lan|karo|ak|epi|һәм|вә|и|és|și"
_PAIR_AFTER = re.compile(rf"[ \t]+(?:{_AND})[ \t]+")
_PAIR_BEFORE = re.compile(rf"[ \t]+(?:{_AND})[ \t]+\Z")
_WORD_BEFORE = re.compile(r"(?<![\w@.'’\-])[^\W\d_]+(?:-[^\W\d_]+)?\Z")
_WORD_AFTER = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?(?![\w@'’\-])")
_SIGNOFF_MARK = re.compile(r"(?:\s[/\\\-–—^~]|\n)\Z")
_MIN_LEN = 3


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    return common_words() | latin_stop_words(), english_vocabulary()


def _ordinary(low: str) -> bool:
    """A common or function word of the main languages, or an English word that is no sure given name (WordNet
    lists ``david`` and ``joshua`` as nouns: the name lists say they are names first)."""
    common, vocabulary = _words()
    return low in common or (low in vocabulary and given_kind(low) != "strong" and family_kind(low) != "strong")


def _overlaps(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(s < end and start < e for s, e, _ in spans)


def _echo_words(text: str, spans: Sequence[Span]) -> dict[str, str]:
    """Lower-case word -> entity, of the words of the note's name spans (a one-word span keeps its entity; a
    full name's first word is a given name, its last a family name)."""
    words: dict[str, str] = {}
    for start, end, entity in spans:
        if entity not in _NAME_ENTITIES:
            continue
        value = text[start:end]
        parts = [m.group() for m in _WORD.finditer(value) if m.group().lower() not in PARTICLES]
        if "," in value:  # "HARVEY, Gail": the family name before the comma
            parts = parts[1:] + parts[:1]
        if len(parts) == 1:
            words.setdefault(parts[0].lower(), entity)
        elif len(parts) > 1:
            words.setdefault(parts[0].lower(), E.FIRST_NAME)
            words.setdefault(parts[-1].lower(), E.LAST_NAME)
    return {w: e for w, e in words.items() if len(w) >= _MIN_LEN and not _never(w)}


def _slot(text: str, start: int, end: int, spans: Sequence[Span]) -> bool:
    """The mention fills a sign-off's slot (after a mark or alone on the last line, ending the note) or a pair's
    with a name span (``W and <span>``, ``<span> and W``)."""
    if not text[end:].strip(" \t.!") and _SIGNOFF_MARK.search(text, 0, start):
        return True
    after = _PAIR_AFTER.match(text, end)
    if after is not None and any(s == after.end() for s, _, _ in spans):
        return True
    before = _PAIR_BEFORE.search(text, max(0, start - 8), start)
    return before is not None and any(e == before.start() for _, e, _ in spans)


def _pair_mates(text: str, spans: Sequence[Span], known: Collection[str]) -> list[Span]:
    """One lower-case word paired with a name span by a conjunction, read as a lone name (module docstring)."""
    out = []
    for start, end, entity in spans:
        if entity not in _NAME_ENTITIES:
            continue
        before = _PAIR_BEFORE.search(text, max(0, start - 8), start)
        if before is not None:
            w = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
            if w is not None:
                out.append((w.start(), w.end()))
        after = _PAIR_AFTER.match(text, end)
        if after is not None:
            w = _WORD_AFTER.match(text, after.end())
            if w is not None:
                out.append((w.start(), w.end()))
    found = []
    for a, b in out:
        word = text[a:b]
        if word.islower() and not _overlaps(a, b, spans) and _lower_sure(word, known):
            found.append((a, b, E.NAME))
    return found


def case_echo_spans(text: str, spans: Sequence[Span], known: Collection[str] | None = None) -> list[Span]:
    """``(start, end, entity)`` of the other-case mentions of the note's name spans' words and of the lower-case
    pair mates of its name spans (see the module docstring); ``spans``: every span of the note, ``(start, end,
    entity)``; ``known``: the table's own name words in lower case, if any. None overlaps ``spans``."""
    echoes = _echo_words(text, spans)
    if not echoes:
        return []
    out: list[Span] = []
    written = {w for s, e, _ in spans for w in _WORD.findall(text[s:e])}
    for m in _WORD.finditer(text):
        low = m.group().lower()
        if low not in echoes or _overlaps(m.start(), m.end(), spans):
            continue
        word = m.group()
        if word in written:
            continue  # the same spelling: the repeat rules' own
        if _ordinary(low) and not (word.isupper() and len(word) >= 4) and not _slot(text, m.start(), m.end(), spans):
            continue  # "Grace Kelly ... days of grace", "MARK ROSE ... Rose bed": a word in running text
        out.append((m.start(), m.end(), echoes[low]))
    if " " in text:
        out += [s for s in _pair_mates(text, spans, known or frozenset()) if not _overlaps(s[0], s[1], out)]
    return sorted(set(out))
