"""What the English NER model's person and place spans are worth: cleaning and screening them.

The small spaCy model reads other languages' capitalised nouns as names, glues role words before a
name (``Customer Anna Kowalski``) and lower-case words after it (``Hubertine meldet Umzug``), and takes
form labels for people (``Christina:``). :func:`ner_spans` turns a parsed ``doc`` into trimmed spans;
:func:`may_hold_names` keeps cells without a capitalised candidate away from the model.

Example::

    >>> may_hold_names("Great dress. fits well and looks nice")
    False
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words
from safe_synthesizer.pii.text_name_pairs import PARTICLE_WORDS, all_first_names
from safe_synthesizer.pii.text_name_role_prefix import is_role_noun
from safe_synthesizer.pii.titles import is_title

_NER_LABELS = {"PERSON": E.NAME, "GPE": E.CITY, "LOC": E.CITY}
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'\-]*")
_SENTENCE_END = ".!?\"'(:;\n-"
# A spaced dash or bar separates a name from a job title or a company: no name runs across one.
_INITIAL = re.compile(r"[A-Z]\.$")
_SEPARATOR = re.compile(r"[ \t]+[-–—|][ \t]+")


def ner_spans(doc: Any, allowed: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the model's person and place entities in a spaCy ``doc``, cleaned.

    Names are written capitalised, so lower-case hits in casual prose are mostly noise and dropped. A
    title before a name is no part of it (nor a town); a spaced dash ends a name ("Lucie Garnier -
    Office Manager"); lower-case words glued to its end, a form's label and an unlisted ordinary word are
    not names.
    """
    out = []
    for ent in doc.ents:
        entity = _NER_LABELS.get(ent.label_)
        if not (entity and allowed(entity) and len(ent.text.strip()) > 1 and ent.text[:1].isupper()):
            continue
        start = ent.start_char
        head = ent.text.split()[0]
        if is_title(head):  # "Dott. Manacorda"
            start += len(ent.text) - len(ent.text[len(head) :].lstrip())
        piece = _SEPARATOR.split(ent.text[start - ent.start_char :])[0]
        end = start + len(_trim_tail(piece, person=entity == E.NAME))
        if _form_label(doc.text, start, end):
            continue
        start = _trim_role(doc.text, start, end, person=entity == E.NAME)
        if entity == E.NAME and (_unlisted_word(doc.text, start, end) or _no_name_word(doc.text[start:end])):
            continue
        if _foreign_nouns(doc.text, start, end, entity):
            continue
        if start < end:
            out.append((start, end, entity))
    return out


def _form_label(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one unlisted word opening a line before a colon: a form's label.

    The NER model takes labels of scanned forms for people (``Addr: 1 Joanne Plaza`` -> ``Christina:``);
    a chat's speaker (``Kathleen: hi``) is a listed name and stays a name.
    """
    word = text[start:end]
    if not word.isalpha() or not text[end : end + 2].lstrip(".").startswith(":"):
        return False
    if text[:start].rstrip(" \t")[-1:] not in ("", "\n"):
        return False
    return word.lower() not in all_first_names() and word.lower() not in gazetteers.last_names()


def _listed(word: str) -> bool:
    low = word.lower()
    return low in all_first_names() or low in gazetteers.last_names() or low.split("-")[0] in all_first_names()


def _trim_role(text: str, start: int, end: int, person: bool = True) -> int:
    """Start of the name after unlisted words the model glued before a listed first name or an initial
    ("Versicherungsnehmer Roman Steinlechner", "Customer Anna Kowalski", "Zeuge M. Dvořák"), after
    function words ("An Nora Ullrich", German "to"), after a greeting or role phrase that ends in a
    lower-case word ("Liebe Eltern von Klaus-Dieter Weihmann"), and before the surname of an inverted
    name ("Versicherungsnehmer Nerger, Camilla": the name is "Nerger, Camilla")."""
    words = text[start:end].split(" ")
    skipped = 0

    def drop(n: int) -> None:
        nonlocal skipped
        skipped += sum(len(w) + 1 for w in words[:n])
        del words[:n]

    if not person:
        while len(words) > 2 and not _listed(words[0]) and (_INITIAL.match(words[1]) or _first_name(words[1])):
            drop(1)
        return start + skipped
    for k in range(1, len(words) - 1):
        if words[k].islower() and _first_name(words[k + 1]) and not all(_listed(w) for w in words[:k]):
            drop(k + 1)
            break
    while len(words) > 2 and _not_name(words[0]) and (_INITIAL.match(words[1]) or _first_name(words[1])):
        drop(1)
    if len(words) > 1 and re.match(r"[ \t]*,[ \t]*[^\W\d_]", text[end:]):
        while len(words) > 1 and _not_name(words[0]):
            drop(1)
    return start + skipped


def _not_name(word: str) -> bool:
    """An unlisted word or a function word of the Latin-script languages ("An", "Die", "de"), or a role noun
    ("Parent", "Owner": surnames too) before the name."""
    return not _listed(word) or word.lower() in latin_stop_words() or is_role_noun(word)


def _no_name_word(span: str) -> bool:
    """Every word is a title, a function word or written in lower case ("de Dr", "Vi"): no name."""
    stop = latin_stop_words()
    return all(w.islower() or w.lower() in stop or is_title(w) for w in span.split())


def _first_name(word: str) -> bool:
    low = word.lower()
    return low in all_first_names() and low not in latin_stop_words()


def _unlisted_word(text: str, start: int, end: int) -> bool:
    """One word the model calls a person that no name list holds and that is an ordinary word: an
    English word ("Landlord inspection"), or any word of a note not written in English ("Rückruf
    unter ..."): the English model reads other languages' capitalised nouns as names."""
    word = text[start:end]
    if " " in word or not word.isalpha() or _listed(word):
        return False
    return word.lower() in english_vocabulary() or not _english_text(text)


def _foreign_nouns(text: str, start: int, end: int, entity: str) -> bool:
    """The model's span holds no listed name or place, in a note not written in English.

    German capitalises every noun, so the English model reads ``Protokoll Teamsitzung``, ``Zwei Sterne``
    or ``Verkaufe Kinderfahrrad`` as persons and ``Haupteingang`` or ``Kasse`` as places; set 10's German
    notes lost 16 % of their own words this way. A person needs a listed first name or surname among its
    words, a place a listed town or region (names the lists lack are left to the cued-name rules).
    """
    words = [w for w in re.split(r"[\s\-]+", text[start:end]) if w]
    if not words or _english_text(text):
        return False
    if entity == E.NAME:  # function words and titles are listed as names somewhere ("de", "Van"): not here
        stop = latin_stop_words()
        return not any(_listed(w.strip(".,'")) and w.lower() not in stop and not is_title(w) for w in words)
    place = text[start:end].lower()
    return place not in gazetteers.all_cities() and place not in gazetteers.all_regions() and not any(
        _listed(w.strip(".,'")) for w in words
    )


def _english_text(text: str) -> bool:
    """More English function words than those of other languages (spaCy's stop lists)."""
    english = english_stop_words()
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    en = sum(w in english for w in words)
    other = sum(w in latin_stop_words() and w not in english for w in words)
    return en >= other


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:
        return frozenset()
    return frozenset(STOP_WORDS)


def _trim_tail(name: str, person: bool = False) -> str:
    """``name`` without the lower-case words and dashes the model glued to its end ("Gołota - try").

    A person's name ends before its first lower-case word that is no particle: German capitalises
    nouns, so the model's ``Hubertine meldet Umzug`` is ``Hubertine`` ("Ludwig van Beethoven" stays).
    """
    words = name.split(" ")
    if person:
        for k, word in enumerate(words[1:], start=1):
            if word[:1].islower() and word.lower() not in PARTICLE_WORDS:
                words = words[:k]
                break
    while len(words) > 1 and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words).rstrip(" -–—")


def may_hold_names(text: str) -> bool:
    """Cheap pre-filter: skip NER for cells without a capitalised word that could be a name.

    Sentence-initial capitals only count when the word is in the name/state lists, so plain
    review prose ("Love this dress. it's pretty") never reaches the model.
    """
    names = None
    for m in _CAPITALISED.finditer(text):
        before = text[: m.start()].rstrip()
        if before and before[-1] not in _SENTENCE_END:
            return True
        if names is None:
            names = (gazetteers.first_names(), gazetteers.last_names(), gazetteers.states())
        word = m.group().lower()
        if any(word in n for n in names):
            return True
    return False
