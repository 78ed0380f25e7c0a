"""A phone number dialled behind a network service code: the caller id withheld (``#31#0612345678``,
``*67 (212) 555-0100``, ``141 07406 858784``), a call forwarded or a code asked of the network before the number.

Why: held-out set 52 wrote a phone in six with the caller id withheld; the phone checks read a cell as one number
and ``#31#015746184562`` is none, so eight phone columns were missed with their headers hidden and one shown
(``Telefono``). A list of the codes (``#31#`` in Europe, ``*67`` in North America, ``141`` in Britain...) is what
the next country escapes, so the code is read by the GRAMMAR a network reads it by:

- a GSM supplementary service code (3GPP TS 22.030 MMI): one or two of ``*``/``#``, two or three digits, an
  optional closing ``*``/``#`` (``#31#``, ``*31#``, ``*#31#``, ``**21*``), the number glued or after a space;
- a North American vertical service code: ``*`` and two digits (``*67``, ``*82``), then a space or a bracket
  (``#1234567890`` and ``*671234567`` stay whole: an order number's hash, digits glued to digits);
- a dialled access code: three or four digits (not ``0``-led) and a SPACE before a whole national number that opens
  with a trunk ``0`` (``141 07406 858784``, ``1831 0412 345 678``). Glued, a code and a number are a barcode's
  digits as often (``5000112637922``), so only the space separates them; and digits in blocks of one length
  (``4019 0045 5708 7684``, ``169 059 740 609 192``) are one number printed in blocks (a card, an id).

The number after the code must look like a number a person dials (7-15 digits, opening with a digit, ``+`` or a
bracket); whether it IS a phone is left to the phone checks that read the rest of the cell, exactly as any
written number is. The fake is written back behind the same code (:func:`behind_code`). Each cell on its own.

Example::

    service_code("#31#015746184562")          # 4
    without_code("*67 (201) 935-4972")        # "(201) 935-4972"
    behind_code("141 07406 858784", "07700 900123")  # "141 07700 900123"
"""

from __future__ import annotations

import re

__all__ = ["behind_code", "has_code", "service_code", "without_code"]

MIN_DIGITS, MAX_DIGITS = 7, 15
MIN_TRUNK_DIGITS = 9

_CODE = re.compile(
    r"^\s*(?:"
    r"[*#]{1,2}\d{2,3}[*#] ?"  # MMI: ``#31#``, ``*31#``, ``*#31#``, ``**21*`` (the closing mark ends the code)
    r"|\*\d{2}(?: |(?=\())"  # a vertical service code: ``*67 (201) ...``; glued digits would be one number
    r"|[1-9]\d{2,3} (?=0\d)"  # an access code, a space, then a trunk-0 national number
    r")(?=[+(\d])"
)
# The number behind the code: digits and the separators a phone is written with, nothing else.
_NUMBER = re.compile(r"^[+(]?\d[\d ()./\-]*\d$")


def has_code(cell: str) -> bool:
    """``cell`` may open with a service code: a cheap test on its first character."""
    head = cell.lstrip()[:1]
    return head in ("*", "#") or ("1" <= head <= "9" and " 0" in cell)


def service_code(cell: str) -> int:
    """The length of the service code that opens ``cell`` before a dialled number, 0 when there is none."""
    if not isinstance(cell, str) or not cell or not has_code(cell):
        return 0
    m = _CODE.match(cell)
    if m is None:
        return 0
    rest = cell[m.end() :].strip()
    if _NUMBER.match(rest) is None:
        return 0
    digits = sum(ch.isdigit() for ch in rest)
    if not MIN_DIGITS <= digits <= MAX_DIGITS:
        return 0
    if cell.lstrip()[0].isdigit() and (digits < MIN_TRUNK_DIGITS or _in_blocks(cell)):
        return 0  # an access code is dialled before a WHOLE national number (trunk 0 and at least 8 more digits)
    return m.end()


def _in_blocks(cell: str) -> bool:
    """``cell``'s digits stand in blocks of one length (the last may be shorter): a card's ``4019 0045 5708 7684``
    or an id's ``169 059 740 609 192`` is one number printed in blocks, not a code before a number."""
    groups = [len(g) for g in re.findall(r"\d+", cell)]
    return len(groups) >= 3 and all(g == groups[0] for g in groups[:-1]) and groups[-1] <= groups[0]


def without_code(cell: str) -> str:
    """``cell`` without the service code before its number (``cell`` itself when it has none)."""
    n = service_code(cell)
    return cell[n:].strip() if n else cell


def behind_code(original: str, fake: str) -> str:
    """``fake`` written behind ``original``'s service code (``fake`` itself when ``original`` has none)."""
    n = service_code(original)
    return original[:n] + fake if n else fake
