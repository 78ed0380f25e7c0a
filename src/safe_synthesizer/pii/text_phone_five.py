"""Five-digit phone numbers in text right after a word of calling: the Falklands' ``call 51795``, ``Mob: 51258``.

Why: :mod:`~safe_synthesizer.pii.text_phone_short` takes 6-7 digit numbers of the short plans after a cue, but five
digits only when valid in the caller's own regions, as most 5-digit codes are valid in some island plan. The
caller's regions come from the configured locale, which names no such island, so every Falklands (``51964``),
Cook Islands, Niue, Tokelau or St Helena number in a note was kept (set 36: 11 of 22 en_FK phones: ``landlord
Diane Stout to call 51795``, ``Rang back from 51964``, ``Mob: 51258``).

Five digits are taken on narrower words than the longer numbers: a word that only calls or names the phone
(``call``, ``rang``, ``mobile``, ``tel``, ``ph``, ``whatsapp``, ``fax``, ``contact``), never the weak ones
(``on``, ``at``, ``from``, ``no``, ``number``: sizes and order numbers) nor ``reach`` (``reached 25000
signatures``). Between the word and the number no reference word (``order``, ``ext``, ``room``); after it no
unit, currency, counted noun or town (``call 10000 times``, ``contact: 30301 Atlanta``), no digit, decimal or
dash; no word of money between (``mobile plan costs 51234``). The number is
one run of five digits valid in a plan whose numbers are five digits long (libphonenumber: FK, CK, NU, TK, SH...).

Example::

    five_digit_phone_spans("Tenant told; landlord Diane Stout to call 51795.")  # [(41, 46, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneMetadata

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.text_phone_short import REFERENCE_WORDS
from safe_synthesizer.pii.text_phone_uncued import UNIT_AFTER

FIVE = 5
# One run of five digits: no digit, letter, sign or decimal around it, no range, code or e-mail (``Contact
# 71044.post@icloud.com``) after it.
_FIVE = re.compile(r"(?<![\w+/.,:\-#@])\d{5}(?![\w/\-@]|[.,:]\d|\.\w)")
# The words of calling or of the phone itself, then at most four words (a name, "back from", "on") before the
# number; the window ends at the number.
_CALL_WORDS = (
    r"call|called|calling|ring|rang|phone|phoned|telephone|tel|tél|mobile|mob|cell|ph|whatsapp|sms|texted|"
    r"text[ \t]+me|fax|contact|dial|callback|call-back|appeler|appelez|rappelez|llamar|llame|chiamare|ligar|"
    r"anrufen|bellen|ringe|ring"
)
_CALL_CUE = re.compile(rf"(?i)\b(?:{_CALL_WORDS})\b(?:\W+\w+){{0,4}}\W*$")
_WORD = re.compile(r"[^\W\d_]+")
# Nouns counted after a number ("call 10000 times", "12000 calls"): the number is a count.
_COUNTED = re.compile(
    r"(?i)[ \t]*(?:times|people|persons|calls|members|users|customers|votes|signatures|followers|views|runners|"
    r"visitors|tickets|items|units|pieces|rows|records|minutes|mins|hours|days|steps|words|pages|points|"
    r"miles|feet|ft|metres|meters|km|kg|lbs?)\b"
)
# Words of money or quantity between the cue and the number ("mobile plan costs 51234"): an amount.
_AMOUNT_WORDS = frozenset(
    {"cost", "costs", "price", "priced", "pay", "paid", "fee", "fees", "total", "amount", "balance", "worth",
     "charge", "charged", "rose", "fell", "sold", "sales", "plan", "data", "minutes", "over", "under"}
)  # fmt: skip
# A capitalised word right after the number ("contact: 30301 Atlanta"): a postcode before its town.
_TOWN_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ][^\W\d_]+")
_CURRENCY_BEFORE = re.compile(r"(?i)(?:[€$£¥₹]|\b(?:eur|usd|gbp|fkp|nzd|shp))[ \t]*$")


@lru_cache(maxsize=1)
def five_digit_plans() -> tuple[str, ...]:
    """Regions without a trunk prefix whose personal numbers (fixed or mobile) may be five digits long."""
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = PhoneMetadata.metadata_for_region(region)
        if meta is None or meta.national_prefix:
            continue
        lengths = {n for desc in (meta.fixed_line, meta.mobile) if desc is not None for n in desc.possible_length}
        if FIVE in lengths:
            out.append(region)
    return tuple(out)


def five_digit_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of five-digit numbers right after a word of calling in ``text`` (module docstring); numbers
    overlapping ``found`` (spans already taken) are left. ``regions`` are tried before the five-digit plans."""
    out: list[tuple[int, int, str]] = []
    for m in _FIVE.finditer(text):
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in found):
            continue
        cue = _CALL_CUE.search(text, max(0, start - 60), start)
        if cue is None or _CURRENCY_BEFORE.search(text, 0, start):
            continue
        words = [w.lower() for w in _WORD.findall(text[cue.start() : start])]
        if any(w in REFERENCE_WORDS or w in _AMOUNT_WORDS for w in words[1:]):
            continue
        # A phone found between the cue and this number took the cue ("call 0161 496 0000, 12000 miles").
        if any(cue.start() <= a and b <= start for a, b in found):
            continue
        if UNIT_AFTER.match(text, end) or _COUNTED.match(text, end) or _TOWN_AFTER.match(text, end):
            continue
        if phone_region_of(m.group(), (*regions, *five_digit_plans())) is None:
            continue
        out.append((start, end, E.PHONE_NUMBER))
    return out
