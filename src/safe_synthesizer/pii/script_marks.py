r"""Words of scripts with vowel signs read whole by regular expressions: combining marks written as letters.

Why: a pattern's ``[^\W\d_]`` (a letter) takes no combining mark, so an age word of Malayalam, Tamil, Hindi or Thai
(``[74 വയസ്സ്]``, ``(80 வயது)``) was no word to the age readers and the birth date beside it no aged date: a column
of such cells no birth-date column, a note's span stopping before the age. Matching on the text with every mark
written as a letter (the same length, so positions hold) reads the word whole in any script, with no list of them.

Example::

    marks_as_letters("[74 വയസ്സ്]")  # '[74 വയസaസa]'
"""

from __future__ import annotations

import unicodedata


def marks_as_letters(text: str) -> str:
    """``text`` with every combining mark written ``a``, the same length (ASCII text as it is).

    Example::

        len(marks_as_letters("வயது")) == len("வயது")  # True
    """
    if text.isascii():
        return text
    return "".join("a" if unicodedata.category(ch)[0] == "M" else ch for ch in text)
