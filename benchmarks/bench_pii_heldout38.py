"""PII stage on held-out set 38 (``heldout38_*.py``, 238 locales; seeds 38001-38006 for the first 7, 38001-38002
for the new 8, 38001 elsewhere).

Set 38 was written in session 52 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists,
set 37's runner and public function signatures), their results or ``docs/pii*.md``, and was kept out of the
repository (``/work/s52h``) while the code helpers committed: it is measured BEFORE (the code at the session's start,
run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never. For set 37's 230
locales it calls the earlier sets' generators of people (names, streets, towns, postcodes, ids, IBANs, e-mails,
phone numbers: ``heldout37_people.sources`` / ``person`` and ``heldout37_new8.person``, which call sets 32-37's) with
set 38's seeds; everything else (cell forms, phone layouts, date layouts, header manglings, shapes, notes, the eight
new locales) is its own.

What is new in set 38:

- eight export shapes new to the sets: a tutoring agency's sessions (the child as a booking app shows it, ``Gerta
  J.``, with the parent's surname; the child's birth date mostly empty; the parent in full, titled or ``Surname,
  Given``; the whole home address; tutors "don't care"; rooms named after scientists), a lost-property office's log
  (the owner only when known, in capitals or ``SURNAME, G``; phone, e-mail and the id seen at collection mostly
  empty; items and places named after makers and people: ``Ray-Ban``, ``Churchill Square``), a pet-sitting and
  dog-walking booking list (owners with nicknames in quotes, pets with people's names and titles ``Miss Marple``,
  key-safe codes, an emergency contact mostly empty, vets named after people), a blood-donor session list (surname
  and forenames apart, birth dates in one to three layouts, donor numbers and blood groups as look-alikes, venues
  named after people), a hostel's check-in register (passport-style names, the id, birth date, home town, dorms
  named after explorers), a scout or guide group's roster (the child's given name and surname apart, two carers,
  the second mostly empty; patrols named after founders), a piano tuner's visit log (clients titled, mostly
  landlines, card numbers for a few, pianos named after their makers: ``Bechstein``, ``John Brinsmead & Sons``)
  and a community minibus's dial-a-ride bookings (passengers in capitals or lower case, elderly birth dates, the
  pick-up street often without its number, an escort mostly empty, destinations named after people);
- a third of the tables with their column names mangled in ways no set used (``Client / Name``, ``NAME
  (CLIENT)``, vowels dropped ``clnt_nm``, a trailing colon, Access's ``fldClientName``, double underscores,
  ``name_client`` reversed, ``CLIENT-NAME``), a third of those with one header lost (``Unnamed: 4``), headers in
  the table's language in most de fr es it nl pt tables; junk in some cells (``???``, ``refused``, ``see file``,
  ``no number``, the locale's own word: ``k. A.``, ``néant``, ``s/d``, ``n.d.``, ``nvt``, ``n/d``); the notes
  column last, first or in the middle; a second-script column where it is real (Latin beside Cyrillic and Greek
  names, Chinese characters for some Chinese-Guianese families);
- phones in two to four layouts within one column (international, E.164, national, dots ``090.7213.7902``, a
  slash after the area code ``0694/20 01 46``, a word in the cell ``mob.``/``Handy``/``port.``, an extension,
  ``+33 (0)6 ...``, bare digits), some cells with two numbers joined by ``or``/``;``/``/``; birth dates in one to
  three layouts (``1998.04.02``, ``2.IV.1998``, ``2-4-1998``, ``02 apr 1998``, ``1998-04-02 00:00:00``);
- thirteen English note genres new to the sets (a tutor's session report, a lost-property clerk's log, a dog
  walker's visit report, a donor-session nurse's note, a hostel's night log, a scout leader's camp note, a piano
  tuner's visit note, a dial-a-ride dispatcher's note, an SMS thread, an OCR'd paper form in capitals, a complaint
  letter with its signature, a forwarded e-mail with its ``From:`` header, a meeting's attendance and rota lists),
  half of a table's English notes of its own shape's genre; people in full, titled, in capitals, in lower case, by
  surname or given name alone, children by given name, in lists of four in mixed forms, signing; streets whole or
  without their number; phones whole, bare or local (seven digits on NANP); ids after typo'd cues (``ID nbr``,
  ``passprt no``, ``natl id#``); birth dates only after a birth cue; two local genres (a phone message and an
  appointment change) in de fr es it nl pt and da cs, about a third of the notes there;
- eight locales no set used: en_NF (Norfolk Island), fr_BL (Saint-Barthélemy), nl_SX (Sint Maarten), en_KI
  (Kiribati), en_SB (Solomon Islands), fr_GF (French Guiana), en_CK (Cook Islands) and en_PW (Palau): see
  ``heldout38_new8`` (named roads and landmarks without numbers, P.O. boxes, lieux-dits, ``PK 12 route de
  Rochambeau``; ``NSW 2899``, ``97133``, ``973xx``, US ZIPs ``96940``/``96939`` or no postcode; the NIR of one born
  in Saint-Barthélemy or French Guiana; FR IBANs there); phones valid by ``phonenumbers``.

Scoring is set 37's, in this runner as there (with the repository's ``bench_pii_heldout.py``: a kept title or
``the`` is no trace): a missing cell written as a word is not counted as an original "left" (nor, in the pipeline's
replay, as a value found again); set 38 has no branch-town columns.

Modules: ``heldout38_language``, ``heldout38_new8``, ``heldout38_people``, ``heldout38_rows``, ``heldout38_rows2``,
``heldout38_notes`` and ``heldout38_shapes`` (the builder). Metrics are those of sets 9-37
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 223 (set 37's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 238. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count back from 2026-07-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``PYTHONPATH=EXPORT/src:/work/s52h:EXPORT/benchmarks .venv/bin/python bench_pii_heldout38.py --out NAME
[--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge
A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after
report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 223 in two halves, the new 8), each with
its own ``--out``, then ``--merge``; ``run_parts.sh 38 EXPORT_DIR LABEL PREFIX RESULTS_DIR`` does all of it once
the ``heldout38_*.py`` files and this runner are in ``benchmarks/``.
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
import heldout38_language as language
import heldout38_new8 as new38
import heldout38_rows as rows38
import heldout38_shapes as set38

GROUPS = (
    ("first 7", set38.FIRST7),
    ("other 223", set38.OTHER),
    ("new 8", set38.NEW8_38),
    ("all 238", set38.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 38003), ("pt_BR", 38001), ("en_SB", 38001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 38: before and after session 52"
COMPARE_INTRO = (
    "Set 38 (`heldout38_*.py`, 238 locales: set 37's 230 and en_NF, fr_BL, nl_SX, en_KI, en_SB, fr_GF, en_CK, "
    "en_PW, which no set used before; seeds 38001-38006 for the first 7, 38001-38002 for the new 8, 38001 "
    "elsewhere) was written in session 52 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a tutoring agency's sessions, a lost-property office's log, a pet-sitting booking list, a blood-donor "
    "session list, a hostel's check-in register, a scout group's roster, a piano tuner's visit log, a dial-a-ride "
    "minibus's bookings), 10-320 rows (most small; people come back), a third with column names mangled in new "
    "ways (`Client / Name`, `NAME (CLIENT)`, vowels dropped, trailing colons, `fld` prefixes, double underscores, "
    "reversed words, a lost header `Unnamed: 4`); phones in two to four layouts within a column (dots, slashes, a "
    "word in the cell, extensions, `+33 (0)6`), some cells with two numbers; birth dates in one to three layouts; "
    "junk in some cells; columns mostly empty with a few people; children with their parents' surnames; a "
    "second-script column. Look-alikes: references, donor numbers, key-safe codes, serials, pets, pianos, rooms, "
    'dorms, patrols, venues, vets and destinations named after people; staff "don\'t care". Notes: thirteen '
    "English genres new to the sets, and a phone message or an appointment change in de fr es it nl pt da cs. "
    "Metrics are set 37's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout38_*.py` (seeds 38001-38006 for the first 7, 38001-38002 for the new 8, 38001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 37's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*set38.NEW8_38, *new37.NEW8_37, *new36.NEW8_36, *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33,
        *language32.NEW8_32, *language32.l31.NEW8_31, "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA",
        "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set38.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set38.LOCALES for w in language.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {w.lower() for w in language37.TOOL_MISSING}
    | {w.lower() for w in rows37._JUNK}
    | {w.lower() for w in rows38._JUNK}
    | {"-", "n/a", "none", "nan", "n/k", "?", "tbc", "see notes", "0"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 38's particulars, read when called."""
    return shared.HeldoutSet(
        38,
        set38,
        set38.heldout38_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 37's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set38.FIRST7[:2]),
    "first7_b": ",".join(set38.FIRST7[2:4]),
    "first7_c": ",".join(set38.FIRST7[4:]),
    "other_a": ",".join(set38.OTHER[:112]),
    "other_b": ",".join(set38.OTHER[112:]),
    "new8": ",".join(set38.NEW8_38),
}

_SET = recent.recent_runner(__name__, _spec, tables=set38, language=language, build=set38.heldout38_table)
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
