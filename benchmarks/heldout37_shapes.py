"""Held-out set 37: the table builder (``heldout37_table``) and what the runner reads of the set (locales, seeds,
row counts, titles, languages, the CJK list, the phone region, the note forms' own words).

Each (locale, seed) is one table of one of eight shapes (``heldout37_rows``, ``heldout37_rows2``), drawn from a
``random.Random`` seeded with the locale and seed: sizes 10-320 rows (a first-7 locale: one table of 180-320 rows,
one of 10-20, four of 20-70; elsewhere 10-30, one locale in twenty 120-200; the new 8: 10-60), about half the rows
with a note, the notes column last, first or in the middle, a third of the tables with their headers mangled
(``heldout37_people.mangle``), and where a second script is real (Cyrillic and Greek names, Comorians writing
Arabic) a second-script name column filled for the people who have one.
"""

from __future__ import annotations

import hashlib
import random
import types

import pandas as pd

# isort: split
import heldout37_language as language
import heldout37_notes as notes
import heldout37_people as people
import heldout37_rows as rows1
import heldout37_rows2 as rows2
from heldout37_language import CJK, FIRST7, INDIC, LANG, LOCALES, N_ROWS, NEW8_37, OTHER, SEEDS, TITLES  # noqa: F401

SHAPES = {
    "driving": rows1.driving,
    "choir": rows1.choir,
    "allotment": rows1.allotment,
    "dental": rows1.dental,
    "removals": rows2.removals,
    "wedding": rows2.wedding,
    "bike": rows2.bike,
    "library": rows2.library,
}
_ORDER = tuple(SHAPES)
_GENRE = {
    "driving": "lesson_log",
    "choir": "choir_msg",
    "allotment": "allotment_insp",
    "dental": "recall_call",
    "removals": "survey_note",
    "wedding": "rsvp_followup",
    "bike": "job_card",
    "library": "overdue_call",
}
_NOTES = {"en": "Notes", "de": "Bemerkungen", "fr": "Remarques", "es": "Observaciones", "it": "Note",
          "nl": "Opmerkingen", "pt": "Observações", "pl": "Uwagi", "sv": "Anteckningar"}  # fmt: skip
_SECOND = {"fr_KM": "Nom (arabe)"}


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs)."""
    return language.region(locale)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, its first template's own text (the runner counts words on each note's own template)."""
    return notes.template_literals(locale)


def _rng(locale: str, seed: int, what: str = "") -> random.Random:
    digest = hashlib.sha256(f"set37/{locale}/{seed}/{what}".encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def shape_of(locale: str, seed: int) -> str:
    """The shape of table (``locale``, ``seed``): the eight in turn over locales and seeds."""
    return _ORDER[(LOCALES.index(locale) * 3 + seed) % len(_ORDER)]


def rows_for(locale: str, seed: int, rng: random.Random) -> int:
    """The table's own row count (module docstring)."""
    if locale in FIRST7:
        big = _rng(locale, 0, "big").choice(SEEDS)
        small = SEEDS[(SEEDS.index(big) + 3) % len(SEEDS)]
        if seed == big:
            return rng.randint(180, 320)
        return rng.randint(10, 20) if seed == small else rng.randint(20, 70)
    if locale in NEW8_37:
        return rng.randint(10, 60)
    if LOCALES.index(locale) % 20 == 13:
        return rng.randint(120, 200)
    return rng.randint(10, 30)


def _people(locale: str, seed: int, rng: random.Random, n: int) -> tuple[list, list, list, list]:
    """The rows' people (about one in six comes back), the crowd of others, the staff names as the system shows
    them and the staff's given names."""
    src = people.sources(locale, seed)
    pool = [people.person(locale, src, rng) for _ in range(max(4, int(n * 0.85)))]
    rows = [pool[i] if i < len(pool) and rng.random() > 0.17 else rng.choice(pool) for i in range(n)]
    crowd = [people.person(locale, src, rng) for _ in range(max(6, n // 3))]
    staff, firsts = [], []
    for _ in range(3):
        x = people.person(locale, src, rng)
        staff.append(people.name_cell(x, rng.choice(["natural", "first", "titled"]), language.lang(locale)))
        firsts.append(x.first)
    return rows, crowd, staff, firsts


def heldout37_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table: ``frame``, ``labels`` (header -> label), ``notes`` (per row, (entity, value) pairs), ``forms``,
    ``templates``, ``notes_column``, ``shape`` and ``branch`` (none in set 37)."""
    rng = _rng(locale, seed)
    n = n or rows_for(locale, seed, rng)
    shape = shape_of(locale, seed)
    lg = language.lang(locale)
    row_people, crowd, staff, staff_first = _people(locale, seed, rng, n)
    ctx = types.SimpleNamespace(
        rng=rng, locale=locale, lg=lg, n=n, rows=row_people, crowd=crowd, staff=staff, staff_first=staff_first
    )
    columns = SHAPES[shape](ctx)
    second = [people.second_script(p) for p in row_people]
    if any(second):
        header = _SECOND.get(locale, "Name (Latin)")
        columns.insert(2, (header, people.NAME, [x or "" for x in second]))
    texts, truths, forms, templates = [], [], [], []
    everyone = row_people + crowd
    for p in row_people:
        if rng.random() < 0.5:
            texts.append("")
            truths.append([])
            forms.append("")
            templates.append("")
            continue
        q, r, s = rng.sample([x for x in crowd if x is not p], 3)
        text, truth, form, template = notes.note(p, q, r, s, everyone, rng.choice(staff), locale, rng,
                                                 own=_GENRE[shape])  # fmt: skip
        texts.append(text)
        truths.append(truth)
        forms.append(form)
        templates.append(template)
    headers = [h for h, _, _ in columns]
    notes_header = _NOTES.get(lg, "Notes")
    where = rng.choice(["last", "last", "middle", "first"])
    at = {"last": len(columns), "middle": len(columns) // 2, "first": 1}[where]
    headers.insert(at, notes_header)
    if rng.random() < 1 / 3:
        headers = people.mangle(headers, rng)
    data, labels = {}, {}
    columns.insert(at, (notes_header, None, texts))
    for h, (_, label, values) in zip(headers, columns, strict=True):
        data[h] = values
        if h != headers[at]:
            labels[h] = label
    frame = pd.DataFrame(data)
    return types.SimpleNamespace(frame=frame, labels=labels, notes=truths, forms=forms, templates=templates,
                                 notes_column=headers[at], shape=shape, branch=())  # fmt: skip
