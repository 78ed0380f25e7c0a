"""A street in a note read by the slot it stands in when no street rule knows its type word, in any language: a
placing word, a lower-case word and a capitalised name closed by a house number (``cumò in vie Cividât, 9``,
``cards to place Libertât, 46``); a person and ``of`` then a typed street (``please remember Suma Nagaraj of
Falnir Road``); a person, a comma and a verb of any language then a typed street filling the record's slot
(``Peter Kamau, ndũũraga Thika Road. Thimu ...``); a house number glued to a script without spaces
(``而家住341 Des Voeux Road Central``).

Why: :mod:`text_street_slots` reads a street after a placing word only when its type word is known (a table's, or
the table's own street column's) and in a record slot only after the comma; set 50's notes kept the streets of
Friulian (``vie``, lower case, no table holds it), of Kikuyu (``ndũũraga``: "lives at", a verb no list holds), of
the prayer lists' ``X of <street>`` and of Cantonese text, where a number stands glued to the character before it.
What does not depend on the language:

- a house number closing a capitalised name after a placing word and one lower-case word is an address line,
  whatever the lower-case word is (``in vie Roma, 1``); the word must be no ordinary English word (``in room
  Alpha, 3``) and no unit or calendar word;
- ``<person> of <Name ... Type>``: the place a person is "of", when a street type word of any table closes it, or
  a lower-case word no English one joined by a particle to a name (``of baloard de Strasborg``);
- ``<person>, <one or two lower-case words> <Name ... Type>`` filling the slot to its end;
- a house number after a character of a script written without spaces is at a word's start.

Venues stay: a name closed by a type after a bare placing word (``at Jenner Health Centre``) is left to
:mod:`text_street_slots`' own guard; the readers here need the person or the house number as the second cue.

Example::

    open_slot_street_spans("Prayer list: please remember Suma Nagaraj of Falnir Road, in hospital.", [(29, 41, "name")])
    # [(45, 56, "street_address")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.address_part_words import glued_street
from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans
from safe_synthesizer.pii.text_street_slots import (
    _CALENDAR,
    _HOUSE,
    _LOWER_PREFIXES,
    _PLACING,
    _UNIT_LIKE,
    _folded,
    _has_own_name,
    _is_name_word,
    _is_particle,
    _is_type,
    _name_run,
    _ordinary,
    _slot_tokens,
    _typed_run,
)

__all__ = ["open_slot_street_spans", "with_open_slot_streets"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# Where a person is from: "X of <street>", in the languages that write a person's place with a preposition.
_OF = frozenset({"of", "from", "de", "di", "da", "von", "van", "aus"})
# The quarter a street's name may close with after its type ("Des Voeux Road Central", "Queen's Road East").
_QUARTER = frozenset({"north", "south", "east", "west", "central", "upper", "lower", "nord", "sud", "est", "ouest"})
# A script written without spaces between words: a number glued to it starts a word.
_UNSPACED = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\u0e00-\u0e7f])\d")
MAX_VERB_WORDS = 2
# Where a slot ends in the scripts the shared slot reader does not cut at (full-width punctuation).
_WIDE_END = re.compile(r"[，、。；：！？（）]")
# A house number after the name's comma, closing the slot (not a time: "rue Olivie Merle, 13:42").
_NUMBER_AFTER = re.compile(r"[ \t]*,[ \t]*(\d{1,5}[a-zA-Z]?)(?=[ \t]*(?:[.!?;)\n]|:(?!\d)|$))")


def _slot(text: str, start: int) -> list[tuple[int, int, str]]:
    """The slot's words from ``start`` (:func:`text_street_slots._slot_tokens`), cut at full-width punctuation, with
    a house number after the name's comma taken in (``vie Cividât, 9.``)."""
    tokens = _slot_tokens(text, start)
    wide = _WIDE_END.search(text, start)
    if wide:
        tokens = [t for t in tokens if t[1] <= wide.start()]
    if tokens and (m := _NUMBER_AFTER.match(text, tokens[-1][1])):
        tokens.append((m.start(1), m.end(1), m.group(1)))
    return tokens


def _lower_word(word: str, english: bool = False) -> bool:
    """A lower-case word that may be a street type or a verb of another language: no unit, no calendar word, no
    particle, three letters or more; no ordinary English word unless ``english`` (``vie`` and ``place`` are types
    of Friulian and French, and English words too: the house number and the name decide there)."""
    folded = _folded(word)
    return (
        word[:1].islower()
        and word.isalpha()
        and len(word) >= 3
        and (english or folded not in _ordinary())
        and folded not in _UNIT_LIKE
        and folded not in _CALENDAR
        and not _is_particle(word)
    )


def _name_then_number(tokens: list[tuple[int, int, str]], j: int) -> int:
    """The index after ``<Name run> [,] <house number>`` at ``tokens[j]`` when the number closes the slot, else 0."""
    end = _name_run(tokens, j, frozenset())
    if end <= j or end + 1 != len(tokens) or not _HOUSE.fullmatch(tokens[end][2]):
        return 0  # the number must close the slot: "in sala Verde 3 volte" is no address
    words = [t[2] for t in tokens[j:end] if not _is_particle(t[2])]
    if not words or all(_folded(w) in _ordinary() for w in words):
        return 0
    return end + 1


def _numbered_name(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, int]:
    """(first, after) token indexes of ``<lower word> <Name run> [,] <house number>`` at ``tokens[i]`` when the house
    number closes the slot, else (0, 0). The lower-case word is the street's type unless it is an ordinary English
    word no table knows as one and the name holds a type of its own (``on file Chantal-Schulz-Gasse 3``: the street
    starts at its name; ``in vie Cividât, 9``: ``vie`` is the type)."""
    if i + 2 >= len(tokens) or not _lower_word(tokens[i][2], english=True):
        return 0, 0
    n = _name_then_number(tokens, i + 1)
    if not n:
        return 0, 0
    word = tokens[i][2]
    # The name holds its own type ("Chantal-Schulz-Gasse", "Rua do Farol"): the lower-case word before is not it.
    own_type = any(_is_type(t[2], frozenset()) or glued_street(t[2].rstrip(".")) for t in tokens[i + 1 : n - 1])
    typed = _folded(word) not in _ordinary() or _is_type(word, frozenset()) or _folded(word) in _LOWER_PREFIXES
    # "vie Cividât, 9": a Romance type, its name, a comma and the number; "on file Thiesring 6/9": no comma.
    comma = "," in "".join(t[2] for t in tokens[i:n]) or tokens[n - 1][0] > tokens[n - 2][1] + 1
    return (i if typed or (comma and not own_type) else i + 1), n


def _particle_named(tokens: list[tuple[int, int, str]], i: int) -> int:
    """The index after ``<lower word> <particle> <Name run>`` at ``tokens[i]`` (a type word of a language no table
    holds, joined to its name as Romance streets are: ``baloard de Strasborg``), else 0."""
    if i + 2 >= len(tokens) or not _lower_word(tokens[i][2]) or not _is_particle(tokens[i + 1][2]):
        return 0
    end = _name_run(tokens, i + 1, frozenset(), after_type=True)
    words = [t[2] for t in tokens[i + 2 : end] if not _is_particle(t[2])]
    if not words or all(_folded(w) in _ordinary() for w in words):
        return 0
    return end


def _closed_by_type(tokens: list[tuple[int, int, str]], i: int) -> int:
    """The index after a capitalised name run at ``tokens[i]`` closed by a street type word of any table (and one
    quarter word after it), with its own name, else 0."""
    if i >= len(tokens) or not _is_name_word(tokens[i][2]):
        return 0
    end = _typed_run(tokens, i, frozenset())
    if not end:
        # "Des Voeux Road": a name may open with a capitalised particle; "... Road Central": the type, then the
        # quarter of the town the street is in.
        last = _name_run(tokens, i, frozenset(), after_type=True)
        closing = tokens[last - 1][2] if last > i else ""
        if (last >= i + 2 and _is_type(closing, frozenset()) and closing[:1].isupper()) or (
            last >= i + 3 and _folded(closing) in _QUARTER and _is_type(tokens[last - 2][2], frozenset())
        ):
            end = last
        else:
            return 0
    elif end < len(tokens) and _folded(tokens[end][2]) in _QUARTER:
        end += 1
    if not _has_own_name(tokens[i:end], frozenset()):
        return 0
    return end


def open_slot_street_spans(text: str, spans: Sequence[tuple[int, int, str]] = ()) -> list[tuple[int, int, str]]:
    """Streets in the open slots of a note (see the module docstring); ``spans`` are the spans found so far (the
    persons among them open the ``of`` and record slots)."""
    if not text:
        return []
    out: list[tuple[int, int, str]] = []
    # A placing word, a lower-case word, a name, a house number closing the slot: "cumò in vie Cividât, 9".
    for m in re.finditer(r"(?<![\w'’])([^\W\d_]+)[ \t]+(?=[^\W\d_])", text):
        if m.group(1).casefold() not in _PLACING:
            continue
        tokens = _slot(text, m.end())
        if tokens and tokens[0][0] == m.end():
            first, n = _numbered_name(tokens, 0)
            if n:
                out.append((tokens[first][0], tokens[n - 1][1], E.STREET_ADDRESS))
    for _a, b, entity in spans:
        if entity not in _PERSON:
            continue
        # "Suma Nagaraj of Falnir Road": the person's place, closed by a type word.
        m = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+").match(text, b)
        if m and m.group(1).casefold() in _OF:
            tokens = _slot(text, m.end())
            n = _closed_by_type(tokens, 0) if tokens and tokens[0][0] == m.end() else 0
            if not n and tokens and tokens[0][0] == m.end():
                n = _particle_named(tokens, 0)  # "Tristan Lévêque of baloard de Strasborg"
            if n and n == len(tokens):
                out.append((tokens[0][0], tokens[n - 1][1], E.STREET_ADDRESS))
        # "Peter Kamau, ndũũraga Thika Road.": a verb of any language, then the street filling the slot.
        m = re.compile(r"[ \t]*[,،][ \t]*").match(text, b)
        if m:
            tokens = _slot(text, m.end())
            k = 0
            while k < min(MAX_VERB_WORDS, len(tokens)) and _lower_word(tokens[k][2]):
                k += 1
            j = k
            while k and j < min(k + 2, len(tokens)) and _is_particle(tokens[j][2]):
                j += 1  # "vecina de Callejón Adoración Pablo 240": the verb's or noun's particle
            if k and j < len(tokens):
                n = _closed_by_type(tokens, j) or _name_then_number(tokens, j)
                if n == len(tokens):
                    out.append((tokens[j][0], tokens[n - 1][1], E.STREET_ADDRESS))
    # A house number glued to a script without spaces: "而家住341 Des Voeux Road Central".
    for m in _UNSPACED.finditer(text):
        tokens = _slot(text, m.start())
        if len(tokens) >= 3 and tokens[0][0] == m.start() and _HOUSE.fullmatch(tokens[0][2]):
            n = _closed_by_type(tokens, 1)
            if n:
                out.append((tokens[0][0], tokens[n - 1][1], E.STREET_ADDRESS))
    return sorted(set(out))


def with_open_slot_streets(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` with the streets of :func:`open_slot_street_spans`; a span inside a new street gives way to it, a
    street overlapping a span found already (a name, a phone) is dropped."""
    found = open_slot_street_spans(text, [(s.start, s.end, s.entity) for s in spans])
    found = [
        f
        for f in found
        if not any(s.start < f[1] and f[0] < s.end and not (f[0] <= s.start and s.end <= f[1]) for s in spans)
    ]
    if not found:
        return spans
    kept = [s for s in spans if not any(a <= s.start and s.end <= b for a, b, _ in found)]
    return resolve_spans(kept + [TextSpan(a, b, e, 0.9) for a, b, e in found])
