"""Greek street lines in notes written in any case, with or without a street word.

Greek streets are mostly genitives of people and places (``Ερμού``, ``Γρηγορίου Λαμπράκη``,
``Μαντινείας``) and are written with no street word: ``μαντινείας 89-37``. Capitalised lines are
read by :mod:`.text_script_names`; here a lower-case (or any-case) line is a street when:

- a street word (``οδός``/``οδού``, ``λεωφόρος``/``λεωφ.``, ``πλατεία``, ``πάροδος``, in any case and
  inflection) is followed by one to three words and a house number (``λεωφόρος αρωγή 3``);
- an address word (``διεύθυνση``, ``δ/νση``, ``κατοικία``, ``διαμένει``, ``address``) and a colon or
  ``στην``/``επί`` lead to one or two words and a number (``διεύθυνση: τριανδρίας 7``);
- the line stands as a clause of its own (after the start, ``.``, ``,``, ``;``, ``:`` or a line break,
  before one of them or the end) and its last word is a listed Greek place (Faker ``el_GR``'s 4,500
  localities, which Faker and Greek towns name streets after) or the genitive of a listed given or
  family name (``γρηγορίου`` from ``Γρηγόριος``, ``λαμπράκη`` from ``Λαμπράκης``).

A number after ordinary words (``σελίδα 5``, ``άρθρου 12``, ``όροφος 2``) stays: those words are no
listed place or name, and function words never start a street.

Example::

    greek_street_spans("δέμα στον γείτονα. λεωφόρος αρωγή 3. γρηγορίου 16, τηλ 6908504025")
    # [(19, 35, 'street_address'), (37, 49, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_greek_names import GREEK_CHARS
from safe_synthesizer.pii.validators import scripts as S

__all__ = ["greek_street_spans"]

_WORD = re.compile(rf"(?<![{GREEK_CHARS}\w\-])[{GREEK_CHARS}][{GREEK_CHARS}\-]*\.?")
# A house number, a letter or a range ("3", "16α", "89-37", "12/4").
_HOUSE = re.compile(rf"(?<![\d\w.,/-])\d{{1,4}}[{GREEK_CHARS}A-Za-z]?(?:[ \t]?[-/][ \t]?\d{{1,4}})?(?![\d\w])")
# Street words (keys: marks off, lower case, final sigma medial) and their inflections.
_STREET_WORDS = frozenset(
    {
        "οδοσ", "οδο", "οδου", "οδ.", "λεωφοροσ", "λεωφορο", "λεωφορου", "λεωφ.", "λ.", "πλατεια", "πλατειασ",
        "πλ.", "παροδοσ", "παροδο", "παροδου", "παρ.", "πεζοδρομοσ", "πεζοδρομου", "αγιου", "αγιασ", "αγ.",
    }
)  # fmt: skip
# "αγίου"/"αγίας" (saint's) start many street names but also churches: they count only inside a line.
_WEAK_STREET_WORDS = frozenset({"αγιου", "αγιασ", "αγ.", "λ."})
# Address words after which a colon, "στην" or "επί" brings the street.
_ADDRESS_WORDS = frozenset(
    {"διευθυνση", "διευθυνσησ", "δ/νση", "διευθ.", "κατοικια", "κατοικιασ", "διαμενει", "μενει", "address",
     "addr", "addr."}
)  # fmt: skip
_ABBREVIATIONS = frozenset(k for k in _STREET_WORDS | _ADDRESS_WORDS if k.endswith("."))
_ADDRESS_LINK = frozenset({"στην", "στη", "στον", "στο", "επι", "οδο", "της", "του"})
_CLAUSE_BEFORE = re.compile(r"(?:^|[.,;:!?(\n\u2013\u2014-])[ \t]*$")
_CLAUSE_AFTER = re.compile(r"[ \t]*(?:[.,;:!?)\n]|[-\u2013\u2014][ \t]|$)")
# Nominative endings of common nouns ("όροφος 2", "δωμάτιο 12", "τμήμα 3"): street names are genitives.
_NOUN_ENDING = re.compile(r"(?:μα|οσ|ο|ι)$")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    return frozenset(S._key(w) for w in spacy_stop_words(("el",)))


@lru_cache(maxsize=1)
def _greek_places() -> frozenset[str]:
    return frozenset(p for p in S._places()[0] if re.search(f"[{GREEK_CHARS}]", p))


@lru_cache(maxsize=4096)
def _named_word(key: str) -> bool:
    """A street-name word: a listed Greek place, or a genitive of a listed given or family name."""
    if len(key) < 4 or key in _stop_words() or _NOUN_ENDING.search(key):
        return False
    if key in _greek_places() or key in S.family_names("greek"):
        return True
    given, family = S.given_names("greek"), S.family_names("greek")
    # Genitives: -ου of -οσ (Γρηγορίου), -ασ of -α (Μαρίας), -η of -ησ (Λαμπράκη), -ων of -εσ/-οι.
    stems = []
    if key.endswith("ου"):
        stems.append(key[:-2] + "οσ")
    if key.endswith("ασ"):
        stems.append(key[:-1])
    if key.endswith("ησ"):
        stems.append(key[:-1])
    if key.endswith("η") or key.endswith("α"):
        stems.append(key + "σ")
    return any(s in given or s in family for s in stems)


def _words_before(text: str, end: int) -> list[re.Match[str]]:
    """The Greek words right before ``end``, joined by spaces (a comma may end the last), nearest last."""
    out: list[re.Match[str]] = []
    pos = end
    while len(out) < 5:
        gap = re.search(r"[ \t]+$" if out else r",?[ \t]+$", text[:pos])
        if gap is None:
            break
        m = None
        for cand in _WORD.finditer(text, max(0, gap.start() - 40), gap.start()):
            if cand.end() == gap.start():
                m = cand
        if m is None or (m.group().endswith(".") and S._key(m.group()) not in _ABBREVIATIONS):
            break  # "απών. τριανδρίας 7": a sentence's end, not an abbreviation
        out.insert(0, m)
        pos = m.start()
    return out


def _span_for(text: str, words: list[re.Match[str]], house_end: int) -> int | None:
    """Where the street line ending at ``house_end`` starts, or ``None`` for no street."""
    keys = [S._key(w.group()) for w in words]
    # A street word and one to three name words ("λεωφόρος αρωγή 3", "οδού Ερμού 12").
    for i in range(len(keys) - 2, -1, -1):
        if keys[i] in _STREET_WORDS and len(keys) - i - 1 <= 3:
            names = keys[i + 1 :]
            if all(k not in _stop_words() for k in names):
                if keys[i] in _WEAK_STREET_WORDS and not _named_word(names[-1]):
                    continue
                return words[i].start()
    # An address word, then a colon or a linking word, then one or two name words.
    for n in (1, 2):
        if len(keys) < n:
            break
        names, before = words[len(words) - n :], text[: words[len(words) - n].start()]
        if any(S._key(w.group()) in _stop_words() for w in names):
            continue
        cue = re.search(rf"([{GREEK_CHARS}A-Za-z/.]+)[ \t]*(?::|[ \t]+([{GREEK_CHARS}]+))?[ \t]*$", before)
        if cue is None:
            continue
        head, link = S._key(cue.group(1)), S._key(cue.group(2) or "")
        if head in _ADDRESS_WORDS and (":" in cue.group() or link in _ADDRESS_LINK):
            return names[0].start()
    # A clause of its own whose last word is a listed place or a person's genitive.
    if not keys or not _CLAUSE_AFTER.match(text, house_end):
        return None
    for n in (2, 1):
        if len(keys) < n:
            continue
        names = keys[len(keys) - n :]
        start = words[len(words) - n].start()
        if not _CLAUSE_BEFORE.search(text[:start]) or any(k in _stop_words() for k in names):
            continue
        if " ".join(names) in _greek_places():  # a place of two words ("καστελλάνων γύρου 84")
            return start
        if _named_word(names[-1]) and (n == 1 or _named_word(names[0]) or names[0] in S.given_names("greek")):
            return start
    return None


def greek_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street lines of Greek notes in any case (see the module); overlaps are resolved by the caller."""
    out: list[tuple[int, int, str]] = []
    for m in _HOUSE.finditer(text):
        if re.match(r"[ \t]*(?:%|€|ευρώ|ευρω)", text[m.end() :]):
            continue  # an amount
        words = _words_before(text, m.start())
        if not words:
            continue
        start = _span_for(text, words, m.end())
        if start is not None:
            out.append((start, m.end(), E.STREET_ADDRESS))
    return out
