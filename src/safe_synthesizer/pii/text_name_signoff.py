"""A note's sign-off: the name after the mark that ends a staff note, a message or a card.

Staff notes in CRMs, PMSs and ticket tools end with the writer's name after a separator the tool or the habit puts
there; messages and cards after a kiss, a closing word or brackets. Nothing else marks the name: the mark and the
place do. Two readings, one for each pipeline that calls them (their rules differ on purpose, see below):

**After a separator** (:func:`signoff_name_spans`, one of the cue rules of :mod:`text_name_given_cues`): ``Rang
back, will pay Friday.\n// Ksawery``, ``Parcel left with neighbour -- Tom``, ``Rückruf erledigt — Anke Lind``. The
name ends the text (maybe a stop after it), right after ``//``, ``--``, ``—`` or ``–``. It is one word or two: a
cued given name (:func:`text_name_given_word.given_word`; weekdays and months are none: ``-- Monday``), or a
capitalised listed family name that is no ordinary word or place (``// Greco``), then maybe a listed family name.
A single dash signs too once a sentence, a line, an e-mail address or a phone number ends before it (``... is
+60 12-345 6789. - Rahimi``, ``... mail me at a@b.de - Karl-Heinz``): a dash inside a sentence (``Paris - Lyon``)
is no sign-off. The family name may carry a particle of its stock (``- bin Yusof``, ``- á Ryggi``, ``- van Dijk``,
``- ould Cheikh``): after a particle, any capitalised name-shaped word is the surname. A double-barrelled family
name (``- Hood-Smith``) counts when both parts are listed family names.

**In the note's frame** (:func:`signoff_frame_spans`, beside the chat and head frames of
:mod:`text_name_note_frames`): names in lower case, in capitals or unlisted, after any mark: ``... about it.
~anusha``, ``... is needed. Approved - - Roger``, ``... ring Jos on +1 869-557-8095. Thanks, (Patrice W.)``,
``... emailed a@b.com. cheers Arlene L.``, ``... Kaart bijwerken. elvis x``, ``Gruß - Roswitha K.``, ``(Connie
GARDNER)``, ``Mary KELLEY x``. A mark (``~``, ``- -``, ``--``, ``//``, a dash, brackets, a kiss ``x``, a closing
word ``cheers``, ``thanks``, ``Gruß``) then one name, maybe an initial or a surname after it, and nothing but a
stop, a closing bracket or a kiss before the text ends; three words are a phrase, not a signature. The closing
words, ``x`` and ``ok``/``done``/``asap``/``tbc`` are never the name (:data:`text_name_frame_words.NOT_PEOPLE`): a
lower-case word must be a listed given name, a capitalised one a listed given or family name, or, in a sure frame
(``~``, ``- -``, ``//``, two marks, a closing word, a kiss, an initial after it, or two words in brackets), a word
no vocabulary holds (``~Ubaldus``, ``- Okot L.``, ``(Rudsel Cicilia)``); ``(Makita)`` alone ends a tool note. A
name in a script without capitals (``(曹明輝)``) signs a note written mostly in Latin letters (three Latin letters
to one of its script: a Korean address's ``(영진서이동)`` is no signature).

Both readings ask a single dash (and, in the frame, brackets or a closing word alone) to follow a sentence's end, a
line's end, a phone number or an e-mail address (:data:`_SINGLE_AFTER`). The separator reading vets a capitalised
word against every vocabulary (``// Greco`` but not ``-- April``) and reads particles; the frame reading takes
lower-case, capitals-only and unlisted words where its frame is sure. Where both find a name (``// Ksawery``) the
spans are the same; the callers' overlap handling keeps one.

Only the text decides, so under DP a record's fake depends on that record only. Cheap: the separator reading needs
a separator in the text, the frame reading looks at the last 120 characters.

Example::

    signoff_name_spans("Will call back re invoice.\n// Ksawery")  # [(30, 37, 'first_name')]
    signoff_frame_spans("Spoke to Adweta about it. ~anusha")  # [(27, 33, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_frame_words import (
    FRAME_WORD,
    LATIN,
    NOT_PEOPLE,
    frame_family,
    frame_given,
    frame_second,
    frame_unlisted,
    latin,
)
from safe_synthesizer.pii.text_name_given_word import NAME_WORD, given_word
from safe_synthesizer.pii.text_name_lists import family_names
from safe_synthesizer.utils.scripts import LATIN_UPPER

__all__ = ["signoff_frame_spans", "signoff_name_spans"]

_W = FRAME_WORD  # a word of a name (:data:`text_name_frame_words.FRAME_WORD`)

# Particles of family names: Malay/Arabic patronyms, Faroese/Icelandic farm names, Dutch, Hassaniya, Tuareg.
_PARTICLE = r"(?:bin|binti|bint|ibn|í|á|van|von|van der|van den|van de|de|de la|del|da|di|du|ould|ag|mint)"
_SIGNOFF = re.compile(
    rf"(?:^|(?<=\s))(?P<dash>//|--|—|–|-)[ \t]*(?:(?P<particle>{_PARTICLE})[ \t]+)?"
    rf"(?P<first>{NAME_WORD})(?:[ \t]+(?P<second>{NAME_WORD}))?[ \t]*[.!]?\s*\Z"
)
# What a single dash (in the frame: a bracket, a closing word) must follow to sign: the end of a sentence or a line,
# an e-mail address or a phone number, or nothing (a note that is only its sign-off).
_SINGLE_AFTER = re.compile(r"(?:[.!?)]|\n|@[\w\-]+(?:\.[\w\-]+)+|\d)[ \t]*\Z|\A[ \t]*\Z")

# The frame reading: closing words, a kiss, the marks, brackets (module docstring).
_INITIAL = rf"[{LATIN_UPPER}]\."
_CLOSING = (
    r"(?i:cheers|thanks|thank[ \t]+you|many[ \t]+thanks|thx|ta|gruß|grüße|lg|groetjes|groeten|merci|bisous|"
    r"saludos|gracias|grazie|ciao|obrigad[oa]|abraços?|tak|díky|danke|love|best|regards)"
)
# A kiss is no name: ``Mia x`` ends with its kiss.
_NO_KISS = r"(?!x{1,3}[ \t]*[.!]?[ \t]*\Z)"
_MARK = r"(?P<mark>~|-[ \t]*-|--|//|-|–|—)"
_FRAME = re.compile(
    rf"(?:(?P<closing>{_CLOSING})[,!]?[ \t]+){{0,2}}(?:{_MARK}[ \t]*)?(?P<open>\()?[ \t]*"
    rf"(?!{_CLOSING}[ \t,!])(?P<first>{_W})(?:[ \t]+(?:(?P<init>{_INITIAL})|{_NO_KISS}(?P<second>{_W})))?"
    rf"(?:[ \t]+(?:(?P<init2>{_INITIAL})|{_NO_KISS}(?P<third>{_W})))?"
    rf"[ \t]*(?P<close>\))?[ \t]*(?P<kiss>x{{1,3}})?[ \t]*[.!]?[ \t]*\Z"
)
_STRONG = ("~", "--", "//")
_SPACE = re.compile(r"\s+")


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


def signoff_frame_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the name signing off at the end of ``text`` (see the module docstring)."""
    # The frame starts at one of the last eight words (``Gruß cheers - (Anne K.) x``): anchored tries there only.
    tail_at = max(0, len(text) - 120)
    starts = [m.end() for m in _SPACE.finditer(text, tail_at)][-8:]
    if tail_at == 0:
        starts.insert(0, 0)
    m = None
    for pos in starts:
        m = _FRAME.match(text, pos)
        if m is not None:
            break
    if m is None:
        return []
    tail_at = 0  # the match's offsets are the text's own
    if m.group("third") or m.group("init2"):  # three words: a phrase's end, not a signature
        return []
    if bool(m.group("open")) != bool(m.group("close")):
        return []
    mark = re.sub(r"[ \t]", "", m.group("mark") or "")
    start = tail_at + m.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in "/@&'’_"):  # "spring/summer xx": one word's part
        return []
    strong = mark in _STRONG
    framed = bool(mark or m.group("open") or m.group("closing") or m.group("kiss"))
    if not framed:
        return []
    # Weak marks sign only after a sentence, a phone number or an e-mail address; a kiss signs anywhere.
    # Two marks (``Approved - (thérèse)``, ``Thanks, ~rosemonde``) sign anywhere too.
    double = bool(mark) and bool(m.group("open") or m.group("closing"))
    if not (strong or double or m.group("kiss")) and not _SINGLE_AFTER.search(text, max(0, start - 80), start):
        return []
    first, second = m.group("first"), m.group("second")
    if first.lower() in NOT_PEOPLE or (second and second.lower() in NOT_PEOPLE):
        return []
    f0 = tail_at + m.start("first")
    if not latin(first) or (second and not latin(second)):
        if latin(first) or (second and latin(second)):
            return []
        before = text[:start]
        other = sum(1 for ch in before if ch.isalpha() and not LATIN.match(ch))
        near = any(ch.isalpha() and not LATIN.match(ch) for ch in before[-40:])  # an address line's own words
        if near or len(LATIN.findall(before)) <= 3 * other:  # a note in that script: maybe its own words
            return []
        end = tail_at + (m.end("second") if second else m.end("first"))
        return [(f0, end, E.NAME)]
    # Strong frames take a weak given name (also a word) or an unlisted one; brackets and a bare dash take listed.
    # An initial after the name (``- Okot L.``) or a second name word in brackets (``(Rudsel Cicilia)``) is sure too.
    sure = strong or double or bool(m.group("closing") or m.group("kiss") or m.group("init"))
    sure = sure or bool(m.group("open") and second)
    lower = first.islower()
    if lower:
        ok = frame_given(first, weak=sure)  # "- rose" after a bare dash may be the flower
    elif first.isupper():
        ok = False
    else:
        ok = frame_given(first, weak=True) or frame_family(first) or (sure and frame_unlisted(first))
    if not ok:
        return []
    if second:
        if not frame_second(second, lower):
            return []
        return [(f0, tail_at + m.end("second"), E.NAME)]
    kind = E.LAST_NAME if not lower and frame_family(first) and not frame_given(first, weak=True) else E.FIRST_NAME
    return [(f0, tail_at + m.end("first"), kind)]
