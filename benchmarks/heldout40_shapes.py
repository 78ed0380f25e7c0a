"""Held-out set 40: the table builder (``heldout40_table``) and what the runner reads of the set (locales, seeds,
row counts, titles, languages, the CJK list, the phone region, the note forms' own words).

Each (locale, seed) is one table of one of eight shapes (``heldout40_rows``, ``heldout40_rows2``), drawn from a
``random.Random`` seeded with the locale and seed: sizes 8-300 rows (a first-7 locale: one table of 170-300 rows,
one of 8-16, four of 18-60; elsewhere 10-32, one locale in twenty 110-180; the new 8: 10-50), people drawn from a
pool so they come back, about half the rows with a note, the notes column last, first or in the middle, a third of
the tables with their headers mangled in one of set 40's styles (``heldout40_people.mangle``), headers in the
table's language in most de fr es it nl pt da cs tables and in one of those languages in a few tables elsewhere,
junk in the person columns of two tables in five (the locale's missing-cell words, ``#N/A``, ``NULL``,
``ex-directory``, ``withheld``), and where a second script is real a second-script name column.
"""

from __future__ import annotations

import random
import types

import pandas as pd

# isort: split
import heldout40_language as language
import heldout40_notes as notes
import heldout40_people as people
import heldout40_rows as rows1
import heldout40_rows2 as rows2

FIRST7, OTHER, LOCALES, NEW8 = language.FIRST7, language.OTHER, language.LOCALES, language.NEW8_40
SEEDS, N_ROWS, CJK, TITLES, LANG = language.SEEDS, language.N_ROWS, language.CJK, language.TITLES, language.LANG
SHAPES = {
    "toollib": rows1.toollib, "cattery": rows1.cattery, "ballet": rows1.ballet, "cobbler": rows1.cobbler,
    "judo": rows2.judo, "bells": rows2.bells, "carboot": rows2.carboot, "bowling": rows2.bowling,
}  # fmt: skip
_NOTES_HEADERS = {"en": ("Notes", "Comments", "Remarks", "Desk notes", "Memo", "Info"), "de": ("Bemerkungen", "Notiz"),
                  "fr": ("Remarques", "Commentaire"), "es": ("Observaciones", "Notas"), "it": ("Note", "Annotazioni"),
                  "nl": ("Opmerkingen", "Notities"), "pt": ("Observações", "Notas"), "da": ("Bemærkninger", "Noter"),
                  "cs": ("Poznámky", "Komentář")}  # fmt: skip
# A few tables of these locales have their headers in the country's other language (Spanish forms in the US).
_SECOND_LANG = {"en_US": "es", "en_CA": "fr", "ca_ES": "es", "eu_ES": "es", "gl_ES": "es", "lb_LU": "fr",
                "rm_CH": "de", "fy_NL": "nl", "de_BE": "fr", "en_VI": "es", "en_GU": "es", "pap_AW": "nl",
                "pap_CW": "nl", "de_LU": "fr", "it_CH": "de", "en_NA": "de", "fr_MA": "es", "es_US": "es"}  # fmt: skip
_PERSON_LABELS = (people.NAME, people.FIRST, people.LAST, people.PHONE, people.EMAIL, people.ADDRESS, people.STREET)


def region(locale: str) -> str:
    """The phone and IBAN country of a locale."""
    return language.region(locale)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template."""
    return notes.template_literals(locale)


def shape_of(locale: str, seed: int) -> str:
    """The shape of a table: a first-7 locale's six tables and a new locale's two are all different shapes."""
    order = random.Random(f"heldout40-shapes/{locale}").sample(sorted(SHAPES), len(SHAPES))
    idx = SEEDS.index(seed) if seed in SEEDS else seed
    return order[idx % len(order)]


def rows_for(locale: str, seed: int, rng: random.Random) -> int:
    """The table's own row count."""
    if locale in FIRST7:
        idx = SEEDS.index(seed) if seed in SEEDS else seed % 6
        return rng.randint(170, 300) if idx == 0 else rng.randint(8, 16) if idx == 1 else rng.randint(18, 60)
    if locale in NEW8:
        return rng.randint(10, 50)
    if random.Random(f"heldout40-big/{locale}").random() < 0.05:
        return rng.randint(110, 180)
    return rng.randint(10, 32)


def _header_lang(locale: str, rng: random.Random) -> str:
    lg = LANG[locale]
    if lg in language.LOCAL_LANGS:
        return lg if rng.random() < 0.8 else "en"
    second = _SECOND_LANG.get(locale)
    return second if second and rng.random() < 0.15 else "en"


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for h in headers:
        if h in seen:
            seen[h] += 1
            out.append(f"{h}.{seen[h]}")  # pandas' way with a repeated header
        else:
            seen[h] = 0
            out.append(h)
    return out


def _others(main, others: list, ctx) -> list:
    """The other people a row's note may name: the row's own others (not the main person), then two or three from
    the pool, each once (a list in a note names three or four); no two with the same given name, so a given name
    left in a note is the trace of one person only."""
    out: list = []
    for o in [*others, *(ctx.draw() for _ in range(3))]:
        if o.first != main.first and all(o.first != x.first for x in out):
            out.append(o)
    return out or [ctx.staff_person()]


def heldout40_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of set 40: ``frame``, ``labels`` (column -> accepted entities, ``None`` or ``"dont_care"``),
    ``notes`` (per row the labels of its note), ``forms`` (the note's genre, ``""`` for none), ``templates``,
    ``notes_column``, ``shape`` and ``branch`` (no branch-town column in set 40)."""
    rng = random.Random(f"heldout40/{locale}/{seed}")
    prng = random.Random(f"heldout40-people/{locale}/{seed}")
    shape = shape_of(locale, seed)
    count = n or rows_for(locale, seed, rng)
    src = people.sources(locale, seed)
    pool = [people.person(locale, src, prng) for _ in range(max(4, int(count * rng.uniform(0.55, 0.9))))]
    lg = _header_lang(locale, rng)
    ctx = types.SimpleNamespace(
        locale=locale, lg=lg, rng=rng, n=count, draw=lambda: rng.choice(pool),
        child=lambda: people.person(locale, src, prng, child=True),
        staff_person=lambda: people.person(locale, src, prng),
    )  # fmt: skip
    out = SHAPES[shape](ctx)
    cols = list(out.cols)
    # A second-script name column where the people have one (set 39's rule; Guam's and Saipan's residents).
    native = [people.second_script(p) or "" for p in out.main]
    if sum(bool(x) for x in native) >= max(2, len(native) // 4):
        at = next(i for i, c in enumerate(cols) if c.label in (people.NAME, people.FIRST, people.LAST))
        cols.insert(at + 1, rows1.Col("native", people.NAME, native))
    # Junk in the person columns of two tables in five.
    if rng.random() < 0.4:
        junk = [*language.missing_words(locale), *language.TOOL_MISSING]
        for c in cols:
            if c.label in _PERSON_LABELS:
                c.values = [rng.choice(junk) if v and rng.random() < 0.05 else v for v in c.values]
    note_rows = [notes.note(out.genre, m, _others(m, o, ctx), rng, locale) if rng.random() < 0.5 else None
                 for m, o in zip(out.main, out.others, strict=True)]  # fmt: skip
    headers = [rows1.header(c.key, lg, out.own) for c in cols]
    english = [rows1.english(c.key, out.own) for c in cols]
    notes_header = rng.choice(_NOTES_HEADERS.get(lg, _NOTES_HEADERS["en"]))
    where = rng.choice(("last", "last", "first", "middle"))
    at = {"last": len(cols), "first": 0, "middle": len(cols) // 2}[where]
    headers.insert(at, notes_header)
    english.insert(at, "Notes")
    if rng.random() < 0.35:
        headers, _style = people.mangle(headers, english, rng, keep=at)
    headers = _unique(headers)
    notes_column = headers[at]
    data: dict[str, list] = {}
    labels: dict = {}
    col_iter = iter(cols)
    for i, h in enumerate(headers):
        if i == at:
            data[h] = [x[0] if x else "" for x in note_rows]
            continue
        c = next(col_iter)
        data[h] = c.values
        labels[h] = c.label
    frame = pd.DataFrame(data)
    return types.SimpleNamespace(
        frame=frame, labels=labels, notes=[x[1] if x else [] for x in note_rows],
        forms=[x[3] if x else "" for x in note_rows], templates=[x[2] if x else "" for x in note_rows],
        notes_column=notes_column, shape=shape, branch=(),
    )  # fmt: skip
