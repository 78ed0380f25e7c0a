"""PII stage on held-out set 43 (``heldout43_*.py``, 278 locales; seeds 43001-43006 for the first 7, 43001-43002
for the new 8, 43001 elsewhere).

Set 43 was written in session 57 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists,
set 42's runner and modules, and public function signatures), their results or ``docs/pii*.md``, and was kept out
of the repository (``/work/s57h``) while the code helpers committed: it is measured BEFORE (the code at the
session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For
set 42's 270 locales it calls the earlier sets' generators of people (names, streets, towns, postcodes, ids, IBANs,
e-mails, phone numbers: ``heldout42_people.sources`` / ``person`` / ``with_surname`` / ``second_script`` / ``latin``
/ ``title``, which call sets 32-42's) with set 43's seeds; everything else (cell forms, phone layouts, date layouts,
address cells, header styles, shapes, notes, the eight new locales) is its own.

What is new in set 43:

- eight export shapes new to the sets: a surf school's board and wetsuit hire (boards ``Al Merrick``, ``Channel
  Islands``, ``Tom Wegener alaia``; wetsuits ``O'Neill``, ``Rip Curl``, ``Patagonia``; beaches ``Fistral``,
  ``Polzeath``; an emergency contact and their phone, mostly empty; instructors "don't care"; dates ``2026-Dec-14``),
  a dry cleaner's ticket book (labels ``Hugo Boss``, ``Vera Wang``, ``Christian Dior``, ``Laura Ashley``, ``Paul
  Smith``; who collected, mostly empty; a delivery address, mostly empty; dates ``4.Dec.2026``), a sheep-shearing
  contractor's farm list (farms ``McKenzie's Run``, ``Lord Howe Farm``, ``Glenmore Station``; breeds ``Border
  Leicester``, ``Romney``, ``Lincoln``; the gang's first names "don't care"; wool buyers ``Elders``; a contact on the
  day, mostly empty; dates ``2027 01 14``), a bridge club's pairs results (pairs ``Harvey - Patel`` or ``Gail Harvey
  & Sue Patel``; movements ``Howell``, ``Mitchell``; trophies ``Culbertson Cup``, ``Goren Salver``, ``Lady Milne
  Trophy``; member numbers "don't care"; dates ``Nov 04 2026``), a Christmas tree farm's delivery list (``Nordmann
  fir``, ``Fraser fir``, ``Norway spruce``; stands ``Cinco``; who to leave it with, mostly empty; dates ``14 / 12 /
  2026``), an upholsterer's job cards (``Chesterfield sofa``, ``Queen Anne chair``, ``Parker Knoll recliner``,
  ``Chippendale``, ``Lloyd Loom``; fabrics ``William Morris Strawberry Thief``, ``Sanderson``, ``Harris Tweed``; who
  referred them, mostly empty), an archery club's round scores (juniors with a parent's surname and birth dates;
  bows ``Hoyt``, ``Bear``; rounds ``York``, ``Hereford``, ``Portsmouth``, ``Bristol II``; member numbers "don't
  care") and a community apple-pressing day's bookings (``Cox's Orange Pippin``, ``Ellison's Orange``, ``Kingston
  Black``, ``Worcester Pearmain``; the street and town of a pick-up, mostly empty; a helper, mostly empty);
- a third of the tables with their headers in one of eight styles no set used (letters spaced out ``N A M E``, an
  8.3 short name ``CUSTOM~1``, a hash prefix ``#phone``, a printed form's leader dots ``Phone .......``, an XPath
  ``/record/phone``, URL encoding ``Customer%20name``, inverted words ``Name, customer``, plus encoding
  ``Customer+name``), a third of those with one header lost as ``V5`` (R), ``...5`` (readr) or ``<untitled>``;
  headers in the table's language in most de fr es it nl pt da cs tables and in nb and mi (English in a few of
  them), in the country's other language in a few (Spanish in the US, French in Canada, Belgium and Switzerland,
  English for te reo Māori); junk in the person columns of two tables in five (the locale's missing-cell words and
  ``not given``, ``withheld``, ``[empty]``, ``<none>``, ``N.A.``, ``tbd``, ``pending``, ``nobody``, ``anon``, ``--
  select --``, ``(not set)``, ``~``); a second-script column where it is real (set 42's rule; North Korea: the
  romanised name);
- names in cells as ``Gail M. Harvey Jr.`` (a middle initial and a suffix), ``HARVEY Gail``, ``Gail (Gigi)
  Harvey``, ``G.M. Harvey``/``G. Harvey``, ``Harvey - Gail``, ``harvey gail``, ``Harvey Gail (Mrs)``, ``Gail H.``
  besides the plain form; pairs of people in one cell (``Harvey - Patel``); phones with spaces at odd places
  (``074 06858 784``), with the country's name (``07406 858784 (United Kingdom)``, ``United Kingdom: 07406
  858784``), as ``tel:+44-7406-858784``, two labelled numbers (``home: 01330 252288; mobile: 07406 858784``), digits
  in pairs, ``(44) 7406 858784``, ``+44.7406858784`` and ``07406 858784 - ask for Gail``; birth dates in set 43's
  layouts (``2.Apr.1998``, ``1998-Apr-02``, ``2nd of April 1998``, ``Apr 02 1998``, ``02 / 04 / 1998``, ``1998 04
  02``); addresses in one cell as ``Leeds – 12 Elm Road``, ``12 Elm Road (LS1 4AB Leeds)`` and ``12 Elm Road | LS1
  4AB | Leeds`` besides the locale's own;
- twelve English note genres new to the sets (eight of the shapes' own: a surf instructor's beach log line, a dry
  cleaner's counter note, a shearing gang's tally-book note, a bridge director's ruling note, a tree delivery
  driver's drop note, an upholsterer's job-card note, an archery target captain's score-sheet note, an
  apple-pressing day's press-log line; four of any table: a Post-it note, a club newsletter's paragraph, a whiteboard
  transcript with arrows, a public-address announcement), half of a table's English notes of its own shape's genre;
  people in full, titled (``Mrs Harvey``, ``Mrs Gail Harvey``), in capitals (whole or the surname), in lower case
  (whole, given name or surname), by surname alone, possessive (``Harvey's``), by given name alone, with an initial
  (``G. Harvey``), in lists of three or four joined by `` + ``, `` / `` or ``; `` (``Rota this week: HARVEY + j. patel
  + Sue + G. Smith``), signing (``-- Gail (sent from my phone)``, ``ta gail``, ``Best, G. Harvey``); streets whole or
  without their number (a landmark, a P.O. box, a building, a room or a house of a settlement is never used as a
  street in a note); phones whole, bare, local, international, ``tel:`` URIs and with odd spaces; ids after typo'd
  cues (``natnl id``, ``ID numbre``, ``passprt #``, ``I/D no``, ``Ausweissnr``, ``nº dni``, ``bsn nmr``, ``c.f.``,
  ``cpr nr``, ``fødselsnr.``, ``NHI#``); birth dates only after a birth cue (``b.``, ``DOB``, ``Geburtstag:``);
  look-alikes in the notes' own text (``Al Merrick``, ``O'Neill``, ``Fistral``, ``Vera Wang``, ``Hugo Boss``,
  ``Border Leicester``, ``Elders``, ``Culbertson Cup``, ``Howell``, ``Goren Salver``, ``Nordmann fir``, ``Fraser
  fir``, ``Chesterfield``, ``William Morris``, ``Queen Anne``, ``Parker Knoll``, ``Hoyt``, ``Portsmouth``, ``York``,
  ``Hereford``, ``Kingston Black``, ``Cox's Orange Pippin``, ``Ellison's Orange``); three local genres (a thank-you
  message, a weather cancellation notice, a newsletter's welcome) in de fr es it nl pt da cs nb mi, about a third of
  the notes there;
- eight locales no set used: ar_SD (Sudan), en_ER (Eritrea), es_EH (Western Sahara), en_IO (the British Indian Ocean
  Territory), ko_KP (North Korea), nb_SJ (Svalbard), it_VA (Vatican City) and mi_NZ (te reo Māori, a new language of
  an old country): see ``heldout43_new8`` (``Hay Al-Matar, Block 5, House 112``, ``Street 15, Al-Amarat``, Asmara's
  ``Street 171-16, House 7``, ``Avenida Mekka 44``, ``Barrio Colomina``, ``Building 19, Room 214``, ``BBND 1ZZ``,
  ``창전거리 12``, ``Vei 230-12``, ``9171 Longyearbyen``, ``Via della Posta 3``, ``00120 Città del Vaticano``,
  ``State Highway 35, RD 3``, ``Ruatōria 4032``; Sudan's national number, the Moroccan CIN, the Norwegian
  fødselsnummer, the NZ NHI number); phones valid by ``phonenumbers`` for the locale's region (EH, SJ and VA share
  Morocco's, Norway's and Italy's country codes).

Scoring is set 42's, in this runner as there (with the repository's ``bench_pii_heldout.py``: a kept title or
``the`` is no trace): a missing cell written as a word is not counted as an original "left" (nor, in the pipeline's
replay, as a value found again); set 43 has no branch-town columns; a club's or federation's member number is
"don't care".

Modules: ``heldout43_language``, ``heldout43_new8``, ``heldout43_people``, ``heldout43_rows``, ``heldout43_rows2``,
``heldout43_notes`` and ``heldout43_shapes`` (the builder). Metrics are those of sets 9-42
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 263 (set 42's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 278. ja/zh/ko (ko_KP too)/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken
between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-12-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s57h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout43.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 263 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 43 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it once
the ``heldout43_*.py`` files and this runner are in ``benchmarks/``.
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
import heldout42_language as language42
import heldout42_new8 as new42

# isort: split
import heldout43_language as language
import heldout43_new8 as new43
import heldout43_shapes as set43

GROUPS = (
    ("first 7", set43.FIRST7),
    ("other 263", set43.OTHER),
    ("new 8", new43.NEW8_43),
    ("all 278", set43.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 43002), ("pt_BR", 43001), ("nb_SJ", 43001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS | new43.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 43: before and after session 57"
COMPARE_INTRO = (
    "Set 43 (`heldout43_*.py`, 278 locales: set 42's 270 and ar_SD, en_ER, es_EH, en_IO, ko_KP, nb_SJ, it_VA, "
    "mi_NZ, places or a language no set used before; seeds 43001-43006 for the first 7, 43001-43002 for the new 8, "
    "43001 elsewhere) was written in session 57 by a helper that did not read the PII code, the PII tests, the "
    "earlier held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code "
    "helpers committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (a surf school's board hire, a dry cleaner's tickets, a shearing contractor's farm list, a bridge "
    "club's pairs results, a Christmas tree delivery list, an upholsterer's job cards, an archery club's scores, an "
    "apple-pressing day's bookings), 8-300 rows (most small; people come back), a third with headers in eight new "
    "styles (letters spaced out, 8.3 short names, a hash prefix, leader dots, XPaths, URL and plus encoding, inverted "
    "words; a lost header `V5`/`...5`/`<untitled>`); phones in new layouts within a column (odd spaces, the "
    "country's name, `tel:` URIs with dashes, two labelled numbers, pairs of digits, `(44)`, `+44.`, who to ask "
    "for); names with a middle initial and suffix, `SURNAME Given`, a nickname in brackets, initials with the "
    "surname, `Surname - Given`, lower case surname first, the title after, the surname as an initial; birth dates "
    "in new layouts (`2.Apr.1998`, `1998-Apr-02`, `2nd of April 1998`, `Apr 02 1998`, `02 / 04 / 1998`, `1998 04 "
    "02`); addresses in new one-cell forms; junk in some cells; columns mostly empty; juniors with their parents' "
    "surnames; a second-script column. Look-alikes: surfboards, wetsuits, beaches, fashion labels, farms, breeds, "
    "bridge movements and trophies, trees, furniture and fabrics, bows, archery rounds and apples named after people "
    'or places; staff and membership numbers "don\'t care". Notes: twelve English genres new to the sets, and a '
    "thank-you message, a weather cancellation or a newsletter welcome in de fr es it nl pt da cs nb mi. Metrics are "
    "set 42's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout43_*.py` (seeds 43001-43006 for the first 7, 43001-43002 for the new 8, 43001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 42's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new43.NEW8_43, *new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38,
        *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set43.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set43.LOCALES for w in language.missing_words(x))
    | frozenset(w.lower() for x in language42.LOCALES for w in language42.missing_words(x))
    | frozenset(w.lower() for x in language41.LOCALES for w in language41.missing_words(x))
    | frozenset(w.lower() for x in language40.LOCALES for w in language40.missing_words(x))
    | frozenset(w.lower() for x in language39.LOCALES for w in language39.missing_words(x))
    | frozenset(w.lower() for x in language38.LOCALES for w in language38.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {w.lower() for w in language42.TOOL_MISSING}
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
    """Set 43's particulars, read when called."""
    return shared.HeldoutSet(
        43,
        set43,
        set43.heldout43_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 42's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set43.FIRST7[:2]),
    "first7_b": ",".join(set43.FIRST7[2:4]),
    "first7_c": ",".join(set43.FIRST7[4:]),
    "other_a": ",".join(set43.OTHER[:132]),
    "other_b": ",".join(set43.OTHER[132:]),
    "new8": ",".join(new43.NEW8_43),
}

_SET = recent.recent_runner(__name__, _spec, tables=set43, language=language, build=set43.heldout43_table)
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
