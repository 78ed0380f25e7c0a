"""Phone columns of the table's own country whose cells hold words or dialled codes, told with the other columns
decided (a table pass beside :mod:`column_phone_country`).

Why: :func:`~safe_synthesizer.pii.column_phone_country.country_phone_evidence` asks whether a column's values are
people's numbers of the table's country, but only of bare national numbers: a column that writes some of them
with the country's name (``Vanuatu: 591 5041``, ``796 3065 (Bonaire, Sint Eustatius and Saba)``), a request
(``70 51 23 49 - demander Blandine``) or the dialled code (``+508 43 83 48``, ``(290) 8116``) was left, and with its
header hidden no per-column check found it either when the country is none of the regions those try (held-out set
43: Vanuatu, Bonaire, Gabon, Saint Barthélemy, South Sudan, Togo... hidden). Here each cell is read by its
structure (:func:`~safe_synthesizer.pii.phone_cell_reader.read_phone_words`), a dialled number of the table's country
is written nationally (the country: the table's, or the one the cells name in any language or dial,
:func:`column_region`), and the distinct national numbers are handed to the same evidence (valid people's numbers of
that plan far beyond chance, mobiles among them, no counter, no look-alike). Only columns no check decided, whose
name says nothing (``c005``) or cues a phone, in a table with a person's name column (as the bare-number pass).

Example::

    read_country_phone_detections(df, found, entities=entities)  # {"c004": ColumnDetection(..., "phone_number", ...)}
"""

from __future__ import annotations

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_phone_country import (
    _PERSON_NAMES,
    MIN_SHARE,
    MIN_VALUES,
    _says_nothing,
    country_phone_evidence,
)
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.phone_cell_reader import dialled_number, read_phone_words
from safe_synthesizer.pii.phone_country_words import named_region

__all__ = ["column_region", "national_numbers", "read_country_phone_detections"]

MIN_FOREIGN_FREE = 0.95  # share of the dialled numbers that must dial the table's own country
MIN_READ_SHARE = 0.8  # share of the filled cells that must read as phone cells


def national_numbers(values: list[str], region: str) -> list[str] | None:
    """The distinct numbers of ``values`` (phone cells with any words) written as ``region`` writes them at home,
    or ``None`` when too few cells read as phone cells or some dial another country.

    Example::

        national_numbers(["Vanuatu: 591 5041", "+678 591 8578", "591 6080"], "VU")  # ["5915041", "5918578", ...]
    """
    cells = [v.strip() for v in values if v and v.strip()]
    read = [c for v in cells if (c := read_phone_words(v)) is not None]
    if not read or len(read) < MIN_READ_SHARE * len(cells):
        return None
    code = phonenumbers.country_code_for_region(region)
    out: list[str] = []
    dialled = foreign = 0
    for cell in read:
        for number in cell.numbers:
            written = dialled_number(number)
            if not written.startswith(("+", "00")):
                out.append("".join(ch for ch in written if ch.isdigit()))
                continue
            dialled += 1
            try:
                parsed = phonenumbers.parse(written, None)
            except phonenumbers.NumberParseException:
                foreign += 1
                continue
            if parsed.country_code != code:
                foreign += 1
                continue
            national = phonenumbers.national_significant_number(parsed)
            prefix = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
            trunk = prefix.national_prefix if prefix is not None and prefix.national_prefix else ""
            out.append(trunk + national if trunk and not national.startswith(trunk) else national)
    if dialled and foreign > (1 - MIN_FOREIGN_FREE) * dialled:
        return None
    return list(dict.fromkeys(out))


def column_region(values: list[str], table_region: str | None) -> str | None:
    """The one country the cells name (``Vanuatu: 591 5041``) or dial (``+678 591 8578``), else ``table_region``.

    Example::

        column_region(["Vanuatu: 591 5041", "591 6080"], None)  # "VU"
    """
    regions = set()
    for value in values:
        if (named := named_region(value)) is not None:
            regions.add(named)
        cell = read_phone_words(value)
        for number in cell.numbers if cell is not None else ():
            written = dialled_number(number)
            if written.startswith("+"):
                try:
                    regions.add(phonenumbers.region_code_for_number(phonenumbers.parse(written, None)) or "")
                except phonenumbers.NumberParseException:
                    regions.add("")
    if len(regions) == 1 and (region := next(iter(regions))):
        return region
    return table_region


def read_country_phone_detections(
    df: pd.DataFrame, found: dict, *, entities, sample_size: int = 500, seed: int = 0
) -> dict:
    """Detections of phone columns among ``df``'s columns not in ``found`` whose cells, read as numbers among any
    words, are people's numbers of the table's country (:func:`national_numbers`, then
    :func:`~safe_synthesizer.pii.column_phone_country.country_phone_evidence`)."""
    from safe_synthesizer.pii.column_detector import ColumnDetection
    from safe_synthesizer.pii.column_id_country import _country_of

    if E.PHONE_NUMBER not in set(entities) or not found:
        return {}
    decided = [d for d in found.values() if d is not None]
    if not any(d.entity in _PERSON_NAMES for d in decided):
        return {}
    table_region = _country_of(decided)
    out = {}
    for name in df.columns:
        if (name in found and found[name] is not None) or not _says_nothing(str(name)):
            continue
        series = df[name]
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            continue
        sample = sample_values(series, sample_size, seed)
        region = column_region(list(sample.values), table_region)
        if not region or phonenumbers.country_code_for_region(region) == 0:
            continue
        numbers = national_numbers(list(sample.values), region) if sample.values else None
        if numbers is None or len(numbers) < MIN_VALUES or numbers == list(dict.fromkeys(sample.values)):
            continue
        share, why = country_phone_evidence(numbers, region)
        if share >= MIN_SHARE:
            locale = next((d.locale for d in decided if d.locale and d.locale.upper().endswith(region)), None)
            out[name] = ColumnDetection(
                name, E.PHONE_NUMBER, round(share, 4), round(share, 4), "values+table", len(numbers), locale,
                f"cells read as numbers among words; {why}",
            )  # fmt: skip
    return out
