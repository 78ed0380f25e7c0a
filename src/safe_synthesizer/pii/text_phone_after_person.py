"""A local phone number written right after a person, closing the clause: ``witness Jared. 932-8011``, ``told
TADASY NAKASONE, 9705132``, ``witness Birgit. 188510``.

Why: people give a witness's or a contact's number as they would say it, without the area code (the subscriber
number alone) and with no cue word: the person is the cue. Such a number is valid in no plan read alone (a French
``20288499`` lacks its area digit, an American ``932-8011`` its area code), so the cue and region readers
(:mod:`text_phone_table_region`, :mod:`text_phone_local_numbers`, :mod:`text_phone_nanp_local`) left it: set 44
kept 22 of them in 15 plans (US, GB, DE, FR, NL, TR, GE, NG, KE, JM, RE, IM, FM, ER, TA).

A number is taken when

- a person span found so far (any name reader's) ends right before it, with at most one mark between (``.``,
  ``,``, ``:``, ``;``, ``-``), and the number ends its clause (a ``.``/``;``/``!``, a line's or the note's end);
- it is no date, amount, count or measure (:func:`text_phone_table_region.number_candidates`), no year, no
  thousands (``1.500``), and has five digits or more (four where the region's own numbers have four);
- it is a number of one of the table's plans read as a subscriber number: valid alone, valid after one of the area
  codes the table's own numbers start with, or of a length the plan dials locally (``phonenumbers``' local-only
  lengths: seven in the US, six on the Isle of Man).

Example::

    spans = [TextSpan(9, 14, "first_name", 0.9)]
    phone_after_person_spans("witness Jared. 932-8011", spans, ("US",))  # [(15, 23, 'phone_number')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_phone_short import THOUSANDS
from safe_synthesizer.pii.text_phone_table_region import number_candidates, valid_in
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = ["phone_after_person_spans", "phone_after_person_text_spans"]

_PEOPLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_BETWEEN = re.compile(r"[ \t]*[.,:;\-–—]?[ \t]*")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;!]|\n|\Z)")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
MIN_DIGITS, MAX_DIGITS = 4, 12
MAX_AREAS = 12  # the table's most common area codes tried


@lru_cache(maxsize=512)
def _plan_lengths(region: str) -> tuple[frozenset[int], frozenset[int]]:
    """(national lengths, local-only lengths) of ``region``'s plan."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.general_desc is None:
        return frozenset(), frozenset()
    desc = meta.general_desc
    return frozenset(desc.possible_length or ()), frozenset(desc.possible_length_local_only or ())


def _areas(known: Iterable[str], size: int) -> list[str]:
    """The table's most common leading ``size`` digits of its own national numbers longer than ``size``."""
    counts = Counter(k[:size] for k in known if len(k) > size)
    return [a for a, _ in counts.most_common(MAX_AREAS)]


def _subscriber_of(digits: str, region: str, known: Sequence[str]) -> bool:
    """``digits`` are a number of ``region`` dialled locally (module docstring)."""
    if valid_in(digits, region):
        return True
    national, local_only = _plan_lengths(region)
    if len(digits) in local_only:
        return True
    for length in sorted(national):
        size = length - len(digits)
        if 0 < size <= 4:
            own = [k for k in known if len(k) == length]
            if any(valid_in(area + digits, region) for area in _areas(own, size)):
                return True
    return False


def phone_after_person_spans(
    text: str, spans: Sequence[TextSpan], regions: Sequence[str], known: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """(start, end, entity) of the local numbers of ``text`` right after a person span (module docstring);
    ``regions``: the table's (or under DP the row's) plans, ``known``: its own national numbers (digits)."""
    if not regions or not text or not any(ch.isdigit() for ch in text):
        return []
    ends = sorted({s.end for s in spans if s.entity in _PEOPLE})
    if not ends:
        return []
    found = [(s.start, s.end) for s in spans]
    out: list[tuple[int, int, str]] = []
    for value, start, end, digits in number_candidates(text, found, MIN_DIGITS, MAX_DIGITS):
        after_person = any(e <= start and _BETWEEN.fullmatch(text, e, start) for e in ends)
        if not after_person or not _CLAUSE_END.match(text, end):
            continue
        if (len(digits) == 4 and _YEAR.fullmatch(digits)) or THOUSANDS.match(value):
            continue
        if len(digits) < 5 and not any(4 in _plan_lengths(r)[0] for r in regions):
            continue
        if any(_subscriber_of(digits, r, known) for r in regions):
            out.append((start, end, E.PHONE_NUMBER))
    return out


def phone_after_person_text_spans(
    text: str, spans: Sequence[TextSpan], regions: Sequence[str], known: Iterable[str] = ()
) -> list[TextSpan]:
    """:func:`phone_after_person_spans` as detector spans, beside the cell's ``spans`` found so far."""
    return [TextSpan(a, b, e, 0.85) for a, b, e in phone_after_person_spans(text, spans, regions, tuple(known))]
