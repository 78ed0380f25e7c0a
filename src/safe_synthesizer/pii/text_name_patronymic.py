"""Names joined by a patronymic link word in free text: Malay ``Nurhaliza binti Tarudin``, ``Haziq bin
Zulkifli``, Malaysian Indian ``Muthu a/l Rajan``, Arabic ``Khalid ibn Saeed`` and ``خالد بن سعيد``.

Why: Malay and Gulf letters write a person as given name, link word (son/daughter of) and the father's
name; the father's names (``Zulkifli``, ``Tarudin``) are in no list, so the name-pair rules took at most
one word and the Malay notes kept the rest. The link word is the evidence (the column rule
:mod:`column_patronymic_names` reads the same layout in cells). A name is: the capitalised word right
before the link (and capitalised listed given names before it: ``Siti Nur Aisyah``), the link, and the
capitalised word after it (and capitalised listed names after it: ``Abdul Rahman``). ``bin`` is also an
English noun (``Recycling bin Tuesday``), so with ``bin`` one of the words must be a listed given or
family name; ``binti``, ``a/l``, ``a/p`` and ``bint`` say a person follows whatever the words are. In
Arabic script (no capitals) a listed name must stand on one side of ``بن``/``بنت``.

Example::

    patronymic_name_spans("Pemohon: Haziq bin Zulkifli")  # [(9, 27, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import script_lexicon as L
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.titles import is_title

__all__ = ["patronymic_name_spans"]

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠȘŢȚŤŪŮŰŲŹŻŽ"
_LOW = "a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšșţțťūůűųźżž'’"
_CAP = rf"[{_UP}](?:[{_LOW}]+|[{_UP}'’]+)"
# Links that name a child of the next person in any case; "bin"/"ibn" need a listed name (see above).
_STRONG = frozenset(("binti", "binte", "bte", "bt.", "bt", "a/l", "a/p", "bint", "s/o", "d/o"))
_LINK = re.compile(
    rf"(?<![\w/])(?P<left>{_CAP})[ \t]+(?P<link>(?i:binti|binte|bint|bin|ibn|bte|bt\.?|a/l|a/p|s/o|d/o))"
    rf"[ \t]+(?P<right>{_CAP})(?![\w'’\-])"
)
_CAP_BEFORE = re.compile(rf"(?:^|(?<=[ \t]))({_CAP})[ \t]+$")
_CAP_AFTER = re.compile(rf"^[ \t]+({_CAP})(?![\w'’\-])")
# Malay honorifics and titles before a name (``Encik``, ``Puan``, ``Haji``): not part of the span.
_HONORIFICS = frozenset(("encik", "cik", "puan", "tuan", "datuk", "dato", "dato'", "datin", "haji", "hajah", "hj",
                         "tan", "sri", "tun", "tengku", "ustaz", "ustazah", "cikgu", "dr", "prof"))  # fmt: skip
_ARABIC_LINK = re.compile(r"(?P<left>[\u0600-\u06ff]+)[ \t]+(?:بن|بنت|ابن)[ \t]+(?P<right>[\u0600-\u06ff]+)")


def _listed(word: str) -> bool:
    low = word.lower()
    return low in given_names() or low in family_names()


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(common English words, weekdays and months; Malay/Indonesian function words no English one)."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words
    from safe_synthesizer.pii.text_name_kin import _MONTHS_DAYS

    malay = spacy_stop_words(("id",)) - spacy_stop_words(("en",))
    return common_words() | _MONTHS_DAYS, frozenset(malay)


def _reads_malay(text: str) -> bool:
    malay = _words()[1]
    return sum(w in malay for w in re.findall(r"[a-z]+", text.lower())) >= 2


def _bin_ok(text: str, left: str, right: str) -> bool:
    """``bin`` (also an English noun) links a name: a listed name that is no common word or weekday on one
    side (``Green bin Monday`` is a bin), or a Malay sentence around it."""
    common = _words()[0]
    if left.lower() in common or right.lower() in common:
        return False
    return _listed(left) or _listed(right) or _reads_malay(text)


def _name_word(word: str) -> bool:
    return word.lower() not in _HONORIFICS and not is_title(word.capitalize())


def _plain_word(word: str) -> bool:
    """A capitalised word that is no common English word, weekday, month or Malay function word."""
    common, malay = _words()
    return word.lower() not in common and word.lower() not in malay


def _opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens its text, line or sentence: its capital says nothing ("Murid Faris bin
    Jamaluddin": *murid* is "pupil")."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


_LOWER_WORD = r"[a-z][a-z'’]+"
_LOWER_LINK = re.compile(
    rf"(?<![\w/'’])(?P<left>(?:{_LOWER_WORD}[ \t]+)?{_LOWER_WORD})[ \t]+(?P<link>binti|binte|bin|bte|a/l|a/p|s/o|d/o)"
    rf"[ \t]+(?P<right>{_LOWER_WORD})(?![\w'’\-])"
)


def _lower_links(text: str) -> list[tuple[int, int, str]]:
    """Names typed in lower case (``deepa d/o krishnan``, ``siti farah binte kumar``): the words on both
    sides are listed given names (a father's name is a given name), or with a link only names use
    (``binte``, ``s/o``) no common word; ``bin`` needs listed names on both sides (``the bin liner``)."""
    common, malay = _words()
    stop = _words_stop()
    out = []
    for m in _LOWER_LINK.finditer(text):
        lefts = m.group("left").split()
        right, link = m.group("right"), m.group("link")
        strong = link in _STRONG

        def ok(word: str, strong: bool = strong) -> bool:
            if word in stop or word in malay or is_title(word.capitalize()) or word in _HONORIFICS:
                return False
            return (word in given_names() and word not in common) or (strong and word not in common)

        if not ok(right) or not ok(lefts[-1]) or not (strong or (_listed(lefts[-1]) and _listed(right))):
            continue
        start = m.start("left") if ok(lefts[0]) and len(lefts) == 2 else m.end("left") - len(lefts[-1])
        out.append((start, m.end("right"), E.NAME))
    return out


@lru_cache(maxsize=1)
def _words_stop() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    return latin_stop_words()


def _arabic_listed(word: str) -> bool:
    key = L.name_key(word)
    return (key,) in L.given_entries("arabic") or (key,) in L.family_entries("arabic")


def patronymic_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of the names built with a patronymic link word (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    low = text.lower()
    if any(link in low for link in (" bin", " binti", " bte", " bt", " a/l", " a/p", " ibn", " bint", " s/o", " d/o")):
        for m in _LINK.finditer(text):
            left, right = m.group("left"), m.group("right")
            if not (_name_word(left) and _name_word(right)):
                continue
            upper = left.isupper() and right.isupper()
            if m.group("link").lower() not in _STRONG and not _bin_ok(text, left, right):
                continue
            if m.group("link").isupper() != upper and not m.group("link").islower():
                continue  # "Tom BIN Jones", "AHMAD Bin": mixed case is no name layout
            start, end = m.start(), m.end()
            taken = 0
            while (before := _CAP_BEFORE.search(text, 0, start)) and (
                _listed(before.group(1))
                or (taken < 1 and _plain_word(before.group(1)) and not _opens_sentence(text, before.start(1)))
            ):
                if not _name_word(before.group(1)):
                    break
                # One more given name before the link ("Hidayah Aishah binte Raman") need not be listed.
                taken += 1
                start = before.start(1)
            while (after := _CAP_AFTER.match(text[end:])) and _listed(after.group(1)):
                end += after.end(1)
            out.append((start, end, E.NAME))
    if any(link in low for link in (" bin ", " binti ", " binte ", " bte ", " a/l ", " a/p ", " s/o ", " d/o ")):
        out += _lower_links(text)
    for m in _ARABIC_LINK.finditer(text):
        if _arabic_listed(m.group("left")) or _arabic_listed(m.group("right")):
            out.append((m.start(), m.end(), E.NAME))
    return out
