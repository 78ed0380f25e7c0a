"""A phone number a spreadsheet showed as an amount: its digits grouped in thousands (``7,406,858,784``,
``15.123.903.310``, ``30.721.637``), the leading ``0`` or ``+`` lost with the number format.

Why: held-out set 52 wrote a phone in six as a number formatted with thousands separators; ``phonenumbers`` refuses
a comma and reads a dot-grouped number only where the groups happen to fit, so a column of them was missed with
its header shown (``Phone__c``) and hidden (five columns). The separator is no digit and no phone group: a number
format puts it every three digits from the right whatever the number is. So the reading is the number format's
GRAMMAR, not a list of layouts: one to three digits, then two or more groups of exactly three, every separator the
same ``,`` or ``.`` (or ``'``, the Swiss format), and no decimal part. The digits joined are what the phone checks
read (a plain digit run, which they judge as any bare number: an amount column of ``1,234,567`` stays an amount
unless its runs are phones of the table's country).

A last group ``000`` is a rounded amount (``481,000,000``), no phone. Eight digits at least: an amount of seven
digits is common, and no phone plan this grouping comes from is shorter than eight digits without its trunk
``0``. The fake is written back in the same grouping (:func:`regrouped`). Each cell on its own.

Example::

    ungrouped("7,406,858,784")                 # "7406858784"
    regrouped("15.123.903.310", "15111234567")  # "15.111.234.567"
"""

from __future__ import annotations

import re

__all__ = ["grouping_mark", "regrouped", "ungrouped"]

MIN_DIGITS, MAX_DIGITS = 8, 15

_GROUPED = re.compile(r"^\s*\d{1,3}(?P<mark>[,.'])\d{3}(?:(?P=mark)\d{3})+\s*$")


def grouping_mark(cell: str) -> str | None:
    """The thousands separator ``cell`` is grouped by when it is a whole number so formatted, else ``None``."""
    if not isinstance(cell, str) or len(cell) > 32:
        return None
    m = _GROUPED.match(cell)
    if m is None:
        return None
    digits = sum(ch.isdigit() for ch in cell)
    if cell.rstrip().endswith("000"):
        return None  # a rounded amount (``481,000,000``): a phone ends in ``000`` one time in a thousand
    return m.group("mark") if MIN_DIGITS <= digits <= MAX_DIGITS else None


def ungrouped(cell: str) -> str:
    """``cell``'s digits without their thousands separators (``cell`` itself when it is not so grouped)."""
    if grouping_mark(cell) is None:
        return cell
    return "".join(ch for ch in cell if ch.isdigit())


def regrouped(original: str, fake: str) -> str:
    """``fake``'s digits grouped in thousands by ``original``'s separator (``fake`` when ``original`` is not so
    grouped); a ``+`` or trunk ``0`` the fake adds stays (the digits are the fake's own)."""
    mark = grouping_mark(original)
    if mark is None:
        return fake
    digits = "".join(ch for ch in fake if "0" <= ch <= "9")
    if not digits:
        return fake
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return mark.join(groups)
