"""PII stage on held-out set 15 (``heldout15_*.py``, seeds 15001-15002, 56 locales).

Set 15 was written in session 29 by a helper that did not read the PII tests, the earlier held-out tables,
their results (beyond set 14's group table), ``docs/pii*.md`` or the detector's internals, and was kept out
of the repository until the code helpers had stopped committing: it is measured BEFORE (the code at the
session's start, run with ``PYTHONPATH`` at an export of that commit) and AFTER (the head at the end), and
tuned on never.

The tables are split by concept: ``heldout15_ids`` (national ids with check digits, IBANs, cards, phones),
``heldout15_language`` (column words, titles, date layouts), ``heldout15_places`` (what Faker lacks),
``heldout15_people``, ``heldout15_notes`` (note genres) and ``heldout15_shapes`` (the eight export shapes and
the table builder).
Metrics are those of sets 9-14, computed by the shared module ``pii_heldout_scoring.py`` (imported, not
copied, so the numbers compare): column recall/precision of ``plan_columns`` with names shown and hidden,
free-text recall per entity and note form after ``replace_pii`` ("no trace left"), template words kept
(of each note's own template), replaced phones valid in the original's country, postcodes in the
original's layout, labelled cells left unchanged. Groups: first 7 (en_US en_GB de_DE fr_FR es_ES it_IT
nl_NL), other 43 (the rest of set 14's 50), new 6 (en_NG id_ID vi_VN es_VE mt_MT zh_TW, never used by any
set) and all 56. ``--pipeline DIR`` also runs ``safe-synthesizer run train`` on three tables with a
one-minute training cap and replays every original value against ``dataset/transformed_*.csv``.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept
in the results): the runner re-executes itself with ``PYTHONHASHSEED=0`` and the tables draw nothing from
the clock (birth dates count back from 2026-01-01).

Run: ``.venv/bin/python benchmarks/bench_pii_heldout15.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale
subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import heldout15_places as places
import heldout15_shapes as set15
import pii_heldout_cli as cli
import pii_heldout_scoring as shared

GROUPS = (("first 7", set15.FIRST7), ("other 43", set15.OTHER43), ("new 6", set15.NEW6), ("all 56", set15.LOCALES))
PIPELINE_TABLES = (("en_GB", 15001), ("it_IT", 15002), ("vi_VN", 15001))
# Street unit/type words of the streets built in the tables module (no trace of the original street).
STREET_WORDS = shared.SET10_STREET_WORDS | places.OWN_STREET_WORDS
COMPARE_TITLE = "# Held-out set 15: before and after session 29"
COMPARE_INTRO = (
    "Set 15 (`heldout15_*.py`, seeds 15001-15002, 56 locales: set 14's 50 and en_NG, id_ID, vi_VN, es_VE, mt_MT, "
    "zh_TW, which no set used before) was written in session 29 by a helper that did not read the PII tests, the "
    "earlier held-out tables, their results (beyond set 14's group table), `docs/pii*.md` or the detector's "
    "internals, and was committed only after the code helpers had stopped committing: nothing was tuned on it. "
    "Each (locale, seed) is one table of one of eight export shapes new to the sets (apprenticeship registrations, "
    "allotment tenants, hospice admissions, crowdfunding backers, coworking members, foster-carer applications, "
    "legal-aid intake, student housing), 24 rows, with column names in the locale's language (de fr es it nl pt pl sv "
    "da no fi cs tr ru id vi) or English, as written, snake_case, camelCase, ALL CAPS or Title Case, some with the "
    "shape's prefix (`tenant_`, `backer`) or a numbered suffix (`name_2`), second people named by role (mentor, "
    "next of kin, guarantor, referee, other party). Names natural, `Surname, First`, titled (`Dr. Nagy`, "
    "`DR. SZABO GIZELLA`), initialled, split or combined, as written, lower or upper case; family name first for "
    "hu ja zh ko vi. Phones drawn with `phonenumbers` (valid for the locale's country) in national, international, "
    "E.164, digits-only, dotted, dashed and with-extension layouts; national ids with valid check digits (ids that "
    "embed a birth date built from the row's birth date, counted back from 2026-01-01): stdnum-checked, or by the "
    "country's own rule for UK NI, Hungarian TAJ, Philippine TIN, Luxembourg matricule, Nigerian NIN, Vietnamese "
    "CCCD, Maltese id card and Taiwanese id; IBANs (stdnum-valid, national BBAN checks included) where the country "
    "has them, Luhn-valid cards elsewhere; whole addresses and street/postcode/town columns; dates of birth in the "
    "country's layout. Look-alike columns that are not personal data: registration/pledge/intake refs, plot, desk "
    "and room codes, amounts, event dates in the birth-date layout, counts, company names, 10-digit access-card "
    "numbers, allotment sites and hospice rooms named like streets (`Mill Lane Gardens`, `Maple Court 3`). Notes: "
    "ten English genres new to the sets (GP telephone triage, Teams channel export, helpdesk ticket comments, "
    "transcribed handwritten intake, probation supervision notes, quoted e-mail reply chain, lost-and-found log, "
    "crowdfunding backer messages, student-housing viewing feedback, allotment plot inspection; every note of "
    "English-speaking locales and mt_MT, half of the other first-7, a quarter elsewhere), a handwritten intake "
    "with the language's own field labels (English labels where the set has no column words for the language), "
    "and ticket comments and telephone triage in the locale's language (de fr es it nl pt pl sv da no fi cs tr ru uk "
    "ja zh ko id vi); names in notes as written, lower or upper case (half upper in handwritten intakes), "
    "`Surname, First`, titled, initialled, a second person (staff, next of kin). Faker 40 lacks own streets/towns "
    "for tr_TR, lt_LT, bg_BG, lv_LV, fr_BE, et_EE, it_CH, de_LU, is_IS, en_NG, es_VE, mt_MT (and names for it_CH, "
    "es_VE, mt_MT, en_PH): built in `heldout15_places.py` from the language. Metrics are set 14's "
    "(`pii_heldout_scoring.py`); ja/zh/ko notes are scored as CJK (names and the street's lead looked for as "
    "substrings); default config `locales: [en_US]`."
)

shared.capital_particles()
scoring.GENERIC = scoring.GENERIC | shared.street_type_words(set15.LOCALES, STREET_WORDS)


def _spec() -> shared.HeldoutSet:
    """Set 15's particulars, read when called (so a runner that changes ``GROUPS`` is followed)."""
    return shared.HeldoutSet(
        15, set15, set15.heldout15_table, GROUPS, PIPELINE_TABLES, "set 14's", COMPARE_TITLE, COMPARE_INTRO
    )


# caught, note_words, score_replacement, run, pipeline, markdown, compare, main: the shared runner functions
# (``pii_heldout_cli.runner_functions``; words kept are counted on each note's own template, as set 14).
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
