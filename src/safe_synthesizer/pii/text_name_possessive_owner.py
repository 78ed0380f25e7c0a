"""A person named as an owner whose thing is left unsaid: the independent genitive (``is it Kimberly's?``, ``I think
it was Nadeschda's.``, ``a friend of Jean Paul's``, ``Er det Kimberlys?``).

Why: the name rules read a possessive name before the thing owned (``Kimberly's dog``, ``Søndergaard's board``);
when the thing is left out, the possessive stands where a predicate or a clause's end is, and neither the NER model
nor a slot rule sees a person there. Grammar gives the slot: a genitive whose head is elided after a copula
(``is``, ``was``, ``it's``, ``that's``, ``ist``, ``är``, ``er``, ``is het``...) or after ``of`` (the double
genitive) names an owner, and an owner is a person or a firm; a firm's genitive is the shop (``at Wendy's``, ``to
Sainsbury's``), so a genitive after a preposition of place is left alone. The owner must still read as a name:
one word alone must be a listed given or family name (a firm's or a breed's genitive, ``it is Tesco's``, reads the
same), two or three words capitalised or in capitals "sure" name words (:func:`text_name_word_kinds.name_word`: a
listed name, or an unlisted word of five letters or more that is no word of the note's languages), in lower case
listed ones; the genitive glued without an apostrophe (German, Scandinavian ``Kimberlys``) only when a name list
holds the stem as a given name.

Example::

    possessive_owner_spans("Found a collie answering to Moss - is it Kimberly's? kim@x.com")
    # [(41, 49, 'first_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind
from safe_synthesizer.pii.text_name_word_kinds import name_entity, name_word
from safe_synthesizer.pii.titles import is_title

__all__ = ["possessive_owner_spans"]

# Copulas (and the pronoun that may stand between the copula and its predicate) of English, German, Dutch,
# Scandinavian and Afrikaans, the languages writing a genitive ``-s``; ``of`` before a double genitive.
_COPULAS = ("is", "was", "are", "were", "be", "been", "it's", "its", "that's", "thats", "this's", "ist", "war", "sind",
            "är", "var", "er", "es", "erano", "blev")  # fmt: skip
_PRONOUNS = ("it", "this", "that", "these", "those", "they", "he", "she", "das", "es", "dies", "het", "dit", "dat",
             "det", "den", "dette", "denne", "hij", "zij")  # fmt: skip
_HEDGES = ("probably", "perhaps", "maybe", "surely", "really", "definitely", "not", "still", "all", "both",
           "actually", "vielleicht", "wohl", "nicht", "misschien", "niet", "kanske", "inte", "måske", "ikke",
           "kanskje")  # fmt: skip
_NAME = r"[^\W\d_](?:[^\W\d_]|-(?=[^\W\d_]))*"
# One to three name words, the last carrying the genitive: ``'s``/``’s``, a bare apostrophe after s/x/z
# (``James'``), or (German, Scandinavian) a glued ``s``; then no word: the elided head.
_HEAD_LEFT_OUT = r"[ \t]*(?:[?!.,;:)\]\"”]|$|[ \t]+(?:or|and|too|either|as well|oder|und|of|eller|og|och|en)\b)"
_POSSESSIVE = re.compile(
    rf"(?<![\w'’@.-])((?:{_NAME}[ \t]+){{0,2}}{_NAME})(['’]s|(?<=[sxzSXZ])['’])(?={_HEAD_LEFT_OUT})", re.IGNORECASE
)
# A cheap first look: an apostrophe genitive with nothing after it (most notes have none, so the full pattern runs
# rarely).
_APOSTROPHE_GATE = re.compile(rf"[^\W\d_](?:['’]s|(?<=[sxzSXZ])['’])(?={_HEAD_LEFT_OUT})")
_GLUED = re.compile(rf"(?<![\w'’@.-])((?:{_NAME}[ \t]+){{0,2}}{_NAME})(s)(?={_HEAD_LEFT_OUT})")
# The glued genitive is read only in a note with a copula of the languages writing it (a cheap gate: every English
# plural before a stop would be a candidate otherwise).
_GLUED_GATE = re.compile(r"\b(?:ist|war|sind|är|var|er|blev)\b", re.IGNORECASE)
_CUE_REACH = 48
_WORD = re.compile(r"\S+")
_CUE = re.compile(
    rf"(?:^|[\s(\"“‘'])(?:{'|'.join(re.escape(c) for c in _COPULAS)}|(?P<of>of))"
    rf"(?:[ \t]+(?:{'|'.join(_PRONOUNS)}))?(?:[ \t]+(?:{'|'.join(_HEDGES)}))?[ \t]+\Z",
    re.IGNORECASE,
)


def _owner_word(word: str, glued: bool, alone: bool) -> bool:
    if is_title(word.rstrip(".")):
        return False
    if glued:  # ``Kimberlys``: only a listed given name, capitalised, is the stem of a glued genitive
        return word[:1].isupper() and given_kind(word.lower()) == "strong"
    if alone:  # one word alone: a firm's or a breed's genitive reads the same, so a name list must hold it
        return "strong" in (given_kind(word.lower()), family_kind(word.lower())) and name_word(word, "sure")
    if word[:1].isupper():
        probe = word.title() if word.isupper() and len(word) > 1 else word
        return len(word) > 1 and name_word(probe, "sure", places=False)
    return name_word(word, "strict")


def possessive_owner_spans(text: str) -> list[tuple[int, int, str]]:
    """The owners named by an independent genitive after a copula or ``of`` in ``text``."""
    if not text:
        return []
    matches = []
    if ("'" in text or "’" in text) and _APOSTROPHE_GATE.search(text):
        matches += list(_POSSESSIVE.finditer(text))
    if _GLUED_GATE.search(text):
        matches += list(_GLUED.finditer(text))
    out: list[tuple[int, int, str]] = []
    for m in matches:
        glued = m.group(2) == "s"
        words = [(w.start(), w.group()) for w in _WORD.finditer(text, m.start(1), m.end(1))]
        # The owner is the longest tail of the run whose words all read as names and which a cue precedes.
        for k, (offset, _) in enumerate(words):
            tail = [w for _, w in words[k:]]
            cue = _CUE.search(text[max(0, offset - _CUE_REACH) : offset])
            if cue is None:
                continue
            if len(tail) == 1 and cue.group("of") and not tail[0][:1].isupper():
                break  # "a few pair of charlie's": a lower-case word after "of" is a brand's as often
            if all(_owner_word(w, glued and i == len(tail) - 1, len(tail) == 1) for i, w in enumerate(tail)):
                if len({w[:1].isupper() for w in tail}) > 1:
                    break  # one case through the name
                value = " ".join(tail)
                out.append((offset, m.end(1), name_entity(value.title() if value.isupper() else value)))
                break
    return sorted(set(out))
