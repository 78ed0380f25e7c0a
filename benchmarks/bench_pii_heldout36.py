"""PII stage on held-out set 36 (``heldout36_*.py``, 222 locales; seeds 36001-36006 for the first 7, 36001-36002
for the new 8, 36001 elsewhere).

Set 36 was written in session 50 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists, set
35's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the repository
(``/work/s50h``) while the code helpers committed: it is measured BEFORE (the code at the session's start, run with
``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 35's 214 locales it
calls the earlier sets' generators of people (names, streets, towns, postcodes, ids, IBANs, e-mails, phone numbers:
``heldout35_people.sources`` / ``person``, which call sets 32-35's) with set 36's own seeds; everything else (cell
forms, phone layouts, date layouts, shapes, notes, the eight new locales) is its own.

What is new in set 36:

- eight export shapes new to the sets: a tattoo studio's consent forms (the client as ``Bodden, Renford`` and again
  in the ``Signed`` column as ``R. Bodden`` or ``Renford BODDEN``, the age check's birth date and id, a guardian
  mostly empty, designs named after people), a salon booking system's appointments (``Client`` in two forms,
  services named after people, the stylist "don't care", a deposit card and the booker mostly empty, couples
  ``Ana & Luis Pereira``), a kennel's boarding bookings (owner, landlines with extensions, the whole address, pets
  "don't care", blocks and vets named after people, the emergency contact mostly empty), a locksmith's call-out
  log (couples in one cell, street / town / postcode apart, the id seen mostly empty, lock makes), a race's entry
  list (names apart, the whole column in capitals or lower case in some tables, clubs and nationality as
  look-alikes, the emergency contact), a gas engineer's safety-certificate register (landlords who come back,
  tenants mostly there, boiler makes named after founders, the landlord's IBAN mostly empty), a raffle's ticket
  sales sheet (buyers in lower case or as initials, the seller "don't care", prizes given by a family, the address
  mostly empty) and a fundraising platform's donations export (display name or ``Anonymous``, first and last name
  apart, Gift Aid address lines for some, the donor's message as the notes, the fundraising page "don't care",
  charities named after people);
- a third of the tables with their column names mangled (``cust_`` / ``x_`` / ``fld12_`` / ``tbl_`` / ``src_``
  prefixes, a ``_1`` suffix, camelCase, all lower, ALL UPPER, abbreviations ``Clnt Nm``), headers in the table's
  language where the system has them; junk in some cells (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``, the
  locale's own word); in Cyrillic and Greek locales a second-script column ``Name (Latin)``;
- table sizes 10-320 rows (a first-7 locale: one table of 180-320 rows, one of 10-20, four of 20-70; elsewhere
  10-30, one locale in twenty 120-200; the new 8: 10-60), about 9,000 rows in all; phones in two to four layouts
  within one column (international, E.164, national, bare digits, dotted), some with extensions; birth dates in
  one to three layouts per column;
- ten English note genres new to the sets (a tattoo artist's aftercare follow-up, a salon consultation card, a
  kennel handover report, a locksmith's job report, a race marshal's incident note, a gas engineer's defect note,
  raffle committee minutes with ``Present:`` / ``Apologies:``, a donor's message, a forwarded e-mail with its
  signature block, a long handover of several sentences and people), half of a table's English notes of its own
  shape's genre; people named after roles before the verb, in lists and ``cc:`` lines, in lower case, as initials,
  in brackets, by surname or given name alone (the row's own person, in another form than its name column) and
  signed at the end by another person of the table; phones whole or bare in brackets, e-mails, streets, ids after
  short or typo'd cues (``ref``, ``ref no``, ``nr.``, ``Id seen:``), IBANs and cards; birth dates only after a
  birth cue; two local genres (a note left on a door, a lost-and-found notice) in de fr es it nl pt, about a third
  of the notes there;
- eight locales no set used: en_KY (Cayman Islands), fr_YT (Mayotte), fr_DJ (Djibouti), en_VU (Vanuatu), en_SC
  (Seychelles), en_FK (Falkland Islands), fr_PM (Saint-Pierre-et-Miquelon) and mh_MH (Marshall Islands): see
  ``heldout36_new8`` (landmark, lot, block, settlement and P.O. box addresses, villages; ``KY1-1104``, ``97630``,
  ``FIQQ 1ZZ``, ``MH 96960`` or no postcode; the French NIR with its key in Mayotte and Saint-Pierre; FR IBANs with
  the RIB key; Djibouti names in Arabic script for some); phones valid by ``phonenumbers``.

Scoring is set 35's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 36 has no branch-town columns.

Modules: ``heldout36_language``, ``heldout36_new8``, ``heldout36_people``, ``heldout36_rows``, ``heldout36_rows2``,
``heldout36_notes`` and ``heldout36_shapes`` (the builder). Metrics are those of sets 9-35
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 207 (set 35's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 222. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s50h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout36.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 207 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 36 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout29_places as places29
import heldout30_new8 as new30
import heldout31_places as places31
import heldout32_language as language32
import heldout32_new8 as new32
import heldout33_new8 as new33
import heldout34_language as language34
import heldout34_new8 as new34
import heldout35_language as language35
import heldout35_new8 as new35
import heldout36_language as language
import heldout36_new8 as new36
import heldout36_shapes as set36
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set36.FIRST7),
    ("other 207", set36.OTHER),
    ("new 8", set36.NEW8_36),
    ("all 222", set36.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 36003), ("pt_BR", 36001), ("fr_YT", 36001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 36: before and after session 50"
COMPARE_INTRO = (
    "Set 36 (`heldout36_*.py`, 222 locales: set 35's 214 and en_KY, fr_YT, fr_DJ, en_VU, en_SC, en_FK, fr_PM, "
    "mh_MH, which no set used before; seeds 36001-36006 for the first 7, 36001-36002 for the new 8, 36001 "
    "elsewhere) was written in session 50 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a tattoo studio's consent forms, a salon's appointments, a kennel's boarding bookings, a locksmith's "
    "call-out log, a race's entry list, a gas engineer's safety-certificate register, a raffle's ticket sales, a "
    "fundraising platform's donations), 10-320 rows (most small; people come back, also in a second column in "
    "another form), a third with mangled column names; phones in two to four layouts within a column, some with "
    "extensions; birth dates in one to three layouts; junk in some cells; columns mostly empty with a few people; "
    "couples in one cell; a Latin column beside Cyrillic and Greek names. Look-alikes: form, booking, job, bib, "
    "certificate, ticket and donation numbers, designs, services, blocks, vets, locks, boilers, prizes and charities "
    'named after people, clubs, nationalities; staff, pets and fundraising pages "don\'t care". Notes: ten English '
    "genres new to the sets, and a door note or a lost-and-found notice in de fr es it nl pt. Metrics are set 35's "
    "(`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout36_*.py` (seeds 36001-36006 for the first 7, 36001-36002 for the new 8, 36001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 35's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*set36.NEW8_36, *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32,
        *language32.l31.NEW8_31, "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set36.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k.A.``, ``nil``, ``TBC``) is no personal data: left unchanged it is
# not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set36.LOCALES for w in language.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {"-", "n/a", "none", "nan", "n/k", "?", "tbc", "see notes", "0", "anonymous"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 36's particulars, read when called."""
    return shared.HeldoutSet(
        36,
        set36,
        set36.heldout36_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 35's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set36.FIRST7[:2]),
    "first7_b": ",".join(set36.FIRST7[2:4]),
    "first7_c": ",".join(set36.FIRST7[4:]),
    "other_a": ",".join(set36.OTHER[:104]),
    "other_b": ",".join(set36.OTHER[104:]),
    "new8": ",".join(set36.NEW8_36),
}

_SET = recent.recent_runner(__name__, _spec, tables=set36, language=language, build=set36.heldout36_table)
caught = _SET.caught
note_words = _SET.note_words
score_columns = _SET.score_columns
run = _SET.run
score_replacement = _SET.score_replacement
pipeline = _SET.pipeline
markdown = _SET.markdown
compare = _SET.compare
main = _SET.main


if __name__ == "__main__":
    main()
