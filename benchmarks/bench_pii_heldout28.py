"""PII stage on held-out set 28 (``heldout28_*.py``, 158 locales; seeds 28001-28006 for the first 7, 28001-28002
for the new 8, 28001 elsewhere).

Set 28 was written in session 42 by a helper that did not read the PII code (beyond the signatures and docstrings
of the public API the runner calls), the PII tests, the earlier held-out tables (beyond their module docstrings,
locale lists, set 27's runner and function signatures), their results (beyond the group tables) or
``docs/pii*.md``, and was kept out of the repository until the code helpers had stopped committing: it is
measured BEFORE (the code at the session's start, commit 2e0e23b, run with ``PYTHONPATH`` at an export of it) and
AFTER (the head at the end), and tuned on never. For set 27's 150 locales it calls set 27's generators of names,
streets, ids and date layouts (``heldout27_people``, ``heldout27_places``, ``heldout27_ids``, ``heldout27_language``:
their public functions, with set 28's own seeds); phones are drawn here (``heldout28_ids.phone_number``: the
example number's first digits kept, the rest drawn until ``phonenumbers`` accepts it); everything else is its own.

What is new in set 28:

- eight export shapes new to the sets, each as the system such a business uses exports it: a public library's Koha
  patron export (Koha's ``borrowers`` fields whatever the country: ``surname``, ``streetnumber`` apart from
  ``address``, ``address2``, ``B_address``, children with a guardian in ``contactname``/``contactfirstname``, a
  14-digit card barcode, branch and category codes, ISO dates), a tea shop's WooCommerce order export
  (``billing_``/``shipping_`` blocks, gift orders shipped to another person, a billing company named after its
  street, a ``_lot_number`` with a phone's digit count, coupons, ``customer_note`` with line breaks and bullets), a
  small firm's Personio employee export (headers in the account's language, birth and hire dates with the weekday's
  and month's names, the tax or social-security id, the IBAN, the whole private address in one cell, the emergency
  contact, the supervisor as a category, a cost centre with the postcode's digit count), a guesthouse's guest
  register (the police registration fields in the country's language, ``LAST First`` in one cell, arrival and
  departure dates in the birth date's layout, document numbers, room numbers, car registrations, the companion), a
  wedding planner's Zola guest list re-saved in Excel (the partner's headers repeat the guest's: ``First Name.1``; a
  blank header cell ``Unnamed: 20``; tags, RSVP, meals, tables), a theatre's Spektrix customer report (the addressee
  as initials and surname ``J. Smith``, ``Address Line 1`` with the house number first and a flat or building
  after, a seat, a ticket number with a phone's digit count and a cloakroom number beside the address), a car
  dealer's DMS service-reminder list (headers in the country's language, a row per car, plate, VIN, first
  registration date in the birth date's layout, ``LAST, First`` or ``J. Weber`` customers, the mobile number under
  a lost header cell ``Unnamed: 9``, service advisors, the branch town) and a physiotherapy practice's Calendly
  export (the intake questions as ``Question n``/``Response n`` pairs: the birth date, the whole address, an
  emergency contact's name and phone in one answer, the reason for the visit over several lines as the notes);
- table sizes 10-400 rows (most small: one first-7 table 10-20 rows, one 250-400), people come back in the
  WooCommerce, guest-register, DMS and Calendly tables (55-95 % distinct; a repeated person typed differently);
- phones in two to four layouts within one column, landlines and mobiles mixed, with and without the country code;
  birth dates in one to three layouts per column, with weekday and month names in the language (``Mi., 5. März
  1956``, ``mardi 5 mars 1956``); names as ``LAST First``, ``Last, First``, initials, with titles, nicknames, middle
  names and patronymics, upper and lower case per row, double surnames;
- look-alikes (not personal data): library card barcodes, order, customer and ticket numbers, lot numbers and
  ticket numbers with a phone's digit count, cost centres with a postcode's, VINs with their check digit, licence
  plates in the country's layout, seats, rooms, cloakroom and locker numbers, coupons, businesses named after their
  street (``Baker Street Dental``, ``Hauptstraße Apotheke``), supervisors, service advisors and therapists as first
  names (a category), hire, arrival, registration and service dates in the birth date's layout, amounts, Calendly's
  question texts, the DMS branch town (``None`` shown, "don't care" hidden); Koha's ``streetnumber``,
  ``initials`` and ``othernames`` are "don't care";
- ten English note genres new to the sets (a library's housebound-reader delivery and proxy-borrower
  authorisation, a web shop's delivery instructions, an HR onboarding checklist and return-to-work note, a
  guesthouse's front-desk note, a wedding RSVP message, a theatre's access requirements, a car dealer's
  courtesy-car handover, a physiotherapy intake answer) with line breaks and bullets in the cell, children's given
  names alone, lower-case names, initials, titles with surnames; and two local genres (a web-shop return request
  with the refund IBAN, a sick note to HR) in de fr es it nl pt ca ms (Réunion and Tunisia the French, Nicaragua the
  Spanish, Curaçao the Dutch, Brunei the Malay);
- eight locales no set used: fr_RE (Réunion: NIR of department 974 by ``stdnum.fr.nir``, FR IBANs, ``974xx``
  postcodes), es_NI (Nicaragua: two surnames, landmark addresses ``De la Rotonda El Güegüense 2 c. al sur``, the
  cédula with its mod-23 check letter, no postcode written, NI IBANs), be_BY (Belarus: Belarusian Cyrillic names
  with patronymics, ``вул. ..., д. 17, кв. 42``, 6-digit postcodes, the identification number with a 7-3-1 check
  digit, BY IBANs), en_TT (Trinidad and Tobago: ``LP 45 Old Southern Main Road``, no postcode written, an 11-digit
  national id without a check digit, no IBAN), ms_BN (Brunei: ``bin``/``binti`` names, ``Simpang`` and ``Kampung``
  addresses, ``BS8811`` postcodes, the IC ``01-123456`` without a check digit, no IBAN), fr_TN (Tunisia: 4-digit
  postcodes, ``Cité ..., Bloc C`` addresses, 8-digit CIN without a check digit, TN IBANs), en_FJ (Fiji: iTaukei and
  Indo-Fijian names, no postcodes, no national id here, no IBAN) and nl_CW (Curaçao: ``Kaya Grandi 42``, no
  postcodes, the sédula number without a check digit, no IBAN); phones valid by ``phonenumbers``.

Scoring is set 27's, in this runner as there: a branch's town is "don't care" with the names hidden, and a missing
cell written as a word is not counted as an original "left" (nor, in the pipeline's replay, as a value found again).

Modules: ``heldout28_language``, ``heldout28_people``, ``heldout28_places``, ``heldout28_ids``,
``heldout28_columns``, ``heldout28_words``, ``heldout28_notes``, ``heldout28_local``, ``heldout28_rows``,
``heldout28_rows2`` and ``heldout28_shapes`` (the builder). Metrics are those of sets 9-27
(``pii_heldout_scoring.py``, imported). Groups: first 7 (six tables each: these decide whether the issue is met),
other 143 (set 27's locales beyond the first 7, one table each), new 8 (two tables each) and all 158. ja/zh/ko/th
notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr/or a street's words are taken between spaces.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept in the
results): the runner re-executes itself with ``PYTHONHASHSEED=0``, every draw comes from a ``random.Random`` or a
Faker seeded with the table's seed, and nothing is drawn from the clock (dates count back from 2026-06-01).
``--rows`` 0 (the default) keeps each table's own row count; another number forces it.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout28.py --out NAME [--label BEFORE] [--locales a,b] [--rows N]
[--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale subsets run
apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report. In parts (2 cores): ``PARTS`` below
(the first 7 in three, the other 143 in two halves, the new 8), each with its own ``--out``, then ``--merge``;
``run_parts.sh EXPORT_DIR LABEL PREFIX`` does all of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout28_language as language
import heldout28_places as places
import heldout28_shapes as set28
import pii_heldout_recent as recent
import pii_heldout_scoring as shared

GROUPS = (
    ("first 7", set28.FIRST7),
    ("other 143", set28.OTHER),
    ("new 8", set28.NEW8_28),
    ("all 158", set28.LOCALES),
)
PIPELINE_TABLES = (("de_DE", 28002), ("nl_BE", 28001), ("es_NI", 28001))
STREET_WORDS = shared.SET10_STREET_WORDS | places.OWN_STREET_WORDS
COMPARE_TITLE = "# Held-out set 28: before and after session 42"
COMPARE_INTRO = (
    "Set 28 (`heldout28_*.py`, 158 locales: set 27's 150 and fr_RE, es_NI, be_BY, en_TT, ms_BN, fr_TN, en_FJ, nl_CW, "
    "which no set used before; seeds 28001-28006 for the first 7, 28001-28002 for the new 8, 28001 elsewhere) was "
    "written in session 42 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results (beyond the group tables) or `docs/pii*.md`, and was committed only after the code helpers had "
    "stopped committing: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (a library's Koha patron export, a tea shop's WooCommerce orders, a firm's Personio employee "
    "export, a guesthouse's guest register with `LAST First` names, a Zola wedding guest list re-saved in Excel with "
    "`First Name.1` and a blank header, a theatre's Spektrix customer report with the house number first, a car "
    "dealer's DMS service list with a lost header over the mobile numbers, a physiotherapy practice's Calendly "
    "export with `Question n`/`Response n` pairs), 10-400 rows (most small; people come back), each with its "
    "system's naming and cell conventions; phones in two to four layouts within a column, landlines and mobiles "
    "mixed, with and without the country code; birth dates in one to three layouts, with weekday and month names; "
    "names as `LAST First`, `Last, First`, `J. Weber`, with titles, nicknames, patronymics, mixed case. Look-alikes: "
    "card barcodes, order/ticket/lot numbers with a phone's digit count, cost centres with a postcode's, VINs, "
    "licence plates, seats, rooms, coupons, businesses named after streets, staff first names as a category, hire, "
    "arrival and registration dates, the DMS branch town (None shown, don't care hidden). Notes: ten English genres "
    "new to the sets with line breaks and bullets, and a return request or a sick note in de fr es it nl pt ca ms. "
    "Metrics are set 27's (`pii_heldout_scoring.py`); default config `locales: [en_US]`."
)
RUN_INTRO = (
    "Tables `heldout28_*.py` (seeds 28001-28006 for the first 7, 28001-28002 for the new 8, 28001 elsewhere, one of "
    "eight export shapes per table, each table its own row count, default config `locales: [en_US]`). Metrics as "
    "set 27's (`pii_heldout_scoring.py`)."
)


_FAKER_LOCALES = recent.faker_locales(set28.LOCALES, places)
recent.add_street_words(_FAKER_LOCALES, STREET_WORDS)

# A missing cell written as a word (``n/a``, ``k.A.``, ``non renseigné``) is no personal data: left unchanged it is
# not a labelled original "left", nor a phone or postcode whose fake is checked.
_MISSING = (
    frozenset(w.lower() for ws in language.MISSING.values() for w in ws)
    | {w.lower() for w in language.TOOL_MISSING}
    | {"-", "n/a", "none", "nan"}
)
recent.skip_missing_words(_MISSING)


def _spec() -> shared.HeldoutSet:
    """Set 28's particulars, read when called."""
    return shared.HeldoutSet(
        28,
        set28,
        set28.heldout28_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 27's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


# The locale lists of a run in six parts (two cores; a first-7 locale's six tables take ~30-60 s CPU, another
# locale's one ~3 s): ``--locales`` of each, then ``--merge``.
PARTS = {
    "first7_a": ",".join(set28.FIRST7[:2]),
    "first7_b": ",".join(set28.FIRST7[2:4]),
    "first7_c": ",".join(set28.FIRST7[4:]),
    "other_a": ",".join(set28.OTHER[:72]),
    "other_b": ",".join(set28.OTHER[72:]),
    "new8": ",".join(set28.NEW8_28),
}

_SET = recent.recent_runner(__name__, _spec, tables=set28, language=language, build=set28.heldout28_table)
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
