"""A club's or federation's numbers under an id-like header: a few letter prefixes before a short serial.

Why: a header such as ``Licence no`` or ``Passnummer`` cues a national id (a driving licence, a passport), and under a
cue any code of letters and digits passes (:func:`column_numbers.national_id_score`). A judo club's grading register
writes its members' federation licences ``BJA33780``, ``LIC45156``, ``J52686``: three prefixes (the federation's,
the club's, an old series) before a five-digit serial. :mod:`column_id_local` lets one prefix through as a register's
numbering, not three, so 10 such columns were replaced as national ids (set 40 seen: en_US, en_GB, de_DE, es_ES,
sl_SI, lv_LV, en_ZA, ms_BN, dv_MV, ps_AF). No country numbers its people this way:

* a national id, social security or tax number needs six digits or more to number a country's people (those
  opening with letters: a passport's ``C01X00T47``, Hong Kong's ``A123456(7)``, Britain's NINO ``QQ 12 34 56 C``);
* the column's cells share a handful of prefixes, each used many times: a register's series, not a scheme's
  check letters or a passport's varied series.

So a column found as a national id, SSN or tax id is given back when nearly all its cells are one to four
letters, an optional separator and one to five digits, written with at most :data:`MAX_PREFIXES` distinct
prefixes. The test reads the column's distinct cells only (a compiled regex per cell).

Example::

    club_numbered(["BJA33780", "J52686", "LIC45156", "BJA90640", "J10271"])  # True
    club_numbered(["QQ123456C", "AB987654D"])  # False: six digits, a NINO
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection

__all__ = ["club_number_columns", "club_numbered"]

# One to four letters (any script's), an optional separator, one to five digits: ``BJA33780``, ``LIC-4515``.
_SHORT_SERIAL = re.compile(r"^([^\W\d_]{1,4})[-/ .#]?(\d{1,5})$")
_IDS = frozenset({E.NATIONAL_ID, E.SSN, E.TAX_ID})
MIN_SHARE = 0.9  # of the distinct filled cells
MIN_VALUES = 5  # distinct filled cells: fewer say nothing
MAX_PREFIXES = 4  # a register's series; more prefixes than this look like a scheme's varied letters
MAX_ROWS = 5000  # distinct cells read (a register is small; a sample says as much of a big one)


def club_numbered(values: Sequence[str]) -> bool:
    """Whether ``values`` (a column's cells) are a register's short serials behind a few letter prefixes."""
    cells = list(dict.fromkeys(v.strip() for v in values if isinstance(v, str) and v.strip()))[:MAX_ROWS]
    if len(cells) < MIN_VALUES:
        return False
    matches = [m for v in cells if (m := _SHORT_SERIAL.match(v))]
    if len(matches) < MIN_SHARE * len(cells):
        return False
    return len({m.group(1).upper() for m in matches}) <= MAX_PREFIXES


def club_number_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns ``found`` as a national id, SSN or tax id whose cells are a club's or federation's numbers."""
    out = []
    for name, d in found.items():
        if d is None or d.entity not in _IDS or name not in df.columns:
            continue
        cells = df[name].dropna().astype(str).drop_duplicates().head(MAX_ROWS).tolist()
        if club_numbered(cells):
            out.append(name)
    return out
