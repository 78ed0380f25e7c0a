"""PII stage on held-out set 33 (``heldout33_*.py``, 198 locales; seeds 33001-33006 for the first 7, 33001-33002
for the new 8, 33001 elsewhere).

Set 33 was written in session 47 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists, set
32's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the repository
(``/work/s47h``) while the code helpers committed: it is measured BEFORE (the code at the session's start, run with
``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 32's 190 locales it
calls the earlier sets' generators of names, streets, ids, IBANs, e-mails, phones and date layouts
(``heldout32_people``, ``heldout32_language``, ``heldout28_ids``: their public functions, with set 33's own seeds);
everything else is its own.

What is new in set 33:

- eight export shapes new to the sets, each as the system such a business uses exports it: a food bank's referral
  log (a row per voucher, clients come back; referral agencies as categories, some named after a saint or a
  person; the referrer "don't care"; children's ages; an ``Email`` column left empty), a student-housing allocation
  export (StarRez-style entry and student numbers, last and first name apart, a preferred name "don't care",
  nationality, rooms in halls named after people, the emergency contact's name, relation and number in one cell,
  the family's home address), a pharmacy's repeat-prescription list (``SURNAME, Given``, the NHS number in British
  tables or the national id, the address in parts, items, the prescriber and the delivery driver "don't care", a
  surgery named after a doctor), a kindergarten's enrolment list (the child's names apart and a child's birth date,
  groups named after storybook figures, two parents, the second often empty, ``Oma Gisela`` allowed to collect
  "don't care", the paediatrician "don't care"), an allotment society's plot register (the tenant and a mostly
  empty joint tenant, landlines with extensions, sites named after a benefactor, water-key numbers), an interpreting
  agency's booking log (hospitals named after a saint or a person, the hospital number, the interpreter and the
  booker's work e-mail "don't care"), a cemetery's burial register (the deceased's birth and death dates, the last
  address, graves in sections named after saints, the grave owner with phone and e-mail, the funeral director
  ``Weber & Sons`` "don't care") and a pawnbroker's pledge book (``Weber Klaus`` or initials, the id type and number,
  item serials, the loan paid to an IBAN, the card the interest was paid with, the clerk's initials "don't care");
- a third of the tables with their column names mangled (``cust_`` / ``x_`` / ``fld12_`` / ``tbl_`` / ``usr_``
  prefixes, a ``_1`` suffix, camelCase, snake_case, ALL UPPER, dropped vowels, words of another language); the same
  entity written differently across tables (``WEBER, Klaus``, ``Klaus WEBER``, ``K. Weber``, ``Weber Klaus``,
  ``KW``, lower case, addresses whole or in parts, phones with ``x123`` / ``ext. 12`` / ``(WhatsApp)``, ids with and
  without separators) and junk in some cells (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``, the locale's own
  missing-cell word); the notes column last or in the middle;
- table sizes 10-300 rows (a first-7 locale: one table of 200-300 rows and one of 10-20; elsewhere 10-50, one in
  sixteen 150-250), about 11,000 rows in all; phones in two to four layouts within one column; birth dates in one to
  three layouts per column;
- ten English note genres new to the sets (a food bank's welfare follow-up, a residence warden's incident log, a
  pharmacist's intervention record, a nursery's daily diary line, an allotment plot inspection notice, an
  interpreter's feedback, a grave-rights transfer memo, a pawnbroker's suspicious-pledge report, an out-of-office
  auto-reply, a complaint escalation) naming people after roles, in lists, in brackets, in lower case, in capitals,
  as ``K. Weber``, after verbs; a child by the given name alone (no truth); phones, ids, cards, IBANs, e-mails,
  streets; birth dates only after a birth cue; and two local genres (a condolence card, a neighbour complaint) in
  de fr es it nl pt;
- eight locales no set used: ar_QA (Qatar: ``Mohammed Al-Kuwari`` or Arabic script, expatriate names, ``Building
  14, Street 850, Zone 56``, no postcode, the 11-digit QID, QA IBANs), dz_BT (Bhutan: ``Karma Wangchuk`` with no
  family name, ``House No. 12, Changzamtog``, 5-digit postcodes seldom, the 11-digit citizenship id), en_BM
  (Bermuda: ``Outerbridge``, house names, ``HM 12`` postcodes, no national id), pap_AW (Aruba: ``Croes``, ``Caya
  Frans Figaroa 23``, no postcodes, the date-based persoonsnummer), en_LR (Liberia: ``Musu Kollie``, ``Duport
  Road``, ``1000`` seldom, NIR numbers), to_TO (Tonga: ``Sione Tupou``, ``'Ana Latu``, villages, no postcode, no
  id), ar_LY (Libya: Arabic script or ``Al-Warfalli``, ``شارع عمر المختار``, the 12-digit national number, LY IBANs)
  and fr_BJ (Benin: ``Koffi Houngbédji``, ``Carré 1234, maison Dossou, Akpakpa``, the 10-digit NPI); phones valid by
  ``phonenumbers``.

Scoring is set 32's, in this runner as there: a missing cell written as a word is not counted as an original "left"
(nor, in the pipeline's replay, as a value found again); set 33 has no branch-town columns.

Modules: ``heldout33_language``, ``heldout33_new8``, ``heldout33_cells``, ``heldout33_rows``, ``heldout33_rows2``,
``heldout33_notes`` and ``heldout33_shapes`` (the builder). Metrics are those of sets 9-32 (``pii_heldout_scoring.py``,
imported). Groups: first 7 (six tables each: these decide whether the issue is met), other 183 (set 32's locales
beyond the first 7, one table each), new 8 (two tables each) and all 198. ja/zh/ko/th notes are scored as CJK; in
hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s47h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout33.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 183 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 33 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it.
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
import heldout33_language as language
import heldout33_new8 as new33
import heldout33_shapes as set33
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set33.FIRST7),
    ("other 183", set33.OTHER),
    ("new 8", set33.NEW8_33),
    ("all 198", set33.LOCALES),
)
PIPELINE_TABLES = (("fr_FR", 33001), ("pl_PL", 33001), ("pap_AW", 33001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 33: before and after session 47"
COMPARE_INTRO = (
    "Set 33 (`heldout33_*.py`, 198 locales: set 32's 190 and ar_QA, dz_BT, en_BM, pap_AW, en_LR, to_TO, ar_LY, "
    "fr_BJ, which no set used before; seeds 33001-33006 for the first 7, 33001-33002 for the new 8, 33001 "
    "elsewhere) was written in session 47 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a food bank's referral log, a student-housing allocation export, a pharmacy's repeat-prescription list, "
    "a kindergarten's enrolment list, an allotment society's plot register, an interpreting agency's booking log, a "
    "cemetery's burial register, a pawnbroker's pledge book), 10-300 rows (most small; people come back), a third "
    "with mangled column names; phones in two to four layouts within a column, some with extensions; birth dates in "
    "one to three layouts; junk in some cells. Look-alikes: voucher, ticket, entry, student, job, register and "
    "water-key numbers, item serials, halls, surgeries, sites and groups named after people, nationalities; staff, "
    "prescribers, interpreters, bookers' e-mails, funeral directors, hospital numbers and the people allowed to "
    'collect a child "don\'t care". Notes: ten English genres new to the sets, and a condolence card or a '
    "neighbour complaint in de fr es it nl pt. Metrics are set 32's (`pii_heldout_scoring.py`); default config "
    "`locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout33_*.py` (seeds 33001-33006 for the first 7, 33001-33002 for the new 8, 33001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 32's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*set33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31, "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA",
        "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set33.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k.A.``, ``nil``, ``TBC``) is no personal data: left unchanged it is
# not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set33.LOCALES for w in language.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {"-", "n/a", "none", "nan", "n/k", "?", "tbc", "see notes", "0"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 33's particulars, read when called."""
    return shared.HeldoutSet(
        33,
        set33,
        set33.heldout33_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 32's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set33.FIRST7[:2]),
    "first7_b": ",".join(set33.FIRST7[2:4]),
    "first7_c": ",".join(set33.FIRST7[4:]),
    "other_a": ",".join(set33.OTHER[:92]),
    "other_b": ",".join(set33.OTHER[92:]),
    "new8": ",".join(set33.NEW8_33),
}

_SET = recent.recent_runner(__name__, _spec, tables=set33, language=language, build=set33.heldout33_table)
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
