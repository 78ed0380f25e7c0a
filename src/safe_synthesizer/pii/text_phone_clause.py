"""A phone number that ends a "call <someone> at <number>" clause, however long the someone is.

Why: a cue word reaches four words ahead, but a request to call names whom to call first: ``Llamar a la
madre, encarnación mora arroyo, al 8638 8114``, ``chiamare la mamma, andrea ugolini, al 61 52 61 39``,
``ligar à mãe, jorge abreu, para o 918 26 57``. The number is then six or more words from the verb and was
kept. In every language the clause has the same shape: a verb of calling, the person, then a preposition
of place ("at", "on", "al", "au", "para o", "unter", "på") and the number. Within one sentence (no stop or
semicolon between) that shape says phone as surely as a cue word right before the number; the number must
still end the clause (a stop, comma or bracket after it: no unit), be no date and no amount in thousands,
have 6-15 digits, and be valid in some country's plan.

Example::

    clause_phone_spans("Llamar a la madre, ana mora arroyo, al 8638 8114.")  # [(39, 48, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.text_phone_cues import CUE_WORD, TEXT_PHONE_REGIONS, WEAK_CUES
from safe_synthesizer.pii.text_phone_short import RANGE, THOUSANDS

MIN_DIGITS, MAX_DIGITS = 6, 15
#: How far before the number the verb may stand (the person's name and title between them).
REACH = 90
# Prepositions of place a phone number follows in "call X at N" (English, Spanish, Italian, Portuguese,
# French, Catalan, German, Dutch, Nordic, Slavic).
_PREPOSITION = r"at|on|to|al|allo|au|para[ \t]+o|pelo|num|an|unter|auf|op|på|til|na|pod|sul|a|ao|à|under|via"
_NUMBER = re.compile(
    rf"(?i)(?<![\w])(?:{_PREPOSITION})(?:[ \t]+(?:n[uú]mero|numéro|number|nummer|numer|nr\.?|n°))?[ \t]+"
    r"(?P<number>(?:\+|00)?\(?\d[\d().\- ]{4,18}\d)(?=[ \t]*(?:[,;:!?)\]]|\.(?!\d)|$))"
)
# A sentence ends at a stop, "!", "?" or ";" before a space or a line's end (not "Dr." inside a name: a stop
# after one or two letters is an abbreviation).
_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=[\d)]))[.!?](?=\s)|[;!?](?=\s)|\n")


def clause_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of numbers after a preposition of place in a sentence opened by a verb of calling in
    ``text``; numbers overlapping ``found`` (spans already taken) are left."""
    out: list[tuple[int, int, str]] = []
    for m in _NUMBER.finditer(text):
        value = m.group("number").rstrip(" -.(")
        start = m.start("number")
        end = start + len(value)
        digits = sum(ch.isdigit() for ch in value)
        if not MIN_DIGITS <= digits <= MAX_DIGITS or any(a < end and start < b for a, b in found):
            continue
        if V.looks_like_date(value) or V.starts_with_date(value) or THOUSANDS.match(value):
            continue
        if (low_high := RANGE.match(value)) and int(low_high.group(1)) <= int(low_high.group(2)):
            continue  # "call us, open at 1300-1500": a range goes upwards
        if not _called(text, m.start()):
            continue
        if phone_region_of(value, (*regions, *TEXT_PHONE_REGIONS)) is None:
            continue
        out.append((start, end, E.PHONE_NUMBER))
    return out


def _called(text: str, before: int) -> bool:
    """A strong phone cue (a verb of calling, "tel", "mobile") in the same sentence, within :data:`REACH`."""
    lo = max(0, before - REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, before)]
    clause = text[ends[-1] if ends else lo : before]
    return any(" ".join(w.lower().split()) not in WEAK_CUES for w in CUE_WORD.findall(clause))
