"""The table's own people written in a script without capitals, found again in any row's note: ``سالگره مبارڪ
عبدالله ڄامڙو!``, ``پەیوەندی بکە بە ڕێبوار 0770 ...``, ``Thank you ئازاد!``, ``Response to ኤልሳ ዳኒኤል 2-star
review``, ``KJ: مەمەت ئەھمەت up after ...``.

Why: :mod:`text_name_table_people` reads the table's name words in notes by their case (a capitalised run holding
one of them); Arabic, Kurdish, Sindhi, Uyghur, Ethiopic, Bengali or Thai letters have no case, so a run there is
never a candidate, and the slot readers of those scripts know a few cue words of English frames only. A note in
the table's own language names the register's people in whatever frame the writer chose (a greeting, a for-sale
line, a parcel slip), so the frame is the wrong thing to read: the table's name columns are the list. In a script
without case a word of those columns is the person, whatever words stand around it.

A candidate is a run of caseless words separated by single spaces (a comma, a digit or a Latin word ends it); the
name is each longest stretch of the run whose words the table writes as given or family names. Letters that the
scripts' keyboards swap (Arabic and Persian ``ي``/``ی``, ``ك``/``ک``), diacritics and the tatweel are folded
first. One word alone must have three letters at least (``علي`` counts, ``بە`` does not), and a word glued to a
digit (``فلیت۳``) is no name, and a two-letter word at a stretch's edge is left out (``بە``, ``لە``: prepositions as
often as names). A given name of the table followed by one word it does not hold, closing the script's run before a
mark, a bracket, a Latin word or a number, takes that word as its family name (a table whose surname column the
detector missed still names the given names). Words another span holds already are left to it.

The vocabulary is the table's (a chunk's) name columns, as for :mod:`text_name_table_people`: under differential
privacy the caller passes none.

Example::

    people = {"ڕێبوار": "first_name", "هاوڕێ": "last_name"}
    caseless_table_name_spans("بۆ فرۆشتن پاسکیل، پەیوەندی بکە بە ڕێبوار 0770 552 8479", people)
    # [TextSpan(34, 40, 'first_name', 0.95)]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = ["caseless_table_name_spans", "caseless_table_words"]

# Letters of the spaced scripts without case: Hebrew, Arabic (and its supplements), Syriac, Thaana, N'Ko, the Indic
# scripts, Thai, Lao, Tibetan, Myanmar, Georgian, Hangul, Ethiopic, Khmer, Mongolian; with the zero-width joiners.
_LETTERS = (
    "\u0590-\u05ff\u0600-\u06ff\u0700-\u074f\u0750-\u077f\u0780-\u07bf\u07c0-\u07ff\u08a0-\u08ff\u0900-\u0dff"
    "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff\u1200-\u139f\u1780-\u17ff\u1800-\u18af"
    "\u2d80-\u2ddf\uab00-\uab2f\uac00-\ud7a3\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d"
)
_GATE = re.compile(f"[{_LETTERS}]")
_WORD = re.compile(f"[{_LETTERS}]+")
_GAP = re.compile(r"[ \t]+")
# Arabic-script signs that do not change a name: harakat, superscript alef, tatweel, the joiners.
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u200c\u200d]")
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه"})
_DIGIT_NEAR = re.compile(r"\d")
# What may follow a name that closes a run of its script: a mark of address or a list, a bracket, a Latin word or a
# number (not the sentence's end: a verb closes the sentence in Kurdish, Persian, Sindhi or Bengali).
_CLOSES_NAME = re.compile(r"[ \t]*[!,،;:(\[]|[ \t]+[A-Za-z0-9\u00c0-\u024f]")
MIN_LONE_LETTERS = 3


def _fold(word: str) -> str:
    return _MARKS.sub("", word).translate(_FOLD)


def caseless_table_words(people: Mapping[str, str]) -> dict[str, str]:
    """The table's name words written without case (folded) -> kind; punctuation around a cell's word dropped
    (``(78)``, ``<ali@...>`` are no words of a script without case)."""
    out: dict[str, str] = {}
    for word, kind in people.items():
        if not _GATE.search(word):
            continue
        for part in _WORD.findall(word):
            folded = _fold(part)
            if len(folded) > 1:
                out.setdefault(folded, kind)
    return out


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of caseless words separated by single spaces or tabs only."""
    runs: list[list[re.Match[str]]] = []
    for m in _WORD.finditer(text):
        if runs and _GAP.fullmatch(text[runs[-1][-1].end() : m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _glued_digit(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return bool(_DIGIT_NEAR.match(before) or _DIGIT_NEAR.match(after))


def caseless_table_name_spans(
    text: str, people: Mapping[str, str], spans: Sequence[TextSpan] = (), *, words: Mapping[str, str] | None = None
) -> list[TextSpan]:
    """Spans of the table's caseless name words in ``text`` (see the module docstring). ``people``: the table's
    name words (:func:`text_name_table_people.table_people`); ``words``: their :func:`caseless_table_words`, when
    the caller folded them once for many notes; ``spans``: spans found already."""
    if not text or not people or _GATE.search(text) is None:
        return []
    vocab = caseless_table_words(people) if words is None else words
    if not vocab:
        return []
    out: list[TextSpan] = []
    for run in _runs(text):
        stretch: list[re.Match[str]] = []
        for k, m in enumerate([*run, None]):
            known = m is not None and _fold(m.group()) in vocab and not _glued_digit(text, m.start(), m.end())
            if known:
                stretch.append(m)  # type: ignore[arg-type]
                continue
            if stretch:
                if m is not None and k == len(run) - 1 and _family_after_given(text, stretch[-1], m, vocab):
                    stretch.append(m)
                out += _accepted(text, stretch, vocab, spans)
                stretch = []
    return out


def _family_after_given(text: str, given: re.Match[str], word: re.Match[str], vocab: Mapping[str, str]) -> bool:
    """The one word the table does not hold right after a given name it does, closing the script's run before a
    Latin clause, a number or a mark (``سالگره مبارڪ عبدالله ڄامڙو!``, ``Response to سارنگ ڄامڙو 2-star``): the family
    name of a person whose surname column the table lacks. A run's end at the sentence's end is as often its verb."""
    if vocab.get(_fold(given.group())) != E.FIRST_NAME or len(_fold(word.group())) < MIN_LONE_LETTERS:
        return False
    return _CLOSES_NAME.match(text, word.end()) is not None and not _glued_digit(text, word.start(), word.end())


def _accepted(
    text: str, stretch: list[re.Match[str]], vocab: Mapping[str, str], spans: Sequence[TextSpan]
) -> list[TextSpan]:
    # A two-letter word at the stretch's edge is a particle or preposition as often as a name ("بە", "لە").
    while stretch and len(_fold(stretch[0].group())) < MIN_LONE_LETTERS:
        stretch = stretch[1:]
    while stretch and len(_fold(stretch[-1].group())) < MIN_LONE_LETTERS:
        stretch = stretch[:-1]
    if not stretch:
        return []
    start, end = stretch[0].start(), stretch[-1].end()
    if any(s.start <= start and end <= s.end for s in spans):
        return []
    if len(stretch) == 1:
        word = _fold(stretch[0].group())
        if len(word) < MIN_LONE_LETTERS:
            return []
        kind = vocab.get(word)
        if kind is None:
            return []  # the family word alone, its given name trimmed away as too short
        entity = kind if kind in (E.FIRST_NAME, E.LAST_NAME) else E.NAME
        return [TextSpan(start, end, entity, 0.95)]
    return [TextSpan(start, end, E.NAME, 0.95)]
