"""Unicode ranges of the writing systems the detectors treat specially, written once.

Each constant is the body of a regex character class (no brackets), so callers combine them:
``re.compile(f"[{KANA}{HAN}]+")``. Chinese, Japanese, Korean and Thai write words without spaces,
which changes how text is split into words, how a note is told from an identifier and where a
number glued to a word starts.

Example:
    >>> import re
    >>> bool(re.fullmatch(f"[{CJK_LETTERS}]+", "佐々木"))
    True
"""

from __future__ import annotations

#: Hiragana and katakana (full width).
KANA = "\u3040-\u30ff"
#: Half-width katakana (old Japanese exports).
HALFWIDTH_KANA = "\uff66-\uff9f"
#: CJK unified ideographs with extension A (Chinese hanzi, Japanese kanji).
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
#: 々, the mark that repeats the previous ideograph inside a name (佐々木).
ITERATION_MARK = "\u3005"
#: Hangul syllables.
HANGUL = "\uac00-\ud7a3"
#: Thai letters and marks.
THAI = "\u0e00-\u0e7f"
#: Hebrew letters and points (niqqud), with the presentation forms.
HEBREW = "\u0590-\u05ff\ufb1d-\ufb4f"
#: Arabic letters and marks (Persian, Urdu and North African letters included), with the presentation forms
#: and the zero-width non-joiner Persian writes inside words (``محمد\u200cپور``).
ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u200c"
#: Georgian (Mkhedruli, Asomtavruli, Mtavruli).
GEORGIAN = "\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f"
#: Armenian capitals and small letters.
ARMENIAN = "\u0531-\u058f"
#: Indic scripts written with spaces between words: Devanagari (Hindi, Marathi, Nepali), Bengali, Gujarati,
#: Odia, Tamil, Telugu, Kannada, Malayalam, Sinhala (letters, vowel signs and viramas).
DEVANAGARI = "\u0900-\u097f"
BENGALI = "\u0980-\u09ff"
GUJARATI = "\u0a80-\u0aff"
ORIYA = "\u0b00-\u0b7f"
TAMIL = "\u0b80-\u0bff"
TELUGU = "\u0c00-\u0c7f"
KANNADA = "\u0c80-\u0cff"
MALAYALAM = "\u0d00-\u0d7f"
SINHALA = "\u0d80-\u0dff"

#: Letters of Chinese and Japanese words: the iteration mark, kana and ideographs.
CJK_LETTERS = f"{ITERATION_MARK}{KANA}{HAN}"
#: Letters of every script written without spaces between words.
UNSPACED_LETTERS = f"{THAI}{KANA}{HAN}{HANGUL}{HALFWIDTH_KANA}"

#: Regex class bodies of Latin-script capitals and small letters (Western and Central European, Baltic,
#: Romanian, Turkish), shared by the text name rules.
LATIN_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠȘŢȚŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
LATIN_LOWER = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšșţțťŧũūŭůűųŵŷźżž"
