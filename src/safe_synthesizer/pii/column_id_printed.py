"""National ids written in their scheme's own printed layout: ids, whatever else their digits could be.

Why: a French NIR is printed ``2 56 10 71 461 919 50`` (sex, year, month, department, commune, serial, key), a
Norwegian fødselsnummer ``150576 12345``, a Brazilian CPF ``123.456.789-09``, a Chilean RUT ``12.345.678-5``.
Spaced into groups, fifteen digits also parse as some country's phone number, and a small guest register
(seven NIRs and one ``non renseigné``) fell under the nine-in-ten share one scheme needs, so its ids were
replaced as phones (set 28: fr_FR guest register). No phone plan groups its digits as an id scheme does, and a
value that passes the scheme's check *and* is written exactly as python-stdnum's ``format`` prints that scheme
is evidence twice over: the layout (the groups, their separators) and the check digits.

Only values with a separator count (a bare number's layout says nothing), cells that say a value is not known
(``non renseigné``, ``n/a``) are left out of the share, and a column needs :data:`MIN_VALUES` such ids: one check
digit passes one random number in ten, five of them in a row one column in 100,000.

Example::

    printed_id_share(["2 56 10 71 461 919 50", "1 71 01 51 223 400 48", ...])  # (1.0, "fr.nir")
    printed_ids(["600 734 326", "0612 345 678", ...])  # None: phones, whatever one of them passes
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

# Values passing one scheme in its printed layout, among the known values, and how many at least.
MIN_PRINTED_SHARE = 0.9
MIN_VALUES = 5
# Values read: a bounded probe, whatever the column's length.
MAX_VALUES = 60

_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_SEPARATOR = re.compile(r"[ .\-/]")


def _layout(value: str) -> str:
    return _LETTER.sub("A", _DIGIT.sub("9", value))


@lru_cache(maxsize=1)
def _printable_schemes() -> tuple[tuple[str, ModuleType], ...]:
    """The id schemes the detector checks whose stdnum module prints a layout (``format``)."""
    from safe_synthesizer.pii.validators.national_ids import _column_schemes, _schemes

    schemes = [(name, module) for name, module, _ in _schemes()] + list(_column_schemes())
    return tuple((name, module) for name, module in schemes if hasattr(module, "format"))


def printed_schemes(value: str) -> list[str]:
    """Every scheme ``value`` passes while written exactly as that scheme is printed (``format``): a Chilean RUT
    and a Colombian NIT share ``9.508.515-6``."""
    value = value.strip()
    if not _SEPARATOR.search(value) or sum(ch.isdigit() for ch in value) < 6:
        return []
    found = []
    for name, module in _printable_schemes():
        try:
            if module.is_valid(value) and _layout(module.format(value)) == _layout(value.upper()):
                found.append(name)
        except Exception:  # a scheme that cannot parse or print the value: not this scheme
            continue
    return found


def printed_id_share(values: list[str]) -> tuple[float, str | None]:
    """(share of the known ``values`` passing one scheme in its printed layout, that scheme); (0, None) when
    fewer than :data:`MIN_VALUES` values pass."""
    known = [v for v in values[:MAX_VALUES] if v.strip() and v.strip().casefold() not in NOT_KNOWN_WORDS]
    counts: dict[str, int] = {}
    for value in known:
        for scheme in printed_schemes(value):
            counts[scheme] = counts.get(scheme, 0) + 1
    if not counts:
        return 0.0, None
    scheme = max(counts, key=counts.__getitem__)
    if counts[scheme] < MIN_VALUES:
        return 0.0, None
    return counts[scheme] / len(known), scheme


def printed_ids(values: list[str]) -> tuple[float, str] | None:
    """(share, evidence) when nearly all known ``values`` are one scheme's ids in its printed layout, else ``None``."""
    share, scheme = printed_id_share(values)
    if share < MIN_PRINTED_SHARE:
        return None
    return share, f"{round(100 * share)}% valid {scheme} numbers written in the scheme's printed layout"
