"""A given-name column and a family-name column of a local stock no list holds, and which of the two is which.

Why: a Sesotho, Shona or Swazi register (``Mothibeli`` / ``Rethabile``, ``Mpofu`` / ``Tatenda``), or a small
Hungarian one of ten rows, writes each person's family and given names in two columns of single words. The split-name
pass (:mod:`column_name_pairs`) needs both sides mostly listed, and the sparse given-name pass reads whichever column
it meets first as given names (a surname column became ``first_name`` and the real given names stayed). What tells
such a pair is the table itself: both columns are single capitalised name words, most of them words of the table's
other person columns (an emergency contact ``Tinashe Dube (Mother) 0771...``: one population) or listed names, and
they stand together (next to each other, or one column apart). Which is which comes from how the words are used:

- where the table's full names place them: a given name opens ``Tinashe Dube``, a family name closes it (or opens
  ``DUBE, Tinashe``);
- exports write family names in capitals (``MPOFU``), given names seldom;
- listed given names against listed family names, where the lists know some;
- how values repeat: a family name is shared by the rows of one household (the same parent phone or contact), a
  given name across households.

Example::

    stock_name_pairs(df, ["c000", "c001", "c002", "c003"], found)
    # {"c001": ColumnDetection(..., "last_name", ...), "c002": ColumnDetection(..., "first_name", ...)}
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_name_recombine import name_cell
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.name_venue_words import has_venue_word

MAX_ROWS = 500
# Share of the filled cells that must be one capitalised name word, distinct values each column needs.
MIN_SINGLE_WORDS = 0.9
MIN_DISTINCT = 4
# Distinct values per filled cell at least: people repeat (a member graded three times, a family's siblings), a
# category (a race, a relationship, a shift) repeats a few levels over thousands of rows.
MIN_DISTINCT_PER_CELL = 0.25
# Share of a column's distinct values that must be listed names or words of the table's person columns (both
# columns together, and each alone), unless a name header or a decided partner speaks for it.
MIN_NAME_WORDS = 0.6
MIN_NAME_WORDS_EACH = 0.4
MAX_TOWNS = 0.2
# Share of a column's distinct values that may be plain words of the vocabulary no name list holds.
MAX_PLAIN_WORDS = 0.5
# A column between the pair: filled on this share of rows at most, or this many words per cell at least.
MAX_FILLED_BETWEEN = 0.2
MIN_NOTE_WORDS = 4
# How far the words' use must contradict a decided partner's kind before the open side is not given the other kind.
MIN_CONTRARY_LEAN = 0.5
# A person's given and family names are filled together: a column filled on under this share of its partner's rows
# is an extra name for some persons (a married or maiden name, a nickname), no half of the pair.
MIN_PARTNER_FILL = 0.5
_PERSON = (E.NAME, E.FIRST_NAME, E.LAST_NAME)
_NAME_CUES = frozenset(_PERSON)
_WORD = re.compile(r"[^\W\d_]+(?:['’ʻ-][^\W\d_]+)*")
_CUT = re.compile(r"[(\d+/;|]")


def _single(value: str) -> bool:
    """One name word: capitalised or all capitals (or of a script without case), no digit."""
    word = value.strip()
    return (
        bool(word)
        and " " not in word
        and word[:1].isalpha()
        and not word[:1].islower()
        and V.is_name_shaped_any_case(word)
    )


def _positions(df: pd.DataFrame, skip: set[str]) -> tuple[set[str], set[str]]:
    """(given-name words, family-name words) of the table's full-name cells in any other column: ``Given Family``
    (or ``Family Given`` where the table writes family names first, :func:`_family_first`), ``FAMILY, Given``, each
    cell read up to its first bracket or digit (``Tinashe Dube (Mother) 0771...``); a cell whose head is no name (a
    sentence, a product) gives nothing. The person columns are read whether or not a check decided them yet (a
    contact column is found after this pass)."""
    given: set[str] = set()
    family: set[str] = set()
    ordered: list[tuple[str, str]] = []
    for column in df.columns:
        dtype = df[column].dtype
        if column in skip or not (pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)):
            continue
        for value in df[column].iloc[:MAX_ROWS].to_numpy():
            if not isinstance(value, str):
                continue
            head = _CUT.split(value, maxsplit=1)[0].strip()
            if not head or name_cell(head) is None:
                continue
            if "," in head:
                last, _, first = head.partition(",")
                family.update(w.casefold() for w in _WORD.findall(last)[-1:])
                given.update(w.casefold() for w in _WORD.findall(first)[:1])
                continue
            words = [w for w in _WORD.findall(head) if not w[:1].islower()]
            if len(words) >= 2:
                ordered.append((words[0].casefold(), words[-1].casefold()))
    family_first = _family_first(ordered)
    for opening, closing in ordered:
        given.add(closing if family_first else opening)
        family.add(opening if family_first else closing)
    return given, family


def _reads(opening: str, closing: str) -> int:
    """+1 when the lists say ``opening closing`` is family name first, -1 given name first, 0 when they cannot."""
    only_family = [V.last_name_known(w) and not V.first_name_known(w) for w in (opening, closing)]
    only_given = [V.first_name_known(w) and not V.last_name_known(w) for w in (opening, closing)]
    if (only_family[0] or only_given[1]) and not (only_given[0] or only_family[1]):
        return 1
    if (only_given[0] or only_family[1]) and not (only_family[0] or only_given[1]):
        return -1
    return 0


def _family_first(ordered: Sequence[tuple[str, str]]) -> bool:
    """The table writes full names family name first (Vietnamese ``Trần Bảo``, Hungarian ``Horváth Bence``): more of
    its cells whose words the lists tell apart read so than given name first. A family name shared by many people
    (``Nguyễn``, ``Hoàng``) opens the cells there, so where the words fall must follow the lists' side first."""
    votes = sum(_reads(a, b) for a, b in dict.fromkeys(ordered))
    return votes > 0


def _household_columns(df: pd.DataFrame, skip: set[str]) -> list[str]:
    """Columns that may tell a household: text with digits in most cells (a parent's phone, a contact's line)."""
    out = []
    for column in df.columns:
        if column in skip:
            continue
        values = df[column].iloc[:MAX_ROWS].dropna().astype(str).str.strip()
        values = values[values != ""]
        if len(values) >= 4 and values.str.contains(r"\d{4}").mean() >= 0.7 and values.nunique() >= 0.3 * len(values):
            out.append(column)
    return out


def _shared_household(df: pd.DataFrame, column: str, partner: str, households: Sequence[str]) -> float:
    """Share of this column's repeated values whose rows of different persons (another partner value) share a
    household value (a parent's phone, a contact): siblings share a family name, not a given name."""
    if not households:
        return 0.0
    frame = df.iloc[:MAX_ROWS]
    values = frame[column].astype("string").str.strip().str.casefold()
    partners = frame[partner].astype("string").str.strip().str.casefold()
    shared = total = 0
    for _, rows in frame.groupby(values, sort=False):
        persons = rows.loc[~partners.loc[rows.index].duplicated()]
        if len(persons) < 2:
            continue
        total += 1
        shared += any(persons[h].astype(str).str.strip().replace("", pd.NA).dropna().duplicated().any()
                      for h in households)  # fmt: skip
    return shared / total if total else 0.0


def _given_lean(
    df: pd.DataFrame, column: str, partner: str, given: set[str], family: set[str], households: Sequence[str]
) -> tuple[float, list[str]]:
    """How much ``column`` reads as given names rather than family names (positive: given), with the reasons."""
    values = [v.strip() for v in df[column].iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]
    distinct = list(dict.fromkeys(v.casefold() for v in values))
    n = len(distinct)
    placed = (sum(v in given for v in distinct) - sum(v in family for v in distinct)) / n
    listed = (sum(V.first_name_known(v) for v in distinct) - sum(V.last_name_known(v) for v in distinct)) / n
    caps = sum(v.isupper() and len(v) > 1 for v in values) / len(values)
    house = _shared_household(df, column, partner, households)
    lean = placed + 0.5 * listed - 2.0 * caps - house
    why = [f"{placed:+.2f} placed", f"{listed:+.2f} listed", f"{caps:.2f} capitals", f"{house:.2f} households"]
    return lean, why


def _candidate(df: pd.DataFrame, column: str) -> list[str] | None:
    """The distinct values (case folded) of a text column of single name words, else None."""
    series = df[column].iloc[:MAX_ROWS]
    if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
        return None
    values = [v.strip() for v in series.to_numpy() if isinstance(v, str) and v.strip()]
    if len(values) < 2 * MIN_DISTINCT or sum(map(_single, values)) < MIN_SINGLE_WORDS * len(values):
        return None
    distinct = list(dict.fromkeys(v.casefold() for v in values if _single(v)))
    if len(distinct) < max(MIN_DISTINCT, MIN_DISTINCT_PER_CELL * len(values)) or any(map(has_venue_word, distinct)):
        return None
    if sum(V.is_listed_city(v) or V.has_company_marker(v) for v in distinct) > MAX_TOWNS * len(distinct):
        return None
    if sum(_plain_word(v) for v in distinct) > MAX_PLAIN_WORDS * len(distinct):
        return None  # trades, shifts, colours: ``Welding``, ``Plumbing``, ``Catering``
    return distinct


def _filled(df: pd.DataFrame, column: str) -> int:
    """Cells of ``column`` holding some text (of the rows read)."""
    return sum(isinstance(v, str) and bool(v.strip()) for v in df[column].iloc[:MAX_ROWS].to_numpy())


def _plain_word(word: str) -> bool:
    """A word of the language's vocabulary that no name list holds."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    plain = word in english_vocabulary() or word in common_words()
    return plain and not (V.first_name_known(word) or V.last_name_known(word))


def _loose_between(df: pd.DataFrame, columns: Sequence[str]) -> bool:
    """The columns between a pair are notes a tool put anywhere: sentences (four words or more on average) or
    nearly empty. A field of the record (a reference, a date) between them parts two unrelated columns."""
    for column in columns:
        values = [v for v in df[column].iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]
        if len(values) <= MAX_FILLED_BETWEEN * len(df.iloc[:MAX_ROWS]):
            continue
        if sum(len(v.split()) for v in values) < MIN_NOTE_WORDS * len(values):
            return False
    return True


def _name_share(distinct: list[str], population: set[str]) -> float:
    return sum(v in population or V.first_name_known(v) or V.last_name_known(v) for v in distinct) / len(distinct)


def stock_name_pairs(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Given-name and family-name columns standing together (at most one column apart), neither decided as anything
    but a name part, in a table whose other person columns are found or under name headers."""
    people = [c for c in columns if (d := found.get(c)) is not None and d.entity == E.NAME and c in df.columns]
    open_ = [c for c in columns if c in df.columns and (found.get(c) is None or found[c].entity in _PERSON[1:])]
    cands = {c: d for c in open_ if (d := _candidate(df, c)) is not None}
    if len(cands) < 2:
        return {}
    given, family = _positions(df, set(cands))
    population = given | family
    order = {c: i for i, c in enumerate(columns)}
    out: dict[str, ColumnDetection] = {}
    ranked = sorted(cands, key=order.__getitem__)
    for a, b in itertools.pairwise(ranked):
        if order[b] - order[a] > 2 or a in out or b in out:
            continue
        if not _loose_between(df, [c for c in columns[order[a] + 1 : order[b]] if c in df.columns]):
            continue
        da, db = found.get(a), found.get(b)
        if da is not None and db is not None:
            continue
        fill_a, fill_b = _filled(df, a), _filled(df, b)
        if min(fill_a, fill_b) < MIN_PARTNER_FILL * max(fill_a, fill_b):
            continue
        cued = all(cue_hints(c) & _NAME_CUES for c in (a, b))
        shares = (_name_share(cands[a], population), _name_share(cands[b], population))
        named = min(shares) >= MIN_NAME_WORDS_EACH and sum(shares) / 2 >= MIN_NAME_WORDS
        if not (cued or named or ((da or db) is not None and max(shares) >= MIN_NAME_WORDS)):
            continue
        households = _household_columns(df, {a, b, *people})
        lean_a, why_a = _given_lean(df, a, b, given, family, households)
        lean_b, why_b = _given_lean(df, b, a, given, family, households)
        if da is not None or db is not None:
            decided, other = (a, b) if da is not None else (b, a)
            kind = found[decided].entity
            opposite = E.LAST_NAME if kind == E.FIRST_NAME else E.FIRST_NAME
            lean = {a: lean_a, b: lean_b}
            # Mixed lists call a Kenyan family name (``Chebet``) a given name too: when the words' use says the
            # decided side is the other kind by a clear margin, the open side keeps the kind its own use says.
            gap = lean[other] - lean[decided] if kind == E.LAST_NAME else lean[decided] - lean[other]
            if gap <= -MIN_CONTRARY_LEAN:
                opposite = kind
            kinds = {decided: kind, other: opposite}
        elif abs(lean_a - lean_b) < 1e-9:
            continue  # nothing tells which is which
        else:
            first = a if lean_a > lean_b else b
            kinds = {first: E.FIRST_NAME, (b if first == a else a): E.LAST_NAME}
        for column, why in ((a, why_a), (b, why_b)):
            if found.get(column) is not None:
                continue
            share = shares[0] if column == a else shares[1]
            evidence = (
                f"single name words beside a column of the other name part, {share:.0%} listed or the table's own "
                f"name words; given-name lean {', '.join(why)}"
            )
            out[column] = ColumnDetection(column, kinds[column], 0.8, share, "values+stock-pair", len(cands[column]),
                                          None, evidence)  # fmt: skip
    return out
