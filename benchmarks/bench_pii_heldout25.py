"""PII stage on held-out set 25 (``heldout25_*.py``, 134 locales; seeds 25001-25006 for the first 7, 25001-25002
for the new 8, 25001 elsewhere).

Set 25 was written in session 39 by a helper that did not read the PII code (beyond the signatures and docstrings
of the public API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings,
locale lists and set 24's runner and function signatures), their results (beyond the group tables) or
``docs/pii*.md``, and was kept out of the repository until the code helpers had stopped committing: it is
measured BEFORE (the code at the session's start, commit af4d90f, run with ``PYTHONPATH`` at an export of it) and
AFTER (the head at the end), and tuned on never. For set 24's 126 locales it calls set 24's generators of names,
streets, ids and phones (``heldout24_people``, ``heldout24_places``, ``heldout24_ids``: their public functions, with
set 25's own seeds); everything else is its own.

What is new in set 25:

- eight export shapes new to the sets, each as the system such a business uses exports it: a blinds fitter's
  Outlook contacts (``Contacts.csv`` with Outlook's field names in the UI language, ``Straße privat``,
  ``Tél. mobile``, ``E-mail Display Name`` as ``Name (address)``, ``0/0/00`` in an empty birthday, ``Normal``/
  ``False`` fields), a heat-pump installer's HubSpot leads (default properties in the portal language and custom
  ones, ``Record ID``, ISO dates), a dog walker's Stripe customers (``Address Line1``, ``Card Last4``,
  ``Description`` holding the notes, metadata keys in the walker's language, ``hundename (metadata)``), a cookery
  school's Eventbrite attendee report (``Order #``, ``Attendee #``, buyer beside attendee, the organiser's custom
  question as the notes column), a kitchen fitter's QuickBooks Online customer contact list (``Phone Numbers`` as
  ``Phone: ... Mobile: ...`` in one cell, whole billing and shipping addresses, ``Last, First`` and
  ``First & Partner Last`` display names), a bowls/boules club's Microsoft Access members table (short field
  names without accents, ``Wahr``/``Falsch``, ``DD.MM.YYYY 00:00:00`` dates, an old import without accents), a
  holiday camp's Excel sheet with merged group headers as pandas reads it (the group label over its first column,
  ``Unnamed: N`` over the rest, the sub-labels in the first row, a total row at the end: the child's name and
  birth date, parent, collector, IBAN) and a broadband co-operative's Zendesk users (``name``, ``details`` holding
  a multi-line address, ``user_fields.geburtsdatum``);
- table sizes 10-400 rows (most small: one first-7 table 10-20 rows, one 300-400), customers come back (55-95 %
  distinct) and a repeated person may be typed differently; headers in the locale's language where the system
  exports so (Outlook and HubSpot in de fr es it nl pt, Access and the camp sheet also in Faroese, Swahili and
  Northern Sami), English where it does not (Stripe, Eventbrite, Zendesk's own fields, QuickBooks outside French);
- phones in two to four layouts within one column (national, international, E.164, bare digits, ``00``,
  ``+44 (0)20 ...``, dots, dashes), two labelled numbers in one QuickBooks cell; birth dates in two or three
  layouts within a hand-typed column (numeric padded or not, two-digit years, ISO, month names in the locale's
  language, ``YYYYMMDD``); names as ``Last, First``, with titles, suffixes, middle names and initials, nicknames in
  quotes, upper and lower case per row, accents dropped, double-barrelled and two surnames;
- look-alikes (not personal data): HubSpot record ids, Eventbrite order and attendee numbers, customer and account
  numbers with a phone's digit count, Stripe ids and card last-4s, Zendesk ids and router serials, Access
  AutoNumbers and lockers, heat-pump, kitchen and employer brands carrying surnames (``Vaillant``, ``Viessmann``,
  ``Poggenpohl``, ``Häcker``, ``Schmidt``, ``Dr. Oetker``, ``Hugo Boss``), dogs' names that are given names
  (``Bella``, ``Oscar``), cookery venues with street words (``Old Bakery Lane Kitchen``), landlord companies
  carrying a surname, staff first names as a category (installer, walker, chef, fitter, captain), event dates in
  the birth-date layout (survey, joining, install, Outlook ``User 1``), camp groups, T-shirt sizes, ages, EPC
  classes, floor areas, amounts, and the branch's or location's town (``None`` with names shown, "don't care"
  hidden); an Outlook anniversary is "don't care";
- ten English note genres new to the sets (blinds measure-visit card, heat-pump survey note, dog walker's
  key-holder agreement, cookery-school allergy answer, kitchen snagging sign-off, bowls-club renewal comment, camp
  medical and pick-up remark, broadband fault ticket, card-dispute note, children's cooking-party booking) with
  children's given names alone, lower-case names, initials, titles with surnames, and two local genres (a
  key-handover record and a holiday camp's parental consent) in de fr es it nl pt ca (Frisian tables use the Dutch
  texts, Breton the French, Basque and Galician the Spanish, Luxembourgish the German);
- eight locales no set used: de_BE (East Belgium: German names and labels, Belgian national numbers and IBANs,
  Eupen/Sankt Vith postcodes), it_SM (San Marino: castelli, 4789x postcodes, SM IBANs, +378), fr_MC (Monaco: all
  98000, +377, MC IBANs), es_BO (Bolivia: Quechua/Aymara surnames, carnet ``4789123 LP``, no postcodes or IBAN),
  es_PA (Panama: cédula ``8-745-1234``), sw_TZ (Tanzania: Swahili names, ``Mtaa wa`` streets, NIDA numbers), fo_FO
  (Faroe Islands: Faroese names, streets and labels, FO IBANs, p-tal) and se_NO (Northern Sami names, streets and
  labels, Norwegian fødselsnummer); national ids with valid check digits where the country has them
  (python-stdnum), IBANs from stdnum's registry, cards by Luhn, phones valid by ``phonenumbers``.

Scoring is set 24's, in this runner as there: a branch's town is "don't care" with the names hidden, and a missing
cell written as a word (the countries' words, ``NULL``, Outlook's ``0/0/00``) is not counted as an original "left"
(nor, in the pipeline's replay, as a value found again); the camp sheet's sub-label row and total row (its
sub-labels and ``Summe``) are no values either.

Modules: ``heldout25_language``, ``heldout25_people``, ``heldout25_places``, ``heldout25_ids``,
``heldout25_columns``, ``heldout25_lookalikes``, ``heldout25_notes``, ``heldout25_local``, ``heldout25_rows``,
``heldout25_rows2`` and ``heldout25_shapes`` (the builder). Metrics are those of sets 9-24
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 119 (set 24's locales beyond the first 7, one table each), new 8 (two tables each) and all 134. ja/zh/ko/th
notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (birth dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout25.py --out NAME [--label BEFORE] [--locales a,b] [--rows N]
[--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run
apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below
(the first 7 in three, the other 119 in two halves, the new 8), each with its own ``--out``, then ``--merge``;
``run_parts.sh EXPORT_DIR LABEL PREFIX`` does all of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout25_columns as columns
import heldout25_language as language
import heldout25_places as places
import heldout25_shapes as set25
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set25.FIRST7),
    ("other 119", set25.OTHER),
    ("new 8", set25.NEW8_25),
    ("all 134", set25.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 25001), ("en_GB", 25005), ("fo_FO", 25002))
STREET_WORDS = shared.SET10_STREET_WORDS | places.OWN_STREET_WORDS
COMPARE_TITLE = "# Held-out set 25: before and after session 39"
COMPARE_INTRO = (
    "Set 25 (`heldout25_*.py`, 134 locales: set 24's 126 and de_BE, it_SM, fr_MC, es_BO, es_PA, sw_TZ, fo_FO, se_NO, "
    "which no set used before; seeds 25001-25006 for the first 7, 25001-25002 for the new 8, 25001 elsewhere) was "
    "written in session 39 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results (beyond the group tables) or `docs/pii*.md`, and was committed only after the code helpers had "
    "stopped committing: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (Outlook contacts of a blinds fitter, HubSpot heat-pump leads, Stripe dog-walking customers, "
    "Eventbrite cookery attendees, QuickBooks kitchen-fitting customers, an Access bowls-club table, a holiday "
    "camp's Excel sheet with merged group headers read by pandas, Zendesk broadband users), 10-400 rows (most "
    "small; customers come back), each with its system's naming and cell conventions; phones in two to four "
    "layouts within a column, birth dates in two or three layouts in hand-typed columns, names as `Last, First`, "
    "with titles, initials, nicknames, mixed case. Look-alikes: record/order/attendee/account numbers with a "
    "phone's digit count, Stripe and Zendesk ids, card last-4s, brands and employers carrying surnames, dogs' "
    "given names, venues with street words, staff first names as a category, event dates, ages, amounts, "
    "branch/location towns (None shown, don't care hidden). Notes: ten English genres new to the sets and a key "
    "handover or a camp consent in de fr es it nl pt ca. Metrics are set 24's (`pii_heldout_scoring.py`); default "
    "config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout25_*.py` (seeds 25001-25006 for the first 7, 25001-25002 for the new 8, 25001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 24's (`pii_heldout_scoring.py`)."
)


_FAKER_LOCALES = recent.faker_locales(set25.LOCALES, places)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)
# A missing cell written as a word (``n/a``, ``k.A.``, ``onbekend``, Outlook's ``0/0/00``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked; nor are the camp
# sheet's sub-labels and total word (its second header row and last row, read by pandas as data).
_MISSING = (
    frozenset(w.lower() for ws in language.MISSING.values() for w in ws)
    | {w.lower() for w in language.TOOL_MISSING}
    | {
        "-",
        "n/a",
        "none",
        "nan",
    }
    | {s.lower() for groups in columns.MERGED.values() for _, subs in groups for s in subs}
    | {w.lower() for w in columns.MERGED_TOTAL.values()}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 25's particulars, read when called."""
    return shared.HeldoutSet(
        25,
        set25,
        set25.heldout25_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 24's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores; a first-7 locale's six tables take ~40 s CPU, another locale's
# one ~3 s): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set25.FIRST7[:2]),
    "first7_b": ",".join(set25.FIRST7[2:4]),
    "first7_c": ",".join(set25.FIRST7[4:]),
    "other_a": ",".join(set25.OTHER[:60]),
    "other_b": ",".join(set25.OTHER[60:]),
    "new8": ",".join(set25.NEW8_25),
}

_SET = recent.recent_runner(__name__, _spec, tables=set25, language=language, build=set25.heldout25_table)
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
