"""Birth dates in notes after a birth cue read as a grammar: a birth word, its gender marking, a joiner, a date.

Why: the cued birth-date rules match the cue as a list of written forms (``née?``, ``nacid[oa]``, ``f\\.`` before a
number only date), so a cue written with an inclusive ending (``né(e) le``, ``nacido/a el``, ``nato/a il``,
``nascido/a em``), an abbreviation not on the list (``(f. 23. august 1940)``) or a two-digit year after it
(``geb. 1.11.99``) left the date in the published note. Each new form was one more entry, and the next set wrote
another. Here the cue is read by its parts:

- a birth word of many languages (:data:`BIRTH_WORDS`: the participle "born" and the nouns "birth", "date of
  birth", with the compounds they start: ``Geburtsdatum``, ``fødselsdato``, ``syntymäaika``), or an abbreviation
  GENERATED from them: any start of one of them of two letters or more cut by a dot (``geb.``, ``nat.``, ``nasc.``,
  ``ur.``, ``szül.``), a single letter of a participle cut by a dot inside brackets or after a comma (``(b.``,
  ``(f.``, ``(n.``, ``, s.``), or the initials of a "date of birth" phrase (``DOB``, ``D.O.B.``, ``d.d.n.``);
- then any gender or inclusive marking (``(e)``, ``/a``, ``·e``, ``.e``, ``-in``, ``*in``, ``:in``, ``_in``,
  ``@``), a dot, any punctuation (``:``, ``(``, ``-``) and up to three joining words told by their shape, not
  listed: short words of any language (``le``, ``il``, ``el``, ``em``, ``am``, ``on the``, ``Date``, ``den``), a word
  ending a label (``doğum tarihi:``) or a compound's rest after a hyphen (``Geb.-Datum``);
- then a date in any layout :mod:`date_reader` reads, or a number only date with a two-digit year (``1.11.99``,
  ``04_11_41``), whose century is the one that makes the person 0-110 years old today (two-digit years of month-word
  dates, ``jul 9 '04``, are re-read the same way).

A date is a birth date when it is not after today and at most :data:`MAX_AGE` years back; after a single-letter
abbreviation it must also be of a year before this one (``Plan B. 12/03/2026`` is a plan's). The note is first
scanned for a word of the tables (a set look-up per word, no long alternation per note).

Example::

    read_birth_cue_spans("la carte de Aurélie Pires (né(e) le 30/MARS/2004) est là")  # [(36, 48, 'date_of_birth')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.date_reader import DateReading, read_date_at

# The oldest a person's birth date may be, in years before today.
MAX_AGE = 110
# Joining words between a cue and its date: at most this many, each of at most this many letters, lower case.
MAX_JOINERS = 3
MAX_JOINER_LETTERS = 4

# "Born" (participles: their first letter cut by a dot is an abbreviation in brackets) and "birth" (nouns and the
# stems of their compounds), per language, lower case. ``*`` ends a stem any word may continue (``geburt*``:
# ``Geburtsdatum``, ``Geburtstag``); a word without it is read whole, its marking (``/a``, ``(e)``) apart.
BIRTH_WORDS: dict[str, tuple[str, str]] = {
    # language: (participles and verbs "born", nouns "birth" and their compounds)
    "en": ("born", "birth* bday"),
    "fr": ("né née nés nées", "naissance*"),
    "es": ("nacido nacida nacidos nacidas nació", "nacimiento*"),
    "pt": ("nascido nascida nascidos nascidas nasceu", "nascimento*"),
    "it": ("nato nata nati nate", "nascita*"),
    "ca": ("nascut nascuda", "naixement*"),
    "gl": ("nacido nacida", "nacemento*"),
    "de": ("geboren gebürtig", "geburt*"),
    "nl": ("geboren", "geboorte*"),
    "af": ("gebore", "geboorte*"),
    "da": ("født", "fødsel*"),
    "no": ("født fødd", "fødsel*"),
    "sv": ("född", "födelse*"),
    "is": ("fæddur fædd", "fæðing*"),
    "fi": ("syntynyt syntyi", "syntymä*"),
    "et": ("sündinud", "sünni* sünd"),
    "pl": ("urodzony urodzona urodzeni urodził urodziła", "urodzenia urodzin*"),
    "cs": ("narozen narozena narozený narodil narodila", "narození"),
    "sk": ("narodený narodená narodil narodila", "narodenia"),
    "sl": ("rojen rojena", "rojstva rojstni*"),
    "hr": ("rođen rođena rodjen rodjena", "rođenja rodjenja"),
    "ro": (
        "născut născută nascut nascuta",
        "nașterii naşterii nasterii naștere nastere",
    ),
    "hu": ("született", "születés*"),
    "tr": ("doğdu doğmuş", "doğum*"),
    "lt": ("gimęs gimusi gimė", "gimimo"),
    "lv": ("dzimis dzimusi", "dzimšanas dzimsanas"),
    "sq": ("lindur", "datëlindj* datelindj*"),
    "mt": ("twieled twelid imwieled", "twelid"),
    "ga": ("rugadh", "breithe"),
    "cy": ("ganwyd", "geni"),
    "eu": ("jaio jaioa", "jaiotze*"),
    "id": ("lahir", "kelahiran"),
    "tl": ("ipinanganak", "kapanganakan"),
    "sw": ("alizaliwa", "kuzaliwa"),
    "vi": ("sinh", "sinh"),
    "el": ("γεννήθηκε γεννηθείς γεννηθείσα", "γέννηση*"),
    "ru": ("родился родилась", "рождени* рожд"),
    "uk": ("народився народилася народжений народжена", "народження"),
    "bg": ("роден родена", "раждане"),
    "sr": ("рођен рођена", "рођења"),
}
# Phrases saying "date of birth", whose initials are written for them (``DOB``, ``D.O.B.``, ``d.d.n.``).
BIRTH_PHRASES = (
    "date of birth", "date de naissance", "data di nascita", "fecha de nacimiento", "data de nascimento",
    "data de naixement", "datum rođenja", "dátum narodenia", "data urodzenia", "data nașterii",
)  # fmt: skip
# Letters a single-letter abbreviation never stands for "born" with: ``d.`` is "died" in the registers that write
# ``(b. 1901, d. 12/03/1980)``.
_NOT_SINGLE = frozenset("d")
# Where a single-letter abbreviation may stand: after an opening bracket, a comma or a semicolon, or a line's start.
_SINGLE_BEFORE = re.compile(r"(?:^|[(\[,;]|\n)[ \t]*$")
_WORD = re.compile(r"[^\W\d_]+")
# Birth words this short (``nate``, ``nata``, ``sinh``) are also given names: written title case, they count only
# where a sentence, a bracket or a list item opens (``Né le``, ``(Nata il``).
SHORT_WORD = 4
_SEGMENT_ENDS = frozenset("([{.,;:!?-\u2013\u2014|/\n")
# A gender or inclusive marking right after a birth word: ``né(e)``, ``nacido/a``, ``né·e``, ``né.e``,
# ``Geborene*r``, ``nacid@``.
_MARK = re.compile(
    r"\([^\W\d_]{1,3}\)|[/\u00b7*_][^\W\d_]{1,3}(?![^\W\d_])|\.[^\W\d_]{1,2}(?![^\W\d_.])|[:\-]in(?![^\W\d_])|@"
)
# Punctuation between the cue and the date (or a joining word).
_GAP = re.compile(r"[ \t:,(\[\-\u2013\u2014=]*")
_JOINER = re.compile(rf"([^\W\d_]{{1,{MAX_JOINER_LETTERS}}})\.?(?=[ \t:,])")
# The rest of a compound after a hyphen (``Geb.-Datum``, ``birth-date``), any case: a joining word too.
_COMPOUND_TAIL = re.compile(r"(?<=[\-\u2010])([^\W\d_]{2,10})\.?(?=[ \t:,])")
# A longer word ending a label (``doğum tarihi:``, ``geboren Datum:``): a joining word too.
_LABEL_WORD = re.compile(r"([^\W\d_]{2,10})(?=[ \t]?:)")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}[^\W\d_]\.?")
# A number only date with a two-digit year at its end, the same separator twice (any one punctuation or space).
_SHORT_YEAR_DATE = re.compile(r"(\d{1,2})([^\w\s])(\d{1,2})\2['\u2019]?(\d{2})(?![\w]|[.,/\-]\d)")


@dataclass(frozen=True)
class _Cue:
    """What a word of the note is as a birth cue: ``word`` (a whole word or compound), ``abbreviation`` (a start of
    one, two letters or more, cut by a dot), ``single`` (one letter and a dot) or ``initials``; ``end``: where the
    cue (and its dot) stops; ``joiners``: how many joining words may stand between it and its date (a start of two
    letters, ``ur.``, or one letter stands right before its date)."""

    kind: str
    end: int
    joiners: int = MAX_JOINERS
    # Whether a marking, a joining word or punctuation other than spaces must stand before the date.
    linked: bool = False


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]:
    """(whole words, stems continued by any word, starts of words two letters or more, single letters of
    participles, initials of the phrases), all lower case: generated from :data:`BIRTH_WORDS`."""
    whole: set[str] = set()
    stems: set[str] = set()
    starts: set[str] = set()
    singles: set[str] = set()
    for participles, nouns in BIRTH_WORDS.values():
        for word in participles.split():
            whole.add(word)
            singles.add(word[0])
        for word in nouns.split():
            (stems if word.endswith("*") else whole).add(word.rstrip("*"))
    for word in whole | stems:
        starts.update(word[:cut] for cut in range(2, len(word)))
    initials = {"".join(w[0] for w in phrase.split()) for phrase in BIRTH_PHRASES}
    return (
        frozenset(whole),
        tuple(sorted(stems)),
        frozenset(starts),
        frozenset(singles - _NOT_SINGLE),
        frozenset(initials),
    )


def birth_cue_at(text: str, start: int, end: int) -> _Cue | None:
    """What the word ``text[start:end]`` is as a birth cue, or None.

    Example::

        birth_cue_at("Joe (geb. 1.11.99)", 5, 8).kind  # 'abbreviation'
    """
    whole, stems, starts, singles, initials = _tables()
    if (start and (text[start - 1] == "_" or text[start - 1].isalnum())) or (
        text.startswith("_", end) and _MARK.match(text, end) is None
    ):
        return None  # a part of a key (``invoice_dob``, ``dob_check``): the key's words are read by text_keyed_dob
    word = text[start:end].casefold()
    dot = end < len(text) and text[end] == "."
    if end - start == 1 and dot:
        if (m := _INITIALS.match(text, start)) is not None:
            letters = m.group(0).replace(".", "").casefold()
            return _Cue("initials", m.end()) if letters in initials else None
        opening = _SINGLE_BEFORE.search(text, max(0, start - 40), start)
        if word in singles and opening is not None and not _after_number(text, opening.start()):
            return _Cue("single", end + 1, joiners=0)
        return None
    if word in whole or any(word.startswith(stem) for stem in stems):
        if end - start <= SHORT_WORD and text[start:end].istitle():
            if not _segment_start(text, start):
                return None  # ``Nate``, ``Nata``: a given name in mid-sentence, not ``nate`` (born)
            return _Cue("word", end, linked=True)  # ``Né le 12/03/1990``, not ``Nate 12/03/2024 called``
        return _Cue("word", end)
    if word in initials and (text[start:end].isupper() or word == "dob"):
        return _Cue("initials", end + dot)
    if dot and word in starts:
        return _Cue("abbreviation", end + 1, joiners=1 if end - start >= 3 else 0)  # ``geb. am``, ``ur.``
    return None


def _after_number(text: str, opening: int) -> bool:
    """Whether the comma or semicolon at ``opening`` follows a number: ``am 03.04.2024, s. 12.03.2024`` is German
    "see", a person's ``Mik Paulsen, f. 23. august 1940`` follows a name."""
    before = text[max(0, opening - 12) : opening].rstrip()
    return text[opening : opening + 1] in ",;" and before[-1:].isdigit()


def _segment_start(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, a sentence, a bracket or a list item (nothing but spaces since)."""
    before = text[max(0, start - 8) : start].rstrip()
    return not before or before[-1] in _SEGMENT_ENDS


def _date_at(text: str, pos: int, today: date) -> tuple[int, date] | None:
    """(where the date ends, the date) of a date starting at ``pos``: any layout :mod:`date_reader` reads, or a
    number only date with a two-digit year; a two-digit year's century makes it a date of the last 100 years."""
    reading = read_date_at(text, pos)
    if reading is not None:
        return reading.end, _recentred(reading, today)
    m = _SHORT_YEAR_DATE.match(text, pos)
    if m is None:
        return None
    first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    for day, month in ((first, second), (second, first)):  # day first, else month first
        found = _in_century(year, month, day, today)
        if found is not None:
            return m.end(), found
    return None


def _recentred(reading: DateReading, today: date) -> date:
    """The reading's date, its two-digit year (if written so) put in the century that makes it not after today."""
    short = any(not isinstance(p, str) and p[0] == "Y" and p[1] == 2 for p in reading.pieces)
    if not short:
        return reading.date
    found = _in_century(reading.date.year % 100, reading.date.month, reading.date.day, today)
    return found if found is not None else reading.date


def _in_century(year: int, month: int, day: int, today: date) -> date | None:
    """``day``/``month`` of the two-digit ``year`` in the latest century where it is not after ``today``."""
    full = today.year // 100 * 100 + year
    for candidate in (full, full - 100):
        try:
            found = date(candidate, month, day)
        except ValueError:
            return None
        if found <= today:
            return found
    return None


def _after_cue(text: str, cue: _Cue, today: date) -> tuple[int, int] | None:
    """(start, end) of the birth date after ``cue``: its marking, punctuation, joining words, then the date."""
    pos = cue.end
    if cue.kind == "word" and (mark := _MARK.match(text, pos)) is not None:
        pos = mark.end()
    if cue.kind == "word" and text.startswith(".", pos):
        pos += 1
    for _ in range(cue.joiners + 1):
        pos = _GAP.match(text, pos).end()
        if pos >= len(text):
            return None
        linked = not cue.linked or bool(text[cue.end : pos].strip())
        if linked and (text[pos].isdigit() or text[pos].isalpha()):
            found = _date_at(text, pos, today)
            if found is not None:
                end, born = found
                if _born(born, today, single=cue.kind == "single"):
                    return pos, end
                return None
        joiner = _JOINER.match(text, pos) or _COMPOUND_TAIL.match(text, pos) or _LABEL_WORD.match(text, pos)
        if joiner is None or joiner.group(1).isupper():
            return None
        pos = joiner.end()
    return None


def _born(born: date, today: date, single: bool) -> bool:
    """A date a person was born on: not after today, at most :data:`MAX_AGE` years back; after a single-letter
    abbreviation, of a year before this one."""
    if born > today or today.year - born.year > MAX_AGE:
        return False
    return not single or born.year < today.year


def read_birth_cue_spans(text: str, today: date | None = None) -> list[tuple[int, int, str]]:
    """Birth dates of ``text`` after a birth cue read by its parts (word, marking, joiners; see the module),
    ``(start, end, DATE_OF_BIRTH)`` each, in order.

    Example::

        read_birth_cue_spans("Objeto: la cartera de Ana (nacido/a el 09/AGO/1963) está aquí")
        # [(39, 50, 'date_of_birth')]
    """
    if not any(ch.isdigit() for ch in text):
        return []
    today = today or date.today()
    out: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text):
        cue = birth_cue_at(text, m.start(), m.end())
        if cue is None:
            continue
        found = _after_cue(text, cue, today)
        if found is not None and (not out or found[0] >= out[-1][1]):
            out.append((found[0], found[1], E.DATE_OF_BIRTH))
    return out
