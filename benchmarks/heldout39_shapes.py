"""Held-out set 39: the table builder (``heldout39_table``) and what the runner reads of the set (locales, seeds,
row counts, titles, languages, the CJK list, the phone region, the note forms' own words).

Each (locale, seed) is one table of one of eight shapes (``heldout39_rows``, ``heldout39_rows2``), drawn from a
``random.Random`` seeded with the locale and seed: sizes 8-300 rows (a first-7 locale: one table of 170-300 rows,
one of 8-16, four of 18-60; elsewhere 9-30, one locale in twenty 110-180; the new 8: 10-50), people drawn from a
pool so they come back, about half the rows with a note, the notes column last, first or in the middle, a third of
the tables with their headers mangled (``heldout39_people.mangle``), headers in the table's language in most de fr
es it nl pt tables and in another language in a few tables of other locales, junk in the person columns of some
tables (the locale's missing-cell words, ``#VALUE!``, ``0000``), and where a second script is real a second-script
name column for the people who have one.
"""

from __future__ import annotations

import random
import types
import zlib

import heldout39_language as language
import heldout39_notes as notes
import heldout39_people as people
import heldout39_rows as rows1
import heldout39_rows2 as rows2
from heldout39_new8 import NEW8_39

FIRST7, OTHER, LOCALES = language.FIRST7, language.OTHER, language.LOCALES
SEEDS, N_ROWS, CJK, TITLES, LANG = language.SEEDS, language.N_ROWS, language.CJK, language.TITLES, language.LANG
SHAPES = {"climbing": rows1.climbing, "launderette": rows1.launderette, "caravan": rows1.caravan,
          "childminder": rows1.childminder, "meals": rows2.meals, "darts": rows2.darts, "timebank": rows2.timebank,
          "newsagent": rows2.newsagent}  # fmt: skip
_TRANSLATED = ("de", "fr", "es", "it", "nl", "pt")


def region(locale: str) -> str:
    """The phone and IBAN country of a locale."""
    return language.region(locale)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template."""
    from heldout_common import template_parts

    out = {form: template_parts(ts[0]) for form, ts in notes.ENGLISH.items()}
    lg = language.lang(locale)
    for form, template in notes.LOCAL.get(lg, ()):
        out.setdefault(f"{lg} {form}", template_parts(template))
    return out


def _rng(locale: str, seed: int, salt: str = "") -> random.Random:
    return random.Random(zlib.crc32(f"{locale}|{seed}|{salt}".encode()))


def shape_of(locale: str, seed: int) -> str:
    """The shape of a table: a first-7 locale's six tables and a new locale's two are all different shapes."""
    order = list(SHAPES)
    _rng(locale, 0, "shapes").shuffle(order)
    if locale in FIRST7 or locale in NEW8_39:
        return order[(seed - SEEDS[0]) % len(order)]
    return order[0]


def rows_for(locale: str, seed: int, rng: random.Random) -> int:
    """The table's own row count."""
    if locale in FIRST7:
        index = seed - SEEDS[0]
        return rng.randint(170, 300) if index == 0 else rng.randint(8, 16) if index == 1 else rng.randint(18, 60)
    if locale in NEW8_39:
        return rng.randint(10, 50)
    if zlib.crc32(locale.encode()) % 20 == 0:
        return rng.randint(110, 180)
    return rng.randint(9, 30)


def _junk(table_cols: list, rng: random.Random, locale: str) -> None:
    """A few cells of the person columns written as a missing-cell word."""
    words = (*language.missing_words(locale), *rng.sample(language.TOOL_MISSING, 3))
    for col in table_cols:
        if col.label in (None, "dont_care"):
            continue
        for i, v in enumerate(col.values):
            if v and rng.random() < 0.04:
                col.values[i] = rng.choice(words)


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for h in headers:
        seen[h] = seen.get(h, 0) + 1
        out.append(h if seen[h] == 1 else f"{h}_{seen[h]}")
    return out


def heldout39_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of set 39: ``frame``, ``labels`` (column -> accepted entities, ``None`` or ``"dont_care"``),
    ``notes`` (per row the labels of its note), ``forms`` (the note's genre, ``""`` for none), ``templates``,
    ``notes_column``, ``shape`` and ``branch`` (no branch-town column in set 39)."""
    import pandas as pd

    rng = _rng(locale, seed)
    shape = shape_of(locale, seed)
    count = n or rows_for(locale, seed, rng)
    src = people.sources(locale, seed)
    pool: list = []
    size = max(4, int(count * 0.65))

    def draw(child: bool = False):
        if child:
            return people.person(locale, src, rng, child=True)
        if len(pool) < size or rng.random() < 0.15:
            pool.append(people.person(locale, src, rng))
            return pool[-1]
        return rng.choice(pool)

    lg = language.lang(locale)
    ctx = types.SimpleNamespace(locale=locale, lg=lg, rng=rng, n=count, draw=draw)
    out = SHAPES[shape](ctx)
    cols = list(out.columns)
    alt = [people.second_script(p) for p in out.main]
    if any(alt):
        cols.insert(2, rows1.Col("name_alt", [a or "" for a in alt], people.NAME))
    if rng.random() < 0.4:
        _junk(cols, rng, locale)
    texts, truths, templates, forms = [], [], [], []
    for main, others in zip(out.main, out.others, strict=True):
        others = [o if o is not main and o.full != main.full else people.person(locale, src, rng) for o in others]
        while len(others) < 3:  # a list in a note names three or four
            extra = draw()
            others.append(extra if extra.full != main.full else people.person(locale, src, rng))
        if rng.random() < 0.5:
            text, truth, template, form = notes.note(out.genre, main, others, rng, locale)
        else:
            text, truth, template, form = "", [], "", ""
        texts.append(text)
        truths.append(truth)
        templates.append(template)
        forms.append(form)
    note_col = rows1.Col("notes", texts, None)
    where = rng.random()
    index = len(cols) if where < 0.6 else 0 if where < 0.8 else len(cols) // 2
    cols.insert(index, note_col)
    header_lg = lg
    if lg not in _TRANSLATED and rng.random() < 0.08:
        header_lg = rng.choice(_TRANSLATED)
    elif lg in _TRANSLATED and rng.random() < 0.2:
        header_lg = "en"
    headers = [rows1.header(c.key, header_lg) for c in cols]
    if rng.random() < 1 / 3:
        headers = people.mangle(headers, rng, keep=index)
    headers = _unique(headers)
    frame = pd.DataFrame({h: [v if v != "" else None for v in c.values] for h, c in zip(headers, cols, strict=True)})
    labels = {h: c.label for h, c in zip(headers, cols, strict=True) if c is not note_col}
    return types.SimpleNamespace(frame=frame, labels=labels, notes=truths, forms=forms, templates=templates,
                                 notes_column=headers[index], shape=shape, branch=())  # fmt: skip
