"""A name signed after ``//``, ``--`` or a dash at the end of a note: ``Rang back, will pay Friday.\\n// Ksawery``,
``Parcel left with neighbour -- Tom``, ``Rückruf erledigt — Anke Lind``.

Staff notes in CRMs, PMSs and ticket tools end with the writer's initials or name after a separator the tool or the
habit puts there. Nothing else marks the name; the separator and the place do: the name ends the text (maybe a
stop after it), right after ``//``, ``--``, ``—`` or ``–``. It is one word or two: a cued given name
(:func:`text_name_given_word.given_word`; weekdays and months are none: ``-- Monday``), or a capitalised listed
family name that is no ordinary word or place (``// Greco``), then maybe a listed family name.

A single dash signs too once a sentence, a line, an e-mail address or a phone number ends before it (``... is
+60 12-345 6789. - Rahimi``, ``... mail me at a@b.de - Karl-Heinz``): a dash inside a sentence (``Paris - Lyon``)
is no sign-off. The family name may carry a particle of its stock (``- bin Yusof``, ``- á Ryggi``, ``- van Dijk``,
``- ould Cheikh``): after a particle, any capitalised name-shaped word is the surname. A double-barrelled family
name (``- Hood-Smith``) counts when both parts are listed family names.

Example::

    signoff_name_spans("Will call back re invoice.\\n// Ksawery")  # [(30, 37, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import NAME_WORD, given_word
from safe_synthesizer.pii.text_name_lists import family_names

__all__ = ["signoff_name_spans"]

# Particles of family names: Malay/Arabic patronyms, Faroese/Icelandic farm names, Dutch, Hassaniya, Tuareg.
_PARTICLE = r"(?:bin|binti|bint|ibn|í|á|van|von|van der|van den|van de|de|de la|del|da|di|du|ould|ag|mint)"
_SIGNOFF = re.compile(
    rf"(?:^|(?<=\s))(?P<dash>//|--|—|–|-)[ \t]*(?:(?P<particle>{_PARTICLE})[ \t]+)?"
    rf"(?P<first>{NAME_WORD})(?:[ \t]+(?P<second>{NAME_WORD}))?[ \t]*[.!]?\s*\Z"
)
# What a single dash must follow to sign: the end of a sentence or a line, an e-mail address or a phone number.
_SINGLE_AFTER = re.compile(r"(?:[.!?)]|\n|@[\w\-]+(?:\.[\w\-]+)+|\d)[ \t]*\Z|\A[ \t]*\Z")


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words, place_names
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    return common_words() | place_names() | english_vocabulary() | latin_stop_words()


def _family(word: str) -> bool:
    low = word.lower()
    if "-" in low:  # "Hood-Smith": each part a family name
        return all(p in family_names() for p in low.split("-")) and low not in _ordinary()
    return low in family_names() and low not in _ordinary() and not given_word(word, months=True)  # not "-- April"


def _particled(word: str) -> bool:
    """After a particle (``bin``, ``í``, ``van``), a capitalised name-shaped word that is no ordinary word; a place
    name counts (Faroese and Icelandic farm names are places: ``í Túni``, ``á Ryggi``)."""
    from safe_synthesizer.pii.common_words import common_words, place_names
    from safe_synthesizer.pii.text_cued_names import english_vocabulary
    from safe_synthesizer.pii.text_name_relation_bracketed import capital_name_word

    low = word.lower()
    if _family(word) or capital_name_word(word, alone=False, surname=True):
        return True
    return low in place_names() and low not in common_words() and low not in english_vocabulary()


def signoff_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the name signed at the end of ``text`` after a separator."""
    if "/" not in text and "-" not in text and "—" not in text and "–" not in text:
        return []
    m = _SIGNOFF.search(text)
    if m is None:
        return []
    if m.group("dash") == "-" and not _SINGLE_AFTER.search(text, max(0, m.start() - 80), m.start()):
        return []
    first, second = m.group("first"), m.group("second")
    if m.group("particle"):  # "- bin Yusof", "- van Dijk": the particle and the surname
        if second is None and _particled(first):
            return [(m.start("particle"), m.end("first"), E.LAST_NAME)]
        return []
    if not (given_word(first) or _family(first)):
        return []
    if second is None:
        return [(m.start("first"), m.end("first"), E.FIRST_NAME if given_word(first) else E.LAST_NAME)]
    if (second.lower() in family_names() and second.lower() not in _ordinary()) or given_word(second):
        return [(m.start("first"), m.end("second"), E.NAME)]
    return []
