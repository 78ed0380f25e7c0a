"""Mostly empty and junk-filled columns, read over their filled, non-junk cells: people, phones, e-mails, ids.

Why: a swarm contact, who found the animal, a keyholder, an emergency contact or phone is filled in a few rows of a
small register; the rest is empty or junk (``(none given)``, ``no data``, ``s/ info``, ``0000``, a form's missing-cell
word in the table's language). Every check took its shares over all rows and wanted a count of cells or every cell
in one form, so a column of six cells in four person forms (``Irmtraut Krebs (née Smith)``, ``Aloisia [Naser]``,
``Montalbán Pujol, M. (Martina)``, ``jennifer_arens89``) or a phone column with three junk words among five numbers
was published as written (set 44: 29 of 91 person-column misses shown, more hidden, and hidden phone, e-mail and
id columns filled at 20-60 %).

The pass reads a column not decided yet whose fill rate is under :data:`MAX_THIN_FILL` or that holds junk
(:mod:`thin_column_cells`), over its filled, non-junk cells only, and weighs the evidence by its strength:

* phones, e-mails, checksummed ids and cued birth dates: the per-column detector
  (:func:`column_detector.detect_column`) re-run on those cells alone, with the column's own name: its shares are
  then over cells that hold something. Two distinct cells are needed, one under a header that cues the entity.
* people: each distinct cell read in whatever person form it has (:func:`person_any_form.read_person_form`); a
  login handle counts when its letter runs split into the name words of the column's other cells or the table's
  people (:func:`column_mixed_form_people.split_handle`). A cell reads STRONG when it has a person's structure
  (two people, initials, brackets opened, an inversion, a maiden name, a rank) or shares a name word with the
  table's people, or when its two or more words are all known names; a lone word is weak. Cells that are no person
  (a number, an e-mail, a place, a firm, an ordinary word) count against, lone lower-case words not read are set
  aside. Under a header that names a person (a role, an agent ``Found by`` / ``Gefunden von`` / ``Trouvé par`` /
  ``Encontrado por``, a ``-holder``), one strong cell is enough when nothing contradicts it; without, two distinct
  cells and half of them strong.

The look-alike vetoes of :mod:`detect_table` (products, pubs, breeds, works named after people) run after this pass.

Example::

    thin_column_findings(df, ["Found by", "Notes"], found)
    # {"Found by": ColumnDetection("Found by", "name", ..., method="values+thin_column")}
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection, detect_column
from safe_synthesizer.pii.column_mixed_form_people import split_handle
from safe_synthesizer.pii.column_role_headers import names_a_person_role
from safe_synthesizer.pii.column_undecided import is_text_series
from safe_synthesizer.pii.cue_subjects import names_an_animal
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.person_any_form import PersonForm, fold_word, handle_runs, read_person_form
from safe_synthesizer.pii.thin_column_cells import ThinView, thin_view

__all__ = ["person_header", "thin_column_findings", "thin_people_score"]

# A column is thin under this fill rate (or when it holds junk).
MAX_THIN_FILL = 0.6
# More distinct cells than this are a dense column's (read by the other passes).
MAX_DISTINCT = 60
# A few values over many rows are a category or the staff on duty, not a few people.
MAX_ROWS_PER_VALUE = 4.0
# Cells of more words than this are remarks or notes, not a person.
MAX_WORDS = 6
# Without a person header: distinct people needed and the share of them reading strong.
MIN_PEOPLE_WITHOUT_CUE = 2
MIN_STRONG_WITHOUT_CUE = 0.5
# Share of the read cells that may contradict a person (a number, a place); lone words allowed.
MAX_AGAINST = 0.15
MAX_LONE = 0.5
# Entities the re-read over filled cells may give: those whose cells speak for themselves.
_SELF_SPEAKING = frozenset({E.EMAIL, E.PHONE_NUMBER, E.NATIONAL_ID, E.CREDIT_DEBIT_CARD, E.IBAN})
_PERSON_ENTITIES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# The agent's word after a participle, last in a header (``Found by``, ``Gefunden von``, ``Trouvé par``,
# ``Encontrado por``, ``Trovato da``, ``Gevonden door``, ``Fundet af``, ``Hittad av``, ``Znaleziony przez``).
_AGENT_WORDS = frozenset({"by", "von", "durch", "par", "por", "da", "door", "af", "av", "przez", "od", "pelo", "pela"})
# Heads of a compound naming who holds or answers for a thing (``Keyholder``, ``Sleutelhouder``, ``Détenteur des
# clés``, ``Schlüsselinhaber``, ``Titular``, ``Responsável``).
_HOLDER_HEADS = ("holder", "houder", "inhaber", "detenteur", "titular", "titolare", "responsavel", "haver")
_WORD = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d")


def _header_words(name: str) -> list[str]:
    bare = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(ch for ch in bare if not unicodedata.combining(ch))
    return _WORD.findall(bare)


def person_header(name: str) -> bool:
    """The header names a person: a person cue or role, an agent word after a participle, a holder's head.

    >>> person_header("Gefunden von"), person_header("Keyholder"), person_header("Paid"), person_header("c004")
    (True, True, False, False)
    """
    if cue_hints(name) & _PERSON_ENTITIES or names_a_person_role(name):
        return True
    words = [w for w in _header_words(name) if w not in {"th", "c"}]
    if len(words) >= 2 and words[-1] in _AGENT_WORDS and len(words[-2]) > 3:
        return True
    return any(w.endswith(_HOLDER_HEADS) for w in words)


def _vocabulary(forms: Sequence[PersonForm | None]) -> frozenset[str]:
    words: set[str] = set()
    for f in forms:
        if f is None or f.form == "handle":
            continue
        for name in f.names:
            words |= {fold_word(p) for p in re.split(r"[-'’\s]", name) if len(p) > 1}
            if len(folded := fold_word(name)) > 1:
                words.add(folded)
    return frozenset(words)


def _handle_vouched(form: PersonForm, vocabulary: frozenset[str], cued: bool) -> bool:
    """A handle whose runs split wholly into the given words (a first single letter standing for a given name), one
    run at least on a word of ``vocabulary`` itself; under a person header also two or more known name words
    (``jennifer_arens89``)."""
    own = False
    words = 0
    for k, run in enumerate(form.names):
        if (split := split_handle(run, vocabulary, initial=k == 0)) is not None:
            own = True
        elif (split := split_handle(run, vocabulary, initial=k == 0, listed=True)) is None:
            return False
        words += sum(len(w) > 1 for w in split)
    return own or (cued and words >= 2)


def _recurring(forms: Sequence[PersonForm | None]) -> set[str]:
    """Name words of two or more of the column's distinct cells (``Ruby [Scotty]``, ``Isabella Scotty``): the same
    people written again; a word in three or more cells, most of them, is a category's (``Larry Ville``, ``Joel
    Ville``)."""
    counts: dict[str, int] = {}
    read = [f for f in forms if f is not None and f.form != "handle"]
    for f in read:
        for w in {fold_word(n) for n in f.names if len(n) > 2}:
            counts[w] = counts.get(w, 0) + 1
    return {w for w, c in counts.items() if c > 1 and not (c >= 3 and c > 0.5 * len(read))}


def _against(value: str) -> bool:
    """A cell that is something other than a person: digits (but a login's counter), an e-mail, a place, a firm, too
    many words."""
    return (
        "@" in value
        or (bool(_DIGITS.search(value)) and handle_runs(value) is None)
        or len(value.split()) > MAX_WORDS
        or V.has_place_marker(value)
        or V.has_company_marker(value)
        or V.is_listed_city(value)
    )


MIN_OPENED_CELLS = 8
MAX_OPENER_SHARE = 0.3


def _category_openers(distinct: Sequence[str]) -> bool:
    """The cells open with a few words no given-name list holds (``Apotheke Uferdamm``, ``Autohaus Lindenweg``,
    ``Friseur Rosenplatz``: trades before a street): firms or things of a few kinds, not people."""
    firsts = [v.split()[0].casefold() for v in distinct if len(v.split()) >= 2]
    if len(firsts) < MIN_OPENED_CELLS:
        return False
    counts = Counter(firsts)
    if len(counts) > MAX_OPENER_SHARE * len(firsts):
        return False
    return sum(c for w, c in counts.items() if not V.first_name_known(w.title())) >= 0.5 * len(firsts)


def thin_people_score(
    distinct: Sequence[str], table_words: frozenset[str] = frozenset(), *, cued: bool = False
) -> tuple[float, str] | None:
    """(share of the cells read as people, evidence) when ``distinct`` (a thin column's distinct filled, non-junk
    cells) are people (module docstring), else None. ``table_words``: the folded name words of the table's person
    columns; ``cued``: the header names a person.

    >>> thin_people_score(["Irmtraut Krebs (née Smith)", "Aloisia [Naser]"], cued=True)[0]
    1.0
    >>> thin_people_score(["Mixed", "Plain"]) is None
    True
    """
    if _category_openers(distinct):
        return None
    forms = [None if _against(v) else read_person_form(v) for v in distinct]
    vocabulary = _vocabulary(forms) | table_words
    recurring = _recurring(forms)
    strong = weak = against = returning = 0
    for value, form in zip(distinct, forms, strict=True):
        if form is None:
            if value == value.lower() and " " not in value and not _against(value):
                continue  # a lone lower-case word no reader reads (``pendiente``): set aside
            against += 1
        elif form.form == "handle":
            if _handle_vouched(form, vocabulary, cued):
                strong += 1
            elif " " not in value:
                continue  # a handle of no name the column holds (``dpreston``): set aside
        elif form.plain and not form.listed:
            against += 1
        elif form.lone:
            weak += 1
        else:
            returning += _shares(form, table_words)
            own = form.structured or _shares(form, recurring) or (form.listed and _all_listed(form))
            strong += own or _shares(form, table_words)
            weak += not (own or _shares(form, table_words))
    people = strong + weak
    n = people + against
    if not strong or against > MAX_AGAINST * n or weak > MAX_LONE * n + (1 if cued else 0):
        return None
    # One whole name of the table's own people is enough (a returning person: ``Denis [Cardoso]`` beside ``Denis
    # Cardoso``); else two people, half of them strong.
    alone = n == 1 and returning == 1
    if not cued and not alone and (people < MIN_PEOPLE_WITHOUT_CUE or strong < MIN_STRONG_WITHOUT_CUE * n):
        return None
    return people / n, f"{people} of {n} distinct filled cells people ({strong} in a person's structure or known)"


def _shares(form: PersonForm, table_words: frozenset[str]) -> bool:
    return any(fold_word(w) in table_words for w in form.names if len(w) > 1)


def _all_listed(form: PersonForm) -> bool:
    names = [w for w in form.names if len(w) > 1]
    return len(names) >= 2 and all(V.first_name_known(w) or V.last_name_known(w) for w in names)


def _table_words(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> frozenset[str]:
    words: set[str] = set()
    for name, detection in found.items():
        if detection is None or detection.entity not in _PERSON_ENTITIES or name not in df.columns:
            continue
        cells = df[name].iloc[:2000].dropna().astype(str).unique()[:300]
        words |= _vocabulary([read_person_form(v) for v in cells])
    return frozenset(words)


def _self_speaking(
    view: ThinView, column: ColumnSchema, entities: Collection[str], sample_size: int, seed: int
) -> ColumnDetection | None:
    """The per-column detector's finding over the filled, non-junk cells alone, when its entity speaks for itself
    (or a birth date under its header) and enough distinct cells hold it."""
    series = pd.Series(list(view.cells), name=column.name, dtype=object)
    found = detect_column(series, column, entities=entities, sample_size=sample_size, seed=seed)
    if found is None:
        return None
    cued = found.entity in cue_hints(column.name)
    if found.entity not in _SELF_SPEAKING and not (found.entity == E.DATE_OF_BIRTH and cued):
        return None
    if len(view.distinct) < (1 if cued else 2):
        return None
    evidence = f"{found.evidence}; over {len(view.cells)} filled cells ({round(100 * view.fill)}% filled)"
    return dataclasses.replace(found, method=f"{found.method}+thin_column", evidence=evidence)


def thin_column_findings(
    df: pd.DataFrame,
    columns: Sequence[ColumnSchema],
    found: Mapping[str, ColumnDetection | None],
    entities: Collection[str],
    *,
    sample_size: int = 500,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Findings on the thin columns among ``columns`` not decided in ``found`` (module docstring).

    Example::

        thin_column_findings(df, planned, found, params.entities)  # {"Found by": ColumnDetection(..., "name", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    table_words: frozenset[str] | None = None
    for column in columns:
        name = column.name
        if found.get(name) is not None or name not in df.columns or not is_text_series(df[name]):
            continue
        view = thin_view(df[name])
        distinct = view.distinct
        if not distinct or len(distinct) > MAX_DISTINCT or (view.fill >= MAX_THIN_FILL and not view.n_junk):
            continue
        if len(view.cells) > MAX_ROWS_PER_VALUE * max(len(distinct), 2):
            continue
        if (strong := _self_speaking(view, column, entities, sample_size, seed)) is not None:
            out[name] = strong
            continue
        if E.NAME not in entities or view.fill >= MAX_THIN_FILL or names_an_animal(name):
            continue
        if table_words is None:
            table_words = _table_words(df, found)
        scored = thin_people_score(distinct, table_words, cued=person_header(name))
        if scored is not None:
            share, evidence = scored
            evidence += f"; {round(100 * view.fill)}% filled"
            out[name] = ColumnDetection(name, E.NAME, round(share, 4), round(share, 4), "values+thin_column",
                                        len(view.cells), None, evidence)  # fmt: skip
    return out
