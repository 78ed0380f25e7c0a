"""Person names in notes written in Hebrew, Arabic, Persian, Georgian, Armenian or an Indic script.

Why: the English NER model reads none of these scripts and they have no capitals to go by, so the
evidence is the script's own name lists and titles (:mod:`.script_lexicon`), one rule for every script:

- a listed given name (one or two, ``יעל``, ``نازنین زهرا``) then a listed family name, or a word with
  an ending only family names take (``მირიან გულიაშვილი``, ``اسرا مهدیان``); or the family name first
  when each word is listed as one kind only (``גולן אביב``);
- a title (``מר``, ``גב'``, ``ד"ר``, ``آقای``, ``خانم``, ``ბატონი``, ``पारोन``, ``श्री``...) then one to three
  listed or surname-shaped words (``ბატონი გულიაშვილი``, ``دکتر اسرا مهدیان``).

A pair followed by a house number is a street named after a person (``לסקוב חיים 30``, Israel names
streets family name first): left to the street rules. Function words of the language are never names.

Example::

    script_people_spans("ביקור בית אצל יעל מלכה ברחוב הרצל 5")
    # [(14, 22, 'name')]
"""

from __future__ import annotations

import re
from functools import cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.script_lexicon import (
    SPACED_SCRIPTS,
    courtesy_titles,
    family_entries,
    given_entries,
    name_key,
    script_stop_words,
    spaced_script_of,
    surname_shaped,
    titles,
    towns,
)

__all__ = ["script_people_spans", "script_tokens"]

_JOINERS = "'’׳\"״\\-\u200c\u200d"
_MAX_ENTRY = 3  # words of the longest name entry tried
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_NUMBER_AFTER = re.compile(rf"(,?)[ \t]*([{_DIGITS}]+)([ \t][{_DIGITS}])?")
_MAX_HOUSE_DIGITS = 5
_GAP = re.compile(r"[ \t]+")


@cache
def _token_pattern(script: str) -> re.Pattern[str]:
    letters = SPACED_SCRIPTS[script][0]
    # A word: letters with inner geresh, hyphen or joiners (``ג'ורג'``, ``ბ-ნი``, ``محمد‌پور``); a title may
    # end in a dot or a geresh (``גב'``, ``د.``, ``डॉ.``), read by :func:`_title_at`.
    return re.compile(rf"[{letters}](?:[{letters}{_JOINERS}]*[{letters}])?")


class _Token:
    __slots__ = ("end", "key", "start")

    def __init__(self, start: int, end: int, key: str) -> None:
        self.start, self.end, self.key = start, end, key


def script_tokens(text: str, script: str) -> list[_Token]:
    """The words of ``script`` in ``text`` with their keys (see :func:`.script_lexicon.name_key`)."""
    return [_Token(m.start(), m.end(), name_key(m.group())) for m in _token_pattern(script).finditer(text)]


def _runs(text: str, tokens: list[_Token], script: str) -> list[list[_Token]]:
    """Tokens split where anything but spaces stands between two of them (punctuation ends a name), but for
    the dot or geresh of an abbreviated title (``גב' כהן``, ``د. محمد``)."""
    runs: list[list[_Token]] = []
    for token in tokens:
        gap = text[runs[-1][-1].end : token.start] if runs else ""
        joined = bool(_GAP.fullmatch(gap)) or (
            gap[:1] in ".'׳" and bool(_GAP.fullmatch(gap[1:])) and name_key(runs[-1][-1].key + gap[0]) in titles(script)
        )
        if runs and joined:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _house_number_after(text: str, end: int, script: str) -> bool:
    """A house number right after a pair of words makes them a street named after a person (``לסקוב חיים
    30``). A phone number is no house number (``उषा चोपरा 089976 69156``: six digits or more, or a second
    group of digits), nor a number after a comma that opens the next words of the script (``هليا یزدی, 236
    ایروانی میدان``: the name, then the address that starts with its number)."""
    m = _NUMBER_AFTER.match(text, end)
    if m is None or len(m.group(2)) > _MAX_HOUSE_DIGITS or m.group(3):
        return False
    if not m.group(1):
        return True
    return re.match(rf"[ \t]+[{SPACED_SCRIPTS[script][0]}]", text[m.end() :]) is None


def _entry_at(run: list[_Token], i: int, entries: frozenset[tuple[str, ...]]) -> int:
    """Words of the longest listed entry starting at ``run[i]`` (0 when none)."""
    for n in range(min(_MAX_ENTRY, len(run) - i), 0, -1):
        if tuple(t.key for t in run[i : i + n]) in entries:
            return n
    return 0


def _family_at(run: list[_Token], i: int, script: str) -> int:
    if i >= len(run):
        return 0
    return _entry_at(run, i, family_entries(script)) or int(surname_shaped(run[i].key, script))


def _title_at(text: str, run: list[_Token], i: int, script: str) -> int:
    """Words of a title starting at ``run[i]`` (two for ``جناب آقای``), with its dot or geresh."""
    known = titles(script)
    for n in (2, 1):
        if i + n > len(run):
            continue
        last = run[i + n - 1]
        words = " ".join(t.key for t in run[i : i + n])
        mark = text[last.end : last.end + 1]
        if words in known or (mark in ".'׳\"" and name_key(words + mark) in known):
            return n
        if mark == '"' or mark == "״":  # ``ד"ר``: the gershayim sits inside the abbreviation
            tail = re.match(rf"[\"״][{SPACED_SCRIPTS[script][0]}]+", text[last.end :])
            if tail and name_key(words + tail.group()) in known:
                return n
    return 0


def _pair_at(run: list[_Token], i: int, script: str) -> int:
    """Words of a given-then-family (or family-then-given) name starting at ``run[i]``, 0 when none."""
    given, family = given_entries(script), family_entries(script)
    first = _entry_at(run, i, given)
    if first:
        second = _entry_at(run, i + first, given)
        for n_given in (first + second, first) if second else (first,):
            n_family = _family_at(run, i + n_given, script)
            if n_family:
                return n_given + n_family
    n_family = _entry_at(run, i, family)
    if n_family and not first:
        n_given = _entry_at(run, i + n_family, given)
        if n_given and not _entry_at(run, i + n_family, family):
            return n_family + n_given
    return 0


def _named_after_title(run: list[_Token], i: int, script: str) -> int:
    """Listed or surname-shaped words right after a title (at most three)."""
    given = given_entries(script)
    n = 0
    while n < _MAX_ENTRY and i + n < len(run):
        step = _entry_at(run, i + n, given) or _family_at(run, i + n, script)
        if not step:
            break
        n += step
    return n


def _courtesy_surname(text: str, run: list[_Token], i: int, n_title: int, script: str) -> int:
    """1 when a courtesy title (``גב'``, ``آقای``, ``ბატონი``) is followed by a word that is no function word:
    the person's surname, listed or not (``Dear גב' פלדמן``)."""
    title = " ".join(t.key for t in run[i : i + n_title])
    mark = text[run[i + n_title - 1].end : run[i + n_title - 1].end + 1]
    known = courtesy_titles(script)
    if title not in known and name_key(title + mark) not in known:
        return 0
    if i + n_title >= len(run):
        return 0
    word = run[i + n_title].key
    if script == "arabic" and word.startswith("ال"):
        return 0  # "السيد الرئيس" (Mr President): a name after a courtesy title takes no article
    return int(len(word) >= 2 and word not in script_stop_words(script) and word not in titles(script))


def _spans_in(text: str, script: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    runs = _runs(text, script_tokens(text, script), script)
    for run in runs:
        i = 0
        while i < len(run):
            n_title = _title_at(text, run, i, script)
            if n_title:
                n = _named_after_title(run, i + n_title, script) or _courtesy_surname(text, run, i, n_title, script)
                if n:
                    first, last = run[i + n_title], run[i + n_title + n - 1]
                    alone = n == 1 and not _entry_at(run, i + n_title, given_entries(script))
                    out.append((first.start, last.end, E.LAST_NAME if alone else E.NAME))
                    i += n_title + n
                    continue
            n = _pair_at(run, i, script)
            if n and not _house_number_after(text, run[i + n - 1].end, script):
                out.append((run[i].start, run[i + n - 1].end, E.NAME))
                i += n
                continue
            i += 1
    return out + _in_latin_note(text, runs, out, script)


_LATIN = re.compile("[A-Za-z]")
_MAX_LONE_RUN = 3
# An English courtesy title right before the words: they are the person's (family) name ("Mrs কান্ত-পাণ্ডে").
_LATIN_TITLE = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+$")


def _in_latin_note(
    text: str, runs: list[list[_Token]], found: list[tuple[int, int, str]], script: str
) -> list[tuple[int, int, str]]:
    """In a note written in Latin letters a word of this script stands out: a run of one to three such words
    with a listed or surname-shaped one is a person (``session 5 - איתי manages``, ``roster: გულიაშვილი off``),
    unless a house number follows (then it is a street: ``lives at בן צבי שמעון 40``)."""
    letters = sum(len(t.key) for run in runs for t in run)
    if len(_LATIN.findall(text)) <= letters:
        return []
    given, family = given_entries(script), family_entries(script)
    out = []
    for run in runs:
        if len(run) > _MAX_LONE_RUN or any(a < run[-1].end and run[0].start < b for a, b, _ in found):
            continue
        if _house_number_after(text, run[-1].end, script) or _letters(script).search(
            text[run[-1].end : run[-1].end + 2]
        ):
            continue
        keys = [(t.key,) for t in run]
        if " ".join(t.key for t in run) in towns(script):
            continue  # "shipped to תל אביב"
        # Hyphenated double family names ("कपूर-गुरुंग") and given names of two words ("علی اکبر") count too.
        parts = [(p,) for t in run for p in t.key.split("-") if p]
        listed = any(k in given or k in family or surname_shaped(k[0], script) for k in keys + parts)
        if not (listed or tuple(t.key for t in run) in given or _LATIN_TITLE.search(text, 0, run[0].start)):
            continue
        alone = len(run) == 1 and keys[0] not in given
        out.append((run[0].start, run[-1].end, E.LAST_NAME if alone else E.NAME))
    return out


def script_people_spans(text: str) -> list[tuple[int, int, str]]:
    """Person names in the Hebrew, Arabic, Georgian, Armenian and Indic parts of ``text`` (see the module)."""
    if spaced_script_of(text) is None:
        return []
    out: list[tuple[int, int, str]] = []
    for script in SPACED_SCRIPTS:
        if script != "thai" and _letters(script).search(text):
            out += _spans_in(text, script)
    return out


@cache
def _letters(script: str) -> re.Pattern[str]:
    return re.compile(f"[{SPACED_SCRIPTS[script][0]}]")


def script_person_value(value: str) -> tuple[bool, bool] | None:
    """(a person's name, its words listed) of a whole cell in a spaced script, ``None`` when the cell is not
    letters of one such script (``יעל מלכה``, ``ბატონი მირიან გულიაშვილი``, ``دکتر اسرا مهدیان``).

    A name is a listed pair (see :func:`script_people_spans`) or a title with two or three words after it;
    "listed" says the lists themselves vouch for it (a title alone does not).
    """
    script = spaced_script_of(value)
    if script is None or script == "thai" or any(ch.isdigit() for ch in value):
        return None
    tokens = script_tokens(value, script)
    if not 1 <= len(tokens) <= 6 or _SEPARATORS.sub("", _token_pattern(script).sub("", value)):
        return None  # other letters or punctuation: no bare name
    run = tokens
    n_title = 0
    while n_title < len(run) and (step := _title_at(value, run, n_title, script)):
        n_title += step
    rest = len(run) - n_title
    if rest < 1:
        return None
    if _pair_at(run, n_title, script) == rest:
        return True, True
    if n_title and rest <= _MAX_ENTRY:
        return True, _named_after_title(run, n_title, script) == rest
    return False, False


_SEPARATORS = re.compile(r"[\s.'׳\"״\-]+")
