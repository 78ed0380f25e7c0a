"""PII stage on held-out set 19 (``heldout19_*.py``, 86 locales; seeds 19001-19004 for the first 7, 19001-19002
for the new 8, 19001 elsewhere).

Set 19 was written in session 33 by a helper that did not read the PII code (beyond the public API the runner
calls), the PII tests, the earlier held-out tables, their results (beyond the group tables) or ``docs/pii*.md``,
and was kept out of the repository until the code helpers had stopped committing: it is measured BEFORE (the
code at the session's start, run with ``PYTHONPATH`` at an export of that commit) and AFTER (the head at the
end), and tuned on never.

The tables are split by concept: ``heldout19_ids`` (national ids with check digits, IBANs, cards, phones),
``heldout19_language`` (locales, groups, seeds, date layouts, column-name styles), ``heldout19_words``
(column labels of 45 languages, national-id headers, titles), ``heldout19_places`` (streets, postcodes,
towns; what Faker lacks), ``heldout19_people`` (names, written forms, e-mails), ``heldout19_notes`` (ten
English note genres, rendering with truth), ``heldout19_local`` (a change-of-address notice and a collection
authorisation in the locale's language) and ``heldout19_shapes`` (the eight export shapes and the builder).
Metrics are those of sets 9-18, computed by the shared module ``pii_heldout_scoring.py`` (imported, not
copied, so the numbers compare): column recall/precision of ``plan_columns`` with names shown and hidden,
free-text recall per entity and note form after ``replace_pii`` ("no trace left"), template words kept
(of each note's own template), replaced phones valid in the original's country, postcodes in the
original's layout, labelled cells left unchanged. Groups: first 7 (en_US en_GB de_DE fr_FR es_ES it_IT
nl_NL, four tables each), other 71 (set 18's other 63 and new 8, one table each), new 8 (ar_SA gu_IN mr_IN
ha_NG tw_GH lb_LU el_CY de_LI, never used by any set, two tables each) and all 86. ``--pipeline DIR`` also
runs ``safe-synthesizer run train`` on three tables with a one-minute training cap and replays every
original value against ``dataset/transformed_*.csv``.

Scripts where ``re``'s word pattern breaks words: ja, zh, ko and th notes are scored as CJK (as sets 16-18);
in hi_IN, bn_BD, ne_NP, ta_IN, si_LK, gu_IN and mr_IN (vowel signs are not word characters to ``re``) a
street line's words and a template's words are taken between spaces and punctuation (set 18's rule, widened
to Gujarati and Marathi). Every other locale is scored as set 18.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept
in the results): the runner re-executes itself with ``PYTHONHASHSEED=0`` and the tables draw nothing from
the clock (birth dates count back from 2026-01-01).

Run: ``.venv/bin/python benchmarks/bench_pii_heldout19.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale
subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout19_language as language
import heldout19_places as places
import heldout19_shapes as set19
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set19.FIRST7),
    ("other 71", set19.OTHER71),
    ("new 8", set19.NEW8_19),
    ("all 86", set19.LOCALES),
)
PIPELINE_TABLES = (("en_US", 19001), ("de_DE", 19002), ("ar_SA", 19001))
# Street unit/type words of the streets built in the places module (no trace of the original street).
STREET_WORDS = shared.SET10_STREET_WORDS | places.OWN_STREET_WORDS
COMPARE_TITLE = "# Held-out set 19: before and after session 33"
COMPARE_INTRO = (
    "Set 19 (`heldout19_*.py`, 86 locales: set 18's 78 and ar_SA, gu_IN, mr_IN, ha_NG, tw_GH, lb_LU, el_CY, de_LI, "
    "which no set used before; seeds 19001-19004 for the first 7, 19001-19002 for the new 8, 19001 elsewhere) was "
    "written in session 33 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results (beyond the group tables) or `docs/pii*.md`, and was committed only after the code helpers had "
    "stopped committing: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (allotment plots, parking permits, choir memberships, foster placements, scholarship applications, "
    "bike-share subscriptions, chimney-sweep visits, angling permits), 24 rows, each shape with its own column "
    "naming (English snake_case with a prefix, local Title Case, English camelCase, local UPPER, English `_txt` "
    "suffix, local dotted, English abbreviations such as `cust`/`tel`/`addr`, local numbered `Name 2`), national-id "
    "headers in the country's own words; names natural, upper, lower, `Surname, First`, `SURNAME First`, split or "
    "whole; phones valid for the country (`phonenumbers`) in one layout per table, labels inside cells (`Tel: `) "
    "and two numbers in a cell; national ids with valid check digits (stdnum) or the country's own rule (Taiwan, "
    "Iran, North Macedonia, Luxembourg, Saudi Arabia) or layout; IBANs where the country has them, cards "
    "elsewhere; whole and split addresses; about 6 % of personal cells missing. Look-alikes: refs, plates, zones, "
    "amounts, counts, event dates in the birth-date layout, voice parts, groups named after composers, firms "
    "named after a surname, sites named after a street. Notes: ten English genres new to the sets (bug report "
    "with stack trace, SQL INSERT, web-form URL, out-of-office reply, fit note, character reference, "
    "questionnaire, receipt footer, visitor sign-in, radio dedication) and a change-of-address notice or a "
    "collection authorisation in the locale's language (58 languages). Metrics are set 18's "
    "(`pii_heldout_scoring.py`); ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr a street's and a "
    "template's words are taken between spaces; default config `locales: [en_US]`."
)

RUN_INTRO = (
    "Tables `heldout19_*.py` (seeds 19001-19004 for the first 7, 19001-19002 for the new 8, 19001 elsewhere, one of "
    "eight export shapes per table, default config `locales: [en_US]`). Metrics as set 18's (`pii_heldout_scoring.py`)."
)

recent.add_street_words(recent.faker_locales(set19.LOCALES, places, skip_own=True), STREET_WORDS)


def _spec() -> shared.HeldoutSet:
    """Set 19's particulars, read when called (so a runner that changes ``GROUPS`` is followed)."""
    return shared.HeldoutSet(
        19,
        set19,
        set19.heldout19_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 18's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# Set 19's tables name no branch town: its columns are scored as ``pii_heldout_scoring`` scores them.
_SET = recent.recent_runner(
    __name__, _spec, tables=set19, language=language, build=set19.heldout19_table, branch_towns=False
)
caught = _SET.caught
note_words = _SET.note_words
run = _SET.run
score_replacement = _SET.score_replacement
pipeline = _SET.pipeline
markdown = _SET.markdown
compare = _SET.compare
main = _SET.main


if __name__ == "__main__":
    main()
