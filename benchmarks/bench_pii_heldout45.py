"""PII stage on held-out set 45 (``heldout45_*.py``, 294 locales; seeds 45001-45006 for the first 7, 45001-45002
for the new 8, 45001 elsewhere).

Set 45 was written in session 59 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists,
sets 43-44's runner and modules, and public function signatures), their results or ``docs/pii*.md``, and was kept
out of the repository (``/work/s59h``) while the code helpers committed: it is measured BEFORE (the code at the
session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never.
For set 44's 286 locales it calls the earlier sets' generators of people (names, streets, towns, postcodes, ids,
IBANs, e-mails, phone numbers: ``heldout44_people.sources`` / ``person`` / ``with_surname`` / ``second_script`` /
``latin`` / ``title``, which call sets 32-44's) with set 45's seeds; everything else (cell forms, phone layouts,
date layouts, address cells, header styles, shapes, notes, the eight new locales) is its own.

What is new in set 45:

- eight export shapes new to the sets: a seed library's lending log (varieties ``Cherokee Purple``, ``Mortgage
  Lifter``, ``Kelvedon Wonder``, ``Mrs Fortune's tomato``, ``Uncle Quimby's bean``; who saved the seed, mostly
  empty; the volunteer "don't care"), a pub's karaoke night sign-up (songs ``Jolene - Dolly Parton``, ``Delilah -
  Tom Jones``; pubs ``The Lord Nelson``, ``The Duke of Wellington``; a duet partner, mostly empty; the KJ "don't
  care"; the night as ``3/11/2026 (mar.)``), a bakery's celebration cake orders (``Victoria sponge``,
  ``Battenberg``, ``Charlotte russe``, ``Peach Melba``, ``Sachertorte``, ``Prinzregententorte``; a piped message
  with no name; a delivery address, mostly empty; allergies, mostly empty), an ice rink's skate hire and lessons
  (juniors with a parent's surname and birth dates; skates ``Jackson Ultima``, ``Riedell``, ``Graf``; the parent and
  their phone), a hackspace's machine inductions (``Bridgeport mill``, ``Myford ML7``, ``Prusa MK4``, ``Bernina``;
  an emergency contact and the id number, mostly empty; the inductor "don't care"), a village show's entries
  (``Bramley``, ``Cox's Orange Pippin``, ``Rose 'Gertrude Jekyll'``, ``Dahlia 'Bishop of Llandaff'``, ``Sweet pea
  'Mrs Collier'``, ``Gloucester Old Spot``; junior entrants' birth dates; the steward "don't care"), an astronomy
  society's telescope loans (``Dobsonian``, ``Herschel wedge``, ``Barlow``; targets ``Barnard's Star``, ``Kemble's
  Cascade``, ``Caroline's Rose``; a guarantor and the id seen, mostly empty; dates ``2026 November 23``) and a
  knife-sharpening van's round (``Sabatier``, ``Wüsthof``, ``Opinel``, ``Robert Welch``; who to leave them with,
  mostly empty; the driver "don't care");
- a third of the tables with their headers in one of eight styles no set used (SQL back-ticks, a mustache template
  ``{{phone}}``, ``@phone``, an icon before, ``%PHONE%``, ``|Phone|``, ``<Phone>``, inverted case ``pHONE``), a third
  of those with one header lost as ``untitled_5``, ``NONAME5`` or ``#5``; headers in the table's language in most de
  fr es it nl pt da cs nb mi tables (English in a few), in the country's other language in a few, the new 8's in the
  country's language of record (Spanish for Aymara, French for Malagasy and Lingala, Portuguese for Tetum, English
  elsewhere); junk in the person columns of two tables in five (the locale's missing-cell words, the new 8's in
  their own languages, and ``not known``, ``n.k.``, ``TBA``, ``—``, ``xx``, ``<empty>``, ``(null)``, ``NIL``, ``no
  info``, ``refused to give``, ``see above``, ``-/-``); a second-script column where it is real (the new not-Latin
  names: romanised);
- names in cells as ``Gail "Sunny" Harvey`` (a nickname in double quotes), ``HARVEY/GAIL MRS`` (an airline
  booking's form), ``c/o Gail Harvey`` (care of, in the table's language: ``z. Hd.``, ``a/s``, ``t.a.v.``, ``a/c``),
  ``Gail Harvey <gail.harvey@example.org>`` (a mail client's display name), handles with digits in other places
  (``harvey87g``, ``gail07.harvey``, ``g12harvey``), ``Harvey | Gail``, ``Harvey; Gail`` and ``Gail Harvey (42)``
  (the age after) besides the plain form; ``Nei`` before a Gilbertese woman's name; phones with an extension word
  in the table's language (``Durchwahl 14``, ``poste 12``, ``ramal 7``), keypad letters for the last digits,
  ``(0044) 7406 858784``, the country code after a word in the table's language (``Ländervorwahl 49, 15123456``),
  two numbers joined by the table's word for "or" (``oder``, ``ou``, ``o``, ``eller``, ``kapena``), every digit
  spaced and dashes and dots mixed (``0740-685.8784``); birth dates in set 45's layouts (``2/4/1998 (Thu)`` with the
  weekday in the table's language, ``1998 April 2`` with the month in the table's language, ``02/04/1998 (28
  yrs)``, ``02\\04\\1998``, ``98-04-02``, ``02 04 1998``); addresses in one cell as ``12 Elm Road | Leeds | LS1
  4AB``, on two lines, ``Leeds - 12 Elm Road (LS1 4AB)`` and ``12 Elm Road (Leeds)`` besides the locale's own; ids in
  cells (the id number at a hackspace, the id seen at a telescope loan);
- twelve English note genres new to the sets (eight of the shapes' own: a seed librarian's lending note, a karaoke
  host's queue note, a baker's order note, a skate hire desk's note, a hackspace induction note, a show steward's
  note, a telescope loan note, a knife sharpener's round note; four of any table: an out-of-office auto-reply, a
  courier's proof-of-delivery line, a reply to an online review, a radio dispatch log line), half of a table's
  English notes of its own shape's genre; people in full, titled, in capitals, in lower case, by surname or given
  name alone, possessive (``Harvey's``, ``Gail's``, ``gail harvey's``), with an initial, in lists of three or four,
  signing (``-- Gail``, `` /gail``, ``Cheers, Gail Harvey``, ``(written by Mrs Harvey)``, ``Thanks — G. Harvey``);
  streets whole or without their number (``Calle Tiwanaku`` from ``Calle Tiwanaku N° 1245``, ``Thandi Sarak`` from
  ``House No. 12, Thandi Sarak``); phones whole, bare, local, international, ``(0044) ...`` and ``0740-685.8784``;
  ids after cues new to the sets (``ID number``, ``national no.``, ``Ausweisnummer``, ``n° de pièce``, ``n.º de
  documento``, ``n. carta d'identità``, ``ID-nr.``, ``n.º do CC``, ``č. OP``, ``cédula:``, ``CIN laharana``, ``CNIC
  نمبر``, ``کارتی نیشتمانی:``, ``National ID:``); birth dates only after a birth cue new to the sets (``born``,
  ``date of birth``, ``geboren am``, ``date de naissance :``, ``fecha de nac.:``, ``data di nascita``,
  ``geboortedatum``, ``fødselsdato``, ``datum narození``, ``Teraka tamin'ny``, ``Wobadwa pa``, ``Moris iha``, ...)
  in set 45's layouts; look-alikes in the notes' own text; three local genres (a birthday wish, a for-sale small ad,
  a parcel taken in by a neighbour) in de fr es it nl pt da cs and in the eight new languages, about a third of the
  notes there;
- eight locales no set used (eight languages new to the sets): ay_BO (Aymara, Bolivia), mg_MG (Malagasy,
  Madagascar), sd_PK (Sindhi in its Arabic script, Pakistan), ckb_IQ (Central Kurdish in its Arabic script, Iraq),
  ln_CD (Lingala, DR Congo), ny_MW (Chichewa, Malawi), gil_KI (Gilbertese, Kiribati) and tet_TL (Tetum,
  Timor-Leste): see ``heldout45_new8`` (two surnames in ay; the family name first in mg; clan and caste names in sd;
  patronymics in ckb and gil; the nom and postnom in ln; ``Calle Tiwanaku N° 1245, Zona 16 de Julio``, ``Lot IVG
  204 Antanimena``, ``House No. 45, Jail Road``, ``Bakhtiyari, Street 31, House 12``, ``House 7, 100 Meter
  Street``, ``Avenue Kasa-Vubu n° 45, Q/ Matonge, C/ Kalamu``, ``Plot 23, Chilembwe Road``, ``near the Bairiki
  maneaba``, ``Rua de Balide``; the Bolivian cédula with its department, the Malagasy CIN, the Pakistani CNIC, the
  Iraqi national card, the Malawian national id); phones valid by ``phonenumbers`` for the locale's region
  (checked by ``tests/test_heldout45_phones.py`` in the set's folder).

Scoring is set 44's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 45 has no branch-town columns; staff are
"don't care".

Modules: ``heldout45_language``, ``heldout45_new8``, ``heldout45_people``, ``heldout45_rows``, ``heldout45_rows2``,
``heldout45_notes`` and ``heldout45_shapes`` (the builder). Metrics are those of sets 9-44
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 279 (set 44's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 294. ja/zh/ko/th notes are scored as CJK (sd_PK and ckb_IQ are not: their notes are in the Arabic script); in
hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-12-06).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``cd /work/s59h && PYTHONPATH=EXPORT/src:/work/s59h:/work/main/benchmarks /work/main/.venv/bin/python
bench_pii_heldout45.py --out NAME [--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR]
[--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out
NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 279 in
two halves, the new 8), each with its own ``--out``, then ``--merge``.
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
import heldout39_language as language39
import heldout39_new8 as new39

# isort: split
import heldout40_language as language40
import heldout40_new8 as new40

# isort: split
import heldout41_language as language41
import heldout41_new8 as new41

# isort: split
import heldout42_language as language42
import heldout42_new8 as new42

# isort: split
import heldout43_language as language43
import heldout43_new8 as new43

# isort: split
import heldout44_language as language44
import heldout44_new8 as new44

# isort: split
import heldout45_language as language
import heldout45_new8 as new45
import heldout45_shapes as set45

GROUPS = (
    ("first 7", set45.FIRST7),
    ("other 279", set45.OTHER),
    ("new 8", new45.NEW8_45),
    ("all 294", set45.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 45002), ("pt_BR", 45001), ("ay_BO", 45001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS | new43.STREET_WORDS | new44.STREET_WORDS | new45.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 45: before and after session 59"
COMPARE_INTRO = (
    "Set 45 (`heldout45_*.py`, 294 locales: set 44's 286 and ay_BO, mg_MG, sd_PK, ckb_IQ, ln_CD, ny_MW, gil_KI, "
    "tet_TL, languages no set used before; seeds 45001-45006 for the first 7, 45001-45002 for the new 8, 45001 "
    "elsewhere) was written in session 59 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a seed library's lending log, a pub's karaoke sign-up, a bakery's cake orders, an ice rink's skate hire, "
    "a hackspace's inductions, a village show's entries, an astronomy society's telescope loans, a knife-sharpening "
    "van's round), 8-300 rows (most small; people come back), a third with headers in eight new styles (back-ticks, "
    "`{{mustache}}`, `@`, an icon, `%VAR%`, `|pipes|`, `<angle>`, inverted case; a lost header `untitled_5`/"
    "`NONAME5`/`#5`); phones in new layouts within a column (an extension word, keypad letters, `(0044)`, a "
    "country-code word, two numbers joined by the local `or`, digits spaced, dashes and dots mixed); names with "
    "quoted nicknames, as airline `SURNAME/GIVEN MRS`, care of, mail display names, handles with digits, `Surname | "
    "Given`, `Surname; Given`, with the age after; birth dates in new layouts (with the weekday, year first with the "
    "month's name, with the age, backslashes, `98-04-02`, spaces); addresses in new one-cell forms; ids in cells; "
    "junk in some cells; columns mostly empty; juniors with their parents' surnames; a second-script column. "
    "Look-alikes: seed varieties, songs and singers, pubs, cakes, skates, machines, show classes, telescopes, stars "
    "and knives named after people or places; staff \"don't care\". Notes: twelve English genres new to the sets, "
    "and a birthday wish, a for-sale ad or a parcel notice in de fr es it nl pt da cs and the eight new languages. "
    "Metrics are set 44's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout45_*.py` (seeds 45001-45006 for the first 7, 45001-45002 for the new 8, 45001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 44's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new45.NEW8_45, *new44.NEW8_44, *new43.NEW8_43, *new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38,  # noqa: E501
        *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set45.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set45.LOCALES for w in language.missing_words(x))
    | frozenset(w.lower() for x in language44.LOCALES for w in language44.missing_words(x))
    | frozenset(w.lower() for x in language43.LOCALES for w in language43.missing_words(x))
    | frozenset(w.lower() for x in language42.LOCALES for w in language42.missing_words(x))
    | frozenset(w.lower() for x in language41.LOCALES for w in language41.missing_words(x))
    | frozenset(w.lower() for x in language40.LOCALES for w in language40.missing_words(x))
    | frozenset(w.lower() for x in language39.LOCALES for w in language39.missing_words(x))
    | frozenset(w.lower() for x in language38.LOCALES for w in language38.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {w.lower() for w in language44.TOOL_MISSING}
    | {w.lower() for w in language43.TOOL_MISSING}
    | {w.lower() for w in language42.TOOL_MISSING}
    | {w.lower() for w in language41.TOOL_MISSING}
    | {w.lower() for w in language40.TOOL_MISSING}
    | {w.lower() for w in language39.TOOL_MISSING}
    | {w.lower() for w in language38.TOOL_MISSING}
    | {w.lower() for w in language37.TOOL_MISSING}
    | {w.lower() for w in rows37._JUNK}
    | {w.lower() for w in rows38._JUNK}
    | {"-", "n/a", "none", "nan", "n/k", "?", "tbc", "see notes", "0"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 45's particulars, read when called."""
    return shared.HeldoutSet(
        45,
        set45,
        set45.heldout45_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 44's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set45.FIRST7[:2]),
    "first7_b": ",".join(set45.FIRST7[2:4]),
    "first7_c": ",".join(set45.FIRST7[4:]),
    "other_a": ",".join(set45.OTHER[:140]),
    "other_b": ",".join(set45.OTHER[140:]),
    "new8": ",".join(new45.NEW8_45),
}

_SET = recent.recent_runner(__name__, _spec, tables=set45, language=language, build=set45.heldout45_table)
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
