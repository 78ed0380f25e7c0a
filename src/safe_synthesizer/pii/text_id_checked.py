"""An id number after an id word and a word or two of what was done with it: ``Id checked: 11190333556``.

Why: the id rules of :mod:`~safe_synthesizer.pii.text_patterns` take a number right after an id word (``ID
4471902236``, ``passport no. X1234567``) or one that passes a country's check; a counter's or a clerk's note
says what was done with the document first (``Id checked:``, ``ID seen -``, ``passport verified:``,
``Ausweis geprüft:``, ``pièce d'identité vérifiée :``), and an id of a country without a checked scheme
(Bhutan's 11 digits, Liberia's) was then kept. The id word, at most two words, then a colon or a dash and the
number: that shape labels the number as the document's, as the id word right before it does.

The number has 6-20 digits (in one run or in groups of spaces, dashes, dots or slashes, letters allowed
where they open or close it: ``AB 123456 C``), is no date, time or amount, and no ``+`` dials it. A reference
word among the words between (``order``, ``booking``, ``ticket``, ``room``) makes it that record's number.

Example::

    checked_id_spans("Owner phoned asking for the deed. Id checked: 30511296604.")  # [(46, 57, "national_id")]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V

__all__ = ["checked_id_spans"]

# Words naming an identity document, in the languages of the supported locales (lower case).
_ID_WORDS = (
    r"id|i\.d\.|identity|identification|id[ \t]+card|passport|licen[cs]e|national[ \t]+id|nin|nic|cni|dni|"
    r"tazkira|iqama|ausweis|personalausweis|reisepass|pièce[ \t]+d'identité|carte[ \t]+d'identité|passeport|"
    r"cédula|documento|pasaporte|identidade|passaporte|carta[ \t]+d'identità|legitimatie|paspoort|"
    r"henkilöllisyystodistus|legitimation|id-kort|pass|dowód|občanský|kimlik|ταυτότητα|удостоверение|паспорт"
)
# What was done with the document: one or two words, no digits (``checked``, ``seen and copied``).
_DONE = r"(?P<done>(?:[ \t]+[^\W\d_][^\W\d_'’\-]*){1,2})"
# The number: digits in one run or groups, maybe a letter or two opening or closing it.
_NUMBER = r"(?P<number>(?-i:(?:[A-Z]{1,3}[ \-]?)?\d[\d \-./]{4,24}\d(?:[ \-]?[A-Z]{1,2})?))"
_CHECKED = re.compile(rf"(?i)(?<![\w])(?:{_ID_WORDS}){_DONE}[ \t]*(?::|[\-–—][ \t])[ \t]*{_NUMBER}(?![\w]|[.,]\d|:\d)")
# Words that make the number a record's, not a document's (also the text_phone_short reference words).
_RECORD_WORDS = frozenset(
    {"order", "booking", "ticket", "room", "invoice", "case", "file", "ref", "reference", "receipt", "job", "no",
     "number", "nr", "transaction", "payment", "phone", "tel", "mobile"}
)  # fmt: skip
MIN_DIGITS = 6
MAX_DIGITS = 20
_TIME = re.compile(r"^\d{1,2}[.:]\d{2}$")


def checked_id_spans(text: str) -> list[tuple[int, int, str]]:
    """National-id spans of ``text`` after an id word and what was done with the document."""
    if not any(ch.isdigit() for ch in text):
        return []
    out = []
    for m in _CHECKED.finditer(text):
        if any(w.lower() in _RECORD_WORDS for w in m.group("done").split()):
            continue
        value = m.group("number").rstrip(" -./")
        digits = sum(ch.isdigit() for ch in value)
        if not MIN_DIGITS <= digits <= MAX_DIGITS or _TIME.match(value):
            continue
        if V.looks_like_date(value) or V.starts_with_date(value):
            continue
        start = m.start("number")
        out.append((start, start + len(value), E.NATIONAL_ID))
    return out
