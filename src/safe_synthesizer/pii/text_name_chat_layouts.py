"""Names in the slots of a chat or SMS thread pasted into a note, mostly typed in lower case:
``sabrina: is alexander still coming?? / Jeremy: yes / sabrina: gr8``, ``> hi its gavin\\n> kenneth says ok``,
``[julia long-davis] running late sorry!! [Jeremy] np. [julia long-davis] new number ...``.

A thread copied from a phone keeps no clock time (:mod:`text_name_lower_slots` and :mod:`text_name_lone_cued`
need one) and no capitals; its layout still marks who speaks. Each slot below is a place where threads put a
person and labels put no name of the lists:

- a speaker before a colon where a turn starts (the text's start, a line's start after an optional ``>``, or
  after `` / ``, `` | ``, `` // ``), in a text with two turns at least;
- a speaker in square brackets opening the text or following a sentence's end, in a text with two such turns;
- a lower-case given name opening a quoted (``>``) or plain line before a verb of speech (``says``,
  ``said``, ``replied``, ``asked``, ``wrote``, ``agrees``, ``confirmed``);
- inside such a thread (two turns at least), a lower-case word that is a *strong* given name
  (:func:`text_name_lower_words.given_kind`: listed, and no word, function word or place of the languages):
  ``is alexander still coming??``.

Evidence scales with the slot: a speaker whose slot repeats in the same text (the same words twice) is a name when
its words read as one (a listed given name first, or :func:`text_name_lower_slots.loose_name_words` for two to
four words); a speaker seen once needs a strong given name (one word) or a loose name whose first word is a strong
given name. Labels (``user``, ``agent``, ``note``, ``re``), calendar words and function words never count. Only
the text itself decides, so under DP a record's fake depends on that record only.

Example::

    chat_layout_name_spans("sabrina: is alexander still coming?? / Jeremy: yes / sabrina: gr8")
    # [(0, 7, 'name'), (53, 60, 'name'), (12, 21, 'name')]
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_slots import loose_name_words
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind

__all__ = ["chat_layout_name_spans"]

_WORD = r"[^\W\d_][\w'’\-]*[^\W\d_]"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
# A turn starts at the text's start, a line's start (after a quoting ">"), or after " / ", " | ", " // ".
_TURN = r"(?:^|(?<=[ \t]/[ \t])|(?<=[ \t]//[ \t])|(?<=[ \t]\|[ \t]))"
_SPEAKER = re.compile(rf"(?m){_TURN}[ \t]*(?:>[ \t]*)?(?P<name>{_NAME})[ \t]*:(?=[ \t]|$)")
_BRACKET = re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?]\n)|(?<=\n))[ \t]*\[(?P<name>{_NAME})\](?=[ \t])")
_SAYS = re.compile(
    rf"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*(?:>[ \t]*)?(?P<name>{_WORD})[ \t]+"
    r"(?=(?:says|said|replied|replies|asked|asks|wrote|writes|agrees|agreed|confirmed|confirms|texted|messaged)\b)"
)
_LOWER_WORD = re.compile(r"(?<![\w'’\-@.])[a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšșţțťūůűųźżž][\w'’\-]*(?![\w'’\-@])")
# Words that label a turn or a field and are never a person's name there.
_LABELS = frozenset(
    """bot user agent customer client system admin support operator me you staff team host guest caller visitor
    assistant moderator note notes re fwd fw to from cc subject tel phone mob email name address ref status
    update reply answer question q a ps nb lol omg btw np thx pls idk brb ty ur kk ok okay yeah yep nope hey hiya
    hi hello cheers thanks xx xoxo haha sent date time attn attention regarding""".split()  # noqa: SIM905
)
# "hi its gavin", "this is ousman": the speaker naming themselves inside a thread.
_SELF = re.compile(
    r"(?i:(?<![\w'’])(?:its|it's|it’s|this is|i'm|i’m|im))[ \t]+(?P<name>[^\W\d_][\w'’\-]*[^\W\d_])(?![\w'’\-])"
)


@lru_cache(maxsize=1)
def _calendar() -> frozenset[str]:
    from safe_synthesizer.pii.text_name_given_word import _MONTHS, _WEEKDAYS

    short = "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
    return _MONTHS | _WEEKDAYS | frozenset(short.split())


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from safe_synthesizer.pii import gazetteers

    return gazetteers.all_cities() | gazetteers.all_regions()


def _bad_word(word: str) -> bool:
    return word in _LABELS or word in _calendar() or len(word) < 2


def _speaker_name(words: list[str], repeated: bool) -> bool:
    """Lower-case words in a speaker slot read as a name (module docstring)."""
    if any(_bad_word(w) for w in words):
        return False
    if len(words) == 1:
        kind = given_kind(words[0])
        if repeated:  # names of stocks no list holds ("tafadzwa", "taneti") in a slot written twice
            return bool(kind) or family_kind(words[0]) in ("strong", "unknown")
        return kind == "strong" and words[0] not in _places()
    if not loose_name_words(words):
        return False
    return repeated or given_kind(words[0]) == "strong"


def _slot_spans(matches: list[re.Match[str]], turns: int) -> list[tuple[int, int, str]]:
    """Name spans of the lower-case speakers among ``matches`` (two turns at least in the text)."""
    if turns < 2:
        return []
    seen = Counter(m.group("name").lower() for m in matches)
    out = []
    for m in matches:
        name = m.group("name")
        if not name.islower():
            continue
        if _speaker_name(name.split(), repeated=seen[name] > 1):
            out.append((m.start("name"), m.end("name"), E.NAME))
    return out


def _thread_word(word: str) -> bool:
    """A lower-case word a thread's slot (a speaker before ``says``, after ``its``) takes as a name: a listed given
    name that is no function word of English and the main languages, or a word no list nor vocabulary holds."""
    if not word.islower() or _bad_word(word) or function_word(word):
        return False
    return bool(given_kind(word)) or (len(word) >= 3 and family_kind(word) == "unknown")


def _says_spans(text: str, thread: bool) -> list[tuple[int, int, str]]:
    """A given name before a verb of speech; inside a quoted thread, any word that :func:`_thread_word` takes."""
    out = []
    for m in _SAYS.finditer(text):
        word = m.group("name")
        if (thread and _thread_word(word)) or (word.islower() and not _bad_word(word) and given_kind(word) == "strong"):
            out.append((m.start("name"), m.end("name"), E.NAME))
    return out


def _self_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start("name"), m.end("name"), E.NAME) for m in _SELF.finditer(text) if _thread_word(m.group("name"))]


def _mentions(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Strong given names written in lower case anywhere in a thread's text."""
    out = []
    for m in _LOWER_WORD.finditer(text):
        word = m.group()
        if any(a < m.end() and m.start() < b for a, b, _ in taken):
            continue
        if len(word) < 3 or _bad_word(word) or function_word(word) or word in _places():
            continue
        if given_kind(word) == "strong":
            out.append((m.start(), m.end(), E.NAME))
    return out


def chat_layout_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case names in the speaker slots of a pasted thread, and strong given names inside it (see the module
    docstring); overlaps are resolved by the caller."""
    out: list[tuple[int, int, str]] = []
    speakers = list(_SPEAKER.finditer(text)) if ":" in text else []
    brackets = list(_BRACKET.finditer(text)) if "[" in text else []
    # Header lines ("from:", "sent:", "to:", "re:") are no turns of a thread.
    speakers = [m for m in speakers if not any(w in _LABELS for w in m.group("name").lower().split())]
    out += _slot_spans(speakers, len(speakers))
    out += _slot_spans(brackets, len(brackets))
    quoted = sum(1 for line in text.splitlines() if line.lstrip().startswith(">")) if ">" in text else 0
    out += _says_spans(text, quoted >= 2) if " " in text else []
    if len(speakers) >= 2 or len(brackets) >= 2 or quoted >= 2:
        out += _self_spans(text)
        if out:  # a thread whose slots name people: its other strong given names are people too
            out += _mentions(text, out)
    return out
