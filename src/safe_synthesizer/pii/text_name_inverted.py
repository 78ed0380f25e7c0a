"""Inverted ``surname, given`` names written all in lower case or all in capitals.

Triage notes, intake forms and ticket logs copy a person's name from a list in its inverted order and
in whatever case it was typed: ``Telefonnotiz 28.07.2023: döhn, justina, geb. ...``, ``caller osborne,
leon, dob ...``, ``Claimed by murphy, gregory (...)``, ``escalated. thorens, julien disputes ...``,
``Telefonanteckning 2025-06-08: PERSSON, GÖTE, född ...``. No capital tells these words from prose, and
the capitalised ``DAVIS, Kayla`` rule of :mod:`text_names` wants a capitalised given name. The comma
layout is a strong sign when three things hold at once:

1. the words: the second is a listed given name (any covered locale; a second given name may follow),
   the first a listed family name or a word no vocabulary holds (``victorsson``, ``mifsud``; no inflected
   English word: ``layering, love``); neither is a function word, a town or region, and an English
   adjective, verb or adverb counts only beside a listed name that is no word, after a role word or a
   field's colon (``Appel du ... : parent, yves``; ``notes: white, rose`` no);
2. the case: both words lower case, or both in capitals (``MIFSUD, JOSEPH``);
3. the place: the pair opens the text, a line, a sentence or a form field (after a colon), or follows a
   role word (``caller``, ``tenant``, ``backer``) or ``by``/``for``/``from``/``to``. Lists of things in
   prose (``apples, pears``) hold no listed given name after a listed family name there.

When both words are also English nouns (WordNet lists ``murphy`` and ``gregory``), the pair counts only
after a role word, ``by``/``for``, or a label (the colon); a bare sentence start needs one word that is
no English word at all.

Example::

    inverted_name_spans("tel triage: caller osborne, leon, dob 11/03/1956")  # [(19, 32, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["inverted_name_spans"]

_LOW = LATIN_LOWER
_UP = LATIN_UPPER
_PARTICLES = r"(?:van|von|de|der|den|du|da|di|del|della|la|le|ten|ter|dos|das|mc|mac)"
_WORD_LOW = rf"[{_LOW}][{_LOW}'’]*(?:-[{_LOW}]+)?"
_WORD_UP = rf"[{_UP}][{_UP}'’]*(?:-[{_UP}]+)?"
# "döhn, justina", "de coninck, thijs", "salgado, curro vicente"; the same in capitals.
_PAIR_LOW = re.compile(
    rf"(?<![\w'’\-.,@])(?P<last>(?:{_PARTICLES}[ \t]+){{0,2}}{_WORD_LOW})[ \t]*,[ \t]*"
    rf"(?P<first>{_WORD_LOW})(?:[ \t]+(?P<second>{_WORD_LOW}))?(?![\w'’@])"
)
_PAIR_UP = re.compile(
    rf"(?<![\w'’\-.,@])(?P<last>(?:(?i:{_PARTICLES})[ \t]+){{0,2}}{_WORD_UP})[ \t]*,[ \t]*"
    rf"(?P<first>{_WORD_UP})(?:[ \t]+(?P<second>{_WORD_UP}))?(?![\w'’@])"
)
# A dash after a pair that opens a line: the layout of a register's entries ("allen, ethan - grade 3").
_ENTRY_DASH = re.compile(r"[ \t]+[-–—][ \t]")
# Words before the pair that say a person follows (besides the role words of text_name_lower).
_CUE_WORDS = frozenset(
    """by for from to attn re caller backer tenant member applicant claimant patient client customer owner
    holder contact kin starter joiner leaver resident supporter donor visitor borrower student pupil
    learner apprentice candidate volunteer carer guardian surname name""".split()  # noqa: SIM905
)
# Words that link a person to an act ("Claimed by", "refund for"): weaker than a role word.
_LINK_WORDS = frozenset(("by", "for", "from", "to", "attn", "re"))
# A label naming the field a name fills ("Name:", "Surname/First:", "NOMBRE:", "caller:").
_NAME_LABEL = re.compile(
    r"(?i:(?:name|names|surname|first|nom|nombre|nome|navn|namn|nimi|naam|imię|nazwisko|jméno|příjmení|isim|"
    r"ad|soyad|nama|tên|họ|caller|patient|client|tenant|applicant|backer|member|owner)[ \t]*[:/]?[ \t]*)$"
)


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words never in a name here, English nouns, places), lower case."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    never = latin_stop_words() | common_words() | english_vocabulary(("adj", "verb", "adv"))
    places = gazetteers.all_cities() | gazetteers.all_regions()
    return frozenset(never), english_vocabulary(("noun",)), frozenset(places)


def _context(text: str, start: int) -> str:
    """What stands before the pair on its line: ``"label"`` (a name field or role word), ``"field"`` (another
    field's colon), ``"cue"`` (a person cue word: ``by``, ``for``), ``"open"`` (line or sentence start) or
    ``""``."""
    line_start = text.rfind("\n", 0, start) + 1
    stripped = text[max(line_start, start - 40) : start].rstrip(" \t")
    if not stripped:
        return "open"
    if _NAME_LABEL.search(stripped):
        return "label"
    word = re.search(r"[^\W\d_]+$", stripped)
    if word is not None:
        low = word.group().lower()
        return "cue" if low in _LINK_WORDS else "label" if low in _cue_words() else ""
    if stripped[-1] == ":":
        return "field"
    return "open" if stripped[-1] in ".!?;>-–—|(" else ""


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    from safe_synthesizer.pii.text_name_lower import ROLE_WORDS

    return _CUE_WORDS | ROLE_WORDS


def _surname_kind(word: str, english: bool = False) -> str:
    """``"strong"`` (listed), ``"unknown"`` (3+ letters no vocabulary holds, no inflected English word),
    ``"noun"`` (listed, an English noun too), ``"word"`` (listed, and an English adjective, verb or adverb:
    ``long``, ``parent``), ``"place"`` (listed, and a town: ``castelli``, ``lincoln``) or ``""``.

    In an ``english`` note only English function words rule a word out: ``allen`` (German "all") or
    ``dal`` (Italian "from the") are surnames there."""
    never, nouns, places = _vocab()
    core = word.lower().split()[-1]
    listed = core in family_names() or core.split("-")[0] in family_names() or core in gazetteers.last_names()
    foreign = english and core not in _english_function_words()
    if len(core) < 2 or (core in _function_words() and not foreign):
        return ""
    if core in places:
        return "place" if listed and core not in gazetteers.all_regions() else ""
    if core in (_english_never() if foreign else never):
        return "word" if listed else ""
    if core in nouns:
        return "noun" if listed else ""
    if listed or core in given_names():
        return "strong"
    from safe_synthesizer.pii.text_name_lower_cues import _inflected

    plain = len(core) >= 3 and core.replace("-", "").isalpha() and not _inflected(core)
    return "unknown" if plain else ""


def _given_kind(word: str) -> str:
    """``"strong"``, ``"noun"`` or ``"word"`` as for surnames, for a listed given name; else ``""``."""
    never, nouns, places = _vocab()
    low = word.lower()
    if len(low) < 2 or low.split("-")[0] not in given_names() or low in places or low in _function_words():
        return ""
    return "word" if low in never else "noun" if low in nouns else "strong"


@lru_cache(maxsize=1)
def _english_function_words() -> frozenset[str]:
    from safe_synthesizer.pii.text_ner import english_stop_words

    return english_stop_words()


@lru_cache(maxsize=1)
def _english_never() -> frozenset[str]:
    """The words of ``_vocab``'s never-list an English note can hold: no other language's function words."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return common_words() | english_vocabulary(("adj", "verb", "adv")) | _english_function_words()


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    return latin_stop_words()


def _accepted(surname: str, given: str, where: str) -> bool:
    """Both words may be names, and the place says enough for their kinds (module docstring)."""
    kinds = (surname, given)
    if surname == "place":
        # "for castelli, lodovico": a town's name is a surname only where a person is cued, before a given
        # name that is no word ("for paris, texas" has no given name).
        return where in ("label", "cue", "field") and given == "strong"
    if "word" in kinds:
        # "parent, yves" after a field's colon: one English word beside a listed name that is no word.
        return where in ("label", "field") and "strong" in kinds
    if kinds == ("noun", "noun"):
        return where in ("label", "cue", "field")
    return True


def inverted_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of lower-case or capital ``surname, given`` names (module docstring)."""
    if "," not in text:
        return []
    out = []
    english: bool | None = None  # the note's language, looked at once a candidate shows up
    for regex, same_case in ((_PAIR_LOW, str.islower), (_PAIR_UP, str.isupper)):
        for m in regex.finditer(text):
            last, first = m.group("last"), m.group("first")
            if not (same_case(last.split()[-1]) and same_case(first)):
                continue
            given = _given_kind(first)
            if not given:
                continue
            if english is None:
                from safe_synthesizer.pii.text_name_lower import _english_text

                english = _english_text(text)
            surname = _surname_kind(last, english)
            if not surname:
                continue
            where = _context(text, m.start())
            if where == "open" and _ENTRY_DASH.match(text, m.end()):
                where = "label"  # "hood, joan - grade 3 exam entry": a register's entry, the name first
            if not where or not _accepted(surname, given, where):
                continue
            end = m.end("first")
            second = m.group("second")
            if second and same_case(second) and _given_kind(second) in ("strong", "noun"):
                end = m.end("second")
            out.append((m.start("last"), end, E.NAME))
    return out
