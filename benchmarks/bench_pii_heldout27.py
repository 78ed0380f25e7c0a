"""PII stage on held-out set 27 (``heldout27_*.py``, 150 locales; seeds 27001-27006 for the first 7, 27001-27002
for the new 8, 27001 elsewhere).

Set 27 was written in session 41 by a helper that did not read the PII code (beyond the signatures and docstrings
of the public API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings,
locale lists, set 26's runner and function signatures), their results (beyond the group tables) or
``docs/pii*.md``, and was kept out of the repository until the code helpers had stopped committing: it is
measured BEFORE (the code at the session's start, commit 608be26, run with ``PYTHONPATH`` at an export of it) and
AFTER (the head at the end), and tuned on never. For set 26's 142 locales it calls set 26's generators of names,
streets, ids, phones and date layouts (``heldout26_people``, ``heldout26_places``, ``heldout26_ids``,
``heldout26_language``: their public functions, with set 27's own seeds); everything else is its own.

What is new in set 27:

- eight export shapes new to the sets, each as the system such a business uses exports it: a hearing-aid study's
  REDCap raw export (the study team's own variable names in its language, ``record_id``/``redcap_event_name``, a
  row per participant and event with the demographics on the screening row only, ISO dates, checkbox columns
  ``contact_pref___1``, the study centre), a florist's Square customer directory (``Surname``, ``Street Address
  1``/``2``, ``Birthday`` as ``0000-04-17`` when no year was given, a delivery recipient and their phone as custom
  fields, bouquets named after women, the card message as ``Memo``), a scout leader's Thunderbird address book
  (its fixed fields in the localized build's language, the child in ``Custom 1``, ``Anna (Mama von Jonas)``
  display names, the birthday over ``Birth Year``/``Month``/``Day``), a solar installer's Pipedrive people (``Person
  - Phone - Mobile``, the address whole and geocoded into street name, house number, town and postcode, a
  customer number with a phone's digit count beside the phones), an NGO's KoboToolbox household survey (group
  paths ``hh/resp_name``, ``water/_water_gps_latitude``, ``_uuid``, IMEIs, the district as branch), a home-care
  service's client list in Excel with a group row over its columns (pandas reads the group labels as the header,
  ``Unnamed: 3`` under a merged cell, and the sub-labels as the first data row; title in its own column, ``Name,
  Vorname`` in one, a key-safe code with the postcode's digit count beside the address, the next of kin), a youth
  football team's TeamSnap roster (children's names and birth dates, 10-30 rows, two contacts, a member number
  with a phone's digit count beside the phones) and a language school's Moodle user download (``firstname``,
  ``phone1``, ``idnumber`` a national id at some schools, ``profile_field_geburtsdatum``, HTML ``description``);
- table sizes 10-400 rows (most small: one first-7 table 10-20 rows, one up to 400), people come back in the
  Square, Thunderbird, Pipedrive and Kobo tables (55-95 % distinct; a repeated person typed differently), headers
  in the locale's language where the system exports so (REDCap variable names, Thunderbird, the home-care sheet,
  Moodle's custom fields in de fr es it nl pt sv; Square in fr es), English where it does not;
- phones in two to four layouts within one column, extensions, short local numbers (Åland ``018 20917``, Bishkek
  ``0312 61-23-45``, Beirut ``01-533685``, Suriname's six-digit ``471-234``, Mauritius' seven-digit ``212 3456``)
  in two or three layouts; birth dates in two or three layouts per column; names as ``Last, First``, with titles,
  initials, nicknames in quotes, upper and lower case per row, middle names, double surnames;
- look-alikes (not personal data): customer and member numbers with a phone's digit count, key-safe codes with a
  postcode's, hearing-aid serials, IMEIs, Square and Kobo ids, coordinates, hearing-aid makers that are surnames
  (``Starkey``, ``Bernafon``), bouquets named after women (``The Charlotte``, ``Bouquet Amélie``), firms named after
  founders (``Hofmann Dachbau GmbH``, ``Lindqvist Bygg Ab``), care funders that are towns or surnames
  (``Barmer``, ``Menzis``), research nurses, salespeople, enumerators as first names, consent and visit dates in
  ISO beside ISO birth dates, amounts, the study centre and the survey district (``None`` shown, "don't care"
  hidden); Thunderbird's birth year, month and day columns and the house-number column are "don't care";
- ten English note genres new to the sets (hearing-study adverse event, study withdrawal call, florist card
  message, flower subscription pause, scout camp health form, solar site survey, household survey comment,
  home-care handover, youth team pick-up authorisation, language-school placement note in HTML) with children's
  given names alone, lower-case names, initials, titles with surnames; notes in two languages at once in
  Gibraltar (Llanito), Mauritius (English and Creole) and Lebanon (French and English); and two local genres (a
  parent's authorisation for someone else to collect a child, a notice of new bank details) in de fr es it nl pt
  ca sv sr ru (Montenegro the Serbian Latin texts, Kyrgyzstan the Russian, Cuba the Spanish, Lebanon and Mauritius
  the French, Suriname the Dutch, Åland the Swedish);
- eight locales no set used: sr_ME (Montenegro: ``Njegoševa 15`` streets without a street word, ``bb`` for no
  number, 5-digit postcodes, JMBG with its mod-11 check digit, ME IBANs), es_CU (Cuba: two surnames, ``Calle 23
  No. 456 e/ L y M``, carnet de identidad checked by ``stdnum.cu.ni``, postcodes not written, no IBAN), en_MU
  (Mauritius: Indo-, Franco-, Sino-Mauritian and Creole names, ``Royal Road`` without numbers, 5-digit postcodes,
  NID by ``stdnum.mu.nid``, MU IBANs), sv_AX (Åland: village addresses ``Haraldsby 205``, ``AX-22100``, HETU, FI
  IBANs), en_GI (Gibraltar: one postcode ``GX11 1AA`` for all, districts for towns, 8-digit numbers, GI IBANs, no
  national id with a check digit), ky_KG (Kyrgyzstan: Cyrillic names with patronymics, ``мкр. Джал 23-45``,
  6-digit postcodes, 14-digit PIN without a published check digit, no IBAN), fr_LB (Lebanon: ``Rue Hamra, Imm.
  Saroulla, 4e étage``, no postcodes, no national number, LB IBANs) and nl_SR (Suriname: Hindustani, Javanese,
  Creole and Chinese names, no postcodes, no IBAN, no national id here); phones valid by ``phonenumbers``.

Scoring is set 26's, in this runner as there: a branch's town is "don't care" with the names hidden, and a missing
cell written as a word is not counted as an original "left" (nor, in the pipeline's replay, as a value found
again); the home-care sheet's sub-label row is no values either.

Modules: ``heldout27_language``, ``heldout27_people``, ``heldout27_places``, ``heldout27_ids``,
``heldout27_columns``, ``heldout27_words``, ``heldout27_notes``, ``heldout27_local``, ``heldout27_rows``,
``heldout27_rows2`` and ``heldout27_shapes`` (the builder). Metrics are those of sets 9-26
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 135 (set 26's locales beyond the first 7, one table each), new 8 (two tables each) and all 150. ja/zh/ko/th
notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout27.py --out NAME [--label BEFORE] [--locales a,b] [--rows N]
[--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run
apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below
(the first 7 in three, the other 135 in two halves, the new 8), each with its own ``--out``, then ``--merge``;
``run_parts.sh EXPORT_DIR LABEL PREFIX`` does all of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout27_columns as columns
import heldout27_language as language
import heldout27_places as places
import heldout27_shapes as set27
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set27.FIRST7),
    ("other 135", set27.OTHER),
    ("new 8", set27.NEW8_27),
    ("all 150", set27.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 27001), ("pl_PL", 27001), ("sv_AX", 27002))
STREET_WORDS = shared.SET10_STREET_WORDS | places.OWN_STREET_WORDS
COMPARE_TITLE = "# Held-out set 27: before and after session 41"
COMPARE_INTRO = (
    "Set 27 (`heldout27_*.py`, 150 locales: set 26's 142 and sr_ME, es_CU, en_MU, sv_AX, en_GI, ky_KG, fr_LB, nl_SR, "
    "which no set used before; seeds 27001-27006 for the first 7, 27001-27002 for the new 8, 27001 elsewhere) was "
    "written in session 41 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results (beyond the group tables) or `docs/pii*.md`, and was committed only after the code helpers had "
    "stopped committing: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (a hearing-aid study's REDCap export with a row per event, a florist's Square customer directory, a "
    "scout leader's Thunderbird address book, a solar installer's Pipedrive people, an NGO's KoboToolbox household "
    "survey, a home-care client list in Excel with a group row and the sub-labels as the first data row, a youth "
    "team's TeamSnap roster, a language school's Moodle user download), 10-400 rows (most small; people come back), "
    "each with its system's naming and cell conventions; phones in two to four layouts within a column, short "
    "local numbers (six or seven digits) in two or three, extensions, birth dates in two or three layouts, names as "
    "`Last, First`, with titles in their own column or the cell, initials, nicknames, mixed case. Look-alikes: "
    "customer and member numbers with a phone's digit count beside the phones, key-safe codes with a postcode's "
    "beside the address, serials, IMEIs, ids, coordinates, makers, firms and funders carrying surnames, bouquets "
    "named after women, staff first names as a category, consent and visit dates, centre/district towns (None "
    "shown, don't care hidden). Notes: ten English genres new to the sets, bilingual notes in Gibraltar, Mauritius "
    "and Lebanon, and a pick-up authorisation or a bank-details notice in de fr es it nl pt ca sv sr ru. Metrics are "
    "set 26's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout27_*.py` (seeds 27001-27006 for the first 7, 27001-27002 for the new 8, 27001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 26's (`pii_heldout_scoring.py`)."
)


_FAKER_LOCALES = recent.faker_locales(set27.LOCALES, places)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k.A.``, ``saknas``) is no personal data: left unchanged it is not a
# labelled original "left", nor a phone or postcode whose fake is checked; nor are the home-care sheet's sub-labels.
_MISSING = (
    frozenset(w.lower() for ws in language.MISSING.values() for w in ws)
    | {w.lower() for w in language.TOOL_MISSING}
    | {"-", "n/a", "none", "nan"}
    | {s.lower() for s in columns.all_sublabels()}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 27's particulars, read when called."""
    return shared.HeldoutSet(
        27,
        set27,
        set27.heldout27_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 26's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores; a first-7 locale's six tables take ~40 s CPU, another locale's
# one ~3 s): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set27.FIRST7[:2]),
    "first7_b": ",".join(set27.FIRST7[2:4]),
    "first7_c": ",".join(set27.FIRST7[4:]),
    "other_a": ",".join(set27.OTHER[:68]),
    "other_b": ",".join(set27.OTHER[68:]),
    "new8": ",".join(set27.NEW8_27),
}

_SET = recent.recent_runner(__name__, _spec, tables=set27, language=language, build=set27.heldout27_table)
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
