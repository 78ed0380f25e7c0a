"""Person-id columns in a layout the code does not know: one layout, one id a person, beside the table's people.

Why: the id checks know the layouts and check digits of many countries, but not all: a Zambian NRC
(``123456/78/1``), a Haitian NIF (``001-234-567-8``), a Rwandan id (``1 1985 8 0123456 0 12``), a Namibian id
(``YYMMDD`` + five digits) or an Iraqi card number (twelve digits) has no rule of its own, and with the column's
name hidden such a column was left as written. What makes a column a person's id does not depend on the country:

- every value is written in one layout (the same digit groups and separators), with no letters but a check
  letter at the end (``281-011232-3515P``: of many kinds over the column, where a series letter takes a few);
- it is long: at least :data:`MIN_DIGITS` digits (:data:`MIN_CHECKED_DIGITS` with a check letter). A country
  numbers its millions of people; a business numbers its thousands of records (a file, a case, a permit, a
  hospital number: six to eight digits, or a letter in front);
- it is one id a person: nearly every value distinct, or, where a person comes back on several rows (a donor, a
  tenant, a member), the same value comes back with them (:func:`stays_with_person`);
- it is not a counter (sorted values a few apart), a card or a GTIN (Luhn / GS1 check digit in most values), an
  animal's microchip (:mod:`column_id_microchips`), a
  dated record number (``YYYYMMDD...`` of recent years, epoch seconds) or a phone number of the table's country;
- the table names people (a name column was found): national ids are people's;
- a person who comes back does not get a new value on each row (:mod:`column_id_returning`: order numbers).

A birth date inside the digits is not required (many ids carry none). The record numbers of set 30's exports
(donor, donation, case, screening, file, permit numbers) are short or lettered; a record number of nine digits or
more without letters, unique per row, is taken for an id here (it is a number about the person either way).

Runs as a table pass after names, ids of known layouts and phones are decided, on columns whose name says nothing
against an id (:func:`unseen_id_detections`).

Example::

    unseen_id_evidence(["260053/27/1", "892834/57/1", ...])  # (1.0, "100% in one layout 999999/99/9 of 9 digits")
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Sequence
from datetime import date

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_birth_cells import is_placeholder
from safe_synthesizer.pii.column_id_microchips import are_microchips
from safe_synthesizer.pii.column_id_returning import changes_with_person
from safe_synthesizer.pii.column_id_seen_headers import names_a_checked_id
from safe_synthesizer.pii.column_number_sample import number_sample

# Digits an id of a country's people has at least (a business's record numbers have fewer).
MIN_DIGITS = 9
# Values needed to judge a column (a small debt export: a dozen debtors, some ids not known).
MIN_VALUES = 8
# Share of the values in the column's most common layout.
MIN_LAYOUT_SHARE = 0.9
# Share of the values distinct, unless each repeated value comes with one person.
MIN_DISTINCT_SHARE = 0.8
# The same under a header naming a person's id (``Party 1 ID``): repeats there are people coming back.
MIN_NAMED_DISTINCT_SHARE = 0.5
# People seen on two rows or more with a value, needed to read whether the value stays with them; share that must.
MIN_REPEATED_PEOPLE = 2
MIN_SAME_VALUE = 0.8
MAX_VALUES_A_PERSON = 3
# Sorted distinct numbers of a counter are a few apart; random ids are far apart (ten-digit ids of 40 people:
# about 10**8 apart).
MIN_MEDIAN_GAP = 1000
# Shares beyond which a check digit, a recent date or a phone explains the values.
CHECK_SHARE = 0.45
DATED_SHARE = 0.5
PHONE_SHARE = 0.5
# A record number opening with its date spans a few recent years; ids opening with a birth date span decades.
MAX_RECORD_DATE_SPAN = 10
CONFIDENCE = 0.9
_PERSON_NAMES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_DIGITS = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_SEPARATORS = re.compile(r"^[\d \-/.]+$")
# Digits with a check letter after them (``281-011232-3515P``), and at most a constant letter or two in front
# (``F-510673-Q``: a resident's class).
_CHECK_LETTERED = re.compile(r"^(?:([A-Z]{1,2})[\- /]?)?\d[\d \-/.]*\d[\- /]?([A-Z])$")
# A check letter takes many values (mod 23: 23 letters); a revision or series letter a few (A, B, C).
MIN_CHECK_LETTERS = 8
MIN_CHECK_LETTER_SHARE = 0.5
# Digits an id with a check letter has at least (Andorra's NRT: six).
MIN_CHECKED_DIGITS = 6
# Digits of the shortest payment card: a Luhn check digit on fewer (a SIN's nine) may be a person's id.
MIN_CARD_DIGITS = 12
# Separators one id is spaced with in different rows.
_SPLIT = re.compile(r"[ \-/.]")
_SPLIT_RUN = re.compile(r"[ \-/.]+")
_WORDS = re.compile(r"\w+")
# Share of the values written in three digit groups or more that says the numbers are printed for people to read.
MIN_GROUPED_SHARE = 0.3


def layout_of(value: str) -> str:
    """The value's layout: each digit ``9``, each letter ``A``, separators kept (``123456/78/1`` -> ``999999/99/9``,
    ``F-510673-Q`` -> ``A-999999-A``)."""
    return _LETTER.sub("A", _DIGITS.sub("9", value))


def check_lettered(values: Sequence[str]) -> bool:
    """Whether ``values`` are digits closed by a check letter: nearly all in :data:`_CHECK_LETTERED`, one letter
    prefix (or none) throughout, and the closing letter of many kinds (:data:`MIN_CHECK_LETTERS`, or half the
    values in a small column)."""
    matches = [m for v in values if (m := _CHECK_LETTERED.match(v.upper()))]
    if len(matches) < MIN_LAYOUT_SHARE * len(values):
        return False
    if len({m.group(1) for m in matches}) > 1:
        return False
    letters = {m.group(2) for m in matches}
    return len(letters) >= min(MIN_CHECK_LETTERS, MIN_CHECK_LETTER_SHARE * len(matches))


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _gs1(digits: str) -> bool:
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def _opening_year(digits: str) -> int | None:
    """The year of a ``YYYYMMDD`` the digits open with, else None."""
    try:
        year = int(digits[:4])
        if 1900 <= year <= 2099 and date(year, int(digits[4:6]), int(digits[6:8])):
            return year
    except ValueError:
        pass
    return None


def _recent_dated(digits: list[str], grouped: bool = False) -> bool:
    """Most values open with a date of a few years (an order or batch number), or are epoch seconds/millis
    (never when the values are written in digit groups, ``1399-0401-12345``: no tool prints a timestamp so)."""
    years = [y for d in digits if (y := _opening_year(d)) is not None]
    if len(years) >= DATED_SHARE * len(digits):
        years.sort()
        low, high = years[len(years) // 10], years[(9 * len(years)) // 10]
        if high - low < MAX_RECORD_DATE_SPAN:
            return True
    epoch = sum(
        (len(d) == 10 and 946_684_800 <= int(d) <= 2_082_758_400)
        or (len(d) == 13 and 946_684_800_000 <= int(d) <= 2_082_758_400_000)
        for d in digits
    )
    return not grouped and epoch >= DATED_SHARE * len(digits)


def _median_gap(digits: list[str]) -> int:
    numbers = sorted({int(d) for d in digits})
    if len(numbers) < 2:
        return 0
    gaps = sorted(b - a for a, b in itertools.pairwise(numbers))
    return gaps[len(gaps) // 2]


# Accounts of two or three branches (``4817 01 xxxxx``) share their opening digits; people's ids, even those that
# open with a birth year and sex, spread over many openings once a table holds a few dozen people.
BRANCH_HEAD, MAX_BRANCH_HEADS, MIN_BRANCH_VALUES = 6, 3, 15


# A card's print layout (``6644-6443-3040-4011``): numbers printed so are receipts, vouchers and transaction ids.
_CARD_LAYOUT = re.compile(r"\d{4}([ -])\d{4}\1\d{4}\1\d{4}")


def _branch_blocks(digits: list[str]) -> bool:
    distinct = set(digits)
    return len(distinct) >= MIN_BRANCH_VALUES and len({d[:BRANCH_HEAD] for d in distinct}) <= MAX_BRANCH_HEADS


def _phone(value: str, region: str | None) -> bool:
    """A valid phone number: dialled with ``+``/``00`` (any country), else of the table's country."""
    text = "+" + value[2:] if value.startswith("00") else value
    if not text.startswith("+") and not region:
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, None if text.startswith("+") else region))
    except phonenumbers.NumberParseException:
        return False


def _phones(values: list[str], region: str | None) -> bool:
    """Most values are phone numbers (a Haitian NIF ``001-234-567-8`` opens with 00 and is none)."""
    return sum(_phone(v, region) for v in values) >= PHONE_SHARE * len(values)


def core_layout(value: str) -> str:
    """The layout of ``value`` with its separators dropped when it has none or splits its digits in three groups
    or more (``805 300 465`` and ``805300465`` -> ``999999999``): people and export tools space one id their own
    way within one column. A single split (``030-1234567``) is kept as written: it reads as a phone's area code,
    and a column half bare, half split once is two kinds of number."""
    text = value.upper()
    if len(_SPLIT_RUN.findall(text)) == 1:
        return layout_of(text)
    return layout_of(_SPLIT.sub("", text))


# A check character in brackets after the digits (Macau's BIR ``1234567(8)``, Hong Kong's ``A123456(7)``), at most
# two letters in front: the bracket is kept apart as no other number is written so.
_BRACKET_CHECKED = re.compile(r"^[A-Z]{0,2}\d{6,12}\(([0-9A-Z])\)$")


MIN_BRACKETED_SHARE = 0.5


def bracket_checked(values: Sequence[str]) -> bool:
    """Most ``values`` (:data:`MIN_BRACKETED_SHARE`) end in a bracketed check character, ``1234567(8)``."""
    hits = sum(bool(_BRACKET_CHECKED.match(v.replace(" ", "").upper())) for v in values)
    return hits >= MIN_BRACKETED_SHARE * len(values)


def unseen_id_evidence(
    values: Sequence[str], region: str | None = None, luhn_ids: bool = False, named: bool = False, kept: bool = False
) -> tuple[float, str]:
    """(share of ``values`` in one long digit layout, why); 0 when the values look like anything but ids of
    people (letters, short numbers, a counter, a check digit, a recent date, phones). Placeholders are left out.
    Distinctness is judged by the caller (repeats may come with a returning person).

    The layout is read without separators (an id spaced in threes in some rows, bare in others, is one layout).
    ``luhn_ids``: the values were seen to stay with their person over rows, so a Luhn check digit on fewer digits
    than a card's (a Canadian SIN: nine) is an id's, not a card's. ``named``: the header names a person's id
    (:func:`~safe_synthesizer.pii.column_id_seen_headers.names_a_checked_id`), so letters at fixed places of one
    layout (Belarus's ``3140486B453PB3``) are an id's, not a record code's. ``kept``: the values were seen to stay
    with their person over rows, so one series letter before seven digits or more (Burkina Faso's CNIB
    ``B1234567``) is a card's, not an invoice's."""
    cleaned = [v.strip() for v in values if v and v.strip() and not is_placeholder(v)]
    cleaned = [v for v in cleaned if _DIGITS.search(v)]  # ``unbekannt``, ``N/C``: no id written
    if len(cleaned) < MIN_VALUES:
        return 0.0, f"{len(cleaned)} values"
    bracketed = bracket_checked(cleaned)
    if bracketed:  # ``1234567(8)``: read as its digits and check (some rows write them bare, ``735 507 23``)
        cleaned = [v.replace("(", "").replace(")", "").strip() for v in cleaned]
    lettered = any(_LETTER.search(v) for v in cleaned)
    if lettered and not (
        bracketed
        or check_lettered(cleaned)
        or (named and _one_lettered_layout(cleaned))
        or (kept and _series_prefixed(cleaned))
    ):
        return 0.0, "letters other than a check letter: a record's code"
    if not lettered and not all(_SEPARATORS.match(v) for v in cleaned):
        return 0.0, "other signs: no id"
    core, count = Counter(core_layout(v) for v in cleaned).most_common(1)[0]
    share = count / len(cleaned)
    if share < MIN_LAYOUT_SHARE:
        return 0.0, f"{round(100 * share)}% in the most common layout"
    passing = [v for v in cleaned if core_layout(v) == core]
    layout, _ = Counter(layout_of(v.upper()) for v in passing).most_common(1)[0]
    digits = [re.sub(r"\D", "", v) for v in passing]
    if len(digits[0]) < (MIN_CHECKED_DIGITS if lettered or bracketed else MIN_DIGITS):
        return 0.0, f"{len(digits[0])} digits: a record number"
    n = len(digits)
    short = len(digits[0]) < MIN_CARD_DIGITS
    if sum(_gs1(d) for d in digits) >= CHECK_SHARE * n or (
        sum(_luhn(d) for d in digits) >= CHECK_SHARE * n and not (luhn_ids and short)
    ):
        return 0.0, "Luhn or GS1 check digit in most values: cards or GTINs"
    if are_microchips(digits):
        return 0.0, "15 digits opening with a country or maker code: animals' microchips (ISO 11784)"
    grouped = sum(len(_SPLIT_RUN.findall(v)) >= 2 for v in passing) >= MIN_GROUPED_SHARE * len(passing)
    if _recent_dated(digits, grouped):
        return 0.0, "dated numbers of a few recent years, or timestamps"
    if _median_gap(digits) < MIN_MEDIAN_GAP:
        return 0.0, "sorted values a few apart: a counter"
    if any(_CARD_LAYOUT.fullmatch(v) for v in passing if layout_of(v.upper()) == layout):
        return 0.0, "four groups of four digits without a card's check digit: a receipt or voucher number"
    if _branch_blocks(digits):
        return 0.0, "a few opening digit runs shared by all: numbers given out in blocks (branches, series)"
    if _phones(passing, region):
        return 0.0, "phone numbers"
    return share, f"{round(100 * share)}% in one layout {layout} of {len(digits[0])} digits"


# One or two series letters, the same for nearly all, before seven digits or more: ``B1234567``.
_SERIES_PREFIXED = re.compile(r"^([A-Z]{1,2})[ \-]?\d{7,12}$")
MAX_SERIES_LETTERS = 2


def _series_prefixed(values: Sequence[str]) -> bool:
    matches = [m for v in values if (m := _SERIES_PREFIXED.match(_SPLIT.sub("", v.upper())))]
    return len(matches) >= MIN_LAYOUT_SHARE * len(values) and len({m.group(1) for m in matches}) <= MAX_SERIES_LETTERS


def _one_lettered_layout(values: Sequence[str]) -> bool:
    """Letters and digits at the same places in nearly all ``values``, separators left out, and more digits than
    letters (``3140486B453PB3`` and ``325 058 4B8 74P B7`` are one layout)."""
    layouts = Counter(layout_of(_SPLIT.sub("", v.upper())) for v in values)
    layout, count = layouts.most_common(1)[0]
    return count >= MIN_LAYOUT_SHARE * len(values) and layout.count("9") > 2 * layout.count("A")


def _region(found: dict) -> str | None:
    """The two-letter country the table's phones, postcodes and ids agree on (not its language: a German-speaking
    Namibian table's ids are no German phone numbers), else None."""
    from safe_synthesizer.pii.column_locale import table_country_locale

    locale = table_country_locale([d for d in found.values() if d is not None])
    return locale.split("_")[-1].upper() if locale and "_" in locale else None


def _texts(series: pd.Series) -> pd.Series:
    """The cells as stripped strings, a missing cell ``""``."""
    return series.map(lambda v: "" if pd.isna(v) else str(v).strip()).astype(object)


def _name_key(text: str) -> str:
    """A name cell read without case, punctuation or word order: ``HARVEY, Jérôme`` and ``Jérôme Harvey`` are one
    person (an e-mail address keeps its words in order of appearance, sorted the same way every time)."""
    return " ".join(sorted(_WORDS.findall(text.casefold())))


def stays_with_person(df: pd.DataFrame, column: str, keys: Sequence[Sequence[str]]) -> bool:
    """Whether people seen on several rows keep one value of ``column``, under one of ``keys`` (name or e-mail
    columns, each read apart; at least :data:`MIN_REPEATED_PEOPLE` people seen twice). A key cell shared by more
    than :data:`MAX_VALUES_A_PERSON` values is a placeholder (``ntayo``, ``-``), no one.

    Only the yes is read: a person's rows carrying several values would say record number, but namesakes (two
    Jean Augustins on one payroll, with ``jaugustin@...`` each) carry two ids under every key, and the rows do not
    tell them from a donor who came back."""
    texts = _texts(df[column])
    has = texts.map(lambda v: bool(_DIGITS.search(v)) and not is_placeholder(v))
    values = texts.str.replace(_SPLIT, "", regex=True)  # ``606 452 886`` is ``606452886`` typed another way
    for key in keys:
        raw = [_texts(df[c]) for c in key]
        parts = [r.map(_name_key) for r in raw]
        who = parts[0]
        for part in parts[1:]:
            who = who + "|" + part
        blank = pd.concat([r.map(is_placeholder) | (p == "") for r, p in zip(raw, parts, strict=True)], axis=1)
        who = who.where(~blank.any(axis=1), "")
        ok = has & (who != "")
        rows = who[ok].value_counts()
        kinds = values[ok].groupby(who[ok]).nunique()
        repeated = kinds[(rows.reindex(kinds.index) >= 2) & (kinds <= MAX_VALUES_A_PERSON)]
        if len(repeated) >= MIN_REPEATED_PEOPLE and (repeated == 1).mean() >= MIN_SAME_VALUE:
            return True
    return False


def unseen_id_detections(
    df: pd.DataFrame,
    candidates: Collection[str],
    found: dict,
    *,
    entities: Collection[str],
    sample_size: int = 500,
    seed: int = 0,
) -> dict:
    """National-id detections among ``candidates`` (columns of ``df`` nothing was found in), in a table whose
    ``found`` detections (column -> ColumnDetection or None) include a person's name."""
    from safe_synthesizer.pii.column_detector import ColumnDetection

    if E.NATIONAL_ID not in set(entities):
        return {}
    if not any(d is not None and d.entity in _PERSON_NAMES for d in found.values()):
        return {}
    if any(d is not None and d.entity == E.NATIONAL_ID for d in found.values()):
        # The table carries its people's id already (a checked scheme, a known layout): long numbers unique per
        # row beside it are its records' (orders, invoices, policies), not a second id of an unknown layout.
        return {}
    from safe_synthesizer.pii.column_few_births import table_person_keys

    region = _region(found)
    # The table's own columns first, then the first surname and given name among them (not among a wider plan's).
    keys = table_person_keys(df, {c: d for c, d in found.items() if c in df.columns})
    out = {}
    for name in candidates:
        if found.get(name) is not None or name not in df.columns:
            continue
        # Digit ids with blank cells are read as floats: whole numbers only, while a float holds every digit.
        if (series := number_sample(df[name], sample_size, seed)) is None:
            continue
        values = [str(v) for v in series]
        named = names_a_checked_id(name)
        share, why = unseen_id_evidence(values, region, named=named)
        same = None
        if share < MIN_LAYOUT_SHARE and why.startswith("Luhn"):
            same = stays_with_person(df, name, keys)
            share, why = unseen_id_evidence(values, region, luhn_ids=same, named=named)
        elif share < MIN_LAYOUT_SHARE and why.startswith("letters"):
            same = stays_with_person(df, name, keys)
            if same:
                share, why = unseen_id_evidence(values, region, named=named, kept=True)
        if share < MIN_LAYOUT_SHARE:
            continue
        same = stays_with_person(df, name, keys) if same is None else same
        if not same and changes_with_person(df, name, keys):
            continue  # a returning buyer's or guest's rows each carry a new number: orders, bookings
        written = [v.strip() for v in values if v.strip() and not is_placeholder(v)]
        distinct = len(set(written)) / len(written)
        if distinct < (MIN_NAMED_DISTINCT_SHARE if named else MIN_DISTINCT_SHARE) and not same:
            continue
        evidence = f"{why}; {round(100 * distinct)}% distinct, beside the table's people"
        if same:
            evidence += ", one value per person over their rows"
        out[name] = ColumnDetection(name, E.NATIONAL_ID, CONFIDENCE, CONFIDENCE, "values+table", len(values), None,
                                    evidence)  # fmt: skip
    return out
