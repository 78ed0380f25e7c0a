"""Columns whose name says street, postcode or name, and whose values have that entity's shape in any script.

Why: the value checks read the layouts and name lists they know. Under a plain ``street``, ``postcode`` or
``fullname`` header a user's export also holds Hebrew streets (``צופית 78``), Marathi ones (``37 निलेश जाधव``),
Azerbaijani capitals (``8 XƏTAİ``), Chilean seven-digit codes (``1895360``), Bengali digits (``২৬৭৪``),
Devanagari or Ethiopic names (``सिंह, कैलाश``, ``ዮ. ታደሰ``): none passed a check, and each column was published
as written although its name said what it held. Here the name decides and the values only have to agree with
it in shape, never alone (``values_decide`` is off: with the names hidden nothing changes):

- street: letters of any script in one to eight words, most values with a house number or two words or more
  (a site shared by most rows is a category: the look-alike veto keeps those);
- postcode: one layout of two to ten digits or capitals (``1895360``, ``২৬৭৪`` read as digits), digits in each;
- name: letters of a script with no name lists here (Devanagari, Ethiopic, Bengali, Hebrew...), one to four
  words, initials allowed, no digits. Latin, Cyrillic, Greek, Arabic and CJK names have their own lists.

Example::

    cued_shape_score("postcode", sample)  # Score(0.8, False, "100% codes of one layout (name says postcode)")
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from safe_synthesizer.pii import batch_formats as B
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_sample import Score, ValueSample

# Share of the distinct values that must have the entity's shape.
MIN_SHAPE_SHARE = 0.8
# Distinct values per sampled row a name column needs: people, not a rota's few staff.
MIN_DISTINCT_SHARE = 0.25
# A shape is weaker evidence than a value check: its score is scaled so that any entity the values do pass
# wins (``M5 5SY`` under ``customer__address__postcode`` is a postcode, though shaped like a street line too).
SHAPE_WEIGHT = 0.8
# Share of the distinct codes one layout (digits -> 9, letters -> A) must cover.
MIN_LAYOUT_SHARE = 0.9

_LETTER_WORD = re.compile(r"[^\W\d_]", re.UNICODE)
_DIGIT = re.compile(r"\d")
_CODE = re.compile(r"^[A-Z0-9]{2,8}(?:[ -][A-Z0-9]{2,5})?$")
# Scripts whose names are read from lists elsewhere (Latin, Cyrillic, Greek, Arabic, Hangul, kana, ideographs).
_LISTED_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HANGUL", "HIRAGANA", "KATAKANA", "CJK")


def _ascii_digits(value: str) -> str:
    """``২৬৭৪`` -> ``2674``: decimal digits of any script as ASCII."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in value)


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def _unlisted_script(value: str) -> bool:
    """Most letters of ``value`` belong to a script without name lists here."""
    letters = [ch for ch in value if ch.isalpha()]
    if not letters:
        return False
    unlisted = sum(not _script(ch).startswith(_LISTED_SCRIPTS) for ch in letters)
    return unlisted * 2 > len(letters)


def _street_shaped(value: str) -> bool:
    words = value.split()
    if not 1 <= len(words) <= 8 or len(value) > 80 or not _LETTER_WORD.search(value):
        return False
    return bool(_DIGIT.search(value)) or len(words) >= 2


def _name_shaped(value: str) -> bool:
    words = [w for w in re.split(r"[\s,]+", value) if w]
    if not 1 <= len(words) <= 4 or _DIGIT.search(value):
        return False
    # Marks (Devanagari vowel signs, the zero-width joiner) belong to the letters they follow.
    ok = all(ch.isalpha() or unicodedata.category(ch)[0] == "M" or ch in " ,.-'\u200c\u200d" for ch in value)
    return ok and _unlisted_script(value)


def _distinct_enough(sample: ValueSample) -> bool:
    rows = float(sample.counts.sum()) if len(sample.counts) else 0.0
    return rows > 0 and len(sample.values) / rows >= MIN_DISTINCT_SHARE


def _postcode_score(sample: ValueSample) -> Score | None:
    codes = [_ascii_digits(v).strip().upper() for v in sample.values]
    shaped = [c for c in codes if _CODE.match(c) and len(_DIGIT.findall(c)) >= 2]
    if len(shaped) < MIN_SHAPE_SHARE * len(codes):
        return None
    (_, top), *_ = Counter(c.translate(B._LAYOUT) for c in shaped).most_common(1)
    if top < MIN_LAYOUT_SHARE * len(shaped):
        return None
    share = top / len(codes)
    return Score(SHAPE_WEIGHT * share, False, f"{share:.0%} codes of one layout (name says postcode)")


def cued_shape_score(entity: str, sample: ValueSample) -> Score | None:
    """Evidence for ``entity`` from the shape of ``sample``'s values when the column name cues it, or ``None``
    when they do not agree with it (the caller keeps its own score). Never lets values decide alone."""
    if not sample.values:
        return None
    if entity == E.POSTCODE:
        return _postcode_score(sample)
    if entity == E.STREET_ADDRESS:
        # A round's few streets repeat over its rows; a branch's street shared by most rows is the
        # look-alike veto's to keep.
        check, label, people = _street_shaped, "street-shaped text in any script", False
    elif entity in (E.NAME, E.FIRST_NAME, E.LAST_NAME):
        check, label, people = _name_shaped, "name-shaped words of a script without name lists", True
    else:
        return None
    share = sample.share(check)
    if share < MIN_SHAPE_SHARE or (people and not _distinct_enough(sample)):
        return None
    return Score(SHAPE_WEIGHT * share, False, f"{share:.0%} {label} (name says {entity})")
