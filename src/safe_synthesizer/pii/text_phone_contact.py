"""Bare local phone numbers in text told by the contact they stand in: beside an e-mail address, or ending a
request to call someone back.

Why: a national number without a trunk ``0`` or ``+`` (8 digits in Qatar, Norway, Latvia, Cyprus, Singapore; 7 in
Iceland or Guyana) is taken in text only after a cue word, since such digit groups in prose are mostly amounts,
codes and order numbers. Two places in a note are a contact's as surely as a cue word:

- an e-mail address and the number side by side, one separator between them, in either order: ``complaint from
  Ann Berg (ann@example.org, 3378 1204)``, ``reach me at 41 22 67 90 / ola@firma.no``, or the number alone in
  brackets and "or" the address (``ask for Tomás (5512 0871) or tomas@x.org``, ``écrire à Lina (79 11 22 33)
  ou lina@x.org``). People give their two contacts together; an amount or an order number is not written as
  the pair of an e-mail address (it has a word before it: ``order``, ``EUR``, and a currency or decimals);
- a call-back request whose number ends it after a dash or colon: ``ring back per olsen re payment - 45 81 22
  09``, ``Call back Mrs Dahl about the deposit: 611 9328``. The verb of calling opens the clause and the number
  closes it, however many words name whom and why (no sentence stop between, no reference word such as
  ``order``, ``room``, ``invoice`` among them).

The number must still be 7-15 digits, no date, time, amount (decimals, a currency or unit after it) or range,
and a valid number of some country's plan (the caller's regions first).

Example::

    contact_phone_spans("Complaint from Ann Berg (ann@example.org, 3378 1204): no refund.")  # [(43, 52, ...)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_phone_uncued import is_uncued_phone

__all__ = ["contact_phone_spans"]

# An e-mail address (as the text rules read one).
_EMAIL = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
# A national number: digits in groups of spaces, dashes or dots, or one run; no "+" (those are taken anywhere).
_NUMBER = r"(?P<number>\d[\d.\- ]{5,16}\d)"
# One separator between the two contacts: a comma, semicolon, slash or bar (with blanks), or blanks and a dash.
_SEP = r"[ \t]*[,;/|][ \t]*|[ \t]+[\-–—][ \t]+"
# The number ends its clause: a closing bracket, comma, semicolon, stop (no digit after it) or the line's end.
_END = r"(?=[ \t]*(?:[,;:!?)\]]|\.(?!\d)|$))"
_AFTER_EMAIL = re.compile(rf"{_EMAIL}(?:{_SEP}){_NUMBER}{_END}", re.MULTILINE)
# The number first: it opens a bracket or follows a comma or colon, and the e-mail closes the pair.
_BEFORE_EMAIL = re.compile(rf"(?:^|[(\[:,][ \t]*){_NUMBER}(?:{_SEP}){_EMAIL}", re.MULTILINE)
# "or" in the languages of the supported locales: "ask for Ana (5121 0870) or ana@x.org".
_OR = r"or|o|ou|oder|of|eller|tai|lub|albo|nebo|ili|или|veya|vagy|sau|arba|vai|või|atau|hoặc|oppure|ó|ou[ \t]+bien"
# The number alone in brackets, then "or" and the e-mail address (the two ways to reach the person).
_BRACKET_OR_EMAIL = re.compile(
    rf"\([ \t]*{_NUMBER}[ \t]*\)[ \t]*(?:,[ \t]*)?(?i:{_OR})[ \t]+(?:\(?[ \t]*){_EMAIL}", re.MULTILINE
)
# A reference word right before the bracket makes its number the thing's ("order (20231104) or shop@x.org").
_WORDS_BEFORE = 3
# A verb of calling back opening a clause, then whom and why (no digits, no sentence stop), a dash or a colon, the
# number ending the clause.
_CALLS = (
    r"ring|call|phone|text|sms|whatsapp|rappeler|rappelez|llamar|llame|richiamare|ligar|terugbellen|zurückrufen|"
    r"ringe|ring[ \t]+tilbake|ringa|soita|hringja|zvanīt|atzvanīt|helistada"
)
_CALL_BACK = re.compile(
    rf"(?i)\b(?P<verb>(?:{_CALLS})(?:[ \t]+back)?)\b(?P<middle>[^\d.;!?\n:\-–—]{{3,80}}?)"
    rf"[ \t]*(?:[\-–—]|:)[ \t]*{_NUMBER}{_END}",
    re.MULTILINE,
)
# Words among whom and why that make the number a reference of theirs, not a phone (as text_phone_short's).
_WORD = re.compile(r"[^\W\d_]+")
_MAX_MIDDLE_WORDS = 10


def _reference_between(middle: str) -> bool:
    from safe_synthesizer.pii.text_phone_short import REFERENCE_WORDS

    words = _WORD.findall(middle)
    return len(words) > _MAX_MIDDLE_WORDS or any(w.lower() in REFERENCE_WORDS for w in words)


def _reference_before(text: str, start: int) -> bool:
    """A reference word (``order``, ``invoice``, ``ticket``) among the few words before ``start``."""
    from safe_synthesizer.pii.text_phone_short import REFERENCE_WORDS

    words = _WORD.findall(text[max(0, start - 40) : start])[-_WORDS_BEFORE:]
    return any(w.lower() in REFERENCE_WORDS for w in words)


def contact_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of ``text`` paired with an e-mail address or ending a call-back request; numbers overlapping
    ``found`` (spans already taken) are left."""
    if not any(ch.isdigit() for ch in text):
        return []
    out: list[tuple[int, int, str]] = []
    taken = list(found)
    patterns = [p for p in (_AFTER_EMAIL, _BEFORE_EMAIL, _BRACKET_OR_EMAIL) if "@" in text] + [_CALL_BACK]
    for pattern in patterns:
        for m in pattern.finditer(text):
            value = m.group("number").rstrip(" -.")
            start = m.start("number")
            end = start + len(value)
            if any(a < end and start < b for a, b in taken):
                continue
            if pattern is _CALL_BACK and _reference_between(m.group("middle")):
                continue
            if pattern is _BRACKET_OR_EMAIL and _reference_before(text, m.start()):
                continue
            if not is_uncued_phone(text, start, value, regions):
                continue
            out.append((start, end, E.PHONE_NUMBER))
            taken.append((start, end))
    return out
