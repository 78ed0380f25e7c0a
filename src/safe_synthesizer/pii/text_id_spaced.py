"""National ids written in digit groups of any width in free text: ``1 1985 8 0123456 0 12``, ``119 858 012 345 601 2``.

Why: the text id rules read ids in one run, in their country's punctuation (``270838-18879``) or in groups of one
to four digits (a French NIR ``1 85 07 75 123 456 78``). An id with a group of five to seven digits, or an id
regrouped in threes by whoever typed it, was left whole: a Rwandan national id is issued as ``1 YYYY G NNNNNNN F
CC`` (citizen class, birth year, sex 7/8, serial, issue count, check) and clerks also write it in threes. Set 35
kept 26 of them after ``ref``.

A run of digit groups (13-18 digits) is read compact and taken as an id when

- it is written in a scheme's own issued layout (:data:`_RW_ISSUED`), which nothing else in prose uses, or
- its compact form passes a scheme (the column validators' distinctive ones, or the Rwandan structure) and an id
  or reference word stands right before it (``ref``, ``ID``, ``no.``, ``registration``), not after a business
  word (``order no.``, ``invoice ref``, ``tracking``).

A 16-digit card number (a network's first digit 2-6 and the Luhn check) stays a card. Amounts, dates and phone
numbers are shorter than 13 digits or fail the schemes (a birth year 1900-now and the sex digit).

Ids with a check letter or a bracketed check digit among the digit groups are read the same way, after an id or
reference word only: a Zimbabwean national id (``63-1234567 A 42``, also regrouped ``631 234 567 A42``: district,
serial, the check letter of the digits mod 23, district of origin) and a Macanese resident id (``1234567(8)``).

Example::

    spaced_id_spans("Registered (ref 1 1985 8 0123456 0 12) today")  # [(16, 37, 'national_id')]
"""

from __future__ import annotations

import re
from datetime import date

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V

__all__ = ["spaced_id_spans"]

# Digit groups of one to eight digits joined by single spaces, dots or dashes (three groups at least), or one run.
_RUN = re.compile(r"(?<![\w.,+/\-])(?:\d{1,8}(?:[ .\-]\d{1,8}){2,7}|\d{13,18})(?![\w/\-]|[.,]\d)")
MIN_DIGITS, MAX_DIGITS = 13, 18
# A Rwandan national id: class (1 citizen, 2 refugee, 3 foreigner), birth year, sex (8 male, 7 female), a
# seven-digit serial, the issue count and two check digits.
_RW_COMPACT = re.compile(r"^[123](?P<year>19\d{2}|20\d{2})[78]\d{7}\d\d{2}$")
_RW_ISSUED = re.compile(r"^[123] (?:19|20)\d{2} [78] \d{7} \d \d{2}$")
# An id or reference word right before the number, a bracket, a label's dot or colon between.
_CUE = re.compile(
    r"(?i)(?<![\w.])(?:id|nid|ids|identity|identité|identidad|identification|national|personal|citizen|"
    r"registration|reg|ref|reference|réf|no|nr|n°|nº|number|numéro|número|card|carte|indangamuntu|document|"
    r"documento|passport)\.?[ \t]*(?:no\.?|nr\.?|n°|#)?[ \t]*[:#=]?[ \t]*\(?[ \t]*$"
)
# A thing's number: these words before the cue make the number an order's, an account's or a parcel's.
_BUSINESS = re.compile(
    r"(?i)\b(?:order|invoice|transaction|tracking|shipment|parcel|account|acct|iban|card|policy|ticket|booking|"
    r"serial|imei|barcode|sku|gtin|ean|awb|container|loan|contract|commande|facture|pedido|factura)\b[^\n]{0,12}$"
)
# Digits in groups, a check letter, two digits: a Zimbabwean id in any grouping (8 or 9 digits before the letter).
_LETTERED = re.compile(r"(?<![\w\-/.])(?P<digits>\d[\d \-]{6,12}\d)[ \-]?(?P<letter>[A-Z])[ \-]?\d{2}(?![\w\-/])")
# The letters of the Zimbabwean check (no I, O, U), indexed by the digits mod 23 less one.
_ZW_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ"
# A Macanese resident id: seven digits, the check digit in brackets.
_BRACKET_CHECK = re.compile(r"(?<![\w\-/.])[1578]\d{6}\(\d\)(?![\w\-/])")
# A card network's first digit (2-6); cards pass the Luhn check.
_CARD_FIRST = "23456"


def _rwandan(compact: str) -> bool:
    m = _RW_COMPACT.match(compact)
    return m is not None and int(m.group("year")) <= date.today().year


def _scheme(compact: str) -> bool:
    """``compact`` passes the Rwandan structure or a distinctive scheme of the column validators."""
    if _rwandan(compact):
        return True
    found = V.national_id_scheme(compact)
    return found is not None and found[1]


def _card(compact: str) -> bool:
    return len(compact) in (15, 16) and compact[0] in _CARD_FIRST and V.is_credit_card(compact)


def _zimbabwean(digits: str, letter: str) -> bool:
    compact = "".join(ch for ch in digits if ch.isdigit())
    return len(compact) in (8, 9) and _ZW_LETTERS[int(compact) % 23 - 1] == letter


def _cued(text: str, start: int) -> bool:
    """An id or reference word right before ``start``, no business word before that."""
    cue = _CUE.search(text, max(0, start - 24), start)
    return cue is not None and not _BUSINESS.search(text, max(0, cue.start() - 24), cue.start())


def _checked_spans(text: str) -> list[tuple[int, int, str]]:
    """Ids with a check letter or bracketed check digit after an id or reference word."""
    out = [
        (m.start(), m.end(), E.NATIONAL_ID)
        for m in _LETTERED.finditer(text)
        if _zimbabwean(m.group("digits"), m.group("letter")) and _cued(text, m.start())
    ]
    if "(" in text:
        out += [(m.start(), m.end(), E.NATIONAL_ID) for m in _BRACKET_CHECK.finditer(text) if _cued(text, m.start())]
    return out


def spaced_id_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'national_id')`` of ids written in digit groups of any width (see the module doc)."""
    n_digits = sum(ch.isdigit() for ch in text)
    if n_digits < MIN_DIGITS - 5:
        return []
    out = _checked_spans(text)
    if n_digits < MIN_DIGITS:
        return out
    for m in _RUN.finditer(text):
        value = m.group()
        compact = "".join(ch for ch in value if ch.isdigit())
        if not MIN_DIGITS <= len(compact) <= MAX_DIGITS or _card(compact):
            continue
        if _RW_ISSUED.match(value) and _rwandan(compact):
            out.append((m.start(), m.end(), E.NATIONAL_ID))
            continue
        if any(a < m.end() and m.start() < b for a, b, _ in out):
            continue
        if _cued(text, m.start()) and _scheme(compact):
            out.append((m.start(), m.end(), E.NATIONAL_ID))
    return out
