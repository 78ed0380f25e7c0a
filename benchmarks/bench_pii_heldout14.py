"""PII stage on held-out set 14 (``bench_pii_heldout14_tables.py``, seeds 14001-14002, 50 locales).

Set 14 was written in session 28 by a helper that did not read the PII tests, the earlier held-out tables,
their results (beyond set 12's group table), ``docs/pii*.md`` or the detector's internals, and was kept out
of the repository until the end of the session: it is measured BEFORE (the code at the session's start, run
with ``PYTHONPATH`` at an export of that commit) and AFTER (the head at the end), and tuned on never.

Metrics are those of sets 9-13, computed by the shared module ``pii_heldout_scoring.py`` (imported, not
copied, so the numbers compare): column recall/precision of ``plan_columns`` with names shown and hidden,
free-text recall per entity and note form after ``replace_pii`` ("no trace left"), template words kept
(of each note's own template), replaced phones valid in the original's country, postcodes in the
original's layout, labelled cells left unchanged. Groups: first 7 (en_US en_GB de_DE fr_FR es_ES it_IT
nl_NL), other 37 (the rest of set 13's 44), new 6 (es_CL en_PH it_CH de_LU is_IS ko_KR, never used by any
set) and all 50. ``--pipeline DIR`` also runs ``safe-synthesizer run train`` on three tables with a
one-minute training cap and replays every original value against ``dataset/transformed_*.csv``.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept
in the results): the runner re-executes itself with ``PYTHONHASHSEED=0`` and the tables draw nothing from
the clock.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout14.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run
apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import bench_pii_heldout14_tables as set14
import pii_heldout_cli as cli
import pii_heldout_scoring as shared

GROUPS = (("first 7", set14.FIRST7), ("other 37", set14.OTHER37), ("new 6", set14.NEW6), ("all 50", set14.LOCALES))
PIPELINE_TABLES = (("en_GB", 14001), ("de_LU", 14002), ("ko_KR", 14001))
# Street unit/type words of the streets built in the tables module (no trace of the original street).
STREET_WORDS = shared.SET10_STREET_WORDS | frozenset(set14._LOCAL_STREET_WORDS)
COMPARE_TITLE = "# Held-out set 14: before and after session 28"
COMPARE_INTRO = (
    "Set 14 (`bench_pii_heldout14_tables.py`, seeds 14001-14002, 50 locales: set 13's 44 and es_CL, en_PH, it_CH, "
    "de_LU, is_IS, ko_KR, which no set used before) was written in session 28 by a helper that did not read the PII "
    "tests, the earlier held-out tables, `docs/pii*.md` or the detector's internals, and was committed only after the "
    "AFTER run: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (election volunteers, food delivery orders, clinical-trial screening, marina berths, driving-school pupils, "
    "funeral arrangements, wedding venue bookings, pet insurance) with column names in the locale's language or "
    "English (prefixed/suffixed, snake/camel/CAPS/Title case, abbreviations), names natural, `Surname, First`, titled, "
    "initialled, upper or lower case, phones national/international/E.164/digits only/dotted/with an extension, "
    "national ids with valid check digits (birth-date ids built from the row's birth date; stdnum-checked, UK NI, "
    "Hungarian TAJ, Luxembourg matricule and Philippine TIN by their own rules), IBANs (stdnum-valid) or cards, whole "
    "and split addresses, and look-alike columns that are not personal data (refs, SKUs, amounts, event dates in the "
    "birth-date layout, counts, boat and pet names, venues and sites with street words). Notes: 11 English genres new "
    "to the sets (SMS thread export, witness statement, shift handover, discharge summary, adjuster notes, landlord "
    "WhatsApp export, courier exception report, parish record, CRM timeline, pasted e-mail signature, tenant "
    "screening; all notes of English locales, half of the other first-7, a quarter elsewhere), an OCR'd form with "
    "broken line breaks and the language's own field labels (every locale), and an SMS and a shift handover in the "
    "locale's language (de fr es it nl pt pl sv da no ru uk tr ja zh ko). Faker lacks own streets/towns for tr_TR, "
    "ja_JP, lt_LT, bg_BG, lv_LV, fr_BE, et_EE, en_PH, it_CH, de_LU, is_IS (and names for en_PH, de_LU, it_CH): "
    "built in the tables module from the language. Metrics are set 13's (`pii_heldout_scoring.py`); default config "
    "`locales: [en_US]`."
)

shared.capital_particles()
scoring.GENERIC = scoring.GENERIC | shared.street_type_words(set14.LOCALES, STREET_WORDS)


def _spec() -> shared.HeldoutSet:
    """Set 14's particulars, read when called (so a runner that changes ``GROUPS`` is followed)."""
    return shared.HeldoutSet(
        14, set14, set14.heldout14_table, GROUPS, PIPELINE_TABLES, "set 13's", COMPARE_TITLE, COMPARE_INTRO
    )


# caught, note_words, score_replacement, run, pipeline, markdown, compare, main: the shared runner functions
# (``pii_heldout_cli.runner_functions``; words kept are counted on each note's own template, as sets 11 and 13).
_RUNNER = cli.runner_functions(_spec, __name__, own_template_words=True)
caught = _RUNNER.caught
note_words = _RUNNER.note_words
score_replacement = _RUNNER.score_replacement
run = _RUNNER.run
pipeline = _RUNNER.pipeline
markdown = _RUNNER.markdown
compare = _RUNNER.compare
main = _RUNNER.main


if __name__ == "__main__":
    main()
