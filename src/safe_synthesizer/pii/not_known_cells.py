"""Cells of a replaced column that hold no value: they are written out as they came in.

Why: a name or e-mail column's ``n/a``, ``unbekannt``, ``-`` or ``n/a (moved)`` was replaced by a fake
(``n/a`` -> ``carolyn``): the synthetic data then claimed a person where the source had none, the column's
missing-value rate changed, and an id column's ``unknown`` came out scrambled (``bnutqle``). Such a cell
names no one, so keeping it hides nothing and keeps the data honest.

A cell holds no value when it is (after trimming):

- a not-known word of an export or a form, in any of the languages the detectors know (``n/a``,
  ``withheld``, ``k.A.``, ``inconnu``, ``desconocido``, ``onbekend``, ``nieznany``, ``미상``...);
- only punctuation or blank (``-``, ``?``, ``...``, ``""``);
- such a word with a short lower-case remark and no digit (``n/a (moved)``, ``unknown - left``);
- in a column of numbers (phones, cards, ids, postcodes), a cell without a digit: it holds no number. Not so a
  national id's code of 6-12 capital letters that is no not-known word: passport and document numbers mix letters
  and digits freely, and some are drawn all letters (``OOGCDCVTY``: 18 of a ferry manifest's 274 passports were
  written out unchanged).

``na``, ``nan`` and ``nil`` are also real names (Korean Na, Nan, Turkish Nil) and a Thai province (Nan):
in a column of given names, surnames or places they hold no value only when written unlike a name of the
column (``NA`` or ``na`` among ``Maria``-cased names); a title-cased ``Na`` stays a name and is faked. A
full-name cell is never the lone token: there it holds no value in any form.

Example::

    not_known_keys(["Lopez", "n/a", "Na", "NA", "-", "n/a (moved)"], "last_name")
    # {"n/a", "NA", "-", "n/a (moved)"}
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.date_reader import read_date
from safe_synthesizer.pii.missing_words_world import NAME_LIKE_MISSING
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

# Missing-value words that are also names of people or places.
NAME_LIKE = frozenset({"na", "nan", "nil"}) | NAME_LIKE_MISSING  # and ``Alaa``, ``Babu``, ``Tune``
# Entities whose values are numbers, codes or addresses of a fixed form: no name can be meant there.
_NO_NAMES = E.DIGIT_ENTITIES | {E.EMAIL, E.IBAN, E.URL, E.IP_ADDRESS, E.DATE_OF_BIRTH}
# Entities whose values always hold a digit: a cell without one holds no value.
_NUMBERED = E.DIGIT_ENTITIES | {E.IBAN, E.IP_ADDRESS, E.DATE_OF_BIRTH}

_ALNUM = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
_LETTER_CODE = re.compile(r"^[A-Z]{6,12}$")
# ``n/a (moved)``, ``unknown - left``, ``n/a, deceased``: a head, a separator, a remark.
_REMARK_HINT = re.compile(r"[(\[,;:]|\s[-–—]\s")
_LONGEST_REMARK = 80
_REMARK = re.compile(r"^(.+?)\s*(?:[(\[]|\s[-–—]\s|[,;:])\s*([^\d@()\[\]]{1,40}?)\s*[)\]]?$")
# Share of a column's lettered values in one case for that case to be the column's way of writing names.
_ONE_CASE = 0.8
_CASE_SAMPLE = 2000


def not_known_keys(keys: Sequence[str], entity: str, *, per_record: bool = False) -> set[str]:
    """The cells of ``keys`` (a column's distinct trimmed values) that hold no value (module docstring).

    ``per_record`` (differential privacy): each cell is decided on itself only, so the column's way of
    writing names is taken as title case rather than read from the other records.
    """
    # A full name is never the lone token ``NA``; a given name, a surname or a town may be (Korean Na, Nan).
    column_case = None
    if entity not in _NO_NAMES and entity != E.NAME:
        column_case = "title" if per_record else _column_case(keys)
    numbered = entity in _NUMBERED
    out = set()
    for key in keys:
        # Cheap tests first: most cells are plain values that start with a letter or digit and have no remark.
        if numbered and not key[-1:].isdigit() and not _DIGIT.search(key):
            # ``first of May nineteen eighty-seven``: a birth date read out in words is a value to replace.
            if not (
                entity == E.NATIONAL_ID and _LETTER_CODE.match(key) and key.casefold() not in NOT_KNOWN_WORDS
            ) and not (entity == E.DATE_OF_BIRTH and read_date(key) is not None):
                out.add(key)
        elif not key[:1].isalnum() and not _ALNUM.search(key):
            out.add(key)  # blank or punctuation only
        elif key.casefold() in NOT_KNOWN_WORDS:
            if _is_word(key, column_case):
                out.add(key)
        elif len(key) <= _LONGEST_REMARK and _REMARK_HINT.search(key) and _with_remark(key, column_case):
            out.add(key)
    return out


def _with_remark(key: str, column_case: str | None) -> bool:
    m = _REMARK.match(key)
    if m is None:
        return False
    head, remark = m.group(1), m.group(2)
    # The remark may be words of a note, never a name (no capital) nor a number.
    return _is_word(head, column_case) and remark == remark.lower() and len(remark.split()) <= 4


def _is_word(text: str, column_case: str | None) -> bool:
    folded = text.strip().casefold()
    if folded not in NOT_KNOWN_WORDS:
        return False
    if folded not in NAME_LIKE or column_case is None:
        return True
    # ``Na``, ``Nan``, ``Nil`` among names: a name unless written unlike the column's names.
    return _case_of(text.strip()) != column_case


def _case_of(text: str) -> str:
    letters = "".join(_ALNUM.findall(text))
    if letters.isupper():
        return "upper"
    if letters.islower():
        return "lower"
    return "title" if letters[:1].isupper() and letters[1:].islower() else "mixed"


def _column_case(keys: Sequence[str]) -> str:
    """How the column writes its names: ``upper``, ``lower``, or ``title`` (mixed-case names)."""
    counts = {"upper": 0, "lower": 0, "other": 0}
    for key in keys[:_CASE_SAMPLE]:
        letters = "".join(_ALNUM.findall(key))
        if len(letters) < 2 or _DIGIT.search(letters):
            continue
        kind = "upper" if letters.isupper() else "lower" if letters.islower() else "other"
        counts[kind] += 1
    total = sum(counts.values())
    for kind in ("upper", "lower"):
        if total and counts[kind] >= _ONE_CASE * total:
            return kind
    return "title"
