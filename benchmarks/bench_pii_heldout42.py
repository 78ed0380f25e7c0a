"""PII stage on held-out set 42 (``heldout42_*.py``, 270 locales; seeds 42001-42006 for the first 7, 42001-42002
for the new 8, 42001 elsewhere).

Set 42 was written in session 56 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists,
set 41's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the
repository (``/work/s56h``) while the code helpers committed: it is measured BEFORE (the code at the session's start,
run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 41's 262
locales it calls the earlier sets' generators of people (names, streets, towns, postcodes, ids, IBANs, e-mails,
phone numbers: ``heldout41_people.sources`` / ``person`` / ``with_surname`` / ``second_script`` / ``latin``, which
call sets 32-41's) with set 42's seeds; everything else (cell forms, phone layouts, date layouts, header styles,
shapes, notes, the eight new locales) is its own.

What is new in set 42:

- eight export shapes new to the sets: a barber's appointment book (the client often by given name alone; the
  style asked for named after people ``David Beckham``, ``Peaky Blinders``, ``Tony Curtis``; products ``American
  Crew``, ``Percy Nobleman``, ``Captain Fawcett``; who referred them, mostly empty; barbers "don't care"), a tree
  surgeon's quotes book (trees ``Leyland cypress``, ``Victoria plum``, ``Bramley apple``; a protection order's
  reference; the neighbour who agreed, mostly empty; kit ``Stihl``, ``Husqvarna``; dates ``16-Jun-2026``), a milk
  round's customer book (the street with its number in one cell, the customer by a title and initial or by the
  surname alone; ``Cravendale``, ``Jersey Gold Top``, ``Yeo Valley``; an IBAN where paid by transfer; who to leave it
  with, mostly empty), a tennis club's court bookings (doubles as surnames ``Harvey/Patel v Smith/Jones`` or a
  partner's name; courts ``Fred Perry Court``, ``Sue Barker Court``; a membership number "don't care"; rackets
  ``Wilson``, ``Babolat``), a karate club's grading sheet (children with the parent's surname and birth dates, the
  parent as ``Gail Harvey (mum)`` or ``Mrs G. Harvey``; a licence "don't care"; ``Shotokan``, ``Funakoshi Cup``,
  ``Bruce Lee Shield``), a craft fair's stallholders (businesses ``Beatrix Potter Prints``, ``Earl Grey Tea Co.``,
  ``Mrs Tiggywinkle's Preserves``; insurers ``Ian Wallace Insurance``; a helper on the day, mostly empty), a coach
  trip's passenger list (``HARVEY/GAIL MRS``; pick-ups ``Horse & Groom``, ``Duke of Wellington``; destinations
  ``Anne Hathaway's Cottage``, ``Cadbury World``; on trips abroad the id number and a passport's birth date ``02 APR
  1998``; an emergency contact and their phone, a room share, mostly empty) and a pigeon racing club's race entries
  (partnerships ``Harvey & Son``, ``Harvey Bros``, ``Mertens & Zoon``; race points ``Bourges``, ``Lerwick``; rings
  ``GB24N12345``; clocks ``Benzing``, ``Unikon``; dates ``20261015``);
- a third of the tables with their headers in one of eight styles no set used (``CUST_NAME``, ``fld_phone``,
  ``strName``/``txtPhone``, ``[Phone]``, ``Phone:``, ``Name (varchar(50))``, ``phone_2``, abbreviations without dots
  ``Nm``/``Ph``/``CltNm``), a third of those with one header lost as ``Unnamed: 5``, ``field_6`` or ``col6``; headers
  in the table's language in most de fr es it nl pt da cs tables and the French-speaking new locales (English in a
  few of them), in the country's other language in a few (Spanish in the US, French in Canada, Belgium and
  Switzerland); junk in the person columns of two tables in five (the locale's missing-cell words and ``unknown``,
  ``ex-directory``, ``no longer at address``, ``#N/A``, ``NULL``, ``(blank)``, ``ditto``, ``"``); a second-script column
  where it is real (set 41's rule);
- names in cells as ``Harvey, Gail``, ``Mrs G. Harvey``, ``HARVEY/GAIL MRS``, ``Harvey (Gail)``, ``Gail "Gee"
  Harvey``, ``Gail Harvey (mum)``, ``GAIL HARVEY``, ``Harvey, G.``, ``gail harvey``, ``Gail Harvey (2)``, ``Harvey &
  Son`` besides the plain form; phones as ``07406.858.784``, ``+44 (0)7406 858784``, ``0044 7406 858784``,
  ``+447406858784``, ``07406858784``, ``mob 07406 858784``/``Handy ...``/``port. ...``, ``07406/858784``, ``01330
  252288 ext. 21``, ``07406 858784 (after 6pm)``/``(ab 18 Uhr)``, two numbers after `` / ``, ``, `` or `` or ``;
  dates in set 42's layouts (``02-Apr-1998``, ``19980402``, ``April 2, 1998``, ``2/4/98``, ``1998/04/02``, ``02 APR
  1998``) besides set 41's;
- twelve English note genres new to the sets (eight of the shapes' own: a barber's chair note, a tree surgeon's site
  note, a milkman's round note, a tennis court note, a karate grading note, a craft fair stall note, a coach trip
  passenger note, a pigeon race note; four of any table: an accident book entry, a returned-post log line, a
  reference letter's lines, a text-message thread ``Gail: ... / Me: ...``), half of a table's English notes of its
  own shape's genre; people in full, titled, in capitals, in lower case (whole, given name or surname), by surname
  alone, possessive (``Harvey's``), by given name alone, in lists of three or four in mixed forms (``Present:
  Harvey, j. patel, Mrs Smith and Sue``), signing (``Cheers, Gail``, ``gail x``, ``Kind regards, Gail Harvey``);
  streets whole or without their number (a landmark, a lot, a P.O. box or a settlement's place is never used as a
  street in a note); phones whole, bare, local or international; ids after typo'd cues (``nat id no``, ``ID nbr``,
  ``pasport no``, ``id#``, ``I.D. numbr``, ``Persoausweis nr``, ``Burgerservicenr``, ``dni num``); birth dates only
  after a birth cue; look-alikes in the notes' own text (``David Beckham``, ``Peaky Blinders``, ``Leyland cypress``,
  ``Cravendale``, ``Fred Perry Court``, ``Babolat``, ``Funakoshi Cup``, ``Beatrix Potter Prints``, ``Horse & Groom``,
  ``Anne Hathaway's Cottage``, ``Lord Nelson``, ``Bourges``, ``Benzing``); three local genres (a complaint, where to
  leave things or who holds a key, a payment reminder) in de fr es it nl pt and da cs, about a third of the notes
  there;
- eight locales of countries no set used: en_SS (South Sudan), fr_NE (Niger), fr_TG (Togo), fr_GN (Guinea), fr_CF
  (the Central African Republic), en_CC (the Cocos (Keeling) Islands), en_AC (Ascension) and en_TA (Tristan da
  Cunha): see ``heldout42_new8`` (hai and quartiers, Niamey's coded streets ``Rue KK 37, porte 112``, landmarks
  without numbers, P.O. boxes and ``BP``, ``Lot 12, Home Island``, ``House 17``, ``ASCN 1ZZ``, ``TDCU 1ZZ``, ``Cocos
  (Keeling) Islands WA 6799``; the Australian Medicare number on the Cocos Islands); phones valid by
  ``phonenumbers`` (the Cocos Islands' mobiles are Australian; Ascension's five digits, Tristan's four).

Scoring is set 41's, in this runner as there (with the repository's ``bench_pii_heldout.py``: a kept title or
``the`` is no trace): a missing cell written as a word is not counted as an original "left" (nor, in the pipeline's
replay, as a value found again); set 42 has no branch-town columns; a club's membership or licence number is "don't
care".

Modules: ``heldout42_language``, ``heldout42_new8``, ``heldout42_people``, ``heldout42_rows``, ``heldout42_rows2``,
``heldout42_notes`` and ``heldout42_shapes`` (the builder). Metrics are those of sets 9-41
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 255 (set 41's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 270. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-11-02).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s56h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout42.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 255 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 42 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it once
the ``heldout42_*.py`` files and this runner are in ``benchmarks/``.
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
import heldout41_language as language41
import heldout41_new8 as new41

# isort: split
import heldout42_language as language
import heldout42_new8 as new42
import heldout42_shapes as set42

GROUPS = (
    ("first 7", set42.FIRST7),
    ("other 255", set42.OTHER),
    ("new 8", new42.NEW8_42),
    ("all 270", set42.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 42002), ("pt_BR", 42001), ("fr_TG", 42001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 42: before and after session 56"
COMPARE_INTRO = (
    "Set 42 (`heldout42_*.py`, 270 locales: set 41's 262 and en_SS, fr_NE, fr_TG, fr_GN, fr_CF, en_CC, en_AC, "
    "en_TA, countries no set used before; seeds 42001-42006 for the first 7, 42001-42002 for the new 8, 42001 "
    "elsewhere) was written in session 56 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a barber's appointment book, a tree surgeon's quotes book, a milk round's customer book, a tennis club's "
    "court bookings, a karate club's grading sheet, a craft fair's stallholders, a coach trip's passenger list, a "
    "pigeon racing club's race entries), 8-300 rows (most small; people come back), a third with headers in eight "
    "new styles (upper snake case, database prefixes, Hungarian prefixes, brackets, colons, types, numbered "
    "suffixes, abbreviations without dots; a lost header `Unnamed: 5`/`field_6`/`col6`); phones in new layouts "
    "within a column (dots, `+44 (0)`, `0044`, E.164, bare digits, a label in the cell, a slash, an extension, a "
    "time to call, two numbers); names as `Harvey, Gail`, `Mrs G. Harvey`, `HARVEY/GAIL MRS`, nicknames, roles, "
    "partnerships; birth dates in new layouts (`02-Apr-1998`, `19980402`, `April 2, 1998`, `2/4/98`, `1998/04/02`, "
    "`02 APR 1998`); junk in some cells; columns mostly empty; children with their parents' surnames; a "
    "second-script column. Look-alikes: haircuts, trees, milk brands, courts, rackets, trophies, businesses, "
    "insurers, pubs, destinations, race points and clocks named after people or places; staff and membership "
    'numbers "don\'t care". Notes: twelve English genres new to the sets, and a complaint, an access note or a '
    "payment reminder in de fr es it nl pt da cs. Metrics are set 41's (`pii_heldout_scoring.py`); default config "
    "`locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout42_*.py` (seeds 42001-42006 for the first 7, 42001-42002 for the new 8, 42001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 41's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38, *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set42.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set42.LOCALES for w in language.missing_words(x))
    | frozenset(w.lower() for x in language41.LOCALES for w in language41.missing_words(x))
    | frozenset(w.lower() for x in language40.LOCALES for w in language40.missing_words(x))
    | frozenset(w.lower() for x in language39.LOCALES for w in language39.missing_words(x))
    | frozenset(w.lower() for x in language38.LOCALES for w in language38.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {w.lower() for w in language41.TOOL_MISSING}
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
    """Set 42's particulars, read when called."""
    return shared.HeldoutSet(
        42,
        set42,
        set42.heldout42_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 41's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set42.FIRST7[:2]),
    "first7_b": ",".join(set42.FIRST7[2:4]),
    "first7_c": ",".join(set42.FIRST7[4:]),
    "other_a": ",".join(set42.OTHER[:128]),
    "other_b": ",".join(set42.OTHER[128:]),
    "new8": ",".join(new42.NEW8_42),
}

_SET = recent.recent_runner(__name__, _spec, tables=set42, language=language, build=set42.heldout42_table)
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
