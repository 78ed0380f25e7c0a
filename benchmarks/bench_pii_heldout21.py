"""PII stage on held-out set 21 (``heldout21_*.py``, 102 locales; seeds 21001-21006 for the first 7, 21001-21002
for the new 8, 21001 elsewhere).

Set 21 was written in session 35 by a helper that did not read the PII code (beyond the signatures and docstrings
of the public API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings,
locale lists and set 20's function signatures), their results (beyond the group tables) or ``docs/pii*.md``, and
was kept out of the repository until the code helpers had stopped committing: it is measured BEFORE (the code
at the session's start, commit f369d63, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the
end), and tuned on never.

What is new in set 21:

- eight export shapes new to the sets, each with a column-naming style no set used: self-storage unit rentals
  (kebab-case ``tenant-first-name``, local words without accents), pest-control call-outs (a Salesforce report:
  standard API names ``FirstName`` ``MailingPostalCode`` and custom fields ``Site_Contact_Name__c``, local ones
  in ASCII), escape-room bookings (a web form's POST dump, ``booking[date_of_birth]``), food-bank referrals
  (COBOL copybook names ``CLT-SURNM``, ``KD-GEBDAT``, ``BEN-DT-NAIS``), horse livery clients (a Notion export,
  ``🎂 Geburtsdatum``), window-cleaning rounds (a hand-typed spreadsheet: squashed lower-case local labels, one
  with a typo, house number apart from the street name), tyre-fitting bookings (Django lookups
  ``customer__address__postcode``) and clothing alterations (Neo4j import headers ``born:date`` ``:LABEL``);
- phones in the layouts real exports use: national, bare digits, without the trunk 0, international without
  ``+``, with ``00``, E.164, extensions, integer columns that lost the leading zero, ``.0`` floats with gaps, two
  numbers in a cell, French dotted pairs; birth dates with month names in the locale's language and with times;
  missing cells written as the country writes them (``n/a``, ``TBC``, ``k.A.``, ``N/C``, ``s/d``, ``n.d.``,
  ``onbekend``...); case changes; two surnames in Catalan and Spanish-speaking countries;
- look-alikes (not personal data): Salesforce record ids, VINs with a valid check character, tyre sizes and DOT
  codes, horse passport UELNs and microchips, bait lot numbers, storage unit codes and padlock serials,
  order/invoice numbers with a phone's digit count, voucher codes, escape rooms named after people
  (``Sherlock's Study``), horses with titles (``Mr Darcy``, ``Lady Grey``), firms and farriers carrying a
  surname, agencies named after saints, garments of surname brands (``Harris Tweed``), event dates in the
  birth-date layout, amounts, counts, and the depot's or branch's town or postcode (not personal data: ``None``
  with names shown, "don't care" hidden); a house-number column alone is "don't care";
- ten English note genres new to the sets (pest-control visit report, escape-room booking confirmation,
  food-bank referral voucher, horse-passport transfer of ownership, self-storage arrears notice, lost-pet poster,
  marketplace buyer's message, remittance advice, airline booking record with ``SURNAME/FIRST MRS``, alarm
  keyholder list) and two local genres (a bank's lost/stolen card call note in 18 languages, a private vehicle
  sale receipt in 14);
- eight locales no set used: ca_ES (Catalan), sr_RS (Serbian Cyrillic), ro_MD, en_SG, mn_MN (Mongolian
  Cyrillic, patronymic first), es_UY, pt_AO, en_ZA; national ids with valid check digits (python-stdnum, or the
  JMBG, Singapore NRIC, Uruguayan cedula, Kazakh IIN and Emirates ID rules written here), IBANs from stdnum's
  registry, cards by Luhn, phones valid by ``phonenumbers``; where a country has no id pattern here its tables
  have no id column and its notes name a card instead.

Scoring is set 20's, in this runner as there: a branch's town or postcode is "don't care" with the names hidden,
and a missing cell written as a word is not counted as an original "left" (nor, in the pipeline's replay, as a
value found again).

Modules: ``heldout21_ids``, ``heldout21_language``, ``heldout21_words``, ``heldout21_places``, ``heldout21_columns``,
``heldout21_people``, ``heldout21_notes``, ``heldout21_local``, ``heldout21_shapes`` (the builder). Metrics are
those of sets 9-20, computed by the shared module ``pii_heldout_scoring.py`` (imported, not copied). Groups:
first 7 (six tables each: these decide whether the issue is met), other 87 (set 20's locales beyond the first
7, one table each), new 8 (two tables each) and all 102. ja/zh/ko/th notes are scored as CJK; in
hi/bn/ne/ta/si/gu/mr/or a street's and a template's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in
the results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a
``random.Random`` or a Faker seeded with the table's seed, and nothing is drawn from the clock (birth dates
count back from 2026-06-01).

Run: ``.venv/bin/python benchmarks/bench_pii_heldout21.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale
subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report. In parts (2 cores):
``--locales en_US,en_GB,de_DE,fr_FR``, ``--locales es_ES,it_IT,nl_NL``, the other 87 in two halves and the new 8,
each with its own ``--out``, then ``--merge``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout21_language as language
import heldout21_places as places
import heldout21_shapes as set21
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set21.FIRST7),
    ("other 87", set21.OTHER87),
    ("new 8", set21.NEW8_21),
    ("all 102", set21.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 21002), ("en_GB", 21004), ("ca_ES", 21001))
STREET_WORDS = shared.SET10_STREET_WORDS | places.OWN_STREET_WORDS
COMPARE_TITLE = "# Held-out set 21: before and after session 35"
COMPARE_INTRO = (
    "Set 21 (`heldout21_*.py`, 102 locales: set 20's 94 and ca_ES, sr_RS, ro_MD, en_SG, mn_MN, es_UY, pt_AO, en_ZA, "
    "which no set used before; seeds 21001-21006 for the first 7, 21001-21002 for the new 8, 21001 elsewhere) was "
    "written in session 35 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results (beyond the group tables) or `docs/pii*.md`, and was committed only after the code helpers had "
    "stopped committing: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (self-storage rentals, pest-control call-outs, escape-room bookings, food-bank referrals, horse "
    "livery clients, window-cleaning rounds, tyre-fitting bookings, clothing alterations), 24 rows, each with a "
    "naming style no set used (kebab-case, Salesforce API names, PHP form arrays, COBOL copybook names, Notion "
    "emoji properties, squashed spreadsheet labels with a typo, Django lookups, Neo4j typed headers); phones bare, "
    "without trunk 0, international without + or with 00, as integers and .0 floats, with extensions, two per "
    "cell, French dotted; missing cells as the country writes them. Look-alikes: Salesforce ids, VINs, tyre sizes "
    "and DOT codes, UELNs and microchips, lot numbers, order/invoice numbers with a phone's digit count, escape rooms "
    "and horses named like people, firms and farriers with surnames, saints' agencies, surname-brand garments, "
    "event dates, depot/branch towns and postcodes (None shown, don't care hidden). Notes: ten English genres new "
    "to the sets and a lost-card call note or a vehicle sale receipt in the locale's language. Metrics are set "
    "20's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout21_*.py` (seeds 21001-21006 for the first 7, 21001-21002 for the new 8, 21001 elsewhere, one of "
    "eight export shapes per table, default config `locales: [en_US]`). Metrics as set 20's (`pii_heldout_scoring.py`)."
)


_FAKER_LOCALES = recent.faker_locales(set21.LOCALES, places, skip_own=True)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)
# A missing cell written as a word (``n/a``, ``k.A.``, ``onbekend``, ``TBC``) is no personal data: left unchanged it is
# not a labelled original "left", nor a phone or postcode whose fake is checked (the shared ``_cells`` skips
# only empty cells; this runner widens it to the set's missing-cell words).
_MISSING = frozenset(w.lower() for ws in language.MISSING.values() for w in ws) | {"-", "n/a", "tbc"}
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 21's particulars, read when called (so a runner that changes ``GROUPS`` is followed)."""
    return shared.HeldoutSet(
        21,
        set21,
        set21.heldout21_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 20's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


_SET = recent.recent_runner(__name__, _spec, tables=set21, language=language, build=set21.heldout21_table)
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
