"""PII stage on held-out set 50 (``heldout50_*.py``, 334 locales; seeds 50001-50006 for the first 7, 50001-50002
for the new 8, 50001 elsewhere).

Set 50 was written in session 64 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale, shape,
form, style, genre and cue lists, set 49's runner and modules, and public function signatures), their results or
``docs/pii*.md``, and was kept out of the repository (``/work/s64h``) while the code helpers committed: it is
measured BEFORE (the code at the session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at
the end), and tuned on never. For set 49's 326 locales it calls the earlier sets' generators of people (names,
streets, towns, postcodes, ids, IBANs, e-mails, phone numbers: ``heldout49_people.sources`` / ``person`` /
``child_of`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-49's) with set 50's seeds; everything
else (cell forms, phone layouts, date layouts, address cells, header styles, shapes, notes, the eight new locales)
is its own.

What is new in set 50:

- eight export shapes new to the sets: a dog grooming salon's appointments (dogs ``Bella``, ``Alfie``, ``Mr
  Darcy``, ``Sir Barkley``, ``Duchess``, ``Winston``; breeds ``Cavalier King Charles``, ``Dandie Dinmont``,
  ``Gordon Setter``, ``Jack Russell``; the address for the van and who collects, mostly empty), an escape room's
  bookings (rooms ``Sherlock's Study``, ``Houdini's Vault``, ``Professor Plum's Lab``, ``Agatha's Secret``,
  ``Tutankhamun's Tomb``; teams ``The Famous Five``, ``Lock Ness Monsters``; a birthday child with a birth date in
  a third of the rows), a vintage car rally's entries (cars ``Austin Seven 'Ruby'``, ``Morris Minor Traveller``,
  ``Aston Martin DB5``, ``Ford Model T 'Tin Lizzie'``, ``Bentley 4½ Litre``; number plates; clubs ``Bentley
  Drivers Club``; the driver's birth date; a navigator and the licence seen, mostly empty), a repair café's log
  (``Dyson DC24``, ``Kenwood Chef``, ``Morphy Richards``, ``Roberts radio``, ``Henry hoover``, ``Singer 201K``;
  the postcode alone; who it was brought for, mostly empty), a fly-fishing club's catch returns (beats ``Lady's
  Pool``, ``Bishop's Stream``, ``Colonel's Beat``; flies ``Greenwell's Glory``, ``Royal Coachman``, ``Kate
  McLaren``, ``Peter Ross``, ``Wickham's Fancy``; juniors with birth dates and a parent ``... obo Tom``; the permit's
  id, mostly empty), a wine club's orders (``Veuve Clicquot``, ``Dom Pérignon``, ``Château Margaux``, ``Penfolds
  Grange``, ``Don Melchor``, ``Marqués de Riscal``; the age check's birth date; a gift recipient and the id seen,
  mostly empty), a cocktail masterclass's bookings (``Tom Collins``, ``Bloody Mary``, ``Harvey Wallbanger``, ``Rob
  Roy``, ``Mary Pickford``, ``Arnold Palmer``; bars ``Harry's Bar``, ``Trader Vic's``, ``Sloppy Joe's``; birth
  dates; a plus-one and the id seen, mostly empty) and a dive centre's log (sites ``SS Thistlegorm``, ``HMS
  Scylla``, ``James Eagan Layne``, ``Stoney Cove``; birth dates; a buddy in most rows; an emergency contact and
  phone, mostly empty);
- a third of the tables with their headers in one of eight styles no set used (a Kotlin property ``val phone:
  String?``, a TypeScript optional field ``phone?: string;``, a JSONPath ``$.phone``, an SQL column definition
  ``phone VARCHAR(255)``, monospace letters ``𝙿𝚑𝚘𝚗𝚎``, an Excel table reference ``Table1[Phone]``, a Haskell record
  field ``phone :: Text``, an Objective-C property ``@property NSString *phone;``), a third of those with one
  header lost as ``Expr1005``, ``(No column name)`` or ``V5``; headers in the table's language in most de fr es it
  nl pt da cs nb mi tables (English in a few), in the country's other language in a few, the new 8's in Spanish
  for Yucatec Maya and Italian for Friulian and in English elsewhere; junk in the person columns of two tables in
  five (the locale's missing-cell words, the new 8's in their own languages: ``ಲಭ್ಯವಿಲ್ಲ``, ``юҡ``, ``冇``,
  ``不詳``, ``tidak ada``, ``mix ba'al``, ``gũtirĩ``, ``cha nel``, ``nuie``; and ``undefined``, ``#NUM!``,
  ``#NULL!``, ``<NA>``, ``NaT``, ``(not asked)``, ``ask office``, ``not supplied``, ``no data``, ``pending``,
  ``[none]``, ``~``); one column of people wholly in lower case or in capitals in two tables in five; a
  second-script column where it is real (the new not-Latin names: romanised, Hong Kong's with an English name);
- names in cells with pronouns after (``Gail Harvey (she/her)``), as a meeting app's guest (``Harvey, Gail
  (Guest)``), in HTML bold (``<b>Gail Harvey</b>``), as a spreadsheet formula (``=CONCATENATE("Gail"," ","Harvey")``,
  a whole-only name ``=TRIM("... ")``), with a no-break space between the names, as a PHP array (``['first' =>
  'Gail', 'last' => 'Harvey']``), with an emoji after (``Gail Harvey 🙂``) and, for a parent, on behalf of the
  child (``Gail Harvey obo Tom``, ``für Tom``, ``pour Tom``, ``en nombre de Tom``, ``per conto di Tom``) besides
  the plain form; Kannada names with initials first, Bashkir names with ``улы``/``ҡыҙы`` and surname first,
  Cantonese names surname first in characters, Balinese names with no family name (``I Wayan Sudirta``, ``Ni Made
  Ayu Kartika``, caste titles), Yucatec two-surname names, Kikuyu three-part names; phones with no-break hyphens
  (U+2011), as an HTML ``tel:`` link, after a phone emoji (``📱``, ``📞``), as a Markdown ``tel:`` link, after the
  country's flag in the international form (``🇬🇧 +44 7406 858784``) and in both forms (``07406 858784
  (+447406858784)``); birth dates in set 50's layouts (a Python ``datetime.date(1998, 4, 2)``, the .NET
  ``/Date(891475200000)/``, SAS's ``02APR1998``, ``4/2/1998 12:00:00 AM``, an XML Schema date with its zone
  ``1998-04-02+02:00`` and JavaScript's ``Thu Apr 02 1998 00:00:00 GMT+0200``); addresses in one cell joined by
  ``<br>``, as a Google Maps search link, as a vCard ``ADR`` line, each part quoted and joined by commas, with the
  postcode first and in capitals on lines of their own; ids in cells bare, as a Code 39 barcode read back
  (``*...*``), as a small JSON object (``{"doc": "ID", "no": "..."}``) or with the table's word for "scanned" in
  brackets after;
- twelve English note genres new to the sets (eight of the shapes' own: a dog groomer's note, an escape room booking
  note, a rally scrutineer's card, a repair café fix log, a fishing catch return, a wine club order note, a cocktail
  masterclass note, a dive log entry; four of any table: an out-of-office auto-reply, a leaving card, a prayer list,
  a school-run swap), half of a table's English notes of its own shape's genre; people in full, titled (Cantonese
  after the surname ``陳太``), in capitals, in lower case, by given name alone, possessive, as a mention (``@Gail
  Harvey``), as a hashtag (``#GailHarvey``), as a family (``the Harvey family``), in lists of three or four joined
  by ``; ``, `` · ``, `` & `` or `` and ``, signing (``Best wishes,`` and two given names, ``Regards`` with the
  whole name and the phone, ``~ Gail``, ``Sent from my phone - Gail``, ``Kind regards, Mrs Harvey``); streets whole
  or without their number (``Bull Temple Road``, ``Ленин урамы``, ``Nathan Road`` / ``彌敦道``, ``Jl. Teuku Umar``,
  ``Paseo de Montejo``, ``Ngong Road``, ``Strand Street``, ``vie Mercatovecchio``); phones whole, bare, local,
  international, with no-break hyphens, after a phone emoji or the country's flag; ids after cues new to the sets
  (``DL no.``, ``passport no:``, ``photo ID ref``, ``govt ID:``, ``Perso-Nr.``, ``Reisepass Nr.``, ``pièce
  d'identité n°``, ``passeport n°``, ``NIF:``, ``pasaporte nº``, ``n. documento``, ``passaporto n.``,
  ``paspoortnr.``, ``BSN:``, ``BI n.º``, ``NIF n.º``, ``CPR:``, ``pasnr.``, ``č. dokladu``, ``pas č.``, ``PAN:``,
  ``ಪ್ಯಾನ್ ಸಂಖ್ಯೆ``, ``СНИЛС:``, ``СНИЛС №``, ``身份證號碼：``, ``HKID:``, ``NIK:``, ``No. KTP``, ``CURP:``, ``ID
  No.``, ``Nambari ya ID:``, ``NI no.``, ``codiç fiscâl``, ``C.F.``); birth dates only after a birth cue
  (``d.o.b.``, ``born``, ``geb.``, ``date de naissance``, ``nacido/a el``, ``nato/a il``, ``data de nascimento``,
  ``f.``, ``nar.``, ``ಜನ್ಮ ದಿನಾಂಕ``, ``тыуған көнө``, ``出生日期``, ``lahir``, ``síij``, ``aciarirwo``, ``ruggit``,
  ``nassût/nassude ai``) in set 50's layouts (not the Python nor the .NET ones); look-alikes in the notes' own text;
  three local genres (a club membership renewal with the birth date and the identity document, a found wallet with
  the owner's identity document, a flat viewing request) in de fr es it nl pt da cs and in the eight new
  languages, about a third of the notes there;
- eight locales no set used (eight language and country pairs new to the sets): kn_IN (Kannada in Kannada script,
  Karnataka), ba_RU (Bashkir in Cyrillic, Bashkortostan), yue_HK (Cantonese in Chinese characters, Hong Kong),
  ban_ID (Balinese, Bali), yua_MX (Yucatec Maya, Yucatán), ki_KE (Kikuyu, central Kenya), gv_IM (Manx, Isle of
  Man) and fur_IT (Friulian, Friuli): see ``heldout50_new8`` (Bengaluru's ``No. 24, 3rd Cross, 5th Main``, the PAN;
  Bashkir streets with the postcode first, the SNILS; ``Flat 12B, 8/F, Wing On Building, 123 Nathan Road`` or in
  characters, no postcode, the HKID; ``Jl. Teuku Umar No. 88`` and banjars, the NIK; Mérida's ``Calle 60 No. 491 x
  57 y 59``, the CURP; ``P.O. Box 1234-00100, Nairobi``, the national id; ``Thie Veg, Ballaugh Road``, ``IM1
  2EA``, the NI number; ``vie Mercatovecchio, 12, 33100 Udin (UD)``, the codice fiscale); phones valid by
  ``phonenumbers`` for the locale's region (checked by ``check50.py``).

Scoring is set 49's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 50 has no branch-town columns; staff are
"don't care".

Modules: ``heldout50_language``, ``heldout50_new8``, ``heldout50_people``, ``heldout50_rows``, ``heldout50_rows2``,
``heldout50_notes`` and ``heldout50_shapes`` (the builder). Metrics are those of sets 9-49
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 319 (set 49's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 334. ja/zh/ko/th notes and yue_HK's are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or/pa/te/ml/kn a street's words
are taken between spaces (kn_IN among them).

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-12-07).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``cd /work/s64h && PYTHONPATH=EXPORT/src:/work/s64h:/work/main/benchmarks /work/main/.venv/bin/python
bench_pii_heldout50.py --out NAME [--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR]
[--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out
NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 319 in
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
import heldout45_language as language45
import heldout45_new8 as new45

# isort: split
import heldout46_language as language46
import heldout46_new8 as new46

# isort: split
import heldout47_language as language47
import heldout47_new8 as new47

# isort: split
import heldout48_language as language48
import heldout48_new8 as new48

# isort: split
import heldout49_language as language49
import heldout49_new8 as new49

# isort: split
import heldout50_language as language
import heldout50_new8 as new50
import heldout50_shapes as set50

GROUPS = (
    ("first 7", set50.FIRST7),
    ("other 319", set50.OTHER),
    ("new 8", new50.NEW8_50),
    ("all 334", set50.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 50002), ("pt_BR", 50001), ("kn_IN", 50001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS | new43.STREET_WORDS | new44.STREET_WORDS | new45.STREET_WORDS | new46.STREET_WORDS
    | new47.STREET_WORDS | new48.STREET_WORDS | new49.STREET_WORDS | new50.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 50: before and after session 64"
COMPARE_INTRO = (
    "Set 50 (`heldout50_*.py`, 334 locales: set 49's 326 and kn_IN, ba_RU, yue_HK, ban_ID, yua_MX, ki_KE, gv_IM, "
    "fur_IT, language and country pairs no set used before; seeds 50001-50006 for the first 7, 50001-50002 for the "
    "new 8, 50001 elsewhere) was written in session 64 by a helper that did not read the PII code, the PII tests, "
    "the earlier held-out tables' code (beyond set 49's modules, docstrings and lists), their results or "
    "`docs/pii*.md`, and was kept outside the repository while the code helpers committed: nothing was tuned on it. "
    "Each (locale, seed) is one table of one of eight export shapes new to the sets (a dog grooming salon's "
    "appointments, an escape room's bookings, a vintage car rally's entries, a repair café's log, a fly-fishing "
    "club's catch returns, a wine club's orders, a cocktail masterclass's bookings, a dive centre's log), 8-300 rows "
    "(most small; people come back), a third with headers in eight new styles (a Kotlin property, a TypeScript "
    "optional field, a JSONPath, an SQL column definition, monospace letters, an Excel table reference, a Haskell "
    "record field, an Objective-C property; a lost header `Expr1005`/`(No column name)`/`V5`); phones in new layouts "
    "within a column (no-break hyphens, an HTML `tel:` link, a phone emoji, a Markdown `tel:` link, the country's "
    "flag, both forms); names with pronouns, as a meeting guest, in HTML bold, as a spreadsheet formula, with a "
    "no-break space, as a PHP array, with an emoji, a parent on behalf of the child; birth dates in new layouts (a "
    "Python date, the .NET JSON date, SAS's DATE9, a 12-hour date-time, an XML Schema date with its zone, "
    "JavaScript's `Date.toString()`); addresses in new one-cell forms (`<br>`, a Google Maps link, a vCard `ADR`, "
    "quoted parts, the postcode first, capitals on lines); ids as a Code 39 read-back, a JSON object, with a word for "
    "scanned; junk in some cells; a column of people in lower case or capitals; columns mostly empty; juniors named "
    "after their parents as the place does it; a second-script column. Look-alikes: dogs and breeds, escape rooms "
    "and teams, vintage cars and plates, appliances named after makers, fishing beats and flies, wines, cocktails "
    'and bars, dive sites; staff "don\'t care". Notes: twelve English genres new to the sets, and a membership '
    "renewal, a found wallet or a flat viewing request in de fr es it nl pt da cs and the eight new languages. "
    "Metrics are set 49's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout50_*.py` (seeds 50001-50006 for the first 7, 50001-50002 for the new 8, 50001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 49's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new50.NEW8_50, *new49.NEW8_49, *new48.NEW8_48, *new47.NEW8_47, *new46.NEW8_46, *new45.NEW8_45, *new44.NEW8_44, *new43.NEW8_43, *new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38,  # noqa: E501
        *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set50.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set50.LOCALES for w in language.missing_words(x))
    | frozenset(w.lower() for x in language49.LOCALES for w in language49.missing_words(x))
    | frozenset(w.lower() for x in language48.LOCALES for w in language48.missing_words(x))
    | frozenset(w.lower() for x in language47.LOCALES for w in language47.missing_words(x))
    | frozenset(w.lower() for x in language46.LOCALES for w in language46.missing_words(x))
    | frozenset(w.lower() for x in language45.LOCALES for w in language45.missing_words(x))
    | frozenset(w.lower() for x in language44.LOCALES for w in language44.missing_words(x))
    | frozenset(w.lower() for x in language43.LOCALES for w in language43.missing_words(x))
    | frozenset(w.lower() for x in language42.LOCALES for w in language42.missing_words(x))
    | frozenset(w.lower() for x in language41.LOCALES for w in language41.missing_words(x))
    | frozenset(w.lower() for x in language40.LOCALES for w in language40.missing_words(x))
    | frozenset(w.lower() for x in language39.LOCALES for w in language39.missing_words(x))
    | frozenset(w.lower() for x in language38.LOCALES for w in language38.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
    | {w.lower() for w in language49.TOOL_MISSING}
    | {w.lower() for w in language48.TOOL_MISSING}
    | {w.lower() for w in language47.TOOL_MISSING}
    | {w.lower() for w in language46.TOOL_MISSING}
    | {w.lower() for w in language45.TOOL_MISSING}
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
    """Set 50's particulars, read when called."""
    return shared.HeldoutSet(
        50,
        set50,
        set50.heldout50_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 49's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set50.FIRST7[:2]),
    "first7_b": ",".join(set50.FIRST7[2:4]),
    "first7_c": ",".join(set50.FIRST7[4:]),
    "other_a": ",".join(set50.OTHER[:160]),
    "other_b": ",".join(set50.OTHER[160:]),
    "new8": ",".join(new50.NEW8_50),
}

_SET = recent.recent_runner(__name__, _spec, tables=set50, language=language, build=set50.heldout50_table)
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
