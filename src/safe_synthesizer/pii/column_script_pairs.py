"""Whole-name columns in a spaced non-Latin script, given and family name in either order.

Why: registers of Iran, Nepal, India and Israel write the family name first as often as last (``رسولی سارا``,
``न्यौपाने मुकेश``, ``אפשטיין רומי``), and Faker's lists of these locales hold many words as both a given
and a family name, so the cell rule of notes (each word listed as one kind only) read few of them and the
column, with its name hidden, was left as written. A column is judged as a whole: nearly every cell is two
or three words of one script, each word a listed given or family name (or a word with a family-name ending),
with at least one listed given name and one family name (listed or by ending) in the cell. Function words
are no names; a column with many listed towns is a town column.

Example::

    script_pair_people(sample_values(pd.Series(["رسولی سارا", "روحانی حسنا", ...]), 500, 0))
    # Score(share=0.97, values_decide=True, evidence='97% given + family names in a non-Latin script, ...')
"""

from __future__ import annotations

from safe_synthesizer.pii.column_sample import MIN_DISTINCT_WITHOUT_CUE, Score, ValueSample, _pct
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
    """A column of whole names in a spaced script, either order (see the module), or None."""
    if sample.n_distinct < MIN_DISTINCT_WITHOUT_CUE:
        return None
    probe = sample.values[:40]
    if sum(1 for v in probe if script_pair_cell(v)) < MIN_PAIR_CELLS * len(probe) - 1:
        return None
    share = sample.share(script_pair_cell)
    if share < MIN_PAIR_CELLS or sample.share(_town_cell) >= MAX_TOWN_CELLS:
        return None
    return Score(share, True, f"{_pct(share)} given + family names in a non-Latin script, either order")
