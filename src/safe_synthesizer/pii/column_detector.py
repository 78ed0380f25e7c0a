"""Column-level detection: decide which entity (if any) a structured column holds.

Values first, name second. A seeded sample of the column's *distinct* values is checked by
validators (checksums, ``phonenumbers`` in several regions, postcode and street layouts of seven
locales, per-country name lists in any case, town and region lists); the share that passes is the
evidence. The column name is only a hint (:mod:`cues`, extra tokens and other languages allowed):
it lowers the share needed and breaks ties, it never tags a column whose values disagree.
Distinct values (not rows) are scored, so a category dominated by one level that happens to be a
surname (``race = White``) cannot pass as a name column; without a hint, name, town and region
columns also need many distinct values.

Each detection carries a confidence, a short human-readable ``evidence`` and the Faker ``locale``
its values look like (:mod:`column_locale`).

Example::

    det = detect_column(df["pt_vorname"], schema["pt_vorname"], entities=["first_name"])
    det.entity, det.locale, det.evidence
    # ('first_name', 'de_DE', 'hint first_name; 100% name-shaped, 81% listed first names; ...')
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema, ColumnType
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_address_cells import address_cells_score
from safe_synthesizer.pii.column_address_units import unit_address_score
from safe_synthesizer.pii.column_birth_cells import birth_date_score, numeric_birth_dates
from safe_synthesizer.pii.column_cued_shapes import cued_shape_score
from safe_synthesizer.pii.column_dates import birth_date_evidence
from safe_synthesizer.pii.column_lettered_postcodes import MIN_LETTERED_SHARE, lettered_postcodes
from safe_synthesizer.pii.column_locale import guess_column_locale
from safe_synthesizer.pii.column_lookalikes import lookalike_reason
from safe_synthesizer.pii.column_numbers import national_id_score, phone_score, postcode_value_score
from safe_synthesizer.pii.column_people import people_score
from safe_synthesizer.pii.column_person_evidence import MIN_SHAPE_SHARE, person_evidence
from safe_synthesizer.pii.column_phone_digits import integer_phone_column
from safe_synthesizer.pii.column_phone_dotted import dotted_pair_evidence
from safe_synthesizer.pii.column_phone_labelled import labelled_phone_sample
from safe_synthesizer.pii.column_phone_read import words_phone_sample
from safe_synthesizer.pii.column_phone_slashed import unslashed_phone_sample
from safe_synthesizer.pii.column_phone_small_plans import small_plan_phone_score
from safe_synthesizer.pii.column_phone_undressed import undressed_phone_sample
from safe_synthesizer.pii.column_postcode_vetoes import vetoes_postcode
from safe_synthesizer.pii.column_sample import (
    _PROBE,
    MIN_DISTINCT_WITHOUT_CUE,
    Score,
    ValueSample,
    _pct,
    _simple,
    sample_values,
)
from safe_synthesizer.pii.cue_subjects import names_a_quantity, names_a_record_number, names_an_animal, names_an_event
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.phone_any_separator import separator_phone_sample
from safe_synthesizer.pii.phone_digit_dress import digit_dress_sample
from safe_synthesizer.pii.validators.places import is_named_street, is_unnumbered_street, squash_hyphens
from safe_synthesizer.utils.scripts import CJK_LETTERS

logger = logging.getLogger(__name__)

MIN_DISTINCT_STATES = 5
# Share of town markers (``New ...``, ``-sur-``, ``...ville``) or listed towns that make a column
# of words a town column rather than a name column.
MIN_PLACE_MARKERS = 0.3
# Listed names of people must exceed the share of towns by this much for town-like values to be people.
MIN_PEOPLE_OVER_TOWNS = 0.5
# A town column with fewer distinct values than a name column needs: this many, nearly all listed
# (one unlisted level among eight or nine, ``Dublin 4`` or ``Bruxelles``, is allowed).
MIN_DISTINCT_TOWNS = 6
MIN_ALL_TOWNS = 0.85
# Entities a number read out of a worded cell is evidence of (the cell as written for every other).
_READ_OUT_ENTITIES = E.DIGIT_ENTITIES - {E.POSTCODE}

# Tie-break among entities with equal confidence: the more specific entity wins.
_PRIORITY = (
    E.CREDIT_DEBIT_CARD, E.IBAN, E.SSN, E.EMAIL, E.IP_ADDRESS, E.URL, E.ADDRESS, E.STREET_ADDRESS,
    E.NATIONAL_ID, E.FAX_NUMBER, E.PHONE_NUMBER, E.DATE_OF_BIRTH, E.POSTCODE, E.TAX_ID, E.NAME,
    E.FIRST_NAME, E.LAST_NAME, E.STATE, E.CITY,
)  # fmt: skip


@dataclass(frozen=True)
class ColumnDetection:
    """The entity decided for one column, with how sure, why, and in which locale."""

    column: str
    entity: str
    confidence: float
    share: float
    method: str  # "name+values" (hint and values agree) or "values"
    n_sampled: int
    locale: str | None = None
    evidence: str = ""


_UNSPACED_NAME = re.compile(f"^[{CJK_LETTERS}]{{1,5}}$")


class NameStats:
    """Name and place statistics of one sample, computed once and shared by the name entities."""

    def __init__(self, sample: ValueSample) -> None:
        self.sample = sample
        self.shape = sample.share(V.is_name_shaped_any_case)
        if self.shape < 0.5 and sample.share(lambda v: V.is_name_shaped_any_case(squash_hyphens(v))) < 0.5:
            # Not words (nor towns with loose hyphens): no list lookups needed.
            self.multi = self.first = self.first_rows = self.last = self.last_rows = self.full = self.places = 0.0
            self.surname_pairs = self.given_first = 0.0
            self.companies = self.place_shape = self.unspaced = 0.0
            return
        self.multi = sample.share(lambda v: V.is_name_shaped_any_case(v) and len(V.name_words(v)) >= 2)
        # Chinese and Japanese names are written unspaced (``陳碧霞``): one word is a whole name there.
        self.unspaced = sample.share(_UNSPACED_NAME.match)
        self.first = sample.share(V.first_name_known)
        self.first_rows = sample.row_share(V.first_name_known)
        self.last = sample.share(V.last_name_known)
        self.last_rows = sample.row_share(V.last_name_known)
        self.full = sample.share(V.full_name_known)
        self.surname_pairs = sample.share(V.is_surname_pair)
        self.given_first = sample.share(V.opens_with_given_name)
        self.places = max(sample.share(V.has_place_marker), sample.share(V.is_listed_city))
        self.companies = sample.share(V.has_company_marker)
        # Towns typed with loose hyphens (``Sainte- Julie``) are still place-shaped.
        self.place_shape = (
            self.shape
            if self.shape >= MIN_SHAPE_SHARE or self.places < MIN_PLACE_MARKERS
            else sample.share(lambda v: V.is_name_shaped_any_case(squash_hyphens(v)))
        )

    @property
    def place_like(self) -> bool:
        """Towns enough to count, unless listed names of people far outnumber them.

        Many surnames are also towns (Spanish ``Salgado``, ``Moreno``, ``Herrera``, ``Villa``): a column
        of them is a third towns but wholly surnames, and stays a column of people.
        """
        people = max(self.first, self.last, self.full)
        return self.places >= MIN_PLACE_MARKERS and people < self.places + MIN_PEOPLE_OVER_TOWNS


def _place(entity: str, names: NameStats, cued: bool) -> Score:
    sample = names.sample
    shape = names.shape
    if entity == E.STATE:
        known, rows = sample.share(V.is_listed_region), sample.row_share(V.is_listed_region)
        evidence = f"{_pct(known)} listed states/regions"
        if cued:
            hits = max(known, rows)
            return Score(shape if hits >= 0.3 and shape >= MIN_SHAPE_SHARE else hits, True, evidence)
        # Foreign provinces are missing from the lists, so frequent (row-weighted) hits count too.
        strong = known >= 0.9 or (rows >= 0.9 and known >= 0.3)
        return Score(max(known, rows), sample.n_distinct >= MIN_DISTINCT_STATES and strong, evidence)
    shape = names.place_shape
    evidence = f"{_pct(shape)} place-shaped, {_pct(names.places)} listed or marked towns"
    if cued:
        return Score(shape, True, evidence)
    decided = names.place_like and sample.n_distinct >= MIN_DISTINCT_WITHOUT_CUE
    # A handful of levels that are *all* listed towns (``liepāja``, ``valmiera``, ``rīga``...) is a
    # town column too: a category of other words (wards, outcomes) lists no town, and names that
    # happen to be towns are a few among many levels, not nearly all of them.
    decided = decided or (names.places >= MIN_ALL_TOWNS and sample.n_distinct >= MIN_DISTINCT_TOWNS)
    return Score(shape if decided else names.places, decided, evidence)


# A column with fewer distinct values than this, each in this many rows on average, is a category
# (venues, ranks, branches), not a column of people's addresses.
MAX_CATEGORY_LEVELS = 6
MIN_ROWS_PER_LEVEL = 5


def _few_repeated_levels(sample: ValueSample) -> bool:
    """Fewer than :data:`MAX_CATEGORY_LEVELS` distinct values, each in :data:`MIN_ROWS_PER_LEVEL` rows on average."""
    rows = float(sample.counts.sum()) if len(sample.counts) else 0.0
    return sample.n_distinct < MAX_CATEGORY_LEVELS and rows >= MIN_ROWS_PER_LEVEL * max(sample.n_distinct, 1)


def _numbered_rooms(sample: ValueSample) -> bool:
    """Every value is the same words with other numbers (``Court 10``, ``Block A / Row 12 / Seat 3``): rooms,
    gates, seats, berths.

    Why: a street-type word with a house number reads as a street line (``Court`` and ``Row`` are English
    street types), but people's streets carry names; words shared by the whole column number places of one site.
    Single letters (``Block A``) are numbers too.
    """
    values = [str(v) for v in sample.values]
    if len(values) < 2 or not all(any(ch.isdigit() for ch in v) for v in values):
        return False
    words = {frozenset(w.casefold() for w in _LETTERS.findall(v) if len(w) > 1) for v in values}
    return len(words) == 1 and bool(next(iter(words)))


_LETTERS = re.compile(r"[^\W\d_]+")


def entity_score(entity: str, sample: ValueSample, cued: bool, names: NameStats | None, numeric: bool = False) -> Score:
    """Value evidence for ``entity`` (``cued``: the column name hints at it)."""
    if entity == E.EMAIL:
        return _simple(sample, V.is_email, "e-mail addresses")
    if entity == E.URL:
        return _simple(sample, V.is_url, "URLs")
    if entity == E.IP_ADDRESS:
        if not cued and dotted_pair_evidence(sample.values) is not None:
            return Score(0.0, True, "numbers in dotted two-digit pairs: a country's phones, not IP addresses")
        return _simple(sample, V.is_ip_address, "IP addresses")
    if entity == E.CREDIT_DEBIT_CARD:
        return _simple(sample, V.is_credit_card, "card numbers (Luhn)")
    if entity == E.IBAN:
        if cued:  # the name says IBAN: the shape is enough (exports often carry broken checksums)
            return _simple(sample, lambda v: V.is_iban(v) or V.is_iban_shaped(v), "IBANs (shape)")
        return _simple(sample, lambda v: V.is_iban(v) or V.is_iban_checksum(v), "IBANs (mod 97)")
    if entity == E.SSN:
        return _simple(sample, lambda v: V.is_ssn(v, allow_undashed=cued), "SSNs")
    if entity in (E.PHONE_NUMBER, E.FAX_NUMBER):
        return phone_score(entity, sample, cued, numeric)
    if entity == E.POSTCODE:
        if cued:
            return _simple(sample, lambda v: V.is_postcode(v, cued=True) or bool(V.postcode_locales(v)), "postcodes")
        score = postcode_value_score(sample)
        if not score.values_decide and (lettered := lettered_postcodes(sample))[0]:
            return Score(max(score.share, MIN_LETTERED_SHARE), True, lettered[1])  # a small table's UK/NL codes
        return score
    if entity in (E.ADDRESS, E.STREET_ADDRESS):
        full = entity == E.ADDRESS
        label = "full addresses" if full else "street lines"
        if full:
            check = V.is_address_any
        elif cued:
            # The name says street: a bare name and number (``Šalata 3``, ``Krvavi most 8a``) is one.
            def check(v: str) -> bool:
                return V.is_street_any(v) or is_named_street(v) or is_unnumbered_street(v)
        else:
            check = V.is_street_any
        score = _simple(sample, check, label)
        if score.share < 0.7 and (cells := address_cells_score(sample, full, cued)) is not None:
            # Postcode + town in one cell, PO boxes, bare street names under a street name.
            score = cells
        if not cued and _few_repeated_levels(sample):
            # Sports grounds, taxi ranks, venues named after streets: a few places shared by many rows
            # are a category; people's home addresses are nearly one per row.
            return Score(score.share, False, f"{score.evidence}, {sample.n_distinct} levels repeated over many rows")
        if not cued and _numbered_rooms(sample) and unit_address_score(sample) is None:
            return Score(score.share, False, f"{score.evidence}, the same words with other numbers: numbered places")
        return score
    if entity == E.DATE_OF_BIRTH:
        # Text birth dates in any layout (written months, compact, placeholders left out): column_birth_cells.
        return birth_date_score(sample, cued)
    if entity == E.NATIONAL_ID:
        return national_id_score(sample, cued)
    if entity == E.TAX_ID:
        return _simple(sample, V.is_id_code, "ID codes", values_decide=False)
    if names is None:
        return Score(0.0, False, "")
    if entity in (E.NAME, E.FIRST_NAME, E.LAST_NAME):
        return person_evidence(entity, names, cued)
    return _place(entity, names, cued)


_WORD_ENTITIES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.STATE})
# Number entities a quantity's column (money, a measure) is never, unless its name also cues them.
QUANTITY_LOOKALIKES = frozenset(
    {E.POSTCODE, E.PHONE_NUMBER, E.FAX_NUMBER, E.NATIONAL_ID, E.SSN, E.TAX_ID, E.CREDIT_DEBIT_CARD, E.IBAN}
)


_AMOUNT = r"-?\d{1,3}(?:[ ,.']?\d{3})*[.,]\d{2}"
MIN_AMOUNT_SHARE = 0.9


def _amounts(series: pd.Series) -> bool:
    """Nearly every value is an amount with two decimals (``255.54``, ``1.250,00``): no id or number has them."""
    values = series.dropna().astype(str).str.strip().head(500)
    values = values[values != ""]
    return bool(len(values)) and float(values.str.fullmatch(_AMOUNT).mean()) >= MIN_AMOUNT_SHARE


# Share of text values written with an international prefix that makes a number-typed column dialled.
MIN_DIALLED_SHARE = 0.9


def _dialled_text(series: pd.Series) -> bool:
    """Text (not a numeric dtype) whose first values nearly all start ``+`` or ``00``."""
    if pd.api.types.is_numeric_dtype(series.dtype):
        return False
    head = series.dropna().astype(str).str.strip().head(_PROBE)
    return len(head) > 0 and float(head.str.match(r"^(?:\+|00)[1-9]").mean()) >= MIN_DIALLED_SHARE


def detect_column(
    series: pd.Series,
    column: ColumnSchema,
    *,
    entities: Collection[str],
    min_share: float = 0.7,
    min_share_with_cue: float = 0.5,
    sample_size: int = 500,
    region: str = "US",
    seed: int = 0,
) -> ColumnDetection | None:
    """Decide the entity of one column, or ``None`` when it holds no detectable PII.

    ``region`` is kept for callers; phone numbers are tried in every supported region. A column found as
    an entity but shaped like a look-alike (a few branch towns shared by many rows, firms, counters:
    :func:`~safe_synthesizer.pii.column_lookalikes.lookalike_reason`) is kept as it is.

    Example::

        det = detect_column(df["email"], schema["email"], entities=["email", "name"])
        det.entity, det.confidence, det.evidence  # ("email", 1.0, "100% e-mail addresses")
    """
    del region
    found = _detect_column(
        series, column, entities, min_share=min_share, min_share_with_cue=min_share_with_cue,
        sample_size=sample_size, seed=seed,
    )  # fmt: skip
    if found is not None and (why := lookalike_reason(series, column.name, found.entity)) is not None:
        logger.debug("column %r kept as it is: %s", column.name, why)  # the reason holds no values
        return None
    return found


def name_vetoes(name: str, series: pd.Series, cues: Collection[str] = ()) -> set[str]:
    """The entities a column's name rules out, whatever its values look like (``cues``: entities the name hints).

    Shared by the rules and the learned classifier's answers (``column_rescue``), so that both read a name alike.
    """
    vetoed: set[str] = set()
    if names_an_event(name):  # ``joinedOn``, ``next due``: dates of that event, however they spread
        vetoed.add(E.DATE_OF_BIRTH)
    if names_an_animal(name):  # a dog's ``Luna`` is no person's first name, whatever the lists say
        vetoed |= {E.NAME, E.FIRST_NAME, E.LAST_NAME}
    if names_a_quantity(name):  # ``Ingresos mensuales (EUR)``: money, not postcodes or phones
        # ``Total Inc VAT`` of amounts (``255.54``): the VAT cue is the tax's, not a VAT number's.
        vetoed |= QUANTITY_LOOKALIKES if _amounts(series) else QUANTITY_LOOKALIKES - set(cues)
    if names_a_record_number(name):  # ``Job Number``, ``order_no``, ``IMEI``: a record's, no one's phone
        vetoed |= QUANTITY_LOOKALIKES - set(cues)
    if vetoes_postcode(name):  # ``Door PIN``, ``Envelope No``, ``AccountNumber``: a code of no place
        vetoed.add(E.POSTCODE)
    return vetoed


def _detect_column(
    series: pd.Series,
    column: ColumnSchema,
    entities: Collection[str],
    *,
    min_share: float,
    min_share_with_cue: float,
    sample_size: int,
    seed: int,
) -> ColumnDetection | None:
    if column.type in (ColumnType.CONSTANT, ColumnType.EMPTY):
        return None
    cues = cue_hints(column.name) & set(entities)
    if names_an_event(column.name):
        cues.discard(E.DATE_OF_BIRTH)
    allowed = set(entities) - name_vetoes(column.name, series, cues)
    hint = f"hint {'/'.join(sorted(cues))}; " if cues else ""
    if column.type == ColumnType.DATETIME or pd.api.types.is_datetime64_any_dtype(series.dtype):
        if E.DATE_OF_BIRTH in cues and series.notna().any():
            return ColumnDetection(column.name, E.DATE_OF_BIRTH, 1.0, 1.0, "name+values", 0, None, hint + "dates")
        if E.DATE_OF_BIRTH in allowed:
            born, why = birth_date_evidence(series, seed=seed)
            if born:
                return ColumnDetection(column.name, E.DATE_OF_BIRTH, 0.9, 1.0, "values", 0, None, hint + why)
        return None
    if pd.api.types.is_bool_dtype(series.dtype):
        return None
    numeric = column.type.is_numeric or pd.api.types.is_numeric_dtype(series.dtype)
    if numeric and E.DATE_OF_BIRTH in allowed:
        # Compact birth dates (19310821) by their values; Excel day numbers only under a birth-date name.
        born, why = numeric_birth_dates(pd.to_numeric(series, errors="coerce"), E.DATE_OF_BIRTH in cues)
        if born:
            method = "name+values" if E.DATE_OF_BIRTH in cues else "values"
            return ColumnDetection(column.name, E.DATE_OF_BIRTH, 0.9, 1.0, method, 0, None, hint + why)
    dialled = False
    candidates = [e for e in _PRIORITY if e in allowed]
    if numeric:
        # Checksummed numbers may speak for themselves; other digits need the name's hint. Text
        # typed a number that keeps a leading ``+`` or ``00`` (``+499067646669``) is a dialled
        # number, not a quantity: phone numbers may speak for themselves too.
        # Digits kept as text (``612345678``) may be bare national phone numbers: tested as such.
        dialled = _dialled_text(series)
        text = dialled or not pd.api.types.is_numeric_dtype(series.dtype)
        # Phones read as integers (``15123456789``, ``612345678.0``: the trunk 0 lost) are tested as bare
        # numbers with the 0 put back (column_phones.national_phone_evidence).
        phones = text or integer_phone_column(series)
        checked = (E.CREDIT_DEBIT_CARD, E.NATIONAL_ID) + ((E.PHONE_NUMBER,) if phones else ())
        candidates = [e for e in candidates if e in E.DIGIT_ENTITIES and (e in cues or e in checked)]
    if not candidates:
        return None
    sample = sample_values(series, sample_size, seed)
    if not sample.values:
        return None
    if E.PHONE_NUMBER in candidates and (unslashed := unslashed_phone_sample(sample)) is not None:
        sample = unslashed  # ``07405/265446`` beside ``07405 265446``: the slash after an area code read as a space
    if E.PHONE_NUMBER in candidates and (undressed := undressed_phone_sample(sample)) is not None:
        sample = undressed  # ``015053–343285``, ``'(876) 857-5773``, ``393112809831.0``: a sheet's marks undone
    cells = sample  # the cells as written: what every entity but a phone is scored on
    if E.PHONE_NUMBER in candidates and (undigited := digit_dress_sample(sample)) is not None:
        sample = undigited  # ``[0542] 761 25 33``, ``(O412) 617 75 71``: brackets of any kind, letters for digits
    if E.PHONE_NUMBER in candidates and (separated := separator_phone_sample(sample)) is not None:
        sample = separated  # ``07435_269617``, ``+1/2014395081``, ``011 49 30 109403``: any separator, an exit code
    if E.PHONE_NUMBER in candidates and (labelled := labelled_phone_sample(sample)) is not None:
        sample = labelled  # ``mob 07406 858784``, ``07406 858784 (after 6pm)``, ``49138 or 61389``: the numbers
    if E.PHONE_NUMBER in candidates and (worded := words_phone_sample(sample)) is not None:
        sample = worded  # ``06 19114744 - vragen naar Loïs``, ``Denmark: 34 47 68 30``, ``(90) 507 742 05 70``
    if not numeric and E.NAME in allowed and (titled := people_score(sample)) is not None:
        # Before the street check, which takes ``Dr A. Daniels`` for ``Drive``; names in mixed
        # layouts (``L. Cardano`` beside ``Maria Botticelli``) are decided here too.
        cued = bool(cues & {E.NAME, E.LAST_NAME, E.FIRST_NAME})
        confidence = 0.5 + 0.5 * titled.share if cued else titled.share
        best = (confidence, E.NAME, titled, "name+values" if cued else "values")
        return detection_of(column.name, best, sample, hint)
    names = NameStats(sample) if not numeric and _WORD_ENTITIES & set(candidates) else None
    best: tuple[float, str, Score, str] | None = None
    for entity in candidates:
        cued = entity in cues
        # The numbers read out of worded cells are evidence of a number kept beside words (a phone, an id: ``285-37-8404
        # (issued 2019)``), never of a postcode: an address cell's postcode (``Rodovia Correia, 586, 81720514 Aragão``)
        # is no postcode column's cell.
        scored = sample if entity in _READ_OUT_ENTITIES else cells
        score = entity_score(entity, scored, cued, names, numeric and not dialled)
        if cued and score.share < min_share_with_cue and (shaped := cued_shape_score(entity, scored)) is not None:
            score = shaped  # the name says what it is; values of any script only have to agree in shape
        if (
            cued
            and entity == E.PHONE_NUMBER
            and not pd.api.types.is_numeric_dtype(series.dtype)  # text of digits (schema "integer") still counts
            and score.share < min_share_with_cue
            and (small := small_plan_phone_score(sample.values, column.name)) is not None
        ):
            score = small  # "Phone": 22 31 69, 299919 (Greenland, 6 digits); "tenant_tel_1": 51883 (Falklands)
        if cued and score.share >= min_share_with_cue:
            confidence, method = 0.5 + 0.5 * score.share, "name+values"
        elif score.values_decide and score.share >= min_share:
            confidence, method = score.share, "values"
        elif (
            cued
            and not numeric
            and (plain := entity_score(entity, scored, False, names)).values_decide
            and (plain.share >= min_share)
        ):
            # A cue never costs a column the values would have found alone (the hinted check may
            # be another one: a cued postcode column is scored on any postcode layout).
            score, confidence, method = plain, plain.share, "values"
        else:
            continue
        # Equal confidence: the hinted entity wins (Spanish towns are also province names).
        if (
            best is None
            or confidence > best[0] + 1e-9
            or (abs(confidence - best[0]) <= 1e-9 and cued and best[3] != "name+values")
        ):
            best = (confidence, entity, score, method)
    if best is None:
        return None
    return detection_of(column.name, best, sample if best[1] in _READ_OUT_ENTITIES else cells, hint)


def detection_of(name: str, best: tuple[float, str, Score, str], sample: ValueSample, hint: str) -> ColumnDetection:
    """The detection of the winning entity, with the locale its values vote for."""
    confidence, entity, score, method = best
    locale, vote = guess_column_locale(entity, sample.values)
    where = f"; locale {locale} ({_pct(vote)} of votes)" if locale else ""
    return ColumnDetection(
        name, entity, round(confidence, 4), round(score.share, 4), method, len(sample.values),
        locale, hint + score.evidence + where,
    )  # fmt: skip


def detect_columns(
    df: pd.DataFrame, schema, *, entities: Collection[str], seed: int = 0, **kwargs
) -> dict[str, ColumnDetection]:
    """Detections of every column of ``df`` (``schema`` a ``TableSchema``), with table locale filled.

    Example::

        found = detect_columns(df, infer_schema(df), entities=KNOWN_ENTITIES)
        found["telefono"].locale  # "es_ES"
    """
    from safe_synthesizer.pii.column_locale import fill_table_locale

    found = [
        d
        for c in schema.columns
        if c.name in df.columns
        and (d := detect_column(df[c.name], c, entities=entities, seed=seed, **kwargs)) is not None
    ]
    return {d.column: d for d in fill_table_locale(found)}
