"""Person columns in scripts without letter case (Arabic, Kurdish, Sindhi, Bengali, Tibetan, Ethiopic, Thaana...)
and in Cyrillic, read around the Latin dress a register puts on them.

Why: a name in a script without case gives no capital letter, and the name lists of these scripts are thin (Faker
lists no Kurdish, Uyghur, Sindhi, Dhivehi or Tigrinya names). The column readers of these scripts wanted each cell
to be a bare name, so registers that dress the name in Latin (``c/o لينا الخطيب``, ``Attn: আশুতোষ চট্টোপাধ্যায়``,
``ڕێبوار کاروان (78)``, ``Айбек Жумабаев <azhumabaev@inbox.ru>``) were published as written (set 45: 106 names left
in person columns of 15 scripts). This pass reads any cell as a CORE of words in one non-Latin script with whatever
is around it set aside: e-mail addresses, bracketed groups, digits and Latin-script words, in any order and with any
separator (:func:`read_script_cell`). The core must be one run of one to four words.

The column is then judged on its cores without asking for case:

* LISTS where the script has them: a core word is a listed given or family name of the script's Faker locales
  (:mod:`.script_lexicon` for the spaced scripts, the general lists for Cyrillic, Greek, Chinese and Korean, the
  name elements of :mod:`.text_name_tibetan`), or has a family-name ending;
* STRUCTURE where it has none: nearly every core is two to four words, and the words RECOMBINE across rows the way
  given and family names do (a word stands first in one cell and beside other words in another cell; in patronymic
  registers a given name comes back as a father's name), while a column of categories or places repeats whole
  values and keeps one word in most cells (``شارع ...``, ``مدينة ...``);
* the DRESS itself: a share of cells with an e-mail after the name or an age in brackets is a person register's;
* the TABLE's people: a mostly empty column (a duet partner, who saved the seed) whose words are the words of a
  person column found already in the same script names the same people.

Guards: function words of the script (spaCy's lists), listed towns, a word throughout the column, digits in the
core, and too many single-word cores in a script without lists (a category of one word is no one's name).

Example::

    df = pd.DataFrame({"c002": ["ڕێبوار کاروان (78)", "نازدار کەمال ڕێبوار", "کەمال بەختیار (31)", ...]})
    caseless_people_columns(df, ["c002"], {})  # {"c002": ColumnDetection("c002", "name", ...)}
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.name_marker_words import is_marker, marked_core
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.script_lexicon import (
    SPACED_SCRIPTS,
    _entries,
    family_entries,
    name_key,
    script_stop_words,
    surname_shaped,
    titles,
    towns,
)
from safe_synthesizer.pii.script_surnames import cyrillic_surname_shaped
from safe_synthesizer.pii.text_name_tibetan import tibetan_name_spans
from safe_synthesizer.pii.validators.scripts import ARABIC_TOWNS, script_full_name

__all__ = ["ScriptCell", "caseless_people_columns", "caseless_people_score", "read_script_cell"]

MAX_DISTINCT = 200  # distinct filled cells read per column
MIN_SCRIPTED = 0.6  # share of the distinct filled cells (junk out) with a core in a non-Latin script
MIN_OWN = 0.3  # ... counted over all of them, romanised people too
MIN_READ = 0.85  # share of those whose core reads as one to five name words of the column's script
MAX_MIXED = 0.05  # cells with a word glued across two scripts
MAX_WORDS = 5  # Arabic registers write up to four names and a family name
MAX_RESIDUE_WORDS = 3  # Latin words around the core (``c/o``, ``Attn:``, ``Mrs``), e-mails and brackets aside
MIN_DENSE = 5  # distinct cores for a judgement by the column's own cells
MIN_LISTED = 0.5  # share of cores with a listed name word: people on the lists' word alone
MIN_LISTED_WITH = 0.25  # ... with recombining words or a person's dress besides
MIN_RECOMBINE = 0.4
MIN_RECOMBINE_ALONE = 0.5  # structure alone (a script without lists)
MIN_MULTI = 0.8  # share of cores of two words or more, for structure alone
MIN_DRESS = 0.2
MAX_TOWNS = 0.2
MAX_WORD_SHARE = 0.5  # one word in more than half the cores: a category's or a place kind's word
MIN_TABLE_WORDS = 0.5  # a sparse column: share of its cores sharing a word with the table's people

# East Slavic patronymics (Russian, Ukrainian, Belarusian): a word of a person's name only.
_PATRONYMIC = re.compile(r"[\u0400-\u04ff]{3,}(?:ович|евич|эвіч|овіч|евіч|ич|іч|овна|евна|еўна|оўна|ична|івна|ївна)$")
_AFFIXES = ("city_prefixes", "city_suffixes", "street_prefixes", "street_suffixes", "street_suffixes_long",
            "street_suffixes_short", "village_prefixes")  # fmt: skip
_EMAIL = re.compile(r"<[^<>]*>|\S+@\S+")
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|（[^（）]*）|«[^«»]*»")
_AGE = re.compile(r"^\(\s*\d{1,3}\s*\)$")
_SPLIT = re.compile(r"[\s;|,:/\\]+")
_EDGE = "\"'“”‘’«»„.!?-–—_*·•"
_TIBETAN_SPACE = "\u0f0b\u0f0d"  # tsheg and shad end a Tibetan name as a space does
# Unicode character-name lead words of the scripts read here, to the keys the name lists use.
# (Japanese writes kanji and kana in one name: one script here.)
_SCRIPT_KEY = {"cjk": "han", "hiragana": "han", "katakana": "han", "arabic": "arabic", "cyrillic": "cyrillic",
               "greek": "greek", "hangul": "hangul",
               "hebrew": "hebrew", "georgian": "georgian", "armenian": "armenian", "devanagari": "devanagari",
               "bengali": "bengali", "gujarati": "gujarati", "oriya": "oriya", "tamil": "tamil",
               "sinhala": "sinhala", "thai": "thai", "tibetan": "tibetan"}  # fmt: skip
# Scripts whose names have no spaces (a whole cell is one name) or no surnames: read by their own cell readers.
_UNSPACED = frozenset({"han", "hangul", "tibetan"})
# Arabic-script name particles written as words of their own (family of, son of, daughter of, father of, mother
# of, servant of): read with the word after them as one name word (``آل سعود``, ``بن لادن``), never as a
# function word although spaCy lists some of them.
_ARABIC_PARTICLES = frozenset(name_key(w) for w in ("آل", "ال", "بن", "ابن", "بنت", "ابو", "أبو", "ام", "أم", "عبد"))


@dataclass(frozen=True)
class ScriptCell:
    """A cell read as a core of words in one non-Latin ``script`` and what was set aside around it: e-mails,
    ages in brackets, other bracketed groups, Latin words (``residue`` counts them)."""

    script: str
    words: tuple[str, ...]
    email: bool
    age: bool
    residue: int
    lead: bool = False  # Latin words before the core (``c/o``, ``Attn:``, ``Mrs``)

    @property
    def dressed(self) -> bool:
        """An e-mail after the name, an age in brackets or a Latin word before it: a register's person dress."""
        return self.email or self.age or self.lead


@lru_cache(maxsize=4096)
def _char_script(ch: str) -> str | None:
    """The script of a letter, by the lead word of its Unicode name (``ARABIC LETTER ...``); None for Latin."""
    if not ch.isalpha():
        return None
    lead = unicodedata.name(ch, "").split(" ", 1)[0].lower()
    return None if lead in ("latin", "") else _SCRIPT_KEY.get(lead, lead)


_MIXED = "mixed"


def _word_script(word: str) -> str | None:
    """The one script of ``word``'s letters; None for a Latin word or one without letters, :data:`_MIXED` for a word
    that glues two scripts (``Цветелинаbury``, ``حارثhaven``: invented towns, no one's name)."""
    scripts = {_char_script(ch) for ch in word if ch.isalpha() and unicodedata.category(ch) != "Lm"}
    if not scripts or scripts == {None}:
        return None
    return scripts.pop() if len(scripts) == 1 else _MIXED


@lru_cache(maxsize=65536)
def read_script_cell(value: str) -> ScriptCell | None:
    """The cell's core of words in one non-Latin script, with e-mails, bracketed groups and Latin words around it
    set aside; None when the cell has no such core, when the core is broken by other words, has digits, or more
    than :data:`MAX_RESIDUE_WORDS` Latin words stand around it.

    >>> read_script_cell("c/o لينا الخطيب <lina@example.org>")
    ScriptCell(script='arabic', words=('لينا', 'الخطيب'), email=True, age=False, residue=2, lead=True)
    """
    text = unicodedata.normalize("NFC", value).strip()
    email = bool(_EMAIL.search(text))
    text = _EMAIL.sub(" ", text)
    groups = _BRACKETS.findall(text)
    age = any(_AGE.match(g) for g in groups)
    text = _BRACKETS.sub(" ", text)
    tokens = [t.strip(_EDGE) for t in _SPLIT.split(text)]
    tokens = [t for t in tokens if t]
    scripts = [_word_script(t) for t in tokens]
    core = [i for i, s in enumerate(scripts) if s is not None]
    if not core:
        return None
    script = Counter(scripts[i] for i in core).most_common(1)[0][0]
    if script == _MIXED or any(scripts[i] != script for i in core) or core[-1] - core[0] + 1 != len(core):
        return None  # two scripts, or Latin words inside the name
    words = tuple(tokens[i].strip(_TIBETAN_SPACE) for i in core)
    residue = len(tokens) - len(core)
    if residue > MAX_RESIDUE_WORDS or any(ch.isdigit() for t in tokens for ch in t):
        return None  # a house number, a postcode, a phone: an address or a contact line, no name alone
    # A Latin word before the name is a register's dress (``c/o``, ``Attn:``, ``Mrs``), not a place's (``North``,
    # ``Port``, ``Lake``: Faker's town prefixes).
    lead = core[0] > 0 and not any(tokens[i].lower() in _address_affixes_folded() for i in range(core[0]))
    return ScriptCell(str(script), _joined_particles(words, str(script)), email, age, residue, lead)


def _joined_particles(words: tuple[str, ...], script: str) -> tuple[str, ...]:
    """``words`` with an Arabic-script name particle joined to the word after it (``آل سعود`` -> ``آل_سعود``)."""
    if script != "arabic" or len(words) < 2:
        return words
    out: list[str] = []
    for word in words:
        if out and name_key(out[-1]) in _ARABIC_PARTICLES:
            out[-1] = f"{out[-1]}_{word}"
        else:
            out.append(word)
    return tuple(out)


@lru_cache(maxsize=32)
def _place_words(script: str) -> frozenset[str]:
    """Words Faker's address lists put before or after a town or street name in ``script`` (``شهر``, ``بندر``,
    ``улица``, ``নগর``): a core with one of them names a place."""
    return frozenset(name_key(w) for w in _address_affixes() if _word_script(w) == script)


@lru_cache(maxsize=1)
def _address_affixes() -> frozenset[str]:
    """Words of the town and street prefixes and suffixes of every Faker address locale (offline, once)."""
    import pkgutil

    import faker.providers.address as address

    words: set[str] = set()
    for module in pkgutil.iter_modules(address.__path__):
        provider = getattr(importlib.import_module(f"{address.__name__}.{module.name}"), "Provider", None)
        for attribute in _AFFIXES:
            values = getattr(provider, attribute, None)
            if isinstance(values, (list, tuple)):
                words.update(w.strip(".-") for v in values for w in str(v).split() if len(w.strip(".-")) > 1)
    return frozenset(words)


@lru_cache(maxsize=1)
def _address_affixes_folded() -> frozenset[str]:
    return frozenset(w.lower() for w in _address_affixes())


def _place_word(word: str, script: str) -> bool:
    key = name_key(word)
    return key in _place_words(script) and key not in _ARABIC_PARTICLES and not _listed_word(word, script)


def _listed_word(word: str, script: str) -> bool:
    """A word the script's name lists hold as a given or family name, or one with a family-name ending."""
    if script in SPACED_SCRIPTS:
        if "_" in word:  # a particle and a name: the name decides, or the whole as a listed family name
            parts = tuple(name_key(p) for p in word.split("_"))
            return parts in family_entries(script) or _listed_word(word.split("_")[-1], script)
        return name_key(word) in _raw_names(script) or surname_shaped(name_key(word), script)
    if script == "cyrillic":
        known = V.first_name_known(word) or V.last_name_known(word) or cyrillic_surname_shaped(word)
        return known or bool(_PATRONYMIC.search(word.lower()))
    if script == "greek":
        return V.first_name_known(word) or V.last_name_known(word)
    return False


def _listed(cell: ScriptCell) -> bool:
    """The core holds a listed name word (a whole listed name where names have no spaces)."""
    if cell.script in _UNSPACED:
        joined = "".join(cell.words) if cell.script != "tibetan" else "་".join(cell.words)
        if cell.script == "tibetan":
            spans = tibetan_name_spans(joined)
            return len(spans) == 1 and spans[0][1] - spans[0][0] == len(joined)
        return script_full_name(joined) or V.full_name_known(joined)
    # A culture's naming marker after a first word (``ਜਸਪ੍ਰੀਤ ਕੌਰ``, ``Камил улы``) says "a person" as a listed name does.
    return any(_listed_word(w, cell.script) for w in cell.words) or marked_core(cell.words)


@lru_cache(maxsize=32)
def _raw_names(script: str) -> frozenset[str]:
    """Single-word given and family names of the script's lists, function words included (``علي`` is Ali and, folded,
    "on"): the other words of the cell decide."""
    if script not in SPACED_SCRIPTS:
        return frozenset()
    entries = _entries(script, "first_name") | _entries(script, "last_name")
    return frozenset(e[0] for e in entries if len(e) == 1)


def _function_or_title(cell: ScriptCell) -> tuple[str, ...] | None:
    """The core without titles before it (``السيد``, ``শ্রী``); None when a word is a function word of the script."""
    words = cell.words
    if cell.script in SPACED_SCRIPTS:
        known = titles(cell.script)
        while len(words) > 1 and name_key(words[0]) in known:
            words = words[1:]
        # Persian and Arabic names are also words (``بخش`` part, ``مهر`` seal): one function word in a name is no
        # evidence against it, a core of them is a phrase.
        stop, names = script_stop_words(cell.script), _raw_names(cell.script)
        function = sum((key := name_key(w)) in stop and key not in names and key not in _ARABIC_PARTICLES
                       for w in words)  # fmt: skip
        if 2 * function > len(words) or (function and len(words) == 1):
            return None
    if any(_place_word(w, cell.script) for w in words):
        return None
    return words


def _town(cell: ScriptCell) -> bool:
    joined = " ".join(cell.words)
    if cell.script in SPACED_SCRIPTS and " ".join(name_key(w) for w in cell.words) in towns(cell.script):
        return True
    return joined in ARABIC_TOWNS or V.is_listed_city(joined)


def _recombining(cores: Sequence[tuple[str, ...]]) -> tuple[float, int]:
    """(share of the distinct multi-word cores sharing a word with another distinct core, words standing first in
    one core and later in another: a given name coming back as a father's or family name)."""
    multi = list(dict.fromkeys(c for c in cores if len(c) > 1))
    if len(multi) < 2:
        return 0.0, 0
    holders = Counter(w for c in multi for w in set(c))
    share = sum(any(holders[w] > 1 for w in c) for c in multi) / len(multi)
    first, later = {c[0] for c in multi}, {w for c in multi for w in c[1:]}
    return share, len(first & later)


def _word_throughout(cores: Sequence[tuple[str, ...]]) -> bool:
    """One word in more than half the cores, always in the same slot (first, or last): a category's or a place
    kind's word. A father's name in a patronymic register comes back first in some cells and later in others."""
    counts = Counter(w for c in cores for w in set(c) if not is_marker(w))  # ``ਸਿੰਘ`` in every man's name
    if not counts:
        return False
    word, count = counts.most_common(1)[0]
    if count <= MAX_WORD_SHARE * len(cores):
        return False
    slots = {0 if c[0] == word else 1 for c in cores if word in c}
    return len(slots) == 1


def _dense_score(cells: Sequence[ScriptCell]) -> tuple[float, str] | None:
    """The judgement of a column by its own cores (module docstring), or None."""
    script = cells[0].script
    cores = [c.words for c in cells]
    n = len(cores)
    if _word_throughout(list(dict.fromkeys(cores))):
        return None
    if sum(map(_town, cells)) > MAX_TOWNS * n:
        return None
    listed = sum(map(_listed, cells)) / n
    recombine, crossing = _recombining(cores)
    dress = sum(c.dressed for c in cells) / n
    multi = sum(len(c) > 1 for c in cores) / n
    evidence = f"{n} cores in {script}: {_pct(listed)} listed, {_pct(recombine)} recombine, {_pct(dress)} dressed"
    if listed >= MIN_LISTED:
        return listed, evidence
    if listed >= MIN_LISTED_WITH and (recombine >= MIN_RECOMBINE or dress >= MIN_DRESS):
        return max(listed, recombine), evidence
    if multi >= MIN_MULTI and recombine >= MIN_RECOMBINE_ALONE and (crossing or dress >= MIN_DRESS):
        return recombine, evidence + " (structure)"
    return None


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def _romanised_name(value: str) -> bool:
    """Two to four Latin words, each capitalised or a nickname in quotes, no digits (``Saud Al-Kuwari``)."""
    words = [w for w in _SPLIT.split(_BRACKETS.sub(" ", _EMAIL.sub(" ", value))) if w]
    return (
        2 <= len(words) <= MAX_WORDS
        and all(w[:1].isupper() or w[:1] in "\"'“" for w in words)
        and not any(ch.isdigit() for ch in value)
    )


def _read_column(values: Sequence[str]) -> tuple[list[ScriptCell], int] | None:
    """The column's read cells of its main script and the number of its distinct filled cells (junk out), or None
    when too few cells are in one non-Latin script or read as one to four name words."""
    distinct = list(dict.fromkeys(" ".join(v.split()) for v in values))
    junk = not_known_keys(distinct, E.NAME)
    kept = [v for v in distinct if v not in junk]
    read = [read_script_cell(v) for v in kept]
    scripted = [c for c in read if c is not None]
    # A second-script column writes some people romanised (``Dima "Moose" Al-Attar`` among Arabic names): those
    # cells are neither for nor against, but the script's cells must still be a good part of the column.
    romanised = sum(c is None and _romanised_name(v) for c, v in zip(read, kept, strict=True))
    if sum(any(_word_script(w) == _MIXED for w in _SPLIT.split(v)) for v in kept) > MAX_MIXED * len(kept):
        return None  # words glued across scripts (``Сирманshire``): Faker's invented towns, no one's name
    if not scripted or len(scripted) < MIN_SCRIPTED * (len(kept) - romanised) or len(scripted) < MIN_OWN * len(kept):
        return None
    script = Counter(c.script for c in scripted).most_common(1)[0][0]
    cells = []
    for c in scripted:
        words = _function_or_title(c) if c.script == script else None
        if words is not None and 1 <= len(words) <= MAX_WORDS:
            cells.append(c if words == c.words else ScriptCell(c.script, words, c.email, c.age, c.residue, c.lead))
    if len(cells) < MIN_READ * len(scripted):
        return None
    return cells, len(kept)


def caseless_people_score(values: Sequence[str]) -> tuple[float, str] | None:
    """(share, evidence) when a column's filled cells (``values``) are people written in a non-Latin script, dressed
    or not (module docstring), by the column's own cells; None otherwise.

    >>> caseless_people_score(["ڕێبوار کاروان (78)", "نازدار کەمال ڕێبوار", "کەمال بەختیار (31)", "کەمال عومەر",
    ...                        "شیلان ئازاد شوان", "ئازاد ڕێبوار"])[0] >= 0.5
    True
    """
    read = _read_column(values)
    if read is None or len({c.words for c in read[0]}) < MIN_DENSE:
        return None
    return _dense_score(read[0])


def _table_words(df: pd.DataFrame, found: Mapping[str, object]) -> dict[str, set[str]]:
    """Per script, the core words of the columns found as people (name, given name, surname)."""
    out: dict[str, set[str]] = {}
    for column, detection in found.items():
        if getattr(detection, "entity", None) not in (E.NAME, E.FIRST_NAME, E.LAST_NAME) or column not in df.columns:
            continue
        filled = (v for v in df[column].to_numpy() if isinstance(v, str) and v.strip())
        for value in islice(dict.fromkeys(filled), MAX_DISTINCT):
            cell = read_script_cell(value)
            if cell is not None:
                out.setdefault(cell.script, set()).update(cell.words)
    return out


def _strong(cell: ScriptCell, known: set[str]) -> bool:
    """A core that alone reads as a person: a whole listed name where names have no spaces; two words or more with
    two listed or one listed and one of the table's people's words."""
    if cell.script in _UNSPACED:
        return _listed(cell)
    if len(cell.words) < 2:
        return False
    listed = sum(_listed_word(w, cell.script) for w in cell.words)
    shared = sum(w in known for w in cell.words)
    return listed >= 2 or (listed >= 1 and shared >= 1) or shared >= 2


def _sparse_score(cells: Sequence[ScriptCell], words: Mapping[str, set[str]]) -> tuple[float, str] | None:
    """A column of few distinct cores (a duet partner, who saved the seed): people when every core is two name words
    or more (a listed one, or one of the table's people's), most of them strong (:func:`_strong`), all of them
    when there are only one or two."""
    script = cells[0].script
    known = words.get(script, set())
    cores = {c.words: c for c in cells}
    named = [c for c in cores.values() if _strong(c, known) or (len(c.words) > 1 and _loosely_named(c, known))]
    if len(named) < len(cores):
        return None
    strong = sum(_strong(c, known) for c in cores.values()) / len(cores)
    if strong < (1.0 if len(cores) <= 2 else MIN_TABLE_WORDS) or _word_throughout(list(cores)):
        return None
    return strong, f"{len(cores)} distinct cores in {script}, {_pct(strong)} listed or the table's people"


def _loosely_named(cell: ScriptCell, known: set[str]) -> bool:
    return any(_listed_word(w, cell.script) or w in known for w in cell.words)


def caseless_people_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, object]
) -> dict[str, ColumnDetection]:
    """Name columns among ``names`` not decided in ``found`` whose cells are people in a non-Latin script, dressed
    or not (module docstring): dense columns by their own cells, then mostly empty ones by the table's people."""
    out: dict[str, ColumnDetection] = {}
    sparse: list[tuple[str, list[ScriptCell], int]] = []
    for column, series in undecided_text_columns(df, names, found):
        filled = [v for v in series.to_numpy() if isinstance(v, str) and v.strip()]
        read = _read_column(list(islice(dict.fromkeys(filled), MAX_DISTINCT)))
        if read is None:
            continue
        cells, n_kept = read
        if len({c.words for c in cells}) < MIN_DENSE:
            sparse.append((column, cells, n_kept))
            continue
        if (scored := _dense_score(cells)) is not None:
            out[column] = _detection(column, scored, n_kept, "values+caseless_people")
    if sparse:
        words = _table_words(df, {**found, **out})
        for column, cells, n_kept in sparse:
            if (scored := _sparse_score(cells, words)) is not None:
                out[column] = _detection(column, scored, n_kept, "values+caseless_people_table")
    return out


def _detection(column: str, scored: tuple[float, str], n: int, method: str) -> ColumnDetection:
    share, evidence = scored
    return ColumnDetection(column, E.NAME, round(share, 4), round(share, 4), method, n, None, evidence)
