"""A person's name in brackets right after their relation or role: ``Patient's wife (lara) asked to be rung``,
``contact via son (Moana Flosse, +689 87 12 34 56)``, ``NOK: daughter (mary banda)``, ``Tochter (Anke Lind)``,
``via hijo (אחמד דוד, 053-116-5968)``.

Ward, care and case notes say who the second person is first and put their name in a bracket after it, often in
lower case (typed fast on a handheld) or as a surname alone. The mirror layout (``Jasmijn (grandchild)``) is
:mod:`text_name_bracket_relation`; here the relation word is the cue and the bracket holds one to four name words
ending at ``)`` or at a comma (a phone or a comment after it). The relation word is one of
:data:`text_name_bracket_relation.RELATIONS` or a role noun of a case (``tenant``, ``donor``, ``debtor``) and no
generic word for a person (``man``, ``Frau``, ``Kind``). The words must read as a name in their case:

- lower case: every word a listed given or family name that is no common word (an English adjective only when it is
  a listed family name: ``(brown)``), or a word no English vocabulary holds (``banda``, ``hichilema``), never a word
  of a person's state (``deceased``, ``estranged``, ``tbc``); surname particles may lead (``de oliveira``);
- capitalised: one listed name that is no common word, or two to four capitalised words of which none is an English
  word, a function word, a title or a place (``(Vaimiti Tetuanui, ...)``; ``(Bluebird Care)``, ``(Sales Team)``
  stay);
- a script without capitals (Hebrew, Arabic...) or Armenian, Georgian, Cyrillic...: two to four words of that one
  script, or one before a comma and a number.

Example::

    relation_bracketed_spans("Patient's wife (lara) asked to be rung")  # [(16, 20, 'last_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_bracket_relation import RELATIONS
from safe_synthesizer.pii.text_name_given_word import lower_words

__all__ = ["capital_name_word", "lower_name_word", "name_words_ok", "relation_bracketed_spans"]

# Words for any person, not a relation that tells the bracket names someone: "man (Smith)" is rare, "Frau" a title.
_GENERIC = frozenset("man mann frau femme mujer vrouw kind pa relation relative family familie famille".split())  # noqa: SIM905
# The parties of a case that notes name the same way ("Called tenant (brown)", "Donor (Claudio Tröst)").
_CASE_ROLES = frozenset(
    """tenant tenants donor debtor guarantor patient pt client customer caller guest passenger member employee
    applicant claimant resident participant subject witness angler landlord lodger occupant borrower""".split()  # noqa: SIM905
)
# A person's state or a placeholder written in the same bracket ("wife (deceased)", "son (tbc)").
_STATE = frozenset(
    """deceased estranged separated divorced widowed late ex former step half primary secondary main sole joint
    tbc tba tbd unk unknown nk n/a na none nil same lpa poa nok lives living visiting away abroad overseas present
    absent aware informed consented declined refused""".split()  # noqa: SIM905
)
_PARTICLES = frozenset("de da do dos das del della di du van von der den ter ten le la al el bin binti".split())  # noqa: SIM905
# An elided article may lead the word ("l'épouse (Maëlle Kerjean)").
_RELATION = re.compile(r"(?<![\w\-])(?P<rel>[^\W\d_]+(?:-[^\W\d_]+){0,2})[ \t]*\([ \t]*")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_BETWEEN = re.compile(r"[ \t]+")
_CLOSE = re.compile(r"[ \t]*(?:\)|,)")
_NUMBER_AFTER = re.compile(r"[ \t]*,[ \t]*\+?[\d(]")


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], ...]:
    from safe_synthesizer.pii.common_words import common_words, place_names
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words
    from safe_synthesizer.pii.text_name_lists import family_names, given_names

    return (
        common_words(),
        english_vocabulary(("adj", "adv")),
        english_vocabulary(("noun", "adj", "verb", "adv")),
        latin_stop_words(),
        family_names(),
        given_names(),
        frozenset(p.lower() for p in place_names()),
    )


@lru_cache(maxsize=1)
def _english_stops() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    return spacy_stop_words(("en",))


def _inflected(low: str, vocab: frozenset[str]) -> bool:
    """An inflected English word (``representatives``, ``visiting``, ``moved``): its stem is in the vocabulary."""
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ly", "")):
        if low.endswith(suffix) and (stem := low[: -len(suffix)] + repl) and stem in vocab:
            if suffix == "es" and not (stem.endswith(("s", "x", "z", "ch", "sh")) or len(stem) > 3):
                continue  # "Croes": no plural of "cro"; "boxes", "churches", "tomatoes" keep their stems
            return True
    return False


def lower_name_word(word: str) -> str:
    """``"family"``, ``"given"`` or ``"unlisted"`` when the lower-case ``word`` may be a name after a strong cue,
    ``""`` when it is a word of the language (see the module docstring)."""
    common, adj, vocab, stops, family, given, _ = _vocab()
    kinds = []
    parts = word.replace("’", "'").split("-")
    for part in parts:
        part = part.replace("'", "")
        if len(part) < 2 or part in stops or part in _STATE or not re.search(r"[aeiouyà-ÿ]", part):
            return ""
        # A double surname ("ford-thomas") may join a family name that is also a word; alone it stays a word.
        if part in common and not (len(parts) > 1 and part in family):
            return ""
        if part in family:
            kinds.append("family")
        elif part in given and part not in adj:
            kinds.append("given")
        elif part not in vocab and len(part) >= 3 and not _inflected(part, vocab):
            kinds.append("unlisted")
        else:
            return ""
    return "family" if "family" in kinds else kinds[0] if kinds else ""


# Arabic articles and links written before a family name with a hyphen ("Al-Mohannadi", "El-Sayed", "Abu-Zeid",
# "Ould-Abdallah"): alone they are function words of other languages ("al", "el"), joined they are the name's.
ARTICLE_PREFIXES = frozenset(
    ("al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "abu", "abd", "bin", "ben", "ould")
)


def capital_name_word(word: str, alone: bool, surname: bool = False) -> bool:
    """A capitalised ``word`` that may be a name: listed (``alone``: must be), or no English word; never a function
    word, common word, place, title or state word. A ``surname`` after a given name may be a function word of a
    language other than English when it is a listed family name (``Maeva Mai``: Italian ``mai``)."""
    from safe_synthesizer.pii.titles import is_title

    common, _, vocab, stops, family, given, places = _vocab()
    parts = [p.replace("’", "").replace("'", "").lower() for p in word.split("-")]
    if not word[:1].isupper() or (word.isupper() and len(word) > 1) or is_title(word):
        return False
    if len(parts) > 1 and parts[0] in ARTICLE_PREFIXES and word[len(parts[0]) + 1 : len(parts[0]) + 2].isupper():
        parts = parts[1:]  # "Al-Mohannadi", "El-Sayed", "Abu-Zeid": the article or link joins the family name
    if surname and len(parts) == 1 and parts[0] in family and parts[0] in stops and parts[0] not in _english_stops():
        stops = frozenset()
    if any(p in stops or p in common or p in places or p in _STATE for p in parts):
        return False
    if alone:
        return all(p in family or p in given for p in parts)
    return all(p in family or p in given or (p not in vocab and not _inflected(p, vocab)) for p in parts)


# Where a relative is, not who ("son (school)", "wife (home)"): nouns that are listed surnames too.
_WHEREABOUTS = frozenset(
    "home work school college university hospital church office ward abroad away town city".split()  # noqa: SIM905
)


def _bracketed_surname(word: str) -> bool:
    """A listed family name alone in the bracket after a relation, though an English noun too (``wife (hall)``,
    ``husband (fields)``): no adjective, adverb, state, whereabouts, place, role or agent noun (``wife (green)``,
    ``son (school)``, ``son (london)``, ``husband (farmer)`` stay)."""
    _, adj, _, stops, family, _, _ = _vocab()
    return word in family and word not in adj and word not in stops and word not in _STATE


def _what_or_where(word: str) -> bool:
    """A word saying where the relative is or what they do: a whereabouts, a place, a role or an English agent noun
    (``son (school)``, ``son (london)``, ``daughter (carer)``, ``husband (farmer)``, ``wife (baker)``)."""
    from safe_synthesizer.pii.text_name_role_prefix import role_nouns

    _, _, vocab, _, _, _, places = _vocab()
    if word in _WHEREABOUTS or word in places or word in role_nouns() or word in RELATIONS:
        return True
    return word in vocab and word.endswith(("er", "or", "ist", "ian", "ant", "ent", "man", "cook", "nurse"))


def name_words_ok(words: list[str], number_after: bool) -> bool:
    """The words of a bracket (or after a cue) read as one person's name in their case and script."""
    if not words or len(words) > 4:
        return False
    if all(w.islower() for w in words):
        core = [w for w in words if w not in _PARTICLES]
        if len(words) == 1:
            return not _what_or_where(words[0]) and (_bracketed_surname(words[0]) or bool(lower_name_word(words[0])))
        return bool(core) and len(core) <= 3 and all(lower_name_word(w) for w in core)
    if all(w[:1].isupper() for w in words if w.lower() not in _PARTICLES):
        if any(re.search(r"[A-Za-zÀ-ɏ]", w) is None for w in words):
            return _other_script(words, number_after)
        core = [w for w in words if w.lower() not in _PARTICLES or w[:1].isupper()]
        return bool(core) and all(capital_name_word(w, alone=len(core) == 1) for w in core)
    return _other_script(words, number_after)


def _other_script(words: list[str], number_after: bool) -> bool:
    """Words of one script that is not Latin (cased or not): two to four, or one before a comma and a number."""
    if any(re.search(r"[A-Za-zÀ-ɏ]", w) for w in words):
        return False
    return len(words) >= 2 or number_after


def relation_bracketed_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of names in brackets right after a relation or a case role (module docstring)."""
    if "(" not in text:
        return []
    cues = (RELATIONS | _CASE_ROLES) - _GENERIC
    if not lower_words(text) & cues:
        return []
    out = []
    for m in _RELATION.finditer(text):
        if m.group("rel").lower() not in cues:
            continue
        words, pos = [], m.end()
        while (w := _WORD.match(text, pos)) is not None and len(words) < 5:
            words.append(w)
            gap = _BETWEEN.match(text, w.end())
            if gap is None:
                break
            pos = gap.end()
        if not words:
            continue
        end = words[-1].end()
        if not _CLOSE.match(text, end):
            continue
        values = [w.group() for w in words]
        if not name_words_ok(values, bool(_NUMBER_AFTER.match(text, end))):
            continue
        one = E.FIRST_NAME if _kind_one(values[0]) == "given" else E.LAST_NAME
        out.append((words[0].start(), end, E.NAME if len(values) > 1 else one))
    return out


def _kind_one(word: str) -> str:
    if word.islower():
        return lower_name_word(word)
    low = word.lower()
    _, _, _, _, family, given, _ = _vocab()
    return "given" if low in given and low not in family else "family"
