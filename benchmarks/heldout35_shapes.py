"""Held-out set 35: the table builder (``heldout35_table``) and what the runner reads of the set (locales, seeds,
row counts, titles, languages, the CJK list, the phone region, the note forms' own words).

Each (locale, seed) is one table of one of eight shapes (``heldout35_rows``, ``heldout35_rows2``), drawn from a
``random.Random`` seeded with the locale and seed: sizes 10-400 rows (a first-7 locale: one table of 200-400 rows,
one of 10-20, four of 20-70; elsewhere 10-35, one locale in twenty 150-250; the new 8: 10-60), about half the rows
with a note, the notes column last or in the middle, a third of the tables with their headers mangled.
"""

from __future__ import annotations

import types

import pandas as pd

import heldout35_cells as cells
import heldout35_language as language
import heldout35_notes as notes
import heldout35_people as people
import heldout35_rows as rows1
import heldout35_rows2 as rows2

FIRST7, OTHER, NEW8_35, LOCALES = language.FIRST7, language.OTHER, language.NEW8_35, language.LOCALES
SEEDS, N_ROWS, CJK, TITLES, LANG = language.SEEDS, language.N_ROWS, language.CJK, language.TITLES, language.LANG
SHAPES = {"golf": rows1.golf, "notary": rows1.notary, "tailor": rows1.tailor, "museum": rows1.museum,
          "reunion": rows2.reunion, "etsy": rows2.etsy, "airbnb": rows2.airbnb, "petition": rows2.petition}  # fmt: skip
_ORDER = tuple(SHAPES)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs)."""
    return language.region(locale)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, its first template's own text (the runner counts words on each note's own template)."""
    return notes.literals()


def shape_of(locale: str, seed: int) -> str:
    """The shape of table (``locale``, ``seed``): the eight in turn over locales and seeds."""
    return _ORDER[(LOCALES.index(locale) * 3 + seed) % len(_ORDER)]


def rows_for(locale: str, seed: int, rng) -> int:
    """The table's own row count (module docstring)."""
    if locale in FIRST7:
        i = seed - SEEDS[0]
        return rng.randint(200, 400) if i == 0 else rng.randint(10, 20) if i == 1 else rng.randint(20, 70)
    if locale in NEW8_35:
        return rng.randint(10, 60)
    return rng.randint(150, 250) if LOCALES.index(locale) % 20 == 7 else rng.randint(10, 35)


def heldout35_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table: ``frame``, ``labels`` (header -> label), ``notes`` (per row, (entity, value) pairs), ``forms``,
    ``templates``, ``notes_column``, ``shape`` and ``branch`` (none in set 35)."""
    ctx = cells.context(locale, seed, 0)
    ctx.n = n or rows_for(locale, seed, ctx.rng)
    shape = shape_of(locale, seed)
    made = SHAPES[shape](ctx)
    texts, forms, templates, truths = [], [], [], []
    share = ctx.rng.choice([0.35, 0.5, 0.65])
    for p in made.rows:
        if ctx.rng.random() < share:
            text, form, template, truth = notes.note(ctx, made.genre, p, made.crowd)
        else:
            text, form, template, truth = "", "", "", []
        texts.append(text)
        forms.append(form)
        templates.append(template)
        truths.append(truth)
    cols = list(made.cols)
    at = len(cols) if ctx.rng.random() < 0.6 else ctx.rng.randint(2, len(cols) - 1)
    cols.insert(at, (made.notes, "NOTES", texts))
    headers = [c[0] for c in cols]
    if ctx.rng.random() < 1 / 3:
        headers = people.mangle(headers, ctx.rng)
    seen: dict[str, int] = {}
    for i, h in enumerate(headers):
        seen[h] = seen.get(h, 0) + 1
        headers[i] = h if seen[h] == 1 else f"{h} ({seen[h]})"
    frame = pd.DataFrame(
        {h: [v if v not in ("", None) else None for v in c[2]] for h, c in zip(headers, cols, strict=True)}
    )
    labels = {h: c[1] for h, c in zip(headers, cols, strict=True) if c[1] != "NOTES"}
    return types.SimpleNamespace(frame=frame, labels=labels, notes=truths, forms=forms, templates=templates,
                                 notes_column=headers[at], shape=shape, branch=())  # fmt: skip
