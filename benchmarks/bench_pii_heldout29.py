"""PII stage on held-out set 29 (``heldout29_*.py``, 166 locales; seeds 29001-29006 for the first 7, 29001-29002
for the new 8, 29001 elsewhere).

Set 29 was written in session 43 by a helper that did not read the PII code (beyond the signatures and docstrings
of the public API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings,
locale lists, set 28's runner and function signatures), their results (beyond the group tables) or
``docs/pii*.md``, and was kept out of the repository until the code helpers had stopped committing: it is
measured BEFORE (the code at the session's start, commit 6ec4261, run with ``PYTHONPATH`` at an export of it) and
AFTER (the head at the end), and tuned on never. For set 28's 158 locales it calls set 28's generators of names,
streets, ids, phones and date layouts (``heldout28_people``, ``heldout28_places``, ``heldout28_ids``,
``heldout28_language``: their public functions, with set 29's own seeds); everything else is its own.

What is new in set 29:

- eight export shapes new to the sets, each as the system such a business uses exports it: an SAP customer master
  download (``KNA1``'s technical field names whatever the country: ``NAME1``/``NAME2`` holding either the whole
  name (``Lachmann, Friedrich``, ``Frau Lucie Dowerg``) and a ``c/o`` person, or the surname and the given name;
  ``SORTL`` the surname's first ten letters in capitals; ``STCD1`` the tax id; ``GBDAT`` ``19560305`` or
  ``00000000``; ``ERDAT`` in the same layout; ``ERNAM`` the clerk's user id ``KWEBER``), a Google Contacts CSV (all
  of Google's columns, most empty; ``Name`` with a nickname; birthdays ``--03-05`` without a year; two numbers in a
  cell joined by `` ::: ``; a three-line formatted address; a spouse in ``Relation 1 - Value``; an anniversary in
  ``Event 1 - Value``), a charity's Salesforce NPSP donor report (a row per gift, report columns in the org's
  language, informal and formal greetings, ``Weber Household`` accounts, opportunity names carrying the donor's name
  and the gift date, close dates in the birth date's layout, the fundraiser "don't care"), a dental practice's
  patient list (headers in the practice's language, ``Known As``, age beside the birth date, the dentist as
  ``Dr Weber`` (a category), last-visit and recall dates in the birth date's layout), a pharmacy's dispensing log
  (a row per item: ``WEBER, Klaus`` or ``Weber K``, the whole address in one cell, a prescription number with a
  phone's digit count, batch numbers, the prescriber "don't care", ``Collected By`` a relative's name or the
  language's word for the patient themself), a hotel's Opera PMS profile export (Oracle column names, ``LAST`` in
  capitals, ``BIRTH_DATE`` and ``LAST_STAY`` as ``05-MAR-56``, passport numbers, membership numbers with a phone's
  digit count, companies named after a family ``Berger & Söhne``), a courier's delivery manifest (headers in the
  language, consignees in capitals, the handheld's signer as a lower-case surname, drivers' first names, the depot
  town: ``None`` shown, "don't care" hidden) and a ferry's passenger manifest (families on one booking, ``05MAR1956``
  birth dates and sailings in the same layout, the lead passenger ``WEBER/KLAUS MR``, the emergency contact's name
  and number in one cell, plates and cabins);
- table sizes 10-400 rows (most small: one first-7 table 10-20 rows, one 250-400); people come back in the NPSP,
  pharmacy and courier tables (45-95 % distinct); phones in two to four layouts within one column, landlines and
  mobiles mixed, with and without the country code; birth dates in one to three layouts per column;
- ten English note genres new to the sets (an SAP dunning call, a Google contact memo, a donor stewardship note and a
  Gift Aid declaration, a dental medical alert and referral, a pharmacy collection note, a hotel guest-preference
  comment, a courier's failed delivery and a ferry's special assistance) with line breaks, bullets and shorthand,
  children's given names alone, lower-case names, initials, titles with surnames, birth dates only after a birth
  cue (``born``, ``DOB``); and two local genres (a callback message, an authorisation to collect) in de fr es it nl
  pt ca (Madagascar the French, Timor-Leste the Portuguese);
- eight locales no set used: hu_RO (Transylvanian Hungarians: CNP by ``stdnum.ro.cnp``, ``Str. Kossuth Lajos nr.
  12, bl. A3, ap. 7``, Hungarian town names, 6-digit postcodes, RO IBANs), ar_KW (Kuwait: Arabic-script names with
  the father's name, ``قطعة 4، شارع 12، منزل 7`` block/street/house addresses, no postcode written, the 12-digit
  civil id with its weighted mod-11 check digit, KW IBANs), en_BW (Botswana: Setswana names, ``Plot 12345, Extension
  9`` and ``P.O. Box`` addresses, no postcodes, the 9-digit Omang without a check digit, no IBAN), fr_MG
  (Madagascar: long Malagasy surnames, ``Lot IVG 204 Antanimena``, 3-digit postcodes, the 12-digit CIN without a
  check digit, no IBAN), rm_CH (Romansh Graubünden: Romansh names and headers, ``Via Principala 12``, ``7xxx``
  postcodes, the AHV number by ``stdnum.ch.ssn``, CH IBANs), pt_TL (Timor-Leste: Portuguese and Tetum names,
  ``Aldeia ..., Suco ...`` addresses, no postcodes, no national id with a check digit, TL IBANs), en_BZ (Belize:
  Creole, Mestizo, Garifuna and Mennonite names, ``#12 Albert Street``, ``Mile 8 George Price Highway``, no
  postcodes, no national id, no IBAN) and so_SO (Somalia: given, father's and grandfather's names, ``Degmada Hodan,
  Waaxda 4`` district/section addresses, no postcodes, no national id, SO IBANs); phones valid by ``phonenumbers``.

Scoring is set 28's, in this runner as there: a branch's town is "don't care" with the names hidden, and a missing
cell written as a word (or SAP's ``00000000`` date) is not counted as an original "left" (nor, in the pipeline's
replay, as a value found again).

Modules: ``heldout29_language``, ``heldout29_people``, ``heldout29_places``, ``heldout29_ids``,
``heldout29_columns``, ``heldout29_words``, ``heldout29_notes``, ``heldout29_local``, ``heldout29_cells``,
``heldout29_rows``, ``heldout29_rows2`` and ``heldout29_shapes`` (the builder). Metrics are those of sets 9-28
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 151 (set 28's locales beyond the first 7, one table each), new 8 (two tables each) and all 166. ja/zh/ko/th
notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout29.py --out NAME [--label BEFORE] [--locales a,b] [--rows N]
[--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run
apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below
(the first 7 in three, the other 151 in two halves, the new 8), each with its own ``--out``, then ``--merge``;
``run_parts.sh EXPORT_DIR LABEL PREFIX`` does all of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout29_language as language
import heldout29_places as places
import heldout29_shapes as set29
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set29.FIRST7),
    ("other 151", set29.OTHER),
    ("new 8", set29.NEW8_29),
    ("all 166", set29.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 29002), ("es_MX", 29001), ("hu_RO", 29002))
STREET_WORDS = shared.SET10_STREET_WORDS | places.OWN_STREET_WORDS
COMPARE_TITLE = "# Held-out set 29: before and after session 43"
COMPARE_INTRO = (
    "Set 29 (`heldout29_*.py`, 166 locales: set 28's 158 and hu_RO, ar_KW, en_BW, fr_MG, rm_CH, pt_TL, en_BZ, so_SO, "
    "which no set used before; seeds 29001-29006 for the first 7, 29001-29002 for the new 8, 29001 elsewhere) was "
    "written in session 43 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results (beyond the group tables) or `docs/pii*.md`, and was committed only after the code helpers had "
    "stopped committing: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (an SAP KNA1 customer master with `NAME1`/`NAME2`, `SORTL` and `19560305` dates, a Google Contacts "
    "CSV with `--03-05` birthdays and ` ::: `-joined numbers, a charity's Salesforce NPSP donor report with greetings "
    "and `Weber Household` accounts, a dental practice's patient list, a pharmacy's dispensing log with `WEBER, "
    "Klaus` and the whole address in one cell, a hotel's Opera PMS profile export with `05-MAR-56` dates, a courier's "
    "delivery manifest with lower-case signers, a ferry's passenger manifest with `05MAR1956` dates and "
    "`WEBER/KLAUS MR`), 10-400 rows (most small; people come back), each with its system's naming and cell "
    "conventions; phones in two to four layouts within a column, landlines and mobiles mixed; birth dates in one to "
    "three layouts. Look-alikes: SAP customer numbers and clerk user ids, Salesforce ids, prescription and "
    "membership numbers with a phone's digit count, batches, consignments, bookings, cabins, plates, family firms, "
    "anniversaries, visit, recall, stay and sailing dates in the birth date's layout, staff as a category, the "
    "courier's depot town (None shown, don't care hidden). Notes: ten English genres new to the sets, and a "
    "callback message or an authorisation to collect in de fr es it nl pt ca. Metrics are set 28's "
    "(`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout29_*.py` (seeds 29001-29006 for the first 7, 29001-29002 for the new 8, 29001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 28's (`pii_heldout_scoring.py`)."
)


_FAKER_LOCALES = recent.faker_locales(set29.LOCALES, places)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k.A.``, ``nagin``) or SAP's empty date ``00000000`` is no personal
# data: left unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for ws in language.MISSING.values() for w in ws)
    | {w.lower() for w in language.TOOL_MISSING}
    | {"-", "n/a", "none", "nan", "00000000"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 29's particulars, read when called."""
    return shared.HeldoutSet(
        29,
        set29,
        set29.heldout29_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 28's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores; a first-7 locale's six tables take ~30-60 s CPU, another
# locale's one ~3 s): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set29.FIRST7[:2]),
    "first7_b": ",".join(set29.FIRST7[2:4]),
    "first7_c": ",".join(set29.FIRST7[4:]),
    "other_a": ",".join(set29.OTHER[:76]),
    "other_b": ",".join(set29.OTHER[76:]),
    "new8": ",".join(set29.NEW8_29),
}

_SET = recent.recent_runner(__name__, _spec, tables=set29, language=language, build=set29.heldout29_table)
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
