"""PII stage on held-out set 13 (``bench_pii_heldout13_tables.py``, seeds 13001-13002, 44 locales).

Set 13 was written in session 27 by a helper that did not read the PII tests, the earlier held-out tables or
probes, ``docs/pii*.md`` or the detector's internals, and was kept out of the repository until the end of the
session: it is measured BEFORE (the code at the session's start, run with ``PYTHONPATH`` pointing at an export
of that commit) and AFTER (the head at the end), and tuned on never.

Metrics are those of sets 9-12, computed by the shared module ``pii_heldout_scoring.py`` (imported, not
copied, so the numbers compare): column recall/precision of ``plan_columns`` with names shown and hidden,
free-text recall per entity and note form after ``replace_pii`` ("no trace left"), template words kept (of
each note's own template), replaced phones valid in the original's country, postcodes in the original's
layout, labelled cells left unchanged. Groups: first 7 (en_US en_GB de_DE fr_FR es_ES it_IT nl_NL), the other
32 of set 12, new 5 (es_AR es_CO en_NZ fr_BE et_EE, never used by any set) and all 44. ``--pipeline DIR`` also
runs ``safe-synthesizer run train`` on three tables with a one-minute training cap and replays every original
value against ``dataset/transformed_*.csv``.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in
the results): the runner re-executes itself with ``PYTHONHASHSEED=0`` and the tables draw nothing from the clock.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout13.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--results-dir DIR]``; ``--merge A,B --out NAME`` joins locale subsets run apart;
``--compare BEFORE,AFTER --out NAME`` writes the before/after report.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import bench_pii_heldout13_tables as set13
import pii_heldout_cli as cli
import pii_heldout_scoring as shared

GROUPS = (("first 7", set13.FIRST7), ("other 32", set13.OTHER32), ("new 5", set13.NEW5), ("all 44", set13.LOCALES))
PIPELINE_TABLES = (("en_GB", 13002), ("es_AR", 13001), ("pl_PL", 13001))
# Street unit/type words of the streets built in the tables module (Turkish, Lithuanian, Bulgarian, Latvian,
# Belgian French, Estonian, Irish): a kept type word is no trace of the original street.
STREET_WORDS = shared.SET10_STREET_WORDS | {
    "sokak", "sok", "caddesi", "cad", "gatvė", "gatve", "iela", "ielā", "бул", "ул", "ет", "ап", "rue", "avenue",
    "chaussée", "place", "bte", "mnt", "tee", "pst", "street", "road", "court", "lane", "apt", "studio", "flat",
    "suite", "dz",
}  # fmt: skip
COMPARE_TITLE = "# Held-out set 13: before and after session 27"
COMPARE_INTRO = (
    "Set 13 (`bench_pii_heldout13_tables.py`, seeds 13001-13002, 44 locales: set 12's 39 and es_AR, es_CO, en_NZ, "
    "fr_BE, et_EE, which no set used before) was written in session 27 by a helper that did not read the PII tests, "
    "the earlier held-out tables or probes, `docs/pii*.md` or the detector's internals, and was committed only after "
    "the AFTER run: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to "
    "the sets (mortgage applications, vaccination clinic bookings, taxi bookings, removal quotes, sports club "
    "members, university alumni, social-care home visits, tax adviser clients) with column names in the locale's "
    "language or English (role prefixes such as `applicant_`, `pax`, `nok`, `from`; numbered suffixes; "
    "snake/camel/dot/CAPS/Title case; abbreviations such as `fname`, `mob_no`, `pcode`, `natID`), values in "
    "lower/upper/title case, names natural, `Surname, First`, `SURNAME, First`, titled or with initials, phones "
    "national/international/E.164/digits only/with an extension (valid for the country), national ids with valid "
    "check digits built from the row's birth date (stdnum-checked; UK NI and Hungarian TAJ by their own rules), "
    "IBANs where the country uses them (cards elsewhere), whole and split addresses, and look-alike columns that "
    "are not personal data (booking/quote/lot numbers, amounts, visit dates in the birth-date layout, vehicles, "
    "rooms, teams, taxi ranks and grounds named after streets, employers named after people). Notes mix 11 "
    "English genres new to the sets (dispatcher log, home-visit note, mortgage broker file note, referral letter, "
    "taxi booking remarks, removal survey, club committee minutes, alumni update, council complaint, field "
    "engineer job sheet, vaccination reception log; whole notes in lower or upper case among them; all "
    "English-speaking locales, half the notes of the other first-7 locales, a quarter elsewhere) with a home-visit "
    "note, taxi booking remarks and a `key: value` sheet in the locale's language (and a council complaint in de "
    "fr es it nl pl). Faker has no own streets/towns for tr_TR, lt_LT, bg_BG, lv_LV, fr_BE, et_EE (nor Irish towns "
    "and Eircodes, Argentine postcodes, Japanese/Chinese street lines): these are built in the tables module. "
    "Metrics are set 12's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)

shared.capital_particles()
scoring.GENERIC = scoring.GENERIC | shared.street_type_words(set13.LOCALES, frozenset(STREET_WORDS))


def _spec() -> shared.HeldoutSet:
    """Set 13's particulars, read when called (so a runner that changes ``GROUPS`` is followed)."""
    return shared.HeldoutSet(13, set13, set13.heldout13_table, GROUPS, PIPELINE_TABLES, "set 12's",
                             COMPARE_TITLE, COMPARE_INTRO, locale_counts=True)  # fmt: skip


# caught, note_words, score_replacement, run (``--partial FILE``), pipeline, markdown, compare, main: the
# shared runner functions (``pii_heldout_cli.runner_functions``; words kept on each note's own template).
_RUNNER = cli.runner_functions(_spec, __name__, own_template_words=True)
caught = _RUNNER.caught
note_words = _RUNNER.note_words
score_replacement = _RUNNER.score_replacement
run = _RUNNER.run
pipeline = _RUNNER.pipeline
markdown = _RUNNER.markdown
compare = _RUNNER.compare
main = _RUNNER.main
_add_options, _run_options = cli._partial_option, cli._partial_run_options  # their names before


if __name__ == "__main__":
    main()
