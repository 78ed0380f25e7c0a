"""Look-alike columns: detected as personal data, yet their values say they are a category of things.

Why: a false column destroys a user's analytic data (a branch list, a depot column or the towns of a
shop's offices replaced by fakes), and a data engineer sees that at once. Values-only detection finds towns and
street lines by their shape, and a shop's few branches are real towns and real streets. What sets them apart is
how they repeat: people's home addresses and home towns are nearly one per row (a household shares one), while a
category of places is a handful of levels, each shared by many rows, with (almost) no level seen once.

One entry point, :func:`lookalike_reason`, called after a column was detected: it returns why the column is a
look-alike (the detector then keeps it as it is), or ``None``. The column name speaks only to *keep* the
detection: a name that cues the entity (``home town``, ``Straße``) keeps it, unless it also names a thing
(``store address``, ``branch city``, ``Filiale``: :func:`cue_subjects.names_a_thing`).

Example::

    lookalike_reason(df["region office"], "region office", "city")
    # '8 levels, 12.5 rows each, none seen once: a category of places'
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_place_businesses import business_reason
from safe_synthesizer.pii.column_place_countries import country_column_reason
from safe_synthesizer.pii.column_record_numbers import grouped_counter
from safe_synthesizer.pii.cue_subjects import names_a_thing
from safe_synthesizer.pii.cues import cue_hints, tokens
from safe_synthesizer.pii.validators.dates import parse_written_date
from safe_synthesizer.pii.validators.names import has_company_marker, is_degree

# A place column with at most this many distinct values, each in this many rows on average and with at most
# this share of levels seen once, is a category (branches, depots, venues), not where people live.
MAX_PLACE_LEVELS = 20
MIN_ROWS_PER_PLACE_LEVEL = 3.0
# Small tables are weak evidence: under this many rows, each level must be in this many rows on average
# (24 rows of six addresses four times each may be a padded sample of people's streets).
MIN_ROWS_FOR_LOOSE_LEVELS = 50
MIN_ROWS_PER_LEVEL_SMALL = 5.0
MAX_ONCE_SHARE = 0.2
# Below this share of values with a word of 4+ letters, "places" are codes (plates ``8706 SHM``, ``LU 7626 GM``).
MIN_WORDY_PLACES = 0.5
# Share of values ending in a legal form (``BV``, ``CommV``, ``GmbH``, ``S.p.A.``) that makes names a firm list.
MIN_ORGANISATIONS = 0.3
# Number columns: share of zero-padded values (``0000014421``), or of row-to-row rises in a dense range.
MIN_PADDED = 0.9
MIN_RISING = 0.9
MAX_SPREAD_PER_VALUE = 20
MIN_COUNTER_VALUES = 10

# Two-digit years (``25-08-32``): within this many years of today, with this share after this year, are events.
YEARS_AROUND_TODAY = 10
MIN_FUTURE_SHARE = 0.2
MIN_TWO_DIGIT_SHARE = 0.9

# Dates all on working days (postings, trades, signatures): at least this many, at most this share on weekends.
MIN_WORKING_DAY_DATES = 40
MAX_WEEKEND_SHARE = 0.02

_PLACE_ENTITIES = frozenset({E.CITY, E.STATE, E.STREET_ADDRESS, E.ADDRESS})
_NAME_ENTITIES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.STATE})
_NUMBER_ENTITIES = frozenset({E.PHONE_NUMBER, E.FAX_NUMBER, E.NATIONAL_ID, E.TAX_ID, E.POSTCODE, E.SSN})
# The cues that keep a place column a place of people (an address cue keeps a street-line column too).
_PLACE_CUES = {
    E.CITY: frozenset({E.CITY}),
    E.STATE: frozenset({E.STATE}),
    E.STREET_ADDRESS: frozenset({E.STREET_ADDRESS, E.ADDRESS}),
    E.ADDRESS: frozenset({E.STREET_ADDRESS, E.ADDRESS}),
}
# A word of four or more characters in any script (Devanagari vowel signs are no ``\w`` to ``re``): a run of
# anything but spaces, digits and ASCII punctuation.
_WORD4 = re.compile(r"[^\s\d!-/:-@\[-`{-~]{4,}|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")
# A letter only Vietnamese writes (tone marks, ơ, ư, đ): its syllables are words however short (``Hẻm``, ``Phố``).
_VIETNAMESE = re.compile(r"[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
# A legal form: short, written with a dot, an inner capital or in capitals (``BV``, ``CommV``, ``S.A.``, ``GmbH``).
_FORM = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}[A-Z][a-z]?|[A-Za-z]{1,4}\.(?:[A-Za-z]{1,4}\.?)*|[A-Z]{2,4})$")
# One letter and a dot closing a name (``Robertson G.``) is the given name's initial, no legal form.
_INITIAL = re.compile(r"^[^\W\d_]\.$")


def value_counts(series: pd.Series) -> pd.Series:
    """Row counts of the distinct non-empty values (stripped strings), most frequent first."""
    counts = series.dropna().astype(str).str.strip().value_counts()
    return counts[counts.index != ""]


def place_category(counts: pd.Series) -> str | None:
    """Why these counts are a category of places (few levels, each shared by several rows), or ``None``."""
    levels = len(counts)
    if levels == 0 or levels > MAX_PLACE_LEVELS:
        return None
    rows = float(counts.sum())
    per_level = rows / levels
    once = float((counts == 1).sum()) / levels
    needed = MIN_ROWS_PER_PLACE_LEVEL if rows >= MIN_ROWS_FOR_LOOSE_LEVELS else MIN_ROWS_PER_LEVEL_SMALL
    if per_level < needed or once > MAX_ONCE_SHARE:
        return None
    return f"{levels} levels, {per_level:.1f} rows each, {once:.0%} seen once: a category of places"


def coded_places(values: list[str]) -> str | None:
    """Why these "places" are codes (``8706 SHM``: no word of four letters in most values), or ``None``.

    Two CJK characters make a word (``戸山41丁目19番13号`` is a street line)."""
    if not values:
        return None
    # Codes carry digits: towns of two or three characters (``北京``, ``Ede``) without digits are no codes.
    from safe_synthesizer.pii.column_address_cells import po_box_cell

    # A PO box (``BP 8902``) is an address, not a code.
    wordy = sum(
        bool(_WORD4.search(v) or _VIETNAMESE.search(v)) or not any(c.isdigit() for c in v) or po_box_cell(v)
        for v in values
    )
    wordy /= len(values)
    if wordy >= MIN_WORDY_PLACES:
        return None
    return f"{1 - wordy:.0%} digits without a word of 4+ letters: codes, not places"


def organisations(values: list[str]) -> str | None:
    """Why these names are of firms: many end in a legal form the column repeats (``... CommV``, ``... BV``)."""
    if not values:
        return None
    finals = [v.replace(",", " ").split()[-1] for v in values if v.split()]
    repeated = pd.Series(finals).value_counts()
    # Capitals alone (``VOF``, ``CV``) must recur more: names written ``Jean ROY`` end in capitals too.
    forms = {
        t
        for t, n in repeated.items()
        if len(t) >= 2
        and _FORM.match(t)
        and n >= (3 if t.isupper() else 2)
        and not is_degree(t)
        and not _INITIAL.match(t)
    }
    share = sum((f in forms) or has_company_marker(v) for f, v in zip(finals, values, strict=False)) / len(values)
    if share < MIN_ORGANISATIONS:
        return None
    return f"{share:.0%} end in a legal form or company words: organisations"


def counter(series: pd.Series) -> str | None:
    """Why these digit strings are a counter (zero-padded, or rising row by row in a dense range), or ``None``.

    Phone and id numbers of people are spread over their whole range in any row order; order numbers, member
    numbers and record ids are issued one after the other.
    """
    text = series.dropna().astype(str).str.strip()
    text = text[text.str.fullmatch(r"\d{4,}")]
    if len(text) < MIN_COUNTER_VALUES:
        return None
    padded = float(text.str.startswith("000").mean())
    if padded >= MIN_PADDED:
        return f"{padded:.0%} zero-padded: a counter"
    numbers = text.astype("float64").to_numpy()
    distinct = len(np.unique(numbers))
    spread = float(numbers.max() - numbers.min())
    rising = float((np.diff(numbers) > 0).mean())
    if distinct >= MIN_COUNTER_VALUES and spread <= MAX_SPREAD_PER_VALUE * distinct and rising >= MIN_RISING:
        return f"{rising:.0%} rising row by row within {spread:.0f}: a counter"
    return None


_TWO_DIGIT_YEAR = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./](\d{2})$")


def expiry_years(values: list[str], today: date | None = None) -> str | None:
    """Why day-month-two-digit-year dates are events (expiries, renewals), not births, or ``None``.

    ``25-08-32`` read as a birth is 1932; read as an event, 2032. When every year lies within ten of this one
    and a fifth lie *after* it, the column reads as dates around today running into the future (expiries,
    renewals, best-before), while as births it would be a whole column of people born about a century ago.
    """
    years = [int(m.group(1)) for v in values if (m := _TWO_DIGIT_YEAR.match(v))]
    if not values or len(years) < MIN_TWO_DIGIT_SHARE * len(values):
        return None
    now = (today or date.today()).year % 100
    shifted = [(y - now + 50) % 100 - 50 for y in years]  # years from now, -50..49
    if min(shifted) < -YEARS_AROUND_TODAY or max(shifted) > YEARS_AROUND_TODAY:
        return None
    future = sum(y > 0 for y in shifted) / len(shifted)
    if future < MIN_FUTURE_SHARE:
        return None
    return f"two-digit years within {YEARS_AROUND_TODAY} of today, {future:.0%} ahead: event dates"


_NUMERIC_DATE = re.compile(r"^(\d{1,4})[-./](\d{1,2})[-./](\d{1,4})(?:[ T].*)?$")


def _column_dates(values: list[str]) -> list[date]:
    """The dates of ``values`` read in one day/month order for the whole column (``None`` order: skipped)."""
    parts = [(int(m.group(1)), int(m.group(2)), int(m.group(3)), len(m.group(1)) == 4)
             for v in values if (m := _NUMERIC_DATE.match(v))]  # fmt: skip
    day_first = any(a > 12 for a, _, _, iso in parts if not iso)
    month_first = any(b > 12 for _, b, _, iso in parts if not iso)
    out: list[date] = []
    for a, b, c, iso in parts:
        if iso:
            year, month, day = a, b, c
        elif day_first != month_first:
            year, month, day = c, (b if day_first else a), (a if day_first else b)
        else:
            continue
        year += (1900 if year > 30 else 2000) if year < 100 else 0
        try:
            out.append(date(year, month, day))
        except ValueError:
            continue
    out += [d for v in values if not _NUMERIC_DATE.match(v) and (d := parse_written_date(v)) is not None]
    return out


def working_days(values: list[str]) -> str | None:
    """Why dates are business events (postings, trades, signatures: no weekend), or ``None``.

    Births fall on any day (2 in 7 on a weekend); 40 dates without a weekend happen by chance about once in a
    million columns of births.
    """
    days = _column_dates(values)
    if len(days) < MIN_WORKING_DAY_DATES or len(days) < 0.8 * len(values):
        return None
    weekend = sum(d.weekday() >= 5 for d in days) / len(days)
    if weekend > MAX_WEEKEND_SHARE:
        return None
    return f"{weekend:.0%} of {len(days)} dates on a weekend: working-day events"


# Words of a burial place (accents folded): a grave's place is no one's home, whatever the repeats.
BURIAL_WORDS = frozenset(
    {"cemetery", "cemeteries", "graveyard", "churchyard", "crematorium", "burial", "begraafplaats", "kerkhof",
     "friedhof", "waldfriedhof", "cimetiere", "cementerio", "cimitero", "cemiterio", "cmentarz", "kirkegard",
     "kyrkogard", "hautausmaa", "krematorium", "crematorio", "crematoire"}
)  # fmt: skip
MIN_BURIAL_VALUES = 0.5


def burial_places(values: list[str], column_name: str) -> str | None:
    """Why the places are burial grounds (the header or half the values name a cemetery), or ``None``.

    ``Park Street Cemetery``, ``St Mark's Churchyard`` under ``Begraafplaats`` (set 22 nl_NL, seen) read as towns.
    """
    if tokens(column_name) & BURIAL_WORDS:
        return "the header names a burial place: no one's home"
    if values and sum(bool(tokens(v) & BURIAL_WORDS) for v in values) >= MIN_BURIAL_VALUES * len(values):
        return "the values name cemeteries and churchyards: no one's home"
    return None


def lookalike_reason(series: pd.Series, column_name: str, entity: str) -> str | None:
    """Why the column detected as ``entity`` is a look-alike to keep as it is, or ``None`` to replace it.

    Cheap: only detected columns are checked, on their distinct values.

    Example::

        lookalike_reason(pd.Series(["Leeds", "York"] * 40), "store city", "city")  # '2 levels, ...'
        lookalike_reason(pd.Series(["Leeds", "York"] * 40), "home town", "city")  # None (the name says so)
    """
    if entity in _NUMBER_ENTITIES:
        return counter(series) or grouped_counter(series)  # 1001, 1002 ... or REDCap's 101-001, 201-002 ...
    if entity == E.DATE_OF_BIRTH:
        values = [str(v) for v in value_counts(series).index]
        return expiry_years(values) or working_days(values)
    if entity not in _PLACE_ENTITIES and entity not in _NAME_ENTITIES:
        return None
    counts = value_counts(series)
    values = [str(v) for v in counts.index]
    if (why := country_column_reason(values, column_name, entity)) is not None:
        return why  # a nationality or country column (ISO codes ``DE``, ``GB``): no one's address
    if (why := business_reason(values, column_name, entity)) is not None:
        return why  # ``Bakkerij Lucring``, ``Pharmacie de la ... rue ...``, ``billing_company``: firms
    if (entity in _NAME_ENTITIES or entity == E.CITY) and (why := organisations(values)) is not None:
        return why  # firms named after towns or people (``Cordoba LLC``, ``Barrios and Sons``)
    if entity not in _PLACE_ENTITIES:
        return None
    if (why := burial_places(values, column_name)) is not None:
        return why
    if entity != E.STATE and (why := coded_places(values)) is not None:
        return why
    kept_by_name = bool(cue_hints(column_name) & _PLACE_CUES[entity]) and not names_a_thing(column_name)
    if kept_by_name or (entity in (E.CITY, E.STATE) and not names_a_thing(column_name)):
        # Towns and states repeat in people's tables too (a Latvian club's members from eight towns, sixty
        # rows): only a thing's name (``branch city``, ``oficina``) lets a few repeated towns go.
        return None
    return place_category(counts)
