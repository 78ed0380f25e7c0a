"""Name columns told by the words they share: a given-name or surname column whose words make up a full-name column.

Why: a Serbian, Mongolian, Kazakh, Angolan or Singaporean export (``Снежана``, ``Стојановић``, ``Вук Стојановић``)
has names no Faker list holds, so neither column is listed names and, with its name hidden, each stayed unplanned.
Yet people's tables write one population of names several times: the client's given name and surname in two
columns, an emergency contact or case worker as a full name in a third. The full-name column's cells are two to
four name words, nearly one per row, whose words come again and again from the part columns' words; no category
does that (a product ``Gemma chair 3`` has digits and lower-case words, a firm ``Puig SL`` repeats its legal form
in every cell, pets and towns share few words with people). So:

* a *whole* column: nearly unique cells of two to four capitalised words (any script; particles allowed), its
  most frequent word in few cells, no digits, towns, streets or legal forms;
* a *part* column: varied cells of one to three such words, fewer words per cell than the whole column, half or
  more of its distinct words found among the whole column's words;
* two whole columns whose cells open with the same given names and close with the same family names (a
  client and an emergency contact) are both columns of names, with no part column beside them;
* a whole column with a part column is a column of names (``name``); the part is a given name or a surname, told
  by (in order) the case it is written in (surnames in capitals, ``Цэцэг МӨНХ``), the lists, its partner
  column's order (given name first), then where its words stand in the whole names.

Example::

    vocab_names(df, ["c001", "c002", "c003"], found={...})
    # {"c001": ColumnDetection(entity="first_name", method="values+vocab"), "c002": ...last_name, "c003": ...name}
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection, detection_of
from safe_synthesizer.pii.column_sample import Score, ValueSample, _pct, sample_values
from safe_synthesizer.pii.gazetteers import PARTICLES, all_street_words
from safe_synthesizer.pii.script_surnames import cyrillic_surname_shaped, lexicon_family_known

# A name word of any alphabet, capitalised or of a script without case (``Стојановић``, ``O'Neill``, ``المهيري``,
# ``Бат-Эрдэнэ``), or a lower-case particle (``van``, ``du``, ``bin``).
_WORD = re.compile(r"^[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*$")
_LINKS = PARTICLES | {"bin", "binti", "bte", "bt", "al", "el", "a/l", "a/p", "s/o", "d/o"}
_HEAD = 40  # first cells looked at before a column's values are counted
# Whole column: distinct cells per row, most frequent word's share of cells, cells in shape.
MIN_WHOLE_DISTINCT = 8
MIN_WHOLE_UNIQUE = 0.7
MAX_TOP_WORD = 0.4
MIN_SHAPED = 0.9
# Part column: distinct values, share of rows, share of its distinct words among the whole column's words,
# and how many fewer words per cell than the whole column it holds.
MIN_PART_DISTINCT = 6
MIN_PART_UNIQUE = 0.25
MIN_PART_IN_WHOLE = 0.5
MIN_FEWER_WORDS = 0.7
# Share of whole cells that carry a part column's word: the columns write the same people (a 24-row export
# shows about half of a country's frequent given names, so a third of the full names carry one of them).
MIN_WHOLE_LINKED = 0.3
# Part kinds: share of cells ending as family names do that makes a lone part column surnames, and the gap in
# such shares (or in the lists' lean) between two part columns that tells them apart.
MIN_SHAPED_SURNAMES = 0.6
MIN_KIND_GAP = 0.3
# Two full-name columns: share of one's cells that open (close) with the other's opening (closing) words, and
# the share of words found at both ends of the cells above which the words are one vocabulary.
MIN_TWIN_ENDS = 0.35
MAX_TWIN_MIXED = 0.2
# Towns, streets and legal forms: shares of cells above which a column is no names. Surnames are often towns
# or street words (Catalan ``Vila``, ``Riera``, ``Font``): a part column may hold more of them, its shared words
# being the evidence.
MAX_OTHER = 0.1
MAX_PART_OTHER = 0.35


def _words(value: str) -> list[str] | None:
    """Name words of ``value`` (None when a word is not one: digits, a lower-case common word)."""
    words = value.replace(",", " ").split()
    if not 1 <= len(words) <= 4:
        return None
    for word in words:
        if not _WORD.match(word):
            return None
        if word[0].islower() and word.lower() not in _LINKS and not value.islower():
            return None
    return words


@dataclass(frozen=True)
class _Column:
    name: str
    index: int
    sample: ValueSample
    cells: list[list[str]]  # name words of each sampled distinct value that has them
    mean_words: float
    vocab: frozenset[str]  # casefolded words (particles left out)
    upper: float  # share of cells written all in capitals (in a script with case)
    other: float  # share of cells that are towns, carry a street word or a legal form

    @property
    def rows(self) -> float:
        return float(self.sample.counts.sum()) if len(self.sample.counts) else 0.0


def _profile(df: pd.DataFrame, column: str, index: int, sample_size: int, seed: int) -> _Column | None:
    series = df[column]
    if pd.api.types.is_numeric_dtype(series.dtype):
        return None
    # Most columns are no names: a look at the first cells spares counting a long column's values.
    head = [str(v).strip() for v in series.dropna().head(_HEAD)]
    if not head or sum(1 for v in head if _words(v) is not None) < MIN_SHAPED * len(head) - 1:
        return None
    sample = sample_values(series, sample_size, seed)
    if sample.n_distinct < MIN_PART_DISTINCT:
        return None
    cells = [w for v in sample.values if (w := _words(v)) is not None]
    if len(cells) < MIN_SHAPED * len(sample.values):
        return None
    street_words = all_street_words()
    other = sample.share(
        lambda v: V.has_company_marker(v) or V.is_listed_city(v) or any(w.lower() in street_words for w in v.split())
    )
    if other > MAX_PART_OTHER:
        return None
    vocab = frozenset(w.casefold() for ws in cells for w in ws if w.lower() not in _LINKS)
    cased = [ws for ws in cells if any(ch.isalpha() and ch.upper() != ch.lower() for ch in "".join(ws))]
    upper = sum(1 for ws in cased if all(w.isupper() for w in ws)) / len(cased) if cased else 0.0
    mean = sum(len(ws) for ws in cells) / len(cells)
    return _Column(column, index, sample, cells, mean, vocab, upper, other)


def _is_whole(col: _Column) -> bool:
    if col.other > MAX_OTHER:
        return False
    if col.sample.n_distinct < MIN_WHOLE_DISTINCT or col.sample.n_distinct < MIN_WHOLE_UNIQUE * col.rows:
        return False
    if sum(1 for ws in col.cells if len(ws) >= 2) < MIN_SHAPED * len(col.cells):
        return False
    per_cell = Counter(w for ws in col.cells for w in {x.casefold() for x in ws if x.lower() not in _LINKS})
    return bool(per_cell) and per_cell.most_common(1)[0][1] <= MAX_TOP_WORD * len(col.cells)


def _is_part_of(part: _Column, wholes: list[_Column]) -> bool:
    """``part`` holds fewer words per cell than each of ``wholes``, and their cells share its words."""
    if part.sample.n_distinct < max(MIN_PART_DISTINCT, MIN_PART_UNIQUE * part.rows) or not part.vocab:
        return False
    if not wholes or any(part.mean_words > w.mean_words - MIN_FEWER_WORDS for w in wholes):
        return False
    if len(part.vocab & frozenset().union(*(w.vocab for w in wholes))) < MIN_PART_IN_WHOLE * len(part.vocab):
        return False
    linked = sum(1 for w in wholes for ws in w.cells if any(x.casefold() in part.vocab for x in ws))
    return linked >= MIN_WHOLE_LINKED * sum(len(w.cells) for w in wholes)


def _shaped(part: _Column) -> float:
    """Share of cells that end as only family names do (``Јовановић``, ``Серікбаев``, ``Երկանյան``)."""
    return part.sample.share(lambda v: cyrillic_surname_shaped(v.split()[-1]) or lexicon_family_known(v))


def _lean(part: _Column) -> float:
    """How much more the lists read the cells as given names than as family names."""
    return part.sample.share(V.first_name_known) - part.sample.share(V.last_name_known)


def _part_kinds(parts: list[_Column], links: dict[str, list[_Column]], decided: dict[str, str]) -> dict[str, str]:
    """Given name or family name of each part column.

    Beside another part column (the nearest), in order: surnames in capitals; surnames by their ending; the
    other's decided kind; which of the two the lists lean to as given names; then the column order (exports
    put the given name first far more often than full names do). Alone: capitals, ending, the lists, then
    where its words stand in the full names.
    """
    kinds = dict(decided)
    for part in parts:
        if part.name in kinds:
            continue
        others = [p for p in parts if p is not part]
        caps = _capitals_kind(part, links[part.name])
        if not others:
            shaped = E.LAST_NAME if _shaped(part) >= MIN_SHAPED_SURNAMES else None
            kinds[part.name] = caps or shaped or _listed_kind(part) or _position_kind(part, links[part.name])
            continue
        other = min(others, key=lambda p: abs(p.index - part.index))
        if caps is not None:
            kinds[part.name] = caps
        elif _capitals_kind(other, links[other.name]) is not None:
            kinds[part.name] = E.FIRST_NAME
        elif abs(gap := _shaped(part) - _shaped(other)) >= MIN_KIND_GAP:
            kinds[part.name] = E.LAST_NAME if gap > 0 else E.FIRST_NAME
        elif other.name in decided:
            kinds[part.name] = E.LAST_NAME if decided[other.name] == E.FIRST_NAME else E.FIRST_NAME
        elif abs(lean := _lean(part) - _lean(other)) >= MIN_KIND_GAP:
            kinds[part.name] = E.FIRST_NAME if lean > 0 else E.LAST_NAME
        else:
            kinds[part.name] = E.FIRST_NAME if part.index < other.index else E.LAST_NAME
    return kinds


def _listed_kind(part: _Column) -> str | None:
    """The kind the lists say, when they say it clearly."""
    first = part.sample.share(V.first_name_known)
    last = part.sample.share(V.last_name_known)
    if abs(first - last) >= 0.3:
        return E.FIRST_NAME if first > last else E.LAST_NAME
    return None


def _position_kind(part: _Column, wholes: list[_Column]) -> str:
    """Given name when its words open the whole names more often than they close them."""
    opens = closes = 0
    for whole in wholes:
        for ws in whole.cells:
            words = [w.casefold() for w in ws if w.lower() not in _LINKS]
            if len(words) >= 2:
                opens += words[0] in part.vocab
                closes += words[-1] in part.vocab
    return E.FIRST_NAME if opens >= closes else E.LAST_NAME


def _capitals_kind(part: _Column, wholes: list[_Column]) -> str | None:
    """Surnames written in capitals (``Цэцэг МӨНХ``, ``Manuel LOURENÇO``) while given names are not."""
    if part.upper >= 0.8:
        return E.LAST_NAME
    capital = mixed = 0
    for whole in wholes:
        for ws in whole.cells:
            if any(w.isupper() and len(w) > 1 for w in ws) and not all(w.isupper() for w in ws):
                mixed += 1
                capital += any(w.isupper() and len(w) > 1 and w.casefold() in part.vocab for w in ws)
    if mixed >= 0.5 * sum(len(w.cells) for w in wholes) and capital >= 0.5 * mixed:
        return E.LAST_NAME
    return None


def vocab_names(
    df: pd.DataFrame,
    columns: list[str],
    found: dict[str, ColumnDetection | None],
    *,
    sample_size: int = 500,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Full-name columns and their given-name and surname columns among the undecided ``columns`` (see the module)."""
    # Columns already read as names of people lend their words too (an Arabic full-name column the script
    # checks found, beside its given-name column); only undecided columns are planned here.
    people = {c for c, d in found.items() if d is not None and d.entity in (E.NAME, E.FIRST_NAME, E.LAST_NAME)}
    profiles = [
        p
        for i, c in enumerate(columns)
        if (found.get(c) is None or c in people) and (p := _profile(df, c, i, sample_size, seed)) is not None
    ]
    wholes = [p for p in profiles if _is_whole(p)]
    if not wholes:
        return {}
    links: dict[str, list[_Column]] = {}
    for part in profiles:
        of = [w for w in wholes if w is not part and part.mean_words <= w.mean_words - MIN_FEWER_WORDS]
        if _is_part_of(part, of):
            links[part.name] = of
    if not links:
        return _twin_wholes(wholes, people)
    parts = [p for p in profiles if p.name in links]
    kinds = _part_kinds(parts, links, {c: found[c].entity for c in people})  # type: ignore[union-attr]
    out: dict[str, ColumnDetection] = {}
    used = {w.name for ws in links.values() for w in ws}
    for whole in wholes:
        if whole.name in used and whole.name not in links and whole.name not in people:
            n = len(whole.cells)
            linked = sum(1 for ws in whole.cells if any(w.casefold() in p.vocab for p in parts for w in ws))
            why = f"{_pct(linked / n)} of cells share words with given-name or surname columns beside it"
            out[whole.name] = _detection(whole, E.NAME, why)
    for part in parts:
        if part.name in out or part.name in people:
            continue
        share = len(part.vocab & frozenset().union(*(w.vocab for w in links[part.name]))) / len(part.vocab)
        why = f"{_pct(share)} of its words make up the full names of {', '.join(w.name for w in links[part.name])}"
        out[part.name] = _detection(part, kinds[part.name], why)
    return out


def _ends(col: _Column) -> tuple[frozenset[str], frozenset[str]]:
    """(first words, last words) of a whole column's cells, casefolded, particles left out."""
    firsts, lasts = set(), set()
    for ws in col.cells:
        words = [w.casefold() for w in ws if w.lower() not in _LINKS]
        if len(words) >= 2:
            firsts.add(words[0])
            lasts.add(words[-1])
    return frozenset(firsts), frozenset(lasts)


def _end_share(col: _Column, index: int, words: frozenset[str]) -> float:
    cells = [[w.casefold() for w in ws if w.lower() not in _LINKS] for ws in col.cells]
    cells = [c for c in cells if len(c) >= 2]
    return sum(1 for c in cells if c[index] in words) / len(cells) if cells else 0.0


def _twins(a: _Column, b: _Column) -> bool:
    """Two full-name columns of one population: ``a``'s opening words open ``b``'s cells and its closing words
    close them (or, written in the other order, the other way round)."""
    a_first, a_last = _ends(a)
    b_first, b_last = _ends(b)
    if min(len(a_first), len(a_last), len(b_first), len(b_last)) < MIN_PART_DISTINCT:
        return False
    straight = min(_end_share(b, 0, a_first), _end_share(b, -1, a_last), _end_share(a, 0, b_first))
    swapped = min(_end_share(b, -1, a_first), _end_share(b, 0, a_last), _end_share(a, -1, b_first))
    # The ends must not be one vocabulary (``Anna Maria``: given names at both ends).
    mixed = len(a_first & a_last) + len(b_first & b_last)
    return max(straight, swapped) >= MIN_TWIN_ENDS and mixed <= MAX_TWIN_MIXED * (len(a_first) + len(b_first))


def _twin_wholes(wholes: list[_Column], people: set[str]) -> dict[str, ColumnDetection]:
    """Two or more full-name columns that share their given names and family names (a client and an emergency
    contact, a patient and a next of kin), with no part column beside them."""
    out: dict[str, ColumnDetection] = {}
    for a in wholes:
        for b in wholes:
            if a is b or a.name in people or a.name in out or not _twins(a, b):
                continue
            why = f"opens and closes its cells with the given and family names of {b.name}"
            out[a.name] = _detection(a, E.NAME, why)
    return out


def _detection(col: _Column, entity: str, why: str) -> ColumnDetection:
    return detection_of(col.name, (0.9, entity, Score(0.9, True, why), "values+vocab"), col.sample, "")
