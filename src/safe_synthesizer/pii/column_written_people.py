"""Person columns of small registers, told by the ways counters and booking sheets write people.

Why: a tool library's ``Member``, a cattery's ``Emergency contact``, a car boot sale's ``Seller``, a bell tower's
``Ringer`` or a bowling centre's ``Lead booker`` hold people written as a desk writes them: ``Carol (Haynes)``,
``Carol H.``, ``Haynes, C.``, ``C.Haynes``, ``HAYNES/CAROL``, ``Mrs Haynes``, ``Haynes, Mrs Carol``, or a mix of
those with a bare ``HAYNES`` and a ``n/a``. The per-column rules read none of the bracketed or trailing-initial forms
and need 8-20 distinct names (or a header that says "name"); such registers have 10-40 rows, a few people coming
back, and headers that name a role (``Mitglied``, ``Adhérent``, ``Vendeur``) or nothing (``c001``). Every one of
their names was published as written.

A cell reads as one person when it is (``W`` a word of letters of any script; listed: in the name lists):

* ``paren``: ``Given (Family)``, the given name listed, the family name capitalised;
* ``given_initial``: ``Given F.``, the given name listed (a listed surname then an initial, ``Peterson A.``, too);
* ``comma``: ``Family, G.``, ``Family, Given`` or ``Family, Mrs Given`` with a listed part;
* ``initial_family``: ``C.Haynes``, ``C. Haynes``, ``Mrs D. Bembo`` (initials glued or spaced);
* ``slash``: ``HAYNES/CAROL`` (an airline's or a federation's way), a listed part;
* ``titled``: ``Mrs Haynes``, ``mevr. Winklaar``: the title is the evidence;
* ``full``: a listed full name in any case (``chloe quirk``);
* ``family``: a lone listed surname (``HAYNES``), counted only beside the structured forms above.

The column needs nearly all of its distinct filled cells (not-known words ``n/a``, ``TBC``, ``#VALUE!`` left out)
to read as people, half with listed evidence, a third in a structured form (so plain full names stay with the
per-column rules), few rows per person (a desk's few staff repeated are a category), and no towns or firms.
The look-alike vetoes of :mod:`detect_table` (pubs, cats, methods named after people) run after this pass.

Beside :func:`people_cells.read_people` (two readings of a cell, on purpose): that one reads a cell of one or more
people with what is said of them (relations, ages, phones in brackets or after commas) and leaves the names' forms
to the name lists; this one reads one person written in a desk's short forms and tells the form, which the
column's shares need. They disagree where the column decides: a bracket after a name is a note in a visitor list
(``Mia Berg (daughter)``) and the family name in a register (``Carol (Haynes)``); ``Haynes, C.`` is no name part
for :func:`read_people` (a lone letter is a label there: ``Group A``).

Example::

    written_people_columns(df, ["Member", "Tool"], {})
    # {"Member": ColumnDetection("Member", "name", ..., evidence="100% people as a desk writes them (...)")}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.cue_subjects import names_an_animal
from safe_synthesizer.pii.gazetteers import TITLES
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.person_cell_tokens import INITIALS, NAME_WORD, one_line, ordinary_word, title_word

# Rows read per column: registers are small; a long column is the per-column rules' to decide.
MAX_ROWS = 2000
# Distinct filled cells needed, and rows per distinct cell allowed (people come back once or twice; a desk's
# three volunteers fill every row).
MIN_DISTINCT = 3
MAX_ROWS_PER_PERSON = 3.0
# Shares of the distinct filled cells: read as a person, with listed evidence, in a structured form.
MIN_PERSON = 0.85
MIN_LISTED = 0.5
MIN_STRUCTURED = 0.3
# Shares that make the column something else: towns, firms, lone given names (a first-name column).
MAX_PLACES = 0.2
MAX_COMPANIES = 0.1
MAX_GIVEN_ONLY = 0.5
# Distinct cells read before the rest: a column most of whose first cells are no person is left at once.
_PROBE = 40

_W = NAME_WORD  # short, for the layouts below
_PAREN = re.compile(rf"^({_W}(?:[ \-]{_W})?)\s*\(\s*({_W}(?:[ \-]{_W}){{0,2}})\s*\)$")
_GIVEN_INITIAL = re.compile(rf"^({_W}(?:[ \-]{_W})?)\s+([^\W\d_])\.?$")
_COMMA = re.compile(rf"^({_W}(?:[ \-]{_W}){{0,2}}),\s*(?:({_W})\.?\s+)?({INITIALS}|{_W}(?: {_W})?)$")
_INITIAL_FAMILY = re.compile(rf"^(?:({_W})\.?\s+)?({INITIALS})\s*({_W}(?:[ \-]{_W})?)$")
_SLASH = re.compile(rf"^({_W}(?: {_W}){{0,2}})\s*/\s*({_W}(?: {_W}){{0,2}})(?:\s+(?:MR|MRS|MS|MISS|DR|MSTR))?$")
_TITLED = re.compile(rf"^({_W})\.?\s+({_W}(?:[ \-]{_W}){{0,2}})$")
_FAMILY = re.compile(rf"^{_W}$")
# Titles that stand before a family name (``Jr``, ``II`` and the like come after one).
_AFTER_TITLES = frozenset({"jr", "ii", "iii", "iv"})  # ``Sr.`` is the Iberian Mr, before a name
_BEFORE_TITLES = TITLES - _AFTER_TITLES
# The layouts a desk writes for a person and nothing else (counted as structured here and by column_person_grammar).
STRUCTURED_FORMS = frozenset({"paren", "given_initial", "comma", "initial_family", "slash", "titled"})


def _capitalised(words: str) -> bool:
    return all(w[:1].isupper() for w in re.split(r"[ \-]", words) if w)


def _plain_word(words: str) -> bool:
    """A word of a language, a street or a place (``Main``, ``Strike``, ``Paris``): no family name by its shape."""
    return any(ordinary_word(w.casefold()) for w in re.split(r"[ \-]", words) if w)


def _title(word: str) -> bool:
    return title_word(word, _BEFORE_TITLES)


def written_person(value: str) -> tuple[str, bool] | None:
    """(form, listed evidence) of a cell written as one person in a desk's way, else None (module docstring)."""
    text = one_line(value)
    lower = text.islower()
    if m := _PAREN.match(text):
        given, family = m.groups()
        if not ((_capitalised(family) and _capitalised(given)) or lower) or _title(given):
            return None
        listed = V.first_name_known(given) or V.last_name_known(family)
        return ("paren", listed) if listed or not _plain_word(family) else None
    if m := _SLASH.match(text):
        a, b = m.groups()
        if text.isupper() or lower:
            return "slash", V.last_name_known(a) or V.first_name_known(b) or V.first_name_known(a)
        return None
    if m := _COMMA.match(text):
        family, title, rest = m.groups()
        if title is not None and not _title(title):
            return None
        if not (_capitalised(family) or lower) or _title(family):
            return None
        if "." in rest:  # ``Haynes, C.``: the initials are the evidence unless the family word is a common one
            return None if _plain_word(family) and not V.last_name_known(family) else ("comma", True)
        return "comma", V.last_name_known(family) or V.first_name_known(rest) or title is not None
    if m := _INITIAL_FAMILY.match(text):
        title, _, family = m.groups()
        if title is not None and not _title(title):
            return None
        if not (_capitalised(family) or lower) or _title(family):
            return None
        if V.last_name_known(family) or title is not None:
            return "initial_family", True
        return None if _plain_word(family) else ("initial_family", True)  # ``N. Main``, ``St. Louis``: no one
    if m := _GIVEN_INITIAL.match(text):
        name, _ = m.groups()
        if not _capitalised(name) or _title(name):
            return None
        listed = V.first_name_known(name) or V.last_name_known(name)
        return ("given_initial", listed) if listed or not _plain_word(name) else None
    if (m := _TITLED.match(text)) and _title(m.group(1)) and (_capitalised(m.group(2)) or lower):
        return "titled", True
    if len(text.split()) >= 2 and V.full_name_known(text):
        return "full", True
    if _FAMILY.match(text) and V.last_name_known(text) and not V.first_name_known(text):
        return "family", True
    if _FAMILY.match(text) and V.first_name_known(text):
        return "given_only", True
    return None


def written_people_score(values: Sequence[str]) -> tuple[float, str] | None:
    """(share of the distinct cells read as people, evidence) when ``values`` (a column's filled cells, junk out)
    are people as a desk writes them, else None."""
    counts = Counter(values)
    distinct = list(counts)
    n = len(distinct)
    if n < MIN_DISTINCT or len(values) / n > MAX_ROWS_PER_PERSON:
        return None
    probe = distinct[:_PROBE]  # most columns are no people at all: a look at the first cells settles them
    if sum(1 for v in probe if written_person(v) is not None) < MIN_PERSON * len(probe) - 1:
        return None
    forms = [written_person(v) for v in distinct]
    by_form = Counter(f[0] for f in forms if f is not None)
    person = sum(1 for f in forms if f is not None and f[0] != "given_only") / n
    listed = sum(1 for f in forms if f is not None and f[1]) / n
    structured = sum(by_form[k] for k in STRUCTURED_FORMS) / n
    if person < MIN_PERSON or listed < MIN_LISTED or structured < MIN_STRUCTURED:
        return None
    if by_form["given_only"] / n >= MAX_GIVEN_ONLY:
        return None
    if sum(1 for v in distinct if V.has_place_marker(v) or V.is_listed_city(v)) / n >= MAX_PLACES:
        return None
    if sum(1 for v in distinct if V.has_company_marker(v)) / n >= MAX_COMPANIES:
        return None
    parts = ", ".join(f"{round(100 * c / n)}% {k}" for k, c in by_form.most_common())
    return person, f"{round(100 * person)}% people as a desk writes them ({parts}; {round(100 * listed)}% listed)"


def _filled(series: pd.Series) -> list[str]:
    cells = [one_line(v) for v in series.iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]
    junk = not_known_keys(list(dict.fromkeys(cells)), E.NAME)
    return [v for v in cells if v not in junk and any(ch.isalpha() for ch in v)]


def written_people_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Name columns among ``names`` not decided in ``found`` whose cells are people as a desk writes them."""
    out: dict[str, ColumnDetection] = {}
    for name, series in undecided_text_columns(df, names, found):
        if names_an_animal(name):
            continue
        values = _filled(series)
        if (scored := written_people_score(values)) is None:
            continue
        share, evidence = scored
        out[name] = ColumnDetection(name, E.NAME, round(share, 4), round(share, 4), "values+forms", len(values),
                                    None, evidence)  # fmt: skip
    return out
