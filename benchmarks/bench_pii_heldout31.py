"""PII stage on held-out set 31 (``heldout31_*.py``, 182 locales; seeds 31001-31006 for the first 7, 31001-31002
for the new 8, 31001 elsewhere).

Set 31 was written in session 45 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists, set
30's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the repository
(``/work/s45h``) while the code helpers committed: it is measured BEFORE (the code at the session's start, run with
``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 30's 174 locales it
calls the earlier sets' generators of names, streets, ids, IBANs, e-mails, phones and date layouts
(``heldout29_people``, ``heldout29_places``, ``heldout29_ids``, ``heldout28_ids.phone_number``, ``heldout30_new8``,
``heldout30_language``: their public functions, with set 31's own seeds); everything else is its own.

What is new in set 31:

- eight export shapes new to the sets, each as the system such a business uses exports it: a PayPal activity
  download (PayPal's own headers in English, German or French: ``From Email Address``, ``Shipping Address`` whole
  beside ``Address Line 1``/``Town/City``/``Zip/Postal Code``, the shop's own ``To Email Address`` "don't care",
  items named after a family, receipt ids with a card's digit count; a row per payment, buyers come back), a
  council's electoral register extract (the British ``Elector Name`` ``WEBER, Klaus`` with a birth date only for
  attainers, or Germany's Wählerverzeichnis, France's liste électorale, Spain's censo, Italy's and the Netherlands'
  registers with split names, ``Straße`` beside ``Hausnummer``, a second surname, the birthplace "don't care";
  households share an address; polling stations named after people), a prison's visits booking log (the prisoner's
  number "don't care", his name, the lead visitor in four forms, children joined in one cell with relation and age,
  the id document's number "don't care", the booking officer "don't care"; visitors come back), a maternity unit's
  antenatal booking list (hospital number "don't care", the national id or an NHS number with its mod-11 check, the
  birth partner's name and number in one cell, GP practices and midwife teams named after people), a register
  office's birth registration appointments (the baby's birth date, hospitals named after people, both parents, the
  informant "don't care", the office's town None shown and "don't care" hidden), a census enumerator's household
  listing (CSPro-style ``NAME``/``DOB``/``HH_PHONE`` or the questionnaire's words; the head's phone on the head's
  line only; Khmer-script names in some Cambodian tables), a Zoom webinar report (Zoom's English headers everywhere,
  display names as typed: lower case, a first name alone, ``iPhone de Claire``; rows per join) and a university's
  applicant export (applicant number "don't care", previous surname mostly empty, a refund IBAN, the parent or
  guardian, schools named after people, the referee "don't care"; one to three applications per applicant);
- a third of the tables with their column names mangled as exports do (``cust_`` / ``x_`` / ``fld12_`` prefixes, a
  ``_1`` suffix, camelCase, snake_case, ALL UPPER, ``Vis Ph`` abbreviations, one other language's words); the same
  entity written differently across tables (``WEBER, Klaus``, ``Klaus WEBER``, ``K. Weber``, two people in one
  cell, addresses whole or in parts, phones with ``x123``/``ext. 12``, ids with and without separators) and junk
  in some cells (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``);
- table sizes 10-400 rows (most small: one first-7 table 10-20 rows, one 250-400); phones in two to four layouts
  within one column; birth dates in one to three layouts per column;
- ten English note genres new to the sets (a PayPal dispute, a canvasser's doorstep log, a prison visitor's id
  check, a midwife's booking summary, a register office's reminder, an enumerator's call-back note, a webinar Q&A
  log, a referee's letter, a refund instruction, a safeguarding referral) naming people after roles, in lists, in
  lower case, as ``K. Weber``, in brackets, after verbs, by the given name alone; phones, ids, cards, IBANs,
  e-mails, streets; birth dates only after a birth cue; and two local genres (a letter of authority, a
  change-of-address notice) in de fr es it nl pt;
- eight locales no set used: ar_PS (Palestine: Arabic names, ``شارع الإرسال، عمارة 12``, no postcode, the 9-digit
  id with its Luhn check digit, PS IBANs), dv_MV (Maldives: ``Aishath Shifa``, ``H. Maavehi, Majeedhee Magu``,
  ``20xxx`` postcodes, ``A123456``), km_KH (Cambodia: ``Sok Dara``, ``#12, St. 294, Sangkat Tonle Bassac``, 9-digit
  ids), en_MW (Malawi: ``Chikondi Banda``, ``Area 47, Plot 47/3/215``, 8-character ids), en_IM (Isle of Man: Manx
  surnames, ``IM2 4NA``, ``MA123456A``, GB IBANs), tg_TJ (Tajikistan: Cyrillic Tajik names, ``кӯч. Рӯдакӣ 45, хонаи
  12``, ``734xxx``, 9-digit taxpayer numbers), en_BB (Barbados: Bajan surnames, ``Lot 12, Sunset Crest``, ``BB23027``,
  ``YYMMDD-XXXX``) and my_MM (Myanmar: ``Aung Kyaw Moe``, ``No. 45, Bogyoke Aung San Road, Pabedan Township``, NRC
  ``12/OuKaMa(N)123456``); phones valid by ``phonenumbers``.

Scoring is set 30's, in this runner as there: a branch's town is "don't care" with the names hidden, and a missing
cell written as a word is not counted as an original "left" (nor, in the pipeline's replay, as a value found again).

Modules: ``heldout31_language``, ``heldout31_new8``, ``heldout31_people``, ``heldout31_cells``, ``heldout31_rows``,
``heldout31_rows2``, ``heldout31_notes`` and ``heldout31_shapes`` (the builder). Metrics are those of sets 9-30
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 167 (set 30's locales beyond the first 7, one table each), new 8 (two tables each) and all 182. ja/zh/ko/th
notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s45h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout31.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 167 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 31 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout29_places as places29
import heldout30_new8 as new30
import heldout31_language as language
import heldout31_places as places31
import heldout31_shapes as set31
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set31.FIRST7),
    ("other 167", set31.OTHER),
    ("new 8", set31.NEW8_31),
    ("all 182", set31.LOCALES),
)
PIPELINE_TABLES = (("fr_FR", 31003), ("pl_PL", 31001), ("tg_TJ", 31001))
STREET_WORDS = shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
COMPARE_TITLE = "# Held-out set 31: before and after session 45"
COMPARE_INTRO = (
    "Set 31 (`heldout31_*.py`, 182 locales: set 30's 174 and ar_PS, dv_MV, km_KH, en_MW, en_IM, tg_TJ, en_BB, my_MM, "
    "which no set used before; seeds 31001-31006 for the first 7, 31001-31002 for the new 8, 31001 elsewhere) was "
    "written in session 45 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results or `docs/pii*.md`, and was kept outside the repository while the code helpers committed: nothing "
    "was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the sets (a PayPal "
    "activity download, an electoral register extract with households, a prison's visits booking log, a maternity "
    "unit's antenatal booking list with the birth partner's name and number in one cell, a register office's birth "
    "registration appointments, a census enumerator's household listing, a Zoom webinar report with display names as "
    "typed, a university's applicant export), 10-400 rows (most small; people come back), a third with mangled column "
    "names; phones in two to four layouts within a column, some with extensions; birth dates in one to three layouts; "
    "junk in some cells. Look-alikes: transaction, receipt, elector, prisoner, hospital, entry and applicant numbers, "
    "id-document numbers, polling stations, hospitals, GP practices, midwife teams, schools and items named after "
    "people, staff as a category, nationalities, the register office's town (None shown, don't care hidden). Notes: "
    "ten English genres new to the sets, and a letter of authority or a change-of-address notice in de fr es it nl pt. "
    "Metrics are set 30's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout31_*.py` (seeds 31001-31006 for the first 7, 31001-31002 for the new 8, 31001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 30's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the sixteen written by hand are no Faker locale (left out of the street words).
_OWN = (*set31.NEW8_31, "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set31.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k.A.``, ``нест``, ``TBC``) is no personal data: left unchanged it is
# not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set31.LOCALES for w in language.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {"-", "n/a", "none", "nan", "n/k"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 31's particulars, read when called."""
    return shared.HeldoutSet(
        31,
        set31,
        set31.heldout31_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 30's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set31.FIRST7[:2]),
    "first7_b": ",".join(set31.FIRST7[2:4]),
    "first7_c": ",".join(set31.FIRST7[4:]),
    "other_a": ",".join(set31.OTHER[:84]),
    "other_b": ",".join(set31.OTHER[84:]),
    "new8": ",".join(set31.NEW8_31),
}

_SET = recent.recent_runner(__name__, _spec, tables=set31, language=language, build=set31.heldout31_table)
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
