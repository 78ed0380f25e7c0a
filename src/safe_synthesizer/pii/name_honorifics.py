"""Courtesy words written glued to a person's name in scripts without spaces: ``李婷女士``, ``최순옥님``,
``山田花子様``, ``คุณสมชาย ใจดี``.

Why: Chinese, Japanese and Korean write the courtesy word *after* the name (``女士`` Ms, ``先生`` Mr,
``様``/``さん``, ``님``/``씨``), Thai writes it *before* (``คุณ``, ``นาย``, ``นางสาว``), and none of them
puts a space in between. Customer and guest exports keep the salutation in the name column, so the
name lists saw ``李婷女士`` as an unknown four-character word and the column was left as it was. The
courtesy word identifies no one: the name checks look at the name without it, and the fake keeps it
(``李婷女士`` -> ``王秀英女士``).

Latin-script languages abbreviate their own ``Mr``/``Mrs`` in lower case (Slovene ``g.``/``ga.``,
Lithuanian ``p.``, Romanian ``dl.``/``dna.``, Latvian ``k-gs``/``k-dze``); before a capitalised name such a
word is a title, not an initial (initials of a capitalised name are capitals): :func:`split_lower_title`.

Only words that are never the end (or start) of a name of their script are listed; Korean ``군``/``양``
(Mr/Miss for the young) are left out because ``군`` also ends county names (``횡성군``).

Example::

    split_courtesy("李婷女士")  # ("", "李婷", "女士")
    split_courtesy("최순옥 님")  # ("", "최순옥", " 님")
    split_courtesy("Maria Rossi")  # ("", "Maria Rossi", "")
    split_lower_title("g. Janez Novak")  # ("g.", "Janez Novak")
    split_latin_courtesy("Kovács János úr")  # ("", "Kovács János", "úr")
"""

from __future__ import annotations

import re

from safe_synthesizer.utils.scripts import HAN, HANGUL, KANA, THAI

# Courtesy words after the name, longest first within a script (``선생님`` before ``님``).
_SUFFIXES = (
    # Chinese (simplified and traditional): Mr, Ms, Miss, Mrs, Madam, teacher/doctor, sir.
    "先生", "女士", "小姐", "太太", "夫人", "老师", "老師", "阁下", "閣下",
    # Japanese: sama (written two ways), san, dono, shi, kun, chan.
    "さま", "さん", "くん", "ちゃん", "様", "殿", "氏", "君",
    # Korean: teacher/doctor, customer, madam, sir, the plain courtesy suffixes.
    "선생님", "고객님", "여사님", "여사", "귀하", "님", "씨",
)  # fmt: skip
# Courtesy words before the name (Thai: Miss, Mrs, Mr, the neutral khun; boys' and girls' titles).
_PREFIXES = ("นางสาว", "นาง", "นาย", "คุณ", "ด.ช.", "ด.ญ.")
_NAME_CHARS = f"{HAN}{HANGUL}{KANA}\u3005"
# A name of two to six letters of one of the scripts, then a courtesy word (an optional space between).
_SUFFIXED = re.compile(
    rf"^([{_NAME_CHARS}][{_NAME_CHARS} \u3000]{{0,8}}[{_NAME_CHARS}])([ \u3000]?)({'|'.join(_SUFFIXES)})$"
)
_PREFIXED = re.compile(rf"^({'|'.join(re.escape(p) for p in _PREFIXES)})([ ]?)([{THAI}][{THAI} ]*[{THAI}])$")


def split_courtesy(value: str) -> tuple[str, str, str]:
    """(courtesy prefix with its space, the name, courtesy suffix with its space) of ``value``; the
    prefix and suffix are empty when it carries none (then the name is ``value`` itself)."""
    text = value.strip()
    if m := _SUFFIXED.match(text):
        return "", m.group(1), m.group(2) + m.group(3)
    if m := _PREFIXED.match(text):
        return m.group(1) + m.group(2), m.group(3), ""
    return "", value, ""


def strip_courtesy(value: str) -> str:
    """``value`` without a glued courtesy word (``李婷女士`` -> ``李婷``), else ``value`` unchanged."""
    return split_courtesy(value)[1]


# A title abbreviated in lower case with its dot, or the Latvian hyphenated forms (``k-gs``, ``k-dze``).
LOWER_ABBREVIATION = re.compile(r"^(?:[^\W\d_]{1,4}\.|[^\W\d_]-[^\W\d_]{2,3}\.?)$")


def split_lower_title(value: str) -> tuple[str, str]:
    """(lower-case title abbreviations, the capitalised name after them) of ``value``, or ``("", value)``
    (``"p. Jonas Petraitis"`` -> ``("p.", "Jonas Petraitis")``). Whether the abbreviation opens a street
    instead (``ul. Długa``) is the caller's check: this only reads the layout."""
    words = value.split()
    n = 0
    while n < len(words) - 1 and words[n].islower() and LOWER_ABBREVIATION.match(words[n]):
        n += 1
    if not n or not words[n][:1].isupper():
        return "", value
    return " ".join(words[:n]), " ".join(words[n:])


# Courtesy words of Latin-script languages the title lists lack, written as whole words before the name
# (Vietnamese, Indonesian/Malay, Filipino, Slovene, Croatian/Serbian/Bosnian, Romanian, Lithuanian,
# Icelandic, Estonian) or after it (Hungarian ``úr``/``asszony``, Latvian ``kungs``/``kundze``), any case.
# Words that are also given names or everyday words (Vietnamese ``Anh``, ``Cô``, ``Em``) are left out.
_LATIN_BEFORE = frozenset(
    {"ông", "bà", "bapak", "bpk.", "pak", "ibu", "sdr.", "sdri.", "encik", "puan", "cik", "g.", "gng.", "bb.",
     "gospod", "gospa", "gdč.", "gospodin", "gospođa", "gđa", "gđa.", "gđica", "gđica.", "domnul", "doamna",
     "dl.", "dna.", "d-l", "d-na", "ponas", "ponia", "p.", "frú", "härra", "proua"}
)  # fmt: skip
_LATIN_AFTER = frozenset({"úr", "asszony", "kungs", "kundze"})


def split_latin_courtesy(value: str) -> tuple[str, str, str]:
    """(courtesy word before, the name, courtesy word after) of a Latin-script value, e.g.
    ``"Ông Nguyễn Văn An"`` -> ``("Ông", "Nguyễn Văn An", "")``, ``"Kovács János úr"`` ->
    ``("", "Kovács János", "úr")``; ``("", value, "")`` without one (at least one name word must remain)."""
    words = value.split()
    if len(words) >= 2 and words[0].lower() in _LATIN_BEFORE:
        return words[0], " ".join(words[1:]), ""
    if len(words) >= 2 and words[-1].lower() in _LATIN_AFTER:
        return "", " ".join(words[:-1]), words[-1]
    return "", value, ""
