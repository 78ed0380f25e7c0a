"""Executing a PII plan over a table given in chunks, with one mapping for all of them.

:class:`ChunkReplacer` runs the plan that :func:`~safe_synthesizer.pii.replace.plan_columns`
decided in two passes over the same chunks:

1. :meth:`~ChunkReplacer.collect` on every chunk: the distinct originals of each replaced column
   (first-seen order) and the entity spans of free text. Nothing is replaced yet.
2. :meth:`~ChunkReplacer.build` once: every original is reserved (no fake may equal an original
   seen anywhere in the table), then each column's real->fake mapping is drawn, column by column
   in table order, over all of that column's originals.
3. :meth:`~ChunkReplacer.apply` on every chunk again: the mappings are looked up.

Because each mapping is drawn once over the column's whole list of originals, exactly as for a
table held in memory, the output does not depend on the chunk size: the same original gets the
same fake in every chunk, and a one-chunk run is the in-memory replacement. Memory is one chunk
plus the distinct originals and fakes of the replaced columns (which the consistent mapping holds
in any case).

Privacy: mappings and originals live only in this object and die with :meth:`finish`.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.age_annotated_dates import aged_dates
from safe_synthesizer.pii.batch_formats import _EXTENSION
from safe_synthesizer.pii.column_mixed_births import shift_serial_date
from safe_synthesizer.pii.column_phone_language import phone_locale
from safe_synthesizer.pii.date_reader import day_first_among, month_language, shift_any_date
from safe_synthesizer.pii.epoch_dates import shift_epoch_date
from safe_synthesizer.pii.fake_residues import scrub_residues
from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.formats import day_first_of, renumber_date, scramble, shift_date_string
from safe_synthesizer.pii.locales import PHONE_REGIONS, locale_of_region, phone_region_of, region_of
from safe_synthesizer.pii.name_parts import name_tokens
from safe_synthesizer.pii.own_script_fakes import own_script_fakes
from safe_synthesizer.pii.phone_dress_fakes import dressed_phone_fakes
from safe_synthesizer.pii.rare_separator_dates import shift_rare_separated
from safe_synthesizer.pii.report import PiiColumnReport, PiiReport
from safe_synthesizer.pii.template_value_cells import template_value_cells
from safe_synthesizer.pii.text_chunk_context import chunk_context
from safe_synthesizer.pii.text_detector import TextPiiDetector, TextSpan, load_text_detector
from safe_synthesizer.pii.text_replace import TextCells
from safe_synthesizer.pii.validators.phones import column_phone_region, dialled_regions, national_region_elsewhere

logger = logging.getLogger(__name__)
# Spans whose words are name tokens of the mapper.
_NAME_SPANS = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


# Other countries a phone column's international numbers must dial to make it a mixed customer list.
MIXED_LIST_MIN_COUNTRIES = 3


def phone_region(params: ReplacePiiParameters) -> str:
    """Default phone-number region from the first Faker locale (``en_GB`` -> ``GB``)."""
    return region_of((params.globals.locales or ["en_US"])[0])


@dataclass
class _Column:
    """What pass 1 learnt about one planned column, and what pass 2 applies."""

    plan: Any  # ColumnPlan (not imported: replace.py imports this module)
    originals: dict = field(default_factory=dict)  # raw non-missing values, first-seen order
    numeric: bool = False  # int/float values: keys are their text form
    floats: bool = False  # some chunk held floats: an int column with missing values
    integral: bool = True  # every float is integral: IDs read as floats lose their ".0"
    spans: dict[str, dict[str, None]] = field(default_factory=dict)  # free text: entity -> span texts
    span_counts: Counter = field(default_factory=Counter)
    n: int = 0
    mapping: dict[str, str] = field(default_factory=dict)
    text_maps: dict[str, dict[str, str]] = field(default_factory=dict)
    fakes_numeric: bool = False  # every fake reads as a number: a numeric column keeps its dtype


class ChunkReplacer:
    """One PII run over the chunks of a table (see the module docstring for the passes).

    Example::

        engine = ChunkReplacer(plans, params, seed=0)
        prepared = [engine.collect(c) for c in chunks]
        engine.build()
        out = [engine.apply(c, p) for c, p in zip(chunks, prepared)]
        report = engine.finish()
    """

    def __init__(
        self, plans: list, params: ReplacePiiParameters, *, seed: int, dp: bool = False, dry_run: bool = False
    ) -> None:
        self.plans = plans
        self.params = params
        self.dry_run = dry_run
        self.report = PiiReport(dry_run=dry_run, n_rows=0)
        self._mapper: FakeMapper | None = FakeMapper(
            params.globals.locales, seed, phone_region=phone_region(params), keyed=dp
        )
        self._columns = {p.column: _Column(p) for p in plans if p.strategy != "keep"}
        self._active = [p for p in plans if p.strategy != "keep"]
        self.detector: TextPiiDetector | None = None
        if any(p.entity == E.FREE_TEXT for p in self._active):
            self.detector = load_text_detector(
                params.entities, threshold=params.globals.ner_threshold, region=phone_region(params)
            )
            if self.detector is None:
                self.report.warnings.append("free-text PII detection skipped: the 'pii' extra is not installed")
        self._built = False

    # -- pass 1 ----------------------------------------------------------------------------

    def collect(self, chunk: pd.DataFrame) -> dict[str, TextCells]:
        """Learn one chunk's originals; returns its free-text spans, which :meth:`apply` needs again."""
        self.report.n_rows += len(chunk)
        # What the row's (and, outside DP, the chunk's) structured columns tell the note readers.
        keyed = self._live_mapper().keyed
        context = chunk_context(chunk, self._active, keyed=keyed) if self.detector is not None else None
        prepared: dict[str, TextCells] = {}
        for name, state in self._columns.items():
            if state.plan.entity == E.FREE_TEXT:
                if self.detector is None:
                    continue
                cells = context.detect(chunk[name], self.detector)
                prepared[name] = cells
                for entity, values in cells.values_by_entity().items():
                    state.spans.setdefault(entity, {}).update(dict.fromkeys(values))
                state.span_counts.update(cells.span_counts())
                continue
            raw = chunk[name]
            if self.dry_run or (pd.api.types.is_datetime64_any_dtype(raw.dtype) and state.plan.strategy == "fake"):
                state.n += int(raw.notna().sum())  # counted only: datetimes are shifted in place, no mapping
                continue
            present = _structured_values(raw, state.plan).dropna()
            if pd.api.types.is_float_dtype(present.dtype):
                state.numeric = state.floats = True
                state.integral = state.integral and bool((present == np.floor(present)).all())
            elif pd.api.types.is_integer_dtype(present.dtype):
                state.numeric = True
            state.originals.update(dict.fromkeys(pd.unique(present)))
        if prepared and not self.dry_run:
            self._keep_apart(context.names if context is not None else None, prepared)
        return prepared

    def _keep_apart(self, names: list[dict[str, str]] | None, prepared: dict[str, TextCells]) -> None:
        """Tell the mapper each row's name tokens (its name columns and the names in its text cells), so
        no name's fake is another real name of the same row (small Faker pools: ja_JP family names)."""
        mapper = self._live_mapper()
        if mapper.keyed:
            return
        columns = list(prepared.values())
        for i in range(len(columns[0].texts)):
            tokens = list(names[i]) if names is not None else []
            for cells in columns:
                text = cells.texts[i]
                for s in cells.spans[i]:
                    if s.entity in _NAME_SPANS:
                        tokens += name_tokens(text[s.start : s.end])  # type: ignore[index]
            if len(tokens) > 1:
                mapper.keep_apart(tokens)

    # -- build -----------------------------------------------------------------------------

    def build(self) -> None:
        """Reserve every original, then draw each column's mapping (table order, all its originals)."""
        mapper = self._live_mapper()
        keys = {name: self._keys(state) for name, state in self._columns.items()}
        cells = {
            name: template_value_cells(keys[name], state.plan.entity, state.plan.method, per_record=mapper.keyed)
            for name, state in self._columns.items()
            if state.plan.entity != E.FREE_TEXT
        }
        for name, state in self._columns.items():
            if state.plan.entity == E.FREE_TEXT:
                for entity, values in sorted(state.spans.items()):
                    mapper.reserve(entity, list(values))
            elif not self.dry_run and state.plan.strategy == "fake":
                mapper.reserve(state.plan.entity, keys[name] + cells[name].values)
                mapper.reserve(E.PHONE_NUMBER, cells[name].phones)
        if not self.dry_run:
            for name, state in self._columns.items():
                plan = state.plan
                if plan.entity == E.FREE_TEXT:
                    state.text_maps = {
                        entity: value_mapping(
                            entity, plan.strategy, list(values), mapper, self.params, plan.locale, free_text=True
                        )
                        for entity, values in sorted(state.spans.items())
                    }
                elif keys[name]:
                    # Cells of no value stay as written; wrapped values are faked inside their wrapping.
                    split = cells[name]
                    fakes = (
                        value_mapping(
                            plan.entity,
                            plan.strategy,
                            split.values,
                            mapper,
                            self.params,
                            plan.locale,
                            date_formats=plan.date_formats,
                        )
                        if split.values
                        else {}
                    )
                    phones = split.phones  # numbers written beside a name: faked as phones
                    phone_fakes = (
                        value_mapping(E.PHONE_NUMBER, plan.strategy, phones, mapper, self.params, plan.locale)
                        if phones
                        else {}
                    )
                    state.mapping = split.mapping(fakes, phone_fakes)
                    if plan.strategy == "fake":
                        # No PII-bearing token of an original left in its fake (a child's name, a year beside a
                        # person, an id left whole); what the column shares is dress (fake_residues).
                        state.mapping = scrub_residues(state.mapping, plan.entity, mapper, plan.locale)
                    fakes = pd.Series(list(state.mapping.values()), dtype=object)
                    state.fakes_numeric = bool(pd.to_numeric(fakes, errors="coerce").notna().all())
                state.originals = {}  # the mapping's keys hold them from here
        self._built = True

    def _keys(self, state: _Column) -> list[str]:
        if not state.originals:
            return []
        if not state.numeric:
            values = pd.Series(list(state.originals), dtype=object)
        else:
            values = pd.Series(list(state.originals), dtype="float64" if state.floats else "int64")
        return list(dict.fromkeys(as_strings(values, self._integral(state))))

    @staticmethod
    def _integral(state: _Column) -> bool | None:
        return state.integral if state.numeric else None

    # -- pass 2 ----------------------------------------------------------------------------

    def apply(self, chunk: pd.DataFrame, prepared: dict[str, TextCells]) -> pd.DataFrame:
        """The chunk with its planned columns replaced (dtypes kept where the fakes allow it)."""
        if not self._built:
            raise RuntimeError("ChunkReplacer.apply before build")
        if self.dry_run:
            return chunk
        out = chunk.copy()
        mapper = self._live_mapper()
        for name, state in self._columns.items():
            series = chunk[name]
            if state.plan.entity == E.FREE_TEXT:
                if name in prepared:
                    out[name] = prepared[name].rewrite(series, state.text_maps)
                continue
            if pd.api.types.is_datetime64_any_dtype(series.dtype) and state.plan.strategy == "fake":
                out[name] = _shift_datetimes(series, mapper, self.params)
                continue
            out[name] = self._replace(_structured_values(series, state.plan), state)
        return out

    def _replace(self, series: pd.Series, state: _Column) -> pd.Series:
        mask = series.notna()
        if not mask.any():
            return series
        originals = as_strings(series[mask], self._integral(state))
        replaced = originals.map(state.mapping)
        same = replaced == originals
        state.n += int((~same).sum())
        # Numeric and categorical dtypes cannot hold the new strings directly: go through object.
        plain = not pd.api.types.is_numeric_dtype(series.dtype) and not isinstance(series.dtype, pd.CategoricalDtype)
        new = series.copy() if plain else series.astype(object)
        # A cell left alone is written as it came (``"   "`` stays blank, not trimmed to ``""``).
        new[mask] = replaced.where(~same, series[mask].astype(object)) if same.any() else replaced
        if pd.api.types.is_numeric_dtype(series.dtype):
            if state.fakes_numeric:
                new = pd.to_numeric(new, errors="coerce").astype(series.dtype)
        elif isinstance(series.dtype, pd.CategoricalDtype):
            new = new.astype("category")
        return new

    # -- end -------------------------------------------------------------------------------

    def finish(self) -> PiiReport:
        """The report (per column, table order); the mapping and every original are dropped."""
        for state in self._columns.values():
            plan = state.plan
            if plan.entity == E.FREE_TEXT and self.detector is None:
                continue
            n = sum(state.span_counts.values()) if plan.entity == E.FREE_TEXT else state.n
            self.report.columns.append(
                PiiColumnReport(
                    plan.column,
                    plan.entity,
                    plan.confidence,
                    n,
                    plan.strategy,
                    plan.method,
                    dict(sorted(state.span_counts.items())),
                    plan.locale,
                )
            )
        kept = {p.column: p for p in self.plans if p.strategy == "keep"}
        # "keep" columns are reported too (0 values), in table order with the others.
        order = {p.column: i for i, p in enumerate(self.plans)}
        for plan in kept.values():
            self.report.columns.append(
                PiiColumnReport(
                    plan.column, plan.entity, plan.confidence, 0, plan.strategy, plan.method, {}, plan.locale
                )
            )
        self.report.columns.sort(key=lambda c: order[c.column])
        for c in self.report.columns:
            # Names and counts only: values never reach the log.
            logger.info(
                "pii: column %s -> %s (%s, confidence %.2f, locale %s): %d %s %s",
                c.column, c.entity, c.method, c.confidence, c.locale, c.n_values_replaced,
                "spans" if c.entity == E.FREE_TEXT else "values",
                "would be replaced" if self.dry_run else f"replaced ({c.strategy})",
            )  # fmt: skip
        self._mapper = None  # the mapping dies here
        self._columns = {}
        return self.report

    def _live_mapper(self) -> FakeMapper:
        if self._mapper is None:
            raise RuntimeError("ChunkReplacer used after finish")
        return self._mapper


def spans_to_json(prepared: dict[str, TextCells]) -> str:
    """The spans of :meth:`ChunkReplacer.collect`'s free-text result as JSON: offsets, entity names
    and scores only, never text (a chunked run keeps them on disk between its passes)."""
    return json.dumps(
        {
            c: [[[s.start, s.end, s.entity, s.score] for s in row] for row in cells.spans]
            for c, cells in prepared.items()
        }
    )


def restore_text_cells(chunk: pd.DataFrame, spans_json: str) -> dict[str, TextCells]:
    """:func:`spans_to_json`'s spans joined again with the chunk's cells (read as detect_text reads them)."""
    spans = json.loads(spans_json)
    return {
        c: TextCells(
            [None if pd.isna(v) else str(v) for v in chunk[c].tolist()],
            [[TextSpan(int(a), int(b), str(e), float(p)) for a, b, e, p in row] for row in rows],
        )
        for c, rows in spans.items()
    }


def _structured_values(series: pd.Series, plan: Any) -> pd.Series:
    """The values a structured column's mapping is keyed on (datetimes as text unless shifted)."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype) and plan.strategy != "fake":
        return series.astype(object).where(~series.notna(), series.astype(str))
    return series


def _shift_datetimes(series: pd.Series, mapper: FakeMapper, params: ReplacePiiParameters) -> pd.Series:
    """Each date moved by its own keyed shift (a pure function of the value: chunk-independent)."""
    mask = series.notna()
    keys = series[mask].astype(str)
    shifts = {k: mapper.date_shift_days(k, params.date_shift_max_days) for k in pd.unique(keys)}
    new = series.copy()
    new[mask] = series[mask] + pd.to_timedelta(keys.map(shifts).to_numpy(), unit="D")
    return new


def as_strings(values: pd.Series, integral: bool | None = None) -> pd.Series:
    """Non-missing values as strings; integral floats lose their ``.0`` (IDs read as floats).

    ``integral`` is the whole column's answer when the values are one chunk of it (None: decide on
    ``values``), so every chunk writes the same original the same way.
    """
    if pd.api.types.is_float_dtype(values.dtype):
        if integral is None:
            integral = bool((values == np.floor(values)).all())
        if integral:
            values = values.astype("int64")
    elif pd.api.types.is_integer_dtype(values.dtype) and integral is False:
        values = values.astype("float64")  # another chunk of the column holds non-integral floats
    return values.astype(str).str.strip()


def value_mapping(
    entity: str,
    strategy: str,
    uniques: list[str],
    mapper: FakeMapper,
    params: ReplacePiiParameters,
    locale: str | None = None,
    *,
    free_text: bool = False,
    date_formats: tuple[str, ...] = (),
) -> dict[str, str]:
    """Original -> replacement for ``uniques`` under ``strategy`` (hash, redact or fake)."""
    if strategy == "hash":
        return {v: mapper.hash_value(v) for v in uniques}
    if strategy == "redact":
        return dict.fromkeys(uniques, f"<{entity.upper()}>")
    if entity == E.DATE_OF_BIRTH and (aged := aged_dates(uniques)):
        # ``12/24/2016 (9 yrs)``: the date part faked as any date is, the age written back as the fake date's.
        def fake_dates(values: list[str]) -> dict[str, str]:
            return value_mapping(entity, strategy, values, mapper, params, locale, date_formats=date_formats)

        cores = fake_dates(list(dict.fromkeys(a.core for a in aged.values())))
        rest = fake_dates([v for v in uniques if v not in aged])
        return {**rest, **{v: a.dressed(cores[a.core]) for v, a in aged.items()}}
    if entity == E.DATE_OF_BIRTH:
        out = {}
        # Ambiguous dates (06/07/1944) are read in the order the column's unambiguous dates use, or
        # the locale's; under DP (keyed) only the locale decides, a column statistic is not accounted.
        day_first = day_first_of((), locale) if mapper.keyed else day_first_of(uniques, locale)
        # ``17 / 09 / 1938``: spaced or other number layouts tell the order too (not under DP: a column statistic).
        any_day_first = day_first if mapper.keyed else day_first_among(uniques, day_first)
        for v in uniques:
            days = mapper.date_shift_days(v, params.date_shift_max_days)
            shifted = shift_date_string(v, days, date_formats, day_first=day_first)
            if shifted is None:  # ``14_09_30``: a rare separator, shifted as ``14.09.30`` and written back with it
                shifted = shift_rare_separated(
                    v, partial(shift_date_string, days=days, formats=date_formats, day_first=day_first)
                )
            shifted = shifted if shifted is not None else shift_serial_date(v, days)  # ``43104``: Excel's day number
            shifted = shifted if shifted is not None else shift_epoch_date(v, days)  # ``1576713600``: Unix time
            if shifted is None:  # ``1951-Nov-13``, ``27th of November 2019``: any layout, written back as it was
                shifted = shift_any_date(v, days, any_day_first, month_language(locale))
            if shifted is None and not any(ch.isdigit() for ch in v):
                shifted = v  # ``unknown``, ``n/a``: no date to hide, and scrambled letters would be junk
            elif shifted is None:  # a layout the shifter cannot read: new numbers, drawn from this value's own shift
                rng = np.random.default_rng(abs(days))
                shifted = renumber_date(v, rng) or scramble(v, rng)
            out[v] = shifted
        return out
    if entity in (E.PHONE_NUMBER, E.FAX_NUMBER) and strategy == "fake":
        # Cells in a dress (separators, brackets, words, keypad letters, artefacts): the plain numbers faked by the
        # branch below, the dress written back (phone_dress_fakes).
        def fake_phones(numbers: list[str], in_text: bool) -> dict[str, str]:
            return value_mapping(entity, strategy, numbers, mapper, params, locale, free_text=in_text,
                                 date_formats=date_formats)  # fmt: skip

        def fake_people(names: list[str]) -> dict[str, str]:
            return value_mapping(E.NAME, strategy, names, mapper, params, locale)

        region = region_of(locale) if locale else phone_region(params)
        if (worn := dressed_phone_fakes(uniques, fake_phones, fake_people, region, free_text=free_text)) is not None:
            return worn
    if entity in (E.PHONE_NUMBER, E.FAX_NUMBER):
        # Each number is faked in its own country (found per value: a record-local decision).
        first = region_of(locale) if locale else phone_region(params)
        if not free_text:
            # A column of numbers valid elsewhere (Portuguese, Australian...) is faked there.
            # Extensions ("55 13 26 76 x190") are no part of the national layout the regions are told by.
            found = column_phone_region([_EXTENSION.split(v, maxsplit=1)[0].strip() for v in uniques], first)
            if found != first:
                # A country Faker has no locale of (Ecuador, Senegal) is named by a locale of the column's language.
                first, locale = found, phone_locale(found, locale)
        regions = (first, *(r for r in PHONE_REGIONS if r != first))
        # A customer list whose international numbers dial 3+ other countries writes the others'
        # national numbers too: each is faked in the one of them where it is valid. A column-level
        # signal, so not under DP (there a fake depends on its own record only).
        others = [r for r in dialled_regions(uniques) if r != first]
        mixed = () if mapper.keyed or free_text or len(others) < MIXED_LIST_MIN_COUNTRIES else tuple(others)
        groups: dict[str | None, list[str]] = {}
        for v in uniques:
            # International numbers name their country; national ones are the column's locale
            # unless (free text) they are valid only in another region.
            international = v.lstrip().startswith(("+", "00"))
            region = phone_region_of(v, regions if free_text or international else ())
            if mixed and not international:
                region = national_region_elsewhere(v, first, mixed) or region
            groups.setdefault(locale_of_region(region) or locale, []).append(v)
        out = {}
        for loc, values in groups.items():
            out.update(mapper.map_values(entity, values, locale=loc))
        return out
    # Person fakes in their original's script where no Faker locale writes it (Gurmukhi, Ethiopic, Thaana), the
    # culture's naming markers (``ਕੌਰ``, ``улы``) kept in place with the gender they tell.
    return own_script_fakes(entity, mapper.map_values(entity, uniques, locale=locale))
