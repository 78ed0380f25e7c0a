"""PII stage on held-out set 48 (``heldout48_*.py``, 318 locales; seeds 48001-48006 for the first 7, 48001-48002
for the new 8, 48001 elsewhere).

Set 48 was written in session 62 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale, shape,
form and cue lists, sets 46-47's runner and modules, and public function signatures), their results or
``docs/pii*.md``, and was kept out of the repository (``/work/s62h``) while the code helpers committed: it is
measured BEFORE (the code at the session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at
the end), and tuned on never. For set 47's 310 locales it calls the earlier sets' generators of people (names,
streets, towns, postcodes, ids, IBANs, e-mails, phone numbers: ``heldout47_people.sources`` / ``person`` /
``with_surname`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-47's) with set 48's seeds;
everything else (cell forms, phone layouts, date layouts, address cells, header styles, shapes, notes, the eight new
locales) is its own.

What is new in set 48:

- eight export shapes new to the sets: a sheepdog trial's entries (dogs ``Old Hemp``, ``Wiston Cap``, ``Moss``,
  ``Queenie``, ``Sir Winston``; farms ``Lady Well Farm``, ``Bryn Mawr``, ``Nelson's Pasture``; ISDS numbers; young
  handlers with birth dates and a parent), a conker championship's draw (conkers ``Old Tom``, ``King Conker``, ``The
  Iron Duke``, ``Lady Muck``, ``Big Bertha``; trees from ``Lady Margaret's Walk``; juniors with a parent; an
  emergency contact and phone, mostly empty), a dry stone walling course's bookings (``Galloway dyke``, ``Cornish
  hedge``; stones ``Collyweston``, ``Hamstone``; hammers ``Estwing``; the trainee's birth date and address, mostly
  empty; an emergency contact, mostly empty), a village scarecrow festival's trail (scarecrows ``Worzel Gummidge``,
  ``Aunt Sally``, ``Dolly Parton``, ``Mrs Doubtfire``, ``Captain Birdseye``, ``Paddington``; the maker's street and
  postcode; junior makers with a parent), a narrowboat holiday hire (boats ``Josiah Wedgwood``, ``Thomas Telford``,
  ``Lady Margaret``, ``Brunel``, ``Duke of Bridgewater``; canals; the lead hirer's birth date; the licence seen and a
  second adult, mostly empty), a Christmas wreath-making workshop (``Ilex 'J.C. van Tol'``, ``Ilex 'Golden King'``,
  ``Eucalyptus 'Silver Dollar'``; ribbons ``Liberty print``, ``William Morris``; who they booked with and a delivery
  address, mostly empty), a stained glass studio's commissions (``St Cuthbert``, ``after Burne-Jones``, ``Tiffany
  dragonfly``, ``Mackintosh rose``; the site address; the person a memorial window remembers and an id, mostly
  empty) and a sheep shearing gang's day book (breeds ``Jacob``, ``Herdwick``, ``Clun Forest``; farms
  ``Gladstone's Farm``, ``Tom Hyde Farm``; a farm manager and an id, mostly empty);
- a third of the tables with their headers in one of eight styles no set used (a flattened pandas MultiIndex
  tuple ``('Contact', 'Phone')``, a protobuf field ``string phone = 3;``, circled letters ``Ⓟⓗⓞⓝⓔ``, small capitals
  ``ᴘʜᴏɴᴇ``, combining underlines ``P̲h̲o̲n̲e̲``, a CSS custom property ``--phone``, SharePoint's internal names
  ``Phone_x0020_no.`` and a YAML list item ``- phone``), a third of those with one header lost as ``Unnamed:
  5_level_1``, ``fld6`` or ``—``; headers in the table's language in most de fr es it nl pt da cs nb mi tables
  (English in a few), in the country's other language in a few, the new 8's in French for Somali in Djibouti, in
  German for Upper Sorbian and in English elsewhere; junk in the person columns of two tables in five (the locale's
  missing-cell words, the new 8's in their own languages: ``ندارد``, ``ᐱᑕᖃᙱᑦᑐᖅ``, ``яц``, ``இல்லை``, ``ma jiro``,
  ``napa``, ``žane``, ``i no gat``; and ``#VALUE!``, ``NaN``, ``(unknown)``, ``not applicable``, ``none on
  record``, ``nil return``, ``— ? —``, ``left empty``, ``no details``, ``not provided``, ``⁇``, ``[missing]``); a
  second-script column where it is real (the new not-Latin names: romanised);
- names in cells as a JSON object (``{"given": "Gail", "family": "Harvey"}``; a whole-only name as ``{"name":
  "..."}``), an XML element (``<contact>Gail Harvey</contact>``), with the initials after in square brackets
  (``Gail Harvey [GH]``), with a membership number after a middle dot (``Gail Harvey · M0412``), as a Windows domain
  account (``CLUB\\gail.harvey``), as a hashtag (``#GailHarvey``) and, for a parent, with the child's given name
  after the table's word for "for" (``Gail Harvey for Tom``, ``für``, ``pour``, ``para``, ``per``, ``voor``)
  besides the plain form; surname-first Chechen names with the patronymic, Somali and Tamil names without a family
  name and one-name Dari names stay whole; phones with the extension after the table's word (``01330 252288
  extension 204``, ``Durchwahl``, ``poste``, ``interno``, ``toestel``, ``ramal``, ``lokal``, ``linka``), as an RFC
  3966 ``tel:`` URI (``tel:+44-7406-858784``), two numbers joined by the table's word for "and" (``... and ...``,
  ``und``, ``et``, ``y``, ``e``, ``en``, ``og``, ``a``), with the North American exit code (``011 44 7406
  858784``), with the country code and a slash (``+44/7406858784``), in Persian digits in Dari tables
  (``۰۷۹ ...``) and with underscores between the groups (``07406_858784``); birth dates in set 48's layouts
  (``02+04+1998``, ``02;04;1998``, ``1998 April 02`` with the month in the table's language or the new languages'
  own: ``اپریل``, ``ᐄᐳᓗ``, ``апрель``, ``ஏப்ரல்``, ``Abriil``, ``Avril``, ``apryl``, ``Epril``, ``02.04.1998; age
  28`` with the word in the table's language: ``Alter``, ``âge``, ``krismas``, the ISO week date ``1998-W14-4`` and
  the ISO ordinal date ``1998-092``); addresses in one cell with semicolons between the parts, the postcode in
  brackets at the end, the town first with a colon, as a JSON object, the street in capitals and en dashes
  between the parts besides the locale's own; ids in cells bare, after the table's word and a colon (``ID: ...``,
  ``Ausweis: ...``), with the expiry year after a slash (``... / exp. 2031``) or the town of issue after an en dash;
- twelve English note genres new to the sets (eight of the shapes' own: a sheepdog trial judge's run sheet remark,
  a conker umpire's bout card, a walling tutor's progress card, a scarecrow trail map caption, a boatyard's
  hire-out check sheet, a florist's place card, a glazier's commission ticket, a shearing gang's day book line; four
  of any table: a tombola prize tag, a lost dog poster, a get well card, a thank-you card), half of a table's
  English notes of its own shape's genre; people in full, titled, in capitals, in lower case (the surname
  possessive too), by surname or given name alone, possessive, with an initial, as ``Surname, Given``, in lists of
  three or four joined by `` · ``, `` ; ``, `` & `` or `` and also ``, signing (``Best, Gail``, ``Regards,`` and
  the name on the next line, `` ~G. Harvey``, ``sgd. Mrs Harvey``, ``(Gail)``); streets whole or without their
  number (``Darulaman Road``, ``Niaqunngusiaq Road``, ``ул. Мира``, ``K.K.S. Road``, ``Rue de Moscou``,
  ``Revolution Avenue``, ``Chemin Lesperance``, ``Póstowe naměsto``, ``Angau Drive``); phones whole, bare, local,
  international, with an extension word, as a ``tel:`` URI, with the exit code ``011``, with a slash after the
  country code and with underscores; ids after cues new to the sets (``ID shown:``, ``driving licence no.``,
  ``passport seen:``, ``Reisepassnr.``, ``Führerschein-Nr.``, ``passeport n°``, ``permis n°``, ``pasaporte n.º``,
  ``passaporto n.``, ``patente n.``, ``rijbewijsnr.``, ``kørekortnr.``, ``č. pasu``, ``تذکره:``, ``e-Tazkira``,
  ``SIN:``, ``паспорт:``, ``NIC:``, ``NIN:``, ``wupokaz:``); birth dates only after a birth cue (``date of birth``,
  ``born on``, ``born``, ``D.O.B.``, ``geboren am``, ``date de naissance :``, ``nacido/a el``, ``nato/a il``,
  ``geboortedatum:``, ``nascido/a em``, ``fødselsdato:``, ``narozen(a):``, ``تاریخ تولد:``, ``ᐃᓅᓯᖓ:``, ``дата
  рождения:``, ``பிறந்த தேதி:``, ``taariikhda dhalashada:``, ``ne le``, ``narodźeny:``, ``de bilong bon:``) in set
  48's layouts; look-alikes in the notes' own text; three local genres (a yard sale notice, found keys with an
  identity card, a plant swap) in de fr es it nl pt da cs and in the eight new languages, about a third of the notes
  there;
- eight locales no set used (eight language and country pairs new to the sets): fa_AF (Dari in Perso-Arabic
  script, Afghanistan), iu_CA (Inuktitut in syllabics, Nunavut), ce_RU (Chechen in Cyrillic), ta_LK (Tamil in
  Tamil script, Sri Lanka), so_DJ (Somali, Djibouti), crs_SC (Seychellois Creole), hsb_DE (Upper Sorbian, Lusatia)
  and tpi_PG (Tok Pisin, Papua New Guinea): see ``heldout48_new8`` (one-name Dari people and family or tribe
  names, a child keeping its own name; Inuktitut names in syllabics; the Chechen surname first with the patronymic,
  a child's from the father's given name and the surname in the child's gender; Tamil and Somali names without a
  family name, the father's given name (and grandfather's) handed down; Sorbian women's surnames in ``-owa`` /
  ``-ina``; a Tok Pisin child now and then with the father's given name as surname; ``House 112, Street 4, Karte
  Se``, ``House 45, Darulaman Road``, Iqaluit's ``Building 1085`` and ``1085 Niaqunngusiaq Road``, ``ул. Мира, д.
  12, кв. 5`` after ``364051, г. Грозный``, ``45/2, K.K.S. Road, Kokuvil``, ``Cité Hodane, Villa 12``, streets
  with no number in Djibouti and the Seychelles, ``Póstowe naměsto 3, 02625 Budyšin``, ``Section 45, Lot 12,
  Gerehu Stage 2``; the e-Tazkira, the SIN, the Russian passport, the Sri Lankan NIC (new and old), the Seychelles
  NIN, the German identity card; no id in Djibouti and Papua New Guinea); phones valid by ``phonenumbers`` for the
  locale's region (checked by ``test_heldout48_phones.py`` in the set's folder).

Scoring is set 47's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 48 has no branch-town columns; staff are
"don't care".

Modules: ``heldout48_language``, ``heldout48_new8``, ``heldout48_people``, ``heldout48_rows``, ``heldout48_rows2``,
``heldout48_notes`` and ``heldout48_shapes`` (the builder). Metrics are those of sets 9-47
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 303 (set 47's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 318. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or/pa/te a street's words are taken between
spaces (ta_LK among them).

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-12-07).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``cd /work/s62h && PYTHONPATH=EXPORT/src:/work/s62h:/work/main/benchmarks /work/main/.venv/bin/python
bench_pii_heldout48.py --out NAME [--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR]
[--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out
NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 303 in
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
import heldout48_language as language
import heldout48_new8 as new48
import heldout48_shapes as set48

GROUPS = (
    ("first 7", set48.FIRST7),
    ("other 303", set48.OTHER),
    ("new 8", new48.NEW8_48),
    ("all 318", set48.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 48002), ("pt_BR", 48001), ("fa_AF", 48001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS | new43.STREET_WORDS | new44.STREET_WORDS | new45.STREET_WORDS | new46.STREET_WORDS
    | new47.STREET_WORDS | new48.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 48: before and after session 62"
COMPARE_INTRO = (
    "Set 48 (`heldout48_*.py`, 318 locales: set 47's 310 and fa_AF, iu_CA, ce_RU, ta_LK, so_DJ, crs_SC, hsb_DE, "
    "tpi_PG, language and country pairs no set used before; seeds 48001-48006 for the first 7, 48001-48002 for the "
    "new 8, 48001 elsewhere) was written in session 62 by a helper that did not read the PII code, the PII tests, "
    "the earlier held-out tables' code (beyond set 46-47's modules, docstrings and lists), their results or "
    "`docs/pii*.md`, and was kept outside the repository while the code helpers committed: nothing was tuned on it. "
    "Each (locale, seed) is one table of one of eight export shapes new to the sets (sheepdog trial entries, a "
    "conker championship's draw, dry stone walling course bookings, a scarecrow festival trail, a narrowboat holiday "
    "hire, a wreath-making workshop, a stained glass studio's commissions, a shearing gang's day book), 8-300 rows "
    "(most small; people come back), a third with headers in eight new styles (a pandas tuple, a protobuf field, "
    "circled letters, small capitals, combining underlines, `--phone`, SharePoint `_x0020_`, `- phone`; a lost "
    "header `Unnamed: 5_level_1`/`fld6`/`—`); phones in new layouts within a column (an extension after a word, a "
    "`tel:` URI, two numbers joined by the table's word for \"and\", the exit code `011`, `+44/...`, Persian digits, "
    "underscores); names as a JSON object, an XML element, with initials in square brackets, with a membership "
    "number, as a domain account, as a hashtag, a parent with \"for\" and the child's name; birth dates in new layouts "
    "(plus signs, semicolons, the year then the month's whole name then the day, the age after a semicolon, ISO week "
    "and ordinal dates); addresses in new one-cell forms (semicolons, the postcode in brackets, the town first with a "
    "colon, JSON, the street in capitals, en dashes); ids after a word, with the expiry year or the town of issue; "
    "junk in some cells; columns mostly empty; juniors named after their parents as the place does it; a "
    "second-script column. Look-alikes: sheepdogs and farms, conkers and trees, walling styles, stones and hammers, "
    "scarecrows named after people and characters, narrowboats named after engineers, holly cultivars and ribbons, "
    "windows after saints and artists, sheep breeds; staff \"don't care\". Notes: twelve English genres new to the "
    "sets, and a yard sale notice, found keys with an identity card or a plant swap in de fr es it nl pt da cs and "
    "the eight new languages. Metrics are set 47's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout48_*.py` (seeds 48001-48006 for the first 7, 48001-48002 for the new 8, 48001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 47's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new48.NEW8_48, *new47.NEW8_47, *new46.NEW8_46, *new45.NEW8_45, *new44.NEW8_44, *new43.NEW8_43, *new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38,  # noqa: E501
        *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set48.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set48.LOCALES for w in language.missing_words(x))
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
    """Set 48's particulars, read when called."""
    return shared.HeldoutSet(
        48,
        set48,
        set48.heldout48_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 47's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set48.FIRST7[:2]),
    "first7_b": ",".join(set48.FIRST7[2:4]),
    "first7_c": ",".join(set48.FIRST7[4:]),
    "other_a": ",".join(set48.OTHER[:152]),
    "other_b": ",".join(set48.OTHER[152:]),
    "new8": ",".join(new48.NEW8_48),
}

_SET = recent.recent_runner(__name__, _spec, tables=set48, language=language, build=set48.heldout48_table)
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
