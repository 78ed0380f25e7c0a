"""A name closing a wish or a greeting before ``!`` with no comma before it: ``Happy birthday Chad!``, ``Happy 40th
Mrs Lisa Okafor!``, ``Feliz cumpleaños Ana María!``, ``Joyeux anniversaire Matthieu !``, ``Hongera sana Wanjiru!``.

Why: :mod:`text_name_exclaimed` opens the vocative at a comma or at a greeting word of a list; a wish written without
the comma (most are) in a language or wording the list lacks leaves the name. The shape is the same in every
language: a sentence opened by a wish (its first word capitalised as the sentence's, then lower-case words or an
ordinal) and closed by the addressee's name and ``!``. So the reader reads the shape, not the wish's words: the
name is the longest run of capitalised words at the clause's end each of which may be a name
(:func:`text_name_word_kinds.name_word`, ``"sure"``: no English or listed ordinary word, no place, no title),
particles inside, a title before it allowed (``Mrs``, kept out of the span); in a Latin note, words of another
spaced script too (``Happy birthday ᒦᑲ!``). What opens the clause is two to five words, the first capitalised,
the others lower-case words or numbers. A preposition right before the run makes it a place or a thing (``Welcome
to Lisbon!``, ``Lunch at Nando's!``), and a clause that is the name alone is no wish.

Example::

    greeting_tail_spans("Happy birthday Chad! Lots of love from the gang")  # [(15, 19, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii.text_name_address_forms import FORMS_BEFORE
from safe_synthesizer.pii.text_name_runs import NameRun, run_entity
from safe_synthesizer.pii.text_name_spaced_letters import SPACED_OTHER_LETTERS
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_word, note_script
from safe_synthesizer.pii.text_name_world_titles import LATIN_TITLES, SCRIPT_TITLES
from safe_synthesizer.pii.text_street_vocab import PREFIXES, SPACED_TYPES
from safe_synthesizer.pii.titles import is_title

__all__ = ["greeting_tail_spans"]

_LETTER = rf"(?:[^\W_]|[{SPACED_OTHER_LETTERS}])"  # the marks of the Indic scripts are no \w: read them as letters
_WORD = re.compile(rf"{_LETTER}(?:{_LETTER}|['’](?=[^\W\d_]{{2}})|-(?=[^\W\d_]))*\.?")
_SENTENCE_END = '!?.\n:;,()"“”'
_MAX_OPENING = 5
_MAX_NAME = 3
# Prepositions and articles of the main Latin-script languages: before the run they make it a place or a thing.
_BEFORE_PLACE = frozenset(
    ("to", "at", "in", "on", "from", "for", "with", "of", "by", "into", "via", "near", "the", "a", "an", "our", "my",
     "your", "à", "au", "aux", "en", "de", "du", "des", "le", "la", "les", "a", "al", "el", "los", "las", "da", "do",
     "em", "no", "na", "zu", "zum", "zur", "nach", "bei", "im", "am", "aus", "van", "te", "naar", "op", "het",
     "di", "del", "il", "lo", "nel", "per", "con", "und", "and", "et", "y", "e", "or", "vs", "team", "go")
)  # fmt: skip
_OTHER = re.compile(f"[{SPACED_OTHER_LETTERS}]+")
_STREET = frozenset(w.lower() for w in (*PREFIXES, *SPACED_TYPES))


@lru_cache(maxsize=1)
def _script_titles() -> frozenset[str]:
    """The forms of address of the world tables (any script: ``Marwo``, ``Mudane``, ``جناب``, ``திரு``), which
    :func:`titles.is_title` does not hold."""
    tables = (SCRIPT_TITLES, LATIN_TITLES, FORMS_BEFORE)
    return frozenset(t for table in tables for forms in table.values() for t in forms)


def _is_name(word: str, latin_note: bool = False) -> bool:
    if _OTHER.fullmatch(word):
        # A word of another spaced script in a Latin note's wish ("Happy birthday ᒦᑲ!"), no title of its script.
        return latin_note and len(word) >= 2 and word not in _script_titles()
    probe = word.title() if word.isupper() and len(word) > 1 else word
    if not probe[:1].isupper() or len(probe) < 2 or word.endswith(".") or word.lower() in _STREET:
        return False
    return not is_title(word) and word not in _script_titles() and name_word(probe, "sure")


def _clause_start(text: str, end: int) -> int:
    start = end
    while start > 0 and text[start - 1] not in _SENTENCE_END:
        start -= 1
    return start


def _opening_ok(words: list[str]) -> bool:
    """The wish before the name: two to five words, the first capitalised, the rest lower case or numbers (one
    capitalised word and a name word are as often a phrase in title case: ``Great Job!``)."""
    if not 2 <= len(words) <= _MAX_OPENING or not words[0][:1].isupper():
        return False
    if words[-1].lower() in _BEFORE_PLACE:
        return False
    return all(w[:1].islower() or w[:1].isdigit() for w in words[1:])


def greeting_tail_spans(text: str) -> list[tuple[int, int, str]]:
    """Names closing a wish before ``!`` (see the module docstring)."""
    if not text or "!" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    latin_note: bool | None = None
    for bang in re.finditer(r"[ \t]?!", text):
        if latin_note is None:
            latin_note = note_script(text) == "LATIN"
        end = bang.start()
        start = _clause_start(text, end)
        tokens = list(_WORD.finditer(text, start, end))
        if len(tokens) < 2 or text[tokens[-1].end() : end].strip():
            continue
        # The name: capitalised name words back from the end, particles between them kept.
        k = len(tokens)
        names = 0
        while k > 0 and names < _MAX_NAME:
            word = tokens[k - 1].group()
            if word.lower() in PARTICLES and names:
                k -= 1
                continue
            if not _is_name(word, latin_note):
                break
            names += 1
            k -= 1
        while k < len(tokens) and tokens[k].group().lower() in PARTICLES:
            k += 1  # a particle opening the run belongs to the wish ("Feliz cumpleaños de Ana")
        longer = names == _MAX_NAME and k > 0 and _is_name(tokens[k - 1].group(), latin_note)
        if names == 0 or k >= len(tokens) or longer:
            continue  # no name, or a run longer than a name: the clause is a title-case phrase
        opening = [t.group() for t in tokens[:k]]
        if opening and (is_title(opening[-1].rstrip(".")) or opening[-1] in _script_titles()):
            opening = opening[:-1]  # "Happy 40th Mrs Lisa Okafor!": the title is the name's, not the wish's
        if not _opening_ok(opening):
            continue
        run_words = tuple(t.group() for t in tokens[k:] if t.group().lower() not in PARTICLES)
        run = NameRun(tokens[k].start(), tokens[-1].end(), run_words)
        out.append((run.start, run.end, run_entity(run)))
    return out
