"""Identity document numbers after typo'd or abbreviated cue words: ``Checked ID nbr 10209198206717``,
``ID seen: passprt no 4220668K442PB6``, ``after ID check - 9ZR4D8QE``, ``natl id# A405360(8)``.

Why: the id rules of :mod:`~safe_synthesizer.pii.text_patterns` take a number right after an id word spelt in full
(``ID 4471902236``, ``passport no. X1234567``), after an id word and what was done (``Id checked: ...``,
:mod:`text_id_checked`) or one passing a country's check. Hurried notes abbreviate and misspell the words
(``nbr``, ``passprt``, ``natl id#``, ``n° d'ident``, ``N.º doc``) and write ids no check knows: Kyrgyz 14-digit
PINs, Belarusian ``4220668K442PB6``, Malawian 8-character ids with one digit, Hong Kong and Macau ids with their
check digit in brackets (``A405360(8)``), Zimbabwean ``29-5879345 H 13``. Set 38 kept them (be_BY text ids
0.17, en_MW 0.00, ky_KG 0.75).

An id is taken when an id word (:data:`_ID_WORD`, prefixes of the document names: ``pass``, ``ident``, ``doc``,
``natl id``...) is followed by at most three filler items (``no``, ``nbr``, ``#``, ``n°``, ``seen``, ``check``,
``:``, ``-``) and then a token in an id's layout: 6-20 upper-case letters and digits with a digit, a bracketed
check character, a two-letter suffix (Bolivia's ``1956634 OR``) or the Zimbabwean and Myanmar layouts. Dates,
times, all-letter words and tokens after a record word (``order``, ``booking``, ``ticket``) are no id. The fake
keeps the layout: letters stay letters and digits digits (``fake_id_layouts``).

Example::

    loose_cue_id_spans("Checked ID nbr 10209198206717.")  # [(15, 29, 'national_id')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V

__all__ = ["loose_cue_id_spans"]

# Id words and their abbreviations and misspellings, in several languages (lower case; matched case-blind).
_ID_WORD = (
    r"id|i\.d\.|ids|ident|identity|identité|identidad|identidade|identità|identification|natl[ \t]*id|"
    r"nat\.?[ \t]*id|national[ \t]+id|nid|nin|nic|cni|cin|dni|ci|cnib|omang|"
    r"pass|passp\w*|pasp\w*|paspor\w*|pasapor\w*|passaport\w*|passeport|reisepass|ausweis|"
    r"doc|docs|document|documento|dok|dokument|legitimatie|tazkira|iqama|kimlik|"
    r"паспорт|пасп\.?|удостоверение|уд\.?|документ|pasaporte|cédula|cedula"
)
# What may stand between the id word and the number: number words (typo'd), "seen", "check", punctuation.
_FILLER = (
    r"(?:nbr|nmbr|numbr|numb|num|number|no|nr|nro|n°|nº|n\.º|n\.°|#|seen|sighted|check|checked|chk|card|"
    r"d'ident|d'identité|de|du|da|do|no\.|nr\.|num\.|№|:|-|–|—|\.)"
)
# The number: an id's layouts (upper case; the Zimbabwean and Myanmar ones first).
_TOKEN = (
    r"(?P<id>(?-i:\d{2}-\d{6,7}[ \t]?[A-Z][ \t]?\d{2}"
    r"|\d{1,2}/[A-Za-z]{3,9}\([A-Z]\)\d{5,6}"
    r"|\d{2,4}(?:-\d{1,5}){2,4}"
    r"|[A-Z0-9]{6,20}(?:\([0-9A-Z]\))?(?:[ \t][A-Z]{2}(?![\w]))?))"
)
_LOOSE = re.compile(
    rf"(?i)(?<![\w])(?:{_ID_WORD})(?:[ \t]*{_FILLER}){{0,3}}[ \t]*(?<=[\s:#\-–—.°º№]){_TOKEN}(?![\w\-/]|[.,]\d)"
)
_RECORD_BEFORE = re.compile(
    r"(?i)\b(?:order|booking|ticket|invoice|room|receipt|tracking|parcel|job|transaction|payment|caller|"
    r"session|user|login|wifi|wi-fi|product|item|sku|batch|lot)\W*$"
)
MIN_DIGITS = 1
MIN_DASHED_DIGITS = 9
_TIME = re.compile(r"^\d{1,2}[.:]\d{2}$")


def _id_shaped(value: str) -> bool:
    """A token an id is written as: a digit, no lower-case letter, not an ordinary word or a year."""
    core = value.split("(")[0].split()[0] if value.split() else value
    digits = sum(ch.isdigit() for ch in core)
    if digits < MIN_DIGITS or (any(ch.islower() for ch in core) and "/" not in value):
        return False
    if core.isdigit() and len(core) < 6:
        return False
    if "-" in core and sum(ch.isdigit() for ch in core) < MIN_DASHED_DIGITS:
        return False  # "12-05-24", "3-4-5": dates and counts, not Haiti's "002-469-734-6"
    return not (V.looks_like_date(value) or _TIME.match(value))


def loose_cue_id_spans(text: str, found: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """National-id spans of ``text`` after a typo'd or abbreviated id cue (module docstring); tokens
    overlapping ``found`` (spans already taken) are left."""
    if not any(ch.isdigit() for ch in text):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _LOOSE.finditer(text):
        start, end = m.start("id"), m.end("id")
        if any(a < end and start < b for a, b in found):
            continue
        if _RECORD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if not _id_shaped(m.group("id")):
            continue
        out.append((start, end, E.NATIONAL_ID))
    return out
