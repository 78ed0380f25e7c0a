"""PII stage on held-out set 12 (``bench_pii_heldout12_tables.py``, seeds 12001-12002, 39 locales).

Set 12 was written in session 26 by a helper that did not read the PII tests, the earlier held-out
tables, ``docs/pii*.md`` or the detector's internals, and was kept out of the repository until the end
of the session: it is measured BEFORE (the code at the session's start, run with ``PYTHONPATH`` pointing
at an export of that commit) and AFTER (the head at the end), and tuned on never.

Metrics are those of sets 9-11, computed by the shared module ``pii_heldout_scoring.py`` (imported, not
copied, so the numbers compare; its docstring lists them): column recall/precision of ``plan_columns``
with names shown and hidden, free-text recall per entity and note form after ``replace_pii`` ("no trace
left"), template words kept, replaced phones valid in the original's country, postcodes in the original's
layout, labelled cells left unchanged. Groups: first 7 (en_US en_GB de_DE fr_FR es_ES it_IT nl_NL), the
other 29 of set 11, new 3 (en_IE nl_BE lv_LV, never used by any set) and all 39. ``--pipeline DIR`` also
runs ``safe-synthesizer run train`` on three tables with a one-minute training cap and replays every
original value against ``dataset/transformed_*.csv``.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept
in the results): the runner re-executes itself with ``PYTHONHASHSEED=0`` and the tables draw nothing from
the clock.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout12.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--replay-only DIR] [--partial FILE] [--results-dir DIR]``; ``--merge A,B --out NAME``
joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import bench_pii_heldout12_tables as set12
import pii_heldout_cli as cli
import pii_heldout_scoring as shared

GROUPS = (("first 7", set12.FIRST7), ("other 29", set12.OTHER29), ("new 3", set12.NEW3), ("all 39", set12.LOCALES))
PIPELINE_TABLES = (("en_GB", 12002), ("de_AT", 12002), ("lv_LV", 12001))
# Street unit/type words of the streets built in the tables module (Turkish, Lithuanian, Bulgarian, Latvian).
STREET_WORDS = shared.SET9_STREET_WORDS | {"sokak", "sok", "caddesi", "gatve", "iela", "бул", "ет", "flat", "studio"}
COMPARE_TITLE = "# Held-out set 12: before and after session 26"
COMPARE_INTRO = (
    "Set 12 (`bench_pii_heldout12_tables.py`, seeds 12001-12002, 39 locales: set 11's 36 and en_IE, nl_BE, lv_LV, "
    "which no set used before) was written in session 26 by a helper that did not read the PII tests, the earlier "
    "held-out tables, `docs/pii*.md` or the detector's internals, and was committed only after the AFTER run: "
    "nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the sets "
    "(payroll export, school enrolment, library loans, job applications, blood-donor registry, court cases, telecom "
    "contracts, charity donors) with column names in the locale's language or English (prefixed/suffixed, "
    "snake/camel/CAPS/Title case, abbreviations such as `fn`, `ln`, `dob`, `tel1`), values in lower/upper/title "
    "case, names natural, `Surname, First`, titled or with initials, phones national/international/E.164/digits "
    "only/with an extension, national ids with valid check digits (birth-date ids built from the row's birth "
    "date), IBANs, cards, whole and split addresses, and look-alike columns that are not personal data "
    "(employee/case/contract numbers, amounts, event dates, ISBNs, rooms, counts). Notes mix 13 English genres "
    "new to the sets (payroll queries, HR grievance, library overdue notice, court hearing summary, telecom "
    "complaint, delivery driver notes, donor thank-you letter, recruiter screening notes, donor session note, bus "
    "pass request, payment call note, legacy enquiry, porting request; all English-speaking locales, half the notes "
    "of the other first-7 locales, a quarter elsewhere) with a payroll query, delivery driver notes and (de fr es "
    "it nl pl) a court hearing summary in the locale's language. Faker has no own streets/towns for tr_TR, lt_LT, "
    "bg_BG, lv_LV, ja_JP, zh_CN (nor Irish towns/Eircodes, nor several IBAN countries): these are built in the "
    "tables module from the language. Metrics are set 11's (`pii_heldout_scoring.py`); default config "
    "`locales: [en_US]`."
)

shared.capital_particles()
scoring.GENERIC = scoring.GENERIC | shared.street_type_words(set12.LOCALES, STREET_WORDS)


def _spec() -> shared.HeldoutSet:
    """Set 12's particulars, read when called (so a runner that changes ``GROUPS`` is followed)."""
    return shared.HeldoutSet(12, set12, set12.heldout12_table, GROUPS, PIPELINE_TABLES, "set 11's",
                             COMPARE_TITLE, COMPARE_INTRO)  # fmt: skip


# caught, score_replacement, run, pipeline, markdown, compare, main: the shared runner functions
# (``pii_heldout_cli.runner_functions``; words kept are counted on each note form's first template).
_RUNNER = cli.runner_functions(_spec, __name__)
caught = _RUNNER.caught
score_replacement = _RUNNER.score_replacement
run = _RUNNER.run
pipeline = _RUNNER.pipeline
markdown = _RUNNER.markdown
compare = _RUNNER.compare
main = _RUNNER.main


if __name__ == "__main__":
    main()
