"""Names in a note's person slots read in the case the slot reader does not read them in, and the table's own name
words as the second cue of every slot.

:mod:`text_name_slot_reader` reads a possessor only when capitalised, a preposition's argument only when the run of
one case ends the clause, a subject only at a sentence's head, and a sign-off only after a kiss or a tilde. Notes
write the same slots in every case and after other marks (``Response to karen curtis's 2-star review``, ``signed
for by FRANCIS at 12 Elm Rd``, ``booking for HERNANDEZ moved to``, ``disqualified, susan allen to appeal``, ``SALAS
allergic to nuts``, ``... trophy to go to 177 Morgan Corners. /lori``). What marks the slot is general, not any
template's words:

1. **mark sign-off**: one or two words ending the note after a slash or a dash glued to them (``/lori``, ``-elisa``)
   with a blank before the mark (never ``and/or``, ``24/7``, ``km/h``);
2. **possessor in lower case or in capitals**: a run of one case before ``'s`` and a word (``chris palmer's
   door``, ``robin torres-ortiz's 2-star review``, ``OKAFOR's van``), after no capitalised word, ``&``, ``st`` or
   ``the``;
3. **capitals after a preposition**: a run in capitals right after ``by``/``for``/``with``/``to``/``from`` (and
   their neighbours' counterparts), cut where the case changes (``by FRANCIS at``, ``for HERNANDEZ moved``);
4. **subject at a clause's head**, a comma's clause too, before ``to`` and a verb, a verb whose subject is a
   person, or an adjective only a person takes (``, susan allen to appeal``, ``SALAS allergic to nuts``, ``sofie
   wants``), in lower case or in capitals.

A slot alone is never enough; the words must agree (the slot reader's word tests): a lower-case run needs a sure
given name (listed, no English noun) or a listed given name before a family name; a word in capitals must be a
given or family name a list holds as a name first (``FRANCIS``, ``BARNES``; not ``POST``, ``CASH``, ``DHL``); after
a sign-off mark, as after a kiss, a word no vocabulary holds counts (``/takondwa``). The table's own name words
(``known``, lower case) count as listed in every slot: :func:`known_slot_spans` passes the chunk's name columns and
the row's own name cells (the same person in the column and in the note of the row, in any case). Under differential
privacy the caller passes no table words (a record's text depends on that record only) and the row's own only.

Example::

    any_case_slot_spans("Response to karen curtis's 2-star review. /lori")
    # [(12, 24, 'name'), (43, 47, 'first_name')]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

from safe_synthesizer.pii.text_name_clause_roles import human_verb, verb_lemmas
from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind
from safe_synthesizer.pii.text_name_role_words import person_predicate
from safe_synthesizer.pii.text_name_slot_reader import (
    _CHAINS,
    _EPONYM_NOUNS,
    _PREPOSITION_RE,
    _WORD,
    _WORD_RE,
    _caseless,
    _glued,
    _lower_run,
    _lower_second,
    _never,
    _run_words,
    slot_name_spans,
)
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_entity, name_word
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = ["any_case_slot_spans", "known_slot_spans"]

Span = tuple[int, int, str]

# 1. A slash or a dash glued to one or two words that end the note, a blank (or a line) before the mark.
# The marks a sign-off is glued to: a slash, a backslash, dashes, a caret, a tilde (never ``*``: a correction).
_SIGNOFF_MARKS = "/\\-–—^~"
_MARK_SIGNOFF = re.compile(rf"(?<=\s)[{re.escape(_SIGNOFF_MARKS)}](?P<run>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*[.!]?\s*\Z")

# 2. The possessive ending, straight or curly apostrophe, and the word it owns (letters or digits: "2-star").
_POSSESSIVE = re.compile(r"['’]s(?=[ \t]+[\w])")
_NOT_BEFORE = frozenset(("st", "st.", "saint", "san", "santa", "sankt", "&", "and", "the", "mc", "as", "of", "a", "an"))

# 4. A clause's head: the note's start, a sentence's end, a line, a colon, a semicolon, a comma, a spaced dash.
_HEAD = re.compile(r"(?:\A|(?<=[.!?;:,])[ \t]+|\n[ \t]*|(?<=[ \t])[-–][ \t]+)(?=[^\W\d_])")
_TO_VERB = re.compile(rf"[ \t]+to[ \t]+(?P<verb>{_WORD})")
# Adjectives only a person (or an animal, named like one) is: health, diet, presence.
_PERSON_STATES = frozenset(
    """allergic intolerant diabetic asthmatic epileptic coeliac celiac vegan vegetarian pregnant unwell poorly sick
    ill deaf absent unavailable unreachable unhappy upset furious delighted thrilled happy keen unable reluctant
    adamant insistent""".split()  # noqa: SIM905
)
_MAX_CAPS_SHARE = 0.5  # a note more than half in capitals shouts: capitals say nothing of names there


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary(("verb",))


_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýāēīōūăąęěőűų")


def _unlisted_name(low: str, min_len: int) -> bool:
    """A lower-case word no name list, vocabulary nor verb table holds, shaped like a name of a language that writes
    vowels between its consonants (``kaltongga``, ``mothibeli``, ``hadeed``): no acronym (``gdpr``), no word.
    Each part of a double name so."""
    parts = [p for p in low.split("-") if p]
    if not parts or len(low) < min_len or not low.replace("-", "").isalpha():
        return False
    for p in parts:
        if given_kind(p) or family_kind(p) != "unknown" or p in _verbs() or verb_lemmas(p):
            return False
        if not 0.25 <= sum(ch in _VOWELS for ch in p) / len(p) <= 0.75:
            return False
    return True


def _caps_sure(word: str, known: Collection[str], *, unlisted: int = 0) -> bool:
    """A word in capitals that names a person alone: the table's, or a given or family name a list holds as a name
    first (``FRANCIS``, ``BARNES``), each part of a double name so (``MORGAN-HENRY``); with ``unlisted``, also a
    word of that many letters or more shaped like a name no list holds (``KALTONGGA``)."""
    if len(word) < 3 or not word.isupper() or _never(word):
        return False
    low = word.lower()
    if low in known:
        return True
    parts = [p for p in low.split("-") if p]
    if bool(parts) and all(given_kind(p) == "strong" or family_kind(p) == "strong" for p in parts):
        return True
    return bool(unlisted) and _unlisted_name(low, unlisted)


def _caps_names(words: list[str], known: Collection[str]) -> bool:
    """Words in capitals (particles inside) that read as one person's name: each sure, or one sure and the others
    listed in any kind or the table's. A name no list holds counts as sure from six letters alone (``KALTONGGA``),
    from four beside another word of the run (``TUMELO MOTHIBELI``)."""
    names = [w for w in words if w.lower() not in PARTICLES]
    if not names or len(names) > 3 or not all(w.isupper() and len(w) > 1 for w in names):
        return False
    sure = [_caps_sure(w, known, unlisted=6 if len(names) == 1 else 4) for w in names]
    if all(sure):
        return True
    listed = all(
        s
        or w.lower() in known
        or all(given_kind(p) or family_kind(p) in ("strong", "word") for p in w.lower().split("-"))
        for w, s in zip(names, sure, strict=True)
    )
    return listed and any(sure) and not any(_never(w) for w in names)


def _lower_names(words: list[str], known: Collection[str]) -> bool:
    """Lower-case words that read as one person's name in a person's slot: the slot reader's test, or a listed given
    name (an English noun too: ``karen``, ``robin``) or the table's before one or two family or unknown words."""
    if _lower_run(words, known):
        return True
    names = [w for w in words if w not in PARTICLES]
    if not 2 <= len(names) <= 3 or not all(w.islower() for w in names):
        return False
    first = names[0]
    head = first in known or given_kind(first.split("-")[0]) == "strong" or _unlisted_name(first, 4)
    return head and not _never(first) and all(_lower_second(w, known) for w in names[1:])


_ADDRESS = re.compile(r"\S+@\S+|(?i:https?://|www\.)\S+")


def _caseless_note(text: str) -> bool:
    """The slot reader's test of a note written without capitals, e-mail and web addresses aside (an address opens
    a sentence in lower case: ``... to appeal. julia.lawson@x.com``)."""
    return _caseless(_ADDRESS.sub("X", text) if "@" in text or "www." in text or "://" in text else text)


def _capitals_count(text: str) -> tuple[int, int]:
    """(words in capitals of two letters or more, words) of the note, split on blanks (cheap)."""
    words = text.split()
    return sum(len(w) > 1 and w.isupper() for w in words), len(words)


def _mark_signoff(text: str, known: Collection[str]) -> list[Span]:
    m = _MARK_SIGNOFF.search(text, max(0, len(text) - 60))
    if m is None or m.start() < 8:
        return []
    words = m.group("run").split()
    for w in words:
        low = w.lower()
        if _never(w) or not (w.islower() or w.istitle() or w.isupper()):
            return []
        listed = low in known or bool(given_kind(low)) or family_kind(low) == "strong"
        # As after a kiss, the mark is the cue: a word no list nor vocabulary holds counts too ("/takondwa").
        unlisted = len(low) >= 4 and family_kind(low) == "unknown" and not verb_lemmas(low) and low not in _verbs()
        if not (listed or unlisted or (w.istitle() and name_word(w, "sure"))):
            return []
    return [(m.start("run"), m.end("run"), name_entity(m.group("run")))]


def _possessors(text: str, known: Collection[str], caseless: bool, shouting: bool) -> list[Span]:
    """Possessors in lower case (``chris palmer's door``) or in capitals (``OKAFOR's van``); the capitalised ones
    are the slot reader's."""
    out = []
    for m in _POSSESSIVE.finditer(text):
        words: list[re.Match[str]] = []
        end = m.start()
        last = next((x for x in _WORD_RE.finditer(text, max(0, end - 40), end) if x.end() == end), None)
        if last is None:
            continue
        capitals = last.group().isupper() and len(last.group()) > 1
        if not (last.group().islower() or (capitals and not shouting)):
            continue
        in_case = str.isupper if capitals else str.islower
        reads = _caps_names if capitals else _lower_names
        while len(words) < 4:
            w = next((x for x in _WORD_RE.finditer(text, max(0, end - 40), end) if x.end() == end), None)
            if w is None or not in_case(w.group()) or _glued(text, w.start(), w.end()):
                break
            words.insert(0, w)
            if w.start() < 1 or text[w.start() - 1] != " ":
                break
            end = w.start() - 1
        # Drop words from the left until the run reads as a name ("to karen curtis" -> "karen curtis").
        while words and not reads([w.group() for w in words], known):
            words.pop(0)
        if not words or words[0].group().lower() in PARTICLES:
            continue
        values = [w.group() for w in words]
        if len(values) == 1 and ((caseless and not capitals) or values[0].lower() in _CHAINS):
            continue
        before = text[: words[0].start()].rstrip(" \t")
        prev = re.search(r"(\S+)\Z", before)
        if prev is not None:
            p = prev.group(1)
            if p.lower() in _NOT_BEFORE or (p[:1].isupper() and not p.isupper() and before[-1:] not in ".!?:;"):
                continue  # "ben & jerry's", "the baker's", "Trader joe's": no person's possessive
        noun = re.match(rf"[ \t]+(?P<noun>{_WORD})", text[m.end() :])
        if noun is not None:
            low = noun.group("noun").lower()
            if low in _EPONYM_NOUNS or (low.endswith(("ing", "ed", "ly")) and (low.endswith("ly") or verb_lemmas(low))):
                continue  # "parkinson's disease", "sarah's coming": no possessor
        out.append((words[0].start(), words[-1].end(), name_entity(" ".join(values))))
    return out


def _capitals_after_preposition(text: str, known: Collection[str]) -> list[Span]:
    out = []
    for m in _PREPOSITION_RE.finditer(text):
        if not text[m.end() + 1 : m.end() + 3].isupper():
            continue  # no capitals right after: cheap test before the run is read
        run = _run_words(text, m.end() + 1, 3)
        words = []
        for w in run:
            if not w.group().isupper():
                break  # the case changes: the run in capitals ends here
            words.append(w)
        while words and words[-1].group().lower() in PARTICLES:
            words.pop()
        if not words:
            continue
        after = text[words[-1].end() : words[-1].end() + 2]
        # A capitalised word right after makes the capitals part of a longer proper name ("by DR Smith").
        if after[:1] == " " and after[1:2].isupper() and len(words) < len(run):
            continue
        values = [w.group() for w in words]
        # A noun right after makes the capitals its modifier, a brand or a kind ("for KALAMATA olives").
        noun = re.match(rf"[ \t]+(?P<noun>{_WORD})", text[words[-1].end() :])
        if noun is not None and noun.group("noun").islower() and _modified_noun(noun.group("noun")):
            continue
        if _caps_names(values, known):
            out.append((words[0].start(), words[-1].end(), name_entity(" ".join(values))))
    return out


def _modified_noun(word: str) -> bool:
    """An English noun that is no verb's form nor a function word (``olives``, ``tickets``; not ``moved``, ``at``)."""
    from safe_synthesizer.pii.text_name_slot_reader import _nouns

    low = word.lower()
    stem = low[:-1] if low.endswith("s") and len(low) > 3 else low
    if not (low in _nouns() or stem in _nouns()) or verb_lemmas(low) or low in _verbs() or _never(low):
        return False
    return low not in _adverbs()  # "by FRANCIS today", "for MBEWE tomorrow"


@lru_cache(maxsize=1)
def _adverbs() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary(("adv",))


def _predicate_after(text: str, end: int) -> bool:
    """A person's predicate starts after ``end``: ``to`` and a verb, an inflected verb whose subject is a person, a
    predicate the role reader knows as a person's, or an adjective only a person takes."""
    to = _TO_VERB.match(text, end)
    if to is not None:
        verb = to.group("verb")
        return verb.islower() and verb in _verbs()
    nxt = re.match(rf"[ \t]+(?P<word>{_WORD})", text[end:])
    if nxt is None:
        return False
    word = nxt.group("word")
    if not word.islower():
        return False
    if word in _PERSON_STATES or human_verb(word):
        return True
    found = person_predicate(text, end)
    return found is not None and found[2] == "person"


def _clause_subjects(text: str, known: Collection[str], caseless: bool) -> list[Span]:
    out = []
    for h in _HEAD.finditer(text):
        opener = _WORD_RE.match(text, h.end())
        if opener is None:
            continue
        low = opener.group().lower()
        head = low.split("-")[0]
        if opener.group().islower() and not (low in known or given_kind(head) or family_kind(head) == "strong"):
            continue  # a lower-case run opens with a listed name or the table's (cheap test before the run is read)
        run = _run_words(text, h.end(), 3)
        if not run:
            continue
        first = run[0].group()
        capitals = first.isupper() and len(first) > 1
        if not capitals and not (first.islower() and not caseless):
            continue
        for n in range(len(run), 0, -1):
            part = [w.group() for w in run[:n]]
            if capitals and not all(w.isupper() or w.lower() in PARTICLES for w in part):
                continue
            if not _predicate_after(text, run[n - 1].end()):
                continue
            if (capitals and _caps_names(part, known)) or (not capitals and _lower_names(part, known)):
                out.append((run[0].start(), run[n - 1].end(), name_entity(" ".join(part))))
                break
    return out


def any_case_slot_spans(text: str, known: Collection[str] | None = None) -> list[Span]:
    """``(start, end, entity)`` of the names the four slots of the module docstring mark; ``known`` holds the
    table's own name words in lower case, if any. Overlaps are resolved by the caller."""
    if len(text) < 8 or not any(ch.isalpha() for ch in text):
        return []
    known = known or frozenset()
    caseless = _caseless_note(text)
    out = _mark_signoff(text, known) if any(ch in _SIGNOFF_MARKS for ch in text[-60:]) else []
    n_caps, n_words = _capitals_count(text)
    shouting = n_caps > _MAX_CAPS_SHARE * n_words
    if "'s" in text or "’s" in text:
        out += _possessors(text, known, caseless, shouting)
    if n_caps and not shouting:
        out += _capitals_after_preposition(text, known)
    out += [s for s in _clause_subjects(text, known, caseless) if not (shouting and text[s[0] : s[1]].isupper())]
    return sorted(set(out))


_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")


class _TableWords:
    """The table's name words and the row's, read as one set without building it per row (``in`` only)."""

    def __init__(self, people: Mapping[str, str] | None, row: Mapping[str, str] | None) -> None:
        self.people = people or {}
        self.row = row or {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or len(word) < 2 or (word not in self.row and word not in self.people):
            return False
        return not _never(word)  # "mr", "staff", "may": a name column's junk, never a name word here

    def __bool__(self) -> bool:
        return bool(self.people or self.row)

    def kind(self, word: str) -> str | None:
        return self.row.get(word) or self.people.get(word)


def known_slot_spans(
    text: str,
    spans: Sequence[TextSpan] = (),
    people: Mapping[str, str] | None = None,
    row: Mapping[str, str] | None = None,
) -> list[TextSpan]:
    """Spans the slots (:mod:`text_name_slot_reader`'s and this module's) find only because a word of theirs is one
    of the table's own name words: ``people`` (lower-case word -> ``first_name``/``last_name`` over the chunk's name
    columns, :func:`text_name_table_people.table_people`; ``None`` under DP) or ``row`` (the row's own name cells,
    :func:`text_replace.row_names`). The text-only spans the note readers find already; spans overlapping ``spans``
    are left to those. A one-word name keeps its column's kind.

    Example::

        known_slot_spans("SALAS allergic to nuts", [], row={"salas": "last_name", "ana": "first_name"})
        # [TextSpan(0, 5, 'last_name', 0.9)]
    """
    known = _TableWords(people, row)
    if not known or len(text) < 8:
        return []
    if not any(m.group() in known for m in _TOKEN.finditer(text.lower())):
        return []  # cheap gate: no word of the table in the note
    out = []
    for start, end, entity in sorted(set(slot_name_spans(text, known) + any_case_slot_spans(text, known))):
        words = [w.lower() for w in text[start:end].split()]
        if not any(w in known for w in words):
            continue
        if any(s.start < end and start < s.end for s in spans):
            continue  # another reader holds it (the row's own names keep their column's fakes)
        kind = known.kind(words[0]) if len(words) == 1 else None
        out.append(TextSpan(start, end, kind or entity, 0.9))
    return out
