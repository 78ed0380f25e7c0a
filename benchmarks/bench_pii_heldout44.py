"""PII stage on held-out set 44 (``heldout44_*.py``, 286 locales; seeds 44001-44006 for the first 7, 44001-44002
for the new 8, 44001 elsewhere).

Set 44 was written in session 58 by a helper that did not read the PII code (beyond the docstrings of the public
API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings, locale lists,
sets 42-43's runner and modules, and public function signatures), their results or ``docs/pii*.md``, and was kept
out of the repository (``/work/s58h``) while the code helpers committed: it is measured BEFORE (the code at the
session's start, run with ``PYTHONPATH`` at an export of it) and AFTER (the head at the end), and tuned on never.
For set 43's 278 locales it calls the earlier sets' generators of people (names, streets, towns, postcodes, ids,
IBANs, e-mails, phone numbers: ``heldout43_people.sources`` / ``person`` / ``with_surname`` / ``second_script`` /
``latin`` / ``title``, which call sets 32-43's) with set 44's seeds; everything else (cell forms, phone layouts,
date layouts, address cells, header styles, shapes, notes, the eight new locales) is its own.

What is new in set 44:

- eight export shapes new to the sets: a beekeepers' association's hive register (queens ``Brother Adam
  Buckfast``, ``Carniolan``; hives ``Langstroth``, ``Dadant``, ``WBC``, ``Warré``; apiary sites ``St Anne's
  meadow``; a swarm contact, mostly empty; the inspector "don't care"; dates ``29-IX-2026``), a marina's mooring
  list (boats ``Lady Jane``, ``Mary Rose``, ``Sir Humphrey``, ``Grace Darling``, ``Nancy Blackett``; makes
  ``Hallberg-Rassy 31``, ``Nicholson 32``, ``Colin Archer``; a keyholder, mostly empty; the harbourmaster "don't
  care"; dates ``01/JAN/2027``), a choir's robe fitting (juniors with a parent's surname and birth dates; robes
  ``Wippell cassock``, ``Watts & Co ruff``; anthems ``Stanford in C``, ``Parry's I was glad``, ``Howells Collegium
  Regale``; the guardian, mostly empty), a locksmith's call-outs (locks ``Chubb 3G114``, ``Yale``, ``Banham``,
  ``Ingersoll``; the id seen at a lock-out, mostly empty; a keyholder, mostly empty; dates ``2.4.26``), a community
  fridge's donor log (``Ben & Jerry's``, ``Mr Kipling``, ``Aunt Bessie's``, ``Uncle Ben's``; shops ``Sainsbury's``,
  ``Greggs``; the donor's phone, mostly empty; dates ``02_04_2026``), a marathon's bag drop (clubs ``Herne Hill
  Harriers``, ``Serpentine RC``; birth dates; an emergency contact and phone), a taxidermist's orders (``fox
  (Reynard)``, ``pet cat 'Mr Tibbles'``; mounts ``Rowland Ward style``, ``Van Ingen plaque``; who found it, mostly
  empty; licence notes "don't care"; dates ``Apr 2 '26``) and a tattoo studio's consent forms (birth dates, the id
  seen; designs ``Sailor Jerry swallow``, ``Ed Hardy tiger``, ``Frida Kahlo portrait``, ``Marilyn Monroe pin-up``;
  an emergency contact, mostly empty; the artist "don't care"; dates ``2 April 2026``);
- a third of the tables with their headers in one of eight styles no set used (an HTML cell ``<th>Phone</th>``,
  single quotes ``'Phone'``, the column's letter ``C - Phone``, a key-value export's ``Phone=``, Markdown bold
  ``**Phone**``, words joined by ``~``, Python's dunder ``__phone__``, a template variable ``$phone``), a third of
  those with one header lost as ``_c4`` (Spark), ``X.4`` (R) or ``blank_5``; headers in the table's language in
  most de fr es it nl pt da cs nb mi tables (English in a few), in the country's other language in a few, the new
  8's in the country's language of record (French for Wolof, Spanish for Quechua and Guarani); junk in the person
  columns of two tables in five (the locale's missing-cell words and ``no data``, ``left blank``, ``NULL``,
  ``#N/A``, ``(none given)``, ``did not say``, ``ask at desk``, ``---``, ``n/v``, ``not on form``, ``0000``,
  ``declined``); a second-script column where it is real (set 43's rule; the new not-Latin names: romanised);
- names in cells as ``Gail & Tom Harvey`` (a couple), ``Dr G. Harvey MBE`` (a title, an initial and post-nominal
  letters), ``Harvey, G. (Gail)``, ``G HARVEY``, ``gail.harvey`` (a login handle), ``Gail Harvey (née Patel)``,
  ``Harvey G`` and ``Gail [Harvey]`` besides the plain form; Fiji's chiefly titles (``Ratu``, ``Adi``) before the
  name; phones as ``00 44 7406 858784``, ``+44(0)7406-858-784``, a marker word in the table's language before
  (``Mobilfunk``, ``GSM``, ``cel.``, ``Fax/Tel``, ``Bilbila``), split over slashes (``0740/6858/784``), a word in
  the table's language after (``nur SMS``, ``solo WhatsApp``), in fours (``0740 6858 784``), ``44-7406-858784``,
  and two numbers with their markers over a slash (``Festnetz 030 1234567 / Mobilfunk 0151 2345678``); birth dates
  in set 44's layouts (``02-IV-1998``, ``Apr 2 '98`` with the month in the table's language, ``2.4.98``, ``2 avril
  1998`` / ``2. April 1998`` / ``2 de abril de 1998``, ``02_04_1998``, ``02/AVR/1998``); addresses in one cell as
  ``LEEDS: 12 Elm Road``, ``12 Elm Road / Leeds / LS1 4AB`` and ``LS1 4AB Leeds; 12 Elm Road`` besides the
  locale's own; ids in cells (the id seen by a locksmith or a tattoo studio);
- twelve English note genres new to the sets (eight of the shapes' own: a hive inspection note, a harbourmaster's
  log line, a robe secretary's note, a locksmith's job-sheet line, a fridge volunteer's log line, a bag drop
  marshal's note, a taxidermist's order note, a tattoo consent note; four of any table: an incident report, a
  shift swap request, a calendar invite, a missed-call log line), half of a table's English notes of its own
  shape's genre; people in full, titled, in capitals, in lower case, by surname or given name alone, possessive
  (``Harvey's``, ``Gail's``), with an initial, in lists of three or four joined by ``, ``, `` & `` or `` and ``,
  signing (``~ Gail``, ``xx gail``, ``Regards, Gail Harvey``, ``Sent by Mrs Harvey``); streets whole or without
  their number (no P.O. box, BP, landmark, lot, village, peasant community, compañía, housing association block,
  kebele house or estate villa as a street in a note); phones whole, bare, local, international, ``00 44 ...`` and
  ``+44(0)...``; ids after cues new to the sets (``ID card no``, ``gov ID:``, ``PA-Nr.``, ``CNI n°``, ``DNI/NIE:``,
  ``CF:``, ``BSN-nummer``, ``NIF n.º``, ``CPR-nr.``, ``r.č.``, ``personnr.``, ``C.I. N°``, ``身份证号:``,
  ``Fayda:``); birth dates only after a birth cue (``b.``, ``DOB``, ``geb.``, ``né(e) le``, ``nacido/a el``,
  ``nato/a il``, ``født``, ``nar.``) in set 44's layouts; look-alikes in the notes' own text; three local genres
  (a lost property notice, a lift-sharing offer, an apology for a delay) in de fr es it nl pt da cs nb mi and in the
  eight new languages, about a third of the notes there;
- eight locales no set used (eight languages new to the sets): wo_SN (Wolof, Senegal), qu_PE (Quechua, Peru),
  gn_PY (Guarani, Paraguay), ug_CN (Uyghur in its Arabic script, China), bo_CN (Tibetan script, China), om_ET
  (Oromo, Ethiopia), ti_ER (Tigrinya in Ge'ez script, Eritrea) and fj_FJ (iTaukei Fijian): see ``heldout44_new8``
  (clan surnames; patronymics in om, ti and ug; two surnames in qu; no surname in bo; ``Sicap Liberté 2, Villa n°
  1234``, ``Rue 10 x Bd de la Gueule Tapée``, ``Av. de la Cultura 1420``, ``Asoc. Viv. Santa Rosa Mz. B Lt. 7``,
  ``Tte. Fariña 1230 c/ Brasil``, ``解放南路123号``, ``北京中路45号``, ``Daandii Finfinnee 45``, ``Ganda 04, Kebele
  09, Mana 512``, ``Adi Quala Road 18``, ``Lot 12 Ratu Sukuna Road``; the Senegalese CNI, the Peruvian DNI, the
  Paraguayan cédula, the Chinese resident id, the Ethiopian Fayda number); phones valid by ``phonenumbers`` for
  the locale's region.

Scoring is set 43's, in this runner as there: a missing cell written as a word is not counted as an original
"left" (nor, in the pipeline's replay, as a value found again); set 44 has no branch-town columns; staff, a race's
bib and a taxidermist's licence note are "don't care".

Modules: ``heldout44_language``, ``heldout44_new8``, ``heldout44_people``, ``heldout44_rows``, ``heldout44_rows2``,
``heldout44_notes`` and ``heldout44_shapes`` (the builder). Metrics are those of sets 9-43
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 271 (set 43's locales beyond the first 7, its new 8 among them, one table each), new 8 (two tables each) and
all 286. ja/zh/ko/th notes are scored as CJK (ug_CN and bo_CN are not: their notes are in the Arabic and Tibetan
scripts); in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` seeded
with the table's locale and seed, and nothing is drawn from the clock (dates count from 2026-12-06).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``cd /work/s58h && PYTHONPATH=EXPORT/src:/work/s58h:/work/main/benchmarks /work/main/.venv/bin/python
bench_pii_heldout44.py --out NAME [--label BEFORE] [--locales a,b] [--rows N] [--pipeline DIR] [--results-dir DIR]
[--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out
NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below (the first 7 in three, the other 271 in
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
import heldout44_language as language
import heldout44_new8 as new44
import heldout44_shapes as set44

GROUPS = (
    ("first 7", set44.FIRST7),
    ("other 271", set44.OTHER),
    ("new 8", new44.NEW8_44),
    ("all 286", set44.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 44002), ("pt_BR", 44001), ("qu_PE", 44001))
STREET_WORDS = (
    shared.SET10_STREET_WORDS | places29.OWN_STREET_WORDS | new30.STREET_WORDS | places31.STREET_WORDS
    | new32.STREET_WORDS | new33.STREET_WORDS | new34.STREET_WORDS | new35.STREET_WORDS | new36.STREET_WORDS
    | new37.STREET_WORDS | new38.STREET_WORDS | new39.STREET_WORDS | new40.STREET_WORDS | new41.STREET_WORDS
    | new42.STREET_WORDS | new43.STREET_WORDS | new44.STREET_WORDS
)  # fmt: skip
COMPARE_TITLE = "# Held-out set 44: before and after session 58"
COMPARE_INTRO = (
    "Set 44 (`heldout44_*.py`, 286 locales: set 43's 278 and wo_SN, qu_PE, gn_PY, ug_CN, bo_CN, om_ET, ti_ER, "
    "fj_FJ, languages no set used before; seeds 44001-44006 for the first 7, 44001-44002 for the new 8, 44001 "
    "elsewhere) was written in session 58 by a helper that did not read the PII code, the PII tests, the earlier "
    "held-out tables, their results or `docs/pii*.md`, and was kept outside the repository while the code helpers "
    "committed: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new to the "
    "sets (a beekeepers' hive register, a marina's mooring list, a choir's robe fitting, a locksmith's call-outs, a "
    "community fridge's donor log, a marathon's bag drop, a taxidermist's orders, a tattoo studio's consent forms), "
    "8-300 rows (most small; people come back), a third with headers in eight new styles (`<th>`, single quotes, "
    "column letters, `key=`, Markdown bold, `~`, dunders, `$var`; a lost header `_c4`/`X.4`/`blank_5`); phones in "
    "new layouts within a column (`00 44`, `+44(0)` with dashes, a marker word in the table's language before or a "
    "word after, split over slashes, in fours, `44-` with dashes, two numbers with markers); names as couples, "
    "with honours, `Surname, G. (Given)`, `G SURNAME`, login handles, `(née ...)`, `Surname G`, `Given [Surname]`; "
    "birth dates in new layouts (`02-IV-1998`, `Apr 2 '98`, `2.4.98`, local month names, `02_04_1998`, "
    "`02/AVR/1998`); addresses in new one-cell forms; ids in cells; junk in some cells; columns mostly empty; "
    "juniors with their parents' surnames; a second-script column. Look-alikes: queens, hives, boats, yachts, robes, "
    "anthems, locks, foods, shops, clubs, mounts, pet names and tattoo designs named after people or places; staff "
    "\"don't care\". Notes: twelve English genres new to the sets, and a lost property notice, a lift-sharing offer "
    "or an apology in de fr es it nl pt da cs nb mi and the eight new languages. Metrics are set 43's "
    "(`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout44_*.py` (seeds 44001-44006 for the first 7, 44001-44002 for the new 8, 44001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 43's (`pii_heldout_scoring.py`)."
)

# Set 29's places for its locales; the ones written by hand are no Faker locale (left out of the street words).
_OWN = (*new44.NEW8_44, *new43.NEW8_43, *new42.NEW8_42, *new41.NEW8_41, *new40.NEW8_40, *new39.NEW8_39, *new38.NEW8_38,
        *new37.NEW8_37, *new36.NEW8_36,
        *language35.NEW8_35, *language34.NEW8_34, *new33.NEW8_33, *language32.NEW8_32, *language32.l31.NEW8_31,
        "ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")  # fmt: skip
_PLACES = types.SimpleNamespace(faker_locale=lambda x: x if x in _OWN else places29.faker_locale(x), OWN=_OWN)
_FAKER_LOCALES = recent.faker_locales(set44.LOCALES, _PLACES)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k. A.``, ``nil``, ``???``, ``refused``) is no personal data: left
# unchanged it is not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for x in set44.LOCALES for w in language.missing_words(x))
    | frozenset(w.lower() for x in language43.LOCALES for w in language43.missing_words(x))
    | frozenset(w.lower() for x in language42.LOCALES for w in language42.missing_words(x))
    | frozenset(w.lower() for x in language41.LOCALES for w in language41.missing_words(x))
    | frozenset(w.lower() for x in language40.LOCALES for w in language40.missing_words(x))
    | frozenset(w.lower() for x in language39.LOCALES for w in language39.missing_words(x))
    | frozenset(w.lower() for x in language38.LOCALES for w in language38.missing_words(x))
    | {w.lower() for w in language.TOOL_MISSING}
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
    """Set 44's particulars, read when called."""
    return shared.HeldoutSet(
        44,
        set44,
        set44.heldout44_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 43's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set44.FIRST7[:2]),
    "first7_b": ",".join(set44.FIRST7[2:4]),
    "first7_c": ",".join(set44.FIRST7[4:]),
    "other_a": ",".join(set44.OTHER[:136]),
    "other_b": ",".join(set44.OTHER[136:]),
    "new8": ",".join(new44.NEW8_44),
}

_SET = recent.recent_runner(__name__, _spec, tables=set44, language=language, build=set44.heldout44_table)
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
