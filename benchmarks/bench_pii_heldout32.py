"""PII stage on held-out set 32 (``heldout32_*.py``, 190 locales; seeds 32001-32006 for the first 7, 32001-32002
for the new 8, 32001 elsewhere).

Set 32 was written in session 46 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists, set
31's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the repository
(``/work/s46h``) while the code helpers committed: it is measured BEFORE (the code at the session's start, run with
``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 31's 182 locales it
calls the earlier sets' generators of names, streets, ids, IBANs, e-mails, phones and date layouts
(``heldout31_people``, ``heldout31_language``, ``heldout28_ids``: their public functions, with set 32's own seeds);
everything else is its own.

What is new in set 32:

- eight export shapes new to the sets, each as the system such a business uses exports it: a home-care agency's
  visit rota (a row per visit, clients come back daily; the carer a staff category "don't care", a 4-digit
  key-safe code, the next of kin's name, relation and number in one cell, an NHS number in some British tables,
  care packages and funders as categories), a mobile-money agent's transaction register (the operator's English
  headers ``MSISDN``, ``Trans. ID``, ``Customer Name`` in capitals, the id type and number, the other party's number
  on transfers only, the agent's shop named after its owner), a scrap-metal dealer's purchase record (the seller's
  address whole or in parts, the id document's reference "don't care", vehicle registrations, the bank account paid
  to, the checker's initials "don't care"), a law firm's matter list (Clio-style ``Matter`` ``00123-Weber`` joining a
  number and the client's surname "don't care", the opposing party, the responsible lawyer "don't care", practice
  areas, trust balances), a Google Forms volunteer sign-up sheet (Google's ``Timestamp`` and ``Email Address``, the
  organiser's questions as headers in the local language, answers as typed: lower case, capitals, the emergency
  contact's name and number in one answer, an empty ``Score`` column; the free text is the "anything else?"
  answer), a hunting-licence register (surname and given names apart, the birthplace "don't care", weapon serials,
  insurance policy numbers with ten digits, hunting districts named after families, the issuing official "don't
  care"), a farmers' cooperative's delivery ledger (a row per delivery, the village, collection centres named after
  families, the payout to an IBAN or a mobile number, member numbers and field officers "don't care") and a tax
  preparer's client list (``SURNAME, Given``, the spouse's given name alone, the tax id, dependants' given names and
  birth years in one cell "don't care", the refund IBAN, the preparer's initials "don't care");
- a third of the tables with their column names mangled (``cust_`` / ``x_`` / ``fld12_`` / ``usr_`` prefixes, a
  ``_1`` suffix, camelCase, snake_case, ALL UPPER, consonant abbreviations ``Clnt Phn``, words of another language);
  the same entity written differently across tables (``WEBER, Klaus``, ``Klaus WEBER``, ``K. Weber``, ``Weber
  Klaus``, capitals, lower case, addresses whole or in parts, phones with ``x123``/``ext. 12`` or grouped by dots,
  ids with and without separators or spaced in threes) and junk in some cells (``n/a``, ``?``, ``TBC``, ``see
  notes``, ``0``, the locale's own missing-cell word);
- table sizes 10-400 rows (most 10-80: one first-7 table 10-20 rows, one 250-400; a tenth of the others 150-250);
  phones in two to four layouts within one column; birth dates in one to three layouts per column;
- ten English note genres new to the sets (a carer's missed-visit escalation, a next-of-kin call log, a
  mobile-money reversal request, a sticky-note reminder in lower case, a scrap yard's seller-id remark, a
  solicitor's attendance note, a volunteer's "anything else?" answer, a game warden's encounter report, a field
  officer's farm visit note, a tax preparer's engagement memo) naming people after roles, in brackets, in lower case,
  in capitals, as ``K. Weber``, by the given name alone, after verbs; phones, ids, cards, IBANs, e-mails, streets;
  birth dates only after a birth cue; and two local genres (a lost-document declaration, a key-holder nomination)
  in de fr es it nl pt;
- eight locales no set used: lo_LA (Laos: ``Souksavanh Phommachanh``, some in Lao script, ``Ban Sisavath, Unit
  12, House 045``, 12-digit ids), en_JE (Jersey: ``Le Sueur``, ``de Gruchy``, house names, ``JE2 4UH``,
  ``JY123456A``, GB IBANs), ar_YE (Yemen: four-part Arabic names or ``Al-Ahdal``, ``شارع حدة، عمارة 14، شقة 3``, no
  postcode, 11-digit ids), en_PG (Papua New Guinea: ``Grace Kila``, ``Section 23, Lot 12, Boroko``, 3-digit postcodes
  seldom, 10-digit NIDs), fr_NC (New Caledonia: ``Wamytan``, ``Taofifenua``, ``12 rue Jean Jaurès, 98800 Nouméa``,
  the French NIR of one born there with its key), sn_ZW (Zimbabwe: ``Tendai Moyo``, ``Stand 4521, Budiriro 5``, no
  postcodes, ``63-123456 F 42`` with its mod-23 check letter), en_GY (Guyana: ``Ravi Persaud``, ``Lot 45 Section K,
  Campbellville``, no postcodes, 9-digit ids) and ps_AF (Afghanistan: Pashto names in Arabic script or Latin,
  ``کور ۱۲، سړک ۱۵، وزیر اکبر خان`` with Persian digits at times, the e-Tazkira ``1399-0401-12345``); phones valid by
  ``phonenumbers``.

Scoring is set 31's, in this runner as there: a missing cell written as a word is not counted as an original "left"
(nor, in the pipeline's replay, as a value found again); set 32 has no branch-town columns.

Modules: ``heldout32_language``, ``heldout32_new8``, ``heldout32_people``, ``heldout32_cells``, ``heldout32_rows``,
``heldout32_rows2``, ``heldout32_notes`` and ``heldout32_shapes`` (the builder). Metrics are those of sets 9-31
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 175 (set 31's locales beyond the first 7, one table each), new 8 (two tables each) and all 190. ja/zh/ko/th
notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s46h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout32.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 175 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 32 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout29_places as places29
import heldout30_new8 as new30
import heldout31_places as places31
import heldout32_language as language
import heldout32_new8 as new32
import heldout32_shapes as set32
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set32.FIRST7),
    ("other 175", set32.OTHER),
    ("new 8", set32.NEW8_32),
    ("all 190", set32.LOCALES),
)
PIPELINE_TABLES = (("it_IT", 32004), ("tr_TR", 32001), ("sn_ZW", 32001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 32: before and after session 46"
COMPARE_INTRO = (
    "Set 32 (`heldout32_*.py`, 190 locales: set 31's 182 and lo_LA, en_JE, ar_YE, en_PG, fr_NC, sn_ZW, en_GY, ps_AF, "
    "which no set used before; seeds 32001-32006 for the first 7, 32001-32002 for the new 8, 32001 elsewhere) was "
    "written in session 46 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results or `docs/pii*.md`, and was kept outside the repository while the code helpers committed: nothing "
    "was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the sets (a home-care "
    "agency's visit rota, a mobile-money agent's transaction register, a scrap-metal dealer's purchase record, a law "
    "firm's matter list, a Google Forms volunteer sign-up sheet, a hunting-licence register, a farmers' "
    "cooperative's delivery ledger, a tax preparer's client list), 10-400 rows (most small; people come back), a "
    "third with mangled column names; phones in two to four layouts within a column, some with extensions; birth "
    "dates in one to three layouts; junk in some cells. Look-alikes: visit, transaction, ticket, licence, receipt, "
    "policy and weapon numbers, key-safe codes, vehicle registrations, agent shops, hunting districts and collection "
    "centres named after people, staff as a category, matter numbers joined with a surname, dependants, "
    "birthplaces. Notes: ten English genres new to the sets, and a lost-document declaration or a key-holder "
    "nomination in de fr es it nl pt. Metrics are set 31's (`pii_heldout_scoring.py`); default config "
    "`locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout32_*.py` (seeds 32001-32006 for the first 7, 32001-32002 for the new 8, 32001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 31's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*set32.NEW8_32, *language.l31.NEW8_31, "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set32.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k.A.``, ``nil``, ``TBC``) is no personal data: left unchanged it is
# not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set32.LOCALES for w in language.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {"-", "n/a", "none", "nan", "n/k"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 32's particulars, read when called."""
    return shared.HeldoutSet(
        32,
        set32,
        set32.heldout32_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 31's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set32.FIRST7[:2]),
    "first7_b": ",".join(set32.FIRST7[2:4]),
    "first7_c": ",".join(set32.FIRST7[4:]),
    "other_a": ",".join(set32.OTHER[:88]),
    "other_b": ",".join(set32.OTHER[88:]),
    "new8": ",".join(set32.NEW8_32),
}

_SET = recent.recent_runner(__name__, _spec, tables=set32, language=language, build=set32.heldout32_table)
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
