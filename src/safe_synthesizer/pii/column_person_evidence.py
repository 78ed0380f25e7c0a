"""How much a sample of values looks like a column of people's names, given name lists (the per-column check).

Why apart from :mod:`column_detector`: the evidence for names has its own rules (company names built from
surnames, several words where one is wanted, Spanish double surnames, a small table's short list of people,
first and last names that would swap), and the split-name pass (:mod:`column_name_pairs`) asks them too.

Example::

    person_evidence("last_name", NameStats(sample), cued=False)
    # Score(share=0.93, values_decide=True, evidence="100% name-shaped, 93% listed surnames")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_name_mixed import MIN_SURNAMED, mixed_people
from safe_synthesizer.pii.column_person_forms import full_name_form
from safe_synthesizer.pii.column_person_words import positional_names
from safe_synthesizer.pii.column_sample import MIN_DISTINCT_WITHOUT_CUE, Score, ValueSample, _pct
from safe_synthesizer.pii.column_steppe_names import steppe_given_share
from safe_synthesizer.pii.gazetteers import MAX_PET_NAMES, PET_NAMES

if TYPE_CHECKING:
    from safe_synthesizer.pii.column_detector import NameStats

# A hinted name/place column must be mostly name-shaped *and* show some list hits.
MIN_SHAPE_SHARE = 0.8
MIN_KNOWN_SHARE_WITH_CUE = 0.1
# Share of values with a company's legal form (``SARL``, ``GmbH``, ``et Fils``) that makes a column
# of surname-like words a company column: no person column has that many.
MIN_COMPANY_MARKERS = 0.15

# Share of distinct values written as only whole names are (``Mutua, John``, ``Mrs Mary Mutua``) that make a column
# of listed given-name words a full-name column (:func:`column_person_forms.full_name_form`).
MIN_FULL_FORMS = 0.1
# A full-name column of unlisted surnames: several words in most cells, a share opening with a listed given name,
# and a share written as only whole names are.
MIN_SEVERAL_PEOPLE = 0.7
MIN_GIVEN_FIRST = 0.3
MIN_WHOLE_FORMS = 0.2

# Share of listed full names that lets a column of full names without given names alone be read as
# :mod:`column_name_mixed` reads it (South Tyrol's ``Maria Notburga Pichler``: given names listed, surnames not).
MIN_LISTED_WHOLE = 0.4

# Share of a surname column's several-word values that must be pairs of surnames (`V.is_surname_pair`).
MIN_SURNAME_PAIRS = 0.8
# Share of them that may open with a listed given name (Spanish surnames Santos, Benito, Manuel are given names too).
MAX_GIVEN_FIRST = 0.5


def person_evidence(entity: str, names: NameStats, cued: bool) -> Score:
    sample = names.sample
    many = sample.n_distinct >= MIN_DISTINCT_WITHOUT_CUE
    if entity == E.NAME:
        known, rows, label = names.full, sample.row_share(V.full_name_known), "listed full names"
        shape = names.shape if names.unspaced >= 0.5 else names.multi
        many = many or few_people(sample, known)
    elif entity == E.FIRST_NAME:
        known, rows, label, shape = names.first, names.first_rows, "listed first names", names.shape
        many = many or few_people(sample, known, MIN_DISTINCT_SINGLE_NAMES, MIN_FEW_SINGLE_KNOWN)
    else:
        known, rows, label, shape = names.last, names.last_rows, "listed surnames", names.shape
        many = many or few_people(sample, known, MIN_DISTINCT_SINGLE_NAMES, MIN_FEW_SINGLE_KNOWN)
    evidence = f"{_pct(shape)} name-shaped, {_pct(known)} {label}"
    if names.place_like:
        return Score(min(known, 0.5), False, evidence + f", {_pct(names.places)} town-like")
    if names.companies >= MIN_COMPANY_MARKERS:
        # Company names built from surnames ("Gaillard", "Duhamel S.A.S."): some carry a legal form.
        return Score(min(known, 0.5), False, evidence + f", {_pct(names.companies)} company names")
    # Spanish and Portuguese write two surnames (``Serna Llabrés``): several words that are all surnames, few
    # opening with a given name, are one person's surnames, not full names.
    two_surnames = (
        names.multi > 0
        and names.surname_pairs >= MIN_SURNAME_PAIRS * names.multi
        and names.given_first <= MAX_GIVEN_FIRST * names.multi
    )
    pairs = entity == E.LAST_NAME and two_surnames
    if entity == E.NAME and two_surnames and names.multi > 0.5 and names.full < 0.5:
        # ``Arias Agüero``, ``Maidana Acosta``: a Hispanic surname column, no given name in it.
        return Score(min(known, 0.5), False, evidence + f", {_pct(names.surname_pairs)} two surnames")
    if (
        entity in (E.NAME, E.FIRST_NAME)
        and names.multi >= MIN_SURNAMED
        and (names.first > 0 or names.full >= MIN_LISTED_WHOLE)
        and (mixed := _given_or_full(entity, names, cued, evidence)) is not None
    ):
        return mixed
    forms = sample.share(full_name_form) if names.multi > 0.5 else 0.0
    whole = forms >= MIN_FULL_FORMS
    several = names.multi > 0.5 and (
        (entity == E.LAST_NAME and not pairs) or (entity == E.FIRST_NAME and (names.first < 0.5 or whole))
    )
    if several:
        return Score(min(known, 0.5), False, evidence + f", {_pct(names.multi)} several words")
    if entity == E.FIRST_NAME and not cued and (pets := sample.share(_pet_name)) > MAX_PET_NAMES:
        # ``Bella, Toby, Bailey, Balu``: a dog walker's or vet's list of animals, not people (names hidden).
        return Score(min(known, 0.5), False, evidence + f", {_pct(pets)} pets' names")
    if entity == E.NAME and names.first >= 0.5 and names.first >= names.full and not whole:
        # "Henry Louis": every word a first name, a given-names column.
        return Score(min(known, 0.6), False, evidence + f", {_pct(names.first)} only first names")
    other = names.last if entity == E.FIRST_NAME else names.first if entity == E.LAST_NAME else 0.0
    if (
        entity == E.NAME
        and names.multi >= MIN_SEVERAL_PEOPLE
        and names.given_first >= MIN_GIVEN_FIRST
        and forms >= MIN_WHOLE_FORMS
        and (sample.n_distinct >= MIN_DISTINCT_WITHOUT_CUE or float(sample.counts.mean()) <= MAX_ROWS_PER_PERSON)
    ):
        # Whole names of surnames no list holds (Cameroon's ``Ngo Bikoro``, Tanzania's ``Shirima``, Wales's
        # ``Pritchard, Angharad``): many open with a listed given name and many are written as only whole names are
        # (``Last, First``, initials, titles); no product, place or category column is written so. A few such names
        # filling many rows each are staff on duty, a category (as in :func:`few_people`).
        share = max(known, 0.7 + 0.3 * names.given_first)
        return Score(
            share,
            True,
            evidence + f", {_pct(names.given_first)} open with a given name, {_pct(forms)} written as whole names",
        )
    if entity == E.NAME and not cued and (placed := positional_names(sample)) is not None:
        # Listed given names open the cells or listed surnames close them, two vocabularies kept apart.
        return Score(placed.share, True, evidence + ", " + placed.evidence)
    if cued:
        # Under a name header, a cell opening with a listed given name is a hit too: ``Hassani Kisanga``,
        # ``Bw. S. Temba`` name people whose surnames no list holds.
        hits = max(known, rows, names.given_first if entity == E.NAME else 0.0)
        if hits < MIN_KNOWN_SHARE_WITH_CUE and (entity != E.NAME or names.multi >= 0.5):
            # Kazakh and Mongolian names in Cyrillic (listed elsewhere); one word is no whole name.
            hits = steppe_given_share(sample)
        share = shape if shape >= MIN_SHAPE_SHARE and hits >= MIN_KNOWN_SHARE_WITH_CUE else hits
    elif ((known >= 0.4 and rows >= 0.5) or (known >= 0.3 and rows >= 0.7)) and names.shape >= 0.95:
        # Real name columns hold many rare or invented names missing from any list; short lists
        # (Faker ja_JP: 50 family names) cover the frequent rows rather than the distinct values.
        share = max(known, 0.7 + 0.3 * known)
    else:
        share = known
    if other > known + 0.05:
        # More values are listed as the other kind of name: first and last would swap.
        share = min(share, 0.6)
        evidence += f" (but {_pct(other)} the other kind)"
    return Score(share, cued or many, evidence)


def _given_or_full(entity: str, names: NameStats, cued: bool, evidence: str) -> Score | None:
    """Given names alone beside full names ending in a surname (a ``Spouse`` column: ``Barbara``, ``Mark Olson``):
    a name column, no given-names column (:mod:`column_name_mixed`). ``None`` when the column is not so mixed."""
    sample = names.sample
    mix = mixed_people(sample)
    if not mix.mixed:
        return None
    evidence += f", {_pct(mix.surnamed)} full names ending in a surname, {_pct(mix.given_alone)} given names alone"
    if entity == E.FIRST_NAME:
        return None if cued else Score(min(names.first, 0.6), False, evidence)
    # Like a short list of whole names (:func:`few_people`): enough people, each in a row or two.
    many = sample.n_distinct >= MIN_DISTINCT_WITHOUT_CUE or (
        sample.n_distinct >= MIN_DISTINCT_FULL_NAMES and float(sample.counts.mean()) <= MAX_ROWS_PER_PERSON
    )
    return Score(max(names.full, 0.7 + 0.3 * mix.share), cued or many, evidence)


def _pet_name(value: str) -> bool:
    return value.casefold() in PET_NAMES


# A small table's name column: this many distinct values, nearly all listed full names, about one per row.
MIN_DISTINCT_FULL_NAMES = 8
MIN_FEW_PEOPLE_KNOWN = 0.8
# Rows per distinct name: repeat customers come back once or twice (a 30-row export of 18 people: 1.7), staff on
# duty fill many rows each.
MAX_ROWS_PER_PERSON = 2.0
# First names or surnames alone say less: more of them, nearly all listed.
MIN_DISTINCT_SINGLE_NAMES = 12
MIN_FEW_SINGLE_KNOWN = 0.9


def few_people(
    sample: ValueSample,
    known: float,
    min_distinct: int = MIN_DISTINCT_FULL_NAMES,
    min_known: float = MIN_FEW_PEOPLE_KNOWN,
) -> bool:
    """A short list of people (a 24-row export's ``F10``: ``Christine HOLMES``): the few distinct values are
    listed names seen once or twice each (repeat customers), not a category of a few staff names repeated."""
    if sample.n_distinct < min_distinct or known < min_known:
        return False
    return float(sample.counts.mean()) <= MAX_ROWS_PER_PERSON
