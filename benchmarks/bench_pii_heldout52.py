"""PII stage on held-out set 52 (``heldout52_*.py``, 350 locales; seeds 52001-52006 for the first 7, 52001-52002
for the new 8, 52001 elsewhere).

Set 52 was written in session 66 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale, shape,
form, style, genre and cue lists, set 51's runner and modules, and public function signatures), their results or
``docs/pii*.md``, and was kept out of the repository (``/work/s66h``) while the code helpers committed: it is
measured BEFORE (the code at the session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at
the end), and tuned on never. For set 51's 342 locales it calls the earlier sets' generators of people (names,
streets, towns, postcodes, ids, IBANs, e-mails, phone numbers: ``heldout51_people.sources`` / ``person`` /
``child_of`` / ``second_script`` / ``latin`` / ``title``, which call sets 32-51's) with set 52's seeds; everything
else (cell forms, phone layouts, date layouts, address cells, header styles, shapes, notes, the eight new locales)
is its own.

What is new in set 52:

- eight export shapes new to the sets: a film society's screening bookings (films ``Erin Brockovich``, ``Annie
  Hall``, ``Jackie Brown``, ``Paris, Texas``, ``Manchester by the Sea``; the ``Olivier Room``; membership numbers
  ``FS-2231``; a guest, mostly empty), a rose society's plant orders (roses ``Gertrude Jekyll``, ``Darcey
  Bussell``, ``Munstead Wood``, ``Lady Emma Hamilton``, ``Roald Dahl``; nurseries ``David Austin``, ``Harkness``,
  ``Peter Beales``; the delivery address; a gift recipient, mostly empty), a record fair's orders (``Aretha Franklin
  - Lady Soul``, ``Dusty in Memphis``; catalogue numbers ``PCS 7027``, ``ILPS 9498``; a postal address, mostly
  empty; who collects, mostly empty), a heritage railway's footplate experience bookings (``Flying Scotsman
  60103``, ``Sir Nigel Gresley 60007``, ``Duchess of Sutherland 6233``, ``Tornado``; the age check's birth date;
  a companion, mostly empty; voucher codes; the id seen, mostly empty), a racehorse syndicate's members (``Desert
  Orchid``, ``Kauto Star``, ``Sir Gino``, ``Lady Buttons``; yards ``Seven Barrows``; the address; the IBAN prize
  money goes to; the id checked, mostly empty), a pub quiz league's team register (teams ``Agatha Quiztie``,
  ``Quiz Team Aguilera``, ``Les Quizerables``, ``Sherlock Homes``; pubs ``The Duke of Wellington``, ``Queen
  Victoria``, ``Lord Nelson``; the other team members in one cell joined by ``; ``), a hospital radio's request log
  (wards ``Nightingale Ward``, ``Florence Ward``, ``Lister Ward``, ``Seacole Ward``; songs ``Jolene - Dolly
  Parton``, ``Mrs Robinson``, ``Sweet Caroline``; who it is dedicated to; a relative's phone, mostly empty) and a
  brass band's instrument loans (``Besson Sovereign``, ``Boosey & Hawkes Imperial``; serials; marches ``Colonel
  Bogey``, ``Radetzky March``, ``The Floral Dance``; juniors with birth dates and a parent's consent; the home
  address);
- a third of the tables with their headers in one of eight styles no set used (an Access field reference
  ``[tblMembers]![Phone]``, an SPSS variable with its format ``phone (A40)``, a Salesforce custom field
  ``Phone__c``, a Dynamics 365 column ``cr4f2_phone``, an Airtable lookup ``Phone (from Members)``, a Mailchimp merge
  tag ``*|PHONE|*``, a COBOL copybook line ``05 PHONE PIC X(40).``, an i18n key ``form.phone.label``), a third of
  those with one header lost as ``__EMPTY_5``, ``undefined`` or ``Header6``; headers in the table's language in most
  de fr es it nl pt da cs nb mi tables (English in a few), in the country's other language in a few, the new 8's in
  Czech for vi_CZ and in English elsewhere; junk in the person columns of two tables in five (the locale's
  missing-cell words, the new 8's in their own languages: ``无``, ``لا يوجد``, ``אומבאקאנט``, ``euweuh``, ``nincs``,
  ``নাই``, ``ma jiro``, ``không có``; and ``#NAME?``, ``NaT``, ``<NA>``, ``(null)``, ``undefined``, ``#REF!``,
  ``TBA``, ``unknown``, ``pending``, ``[blank]``, ``n.v.t.``, ``—``); one column of people wholly in lower case or
  in capitals in two tables in five, the e-mail column in capitals in one in five; a second-script column where it
  is real;
- names in cells as a Django model's repr (``<Member: Gail Harvey>``), as Go prints a struct (``{First:Gail
  Last:Harvey}``), as a Telegram forward (``Forwarded from Gail Harvey``), as a Salesforce lookup with its record
  id, broken over a line by a PDF copy (``Gail Har-\\nvey``), as an image's alt text (``Photo of Gail Harvey``), as
  a mail merge greeting (``Dear Gail Harvey,``), in an XML ``CDATA`` section, quoted-printable (``Jos=C3=A9
  Canul``), with HTML character references (``Jos&#233; Canul``) and, for a parent, as a form's consent line
  (``Consent: Gail Harvey``) besides the plain form; Malaysian Chinese names in Han characters or romanised in the
  dialect's spelling surname first, with an English name before; Arabic names with the father's name in the
  middle; Yiddish names in Hebrew letters with ``בן``/``בת`` and the father's name, or in English letters; Sundanese
  single names and ``bin``/``binti``; Hungarian names surname first, a married woman as ``Kovács Jánosné``, the
  Serbian Cyrillic spelling as second script; Assamese names in Assamese script or Latin letters; Somali names of
  the given, the father's and the grandfather's; Vietnamese names surname first with and without their marks,
  reordered by a Czech register, Czech given names of children; phones that lost their leading zero
  (``7406858784``), with thousands separators (``7,406,858,784``), Telegram, FaceTime and Signal links,
  left-to-right marks around them, the caller id withheld (``141 07406 858784``, ``*67``, ``#31#``) and quoted
  twice by a CSV round trip; birth dates in set 52's layouts (Go's ``1998-04-02 00:00:00 +0000 UTC``, an RFC 2822
  ``Thu, 02 Apr 1998 00:00:00 +0000``, pandas' ``Timestamp('1998-04-02 00:00:00')``, R's
  ``as.Date("1998-04-02")``, an LDAP GeneralizedTime ``19980402000000.0Z`` and Oracle's ``TO_DATE('02-APR-1998',
  'DD-MON-YYYY')``); addresses in one cell as a PHP ``serialize()`` array, a Python dict's repr, a PostgreSQL
  composite literal, an iCalendar ``LOCATION`` with escaped commas, an Apple Maps link and a Waze link; ids in cells
  bare, between a barcode font's stars (``*AB123456C*``), with the day seen (``(seen 02/11/2026)``, ``vorgelegt
  am``), padded with MRZ fillers (``AB123456C<<<<<``) or as an XML element;
- twelve English note genres new to the sets (eight of the shapes' own: a screening note, a rose order note, a
  record fair want-list note, a footplate note, a syndicate note, a quiz league note, a hospital radio request
  note, a band loan note; four of any table: a snow volunteer, a ladder loan, an assisted bin collection, a flood
  warden's note), half of a table's English notes of its own shape's genre; people in full, titled, in capitals, by
  given name alone, surname first with a comma, in the possessive, as a pasted ``From:`` header, as a document
  comment's ``+mention``, in square brackets, as an initial and the surname, in lists of three or four joined by
  `` & ``, `` and ``, ``; `` or `` · ``, signing (``Regards,`` with the name and a Telegram link, ``~`` and the
  given name, ``Best,``, ``(via Teams)``); streets whole or without their number (``Jalan Burma``, ``شارع بولس
  السادس``, ``Lee Ave``, ``לי עוו.``, ``Jl. Dipati Ukur``, ``Petőfi Sándor utca``, ``Zoo Road``, ``Kismayu Road``,
  ``Libušská``); phones national, international, as Telegram, Signal and FaceTime links, with the caller id
  withheld, without their zero; ids after cues new to the sets (``photo ID ref``, ``ID shown:``, ``Perso-Nr.``,
  ``CNI n°``, ``núm. DNI``, ``n. carta identità``, ``ID-bewijs nr.``, ``n.º CC``, ``legitimation nr.``, ``č.
  OP``, ``IC:``, ``身份证号码``, ``رقم الهوية``, ``ת.ז.``, ``NIK:``, ``JMBG:``, ``személyi szám``, ``পৰিচয় নং``,
  ``ID/PIN:``, ``RČ:`` and more: ``heldout52_notes``); birth dates after a birth cue as a mail header's date or as
  Go prints it; look-alikes in the notes' own text; three local genres (a prescription collected by a second
  person with the patient's birth date, a school pick-up authorisation naming a second person and their identity
  document, a meter reading with the key left at a neighbour's) in de fr es it nl pt da cs and in the eight new
  languages, about a third of the notes there;
- eight locales no set used (eight language and country pairs new to the sets): zh_MY (Chinese, Penang and the
  Klang valley), ar_IL (Arabic, Nazareth, Umm al-Fahm, Haifa), yi_US (Yiddish, Williamsburg, Borough Park, Monsey,
  Kiryas Joel), su_ID (Sundanese, Bandung), hu_RS (Hungarian, Subotica and northern Vojvodina), as_IN (Assamese,
  Guwahati), so_KE (Somali, Eastleigh and north-eastern Kenya) and vi_CZ (Vietnamese, Prague's Libuš, Cheb, Plzeň):
  see ``heldout52_new8`` (``No. 23, Jalan Burma, 10050 George Town``, the MyKad; ``شارع بولس السادس 52``, quarters
  ``حي الصفافرة``, the Israeli identity number; ``123 Lee Ave`` and ``123 לי עוו.``, the SSN; ``Jl. Dipati Ukur No.
  35, RT 02/RW 05``, the NIK; ``24000 Szabadka, Petőfi Sándor utca 12``, the JMBG; ``House No. 14, Zoo Road``, ``জু
  ৰোড``, the Aadhaar or PAN; ``Plot 45, Kismayu Road, P.O. Box 1234-70100``, the Kenyan id or KRA PIN; ``Libušská
  319/126, 142 00 Praha 4``, the rodné číslo); phones valid by ``phonenumbers`` for the locale's region and ids
  passing their checks (checked by ``check52.py``).

Scoring is set 51's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 52 has no branch-town columns; staff are
"don't care".

Modules: ``heldout52_language``, ``heldout52_new8``, ``heldout52_people``, ``heldout52_rows``, ``heldout52_rows2``,
``heldout52_notes`` and ``heldout52_shapes`` (the builder). Metrics are those of sets 9-51
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 335 (set 51's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 350. ja/zh/ko/th notes, yue_HK's and zh_MY's are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or/pa/te/ml/kn/as a
street's words are taken between spaces (as_IN among them).

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-12-07).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run (outside the repository): ``cd /work/s66h && PYTHONPATH=/work/main/src:/work/s66h:/work/main/benchmarks
/work/main/.venv/bin/python bench_pii_heldout52.py --out NAME [--label BEFORE] [--locales a,b] [--rows N]
[--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run apart;
``--compare BEFORE,AFTER --out NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below (the first
7 in three, the other 335 in two halves, the new 8), each with its own ``--out``, then ``--merge``.
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
import heldout52_language as language
import heldout52_new8 as new52
import heldout52_shapes as set52

GROUPS = (
    ("first 7", set52.FIRST7),
    ("other 335", set52.OTHER),
    ("new 8", new52.NEW8_52),
    ("all 350", set52.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 52002), ("pt_BR", 52001), ("hu_RS", 52001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS | new43.STREET_WORDS | new44.STREET_WORDS | new45.STREET_WORDS | new46.STREET_WORDS
    | new47.STREET_WORDS | new48.STREET_WORDS | new49.STREET_WORDS | new50.STREET_WORDS | new51.STREET_WORDS
    | new52.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 52: before and after session 66"
COMPARE_INTRO = (
    "Set 52 (`heldout52_*.py`, 350 locales: set 51's 342 and zh_MY, ar_IL, yi_US, su_ID, hu_RS, as_IN, so_KE, "
    "vi_CZ, language and country pairs no set used before; seeds 52001-52006 for the first 7, 52001-52002 for the "
    "new 8, 52001 elsewhere) was written in session 66 by a helper that did not read the PII code, the PII tests, "
    "the earlier held-out tables' code (beyond set 51's modules, docstrings and lists), their results or "
    "`docs/pii*.md`, and was kept outside the repository while the code helpers committed: nothing was tuned on it. "
    "Each (locale, seed) is one table of one of eight export shapes new to the sets (a film society's screening "
    "bookings, a rose society's plant orders, a record fair's orders, a heritage railway's footplate experience "
    "bookings, a racehorse syndicate's members, a pub quiz league's team register, a hospital radio's request log, "
    "a brass band's instrument loans), 8-300 rows (most small; people come back), a third with headers in eight new "
    "styles (an Access field reference, an SPSS variable, a Salesforce custom field, a Dynamics 365 column, an "
    "Airtable lookup, a Mailchimp merge tag, a COBOL copybook line, an i18n key; a lost header "
    "`__EMPTY_5`/`undefined`/`Header6`); phones in new layouts within a column (the leading zero lost, thousands "
    "separators, Telegram, FaceTime and Signal links, left-to-right marks, the caller id withheld, quoted twice); "
    "names as a Django repr, a Go struct, a Telegram forward, a Salesforce lookup, broken by a PDF copy, as alt "
    "text, a mail merge greeting, XML CDATA, quoted-printable, HTML character references, a parent's consent line; "
    "birth dates in new layouts (Go's time, RFC 2822, a pandas Timestamp, R's as.Date, an LDAP GeneralizedTime, "
    "Oracle's TO_DATE); addresses in new one-cell forms (PHP serialize, a Python dict, a PostgreSQL composite, an "
    "iCalendar LOCATION, Apple Maps and Waze links); ids in a barcode font's stars, with the day seen, with MRZ "
    "fillers, as XML; IBANs; junk in some cells; a column of people in lower case or capitals; an e-mail column in "
    "capitals; columns mostly empty; juniors named after their parents as the place does it; a second-script "
    "column. Look-alikes: films, roses and nurseries, records and catalogue numbers, locomotives, racehorses and "
    "yards, quiz teams and pubs, wards and songs, instruments and marches; staff \"don't care\". Notes: twelve "
    "English genres new to the sets, and a prescription pick-up, a school pick-up authorisation or a meter reading "
    "in de fr es it nl pt da cs and the eight new languages. Metrics are set 51's (`pii_heldout_scoring.py`); "
    "default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout52_*.py` (seeds 52001-52006 for the first 7, 52001-52002 for the new 8, 52001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 51's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new52.NEW8_52, *new51.NEW8_51, *new50.NEW8_50, *new49.NEW8_49, *new48.NEW8_48, *new47.NEW8_47, *new46.NEW8_46, *new45.NEW8_45, *new44.NEW8_44, *new43.NEW8_43, *new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38,  # noqa: E501
        *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set52.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set52.LOCALES for w in language.missing_words(x))
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
    """Set 52's particulars, read when called."""
    return shared.HeldoutSet(
        52,
        set52,
        set52.heldout52_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 51's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set52.FIRST7[:2]),
    "first7_b": ",".join(set52.FIRST7[2:4]),
    "first7_c": ",".join(set52.FIRST7[4:]),
    "other_a": ",".join(set52.OTHER[:168]),
    "other_b": ",".join(set52.OTHER[168:]),
    "new8": ",".join(new52.NEW8_52),
    "others18": ",".join(("sv_SE", "tr_TR", "ko_KR", "bn_BD", "sw_KE", "es_PE", "pt_BR", "ar_SY", "zh_MO", "fr_NE",
                          *new51.NEW8_51)),
}

_SET = recent.recent_runner(__name__, _spec, tables=set52, language=language, build=set52.heldout52_table)
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
