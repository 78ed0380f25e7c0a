"""Bare phone columns of the table's own country, told with the other columns decided (a table pass).

Why: with the column names hidden, a column of one operator's mobiles written bare (``40602846``,
``40612709``: Norway) or read as floats that lost the trunk ``0`` (``7407159678.0``: Britain) was missed
(set 21, seen: nine locales). Alone, such a column is searched for in sixty phone plans, and numbers that share
their leading digits must then be valid beyond chance *after* those digits, as order numbers of one prefix are
not: every digit string behind a mobile block is a valid mobile, so the column failed. Beside the table's other
columns one question is left: are these the people's numbers of the country the names, towns and phones of the
table are of? One plan, asked once, needs less: nearly every value a valid landline or mobile of that country
written as it writes them (with the lost ``0`` put back, or the dialled code taken off), a third of them mobiles
at least (one block of landlines is more often a run of order numbers a dense plan takes), far more of them than
random digits of their layout give (a binomial test, the share of mobiles as second evidence), distinct, the
digits after their shared head spread over their range (no counter), and no trace of a look-alike (timestamps,
birth-dated ids, check-digit codes).

Only columns no per-column check decided, in a table with a person's name column, whose name says nothing
(``c005``, ``field_7``) or only "id": a named ``Order number`` keeps its name's word.

Example::

    country_phone_evidence(["40602846", "40612709", ...], "NO")  # (1.0, "100% NO people's numbers ...")
"""

from __future__ import annotations

import re

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_number_sample import number_sample
from safe_synthesizer.pii.column_phone_bare import _as_written, _layout
from safe_synthesizer.pii.column_phone_chance import (
    _binomial_tail,
    _fisher,
    _kinds,
    _null_key,
    _null_people,
    _null_rates,
)
from safe_synthesizer.pii.column_phone_digits import dialled_as_national
from safe_synthesizer.pii.column_phone_lookalikes import epoch_like
from safe_synthesizer.pii.column_phone_nanp import NANP_REGIONS, nanp_evidence

MIN_VALUES = 12
MIN_SHARE = 0.95
MIN_DISTINCT_SHARE = 0.9
# One hypothesis (the table's country), not a search over every plan: a looser bar than column_phones' 1e-6.
MAX_P_VALUE = 1e-4
# Values per number of their range above which the column is a counter (one number in a hundred or more).
MAX_DENSITY = 0.01
# Share of a column's cells that must hold digits (the rest placeholders).
MIN_DIGIT_CELLS = 0.8
# Share of values passing a GS1 or Luhn check beyond which they are barcodes or card numbers.
MAX_CHECKED_SHARE = 0.8
_PERSON_NAMES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# Share of the values that must be mobiles: a column of one block of landlines is more often a run of codes. Plans
# that do not tell mobiles from lines (North America's, Mexico's) give none: a block there is left to the
# per-column check, which asks the digits after the block to be valid beyond chance.
MIN_MOBILE_SHARE = 0.3
_DIGITS = re.compile(r"\D")


def _check_digit_share(digits: list[str]) -> float:
    """Share of ``digits`` passing the GS1 (barcode) or the Luhn (card) check, whichever is more."""
    gs1 = luhn = 0
    for d in digits:
        total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d[:-1])))
        gs1 += (10 - total % 10) % 10 == int(d[-1])
        s = 0
        for i, c in enumerate(reversed(d)):
            k = int(c) * (2 if i % 2 else 1)
            s += k - 9 if k > 9 else k
        luhn += s % 10 == 0
    return max(gs1, luhn) / len(digits) if digits else 0.0


def _density(digits: list[str]) -> float:
    """Values per number of their range: a counter or a run of order numbers fills its range (one in a few),
    numbers of one phone block are scattered over theirs (one in thousands)."""
    numbers = [int(d) for d in digits]
    return len(set(numbers)) / (max(numbers) - min(numbers) + 1)


def _readings(values: list[str], region: str) -> list[tuple[str, list[str]]]:
    """The ways ``values`` may be ``region``'s national numbers: as written, with a lost trunk ``0`` put back,
    with the dialled country code taken off."""
    out = [("as written", values)]
    plain = all(v.isdigit() for v in values)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    if (
        plain
        and metadata is not None
        and metadata.national_prefix == "0"
        and not any(v.startswith("0") for v in values)
    ):
        out.append(("leading 0 lost", ["0" + v for v in values]))
    if plain and (national := dialled_as_national(values)) is not None and len(national) == len(values):
        code = str(phonenumbers.country_code_for_region(region))
        if all(v.startswith(code) for v in values):
            out.append(("dialled without '+'", national))
    return out


def country_phone_evidence(values: list[str], region: str) -> tuple[float, str]:
    """(share of ``values`` that are people's numbers of ``region`` beyond chance, why); 0 when not."""
    cells = [v.strip() for v in values if v and v.strip()]
    # Placeholders (``n/a``, ``-``, ``TBC``) hold no digit: left out, up to a fifth of the cells.
    values = [v for v in cells if any(c.isdigit() for c in v)]
    if len(values) < MIN_VALUES or len(values) < MIN_DIGIT_CELLS * len(cells) or not region:
        return 0.0, "too few values"
    if any(v.startswith(("+", "00")) for v in values):
        return 0.0, "dialled numbers: the per-column check reads them"
    if sum(_layout(v) is not None for v in values) < MIN_SHARE * len(values):
        return 0.0, "not bare numbers"
    digits = [_DIGITS.sub("", v) for v in values]
    if len(set(digits)) < MIN_DISTINCT_SHARE * len(digits):
        return 0.0, "repeated numbers"
    if epoch_like(digits):
        return 0.0, "Unix timestamps"
    if _density(digits) > MAX_DENSITY:
        return 0.0, "numbers packed in a narrow range: a counter or a run of order numbers"
    if _check_digit_share(digits) >= MAX_CHECKED_SHARE:
        return 0.0, "a GS1 or Luhn check digit in nearly every value: codes or cards"
    from safe_synthesizer.pii.column_ids import MIN_DATED_SHARE, dated_id_evidence

    if dated_id_evidence(values)[0] >= MIN_DATED_SHARE:
        return 0.0, "a birth date at one place: personal ids, not phones"
    if region in NANP_REGIONS:
        # North America's plan has no mobile ranges to lean on: the exact chance after the shared head decides.
        nanp = nanp_evidence(values, regions=(region,), max_p_value=MAX_P_VALUE)
        return (nanp[0], f"{nanp[2]} in a {region} table") if nanp else (0.0, f"no {region} numbers beyond chance")
    n = len(values)
    best: tuple[float, str] = (0.0, f"no reading as {region} people's numbers beyond chance")
    for how, reading in _readings(values, region):
        valid, mobile, people = _kinds(reading, region)
        if people < MIN_SHARE * n or _as_written(reading, region) < MIN_SHARE * n:
            continue
        if mobile < MIN_MOBILE_SHARE * n:
            # One block of landlines: order numbers whose prefix a dense plan takes as one area (``735...``
            # read as a German ``0735`` line) look so; people's numbers of one block are mobiles.
            continue
        key = _null_key(reading)
        chance = _null_people(key, region)
        mobile_chance = _null_rates(key, region)[1]
        p_value = _binomial_tail(n, people, chance)
        p_value = min(p_value, _fisher(p_value, _binomial_tail(valid, mobile, mobile_chance)))
        if p_value > MAX_P_VALUE:
            continue
        share = people / n
        why = (f"{round(100 * share)}% {region} people's numbers ({how}) in a {region} table; random digits of "
               f"this layout: {round(100 * chance)}%; mobiles {round(100 * mobile / max(valid, 1))}% vs "
               f"{round(100 * mobile_chance)}%")  # fmt: skip
        best = max(best, (share, why))
    return best


def _says_nothing(name: str) -> bool:
    """The column name is a placeholder (``c005``, ``field_7``) or cues an id or a phone: nothing in it speaks
    against the values (``Order number`` does)."""
    from safe_synthesizer.pii.cues import cue_hints
    from safe_synthesizer.pii.table_passes import _says_no_more_than_id

    return _says_no_more_than_id(name) or E.PHONE_NUMBER in cue_hints(name)


def country_phone_detections(df: pd.DataFrame, found: dict, *, entities, sample_size: int = 500, seed: int = 0) -> dict:
    """Detections of phone columns among ``df``'s columns not in ``found`` (column -> ColumnDetection), as the
    people's numbers of the country the found columns are of (:func:`country_phone_evidence`)."""
    from safe_synthesizer.pii.column_detector import ColumnDetection
    from safe_synthesizer.pii.column_id_country import _country_of

    if E.PHONE_NUMBER not in set(entities) or not found:
        return {}
    decided = [d for d in found.values() if d is not None]
    if not any(d.entity in _PERSON_NAMES for d in decided):
        return {}
    region = _country_of(decided)
    if not region or phonenumbers.country_code_for_region(region) == 0:
        return {}
    out = {}
    for name in df.columns:
        if (name in found and found[name] is not None) or not _says_nothing(str(name)):
            continue
        if (series := number_sample(df[name], sample_size, seed)) is None:
            continue
        if not (pd.api.types.is_integer_dtype(series.dtype) or pd.api.types.is_object_dtype(series.dtype)
                or pd.api.types.is_string_dtype(series.dtype)):  # fmt: skip
            continue  # dates, durations, categories: no phone numbers (floats are whole numbers by now)
        values = [str(v) for v in series]
        share, why = country_phone_evidence(values, region)
        if share >= MIN_SHARE:
            locale = next((d.locale for d in decided if d.locale and d.locale.upper().endswith(region)), None)
            out[name] = ColumnDetection(name, E.PHONE_NUMBER, round(share, 4), round(share, 4), "values+table",
                                        len(values), locale, why)  # fmt: skip
    return out
