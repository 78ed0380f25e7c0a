"""The last word on a column finding: its cells must not read as another entity.

Why: the learned classifier (:mod:`column_rescue`) answers from a column's features, and its answer stood even when
the rules' own cell check for that entity found nothing: a Dutch ``Mobiel`` column (``06 19114744 - vragen naar
Loïs``) was answered ``name`` at 86 % with the name check at 0 %, and every phone number was faked as a person's
name (junk in the output, exit code 0). A rule can err the same way: a French table's mobile numbers written with
odd spaces (``061 27629 22``) pass a Danish id's checksum and were faked as Danish ids. What a cell IS can be read
without its header, whatever the layout around it:

- a phone number: the cell's first run of digits (with any separators, a ``+`` or ``00`` or a bracketed area code)
  holds every digit of the cell and is a VALID number (``phonenumbers``) of the region the column's layouts say
  (:func:`validators.column_phone_region`: a French table's mobiles are French under an ``en_US`` config), or of
  its own country when dialled with ``+``; the words around it may be anything (``- ask for Gail``, ``United Kingdom:``,
  ``tel:``) as long as they come after it or are at most :data:`MAX_WORDS_BEFORE` words before it; or two or three
  numbers with their labels as the phone cell reader (:mod:`phone_cell_reader`) reads them, every one valid;
- an e-mail address: one token that passes the e-mail check, with at most a few words around it;
- a date or an amount: the whole cell; a date in any layout and notation the one date reader
  (:func:`date_reader.read_date`) reads, ISO 8601 week and ordinal dates (``2012-W48-5``, ``2027-164``) included.

A person or place finding (rules' or classifier's) whose filled cells mostly read as a phone or an e-mail is changed
to that entity (the replacement then writes a valid fake of the right kind); one whose cells mostly read as dates or
amounts is dropped. A phone or postcode finding whose cells with a digit are nearly all dates
(:data:`MIN_DATE_SHARE`) is dropped: a postcode check reads a cell by its shape, so event days written as ordinal
dates (``2027-164``) passed Portugal's ``1234-567``, and in a small table they dialled as phone numbers; no country
writes its postcodes or numbers as dates, and a real column of a date-like layout reads as dates in a few cells, not
in nearly all (Portugal's ``1000-205`` is an ordinal date only when its first four digits are a year and its last
three at most the year's days; Poland's ``12-345`` and Japan's ``123-4567`` never are). An id finding of another
country than the table's (the Danish id in a French table) whose cells mostly read as the table's phones becomes a
phone. A classifier finding whose rules' check found no cell of
its entity stands when nothing contradicts it: names in forms no rule reads (``Blom A``, ``Imran [de Gruijter]``)
are what the classifier is there for. Every change says why in the detection's evidence, which the dry run
prints, so a doubtful column is shown with its reason.

Example::

    consistent_findings(df, found, region="NL")
    # {"Mobiel": ColumnDetection("Mobiel", "phone_number", ..., method="classifier+doubtful (name? 100% ...)")}
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Mapping

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.column_contact_layouts import split_contact_layout
from safe_synthesizer.pii.column_contact_people import MIN_CONTACT_CELLS, contact_cell
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_checksums import checksum_scheme
from safe_synthesizer.pii.column_id_parts import documented_id_share
from safe_synthesizer.pii.column_kin_contacts import split_kin_phone
from safe_synthesizer.pii.date_reader import read_date
from safe_synthesizer.pii.locales import parse_phone
from safe_synthesizer.pii.person_slots import read_person_slots
from safe_synthesizer.pii.phone_cell_reader import read_phone_words

__all__ = ["cell_kind", "consistent_findings", "date_cells", "phone_run"]

logger = logging.getLogger(__name__)

# Distinct filled cells read per finding (in row order): shares to a few points, cheap on any table.
MAX_VALUES = 60
# Share of the read cells that must be of another kind for a finding to change or go, and the fewest cells.
MIN_OTHER_SHARE = 0.6
MIN_CELLS = 3
# Words allowed before a phone number or around an e-mail address (``United Kingdom: 07406 858784``, ``tel:``).
MAX_WORDS_BEFORE = 2
MAX_WORDS_AROUND_EMAIL = 3
# A town or region finding on people: the person reader (:mod:`person_slots`) reads most cells as people with no
# ordinary word, street or town among their words, and a third at least in a layout no place is written in (two
# people, initials beside a name, dress): ``Deravin - Cornano``, ``R.M. MacDhòmhnaill``, ``F.T. Weijters``.
MIN_PEOPLE_SHARE = 0.8
MIN_STRUCTURED_SHARE = 1 / 3
MIN_TOWN_CELLS = 2
_TOWNS = frozenset({E.CITY, E.STATE})

_PEOPLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_PLACES = frozenset({E.STREET_ADDRESS, E.CITY, E.STATE, E.ADDRESS})
_WORDY = _PEOPLE | _PLACES  # findings whose cells are words, never a number alone
_IDS = frozenset({E.NATIONAL_ID, E.SSN, E.TAX_ID})
# Findings read by a cell's shape alone, which a date's digits can take: dropped when nearly every cell is a date.
_DATED_SHAPES = frozenset({E.POSTCODE, E.PHONE_NUMBER, E.FAX_NUMBER})
MIN_DATE_SHARE = 0.9
PHONE, EMAIL, DATE, AMOUNT = E.PHONE_NUMBER, E.EMAIL, "date", "amount"

# A phone number however it is grouped: an optional ``+`` or ``00``, digits with spaces, dots, dashes, slashes or
# brackets between them.
_NUMBER_RUN = re.compile(r"(?:\+|\b00)?\(?\d[\d\s().\-/]*\d\)?")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"\S+")
# An amount or a count: plain digits, or thousands in groups of three, with decimals, a currency or a per cent sign.
_AMOUNT = re.compile(
    r"^[-+]?(?:[$€£¥₹]\s?)?(?:\d+|\d{1,3}(?:[\s.,'’]\d{3})+)(?:[.,]\d{1,2})?(?:\s?(?:[$€£¥₹%]|[A-Z]{3}))?$"
)
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 7, 15
# Share of an id finding's cells naming their document or its expiry that keeps it an id whatever its numbers dial.
MIN_DOCUMENTED_ID_SHARE = 0.34


def phone_run(value: str) -> str | None:
    """The cell's first run of digits when it holds every digit of the cell, is 7-15 digits long, is no date and
    has at most :data:`MAX_WORDS_BEFORE` words before it (``United Kingdom: 07406 858784``, ``06 19114744 - ask
    for Loïs``); else ``None``."""
    run = _NUMBER_RUN.search(value)
    if run is None:
        return None
    digits = len(_DIGIT.findall(run.group(0)))
    if not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS or digits != len(_DIGIT.findall(value)):
        return None
    if len(_WORD.findall(value[: run.start()])) > MAX_WORDS_BEFORE:
        return None
    number = run.group(0).strip(" -./")
    if number.count("(") != number.count(")"):
        number = number.strip("()")
    return None if V.looks_like_date(number) else number


def _valid_phone(number: str, region: str) -> bool:
    parsed = parse_phone(number, region)
    return parsed is not None and phonenumbers.is_valid_number(parsed)


def _email_cell(value: str) -> bool:
    tokens = _TOKEN.findall(value)
    if len(tokens) > MAX_WORDS_AROUND_EMAIL + 1:
        return False
    return any("@" in t and V.is_email(t.strip("<>()[],;:")) for t in tokens)


def _display_names(values: list[str]) -> bool:
    """Most cells holding an e-mail address also hold words beside it: a person's name with the address
    (``Ana Matanitobua <ana_matanitobua8@connect.com.fj>``), which the person fakes rebuild on the fake name."""
    emails = [v for v in values if "@" in v and _email_cell(v)]
    named = [v for v in emails if any("@" not in t and any(ch.isalpha() for ch in t) for t in _TOKEN.findall(v))]
    return bool(emails) and len(named) >= MIN_PEOPLE_SHARE * len(emails)


def cell_kind(value: str, region: str) -> str | None:
    """What one cell reads as without its header: ``phone_number`` (valid in ``region``, or anywhere when dialled
    with ``+``), ``email``, ``date``, ``amount`` or ``None``.

    >>> cell_kind("06 19114744 - vragen naar Loïs", "NL"), cell_kind("Gail Harvey", "GB"), cell_kind("4.50", "GB")
    ('phone_number', None, 'amount')
    """
    text = value.strip()
    if "@" in text and _email_cell(text):
        return EMAIL
    if not _DIGIT.search(text):
        return None
    if _is_date(text):
        return DATE
    number = phone_run(text)
    if number is not None and _valid_phone(number, region):
        return PHONE
    # Two or three labelled numbers (``home: 01330 252288; mobile: 07406 858784``), as the phone cell reader
    # (:mod:`phone_cell_reader`) reads them: every one valid.
    read = read_phone_words(text) if number is None else None
    if read is not None and len(read.numbers) > 1 and all(_valid_phone(n, region) for n in read.numbers):
        return PHONE
    if _AMOUNT.match(text):
        return AMOUNT
    return None


def _is_date(text: str) -> bool:
    # The numeric check first (cheap, and it reads two-digit years and times the token reader leaves).
    return V.looks_like_date(text) or read_date(text) is not None


def date_cells(values: list[str]) -> bool:
    """Nearly every cell of ``values`` holding a digit (:data:`MIN_DATE_SHARE`, at least :data:`MIN_CELLS`) reads as
    a whole calendar date: no postcode or phone column, whatever its digits' shape.

    >>> date_cells(["2031-045", "2012-W48-5", "n/a", "2030-361"]), date_cells(["1000-205", "4470-558", "2745-134"])
    (True, False)
    """
    cells = [v for v in values if _DIGIT.search(v)]
    if len(cells) < MIN_CELLS or not _is_date(cells[0]):  # cheap first: the first cell must be a date
        return False
    return sum(map(_is_date, cells)) >= MIN_DATE_SHARE * len(cells)


def _read_cells(series: pd.Series) -> list[str]:
    values = (v.strip() for v in series.iloc[:2000].to_numpy() if isinstance(v, str) and v.strip())
    return list(dict.fromkeys(values))[:MAX_VALUES]


def _contacts(values: list[str]) -> bool:
    """Nearly every cell is a person's name and number in a contact layout (:mod:`column_contact_people`,
    :mod:`column_contact_layouts`, :mod:`column_kin_contacts`): read as phones, the fakes would keep the names."""
    cells = [v for v in values if not is_missing_token(v)]
    contacts = sum(
        contact_cell(v) is not None or split_contact_layout(v) is not None or split_kin_phone(v) is not None
        for v in cells
    )
    return bool(cells) and contacts >= MIN_CONTACT_CELLS * len(cells)


def _phone_region(numbers: list[str], regions: tuple[str, ...]) -> str:
    """The region the column's numbers are read in: the one their layouts say
    (:func:`validators.column_phone_region`), else the one of the table's countries (the configured one, then
    those of its other findings) where most of them are valid: ``061 27629 22`` is written like no country's
    numbers, yet it is a valid French mobile in a table of French people."""
    first = V.column_phone_region(numbers, regions[0])
    best, best_valid = first, sum(_valid_phone(n, first) for n in numbers)
    if best_valid >= MIN_OTHER_SHARE * len(numbers):
        return best
    for region in regions:
        valid = sum(_valid_phone(n, region) for n in numbers)
        if valid > best_valid:
            best, best_valid = region, valid
    return best


def _kind_shares(values: list[str], regions: tuple[str, ...]) -> tuple[dict[str, float], str]:
    """Share of ``values`` of each kind, and the region their phone numbers were read in."""
    numbers = [n for n in map(phone_run, values) if n is not None]
    region = _phone_region(numbers, regions) if numbers else regions[0]
    counts: dict[str, int] = {}
    for value in values:
        kind = cell_kind(value, region)
        if kind is not None:
            counts[kind] = counts.get(kind, 0) + 1
    return {k: n / len(values) for k, n in counts.items()}, region


def _table_regions(found: Mapping[str, ColumnDetection | None], region: str) -> tuple[str, ...]:
    """The configured region, then the countries of the table's findings, most findings first."""
    counts: dict[str, int] = {}
    for det in found.values():
        country = _country(det.locale if det is not None else None)
        if country:
            counts[country] = counts.get(country, 0) + 1
    ordered = sorted(counts, key=lambda c: -counts[c])
    return tuple(dict.fromkeys((region.upper(), *ordered)))


def _country(locale: str | None) -> str:
    """``fr_FR`` -> ``FR``; ``""`` for no locale or one without a country."""
    country = (locale or "").rpartition("_")[2]
    return country.upper() if len(country) == 2 and country.isalpha() else ""


def _people_shares(values: list[str]) -> tuple[float, float]:
    """Share of ``values`` the person reader reads as people with no ordinary word, and of those in a layout no
    place is written in."""
    readings = [read_person_slots(v) for v in values]
    people = [r for r in readings if r is not None and not r.plain]
    return len(people) / len(values), sum(r.structured for r in people) / len(values)


def _foreign_id(det: ColumnDetection, region: str) -> bool:
    country = _country(det.locale)
    return bool(country) and country != region.upper()


def _changed(det: ColumnDetection, entity: str, share: float, reason: str) -> ColumnDetection:
    evidence = f"doubtful {det.entity} ({det.evidence or det.method}): {reason}; {share:.0%} of cells read as {entity}"
    # The method is what the dry-run table shows of a plan: it says the column is doubtful and why, in short.
    method = f"{det.method}+doubtful ({det.entity}? {share:.0%} of cells read as {entity})"
    return dataclasses.replace(det, entity=entity, share=round(share, 4), method=method, evidence=evidence)


def _verdict(
    det: ColumnDetection,
    series: pd.Series,
    regions: tuple[str, ...],
    entities: frozenset[str] | None,
    own_countries: tuple[str, ...] = (),
):
    """``det`` unchanged, a changed detection, or ``None`` (dropped). ``own_countries``: the configured region and
    the countries of the table's OTHER findings (an id of one of them is the table's own, never foreign)."""
    if det.entity in _DATED_SHAPES and not pd.api.types.is_numeric_dtype(series.dtype):
        return None if date_cells(_read_cells(series)) else det
    checks_cells = det.entity in _WORDY or det.entity in _IDS
    if checks_cells and not pd.api.types.is_numeric_dtype(series.dtype):
        values = _read_cells(series)
        if len(values) >= MIN_CELLS:
            shares, region = _kind_shares(values, regions)
            kind, share = max(shares.items(), key=lambda kv: kv[1], default=(None, 0.0))
            if kind is not None and share >= MIN_OTHER_SHARE:
                allowed = entities is None or kind in entities
                if det.entity == E.NAME and kind == PHONE and _contacts(values):
                    return det  # ``Joana Ferreira 912 345 678``: a contact, faked whole as a name with its number
                if det.entity in _PEOPLE and kind == EMAIL and _display_names(values):
                    return det  # ``Ana Matanitobua <ana@...>``: people with their addresses, faked as people
                if det.entity in _WORDY and kind in (PHONE, EMAIL):
                    return _changed(det, kind, share, "the cells are not words") if allowed else None
                if det.entity in _WORDY:
                    return None  # dates or amounts are no person's nor place's name
                if kind == PHONE and _foreign_id(det, region) and _country(det.locale) not in own_countries:
                    if documented_id_share(values) >= MIN_DOCUMENTED_ID_SHARE:
                        return det  # ``608 131 785 / exp. 2033``: a paper's number with its expiry, whatever it dials
                    if checksum_scheme(values) is not None:
                        return det  # a national scheme's check passed far beyond chance: ids, whatever they dial
                    reason = f"an id of {det.locale} in a table of region {region}"
                    return _changed(det, kind, share, reason) if allowed else None
    if det.entity in _TOWNS and not pd.api.types.is_numeric_dtype(series.dtype):
        values = [v for v in _read_cells(series) if not is_missing_token(v)]
        if len(values) >= MIN_TOWN_CELLS:
            people, structured = _people_shares(values)
            if people >= MIN_PEOPLE_SHARE and structured >= MIN_STRUCTURED_SHARE:
                reason = f"{people:.0%} of cells read as people, {structured:.0%} in a layout no place has"
                allowed = entities is None or E.NAME in entities
                return _changed(det, E.NAME, people, reason) if allowed else None
    return det


def consistent_findings(
    df: pd.DataFrame,
    found: Mapping[str, ColumnDetection | None],
    *,
    region: str = "US",
    entities: frozenset[str] | None = None,
) -> dict[str, ColumnDetection | None]:
    """The findings of ``found`` to change (to the entity their cells read as) or to drop (``None``): person and
    place findings on phones, e-mails, dates or amounts, a foreign id on the table's phones, a town finding on people,
    a postcode or phone finding on dates.
    Only changed columns are returned; ``found`` is not modified."""
    out: dict[str, ColumnDetection | None] = {}
    regions = _table_regions(found, region)
    for column, det in found.items():
        if det is None or column not in df.columns:
            continue
        others = _table_regions({c: d for c, d in found.items() if c != column}, region)
        verdict = _verdict(det, df[column], regions, entities, others)
        if verdict is not det:
            out[column] = verdict
    if out:  # said on the console (a doubtful column): column names and entities only, never a value
        changes = {c: f"{found[c].entity} -> {v.entity if v else 'not replaced'}" for c, v in out.items()}
        logger.warning("replace_pii: column findings the cells contradict, corrected (see the dry run): %s", changes)
    return out
