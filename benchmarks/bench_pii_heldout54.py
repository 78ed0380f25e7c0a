"""PII stage on held-out set 54 (``heldout54_*.py``, 366 locales; seeds 54001-54006 for the first 7, 54001-54002
for the new 8, 54001 elsewhere).

Set 54 was written in session 68 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale, shape,
form, style, genre and cue lists, set 53's runner and modules, and public function signatures), their results or
``docs/pii*.md``, and was kept out of the repository (``/work/s68h``) while the code helpers committed: it is
measured BEFORE (the code at the session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at
the end), and tuned on never. For set 53's 358 locales it calls the earlier sets' generators of people (names,
streets, towns, postcodes, ids, IBANs, e-mails, phone numbers: ``heldout53_people.sources`` / ``person`` /
``child_of`` / ``second_script`` / ``latin`` / ``whole_only`` / ``title``, which call sets 32-53's) with set 54's
seeds; everything else (cell forms, phone layouts, date layouts, address cells, header styles, shapes, notes, the
eight new locales) is its own.

What is new in set 54:

- eight export shapes new to the sets: an airport taxi firm's account bookings (airports ``John Lennon Airport``,
  ``George Best Belfast City``, ``Charles de Gaulle T2``, ``Leonardo da Vinci (Fiumicino)``, ``Marco Polo Venice``,
  ``Frédéric Chopin Warsaw``, ``Franz Josef Strauss Munich``, ``John F. Kennedy T4``; flights; the pick-up
  address; who booked it, half the rows), a university's graduation guest tickets (colleges ``Balliol``, ``Churchill
  College``, ``Darwin College``, ``Lady Margaret Hall``, ``Hughes Hall``, ``Sidney Sussex``; gowns by ``Ede &
  Ravenscroft``; student numbers "don't care"; two guests), a language school's enrolments (``Goethe-Zertifikat
  B1``, ``DELF B1 (Alliance Française)``, ``DELE A2 (Instituto Cervantes)``, ``CILS Uno (Società Dante
  Alighieri)``, ``CAPLE (Instituto Camões)``; birth dates, ids; the host family and their address), a music exam
  board's entries (``Clementi Sonatina in C``, ``Beethoven Für Elise``, ``Czerny Study``, ``Joplin The
  Entertainer``, ``Satie Gymnopédie No. 1``; juniors with birth dates and a parent signing; the candidate's own
  teacher), a beer festival's volunteer rota (``Old Peculier``, ``Bishops Finger``, ``Spitfire``, ``Doom Bar``,
  ``Old Speckled Hen``, ``Abbot Ale``, ``London Pride``, ``Hobgoblin``, ``Timothy Taylor Landlord``; an emergency
  contact and their phone), a mountaineering club's hut bookings (``CIC Hut (Ben Nevis)``, ``Ling Hut``,
  ``Lagangarbh``, ``Raeburn Hut``; routes ``Tower Ridge``, ``Curved Ridge``, ``Zero Gully``, ``Aonach Eagach``; the
  party members, one to three people in one cell), a gliding club's launch log (``ASK 21``, ``K13``, ``Discus 2b``;
  registrations ``G-CKLW``; sites ``Lasham``, ``Dunstable Downs``, ``Sutton Bank``, ``Wasserkuppe``; a trial
  lesson's birth date, weight, phone; P2) and a ferry company's passenger manifest (vessels ``Oscar Wilde``,
  ``W.B. Yeats``, ``Jonathan Swift``, ``James Joyce``, ``Pride of Kent``, ``Mont St Michel``, ``Stena
  Hollandica``, ``Isle of Mull``; birth dates, ids; the other passengers in one cell; plates);
- about a third of the person columns plain (a plain header over plain names in the locale's script, never
  restyled nor recased), so the common case is measured beside the exotic;
- a third of the tables with their headers in one of eight styles no set used (an LDAP directory's attributes
  ``displayName``, ``telephoneNumber``, ``mail``, ``l``; a Google Contacts CSV's ``Name``, ``Phone 1 - Value``,
  ``Custom Field 2 - Value``; SAP field names ``NAME1``, ``TELF1``, ``STRAS``, ``ORT01``, ``GBDAT``, ``ZZ_…``; a
  Firestore export's ``fields.phone.stringValue``; a PDF table's wrapped headers ``Date of\\nbirth``,
  ``Tele-\\nphone``; Metabase's joined columns ``Members → Phone``; Spark's ``first(phone)``,
  ``collect_list(notes)``; vCard properties ``FN``, ``TEL;TYPE=CELL``, ``X-PAID-BY``), a third of those with one
  header lost as Power Query's localised default (``Colonne3``, ``Spalte3``, ``Kolom3``, ``Columna3``); headers in
  the table's language in most de fr es it nl pt da cs nb mi tables (English in a few), in the country's other
  language in a few, the new 8's in German for tr_DE, French for ar_MA and English elsewhere; junk in the person
  columns of two tables in five (the locale's missing-cell words, the new 8's in their own languages: ``ഇല്ല``,
  ``なし``, ``없음``, ``የለም``, ``无``, ``tidak ada``, ``không có``, ``নেই``, ``yok``, ``k. A.``, ``لا يوجد``,
  ``néant``; and ``#N/A N/A``, ``#NAME?``, ``Nothing``, ``nil:NilClass``, ``(leer)``, ``[null]``, ``<NA>``,
  ``N/D``, ``ohne Angabe``, ``xx``, ``TBA``, ``Not provided``); one (not plain) column of people wholly in lower
  case or in capitals in two tables in five, the e-mail column in capitals in one in five; a second-script column
  where it is real;
- names in cells as PHP's ``var_dump`` (``string(11) "Gail Harvey"``), Perl's ``Data::Dumper`` (``$VAR1 = 'Gail
  Harvey';``), a Clojure map (``{:first-name "Gail", :last-name "Harvey"}``), an Erlang binary (``<<"Gail
  Harvey">>``), Rust's ``Some("Gail Harvey")``, a Scala case class (``Member(Gail,Harvey)``), Haskell's ``Just
  "Gail Harvey"``, a PowerShell object in CSV (``@{GivenName=Gail; Surname=Harvey}``), a SharePoint lookup
  (``14;#Gail Harvey``), UTF-8 read as Windows-1252 (``JosÃ© GarcÃ­a``), an iCalendar ``ATTENDEE;CN=…`` and a
  Markdown ``[Gail Harvey](mailto:…)``; for a parent or a booker signing for another ``pp.``/``i.A.``/``p.o.``/
  ``p/``; Malayali names with the house name's and the father's initials (``K. R. Suresh``) or the UAE visa's
  three names; Zainichi Korean names in kanji, as the Japanese alias (``金本 英哲``), in katakana, Hangul or
  romanised; Ethiopian names with the father's and grandfather's names, in Ge'ez or Latin letters, addressed by the
  given name (``Ato Abebe``); Chinese Indonesian names with the adopted surname, one name only, in Han characters or
  the old Hokkien spelling; Vietnamese names surname first with diacritics or reordered without them, with an
  English given name, addressed by the given name (``Ông Hùng``); Bengali surnames anglicised or in their Sanskrit
  form, in Bengali script, ``Md.``/``Sk.`` names; Turkish names in Turkish spelling, without the Turkish letters or
  in the German passport's ``oe``/``ue``, double given names and double surnames; Moroccan names in French
  transliteration, the administrative ``SURNAME Given`` or in Arabic script; phones as an e-mail-to-SMS address
  (``447406858784@sms.clicksend.com``), a MongoDB ``NumberLong("…")``, an RFC 3966 ``tel:…;phone-context=+44``,
  the plus as ``\\u002B`` or ``%2B``, an Asterisk dial string (``PJSIP/07406858784@trunk-out``); birth dates in set
  54's layouts (Stata ``02apr1998``, a UTC-shifted local midnight ``1998-04-01T23:00:00.000Z``, an ``NSDate``
  description, an EDN ``#inst``, an Erlang datetime tuple, C's ``asctime``, the place's own calendar:
  ``平成10年4月2日``, ``民國87年4月2日``, ``2/4/2541``); addresses in one cell as an EDIFACT ``NAD`` segment, an
  Android ``geo:`` URI, a
  Yandex Maps link, a PostgreSQL ``hstore``, an LDAP ``postalAddress`` with ``$`` and a protobuf text message; ids in
  cells bare, as a FHIR identifier, with the issuing office or with a KYC tool's tick;
- twelve English note genres new to the sets (eight of the shapes' own: an airport taxi note, a graduation tickets
  note, a language school note, a music exam note, a beer festival rota note, a mountain hut note, a gliding launch
  note, a ferry manifest note; four of any table: a noise complaint, a key safe for carers, a DBS check, a
  bereavement notice), half of a table's English notes of its own shape's genre; people in full, titled (after the
  name in kanji, kana, Hangul and Han; with the given name where the place addresses people so), by given name, as
  a mail's ``From: Gail Harvey <gail@…>``, as ``G. Harvey`` or ``Mrs G Harvey``, as a calendar's ``… has accepted
  this invitation``, a ``Voice message from …``, ``Assigned to …``, thanked (``Thanks, Gail``), in lists joined by
  `` & ``, ``; ``, `` · `` or bullets, signing (``Thanks,``, ``-- `` and ``(via WhatsApp)``, ``~``); streets whole
  or without their number (``Al Muraqqabat Road``, ``桃谷``, ``Piney Branch Rd``, ``Jl. Pintu Besar Selatan``, ``John
  St``, ``Lake Road``, ``Kottbusser Damm``, ``Rue Ibnou Mounir``); phones national, international, as an
  e-mail-to-SMS address, URL-encoded, after ``ICE``, as a dial string; e-mails bare, in angle brackets or as
  ``gail [at] example [dot] org``; ids after cues new to the sets (``photo ID no.``, ``Personalausweisnr.``, ``CNI
  n°``, ``doc. de identidad``, ``legitimatiebewijs nr.``, ``Emirates ID``, ``マイナンバー``, ``SSN/A#``, ``NIK:``,
  ``TFN/Medicare:``, ``Aadhaar/PAN:``, ``Steuer-ID / TC No:``, ``CIN:`` and more: ``heldout54_notes``); birth dates
  after a birth cue as Stata's ``02apr1998``, C's ``asctime`` or an ``NSDate``; look-alikes in the notes' own text;
  three local genres (a resident parking permit with the street, a collection by proxy with the proxy's identity
  document, an enrolment with the birth date and a contact's phone) in de fr es it nl pt da cs and in the eight new
  languages, about a third of the notes there;
- eight locales no set used (eight language and country pairs new to the sets): ml_AE (Malayalam, Dubai, Sharjah,
  Abu Dhabi), ko_JP (Korean, Osaka's Ikuno, Kawasaki, Tokyo's Arakawa), am_US (Amharic, Silver Spring, Alexandria,
  Arlington, Washington DC, Seattle), zh_ID (Chinese, Jakarta, Medan, Pontianak, Singkawang), vi_AU (Vietnamese,
  Cabramatta, Bankstown, Footscray, Springvale, St Albans, Inala), bn_IN (Bengali, Kolkata, Howrah, Siliguri,
  Durgapur), tr_DE (Turkish, Berlin, Cologne, Duisburg, Mannheim) and ar_MA (Arabic, Casablanca, Rabat, Fès,
  Marrakech, Tangier): see ``heldout54_new8`` (``Flat 304, Al Shaiba Tower, Al Taawun Street``, the Emirates ID;
  ``〒544-0034 大阪府大阪市生野区桃谷3丁目5-12``, the My Number; ``8515 Piney Branch Rd Apt 302, Silver Spring, MD
  20901``, the SSN or A-number; ``Jl. Pintu Besar Selatan No. 45, RT 004/RW 006``, the NIK; ``12/34 John St,
  Cabramatta NSW 2166``, the TFN or Medicare number; ``23/1B, Lake Road, Kolkata - 700029``, Aadhaar or PAN;
  ``Kottbusser Damm 12, 10967 Berlin``, the Steuer-ID or TC Kimlik No; ``12, Rue Ibnou Mounir, Maârif, Casablanca
  20330``, the CIN); phones valid by ``phonenumbers`` for the locale's region and ids passing their checks (checked
  by ``check54.py``).

Scoring is set 53's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 54 has no branch-town columns; staff, student,
candidate and membership numbers are "don't care".

Modules: ``heldout54_language``, ``heldout54_new8``, ``heldout54_people``, ``heldout54_rows``, ``heldout54_rows2``,
``heldout54_notes`` and ``heldout54_shapes`` (the builder). Metrics are those of sets 9-53
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 351 (set 53's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 366. ja/zh/ko/th notes, yue_HK's, zh_MY's, ko_CN's, ja_BR's, ko_JP's and zh_ID's are scored as CJK; in
hi/bn/ne/ta/si/gu/mr/or/pa/te/ml/kn/as a street's words are taken between spaces (ml_AE and bn_IN among them).

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-12-08).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run (outside the repository): ``cd /work/s68h && PYTHONPATH=/work/main/src:/work/s68h:/work/main/benchmarks
/work/main/.venv/bin/python bench_pii_heldout54.py --out NAME [--label BEFORE] [--locales a,b] [--rows N]
[--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run apart;
``--compare BEFORE,AFTER --out NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below (the first
7 in three, the other 351 in two halves, the new 8, and the 18 others of the report), each with its own ``--out``,
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
import heldout53_language as language53
import heldout53_new8 as new53

# isort: split
import heldout54_language as language
import heldout54_new8 as new54
import heldout54_shapes as set54

GROUPS = (
    ("first 7", set54.FIRST7),
    ("other 351", set54.OTHER),
    ("new 8", new54.NEW8_54),
    ("all 366", set54.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 54002), ("pt_BR", 54001), ("bn_IN", 54001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS | new43.STREET_WORDS | new44.STREET_WORDS | new45.STREET_WORDS | new46.STREET_WORDS
    | new47.STREET_WORDS | new48.STREET_WORDS | new49.STREET_WORDS | new50.STREET_WORDS | new51.STREET_WORDS
    | new52.STREET_WORDS | new53.STREET_WORDS | new54.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 54: before and after session 68"
COMPARE_INTRO = (
    "Set 54 (`heldout54_*.py`, 366 locales: set 53's 358 and ml_AE, ko_JP, am_US, zh_ID, vi_AU, bn_IN, tr_DE, "
    "ar_MA, language and country pairs no set used before; seeds 54001-54006 for the first 7, 54001-54002 for the "
    "new 8, 54001 elsewhere) was written in session 68 by a helper that did not read the PII code, the PII tests, "
    "the earlier held-out tables' code (beyond set 53's modules, docstrings and lists), their results or "
    "`docs/pii*.md`, and was kept outside the repository while the code helpers committed: nothing was tuned on it. "
    "Each (locale, seed) is one table of one of eight export shapes new to the sets (an airport taxi firm's account "
    "bookings, a university's graduation guest tickets, a language school's enrolments, a music exam board's "
    "entries, a beer festival's volunteer rota, a mountaineering club's hut bookings, a gliding club's launch log, a "
    "ferry company's passenger manifest), 8-300 rows (most small; people come back), about a third of the person "
    "columns plain (a plain header over plain names), a third of the tables with headers in eight new styles (LDAP "
    "attributes, a Google Contacts CSV, SAP field names, a Firestore export, a PDF table's wrapped headers, "
    "Metabase's joined columns, Spark's aggregate names, vCard properties; a lost header `Colonne3`/`Spalte3`/"
    "`Kolom3`/`Columna3`); phones in new layouts within a column (an e-mail-to-SMS address, a MongoDB NumberLong, "
    "an RFC 3966 phone-context, the plus as \\u002B or %2B, an Asterisk dial string); names as PHP var_dump, Perl "
    "Data::Dumper, a Clojure map, an Erlang binary, Rust Some(), a Scala case class, Haskell Just, a PowerShell "
    "object, a SharePoint lookup, mojibake, an iCalendar ATTENDEE, a Markdown mailto link, a pp./i.A. signature; "
    "birth dates in new layouts (Stata, a UTC-shifted midnight, an NSDate, an EDN #inst, an Erlang tuple, asctime, "
    "the place's own calendar); addresses in new one-cell forms (EDIFACT NAD, a geo: URI, a Yandex Maps link, an "
    "hstore, an LDAP postalAddress, a protobuf text message); ids as a FHIR identifier, with the issuing office, "
    "with a KYC tick; IBANs; junk in some cells; a column of people in lower case or capitals; an e-mail column in "
    "capitals; columns mostly empty; several people in one cell; juniors named after their parents as the place "
    "does it; a second-script column. Look-alikes: airports, colleges and a gown maker, exams and institutes, "
    "composers and pieces, beers, huts and routes, gliders, registrations and sites, ferries; staff and numbers "
    '"don\'t care". Notes: twelve English genres new to the sets, and a parking permit, a collection by proxy or an '
    "enrolment in de fr es it nl pt da cs and the eight new languages. Metrics are set 53's "
    "(`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout54_*.py` (seeds 54001-54006 for the first 7, 54001-54002 for the new 8, 54001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 53's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new54.NEW8_54, *new53.NEW8_53, *new52.NEW8_52, *new51.NEW8_51, *new50.NEW8_50, *new49.NEW8_49, *new48.NEW8_48, *new47.NEW8_47, *new46.NEW8_46, *new45.NEW8_45, *new44.NEW8_44, *new43.NEW8_43, *new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38,  # noqa: E501
        *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set54.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set54.LOCALES for w in language.missing_words(x))
    | frozenset(w.lower() for x in language53.LOCALES for w in language53.missing_words(x))
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
    | {w.lower() for w in language53.TOOL_MISSING}
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
    """Set 54's particulars, read when called."""
    return shared.HeldoutSet(
        54,
        set54,
        set54.heldout54_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 53's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set54.FIRST7[:2]),
    "first7_b": ",".join(set54.FIRST7[2:4]),
    "first7_c": ",".join(set54.FIRST7[4:]),
    "other_a": ",".join(set54.OTHER[:176]),
    "other_b": ",".join(set54.OTHER[176:]),
    "new8": ",".join(new54.NEW8_54),
    "others18": ",".join(
        ("sv_SE", "tr_TR", "ko_KR", "bn_BD", "sw_KE", "es_PE", "pt_BR", "ar_SY", "zh_MO", "fr_NE", *new53.NEW8_53)
    ),
}

_SET = recent.recent_runner(__name__, _spec, tables=set54, language=language, build=set54.heldout54_table)
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
