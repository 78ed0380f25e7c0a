"""PII stage on held-out set 40 (``heldout40_*.py``, 254 locales; seeds 40001-40006 for the first 7, 40001-40002
for the new 8, 40001 elsewhere).

Set 40 was written in session 54 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists,
set 39's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the
repository (``/work/s54h``) while the code helpers committed: it is measured BEFORE (the code at the session's start,
run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 39's 246
locales it calls the earlier sets' generators of people (names, streets, towns, postcodes, ids, IBANs, e-mails,
phone numbers: ``heldout39_people.sources`` / ``person``, which call sets 32-39's) with set 40's seeds; everything
else (cell forms, phone layouts, date layouts, header styles, shapes, notes, the eight new locales) is its own.

What is new in set 40:

- eight export shapes new to the sets: a tool library's loans (the member in one or two forms, tools named after
  makes ``Makita drill``, ``Henry hoover``, ``Mrs Mop carpet cleaner``; the volunteer on the desk "don't care"), a
  cattery's boarding book (the owner in one name column as the book writes them or surname and first names apart,
  cats named ``Mr Darcy``, ``Dolly Parton``, ``Miss Marple``, vets ``Herriot & Partners``, an emergency contact
  mostly empty), a ballet school's pupil register (the pupil whole or given name and family surname apart, the
  child's birth date in one or two layouts, the parent in another form, show roles ``Giselle``, ``Clara``,
  ``Mrs Tiggy-Winkle``), a cobbler and key-cutting counter's repair tickets (the surname alone, in capitals or with
  a title; phones as said, run together or local; brands ``Dr. Martens``, ``Jimmy Choo``, ``Yale``, ``Chubb``; who
  collected, mostly empty), a judo club's grading register (``HAYNES/CAROL`` and ``HAYNES Carol``, a guardian for
  the under-18s only with the child's surname, the national id in some tables, clubs ``Kano Judo Club``), a church
  tower's ringing practice register (methods ``Stedman Triples``, ``Grandsire Doubles``, bells ``Great Tom``, the
  street often without its number), a car boot sale's pitch bookings (sellers as typed, in lower case too, the
  postcode and town only, traders ``Del's Vintage``, vehicles ``Morris Minor``, ``Austin Maxi``) and a ten-pin
  bowling centre's party bookings (the birthday child by given name alone, screen names ``Strike King``, ``Mum``);
- a third of the tables with their headers in one of nine styles no set used (a type prefix ``strName``/``txtPhone``
  /``fld_``, a type suffix ``Name [varchar(50)]``, a colon, a sort arrow ``Name ▲``, two languages ``Owner /
  Propriétaire``, spelled out in capitals with spaces, a table-dot prefix ``tblLoans.MemberNo``, lower case with
  spaces, SQL short names ``mbr_nm``/``emerg_tel``), a third of those with one header lost as pandas' ``Unnamed:
  4``, ``Field7`` or ``(blank)``; a repeated header as pandas writes it (``Phone.1``); headers in the table's
  language in most de fr es it nl pt da cs tables, in the country's other language in a few (Spanish in the US,
  French in Canada); junk in the person columns of two tables in five (the locale's missing-cell words, ``#N/A``,
  ``NULL``, ``ex-directory``, ``withheld``, ``see card``); a second-script column where it is real (set 39's rule,
  and Guam's and Saipan's Korean, Chinese and Japanese residents in Hangul or characters);
- names in cells as ``HAYNES/CAROL``, ``Carol H.``, ``Haynes, C.``, ``C.Haynes``, ``haynes, carol``, ``Mrs
  Haynes``, ``Carol (Haynes)``, ``HAYNES`` besides set 39's forms; phones with a slash after the area code, dots or
  dashes in the national number, ``+44 (0)20``, the national digits run together, a ``Tel.``/``Mob:``/``☎`` word
  before or ``(WA)``/``- home`` after, an extension, two numbers joined by ``;``/``or``/``/``; birth dates in set
  40's layouts (``02-Apr-1998``, ``02 APR 1998``, ``1998.04.02``, ``2/4/1998``, ``02041998``, ``2 Apr '98``);
- twelve English note genres new to the sets (eight of the shapes' own: a tool library volunteer's loan note, a
  cattery's boarding note, a ballet teacher's class note, a cobbler's counter note, a judo coach's grading note, a
  tower captain's practice note, a car boot steward's note, a bowling host's party note; four of any table: an
  incident book entry, a lost-property entry, a text-message thread pasted in, a rota swap request), half of a
  table's English notes of its own shape's genre; people in full, titled, in capitals, in lower case (whole, given
  name or surname), by surname alone, by given name alone, in lists of three or four in mixed forms, signing
  (``- Carol H.``, ``cheers dave``); streets whole or without their number; phones whole, bare or local; ids after
  typo'd cues (``natinal id``, ``soc sec #``, ``ident nr``, ``NI numer``); birth dates only after a birth cue;
  look-alikes in the notes' own text (``Henry hoover``, ``Mr Darcy``, ``Stedman Triples``, ``Dr. Martens``,
  ``Morris Minor``, ``Strike King``); three local genres (a message taken, a reminder, a complaint) in de fr es it
  nl pt and da cs, about a third of the notes there;
- eight locales no set used: en_GU (Guam), en_MP (Northern Mariana Islands), en_KN (Saint Kitts and Nevis), en_VI
  (U.S. Virgin Islands), fr_MQ (Martinique), en_LC (Saint Lucia), nl_BQ (Bonaire) and en_GD (Grenada): see
  ``heldout40_new8`` (villages, estates, lots, quartiers, ``Kaya`` streets and landmarks without numbers, P.O.
  boxes, ``Caller Box``, ``PMB`` and ``BP``; ``GU 96929``, ``MP 96950``, ``VI 00820``, ``97232`` or no postcode;
  the US SSN in Guam, the Marianas and the Virgin Islands, the NIR of one born in Martinique and FR IBANs there);
  phones valid by ``phonenumbers``.

Scoring is set 39's, in this runner as there (with the repository's ``bench_pii_heldout.py``: a kept title or
``the`` is no trace): a missing cell written as a word is not counted as an original "left" (nor, in the pipeline's
replay, as a value found again); set 40 has no branch-town columns.

Modules: ``heldout40_language``, ``heldout40_new8``, ``heldout40_people``, ``heldout40_rows``, ``heldout40_rows2``,
``heldout40_notes`` and ``heldout40_shapes`` (the builder). Metrics are those of sets 9-39
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 239 (set 39's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 254. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-09-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s54h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout40.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 239 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 40 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it once
the ``heldout40_*.py`` files and this runner are in ``benchmarks/``.
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
import heldout40_language as language
import heldout40_new8 as new40
import heldout40_shapes as set40

GROUPS = (
    ("first 7", set40.FIRST7),
    ("other 239", set40.OTHER),
    ("new 8", new40.NEW8_40),
    ("all 254", set40.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 40002), ("pt_BR", 40001), ("fr_MQ", 40001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 40: before and after session 54"
COMPARE_INTRO = (
    "Set 40 (`heldout40_*.py`, 254 locales: set 39's 246 and en_GU, en_MP, en_KN, en_VI, fr_MQ, en_LC, nl_BQ, "
    "en_GD, which no set used before; seeds 40001-40006 for the first 7, 40001-40002 for the new 8, 40001 "
    "elsewhere) was written in session 54 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a tool library's loans, a cattery's boarding book, a ballet school's pupil register, a cobbler and "
    "key-cutting counter's repair tickets, a judo club's grading register, a church tower's ringing practice "
    "register, a car boot sale's pitch bookings, a ten-pin bowling centre's party bookings), 8-300 rows (most "
    "small; people come back), a third with headers in nine new styles (type prefixes `strName`, type suffixes "
    "`[varchar(50)]`, colons, sort arrows, two languages, spelled capitals, `tblLoans.` prefixes, lower case, SQL "
    "short names; a lost header `Unnamed: 4`/`Field7`/`(blank)`; `Phone.1`); phones in two or three new layouts "
    "within a column (slashes, dots, dashes, `(0)`, run together, `Tel.`/`(WA)` words, extensions); birth dates in "
    "new layouts; junk in some cells; columns mostly empty; children with their parents' surnames; a second-script "
    "column. Look-alikes: tools, cats, vets, ballet roles, shoe and lock brands, judo clubs, ringing methods, bells, "
    'car makes, traders and screen names named after people; staff "don\'t care". Notes: twelve English genres '
    "new to the sets, and a message, a reminder or a complaint in de fr es it nl pt da cs. Metrics are set 39's "
    "(`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout40_*.py` (seeds 40001-40006 for the first 7, 40001-40002 for the new 8, 40001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 39's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38, *new37.NEW8_37, *new36.NEW8_36, *language35.NEW8_35,
        *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31, "ar_IQ", "rw_RW",
        "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set40.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set40.LOCALES for w in language.missing_words(x))
    | frozenset(w.lower() for x in language39.LOCALES for w in language39.missing_words(x))
    | frozenset(w.lower() for x in language38.LOCALES for w in language38.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {w.lower() for w in language39.TOOL_MISSING}
    | {w.lower() for w in language38.TOOL_MISSING}
    | {w.lower() for w in language37.TOOL_MISSING}
    | {w.lower() for w in rows37._JUNK}
    | {w.lower() for w in rows38._JUNK}
    | {"-", "n/a", "none", "nan", "n/k", "?", "tbc", "see notes", "0"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 40's particulars, read when called."""
    return shared.HeldoutSet(
        40,
        set40,
        set40.heldout40_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 39's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set40.FIRST7[:2]),
    "first7_b": ",".join(set40.FIRST7[2:4]),
    "first7_c": ",".join(set40.FIRST7[4:]),
    "other_a": ",".join(set40.OTHER[:120]),
    "other_b": ",".join(set40.OTHER[120:]),
    "new8": ",".join(new40.NEW8_40),
}

_SET = recent.recent_runner(__name__, _spec, tables=set40, language=language, build=set40.heldout40_table)
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
