"""A register's own numbers under an id header: a school's, club's or firm's numbering, not a national id.

Why: a header that only says "id number" (Moodle's ``idnumber``, ``ID number``, ``Kennnummer``) cues a national
id, and under a cue any code of letters and digits passed (:func:`column_numbers.national_id_score`): a language
school's student numbers ``TN-2023-412`` were replaced as national ids (set 27 seen: Moodle ``idnumber`` in 18
locales). No country's national id is written as a register numbers its members:

* a letter prefix, the year of enrolment or hire and a serial behind a separator (``S2023-0412``,
  ``EMP/2019/042``, ``TN-2024-117``): national ids carry no year written as a group of four digits beside a
  short serial (those with a birth date write it whole, ``19850412-1234``, and start with no letters);
* one letter prefix for all and a short serial (``V-0105``, ``JU-74047``: a club's licences, a visitor's badge):
  a country's people need six digits or more, and ids that open with letters vary them (a passport's series);
* a counter: digit strings packed in a narrow range (``0001234``, ``0001240``, ...: one value every hundred
  numbers or closer), as members are numbered in turn; a national id column of random people spreads its
  values over the whole scheme (one in millions).

Checked ids (a scheme's check digit passing in most cells) are decided before this is asked.

Example::

    local_numbering(["TN-2022-569", "TN-2023-351", ...])  # "letter prefix, year and serial: a register's numbers"
    local_numbering(["0001234", "0001237", ...])  # "numbers packed in a narrow range: a register's counter"
"""

from __future__ import annotations

import re

# A letter prefix, a year of 1950-2049 and a serial behind a separator: ``S2023-0412``, ``EMP/2019/042``.
_YEAR_SERIAL = re.compile(r"^[^\W\d_]{1,5}[-/ .]?(?:19[5-9]\d|20[0-4]\d)[-/ .]\d{1,6}$")
MIN_LOCAL_SHARE = 0.9
# A counter: distinct digit strings, at least this many, one every MIN_DENSITY numbers of their range or closer.
MIN_COUNTER_VALUES = 10
MIN_DENSITY = 0.01
# One letter prefix (its separator kept) before a serial of at most MAX_SERIAL_DIGITS digits: ``V-0105``.
_PREFIXED_SERIAL = re.compile(r"^([^\W\d_]{1,4}[-/ .#]?)(\d{1,5})$")
MAX_PREFIXES = 1
MIN_PREFIXED_VALUES = 5


def _counter(values: list[str]) -> bool:
    digits = [v for v in values if v.isdigit()]
    if len(digits) < MIN_LOCAL_SHARE * len(values) or len(set(digits)) < MIN_COUNTER_VALUES:
        return False
    numbers = {int(d) for d in digits}
    return len(numbers) / (max(numbers) - min(numbers) + 1) >= MIN_DENSITY


def _prefixed_serials(values: list[str]) -> bool:
    matches = [m for v in values if (m := _PREFIXED_SERIAL.match(v))]
    if len(matches) < max(MIN_PREFIXED_VALUES, MIN_LOCAL_SHARE * len(values)):
        return False
    return len({m.group(1).upper() for m in matches}) <= MAX_PREFIXES


def local_numbering(values: list[str]) -> str | None:
    """Why ``values`` (distinct cells of a column cued as ids) are a register's own numbers, or None."""
    cells = [v.strip() for v in values if v and v.strip()]
    if not cells:
        return None
    if sum(bool(_YEAR_SERIAL.match(v)) for v in cells) >= MIN_LOCAL_SHARE * len(cells):
        return "letter prefix, year and serial: a register's numbers, not national ids"
    if _prefixed_serials(cells):
        return "one letter prefix and a short serial: a register's numbers, not national ids"
    if _counter(cells):
        return "numbers packed in a narrow range: a register's counter, not national ids"
    return None
