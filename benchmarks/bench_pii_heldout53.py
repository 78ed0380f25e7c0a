"""PII stage on held-out set 53 (``heldout53_*.py``, 358 locales; seeds 53001-53006 for the first 7, 53001-53002
for the new 8, 53001 elsewhere).

Set 53 was written in session 67 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale, shape,
form, style, genre and cue lists, set 52's runner and modules, and public function signatures), their results or
``docs/pii*.md``, and was kept out of the repository (``/work/s67h``) while the code helpers committed: it is
measured BEFORE (the code at the session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at
the end), and tuned on never. For set 52's 350 locales it calls the earlier sets' generators of people (names,
streets, towns, postcodes, ids, IBANs, e-mails, phone numbers: ``heldout52_people.sources`` / ``person`` /
``child_of`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-52's) with set 53's seeds; everything
else (cell forms, phone layouts, date layouts, address cells, header styles, shapes, notes, the eight new locales)
is its own.

What is new in set 53:

- eight export shapes new to the sets: a lifeboat station's supporters' lottery (boats ``Grace Darling``, ``Sir
  William Hillary``, ``Frederick Storey Cockburn``, ``Duke of Northumberland``, ``Lady Rothes``; lottery numbers
  ``LB-0412``; the IBAN a prize goes to, mostly empty; who pays, mostly empty), a cookery school's class bookings
  (``Beef Wellington``, ``Peach Melba``, ``Eggs Benedict``, ``Crêpes Suzette``, ``Lobster Thermidor``, ``Oysters
  Rockefeller``; voucher codes ``CK-9F3T``; a friend booked alongside, mostly empty), a ballroom dance school's
  couples register (``Viennese Waltz``, ``Paso Doble``; ``Blackpool Dance Festival``, ``Carl Alan Awards``; juniors
  with birth dates and a parent's signature; the partner), an antiques valuation day (``Clarice Cliff``,
  ``Moorcroft``, ``Chippendale``, ``Wedgwood``, ``Royal Doulton``, ``Lalique``, ``Sheraton``, ``Hepplewhite``;
  lots; the id seen for a sale; who brought it in), an optician's recall list (frames ``Ray-Ban``, ``Tom Ford``,
  ``Oliver Peoples Gregory Peck``, ``Calvin Klein``, ``Ted Baker``, ``Paul Smith``, ``Jimmy Choo``, ``Vera Wang``;
  prescriptions; birth dates; the health number, mostly empty; a carer), a garage's MOT bookings (``Ford Fiesta``,
  ``Mercedes-Benz``, ``Ferrari 308``, ``Porsche``, ``Citroën``, ``Renault``, ``Peugeot``, ``Aston Martin``,
  ``Rolls-Royce``, ``Chevrolet``; registration plates; mileages; who drops the car off), a florist's orders
  (``The Audrey``, ``Sweet William posy``, ``Black-eyed Susan``, ``Busy Lizzie``, ``Lady's Mantle``, ``The
  Frida``; the recipient and their delivery address; card messages) and a pilgrimage tour's manifest
  (``Lourdes``, ``Fátima``, ``Santiago de Compostela``, ``San Giovanni Rotondo``, ``Knock``, ``Walsingham``;
  ``Hotel Padre Pio``, ``Hôtel Sainte-Bernadette``; birth dates, passports or ids; a room-mate; the next of kin's
  phone);
- a third of the tables with their headers in one of eight styles no set used (a Power Query identifier
  ``#"Phone"``, an Elasticsearch keyword ``phone.keyword``, a Jira custom field ``Custom field (Phone)``, a
  ServiceNow column ``u_phone``, R's ``make.names`` ``Phone.no.``, an HL7 v2 field ``PID-13 Phone``, an Odoo
  export path ``partner_id/phone``, a DAX column ``Members[Phone]``), a third of those with one header lost as
  ``_5``, ``<unnamed>`` or ``Untitled column``; headers in the table's language in most de fr es it nl pt da cs nb
  mi tables (English in a few), in the country's other language in a few, the new 8's in Portuguese for ja_BR, in
  Spanish in some es_US tables and in English elsewhere; junk in the person columns of two tables in five (the
  locale's missing-cell words, the new 8's in their own languages: ``இல்லை``, ``ਨਹੀਂ``, ``없음``, ``なし``,
  ``نشته``, ``нет``, ``no tiene``, ``tiada``; and ``#VALUE!``, ``#DIV/0!``, ``Optional(nil)``, ``NSNull``,
  ``<missing>``, ``(not set)``, ``N.D.``, ``--``, ``[]``, ``{}``, ``null null``, ``NONE GIVEN``); one column of
  people wholly in lower case or in capitals in two tables in five, the e-mail column in capitals in one in five; a
  second-script column where it is real;
- names in cells as a Java ``toString()`` (``Member{name='Gail Harvey'}``), a C# record (``Member { Name = Gail
  Harvey }``), a Kotlin data class (``Member(firstName=Gail, lastName=Harvey)``), an Elixir map (``%{first: "Gail",
  last: "Harvey"}``), a Swift optional (``Optional("Gail Harvey")``), Python bytes (``b'Gail Harvey'``), an RFC
  2047 encoded word (``=?UTF-8?Q?Gail_Harvey?=``), a WhatsApp export's line head (``[07/12/2026, 14:02:11] Gail
  Harvey:``), a spreadsheet ``=HYPERLINK("mailto:…","Gail Harvey")``, a device name (``Gail Harvey's iPhone``), a
  form's empty middle name joined in (``Gail null Harvey``), a Teams attendance report's ``(Unverified)`` and, for
  a parent or a carer, a signature line (``Signed: Gail Harvey``, ``gez.``, ``w.g.``, ``F.to``) besides the plain
  form; Malaysian Tamil names with ``a/l``/``a/p`` and the father's name or his initial; Sikh names with
  ``Singh``/``Kaur`` and the clan name, in Gurmukhi or Latin letters; Korean Chinese names in Hangul, Han
  characters or pinyin; Nikkei names with a Brazilian given name, in kanji or katakana; Pashtun names with ``Khan``,
  the tribe or ``Bibi``; Russian names in Cyrillic with the patronymic or in the Latvian passport's spelling
  (``Jeļena Smirnova``, ``Ivans Petrovs``); Hispanic American names with two surnames or hyphenated without
  accents; Singapore Malay names with ``bin``/``binte``; phones dialled from a switchboard (``9, 07406 858784``),
  forced through a US mask (``740-685-8784``), two sharing a prefix (``07406 858784/85``), a ``tel:`` link with
  ``%20``, the plus as ``&#43;``, with an Android pause (``07406858784p12``) and with the carrier's name; birth dates
  in set 53's layouts (MongoDB extended JSON ``{"$date": "1998-04-02T00:00:00Z"}``, ``ISODate("…")``, a
  spreadsheet ``=DATE(1998,4,2)``, the Google Visualization ``Date(1998,3,2)``, a vCard ``BDAY:19980402``, SSML
  ``<say-as interpret-as="date">``, an Elixir ``~D[1998-04-02]``); addresses in one cell as an HL7 ``XAD``, a YAML
  block, a TOML inline table, an R ``list()``, a Bing Maps link, an Uber pickup link and SSML ``<say-as
  interpret-as="address">``; ids in cells bare, as an HL7 ``CX`` (``…^^^GB^NI``), in a QR payload
  (``ID:…;EXP:2031-05``), with the expiry after or with a spreadsheet's leading apostrophe;
- twelve English note genres new to the sets (eight of the shapes' own: a lottery note, a cookery class note, a
  ballroom couples note, a valuation note, an optician recall note, a garage MOT note, a florist delivery note, a
  pilgrimage note; four of any table: a defibrillator guardian's check, a food bank referral, a warm space sign-in,
  a doorstep scam report), half of a table's English notes of its own shape's genre; people in full, titled (after
  the name in Hangul, Han and kana), by given name, as a quoted mail's ``On 02/11/2026, Gail Harvey wrote:``, on a
  ``cc:`` line, as ``DM from Gail Harvey``, with a relation in brackets, greeted (``Hi Gail,``), as ``HARVEY,
  Gail``, in lists joined by `` + ``, `` / ``, ``, `` or `` and ``, signing (``Sent from my iPhone``, ``-- ``,
  ``Kind regards``); streets whole or without their number (``Jalan Tun Sambanthan``, ``Sandalwood Pkwy E``,
  ``光明街``, ``광명거리``, ``Rua Galvão Bueno``, ``University Road``, ``Maskavas iela``, ``E Cesar E Chavez Ave``,
  ``Bedok North Ave 3``); phones national, international, from a switchboard, as a ``tel:`` link with ``%20``,
  with ``&#43;``, with the carrier's name; e-mails bare or as ``mailto:`` with a subject; ids after cues new to the
  sets (``ID no. on file``, ``passport #``, ``Ausweis-Nr.:``, ``n° de passeport``, ``pasaporte n.º``,
  ``passaporto n.``, ``paspoortnr.``, ``pasnr.``, ``č. pasu``, ``MyKad:``, ``SIN:``, ``身份证:``, ``CPF:``,
  ``CNIC:``, ``personas kods``, ``ITIN/SSN``, ``NRIC:`` and more: ``heldout53_notes``); birth dates after a birth cue
  as a pasted vCard ``BDAY:19980402`` or an API's ``1998-04-02T00:00:00Z``; look-alikes in the notes' own text;
  three local genres (a lost vaccination record with the birth date, a rent guarantor with their identity document,
  an emergency contact with their phone) in de fr es it nl pt da cs and in the eight new languages, about a third
  of the notes there;
- eight locales no set used (eight language and country pairs new to the sets): ta_MY (Tamil, Kuala Lumpur, Klang,
  Ipoh), pa_CA (Punjabi, Brampton and Surrey), ko_CN (Korean, Yanbian), ja_BR (Japanese, Liberdade in São Paulo,
  Mogi das Cruzes, Londrina, Maringá), ps_PK (Pashto, Peshawar, Mardan), ru_LV (Russian, Riga and Daugavpils),
  es_US (Spanish, Los Angeles, Houston, Miami, Chicago, San Antonio) and ms_SG (Malay, Singapore's HDB estates): see
  ``heldout53_new8`` (``No. 12, Jalan Tun Sambanthan, Brickfields, 50470 Kuala Lumpur``, the MyKad; ``23
  Sandalwood Pkwy E, Brampton, ON L6Z 1Y5``, the SIN; ``光明街123号`` and ``광명거리 123호``, the resident identity
  number; ``Rua Galvão Bueno, 470 - Liberdade``, the CPF; ``House No. 45, University Road, Peshawar 25000``, the
  CNIC; ``Maskavas iela 250-12, Rīga, LV-1003``, the personal code; ``1234 E Cesar E Chavez Ave Apt 4B``, the SSN
  or ITIN; ``Blk 123 Bedok North Ave 3, #05-67, Singapore 460123``, the NRIC); phones valid by ``phonenumbers`` for
  the locale's region and ids passing their checks (checked by ``check53.py``).

Scoring is set 52's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 53 has no branch-town columns; staff are
"don't care".

Modules: ``heldout53_language``, ``heldout53_new8``, ``heldout53_people``, ``heldout53_rows``, ``heldout53_rows2``,
``heldout53_notes`` and ``heldout53_shapes`` (the builder). Metrics are those of sets 9-52
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 343 (set 52's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 358. ja/zh/ko/th notes, yue_HK's, zh_MY's, ko_CN's and ja_BR's are scored as CJK; in
hi/bn/ne/ta/si/gu/mr/or/pa/te/ml/kn/as a street's words are taken between spaces (ta_MY and pa_CA among them).

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-12-07).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run (outside the repository): ``cd /work/s67h && PYTHONPATH=/work/main/src:/work/s67h:/work/main/benchmarks
/work/main/.venv/bin/python bench_pii_heldout53.py --out NAME [--label BEFORE] [--locales a,b] [--rows N]
[--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run apart;
``--compare BEFORE,AFTER --out NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below (the first
7 in three, the other 343 in two halves, the new 8, and the 18 others of the report), each with its own ``--out``,
then ``--merge``.
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
import heldout50_language as language50
import heldout50_new8 as new50

# isort: split
import heldout51_language as language51
import heldout51_new8 as new51

# isort: split
import heldout52_language as language52
import heldout52_new8 as new52

# isort: split
import heldout53_language as language
import heldout53_new8 as new53
import heldout53_shapes as set53

GROUPS = (
    ("first 7", set53.FIRST7),
    ("other 343", set53.OTHER),
    ("new 8", new53.NEW8_53),
    ("all 358", set53.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 53002), ("pt_BR", 53001), ("pa_CA", 53001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS | new43.STREET_WORDS | new44.STREET_WORDS | new45.STREET_WORDS | new46.STREET_WORDS
    | new47.STREET_WORDS | new48.STREET_WORDS | new49.STREET_WORDS | new50.STREET_WORDS | new51.STREET_WORDS
    | new52.STREET_WORDS | new53.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 53: before and after session 67"
COMPARE_INTRO = (
    "Set 53 (`heldout53_*.py`, 358 locales: set 52's 350 and ta_MY, pa_CA, ko_CN, ja_BR, ps_PK, ru_LV, es_US, "
    "ms_SG, language and country pairs no set used before; seeds 53001-53006 for the first 7, 53001-53002 for the "
    "new 8, 53001 elsewhere) was written in session 67 by a helper that did not read the PII code, the PII tests, "
    "the earlier held-out tables' code (beyond set 52's modules, docstrings and lists), their results or "
    "`docs/pii*.md`, and was kept outside the repository while the code helpers committed: nothing was tuned on it. "
    "Each (locale, seed) is one table of one of eight export shapes new to the sets (a lifeboat station's "
    "supporters' lottery, a cookery school's class bookings, a ballroom dance school's couples register, an antiques "
    "valuation day, an optician's recall list, a garage's MOT bookings, a florist's orders, a pilgrimage tour's "
    "manifest), 8-300 rows (most small; people come back), a third with headers in eight new styles (a Power Query "
    "identifier, an Elasticsearch keyword, a Jira custom field, a ServiceNow column, R's make.names, an HL7 v2 field, "
    "an Odoo export path, a DAX column; a lost header `_5`/`<unnamed>`/`Untitled column`); phones in new layouts "
    "within a column (a switchboard's outside line, a US mask, two sharing a prefix, a tel: link with %20, the plus "
    "as &#43;, an Android pause, the carrier's name); names as a Java toString, a C# record, a Kotlin data class, an "
    "Elixir map, a Swift optional, Python bytes, an RFC 2047 encoded word, a WhatsApp line head, a spreadsheet "
    "HYPERLINK, a device name, a joined empty middle name, a Teams (Unverified), a signature line; birth dates in "
    "new layouts (MongoDB extended JSON, ISODate, =DATE(), the Google Visualization Date(), a vCard BDAY, SSML "
    "say-as, an Elixir sigil); addresses in new one-cell forms (HL7 XAD, YAML, TOML, an R list, Bing Maps and Uber "
    "links, SSML); ids as HL7 CX, in a QR payload, with the expiry, with a leading apostrophe; IBANs; junk in some "
    "cells; a column of people in lower case or capitals; an e-mail column in capitals; columns mostly empty; "
    "juniors named after their parents as the place does it; a second-script column. Look-alikes: lifeboats, "
    "dishes, dances and competitions, antiques and makers, frames, cars and plates, bouquets, pilgrimage places and "
    "hotels; staff \"don't care\". Notes: twelve English genres new to the sets, and a lost vaccination record, a "
    "rent guarantor or an emergency contact in de fr es it nl pt da cs and the eight new languages. Metrics are set "
    "52's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout53_*.py` (seeds 53001-53006 for the first 7, 53001-53002 for the new 8, 53001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 52's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new53.NEW8_53, *new52.NEW8_52, *new51.NEW8_51, *new50.NEW8_50, *new49.NEW8_49, *new48.NEW8_48, *new47.NEW8_47, *new46.NEW8_46, *new45.NEW8_45, *new44.NEW8_44, *new43.NEW8_43, *new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38,  # noqa: E501
        *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set53.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set53.LOCALES for w in language.missing_words(x))
    | frozenset(w.lower() for x in language52.LOCALES for w in language52.missing_words(x))
    | frozenset(w.lower() for x in language51.LOCALES for w in language51.missing_words(x))
    | frozenset(w.lower() for x in language50.LOCALES for w in language50.missing_words(x))
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
    | {w.lower() for w in language52.TOOL_MISSING}
    | {w.lower() for w in language51.TOOL_MISSING}
    | {w.lower() for w in language50.TOOL_MISSING}
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
    """Set 53's particulars, read when called."""
    return shared.HeldoutSet(
        53,
        set53,
        set53.heldout53_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 52's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set53.FIRST7[:2]),
    "first7_b": ",".join(set53.FIRST7[2:4]),
    "first7_c": ",".join(set53.FIRST7[4:]),
    "other_a": ",".join(set53.OTHER[:172]),
    "other_b": ",".join(set53.OTHER[172:]),
    "new8": ",".join(new53.NEW8_53),
    "others18": ",".join(("sv_SE", "tr_TR", "ko_KR", "bn_BD", "sw_KE", "es_PE", "pt_BR", "ar_SY", "zh_MO", "fr_NE",
                          *new52.NEW8_52)),
}

_SET = recent.recent_runner(__name__, _spec, tables=set53, language=language, build=set53.heldout53_table)
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
