"""Phone numbers glued to a Latin label in Chinese and Japanese notes (``TEL09034678745``,
``TEL+819036556832``, ``Tel.080-2347-0327``).

CJK notes write no space between a label and its number. The shared phone pattern lets a number
start right after a Chinese or Japanese letter, but not after a Latin one (``ref A1234567890B`` is
no phone), so ``TEL`` glued to the digits hid the number. Here a phone label (``TEL``, ``FAX``,
``MOB``, ``PHONE``, any case, with an optional ``.``/``:``) ends the word and the number is checked
with ``phonenumbers`` for the note's country: Japan when the note has kana, else China; numbers with
``+``/``00`` are checked on their own country code.

Example::

    cjk_phone_spans("通報者中村 TEL09034678745、傷病者")
    # [(11, 22, 'phone_number')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.validators.phones import is_phone_number
from safe_synthesizer.utils.scripts import HALFWIDTH_KANA, KANA

__all__ = ["cjk_phone_spans"]

_GLUED = re.compile(
    r"(?<![A-Za-z])(?:TEL|FAX|MOB|MOBILE|PHONE|CELL)[.:：]?[ \t]?"
    r"(?P<number>(?:\+|00)?\(?\d[\d().\- ]{5,18}\d)(?![\d\-])",
    re.IGNORECASE,
)
_KANA = re.compile(f"[{KANA}{HALFWIDTH_KANA}]")


def cjk_phone_spans(text: str) -> list[tuple[int, int, str]]:
    """Numbers right after a Latin phone label in a Chinese or Japanese note, valid for the note's country."""
    region = "JP" if _KANA.search(text) else "CN"
    out = []
    for m in _GLUED.finditer(text):
        value = m.group("number").rstrip(" ")
        if is_phone_number(value, region=region, cued=True):
            out.append((m.start("number"), m.start("number") + len(value), E.PHONE_NUMBER))
    return out
