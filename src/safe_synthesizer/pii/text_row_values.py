"""A row's own street, phone and person, written again in that row's text cells.

Client registers, vet and CRM exports repeat a row's columns in its note: ``Lola rehomed ... to Else
Frederiksen, Nuukullak 119.`` where ``Address Line 1`` is ``Nuukullak 119``; ``hans berger brought the drill
back`` where the name column is ``Hans Berger``. Many streets carry no street word (Greenlandic
``Nuukullak 119``, Nuuk's building numbers ``B-1967``, Croatian ``Jurjeve 1c``) and many notes are typed in
lower case, so no rule on the text alone may take them; the row's own column says what they are:

- street: the value of a street (or the street line of an address) column, with a letter and a digit, found
  again as whole words in any case;
- phone: the digits of a phone (or fax) column's value, found again in another layout (``7616 0030`` in the
  column, ``(76160030)`` or ``+268 7616 0030`` in the note): a bare local number no plan of the note's
  locale reads is still the row's own phone;
- person: two or more words in a row, separated by single spaces, each a word of the row's name columns,
  holding a given and a family name, at least one of them in lower case (capitalised words are matched one
  by one by :func:`~safe_synthesizer.pii.text_replace.detect_text` already). Each word keeps its column's
  kind (``first_name``/``last_name``), so the note's fake is the column's fake.

Only the row's own columns are used: under DP a record's text still depends on that record only.

Example::

    streets = row_streets(df, plans)  # [["Nuukullak 119"], ...]
    row_value_spans("to Else Frederiksen, Nuukullak 119.", {"else": "first_name"}, streets[0])
    # [TextSpan(21, 34, 'street_address', 0.95)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.formats import PHONE_EXTENSION_TAIL
from safe_synthesizer.pii.phone_cell_chains import number_keys
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = ["row_phones", "row_streets", "row_value_spans"]

_STREET_ENTITIES = (E.STREET_ADDRESS, E.ADDRESS)
_WORD = re.compile(r"[^\W\d_][\w'’\-\u0300-\u036f]*")  # combining marks: Turkish 'İde' lower-cases to 'i̇de'
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_PHONE_ENTITIES = (E.PHONE_NUMBER, E.FAX_NUMBER)
# A run of digits with the separators phones are written with; its digits are compared, not its layout.
_DIGIT_RUN = re.compile(r"(?<![\w+])\+?\d[\d \-./()]*\d(?!\w)")
MIN_PHONE_DIGITS = 7  # fewer digits are extensions, house numbers, amounts
# A cell's trailing extension (``7662-5202 ext. 99``, ``poste 12``, ``x123``): a note writes the number without it.
_EXTENSION = re.compile(rf"(?i)(?<=\d){PHONE_EXTENSION_TAIL}\s*$")


def _street_line(value: str, entity: str) -> str:
    """The street line of a cell: the whole cell of a street column, the first line or the part before the
    first comma of a full address (``Nuukullak 119, 3900 Nuuk``)."""
    value = value.strip()
    if entity == E.ADDRESS:
        value = re.split(r"[\n,]", value, maxsplit=1)[0].strip()
    return value


def row_streets(df: pd.DataFrame, plans: Sequence[Any]) -> list[list[str]] | None:
    """Per row: the street lines of the row's street and address columns (a letter and a digit each)."""
    columns = [(p.column, p.entity) for p in plans if p.entity in _STREET_ENTITIES]
    if not columns:
        return None
    out: list[list[str]] = [[] for _ in range(len(df))]
    for column, entity in columns:
        for i, value in enumerate(df[column].tolist()):
            if not isinstance(value, str):
                continue
            line = _street_line(value, entity)
            if len(line) >= 4 and _LETTER.search(line) and _DIGIT.search(line) and line not in out[i]:
                out[i].append(line)
    return out


def _phone_key(value: str) -> str:
    """The digits of a phone, without the leading zeros of a trunk or an international prefix (``00268``)."""
    return "".join(ch for ch in value if ch.isdigit()).lstrip("0")


def row_phones(df: pd.DataFrame, plans: Sequence[Any]) -> list[list[str]] | None:
    """Per row: the digit keys of the row's phone and fax columns (:data:`MIN_PHONE_DIGITS` digits or more); a
    number with an extension (``7662-5202 ext. 99``) gives its key with and without the extension's digits."""
    columns = [p.column for p in plans if p.entity in _PHONE_ENTITIES]
    if not columns:
        return None
    out: list[list[str]] = [[] for _ in range(len(df))]
    for column in columns:
        for i, value in enumerate(df[column].tolist()):
            # A phone column read as numbers (the pipeline's typed chunks) is float where cells are missing.
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                text = str(value)
                # Each number of a cell of two, dialled or spelled, keyed on its own too (``06 12010883 of 010 153
                # 1482``, ``(00880) 2-7518063``): a note writes one number, nationally.
                keys = (_phone_key(text), _phone_key(_EXTENSION.sub("", text)), *number_keys(text))
                for key in dict.fromkeys(keys):
                    if len(key) >= MIN_PHONE_DIGITS and key not in out[i]:
                        out[i].append(key)
    return out


def _same_phone(found: str, own: str) -> bool:
    """One key ends the other (a country code written or not) and the shorter keeps the whole number."""
    short, long = sorted((found, own), key=len)
    return len(short) >= MIN_PHONE_DIGITS and long.endswith(short) and len(long) - len(short) <= 3


def _phone_spans(text: str, phones: Sequence[str]) -> list[TextSpan]:
    out = []
    for m in _DIGIT_RUN.finditer(text):
        key = _phone_key(m.group())
        if len(key) >= MIN_PHONE_DIGITS and any(_same_phone(key, own) for own in phones):
            out.append(TextSpan(m.start(), m.end(), E.PHONE_NUMBER, 0.95))
    return out


def _street_spans(text: str, streets: Sequence[str]) -> list[TextSpan]:
    low = text.lower()
    out = []
    for street in streets:
        key = street.lower()
        start = low.find(key)
        while start >= 0:
            end = start + len(key)
            # Whole words only: "Kuussuaq 1" is no part of "Kuussuaq 10".
            if not (start and (low[start - 1].isalnum())) and not (end < len(low) and low[end].isalnum()):
                out.append(TextSpan(start, end, E.STREET_ADDRESS, 0.95))
            start = low.find(key, start + 1)
    return out


def _name_spans(text: str, known: dict[str, str]) -> list[TextSpan]:
    words = list(_WORD.finditer(text))
    out: list[TextSpan] = []
    i = 0
    while i < len(words):
        j = i
        # A run of the row's name words, one space apart.
        while (
            j < len(words)
            and words[j].group().lower() in known
            and (j == i or text[words[j - 1].end() : words[j].start()] == " ")
        ):
            j += 1
        run = words[i:j]
        kinds = {known[m.group().lower()] for m in run}
        if len(run) >= 2 and E.FIRST_NAME in kinds and E.LAST_NAME in kinds and any(m.group().islower() for m in run):
            out += [TextSpan(m.start(), m.end(), known[m.group().lower()], 0.95) for m in run]
        i = max(j, i + 1)
    return out


def row_value_spans(
    text: str,
    known: dict[str, str] | None,
    streets: Sequence[str] | None,
    phones: Sequence[str] | None = None,
) -> list[TextSpan]:
    """Spans of the row's own street lines, phones and lower-case runs of its name words in ``text`` (module
    docstring); ``known``: lower-cased name word -> ``first_name``/``last_name`` (``text_replace.row_names``)."""
    out = _street_spans(text, streets) if streets else []
    if phones:
        out += _phone_spans(text, phones)
    if known:
        out += _name_spans(text, known)
    return out
