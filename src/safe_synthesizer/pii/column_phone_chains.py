"""Phone columns read by chains of digit groups (:mod:`phone_cell_chains`): keypad letters, an exit code in
brackets, mixed separators, a calling code after a word, two numbers joined by a word; taken when a numbering plan
the table points to accepts the numbers far beyond chance.

Why: held-out set 45 wrote a quarter of a column's phones with keypad letters for their last digits (``070-165 PZ
ZJ``, ``(202) 452-0VL0``), others as ``(0049) 30 692036``, ``country code 686, 31883``, ``070-15.763``; the value
pass (:mod:`column_phone_values`) reads digit groups joined by one separator and refused those cells, so its share
of phone cells fell below its bar and 10 phone columns were missed with a ``Phone`` header shown, 22 hidden, one
faked as names. This pass reads what is left with the chain reader and hands the numbers (keypad letters as digits,
dialled numbers with their code) to the same plan test (:func:`column_phone_values.plan_of_numbers`).

Guards, so that codes are not read as spelled phones: a capital word that recurs in the column is a label
(``9695240 LP``, ``7672755 LP``: a department code), not keypad letters (a subscriber's letters differ from number
to number); at most :data:`MAX_SPELLED_SHARE` of the cells may be spelled and at least :data:`MIN_PLAIN_VALID` of the
numbers written in digits alone must be valid in the plan (a column of ``1012 AB`` postcodes is spelled in every
cell). Dates, amounts, decimals, years and reference numbers are no chains (the reader refuses them).

Only columns no rule found are read (or that only the learned classifier named, as a person or a place), only text
columns, and only the sample (200 distinct values). Cost: one regex pass per sampled cell and the plan test's few
hundred cached parses per candidate column.

Example::

    df = pd.DataFrame({"c006": ["070-165 PZ ZJ", "08-12 YZ OH", "070-289 10 Y0", "08-68 74 41", "070-210 53 99"]})
    chain_phone_columns(df, ["c006"], {"c006": None})["c006"].entity  # "phone_number"
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_phone_values import phone_columns_by, plan_of_numbers, valid_number
from safe_synthesizer.pii.phone_cell_chains import ChainReading, read_chains

__all__ = ["chain_phone_columns"]

SAMPLE_SIZE = 200
MIN_READ_SHARE = 0.8
MIN_WRITTEN_SHARE = 0.5
MIN_DISTINCT, MIN_DISTINCT_CUED = 4, 2
MAX_TAIL, MAX_TAIL_CUED = 1e-3, 0.05
#: Digits a number needs here (the plan test reads five or more).
MIN_NUMBER_DIGITS = 5
#: Share of the read cells that may be spelled with keypad letters, and the fewest numbers in digits alone that
#: must be valid in the plan.
MAX_SPELLED_SHARE = 0.8
MIN_PLAIN_VALID = 2
#: A capital word in this share of the spelled cells (and two at least) is a label the column repeats.
LABEL_SHARE = 0.2
#: Cells read for the column's own dialled numbers.
PROBE = 60
_PHONES = (E.PHONE_NUMBER, E.FAX_NUMBER)
# Findings the learned classifier alone made that cells of phones contradict.
_WORDY = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.STATE, E.STREET_ADDRESS, E.ADDRESS})


def _open(detection: ColumnDetection | None) -> bool:
    """No rule found the column, or only the learned classifier did, as words."""
    if detection is None:
        return True
    return detection.method.startswith("classifier") and detection.entity in _WORDY


def _labels(readings: list[ChainReading]) -> set[str]:
    """Capital words that recur in the spelled cells: labels, not keypad letters."""
    spelled = [r for r in readings if r.letter_groups]
    counts = Counter(g for r in spelled for g in set(r.letter_groups) if g.isalpha())
    least = max(2.0, LABEL_SHARE * len(spelled))
    return {g for g, n in counts.items() if n >= least}


def _numbers(values: Sequence[str]) -> tuple[list[str], list[str], float, float, float] | None:
    """The column's distinct numbers, those written in digits alone, the read, written and spelled shares."""
    readings: list[ChainReading] = []
    digit_cells = 0
    for value in values:
        if not any(ch.isdigit() for ch in value) or is_missing_token(value):
            continue
        digit_cells += 1
        reading = read_chains(value)
        if reading is not None and all(len(n.digits.lstrip("+")) >= MIN_NUMBER_DIGITS for n in reading.numbers):
            readings.append(reading)
    if not digit_cells or not readings:
        return None
    labels = _labels(readings)
    kept = [r for r in readings if not (set(r.letter_groups) & labels)]
    numbers = list(dict.fromkeys(n.digits for r in kept for n in r.numbers))
    plain = list(dict.fromkeys(n.digits for r in kept for n in r.numbers if not n.spelled))
    spelled = sum(bool(r.letter_groups) for r in kept)
    written = sum(r.written for r in kept)
    return (numbers, plain, len(kept) / digit_cells, written / len(kept) if kept else 0.0,
            spelled / len(kept) if kept else 0.0)  # fmt: skip


def _evidence(values: Sequence[str], hints: Sequence[str], cued: bool) -> tuple[str, float, str] | None:
    read = _numbers(values)
    if read is None:
        return None
    numbers, plain, read_share, written_share, spelled_share = read
    if len(numbers) < (MIN_DISTINCT_CUED if cued else MIN_DISTINCT) or read_share < MIN_READ_SHARE:
        return None
    if written_share < MIN_WRITTEN_SHARE or spelled_share > MAX_SPELLED_SHARE:
        return None
    plan = plan_of_numbers(numbers, hints, max_tail=MAX_TAIL_CUED if cued else MAX_TAIL)
    if plan is None:
        return None
    region, share, tail = plan
    if spelled_share > 0 and sum(valid_number(n, region) for n in plain) < MIN_PLAIN_VALID:
        return None  # every cell spelled, or the digits alone in no plan: codes with letters, not phones
    why = (
        f"{read_share:.0%} of the cells read as chains of digit groups ({spelled_share:.0%} with keypad letters), "
        f"{share:.0%} of {len(numbers)} numbers valid in {region} (chance tail {tail:.1e})"
    )
    return region, share * read_share, why


def _dialled_regions(values: Sequence[str]) -> list[str]:
    """The regions the column's own dialled numbers name (``+46 70 210 53 99``, ``intl code 46, 702105399``)."""
    regions: Counter[str] = Counter()
    for value in values[:PROBE]:
        if "+" not in value and "00" not in value and "," not in value:
            continue
        reading = read_chains(value)
        for number in reading.numbers if reading is not None else ():
            if number.dialled and (region := _region_of(number.digits)) is not None:
                regions[region] += 1
    return [r for r, _ in regions.most_common()]


def _region_of(dialled: str) -> str | None:
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(dialled, None))
    except phonenumbers.NumberParseException:
        return None
    return region if region and region != "ZZ" else None


def chain_phone_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None], seed: int = 0
) -> dict[str, ColumnDetection]:
    """Phone findings of the text columns of ``names`` that no rule found (or only the classifier, as words) whose
    cells read as chains of digit groups valid far beyond chance in one numbering plan; a new dict.

    Example::

        df = pd.DataFrame({"Phone": ["(202) 452-0VL0", "(201) 634-4237", "(207) 337-9051", "(276) 994-2982"]})
        chain_phone_columns(df, ["Phone"], {"Phone": None})["Phone"].method  # "name+chains"
    """

    def evidence(values: Sequence[str], hints: Sequence[str], cued: bool) -> tuple[str, float, str] | None:
        return _evidence(values, [*hints, *_dialled_regions(values)], cued)

    return phone_columns_by(df, names, found, seed, evidence=evidence, method="chains", is_open=_open)
