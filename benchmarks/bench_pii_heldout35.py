"""PII stage on held-out set 35 (``heldout35_*.py``, 214 locales; seeds 35001-35006 for the first 7, 35001-35002
for the new 8, 35001 elsewhere).

Set 35 was written in session 49 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists, set
34's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the repository
(``/work/s49h``) while the code helpers committed: it is measured BEFORE (the code at the session's start, run with
``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 34's 206 locales it
calls the earlier sets' generators of names, streets, ids, IBANs, e-mails, phones and date layouts
(``heldout32_people``, ``heldout33_new8``, ``heldout34_new8``, ``heldout34_language``, ``heldout28_ids``: their
public functions, with set 35's own seeds); everything else is its own.

What is new in set 35:

- eight export shapes new to the sets, each as the system such a business uses exports it: a golf club's tee sheet
  (the player as ``WEBER, Klaus`` or ``Klaus WEBER``, playing partners joined in one cell ``K. Weber & Anna Roth``,
  a guest's host mostly empty, handicap and WHS numbers, courses named after great players, the pro shop's booker
  "don't care"; members come back), a notary's deed register (local headers ``UR-Nr.`` / ``N° répertoire``, two
  parties, the second empty for wills and powers of attorney, titled names, the first party's birth date and id,
  the property's whole address, the notary "don't care", the office named after its founder), a tailor's
  alteration tickets (``Weber Klaus``, phones in several layouts, some landlines with extensions, cloth named
  after a prince, the cutter "don't care", the deposit card and who collected mostly empty), a museum's accession
  register (the donor with whole address, phone and e-mail, the deceased a bequest came from, makers and
  provenance "don't care", galleries named after benefactors; donors come back), a class reunion's RSVP sheet
  (first name and surname at school apart, the married name mostly empty, the plus-one, a birth date for the
  quiz, the town they live in now, the class year and country as look-alikes), Etsy's sold-orders CSV (its own
  headers: Full Name / First Name / Last Name of the recipient, Street 1 / Street 2 / Ship City / Ship Zipcode,
  empty coupon and in-person columns, the buyer's account name "don't care"), an Airbnb host's reservations CSV
  (Confirmation code, Guest name, Contact, ... with the host's own columns: e-mail mostly empty, id and birth date
  for the police registration, the cleaner "don't care", listings named after people) and a petition's signature
  export (snake_case headers, names apart sometimes in lower case, the street mostly empty, the phone mostly
  empty, ``display_publicly`` / ``utm_source``);
- a third of the tables with their column names mangled (``cust_`` / ``x_`` / ``u_`` / ``tbl_`` / ``c_`` and
  ``fld12_`` prefixes, a ``_1`` suffix, camelCase, snake_case, ALL UPPER, abbreviations ``Mbr Nm``, the gloss's
  words of the table's language); the same entity written differently across tables and junk in some cells
  (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``, the locale's own missing-cell word); the notes column last or in
  the middle; columns where most cells are empty and a few hold a person;
- table sizes 10-400 rows (a first-7 locale: one table of 200-400 rows, one of 10-20, four of 20-70; elsewhere
  10-35, one locale in twenty 150-250; the new 8: 10-60), about 10,800 rows in all; phones in two to four layouts
  within one column; birth dates in one to three layouts per column;
- ten English note genres new to the sets (a golf marshal's report, a notary clerk's file memo, a tailor's fitting
  note, a curator's provenance note, a reunion organiser's e-mail digest with ``cc:`` lines, a gift message to an
  Etsy seller, an Airbnb host's checkout report, a petition signer's comment, meeting minutes with a roll call
  ``Present:`` / ``Apologies:``, a voicemail transcript) naming people after roles before the verb, in lists, in
  brackets, in lower case, in capitals, as ``K. Weber``, by surname or given name alone (the row's own person, whom
  the table's name column holds in another form) and signed at the end by another person of the table (the
  country's own stock); phones whole or as bare national digits in brackets, e-mails, streets written the local
  way (no house number: block and lot, compounds, landmarks, house names, P.O. boxes), ids after ``id``, IBANs and
  cards; birth dates only after a birth cue; and two local genres (a parcel left with a neighbour, a small ad on a
  notice board) in de fr es it nl pt, about a third of the notes there;
- eight locales no set used: ar_MR (Mauritania: ``Mohamed Lemine Ould Cheikh`` / ``Mariem Mint Ahmed Salem``, a
  third in Arabic script, Halpulaar ``Aissata Sy``; ``Tevragh Zeina, Ilot K, Lot 125`` or ``BP 2345``; no postcode;
  the 10-digit NNI; MR IBANs), en_GM (The Gambia: ``Lamin Jallow``; ``Jallow Kunda, behind the mosque``, ``Kairaba
  Avenue, Fajara``; no postcode, no id, no IBAN), fr_BF (Burkina Faso: ``Ouédraogo Aminata``; ``Secteur 15, rue
  15.123, porte 45``, ``01 BP 1234 Ouagadougou 01``; the CNIB ``B1234567``), en_GG (Guernsey: ``Le Page``, ``De
  Garis``; ``Les Câches Farm, Rue des Câches, St Martin``, ``GY4 6PT``; GB IBANs; 01481 / 07781 numbers), fr_GP
  (Guadeloupe: ``Nadège Bambuck``; ``Lotissement Les Flamboyants, lot 12``, ``Section Boisripeaux``, ``97139 Les
  Abymes``; the NIR of one born there with its key (``stdnum.fr.nir``); FR IBANs with their RIB key), rn_BI
  (Burundi: ``Niyonzima Claudine``; ``Rohero I, Avenue de la Mission n°12``, ``Ngagara Q.3, n°45``; no postcode, no
  id, no IBAN), en_BS (The Bahamas: ``Shavonne Rolle``; ``#12 Blue Hill Road South``, ``off Carmichael Road,
  opposite the gas station``, ``Lot 45, Pinewood Gardens``, ``P.O. Box N-7147``; no postcode, no id) and zh_MO
  (Macau: ``陳家豪`` or ``Chan Ka Hou``, Macanese ``Maria de Fátima Ritchie``; ``Rua do Campo n.º 45, Edf. Kam Loi,
  12.º andar A`` or ``新馬路12號3樓B座``; no postcode; the BIR number ``1234567(8)``, its check digit drawn, the
  rule not being public); phones valid by ``phonenumbers``.

Scoring is set 34's, in this runner as there: a missing cell written as a word is not counted as an original "left"
(nor, in the pipeline's replay, as a value found again); set 35 has no branch-town columns. zh_MO is not in the CJK
list (its notes are English and Portuguese with spaces; Chinese names stand between spaces or punctuation).

Modules: ``heldout35_language``, ``heldout35_new8``, ``heldout35_people``, ``heldout35_cells``, ``heldout35_rows``,
``heldout35_rows2``, ``heldout35_notes`` and ``heldout35_shapes`` (the builder). Metrics are those of sets 9-34
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 199 (set 34's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each)
and all 214. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's
words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s49h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout35.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 199 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 35 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it.
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
import heldout35_language as language
import heldout35_new8 as new35
import heldout35_shapes as set35
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set35.FIRST7),
    ("other 199", set35.OTHER),
    ("new 8", set35.NEW8_35),
    ("all 214", set35.LOCALES),
)
PIPELINE_TABLES = (("nl_NL", 35003), ("pl_PL", 35001), ("fr_GP", 35001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 35: before and after session 49"
COMPARE_INTRO = (
    "Set 35 (`heldout35_*.py`, 214 locales: set 34's 206 and ar_MR, en_GM, fr_BF, en_GG, fr_GP, rn_BI, en_BS, "
    "zh_MO, which no set used before; seeds 35001-35006 for the first 7, 35001-35002 for the new 8, 35001 "
    "elsewhere) was written in session 49 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a golf club's tee sheet, a notary's deed register, a tailor's alteration tickets, a museum's accession "
    "register, a class reunion's RSVP sheet, Etsy's sold-orders CSV, an Airbnb host's reservations CSV, a "
    "petition's signature export), 10-400 rows (most small; people come back), a third with mangled column names; "
    "phones in two to four layouts within a column, some with extensions; birth dates in one to three layouts; "
    "junk in some cells; columns mostly empty with a few people. Look-alikes: member, WHS, register, ticket, "
    "accession, order, confirmation and signature numbers, courses, offices, cloths, galleries and listings named "
    "after people, class years, countries, nationalities; staff, makers, provenance lines, account names and the "
    'second street line "don\'t care". Notes: ten English genres new to the sets, and a parcel card or a small ad '
    "in de fr es it nl pt. Metrics are set 34's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout35_*.py` (seeds 35001-35006 for the first 7, 35001-35002 for the new 8, 35001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 34's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*set35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF",
        "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set35.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k.A.``, ``nil``, ``TBC``) is no personal data: left unchanged it is
# not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set35.LOCALES for w in language.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {"-", "n/a", "none", "nan", "n/k", "?", "tbc", "see notes", "0"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 35's particulars, read when called."""
    return shared.HeldoutSet(
        35,
        set35,
        set35.heldout35_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 34's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set35.FIRST7[:2]),
    "first7_b": ",".join(set35.FIRST7[2:4]),
    "first7_c": ",".join(set35.FIRST7[4:]),
    "other_a": ",".join(set35.OTHER[:100]),
    "other_b": ",".join(set35.OTHER[100:]),
    "new8": ",".join(set35.NEW8_35),
}

_SET = recent.recent_runner(__name__, _spec, tables=set35, language=language, build=set35.heldout35_table)
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
