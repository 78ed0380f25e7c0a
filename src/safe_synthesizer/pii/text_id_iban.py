"""IBANs in free text in any written spelling: grouped, compact, lower case, split by dots or dashes.

Why: notes and messages copy IBANs as people and systems write them: in groups of four (``GB29 NWBK 6016
1331 9268 19``), in one run, in lower case (``de89 3704 0044 0532 0130 00``), split by dots or dashes
(``FR76.3000.6000...``, ``NL91-ABNA-0417-1643-00``), in an upper-case telegram whose next word is a
four-letter ``STOP`` that reads like one more group. The text detector's recogniser takes the common
spellings only. Here every run of a country code, two check digits and groups of letters and digits is cut
at each group boundary and the longest prefix passing the IBAN check (mod 97 and the country's length,
python-stdnum) is the IBAN; a random code passes one time in 97 at most and must also have its country's
exact length, so no cue word is needed.

Some countries' account parts are mostly letters (Jordan, Qatar, Kuwait, Mauritius: ``KW94 CBKU PQZR 4MTX
0WLB EFYH S8GD UA`` holds five digits), so the cheap gate before the search is the IBAN's head (two letters
and two check digits), not a count of digits in the text.

Example::

    iban_spans("SEND FUNDS TO GB29 NWBK 6016 1331 9268 19 STOP")  # [(14, 41, 'iban')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V

# Country letters and check digits, then up to nine groups of letters and digits, one separator between.
_RUN = re.compile(
    r"(?<![A-Za-z0-9])(?P<head>[A-Za-z]{2}\d{2})(?P<rest>(?:[ .\-]?[A-Za-z0-9]{1,34}){1,9})(?![A-Za-z0-9])"
)
# The head of an IBAN anywhere in the text: the gate before the full search.
_HEAD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}[ .\-]?[A-Za-z0-9]")
_GROUP = re.compile(r"[ .\-]?([A-Za-z0-9]+)")
_MIN, _MAX = 15, 34  # IBAN lengths


def iban_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, 'iban') of the IBANs of ``text`` in any spelling (checksum and country length valid)."""
    if _HEAD.search(text) is None:
        return []
    out = []
    for m in _RUN.finditer(text):
        compact = m.group("head").upper()
        ends = []
        for g in _GROUP.finditer(m.group("rest")):
            compact += g.group(1).upper()
            if len(compact) > _MAX:
                break
            ends.append((m.start("rest") + g.end(), compact))
        for end, value in reversed(ends):  # the longest valid prefix ("... 9268 19 STOP": without STOP)
            if len(value) >= _MIN and V.is_iban(value):
                out.append((m.start(), end, E.IBAN))
                break
    return out
