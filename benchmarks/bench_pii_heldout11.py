"""PII stage on held-out set 11 (``bench_pii_heldout11_tables.py``, seeds 11001-11002, 36 locales).

Set 11 was written in session 25 by a helper that did not read the PII tests, the earlier held-out
tables, ``docs/pii*.md`` or the detector's internals, and was kept out of the repository until the
end of the session: it is measured BEFORE (the code at the session's start, run with ``PYTHONPATH``
pointing at an export of that commit) and AFTER (the head at the end), and tuned on never.

The metrics are set 10's, computed by the modules sets 9 and 10 share (``pii_heldout_scoring.py``
and its neighbours: column scoring, "no trace left" text test, fake-validity checks, pooling, replay,
reports and command line); this runner keeps what is specific to set 11: its tables, groups, pipeline
tables, street words, report texts, and the template words of each note (taken from the note's own
template: set 11 draws several templates per note form). Groups: first 7 (en_US en_GB de_DE fr_FR
es_ES it_IT nl_NL), the other 26 of set 10, new 3 (ru_RU bg_BG sl_SI, never used by any set) and all 36.

The tables are the same on every run (a SHA-256 per locale is printed and kept in the results): the
runner re-executes itself with ``PYTHONHASHSEED=0`` and the tables module draws birth dates before a
fixed date and builds birth-date ids itself.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout11.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--pipeline-tables LOCALE:SEED,...] [--results-dir DIR]``; ``--merge A,B
--out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the
before/after report.
"""

from __future__ import annotations

# The modules and names this runner imported before it used the shared command line stay importable
# from it (a newer set's runner may import them from here).
import argparse  # noqa: F401
import hashlib  # noqa: F401
import json  # noqa: F401
import os  # noqa: F401
import re
import shutil  # noqa: F401
import subprocess  # noqa: F401
import sys
import time  # noqa: F401
from collections import defaultdict  # noqa: F401
from pathlib import Path

import pandas as pd  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import bench_pii_heldout11_tables as set11
import pii_heldout_cli as cli
import pii_heldout_scoring as shared
from pii_heldout_scoring import RESULTS, ROOT, _commit, replay, score_columns  # noqa: F401
from safe_synthesizer.config.replace_pii import ReplacePiiParameters  # noqa: F401
from safe_synthesizer.data.inference import infer_schema  # noqa: F401
from safe_synthesizer.pii.replace import replace_pii  # noqa: F401
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text  # noqa: F401

GROUPS = (("first 7", set11.FIRST7), ("other 26", set11.OTHER26), ("set-10 33", set11.FIRST7 + set11.OTHER26),
          ("new 3", set11.NEW3), ("all 36", set11.LOCALES))  # fmt: skip
PIPELINE_TABLES = (("en_GB", 11002), ("de_AT", 11001), ("ru_RU", 11001))
_PLACEHOLDER = re.compile(r"\{\w+\}")
# Set 10's street unit/type words and those of the streets set 11's tables build (Turkish, Slovene,
# Bulgarian/Russian, Polish).
STREET_WORDS = shared.SET10_STREET_WORDS | {"mah", "sok", "pot", "ulica", "ет", "ап", "ул", "g", "pr", "al"}
COMPARE_TITLE = "# Held-out set 11: before and after session 25"
_INTRO = (
    "Set 11 (`bench_pii_heldout11_tables.py`, seeds 11001-11002, 36 locales: set 10's 33 and ru_RU, bg_BG, sl_SI, "
    "which no set used before) was written in session 25 by a helper that did not read the PII tests, the earlier "
    "held-out tables, `docs/pii*.md` or the detector's internals, and was committed only after the AFTER run: nothing "
    "was tuned on it. Each (locale, seed) is one table of one of six export shapes (university admissions, utility "
    "meter readings, event ticketing, hotel guest register, insurance claims, dental recalls) with column names in "
    "the locale's language or English, prefixed/suffixed and re-cased, values in lower/upper/title case, names with "
    "titles, initials or `Surname, First`, phones in five layouts (national, international, E.164, digits only, "
    "with an extension), national ids with valid check digits (birth-date ids built from a fixed reference date), "
    "look-alike non-PII columns (ticket/meter/policy numbers, room names, 5-digit meter readings, amounts, event "
    "dates), and a notes column of seven genres new to the sets (insurance claim narrative, teacher's note to "
    "parents, hotel front-desk log, job-application cover letter, customer-support e-mail thread, tenancy letter, "
    "social-media DM) in the locale's language. Metrics are set 10's (computed by `bench_pii_heldout10.py`'s own "
    "functions); default config `locales: [en_US]`."
)

shared.capital_particles()


def _street_type_words() -> frozenset[str]:
    """Street-type words of every set-11 locale (Faker's suffixes/prefixes) and ``STREET_WORDS``."""
    return shared.street_type_words(set11.LOCALES, STREET_WORDS)


def _extend_street_types() -> None:
    """Adds ``_street_type_words`` to ``bench_pii_heldout.GENERIC`` (words that are no trace of a street)."""
    scoring.GENERIC = scoring.GENERIC | _street_type_words()


_extend_street_types()


def __getattr__(name: str):
    """``h10``, set 10's runner, which this one imported before it used the shared modules."""
    if name == "h10":
        import bench_pii_heldout10

        return bench_pii_heldout10
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _spec() -> shared.HeldoutSet:
    """Set 11's particulars, read when called (so a runner that changes ``GROUPS`` is followed)."""
    return shared.HeldoutSet(11, set11, set11.heldout11_table, GROUPS, PIPELINE_TABLES, "set 10's",
                             COMPARE_TITLE, _INTRO, intro=_INTRO, locale_counts=True)  # fmt: skip


# caught, note_words, score_replacement, run, pipeline, markdown, compare, main: the shared runner functions
# (``pii_heldout_cli.runner_functions``; words kept are counted on each note's own template: set 11 draws
# several templates per note form).
_RUNNER = cli.runner_functions(_spec, __name__, own_template_words=True)
caught = _RUNNER.caught
note_words = _RUNNER.note_words
_note_words = note_words  # its name before the shared functions
score_replacement = _RUNNER.score_replacement
run = _RUNNER.run
pipeline = _RUNNER.pipeline
markdown = _RUNNER.markdown
compare = _RUNNER.compare
main = _RUNNER.main


if __name__ == "__main__":
    main()
