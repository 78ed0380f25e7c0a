"""Lower-case full names in a slot that the layout keeps for a person: a chat line's speaker, an item of a list
whose other items are capitalised names.

Chat exports, rotas, volunteer sheets and attendance notes copy names as people typed them:
``[10:02] troy trott: is Brad coming tonight?``, ``Volunteers this week - Yesenia Freeman (am), donald cook (pm),
Bridget Zuniga (till)``, ``Attendance Thurs: Stuart, brenda werner, cole ware and Jeanne. Apologies: Dorothy.``,
``Melissa Stephenson: dalitso kachingwe, Barnett, esther msiska and esther mkandawire``. No cue word precedes
these names and their words are often in no list (``kachingwe``, ``lormeka lightbourne``); the slot is the cue:

- speaker: a line opening with a clock time (``[10:02]``, ``10:02``, ``(18:40)``), then two to four lower-case
  words and a colon;
- list item: the part after a colon or a dash, split at commas and a last ``and``/``et``/``y``/``e``/``und``/``en``/
  ``og``/``i``/``dan``/``&``, holds at least three items; at least two *other* items are capitalised names (one to
  three capitalised words that may be names, :func:`text_name_relation_bracketed.capital_name_word`), and the
  lower-case item (a bracketed role such as ``(am)`` after it aside) is two to four words.

The words of the item or speaker must then read as a name (:func:`loose_name_words`): each a listed given or
family name or a word no vocabulary holds, no function word of any language, not every word an English word,
and a first word that is a given name or unknown. So ``flour, baking soda, Brown Sugar`` (no names) and
``Attendees: Anna Weber, Tom Krause, the new trainee`` (function word) keep their words.

Example::

    lower_slot_name_spans("[10:02] troy trott: is Brad coming tonight?")  # [(8, 18, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind

__all__ = ["NAME_PARTICLES", "loose_name_words", "lower_slot_name_spans"]

_LOW = r"a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšșţțťūůűųźżžơưạ-ỹ"
_LWORD = rf"[{_LOW}][{_LOW}'’\-]*[{_LOW}]"
_LNAME = rf"{_LWORD}(?:[ \t]+{_LWORD}){{1,3}}"
# "[10:02] troy trott: ..." - a clock time opening a line, then the speaker's lower-case name and a colon.
_SPEAKER = re.compile(rf"(?m)^[ \t]*[\[(]?\d{{1,2}}[:.h]\d{{2}}(?:[:.]\d{{2}})?[\])]?[ \t]+(?P<name>{_LNAME})[ \t]*:")
# Where a list starts: after a colon or a spaced dash.
_LIST_START = re.compile(r"(?::|[ \t][-–—])[ \t]+")
# Items end at a comma, a last conjunction of the supported languages, or the list's end.
_SEPARATOR = re.compile(
    r"[ \t]*,[ \t]*(?:(?:and|et|y|e|und|en|og|och|i|dan|&)[ \t]+)?|[ \t]+(?:and|et|y|e|und|en|og|och|i|dan|&)[ \t]+"
)
_END = re.compile(r"[.;!?\n]|:|$")
NAME_PARTICLES = frozenset("van von der den de del della di da dos das du la le bin binti bint ten ter".split())  # noqa: SIM905
_ROLE = re.compile(r"[ \t]*\([^()]{1,20}\)$")
_CAPS = re.compile(r"[^\W\d_][\w'’\-.]*")


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary()


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from safe_synthesizer.pii import gazetteers

    return gazetteers.all_cities() | gazetteers.all_regions()


def _name_word(word: str, first: bool = False) -> str:
    """How a lower-case word reads in a name slot: ``"given"``, ``"family"``, ``"unknown"`` or ``""``. A listed given
    name opening the name may be a function word of a language other than English (``sean``: Spanish)."""
    if len(word) < 2:
        return ""
    if given_kind(word) and (first or not function_word(word)):
        return "given"
    if function_word(word):
        return ""
    kind = family_kind(word)
    if kind in ("strong", "word"):
        return "family"
    return "unknown" if kind == "unknown" else ""


def loose_name_words(words: list[str]) -> bool:
    """Two to four lower-case words that a slot already marks as a person read as a name (module docstring)."""
    if len(words) > 2:  # "henri de oliveira", "muhammad bin abdullah": particles between the names
        words = [w for k, w in enumerate(words) if w not in NAME_PARTICLES or k in (0, len(words) - 1)]
    if not 2 <= len(words) <= 4 or not all(w.islower() for w in words):
        return False
    kinds = [_name_word(w, first=k == 0) for k, w in enumerate(words)]
    if not all(kinds):
        return False
    english = _english()
    if all(w in english for w in words) and not any(
        given_kind(w) == "strong" or family_kind(w) == "strong" for w in words
    ):
        return False  # "baking soda", "dawn strong": words, whatever lists hold them, unless one is a clear name
    # A word only a place list knows is no evidence: one word must then be a listed name.
    return not (all(k == "unknown" for k in kinds) and any(w in _places() for w in words))


def _speakers(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _SPEAKER.finditer(text):
        if loose_name_words(m.group("name").split()):
            out.append((m.start("name"), m.end("name"), E.NAME))
    return out


def _capital_item(item: str) -> bool:
    """One to three capitalised words that may be names (``Stuart``, ``Bridget Zuniga``, ``Mrs P. Conrad``)."""
    from safe_synthesizer.pii.text_name_relation_bracketed import capital_name_word
    from safe_synthesizer.pii.titles import is_title

    words = [w for w in _CAPS.findall(_ROLE.sub("", item)) if not is_title(w.rstrip("."))]
    words = [w for w in words if not re.fullmatch(r"[^\W\d_]\.", w)]  # initials
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    kinds = [_name_word(w.rstrip(".").lower()) for w in words]
    if not all(
        k or capital_name_word(w.rstrip("."), alone=len(words) == 1, surname=n > 0)
        for n, (w, k) in enumerate(zip(words, kinds, strict=True))
    ):
        return False
    # One word at least is a given name or a family name no vocabulary holds ("Tea, Rice, Milk" are words).
    return any(
        k == "given" or family_kind(w.rstrip(".").lower()) in ("strong", "unknown")
        for w, k in zip(words, kinds, strict=True)
    )


def _list_items(text: str) -> list[tuple[int, int, str]]:
    out = []
    for start in _LIST_START.finditer(text):
        end = _END.search(text, start.end())
        stop = end.start() if end else len(text)
        items = []
        pos = start.end()
        for sep in _SEPARATOR.finditer(text, pos, stop):
            items.append((pos, sep.start()))
            pos = sep.end()
        items.append((pos, stop))
        if len(items) < 3:
            continue
        texts = [text[a:b] for a, b in items]
        capital = {k for k, item in enumerate(texts) if _capital_item(item)}
        # A roster whose every item carries a short role ("Cortez (am), dawn strong (pm), kendra stanton (till)").
        roster = all(_ROLE.search(item) for item in texts)
        if not capital and not roster:
            continue
        lower = {k for k, item in enumerate(texts) if item.islower() and loose_name_words(_ROLE.sub("", item).split())}
        for k in sorted(lower):
            if roster or len((capital | lower) - {k}) >= 2:
                a = items[k][0]
                out.append((a, a + len(_ROLE.sub("", texts[k])), E.NAME))
    return out


def lower_slot_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case names in a chat speaker slot or a list of capitalised names (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    if ":" in text and any(c.isdigit() for c in text):
        out += _speakers(text)
    if "," in text and (":" in text or "-" in text or "–" in text):
        out += _list_items(text)
    return out
