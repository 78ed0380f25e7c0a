"""A phone number in brackets at the end of a clause about a named person: ``My partner Rein Viks will drive me
(5585 4824).``

Why: prose puts a contact's number in brackets after what it says about them, not only right after the name
(``Erika Ramos (21033375)``, :func:`~safe_synthesizer.pii.text_date_heading.named_number_spans`), or right after
the contact's given name, alone or in a lower-case note (``Tell Moses (771 234 567) when the suit is ready``,
``badge kept by damien ali (76160030)``: a listed given name, no common word or place; eight digits at least, or
six or seven valid in the caller's first region), or after a role word and the name (``witness BINTOU KABORE
(70 12 34 56)``, in capitals or a script the name lists lack). Eight-digit
Estonian, Slovenian or Danish numbers carry no trunk 0 and no cue word there, so the bracket and the person named
earlier in the same sentence are the evidence (set 28: 70 such numbers kept in et_EE, hu_HU, sl_SI... notes).
What else prose brackets after a person is written otherwise: an age (``(age 6)``), a year or a date (separators,
a month, ``2019-2020``, ``20231104``), an amount (decimals, a currency), a time (a colon); a record's number has a
reference word before it (``room``, ``order``, ``ticket``). The bracket must hold nothing but the number, 7-15
digits in one run or in groups of two to four, valid in some country's plan.

Example::

    bracketed_phone_spans("My partner Rein Viks will drive me (5585 4824).", [], ("EE",))  # [(36, 45, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.text_date_heading import reads_as_name
from safe_synthesizer.pii.text_phone_cues import TEXT_PHONE_REGIONS
from safe_synthesizer.pii.text_phone_short import RANGE, REFERENCE_WORDS
from safe_synthesizer.pii.text_phone_uncued import COMPACT_DATE

# The whole bracket is one number: an optional ``+``, digits in one run or in groups of two to four.
_BRACKETED = re.compile(r"\([ \t]*(?P<number>\+?\d{2,4}(?:[ \-.]\d{2,4}){0,4}|\+?\d{6,15})[ \t]*\)")
# The clause the bracket closes starts after the last sentence end or line break before it.
_SENTENCE_END = re.compile(r"[.!?;:\n](?=[ \t\n]|$)")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-])*")
# Name words read before a reference word rules the number out.
BEFORE_NAME_WORDS = 3
MIN_DIGITS, MAX_DIGITS = 7, 15
# After a lone given name the bracket must hold a longer number (8 digits at least: no short code or count).
SINGLE_NAME_DIGITS = 8
# The last one or two words right before the bracket, blanks between.
_LAST_WORDS = re.compile(r"(?:^|[^\w'’\-])(?P<words>[^\W\d_][^\W\d_'’\-]+(?:[ \t]+[^\W\d_][^\W\d_'’\-]+)?)[ \t]*$")
# Six or seven digits after a lone given name: valid in the caller's first region only (Greenland's 6 digits).
SHORT_DIGITS = 6


def _named_before(clause: str) -> bool:
    """``clause`` names a person (two or three words reading as a name), and no reference word (``room``,
    ``order``) stands among the three words before that name or after it."""
    words = [(m.group(), m.start()) for m in _WORD.finditer(clause)]
    for i in range(len(words)):
        for n in (3, 2):
            window = words[i : i + n]
            if len(window) < n or not all(w[:1].isupper() for w, _ in window):
                continue
            if reads_as_name(" ".join(w for w, _ in window)):
                around = [w.lower() for w, _ in words[max(0, i - BEFORE_NAME_WORDS) : i]]
                around += [w.lower() for w, _ in words[i + n :]]
                return not any(w in REFERENCE_WORDS for w in around)
    return False


def _given_name_right_before(clause: str) -> bool:
    """One of the last two words of ``clause``, right before the bracket, is a listed given name that is no
    common word or place (``... Harry``, ``told willie key``): a note names a contact by the first name alone, or
    in lower case, as often as by a full capitalised name. No reference word (``order``, ``room``) near it."""
    from safe_synthesizer.pii import gazetteers
    from safe_synthesizer.pii.text_date_heading import _lists

    m = _LAST_WORDS.search(clause)
    if m is None:
        return False
    words = [w.lower() for w in m.group("words").split()]
    if any(w.lower() in REFERENCE_WORDS for w in _WORD.findall(clause)[-BEFORE_NAME_WORDS - 2 :]):
        return False
    _, common, places = _lists()
    given = gazetteers.column_first_names()
    return any(w in given and w not in common and w not in places for w in words)


# Words naming who the next words are: text_name_lower's roles and kin, and who signs or vouches in a record.
_MORE_ROLES = frozenset(
    """witness witnesses guarantor landlord landlady owner driver contact caretaker cleaner courier buyer seller
    agent referee sponsor témoin garant propriétaire chauffeur testigo fiador propietario conductor testemunha
    proprietário motorista testimone garante proprietario autista zeuge zeugin bürge vermieter vermieterin fahrer
    getuige borg verhuurder eigenaar chauffeur vitne vittne todistaja takaaja świadek poręczyciel svědek ručitel
    tanık kefil""".split()  # noqa: SIM905
)
# A role word, then one to four name words (any case or script) right before the bracket.
_ROLE_THEN_NAME = re.compile(
    r"(?P<role>[^\W\d_]+)[ \t]*:?[ \t]+(?:[^\W\d_][^\W\d_'’.\-]*[ \t]+){0,3}[^\W\d_][^\W\d_'’\-]*[ \t]*$"
)


def _role_then_name_before(clause: str) -> bool:
    """``clause`` ends with a role word and the person's name (``witness BINTOU KABORE``, ``guarantor ole
    berg``): whoever is so named right before a bracketed number is the one the number reaches. The name words
    are no common words (``the witness said it was fine (...)``)."""
    from safe_synthesizer.pii.text_name_lower import ROLE_WORDS

    m = _ROLE_THEN_NAME.search(clause)
    while m is not None:
        if m.group("role").lower() in ROLE_WORDS or m.group("role").lower() in _MORE_ROLES:
            from safe_synthesizer.pii.text_date_heading import _lists

            common = _lists()[1]
            names = [w.lower().strip(":.") for w in clause[m.end("role") :].split()]
            return not any(w in REFERENCE_WORDS or w in common or w in ROLE_WORDS for w in names)
        m = _ROLE_THEN_NAME.search(clause, m.start("role") + len(m.group("role")))
    return False


def bracketed_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of numbers alone in brackets closing a clause that names a person; numbers overlapping
    ``found`` (spans already taken) are left."""
    if "(" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _BRACKETED.finditer(text):
        start, end = m.start("number"), m.end("number")
        if any(a < end and start < b for a, b in found):
            continue
        value = m.group("number")
        digits = sum(ch.isdigit() for ch in value)
        if not SHORT_DIGITS <= digits <= MAX_DIGITS:
            continue
        if V.looks_like_date(value) or V.starts_with_date(value) or COMPACT_DATE.match(value):
            continue
        if (span := RANGE.match(value)) and int(span.group(2)) >= int(span.group(1)):
            continue  # "(2019-2020)", "(1300-1500)": years or hours from .. to
        clause_start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        clause = text[clause_start : m.start()]
        if digits >= MIN_DIGITS and _named_before(clause):
            tried = (*regions, *TEXT_PHONE_REGIONS)
        elif _given_name_right_before(clause) or _role_then_name_before(clause):
            tried = (*regions, *TEXT_PHONE_REGIONS) if digits >= SINGLE_NAME_DIGITS else tuple(regions[:1])
        else:
            continue
        if phone_region_of(value, tried) is None:
            continue
        out.append((start, end, E.PHONE_NUMBER))
    return out
