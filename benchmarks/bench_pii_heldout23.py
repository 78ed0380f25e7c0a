"""PII stage on held-out set 23 (``heldout23_*.py``, 118 locales; seeds 23001-23006 for the first 7, 23001-23002
for the new 8, 23001 elsewhere).

Set 23 was written in session 37 by a helper that did not read the PII code (beyond the signatures and docstrings
of the public API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings,
locale lists and set 22's runner and function signatures), their results (beyond the group tables) or
``docs/pii*.md``, and was kept out of the repository until the code helpers had stopped committing: it is
measured BEFORE (the code at the session's start, commit 03d4658, run with ``PYTHONPATH`` at an export of it) and
AFTER (the head at the end), and tuned on never.

What is new in set 23:

- eight export shapes new to the sets, each with a column-naming style no set used: bridal-wear fittings (Oracle
  column names with their table, ``BRD_FITTING_T.CUST_LAST_NM``), scaffolding hire (Dynamics 365 logical names,
  standard ``firstname`` ``address1_postalcode`` ``mobilephone`` beside custom ``cr4f2_notfallkontakt``), skip hire
  (XPath of an XML export with positions and attributes, ``/Auftrag/Kunde/Telefon[2]``,
  ``/Commande/Client/@dateDeNaissance``), bicycle-repair tickets (camelCase with a developer's typos,
  ``custLastNmae``, ``emial``, ``dateOfBrith``), supply-teacher agency records (LDAP / Active Directory attributes,
  ``givenName`` ``sn`` ``l`` ``mail`` ``schacDateOfBirth``), wine-club members (Google Contacts CSV groups,
  ``Phone 1 - Value``, ``Address 1 - Postal Code``, ``Relation 1 - Value``), tree-surgery quote requests (numbered
  questionnaire items in the local language, ``Q4a. Telefonnummer für Rückfragen``) and photo-studio sittings (SAS
  8-character names, ``lname`` ``dob_dt`` ``pcode``);
- phones in one export layout per table (national, bare digits, without trunk 0, international without ``+``,
  E.164, spaced international, ``00``, integer columns that lost the leading zero, ``.0`` floats with gaps,
  extensions, two numbers in a cell, dots, a slash); birth dates with month names in the locale's language (Welsh
  ``11 Awst 1935`` too), with a time of day, LDAP ``YYYYMMDD``, ISO; missing cells as the country writes them
  (``N/K``, ``TBC``, ``k.A.``, ``non communiqué``, ``sin dato``, ``n.v.t.``, ``anhysbys``...); upper- and
  lower-case columns and e-mails, particles, hyphenated and two surnames, Welsh ``ap`` surnames;
- look-alikes (not personal data): dress designers named after their founders (``Jenny Packham``, ``Vera Wang``),
  dress sizes, wineries carrying a family name (``Torres``, ``Antinori``, ``Dr. Loosen``), bike models with a name
  (``Raleigh Chopper``), frame numbers, GTIN-13 barcodes, scaffold tags, lift and tree heights, sites with street
  words (``Mill Street Depot``), council permit numbers, skip sizes, EWC waste codes, lorry plates, tree species,
  how-did-you-hear answers, LDAP units and job titles, staff numbers, AD ``whenCreated`` stamps, object hashes,
  Google phone-type words and contact groups, photo packages, order/job/negative numbers with a phone's digit
  count, staff first names repeated on most rows as a category (fitter, erector, driver, mechanic, surveyor,
  photographer), event dates in the birth-date layout, amounts, and the branch's or depot's town (``None`` with
  names shown, "don't care" hidden);
- ten English note genres new to the sets (bridal fitting card, scaffold handover certificate, skip permit
  application, bike-repair estimate approval, supply-teacher DBS check record, wine-club age-verified delivery
  record, tree-works quotation, photo-studio model release, notice of intended marriage, trade credit
  application) and two local genres (a business's appointment confirmation by e-mail, a self-declaration of
  residence) in de fr es it nl pt cy ca sv pl;
- eight locales no set used: ig_NG (Igbo, Nigeria), en_BD (Bangladesh, names in Latin letters), es_GT (Guatemala,
  Maya surnames), es_PY (Paraguay), pt_CV (Cape Verde), ar_OM (Oman, Arabic script), cy_GB (Welsh: names,
  streets, labels, month names and notes in Welsh, UK numbers) and fr_CI (Côte d'Ivoire); national ids with valid
  check digits (python-stdnum, Guatemalan NIT and Paraguayan RUC included; UK NI by HMRC's letter rules), IBANs
  from stdnum's registry, cards by Luhn, phones valid by ``phonenumbers``; a country without an id pattern here
  has no id column and its notes name a card instead; Faker's addresses where it has the locale's own, else
  streets, towns and postcodes written here for about fifty countries.

Scoring is set 22's, in this runner as there: a branch's town is "don't care" with the names hidden, and a
missing cell written as a word is not counted as an original "left" (nor, in the pipeline's replay, as a value
found again). An integer phone column (one that lost its leading zero) keeps pandas' ``<NA>`` in its missing
cells; the shared scoring reads that as a value, so "cells left" counts it (one or two per such table, BEFORE and
AFTER alike); no rate of the group table depends on it.

Modules: ``heldout23_language``, ``heldout23_ids``, ``heldout23_words``, ``heldout23_places``, ``heldout23_people``,
``heldout23_columns``, ``heldout23_notes``, ``heldout23_local``, ``heldout23_shapes`` (the builder). Metrics are
those of sets 9-22 (``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether
the issue is met), other 103 (set 22's locales beyond the first 7, one table each), new 8 (two tables each) and
all 118. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between
spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (birth dates count back from 2026-06-01).

Run: ``.venv/bin/python benchmarks/bench_pii_heldout23.py --out NAME [--label BEFORE] [--locales a,b] [--rows N]
[--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run
apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report. In parts (2 cores): the first 7 in
two (``--locales en_US,en_GB,de_DE,fr_FR`` and ``es_ES,it_IT,nl_NL``), the other 103 in two halves (``PARTS``
below: ``--locales $(python -c "import bench_pii_heldout23 as b; print(b.PARTS['other_a'])")``) and the new 8,
each with its own ``--out``, then ``--merge``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout23_language as language
import heldout23_places as places
import heldout23_shapes as set23
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set23.FIRST7),
    ("other 103", set23.OTHER103),
    ("new 8", set23.NEW8_23),
    ("all 118", set23.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 23002), ("en_GB", 23004), ("cy_GB", 23001))
STREET_WORDS = shared.SET10_STREET_WORDS | places.OWN_STREET_WORDS
COMPARE_TITLE = "# Held-out set 23: before and after session 37"
COMPARE_INTRO = (
    "Set 23 (`heldout23_*.py`, 118 locales: set 22's 110 and ig_NG, en_BD, es_GT, es_PY, pt_CV, ar_OM, cy_GB, fr_CI, "
    "which no set used before; seeds 23001-23006 for the first 7, 23001-23002 for the new 8, 23001 elsewhere) was "
    "written in session 37 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results (beyond the group tables) or `docs/pii*.md`, and was committed only after the code helpers had "
    "stopped committing: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (bridal-wear fittings, scaffolding hire, skip hire, bicycle-repair tickets, supply-teacher records, "
    "wine-club members, tree-surgery quote requests, photo-studio sittings), 24 rows, each with a naming style no set "
    "used (Oracle TABLE.COLUMN names, Dynamics 365 logical names, XPath with positions and attributes, camelCase with "
    "typos, LDAP attributes, Google Contacts CSV groups, numbered questionnaire items, SAS 8-character names). "
    "Look-alikes: dress designers, wineries and bike models carrying people's names, frame numbers, GTIN-13, scaffold "
    "tags, permits, skip sizes, EWC codes, plates, sites with street words, LDAP units and titles, AD timestamps, "
    "hashes, staff first names as a category, event dates, branch/depot towns (None shown, don't care hidden). Notes: "
    "ten English genres new to the sets and an appointment confirmation or a self-declaration of residence in the "
    "locale's language. Metrics are set 22's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout23_*.py` (seeds 23001-23006 for the first 7, 23001-23002 for the new 8, 23001 elsewhere, one of "
    "eight export shapes per table, default config `locales: [en_US]`). Metrics as set 22's (`pii_heldout_scoring.py`)."
)


_FAKER_LOCALES = recent.faker_locales(set23.LOCALES, places)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)
# A missing cell written as a word (``n/a``, ``k.A.``, ``onbekend``) is no personal data: left unchanged it is not a
# labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = frozenset(w.lower() for ws in language.MISSING.values() for w in ws) | {
    "-",
    "n/a",
    "none",
    "nan",
}
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 23's particulars, read when called."""
    return shared.HeldoutSet(
        23,
        set23,
        set23.heldout23_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 22's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in five parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set23.FIRST7[:4]),
    "first7_b": ",".join(set23.FIRST7[4:]),
    "other_a": ",".join(set23.OTHER103[:52]),
    "other_b": ",".join(set23.OTHER103[52:]),
    "new8": ",".join(set23.NEW8_23),
}

_SET = recent.recent_runner(__name__, _spec, tables=set23, language=language, build=set23.heldout23_table)
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
