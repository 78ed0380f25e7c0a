"""A phone cell read as a DIAL STRING: what a keypad or a dialler accepts around the number, undone for the phone
checks and written again around the fake.

Why: a dialler takes more than the number, and people store what they dial. Held-out set 53 missed 20 phone
columns (5 with the header shown) whose cells carried it: an outside line of a switchboard before the number
(``9, 07406 858784``, ``0,0162 357 013``, ``0 06 12 25 74 33``), post-dial digits after it (an Android pause or
wait ``07406858784p12``/``w12``, RFC 3966's ``,`` and ``;`` pauses), a second line sharing the number's prefix
(``07422 517789/92``: the last digits of a sibling line), a label in brackets after it (the carrier
``612 18 78 95 (Movistar)``, ``(mobile)``), and the plus written as an HTML character reference (``&#43;44 ...``,
from a web form that escaped it). The phone checks read the number exactly, so each of these hid a valid number.

Rather than a list of those forms, one grammar of the dial string::

    cell     := access? number sibling? postdial? label?
    access   := one digit, then a pause (``,`` or ``;``, repeated) or a space; the number after it must open with
                its own dialling mark (trunk ``0``, ``+`` or ``(``), so the access digit cannot be part of it;
                after a space only the digits switchboards use (``0``, ``9``): ``1``/``7`` are country codes
    number   := digits in any grouping (spaces, ``-``, ``.``, brackets), 7-15 digits
    sibling  := ``/`` and 1-4 digits, fewer than the number's last group (they replace its tail)
    postdial := ``p``/``w`` (a pause, a wait) or ``,``/``;`` (RFC 3966 pauses) and 1-6 digits, repeatable (an
                extension's ``x`` is read by ``phonenumbers`` already)
    label    := a bracketed word or words with no digit, at the end

The number is what the phone checks then read (they judge whether it is a phone; this module only takes the
dial marks off, so a column of order numbers stays what the checks make of it). Guards for what is not a dial
string: ``,``/``;`` post-dial digits and a sibling suffix only after a number that is written as one (it opens
with ``0``, ``+`` or ``(``, or its digits are grouped: ``1234567,89`` is an amount, ``4500123456/10`` an order
line), a label only after a grouped or dialled number too.

The fake keeps the dial string's form: the access digit, the post-dial digits and the label are kept (a
switchboard's outside line, an extension or menu choice and a carrier name identify no one), and the sibling
suffix is faked consistently: the fake's own tail moved by the original's difference, so it still names the
neighbour line of the fake number and no digit of the original is left. Each cell is read on its own.

Example::

    undialled("9, 07406 858784")            # "07406 858784"
    undialled("07406858784p12")             # "07406858784"
    undialled("&#43;44 7406 858784")        # "+44 7406 858784"
    redialled("07422 517789/92", "07700 900123")  # "07700 900123/26"
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["DialString", "has_dial_marks", "read_dial", "redialled", "sibling_line", "undialled"]

MIN_DIGITS, MAX_DIGITS = 7, 15
MAX_SIBLING, MAX_POSTDIAL, MAX_LABEL = 4, 6, 24

# An HTML character reference (named, decimal or hex): a web form's escaping of ``+``, a space, a bracket.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_NUMBER = r"(?P<number>(?:\+|\()?\d[\d \-.()]*\d\)?)"
_GRAMMAR = re.compile(
    r"^(?P<access>\d(?:\s*[,;]+\s*|\s+))?"
    + _NUMBER
    + r"(?P<sibling>/\d{1,4})?"
    + r"(?P<postdial>(?:[pPwW,;]\d{1,6})+)?"
    + r"(?P<label>\s*\((?P<word>[^\d()]{1,24})\))?$"
)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# Cheap: a cell with none of these characters and no lone leading digit has no dial mark (the number's own
# brackets need a closing label).
_HINT = re.compile(r"[pPwW,;/&]|\)\s*$|^\s*[09]\s")


@dataclass(frozen=True)
class DialString:
    """A dial string's parts as written: ``access`` (with its pause), ``number``, ``sibling`` (with its ``/``),
    ``postdial``, ``label`` (with its space and brackets); empty strings for absent parts."""

    access: str
    number: str
    sibling: str
    postdial: str
    label: str

    @property
    def marked(self) -> bool:
        """Some part beyond the number is present."""
        return bool(self.access or self.sibling or self.postdial or self.label)


def _decoded(cell: str) -> str:
    return html.unescape(cell) if "&" in cell and _ENTITY.search(cell) else cell


def _written(number: str) -> bool:
    """The number is written as one: it opens with a dialling mark or its digits are grouped."""
    return number[0] in "0+(" or any(ch in number for ch in " -.()")


@lru_cache(maxsize=65536)
def read_dial(cell: str) -> DialString | None:
    """``cell``'s dial string parts (its HTML character references decoded), or ``None`` when it is none."""
    text = _decoded(cell.strip())
    m = _GRAMMAR.match(text)
    if m is None:
        return None
    number = m.group("number")
    if number.count("(") != number.count(")"):
        return None  # ``(Movistar)`` belongs to the label; a bracket left open is no number
    digits = _DIGIT.findall(number)
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return None
    access, sibling, postdial = m.group("access") or "", m.group("sibling") or "", m.group("postdial") or ""
    label = m.group("label") or ""
    if access and number[0] not in "0+(":
        return None  # the outside-line digit could be the number's first: ``0 800 12 34 56``
    if access and access[1:].isspace() and access[0] not in "09":
        # With a space only, the outside line is 0 or 9 (what switchboards use): ``1 (201) 555-0123`` and
        # ``7 (495) 123-45-67`` lead with a country code, ``1 05 06 18 639 887 16`` is a French NIR's sex digit.
        return None
    if (sibling or label or postdial[:1] in (",", ";")) and not _written(number):
        return None  # ``1234567,89`` an amount, ``4500123456/10`` an order line, ``12345678 (EUR)``
    if sibling and len(sibling) - 1 >= len(re.split(r"\D+", number.rstrip(")"))[-1]):
        return None  # a sibling replaces part of the last group, never all of it
    if label and not _LETTER.search(m.group("word")):
        return None
    return DialString(access, number, sibling, postdial, label)


def has_dial_marks(cell: str) -> bool:
    """``cell`` may be a dial string with parts beyond the number, or carries an HTML character reference."""
    if not cell or _HINT.search(cell) is None:
        return False
    if "&" in cell and _ENTITY.search(cell):
        return True
    d = read_dial(cell)
    return d is not None and d.marked


def sibling_line(cell: str) -> bool:
    """``cell`` ends with a sibling line's suffix (``07422 517789/92``): its slash is no area code's
    (:mod:`column_phone_slashed` reads ``07405/265446`` as ``07405 265446``)."""
    if "/" not in cell:
        return False
    d = read_dial(cell)
    return d is not None and bool(d.sibling)


def undialled(cell: str) -> str:
    """The number of ``cell`` read as a dial string (HTML character references decoded), else ``cell``
    decoded; unchanged when it has no dial mark."""
    if not has_dial_marks(cell):
        return cell
    d = read_dial(cell)
    if d is None or not d.marked:
        return _decoded(cell)
    return d.number


def redialled(original: str, fake: str) -> str:
    """``fake`` (a fake of :func:`undialled` of ``original``) written in ``original``'s dial string.

    The access digit, post-dial digits and label are kept; the sibling suffix becomes the fake's own tail moved by
    the original's difference; HTML character references come back for the characters they wrote.
    """
    d = read_dial(original) if has_dial_marks(original) else None
    out = fake
    if d is not None and d.marked:
        sibling = _fake_sibling(d, fake) if d.sibling else ""
        out = f"{d.access}{fake}{sibling}{d.postdial}{d.label}"
    return _reescaped(original, out)


def _fake_sibling(d: DialString, fake: str) -> str:
    k = len(d.sibling) - 1
    own = "".join(_DIGIT.findall(d.number))[-k:]
    fake_digits = "".join(_DIGIT.findall(fake))
    if len(fake_digits) < k:
        return ""
    step = (int(d.sibling[1:]) - int(own)) % 10**k
    return "/" + f"{(int(fake_digits[-k:]) + step) % 10**k:0{k}d}"


def _reescaped(original: str, text: str) -> str:
    """``text`` with each character ``original`` wrote as an HTML character reference written so again."""
    if "&" not in original:
        return text
    for ref in dict.fromkeys(_ENTITY.findall(original)):
        char = html.unescape(ref)
        if char != ref and len(char) == 1 and char.strip() and not char.isalnum():
            text = text.replace(char, ref)
    return text
