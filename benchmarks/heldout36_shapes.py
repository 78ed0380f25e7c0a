"""Held-out set 36: the table builder (``heldout36_table``) and what the runner reads of the set (locales, seeds,
row counts, titles, languages, the CJK list, the phone region, the note forms' own words).

Each (locale, seed) is one table of one of eight shapes (``heldout36_rows``, ``heldout36_rows2``), drawn from a
``random.Random`` seeded with the locale and seed: sizes 10-320 rows (a first-7 locale: one table of 180-320 rows,
one of 10-20, four of 20-70; elsewhere 10-30, one locale in twenty 120-200; the new 8: 10-60), about half the rows
with a note, the notes column last or in the middle, a third of the tables with their headers mangled, and in
locales whose names are Cyrillic or Greek a second-script (Latin) name column (in Djibouti an Arabic-script
one, filled for the people who have that spelling).
"""

from __future__ import annotations

import random
import types

import pandas as pd

import heldout36_language as language
import heldout36_notes as notes_module
import heldout36_people as people
import heldout36_rows as rows1
import heldout36_rows2 as rows2
from heldout36_people import NAME

FIRST7, OTHER, NEW8_36, LOCALES = language.FIRST7, language.OTHER, language.NEW8_36, language.LOCALES
SEEDS, N_ROWS, CJK, TITLES, LANG = language.SEEDS, language.N_ROWS, language.CJK, language.TITLES, language.LANG
SHAPES = {"tattoo": rows1.tattoo, "salon": rows1.salon, "kennel": rows1.kennel, "locksmith": rows1.locksmith,
          "race": rows2.race, "gas": rows2.gas, "raffle": rows2.raffle, "donations": rows2.donations}  # fmt: skip
_ORDER = tuple(SHAPES)
_GENRE = {"tattoo": "aftercare", "salon": "consult", "kennel": "kennel", "locksmith": "locksmith", "race": "marshal",
          "gas": "gasdefect", "raffle": "minutes", "donations": "donor"}  # fmt: skip
_NOTES = {"de": "Notizen", "fr": "Remarques", "es": "Observaciones", "it": "Note", "nl": "Opmerkingen",
          "pt": "Observações"}  # fmt: skip


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs)."""
    return language.region(locale)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, its first template's own text (the runner counts words on each note's own template)."""
    return notes_module.template_literals(locale)


def shape_of(locale: str, seed: int) -> str:
    """The shape of table (``locale``, ``seed``): the eight in turn over locales and seeds."""
    return _ORDER[(LOCALES.index(locale) + seed) % len(_ORDER)]


def rows_for(locale: str, seed: int, rng: random.Random) -> int:
    """The table's own row count (module docstring)."""
    if locale in FIRST7:
        k = seed - SEEDS[0]
        return rng.randint(180, 320) if k == 0 else rng.randint(10, 20) if k == 1 else rng.randint(20, 70)
    if locale in NEW8_36:
        return rng.randint(10, 60)
    return rng.randint(120, 200) if LOCALES.index(locale) % 20 == 7 else rng.randint(10, 30)


def _crowd_rows(rng: random.Random, crowd: list, n: int) -> list:
    """One person per row; about a third of the rows are people who came back (a visit, a ticket, a gift)."""
    rows = []
    for i in range(n):
        rows.append(rng.choice(rows) if rows and rng.random() < 0.3 else crowd[i % len(crowd)])
    return rows


def heldout36_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table: ``frame``, ``labels`` (header -> label), ``notes`` (per row, (entity, value) pairs), ``forms``,
    ``templates``, ``notes_column``, ``shape`` and ``branch`` (none in set 36)."""
    rng = random.Random(f"heldout36/{locale}/{seed}")
    shape = shape_of(locale, seed)
    n = n or rows_for(locale, seed, rng)
    src = people.sources(locale, seed)
    crowd = [people.person(locale, src, rng) for _ in range(max(4, int(n * 0.75)))]
    staff = [people.person(locale, src, rng).first for _ in range(rng.randint(2, 5))]
    ctx = types.SimpleNamespace(rng=rng, locale=locale, lg=language.lang(locale), n=n, crowd=crowd, staff=staff,
                                rows=_crowd_rows(rng, crowd, n))  # fmt: skip
    cols = SHAPES[shape](ctx)
    latin_names = [people.transliterated(p) for p in ctx.rows]
    arabic = [getattr(p, "script", "") or "" for p in ctx.rows] if locale == "fr_DJ" else []
    if any(latin_names) or any(arabic):
        at = next((i for i, c in enumerate(cols) if c[1] == NAME), 1) + 1
        second = ("Name (Latin)", [x or "" for x in latin_names]) if any(latin_names) else ("الاسم", arabic)
        cols.insert(at, (second[0], NAME, second[1]))
    texts, truths, forms, templates = [], [], [], []
    for p in ctx.rows:
        if rng.random() < 0.5:
            q, r = rng.sample([x for x in crowd if x is not p] or [p, p], 2)
            text, truth, form, template = notes_module.note(p, q, r, locale, rng, _GENRE[shape])
        else:
            text, truth, form, template = "", [], "", ""
        texts.append(text)
        truths.append(truth)
        forms.append(form)
        templates.append(template)
    notes_header = "Message" if shape == "donations" else _NOTES.get(ctx.lg, "Notes")
    at = len(cols) if rng.random() < 0.6 else rng.randint(2, len(cols) - 1)
    cols.insert(at, (notes_header, "free_text", texts))
    headers = [c[0] for c in cols]
    if rng.random() < 1 / 3:
        headers = people.mangle(headers, rng)
    frame = pd.DataFrame({h: c[2] for h, c in zip(headers, cols, strict=True)})
    labels = {h: c[1] for h, c in zip(headers, cols, strict=True) if c[1] != "free_text"}
    notes_column = headers[at]
    return types.SimpleNamespace(frame=frame, labels=labels, notes=truths, forms=forms, templates=templates,
                                 notes_column=notes_column, shape=shape, branch=())  # fmt: skip
