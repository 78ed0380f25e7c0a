"""A name signing a note with no closing word before it: ``... rang 2343, no answer - Agnès``, ``... Contact me on
07451 406427. Norman``, ``... TPO check with council robin x``, ``... Collected by H. Thomas. faustin x``.

:mod:`text_name_signoff` reads sign-offs after a separator, a closing word or brackets, and asks a single dash to
follow a sentence's end; its frame reading takes the first frame among the last words, so ``council robin x``
reads as the two-word frame ``council robin`` and is dropped. Three layouts remain, each a position no other word
takes at a note's very end:

- **after a final dash** (`` - ``, `` – ``, `` — ``), one word ending the text, whatever precedes the dash: a
  listed given name (capitalised as :func:`text_name_given_word.given_word` takes it, no place; or a strong given
  name in lower case);
- **closing a letter**: one capitalised word after a sentence's end (three words before it, the last no
  abbreviation nor initial: ``St. Louis``, ``R. Juan`` are no letters), ending the text: a strong listed given
  name, or a weak one (``Norman``, ``Grace``) when the text speaks in the first person (``me``, ``I``, ``ich``,
  ``moi``), as a letter or a message does; when that sentence ends with a number or an e-mail address (``Contact
  me on 786 4463. Zaitun``), a capitalised word no vocabulary holds or a word of another script in a Latin text;
- **before a kiss** (`` x``, `` xx``, `` xxx`` ending the text): the word before it in lower case, a listed given
  name (weak ones too: the kiss is the cue), or after a sentence's end a word no list nor vocabulary holds
  (``faustin x``); never a closing word (``thanks x``, ``love x``) nor a word a thread writes for no one.

Only the text decides, so under DP a record's fake depends on that record only. Cheap: one anchored search of the
text's last 60 characters.

Example::

    bare_signoff_spans("rang 23432270, no answer - Agnès")  # [(27, 32, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_frame_words import FRAME_WORD, LATIN, NOT_PEOPLE, frame_unlisted, latin
from safe_synthesizer.pii.text_name_given_word import given_word
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind
from safe_synthesizer.pii.text_name_thread_labels import NOT_SENDERS

__all__ = ["bare_signoff_spans"]

_TAIL = re.compile(
    rf"(?:(?P<dash>(?<=\s)[-–—][ \t]+)|(?P<stop>(?<=[.!?])[ \t]+|\n[ \t]*)|(?P<before>(?<=[\s,])))"
    rf"(?P<word>{FRAME_WORD})(?P<kiss>[ \t]+x{{1,3}})?[ \t]*[.!]?[ \t]*\Z"
)
# First-person words of the main languages: a text written by someone, who may sign it.
_FIRST_PERSON = re.compile(
    r"(?<![\w'’])(?:I|me|my|ich|mich|mir|mein|je|j'|moi|mon|yo|mí|mi|io|ik|mij|mijn|eu|meu|jeg|mig|jag|mig)(?![\w'’])"
)
_CLOSING = frozenset(
    """thanks thank thx ta cheers love luv hugs kisses bye later soon night regards best xoxo hun babe lol haha
    merci bisous danke gruß grüße tschüss gracias besos grazie baci ciao bedankt groetjes obrigado obrigada
    beijos tak kram hej hi hey yes no ok okay sorry please pls""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import place_names

    return place_names()


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary
    from safe_synthesizer.pii.text_name_lower_words import other_words

    return common_words() | english_vocabulary() | other_words() | _places()


def _no_person(low: str) -> bool:
    return low in NOT_PEOPLE or low in NOT_SENDERS or low in _CLOSING or function_word(low) or len(low) < 2


def _after_dash(word: str) -> bool:
    low = word.lower()
    if word.islower():
        return given_kind(low) == "strong"
    return not word.isupper() and given_word(word) and (given_kind(low) == "strong" or low not in _places())


# The stop before a closing name ends a sentence of a text: three words before it, the last no abbreviation
# (``St. Louis``, ``Sault Ste. Marie``) nor an initial (``R. Juan``).
_SENTENCE_BEFORE = re.compile(r"(?:\S+\s+){2,}(?P<last>[^\W\d_]{2,}|\S*\d\S*|\S*[)\]])[.!?]\s*\Z")
_ABBREVIATIONS = frozenset(
    """st ste mt ft dr mr mrs ms mme mlle jr sr co av ave rd blvd no nr vs gen col sgt rev fr prof hr fa sta sto
    pt bd""".split()  # noqa: SIM905
)


def _unlisted_after_contact(word: str, text: str, stop: re.Match[str], at: int) -> bool:
    """``Contact me on 786 4463. Zaitun``, ``... 8811 2538. Төмөрбаатар``: a first-person text whose last sentence
    ends with a number or an e-mail address (the writer's contact) is signed by any capitalised word no vocabulary
    holds, or by a word of another script in a text written mostly in Latin letters."""
    if not any(ch.isdigit() for ch in stop.group("last")) or not _FIRST_PERSON.search(text):
        return False
    if not latin(word):
        before = text[:at]
        other = sum(1 for ch in before if ch.isalpha() and not latin(ch))
        return len(LATIN.findall(before)) > 3 * other
    return frame_unlisted(word)


def _closing_letter(word: str, text: str, at: int) -> bool:
    stop = _SENTENCE_BEFORE.search(text, max(0, at - 200), at)
    if stop is None or stop.group("last").lower() in _ABBREVIATIONS:
        return False
    if (word[:1].isupper() and not word.isupper() and not given_word(word)) or not latin(word):
        return _unlisted_after_contact(word, text, stop, at)
    if not word[:1].isupper() or word.isupper():
        return False
    kind = given_kind(word.lower())
    return kind == "strong" or (kind == "weak" and bool(_FIRST_PERSON.search(text)))


def _before_kiss(word: str, after_stop: bool) -> bool:
    if not word.islower():
        return given_word(word)
    if given_kind(word):
        return True
    return after_stop and len(word) >= 4 and word not in _ordinary() and family_kind(word) == "unknown"


def bare_signoff_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'first_name')`` of the one-word name signing ``text`` (see the module docstring)."""
    tail_at = max(0, len(text) - 60)
    m = _TAIL.search(text, tail_at)
    if m is None or m.start("word") < 3:  # a note that is a word alone signs nothing
        return []
    word = m.group("word").rstrip(".'’-")
    if not word or _no_person(word.lower()):
        return []
    if m.group("kiss"):
        ok = _before_kiss(word, after_stop=bool(m.group("stop")))
    elif m.group("dash"):
        ok = _after_dash(word)
    elif m.group("stop"):
        ok = _closing_letter(word, text, m.start("word"))
    else:
        ok = False
    return [(m.start("word"), m.start("word") + len(word), E.FIRST_NAME)] if ok else []
