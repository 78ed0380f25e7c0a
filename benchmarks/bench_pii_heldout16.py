"""PII stage on held-out set 16 (``heldout16_*.py``, seeds 16001-16002, 62 locales).

Set 16 was written in session 30 by a helper that did not read the PII tests, the earlier held-out tables,
their results (beyond set 15's group table), ``docs/pii*.md`` or the detector's internals, and was kept out
of the repository until the code helpers had stopped committing: it is measured BEFORE (the code at the
session's start, run with ``PYTHONPATH`` at an export of that commit) and AFTER (the head at the end), and
tuned on never.

The tables are split by concept: ``heldout16_ids`` (national ids with check digits, IBANs, cards, phones),
``heldout16_language`` (locales and groups, date layouts, column-name styles), ``heldout16_words`` (titles,
column words, bilingual form labels), ``heldout16_places`` (streets, postcodes, towns; what Faker lacks),
``heldout16_people``, ``heldout16_notes`` (note genres and their rendering) and ``heldout16_shapes`` (the
eight export shapes and the table builder).
Metrics are those of sets 9-15, computed by the shared module ``pii_heldout_scoring.py`` (imported, not
copied, so the numbers compare): column recall/precision of ``plan_columns`` with names shown and hidden,
free-text recall per entity and note form after ``replace_pii`` ("no trace left"), template words kept
(of each note's own template), replaced phones valid in the original's country, postcodes in the
original's layout, labelled cells left unchanged. Groups: first 7 (en_US en_GB de_DE fr_FR es_ES it_IT
nl_NL), other 49 (the rest of set 15's 56), new 6 (he_IL th_TH az_AZ ka_GE fr_DZ fa_IR, never used by any
set) and all 62. ``--pipeline DIR`` also runs ``safe-synthesizer run train`` on three tables with a
one-minute training cap and replays every original value against ``dataset/transformed_*.csv``.

One addition to the shared trace test: th_TH is scored as CJK (Thai has no spaces between words), and a
Thai street line starts with its house number, so its lead is the first run of letters after the number
(``caught`` below); every other locale is scored exactly as set 15.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept
in the results): the runner re-executes itself with ``PYTHONHASHSEED=0`` and the tables draw nothing from
the clock (birth dates count back from 2026-01-01).

Run: ``.venv/bin/python benchmarks/bench_pii_heldout16.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale
subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import heldout16_places as places
import heldout16_shapes as set16
import pii_heldout_cli as cli
import pii_heldout_scoring as shared

GROUPS = (("first 7", set16.FIRST7), ("other 49", set16.OTHER49), ("new 6", set16.NEW6), ("all 62", set16.LOCALES))
PIPELINE_TABLES = (("en_US", 16001), ("pl_PL", 16002), ("he_IL", 16001))
# Street unit/type words of the streets built in the places module (no trace of the original street).
STREET_WORDS = shared.SET10_STREET_WORDS | frozenset(w.lower().strip(".") for ws in places._KINDS.values() for w in ws)
COMPARE_TITLE = "# Held-out set 16: before and after session 30"
COMPARE_INTRO = (
    "Set 16 (`heldout16_*.py`, seeds 16001-16002, 62 locales: set 15's 56 and he_IL, th_TH, az_AZ, ka_GE, fr_DZ, "
    "fa_IR, which no set used before) was written in session 30 by a helper that did not read the PII tests, the "
    "earlier held-out tables, their results (beyond set 15's group table), `docs/pii*.md` or the detector's "
    "internals, and was committed only after the code helpers had stopped committing: nothing was tuned on it. "
    "Each (locale, seed) is one table of one of eight export shapes new to the sets (physiotherapy referrals, "
    "bicycle-share accounts, microfinance loans, music-school enrolments, visa appointments, home-care equipment "
    "loans, lottery prize claims, volunteer firefighters), 24 rows, with column names in the locale's language "
    "(de fr es it nl pt pl sv ro hu el tr ru he fa) or English, as written, snake_case, camelCase, ALL CAPS or "
    "Title Case, some with the shape's prefix (`patient`, `rider`, `borrower`, `claimant`...) or a numbered "
    "suffix, second people named by role (co_signer, guardian, witness, emergency contact, next of kin, referring "
    "clinician, teacher). Names natural, `Surname, First`, `SURNAME First`, initialled (`J. Surname`) or titled "
    "(`Dr. First Last`, `Frau ...`, Japanese/Korean/Chinese honorific suffixes); Latin-script forms only where the "
    "script has them; split or combined; as written, lower or upper case; family name first for hu ja zh ko vi "
    "(no space for zh ko). Phones drawn with `phonenumbers` (a valid number of the locale's country, mobile or "
    "fixed) in national, international, E.164, digits-only, dotted, with-extension and `00` layouts, two numbers "
    "in one cell; national ids with valid check digits (ids that embed a birth date built from the row's birth "
    "date, counted back from 2026-01-01), checked with python-stdnum or, where it has no module, by the country's "
    "own rule (Taiwan id, Iran national code, Luxembourg matricule, Vietnam CCCD; format rules for Philippine TIN, "
    "Nigerian NIN, Maltese id card, Azerbaijani FIN, Georgian personal number, Algerian NIN); IBANs (stdnum-valid, "
    "national BBAN checks included) where the country has them, Luhn-valid cards elsewhere (and for RU, BR); "
    "whole addresses and street/postcode/town columns; dates of birth in the country's layout (Thai Buddhist-era "
    "years, Iranian solar-calendar dates). Look-alike columns that are not personal data: loan/claim/booking refs, "
    "order-like loan numbers beside a status, staff/officer ids beside a department or branch, amounts, event "
    "dates in the birth-date layout, counts, 12-digit lottery ticket numbers, serial and pager ids, bike stations "
    "and lesson rooms named like streets (`Mill Road dock`, `Room Brahms 2`), practices and retailers named after "
    "a surname (`Kiosk Baker`, `Praxis Schaaf`). Notes: nine English genres new to the sets (physio session "
    "note, loan officer visit report, booking-system audit log, voice-assistant transcript, customer-review reply, "
    "firefighter roster swap, music lesson log, prize claim check, equipment delivery sheet; every note of "
    "English-speaking locales and mt_MT, half of the other first-7, a quarter elsewhere), a bilingual paper form "
    "typed into the notes field (local and English labels, 37 languages), a JSON blob pasted into the notes field, "
    "and a loan-officer visit or physio note in the locale's language (de fr es it nl pt pl sv ru tr he fa th ja "
    "zh ko az ka ro hu el id vi cs uk); names in notes as written, lower or upper case, `Surname, First`, titled, "
    "a given name alone, a second person (kin, staff, a previous name in an audit log). Faker 40 lacks own "
    "streets/towns for tr_TR, lt_LT, bg_BG, lv_LV, fr_BE, et_EE, it_CH, de_LU, is_IS, en_NG, es_VE, mt_MT, and "
    "its fa_IR/az_AZ streets, ja_JP street lines and ka_GE postcodes are not what those countries print: built in "
    "`heldout16_places.py` from the language; names for mt_MT and en_PH surnames built in `heldout16_people.py` "
    "(es_VE from es_CO, it_CH from it_IT). Metrics are set 15's (`pii_heldout_scoring.py`); ja/zh/ko/th notes are "
    "scored as CJK (names and the street's lead looked for as substrings; a Thai street's lead is its first run "
    "of letters after the house number); default config `locales: [en_US]`."
)

RUN_INTRO = (
    "Tables `heldout16_*.py` (seeds 16001-16002, one of eight export shapes per table, default config "
    "`locales: [en_US]`; how they were built: `pii_heldout16.md`). Metrics as set 15's (`pii_heldout_scoring.py`)."
)

shared.capital_particles()
scoring.GENERIC = scoring.GENERIC | shared.street_type_words(set16.LOCALES, STREET_WORDS)
_LEAD_AFTER_NUMBER = re.compile(r"^[\d/\s-]+(\D+)")


def _spec() -> shared.HeldoutSet:
    """Set 16's particulars, read when called (so a runner that changes ``GROUPS`` is followed)."""
    return shared.HeldoutSet(
        16, set16, set16.heldout16_table, GROUPS, PIPELINE_TABLES, "set 15's", COMPARE_TITLE, COMPARE_INTRO, RUN_INTRO
    )


_RUNNER = cli.runner_functions(_spec, __name__, own_template_words=True)


def caught(entity: str, value: str, text: str, locale: str) -> bool:
    """The shared trace test (``pii_heldout_scoring.caught``); a CJK street line that starts with its house
    number (Thai) is also not caught while its first run of letters after the number is left."""
    if not _RUNNER.caught(entity, value, text, locale):
        return False
    if entity == "street_address" and locale in set16.CJK and (m := _LEAD_AFTER_NUMBER.match(value)):
        lead = m.group(1).strip()
        return not (len(lead) > 1 and lead in text)
    return True


note_words = _RUNNER.note_words
score_replacement = _RUNNER.score_replacement
run = _RUNNER.run
pipeline = _RUNNER.pipeline
markdown = _RUNNER.markdown
compare = _RUNNER.compare
main = _RUNNER.main


if __name__ == "__main__":
    main()
