"""Names in notes read around a culture's naming marker: ``Ринат Камил улы Нуриев``, ``Алсу Айдар кызы``,
``ਕੁਲਦੀਪ ਸਿੰਘ ਬਰਾੜ``, ``ਜਸਪ੍ਰੀਤ ਕੌਰ``, ``Aminah binti Yusof``.

Why: the name readers of notes find a name by its words' lists or capitals, and then stop at a word they do not
know: ``Нуриев Марат Радик улы`` lost ``Радик улы`` (the father's name stayed in the output), ``Ринат Камил улы
Нуриев`` was not read at all, and a Gurmukhi name has no capital and no list (set 46 tt_RU, pa_IN: 16 name spans
missed or cut). The marker (:mod:`.name_marker_words`: a closed class of filial links and middle words, never a
name list) says where a name is and how it is built, whatever the note's frame and language:

* a Turkic link follows the father's given name (``Камил улы``): the span takes the word before it, the person's own
  given name (and a family name) before that, and a family name after it;
* an Arabic, Malay, Celtic or Hebrew link stands between the person and the father (``Aminah binti Yusof``);
* a Sikh middle name follows the given name (``ਜਸਪ੍ਰੀਤ ਕੌਰ``) and may be followed by a clan or family name (the
  other middle words, ``भाई`` brother, ``देवी`` goddess, are common words of a sentence too);

A name word is a word of the marker's script: capitalised (or in capitals) where the script has case, any word
where it has none. Where it has none, a word AFTER the marker is taken only when the table holds it as a person's
word, or when it closes the script's run (a mark, a Latin word, a number or the note's end follows): the Punjabi
verb after a name is a word of the same script too (``... ਚੀਮਾ ਵੱਲੋਂ ਸੱਦਾ``). Spans found already inside the new
one are taken over by it (the longer span wins), spans across its edge leave it out.

Cost: a note is split into words once and each word looked up in a set; no regular expression per marker.

Example::

    marked_name_spans("Visitors' book: Ринат Камил улы Нуриев, наб. Родниковая, д. 8")
    # [TextSpan(17, 39, 'name', 0.9)]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.gazetteers import TITLES
from safe_synthesizer.pii.name_marker_words import (
    AMBIGUOUS_LATIN,
    FILIAL,
    MARKERS,
    SIKH_MIDDLE,
    TURKIC_AFTER,
    is_marker,
)
from safe_synthesizer.pii.own_script_fakes import script_of_word
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = ["marked_name_spans"]

# A word: letters with their combining signs (Indic vowel signs and virama, Thaana fili, the joiners), inner
# apostrophes (``o'g'li``).
_LETTERS = "\\w\u0300-\u036f\u0780-\u07bf\u0900-\u0dff\u1200-\u135f\u200c\u200d"
_TOKEN = re.compile(f"[^\\W\\d_][{_LETTERS}]*(?:['’‘][{_LETTERS}]+)*")
_GAP = re.compile(r"[ \t]+")
# What may follow a name that closes its script's run: a mark of a list or an address, a bracket (not the sentence's
# end: a verb closes the sentence in Punjabi, Amharic or Tatar).
_CLOSING = frozenset(",;:()[]«»")
_BEFORE_MAX = 2  # name words before the marker's own (a given name, a family name written first)


def _cased(word: str) -> bool:
    return word[:1].upper() != word[:1].lower()


def _name_word(word: str, script: str | None, known: Mapping[str, str]) -> bool:
    if is_marker(word) or script_of_word(word) != script or len(word) < 2 or word.casefold().strip(".") in TITLES:
        return False
    if _cased(word):
        return word[:1].isupper() and (not word[1:] or not word[1:].isupper() or word.isupper())
    return True


def _linked(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Two words separated by spaces only (a comma or a dash ends a name)."""
    return _GAP.fullmatch(text[left.end() : right.start()]) is not None


def _closes(text: str, word: re.Match[str]) -> bool:
    rest = text[word.end() :].lstrip(" \t")
    if not rest:
        return False
    if rest[0] in _CLOSING or rest[0].isdigit():
        return True
    nxt = _TOKEN.match(rest)
    return nxt is not None and script_of_word(nxt.group()) != script_of_word(word.group())


def _after(
    text: str, words: list[re.Match[str]], k: int, script: str | None, known: Mapping[str, str], take: int
) -> int:
    """Index of the last word of the span reading ``take`` name words after ``words[k]``."""
    end = k
    for j in range(k + 1, min(len(words), k + 1 + take)):
        word = words[j].group()
        if not _linked(text, words[j - 1], words[j]) or not _name_word(word, script, known):
            break
        if not _cased(word) and word.casefold() not in known and not _closes(text, words[j]):
            break
        end = j
    return end


def _before(text: str, words: list[re.Match[str]], k: int, script: str | None, known: Mapping[str, str]) -> int:
    start = k
    for j in range(k - 1, max(-1, k - 1 - _BEFORE_MAX), -1):
        if not _linked(text, words[j], words[j + 1]) or not _name_word(words[j].group(), script, known):
            break
        start = j
    return start


def _given_before(text: str, words: list[re.Match[str]], k: int, script: str | None, known: Mapping[str, str]) -> bool:
    return k > 0 and _linked(text, words[k - 1], words[k]) and _name_word(words[k - 1].group(), script, known)


def marked_name_spans(
    text: str, spans: Sequence[TextSpan] = (), people: Mapping[str, str] | None = None
) -> list[TextSpan]:
    """Name spans read around the naming markers of ``text`` (module docstring); ``spans``: found already (a new
    span across one's edge is dropped); ``people``: the table's person words (case-folded keys), or None."""
    if not text:
        return []
    words = list(_TOKEN.finditer(text))
    at = [k for k, m in enumerate(words) if is_marker(m.group())]
    if not at:
        return []
    known = {k.casefold(): v for k, v in (people or {}).items()}
    out: list[TextSpan] = []
    for k in at:
        marker = words[k].group()
        key = marker.casefold()
        if script_of_word(marker) == "LATIN" and (key not in FILIAL or key in AMBIGUOUS_LATIN):
            # ``Singh``, ``Kaur``, ``Devi`` in Latin are surnames as often, and ``ab``, ``ni``, ``bin`` common words
            # (``Gültig ab Montag``, ``Green bin Monday``): left to the Latin name readers.
            continue
        script = script_of_word(words[k - 1].group()) if k > 0 else None
        if script is None and k + 1 < len(words):
            script = script_of_word(words[k + 1].group())
        if key in TURKIC_AFTER:
            if not _given_before(text, words, k, script, known):
                continue
            first, last = _before(text, words, k - 1, script, known), _after(text, words, k, script, known, 1)
            if first == k - 1 and last == k:  # the father's name alone: a person is named, but by whom?
                continue
        elif key in FILIAL:
            if k == 0 or k + 1 >= len(words) or not _linked(text, words[k - 1], words[k]):
                continue
            if not _name_word(words[k - 1].group(), script, known):
                continue
            if not _name_word(words[k + 1].group(), script, known):
                continue
            first, last = _before(text, words, k, script, known), _after(text, words, k, script, known, 2)
        elif MARKERS.get(key) == "":
            # An Ethiopic head (``ሃይለ``, ``ኪዳነ``) is a given name of its own as often, and the word after it a
            # preposition or a verb (``ኪዳነ ሃይለ ኣብ ቤት``): no evidence in running text (columns read it).
            continue
        else:  # a Sikh middle name after a given name
            if key not in SIKH_MIDDLE or not _given_before(text, words, k, script, known):
                continue
            first, last = _before(text, words, k, script, known), _after(text, words, k, script, known, 1)
        start, end = words[first].start(), words[last].end()
        if any(s.start < start < s.end or s.start < end < s.end for s in spans):
            continue  # across a span found already: that reader read another layout
        if any(s.start <= start and end <= s.end for s in out):
            continue
        out.append(TextSpan(start, end, E.NAME, 0.9))
    return out
