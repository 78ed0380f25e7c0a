"""The eight export shapes of held-out set 31 and the table builder.

Shapes new to the sets, each as the system such a business uses exports it (``heldout31_rows``,
``heldout31_rows2``): a PayPal activity download (``paypal``), a council's electoral register extract
(``electoral``), a prison's visits booking log (``prison``), a maternity unit's antenatal booking list
(``antenatal``), a register office's birth registration appointments (``registrar``), a census enumerator's
household listing (``census``), a Zoom webinar registration and attendance report (``webinar``) and a university's
applicant export (``admissions``).

Rows: 10-400 (most small: one first-7 table of 10-20 rows, one of 250-400). Payments, visits, webinar joins and
applications come back for the same person (35-90 % distinct); households share an address in the electoral and
census tables. Phones in two to four layouts per column, with extensions on some landlines; birth dates in one to
three layouts; junk in some cells (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``). A third of the tables have their
column names mangled (``heldout31_cells.mangle``). Look-alikes are labelled ``None``; the register office's town is
``None`` with names shown and "don't care" hidden (``branch``).
"""

from __future__ import annotations

import io
import random
import re
import types

import pandas as pd

import heldout31_cells as cells
import heldout31_language as language
import heldout31_notes as notes
import heldout31_people as people
import heldout31_rows as rows
import heldout31_rows2 as rows2
from heldout_common import template_parts

FIRST7 = language.FIRST7
OTHER = language.OTHER
NEW8_31 = language.NEW8_31
LOCALES = language.LOCALES
SEEDS = language.SEEDS
N_ROWS = language.N_ROWS
CJK = language.CJK
LANG = language.LANG
TITLES = language.TITLES
SHAPES = ("paypal", "electoral", "prison", "antenatal", "registrar", "census", "webinar", "admissions")
_BUILD = {"paypal": rows.paypal, "electoral": rows.electoral, "prison": rows.prison, "antenatal": rows.antenatal,
          "registrar": rows2.registrar, "census": rows2.census, "webinar": rows2.webinar,
          "admissions": rows2.admissions}  # fmt: skip
_FIELD = re.compile(r"\{(\w+)\}")
NOTE_SHARE = 0.55
region = language.region


def shape_of(locale: str, seed: int) -> str:
    """The shape of a (locale, seed): every first-7 locale gets six different shapes, others a turn of the eight."""
    i = FIRST7.index(locale) if locale in FIRST7 else LOCALES.index(locale)
    return SHAPES[(i * 3 + seed - 31001) % len(SHAPES)]


def _templates(locale: str, shape: str) -> dict[str, list[str]]:
    out = {g: notes.ENGLISH[g] for g in notes.GENRES[shape]}
    lg = LANG[locale]
    if lg in notes.LOCAL_LANGS:
        out |= {g: [by_lang[lg]] for g, by_lang in notes.LOCAL.items()}
    return out


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (the runner counts each note's own template)."""
    out: dict[str, list[str]] = {}
    for shape in SHAPES:
        for form, temps in _templates(locale, shape).items():
            out.setdefault(form, template_parts(temps[0]))
    return out


def _values(t: types.SimpleNamespace, p: types.SimpleNamespace) -> dict[str, str]:
    rng = t.rng
    q, r = cells.crowd(t, 2)
    layouts, weights = language.dob_mix(rng)
    return {
        "name": p.full, "name2": q.full, "name3": r.full, "low": p.full.lower(), "init": f"{p.first[:1]}. {p.last}",
        "first": p.first, "last": p.last, "street": p.street,
        "phone": people.phone_cell(p.mobile, rng.choice(people.phone_mix(rng)), rng),
        "email": p.email, "iban": "IBAN" if t.has_iban else "", "card": people.card(rng, rng.random() < 0.7),
        "nid": people.id_cell(p.nid, rng) if p.nid else "",
        "dob": people.dob_cell(p.dob, t.locale, layouts, weights, rng),
        "ref": f"PP-{rng.randint(10000, 99999)}", "day": language.fmt_date(language.event_date(rng), t.locale, "num"),
        "amount": f"{rng.randint(5, 300)}.{rng.randint(0, 99):02d}",
    }  # fmt: skip


def make_note(t: types.SimpleNamespace, p: types.SimpleNamespace, shape: str) -> tuple[str, list, str, str]:
    """A row's note: (text, ``[(entity, value)]``, form, template); ("", [], "", "") on rows without one."""
    rng = t.rng
    if rng.random() >= NOTE_SHARE:
        return "", [], "", ""
    values = _values(t, p)
    temps = _templates(t.locale, shape)
    local = [g for g in temps if g in notes.LOCAL]
    forms = local if local and rng.random() < 0.3 else [g for g in temps if g not in notes.LOCAL]
    options = [(f, tp) for f in forms for tp in temps[f] if all(values[x] for x in _FIELD.findall(tp))]
    if not options:
        return "", [], "", ""
    form, template = rng.choice(options)
    if "{iban}" in template:
        values["iban"] = people.iban_of(p) or ""
        if rng.random() < 0.3:
            values["iban"] = " ".join(values["iban"][i : i + 4] for i in range(0, len(values["iban"]), 4))
    truth, seen = [], set()
    for field in _FIELD.findall(template):
        entity = notes.entity_of(field, people.id_entity(t.locale))
        if entity and (entity, values[field]) not in seen:
            seen.add((entity, values[field]))
            truth.append((entity, values[field]))
    return template.format(**values), truth, form, template


def heldout31_table(locale: str, seed: int, n: int = 0) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed`` -> ``frame``, ``labels`` (column -> accepted entities, None for not
    personal data, "dont_care"), ``notes`` (each row's ``[(entity, value)]``), ``forms`` (genres), ``templates``,
    ``notes_column``, ``shape``, ``branch`` (the branch-town columns) and ``lead`` (0: unused)."""
    shape = shape_of(locale, seed)
    t = cells.context(locale, seed, n or cells.size(locale, seed))
    who, notes_spec = _BUILD[shape](t)
    t.has_iban = bool(who) and people.iban_of(who[0]) is not None
    drawn = [make_note(t, p, shape) for p in who]
    at = t.rng.randint(max(1, len(t.cols) - 4), len(t.cols))
    t.cols.insert(at, (notes_spec, [d[0] for d in drawn], "notes"))
    specs = [c[0] for c in t.cols]
    names = [cells.header(t, s) for s in specs]
    mangle_rng = random.Random(f"mangle/{locale}/{seed}")
    if mangle_rng.random() < 1 / 3:
        names = cells.mangle(names, specs, mangle_rng)
    seen: dict[str, int] = {}
    for i, h in enumerate(names):
        seen[h] = seen.get(h, 0) + 1
        names[i] = h if seen[h] == 1 else f"{h} {seen[h]}"
    raw = pd.DataFrame({h: [str(v) for v in c[1]] for h, c in zip(names, t.cols, strict=True)})
    frame = pd.read_csv(io.StringIO(raw.to_csv(index=False)), dtype=str, keep_default_na=False, na_values=[""])
    labels = {h: c[2] for h, c in zip(names, t.cols, strict=True) if c[2] != "notes"}
    notes_column = names[at]
    branch = tuple(h for h, s in zip(names, specs, strict=True) if s in t.branch)
    return types.SimpleNamespace(
        frame=frame, labels=labels, notes=[d[1] for d in drawn], forms=[d[2] for d in drawn],
        templates=[d[3] for d in drawn], notes_column=notes_column, shape=shape, branch=branch, lead=0,
    )  # fmt: skip
