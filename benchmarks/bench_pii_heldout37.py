"""PII stage on held-out set 37 (``heldout37_*.py``, 230 locales; seeds 37001-37006 for the first 7, 37001-37002
for the new 8, 37001 elsewhere).

Set 37 was written in session 51 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists,
set 36's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the
repository (``/work/s51h``) while the code helpers committed: it is measured BEFORE (the code at the session's start,
run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 36's 222
locales it calls the earlier sets' generators of people (names, streets, towns, postcodes, ids, IBANs, e-mails,
phone numbers: ``heldout36_people.sources`` / ``person``, which call sets 32-36's) with set 37's seeds; everything
else (cell forms, phone layouts, date layouts, header manglings, shapes, notes, the eight new locales) is its own.

What is new in set 37:

- eight export shapes new to the sets: a driving school's lesson bookings (the learner in two forms, the learner's
  birth date, the id checked mostly empty, the pick-up street and postcode, a parent who booked mostly empty, the
  instructor "don't care", cars and test centres as look-alikes), a choir's membership roster (given and family
  name apart, in capitals in some tables, ``Known as`` mostly empty, a phone cell with two numbers ``... / ...
  (home)``, works named after composers), allotment plot tenancies (``SURNAME Given``, titled or ``Surname G.``,
  a co-worker mostly empty, the whole address in one cell, sites named after benefactors, the rent account's IBAN
  mostly empty), a dental practice's recall list (the patient titled ``Mrs L. Missick`` or ``L.Missick``, birth
  dates in up to three layouts, the health or national id, the dentist and hygienist "don't care", a guardian mostly
  empty, practices named after founders), a removal company's quotes (couples' given names in one cell ``Ana &
  Luis Pereira``, the street, postcode and town moved from, the whole address moved to, a deposit card mostly
  empty, pianos and furniture named after makers), a wedding's RSVP list (guests titled, as ``the Missick family``,
  a plus-one mostly empty, tables named after poets and film stars), a bike repair shop's tickets (customers as
  ``Missick L.``, in capitals or lower case, bikes named after makers such as ``Eddy Merckx``, who collected mostly
  empty) and a library's overdue notices (``SURNAME Given``, junior borrowers' birth dates, famous authors "don't
  care", branches named after benefactors);
- a third of the tables with their column names mangled in ways no set used (``client.name``, ``client-name``,
  ``ClientName``, Hungarian ``strClientName``, dBASE's ten capitals ``CLIENT_NAM``, numbered ``03_client_name``,
  bracketed ``Name [client]``, abbreviated ``Cust Nm``), headers in the table's language where the system has
  them (de fr es it nl pt and pl sv); junk in some cells (``n/a``, ``TBC``, ``xx``, ``nil``, ``N.A.``, ``not
  given``, the locale's own word); the notes column last, in the middle or second; a second-script column where
  it is real (Latin beside Cyrillic and Greek names, Arabic script for some Comorians);
- phones in two to four layouts within one column (international, E.164, national, bare digits, ``00``, dashes,
  ``tel:`` links, ``(+44) 020 ...``, seven local digits on NANP islands), some cells with two numbers; birth dates
  in one to three layouts (``19980402``, ``02-Apr-1998``, ``April 2, 1998`` among them);
- twelve English note genres new to the sets (a driving instructor's lesson log, a choir secretary's attendance
  message, an allotment inspection note, a dental receptionist's recall call log, a removal surveyor's visit note,
  a wedding planner's RSVP chase, a bike mechanic's job card, a librarian's overdue call, an e-mail with a signature
  block, a volunteer rota, a voicemail transcript, a group-chat excerpt), half of a table's English notes of its
  own shape's genre; people in full, titled, in lower case, by surname or given name alone, in lists of four in
  mixed forms, signing; streets whole or without their number; phones whole, bare or local; ids after typo'd cues
  (``ID nr``, ``natl id``, ``pasport/id``); birth dates only after a birth cue; two local genres (a callback
  request, a shift handover) in de fr es it nl pt pl sv, about a third of the notes there;
- eight locales no set used: en_TC (Turks and Caicos), fr_WF (Wallis and Futuna), en_NR (Nauru), fr_KM (Comoros),
  en_AI (Anguilla), en_MS (Montserrat), en_TV (Tuvalu) and pt_GW (Guinea-Bissau): see ``heldout37_new8``
  (settlements, landmarks and P.O. boxes, few house numbers; ``TKCA 1ZZ``, ``98600``, ``AI-2640``, ``MSR1110``,
  ``1000 Bissau`` or no postcode; the NIR of one born in Wallis; FR IBANs there); phones valid by ``phonenumbers``.

Scoring is set 36's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 37 has no branch-town columns.

Modules: ``heldout37_language``, ``heldout37_new8``, ``heldout37_people``, ``heldout37_rows``, ``heldout37_rows2``,
``heldout37_notes`` and ``heldout37_shapes`` (the builder). Metrics are those of sets 9-36
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 215 (set 36's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 230. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s51h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout37.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 215 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 37 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it once
the ``heldout37_*.py`` files and this runner are in ``benchmarks/``.
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
import heldout36_new8 as new36
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

# isort: split
import heldout37_language as language
import heldout37_new8 as new37
import heldout37_rows as rows37
import heldout37_shapes as set37

GROUPS = (
    ("first 7", set37.FIRST7),
    ("other 215", set37.OTHER),
    ("new 8", set37.NEW8_37),
    ("all 230", set37.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 37003), ("pt_BR", 37001), ("en_TC", 37001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 37: before and after session 51"
COMPARE_INTRO = (
    "Set 37 (`heldout37_*.py`, 230 locales: set 36's 222 and en_TC, fr_WF, en_NR, fr_KM, en_AI, en_MS, en_TV, "
    "pt_GW, which no set used before; seeds 37001-37006 for the first 7, 37001-37002 for the new 8, 37001 "
    "elsewhere) was written in session 51 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a driving school's lesson bookings, a choir's roster, allotment tenancies, a dental recall list, a "
    "removal company's quotes, a wedding's RSVP list, a bike repair shop's tickets, a library's overdue notices), "
    "10-320 rows (most small; people come back), a third with column names mangled in new ways (dot.case, "
    "kebab-case, PascalCase, `str` prefixes, dBASE capitals, numbered, bracketed, abbreviated); phones in two to "
    "four layouts within a column, some cells with two numbers; birth dates in one to three layouts; junk in some "
    "cells; columns mostly empty with a few people; couples and families in one cell; a second-script column. "
    "Look-alikes: references, card and frame numbers, cars, test centres, works, sites, practices, furniture, "
    'tables, bikes, titles and branches named after people; staff and famous authors "don\'t care". Notes: twelve '
    "English genres new to the sets, and a callback request or a shift handover in de fr es it nl pt pl sv. "
    "Metrics are set 36's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout37_*.py` (seeds 37001-37006 for the first 7, 37001-37002 for the new 8, 37001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 36's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*set37.NEW8_37, *new36.NEW8_36, *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33,
        *language32.NEW8_32, *language32.l31.NEW8_31, "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA",
        "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set37.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k.A.``, ``nil``, ``TBC``, ``xx``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set37.LOCALES for w in language.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {w.lower() for w in rows37._JUNK}
    | {"-", "n/a", "none", "nan", "n/k", "?", "tbc", "see notes", "0"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 37's particulars, read when called."""
    return shared.HeldoutSet(
        37,
        set37,
        set37.heldout37_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 36's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set37.FIRST7[:2]),
    "first7_b": ",".join(set37.FIRST7[2:4]),
    "first7_c": ",".join(set37.FIRST7[4:]),
    "other_a": ",".join(set37.OTHER[:108]),
    "other_b": ",".join(set37.OTHER[108:]),
    "new8": ",".join(set37.NEW8_37),
}

_SET = recent.recent_runner(__name__, _spec, tables=set37, language=language, build=set37.heldout37_table)
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
