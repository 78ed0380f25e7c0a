"""Names in the airline/ferry reservation (PNR) layout: ``SURNAME/GIVEN TITLE``, found from values and faked so.

Why: booking systems (IATA reservations, ferry and rail manifests, boarding passes) write a passenger as
``HOLLOWAY/FRANCES MRS``: surname, a slash, the given names, an optional title (``MR``, ``MRS``, ``MS``, ``MISS``,
``MSTR``, ``DR``, ``CHD``, ``INF``), sometimes glued to the given name (``HOLLOWAY/FRANCESMRS``). The slash glues the
words into one token, so the name checks (words of letters) see no name at all, with the header shown or hidden.
The layout itself is the evidence once the words are names: a column of such cells where most carry a title or a
listed surname or given name is a name column. Route pairs (``LHR/JFK``), currency pairs (``EUR/USD``) and
``Yes/No`` levels have no title and list no person. The fake keeps the layout (capitals, slash, title) and maps
surname and given names through the same token fakes as the table's other name columns, so one person keeps one
fake.

Example::

    split_pnr("HOLLOWAY/FRANCES MRS")  # PnrName(surname='HOLLOWAY', given='FRANCES', title='MRS', glue=' ')
    pnr_name_columns(df, ["c011"], found={})  # {"c011": ColumnDetection(..., "name", method="values+pnr")}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_undecided import undecided_text_columns

# Titles a reservation writes after the given names; the first five are also written glued to them.
_TITLES = ("MRS", "MR", "MS", "MISS", "MSTR", "MX", "DR", "PROF", "REV", "CHD", "INF", "SIR", "LADY")
_GLUED = ("MRS", "MR", "MS", "MISS", "MSTR")
_WORD = r"[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*"
_PNR = re.compile(
    rf"^\s*(?P<surname>{_WORD}(?: {_WORD})*)\s?/\s?(?P<given>{_WORD}(?: {_WORD})*?)"
    rf"(?:\s(?P<title>{'|'.join(_TITLES)})\.?)?\s*$",
    re.IGNORECASE,
)
# Rows read per column, distinct cells needed, and the shares that make a column of PNR names.
MAX_ROWS = 500
MIN_DISTINCT = 3
MIN_LAYOUT = 0.8
MIN_EVIDENCE = 0.5


@dataclass(frozen=True)
class PnrName:
    """One cell's parts: ``SURNAME`` / ``GIVEN`` then ``glue`` (``" "`` or ``""``) and ``title`` (may be empty)."""

    surname: str
    given: str
    title: str
    glue: str
    slash: str = "/"

    def join(self, surname: str, given: str) -> str:
        """The cell rebuilt with other surname and given names, in the original's layout."""
        tail = f"{self.glue}{self.title}" if self.title else ""
        return f"{surname}{self.slash}{given}{tail}"


def split_pnr(value: object) -> PnrName | None:
    """The PNR parts of ``value``, or ``None`` when it is not written ``SURNAME/GIVEN [TITLE]``.

    Lower- and mixed-case cells count only with a title (``Holloway/Frances Mrs``), unless the surname is in capitals
    (``WEBER/Klaus``, a coach operator's rooming list); a title glued to the given
    name counts only when the given name without it is still a name of two letters or more, and in capitals.
    """
    if not isinstance(value, str) or "/" not in value or len(value) > 80:
        return None
    m = _PNR.match(value)
    if m is None:
        return None
    surname, given = m.group("surname"), m.group("given")
    title, glue = m.group("title") or "", " " if m.group("title") else ""
    capitals = value == value.upper()
    if not title and capitals:
        title = _glued_title(given)
        given = given[: len(given) - len(title)]
    cased = capitals or surname.isupper()  # WEBER/Klaus: the surname in capitals, the given names as written
    if ((not cased or len(given) < 2) and not title) or len(surname) < 2:
        return None  # ``N/A``; ``SMITH/J MR`` keeps its initial
    slash = value[m.end("surname") : m.start("given")]
    return PnrName(surname, given, title.upper() if capitals else title, glue, slash)


def _glued_title(given: str) -> str:
    """The reservation title glued to the end of the given names (``JAMESMR``: ``MR``), or ``""``.

    ``ALEXANDR`` is no ``ALEXAN`` + ``DR`` (only the forms of :data:`_GLUED` are written glued), and a word that is
    a listed given name as it stands (``TOMMS`` is not; ``WILLIAMS`` is a surname) keeps its letters.
    """
    last = given.rsplit(" ", 1)[-1]
    for title in sorted(_GLUED, key=len, reverse=True):
        stem = last[: len(last) - len(title)]
        if last.endswith(title) and len(stem) >= 2 and not V.first_name_known(last):
            return title
    return ""


def _named(parts: PnrName) -> bool:
    return bool(parts.title) or V.last_name_known(parts.surname) or V.first_name_known(parts.given)


def pnr_name_columns(df: pd.DataFrame, names: Sequence[str], found: Mapping[str, object]) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``names`` whose distinct cells are mostly PNR names with a title or a listed name.

    ``found`` maps the columns decided already (any value other than ``None``): they are skipped.
    """
    out: dict[str, ColumnDetection] = {}
    for column, series in undecided_text_columns(df, names, found):
        distinct = list(
            islice(dict.fromkeys(v for v in series.to_numpy() if isinstance(v, str) and v.strip()), MAX_ROWS)
        )
        if len(distinct) < MIN_DISTINCT:
            continue
        parts = [p for p in map(split_pnr, distinct) if p is not None]
        layout = len(parts) / len(distinct)
        if layout < MIN_LAYOUT:
            continue
        named = sum(map(_named, parts)) / len(distinct)
        if named < MIN_EVIDENCE:
            continue
        evidence = f"{layout:.0%} of {len(distinct)} distinct cells SURNAME/GIVEN [TITLE], {named:.0%} titled or listed"
        out[column] = ColumnDetection(
            column, E.NAME, 0.9, round(layout, 4), "values+pnr", len(distinct), None, evidence
        )
    return out


def pnr_fakes(originals: Sequence[str], tokens: Callable[[str, list[str]], dict[str, str]]) -> dict[str, str]:
    """Fakes of the PNR-written ``originals`` (others are left out of the result), in their layout.

    ``tokens(entity, values)`` is the name fakes' token mapper (``NameFakes.tokens`` with the locale bound): the
    surname goes through the last-name map, the given names through the first-name map, so the fake agrees with
    the same person's ``Surname`` and ``Forename`` columns.
    """
    split = {v: p for v in dict.fromkeys(originals) if (p := split_pnr(v)) is not None}
    if not split:
        return {}
    lasts = tokens(E.LAST_NAME, [p.surname for p in split.values()])
    firsts = tokens(E.FIRST_NAME, [p.given for p in split.values()])
    out = {}
    for v, p in split.items():
        surname = _mapped(p.surname, lasts)
        given = _mapped(p.given, firsts)
        surname = surname.upper() if p.surname.isupper() else surname
        given = given.upper() if p.given.isupper() else given
        out[v] = p.join(surname, given)
    return out


_SPLIT = re.compile(r"([\s\-]+)")


def _mapped(value: str, mapping: Mapping[str, str]) -> str:
    """``value`` with each word replaced by its fake (whole value first: the token mapper may key either)."""
    if value in mapping:
        return mapping[value]
    return "".join(mapping.get(t, t) if i % 2 == 0 else t for i, t in enumerate(_SPLIT.split(value)))
