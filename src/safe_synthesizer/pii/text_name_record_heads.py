"""The person a note's record opens with: ``Raffle stub 214: Keoni Akana, (814) 296-8179``, ``Cash receipt no. 88 -
Kpodo, Selorm, +233 24 431 4977``, ``Ðevi dzikpɔla: Yao Amenyo, Wodzi: 27,02,1947, fon 055 465 5472``, ``ሓላዊት
ህፃናት: ሙሉጌታ ሃይሉ ገብረመድህን, ዕለት ልደት: 17·04·1958``, ``Judge's card: వేమూరి ప్రసాద్'s Kiyohime maple``.

Why: receipts, stubs, sign-up slips and cards copy a person's record into a note as fields: a label (in any
language), the person, then a comma and the person's other fields (phone, birth date, address, e-mail, id). Names of
stocks no list holds (Ewe, Hawaiian, Tigrinya, Telugu) and names in scripts without capitals are taken by no pair
rule and no NER model, and a ``Surname, Given`` written after a dash keeps its surname (only the given name is
listed). The layout itself is general, not any template's words; it is read in two layers:

1. the **head**: where a record starts, whatever the label says: the start of a line, or right after a label's
   colon or a dash when the label before it is short (at most five words since the line's start or the last
   field's comma or colon);
2. the **value** there: one to four tokens, each a name word (:func:`text_name_word_kinds.name_word` in a sure
   slot for a cased script: a listed name or a word no vocabulary holds, capitalised or in capitals; any word of
   two letters or more in a script without case), optionally after a title, then one of
   - a comma and, within the next 60 characters of the same line, a span of another field the note's readers found
     (a phone, an e-mail, a date, an address, an id) or a number of six digits or more: the record goes on, so the
     head was its person (two tokens at least, or ``Surname, Given`` where both halves are name words, the given
     part one or two of them);
   - after a label, up to three lower-case words and a field span right there (``Tansa tamaynut: Tassadit Mammeri
     yezdeɣ deg 8, avenue ...``, ``Kagiso Mogae o nna kwa Plot 5946``): the verb and preposition of "lives at" in
     the note's language, whatever they are;
   - ``'s`` and a word after a label: the head owns a thing (``Bosun: Afi Gbedemah's Laser``), two tokens at
     least (a possessor opening a note is often a story's part: ``Dick Whittington's cat suit``).

Lower-case runs are left to the readers that need a second cue for them; a run any word of which a non-name span
holds (a street, a town) is left too, except a town span over a single name word of an inverted pair.

The note alone decides (its own spans are the cue), so under differential privacy a record's text depends on that
record only.

Example::

    record_head_spans("Raffle stub 214: Keoni Akana, (814) 296-8179", [(30, 44, "phone_number")])
    # [(17, 28, 'name')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from itertools import pairwise

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_word, note_script
from safe_synthesizer.pii.titles import is_title

__all__ = ["record_head_spans"]

Span = tuple[int, int, str]

_NAME_ENTITIES = frozenset((E.NAME, E.FIRST_NAME, E.LAST_NAME))
# The fields a person's record goes on with.
_FIELDS = frozenset((E.PHONE_NUMBER, E.FAX_NUMBER, E.EMAIL, E.DATE_OF_BIRTH, E.STREET_ADDRESS, E.ADDRESS, E.POSTCODE,
                     E.SSN, E.NATIONAL_ID, E.TAX_ID, E.IBAN, E.CREDIT_DEBIT_CARD))  # fmt: skip
# A label ends at a colon or a spaced dash (any dash) or an arrow; the value starts after its blanks.
_MARK = re.compile(r"(?::|\s[-–—]+>?|\s->|\s=>|\s>>)[ \t]+")
_FIELD_END = re.compile(r"[,:;()\[\]\n]|['’]s\s")
# A number a record's field may be: digits with the separators of dates and phone numbers between them.
_NUMBER = re.compile(r"\+?\(?\d[\d \t·.,/()\-–]*\d")
# Up to three lower-case words between a person and the next field: the verb and preposition of "lives at" in the
# note's language (``yezdeɣ deg``, ``o nna kwa``, ``le``).
_LINK = re.compile(r"(?:[ \t]+[^\W\d_A-Z][^\W\d]*){1,3}[ \t]+")
_CAPITAL_RUN = re.compile(r"[^\W\d_][\w'’ʻ\-]*(?:[ \t][^\W\d_][\w'’ʻ\-]*){0,4}")
_MAX_LABEL_WORDS = 5
_REACH = 60
_APOSTROPHES = "'’ʻʼ"


def _caseless(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all(ch.lower() == ch.upper() for ch in letters)


def _token_ok(word: str, script: str) -> bool:
    """``word`` may be one word of a person's name at a record's head."""
    if any(ch.isdigit() for ch in word) or not word[:1].isalpha():
        return False
    if any(not (ch.isalpha() or ch in "-.'’ʻʼ" or not ch.isprintable() or _mark(ch)) for ch in word):
        return False
    if _caseless(word):
        return sum(ch.isalpha() for ch in word) >= 2
    if not word[:1].isupper() or is_title(word.rstrip(".")):
        return False
    core = word.strip(_APOSTROPHES).rstrip(".")
    if len(core) < 2 or core.endswith("."):
        return False
    return name_word(core if not core.isupper() else core.capitalize(), "sure", script)


def _mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")  # Telugu and Ethiopic vowel signs, viramas


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    return [(a + m.start(), a + m.end(), m.group()) for m in re.finditer(r"\S+", text[a:b])]


def _value(text: str, a: int, b: int, script: str) -> tuple[int, int, int] | None:
    """``(start, end, name tokens)`` of a name run filling ``text[a:b]`` (after an optional title), or None."""
    toks = _tokens(text, a, b)
    while toks and (is_title(toks[0][2].rstrip(".")) or is_title(toks[0][2])):
        toks = toks[1:]
    if not toks or len(toks) > 5:
        return None
    words = [t for t in toks if t[2] not in PARTICLES]
    if not 1 <= len(words) <= 4 or toks[-1][2] in PARTICLES or toks[0][2] in PARTICLES:
        return None
    if any(text[x[1] : y[0]] not in (" ", "\t") for x, y in pairwise(toks)):
        return None
    if not all(_token_ok(w, script) for _, _, w in words):
        return None
    return toks[0][0], toks[-1][1], len(words)


def _heads(text: str, lo: int, hi: int) -> list[int]:
    """Where a record may start in the line ``text[lo:hi]``: its start and after each short label."""
    heads = [lo + len(text[lo:hi]) - len(text[lo:hi].lstrip(" \t*•·-–—>"))]
    for m in _MARK.finditer(text, lo, hi):
        since = max(text.rfind(",", lo, m.start()), text.rfind(";", lo, m.start()), lo - 1) + 1
        label = text[since : m.start()]
        if label.strip() and len(label.split()) <= _MAX_LABEL_WORDS:
            heads.append(m.end())
    return sorted(set(heads))


def _field_after(text: str, spans: Sequence[Span], at: int, line_end: int) -> bool:
    """A field of the record starts within reach after ``at`` on the line: a span of a phone, a date, an address...,
    or a number of six digits or more no reader took (``o tsholetswe ka 12,07,1970, mogala 71 017 040``)."""
    reach = min(at + _REACH, line_end)
    if any(ent in _FIELDS and at <= s <= reach for s, _, ent in spans):
        return True
    m = _NUMBER.search(text, at, line_end)
    return m is not None and m.start() <= reach and sum(ch.isdigit() for ch in m.group()) >= 6


def _covered(spans: Sequence[Span], a: int, b: int, allow_city: bool = False) -> bool:
    """A span other than a name's (or, with ``allow_city``, a town's) holds part of ``a..b``."""
    for s, e, ent in spans:
        if s < b and a < e and ent not in _NAME_ENTITIES and not (allow_city and ent == E.CITY):
            return True
    return False


def _found(spans: Sequence[Span], a: int, b: int) -> bool:
    return any(s <= a and b <= e and ent in _NAME_ENTITIES for s, e, ent in spans)


def _linked(text: str, head: int, spans: Sequence[Span], script: str) -> Span | None:
    """``Kagiso Mogae o nna kwa Plot 5946, ...``: a capitalised name run after a label, up to three lower-case words,
    then a span of the record's next field (an address, a phone) right there."""
    run = _CAPITAL_RUN.match(text, head)
    if run is None:
        return None
    words = list(re.finditer(r"\S+", run.group()))
    # The name is the run's capitalised words; the lower-case link words follow them.
    k = 0
    while k < len(words) and (words[k].group()[:1].isupper() or words[k].group() in PARTICLES):
        k += 1
    if k < 2:
        return None
    end = head + words[k - 1].end()
    link = _LINK.match(text, end)
    if link is None or not any(s == link.end() and ent in _FIELDS for s, _, ent in spans):
        return None
    value = _value(text, head, end, script)
    if value is None or value[2] < 2 or _covered(spans, value[0], value[1]):
        return None
    return (value[0], value[1], E.NAME)


def _head_span(text: str, head: int, line_end: int, spans: Sequence[Span], script: str, labelled: bool) -> Span | None:
    end = _FIELD_END.search(text, head, line_end)
    if end is None:
        return _linked(text, head, spans, script) if labelled else None
    value = _value(text, head, end.start(), script)
    if value is None:
        return _linked(text, head, spans, script) if labelled else None
    a, b, n = value
    if end.group().startswith(("'", "’")):
        # The head owns a thing: "Afi Gbedemah's Laser", after a label only ("Dick Whittington's cat suit" opening a
        # note is a pantomime's part).
        if labelled and n >= 2 and not _covered(spans, a, b):
            return (a, b, E.NAME)
        return None
    if end.group() != ",":
        return _linked(text, head, spans, script) if labelled else None
    if n >= 2 and not _covered(spans, a, b) and _field_after(text, spans, end.end(), line_end):
        return (a, b, E.NAME)
    if n > 2:
        return None
    # "Kpodo, Selorm, +233 ...": a surname, a comma, the given name(s), and the record's next field.
    second = _FIELD_END.search(text, end.end(), line_end)
    if second is None or second.group() != ",":
        return None
    given = _value(text, end.end(), second.start(), script)
    if given is None or given[2] > 2 or not _field_after(text, spans, second.end(), line_end):
        return None
    if _covered(spans, a, b) or _covered(spans, given[0], given[1], allow_city=given[2] == 1):
        return None
    return (a, given[1], E.NAME)


def record_head_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """``(start, end, 'name')`` of the persons the note's records open with (module docstring); ``spans``: every
    span of the note so far (its fields are the cue). Overlaps are resolved by the caller (a found half of the name
    should give way to the whole)."""
    if "," not in text and "'s" not in text and "’s" not in text and not any(e in _FIELDS for _, _, e in spans):
        return []
    script = note_script(text)
    out: list[Span] = []
    lo = 0
    for line in text.split("\n"):
        hi = lo + len(line)
        for k, head in enumerate(_heads(text, lo, hi)):
            found = _head_span(text, head, hi, spans, script, labelled=k > 0)
            if found is not None and not _found(spans, found[0], found[1]):
                out.append(found)
        lo = hi + 1
    return sorted(set(out))
