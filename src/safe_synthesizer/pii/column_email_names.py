"""Name columns told by the e-mail addresses of the same rows: the address spells its owner's name.

Why: a small export (15-30 rows, customers coming back) holds too few distinct given names or surnames for the
values alone to decide (:data:`~safe_synthesizer.pii.column_sample.MIN_DISTINCT_WITHOUT_CUE`), and no list holds
all of a country's surnames (``HERTRAMPF``, ``TUITHOF``). People build their e-mail addresses from their names in
every country and script that writes addresses in Latin letters: ``ellen.scholz@``, ``ahertrampf@`` (initial and
surname), ``laurens_hoessterkman@`` (a double surname run together). When, row after row, the local part of the
same row's address holds the cell's name, the column names the people the addresses belong to. Category columns
of names do not follow the rows' addresses: a technician's first name, a brand carrying a surname (``Stanley``),
the depot's town or an employer are not spelled in each customer's own address, so they link in few rows.

Which part of a name a column holds follows where the address puts it: a given name opens the local part
(``ellen.scholz``, ``ellen_s``), a surname follows an initial or the given name (``ahertrampf``,
``ellen.scholz``); the name lists decide first when they lean clearly. A column of two or more words whose first
word (or its initial) opens the address and whose last word follows it is a full name (``Abbas Hertrampf`` beside
``ahertrampf@``); a double surname (``VAN SPREEUWEL-VAN LUINENBURG`` beside ``elif_vanspreeuwel...``) is not.

Example::

    email_linked_names(df, ["c002", "c004", "c005"], found={"c005": email_detection, ...})
    # {"c002": ColumnDetection(..., entity="first_name", method="values+email"), "c004": ... "last_name"}
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_contact_cells import is_missing_token, unwrap_cell
from safe_synthesizer.pii.column_detector import ColumnDetection, detection_of
from safe_synthesizer.pii.column_person_evidence import MIN_COMPANY_MARKERS
from safe_synthesizer.pii.column_sample import Score, _pct, sample_values
from safe_synthesizer.pii.cues import fold
from safe_synthesizer.pii.gazetteers import PARTICLES
from safe_synthesizer.pii.text_name_romanised_chinese import CHINESE_FAMILY_NAMES

# Rows compared (the first rows where both cells are filled): enough to judge, cheap on any table.
MAX_ROWS = 300
# A link needs a name word of at least this many letters (shorter words sit in unrelated addresses by chance).
MIN_WORD_LETTERS = 3
# Share of compared rows whose address holds the cell's name, and distinct linked names: some people's addresses
# are unrelated to their names (``dragonfan77@``, a partner's address), a category column links by chance only.
MIN_LINKED_ROWS = 0.4
MIN_LINKED_NAMES = 4
# Share of linked names that are listed towns above which the column is a town column linked by chance (people
# seldom put their town in an address; many surnames are towns, so some are allowed).
MAX_LINKED_TOWNS = 0.5
# Share of name-shaped cells (words of letters, at most four) a column needs to be read at all.
MIN_SHAPED = 0.9
# Single-word cells equal to the whole local part in this share of linked rows are handles, not names.
MAX_WHOLE_LOCAL = 0.8
# Share of several-word cells, and of linked rows spelled as a full name, that make a full-name column.
MIN_SEVERAL_WORDS = 0.5
MIN_FULL_ROWS = 0.5
# Lists lean clearly when the shares of listed given names and of listed surnames differ this much.
MIN_LIST_LEAN = 0.3

# Share of a column's linked names that are romanised Chinese family names for it to be the surnames.
MIN_CHINESE_FAMILY = 0.8
# Share of rows where a column holds the same name as a found name-part column for it to be that part.
MIN_SAME_CELLS = 0.5

# German and Scandinavian letters as addresses write them when not simply dropping the marks
# (``Döhn`` -> ``doehn``, ``Søren`` -> ``soeren``, ``Åse`` -> ``aase``). Faroese addresses drop the silent ``ð``
# (``Guðrun`` -> ``gurun``, ``Heðin`` -> ``hein``).
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "æ": "ae", "å": "aa"})
_NOT_LETTER = re.compile(r"[^a-z]")
# A couple written in one cell (``Katrin & Beinta Leo``): the join is no name word.
_COUPLE_JOINS = frozenset({"&", "+"})
# Letters of any alphabet, with the joins names take (``Hoes-Sterkman``, ``O'Neill``).
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*$")


def _letters(text: str) -> str:
    return _NOT_LETTER.sub("", fold(text))


def _forms(word: str) -> set[str]:
    """ASCII spellings of one name word an address may use (marks dropped, or spelled out)."""
    lower = word.lower()
    forms = (_letters(lower), _letters(lower.translate(_SPELLED_OUT)), _letters(lower.replace("ð", "")))
    return {f for f in forms if len(f) >= MIN_WORD_LETTERS}


def _name_words(cell: str) -> list[str] | None:
    """The name words of a cell (particles and a couple's ``&`` left out), or None when it is not one to four words
    of letters."""
    words = [w for w in cell.replace(",", " ").split() if w not in _COUPLE_JOINS]
    if not 1 <= len(words) <= 4 or len(cell) > 60 or not all(_NAME_WORD.match(w) for w in words):
        return None
    return [w for w in words if w.lower() not in PARTICLES] or words


def _local(cell: str) -> str:
    """The letters of an address's local part (``Ellen.Scholz87@web.de`` -> ``ellenscholz``), or ``""``."""
    local, at, _ = unwrap_cell(cell).partition("@")
    return _letters(local) if at else ""


def _find(word: str, local: str) -> int:
    """Where ``word`` (in any of its spellings) starts in ``local``, or -1."""
    return min((i for f in _forms(word) if (i := local.find(f)) >= 0), default=-1)


@dataclass
class _Links:
    """How one column's cells sit in the addresses of their rows."""

    rows: int = 0  # rows compared
    linked: int = 0  # rows whose address holds a name word of the cell
    opens: int = 0  # ... at the start of the local part
    follows: int = 0  # ... after an initial or another name
    whole: int = 0  # ... as the whole local part
    full: int = 0  # rows spelled as a full name (first word or its initial first, last word after)
    several: int = 0  # compared rows whose cell has two or more name words
    companies: int = 0  # compared rows whose cell carries a legal form (``Müller Bau GmbH``)
    names: frozenset[str] = frozenset()  # distinct linked cells, casefolded


def _full_spelling(words: list[str], local: str) -> bool:
    """The cell's first word (or its initial) opens ``local`` and its last word follows, or the other way round
    (``abbas.hertrampf``, ``ahertrampf``, ``hertrampf.abbas``)."""
    first, last = words[0], words[-1]
    at_last = _find(last, local)
    if at_last > 0 and (_find(first, local) == 0 or local[:at_last] == _letters(first)[:1]):
        return True
    return at_last == 0 and _find(first, local) > 0


def _links(cells: pd.Series, locals_: pd.Series, initials: list[bool]) -> _Links | None:
    """The links of one column's cells to the addresses of their rows, or None when it is no name column.

    ``initials``: per row, whether the address opens with one letter then another column's name
    (``pjennings``): a cell whose initial that letter is links there as a given name.
    """
    out = _Links()
    shaped = 0
    names: set[str] = set()
    for cell, local, initialled in zip(cells, locals_, initials, strict=True):
        if not local or not isinstance(cell, str) or is_missing_token(cell) or "@" in cell:
            continue
        out.rows += 1
        out.companies += V.has_company_marker(cell)
        words = _name_words(cell.strip())
        if words is None:
            continue
        shaped += 1
        out.several += len(words) >= 2
        found = [i for w in words if (i := _find(w, local)) >= 0]
        if not found and initialled and len(words) == 1 and _letters(words[0])[:1] == local[:1]:
            found = [0]
        if not found:
            continue
        out.linked += 1
        names.add(cell.strip().casefold())
        at = min(found)
        out.opens += at == 0
        out.follows += at > 0
        out.whole += len(words) == 1 and any(f == local for f in _forms(words[0]))
        out.full += len(words) >= 2 and _full_spelling(words, local)
    if not out.rows or shaped < MIN_SHAPED * out.rows:
        return None
    out.names = frozenset(names)
    return out


def _after_initial(cells: pd.Series, locals_: pd.Series) -> list[bool]:
    """Per row, whether the address is one letter then the cell's name (``pjennings`` beside ``Jennings``)."""
    out = []
    for cell, local in zip(cells, locals_, strict=True):
        words = _name_words(cell.strip()) if isinstance(cell, str) and local else None
        out.append(bool(words) and any(_find(w, local) == 1 for w in words))  # type: ignore[union-attr]
    return out


def _is_linked(links: _Links) -> bool:
    return (
        links.linked >= MIN_LINKED_ROWS * links.rows
        and len(links.names) >= MIN_LINKED_NAMES
        and links.whole < MAX_WHOLE_LOCAL * links.linked
        and links.companies < MIN_COMPANY_MARKERS * links.rows
        and sum(1 for n in links.names if V.is_listed_city(n)) <= MAX_LINKED_TOWNS * len(links.names)
    )


def _listed_kind(values: list[str]) -> str | None:
    """The kind of name the lists say, when they say it clearly.

    Romanised Chinese family names (``Lim``, ``Tay``, ``Chua``, ``Yeo``) are a closed set of syllables the lists
    hold few of; Singaporean and Malaysian addresses put them first as often as last (``tay.zhi@``, ``hao_lim@``),
    so a column of nearly only them is the surnames, wherever the addresses put them.
    """
    if sum(1 for v in values if v.casefold() in CHINESE_FAMILY_NAMES) >= MIN_CHINESE_FAMILY * len(values):
        return E.LAST_NAME
    first = sum(1 for v in values if V.first_name_known(v)) / len(values)
    last = sum(1 for v in values if V.last_name_known(v)) / len(values)
    if abs(first - last) >= MIN_LIST_LEAN:
        return E.FIRST_NAME if first > last else E.LAST_NAME
    return None


def _same_cells(cells: pd.Series, other: pd.Series) -> float:
    """Share of the rows with both cells filled where the two are the same name (case aside)."""
    a = cells.astype("string").str.strip().str.casefold()
    b = other.astype("string").str.strip().str.casefold()
    both = a.notna() & b.notna() & a.ne("") & b.ne("")
    return float((a[both] == b[both]).mean()) if both.any() else 0.0


def _known_kind(cells: pd.Series, parts: list[tuple[str, pd.Series]]) -> str | None:
    """The part a column holds by the name-part columns already told (``parts``: (kind, cells) of each).

    The same name in the same rows as a told column is that part (a buyer's surname beside the attendee's). A
    person has one given name and one surname: when the told parts are all of one kind and the column's cells
    are not theirs, it is the other part (``Thönnissen`` opens ``thonnissen.pascal@``, yet it is no given name).
    """
    for kind, other in parts:
        if _same_cells(cells, other) >= MIN_SAME_CELLS:
            return kind
    kinds = {kind for kind, _ in parts}
    if len(kinds) == 1:
        return E.LAST_NAME if E.FIRST_NAME in kinds else E.FIRST_NAME
    return None


def _kinds(linked: dict[str, _Links], head: pd.DataFrame, found: list[tuple[str, pd.Series]]) -> dict[str, str]:
    """Full name, given name or surname of each linked column (see the module).

    The lists decide first; then the name parts already told (``found`` columns and the listed ones,
    :func:`_known_kind`); then where the addresses put the name.
    """
    kinds: dict[str, str] = {}
    for column, links in linked.items():
        if links.several >= MIN_SEVERAL_WORDS * links.rows and links.full >= MIN_FULL_ROWS * links.linked:
            kinds[column] = E.NAME
        elif listed := _listed_kind(sorted(links.names)):
            kinds[column] = listed
    told = [*found, *((kinds[c], head[c]) for c in kinds if kinds[c] != E.NAME)]
    by_place = []
    for column, links in linked.items():
        if column in kinds:
            continue
        kind = _known_kind(head[column], told) if told else None
        if kind is None:
            by_place.append(column)
            kind = E.FIRST_NAME if links.opens > links.follows else E.LAST_NAME
        kinds[column] = kind
    # Two part columns told by place alone read as one kind: the one opening the addresses more often is the given
    # name.
    if len(by_place) == 2 and kinds[by_place[0]] == kinds[by_place[1]]:
        lean = {c: (linked[c].opens - linked[c].follows) / linked[c].linked for c in by_place}
        given = max(by_place, key=lambda c: lean[c])
        kinds.update({c: E.FIRST_NAME if c == given else E.LAST_NAME for c in by_place})
    return kinds


def email_linked_names(
    df: pd.DataFrame,
    columns: list[str],
    found: dict[str, ColumnDetection | None],
    *,
    sample_size: int = 500,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Name columns among the undecided ``columns`` whose cells the same rows' e-mail addresses spell."""
    emails = [c for c, d in found.items() if d is not None and d.entity == E.EMAIL and c in df.columns]
    todo = [
        c
        for c in columns
        if found.get(c) is None and c in df.columns and not pd.api.types.is_numeric_dtype(df[c].dtype)
    ]
    if not emails or not todo:
        return {}
    head = df.head(MAX_ROWS)
    locals_ = head[emails].astype("string").fillna("").apply(lambda row: max(map(_local, row), key=len), axis=1)
    # An initial opening the address links a given name only through a surname after it, in an undecided column
    # or one already read as names.
    people = [c for c, d in found.items() if d is not None and d.entity in (E.LAST_NAME, E.NAME) and c in df.columns]
    after = {c: _after_initial(head[c], locals_) for c in [*todo, *people]}
    linked: dict[str, _Links] = {}
    for column in todo:
        initials = [any(a[i] for o, a in after.items() if o != column) for i in range(len(head))]
        if (links := _links(head[column], locals_, initials)) is not None and _is_linked(links):
            linked[column] = links
    found_parts = [
        (d.entity, head[c])
        for c, d in found.items()
        if d is not None and d.entity in (E.FIRST_NAME, E.LAST_NAME) and c in df.columns
    ]
    out: dict[str, ColumnDetection] = {}
    for column, kind in _kinds(linked, head, found_parts).items():
        links = linked[column]
        share = links.linked / links.rows
        why = Score(share, True, f"{_pct(share)} of rows spelled in the same row's e-mail address")
        out[column] = detection_of(
            column, (0.9, kind, why, "values+email"), sample_values(df[column], sample_size, seed), ""
        )
    return out
