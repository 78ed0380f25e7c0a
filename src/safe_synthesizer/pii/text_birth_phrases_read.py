"""Birth dates in notes after a birth phrase of any language's table, the date read by the one general reader.

Why: :mod:`text_birth_words_local` holds the birth phrases of about fifty languages (``பிறந்த தேதி``,
``taariikhda dhalashada``, ``tarehe ya kuzaliwa``, ``data e lindjes``), but reads the date after them with a list of
numeric layouts (the caller's regex and its own month-word patterns). So a note whose cue it knew kept a date
written in a layout off that list: ``பிறந்த தேதி: 11+08+1964``, ``taariikhda dhalashada: 13+11+1969``, ``பிறந்த
தேதி: 2003-271`` (an ISO ordinal date), ``03.03.1982; வயது 44``. The cue is the table's; the date is read here by
:func:`birth_words_world.birth_date_at`, which reads any layout :mod:`date_reader` reads (any one separator used
twice, month words of about two hundred languages, ISO week and ordinal dates, two-digit years) and keeps only a
birth date's (not after today, within a life span).

A few languages no birth table had are added here as the dictionary gives their words for "born" and "date of
birth" (:data:`MORE_BIRTH_PHRASES`: Upper and Lower Sorbian, Tok Pisin, Seychellois Creole); phrases only where a
single word would be a common word (Tok Pisin ``bon`` is also "good", Creole ``ne`` is French "not"), and after
those the date must follow at once (no joining words).

Example::

    read_birth_phrase_spans("Tel 2 589 730. Nom: Victor, ne le 1977-297, i anmenn", today=date(2026, 12, 7))
    # [(34, 42, 'date_of_birth')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.birth_words_world import birth_date_at
from safe_synthesizer.pii.text_birth_words_local import BIRTH_WORDS_BEFORE

#: Birth phrases of languages no birth table holds, per language, ``|`` between phrases, lower case.
MORE_BIRTH_PHRASES: dict[str, str] = {
    "hsb": "narodźeny|narodźena|narodźeni|narodźił|narodźiła|narodźenje|datum narodźenja",  # Upper Sorbian
    "dsb": "naroźony|naroźona|naroźone|naroźenje|datum naroźenja",  # Lower Sorbian
    "tpi": "de bilong bon|de mi bon|em i bon long|mi bon long",  # Tok Pisin: "day of birth", "was born on"
    "crs": "ne le|ne lo|dat nesans|nesans",  # Seychellois Creole: "born the", "date of birth"
}
# Up to this many short joining words between a table's phrase and the date (``பிறந்த தேதி அன்று``).
MAX_FILLERS = 3
MAX_FILLER_LETTERS = 14
# How far before a date's year its cue may start (``taariikhda dhalashada: 13 Noofembar 1969``).
WINDOW = 80
# Letters with the combining marks of the scripts the tables hold (Python's ``\w`` has no vowel signs).
_LETTER = (
    r"[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1200-\u139f\u1780-\u17ff\u200c\u200d"
    r"\u02bb\u02bc'’‘]"
)
_FILLER = re.compile(rf"(?:{_LETTER}){{1,{MAX_FILLER_LETTERS}}}\.?")
_GAP = re.compile(r"[ \t:,(\[\-\u2013\u2014=\u060c]*")
_SENTENCE_END = frozenset(".!?;\n\u061f\u06d4")
# A four-digit year of a birth anywhere in the note: the cheap first gate.
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A word for the look-up (one character class: fast; digits in it make it no cue's word).
_TOKEN = re.compile(
    r"[\w\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1200-\u139f\u1780-\u17ff\u200c\u200d"
    r"\u02bb\u02bc'’‘]+"
)
_METACHARACTERS = frozenset("[]()\\?*+{}^$|")


@dataclass(frozen=True)
class _Cues:
    """The phrases by their first word (folded): (pattern matched at the word, joining words allowed after it);
    phrases opening with a regex class (Amharic ``[የስበ]?ተወ[ለ-ሏ]...``), each with the literal text a note must
    hold for it to be searched."""

    by_first: dict[str, list[tuple[re.Pattern[str], int]]]
    irregular: list[tuple[str, re.Pattern[str], int]]
    first_words: frozenset[str]


def _literal_head(phrase: str) -> str:
    """The first run of literal text of a phrase written as a regex (``ተወ`` of ``[የስበ]?ተወ[ለ-ሏ]...``)."""
    for run in re.split(r"\[[^\]]*\][?*+]?|[()?*+{}^$\\]", phrase):
        if run.strip():
            return run.strip().casefold()
    return ""


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    by_first: dict[str, list[tuple[re.Pattern[str], int]]] = {}
    irregular: list[tuple[str, re.Pattern[str], int]] = []
    more = {p for v in MORE_BIRTH_PHRASES.values() for p in v.split("|")}
    phrases = [(p, MAX_FILLERS) for p in BIRTH_WORDS_BEFORE.split("|") if p] + [(p, 0) for p in sorted(more)]
    for written, fillers in phrases:
        phrase = written.replace(r"[ \t]+", " ")  # the table's alternation writes its spaces so
        source = phrase.replace(" ", r"[ \t]+")
        if _METACHARACTERS.intersection(phrase):
            if head := _literal_head(phrase):
                irregular.append((head, re.compile(rf"(?i)(?<!{_LETTER})(?:{source})(?!{_LETTER})"), fillers))
            continue
        pattern = re.compile(rf"(?i)(?:{source})(?!{_LETTER})")
        by_first.setdefault(phrase.split()[0].casefold(), []).append((pattern, fillers))
    return _Cues(by_first, irregular, frozenset(by_first))


def _date_after(text: str, pos: int, fillers: int, today: date) -> tuple[int, int] | None:
    """(start, end) of a birth date after a cue ending at ``pos``: punctuation, up to ``fillers`` short words (not
    past a sentence's end), then the date."""
    for _ in range(fillers + 1):
        pos = _GAP.match(text, pos).end()
        if pos >= len(text) or text[pos] in _SENTENCE_END:
            return None
        if text[pos].isdigit() or text[pos].isalpha():
            found = birth_date_at(text, pos, today)
            if found is not None:
                return pos, found[0]
        filler = _FILLER.match(text, pos)
        if filler is None:
            return None
        pos = filler.end()
    return None


def read_birth_phrase_spans(text: str, today: date | None = None) -> list[tuple[int, int, str]]:
    """Birth dates of ``text`` after a birth phrase of :mod:`text_birth_words_local`'s table or of
    :data:`MORE_BIRTH_PHRASES`, in any layout the date readers read; ``(start, end, DATE_OF_BIRTH)`` each.

    Example::

        read_birth_phrase_spans("taariikhda dhalashada: 13+11+1969, tel 77")  # [(23, 33, 'date_of_birth')]
    """
    if _YEAR.search(text) is None:
        return []
    cues = _cues()
    today = today or date.today()
    out: set[tuple[int, int, str]] = set()
    found_cues: list[tuple[int, int]] = []
    # A cue stands at most :data:`WINDOW` characters before the year of its date: only those words are looked up.
    starts: set[int] = set()
    for year in _YEAR.finditer(text):
        begin = max(0, year.start() - WINDOW)
        if cues.first_words.isdisjoint(_TOKEN.findall(text[begin : year.start()].casefold())):
            continue  # no cue's first word before this year (a set test in C: most notes stop here)
        for token in _TOKEN.finditer(text, begin, year.start()):
            if token.start() in starts:
                continue
            starts.add(token.start())
            for pattern, fillers in cues.by_first.get(token.group(0).casefold(), ()):
                if (m := pattern.match(text, token.start())) is not None:
                    found_cues.append((m.end(), fillers))
    low = text.casefold()
    for head, pattern, fillers in cues.irregular:
        if head in low:
            found_cues += [(m.end(), fillers) for m in pattern.finditer(text)]
    for end, fillers in found_cues:
        found = _date_after(text, end, fillers, today)
        if found is not None:
            out.add((found[0], found[1], E.DATE_OF_BIRTH))
    return sorted(out)
