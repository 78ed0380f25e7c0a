"""Whole-name columns in a spaced non-Latin script, given and family name in either order.

Why: registers of Iran, Nepal, India and Israel write the family name first as often as last (``رسولی سارا``,
``न्यौपाने मुकेश``, ``אפשטיין רומי``), and Faker's lists of these locales hold many words as both a given
and a family name, so the cell rule of notes (each word listed as one kind only) read few of them and the
column, with its name hidden, was left as written. A column is judged as a whole: nearly every cell is two
or three words of one script, each word a listed given or family name (or a word with a family-name ending),
with at least one listed given name and one family name (listed or by ending) in the cell. Function words
are no names; a column with many listed towns is a town column.

Registers, visitor logs and booking forms write these names in layouts too (``सेन, आदित्य``, ``व. सक्सेना``, a
phone after the name on some rows, ``A B (child, 7); C D (child, 9)``): :func:`script_layout_people` reads each
cell's people through :mod:`.script_name_layouts` and asks the same of each person, in any script with name lists
(the spaced scripts here; Korean, Chinese, Greek and Cyrillic through the general lists, Cyrillic also by its
family names' endings beside given names that vary). Most cells must name people, half of them (seven in ten in a
column of fewer than twenty distinct values) vouched for by the lists; a column of towns, streets, jobs or kin
words has too few listed pairs (set 31 and the dev look-alikes: 528 category columns of 22 locales, none taken).

Example::

    script_pair_people(sample_values(pd.Series(["رسولی سارا", "روحانی حسنا", ...]), 500, 0))
    # Score(share=0.97, values_decide=True, evidence='97% given + family names in a non-Latin script, ...')
"""

from __future__ import annotations

from collections import Counter

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_sample import _PROBE, MIN_DISTINCT_WITHOUT_CUE, Score, ValueSample, _pct
from safe_synthesizer.pii.script_lexicon import (
    family_entries,
    given_entries,
    name_key,
    script_stop_words,
    spaced_script_of,
    surname_shaped,
    titles,
    towns,
)
from safe_synthesizer.pii.script_name_layouts import is_initial, name_mentions
from safe_synthesizer.pii.script_surnames import cyrillic_pair
from safe_synthesizer.pii.validators.scripts import script_of

# Share of cells that read as a given and a family name, and of cells that are listed towns.
MIN_PAIR_CELLS = 0.85
MAX_TOWN_CELLS = 0.2
_MAX_WORDS = 5
_MAX_ENTRY = 3
# ``શ્રી માન`` (Gujarati "Shri Man", Mr): the second word of a two-word title.
_AFTER_TITLE = frozenset({"માન"})
_JI = "जी"


def _parts(value: str, script: str) -> list[str]:
    """Keyed words after any titles; hyphenated double names split (``זידאן-וקנין``), the honorific ``-जी``
    glued to a Hindi or Marathi name dropped (``सावंतजी``)."""
    keys = [name_key(p) for w in value.split() for p in w.split("-") if p]
    known_titles = titles(script)
    while keys and (keys[0] in known_titles or (len(keys) > 2 and keys[0] in _AFTER_TITLE)):
        keys = keys[1:]
    if script == "devanagari":
        keys = [k[: -len(_JI)] if k.endswith(_JI) and len(k) > len(_JI) + 1 else k for k in keys]
    return keys


def _segments(keys: list[str], script: str) -> list[tuple[bool, bool]] | None:
    """(given, family) of each listed entry the words split into, longest entry first; None when a word is
    no part of any listed entry (nor a family name by its ending)."""
    given, family = given_entries(script), family_entries(script)
    out: list[tuple[bool, bool]] = []
    i = 0
    while i < len(keys):
        for n in range(min(_MAX_ENTRY, len(keys) - i), 0, -1):
            entry = tuple(keys[i : i + n])
            is_given, is_family = entry in given, entry in family or (n == 1 and surname_shaped(keys[i], script))
            if is_given or is_family:
                out.append((is_given, is_family))
                i += n
                break
        else:
            return None
    return out


def script_pair_cell(value: str) -> bool:
    """Two to five words of one spaced script (after any titles), that split into listed given and family
    names (or words with a family-name ending), one given name and one family name among them, in either
    order."""
    script = spaced_script_of(value)
    if script is None or any(ch.isdigit() for ch in value) or "," in value:
        return False
    keys = _parts(value, script)
    if not 2 <= len(keys) <= _MAX_WORDS or any(k in script_stop_words(script) for k in keys):
        return False
    parts = _segments(keys, script)
    if parts is None or not 2 <= len(parts) <= 3:
        return False
    # One given and one family name on different entries (an entry may be both).
    n = len(parts)
    return any(parts[i][0] and parts[j][1] for i in range(n) for j in range(n) if i != j)


def _town_cell(value: str) -> bool:
    script = spaced_script_of(value)
    return script is not None and " ".join(name_key(w) for w in value.split()) in towns(script)


def script_pair_people(sample: ValueSample) -> Score | None:
    """A column of whole names in a spaced script, either order (see the module), or None; else one of names
    in the layouts exports give them (:func:`script_layout_people`)."""
    if sample.n_distinct < MIN_DISTINCT_WITHOUT_CUE:
        return script_layout_people(sample)
    probe = sample.values[:40]
    if sum(1 for v in probe if script_pair_cell(v)) < MIN_PAIR_CELLS * len(probe) - 1:
        return script_layout_people(sample)
    share = sample.share(script_pair_cell)
    if share < MIN_PAIR_CELLS or sample.share(_town_cell) >= MAX_TOWN_CELLS:
        return script_layout_people(sample)
    return Score(share, True, f"{_pct(share)} given + family names in a non-Latin script, either order")


# Layouts (:mod:`.script_name_layouts`): share of the script's cells that name people, share that the lists
# vouch for wholly (a listed pair or an initial and a listed family name), more of them in a column of few
# distinct values; share of cells in the script at all.
MIN_LAYOUT_CELLS = 0.85
MIN_VOUCHED_CELLS = 0.5
MIN_VOUCHED_FEW = 0.7
MIN_SCRIPT_CELLS = 0.85
MIN_DISTINCT_LAYOUT = 3
# Scripts whose names the general name lists hold (Korean, Chinese, Greek, Cyrillic): a mention is vouched by them.
_LISTED = frozenset({"hangul", "han", "greek", "cyrillic"})
# Cyrillic names read by their family name's ending only: the given names beside them must vary (a street
# column, ``Улица Королёва``, repeats its first word), and none may be a listed town.
MAX_TOP_GIVEN = 0.3
MIN_GIVEN_MENTIONS = 8
VOUCHED, NAMED, NONE = 2, 1, 0


def _initial_then_family(keys: list[str], script: str) -> bool:
    """``व. सक्सेना``, ``س. أبو داوود``: an initial, then one listed family name (or one word with a family-name
    ending)."""
    if not 2 <= len(keys) <= _MAX_ENTRY + 1 or not is_initial(keys[0]):
        return False
    return tuple(keys[1:]) in family_entries(script) or (len(keys) == 2 and surname_shaped(keys[1], script))


def _given_then_family_entry(keys: list[str], script: str) -> bool:
    """``حافظ آل عايض``: one listed given name and a listed family name of several words whose particle
    (``آل``, ``أبو``, ``بن``) the stop-word lists hold, in either order."""
    if not 3 <= len(keys) <= _MAX_ENTRY + 1:
        return False
    given, family = given_entries(script), family_entries(script)
    return ((keys[0],) in given and tuple(keys[1:]) in family) or ((keys[-1],) in given and tuple(keys[:-1]) in family)


def _named(keys: list[str], script: str) -> bool:
    """Two to four words of ``script`` (or initials), none a function word or a town, one a listed name."""
    if not 2 <= len(keys) <= _MAX_ENTRY + 1 or " ".join(keys) in towns(script):
        return False
    given, family = given_entries(script), family_entries(script)
    stop, places = script_stop_words(script), towns(script)
    listed = False
    for key in keys:
        if is_initial(key):
            continue
        if key in stop or key in places or spaced_script_of(key) != script or len(key) < 2:
            return False
        listed = listed or (key,) in given or (key,) in family or surname_shaped(key, script)
    return listed


def _listed_grade(mention: str) -> int:
    """A mention in a script of the general lists: a listed full name, or an initial and a listed surname."""
    words = mention.split()
    if V.full_name_known(mention):
        return VOUCHED
    if len(words) == 2 and is_initial(words[0]) and V.last_name_known(words[1]) and not V.first_name_known(words[1]):
        return VOUCHED
    return NONE


def _mention_grade(mention: str, script: str) -> int:
    if script == "cyrillic":
        grade, given = cyrillic_pair(mention)
        if given is not None and V.is_listed_city(given):
            return NONE
        return max(grade, _listed_grade(mention))
    if script in _LISTED:
        return _listed_grade(mention)
    if spaced_script_of(mention) != script:
        return NONE
    keys = _parts(mention, script)
    if script_pair_cell(mention) or _initial_then_family(keys, script) or _given_then_family_entry(keys, script):
        return VOUCHED
    return NAMED if _named(keys, script) else NONE


def _cell_script(value: str) -> str | None:
    script = script_of(value)
    return script if script in _LISTED else spaced_script_of(value)


def _givens_vary(values: list[str]) -> bool:
    """The given names of a Cyrillic column's two-word names vary: no one word stands in a third of them."""
    givens = Counter(g for v in values for m in name_mentions(v) or () if (g := cyrillic_pair(m)[1]) is not None)
    total = sum(givens.values())
    return total < MIN_GIVEN_MENTIONS or givens.most_common(1)[0][1] <= MAX_TOP_GIVEN * total


def script_name_cell(value: str) -> int:
    """How a cell in a non-Latin script reads as people in any layout: ``VOUCHED`` (every mention a listed
    pair or an initial and a listed family name), ``NAMED`` (every mention names, one word listed), else
    ``NONE``. Korean, Chinese, Greek and Cyrillic mentions are vouched by the general full-name lists."""
    script = _cell_script(value)
    mentions = name_mentions(value) if script is not None else None
    if not mentions:
        return NONE
    return min(_mention_grade(m, script) for m in mentions)


def script_layout_people(sample: ValueSample) -> Score | None:
    """A column whose cells in a non-Latin script name people in the layouts of :mod:`.script_name_layouts`
    (``सेन, आदित्य``, ``व. सक्सेना``, a phone after the name, several people with notes), or None.

    Most cells must name people and half be vouched for by the lists wholly (more in a column of fewer than
    twenty distinct values, where a few chance words weigh more); a column of listed towns is none."""
    if sample.n_distinct < MIN_DISTINCT_LAYOUT:
        return None
    probe = [v for v in sample.values[:_PROBE] if _cell_script(v) is not None]
    if len(probe) < MIN_SCRIPT_CELLS * min(len(sample.values), _PROBE):
        return None  # cheap: a column mostly in Latin letters or digits is for the other checks
    if sum(1 for v in probe if script_name_cell(v)) < MIN_LAYOUT_CELLS * len(probe) - 1:
        return None
    scripted = [v for v in sample.values if _cell_script(v) is not None]
    if len(scripted) < MIN_SCRIPT_CELLS * len(sample.values):
        return None
    grades = [script_name_cell(v) for v in scripted]
    named = sum(1 for g in grades if g) / len(grades)
    vouched = sum(1 for g in grades if g == VOUCHED) / len(grades)
    many = sample.n_distinct >= MIN_DISTINCT_WITHOUT_CUE
    if named < MIN_LAYOUT_CELLS or sample.share(_town_cell) >= MAX_TOWN_CELLS:
        return None
    if _cell_script(scripted[0]) == "cyrillic":
        if not _givens_vary(scripted):
            return None
        if many:  # family names by their ending beside given names that vary: the names vouch for each other
            vouched = named
    if vouched < (MIN_VOUCHED_CELLS if many else MIN_VOUCHED_FEW):
        return None
    return Score(named, True, f"{_pct(named)} names in a non-Latin script in export layouts ({_pct(vouched)} listed)")
