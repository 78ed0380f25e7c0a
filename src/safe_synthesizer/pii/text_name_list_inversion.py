"""A list of names written given name first is no ``Surname, Given`` layout: ``3 rods on beat 2: Jenna Evans, Joseph
West and Pamela Gibson``, ``Anwesend: Traude Pergande, Konstanze Ilonka und Gordana Christoph``.

The inverted-name rule of :mod:`text_names` reads ``Evans, Joseph West`` in such a list as one person (surname,
given name, middle name). The span is longer than the pair ``Jenna Evans`` it overlaps, so the overlap resolution
keeps it and the first item's given name is never replaced (the fake writes ``Jenna Davids, Joseph West``). A
surname that already ends a name written given name first cannot also open an inverted name: an inverted span is
cut to the words after its comma when

- another name span ends exactly where its surname ends and starts before it (``Jenna Evans``), or
- a capitalised name-shaped word stands right before it and the list goes on after it (``, Name`` or a conjunction:
  ``Goitseone Tshekedi, Kagiso Ramotswa and Katlego Bogatsu``, no pair rule knowing ``Goitseone``); the word and
  the surname are then a name of their own. The list may also end with the inverted span when an item stands
  before the word (``Present: Sean Kerr, Rashad Munroe, Louis Brant.``: the span ``Munroe, Louis Brant`` is the
  list's last item), the word is a listed given name (``Present: Sean Kerr, Louis Brant.``) or two words follow
  the comma (``Cc: Dellarese Sands, Valentino Saunders``: a name before and a full name after it), or one
  given name and a family name that ends the clause (``Cc: Tavaris Rolle, Monique Bethel``; the cut span then
  takes that family name too); a particle may stand between the word and the surname (``Anna á Lakjuni, ...``);
- in any script with capitals: a Cyrillic or Greek roll call (``Присутствуют: Нурлан Бекбоев, Айгуль
  Осмонова, Бакыт Жумабаев``) has the same layout as a Latin one.

Example::

    without_list_inversions("Jenna Evans, Joseph West and Pamela Gibson", [(0, 11, "name"), (6, 23, "name")])
    # [(0, 11, 'name'), (13, 23, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import LATIN_UPPER

__all__ = ["without_list_inversions"]

_INVERTED = re.compile(r"(?P<last>[^,\n]+?)[ \t]*,[ \t]*(?P<rest>[^,\n]+)")
# A word of any script (its capital is checked in code: ``re`` has no class of capitals beyond Latin's).
_WORD_BEFORE = re.compile(
    r"(?<![\w'’\-.])(?P<word>[^\W\d_]{2,}(?:-[^\W\d_]{2,})?)[ \t]+(?:(?:í|á|bin|binti|van|von|de|da|ould)[ \t]+)?$"
)
# A family name right after the inverted span, then the end of the clause: "Cc: Tavaris Rolle, Monique Bethel".
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_]{2,}(?:-[^\W\d_]{2,})?)(?=[ \t]*(?:[.,;:!?)\n]|\Z))")
_AND = r"(?:&|(?i:and|und|et|y|e|en|og|och|oder|ou|i|a|ve|és|si|și))"
_UPPER = rf"{LATIN_UPPER}А-ЯЁІЇЄЎҮҢӨҚҒҺӘΑ-Ω"
_LIST_GOES_ON = re.compile(rf"(?:[ \t]+[{_UPPER}][\w'’\-]+)?[ \t]*(?:,[ \t]*[{_UPPER}]|{_AND}[ \t]+[{_UPPER}])")
_LIST_BEFORE = re.compile(r"(?:^|[:;,\-–(]|(?<![\w'’\-])(?i:and|und|et|y|e|en|og|och))[ \t]*$")
# A list item before: a comma (or a conjunction) before the word.
_ITEM_BEFORE = re.compile(r"(?:,|(?<![\w'’\-])(?i:and|und|et|y|e|en|og|och))[ \t]*$")


# Letter openings: ``Geachte Rackham, Maxim`` is a salutation before one inverted name, not a list of two people.
_SALUTATIONS = frozenset(
    [
        "dear",
        "hi",
        "hello",
        "hey",
        "liebe",
        "lieber",
        "liebes",
        "geehrte",
        "geehrter",
        "cher",
        "chère",
        "chers",
        "bonjour",
        "querido",
        "querida",
        "estimado",
        "estimada",
        "hola",
        "gentile",
        "caro",
        "cara",
        "buongiorno",
        "beste",
        "geachte",
        "hej",
        "kære",
        "hei",
        "droga",
        "drogi",
        "szanowny",
        "szanowna",
        "prezado",
        "prezada",
    ]
)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and any(ch.islower() for ch in word[1:])


def _word_ok(word: str) -> bool:
    from safe_synthesizer.pii.text_name_relation_bracketed import capital_name_word

    return word.casefold() not in _SALUTATIONS and capital_name_word(word, alone=False)


def _given(word: str) -> bool:
    from safe_synthesizer.pii.text_name_given_word import given_word

    return word.casefold() not in _SALUTATIONS and given_word(word)


def _in_list(text: str, start: int, end: int, given: bool = False) -> bool:
    """A list opens before ``start`` (a colon, comma, dash, bracket or conjunction) and goes on after ``end``
    (maybe after one more capitalised word the inverted reading left out: ``Fabiola Pierre-Louis and``), or
    ends there after an item before ``start`` or a ``given`` name at ``start`` (the list's last item)."""
    before = text[max(0, start - 12) : start]
    if not _LIST_BEFORE.search(before):
        return False
    return bool(_LIST_GOES_ON.match(text, end)) or given or bool(_ITEM_BEFORE.search(before))


def without_list_inversions(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with each inverted name that sits across two names of a list cut to the words after its comma (and
    the name before it added when no span holds it yet); see the module docstring."""
    if "," not in text:
        return spans
    out: list[tuple[int, int, str]] = []
    extra: list[tuple[int, int, str]] = []
    for start, end, entity in spans:
        m = _INVERTED.fullmatch(text, start, end) if entity == E.NAME and "," in text[start:end] else None
        if m is None or len(m.group("last").split()) > 2:
            out.append((start, end, entity))
            continue
        last_end = m.end("last")
        if any(s < start and e == last_end for s, e, _ in spans):
            out.append((m.start("rest"), end, E.NAME))  # "Jenna Evans" holds the surname already
            continue
        head = m.group("last").split()
        after = None
        if len(head) == 2:  # "Taylor Wilcox, Charles": the span took a given name as a first surname
            first_start = start
            ok = _word_ok(head[0]) and _in_list(text, start, end)
        else:
            w = _WORD_BEFORE.search(text, max(0, start - 40), start)
            first_start = w.start("word") if w else start
            word = w.group("word") if w else ""
            given = bool(w) and _capitalised(word) and _given(word)
            ok = bool(w) and _capitalised(word) and (_word_ok(word) or given)
            two_after = len(m.group("rest").split()) >= 2
            after = None if two_after else _WORD_AFTER.match(text, end)
            if after and not (_capitalised(after.group("word")) and _word_ok(after.group("word"))):
                after = None
            ok = ok and _in_list(text, first_start, end, given or two_after or after is not None)
        if not ok:
            out.append((start, end, entity))
            continue
        out.append((m.start("rest"), after.end("word") if after else end, E.NAME))
        if not any(s <= first_start and last_end <= e for s, e, _ in spans if (s, e) != (start, end)):
            extra.append((first_start, last_end, E.NAME))
    return out + extra
