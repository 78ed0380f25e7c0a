"""Streets in notes after a place preposition of any language, read by the address-cell reader's part reading:
``leave round the back at Lorchweg 7.``, ``yards at ruelle Payet.``, ``Pick up from 창전거리 3 later.``, ``Collect
from წიწამურის ქ. Tuesday``, ``Leah at O'Brien Junctions side``.

Why: the note street rules each know a layout (a type first, a type last, a house number before or after, one
language's suffixes), so a street whose type is glued to its name (``Lorchweg``, ``창전거리``), written in lower case
before a capitalised name (``ruelle Payet``) or abbreviated in another script (``ქ.``) was published when a note
placed it with a plain ``at`` or ``from``. Here the place preposition (a closed class: English, German, French,
Spanish, Portuguese, Italian, Dutch, Russian) opens a phrase that runs to its end (punctuation that ends a clause, a
spaced dash, a line break); trailing lower-case words and weekdays are cut off (``later``, ``side``, ``Tuesday``);
what is left, up to six words, must read as a street (:func:`address_cell_reader.part_kind`): a street type of any
table with a name, or a glued type with a house number. English types that are ordinary words (``Station``,
``Island``, ``View``) are not enough alone: ``at Glenmore Station`` is a farm.

Example::

    place_word_street_spans("leave round the back at Lorchweg 7. Thanks")  # [(24, 34, "street_address")]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_cell_reader import part_kind
from safe_synthesizer.pii.address_part_words import glued_street, word_kind
from safe_synthesizer.pii.gazetteers import PARTICLES, TITLES, street_suffixes
from safe_synthesizer.pii.text_street_vocab import _AMBIGUOUS_EN
from safe_synthesizer.pii.weekday_dates import WEEKDAYS

__all__ = ["place_word_street_spans"]

MAX_WORDS = 6
MAX_REACH = 80  # characters read after a preposition
_PREPOSITIONS = (
    "at", "from", "on", "near", "outside", "off", "via", "behind", "opposite",
    "bei", "an", "auf", "nach", "von", "aus", "zur", "zum", "chez", "à", "au", "depuis", "desde", "en", "em",
    "na", "no", "da", "op", "aan", "bij", "naar", "van", "на", "в", "из", "от", "до", "у",
)  # fmt: skip
_CUE = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, _PREPOSITIONS)) + r")\s+(?=\S)", re.I)
# The phrase's end: a clause's punctuation (a dot only before a space and a capital or the end, after a word of
# four letters or more: ``ქ.`` and ``пр.`` are abbreviations), a spaced dash, a line break, brackets, a bar.
_END = re.compile(r"[,;:!?\n()\[\]|]|\s[-–—]\s|(?:(?<=\d)|(?<=\w{4}))\.(?=\s|$)")
_LOWER_LATIN = re.compile(r"^[a-zß-öø-ÿ'’-]+$")


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    words: set[str] = set()
    for text in WEEKDAYS.values():
        for word in text.replace("|", " ").replace("/", " ").split():
            words.add(word.casefold())
    return frozenset(words)


def _trimmed(tokens: list[str]) -> list[str]:
    named = False
    for i, token in enumerate(tokens):
        # After a capitalised word, a lower-case word that is no particle or street type ends the name (``Contrada
        # Nugnes wants the...``); a particle inside it stays (``route de Saint-Jean``).
        if named and _LOWER_LATIN.match(token) and token not in PARTICLES and word_kind(token) != "street":
            tokens = tokens[:i]
            break
        named = named or token[:1].isupper() or not token[:1].isascii()
    while tokens and (_LOWER_LATIN.match(tokens[-1]) or tokens[-1].casefold().rstrip(".") in _weekdays()):
        tokens = tokens[:-1]
    return tokens


def _plainly_typed(tokens: list[str]) -> bool:
    """A street type that is not an ordinary English word, or a glued type, stands in the phrase; an English type
    stands last, a house number aside (``Allen St. Rose`` is a saint's name, ``Tom Mills`` a person's)."""
    words = [t for t in tokens if not t[:1].isdigit()]
    for i, token in enumerate(words):
        folded = token.casefold().strip(".,")
        if glued_street(token):
            return True
        if word_kind(token) != "street" or folded in _AMBIGUOUS_EN:
            continue
        if folded not in _english_suffixes() or i == len(words) - 1:
            return True
    return False


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t.casefold().rstrip(".") for t in TITLES)


@lru_cache(maxsize=1)
def _english_suffixes() -> frozenset[str]:
    return frozenset(w.casefold().strip(".") for w in street_suffixes()) - {"rue", "via"}


def place_word_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street spans after a place preposition (see the module).

    Example::

        place_word_street_spans("yards at ruelle Payet. Ring 815271")  # [(9, 21, "street_address")]
    """
    out: list[tuple[int, int, str]] = []
    for cue in _CUE.finditer(text):
        start = cue.end()
        rest = text[start : start + MAX_REACH]
        end = _END.search(rest)
        tokens = _trimmed(rest[: end.start() if end else len(rest)].split())
        if not tokens or len(tokens) > MAX_WORDS:
            continue
        if tokens[0].casefold().rstrip(".") in _titles():
            continue  # ``email from Mrs Castells Vila``: a person
        if _LOWER_LATIN.match(tokens[0]) and word_kind(tokens[0]) != "street":
            continue  # ``at the back``, ``from home``: a street's name is capitalised or opens with its type
        if not any(t[:1].isupper() or not t[:1].isascii() for t in tokens):
            continue
        phrase = " ".join(tokens)
        # A name glued to its type in a script without capitals (``통일거리``) may stand without a house number.
        glued_alone = len(tokens) == 1 and not tokens[0].isascii() and glued_street(tokens[0])
        if not glued_alone and (part_kind(phrase) != "street" or not _plainly_typed(tokens)):
            continue
        # The phrase's own characters in the text.
        words = list(re.finditer(r"\S+", rest[: end.start() if end else len(rest)]))[: len(tokens)]
        out.append((start + words[0].start(), start + words[-1].end(), E.STREET_ADDRESS))
    return out
