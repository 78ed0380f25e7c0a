"""The word checks of a note's frame: is a word of a sign-off, a chat line's speaker or a message's sender a name?

Why one module: the frame rules (:mod:`text_name_signoff`'s ``signoff_frame_spans``, :mod:`text_name_note_frames`'s
chat speakers and message heads) read one to three words the frame marks, in any case, and ask the same questions
of them. The frame is the evidence, so the words need less than a word in a sentence, but never a word a thread
writes for no person (:data:`NOT_PEOPLE`: ``us``, ``staff``, ``Mum``, ``ok``, ``thanks``, a kiss ``x``):

- :func:`frame_given`: a listed given name, capitalised as :func:`text_name_given_word.given_word` takes it, or in
  lower case (strong; weak where the frame allows: ``mark``, ``grace``);
- :func:`frame_family`: a listed family name capitalised or in capitals (``Gardner``, ``GARDNER``), no word or place;
- :func:`frame_unlisted`: a capitalised word no vocabulary holds (``Ubaldus``), as
  :func:`text_name_relation_bracketed.capital_name_word` reads it;
- :func:`frame_second`: the word after a frame's given name: a family name (listed, or capitalised and no word) or
  another name.

Example::

    frame_given("anusha", weak=False)  # True
    frame_family("GARDNER")  # True
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii.text_name_given_word import given_word
from safe_synthesizer.pii.text_name_lists import family_names
from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind
from safe_synthesizer.pii.text_name_relation_bracketed import capital_name_word
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["FRAME_WORD", "NOT_PEOPLE", "frame_family", "frame_given", "frame_second", "frame_unlisted", "latin"]

# A word of a name: letters (marks of Indic scripts inside), inner apostrophes and hyphens.
FRAME_WORD = r"[^\W\d_][^\s\d:,;!?()\[\]\"<>@/~.+=*#&|]*"
# Words a frame may hold that are no person.
NOT_PEOPLE = frozenset(
    """us me we you them they i everyone everybody all someone nobody staff team office desk reception admin
    system bot user agent customer client support host guest caller mum mom dad nan nana gran granny grandma
    grandpa auntie uncle boss manager x xx xxx ok okay done asap pls please tbc tba thanks thx cheers ta love
    best regards note notes update reminder fyi nb ps re""".split()  # noqa: SIM905
)
LATIN = re.compile(rf"[{LATIN_UPPER}{LATIN_LOWER}]")


def latin(word: str) -> bool:
    """``word`` holds a Latin letter."""
    return bool(LATIN.search(word))


@lru_cache(maxsize=4096)
def frame_given(word: str, weak: bool) -> bool:
    """A listed given name: capitalised as :func:`given_word` takes it after a cue, or in lower case (strong, or weak
    where the frame allows: ``mark``, ``grace``)."""
    low = word.lower()
    if low in NOT_PEOPLE:
        return False
    if word[:1].isupper() and not word.isupper():
        return given_word(word)
    kind = given_kind(low)
    return kind == "strong" or (weak and kind == "weak")


@lru_cache(maxsize=4096)
def frame_family(word: str) -> bool:
    """A listed family name written capitalised (``Gardner``) or in capitals (``GARDNER``): no word or place."""
    low = word.lower()
    if low in NOT_PEOPLE or not (word[:1].isupper()):
        return False
    return low in family_names() and family_kind(low) == "strong"


def frame_unlisted(word: str, surname: bool = False) -> bool:
    """A capitalised word no vocabulary holds (``Ubaldus``), as :func:`capital_name_word` reads it."""
    if word.lower() in NOT_PEOPLE or not word[:1].isupper():
        return False
    shaped = word if not word.isupper() or len(word) < 2 else word.capitalize()
    return capital_name_word(shaped, alone=False, surname=surname)


def frame_second(word: str, first_lower: bool) -> bool:
    """The word after a frame's given name: a family name (listed, or capitalised and no word), or another name."""
    if first_lower:
        return word.islower() and (family_kind(word) in ("strong", "unknown") or given_kind(word) == "strong")
    if word.isupper() and len(word) > 1:
        return frame_family(word) or frame_unlisted(word, surname=True)
    return frame_family(word) or given_word(word) or frame_unlisted(word, surname=True)
