"""The letters of every script that writes spaces between words, other than Latin: one regular-expression class,
read from the Unicode character database, not listed block by block.

Why: the readers of a name written in another script inside a Latin note (``Mr ᐃᓚᐃᔭ ᓄᕙᓕᖓᖅ lost a handle``,
``ring 로은정 back``) listed the Unicode blocks of the scripts their notes had shown (Greek, Cyrillic, Arabic, the
Indic scripts, Hangul...); a note in a script they had not seen (Canadian Syllabics for Inuktitut, Cherokee,
Tifinagh, N'Ko, Vai, Adlam, Ol Chiki) read as no letters at all, and its names were left. Which characters are
letters, and of which script, is written in the Unicode database; the class is built from it once: every letter or
combining mark (categories ``L*`` and ``M*``) from U+0370 on whose character name does not say Latin, and not of
the scripts written without spaces (Han, kana, Bopomofo, Yi), which have readers of their own, nor the full-width
and modifier forms of Latin letters. The zero-width joiners of the Indic and Arabic scripts are in too.

Example::

    re.fullmatch(f"[{SPACED_OTHER_LETTERS}]+", "ᐃᓚᐃᔭ")  # a match
    re.fullmatch(f"[{SPACED_OTHER_LETTERS}]+", "Ilaija")  # None
"""

from __future__ import annotations

import unicodedata

__all__ = ["SPACED_OTHER_LETTERS", "spaced_other_letter"]

# Character names that mark a letter as Latin or as a script written without spaces.
_LEFT_OUT = ("LATIN", "CJK", "HIRAGANA", "KATAKANA", "BOPOMOFO", "YI ", "IDEOGRAPHIC", "KANGXI", "HALFWIDTH",
             "FULLWIDTH", "COMBINING", "MODIFIER LETTER", "TANGUT", "KHITAN", "NUSHU", "VARIATION SELECTOR",
             "SQUARED", "CIRCLED", "PARENTHESIZED", "NEGATIVE", "MATHEMATICAL")  # fmt: skip
_FIRST = 0x0370  # below: Latin letters, IPA and the combining diacritics of Latin
_LAST = 0x1FFFF  # the Basic and Supplementary Multilingual Planes (Adlam, Osage, Medefaidrin are in the latter)


def spaced_other_letter(ch: str) -> bool:
    """``ch`` is a letter or mark of a spaced script other than Latin (by its Unicode category and name)."""
    if ch in "\u200c\u200d":
        return True
    if ord(ch) < _FIRST or not unicodedata.category(ch).startswith(("L", "M")):
        return False
    return not unicodedata.name(ch, "LATIN").startswith(_LEFT_OUT)


def _ranges() -> str:
    out: list[str] = []
    start = prev = -2
    for code in range(_FIRST, _LAST + 1):
        if not spaced_other_letter(chr(code)):
            continue
        if code != prev + 1:
            if start >= 0:
                out.append(_range(start, prev))
            start = code
        prev = code
    out.append(_range(start, prev))
    return "".join(out) + "\u200c\u200d"


def _range(low: int, high: int) -> str:
    return chr(low) if low == high else f"{chr(low)}-{chr(high)}"


#: A regular-expression character class body (no brackets): every letter and mark of the spaced non-Latin scripts.
SPACED_OTHER_LETTERS: str = _ranges()
