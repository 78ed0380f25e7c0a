"""PII stage on held-out set 10 (``bench_pii_heldout10_tables.py``, seeds 10001-10002, 33 locales).

Set 10 was written in session 24 by a helper that did not read the PII tests, the earlier held-out
tables, ``docs/pii.md`` or the detector's internals, and was kept out of the repository until the end
of the session: it is measured BEFORE (the code at the session's start, run with ``PYTHONPATH``
pointing at an export of that commit) and AFTER (the head at the end), and tuned on never.

Metrics and scoring are those of set 9's runner, shared with it in ``pii_heldout_scoring.py`` (so
the numbers compare; its docstring lists them); this runner keeps what is specific to set 10 (tables
module, groups, pipeline tables, street words, report texts) and every top-level name it had, with the
same behaviour, for runners that import them. ``--pipeline DIR`` also runs ``safe-synthesizer run
train`` on three tables with a one-minute training cap and replays every original value against
``dataset/transformed_*.csv``.

The tables are the same on every run (a SHA-256 per locale is printed and kept in the results): the
runner re-executes itself with ``PYTHONHASHSEED=0`` (some Faker providers pick from sets) and the
tables module draws dates between fixed bounds.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout10.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--results-dir DIR]``; ``--compare BEFORE,AFTER --out NAME`` writes the
before/after table by group.
"""

from __future__ import annotations

# The modules and names this runner imported before its code moved to pii_heldout_scoring.py stay
# importable from it (other runners import from this one).
import argparse  # noqa: F401
import hashlib  # noqa: F401
import json  # noqa: F401
import os  # noqa: F401
import re  # noqa: F401
import resource  # noqa: F401
import shutil  # noqa: F401
import subprocess  # noqa: F401
import sys
import time  # noqa: F401
from collections import defaultdict  # noqa: F401
from pathlib import Path

import pandas as pd  # noqa: F401
import phonenumbers  # noqa: F401
from faker import Faker  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import bench_pii_heldout10_tables as set10
import pii_heldout_scoring as shared
from pii_heldout_scoring import (  # noqa: F401  (top-level names of this runner, imported by others)
    _BARE_CODE,
    _CJK_SPLIT,
    _GROUP_KEYS,
    _UNIQUE,
    _WORDS,
    RESULTS,
    ROOT,
    TARGETS,
    TEXT_ENTITIES,
    _arrow,
    _cells,
    _column_entities,
    _commit,
    _cpu_seconds,
    _dont_care,
    _f,
    _forms,
    _found_in,
    _hide,
    _kept_words,
    _layout,
    _locale_table,
    _misses,
    _new_agg,
    _norm,
    _pipeline_lines,
    _pool,
    _ratio,
    _summary,
    _valid,
    replay,
    score_columns,
)
from safe_synthesizer.config.replace_pii import ReplacePiiParameters  # noqa: F401
from safe_synthesizer.data.inference import infer_schema  # noqa: F401
from safe_synthesizer.pii.replace import plan_columns, replace_pii  # noqa: F401
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text  # noqa: F401

GROUPS = (("first 7", set10.FIRST7), ("other 23", set10.OTHER23), ("set-9 30", set10.SET9_30),
          ("new 3", set10.NEW3), ("all 33", set10.LOCALES))  # fmt: skip
PIPELINE_TABLES = (("de_CH", 10001), ("en_GB", 10002), ("pl_PL", 10001))
# Street unit/type words set 10 adds to set 9's (Turkish, Moldovan, Ukrainian, Polish).
STREET_WORDS = shared.SET10_STREET_WORDS
COMPARE_TITLE = "# Held-out set 10: before and after session 24"
COMPARE_INTRO = (
    "Set 10 (`bench_pii_heldout10_tables.py`, seeds 10001-10002, 33 locales: set 9's 30 and de_CH, lt_LT, "
    "uk_UA) was written in session 24 by a helper that did not read the PII tests, the earlier held-out "
    "tables, `docs/pii.md` or the detector's internals, and was committed only after the AFTER run: nothing "
    "was tuned on it. Each (locale, seed) is one table of one of six export shapes (pharmacy dispensing log, "
    "gym memberships, bank KYC review, parcel returns, veterinary clinic, car rental) with column names in "
    "the locale's language or English, prefixed/suffixed and re-cased, and a notes column of seven new genres "
    "in the locale's language (chat transcript, voicemail transcription, incident report, review naming "
    "staff, meeting minutes, ambulance dispatch radio log, classified ad). Metrics as set 9's "
    "(`bench_pii_heldout9.py`); default config "
    "`locales: [en_US]`."
)

shared.capital_particles()


def _street_type_words() -> frozenset[str]:
    """Street-type words of every set-10 locale (Faker's suffixes/prefixes, and unit/type words of set 9 and 10)."""
    return shared.street_type_words(set10.LOCALES, STREET_WORDS)


scoring.GENERIC = scoring.GENERIC | _street_type_words()


def _spec() -> shared.HeldoutSet:
    """Set 10's particulars, read when called (so a runner that changes ``GROUPS`` is followed)."""
    return shared.HeldoutSet(10, set10, set10.heldout10_table, GROUPS, PIPELINE_TABLES, "set 9's",
                             COMPARE_TITLE, COMPARE_INTRO)  # fmt: skip


def caught(entity: str, value: str, text: str, locale: str) -> bool:
    """No trace of the original ``value`` left in the replaced note ``text`` (``pii_heldout_scoring.caught``)."""
    return shared.caught(entity, value, text, locale, set10.CJK)


def _template_words(locale: str) -> dict[str, list[str]]:
    """Per note form, the words of the template's own text (ja/zh: its runs between punctuation)."""
    return shared._template_words(locale, set10)


def score_replacement(table: set10.Table, locale: str) -> dict:
    """Free-text recall, words kept, fake validity and cells left after ``replace_pii``."""
    return shared.score_replacement(table, locale, set10, caught)


def run(locales: tuple[str, ...], rows: int) -> dict:
    """Every set-10 table of ``locales`` scored (``pii_heldout_scoring.run``)."""
    return shared.run(locales, rows, set10.heldout10_table, set10.SEEDS, score_columns, score_replacement)


def pipeline(workdir: Path, rerun: bool = True, tables: tuple[tuple[str, int], ...] = PIPELINE_TABLES) -> dict:
    """``safe-synthesizer run train`` on three set-10 tables (unless ``rerun`` is off) and the replay."""
    return shared.pipeline(workdir, tables, set10.heldout10_table, rerun, replay)


def markdown(results: dict) -> str:
    """One run's report: per-locale table, groups, note forms, pipeline, misses."""
    return shared.markdown(results, _spec())


def compare(before: dict, after: dict) -> str:
    """The set-10 report: before/after by group with targets, per locale, note forms, misses, pipeline."""
    return shared.compare(before, after, _spec())


def main() -> None:
    shared.main(_spec(), run=run, pipeline=pipeline, markdown=markdown, compare=compare)


if __name__ == "__main__":
    main()
