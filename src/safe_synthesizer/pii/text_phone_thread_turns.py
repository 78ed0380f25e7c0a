"""A local phone number a message thread passes on: ``Me: is Sat still ok? / kirsten: yes ... / Me: 40653795
saved``, ``Ayen: new number / Me: 7106469 gespeichert``.

Threads copied into notes (:func:`text_name_thread_labels.thread_turns`) pass numbers on with no cue word: a turn
holds the number alone, or the number and the word saying it went into the address book (``saved``, ``added``,
``gespeichert``, ``enregistré``, ``guardado``, ``salvato``, ``opgeslagen``, ``gemt``, ``lagret``, ``sparat``,
``tallennettu``, ``zapisany``, ``salvo``). The table-region rule of :mod:`text_phone_table_region` needs a cue
word before the number, and the uncued rules need a number long or international enough to read without the
region; a short local number (``45341`` on Ascension, ``7106469`` in Brunei) is neither. In a thread's turn the
layout is the cue: the number must be a valid national number of the region the table's own phones point to.

Under differential privacy the caller passes the row's own regions (as for :mod:`text_phone_table_region`), so a
record's spans depend on that record only. Cheap: a text with fewer than two colons or no digit is left at once.

Example::

    thread_phone_spans("Me: is Sat ok? / kirsten: yes x / Me: 40653795 saved", [], ("NO",))
    # [(38, 46, 'phone_number')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_thread_labels import thread_turns
from safe_synthesizer.pii.text_phone_table_region import MAX_DIGITS, MIN_DIGITS, valid_in
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = ["thread_phone_spans", "thread_phone_text_spans"]

# Words saying the number went into the phone's address book, in the main languages.
_SAVED = (
    r"(?i:saved|added|stored|gespeichert|eingespeichert|enregistré|enregistre|guardado|guardada|salvato|"
    r"opgeslagen|gemt|lagret|lagra|sparat|sparad|tallennettu|zapisany|zapisałem|zapisałam|uloženo|salvo|"
    r"noted|got it)"
)
# A turn's body that is a number alone, or a number and a saving word (maybe a stop, a kiss or a thanks after).
_BODY = re.compile(
    rf"[ \t]*(?P<number>\+?\d[\d \t.\-]{{3,20}}\d)[ \t]*(?:{_SAVED}\b)?[ \t]*[.!]?[ \t]*(?:x{{1,3}}|thanks|ta)?"
    r"[ \t]*(?=$|[ \t]/[ \t]|[ \t]//[ \t]|[ \t]\|[ \t]|\n)"
)


def thread_phone_spans(
    text: str, found: Sequence[tuple[int, int]], regions: Sequence[str]
) -> list[tuple[int, int, str]]:
    """``(start, end, 'phone_number')`` of the numbers a thread's turns pass on (module docstring); ``found`` are the
    spans found so far (a number inside one is left)."""
    if not regions or text.count(":") < 2 or not any(ch.isdigit() for ch in text):
        return []
    out = []
    for turn in thread_turns(text):
        m = _BODY.match(text, turn.end())
        if m is None:
            continue
        a, b = m.start("number"), m.end("number")
        if any(s < b and a < e for s, e in found):
            continue
        digits = re.sub(r"\D", "", m.group("number"))
        if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
            continue
        if any(valid_in(m.group("number").strip(), region) for region in regions):
            out.append((a, b, E.PHONE_NUMBER))
    return out


def thread_phone_text_spans(text: str, spans: Sequence[TextSpan], regions: Sequence[str]) -> list[TextSpan]:
    """:func:`thread_phone_spans` of ``text`` as detector spans, beside the cell's ``spans`` found so far."""
    found = [(s.start, s.end) for s in spans]
    return [TextSpan(a, b, e, 0.9) for a, b, e in thread_phone_spans(text, found, regions)]
