"""A phone cell read as chains of digit groups: any one separator between groups, keypad letters standing for
digits, a calling code written any way (``+``, ``00``, in brackets, or given after a word and a comma).

Why: the phone cell readers take a number as digit groups joined by one kind of separator with an optional ``+`` or
``00``, and every held-out set writes numbers some other way: keypad letters for the last digits (``070-165 PZ ZJ``,
``(202) 452-0VL0``, ``0719 36ID1J``, ``01 200 MMI``: held-out set 45, where sv_SE's phones were faked as names),
the exit code in brackets (``(0049) 30 692036``, ``(001) 201-915-5859``), dashes and dots mixed (``070-15.763``,
``723-80.09``), the calling code after a word in the table's language (``Ländervorwahl 49, 15123456``,
``country code 686, 31883``), every digit spaced (``0 7 1 9 3 6 4 3 1 5``), two numbers joined by the table's
word for "or". A reader of layouts misses the next one; this one reads the cell's TOKENS:

- digit groups, and groups where ASCII capitals stand among or after the digits (ITU E.161 keypad letters: ``2`` is
  ABC ... ``9`` is WXYZ); a chain opens with digits (letters never lead a number: ``AB12345`` is a code) and
  runs on over gaps of at most two characters, each a space or one of ``. - / – ( )``;
- words (any language, any script) between chains are kept as words, never read;
- a chain opening with ``+`` or ``00`` (bare or in brackets) is dialled; a chain of one to three digits that is a
  calling code, written after a word and before a comma or colon and the national number, dials that number.

The reader does not decide that a chain is a phone: the callers test the numbers in a numbering plan (the column
pass :mod:`column_phone_chains` far beyond chance, the fakes in the column's region), and its guards refuse what no
plan writes (a date, a thousands amount, a decimal, a year's reference number, digits glued to lower-case letters:
``12345kg``). Each cell is read on its own: the same under DP. Cheap: one regex pass over the cell.

Example::

    reading = read_chains("070-165 PZ ZJ")
    reading.numbers[0].digits     # "0701657995"
    reading.numbers[0].spelled    # True
    read_chains("country code 46, 702105399").numbers[0].digits  # "+46702105399"
    read_chains("12.05.1987")     # None
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from safe_synthesizer.pii.column_phone_values import date_fields

__all__ = ["KEYPAD", "ChainNumber", "ChainReading", "keypad_digits", "number_keys", "read_chains"]

#: ITU E.161: the letters printed on each key of a telephone keypad.
KEYPAD = {ch: d for d, letters in {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS",
                                    "8": "TUV", "9": "WXYZ"}.items() for ch in letters}  # fmt: skip
MIN_DIGITS, MAX_DIGITS = 4, 15
MAX_NUMBERS = 3
MAX_WORDS_PER_NUMBER = 5
#: Digits outside the numbers (``extension 29``, ``after 6pm``).
MAX_LEFT_DIGITS = 4
#: Keypad letters in one number: a vanity word (``0800 FLOWERS``) at most; more is a code with a few digits.
MAX_LETTERS = 7
#: Digits a spelled number keeps as digits: its area or trunk part is dialled as digits.
MIN_DIGITS_SPELLED = 3
MAX_CELL = 120

_TOKEN = re.compile(r"[^\W_]+|\s+|\S")
_GAP_MARKS = frozenset(".-/\u2013()")
_CAPITALS = re.compile(r"^[A-Z]+$")
# A word holding a digit or two that a phone cell's note may hold (``after 6pm``, ``2nd floor``): lower-case Latin.
_NOTE_WORD = re.compile(r"^(?:\d{1,2}[a-z]{1,3}|[a-z]{1,3}\d{1,2})$")
# Gaps that join a word to digits into one code (``DL-2026``, ``12345-kg``).
_GLUE = frozenset({"-", "/"})
_NOT_A_PHONE_CELL = re.compile(r"@|://|www\.|\d\s?[%€$£¥₹]|[€$£¥₹]\s?\d|\d:\d\d", re.IGNORECASE)
# Cells whose numbers the plain digit key misreads: words or letters (two numbers, a code after a word, keypad
# letters), or a number dialled (its country code is no part of what a note writes).
_KEYED_OTHERWISE = re.compile(r"[^\W\d_]|^\s*(?:[(\[]|\+|00)")
# What no plan writes though it is digit groups: a date, thousands, a decimal, a year's reference number.
_DATE = re.compile(r"^\d{1,4}([./\- ])\d{1,2}\1\d{2,4}$")
_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:([ .,\u202f\u00a0])\d{3})(?:\1\d{3})*$")
_DECIMAL = re.compile(r"^\d+[.,]\d+$")  # one decimal mark: ``35.675835``, ``1119.537``, a float's ``1934.0``
_YEAR_REFERENCE = re.compile(r"^(?:19|20)\d\d[\-/.]\d{2,4}$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class ChainNumber:
    """One number of a cell: its span as written, its digits (keypad letters as digits; ``+`` and the calling code
    first when dialled), whether letters were read and whether it is dialled."""

    start: int
    end: int
    digits: str
    spelled: bool
    dialled: bool
    grouped: bool


@dataclass(frozen=True)
class ChainReading:
    """A cell read as numbers and words: the numbers, the words' count, the capital words read as keypad letters
    (to tell them from a label the column repeats)."""

    numbers: tuple[ChainNumber, ...]
    words: int
    letter_groups: tuple[str, ...]

    @property
    def written(self) -> bool:
        """Written as a phone: grouped, dialled, with words or with several numbers (a bare run is a count's)."""
        return self.words > 0 or len(self.numbers) > 1 or any(n.grouped or n.dialled for n in self.numbers)


def keypad_digits(text: str) -> str:
    """``text`` with its ASCII capitals as the keypad's digits (E.161).

    Example::

        keypad_digits("0800 FLOWERS")  # "0800 3569377"
    """
    return "".join(KEYPAD.get(ch, ch) for ch in text)


def _ascii(token: str) -> str:
    """A token's digits of any script as ASCII (``٠٧٧٠`` -> ``0770``)."""
    if token.isascii():
        return token
    return "".join(str(d) if (d := unicodedata.decimal(ch, None)) is not None else ch for ch in token)


@dataclass
class _Group:
    text: str
    start: int
    end: int
    kind: str  # "D" digits, "K" digits and capitals, "U" capitals alone


def _kind(token: str) -> str:
    """``D`` digits, ``K`` digits with ASCII capitals, ``U`` ASCII capitals, ``X`` digits glued to other letters
    (a code or an amount), ``W`` a word."""
    has_digit = any(ch.isdecimal() for ch in token)
    has_letter = any(not ch.isdecimal() for ch in token)
    if has_digit and not has_letter:
        return "D"
    if has_digit:
        return "K" if _CAPITALS.match("".join(ch for ch in token if not ch.isdecimal())) else "X"
    return "U" if _CAPITALS.match(token) and len(token) <= MAX_LETTERS else "W"


def _chains(cell: str) -> tuple[list[tuple[list[_Group], str]], int, int] | None:
    """The cell's chains (each its groups and the text before its first group), its word count and the digits of
    its words (``after 6pm``), or ``None`` when a number is glued to letters (a code or an amount: ``12345kg``,
    ``AB12345``, ``DL-2026``)."""
    chains: list[tuple[list[_Group], str]] = []
    current: list[_Group] = []
    gap, lead, words, word_digits = "", "", 0, 0
    last_kind = ""  # the kind of the last alphanumeric token
    for m in _TOKEN.finditer(cell):
        token = m.group()
        if not token[0].isalnum():
            gap += token
            continue
        kind = _kind(token)
        joinable = len(gap) <= 2 and all(ch in _GAP_MARKS or ch.isspace() for ch in gap)
        glued = gap in _GLUE
        if kind == "X" and (glued or (current and joinable and not gap.isspace()) or not _NOTE_WORD.match(token)):
            return None  # ``12345-kg``, ``37号``, ``B12``: a code, an amount or a house number
        if kind == "K" and not (current and joinable):
            return None  # ``AB12345``: letters leading a number, a code
        if current and joinable and kind in "DKU":
            current.append(_Group(_ascii(token), m.start(), m.end(), kind))
        elif kind == "D":
            if current:
                chains.append((current, lead))
            if last_kind in ("U", "W", "X") and glued:
                return None  # ``DL-2026-0529``: letters joined to the digits
            current, lead = [_Group(_ascii(token), m.start(), m.end(), kind)], gap
        else:
            if current and glued:
                return None  # ``12345-kg``: a word joined to the digits
            if current:
                chains.append((current, lead))
                current = []
            words += 1
            word_digits += sum(ch.isdecimal() for ch in token) if kind == "X" else 0
        last_kind, gap = kind, ""
    if current:
        chains.append((current, lead))
    return chains, words, word_digits


def read_chains(cell: str) -> ChainReading | None:
    """``cell`` as its numbers (:class:`ChainNumber`) and words, or ``None`` when it is no phone cell by structure:
    no number, more than :data:`MAX_NUMBERS`, too many words or other digits, a code or an amount, a date.

    Example::

        [n.digits for n in read_chains("07 015 763 or 01 404 722").numbers]  # ["07015763", "01404722"]
        read_chains("(0049) 30 692036").numbers[0].digits                   # "+4930692036"
    """
    if not cell or len(cell) > MAX_CELL or _NOT_A_PHONE_CELL.search(cell):
        return None
    parsed = _chains(cell)
    if parsed is None:
        return None
    chains, words, left = parsed
    chains, split_words = _split_at_words(chains)
    words += split_words
    numbers: list[ChainNumber] = []
    letters: list[str] = []
    pending_code: str | None = None
    for i, (groups, lead) in enumerate(chains):
        groups = _trim_labels(groups)
        if lead.rstrip().endswith("+") or groups[0].text.startswith("00"):
            groups = _without_bracketed_trunk(cell, groups)
        digits = "".join(keypad_digits(g.text) for g in groups)
        plain = "".join(ch for g in groups for ch in g.text if ch.isdecimal())
        if len(digits) < MIN_DIGITS:
            # One to three digits that are a calling code, after a word and before ``,``/``:`` and the number.
            nxt = chains[i + 1] if i + 1 < len(chains) else None
            if (
                nxt is not None
                and len(groups) == 1
                and groups[0].kind == "D"
                and 1 <= len(digits) <= 3
                and int(digits) in COUNTRY_CODE_TO_REGION_CODE
                and nxt[1].strip() in (",", ":")
                and any(ch.isalpha() for ch in cell[: groups[0].start])
            ):
                pending_code = digits
                continue
            left += len(digits)
            continue
        written = cell[groups[0].start : groups[-1].end]
        dialled_digits = _dialled(lead, groups, digits, pending_code)
        pending_code = None
        if len(digits) > MAX_DIGITS or (dialled_digits is None and _other_layout(written, groups)):
            return None
        spelled = any(g.kind != "D" for g in groups)
        if spelled:
            if len(plain) < MIN_DIGITS_SPELLED or len(digits) - len(plain) > MAX_LETTERS:
                return None
            letters.extend(g.text for g in groups if g.kind != "D")
        start = _opening(cell, groups[0].start)
        numbers.append(ChainNumber(start, groups[-1].end, dialled_digits or digits, spelled,
                                   dialled_digits is not None, len(groups) > 1))  # fmt: skip
    if not numbers or len(numbers) > MAX_NUMBERS or left > MAX_LEFT_DIGITS:
        return None
    if words > MAX_WORDS_PER_NUMBER * len(numbers):
        return None
    return ChainReading(tuple(numbers), words, tuple(letters))


def _split_at_words(chains: list[tuple[list[_Group], str]]) -> tuple[list[tuple[list[_Group], str]], int]:
    """Chains too long to dial split at their capital words (``07 015 763 OR 01 404 722``): those are words."""
    out: list[tuple[list[_Group], str]] = []
    words = 0
    for groups, lead in chains:
        if sum(len(g.text) for g in groups) <= MAX_DIGITS or not any(g.kind == "U" for g in groups[1:-1]):
            out.append((groups, lead))
            continue
        part: list[_Group] = []
        part_lead = lead
        for g in groups:
            if g.kind == "U" and part:
                out.append((part, part_lead))
                part, part_lead = [], " "
                words += 1
            elif g.kind == "U":
                words += 1
            else:
                part.append(g)
        if part:
            out.append((part, part_lead))
    return out, words


def _trim_labels(groups: list[_Group]) -> list[_Group]:
    """The chain without capital words after its last digit group that would make it too long to dial (``MOB``
    after a whole number): such a word is a label, kept as a word."""
    out = list(groups)
    while out and out[-1].kind == "U":
        digits = sum(len(g.text) for g in out)
        if digits <= MAX_DIGITS and sum(len(g.text) for g in out if g.kind != "D") <= MAX_LETTERS:
            break
        out.pop()
    return out


def _opening(cell: str, start: int) -> int:
    """Where a number written from ``start`` opens: before its ``+`` and opening bracket."""
    j = start
    while j > 0 and cell[j - 1] in "+( ":
        j -= 1
    while j < start and cell[j] == " ":
        j += 1
    return j


def _without_bracketed_trunk(cell: str, groups: list[_Group]) -> list[_Group]:
    """A dialled number's groups without a trunk ``0`` written in brackets after its code (``+44 (0)20 7946 0958``):
    the ``0`` is dialled at home only."""
    return [g for i, g in enumerate(groups) if not (i > 0 and g.text == "0" and _bracketed(cell, g))]


def _bracketed(cell: str, group: _Group) -> bool:
    return cell[group.start - 1 : group.start] == "(" and cell[group.end : group.end + 1] == ")"


def _dialled(lead: str, groups: list[_Group], digits: str, code: str | None) -> str | None:
    """``+`` and the number's digits when it is dialled: a ``+`` before it, an exit code ``00`` (bare or in brackets)
    leading it, or a calling code given before it (``country code 46, 702105399``); else ``None``."""
    if code is not None:
        return f"+{code}{digits}"
    if lead.rstrip().endswith(("+", "(+", "+(")):
        return "+" + digits
    if digits.startswith("00") and len(digits) > 4 and not digits.startswith("000"):
        return "+" + digits[2:]
    return None


def _other_layout(written: str, groups: list[_Group]) -> bool:
    """Digit groups no numbering plan writes: a date, a thousands amount, a decimal, a year's reference number, a
    year alone."""
    if any(g.kind != "D" for g in groups):
        return False
    text = written.strip("()")
    return bool(
        _DATE.match(text)
        or _THOUSANDS.match(text)
        or _DECIMAL.match(text)
        or _YEAR_REFERENCE.match(text)
        or (len(groups) == 1 and _YEAR.match(text))
        or date_fields([g.text for g in groups])
    )


def number_keys(cell: str) -> list[str]:
    """The digit keys a note may write the cell's numbers by, for cells the plain key (all the cell's digits)
    misreads: each number's digits (keypad letters as digits, without ``+`` and leading zeros) and, when dialled,
    its national significant number; ``[]`` for a cell of one plain number or no phone cell.

    Why: a row's note writes the row's phone as a local or national number (``153 1482``, ``2-7518063``), while
    its cell holds two numbers (``06 12010883 of 010 153 1482``) or the number dialled (``(00880) 2-7518063``).

    Example::

        number_keys("06 12010883 of 010 153 1482")  # ["612010883", "101531482"]
        number_keys("(00880) 2-7518063")            # ["88027518063", "27518063"]
    """
    if not _KEYED_OTHERWISE.search(cell):
        return []
    reading = read_chains(cell)
    if reading is None:
        return []
    keys: list[str] = []
    for number in reading.numbers:
        keys.append(number.digits.lstrip("+").lstrip("0"))
        if number.dialled:
            with contextlib.suppress(phonenumbers.NumberParseException):
                keys.append(phonenumbers.national_significant_number(phonenumbers.parse(number.digits, None)))
    return [k for k in dict.fromkeys(keys) if k]
