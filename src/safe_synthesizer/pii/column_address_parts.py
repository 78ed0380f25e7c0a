"""Whole addresses written as comma- or line-separated parts with the street and unit words of more languages.

Why: Persian, Bengali, Azerbaijani, Vietnamese and Chilean exports write an address as parts (``بن بست
پارسا 42065, سوئیت 341, شرق يوسف, خراسان رضوی 14930``, ``বাড়ী নং ১৬৬, বাজিতগাঁ প্লাজা, শান্তিমাটি, কক্সবাজার``,
``Gəncə ş., T.ƏLİYEV prospekti, b. 6, m. 5``) whose street and unit words the street lists lack, so the
column, with its name hidden, was scanned as free text and the addresses kept. A cell counts when it has two
or more parts, a number (any script's digits) and a street, unit or district word of these languages; the
column needs nearly all cells so and many distinct cells, so a category of a few branch addresses or a column
of prose does not pass.

Example::

    address_parts_score(sample_values(df["c011"], 500, 0))
    # Score(share=0.97, values_decide=True, evidence='97% addresses in parts with street or unit words')
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.column_sample import MIN_DISTINCT_WITHOUT_CUE, Score, ValueSample, _pct

MIN_PART_CELLS = 0.9
MAX_CELL_CHARS = 160
MAX_PARTS = 8
# Street, house, unit and district words (keyed lower case, dots dropped) by language.
_WORDS = frozenset(
    " ".join((
    # Persian / Arabic ("بن بست", dead end: its second word; "بن" alone is "son of" in names)
    "خیابان کوچه بست بلوار میدان جاده پلاک واحد سوئیت طبقه کوی شهرک بزرگراه تقاطع شارع حي طريق استان شهرستان "
    # Bengali
    "বাড়ী বাড়ি নং বিল্ডিং হোল্ডিং অ্যাপার্টমেন্ট ষ্টুডিও ফ্ল্যাট রোড সড়ক লেন প্লাজা "
    # Hindi, Marathi, Nepali, Gujarati
    "मार्ग रोड गली गल्ली नगर घर मकान फ्लैट सड़क चौक वडा बाटो રોડ માર્ગ નગર સોસાયટી "
    # Azerbaijani
    "küçəsi küç prospekti rayonu ray qəs qəsəbəsi kəndi şəhəri mənzil döngəsi "
    # Vietnamese
    "phố đường phường xã quận huyện khu khóm ấp thôn tổ hẻm ngõ ngách "
    # Spanish (Chile and others)
    "psje pasaje dpto depto piso calle avenida avda ruta región comuna población "
    # Armenian, Georgian
    "փողոց պողոտա շենք բնակարան բն ք գ մարզ ქუჩა ქ გამზირი ბინა",
    )).split()
)  # fmt: skip
_SPLIT = re.compile(r"\s*(?:,|\n)\s*")
# Words split at spaces and punctuation: Indic vowel signs are no word characters to ``\w``.
_WORD_GAPS = re.compile(r"[\s,.;:()/\\\-]+")
_DIGIT = re.compile(r"\d")


def address_parts_cell(value: str) -> bool:
    """Two or more parts, a number, and a street, unit or district word of the languages above (or two
    such words in a cell of one part)."""
    text = value.strip()
    if len(text) > MAX_CELL_CHARS or not _DIGIT.search(text):
        return False
    parts = [p for p in _SPLIT.split(text) if p]
    if len(parts) > MAX_PARTS:
        return False
    # Turkish and Azerbaijani capital İ folds to i plus a combining dot (``KÜÇƏSİ``): the dot dropped.
    found = {w.casefold().replace("\u0307", "") for w in _WORD_GAPS.split(text) if w} & _WORDS
    # One part (Vietnamese writes no commas): two different address words.
    return len(found) >= (1 if len(parts) >= 2 else 2)


def address_parts_score(sample: ValueSample) -> Score | None:
    """A column of addresses in parts (see the module), or None."""
    if sample.n_distinct < MIN_DISTINCT_WITHOUT_CUE:
        return None
    share = sample.share(address_parts_cell)
    if share < MIN_PART_CELLS:
        return None
    return Score(share, True, f"{_pct(share)} addresses in parts with street or unit words")
