"""PII stage on held-out set 34 (``heldout34_*.py``, 206 locales; seeds 34001-34006 for the first 7, 34001-34002
for the new 8, 34001 elsewhere).

Set 34 was written in session 48 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists, set
33's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the repository
(``/work/s48h``) while the code helpers committed: it is measured BEFORE (the code at the session's start, run with
``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 33's 198 locales it
calls the earlier sets' generators of names, streets, ids, IBANs, e-mails, phones and date layouts
(``heldout32_people``, ``heldout32_language``, ``heldout33_language``, ``heldout33_new8``, ``heldout28_ids``: their
public functions, with set 34's own seeds); everything else is its own.

What is new in set 34:

- eight export shapes new to the sets, each as the system such a business uses exports it: an office reception's
  visitor sign-in export (Envoy-like: sign-in and sign-out times, the visitor's company often named after a family,
  the host "don't care", badge numbers and car plates as look-alikes; visitors come back), a martial-arts club's
  grading register (surname and given name apart, the examiner ``Sensei K. Weber`` "don't care", a dojo named after
  its founder, the parent's mobile only for children, the emergency contact ``Name (Mutter) +49 ...`` in one cell),
  an animal shelter's adoption register (pets with people's names, 15-digit microchips, the adopter's whole address,
  the id seen, the home-check volunteer "don't care", the person who surrendered the animal mostly empty), a phone
  repair shop's job sheets (``Weber Klaus`` / ``WEBER, Klaus``, IMEIs with their Luhn digit, the passcode and the
  technician's initials "don't care", the card a deposit was taken on mostly empty; customers come back), a music
  school's lesson roster (the pupil and the payer, rooms named after composers, the teacher ``Frau Weber`` "don't
  care", the payer's IBAN), a cleaning firm's client key register (street, postcode and town apart, alarm codes
  "don't care", the neighbour holding a spare key and the neighbour's phone, landlines with extensions), a career
  fair's candidate registrations (first and last name apart, some lower case, universities named after people,
  nationality, LinkedIn URLs and the recruiter "don't care", the birth date often empty) and a chess club's member
  list (``Weber, Klaus``, FIDE and federation ids, titles and ratings, the birth year "don't care" beside a full
  birth date, clubs named after masters);
- a third of the tables with their column names mangled (``cust_`` / ``x_`` / ``fld12_`` / ``u_`` / ``tbl_``
  prefixes, a ``_1`` suffix, camelCase, snake_case, ALL UPPER, abbreviations ``Cust Ph``, words of another
  language); the same entity written differently across tables (``WEBER, Klaus``, ``Klaus WEBER``, ``K. Weber``,
  ``Weber Klaus``, lower case, addresses whole or in parts, phones with ``x123`` / ``ext. 12``, ids with and without
  separators) and junk in some cells (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``, the locale's own missing-cell
  word); the notes column last or in the middle;
- table sizes 10-400 rows (a first-7 locale: one table of 200-400 rows, one of 10-20, four of 20-80; elsewhere
  10-40, one in twenty 150-250), about 10,500 rows in all; phones in two to four layouts within one column; birth
  dates in one to three layouts per column;
- ten English note genres new to the sets (a reception's incident log line, a dojo's injury report, an animal
  shelter's home-check report, a repair shop's ticket update, a music teacher's practice report, a cleaner's
  key-handover note, a recruiter's screening note, a chess tournament withdrawal, an SMS thread pasted into a CRM,
  a character reference) naming people after roles before the verb, in lists, in brackets, in lower case, in
  capitals, as ``K. Weber``, after verbs, and signed at the end with a name of the country's own stock; phones
  (some as bare national digits in brackets), e-mails, streets written the local way, ids after short cues (``id``,
  ``ref``, ``no.``), IBANs and cards; birth dates only after a birth cue; and two local genres (a lost-and-found
  notice, a car-share offer) in de fr es it nl pt;
- eight locales no set used: tk_TM (Turkmenistan: ``Merdan Orazow`` / ``Aýgül Orazowa``, ``Magtymguly şaýoly 45,
  jaý 12`` or ``Parahat 7, jaý 23, öý 14``, six-digit postcodes, no national id written), ar_SY (Syria: Arabic
  script or ``Al-Halabi``, ``المزة، شارع الجلاء، بناء 12، طابق 3`` or ``Mezzeh, Al-Jalaa St., Bldg 12, floor 3``, no
  postcode, the 11-digit national number, no IBAN), ss_SZ (Eswatini: ``Sibusiso Dlamini``, ``Plot 245,
  Sidwashini`` with landmarks, ``H100`` postcodes, the 13-digit PIN from the birth date), en_SL (Sierra Leone:
  ``Fatmata Kamara``, ``14 Wilkinson Road`` or ``off Regent Road, near the Cotton Tree``, no postcode, no id),
  fr_CD (DR Congo: ``MUKENDI KALALA Jean-Pierre``, ``Av. Kasa-Vubu n°45, Q/ Matonge, C/ Kalamu``, no postcode, no
  id), st_LS (Lesotho: ``Palesa Mokhothu``, villages ``Ha Abia``, three-digit postcodes seldom, no id), es_GQ
  (Equatorial Guinea: ``Pilar Nsue Ebang``, ``Calle de Argelia 14``, ``Barrio Ela Nguema``, no postcode, no id) and
  pt_ST (São Tomé and Príncipe: ``Aurélio Costa Alegre``, ``Bairro Riboque``, ``Roça Monte Café``, no postcode, no
  id); none of their ids has a public check digit (none invented); phones valid by ``phonenumbers``.

Scoring is set 33's, in this runner as there: a missing cell written as a word is not counted as an original "left"
(nor, in the pipeline's replay, as a value found again); set 34 has no branch-town columns.

Modules: ``heldout34_language``, ``heldout34_new8``, ``heldout34_cells``, ``heldout34_rows``, ``heldout34_rows2``,
``heldout34_notes`` and ``heldout34_shapes`` (the builder). Metrics are those of sets 9-33 (``pii_heldout_scoring.py``,
imported). Groups: first 7 (six tables each: these decide whether the issue is met), other 191 (set 33's locales
beyond the first 7, one table each), new 8 (two tables each) and all 206. ja/zh/ko/th notes are scored as CJK; in
hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s48h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout34.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 191 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 34 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it.
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
import heldout34_language as language
import heldout34_new8 as new34
import heldout34_shapes as set34
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set34.FIRST7),
    ("other 191", set34.OTHER),
    ("new 8", set34.NEW8_34),
    ("all 206", set34.LOCALES),
)
PIPELINE_TABLES = (("it_IT", 34001), ("tr_TR", 34001), ("ss_SZ", 34001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 34: before and after session 48"
COMPARE_INTRO = (
    "Set 34 (`heldout34_*.py`, 206 locales: set 33's 198 and tk_TM, ar_SY, ss_SZ, en_SL, fr_CD, st_LS, es_GQ, "
    "pt_ST, which no set used before; seeds 34001-34006 for the first 7, 34001-34002 for the new 8, 34001 "
    "elsewhere) was written in session 48 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (an office reception's visitor sign-in export, a martial-arts club's grading register, an animal "
    "shelter's adoption register, a phone repair shop's job sheets, a music school's lesson roster, a cleaning "
    "firm's client key register, a career fair's candidate registrations, a chess club's member list), 10-400 rows "
    "(most small; people come back), a third with mangled column names; phones in two to four layouts within a "
    "column, some with extensions; birth dates in one to three layouts; junk in some cells. Look-alikes: badge, "
    "member, job, key-tag, registration, FIDE and federation numbers, IMEIs, microchips, car plates, companies, "
    "dojos, rooms, universities and clubs named after people, pets with people's names, nationalities; staff, "
    'passcodes, alarm codes, LinkedIn URLs and birth years "don\'t care". Notes: ten English genres new to the '
    "sets, and a lost-and-found notice or a car-share offer in de fr es it nl pt. Metrics are set 33's "
    "(`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout34_*.py` (seeds 34001-34006 for the first 7, 34001-34002 for the new 8, 34001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 33's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*set34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31, "ar_IQ", "rw_RW", "fr_PF",
        "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set34.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k.A.``, ``nil``, ``TBC``) is no personal data: left unchanged it is
# not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set34.LOCALES for w in language.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {"-", "n/a", "none", "nan", "n/k", "?", "tbc", "see notes", "0"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 34's particulars, read when called."""
    return shared.HeldoutSet(
        34,
        set34,
        set34.heldout34_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 33's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set34.FIRST7[:2]),
    "first7_b": ",".join(set34.FIRST7[2:4]),
    "first7_c": ",".join(set34.FIRST7[4:]),
    "other_a": ",".join(set34.OTHER[:96]),
    "other_b": ",".join(set34.OTHER[96:]),
    "new8": ",".join(set34.NEW8_34),
}

_SET = recent.recent_runner(__name__, _spec, tables=set34, language=language, build=set34.heldout34_table)
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
