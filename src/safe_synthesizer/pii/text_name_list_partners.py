"""The other items of a short list beside a found full name, in any case and with any joiner: ``lynn hamilton + Adam
Cantu - 10 each``, ``julie jackson-hubbard + Kerry Jackson-Hubbard``, ``LO SÖDERGREN // CARINA SÖDERGREN //
jonsson``, ``kɔmla dotse + Adzo Gbedemah``, ``Tom Weber & anna weber``.

Why: sign-up sheets, prize lists and pledges write people as list items joined by ``+``, ``&``, ``//``, ``/``,
or a conjunction, each item typed as it came (lower case, capitals, capitalised). The found full name
of one item is the evidence that the list holds people; :mod:`text_name_list_members` needs three items and one
joint kind, :mod:`text_name_case_echoes` one lower-case word beside a found name. This reader reads the items on
both sides of a found name of two words or more, whatever joins them, and walks on along the chain while items
keep coming (``A // B // c``); a comma after one name is most often an apposition (``Djama Robleh, Cité Einguela``), so
commas are no joiner here (rolls joined by commas are :mod:`text_name_list_members`'):

- an **item** is one to three words (particles between them: ``van der``, ``bin``) with only blanks between, ending
  where the list's clause ends (a stop, a colon, a spaced dash, a bracket, a digit, the line's end) or at the next
  joiner; on the left side it starts where the clause starts;
- its **words** read as names in the item's case: capitalised or in capitals, each a name word in a sure slot
  (:func:`text_name_word_kinds.name_word`: listed, or no word of a vocabulary); in lower case, a given name then a
  family name (:func:`text_name_lower_words.pair_ok`), or words no vocabulary holds, or, one word alone, a name a
  list holds and no vocabulary (``jonsson``; never ``grace``, ``will``, ``rose``).

Items a span of another kind holds part of are left (``Adam Cantu + 2 guests``, ``Adam Cantu & 12 Elm Rd``).

The note alone decides, so under differential privacy a record's text depends on that record only.

Example::

    list_partner_spans("lynn hamilton + Adam Cantu - 10 each", [(16, 26, "name")])  # [(0, 13, 'name')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind, pair_ok
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_entity, name_word, note_script
from safe_synthesizer.pii.titles import is_title

__all__ = ["list_partner_spans"]

Span = tuple[int, int, str]

_NAME_ENTITIES = frozenset((E.NAME, E.FIRST_NAME, E.LAST_NAME))
# The conjunctions of the supported languages, as words of their own between blanks.
_CONJUNCTIONS = ("and", "und", "et", "y", "e", "en", "og", "och", "ja", "és", "oraz", "dan", "và", "ve")
# A comma or a semicolon after one name is most often an apposition (``Djama Robleh, Cité Einguela``, ``Julius
# Meijer, DOB ...``): rolls joined by commas are text_name_list_members' (three items, one joint kind).
_JOINER = r"[ \t]*(?:\+|&|//)[ \t]*|[ \t]+/[ \t]+|[ \t]+(?:" + "|".join(_CONJUNCTIONS) + r")[ \t]+"
_JOINER_AFTER = re.compile(_JOINER, re.IGNORECASE)
_JOINER_BEFORE = re.compile(r"(?:" + _JOINER + r")\Z", re.IGNORECASE)
_WORD = r"[^\W\d_][\w'’\-]*"
_ITEM_AFTER = re.compile(rf"{_WORD}(?:[ \t]{_WORD}){{0,4}}")
_ITEM_BEFORE = re.compile(rf"(?:{_WORD}[ \t]){{0,4}}{_WORD}\Z")
# Where a list's clause ends (after an item) or starts (before one).
_END = re.compile(r"[ \t]*(?:\Z|[.:!?()\[\]\n\d]|[ \t][-–—>]|,|;|[ \t]*(?:\+|&|//)|[ \t]+/[ \t])")
_START = re.compile(r"(?:\A|[:!?()\[\]\n>]|[-–—]|\.|,|;)[ \t]*\Z")
_MAX_STEPS = 6


def _item_words(item: str) -> list[str] | None:
    words = item.split()
    if not words or words[0].lower() in PARTICLES or words[-1].lower() in PARTICLES:
        return None
    core = [w for w in words if w.lower() not in PARTICLES]
    if not 1 <= len(core) <= 3 or any(is_title(w.rstrip(".")) for w in core):
        return None
    return core


def _names(item: str, script: str, full: bool) -> bool:
    """The words of ``item`` read as a person's name in the item's own case; ``full``: the found item beside it
    has two words or more."""
    words = _item_words(item)
    if words is None:
        return False
    if all(w.islower() for w in words):
        if len(words) == 1:
            low = words[0]
            return full and (given_kind(low) == "strong" or family_kind(low) == "strong")
        if pair_ok(words[0], words[-1]) and all(family_kind(w) or given_kind(w) for w in words[1:-1]):
            return True
        return all(name_word(w, "sure", script) for w in words)
    if not all(w[:1].isupper() for w in words):
        return False
    return all(name_word(w.capitalize() if w.isupper() else w, "sure", script) for w in words)


def _free(spans: Sequence[Span], a: int, b: int) -> bool:
    """No span of another kind than a name's holds part of ``a..b``, and no name span holds all of it."""
    return not any(s < b and a < e and (ent not in _NAME_ENTITIES or (s <= a and b <= e)) for s, e, ent in spans)


def _right(text: str, at: int, script: str, full: bool) -> tuple[int, int] | None:
    joint = _JOINER_AFTER.match(text, at)
    if joint is None:
        return None
    m = _ITEM_AFTER.match(text, joint.end())
    if m is None:
        return None
    # The longest run of words that ends where the clause or the list ends.
    words = list(re.finditer(r"\S+", m.group()))
    for k in range(len(words), 0, -1):
        b = m.start() + words[k - 1].end()
        if _END.match(text, b) and _names(text[m.start() : b], script, full):
            return m.start(), b
    return None


def _left(text: str, at: int, script: str, full: bool) -> tuple[int, int] | None:
    joint = _JOINER_BEFORE.search(text, 0, at)
    if joint is None:
        return None
    m = _ITEM_BEFORE.search(text, max(0, joint.start() - 80), joint.start())
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group()))
    for k in range(len(words)):
        a = m.start() + words[k].start()
        if _START.search(text, 0, a) and _names(text[a : m.end()], script, full):
            return a, m.end()
    return None


def list_partner_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """``(start, end, entity)`` of the list items beside each found name of two words or more (module docstring);
    ``spans``: every span of the note. Overlaps (a half of an item found before) are resolved by the caller."""
    found = [(s, e) for s, e, ent in spans if ent in _NAME_ENTITIES and len(text[s:e].split()) >= 2]
    if not found:
        return []
    script = note_script(text)
    out: list[Span] = []
    for s, e in found:
        for step in (_right, _left):
            at = e if step is _right else s
            for _ in range(_MAX_STEPS):
                item = step(text, at, script, True)
                if item is None:
                    break
                a, b = item
                if _free(spans, a, b):
                    out.append((a, b, name_entity(text[a:b])))
                at = b if step is _right else a
    return sorted(set(out))
