"""A date of birth written right after a person's name at the head of a line, without a birth word.

Letters, referrals and forms put a patient's or client's birth date beside the name in the heading line:
``Re: Jeffery Massey, 04/08/1943, 1535 Tonya Johns``, ``Patient: Faragó Vilmos (1986.04.30.)``,
``Тема: Оксенія Твердохліб, 22.11.1980``. No cue word says "born"; the position does. A dated line that is
not about a person keeps its date: ``London, 12 March 2024`` (one word, and a place), ``Re: Appointment
Request, 12/03/2024`` (common words), ``Seen by Dr Little, 2019-03-04`` (not at the head of the line).

Rule: at the start of a line, or right after a short label with a colon or a dash (``Re:``, ``Patient:``,
``Betreff:``, ``Тема:``), two to four name words, then a comma, a dash or an opening bracket, then a full
date of a year from 1900 to today. The words must read as a name: Latin words are each a listed given
name or surname, an initial, or a capitalised word that is no common word, and at least one is a listed
name (lower-case notes need every word listed); Cyrillic and Greek words are capitalised (no lists).

Ticket and call notes also write the caller's birth date in brackets right after the name anywhere in a
line, no cue word: ``caller Femke de Boer (07-12-1941) says...``, ``Visser, Sander (1941-12-07)``. The
name must read as a person's (as above) and the date must be at least three years old: a meeting or visit
date in brackets after a name is recent (:func:`bracketed_dob_spans`). Registers and manifests write the same in
every script (``Guest 柴秀兰 (1983/11/03)``, ``Guest দর্শন শর্মা (9 December 1974)``): a Chinese, Japanese or
Korean name run is a listed family name with a listed given name, a name of a spaced script (Indic, Arabic, Hebrew,
Armenian, Georgian) starts with a listed given name or ends with a listed family name of that script
(:func:`script_name`).

Example::

    heading_dob_spans("Re: Jeffery Massey, 04/08/1943, 1535 Tonya Johns.", DATE)  # [(20, 30, 'date_of_birth')]
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.script_lexicon import name_key, script_stop_words, spaced_script_of
from safe_synthesizer.pii.script_surnames import lexicon_family_known, lexicon_given_known
from safe_synthesizer.pii.text_cjk_names import cjk_family, cjk_given
from safe_synthesizer.pii.validators.scripts import family_names, given_names
from safe_synthesizer.utils.scripts import HAN, HANGUL, KANA

# A short label before the name: "Re:", "RE -", "Patient:", "Betreff:", "Objet :", "Тема:".
_LABEL = r"(?:[^\W\d_][^\W\d_ .'/&]{0,20}(?:[ \t][^\W\d_]{1,20}){0,2}[ \t]?[:\-–][ \t]*)?"
# A name word: letters with inner apostrophes or hyphens, or an initial with its dot.
_WORD = r"(?:[^\W\d_]\.|[^\W\d_](?:[^\W\d_]|['’\-])*[^\W\d_])"
# Name particles: the one list of the gazetteers.
_PARTICLES = gazetteers.PARTICLES
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_NON_LATIN = re.compile("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]")
_CJK = re.compile(f"[{HAN}{KANA}{HANGUL}]")
_COMPOUND = re.compile("[-'’]")


@lru_cache(maxsize=4)
def _heading(date: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?m)^[ \t]*{_LABEL}(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,4}})[ \t]*(?:,|\(|[-–—](?=[ \t]))[ \t]*"
        rf"(?P<date>{date})(?![\d/.\-]\d)(?=[ \t]*(?:[,;)|]|\.(?!\d)|$))"
    )


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from safe_synthesizer.pii.common_words import common_words

    names = gazetteers.column_first_names() | gazetteers.column_surname_words()
    places = gazetteers.all_cities() | gazetteers.all_regions()
    return names, common_words(), places


def _listed(word: str, listed: frozenset[str]) -> bool:
    """``word`` is a listed name, or a compound of listed names (``Heinz-Günther``, ``Sean-Paul``; in
    ``O'Brien`` the parts of one or two letters do not count)."""
    low = word.lower()
    if low in listed or gazetteers.plain_form(low) in listed:
        return True
    pieces = _COMPOUND.split(low)
    parts = [p for p in pieces if len(p) > 2]
    return len(pieces) > 1 and bool(parts) and all(p in listed or gazetteers.plain_form(p) in listed for p in parts)


def reads_as_name(name: str) -> bool:
    """``name`` (two to four words) reads as a person's name: see the module's rule."""
    words = name.split()
    if _CJK.search(name):  # "中島 裕樹": a listed Chinese, Japanese or Korean name
        cjk = gazetteers.cjk_names()
        return len(words) <= 3 and any(w in cjk for w in words)
    core = [w for w in words if w.lower() not in _PARTICLES]
    if not 2 <= len(core) <= 4 or words[0].lower() in _PARTICLES:
        return False
    if _NON_LATIN.search(name):
        return all(w[:1].isupper() for w in core) and not any(len(w) == 2 and w.endswith(".") for w in core[-1:])
    listed, common, places = _lists()
    if name.lower() in places:
        return False
    seen_listed = False
    for w in core:
        if len(w) == 2 and w.endswith("."):  # an initial
            continue
        low = w.lower()
        is_listed = _listed(w, listed)
        if not is_listed and (w[:1].islower() or low in common):
            return False
        seen_listed = seen_listed or is_listed
    return seen_listed


def _past_year(date: str) -> bool:
    years = _YEAR.findall(date)
    return not years or 1900 <= int(years[-1]) <= dt.date.today().year


# A number in brackets right after a person's name: "requested by Erika Ramos (21033375)".
_NAMED_NUMBER = re.compile(rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*\((?P<number>\+?\d[\d .\-]{{5,16}}\d)\)")


def named_number_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of numbers in brackets right after a person's name (``Erika Ramos (21033375)``): the
    contact's phone, when the caller finds it valid somewhere. The last two to four words before the
    bracket must read as a name."""
    out = []
    for m in _NAMED_NUMBER.finditer(text):
        words = m.group("name").split()
        if any(reads_as_name(" ".join(words[-n:])) for n in range(2, min(4, len(words)) + 1)):
            out.append((m.start("number"), m.end("number")))
    return out


def heading_dob_spans(text: str, date: str) -> list[tuple[int, int, str]]:
    """Birth dates after a name at the head of a line of ``text``; ``date`` is the regex of a full date."""
    out = []
    for m in _heading(date).finditer(text):
        if _past_year(m.group("date")) and reads_as_name(m.group("name")):
            out.append((m.start("date"), m.end("date"), E.DATE_OF_BIRTH))
    return out + [s for s in bracketed_dob_spans(text, date) if s not in out]


_MIN_AGE_YEARS = 3  # a bracketed date after a name this recent is an event (a visit, a meeting), not a birth


@lru_cache(maxsize=4)
def _bracketed(date: str) -> re.Pattern[str]:
    # "Femke de Boer (07-12-1941)", "Visser, Sander (1941-12-07)": up to five name words, or "Last, First"
    return re.compile(
        rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,4}}|{_WORD},[ \t]+{_WORD}(?:[ \t]+{_WORD})?)[ \t]*\([ \t]*"
        rf"(?P<date>{date})[ \t]*\)"
    )


def _old_enough(value: str) -> bool:
    years = _YEAR.findall(value)
    return bool(years) and 1900 <= int(years[-1]) <= dt.date.today().year - _MIN_AGE_YEARS


def bracketed_dob_spans(text: str, date: str) -> list[tuple[int, int, str]]:
    """Birth dates in brackets right after a person's name (``caller Femke de Boer (07-12-1941) says``);
    ``date`` is the regex of a full date."""
    if "(" not in text or not any(ch.isdigit() for ch in text):
        return []
    out = []
    for m in _bracketed(date).finditer(text):
        if not _old_enough(m.group("date")):
            continue
        name = m.group("name")
        if "," in name:
            last, first = name.split(",", 1)
            candidates = [f"{first.strip()} {last.strip()}"]
        else:
            words = name.split()
            candidates = [" ".join(words[-n:]) for n in range(2, min(4, len(words)) + 1)]
        if any(reads_as_name(c) for c in candidates):
            out.append((m.start("date"), m.end("date"), E.DATE_OF_BIRTH))
    if _CJK.search(text) or spaced_script_of(text) is not None:
        for m in _script_bracketed(date).finditer(text):
            words = m.group("name").split()
            names = (" ".join(words[-n:]) for n in range(1, min(4, len(words)) + 1))
            if _old_enough(m.group("date")) and any(script_name(c) for c in names):
                out.append((m.start("date"), m.end("date"), E.DATE_OF_BIRTH))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=4)
def _script_bracketed(date: str) -> re.Pattern[str]:
    # Words of any script (Indic vowel signs are marks, no word characters to ``\w``) before the bracket.
    word = r"[^\s\d()\[\],.;:!?\"'“”«»]+"
    return re.compile(rf"(?P<name>{word}(?:[ \t]+{word}){{0,3}})[ \t]*[(（][ \t]*(?P<date>{date})[ \t]*[)）]")


_CJK_RUN = re.compile(f"^[{HAN}{HANGUL}]{{2,4}}$")


def script_name(name: str) -> bool:
    """``name`` reads as a person's name in a script without capitals: a run of two to four Chinese, Japanese or
    Korean characters that is a listed family name and a listed given name (``柴秀兰``, ``김민준``); or one to four
    words of one spaced script, none a function word, the first a listed given name or the last a listed family
    name of that script (``দর্শন শর্মা``)."""
    if _CJK_RUN.match(name):
        hangul = bool(re.search(f"[{HANGUL}]", name))
        family = family_names("hangul") if hangul else None
        given = given_names("hangul") if hangul else None
        for cut in (1, 2):
            head, rest = name[:cut], name[cut:]
            if hangul and head in family and rest in given:  # type: ignore[operator]
                return True
            if not hangul and len(rest) >= 1 and cjk_family(head) and cjk_given(rest):
                return True
        return False
    script = spaced_script_of(name)
    words = name.split()
    if script is None or not 1 <= len(words) <= 4 or any(spaced_script_of(w) != script for w in words):
        return False
    if any(name_key(w) in script_stop_words(script) for w in words):
        return False
    return lexicon_given_known(words[0]) or (len(words) > 1 and lexicon_family_known(words[-1]))
