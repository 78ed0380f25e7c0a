"""Full-name columns of name stocks no list holds, told by how their words recombine from row to row.

Why: a Bhutanese, Beninese, Tongan, Liberian or Mongolian register (``Tshering Dema``, ``Romaric Gbaguidi``,
``'Ana Lolohea``, ``Бат-Эрдэнэ Дорж``) holds names no Faker list has, so its full-name column was read as nothing,
or as towns beside a register number. A column of a category with two or three capitalised words (a ward, a shop, a
hospital, a product line) is a few fixed strings; a population's names are not: the same given words come back
with other family words and the same family words with other given words (``Tandin Dorji``, ``Tandin Tenzin``,
``Kinley Dorji``), one person per row or a visit per row. So in a table already shown to be about people (a name,
birth date, phone, e-mail, address or id column found), a column whose cells are two to four name words (any
script, any case, ``FAMILY, Given`` and ``G. Family`` too), most of whose cells share a word with another cell,
through several different shared words and no single hub word (``Hospital``, ``Street``, ``San``), with no towns,
streets, legal forms or common words, is a column of names.

Precision: a category repeats few values over many rows (staff on duty, a shop), so the column needs distinct cells
for :data:`MIN_DISTINCT_SHARE` of its filled rows; street and hospital names share one hub word; nationalities and
single-word categories fail the shape; products carry digits or lower-case words.

Example::

    recombined_name_columns(df, ["c003", "c004"], {"c005": det_of_birth_dates, "c003": None, "c004": None})
    # {"c004": ColumnDetection("c004", "name", 0.8, ..., "values+recombine", ...)}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_place_businesses import names_a_company, opens_or_closes_with_trade
from safe_synthesizer.pii.column_sample import ValueSample, sample_values
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.common_words import common_words
from safe_synthesizer.pii.gazetteers import PARTICLES, all_street_words

# Entities whose column shows that the table's rows are people.
PERSON_EVIDENCE = frozenset(
    {E.NAME, E.FIRST_NAME, E.LAST_NAME, E.DATE_OF_BIRTH, E.PHONE_NUMBER, E.EMAIL, E.ADDRESS, E.STREET_ADDRESS,
     E.NATIONAL_ID}
)  # fmt: skip
# A name word of any alphabet (``'Ana``, ``Fusitu'a``, ``Бат-Эрдэнэ``, ``HOUNGBÉDJI``); an initial (``P.``); a
# cell of initials only (``RA``, ``НҚ``: a signature, neither for nor against).
_WORD = re.compile(r"^['’ʻ]?[^\W\d_]+(?:['’ʼʻ\-][^\W\d_]+)*$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
_INITIALS = re.compile(r"^[^\W\d_]{2,3}$")
_HEAD = 40
# Shares of distinct cells: name-shaped at least (of the first cells, of the sample), initials only at most.
MIN_HEAD_SHAPED = 0.7
MAX_FIRM_SHARE = 0.2  # one firm-shaped value in five: a column of firms, not of people
MIN_SHAPED = 0.8
MAX_INITIALS = 0.25
# Distinct cells: at least this many, and per filled row (a visit per row still brings new people). A small table
# needs fewer when clerks wrote the same people in two ways (``Agnes Tamate``, ``TAMATE, Agnes``, ``agnes tamate``):
# a category is written one way.
MIN_DISTINCT = 8
MIN_DISTINCT_REWRITTEN = 5
MIN_REWRITTEN = 2
MIN_DISTINCT_SHARE = 0.3
# Recombination: share of multi-word cells with a word another cell has, distinct such shared words, and the share
# of cells the commonest word may be in (``Street``, ``Hospital``, ``San`` are one hub).
MIN_LINKED = 0.5
MIN_SHARED_WORDS = 2
MAX_TOP_WORD = 0.4
# Towns, street words and legal forms (share of cells), common words (share of distinct words): at most.
MAX_OTHER = 0.1
MAX_COMMON = 0.2


def name_cell(value: str) -> tuple[str, ...] | None:
    """The full name words of a person's name cell (case folded, particles and initials left out), else None.

    ``Tandin DORJI``, ``DORJI, Tandin``, ``dechen gyeltshen``, ``P. Lhamo`` and ``'Ana Lolohea`` are cells; words
    with digits, lower-case words in a capitalised cell (``bag of rice``), five words and more are not."""
    if value.count(",") > 1:
        return None
    tokens = value.replace(",", " ").split()
    if not 2 <= len(tokens) <= 4:
        return None
    lower_cell = value == value.lower()
    words: list[str] = []
    for token in tokens:
        if _INITIAL.match(token):
            continue
        if not _WORD.match(token):
            return None
        folded = token.casefold()
        if folded in PARTICLES:
            continue
        core = token.lstrip("'’ʻ")
        if core[:1].islower() and not lower_cell:
            return None
        words.append(folded)
    return tuple(words) if words else None


def _initials(value: str) -> bool:
    return bool(_INITIALS.match(value)) and value.isupper()


def _table_has_people(found: Mapping[str, ColumnDetection | None]) -> bool:
    return any(d is not None and d.entity in PERSON_EVIDENCE for d in found.values())


def recombination(units: Sequence[tuple[str, ...]]) -> tuple[float, int, float]:
    """(share of multi-word units with a word another unit has, distinct shared words, commonest word's share)."""
    sets = list(dict.fromkeys(frozenset(u) for u in units))
    per_word = Counter(w for s in sets for w in s)
    multi = [s for s in sets if len(s) >= 2]
    if not multi:
        return 0.0, 0, 1.0
    linked = sum(1 for s in multi if any(per_word[w] >= 2 for w in s)) / len(multi)
    shared = sum(1 for n in per_word.values() if n >= 2)
    top = per_word.most_common(1)[0][1] / len(sets)
    return linked, shared, top


def recombined_names(sample: ValueSample) -> str | None:
    """Why ``sample``'s values are a column of a population's full names (see the module), or None."""
    values = sample.values
    if len(values) < MIN_DISTINCT_REWRITTEN:
        return None
    rows = float(sample.counts.sum())
    if sample.n_distinct < MIN_DISTINCT_SHARE * rows:
        return None
    initials = sum(map(_initials, values))
    if initials > MAX_INITIALS * len(values):
        return None
    units = [u for v in values if not _initials(v) and (u := name_cell(v)) is not None]
    if len(units) < MIN_SHAPED * (len(values) - initials):
        return None
    people = Counter(map(frozenset, units))
    rewritten = sum(1 for n in people.values() if n >= 2)
    if len(people) < (MIN_DISTINCT_REWRITTEN if rewritten >= MIN_REWRITTEN else MIN_DISTINCT):
        return None
    linked, shared, top = recombination(units)
    if linked < MIN_LINKED or shared < MIN_SHARED_WORDS or top > MAX_TOP_WORD:
        return None
    words = {w for u in units for w in u}
    common = common_words()
    if sum(w in common for w in words) > MAX_COMMON * len(words):
        return None
    street_words = all_street_words()
    other = sample.share(
        lambda v: V.has_company_marker(v) or V.is_listed_city(v) or any(w.lower() in street_words for w in v.split())
    )
    if other > MAX_OTHER:
        return None
    return (
        f"{len(units)} name cells of two to four words recombining: {linked:.0%} share a word with another cell, "
        f"{shared} shared words, the commonest in {top:.0%}"
    )


def recombined_name_columns(
    df: pd.DataFrame,
    columns: Sequence[str],
    found: Mapping[str, ColumnDetection | None],
    *,
    sample_size: int = 500,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``columns`` that hold a population's full names, in a table about people."""
    if not _table_has_people(found):
        return {}
    out: dict[str, ColumnDetection] = {}
    for column, series in undecided_text_columns(df, columns, found):
        # Most columns are no names: the first cells spare counting a long column's values.
        head = [v.strip() for v in series.dropna().head(_HEAD * 2) if isinstance(v, str) and v.strip()][:_HEAD]
        if not head or sum(1 for v in head if _initials(v) or name_cell(v)) < MIN_HEAD_SHAPED * len(head):
            continue
        # Firms named after their trade and a street or a family recombine too (Apotheke Lindenweg, Metzgerei Uferdamm).
        if names_a_company(column) or sum(map(opens_or_closes_with_trade, head)) >= MAX_FIRM_SHARE * len(head):
            continue
        sample = sample_values(series, sample_size, seed)
        if (why := recombined_names(sample)) is None:
            continue
        out[column] = ColumnDetection(column, E.NAME, 0.8, 0.8, "values+recombine", sample.n_distinct, None, why)
    return out
