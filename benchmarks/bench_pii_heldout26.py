"""PII stage on held-out set 26 (``heldout26_*.py``, 142 locales; seeds 26001-26006 for the first 7, 26001-26002
for the new 8, 26001 elsewhere).

Set 26 was written in session 40 by a helper that did not read the PII code (beyond the signatures and docstrings
of the public API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings,
locale lists, set 25's runner and function signatures), their results (beyond the group tables) or
``docs/pii*.md``, and was kept out of the repository until the code helpers had stopped committing: it is
measured BEFORE (the code at the session's start, commit 6dc7737, run with ``PYTHONPATH`` at an export of it) and
AFTER (the head at the end), and tuned on never. For set 25's 134 locales it calls set 25's generators of names,
streets, ids, phones and date layouts (``heldout25_people``, ``heldout25_places``, ``heldout25_ids``,
``heldout25_language``: their public functions, with set 26's own seeds); everything else is its own.

What is new in set 26:

- eight export shapes new to the sets, each as the system such a business uses exports it: a physiotherapy
  clinic's Qualtrics survey (the legacy CSV as pandas reads it: ``Q1``..``Q7`` as headers, the question texts in
  the survey's language and the ``{"ImportId": ...}`` row as the first two data rows; ``RecipientLastName``,
  ``ExternalReference``, ``LocationLatitude``; the call-back name, number, birth date and postcode as answers), a
  holiday-cottage cleaner's Xero contacts (``*ContactName``, ``POAddressLine1``-``4`` with flat or ``c/o`` on line 1
  and the street on line 2, ``POAttentionTo``, ``BankAccountName``, ``SkypeName``, the cottage as
  ``SalesTrackingOption1``, the cleaner's own ``Notes``), a yoga studio's Mindbody client report (cell, home and
  work phones, the work number with an extension, ``Barcode ID``, ``Door PIN`` beside the postcode, ``Referred By``
  a person or a channel, the emergency contact on the row, ``Home Location``), a school information system's pupils
  with two contacts each (SIMS-style English labels, the local system's labels in de fr es it nl pt), a vet
  practice's client list (``Address Line 1``-``3``, ``Work Phone`` with ``x123``/``Durchwahl``/``poste``, the animal,
  an insurance policy number with a phone's digit count), a parish roll (envelope number beside the address,
  forenames with middle names, the spouse, an old register's birth dates with years only and ``00.00.1948``, the
  joining date in the birth-date layout, the parish church), a repair café's Airtable base (the volunteers' field
  names in their language, linked records, ISO ``Created``) and an e-bike leasing shop's Odoo contacts (external
  ids, ``Employer, Person`` display names, ``Street2``, tax id, a custom birth-date field, bank accounts);
- table sizes 10-400 rows (most small: one first-7 table 10-20 rows, one 300-400), people come back (55-95 %
  distinct) and a repeated person may be typed differently; headers in the locale's language where the system
  exports so (school, vet, parish, Airtable, Odoo in de fr es it nl pt; the question texts of the survey too),
  English where it does not (Xero, Mindbody, Qualtrics' own fields) or where no labels are written here;
- phones in two to four layouts within one column, extensions, two or three people per row; birth dates in two or
  three layouts per column; names as ``Last, First``, with titles, initials, nicknames in quotes, upper and lower
  case per row, ``Mr & Mrs Surname`` couples, Hong Kong's ``Peter CHAN Tai Man``;
- look-alikes (not personal data): Xero account, Mindbody client and vet client/policy numbers with a phone's
  digit count, EAN-13 barcodes, door PINs, envelope and admission numbers with a postcode's digit count beside the
  address, Qualtrics response ids and coordinates, Skype names, Odoo external ids and references, employers named
  after founders (``Kärcher``, ``Liebherr``, ``Würth``), appliance brands that are surnames (``Philips``, ``Braun``,
  ``Miele``), pets' given names, holiday cottages (``Mill Lane Barn``), therapists and repair volunteers as a
  category, joining, visit and creation dates in the birth-date layout, registration groups, ministries, species,
  breeds, amounts, the studio's or church's town (``None`` with names shown, "don't care" hidden);
- ten English note genres new to the sets (survey call-back request, cottage changeover instruction, yoga client
  alert, school pastoral log, vet change of keeper, parish pastoral-visit request, church-hall booking, repair-café
  intake remark, e-bike lease handover, gym bring-a-friend pass) with children's given names alone, lower-case
  names, initials, titles with surnames, and two local genres (a baptism registration and a landlord's
  confirmation of a tenant moving in) in de fr es it nl pt ca (Frisian tables use the Dutch texts, Breton the
  French, Basque and Galician the Spanish, Luxembourgish the German; South Tyrol the German, Morocco the French,
  Puerto Rico and Honduras the Spanish);
- eight locales no set used: de_IT (South Tyrol: German names and labels, codice fiscale with its check
  character, 39xxx postcodes, IT IBANs), es_PR (Puerto Rico: two surnames, ``Urb.``/``HC ... Box`` addresses, ZIP
  006xx-009xx, SSN, +1 787), en_HK (Hong Kong: ``CHAN Tai Man`` with English names, HKID with check character,
  flat/floor/block addresses, no postcodes), kl_GL (Greenland: Greenlandic names and streets, Danish labels, CPR,
  39xx postcodes, GL IBANs), sq_XK (Kosovo: Albanian names, ``Rruga`` streets, five-digit postcodes, XK IBANs, a
  ten-digit personal number without a published check digit), fr_MA (Morocco: Moroccan names in French spelling,
  CIN without a check digit, five-digit postcodes, no IBAN in use), en_UG (Uganda: ``Plot 14, Kampala Road``,
  ``P.O. Box``, NIN, no postcodes, no IBAN) and es_HN (Honduras: two surnames, ``Col. ..., Bloque ..., Casa ...``,
  DNI ``0801-1985-12345``, no postcodes in use, no IBAN); phones valid by ``phonenumbers``.

Scoring is set 25's, in this runner as there: a branch's town is "don't care" with the names hidden, and a missing
cell written as a word is not counted as an original "left" (nor, in the pipeline's replay, as a value found
again); the Qualtrics export's question-text and import-id rows are no values either.

Modules: ``heldout26_language``, ``heldout26_people``, ``heldout26_places``, ``heldout26_ids``,
``heldout26_columns``, ``heldout26_lookalikes``, ``heldout26_notes``, ``heldout26_local``, ``heldout26_rows``,
``heldout26_rows2`` and ``heldout26_shapes`` (the builder). Metrics are those of sets 9-25
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 127 (set 25's locales beyond the first 7, one table each), new 8 (two tables each) and all 142. ja/zh/ko/th
notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (birth dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout26.py --out NAME [--label BEFORE] [--locales a,b] [--rows N]
[--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run
apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below
(the first 7 in three, the other 127 in two halves, the new 8), each with its own ``--out``, then ``--merge``;
``run_parts.sh EXPORT_DIR LABEL PREFIX`` does all of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout26_columns as columns
import heldout26_language as language
import heldout26_places as places
import heldout26_shapes as set26
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set26.FIRST7),
    ("other 127", set26.OTHER),
    ("new 8", set26.NEW8_26),
    ("all 142", set26.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 26001), ("en_GB", 26005), ("kl_GL", 26002))
STREET_WORDS = shared.SET10_STREET_WORDS | places.OWN_STREET_WORDS
COMPARE_TITLE = "# Held-out set 26: before and after session 40"
COMPARE_INTRO = (
    "Set 26 (`heldout26_*.py`, 142 locales: set 25's 134 and de_IT, es_PR, en_HK, kl_GL, sq_XK, fr_MA, en_UG, es_HN, "
    "which no set used before; seeds 26001-26006 for the first 7, 26001-26002 for the new 8, 26001 elsewhere) was "
    "written in session 40 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results (beyond the group tables) or `docs/pii*.md`, and was committed only after the code helpers had "
    "stopped committing: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (a physiotherapy clinic's Qualtrics survey with its question-text and import-id rows, a cottage "
    "cleaner's Xero contacts, a yoga studio's Mindbody client report, a school's pupils with two contacts each, a "
    "vet's client list with a three-line address, a parish roll with spouses and an old register's dates, a repair "
    "café's Airtable base, an e-bike leasing shop's Odoo contacts), 10-400 rows (most small; people come back), "
    "each with its system's naming and cell conventions; phones in two to four layouts within a column, work "
    "numbers with extensions, birth dates in two or three layouts (years only and `00.00.1948` in the parish "
    "roll), names as `Last, First`, with titles, initials, nicknames, mixed case. Look-alikes: account, client, "
    "policy numbers with a phone's digit count, PINs, envelope and admission numbers with a postcode's beside the "
    "address, barcodes, response ids, coordinates, employers and appliance brands carrying surnames, pets, "
    "cottages, staff first names as a category, event dates in the birth-date layout, studio/church towns (None "
    "shown, don't care hidden). Notes: ten English genres new to the sets and a baptism registration or a "
    "landlord's confirmation in de fr es it nl pt ca. Metrics are set 25's (`pii_heldout_scoring.py`); default "
    "config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout26_*.py` (seeds 26001-26006 for the first 7, 26001-26002 for the new 8, 26001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 25's (`pii_heldout_scoring.py`)."
)


_FAKER_LOCALES = recent.faker_locales(set26.LOCALES, places)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)


def _qualtrics_rows() -> set[str]:
    """The texts of the Qualtrics export's second and third header rows (read by pandas as data)."""
    texts = set(columns.QUALTRICS_FIXED_TEXT)
    texts |= {v for q in columns.QUALTRICS_QUESTIONS.values() for v in q.values()}
    texts |= {columns.import_id(k) for k in (*columns.QUALTRICS_FIXED, *columns.QUALTRICS_QS)}
    return texts


# A missing cell written as a word (``n/a``, ``k.A.``, ``ukendt``) is no personal data: left unchanged it is not a
# labelled original "left", nor a phone or postcode whose fake is checked; nor are Qualtrics' header rows.
_MISSING = (
    frozenset(w.lower() for ws in language.MISSING.values() for w in ws)
    | {w.lower() for w in language.TOOL_MISSING}
    | {"-", "n/a", "none", "nan"}
    | {s.lower() for s in _qualtrics_rows()}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 26's particulars, read when called."""
    return shared.HeldoutSet(
        26,
        set26,
        set26.heldout26_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 25's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores; a first-7 locale's six tables take ~40 s CPU, another locale's
# one ~3 s): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set26.FIRST7[:2]),
    "first7_b": ",".join(set26.FIRST7[2:4]),
    "first7_c": ",".join(set26.FIRST7[4:]),
    "other_a": ",".join(set26.OTHER[:64]),
    "other_b": ",".join(set26.OTHER[64:]),
    "new8": ",".join(set26.NEW8_26),
}

_SET = recent.recent_runner(__name__, _spec, tables=set26, language=language, build=set26.heldout26_table)
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
