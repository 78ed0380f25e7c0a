"""PII stage on held-out set 9 (``bench_pii_heldout9_tables.py``, seeds 9901-9902, 30 locales).

Set 9 was written in session 23 by a helper that did not read the PII tests, the earlier held-out
tables or the detector's internals, and was kept out of the repository until the end of the
session: it is measured BEFORE (the code at the session's start, run with ``PYTHONPATH`` pointing
at an export of that commit) and AFTER (the head at the end), and tuned on never.

Metrics are those of ``bench_pii_heldout8.py`` so the sets compare; the scoring, aggregation and
markdown are shared with set 10's runner in ``pii_heldout_scoring.py`` (its docstring lists the
metrics); this runner keeps what is specific to set 9 and every top-level name it had.
``--pipeline DIR`` also runs ``safe-synthesizer run train`` on three tables with a one-minute training
cap and replays every original value against ``dataset/transformed_*.csv``.

The tables are the same on every run (checked per locale with a SHA-256 in the results): the
runner re-executes itself with ``PYTHONHASHSEED=0`` because some Faker providers pick from sets,
and ids that embed a birth date are built by the tables module, not by Faker (whose follow the
clock). The scoring module ``bench_pii_heldout.py`` was the one of f064d07 for both runs.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout9.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--results-dir DIR]``; ``--compare BEFORE,AFTER --out NAME`` writes the
before/after table by group.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import bench_pii_heldout9_tables as set9
import pii_heldout_scoring as shared
from pii_heldout_scoring import replay, score_columns

GROUPS = (("first 7", set9.FIRST7), ("set-8 other 20", set9.SET8_OTHER20), ("set-8 27", set9.SET8_27),
          ("new 3", set9.NEW3), ("all 30", set9.LOCALES))  # fmt: skip
PIPELINE_TABLES = (("en_GB", 9901), ("de_DE", 9902), ("hu_HU", 9901))
STREET_WORDS = shared.SET9_STREET_WORDS
COMPARE_TITLE = "# Held-out set 9: before and after session 23"
COMPARE_INTRO = (
    "Set 9 (`bench_pii_heldout9_tables.py`, seeds 9901-9902, 30 locales: the 27 of set 8 and hu_HU, sk_SK, "
    "hr_HR) was written in session 23 by a helper that did not read the PII tests, the earlier held-out "
    "tables, `docs/pii.md` or the detector's internals, and was committed only after the AFTER run: nothing "
    "was tuned on it. Each (locale, seed) is one table of one of six export shapes (clinic appointments, "
    "insurance claims, HR onboarding, delivery manifest, loyalty sign-ups, tenancy register) with a notes "
    "column of new genres in the locale's language (nurse handover, call summary, complaint e-mail, SMS, "
    "driver note, tenancy/OCR letter, forum post). Metrics as set 8's (`bench_pii_heldout8.py`); default "
    "config `locales: [en_US]`."
)

shared.capital_particles()


def _street_type_words() -> frozenset[str]:
    """Street-type words of every set-9 locale (Faker's suffixes/prefixes, and set 9's own unit words)."""
    return shared.street_type_words(set9.LOCALES, STREET_WORDS)


scoring.GENERIC = scoring.GENERIC | _street_type_words()


def _spec() -> shared.HeldoutSet:
    """Set 9's particulars, read when called (so a runner that changes ``GROUPS`` is followed)."""
    return shared.HeldoutSet(9, set9, set9.heldout9_table, GROUPS, PIPELINE_TABLES, "set 8's",
                             COMPARE_TITLE, COMPARE_INTRO)  # fmt: skip


def caught(entity: str, value: str, text: str, locale: str) -> bool:
    """No trace of the original ``value`` left in the replaced note ``text`` (``pii_heldout_scoring.caught``)."""
    return shared.caught(entity, value, text, locale, set9.CJK)


def _template_words(locale: str) -> dict[str, list[str]]:
    """Per note form, the words of the template's own text (ja/zh: its runs between punctuation)."""
    return shared._template_words(locale, set9)


def score_replacement(table: set9.Table, locale: str) -> dict:
    """Free-text recall, words kept, fake validity and cells left after ``replace_pii``."""
    return shared.score_replacement(table, locale, set9, caught)


def run(locales: tuple[str, ...], rows: int) -> dict:
    """Every set-9 table of ``locales`` scored (``pii_heldout_scoring.run``)."""
    return shared.run(locales, rows, set9.heldout9_table, set9.SEEDS, score_columns, score_replacement)


def pipeline(workdir: Path, rerun: bool = True, tables: tuple[tuple[str, int], ...] = PIPELINE_TABLES) -> dict:
    """``safe-synthesizer run train`` on three set-9 tables (unless ``rerun`` is off) and the replay."""
    return shared.pipeline(workdir, tables, set9.heldout9_table, rerun, replay)


def markdown(results: dict) -> str:
    """One run's report: per-locale table, groups, note forms, pipeline, misses."""
    return shared.markdown(results, _spec())


def compare(before: dict, after: dict) -> str:
    """The set-9 report: before/after by group with targets, per locale, note forms, misses, pipeline."""
    return shared.compare(before, after, _spec())


def main() -> None:
    shared.main(_spec(), run=run, pipeline=pipeline, markdown=markdown, compare=compare)


if __name__ == "__main__":
    main()
