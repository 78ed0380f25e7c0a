"""PII stage on held-out set 19 (``heldout19_*.py``, 86 locales; seeds 19001-19004 for the first 7, 19001-19002
for the new 8, 19001 elsewhere).

Set 19 was written in session 33 by a helper that did not read the PII code (beyond the public API the runner
calls), the PII tests, the earlier held-out tables, their results (beyond the group tables) or ``docs/pii*.md``,
and was kept out of the repository until the code helpers had stopped committing: it is measured BEFORE (the
code at the session's start, run with ``PYTHONPATH`` at an export of that commit) and AFTER (the head at the
end), and tuned on never.

The tables are split by concept: ``heldout19_ids`` (national ids with check digits, IBANs, cards, phones),
``heldout19_language`` (locales, groups, seeds, date layouts, column-name styles), ``heldout19_words``
(column labels of 45 languages, national-id headers, titles), ``heldout19_places`` (streets, postcodes,
towns; what Faker lacks), ``heldout19_people`` (names, written forms, e-mails), ``heldout19_notes`` (ten
English note genres, rendering with truth), ``heldout19_local`` (a change-of-address notice and a collection
authorisation in the locale's language) and ``heldout19_shapes`` (the eight export shapes and the builder).
Metrics are those of sets 9-18, computed by the shared module ``pii_heldout_scoring.py`` (imported, not
copied, so the numbers compare): column recall/precision of ``plan_columns`` with names shown and hidden,
free-text recall per entity and note form after ``replace_pii`` ("no trace left"), template words kept
(of each note's own template), replaced phones valid in the original's country, postcodes in the
original's layout, labelled cells left unchanged. Groups: first 7 (en_US en_GB de_DE fr_FR es_ES it_IT
nl_NL, four tables each), other 71 (set 18's other 63 and new 8, one table each), new 8 (ar_SA gu_IN mr_IN
ha_NG tw_GH lb_LU el_CY de_LI, never used by any set, two tables each) and all 86. ``--pipeline DIR`` also
runs ``safe-synthesizer run train`` on three tables with a one-minute training cap and replays every
original value against ``dataset/transformed_*.csv``.

Scripts where ``re``'s word pattern breaks words: ja, zh, ko and th notes are scored as CJK (as sets 16-18);
in hi_IN, bn_BD, ne_NP, ta_IN, si_LK, gu_IN and mr_IN (vowel signs are not word characters to ``re``) a
street line's words and a template's words are taken between spaces and punctuation (set 18's rule, widened
to Gujarati and Marathi). Every other locale is scored as set 18.

The tables are the same on every run (a SHA-256 per locale of frames, labels and notes is printed and kept
in the results): the runner re-executes itself with ``PYTHONHASHSEED=0`` and the tables draw nothing from
the clock (birth dates count back from 2026-01-01).

Run: ``.venv/bin/python benchmarks/bench_pii_heldout19.py --out NAME [--label BEFORE] [--locales a,b]
[--rows N] [--pipeline DIR] [--results-dir DIR] [--partial FILE]``; ``--merge A,B --out NAME`` joins locale
subsets run apart; ``--compare BEFORE,AFTER --out NAME`` writes the before/after report.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import heldout19_language as language
import heldout19_places as places
import heldout19_shapes as set19
import pii_heldout_cli as cli
import pii_heldout_scoring as shared
from heldout_common import template_parts
from safe_synthesizer.utils.atomic import atomic_write_json

GROUPS = (
    ("first 7", set19.FIRST7),
    ("other 71", set19.OTHER71),
    ("new 8", set19.NEW8_19),
    ("all 86", set19.LOCALES),
)
PIPELINE_TABLES = (("en_US", 19001), ("de_DE", 19002), ("ar_SA", 19001))
# Street unit/type words of the streets built in the places module (no trace of the original street).
STREET_WORDS = shared.SET10_STREET_WORDS | places.OWN_STREET_WORDS
COMPARE_TITLE = "# Held-out set 19: before and after session 33"
COMPARE_INTRO = (
    "Set 19 (`heldout19_*.py`, 86 locales: set 18's 78 and ar_SA, gu_IN, mr_IN, ha_NG, tw_GH, lb_LU, el_CY, de_LI, "
    "which no set used before; seeds 19001-19004 for the first 7, 19001-19002 for the new 8, 19001 elsewhere) was "
    "written in session 33 by a helper that did not read the PII code, the PII tests, the earlier held-out tables, "
    "their results (beyond the group tables) or `docs/pii*.md`, and was committed only after the code helpers had "
    "stopped committing: nothing was tuned on it. Each (locale, seed) is one table of one of eight export shapes new "
    "to the sets (allotment plots, parking permits, choir memberships, foster placements, scholarship applications, "
    "bike-share subscriptions, chimney-sweep visits, angling permits), 24 rows, each shape with its own column "
    "naming (English snake_case with a prefix, local Title Case, English camelCase, local UPPER, English `_txt` "
    "suffix, local dotted, English abbreviations such as `cust`/`tel`/`addr`, local numbered `Name 2`), national-id "
    "headers in the country's own words; names natural, upper, lower, `Surname, First`, `SURNAME First`, split or "
    "whole; phones valid for the country (`phonenumbers`) in one layout per table, labels inside cells (`Tel: `) "
    "and two numbers in a cell; national ids with valid check digits (stdnum) or the country's own rule (Taiwan, "
    "Iran, North Macedonia, Luxembourg, Saudi Arabia) or layout; IBANs where the country has them, cards "
    "elsewhere; whole and split addresses; about 6 % of personal cells missing. Look-alikes: refs, plates, zones, "
    "amounts, counts, event dates in the birth-date layout, voice parts, groups named after composers, firms "
    "named after a surname, sites named after a street. Notes: ten English genres new to the sets (bug report "
    "with stack trace, SQL INSERT, web-form URL, out-of-office reply, fit note, character reference, "
    "questionnaire, receipt footer, visitor sign-in, radio dedication) and a change-of-address notice or a "
    "collection authorisation in the locale's language (58 languages). Metrics are set 18's "
    "(`pii_heldout_scoring.py`); ja/zh/ko/th notes are scored as CJK; in hi/bn/ne/ta/si/gu/mr a street's and a "
    "template's words are taken between spaces; default config `locales: [en_US]`."
)

RUN_INTRO = (
    "Tables `heldout19_*.py` (seeds 19001-19004 for the first 7, 19001-19002 for the new 8, 19001 elsewhere, one of "
    "eight export shapes per table, default config `locales: [en_US]`). Metrics as set 18's (`pii_heldout_scoring.py`)."
)

shared.capital_particles()
scoring.GENERIC = scoring.GENERIC | shared.street_type_words(
    tuple(places.faker_locale(x) for x in set19.LOCALES if x not in places.OWN), STREET_WORDS
)
_LEAD_AFTER_NUMBER = re.compile(r"^[\d/\s-]+(\D+)")
# Between spaces and punctuation: the words of a script whose vowel signs ``re`` does not count as letters.
_SPACED = re.compile(r"[^\s,.;:!?()\[\]/\"'।-]+")


def _spec() -> shared.HeldoutSet:
    """Set 19's particulars, read when called (so a runner that changes ``GROUPS`` is followed)."""
    return shared.HeldoutSet(
        19,
        set19,
        set19.heldout19_table,
        GROUPS,
        PIPELINE_TABLES,
        "set 18's",
        COMPARE_TITLE,
        COMPARE_INTRO,
        RUN_INTRO,
    )


_RUNNER = cli.runner_functions(_spec, __name__, own_template_words=True)


def _spaced_words(text: str) -> list[str]:
    return [w for w in _SPACED.findall(text) if any(c.isalpha() for c in w)]


def caught(entity: str, value: str, text: str, locale: str) -> bool:
    """The shared trace test (``pii_heldout_scoring.caught``); a Thai street line's first run of letters after
    its number, and in hi/bn/ne/ta/si/gu/mr a street's words between spaces (3+ characters, not a street
    type), are a trace."""
    if not _RUNNER.caught(entity, value, text, locale):
        return False
    if entity == "street_address" and locale in set19.CJK and (m := _LEAD_AFTER_NUMBER.match(value)):
        lead = m.group(1).strip()
        return not (len(lead) > 1 and lead in text)
    if entity == "street_address" and locale in language.INDIC:
        kept = set(_spaced_words(text))
        core = [w for w in _spaced_words(value) if len(w) > 2 and w.lower() not in scoring.GENERIC]
        return not any(w in kept for w in core)
    return True


def note_words(locale: str, template: str) -> list[str]:
    """The words of a note's own template (``pii_heldout_scoring.literal_words``); hi/bn/ne/ta/si/gu/mr: between
    spaces."""
    if locale not in language.INDIC:
        return _RUNNER.note_words(locale, template)
    titles = set(set19.TITLES[set19.LANG[locale]])
    return [w for part in template_parts(template) for w in _spaced_words(part) if w not in titles]


def run(locales: tuple[str, ...], rows: int, partial: str = "", label: str = "") -> dict:
    """Every table of ``locales`` scored (``pii_heldout_scoring.run``), one locale at a time with its own seeds
    (four for the first 7, two for the new 8, one elsewhere); with ``partial`` the locales done so far are written
    there after each."""
    out: dict = {"locales": {}}
    cpu = 0.0
    for locale in locales:
        part = shared.run((locale,), rows, set19.heldout19_table, language.seeds_for(locale), shared.score_columns,
                          score_replacement)  # fmt: skip
        out["locales"].update(part["locales"])
        cpu += part["locales"][locale]["cpu_seconds"]
        if partial:
            atomic_write_json(Path(partial), {**out, "rows": rows, "label": label, "commit": cli._commit(),
                                              "cpu_seconds": round(cpu, 1), "partial": True})  # fmt: skip
    return out


score_replacement = _RUNNER.score_replacement
pipeline = _RUNNER.pipeline
markdown = _RUNNER.markdown
compare = _RUNNER.compare
main = _RUNNER.main


if __name__ == "__main__":
    main()
