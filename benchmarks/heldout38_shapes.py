"""Held-out set 38: the table builder (``heldout38_table``) and what the runner reads of the set (locales, seeds,
row counts, titles, languages, the CJK list, the phone region, the note forms' own words).

Each (locale, seed) is one table of one of eight shapes (``heldout38_rows``, ``heldout38_rows2``), drawn from a
``random.Random`` seeded with the locale and seed: sizes 10-320 rows (a first-7 locale: one table of 180-320 rows,
one of 10-20, four of 20-70; elsewhere 10-30, one locale in twenty 120-200; the new 8: 10-60), about half the rows
with a note, the notes column last, first or in the middle, a third of the tables with their headers mangled
(``heldout38_people.mangle``), headers in the table's language in most de fr es it nl pt tables, and where a second
script is real (Cyrillic and Greek names, Chinese Guianese) a second-script name column for the people who have one.
Children (tutoring, scouts) take the surname of the parent on their row where names are written given-first.
"""

from __future__ import annotations

import random
import types

import pandas as pd

# isort: split
import heldout38_language as language
import heldout38_notes as notes
import heldout38_people as people
import heldout38_rows as rows1
import heldout38_rows2 as rows2

FIRST7, OTHER, NEW8_38, LOCALES = language.FIRST7, language.OTHER, language.NEW8_38, language.LOCALES
SEEDS, N_ROWS, CJK, TITLES, LANG = language.SEEDS, language.N_ROWS, language.CJK, language.TITLES, language.LANG
SHAPES = {"tutoring": rows1.tutoring, "lost_property": rows1.lost_property, "pets": rows1.pets,
          "donors": rows1.donors, "hostel": rows2.hostel, "scouts": rows2.scouts, "piano": rows2.piano,
          "minibus": rows2.minibus}  # fmt: skip
_WITH_KIDS = ("tutoring", "scouts")
_NOTES_HEADER = {"en": "Notes", "de": "Bemerkungen", "fr": "Observations", "es": "Observaciones", "it": "Note",
                 "nl": "Opmerkingen", "pt": "Observações", "da": "Bemærkninger", "cs": "Poznámka"}  # fmt: skip
_SECOND_HEADER = ("Name (other script)", "Name (native)", "Original name")


def region(locale: str) -> str:
    """The phone and IBAN country of a locale."""
    return language.region(locale)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template."""
    return notes.template_literals(locale)


def shape_of(locale: str, seed: int) -> str:
    """The shape of a table: a first-7 locale's six tables and a new locale's two are all different shapes."""
    names = list(SHAPES)
    return names[(LOCALES.index(locale) * 3 + seed) % len(names)]


def rows_for(locale: str, seed: int, rng: random.Random) -> int:
    """The table's own row count."""
    if locale in FIRST7:
        k = SEEDS.index(seed)
        return rng.randint(180, 320) if k == 0 else rng.randint(10, 20) if k == 1 else rng.randint(20, 70)
    if locale in NEW8_38:
        return rng.randint(10, 60)
    if LOCALES.index(locale) % 20 == 7:
        return rng.randint(120, 200)
    return rng.randint(10, 30)


def _kid(parent, locale: str, src, rng: random.Random):
    kid = people.person(locale, src, rng, child=True)
    if parent.full == f"{parent.first} {parent.last}" and kid.full == f"{kid.first} {kid.last}":
        kid.last, kid.full = parent.last, f"{kid.first} {parent.last}"
    return kid


def _staff_name(p, rng: random.Random) -> str:
    if not people.latin(p):
        return p.first
    return rng.choice((p.first, f"{p.first} {p.last[0]}.", p.full))


def heldout38_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of set 38: ``frame``, ``labels`` (column -> accepted entities, ``None`` or ``"dont_care"``),
    ``notes`` (per row the labels of its note), ``forms`` (the note's genre, ``""`` for none), ``templates``,
    ``notes_column``, ``shape`` and ``branch`` (no branch-town column in set 38)."""
    rng = random.Random(f"heldout38/{locale}/{seed}")
    shape = shape_of(locale, seed)
    n = n or rows_for(locale, seed, rng)
    lg = language.lang(locale)
    src = people.sources(locale, seed)
    pool = [people.person(locale, src, rng) for _ in range(max(3, int(n * 0.75)))]
    order = list(range(len(pool))) + [rng.randrange(len(pool)) for _ in range(n - len(pool))]
    rng.shuffle(order)
    order = order[:n]
    kids_of = {i: _kid(pool[i], locale, src, rng) for i in sorted(set(order))} if shape in _WITH_KIDS else {}
    crowd = [people.person(locale, src, rng) for _ in range(max(6, n // 8))]
    staff = [_staff_name(p, rng) for p in crowd[: rng.randint(3, 5)]]
    ctx = types.SimpleNamespace(
        rng=rng, locale=locale, lg=lg, n=n, rows=[pool[i] for i in order], crowd=crowd[5:] or crowd, staff=staff,
        kids=[kids_of[i] for i in order] if kids_of else [],
        layouts=rng.sample(people.PHONE_LAYOUTS, rng.randint(2, 4)),
        dob_layouts=tuple(rng.sample(language.DATE_LAYOUTS, rng.randint(1, 3))),
        local_headers=lg in rows1._HEADERS and rng.random() < 0.7,
    )  # fmt: skip
    columns = SHAPES[shape](ctx)
    named = ctx.kids if shape in _WITH_KIDS else ctx.rows
    second = [people.second_script(p) or "" for p in named]
    if shape != "lost_property" and sum(bool(x) for x in second) >= 2:  # owners there are mostly unknown
        at = next(i for i, c in enumerate(columns) if c[1] in (people.NAME, people.FIRST)) + 1
        columns.insert(at, (rng.choice(_SECOND_HEADER), people.NAME, second))
    note_cells, truth, forms, templates = [], [], [], []
    for i in range(n):
        if rng.random() < 0.5:
            note_cells.append(None)
            truth.append([])
            forms.append("")
            templates.append("")
            continue
        p = ctx.rows[i]
        other = rng.choice([q for q in crowd if q is not p] or crowd)
        kid = ctx.kids[i] if ctx.kids else None
        text, labels, form, template = notes.note(p, other, kid, ctx.crowd, rng.choice(staff), locale, shape, rng)
        note_cells.append(text)
        truth.append(labels)
        forms.append(form)
        templates.append(template)
    where = rng.choice(("last", "last", "first", "middle"))
    at = {"last": len(columns), "first": 0, "middle": len(columns) // 2}[where]
    notes_header = _NOTES_HEADER.get(lg, "Notes") if ctx.local_headers or lg not in rows1._HEADERS else "Notes"
    columns.insert(at, (notes_header, "notes", note_cells))
    headers = [c[0] for c in columns]
    if rng.random() < 1 / 3:
        headers = people.mangle(headers, rng, keep=at)
    assert len(set(headers)) == len(headers), headers
    frame = pd.DataFrame({h: [v if v not in ("", None) else None for v in c[2]] for h, c in
                          zip(headers, columns, strict=True)})  # fmt: skip
    labels = {h: c[1] for h, c in zip(headers, columns, strict=True) if c[1] != "notes"}
    return types.SimpleNamespace(frame=frame, labels=labels, notes=truth, forms=forms, templates=templates,
                                 notes_column=headers[at], shape=shape, branch=())  # fmt: skip
