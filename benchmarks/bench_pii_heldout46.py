"""PII stage on held-out set 46 (``heldout46_*.py``, 302 locales; seeds 46001-46006 for the first 7, 46001-46002
for the new 8, 46001 elsewhere).

Set 46 was written in session 60 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale and shape
lists, sets 44-45's runner and modules, and public function signatures), their results or ``docs/pii*.md``, and was
kept out of the repository (``/work/s60h``) while the code helpers committed: it is measured BEFORE (the code at the
session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never.
For set 45's 294 locales it calls the earlier sets' generators of people (names, streets, towns, postcodes, ids,
IBANs, e-mails, phone numbers: ``heldout45_people.sources`` / ``person`` / ``with_surname`` / ``second_script`` /
``latin`` / ``title``, which call sets 32-45's) with set 46's seeds; everything else (cell forms, phone layouts,
date layouts, address cells, header styles, shapes, notes, the eight new locales) is its own.

What is new in set 46:

- eight export shapes new to the sets: an amateur dramatic society's pantomime cast list (roles ``Widow Twankey``,
  ``Dick Whittington``, ``Baron Hardup``, ``Buttons``, ``Prince Charming``, ``Alderman Fitzwarren``; chorus juniors
  with a parent's surname and birth dates; the parent with a relation word; an understudy, mostly empty; the
  director "don't care"), a river centre's canoe and kayak hire (launches ``Bishop's Weir``, ``Lady's Bridge``,
  ``Tom's Landing``; craft ``Old Town Discovery``, ``Mad River``; an emergency contact ashore and the id left as
  deposit, mostly empty), a luthier's repair bench (``Fender Stratocaster``, ``Gibson Les Paul``, ``Martin D-28``,
  ``Rickenbacker``, ``Gretsch White Falcon``; strings ``Ernie Ball``, ``D'Addario``; who may collect and a courier
  address, mostly empty), a model railway club's loco register (``Flying Scotsman``, ``Sir Nigel Gresley``, ``Duke of
  Gloucester``, ``City of Truro``, ``King George V``; makers ``Hornby``, ``Bachmann``, ``Graham Farish``; junior
  members with birth dates and a parent), a cheese club's subscriptions (``Stinking Bishop``, ``Lincolnshire
  Poacher``, ``Cornish Yarg``, ``Baron Bigod``, ``Old Winchester``; a gift recipient and a birth date for a birthday
  cheese, mostly empty; the delivery address in one cell), a council's beach hut lettings (huts ``Dunroamin``, ``Mon
  Repos``, ``Bide-a-Wee``; ``Marine Parade``, ``Victoria Promenade``, ``Queen's Parade``; a keyholder and the id
  seen, mostly empty), an orienteering club's event entries (clubs and maps ``Lakeland OC``, ``Southern
  Navigators``, ``Bishop's Wood``, ``Lady Anne's Park``; birth dates for most; juniors with a parent's surname; an
  emergency contact and phone) and a pinball league night (``The Addams Family``, ``Elvira and the Party
  Monsters``, ``Mary Shelley's Frankenstein``, ``Bram Stoker's Dracula``, ``Johnny Mnemonic``, ``Dr. Dude``; pubs
  ``The Earl Grey``, ``The Admiral Rodney``; the league's player number "don't care"; a doubles partner, mostly
  empty);
- a third of the tables with their headers in one of eight styles no set used (a spreadsheet reference
  ``Sheet1!Phone``, a Ruby symbol ``:phone``, LaTeX ``\\textbf{Phone}``, full-width letters ``Ｐｈｏｎｅ``, doubled
  quotes ``""Phone""``, a scope ``row::phone``, a CSS class ``.phone``, a data attribute ``data-phone``), a third of
  those with one header lost as ``F5``, ``Field5`` or ``?column?``; headers in the table's language in most de fr es
  it nl pt da cs nb mi tables (English in a few), in the country's other language in a few, the new 8's in French
  for Pular and Haitian Creole and English elsewhere; junk in the person columns of two tables in five (the locale's
  missing-cell words, the new 8's in their own languages, and ``#REF!``, ``[blank]``, ``no record``,
  ``unanswered``, ``blank on form``, ``∅``, ``n.d.``, ``not stated``, ``(no entry)``, ``illegible``, ``see file``,
  ``nothing given``); a second-script column where it is real (the new not-Latin names: romanised);
- names in cells as ``Gail Harvey III`` / ``Gail Harvey Snr`` (a generational suffix), ``mum: Gail Harvey`` (a
  relation before a colon in the table's language: ``Mutter:``, ``maman :``, ``madre:``), ``GailHarvey`` (camel
  case run together), ``gail-harvey`` (a URL slug), ``Harvey.Gail``, ``Harvey (G)`` (the initial in brackets after
  the surname), ``Frau HARVEY, Gail`` (the local honorific first, the surname in capitals) and ``HARVEY_Gail``
  besides the plain form; one-name Javanese names, surname-first Luganda names and patronymic Tatar names stay whole;
  phones with a hash extension (``07406 858784 #204``), the trunk zero in words in the table's language (``zero 7406
  858784``, ``null ...``, ``zéro ...``), two numbers joined by `` & `` or on two lines, ``+(44) 7406 858784``,
  full-width digits and a WhatsApp link (``wa.me/447406858784``); birth dates in set 46's layouts (``02|04|1998``,
  ``1998/April/2`` with the month in the table's language, ``age 28 – 2.4.1998`` with the age word in the table's
  language, ``Thu-02-04-1998`` with the weekday in the table's language, ``02~04~1998``, ``02:04:1998``,
  ``2-April-1998`` with the month in the table's language or in the new languages' own: ``Janyuwari``, ``Apuli``,
  ``гыйнвар``, ``ਜਨਵਰੀ``, ``janvye``, ``Çile``, ``Januari``); addresses in one cell as ``Leeds, LS1 4AB, 12 Elm Road``,
  ``Street: 12 Elm Road, Town: Leeds, PC: LS1 4AB``, ``12 Elm Road · Leeds · LS1 4AB``, ``12 Elm Road  Leeds  LS1
  4AB`` and ``[LS1 4AB] Leeds, 12 Elm Road`` besides the locale's own; ids in cells bare, with the expiry after
  (``... (exp. 2031-05)``) or with the document's kind before a slash (``ID/ ...``);
- twelve English note genres new to the sets (eight of the shapes' own: a pantomime director's rehearsal note, a
  launch log line, a luthier's bench-ticket note, a model railway running-day log line, a cheesemonger's
  subscription note, a beach hut warden's note, an orienteering start official's note, a pinball scorekeeper's
  note; four of any table: a visitors' book entry, a "while you were out" message slip, a complaint card, a parking
  permit request), half of a table's English notes of its own shape's genre; people in full, titled, in capitals,
  in lower case, by surname or given name alone, possessive, with an initial, in lists of three or four joined by
  `` · ``, `` | `` or ``, as well as ``, signing (``— Gail Harvey (desk)``, ``Kind regards`` / ``Gail``, ``
  ^gail``, ``yours, Mrs Harvey``, ``/s/ Gail Harvey``); streets whole or without their number (``Jl. Malioboro``,
  ``ул. Баумана``, ``Rue Capois``, ``Kampala Road``, ``Bağlar Mah. 812. Sok.``); phones whole, bare, local,
  international, ``+(44) ...``, ``wa.me/...``, the trunk zero in words and with a hash extension; ids after cues new
  to the sets (``identity no``, ``ID#``, ``ID card:``, ``Personalausweis:``, ``carte d'identité :``, ``cédula
  n.º``, ``C.I. n.``, ``paspoortnr.``, ``BI n.º``, ``pasnr.``, ``OP č.``, ``NIK:``, ``паспорт:``, ``Aadhaar:``, ``ID
  No.``, ``NIN:``, ``NIF:``, ``TC Kimlik No:``, ...); birth dates only after a birth cue (``birthdate``, ``bday``,
  ``born on``, ``Geburtstag:``, ``naissance :``, ``nacimiento:``, ``nascita:``, ``geb.datum``, ``nascimento:``,
  ``fødselsdag:``, ``Narozen(a):``, ``Lair:``, ``Туган көне:``, ``ਜਨਮ ਮਿਤੀ:``, ``Uzalwe ngo-``, ``Yazaalibwa:``,
  ``Fèt:``, ``Jidayikbûn:``) in set 46's layouts; look-alikes in the notes' own text; three local genres (a lost pet
  notice, a payment reminder, a party invitation) in de fr es it nl pt da cs and in the eight new languages, about a
  third of the notes there;
- eight locales no set used (eight languages new to the sets): ff_GN (Pular, Guinea), jv_ID (Javanese,
  Indonesia), tt_RU (Tatar in Cyrillic, Russia), pa_IN (Punjabi in Gurmukhi, India), xh_ZA (isiXhosa, South Africa),
  lg_UG (Luganda, Uganda), ht_HT (Haitian Creole, Haiti) and kmr_TR (Kurmanji Kurdish, Turkey): see
  ``heldout46_new8`` (clan surnames and compound given names in ff; one name or two given names and no family name in
  jv; patronymics with ``улы`` / ``кызы`` and the surname first in tt; ``Singh`` / ``Kaur`` and clan names in pa;
  the Ganda clan name written either side of the Christian name in lg, children keeping their own names in jv and
  lg; ``Rue RO.245, Quartier Hamdallaye, Commune de Ratoma``, ``Jl. Kaliurang Km 7,5``, ``Gg. Sawo No. 12`` with the
  RT/RW, ``ул. Баумана, д. 12, кв. 4``, ``House No. 1234, Sector 70``, ``No. 23, NY 78, Gugulethu``, ``Plot 14,
  Kampala Road``, ``Delmas 33, Rue Jacob #12``, ``Bağlar Mah. 812. Sok. No: 14 D: 3``; the NIK with the birth date
  inside, the Russian passport, the Aadhaar, the South African ID with its Luhn digit, the Ugandan NIN, the Haitian
  NIF, the T.C. kimlik with its check digits); phones valid by ``phonenumbers`` for the locale's region (checked by
  ``test_heldout46_phones.py`` in the set's folder).

Scoring is set 45's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 46 has no branch-town columns; staff are
"don't care".

Modules: ``heldout46_language``, ``heldout46_new8``, ``heldout46_people``, ``heldout46_rows``, ``heldout46_rows2``,
``heldout46_notes`` and ``heldout46_shapes`` (the builder). Metrics are those of sets 9-45
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 287 (set 45's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 302. ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or/pa a street's words are taken between
spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-12-06).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``cd /work/s60h && PYTHONPATH=EXPORT/src:/work/s60h:/work/main/benchmarks /work/main/.venv/bin/python
bench_pii_heldout46.py --out NAME [--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR]
[--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out
NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 287 in
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
import heldout46_language as language
import heldout46_new8 as new46
import heldout46_shapes as set46

GROUPS = (
    ("first 7", set46.FIRST7),
    ("other 287", set46.OTHER),
    ("new 8", new46.NEW8_46),
    ("all 302", set46.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 46002), ("pt_BR", 46001), ("ff_GN", 46001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS | new43.STREET_WORDS | new44.STREET_WORDS | new45.STREET_WORDS | new46.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 46: before and after session 60"
COMPARE_INTRO = (
    "Set 46 (`heldout46_*.py`, 302 locales: set 45's 294 and ff_GN, jv_ID, tt_RU, pa_IN, xh_ZA, lg_UG, ht_HT, "
    "kmr_TR, languages no set used before; seeds 46001-46006 for the first 7, 46001-46002 for the new 8, 46001 "
    "elsewhere) was written in session 60 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a pantomime cast list, a canoe and kayak hire, a luthier's repair bench, a model railway loco register, a "
    "cheese club's subscriptions, beach hut lettings, orienteering entries, a pinball league night), 8-300 rows "
    "(most small; people come back), a third with headers in eight new styles (`Sheet1!`, `:symbol`, LaTeX, "
    "full-width, doubled quotes, `row::`, `.class`, `data-`; a lost header `F5`/`Field5`/`?column?`); phones in new "
    "layouts within a column (a hash extension, the trunk zero in words, two numbers joined by `&` or on two lines, "
    "`+(44)`, full-width digits, a WhatsApp link); names with generational suffixes, a relation before a colon, "
    "camel case, URL slugs, `Surname.Given`, `Surname (G)`, a local honorific with the surname in capitals, "
    "`SURNAME_Given`; birth dates in new layouts (pipes, year first with the month's name between slashes, the age "
    "before, the weekday joined by dashes, tildes, colons, the month's name between dashes in the table's or the new "
    "languages' own words); addresses in new one-cell forms; ids in cells with an expiry or a kind; junk in some "
    "cells; columns mostly empty; juniors with their parents' surnames; a second-script column. Look-alikes: "
    "pantomime roles, launches and canoes, guitars and strings, locomotives and makers, cheeses, beach huts and "
    "promenades, orienteering clubs and maps, pinball machines and pubs named after people or places; staff "
    "\"don't care\". Notes: twelve English genres new to the sets, and a lost pet notice, a payment reminder or a "
    "party invitation in de fr es it nl pt da cs and the eight new languages. Metrics are set 45's "
    "(`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout46_*.py` (seeds 46001-46006 for the first 7, 46001-46002 for the new 8, 46001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 45's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new46.NEW8_46, *new45.NEW8_45, *new44.NEW8_44, *new43.NEW8_43, *new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38,  # noqa: E501
        *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set46.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set46.LOCALES for w in language.missing_words(x))
    | frozenset(w.lower() for x in language45.LOCALES for w in language45.missing_words(x))
    | frozenset(w.lower() for x in language44.LOCALES for w in language44.missing_words(x))
    | frozenset(w.lower() for x in language43.LOCALES for w in language43.missing_words(x))
    | frozenset(w.lower() for x in language42.LOCALES for w in language42.missing_words(x))
    | frozenset(w.lower() for x in language41.LOCALES for w in language41.missing_words(x))
    | frozenset(w.lower() for x in language40.LOCALES for w in language40.missing_words(x))
    | frozenset(w.lower() for x in language39.LOCALES for w in language39.missing_words(x))
    | frozenset(w.lower() for x in language38.LOCALES for w in language38.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
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
    """Set 46's particulars, read when called."""
    return shared.HeldoutSet(
        46,
        set46,
        set46.heldout46_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 45's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set46.FIRST7[:2]),
    "first7_b": ",".join(set46.FIRST7[2:4]),
    "first7_c": ",".join(set46.FIRST7[4:]),
    "other_a": ",".join(set46.OTHER[:144]),
    "other_b": ",".join(set46.OTHER[144:]),
    "new8": ",".join(new46.NEW8_46),
}

_SET = recent.recent_runner(__name__, _spec, tables=set46, language=language, build=set46.heldout46_table)
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
