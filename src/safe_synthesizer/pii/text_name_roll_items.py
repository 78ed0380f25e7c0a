"""The one-word items of a roll of people whose other items are surely names: ``Rota: Andres, Mrs Glenn, William
Ralph + Curry on Saturday``, ``Rota: Shane Rivera, Brent, Ruben and Hall on Saturday``, ``Apologies from Merritt,
Teboho, Lineo & Mamello``, ``Rota: madhavi ghose, Ranganathan-Keer, Sodhi & Dua on Saturday``.

Rotas, apologies and attendance lines name people in mixed forms, some in full or with a title, others by one word,
given name or surname. The pair rules find the full and titled items; :mod:`text_name_list_mates` adds the other
items of lists of full names only. A lone ``Hall``, ``Curry`` or ``Angel`` is a word elsewhere, but in a roll whose
other items are people it is a person too.

A roll here is a clause (cut at ``.``, ``;``, ``:``, ``!``, ``?``, a line break or a bracket; a title's dot does not
cut) of three to eight items joined by commas, ``+``, ``&`` or a conjunction of the supported languages; the first
item starts after the clause's cue words (``Apologies from``), the last ends before the first lower-case word
(``... & May on Saturday``). Two items must be sure names: a title and a capitalised word (``Mrs Glenn``), two or
three capitalised words the first a listed given name and the last a listed or unknown family name (``William
Ralph``), a lower-case full name (:func:`text_name_lower_pair.pair_end`), or a listed given name that is no word of
any language (``Teboho``, ``Brent``). Then every capitalised one-word item is a name when it may be one
(:func:`text_name_person_slots.slot_name_word`: a listed given or family name, or a word no list nor vocabulary holds;
no title, role noun, weekday, month or town): ``May``, ``Saturday``, ``Paris`` and lower-case ``keys`` stay words.
Only the text decides, so under DP a record's fake depends on that record only.

Example::

    roll_item_spans("Rota: Andres, Mrs Glenn, William Ralph + Curry on Saturday")
    # [(6, 12, 'first_name'), (41, 46, 'last_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.text_name_given_word import given_word
from safe_synthesizer.pii.text_name_lower_pair import pair_end, word_tokens
from safe_synthesizer.pii.text_name_person_slots import slot_entity, slot_name_word
from safe_synthesizer.pii.titles import is_title

__all__ = ["roll_item_spans"]

# A clause ends at sentence punctuation, a colon, a bracket or a line, but not at a title's dot ("Mrs. Glenn").
_CLAUSE = re.compile(r"(?:(?<!\b(?:Mr|Dr|Ms|Mx|St))(?<!\bMrs)(?<!\bMiss)\.|[;:!?()\[\]\n])")
_JOINT = re.compile(r"[ \t]*,[ \t]*|[ \t]*[+&][ \t]*|[ \t]+(?:and|und|et|y|e|en|og|och|ja|és|i)[ \t]+")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _sure(item: str) -> bool:
    """An item that is a person whatever list it is in (module docstring)."""
    words = item.split()
    if len(words) >= 2 and is_title(words[0].rstrip(".")) and words[1][:1].isupper():
        return True
    if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
        return given_word(words[0], strict=True) and slot_name_word(words[-1], unknown=True, months=False, places=False)
    if 2 <= len(words) <= 3 and all(w.islower() for w in words):
        tokens = word_tokens(item)
        return pair_end(item, tokens, 0) == len(tokens) - 1
    return len(words) == 1 and given_word(words[0], strict=True)


def _items(clause: str, offset: int) -> list[tuple[int, int, str]]:
    """``(start, end, item)`` of the clause's joined items, the first after its cue words, the last before its
    first lower-case word."""
    cuts = [(m.start(), m.end()) for m in _JOINT.finditer(clause)]
    if len(cuts) < 2:
        return []
    bounds = [0, *[x for c in cuts for x in c], len(clause)]
    out = []
    for k in range(0, len(bounds), 2):
        a, b = bounds[k], bounds[k + 1]
        words = list(_WORD.finditer(clause, a, b))
        if not words:
            return []
        if k == 0:
            # "Apologies from Kerry": the item is the capitalised run at the end of the first piece, or its last two
            # words when they are lower case ("Rota: madhavi ghose, ...").
            start = len(words)
            while start > 0 and words[start - 1].group()[:1].isupper():
                start -= 1
            words = words[start:] or words[-2:]
        elif k == len(bounds) - 2:
            # "... & May on Saturday": the item ends before the first lower-case word after its capitals.
            end = 0
            while end < len(words) and words[end].group()[:1].isupper():
                end += 1
            words = words[: end or len(words)]
        if not words or len(words) > 4:
            return []
        out.append((offset + words[0].start(), offset + words[-1].end(), clause[words[0].start() : words[-1].end()]))
    return out


def roll_item_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the one-word items of rolls of people (module docstring)."""
    if text.count(",") + text.count("+") + text.count("&") < 2:
        return []
    out: list[tuple[int, int, str]] = []
    start = 0
    for cut in [*_CLAUSE.finditer(text), None]:
        end = cut.start() if cut is not None else len(text)
        clause = text[start:end]
        start = cut.end() if cut is not None else len(text)
        items = _items(clause, end - len(clause))
        if not 3 <= len(items) <= 8 or sum(_sure(item) for _, _, item in items) < 2:
            continue
        for a, b, item in items:
            if " " in item or not item[:1].isupper():
                continue
            # A town is a person here only when a list holds it as a name ("Hall", "Lord"); "Paris" too, rarely.
            if slot_name_word(item, unknown=True, months=False, places=False) or slot_name_word(
                item, unknown=False, months=False
            ):
                out.append((a, b, slot_entity(item, False)))
    return out
