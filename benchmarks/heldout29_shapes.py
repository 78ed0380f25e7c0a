"""The eight export shapes of held-out set 29 and the table builder.

Shapes new to the sets, each exported by the system such a business uses (``heldout29_columns``): an SAP customer
master download (``sap``), a Google Contacts CSV (``google``), a charity's Salesforce NPSP donor report (``npsp``),
a dental practice's patient list (``dental``), a pharmacy's dispensing log (``pharmacy``), a hotel's Opera PMS
profile export (``opera``), a courier's delivery manifest (``courier``) and a ferry's passenger manifest
(``ferry``).

Rows: 10-400 (most small: one first-7 table of 10-20 rows, one of 250-400). Gifts, prescriptions and parcels come
back for the same person (45-90 % distinct); ferry bookings group one to four passengers; master data, contacts,
patients and hotel profiles hold each person once. Phones in two to four layouts per column, landlines and mobiles
mixed, with and without the country code; birth dates in one to three layouts (Oracle's ``05-MAR-56``, SAP's
``19560305``, APIS ``05MAR1956``, Google's ``--03-05``). Look-alikes (``heldout29_words``, ``heldout29_ids``) are
labelled ``None``; the courier's depot town is ``None`` with names shown and "don't care" hidden (``branch``).
"""

from __future__ import annotations

import random
import types

import pandas as pd

import heldout29_cells as cells
import heldout29_ids as ids
import heldout29_language as language
import heldout29_local as local
import heldout29_notes as notes
import heldout29_people as people
import heldout29_rows as rows1
import heldout29_rows2 as rows2

FIRST7, OTHER, NEW8_29 = language.FIRST7, language.OTHER, language.NEW8_29
LOCALES, SEEDS, N_ROWS, CJK = language.LOCALES, language.SEEDS, language.N_ROWS, language.CJK
region = language.region
LANG = language.LANG
TITLES = language.TITLES
SHAPES = ("sap", "google", "npsp", "dental", "pharmacy", "opera", "courier", "ferry")
_BUILD = {"sap": rows1.sap, "google": rows1.google, "npsp": rows1.npsp, "dental": rows1.dental,
          "pharmacy": rows2.pharmacy, "opera": rows2.opera, "courier": rows2.courier, "ferry": rows2.ferry}  # fmt: skip
# Share of a shape's rows that are a person's first (the rest come back).
_DISTINCT = {"npsp": (0.55, 0.85), "pharmacy": (0.45, 0.75), "courier": (0.7, 0.95)}
_NOTE_SHARE = {"sap": 0.35, "google": 0.5, "npsp": 0.6, "dental": 0.55, "pharmacy": 0.45, "opera": 0.5,
               "courier": 0.6, "ferry": 0.5}  # fmt: skip


def _shape_of(locale: str, seed: int) -> str:
    """Six different shapes for a first-7 locale's six tables, two for a new locale's; elsewhere by the locale's
    place in the list."""
    i = LOCALES.index(locale)
    return SHAPES[(i * 3 + (seed - 29001)) % len(SHAPES)]


def _rows(locale: str, seed: int, rng: random.Random) -> int:
    """Most tables small: a first-7 locale has one of 10-20 rows and one of 250-400."""
    if locale in FIRST7:
        k = (seed - 29001 + FIRST7.index(locale)) % 6
        return rng.randint(10, 20) if k == 0 else rng.randint(250, 400) if k == 1 else rng.randint(25, 150)
    return rng.choice((rng.randint(10, 40), rng.randint(10, 40), rng.randint(40, 120), rng.randint(120, 220)))


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (the runner counts each note's own template)."""
    from heldout_common import template_parts

    out = {genre: template_parts(ts[0]) for genre, ts in notes.ENGLISH.items()}
    for shape in SHAPES:
        for genre, text in local.local_templates(LANG[locale], shape):
            out[genre] = template_parts(text)
    return out


def _templates(t, e: dict) -> list[tuple[str, str]]:
    """The templates a row's note may take: the shape's English genres and its local one, those whose values the
    row has (no id or IBAN where the country has none)."""
    english = [(g, x) for g in notes.GENRES_OF[t.shape] for x in notes.ENGLISH[g]]
    own = list(local.local_templates(t.lg, t.shape))
    pool = own * 2 + english if own and t.rng.random() < 0.4 else english
    usable = [(g, x) for g, x in pool if not (("{id}" in x and not e["nid"]) or ("{iban}" in x and not e["iban"]))]
    return usable or english[:1]


def _values(t, e: dict) -> dict[str, str]:
    rng = t.rng
    p, partner = e["p"], e["partner"]
    other = cells.person(t)
    write = cells.phone_writer(t)
    name = people.full(p, t.locale)
    return {
        "name": name, "name_lower": name.lower() if t.cased else name, "name2": people.full(partner, t.locale),
        "first": e["child"], "first2": cells.person(t).first, "initials": people.initials(p) if t.cased else name,
        "titled": people.titled(p, t.lg), "_surname": p.last, "titled_surname2": other.last, "_surname2": other.last,
        "phone": write(e["mobile"] if rng.random() < 0.7 or not e["land"] else e["land"]),
        "phone2": write(e["partner_mobile"]), "email": e["email"], "street": e["street"],
        "dob": language.fmt_date(e["dob"], t.locale, cells.pick(t, ("num", "named", "num_short", "iso", "long"))),
        "id": e["nid"] or "", "iban": e["iban"] or "", "card": ids.card(rng), "town": e["town"],
        "date": language.fmt_date(language.event_date(rng, 1, 30), t.locale, "num"),
        "staff": t.staff_first, "ref": f"{rng.randint(9000000, 9999999)}", "amount": f"{rng.randint(20, 900)}.00",
    }  # fmt: skip


def _note(t, e: dict) -> tuple[str | None, list, str, str]:
    """(note, truth, genre, template) of a row; no note on part of the rows."""
    if t.rng.random() > _NOTE_SHARE[t.shape]:
        return None, [], "", ""
    genre, template = t.rng.choice(_templates(t, e))
    text, truth = notes.render(template, _values(t, e), {"id": ids.id_entity(t.locale)})
    return text, truth, genre, template


def heldout29_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed`` -> ``frame``, ``labels`` (column -> accepted entities, None for not
    personal data, "dont_care"), ``notes`` (each row's ``[(entity, value)]``), ``forms`` (genres), ``templates``,
    ``notes_column``, ``shape``, ``branch`` (the branch-town columns) and ``lead`` (0: unused)."""
    shape = _shape_of(locale, seed)
    t = cells.context(locale, seed, shape)
    t.staff_first = cells.person(t).first
    rows = n or _rows(locale, seed, t.rng)
    pool = [cells.entry(t, i) for i in range(rows)]
    if shape in _DISTINCT:
        pool = cells.repeat_rows(t, pool, rows, t.rng.uniform(*_DISTINCT[shape]))
    columns, labels, notes_key, branch, row_notes = _BUILD[shape](t, pool, _note)
    assert len(set(columns)) == len(columns)
    frame = pd.DataFrame(columns)
    return types.SimpleNamespace(
        frame=frame, labels=labels, notes=[r[1] for r in row_notes], forms=[r[2] for r in row_notes],
        templates=[r[3] for r in row_notes], notes_column=notes_key, shape=shape, branch=branch, lead=0,
    )  # fmt: skip
