"""Name columns whose cells mix person forms, told by the cells agreeing with each other across forms.

Why: a register writes one column's people in several forms at once (``Barry [Curry]``, ``barry_curry58``,
``bcurry``, ``Curry, B. (Barry)``; ``Blom A``, ``Ashley [Blom]``; ``Tehei Tetuanui``, ``tehei.tetuanui``), and each
earlier pass read only some of the forms and wanted names from the lists for the rest (set 44: 62 dense name columns
missed shown, the largest gap). This pass reads every cell in whatever person form it has
(:func:`person_any_form.read_person_form`) and asks for two things no word list gives:

* nearly every distinct filled cell reads as people (junk out; :data:`MIN_PERSON`), in two or more forms;
* SELF-CONSISTENCY: the same name words come back in cells of a different form (a given name in brackets, then in
  a handle, then inverted). A handle counts as a person only when its letters split wholly into name words the
  column's other cells hold (``hbinsyafiqhassan`` = ``H BIN SYAFIQ HASSAN``), or, run by run, into listed names.
  Unlisted names (``Tetuanui``, ``Xayavong``) count through this agreement; without it the name lists must know
  :data:`MIN_LISTED` of the cells and the cells must be in a person's layout.

Categories and brands do not do this: a brand or a class repeats whole values in one form, and a word in most
cells (``Larry Ville``, ``Joel Ville``) is a category's. Ordinary words, towns and firm markers keep their caps.
The look-alike vetoes of :mod:`detect_table` (products, pubs, breeds named after people) run after this pass.

Example::

    mixed_form_people_columns(df, ["Singer", "Score"], {})
    # {"Singer": ColumnDetection("Singer", "name", ..., method="values+mixed_form_people")}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_person_grammar import MAX_ROWS, MIN_DISTINCT, MIN_LISTED, MIN_PERSON, MIN_STRUCTURED
from safe_synthesizer.pii.handle_reader import read_handle
from safe_synthesizer.pii.person_any_form import PersonForm, fold_word, handle_runs, read_person_form
from safe_synthesizer.pii.person_cell_grammar import LINKS, plain_word
from safe_synthesizer.pii.person_column_prologue import open_person_cells, person_text_columns

__all__ = ["judge_mixed_forms", "mixed_form_people_columns", "mixed_form_people_score", "split_handle"]

# Shares of the distinct cells (junk out): agreeing with a cell of another form, handles at most (the column's
# other forms must carry it), lone words, ordinary words, towns, firms; a form counts with this many cells.
MIN_AGREEING = 0.4
MAX_HANDLES = 0.7
MAX_LONE = 0.4
MAX_PLAIN = 0.15
MAX_PLACES = 0.25
MAX_COMPANIES = 0.1
MAX_JUNK = 0.34
MAX_WORD_SHARE = 0.5
MIN_FORM_CELLS = 2
_LINK_WORDS = frozenset(fold_word(w) for w in LINKS if len(w) > 1)
_LONGEST_WORD = 24
_FIRST_LOOK = 200
# The forms of cells the slot reader reads as written and handles: one of them alone is the earlier passes' column.
_AS_WRITTEN = frozenset({"pair", "initialled", "capitals", "dressed", "plain", "handle"})
_DRESS = frozenset({"inverted", "bracketed", "maiden", "ranked"})
_BARE = frozenset({"plain", "capitals", "handle"})


def split_handle(
    run: str, vocabulary: frozenset[str], *, initial: bool, listed: bool = False
) -> tuple[str, ...] | None:
    """``run`` (a handle's letter run) split wholly into words of ``vocabulary`` and particles, the fewest words;
    with ``initial`` a first single letter may stand for a given name; with ``listed`` words of three letters or
    more the name lists know count too. None when no split covers it.

    >>> split_handle("hbinsyafiqhassan", frozenset({"syafiq", "hassan"}), initial=True)
    ('h', 'bin', 'syafiq', 'hassan')
    """
    return _split(run, vocabulary, initial, listed)


@lru_cache(maxsize=65536)
def _listed_word(word: str) -> bool:
    return V.first_name_known(word) or V.last_name_known(word)


@lru_cache(maxsize=16384)
def _split(run: str, vocabulary: frozenset[str], initial: bool, listed: bool) -> tuple[str, ...] | None:
    n = len(run)
    # best[i]: the fewest words covering run[:i] (None: not covered).
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    if initial and n > 1:
        best[1] = (run[0],)
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 2, min(n, i + _LONGEST_WORD) + 1):
            word = run[i:j]
            if word in vocabulary or word in _LINK_WORDS or (listed and j - i >= 3 and _listed_word(word)):
                cand = (*best[i], word)
                if best[j] is None or len(cand) < len(best[j]):
                    best[j] = cand
    words = best[n]
    if not words or all(w in _LINK_WORDS or len(w) == 1 for w in words):
        return None
    return words


def _junk(value: str) -> bool:
    """No letters, wholly in brackets or symbols (``[empty]``, ``<none>``, ``~``), or a short lower-case note that
    is no handle (``left blank``)."""
    letters = [ch for ch in value if ch.isalpha()]
    if not letters:
        return True
    if value[:1] in "([<{-~*?#" and (value[:1] in "-~*?#" or value[-1:] in ")]>}"):
        return True
    return value.islower() and handle_runs(value) is None and len(value.split()) <= 3


def _vocabulary(forms: Sequence[PersonForm]) -> frozenset[str]:
    """The folded name words of the column's cells not handles, and the hyphenated names' parts."""
    words: set[str] = set()
    for f in forms:
        if f.form == "handle":
            continue
        for name in f.names:
            folded = fold_word(name)
            if len(folded) > 1:
                words.add(folded)
            words |= {fold_word(p) for p in name.replace("’", "'").replace("'", "-").split("-") if len(p) > 1}
    return frozenset(words)


def _read_handle(form: PersonForm, vocabulary: frozenset[str], *, lists: bool = True) -> tuple[PersonForm | None, bool]:
    """A handle read as a person, and whether by the column's own words (then it agrees with them).

    In order: its runs split wholly by the column's words; by the column's words and the name lists with two name
    words or more (``rodrigo.esquibelcervantes``); or two or three runs joined by a separator, no ordinary word
    among them, one of them listed or the column's (``tadasy.nakasone``: ``given.family`` is a login's layout).
    Lower-case list matches are weak alone, so the column's other forms must be people
    (:func:`judge_mixed_forms`)."""
    runs = form.names
    for listed in (False, True) if lists else (False,):
        split: list[str] = []
        for k, run in enumerate(runs):
            words = _split(run, vocabulary, k == 0, listed)
            if words is None:
                break
            split.extend(words)
        else:
            names = tuple(w for w in split if len(w) > 1 and w not in _LINK_WORDS)
            from_list = any(w not in vocabulary for w in names)
            if from_list and len(names) < 2:
                continue
            initials = sum(len(w) == 1 for w in split)
            return PersonForm("handle", names, initials, 1, from_list, False, True), not from_list
    # Handles the run split does not read (a trailing initial after digits, glued particles, one unlisted run beside
    # the column's word): the handle reader, by the column's words or two long listed names.
    reading = read_handle(".".join(runs), vocabulary)
    if reading is not None and (reading.by_table or (lists and reading.by_lists)):
        initials = sum(p.source == "initial" for p in reading.pieces)
        return PersonForm("handle", reading.names, initials, 1, not reading.by_table, False, True), reading.by_table
    if lists and 2 <= len(runs) <= 3 and all(len(r) > 2 and not plain_word(r) for r in runs):
        listed = any(r in vocabulary or _listed_word(r) for r in runs)
        return PersonForm("handle", runs, 0, 1, listed, False, True), False
    return None, False


def _read_handles(first: Sequence[PersonForm | None]) -> tuple[list[PersonForm | None], frozenset[str]]:
    """The cells with their handles read: by the words of the cells not handles, then once more with the words of
    the handles read so far (``kimberley.swan`` lends ``swan`` to ``kswan``)."""
    vocabulary = _vocabulary([f for f in first if f is not None and f.form != "handle"])
    out: list[PersonForm | None] = [None if f is not None and f.form == "handle" else f for f in first]
    for lists in (True, False):
        for k, f in enumerate(first):
            if f is None or f.form != "handle" or out[k] is not None:
                continue
            read, _ = _read_handle(f, vocabulary, lists=lists)
            out[k] = read
        vocabulary = vocabulary | {w for f in out if f is not None and f.form == "handle" for w in f.names}
    return out, vocabulary


def _lone(form: PersonForm) -> bool:
    """One name word alone, written as is: the weakest reading."""
    return form.people == 1 and len(form.names) == 1 and not form.initials and form.form in _BARE


def mixed_form_people_score(values: Sequence[str]) -> tuple[float, str] | None:
    """(share of distinct cells read as people, evidence) when ``values`` (a column's filled cells) are people in
    mixed forms (module docstring), else None.

    >>> mixed_form_people_score(["Barry [Curry]", "barry_curry58", "Blom A", "Ashley [Blom]", "bcurry",
    ...                          "Curry, A. (Ashley)", "ablom", "Tehei Tetuanui", "tehei.tetuanui"])[0]
    1.0
    """
    scored, _ = judge_mixed_forms(values)
    return scored


def judge_mixed_forms(values: Sequence[str]) -> tuple[tuple[float, str] | None, str]:
    """:func:`mixed_form_people_score` with the reason of a refusal (for measuring scripts; no cell values)."""
    distinct = list(dict.fromkeys(values))
    # A category of a few values over many rows is refused as "few".
    opening = open_person_cells(
        values, min_distinct=MIN_DISTINCT, set_aside=_junk, max_junk=MAX_JUNK, too_few="junk", category="few"
    )
    if opening.verdict is not None:
        return opening.verdict
    kept = opening.kept
    # A first look at a long column's first cells: a column of things is told in a tenth of the reading.
    head = kept[:_FIRST_LOOK]
    if len(kept) > _FIRST_LOOK and sum(read_person_form(v) is not None for v in head) < MIN_PERSON * 0.8 * len(head):
        return None, "person (first look)"
    first = [read_person_form(v) for v in kept]
    read, _ = _read_handles(first)
    forms = [f for f in read if f is not None]
    # One lower-case word no name splits (``pending``, ``declined``): junk, not an unread person.
    words_alone = sum(f is not None and f.form == "handle" and len(f.names) == 1 and r is None
                      for f, r in zip(first, read, strict=True))  # fmt: skip
    n = len(kept) - words_alone
    if n < MIN_DISTINCT or n < (1 - MAX_JUNK) * len(distinct):
        return None, "junk words"
    if len(forms) / n < MIN_PERSON:
        return None, f"person {len(forms) / n:.2f}"
    by_form = Counter(f.form for f in forms)
    # Over the rows, not the distinct cells: a login carries a counter (``barry_curry58``), a name form repeats.
    if by_form["handle"] > MAX_HANDLES * n and sum(handle_runs(v) is not None for v in values) > MAX_HANDLES * len(
        values
    ):
        return None, "handles"
    # Mixed: two forms of two cells or more; else one form of a register's dress the slot reader does not read
    # (``Given [Family]``, ``Family, G. (Given)``) must carry the column, with the lists' word.
    mixed = sum(c >= MIN_FORM_CELLS for c in by_form.values()) >= 2
    main = by_form.most_common(1)[0][0]
    if not mixed and main in _AS_WRITTEN:
        return None, "one form"
    words = [frozenset(fold_word(w) for w in f.names if len(w) > 1) for f in forms]
    word_forms = _word_forms(forms, words)
    if sum(_plain(f, word_forms) for f in forms) > MAX_PLAIN * n:
        return None, "plain"
    if sum(map(_lone, forms)) > MAX_LONE * n:
        return None, "lone"
    if sum(V.has_company_marker(v) for v in kept) > MAX_COMPANIES * n or _place_share(forms) > MAX_PLACES:
        return None, "firms or places"
    counts = Counter(w for ws in words for w in ws if w not in _LINK_WORDS)
    agreeing = _agreeing(forms, words, word_forms, frozenset()) / n
    # One word in most cells is a category's (``Larry Ville``, ``Joel Ville``, ``Ville [Nord]``) unless the cells
    # agree across forms without it too (a family's register: its given names come back as well).
    throughout = frozenset(w for w, c in counts.items() if c > MAX_WORD_SHARE * n)
    if throughout and _agreeing(forms, words, word_forms, throughout) < MIN_AGREEING * n:
        return None, "one word throughout"
    listed = sum(f.listed for f in forms) / n
    structured = sum(f.structured for f in forms) / n
    # Without agreement, the lists' word counts only for a register's dress or logins of listed names (a cattery's
    # ``Mr Darcy``, ``Percy & Mabel``, ``Dolly Parton`` and a town list's ``West Bay`` are listed words written as is).
    dress = sum(f.form in _DRESS or (f.form == "handle" and f.listed) for f in forms) / n  # logins of listed names
    weak = listed < MIN_LISTED or structured < MIN_STRUCTURED or dress < MIN_STRUCTURED
    if (agreeing < MIN_AGREEING or not mixed) and weak:
        return None, f"evidence agree {agreeing:.2f} listed {listed:.2f} mixed {mixed}"
    share = len(forms) / n
    shown = ", ".join(f"{k} {v}" for k, v in sorted(by_form.items()))
    return (
        share,
        (
            f"{round(100 * share)}% of {n} distinct cells people in {len(by_form)} forms ({shown}); "
            f"{round(100 * agreeing)}% agree across forms, {round(100 * listed)}% listed"
        ),
    ), "people"


def _word_forms(forms: Sequence[PersonForm], words: Sequence[frozenset[str]]) -> dict[str, set[str]]:
    """Per folded name word, the forms of the cells holding it."""
    by_word: dict[str, set[str]] = {}
    for f, ws in zip(forms, words, strict=True):
        for w in ws:
            by_word.setdefault(w, set()).add(f.form)
    return by_word


def _agreeing(
    forms: Sequence[PersonForm],
    words: Sequence[frozenset[str]],
    word_forms: Mapping[str, set[str]],
    leave_out: frozenset[str],
) -> int:
    """Cells sharing a name word (not in ``leave_out``) with a cell of another form."""
    return sum(any(word_forms[w] - {f.form} for w in ws - leave_out) for f, ws in zip(forms, words, strict=True))


def _plain(form: PersonForm, word_forms: Mapping[str, set[str]]) -> bool:
    """The cell holds an unlisted ordinary word (street, town, day) the column does not write in two person forms
    (``Lemi M``, ``Lemi, M. (Mabior)``: a family name that is also a word elsewhere)."""
    if not form.plain:
        return False
    return any(plain_word(w) and not _listed_word(w) and len(word_forms.get(fold_word(w), ())) < 2 for w in form.names)


def _place_share(forms: Sequence[PersonForm]) -> float:
    """Share of the cells whose every name word is a listed town and none a listed name (a route, a fixture)."""
    towns = sum(bool(f.names) and not f.listed and all(V.is_listed_city(w) for w in f.names) for f in forms)
    return towns / len(forms) if forms else 0.0


def mixed_form_people_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Name columns among ``names`` not decided in ``found`` whose cells are people in mixed forms that agree with
    each other (module docstring); dense columns only (more than half the rows filled)."""
    out: dict[str, ColumnDetection] = {}
    for name, values in person_text_columns(df, names, found).items():
        if len(values) <= 0.5 * min(len(df), MAX_ROWS):
            continue
        if (scored := mixed_form_people_score(values)) is not None:
            share, evidence = scored
            out[name] = ColumnDetection(name, E.NAME, round(share, 4), round(share, 4), "values+mixed_form_people",
                                        len(values), None, evidence)  # fmt: skip
    return out
