"""The eight export shapes of held-out set 30 and the table builder.

Shapes new to the sets, each exported by the system such a business uses (``heldout30_columns``): a blood
service's donor register (``blood``), a clinical trial site's screening log (``trial``), an ADP Workforce Now
payroll export (``payroll``), a letting agent's tenant ledger (``letting``), a hospital ward's bed board (``ward``),
a coach tour operator's rooming list (``rooming``), a debt collection agency's case export (``debt``) and an angling
club's permit register (``angling``).

Rows: 10-400 (most small: one first-7 table of 10-20 rows, one of 250-400). Donations, rent payments, debts,
permits and screenings come back for the same person (30-95 % distinct); payroll, ward and rooming rows hold each
person once. Phones in two to four layouts per column, landlines and mobiles mixed, with and without the country
code; birth dates in one to three layouts. Look-alikes (``heldout30_rows``, ``heldout30_rows2``) are labelled
``None``; the letting agent's branch town is ``None`` with names shown and "don't care" hidden (``branch``).
"""

from __future__ import annotations

import types

import pandas as pd

import heldout29_ids as ids29
import heldout29_people as people29
import heldout30_cells as c
import heldout30_language as language
import heldout30_local as local
import heldout30_notes as notes
import heldout30_rows as rows1
import heldout30_rows2 as rows2
from heldout_common import template_parts

FIRST7, OTHER, NEW8_30 = language.FIRST7, language.OTHER, language.NEW8_30
LOCALES, SEEDS, N_ROWS, CJK = language.LOCALES, language.SEEDS, language.N_ROWS, language.CJK
region = language.region
LANG = language.LANG
TITLES = language.TITLES
SHAPES = ("blood", "trial", "payroll", "letting", "ward", "rooming", "debt", "angling")
_BUILD = {"blood": rows1.blood, "trial": rows1.trial, "payroll": rows1.payroll, "letting": rows1.letting,
          "ward": rows2.ward, "rooming": rows2.rooming, "debt": rows2.debt, "angling": rows2.angling}  # fmt: skip
_DISTINCT = {"blood": (0.5, 0.8), "trial": (0.9, 0.98), "payroll": (1, 1), "letting": (0.3, 0.5), "ward": (1, 1),
             "rooming": (1, 1), "debt": (0.75, 0.9), "angling": (0.6, 0.85)}  # fmt: skip
_LOCAL_SHARE = 0.3


def shape_of(locale: str, seed: int) -> str:
    """The shape of a (locale, seed): every first-7 locale gets six different shapes, others a turn of the eight."""
    return SHAPES[(LOCALES.index(locale) * 3 + seed) % len(SHAPES)]


def _rows_count(t) -> int:
    if t.locale in FIRST7 and t.seed == 30001 + (FIRST7.index(t.locale) % 6):
        return t.rng.randint(10, 20)
    if t.locale in FIRST7 and t.seed == 30001 + ((FIRST7.index(t.locale) + 3) % 6):
        return t.rng.randint(250, 400)
    band = t.rng.choices(((10, 40), (40, 120), (120, 220)), weights=(6, 3, 1))[0]
    return t.rng.randint(*band)


def _templates(locale: str, shape: str) -> list[tuple[str, str]]:
    english = [(g, x) for g in notes.GENRES_OF[shape] for x in notes.ENGLISH[g]]
    return english + list(local.local_templates(language.lang(locale), shape))


def _usable(template: str, e: dict) -> bool:
    need = set(notes.fields(template))
    return not ({"id"} & need and not e["id"]) and not ({"iban"} & need and not e["iban"])


def _initials(t, e) -> str:
    p = e["p"]
    return f"{p.first[:1]}. {c.surname(p)}" if t.new else people29.initials(p)


def make_note(t):
    """The row-note drawer of a table: a template of the shape's genres (a local one on some rows), filled."""
    kinds = {"id": "national_id" if t.new else ids29.id_entity(t.locale)}
    writer, dob = c.phone_writer(t), c.dob_writer(t)
    staff = [c.titled(t, p) for p in c.staff(t, 2)]
    templates = _templates(t.locale, t.shape)
    own = [x for x in templates if x[0].startswith("local_")]

    def note(t, e):
        pool = own if own and t.rng.random() < _LOCAL_SHARE else [x for x in templates if x not in own]
        pool = [x for x in pool if _usable(x[1], e)] or [x for x in templates if _usable(x[1], e)]
        if not pool:
            return "", [], "", ""
        genre, template = t.rng.choice(pool)
        third = c.full(t, c.person(t))
        lname = e["full"] if t.locale in c._NO_CASE else e["full"].lower()
        values = {"name": e["full"], "name2": e["rel_full"], "name3": third, "lname": lname, "first": e["first"],
                  "titled": e["titled"], "titled2": c.titled(t, e["rel"]), "_surname": e["surname"],
                  "_surname2": c.surname(e["rel"]), "init": _initials(t, e), "slc": e["surname"].lower(),
                  "phone": writer(e["mobile"]) or "", "phone2": writer(e["land"] or e["mobile"]) or "",
                  "email": e["email"], "street": e["street"], "dob": dob(e["dob"]), "id": e["id"] or "",
                  "iban": e["iban"] or "", "card": e["card"], "town": e["town"],
                  "date": language.fmt_date(language.event_date(t.rng, 1), t.locale, "iso"),
                  "staff": c.pick(t, staff), "ref": f"{t.rng.randint(100000, 999999)}",
                  "amount": str(t.rng.randint(50, 900)), "kin": ("son", "daughter")[e["rel"].female],
                  "spouse": ("husband", "wife")[e["rel"].female]}  # fmt: skip
        if t.locale in c._NO_CASE:
            values["slc"] = e["surname"]
        text, truth = notes.render(template, values, kinds)
        return text, truth, genre, template

    return note


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (the runner counts each note's own template)."""
    out: dict[str, list[str]] = {}
    for shape in SHAPES:
        for genre, template in _templates(locale, shape):
            out.setdefault(genre, template_parts(template))
    return out


def heldout30_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed`` -> ``frame``, ``labels`` (column -> accepted entities, None for not
    personal data, "dont_care"), ``notes`` (each row's ``[(entity, value)]``), ``forms`` (genres), ``templates``,
    ``notes_column``, ``shape``, ``branch`` (the branch-town columns) and ``lead`` (0: unused)."""
    shape = shape_of(locale, seed)
    t = c.context(locale, seed, shape)
    count = n or _rows_count(t)
    lo, hi = _DISTINCT[shape]
    distinct = t.rng.uniform(lo, hi)
    pool = [c.entry(t, i) for i in range(max(1, round(count * distinct)))]
    rows = c.repeat_rows(t, pool, count, 1.0) if distinct >= 1 else c.repeat_rows(t, pool, count, distinct)
    columns, labels, notes_column, branch, row_notes = _BUILD[shape](t, rows, make_note(t))
    frame = pd.DataFrame(columns)
    return types.SimpleNamespace(
        frame=frame, labels=labels, notes=[n[1] for n in row_notes], forms=[n[2] for n in row_notes],
        templates=[n[3] for n in row_notes], notes_column=notes_column, shape=shape, branch=branch, lead=0,
    )  # fmt: skip
