"""PII stage on held-out set 22 (``heldout22_*.py``, 110 locales; seeds 22001-22006 for the first 7, 22001-22002
for the new 8, 22001 elsewhere).

Set 22 was written in session 36 by a helper that did not read the PII code (beyond the signatures and docstrings
of the public API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings,
locale lists and set 21's runner and function signatures), their results (beyond the group tables) or
``docs/pii*.md``, and was kept out of the repository until the code helpers had stopped committing: it is
measured BEFORE (the code at the session's start, commit b182e41, run with ``PYTHONPATH`` at an export of it) and
AFTER (the head at the end), and tuned on never.

What is new in set 22:

- eight export shapes new to the sets, each with a column-naming style no set used: piano-tuning visits (GraphQL
  field paths ``client.contact.phoneNumber``), heating-oil deliveries (SharePoint internal names with ``_x0020_``
  escapes, ``Stra_x00df_e``), hot-air balloon flight bookings (pandas MultiIndex columns flattened to tuples,
  ``('Kunde', 'Nachname')``), swimming-lesson enrolments (JSON-pointer paths ``/klant/telefoon``), grave-tending
  subscriptions (HTML-marked headers ``<b>Nom</b>``, ``Date<br>de naissance``), septic-tank emptying jobs (dBase
  field names, 10 upper-case ASCII characters, ``GEBURTSDAT``), dog-grooming appointments (R ``make.names`` of
  the local label, ``Date.de.naissance``, ``N..carte``) and Christmas-tree deliveries (MongoDB export paths with
  array indices, ``customer.phones.0``); local labels full or abbreviated as paper forms print them
  (``Tel. priv.``, ``Cod. fiscale``, ``Ul. i nr domu``);
- phones in one export layout per table (national, bare digits, without trunk 0, international without ``+``,
  ``00``, E.164, integer columns that lost the leading zero, ``.0`` floats with gaps, extensions, two numbers in
  a cell, dashes, brackets); a child's first name and birth date beside the parent (swimming); birth dates with
  month names in the locale's language and with a time of day; missing cells as the country writes them
  (``N/K``, ``k.A.``, ``non renseigné``, ``no consta``, ``n.v.t.``, ``b.d.``...); upper-case columns and e-mails,
  particles, hyphenated and two surnames;
- look-alikes (not personal data): piano makers named after founders (``Bechstein``, ``Blüthner``), piano serials,
  tank sizes, litres, docket/job/order numbers with a phone's digit count, gas/electricity meter-point numbers,
  launch sites and cemeteries with street words, balloon registrations, weights, swimming levels, pools named
  after people, staff first names repeated on most rows as a category, stonemasons carrying a surname, grave
  plots, coordinates, sludge lots, dog names and breeds, shampoo lines with a name, tree species and sizes,
  delivery slots, parcel tracking ids (S10 with check digit), SSCC serials, event dates in the birth-date layout,
  amounts, and the depot's or branch's town (``None`` with names shown, "don't care" hidden);
- ten English note genres new to the sets (piano tuning card, heating-oil delivery docket, balloon passenger
  manifest, swimming progress report, stonemason's inscription order, septic-tank emptying certificate, dog
  grooming card, Christmas-tree gift order, wedding RSVP, power-of-attorney notice) and two local genres (a home
  delivery order by e-mail, a civil-registry request for a birth certificate) in de fr es it nl pt sv da no pl
  cs fi ro tr ca;
- eight locales no set used: es_EC, es_CR, es_DO, pt_MZ, ar_BH (Arabic script), sv_FI (Swedish in Finland), en_JM,
  fr_SN; national ids with valid check digits (python-stdnum; UK NI by HMRC's letter rules), IBANs from stdnum's
  registry, cards by Luhn, phones valid by ``phonenumbers``; a country without an id pattern here has no id column
  and its notes name a card instead; Faker's addresses where it has the locale's own, else streets, towns and
  postcodes written here for about fifty countries.

Scoring is set 21's, in this runner as there: a branch's town is "don't care" with the names hidden, and a
missing cell written as a word is not counted as an original "left" (nor, in the pipeline's replay, as a value
found again).

Modules: ``heldout22_language``, ``heldout22_ids``, ``heldout22_words``, ``heldout22_places``, ``heldout22_people``,
``heldout22_columns``, ``heldout22_notes``, ``heldout22_local``, ``heldout22_shapes`` (the builder). Metrics are
those of sets 9-21 (``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether
the issue is met), other 95 (set 21's locales beyond the first 7, one table each), new 8 (two tables each) and
all 110. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between
spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (birth dates count back from 2026-06-01).

Run: ``.venv/bin/python benchmarks/bench_pii_heldout22.py --out NAME [--label BEFORE] [--locales a,b] [--rows N]
[--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run
apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report. In parts (2 cores):
``--locales en_US,en_GB,de_DE,fr_FR``, ``--locales es_ES,it_IT,nl_NL``, the other 95 in two halves and the new 8,
each with its own ``--out``, then ``--merge``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout22_language as language
import heldout22_places as places
import heldout22_shapes as set22
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set22.FIRST7),
    ("other 95", set22.OTHER95),
    ("new 8", set22.NEW8_22),
    ("all 110", set22.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 22002), ("en_GB", 22004), ("sv_FI", 22001))
STREET_WORDS = shared.SET10_STREET_WORDS | places.OWN_STREET_WORDS
COMPARE_TITLE = "# Held-out set 22: before and after session 36"
COMPARE_INTRO = (
    "Set 22 (`heldout22_*.py`, 110 locales: set 21's 102 and es_EC, es_CR, es_DO, pt_MZ, ar_BH, sv_FI, en_JM, fr_SN, "
    "which no set used before; seeds 22001-22006 for the first 7, 22001-22002 for the new 8, 22001 elsewhere) was "
    "written in session 36 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results (beyond the group tables) or `docs/pii*.md`, and was committed only after the code helpers had "
    "stopped committing: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (piano-tuning visits, heating-oil deliveries, balloon flight bookings, swimming-lesson enrolments, "
    "grave-tending subscriptions, septic-tank emptying, dog grooming, Christmas-tree deliveries), 24 rows, each with "
    "a naming style no set used (GraphQL paths, SharePoint `_x0020_` names, flattened pandas MultiIndex tuples, "
    "JSON pointers, HTML-marked headers, dBase 10-character names, R make.names, MongoDB paths with array indices); "
    "phones bare, without trunk 0, international without + or with 00, as integers and .0 floats, with extensions, "
    "two per cell, dashed, bracketed; missing cells as the country writes them. Look-alikes: piano makers and "
    "serials, tank sizes, litres, docket/job/order numbers with a phone's digit count, meter-point numbers, launch "
    "sites and cemeteries with street words, balloon registrations, pools named after people, staff first names as "
    "a category, stonemasons with surnames, coordinates, dog names, shampoo lines, tree sizes, tracking ids, SSCC "
    "serials, event dates, depot/branch towns (None shown, don't care hidden). Notes: ten English genres new to the "
    "sets and a delivery order or a civil-registry request in the locale's language. Metrics are set 21's "
    "(`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout22_*.py` (seeds 22001-22006 for the first 7, 22001-22002 for the new 8, 22001 elsewhere, one of "
    "eight export shapes per table, default config `locales: [en_US]`). Metrics as set 21's (`pii_heldout_scoring.py`)."
)


_FAKER_LOCALES = recent.faker_locales(set22.LOCALES, places)
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
    """Set 22's particulars, read when called."""
    return shared.HeldoutSet(
        22,
        set22,
        set22.heldout22_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 21's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


_SET = recent.recent_runner(__name__, _spec, tables=set22, language=language, build=set22.heldout22_table)
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
