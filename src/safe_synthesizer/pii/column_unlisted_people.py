"""Person columns told without a name list: any script, any language, whatever dress stands around the names.

Why: set 49 missed person columns of languages whose names no list holds (Venda ``Khathutshelo Mudau``, Bambara
``Oumou Sidibé``, Yakut ``Тимир Дьулусович Кычкин``, Malayalam house names ``കളരിക്കൽ ബിന്ദു``, Urdu names with a
father's given name for a family name), and the blind sets bring languages no one has seen. Every reader that asks
a list (or an ending list) fails on the next language, and every reader that lists a dress fails on the next dress.
What is general to a column of people's names, in any script:

* each cell's NAME WORDS are two to four letter runs, capitalised where the script has case (or a handle's
  lower-case parts: ``@rosa.aguon``), with whatever else is there set aside by its shape, never by a list: a
  bracketed group when words stand outside it (a role ``[captain]``, ``(Tom's parent)``), the outer brackets and
  quotes of a cell that is one group (a tuple ``('ثنا کامران',)``), a key before ``=`` or ``:``
  (``given=Mpho; family=Mudau``), lower-case words, initials, marks (``✓``), e-mails;
* the words RECOMBINE the way given and family names do: the same given name stands beside other family names in
  other rows and the same family name beside other given names, so the graph of (first word, last word) pairs has
  cycles. A column of things does not: horses, teams, dances, pools and stoves keep their words together
  (``Red Rum``, ``Granite City``), products hang off their brand (``Rowan Felted Tweed``, ``Rowan Kidsilk Haze``:
  a tree, no cycle), places repeat a kind word in one slot (``... Pool``, ``Chalan ...``);
* few ordinary words or listed places among the words, no digits, no function words; a grid of two attributes
  (``Red Large``, ``Blue Small``) uses nearly every pair of few words, people use few of the many possible pairs.

A mostly empty or small column (a next of kin, a keyholder, a parent) has too few cells to recombine: it is people
when each of its cores is two words or more with a word of a person column the table has (found by this or any
pass), most cores (all, for one or two) made of such words only.

Example::

    unlisted_people_score(["given=Mpho; family=Mudau", "@takalani.mudau", "Mpho Makhado ✓", ...])
    # (0.83, "12 cores: 83% recombine, 5 cycles, ...")
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.not_known_cells import not_known_keys

__all__ = ["name_words", "unlisted_people_columns", "unlisted_people_score"]

MAX_DISTINCT = 200  # distinct filled cells read per column
MIN_DENSE = 6  # distinct cores for a judgement by the column's own cells
MIN_READ = 0.85  # share of the distinct filled cells (junk out) whose name words read as one to four words
MIN_MULTI = 0.75  # ... of two words or more
MAX_WORDS = 4
MIN_RECOMBINE = 0.5  # share of multi-word cores whose first or last word stands beside another word elsewhere
MIN_CYCLES = 0  # independent cycles of the (first word, last word) graph: given and family names crossing
MIN_CROSSING = 1  # first words beside two last words, and last words beside two first words (each at least)
MIN_SLOT_WORDS = 4  # distinct words in each of the first and last slots
MAX_DENSITY = 0.8  # pairs used / pairs possible: a grid of two attributes uses nearly all of them
MAX_PLAIN = 0.12  # share of the distinct words that are ordinary words (a team's ``City``, a stone's ``Blue``)
MAX_PLACES = 0.15  # share of cores naming a listed place
MAX_WORD_SHARE = 0.5  # one word in more than half the cores, in one slot: a kind word unless the rest cross
MIN_TABLE_KNOWN = 0.6  # a column too small to recombine: share of its cores made of the table's people's words
MAX_TABLE_CORES = 30  # ... and at most this many distinct cores (a larger column recombines or is no people's)

_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_URL = re.compile(r"\w+://\S+")
_HANDLE = re.compile(r"(?<![\w@])@([^\W\d_][\w.\-]*[^\W_])")
_KEY = re.compile(r"[^\W\d][\w\-]*\s*[=:](?!//)")
_OPEN, _CLOSE = "([{（「【", ")]}）」】"
_GROUP = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|（[^（）]*）|「[^「」]*」|【[^【】]*】")
_QUOTES = "'\"‘’“”«»„‚`"
_INNER = "'’-\u200c\u200d"  # inside a word only: apostrophes, hyphens, (non-)joiners of Indic scripts
_JOINED = re.compile(r"[._]")


def _strip_wrap(text: str) -> str:
    """The cell without outer brackets and quotes around the whole of it (a tuple ``('A B',)``, a list, a quoted
    string), repeatedly: a machine's container, not a note beside the name."""
    for _ in range(4):
        t = text.strip().rstrip(",;").strip()
        if len(t) >= 2 and t[0] in _OPEN and t[-1] == _CLOSE[_OPEN.index(t[0])] and _GROUP.fullmatch(t):
            text = t[1:-1]
            continue
        if len(t) >= 2 and t[0] in _QUOTES and t[-1] in _QUOTES:
            text = t[1:-1]
            continue
        return t
    return text.strip()


def _tokens(text: str) -> list[str]:
    """Runs of letters with their combining marks (any script: Indic vowel signs, Arabic points), inner apostrophes
    and hyphens kept; runs of digits as their own tokens."""
    out: list[str] = []
    cur: list[str] = []
    kind = ""
    for ch in text + " ":
        cat = unicodedata.category(ch)
        k = "d" if cat == "Nd" else "l" if cat[0] in "LM" or (ch in _INNER and kind == "l") else ""
        if k != kind or not k:
            if cur:
                out.append("".join(cur).rstrip(_INNER))
            cur = [ch] if k else []
            kind = k
        else:
            cur.append(ch)
    return [t for t in out if t]


def _cased(word: str) -> bool:
    """The word's script has letter case (Latin, Cyrillic, Greek, Armenian...)."""
    return word.lower() != word.upper()


@lru_cache(maxsize=65536)
def name_words(value: str) -> tuple[str, ...] | None:
    """The name words of a cell, every other character set aside by its shape (module docstring); None when the
    cell has digits among its words, more than :data:`MAX_WORDS` name words, or none.

    >>> name_words("[captain] Vicente Leon Guerrero")
    ('Vicente', 'Leon', 'Guerrero')
    >>> name_words("given=Mpho; family=Mudau")
    ('Mpho', 'Mudau')
    """
    text = unicodedata.normalize("NFC", value)
    text = _URL.sub(" ", _EMAIL.sub(" ", text))
    handles = [h for h in _HANDLE.findall(text)]
    text = _HANDLE.sub(" ", text)
    text = _strip_wrap(text)
    outside = _GROUP.sub(" ", text)
    if any(ch.isalpha() for ch in outside) or handles:
        text = outside  # a role, a relation, an age beside the name: set aside
    text = _KEY.sub(" ", text)
    tokens = _tokens(text)
    if any(t.isdigit() for t in tokens):
        return None  # a house number, a date, a code: no name alone
    words = [t for t in tokens if len(t) > 1 and (not _cased(t) or t[0].isupper())]
    if not words and handles:
        words = [p for h in handles for p in _JOINED.split(h) if len(p) > 1]
        tokens = list(words)
    if not words or len(words) > MAX_WORDS or any(any(ch.isdigit() for ch in w) for w in words):
        return None
    # Lower-case words BETWEEN name words are a phrase's (``Rowan yarn for Kate``), unless short particles.
    first, last = tokens.index(words[0]), len(tokens) - 1 - tokens[::-1].index(words[-1])
    inner = [t for t in tokens[first : last + 1] if t not in words and len(t) > 1]
    if any(len(t) > 3 for t in inner):
        return None
    return tuple(words)


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold().replace("’", "'")


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """Ordinary words of the Latin-script languages and English vocabulary: no one's given or family name, mostly."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    return common_words() | latin_stop_words()


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import place_names

    return place_names()


def _cycles(pairs: set[tuple[str, str]]) -> int:
    """Independent cycles of the bipartite graph of (first word, last word) pairs: edges - nodes + components."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for f, last in pairs:
        parent[find("f:" + f)] = find("l:" + last)
    nodes = len(parent)
    components = len({find(x) for x in list(parent)})
    return len(pairs) - nodes + components


def _kind_word(cores: Sequence[tuple[str, ...]]) -> str | None:
    """A word in more than half the cores, always in the same slot (a place kind, a category's word), or None."""
    counts = Counter(w for c in cores for w in set(c))
    if not counts:
        return None
    word, count = counts.most_common(1)[0]
    if count <= MAX_WORD_SHARE * len(cores):
        return None
    slots = {c.index(word) if c[0] == word else -1 for c in cores if word in c}
    return word if len(slots) == 1 else None


def unlisted_people_score(values: Sequence[str]) -> tuple[float, str] | None:
    """(share, evidence) when a column's filled cells are people's names by their structure alone (module
    docstring), whatever their script or language; None otherwise."""
    read = _read(values)
    if read is None:
        return None
    distinct = list(dict.fromkeys(read[0]))
    if len(distinct) < MIN_DENSE:
        return None
    return _dense(distinct)


def _read(values: Sequence[str]) -> tuple[list[tuple[str, ...]], int] | None:
    distinct = list(dict.fromkeys(" ".join(str(v).split()) for v in values if str(v).strip()))
    junk = not_known_keys(distinct, E.NAME)
    kept = [v for v in distinct if v not in junk]
    if not kept:
        return None
    cores = [name_words(v) for v in kept]
    read = [tuple(_fold(w) for w in c) for c in cores if c is not None]
    if len(read) < MIN_READ * len(kept):
        return None
    return read, len(kept)


def _dense(distinct: list[tuple[str, ...]]) -> tuple[float, str] | None:
    n = len(distinct)
    multi = [c for c in distinct if len(c) > 1]
    if len(multi) < MIN_MULTI * n:
        return None
    plain, places = _plain_words(), _places()
    words = {w for c in distinct for w in c}
    # Counted over distinct words: a family name that is also a word (``Dine``, ``Young``) comes back in many
    # cells of a register, a category's ordinary words are many different ones (``Blue Hone``, ``Granite City``).
    if sum(w in plain for w in words) > MAX_PLAIN * len(words):
        return None
    if sum(" ".join(c) in places or any(w in places for w in c[1:]) for c in distinct) > MAX_PLACES * n:
        return None
    kind = _kind_word(multi)
    # A word throughout (``... Pool``) is a kind word unless the other words still cross (a family's surname on
    # most of a small register's children: the given names come back beside other surnames too).
    firsts: dict[str, set[str]] = {}
    lasts: dict[str, set[str]] = {}
    for c in multi:
        firsts.setdefault(c[0], set()).add(c[-1])
        lasts.setdefault(c[-1], set()).add(c[0])
    pairs = {(c[0], c[-1]) for c in multi}
    recombine = sum(len(firsts[c[0]]) > 1 or len(lasts[c[-1]]) > 1 for c in multi) / len(multi)
    cycles = _cycles(pairs)
    density = len(pairs) / (len(firsts) * len(lasts))
    evidence = (
        f"{n} cores: {round(100 * recombine)}% recombine, {cycles} cycles, {len(firsts)} first and {len(lasts)} "
        f"last words, density {density:.2f}"
    )
    if kind is not None:
        rest = {(f, last) for f, last in pairs if kind not in (f, last)}
        if _cycles(rest) < 1 and sum(len(v) > 1 for k, v in firsts.items() if k != kind) < 2:
            return None
    # Both slots must cross: a given name beside two family names AND a family name beside two given names. A
    # brand's products hang off the brand (first slot only), a kind word's places off the kind (last slot only).
    crossing = min(sum(len(v) > 1 for v in firsts.values()), sum(len(v) > 1 for v in lasts.values()))
    if (
        recombine >= MIN_RECOMBINE
        and crossing >= MIN_CROSSING
        and cycles >= MIN_CYCLES
        and min(len(firsts), len(lasts)) >= MIN_SLOT_WORDS
        and density <= MAX_DENSITY
    ):
        return recombine, evidence
    return None


def _table_words(df: pd.DataFrame, found: Mapping[str, object]) -> set[str]:
    """The folded name words of the columns found as people (name, given name, surname)."""
    out: set[str] = set()
    for column, detection in found.items():
        if getattr(detection, "entity", None) not in (E.NAME, E.FIRST_NAME, E.LAST_NAME) or column not in df.columns:
            continue
        filled = (v for v in df[column].to_numpy() if isinstance(v, str) and v.strip())
        for value in islice(dict.fromkeys(filled), MAX_DISTINCT):
            words = name_words(value)
            if words is not None:
                out.update(_fold(w) for w in words)
    return out


def unlisted_people_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, object]
) -> dict[str, ColumnDetection]:
    """Name columns among ``names`` not decided in ``found`` whose cells are people by structure alone (module
    docstring): dense columns by their own cells, then mostly empty ones by the table's people's words."""
    out: dict[str, ColumnDetection] = {}
    small: list[tuple[str, list[tuple[str, ...]], int]] = []
    for column, series in undecided_text_columns(df, names, found):
        filled = [v for v in series.to_numpy() if isinstance(v, str) and v.strip()]
        read = _read(list(islice(dict.fromkeys(filled), MAX_DISTINCT)))
        if read is None:
            continue
        cores, n_kept = read
        distinct = list(dict.fromkeys(cores))
        if len(distinct) >= MIN_DENSE and (scored := _dense(distinct)) is not None:
            out[column] = _detection(column, scored, n_kept, "values+unlisted_people")
        elif len(distinct) <= MAX_TABLE_CORES:
            small.append((column, distinct, n_kept))
    if small:
        known = _table_words(df, {**found, **out})
        for column, distinct, n_kept in small:
            if (scored := _table_score(distinct, known)) is not None:
                out[column] = _detection(column, scored, n_kept, "values+unlisted_people_table")
    return out


def _table_score(distinct: Sequence[tuple[str, ...]], known: set[str]) -> tuple[float, str] | None:
    """A column too small to recombine (a next of kin, a keyholder, a parent beside the children): people when
    every core is two words or more with one of the table's people's words, most of them (all, for one or two
    cores) made of those words only."""
    if not known or not distinct or any(len(c) < 2 or not any(w in known for w in c) for c in distinct):
        return None
    full = sum(all(w in known for w in c) for c in distinct) / len(distinct)
    if full < (1.0 if len(distinct) <= 2 else MIN_TABLE_KNOWN):
        return None
    return full, f"{len(distinct)} distinct cores of two words or more, {round(100 * full)}% the table's people's words"


def _detection(column: str, scored: tuple[float, str], n: int, method: str) -> ColumnDetection:
    share, evidence = scored
    return ColumnDetection(column, E.NAME, round(share, 4), round(share, 4), method, n, None, evidence)
