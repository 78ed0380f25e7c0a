"""Place words in scripts without capital letters (Arabic, Hebrew, Persian, Indic, Thai, Georgian, CJK, Korean).

Why: the town checks beside an address (:mod:`column_block_towns`, :mod:`place_pairs`) take a place word to be
capitalised (``Value[:1].isupper()``), the one sign a word is a proper name in Latin, Greek and Cyrillic. Arabic
(``الفحيحيل``, ``الجابرية``), Hebrew, Devanagari and the other scripts above write no capitals, so a Kuwaiti courier's
``Town`` column beside its found ``قطعة 4، شارع 12، منزل 7`` street lines was never a town column with its header
hidden. In those scripts the shape test is: one to four words of letters of one caseless script, no digit, no
comma (an address line's parts are separated by commas), nothing Latin. The evidence that they are towns stays
with the caller (beside street lines on the same rows, a postcode column, people-likeness checks).

Example::

    caseless_place_word("الفحيحيل")        # True
    caseless_place_word("قطعة 4، شارع 12")  # False: digits and a comma
    caseless_place_word("Kuwait City")     # False: Latin has capitals, the caller's own test reads it
"""

from __future__ import annotations

import re

# Letters of the caseless scripts: Hebrew, Arabic (with its supplements), Syriac, Thaana, the Indic scripts,
# Thai, Lao, Myanmar, Georgian (Mkhedruli), Ethiopic, Hangul, Kana and CJK ideographs; the marks they carry too.
_CASELESS_LETTERS = (
    "\u0590-\u05ff\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff\u0700-\u074f\u0750-\u077f\u0780-\u07bf\u08a0-\u08ff"
    "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10d0-\u10ff\u1200-\u137f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
    "\u200c\u200d"
)
_CASELESS_WORDS = re.compile(rf"^[{_CASELESS_LETTERS}]+(?:[ '\-][{_CASELESS_LETTERS}]+){{0,3}}$")
_HAS_DIGIT = re.compile(r"\d")


def caseless_place_word(value: str) -> bool:
    """One to four words of a script without capitals, no digit, no comma: a place word's shape there."""
    text = value.strip()
    return bool(_CASELESS_WORDS.match(text)) and not _HAS_DIGIT.search(text)
