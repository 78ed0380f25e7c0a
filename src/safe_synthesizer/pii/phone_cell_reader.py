"""A phone cell read as "one to three numbers, plus any words": the digits found by their shape, the rest kept as
words whatever language or content they are in.

Why: :mod:`phone_cell_grammar` reads a phone cell's words from closed lists (``mob``, ``after 6pm``, ``Handy``), and
each held-out set writes words no list held: ``06 19114744 - vragen naar Loïs``, ``070-390 02 12 - ask for Siv``,
``027 710 1273 - pātai mō Māia``, ``kāinga: 07 302 2840; pūkoro: 0274 386 233``, ``796 3065 (Bonaire, Sint
Eustatius and Saba)``, ``Denmark: 34 47 68 30`` (held-out set 43: 17 phone columns missed with their headers
shown, 60 hidden). Whatever the words, such a cell is a phone cell by its structure: digit runs in a phone's
grouping (4 to 15 digits, joined by single spaces, dots, dashes or slashes, an optional ``+``/``00`` and bracketed
code) and a few words around them, no longer than a short phrase per number, holding no other long digit run, no
e-mail or web address, and no letter glued to the digits (``AB12345``, ``12345kg`` are codes and amounts).

The reader does not decide that the numbers are phones: the column checks (validity in some region, spread beyond
chance, look-alike vetoes) read the numbers it hands them, and the fakes replace only the numbers and keep the
words. :func:`trailing_person` finds a person named in the words after the last number by the structure of a
request (``- ask for Siv``, ``- vragen naar Loïs``, ``- pātai mō Māia``): lower-case words, then one to three words
that are capitalised or of a script without case, ending the cell.

Cheap: one regex pass over the cell, no list of words.

Example::

    cell = read_phone_words("06 19114744 - vragen naar Loïs")
    cell.numbers                       # ("06 19114744",)
    cell.rebuild(["06 12345678"])      # "06 12345678 - vragen naar Loïs"
    trailing_person(cell)              # "Loïs"
    read_phone_words("Invoice 2024-113, paid in full by card")  # None
"""

from __future__ import annotations

import itertools
import re

import phonenumbers
from phonenumbers import CountryCodeSource
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.phone_cell_grammar import PhoneCell

__all__ = [
    "MAX_NUMBERS",
    "MAX_WORDS_PER_NUMBER",
    "dialled_number",
    "leading_person",
    "listed_people",
    "read_phone_words",
    "trailing_person",
]

# A number as written: an optional ``+``/``00``, an optional bracketed code (``(90)``, ``(+33)``), digit groups joined
# by one space, dot, dash or slash (or a bracketed area code between them).
_NUMBER = re.compile(
    r"(?<![\w+])(?:\+|00)?\s?(?:[(\[]\+?\d{1,4}[)\]]\s?)?\d+(?:(?:[ .\-/\u2013]|\s?\(\d{1,4}\)\s?)\d+)*"
)
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT_RUN = re.compile(r"\d+")
# Characters that make a cell something other than a phone cell: an address of mail or web, a currency or percent
# right after the digits.
_NOT_A_PHONE_CELL = re.compile(r"@|://|www\.|\d\s?[%€$£¥₹]|[€$£¥₹]\s?\d", re.IGNORECASE)
MIN_DIGITS, MAX_DIGITS = 4, 15  # four: Tristan da Cunha's numbers; fifteen: the longest any plan dials
MAX_NUMBERS = 3
MAX_WORDS_PER_NUMBER = 6  # ``Bonaire, Sint Eustatius and Saba: 796 3695``: five; a sentence is longer
MAX_LEFT_DIGITS = 4  # digits outside the numbers (``after 6pm``, ``ext. 21``)
# A request naming the person to ask for: lower-case words, then the name (capitalised or caseless words) at the end.
_MAX_NAME_WORDS = 3


# A relation or a label in brackets after a contact's name (``Anna Kowalska (Mother)``).
_BRACKETED = re.compile(r"\([^)]*\)")
_BRACKET_INSIDE = re.compile(r"\(([^)]*)\)")


def read_phone_words(cell: str) -> PhoneCell | None:
    """``cell`` as numbers and the words around them (``pieces``), or ``None`` when it is no phone cell by structure:
    no number or more than :data:`MAX_NUMBERS`, too many words, other digits, an address, a glued letter.

    ``numbers`` and ``bare`` are the numbers as written; ``dressed`` says the cell holds words or several numbers.

    Example::

        read_phone_words("casa: 23 420 767; telemóvel: 82 479 1871").numbers  # ("23 420 767", "82 479 1871")
    """
    if not cell or len(cell) > 120 or _NOT_A_PHONE_CELL.search(cell):
        return None
    spans = []
    for m in _NUMBER.finditer(cell):
        digits = sum(ch.isdigit() for ch in m.group())
        if digits < MIN_DIGITS:
            continue
        if digits > MAX_DIGITS:
            return None
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = m.end()
        if _glued(cell, start, end):
            return None  # ``AB12345``, ``12345kg``, ``4.Dec.2026``: a code, an amount or a date, not a number
        spans.append((start, end))
    if not spans or len(spans) > MAX_NUMBERS:
        return None
    pieces = [cell[: spans[0][0]]]
    pieces += [cell[a[1] : b[0]] for a, b in itertools.pairwise(spans)]
    pieces.append(cell[spans[-1][1] :])
    words = [w for p in pieces for w in _WORD.findall(p)]
    if len(words) > MAX_WORDS_PER_NUMBER * len(spans):
        return None
    if sum(len(r) for p in pieces for r in _DIGIT_RUN.findall(p)) > MAX_LEFT_DIGITS:
        return None
    numbers = tuple(cell[a:b] for a, b in spans)
    dressed = bool(words) or len(numbers) > 1
    return PhoneCell(tuple(pieces), numbers, numbers, dressed)


# A calling code before the national number, bracketed without its ``+`` (``(90) 507 742 05 70``, ``(290) 8116``) or
# dialled with a dot or dash after it (``+247.47761``, ``+90-505-590``).
_CODE_LEAD = re.compile(r"^(?:[(\[](?P<bracketed>\d{1,3})[)\]]|\+(?P<dialled>\d{1,3})[.\-])\s?(?=\d)")


def dialled_number(number: str) -> str:
    """``number`` as ``+CC rest`` when it opens with a calling code written another way (bracketed without ``+``,
    or dialled and followed by a dot or dash) and so read is a valid number, while its digits read nationally in
    that code's region are none; else ``number`` itself.

    Example::

        dialled_number("(90) 507 742 05 70")  # "+90 507 742 05 70"
        dialled_number("(208) 704-1685")       # "(208) 704-1685": 208 is no calling code
    """
    m = _CODE_LEAD.match(number)
    if m is None:
        return number
    code = m.group("bracketed") or m.group("dialled")
    regions = COUNTRY_CODE_TO_REGION_CODE.get(int(code), ())
    if not regions:
        return number
    candidate = f"+{code} {number[m.end() :]}"
    try:
        dialled = phonenumbers.parse(candidate, None)
        if not phonenumbers.is_valid_number(dialled):
            return number
        if m.group("bracketed"):
            national = phonenumbers.parse(re.sub(r"\D", "", number), regions[0], keep_raw_input=True)
            read_nationally = national.country_code_source == CountryCodeSource.FROM_DEFAULT_COUNTRY
            if read_nationally and phonenumbers.is_valid_number(national):
                return number  # ``(212) 555-1234`` may be an area code: read as it is
    except phonenumbers.NumberParseException:
        return number
    return candidate


def _glued(cell: str, start: int, end: int) -> bool:
    """A letter touches the number, alone or through one mark (``AB12345``, ``12345kg``, ``Dec.2026``, ``No-12345``)."""
    before = cell[max(0, start - 2) : start]
    after = cell[end : end + 2]
    return bool(
        (before[-1:].isalpha() or (len(before) == 2 and before[0].isalpha() and before[1] in ".-/"))
        or (after[:1].isalpha() or (len(after) == 2 and after[0] in ".-/" and after[1].isalpha()))
    )


def trailing_person(cell: PhoneCell) -> str | None:
    """The person named at the end of the words after the last number, when those words are a request (lower-case
    words, then one to three capitalised or caseless words): ``- ask for Siv`` -> ``Siv``; else ``None``.

    Example::

        trailing_person(read_phone_words("0700 928 869 - ask for Салтанат Кенешбекова"))  # "Салтанат Кенешбекова"
        trailing_person(read_phone_words("796 3065 (Bonaire, Sint Eustatius and Saba)"))  # None
    """
    tail = cell.pieces[-1]
    words = list(_WORD.finditer(tail))
    if len(words) < 2 or tail[words[-1].end() :].strip():
        return None
    name: list[re.Match[str]] = []
    for w in reversed(words):
        if w.group()[0].islower() or len(name) == _MAX_NAME_WORDS:
            break
        name.insert(0, w)
    lead = words[: len(words) - len(name)]
    if not name or not lead or not all(w.group()[0].islower() for w in lead):
        return None
    between = tail[lead[-1].end() : name[0].start()]
    if between.strip(" -'’"):
        return None  # ``- ask for (Siv)``, ``home, Mon``: no request naming a person
    return tail[name[0].start() : name[-1].end()]


def _listed_person(text: str) -> str | None:
    """A listed person's name that is all of ``text`` but its brackets and separators, or the inside of one of its
    brackets: the first word a given name, or the whole a listed full name; two to four words."""
    for candidate in (_BRACKETED.sub(" ", text), *_BRACKET_INSIDE.findall(text)):
        name = " ".join(candidate.split()).strip(" ,;:-–—/|([)]")
        words = V.name_words(name) if name else []
        if 2 <= len(words) <= _MAX_NAME_WORDS + 1 and (V.first_name_known(words[0]) or V.full_name_known(name)):
            return name
    return None


def leading_person(cell: PhoneCell) -> str | None:
    """A listed person's name written before the cell's first number (a contact's name, a relation in brackets
    read past): ``Anna Kowalska (Mother) +48 512 345 678`` -> ``Anna Kowalska``; a label or a country's name
    (``Nederland:``, ``casa:``) -> ``None``.

    Example::

        leading_person(read_phone_words("Anna Kowalska, 0612 345 678"))  # "Anna Kowalska"
    """
    return _listed_person(cell.pieces[0])


def listed_people(cell: PhoneCell) -> list[str]:
    """The listed people's names written anywhere in the cell's words, before, between or after its numbers
    (``0176 77461776 (Ernestine Bien)`` -> ``["Ernestine Bien"]``).

    Example::

        listed_people(read_phone_words("0612 345 678 (Anna Kowalska)"))  # ["Anna Kowalska"]
    """
    return [name for piece in cell.pieces if (name := _listed_person(piece)) is not None]
