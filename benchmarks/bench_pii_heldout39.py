"""PII stage on held-out set 39 (``heldout39_*.py``, 246 locales; seeds 39001-39006 for the first 7, 39001-39002
for the new 8, 39001 elsewhere).

Set 39 was written in session 53 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists,
set 38's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the
repository (``/work/s53h``) while the code helpers committed: it is measured BEFORE (the code at the session's start,
run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 38's 238
locales it calls the earlier sets' generators of people (names, streets, towns, postcodes, ids, IBANs, e-mails,
phone numbers: ``heldout38_people.sources`` / ``person``, which call sets 32-38's) with set 39's seeds; everything
else (cell forms, phone layouts, date layouts, header manglings, shapes, notes, the eight new locales) is its own.

What is new in set 39:

- eight export shapes new to the sets: a climbing wall's induction register (climbers in one or two name forms,
  birth dates in one or two layouts, a parent only for the under-18s, an emergency contact and phone; routes and
  walls named after people ``Mrs Robinson``, ``Dave's Arete``, ``Edmund Hillary wall``; instructors "don't care"), a
  launderette's service-wash log (the customer as ``Haynes C.``, ``Mrs C. Haynes``, in capitals or by given name
  alone; bare-digit phones; machines ``Big Bertha``, ``Old Tom``; who collected, mostly empty), a caravan storage
  park's pitch register (surname and forenames apart, the surname in capitals in some, the home address whole or in
  parts, landlines, a mobile mostly empty, direct-debit IBANs; makes ``Bailey Unicorn``, ``Swift Challenger`` and
  van names ``Betsy``, ``Mabel``), a childminder's attendance register (the child's given name and the family's
  surname apart, the child's birth date, who dropped off and who collected in other forms, collection passwords
  ``Peppa``, ``Mr Tumble``; key persons "don't care"), a meals-on-wheels round sheet (clients titled ``Mrs C.
  Haynes`` or ``Haynes, Mrs Carol`` or ``HAYNES Carol``, elderly birth dates in one to three layouts, key-safe
  codes, the next of kin as ``son - Mark Haynes`` mostly empty; GP practices named after people), a darts league's
  registrations (nicknames ``The Ferret``, pub teams ``The Duke of Wellington``, the national id in some), a
  timebank's exchange log (two members a row in two forms, the receiver's street often without its number) and a
  newsagent's delivery book (the house and postcode, the customer as a title and surname or the surname alone,
  newspapers of the table's language);
- a third of the tables with their column names mangled in ways no set used (camelCase, ``UPPER_SNAKE``, run
  together in lower case, abbreviated ``cust_nm``/``ph``/``addr``, a ``tbl_`` prefix, a required star, in brackets,
  numbered ``3. Name``, dotted ``client.name``, kebab case, a survey's ``Q4_``), a third of those with one header
  lost as ``Column5``, ``F5`` or ``__EMPTY_3``; headers in the table's language in most de fr es it nl pt tables and
  in one of those languages in a few tables elsewhere; junk in the person columns of two tables in five (the
  locale's missing-cell words, ``#VALUE!``, ``0000``, ``declined``); a second-script column where it is real (set
  38's rule, and Saint-Martin's Chinese shopkeepers in characters);
- names in cells as ``HAYNES Carol``, ``Haynes Carol``, ``C. Haynes``, ``Haynes C.``, ``Mrs C. Haynes``, ``Haynes,
  Mrs Carol``, all capitals, lower case; phones in two or three layouts within a column, new ones (pairs ``02 03 37
  40 68``, ``+1-203-374-0681``, ``(+1) 203 374 0681``, ``00 1 203 ...``, ``tel:+1203...``, a ``(m)``/``(h)`` tag,
  digits run together, ``+1.203.374.0681``), some cells with two numbers joined by ``&``/``|``/``alt``; birth dates
  in set 39's layouts (``19980402``, ``02/04/98``, ``2nd April 1998``, ``Apr 2, 1998``, ``1998/4/2``,
  ``1998-04-02T00:00:00``);
- thirteen English note genres new to the sets (eight of the shapes' own: an instructor's induction note, a
  launderette counter note, a park warden's log, a childminder's diary, a meals-on-wheels driver's round report, a
  darts league secretary's note, a timebank broker's note, a newsagent's delivery note; five of any table: a
  voicemail transcript, a WhatsApp group export line, a shift handover list, a committee's apologies and actions,
  a to-do list), half of a table's English notes of its own shape's genre; people in full, titled, in lower case,
  by surname alone, by given name alone, in lists of three or four in mixed forms; streets whole or without their
  number; phones whole, bare (digits run together) or local; ids after typo'd cues (``natioanl id``, ``ID nmbr``,
  ``SSN#``, ``pasport no``); birth dates only after a birth cue; look-alikes in the notes' own text (``the Duke of
  Wellington``, ``Big Bertha``, ``Bailey Unicorn``, ``Jenner Health Centre``); two local genres (a call-back request
  and a handover note) in de fr es it nl pt and pl sv, about a third of the notes there;
- eight locales no set used: en_FM (Micronesia), en_SH (Saint Helena), en_MH (Marshall Islands), en_AS (American
  Samoa), en_TK (Tokelau), en_NU (Niue), fr_MF (Saint-Martin) and en_VG (British Virgin Islands): see
  ``heldout39_new8`` (villages, sections, landmarks and house names without numbers, P.O. boxes and ``BP``;
  ``FM 96941``, ``STHL 1ZZ``, ``MH 96960``, ``AS 96799``, ``97150``, ``VG1110`` or no postcode; the SSN in American
  Samoa, the NIR of one born in Saint-Martin and FR IBANs there); phones valid by ``phonenumbers``.

Scoring is set 38's, in this runner as there (with the repository's ``bench_pii_heldout.py``: a kept title or
``the`` is no trace): a missing cell written as a word is not counted as an original "left" (nor, in the pipeline's
replay, as a value found again); set 39 has no branch-town columns.

Modules: ``heldout39_language``, ``heldout39_new8``, ``heldout39_people``, ``heldout39_rows``, ``heldout39_rows2``,
``heldout39_notes`` and ``heldout39_shapes`` (the builder). Metrics are those of sets 9-38
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 231 (set 38's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 246. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count back from 2026-08-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s53h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout39.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 231 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 39 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it once
the ``heldout39_*.py`` files and this runner are in ``benchmarks/``.
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
import heldout35_language as language35
import heldout35_new8 as new35
import heldout36_new8 as new36
import heldout37_language as language37
import heldout37_new8 as new37
import heldout37_rows as rows37
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

# isort: split
import heldout38_language as language38
import heldout38_new8 as new38
import heldout38_rows as rows38

# isort: split
import heldout39_language as language
import heldout39_new8 as new39
import heldout39_shapes as set39

GROUPS = (
    ("first 7", set39.FIRST7),
    ("other 231", set39.OTHER),
    ("new 8", new39.NEW8_39),
    ("all 246", set39.LOCALES),
)
PIPELINE_TABLES = (("fr_FR", 39002), ("es_MX", 39001), ("en_VG", 39001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 39: before and after session 53"
COMPARE_INTRO = (
    "Set 39 (`heldout39_*.py`, 246 locales: set 38's 238 and en_FM, en_SH, en_MH, en_AS, en_TK, en_NU, fr_MF, "
    "en_VG, which no set used before; seeds 39001-39006 for the first 7, 39001-39002 for the new 8, 39001 "
    "elsewhere) was written in session 53 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a climbing wall's induction register, a launderette's service-wash log, a caravan storage park's pitch "
    "register, a childminder's attendance register, a meals-on-wheels round sheet, a darts league's registrations, "
    "a timebank's exchange log, a newsagent's delivery book), 8-300 rows (most small; people come back), a third "
    "with column names mangled in new ways (camelCase, `UPPER_SNAKE`, run together, abbreviated, `tbl_` prefixes, "
    "stars, brackets, numbers, dots, kebab case, `Q4_`, a lost header `Column5`/`F5`/`__EMPTY_3`); phones in two "
    "or three layouts within a column (pairs, dashes, `(+1)`, `00`, `tel:`, tags, digits run together); birth "
    "dates in new layouts; junk in some cells; columns mostly empty; children with their parents' surnames; a "
    "second-script column. Look-alikes: routes, walls, machines, caravans and their makes, passwords, nicknames, "
    'pubs, GP practices and newspapers named after people; staff "don\'t care". Notes: thirteen English genres new '
    "to the sets, and a call-back request or a handover note in de fr es it nl pt pl sv. Metrics are set 38's "
    "(`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout39_*.py` (seeds 39001-39006 for the first 7, 39001-39002 for the new 8, 39001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 38's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new39.NEW8_39, *new38.NEW8_38, *new37.NEW8_37, *new36.NEW8_36, *language35.NEW8_35, *language34.NEW8_34,
        *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31, "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA",
        "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set39.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set39.LOCALES for w in language.missing_words(x))
    | frozenset(w.lower() for x in language38.LOCALES for w in language38.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {w.lower() for w in language38.TOOL_MISSING}
    | {w.lower() for w in language37.TOOL_MISSING}
    | {w.lower() for w in rows37._JUNK}
    | {w.lower() for w in rows38._JUNK}
    | {"-", "n/a", "none", "nan", "n/k", "?", "tbc", "see notes", "0"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 39's particulars, read when called."""
    return shared.HeldoutSet(
        39,
        set39,
        set39.heldout39_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 38's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set39.FIRST7[:2]),
    "first7_b": ",".join(set39.FIRST7[2:4]),
    "first7_c": ",".join(set39.FIRST7[4:]),
    "other_a": ",".join(set39.OTHER[:116]),
    "other_b": ",".join(set39.OTHER[116:]),
    "new8": ",".join(new39.NEW8_39),
}

_SET = recent.recent_runner(__name__, _spec, tables=set39, language=language, build=set39.heldout39_table)
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
