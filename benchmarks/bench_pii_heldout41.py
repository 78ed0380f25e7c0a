"""PII stage on held-out set 41 (``heldout41_*.py``, 262 locales; seeds 41001-41006 for the first 7, 41001-41002
for the new 8, 41001 elsewhere).

Set 41 was written in session 55 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists,
set 40's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the
repository (``/work/s55h``) while the code helpers committed: it is measured BEFORE (the code at the session's start,
run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 40's 254
locales it calls the earlier sets' generators of people (names, streets, towns, postcodes, ids, IBANs, e-mails,
phone numbers: ``heldout40_people.sources`` / ``person`` / ``with_surname`` / ``second_script`` / ``latin``, which
call sets 32-40's) with set 41's seeds; everything else (cell forms, phone layouts, date layouts, header styles,
shapes, notes, the eight new locales) is its own.

What is new in set 41:

- eight export shapes new to the sets: a parish hall's bookings (the hirer in one or two forms, couples ``Carol &
  Mike Haynes``; groups ``Mary Berry Bake Club``, ``Baden-Powell Scouts``, rooms ``Florence Nightingale Room``
  named after people; a key holder "don't care"; a second contact on the day and their phone mostly empty), a
  bike-hire desk's hire log (given name and surname apart, in capitals in some tables; the ID's kind and in some
  tables its number; bikes ``Claud Butler``, ``Raleigh Chopper``, ``Brompton``; hotels ``Premier Inn``), a window
  cleaner's round book (the house number in a column of its own, "don't care", the street's name alone; customers
  as ``Mr & Mrs Haynes``, ``Haynes family``, ``Haynes C``; the neighbour holding a key mostly empty), a riding
  school's lesson book (children with the parent's surname, the parent for the children only; ponies ``Sir
  Lancelot``, ``Lady Godiva``, ``Mrs Doubtfire``), a brass band's players' register (bands ``Black Dyke``,
  ``Grimethorpe Colliery``, ``Fodens``; marches ``Colonel Bogey``; birth dates for the youth players only), a village
  cricket club's availability and teas rota (scorebook forms ``Haynes C``, ``C.A. Haynes``; the member on teas in
  the same form; grounds ``Lord's``, ``Grace Road``; bats ``Gray-Nicolls``, ``Gunn & Moore``, ``Duncan Fearnley``), a
  plumber's job sheet (``HAYNES, Carol (Mrs)``, two phones in one cell, a tenant on site mostly empty; boilers
  ``Worcester Bosch``, ``Baxi``; agents ``Martin & Co``, ``Bairstow Eves``; datetimes ``2026-09-14 00:00:00``) and a
  playgroup's sign-in sheet (the child by given name alone or apart; who dropped off and collected by name, their
  relation ``Mum``/``Grandad`` in a column of its own; passwords ``Peppa``, ``Gruffalo``);
- a third of the tables with their headers in one of eight styles no set used (a form's question ``Best number
  to reach you?``, a required star ``Phone *``, numbered ``03_Phone``, a JSON path ``customer.phone``, kebab case
  ``mobile-no``, camel case in the table's language ``telefonoMovil``/``nomClient``, stray spaces, abbreviated with
  dots ``Cust. nm.``), a third of those with one header lost as ``Column5``, ``F5`` or ``?``; headers in the table's
  language in most de fr es it nl pt sv pl tables and the French-speaking new locales, in the country's other
  language in a few (Spanish in the US, French in Canada, Dutch in Belgium); junk in the person columns of two
  tables in five (the locale's missing-cell words and ``not known``, ``gone away``, ``wrong number``, ``---``,
  ``*``, ``·``); a second-script column where it is real (set 40's rule, and Chad's Arabic script, Christmas
  Island's characters);
- names in cells as ``Mrs Carol Haynes``, ``Haynes Carol``, ``HAYNES, Carol (Mrs)``, ``Carol & Mike Haynes``, ``Mr &
  Mrs Haynes`` (and ``M. et Mme``, ``Herr u. Frau``), ``Haynes C``, ``C.A. Haynes``, ``haynes carol``, ``HAYNES C.``,
  ``Haynes family``/``Familie Haynes``, ``Carol H``, ``carol HAYNES``, ``Carol  Haynes `` besides the plain form;
  phones with the country code and no plus, en dashes, no-break spaces, a float's tail (``442079460018.0``), a
  spreadsheet's apostrophe, the area code in brackets (NANP ``1-767-440-2014``), the digits in threes, two numbers
  on two lines of a cell or after ``M:``/``H:``; dates in set 41's layouts (the month spelled in the table's
  language, ``1998-04-02 00:00:00``, ``Thu 02/04/1998``, an Excel serial ``35887``, ``02.04.98``, ``2.IV.1998``);
- twelve English note genres new to the sets (eight of the shapes' own: a hall bookings note, a bike-hire return
  note, a window cleaner's round note, a riding lesson note, a band secretary's note, a cricket selection note, a
  plumber's job note, a playgroup handover note; four of any table: a voicemail transcript, a forwarded e-mail, a
  group-chat export line, meeting minutes with a list present and apologies), half of a table's English notes of
  its own shape's genre; people in full, titled, in capitals, in lower case (whole, given name or surname), by
  surname alone, by given name alone, in lists of three or four in mixed forms, signing (``Thanks, Carol``, ``carol
  x``, ``Regards, Carol Haynes``); streets whole or without their number (a landmark or P.O. box is never used as a
  street in a note: the town is said, unlabelled); phones whole, bare or local; ids after typo'd cues (``nat id
  no``, ``soc. sec.``, ``ID-nummer``, ``passport/ID#``, ``id numbr``); birth dates only after a birth cue;
  look-alikes in the notes' own text (``Florence Nightingale Room``, ``Claud Butler``, ``Lady Godiva``, ``Colonel
  Bogey``, ``Gray-Nicolls``, ``Grace Road``, ``Worcester Bosch``, ``Martin & Co``, ``Peppa``, ``Gruffalo``); three
  local genres (a cancellation, a change of details, a call-back request) in de fr es it nl pt and sv pl, about a
  third of the notes there;
- eight locales of countries no set used: en_DM (Dominica), en_AG (Antigua and Barbuda), en_VC (Saint Vincent and
  the Grenadines), en_CX (Christmas Island), fr_TD (Chad), fr_GA (Gabon), fr_CG (Congo-Brazzaville) and fr_ML
  (Mali): see ``heldout41_new8`` (villages, lots, quartiers, landmarks without numbers, P.O. boxes and ``BP``,
  ``Rue Mbochis n°45``, ``Rue 316, porte 45``; ``Christmas Island WA 6798`` or no postcode; the Australian TFN on
  Christmas Island); phones valid by ``phonenumbers`` (Christmas Island's mobiles are Australian).

Scoring is set 40's, in this runner as there (with the repository's ``bench_pii_heldout.py``: a kept title or
``the`` is no trace): a missing cell written as a word is not counted as an original "left" (nor, in the pipeline's
replay, as a value found again); set 41 has no branch-town columns; a house number alone in its own column is "don't
care".

Modules: ``heldout41_language``, ``heldout41_new8``, ``heldout41_people``, ``heldout41_rows``, ``heldout41_rows2``,
``heldout41_notes`` and ``heldout41_shapes`` (the builder). Metrics are those of sets 9-40
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 247 (set 40's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 262. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-10-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s55h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout41.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 247 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 41 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it once
the ``heldout41_*.py`` files and this runner are in ``benchmarks/``.
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
import heldout37_language as language37
import heldout37_new8 as new37
import heldout37_rows as rows37
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

# isort: split
import heldout38_language as language38
import heldout38_new8 as new38
import heldout38_rows as rows38

# isort: split
import heldout39_language as language39
import heldout39_new8 as new39

# isort: split
import heldout40_language as language40
import heldout40_new8 as new40

# isort: split
import heldout41_language as language
import heldout41_new8 as new41
import heldout41_shapes as set41

GROUPS = (
    ("first 7", set41.FIRST7),
    ("other 247", set41.OTHER),
    ("new 8", new41.NEW8_41),
    ("all 262", set41.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 41002), ("pt_BR", 41001), ("fr_GA", 41001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 41: before and after session 55"
COMPARE_INTRO = (
    "Set 41 (`heldout41_*.py`, 262 locales: set 40's 254 and en_DM, en_AG, en_VC, en_CX, fr_TD, fr_GA, fr_CG, "
    "fr_ML, countries no set used before; seeds 41001-41006 for the first 7, 41001-41002 for the new 8, 41001 "
    "elsewhere) was written in session 55 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a parish hall's bookings, a bike-hire desk's hire log, a window cleaner's round book, a riding school's "
    "lesson book, a brass band's players' register, a village cricket club's availability and teas rota, a "
    "plumber's job sheet, a playgroup's sign-in sheet), 8-300 rows (most small; people come back), a third with "
    "headers in eight new styles (a form's questions, required stars, numbers, JSON paths, kebab case, camel case in "
    "the table's language, stray spaces, dotted abbreviations; a lost header `Column5`/`F5`/`?`); phones in two or "
    "three new layouts within a column (no plus, en dashes, no-break spaces, a float's `.0`, an apostrophe, the "
    "area code in brackets, threes, two lines); names as couples, `Mr & Mrs`, families, scorebook initials; birth "
    "dates in new layouts (spelled months, datetimes, weekdays, Excel serials, Roman months); junk in some cells; "
    "columns mostly empty; children with their parents' surnames; a second-script column. Look-alikes: rooms, "
    "groups, bikes, ponies, bands, marches, grounds, bats, boilers, agents and passwords named after people; staff "
    '"don\'t care". Notes: twelve English genres new to the sets, and a cancellation, a change of details or a '
    "call-back in de fr es it nl pt sv pl. Metrics are set 40's (`pii_heldout_scoring.py`); default config "
    "`locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout41_*.py` (seeds 41001-41006 for the first 7, 41001-41002 for the new 8, 41001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 40's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38, *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set41.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set41.LOCALES for w in language.missing_words(x))
    | frozenset(w.lower() for x in language40.LOCALES for w in language40.missing_words(x))
    | frozenset(w.lower() for x in language39.LOCALES for w in language39.missing_words(x))
    | frozenset(w.lower() for x in language38.LOCALES for w in language38.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {w.lower() for w in language40.TOOL_MISSING}
    | {w.lower() for w in language39.TOOL_MISSING}
    | {w.lower() for w in language38.TOOL_MISSING}
    | {w.lower() for w in language37.TOOL_MISSING}
    | {w.lower() for w in rows37._JUNK}
    | {w.lower() for w in rows38._JUNK}
    | {"-", "n/a", "none", "nan", "n/k", "?", "tbc", "see notes", "0"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 41's particulars, read when called."""
    return shared.HeldoutSet(
        41,
        set41,
        set41.heldout41_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 40's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set41.FIRST7[:2]),
    "first7_b": ",".join(set41.FIRST7[2:4]),
    "first7_c": ",".join(set41.FIRST7[4:]),
    "other_a": ",".join(set41.OTHER[:124]),
    "other_b": ",".join(set41.OTHER[124:]),
    "new8": ",".join(new41.NEW8_41),
}

_SET = recent.recent_runner(__name__, _spec, tables=set41, language=language, build=set41.heldout41_table)
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
