"""PII stage on held-out set 47 (``heldout47_*.py``, 310 locales; seeds 47001-47006 for the first 7, 47001-47002
for the new 8, 47001 elsewhere).

Set 47 was written in session 61 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale, shape and
form lists, sets 45-46's runner and modules, and public function signatures), their results or ``docs/pii*.md``,
and was kept out of the repository (``/work/s61h``) while the code helpers committed: it is measured BEFORE (the
code at the session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned
on never. For set 46's 302 locales it calls the earlier sets' generators of people (names, streets, towns,
postcodes, ids, IBANs, e-mails, phone numbers: ``heldout46_people.sources`` / ``person`` / ``with_surname`` /
``second_script`` / ``latin`` / ``title``, which call sets 32-46's) with set 47's seeds; everything else (cell
forms, phone layouts, date layouts, address cells, header styles, shapes, notes, the eight new locales) is its own.

What is new in set 47:

- eight export shapes new to the sets: a bonsai society's show entries (cultivars ``Kiyohime``, ``Chojubai``,
  ``Shishigashira``; trees called ``Old Man Willow``, ``The Duchess``, ``Lord Sandwich``, ``Little Bertie``; styles
  ``Bunjin``, ``Yamadori``; pots ``Tokoname``, ``Bigei``, ``Gordon Duffett``; the owner's address for the trophy,
  mostly empty; the judge "don't care"), a falconry centre's hawk walk bookings (birds ``Merlin``, ``Sir
  Percival``, ``Lady Grey``, ``Hermione``, ``Mrs Miggins``, ``Gandalf``; walks ``King's Wood``, ``Lady Anne's
  Ride``; junior guests with a parent's surname and birth dates, the booker as ``... (mum of Tom)``; a second guest,
  mostly empty), a watch and clock repairer's job book (``Patek Philippe Calatrava``, ``Breguet``,
  ``Jaeger-LeCoultre Reverso``, ``Omega Seamaster``, ``Longcase (John Harrison style)``, ``Vienna regulator``,
  ``Ingersoll``; who may collect, the id seen and a home visit address, mostly empty), a sailing club's dinghy park
  (classes ``Laser``, ``Mirror``, ``Enterprise``, ``Wayfarer``, ``Albacore``; boats ``Lady Jane``, ``Saucy Sue``,
  ``Betsy``, ``Swallow``, ``Amazon``, ``Wee Hamish``; junior helms with birth dates and a parent; the crew, mostly
  empty; sail numbers and berths), a bouncy castle and party hire (``Peppa Pig castle``, ``Spider-Man slide``,
  ``Princess Elsa castle``, ``Bob the Builder combi``, ``Paw Patrol``; the birthday child with the booker's surname
  and a birth date; the delivery address in one cell; a neighbour with the gate key, mostly empty), a giant
  vegetable weigh-off (``Atlantic Giant``, ``Dill's``, ``Howden``, ``Kelsae``, ``Ailsa Craig``, ``Pendle Improved``,
  ``Lancashire Lad``; junior growers with a parent; the id seen for prize money, mostly empty), a guide dog
  charity's puppy walkers (puppies with people's names ``Bentley``, ``Wilson``, ``Hattie``, ``Maisie``, ``Archie``,
  ``Florence``, their litters and whelping dates: a dog's birth date is not labelled; a second adult, mostly empty;
  the walker's birth date, mostly empty) and a bookbinder's commissions (``Gray's Anatomy``, ``Mrs Beeton's Book of
  Household Management``, ``Wisden 1953``, ``Bradshaw's Guide``, ``Burke's Peerage``, ``Debrett's``,
  ``Crockford's``, ``Culpeper's Herbal``; the name tooled for a gift, mostly empty; a return address and an id,
  mostly empty);
- a third of the tables with their headers in one of eight styles no set used (a Java getter ``getPhone()``, an
  HTTP header ``X-Phone``, a spreadsheet formula ``="Phone"``, a wiki table cell ``! Phone``, guillemets
  ``«Phone»``, a subscript ``row["phone"]``, a Go struct tag ``json:"phone"``, mathematical bold letters
  ``𝐏𝐡𝐨𝐧𝐞``), a third of those with one header lost as ``...5``, ``V5`` or ``None``; headers in the table's
  language in most de fr es it nl pt da cs nb mi tables (English in a few), in the country's other language in a
  few, the new 8's in French for Tahitian, Kabyle and Corsican and English elsewhere; junk in the person columns of
  two tables in five (the locale's missing-cell words, the new 8's in their own languages: ``లేదు``, ``የለን``,
  ``meli o``, ``ga go na``, ``aita``, ``ulac``, ``ʻaʻohe``, ``nunda``; and ``#NAME?``, ``<NA>``, ``(skipped)``, ``no
  reply``, ``—none—``, ``not asked``, ``form not returned``, ``[not given]``, ``no contact``, ``to check``, ``n/r``,
  ``∗∗∗``); a second-script column where it is real (the new not-Latin names: romanised, the Telugu family name
  now and then as an initial: ``P. Srinivas``);
- names in cells as ``CN=Gail Harvey,OU=Members`` (an LDAP distinguished name), ``N:Harvey;Gail;;;`` (a vCard
  name field; whole-only names as ``FN:...``), ``Gail+Harvey`` / ``Gail%20Harvey`` (form-encoded), ``Gail Harvey
  (b. 1998)`` (the year of birth after, the word in the table's language: ``geb.``, ``n.``, ``f.``, ``nar.``),
  ``Miss Gail`` (a local honorific before the given name alone: ``Aunty Leilani``, ``Uncle Keoni``, ``Nna
  Tassadit``, ``Dda Idir``, ``Mma Kgomotso``, ``Rra Tshepo``, ``Zia Santa``, ``Mama Vaea``, ``Togbe Kofi``; a Telugu
  name with ``గారు`` after), ``Gail Harvey (mum of Tom)`` (a guardian with the relation to the child's given name
  in the table's language: ``Mutter von``, ``mère de``, ``madre di``) and ``Harvey<TAB>Gail`` besides the plain
  form; surname-first Telugu names, patronymic Tigrinya names (no family name) and Ewe day names stay whole;
  phones as a dial string with pauses before an extension (``+44 1330 252288,,204``), the country code in words in
  the table's language (``plus four four 7406 858784``, ``plus vier vier ...``, ``più tre nove ...``), two numbers
  with the second in brackets after the table's word (``07406 858784 (alt. 01330 252288)``, ``(sonst ...)``,
  ``(sinon ...)``) or after a semicolon, an SMS link (``sms:+447406858784``), the area code in square brackets
  (``[07406] 858784``) and a capital O for every zero (``O74O6 858784``); birth dates in set 47's layouts
  (``02,04,1998``, ``02–04–1998``, ``02·04·1998``, ``1998.Apr.02`` with the month in the table's language, ``1998-04-02
  → 28``, ``Thursday, 1998-04-02`` with the weekday's whole name in the table's language, ``1998, 2 April`` with the
  month in the table's language or the new languages' own: ``ఏప్రిల్``, ``ሚያዝያ``, ``Afɔfĩe``, ``Moranang``,
  ``ʻEperēra``, ``Yebrir``, ``ʻApelila``, ``aprile``); addresses in one cell with tabs between the parts, the town
  in capitals before the postcode (``12 Elm Road, LEEDS LS1 4AB``), two lines with postcode and town first, commas
  with no spaces, a double slash before the town and the town in brackets first (``(Leeds) 12 Elm Road``) besides
  the locale's own; ids in cells bare, after ``№``, with the document's kind after in square brackets (``...
  [Reisepass]``) or with the year of issue (``... (issued 2019)``);
- twelve English note genres new to the sets (eight of the shapes' own: a bonsai judge's critique card, a
  falconer's flying log, a watch repairer's job envelope, a dinghy park bosun's note, a bouncy castle delivery note,
  a weigh-off steward's note, a puppy-walking home visit report, a bookbinder's commission slip; four of any table:
  a raffle ticket stub, a sponsorship form line, a cash receipt, a neighbour's parcel card), half of a table's
  English notes of its own shape's genre; people in full, titled, in capitals, in lower case, by surname or given
  name alone, possessive, with an initial, as ``Surname, Given``, in lists of three or four joined by `` + ``,
  `` // `` or `` plus ``, signing (``Cheers, Gail``, ``-- `` and the name, ``Signed for: GAIL HARVEY``, `` xx
  Gail``, ``per pro Mrs Harvey``); streets whole or without their number (``Road No. 12``, ``Gandhi Nagar``,
  ``Alula Aba Nega Street``, ``Ho-Adidome Road``, ``Khama Crescent``, ``Rue des Remparts``, ``Cité des 600
  Logements``, ``Kamehameha Hwy``, ``cours Napoléon``); phones whole, bare, local, international, with the country
  code in words, as an ``sms:`` link, as a dial string with an extension and with the area code in square brackets;
  ids after cues new to the sets (``photo ID``, ``ID checked:``, ``card no.``, ``Ausweisnr.``, ``n° de pièce
  d'identité``, ``n.º de documento``, ``documento n.``, ``legitimatienr.``, ``ID-nr.``, ``č. dokladu``, ``PAN:``,
  ``ፋይዳ ቁ.``, ``Ghana Card:``, ``Omang:``, ``n° DN :``, ``NIN :``, ``SSN``, ``NIR :``); birth dates only after a
  birth cue (``born``, ``DOB``, ``birth date``, ``geboren:``, ``née le``, ``fecha de nac.:``, ``data di nascita:``,
  ``data de nasc.:``, ``født:``, ``datum narození:``, ``పుట్టిన తేదీ:``, ``ዕለት ልደት:``, ``Wodzi:``, ``o tsholetswe
  ka``, ``fanauhia i te``, ``ilul ass n``, ``hānau ʻia:``, ``natu u``) in set 47's layouts; look-alikes in the notes'
  own text; three local genres (a babysitting offer, a party noise apology to the neighbours, a change of address
  notice) in de fr es it nl pt da cs and in the eight new languages, about a third of the notes there;
- eight locales no set used (eight language and country pairs new to the sets): te_IN (Telugu in Telugu script,
  India), ti_ET (Tigrinya in Ge'ez script, Ethiopia), ee_GH (Ewe, Ghana), tn_BW (Setswana, Botswana), ty_PF
  (Tahitian, French Polynesia), kab_DZ (Kabyle, Algeria), haw_US (Hawaiian, Hawaiʻi) and co_FR (Corsican, France):
  see ``heldout47_new8`` (the Telugu family name first; Tigrinya given name and father's name, no family name, a
  child keeping its own; Ewe day names from the weekday of birth; Kabyle ``Aït`` clan surnames; Hawaiian middle
  names with the ʻokina and kahakō; ``Plot No. 45, Road No. 12``, ``D.No. 12-3-45, Gandhi Nagar``, ``Kebele 05,
  H.No. 512``, ``House No. H/12, Bankoe`` with a GhanaPost digital address, ``Plot 12345, Block 8``, ``PK 12,5 côté
  mer``, ``Cité des 600 Logements, Bt 12``, ``45-678 Kamehameha Hwy``, ``12 cours Napoléon``; the PAN, the Fayda
  number, the Ghana Card PIN, the Omang, the CPS DN, the Algerian NIN, the SSN, the NIR with ``2A``/``2B`` and its
  key); phones valid by ``phonenumbers`` for the locale's region (checked by ``tests/test_heldout47_phones.py`` in
  the set's folder).

Scoring is set 46's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 47 has no branch-town columns; staff are
"don't care".

Modules: ``heldout47_language``, ``heldout47_new8``, ``heldout47_people``, ``heldout47_rows``, ``heldout47_rows2``,
``heldout47_notes`` and ``heldout47_shapes`` (the builder). Metrics are those of sets 9-46
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 295 (set 46's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 310. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or/pa/te a street's words are taken between
spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-12-07).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``cd /work/s61h && PYTHONPATH=EXPORT/src:/work/s61h:/work/main/benchmarks /work/main/.venv/bin/python
bench_pii_heldout47.py --out NAME [--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR]
[--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out
NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 295 in
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
import heldout47_language as language
import heldout47_new8 as new47
import heldout47_shapes as set47

GROUPS = (
    ("first 7", set47.FIRST7),
    ("other 295", set47.OTHER),
    ("new 8", new47.NEW8_47),
    ("all 310", set47.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 47002), ("pt_BR", 47001), ("te_IN", 47001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS | new43.STREET_WORDS | new44.STREET_WORDS | new45.STREET_WORDS | new46.STREET_WORDS
    | new47.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 47: before and after session 61"
COMPARE_INTRO = (
    "Set 47 (`heldout47_*.py`, 310 locales: set 46's 302 and te_IN, ti_ET, ee_GH, tn_BW, ty_PF, kab_DZ, haw_US, "
    "co_FR, language and country pairs no set used before; seeds 47001-47006 for the first 7, 47001-47002 for the "
    "new 8, 47001 elsewhere) was written in session 61 by a helper that did not read the PII code, the PII tests, "
    "the earlier held-out tables' code (beyond set 45-46's modules, docstrings and lists), their results or "
    "`docs/pii*.md`, and was kept outside the repository while the code helpers committed: nothing was tuned on it. "
    "Each (locale, seed) is one table of one of eight export shapes new to the sets (bonsai show entries, falconry "
    "hawk walk bookings, a watch and clock repairer's job book, a sailing club's dinghy park, a bouncy castle hire, "
    "a giant vegetable weigh-off, guide dog puppy walkers, a bookbinder's commissions), 8-300 rows (most small; "
    "people come back), a third with headers in eight new styles (`getPhone()`, `X-Phone`, `=\"Phone\"`, `! Phone`, "
    "`«Phone»`, `row[\"phone\"]`, `json:\"phone\"`, mathematical bold; a lost header `...5`/`V5`/`None`); phones in "
    "new layouts within a column (a dial string with `,,` and an extension, the country code in words, a second "
    "number in brackets after a word or after a semicolon, an `sms:` link, the area code in square brackets, a "
    "capital O for zero); names as an LDAP DN, a vCard `N:` field, form-encoded, with the year of birth after, a "
    "local honorific before the given name alone, a guardian with the relation to the child, surname-tab-given; "
    "birth dates in new layouts (commas, en dashes, middle dots, the year first with the month's abbreviation "
    "between dots, ISO with the age after an arrow, the weekday's whole name before ISO, the year first then the day "
    "and month in the table's or the new languages' words); addresses in new one-cell forms; ids after `№`, with "
    "the kind in square brackets or the year of issue; junk in some cells; columns mostly empty; juniors with their "
    "parents' surnames; a second-script column. Look-alikes: bonsai cultivars, trees and pots, hawks and woods, "
    "watches and clocks, dinghy classes and boats, castles named after characters, vegetable varieties, puppies "
    "with people's names and their whelping dates, books named after people; staff \"don't care\". Notes: twelve "
    "English genres new to the sets, and a babysitting offer, a party noise apology or a change of address notice "
    "in de fr es it nl pt da cs and the eight new languages. Metrics are set 46's (`pii_heldout_scoring.py`); "
    "default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout47_*.py` (seeds 47001-47006 for the first 7, 47001-47002 for the new 8, 47001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 46's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new47.NEW8_47, *new46.NEW8_46, *new45.NEW8_45, *new44.NEW8_44, *new43.NEW8_43, *new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38,  # noqa: E501
        *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set47.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set47.LOCALES for w in language.missing_words(x))
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
    """Set 47's particulars, read when called."""
    return shared.HeldoutSet(
        47,
        set47,
        set47.heldout47_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 46's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set47.FIRST7[:2]),
    "first7_b": ",".join(set47.FIRST7[2:4]),
    "first7_c": ",".join(set47.FIRST7[4:]),
    "other_a": ",".join(set47.OTHER[:148]),
    "other_b": ",".join(set47.OTHER[148:]),
    "new8": ",".join(new47.NEW8_47),
}

_SET = recent.recent_runner(__name__, _spec, tables=set47, language=language, build=set47.heldout47_table)
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
