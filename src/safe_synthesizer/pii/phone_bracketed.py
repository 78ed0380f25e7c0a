"""A phone number written with brackets that are no part of its digits: a bracketed country code before it
(``(+49) 030 183621``, ``(+1) (208) 811-3558``, ``(0044) 07455 766398``) or a short bracketed label after it
(``+4937567643 (h)``, ``0612 345678 (m)``, ``020 7946 0958 (mob.)``).

Why: CRM and mail-merge exports write the country code in brackets before the national number as it is dialled
at home, trunk prefix and all (``(+33) 06 12 10 54 18``, Belarus's ``(+375) 8 029 892-24-77``), and tag a
person's second number with a one-letter label (``(h)`` home, ``(m)`` mobile, ``(w)`` work). The phone checks
read a value from its first character: an opening bracket before the ``+`` is no phone shape, and a letter
after the digits is none either, so a column where a third of the cells were so written fell short of the
share a phone column needs (set 37: 41 hidden phone columns of 230 locales missed, most of them for these).

Read without the brackets, such a value is an ordinary dialled number: ``+49 030 183621`` (``phonenumbers``
drops the trunk ``0`` or ``8`` after a country code) or ``+4937567643``. The fakes need nothing of this: they
keep every character but the digits of the national number (:mod:`phones`), brackets and labels included.

Example::

    unbracketed_phone("(+49) 030 183621")  # "+49 030 183621"
    unbracketed_phone("+4937567643 (h)")  # "+4937567643"
    unbracketed_phone("(+1) (208) 811-3558")  # "+1 (208) 811-3558"
    unbracketed_phone("(EUR) 1 250")  # "(EUR) 1 250": no country code, unchanged
"""

from __future__ import annotations

import re

from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

# ``(+49)``, ``[+49]``, ``(0049)``, ``( +33 )``: a country code alone in brackets, then the number (a digit or the
# area code's own bracket). The code is checked against the calling codes that exist.
_BRACKETED_CODE = re.compile(r"^[(\[]\s*(?:\+|00)(\d{1,3})\s*[)\]]\s*(?=[\d(])")
# ``(h)``, ``(mob.)``, ``(home)``: letters alone in brackets right after the number's last digit (and a space).
_LABEL_TAIL = re.compile(r"(?<=\d)\s*[(\[][^\W\d_]{1,12}\.?[)\]]$")


def unbracketed_phone(value: str) -> str:
    """``value`` without brackets around a leading country code and without a bracketed word after its last
    digit; ``value`` itself when it has neither (or the bracketed code is no calling code).

    Only the brackets go: what is left is tested as any phone is, so a code or an amount that was bracketed
    is no phone for it. Cheap: two character tests decide for a value with no bracket at either end.
    """
    text = value.strip()
    if not text or (text[0] not in "([" and text[-1] not in ")]"):
        return value
    out = text
    if out[0] in "([" and (m := _BRACKETED_CODE.match(out)) is not None and int(m.group(1)) in _CALLING_CODES:
        out = f"+{m.group(1)} {out[m.end() :]}"
    if out[-1] in ")]" and (tail := _LABEL_TAIL.search(out)) is not None:
        out = out[: tail.start()]
    return out if out != text else value


_CALLING_CODES = frozenset(code for code in COUNTRY_CODE_TO_REGION_CODE if code != 0)
