"""PII stage on held-out set 49 (``heldout49_*.py``, 326 locales; seeds 49001-49006 for the first 7, 49001-49002
for the new 8, 49001 elsewhere).

Set 49 was written in session 63 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale, shape,
form, style, genre and cue lists, sets 47-48's runner and modules, and public function signatures), their results or
``docs/pii*.md``, and was kept out of the repository (``/work/s63h``) while the code helpers committed: it is
measured BEFORE (the code at the session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at
the end), and tuned on never. For set 48's 318 locales it calls the earlier sets' generators of people (names,
streets, towns, postcodes, ids, IBANs, e-mails, phone numbers: ``heldout48_people.sources`` / ``person`` /
``child_of`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-48's) with set 49's seeds; everything
else (cell forms, phone layouts, date layouts, address cells, header styles, shapes, notes, the eight new locales)
is its own.

What is new in set 49:

- eight export shapes new to the sets: a chimney sweep's bookings (stoves ``Jøtul F 100``, ``Morsø 1410``,
  ``Charnwood Island``, ``Esse 100``, ``Aga``; certificate numbers; a keyholder and their phone, mostly empty), a
  swimming lessons waiting list (children with birth dates and a parent; pools ``Victoria Baths``, ``Jubilee
  Pool``, ``Ponds Forge``, ``Queen Mother Pool``; badges ``Duckling``, ``Rainbow``, ``Dolphin``), a farrier's round
  (horses ``Red Rum``, ``Desert Orchid``, ``Mr Frisk``, ``Lady Jane``, ``Captain Jack``; equine practices
  ``Rossdales``, ``Donnington Grove``; the yard address; a yard manager and an id, mostly empty), a pottery kiln's
  firing log (clays ``Valentine's Earthstone``, ``Audrey Blackman porcelain``, ``Potclays Buff``; glazes ``Leach
  cream``, ``Tenmoku``, ``Shino``; children's class with a parent; who collects, mostly empty), a curling club's
  league sheet (teams ``Lochnagar``, ``Granite City``, ``Kilgraston``, ``Ailsa Craig``; stones ``Ailsa Craig Common
  Green``, ``Blue Hone``, ``Kays``; juniors with a parent; an id for the bar, mostly empty), a Morris side's kit
  register (sides ``Jack-in-the-Green``, ``Lord Nelson's Men``, ``Britannia Coconut Dancers``; dances ``Princess
  Royal``, ``Constant Billy``, ``Old Molly Oxford``, ``Shepherd's Hey``; the address for posted kit and a next of
  kin with a phone, mostly empty), a hot-air balloon's passenger manifest (balloons ``Lady Penelope``, ``Jules
  Verne``, ``Phileas Fogg``, ``Montgolfier``; launch sites ``Ashton Court``, ``Longleat``; vouchers ``Red Letter
  Days``; the passenger's birth date and weight; a passport and a next of kin, mostly empty) and a knitting
  circle's yarn orders (yarns ``Rowan Felted Tweed``, ``Debbie Bliss Rialto``, ``Kaffe Fassett Collective``;
  patterns ``Elizabeth Zimmermann Baby Surprise``, ``Kate Davies Bluebell``, ``Alice Starmore Fair Isle``; who the
  knit is for, mostly empty);
- a third of the tables with their headers in one of eight styles no set used (a GraphQL field ``phone: String``,
  a gettext call ``_("Phone")``, squared letters ``🄿🄷🄾🄽🄴``, parenthesised letters ``⒫⒣⒪⒩⒠``, a Rust struct field
  ``pub phone: String,``, zero-width spaces between the letters, double-struck letters ``ℙ𝕙𝕠𝕟𝕖`` and a C# property
  ``public string Phone { get; set; }``), a third of those with one header lost as ``H5``, ``∅`` or ``(no header
  5)``; headers in the table's language in most de fr es it nl pt da cs nb mi tables (English in a few), in the
  country's other language in a few, the new 8's in French for Bambara in Mali and Occitan in France and in
  English elsewhere; junk in the person columns of two tables in five (the locale's missing-cell words, the new 8's
  in their own languages: ``دستیاب نہیں``, ``ലഭ്യമല്ല``, ``չկա``, ``суох``, ``foyi``, ``a huna``, ``taya``, ``pas
  res``; and ``#DIV/0!``, ``#REF!``, ``null``, ``(none given)``, ``not recorded``, ``TBA``, ``to follow``,
  ``(empty)``, ``declined to say``, ``see file``, ``xx``, ``•••``); a second-script column where it is real (the
  new not-Latin names: romanised);
- names in cells as a Python tuple (``('Gail', 'Harvey')``; a whole-only name as ``('...',)``), as key=value pairs
  (``given=Gail; family=Harvey``), as a chat mention (``@gail.harvey``), with a role before in square brackets in
  the table's language (``[treasurer] Gail Harvey``, ``[Kassenwart]``, ``[trésorier]``), with a middle initial
  (``Gail R. Harvey``), with a check mark after (``Gail Harvey ✓``) and, for a parent, with the child in brackets
  after (``Gail Harvey (Tom's parent)``, ``(Elternteil von Tom)``, ``(parent de Tom)``) besides the plain form;
  Urdu names with the father's or husband's given name in place of a family name, Malayalam names with the father's
  given name or the house name first, Yakut names with the patronymic before the surname, Bambara clan names and
  Chamorro names with a middle initial or a two-word surname; phones as a JSON object (``{"type": "mobile",
  "number": "+447406858784"}``), with middle dots or thin spaces between the groups, in scientific notation
  (``4.47406858784E+11``), as a ``callto:`` link and two numbers each after a short word joined by a slash (``mob
  ... / home ...``, ``Handy ... / Festnetz ...``, ``port. ... / fixe ...``); birth dates in set 49's layouts (Unix
  seconds, the time of birth after the date ``02-04-1998 07:45``, ``2 April (1998)`` with the month in the table's
  language or the new languages' own: ``اپریل``, ``ഏപ്രിൽ``, ``ապրիլ``, ``муус устар``, ``Awirilikalo``,
  ``Lambamai``, ``Abrit``, ``abril``, a superscript ordinal ``2ⁿᵈ April 1998`` / ``2ᵉ avril 1998`` / ``2º de abril
  de 1998``, ``02. 04. 1998`` and the age in square brackets ``02/04/1998 [28 yrs]``, ``[28 J.]``, ``[28 ans]``);
  addresses in one cell with pipes between the parts, as XML elements, as a URL query string, as a breadcrumb from
  the country down (``GB › Leeds LS1 4AB › 12 Elm Road``), with the postcode after the table's word for it
  (``postcode``, ``PLZ``, ``CP``, ``CAP``, ``PSČ``, ``ZIP``) and wholly in lower case besides the locale's own; ids
  in cells bare, after the country's code in square brackets (``[GB] ...``), with the table's word for "seen" after
  a dash (``... — seen``, ``gesehen``, ``vu``) or as ``id=...``;
- twelve English note genres new to the sets (eight of the shapes' own: a chimney sweep's job card, a swimming
  teacher's poolside report, a farrier's shoeing chit, a kiln log entry, a curling scorecard remark, a Morris
  bagman's note, a balloon pilot's manifest line, a knitting pattern tag; four of any table: a birthday card, a
  windscreen note, an absence note, a pet-sitting note), half of a table's English notes of its own shape's genre;
  people in full, titled, in capitals, in lower case, by surname or given name alone, possessive, with an initial,
  as the given name and the surname's initial (``Gail H.``), as ``Surname, Given``, in lists of three or four joined
  by `` / ``, `` + ``, `` | `` or `` with ``, signing (``Cheers - Gail``, ``Yours,`` and the name on the next line,
  an e-mail signature after ``-- ``, `` xx Gail``, ``Warmly,`` and ``Mrs Harvey``); streets whole or without their
  number (``Allama Iqbal Road``, ``Chittoor Road``, ``Khaghani St.``, ``ул. Ленина``, ``Avenue de l'OUA``,
  ``Mphephu Street``, ``Chalan Santo Papa``, ``carrièra del Taur``); phones whole, bare, local, international, with
  middle dots, with thin spaces and as a ``callto:`` link; ids after cues new to the sets (``photocard no.``,
  ``passport number``, ``ID card #``, ``licence ref:``, ``Personalausweis-Nr.``, ``Ausweisnummer``, ``CNI n°``,
  ``carte d'identité :``, ``DNI/NIE:``, ``documento n.º``, ``C.I. n.``, ``carta d'identità``, ``identiteitskaart
  nr.``, ``CC n.º``, ``cartão de cidadão``, ``pas nr.``, ``ID-kort nr.``, ``OP č.``, ``občanka č.``, ``شناختی کارڈ
  نمبر:``, ``CNIC:``, ``ആധാർ:``, ``Aadhaar no.``, ``کد ملی:``, ``national code:``, ``паспорт №``, ``ID no.``,
  ``Nomboro ya ID:``, ``carta d'identitat n°``); birth dates only after a birth cue (``birthdate``, ``DoB``, ``born
  on``, ``birth date``, ``Geburtstag``, ``né(e) le``, ``fecha de nacimiento``, ``data di nascita``, ``geboren op``,
  ``nascido/a a``, ``født``, ``datum narození``, ``تاریخ پیدائش``, ``ജനനത്തീയതി``, ``ծննդյան ամսաթիվ՝``,
  ``төрөөбүт күнэ``, ``a bangera``, ``o bebwa nga``, ``fecha mafañågu``, ``nascut(uda) lo``) in set 49's layouts
  (not the Unix seconds); look-alikes in the notes' own text; three local genres (a flat-share room offer, a
  bicycle for sale with the seller's identity document, a birthday party invitation) in de fr es it nl pt da cs and
  in the eight new languages, about a third of the notes there;
- eight locales no set used (eight language and country pairs new to the sets): ur_PK (Urdu in Perso-Arabic
  script, Pakistan), ml_IN (Malayalam in Malayalam script, Kerala), hy_IR (Armenian in Armenian script, Iran),
  sah_RU (Yakut in Cyrillic, Sakha), bm_ML (Bambara, Mali), ve_ZA (Tshivenda, Limpopo), ch_GU (Chamorro, Guam) and
  oc_FR (Occitan, France): see ``heldout49_new8`` (``House 12, Street 5, G-9/3`` and ``45-B, Jail Road``, the CNIC;
  Thiruvananthapuram's ``TC 25/1234``, Kerala house names, the Aadhaar number with its Verhoeff check; ``No. 12,
  Khaghani St.`` and ten-digit postcodes, the Iranian national code; ``ул. Ленина, д. 12, кв. 4`` with the postcode
  last, the Russian passport; Bamako's ``Rue 310, Porte 45``, ``B.P.`` boxes, no postcode and no id; ``Stand 1234,
  Block G``, the South African ID number; Guam's ``Route 16`` and ``Chalan`` streets with ZIPs, no id; Occitan
  street and town names with French postcodes, the French identity card); phones valid by ``phonenumbers`` for the
  locale's region (checked by ``test_heldout49_phones.py`` in the set's folder).

Scoring is set 48's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 49 has no branch-town columns; staff are
"don't care".

Modules: ``heldout49_language``, ``heldout49_new8``, ``heldout49_people``, ``heldout49_rows``, ``heldout49_rows2``,
``heldout49_notes`` and ``heldout49_shapes`` (the builder). Metrics are those of sets 9-48
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 311 (set 48's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 326. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or/pa/te/ml a street's words are taken
between spaces (ml_IN among them).

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-12-07).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``cd /work/s63h && PYTHONPATH=EXPORT/src:/work/s63h:/work/main/benchmarks /work/main/.venv/bin/python
bench_pii_heldout49.py --out NAME [--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR]
[--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out
NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 311 in
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
import heldout49_language as language
import heldout49_new8 as new49
import heldout49_shapes as set49

GROUPS = (
    ("first 7", set49.FIRST7),
    ("other 311", set49.OTHER),
    ("new 8", new49.NEW8_49),
    ("all 326", set49.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 49002), ("pt_BR", 49001), ("ur_PK", 49001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS | new43.STREET_WORDS | new44.STREET_WORDS | new45.STREET_WORDS | new46.STREET_WORDS
    | new47.STREET_WORDS | new48.STREET_WORDS | new49.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 49: before and after session 63"
COMPARE_INTRO = (
    "Set 49 (`heldout49_*.py`, 326 locales: set 48's 318 and ur_PK, ml_IN, hy_IR, sah_RU, bm_ML, ve_ZA, ch_GU, "
    "oc_FR, language and country pairs no set used before; seeds 49001-49006 for the first 7, 49001-49002 for the "
    "new 8, 49001 elsewhere) was written in session 63 by a helper that did not read the PII code, the PII tests, "
    "the earlier held-out tables' code (beyond set 47-48's modules, docstrings and lists), their results or "
    "`docs/pii*.md`, and was kept outside the repository while the code helpers committed: nothing was tuned on it. "
    "Each (locale, seed) is one table of one of eight export shapes new to the sets (a chimney sweep's bookings, a "
    "swimming lessons waiting list, a farrier's round, a pottery kiln's firing log, a curling club's league sheet, "
    "a Morris side's kit register, a hot-air balloon's passenger manifest, a knitting circle's yarn orders), 8-300 "
    "rows (most small; people come back), a third with headers in eight new styles (a GraphQL field, a gettext "
    "call, squared letters, parenthesised letters, a Rust struct field, zero-width spaces, double-struck letters, a "
    "C# property; a lost header `H5`/`∅`/`(no header 5)`); phones in new layouts within a column (a JSON object, "
    "middle dots, thin spaces, scientific notation, a `callto:` link, two numbers after short words joined by a "
    "slash); names as a Python tuple, key=value pairs, a chat mention, with a role in square brackets, with a middle "
    "initial, with a check mark, a parent with the child in brackets; birth dates in new layouts (Unix seconds, the "
    "time of birth, the year in brackets, a superscript ordinal, dots with spaces, the age in square brackets); "
    "addresses in new one-cell forms (pipes, XML, a query string, a breadcrumb, the postcode after its word, lower "
    "case); ids after the country code, with a word for seen, as `id=`; junk in some cells; columns mostly empty; "
    "juniors named after their parents as the place does it; a second-script column. Look-alikes: stoves, pools "
    "and badges, horses and equine practices, clays and glazes, curling teams and stones, Morris sides and dances, "
    'balloons and launch sites, yarns and patterns named after designers; staff "don\'t care". Notes: twelve '
    "English genres new to the sets, and a flat-share offer, a bicycle for sale or a birthday invitation in de fr "
    "es it nl pt da cs and the eight new languages. Metrics are set 48's (`pii_heldout_scoring.py`); default "
    "config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout49_*.py` (seeds 49001-49006 for the first 7, 49001-49002 for the new 8, 49001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 48's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new49.NEW8_49, *new48.NEW8_48, *new47.NEW8_47, *new46.NEW8_46, *new45.NEW8_45, *new44.NEW8_44, *new43.NEW8_43, *new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38,  # noqa: E501
        *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set49.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set49.LOCALES for w in language.missing_words(x))
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
    """Set 49's particulars, read when called."""
    return shared.HeldoutSet(
        49,
        set49,
        set49.heldout49_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 48's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set49.FIRST7[:2]),
    "first7_b": ",".join(set49.FIRST7[2:4]),
    "first7_c": ",".join(set49.FIRST7[4:]),
    "other_a": ",".join(set49.OTHER[:156]),
    "other_b": ",".join(set49.OTHER[156:]),
    "new8": ",".join(new49.NEW8_49),
}

_SET = recent.recent_runner(__name__, _spec, tables=set49, language=language, build=set49.heldout49_table)
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
