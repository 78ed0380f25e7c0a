"""PII stage on held-out set 30 (``heldout30_*.py``, 174 locales; seeds 30001-30006 for the first 7, 30001-30002
for the new 8, 30001 elsewhere).

Set 30 was written in session 44 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists, set
29's runner and public function signatures), their results (beyond set 29's group tables) or ``docs/pii*.md``, and
was kept out of the repository (``/work/s44h``) while the code helpers committed: it is measured BEFORE (the code at
the session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never.
For set 29's 166 locales it calls set 29's and set 28's generators of names, streets, ids, IBANs, e-mails, phones
and date layouts (``heldout29_people``, ``heldout29_places``, ``heldout29_ids``, ``heldout29_language``,
``heldout28_ids.phone_number``: their public functions, with set 30's own seeds); everything else is its own.

What is new in set 30:

- eight export shapes new to the sets, each as the system such a business uses exports it: a blood service's donor
  register (a row per donation: donors come back; donor and ISBT 128 donation numbers, blood groups, the whole
  address in one cell, the session venue ``Town Hall, <town>`` "don't care", Hb, deferral dates, the nurse "don't
  care"), a clinical trial site's screening log (GCP English headers everywhere: screening numbers ``S-014-0023``,
  initials and hospital numbers "don't care", the PI ``Dr Weber`` and the referrer "don't care", consent dates in
  the birth date's layout), an ADP Workforce Now payroll export (ADP's own headers whatever the country: ``Payroll
  Name`` ``WEBER, KLAUS``, ``Primary Address: Address Line 1``, an always-empty ``Address Line 2``, the country
  code, personal and work e-mails, the manager's payroll name "don't care", ``Deposit: IBAN``, the emergency
  contact's name and number apart), a letting agent's tenant ledger (a row per transaction: tenancies come back;
  ``Mr K Weber & Ms A Braun`` joined, the landlord a person, the branch town None shown and "don't care" hidden),
  a hospital ward's bed board (wards named after people ``Florence Nightingale``: a category; ``WEBER, Klaus``;
  the next of kin, relation and number in one cell; the age beside the birth date), a coach tour operator's
  rooming list (``WEBER/Klaus`` and the room sharer, passport numbers "don't care", nationality as a country code,
  hotels named after people), a debt collection agency's case export (creditors named after a family, two numbers
  in one cell ``a / b``, id and IBAN) and an angling club's permit register (members renew: permits come back;
  lower-case names from a handheld, the birth date for juniors only, the rod licence number and the issuing
  bailiff "don't care");
- table sizes 10-400 rows (most small: one first-7 table 10-20 rows, one 250-400); people come back in the blood,
  letting, debt, angling and trial tables (30-98 % distinct); phones in two to four layouts within one column,
  landlines and mobiles mixed, with and without the country code; birth dates in one to three layouts per column;
- ten English note genres new to the sets (a donor deferral and a post-donation reaction, a screen failure and a
  consent-witness record, a payroll change request, a rent arrears chase, a discharge planning note, a tour
  incident report, a debt trace report and a water bailiff's patrol report) with people named after their role
  (``daughter Anna Weber``), in lists (``A, B and C``), in lower case, as ``K. Weber``, in brackets, after verbs
  (``rang Weber``), by the given name alone; phones, ids, cards, IBANs, e-mails, streets; birth dates only after a
  birth cue (``born``, ``DOB``, ``d.o.b.``); and two local genres (a witness statement, a consent form) in de fr es
  it nl pt (Polynesia and Haiti the French, Namibia the German);
- eight locales no set used: ar_IQ (Iraq: four-part Arabic-script names, ``محلة 915، زقاق 12، دار 7`` quarter/
  alley/house, no postcode written, a 12-digit card number without a public check digit, IQ IBANs), rw_RW (Rwanda:
  Kinyarwanda surnames and Christian given names, Kigali's ``KG 11 Ave, No 12``, no postcodes, the 16-digit id
  ``1 1985 8 0123456 0 12``, no IBAN), fr_PF (French Polynesia: Tahitian names, ``PK 12,5 côté mer``, ``987xx``
  postcodes, no national id, no IBAN), en_ZM (Zambia: Bemba/Nyanja/Tonga names, ``Plot 1234, Kabulonga Road``,
  postcodes seldom, the NRC ``123456/78/1``, no IBAN), sr_BA (Republika Srpska: Serbian names in Cyrillic or Latin,
  ``ул. Његошева 12`` / ``Cara Lazara 12``, ``78000`` postcodes, the JMBG with its mod-11 check digit, BA IBANs),
  fr_HT (Haiti: ``Jean-Baptiste``, ``Rue Capois #45``, ``HT6110`` seldom, the NIF ``001-234-567-8``, no IBAN), de_NA
  (German-speaking Namibians: ``Sam-Nujoma-Drive 12``, ``Erf 1234``, postcodes seldom, the 11-digit id ``YYMMDD`` +
  five, no IBAN) and sm_WS (Samoa: Samoan names, village addresses ``Vaitele-uta, Upolu``, no postcodes, no national
  id, no IBAN); phones valid by ``phonenumbers``.

Scoring is set 29's, in this runner as there: a branch's town is "don't care" with the names hidden, and a missing
cell written as a word is not counted as an original "left" (nor, in the pipeline's replay, as a value found again).

Modules: ``heldout30_language``, ``heldout30_new8`` (people, places and ids of the new eight), ``heldout30_cells``,
``heldout30_columns``, ``heldout30_notes``, ``heldout30_local``, ``heldout30_rows``, ``heldout30_rows2`` and
``heldout30_shapes`` (the builder). Metrics are those of sets 9-29 (``pii_heldout_scoring.py``, imported). Groups:
first 7 (six tables each: these decide whether the issue is met), other 159 (set 29's locales beyond the first 7,
one table each), new 8 (two tables each) and all 174. ja/zh/ko/th notes are scored as CJK; in
hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s44h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout30.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 159 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 30 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout29_places as places29
import heldout30_language as language
import heldout30_new8 as new8
import heldout30_shapes as set30
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set30.FIRST7),
    ("other 159", set30.OTHER),
    ("new 8", set30.NEW8_30),
    ("all 174", set30.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 30002), ("pt_BR", 30001), ("sr_BA", 30001))
STREET_WORDS = shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new8.STREET_WORDS
COMPARE_TITLE = "# Held-out set 30: before and after session 44"
COMPARE_INTRO = (
    "Set 30 (`heldout30_*.py`, 174 locales: set 29's 166 and ar_IQ, rw_RW, fr_PF, en_ZM, sr_BA, fr_HT, de_NA, sm_WS, "
    "which no set used before; seeds 30001-30006 for the first 7, 30001-30002 for the new 8, 30001 elsewhere) was "
    "written in session 44 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results (beyond the group tables) or `docs/pii*.md`, and was kept outside the repository while the code "
    "helpers committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (a blood donor register with a row per donation, a trial site's screening log, an ADP Workforce Now "
    "payroll export with ADP's `Payroll Name` and `Primary Address: ...` headers, a letting agent's tenant ledger with "
    "joined tenants, a ward bed board with wards named after people and the next of kin in one cell, a coach tour "
    "rooming list with `WEBER/Klaus` and room sharers, a debt collection case export with two numbers in a cell and "
    "an angling club's permit register with lower-case names), 10-400 rows (most small; people come back); phones in "
    "two to four layouts within a column; birth dates in one to three layouts. Look-alikes: donor, donation, "
    "screening, associate, file, tenancy, case, permit and licence numbers, blood groups, wards, hotels and creditors "
    "named after people, nationalities, staff as a category, the letting branch's town (None shown, don't care "
    "hidden). Notes: ten English genres new to the sets, and a witness statement or a consent form in de fr es it nl "
    "pt. Metrics are set 29's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout30_*.py` (seeds 30001-30006 for the first 7, 30001-30002 for the new 8, 30001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 29's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the new eight are no Faker locale (left out of the street-type words).
_PLACES = types.SimpleNamespace(
    faker_locale=lambda x: x if x in set30.NEW8_30 else places29.faker_locale(x), OWN=set30.NEW8_30
)
_FAKER_LOCALES = recent.faker_locales(set30.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k.A.``, ``нема``) is no personal data: left unchanged it is not a
# labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set30.LOCALES for w in language.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {"-", "n/a", "none", "nan"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 30's particulars, read when called."""
    return shared.HeldoutSet(
        30,
        set30,
        set30.heldout30_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 29's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set30.FIRST7[:2]),
    "first7_b": ",".join(set30.FIRST7[2:4]),
    "first7_c": ",".join(set30.FIRST7[4:]),
    "other_a": ",".join(set30.OTHER[:80]),
    "other_b": ",".join(set30.OTHER[80:]),
    "new8": ",".join(set30.NEW8_30),
}

_SET = recent.recent_runner(__name__, _spec, tables=set30, language=language, build=set30.heldout30_table)
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
