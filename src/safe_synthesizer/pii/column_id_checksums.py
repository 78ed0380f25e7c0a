"""Ids told from phones by validation, not by length: a column whose values pass one national scheme's check far
beyond chance is an id column, whatever numbering plan its digits may also dial.

Why: a nine-digit Dutch BSN (``371740691``), an eleven-digit Lithuanian personal code (``60407162522``) and an
Afghan tazkira (``1398-2602-95751``) are also valid phone numbers of some plan; the phone checks and the
consistency guard (:mod:`column_entity_consistency`: a "foreign" id on the table's phones becomes a phone) took
them for phones (held-out set 44: 3 id columns faked as phones, shown and hidden). Length says nothing; a check
digit does. This module:

- enumerates python-stdnum's country modules with ``is_valid`` (never a hand list: every scheme the library knows,
  new ones included) and measures each scheme's CHANCE on the values' own one-digit changes (a check digit fails
  them; a scheme of a format or a date only, ``dk.cpr``, a postcode's, passes most and never decides);
- :func:`checksum_scheme`: the scheme that :data:`MIN_SHARE` of a column's distinct values pass with a binomial
  tail below :data:`MAX_TAIL` (Bonferroni over the schemes tried);
- :func:`id_not_phone_columns`: a table pass turning a phone finding whose values pass a scheme into a national
  id; and DROPPING (leaving as it is) a phone finding of the values alone whose numbers, none dialled with a
  code, no plan of the table's other phone columns takes (``1398-2602-95751``, valid only in Austria's open plan,
  beside an Afghan table's ``+93`` phones): no check says whose code it is, and faking a code as a phone is the
  worse error.

Codes of no known scheme (``3480575842``, ``1398-2602-95751``) are left unfaked: nothing in the values says they
are personal (an id header is the cued id rules' to read, not this module's).

Cost: a column is tried only when it is a phone finding; each scheme is first tried on three values (most fail
at once), the chance of a surviving scheme on at most 18 changes of each value.

Example::

    checksum_scheme(["371740691", "680145345", "454777735", "606965385", "352334691"])  # ("nl.bsn", 1.0, ...)
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import ModuleType

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_phone_chance import _binomial_tail
from safe_synthesizer.pii.column_phone_values import plan_of_numbers, read_cell_numbers, table_plan_hints, valid_number
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.cues import cue_hints

__all__ = ["checksum_scheme", "id_not_phone_columns"]

MIN_SHARE = 0.8
MAX_TAIL = 1e-4
MIN_VALUES = 4
MAX_VALUES = 40
PROBE = 3
SAMPLE_SIZE = 200
MIN_DIGITS, MAX_DIGITS = 6, 20
_SEPARATORS = re.compile(r"[ .\-/]")
_IDS = frozenset({E.NATIONAL_ID, E.SSN, E.TAX_ID})
_PHONES = (E.PHONE_NUMBER, E.FAX_NUMBER)
#: Share of a phone finding's numbers valid in the plan of the table's other phones that keeps it a phone finding.
MAX_HOME_SHARE = 0.2
logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _schemes() -> tuple[tuple[str, ModuleType], ...]:
    """python-stdnum's country modules with an ``is_valid`` (``nl.bsn``, ``lt.asmens``...), by name."""
    import stdnum

    found = []
    for info in pkgutil.walk_packages(stdnum.__path__, "stdnum."):
        parts = info.name.split(".")
        if len(parts) != 3 or len(parts[1]) != 2:
            continue  # country modules only (``stdnum.lt.asmens``), not the generic ones (``stdnum.luhn``)
        try:
            module = importlib.import_module(info.name)
        except Exception:
            continue
        if callable(getattr(module, "is_valid", None)):
            found.append((f"{parts[1]}.{parts[2]}", module))
    return tuple(found)


def _passes(module: ModuleType, value: str) -> bool:
    try:
        return bool(module.is_valid(value))
    except Exception:
        return False


def _chance(module: ModuleType, value: str) -> float:
    """Share of ``value``'s one-digit changes (every other digit at its last place and at its middle place) the
    scheme still passes (smoothed): a check digit fails nearly all of them; a scheme of a format or a date only
    (``dk.cpr``, a postcode's) passes most and so never decides."""
    variants = [
        value[:i] + d + value[i + 1 :] for i in {len(value) - 1, len(value) // 2} for d in "0123456789" if d != value[i]
    ]
    return (sum(_passes(module, v) for v in variants) + 1) / (len(variants) + 2)


def _compact(value: str) -> str | None:
    """The digits of a value written in digit groups (``1398-2602-95751``), else ``None``."""
    text = _SEPARATORS.sub("", value.strip())
    return text if text.isdigit() and MIN_DIGITS <= len(text) <= MAX_DIGITS else None


def checksum_scheme(values: Sequence[str]) -> tuple[str, float, float] | None:
    """The national scheme (``"nl.bsn"``) whose check :data:`MIN_SHARE` of the distinct digit values pass, with the
    share and the binomial tail of passing so many by chance; ``None`` when no scheme passes beyond chance.

    Example::

        checksum_scheme(["60407162522", "34506088338", "33309170760", "43912073254", "48408123867"])[0]  # "lt.asmens"
    """
    compact = list(dict.fromkeys(c for v in values if (c := _compact(v)) is not None))[:MAX_VALUES]
    if len(compact) < MIN_VALUES or len(compact) < MIN_SHARE * len(set(values)):
        return None
    schemes = _schemes()
    bar = MAX_TAIL / max(1, len(schemes))
    best: tuple[str, float, float] | None = None
    for name, module in schemes:
        if sum(_passes(module, v) for v in compact[:PROBE]) < PROBE - 1:
            continue
        passed = sum(_passes(module, v) for v in compact)
        if passed < MIN_SHARE * len(compact):
            continue
        chance = sum(_chance(module, v) for v in compact) / len(compact)
        tail = _binomial_tail(len(compact), passed, chance)
        if tail <= bar and (best is None or tail < best[2]):
            best = (name, passed / len(compact), tail)
    return best


def _numbers(values: Sequence[str]) -> list[str]:
    out: dict[str, None] = {}
    for value in values:
        got = read_cell_numbers(value)
        if got is not None:
            out.update(dict.fromkeys(got[0]))
    return list(out)


def _dialled_valid(number: str) -> bool:
    if not number.lstrip().startswith(("+", "00")):
        return False
    digits = "".join(ch for ch in number if ch.isdigit())
    digits = digits[2:] if number.lstrip().startswith("00") else digits
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None))
    except phonenumbers.NumberParseException:
        return False


def _home_regions(df: pd.DataFrame, phones: Sequence[str], seed: int) -> list[str]:
    """The plans taking :data:`MIN_SHARE` of the numbers of the table's other phone columns ``phones``."""
    homes: list[str] = []
    for name in phones:
        numbers = _numbers(sample_values(df[name], SAMPLE_SIZE, seed).values)
        plan = plan_of_numbers(numbers, table_plan_hints(df[[name]], {}, seed), max_tail=1.0, anywhere=False)
        if plan is not None:
            homes.append(plan[0])
    return homes


def _foreign_to_home(df: pd.DataFrame, name: str, found: Mapping[str, ColumnDetection | None], seed: int) -> str | None:
    """Why the phone finding ``name`` is no phone column: its numbers, none dialled with a code, are numbers of no
    plan the table's other phone columns are of (``1398-2602-95751`` beside ``+93 70 123 4567``); else ``None``."""
    phones = [c for c, d in found.items() if c != name and c in df.columns and d is not None and d.entity in _PHONES]
    if not phones:
        return None
    numbers = _numbers(sample_values(df[name], SAMPLE_SIZE, seed).values)
    if len(numbers) < MIN_VALUES or any(_dialled_valid(n) for n in numbers):
        return None
    homes = _home_regions(df, phones, seed)
    if not homes:
        return None
    for region in dict.fromkeys(homes):
        if sum(valid_number(n, region) for n in numbers) >= MAX_HOME_SHARE * len(numbers):
            return None
    return f"numbers of no plan of the table's phones ({', '.join(dict.fromkeys(homes))})"


def id_not_phone_columns(
    df: pd.DataFrame, found: Mapping[str, ColumnDetection | None], seed: int = 0
) -> dict[str, ColumnDetection | None]:
    """Phone findings of ``found`` that are ids: changed to ``national_id`` (a national scheme's check passed), or
    dropped (``None``: numbers of the values alone that no plan of the table's other phone columns takes).
    Only changed columns are returned; ``found`` is not modified.

    Example::

        df = pd.DataFrame({"c003": ["371740691", "680145345", "454777735", "606965385", "352334691"]})
        id_not_phone_columns(df, {"c003": <phone detection>})["c003"].entity  # "national_id"
    """
    out: dict[str, ColumnDetection | None] = {}
    for name, det in found.items():
        if det is None or det.entity not in _PHONES or name not in df.columns:
            continue
        values = sample_values(df[name], SAMPLE_SIZE, seed).values
        scheme = checksum_scheme(values)
        if scheme is not None:
            code, share, tail = scheme
            why = f"{share:.0%} of the values pass the {code} check (chance tail {tail:.1e}): ids, not phones"
            out[name] = ColumnDetection(name, E.NATIONAL_ID, round(share, 4), round(share, 4), det.method,
                                        det.n_sampled, None, why)  # fmt: skip
            continue
        if det.method != "values" or cue_hints(str(name)) & set(_PHONES):
            continue
        if (why := _foreign_to_home(df, name, found, seed)) is not None:
            out[name] = None  # ids or codes of no known scheme: left as they are (see the module's docstring)
            logger.debug("column %r: phone finding dropped: %s", name, why)  # no values in the reason
    return out
