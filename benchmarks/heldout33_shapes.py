"""The eight export shapes of held-out set 33 and the table builder.

Shapes new to the sets, each as the system such a business uses exports it (``heldout33_rows``,
``heldout33_rows2``): a food bank's referral log (``foodbank``), a student-housing allocation export (``housing``), a
pharmacy's repeat-prescription list (``pharmacy``), a kindergarten's enrolment list (``kita``), an allotment
society's plot register (``allotment``), an interpreting agency's booking log (``interpreting``), a cemetery's burial
register (``burial``) and a pawnbroker's pledge book (``pawn``).

Rows: 10-300 (a first-7 locale has one table of 200-300 rows and one of 10-20; elsewhere 10-50, one table in
sixteen 150-250). Vouchers, prescriptions, bookings and pledges come back for the same person. Phones in two to four
layouts per column, with extensions on some landlines; birth dates in one to three layouts; junk in some cells. A
third of the tables have their column names mangled (``heldout33_cells.mangle``). Look-alikes are labelled ``None``
(vouchers, tickets, serials, water keys, halls and surgeries named after people, groups named after storybook
figures, nationalities); staff, prescribers, interpreters, bookers' e-mails, funeral directors, hospital numbers,
preferred names and the people allowed to collect a child are "don't care".
"""

from __future__ import annotations

import random
import types

import pandas as pd

import heldout33_cells as c
import heldout33_language as language
import heldout33_notes as notes
import heldout33_rows as rows
import heldout33_rows2 as rows2

FIRST7 = language.FIRST7
OTHER = language.OTHER
NEW8_33 = language.NEW8_33
LOCALES = language.LOCALES
SEEDS = language.SEEDS
N_ROWS = language.N_ROWS
CJK = language.CJK
LANG = language.LANG
TITLES = language.TITLES
BUILDERS = {**rows.BUILDERS, **rows2.BUILDERS}
SHAPES = tuple(BUILDERS)
NOTE_SHARE = 0.5
_NOTES_SPEC = "Notes|Bemerkungen|Remarques|Observaciones|Note|Opmerkingen|Observações"
region = language.region
template_literals = notes.template_literals


def shape_of(locale: str, seed: int) -> str:
    """The shape of a (locale, seed): every first-7 locale gets six different shapes, others a turn of the eight."""
    i = LOCALES.index(locale)
    return SHAPES[(i * 3 + (seed - SEEDS[0])) % len(SHAPES)]


def heldout33_table(locale: str, seed: int, n: int = 0) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed`` -> ``frame``, ``labels`` (column -> accepted entities, None for not
    personal data, "dont_care"), ``notes`` (each row's ``[(entity, value)]``), ``forms`` (genres), ``templates``,
    ``notes_column``, ``shape`` and ``branch`` (none in set 33)."""
    shape = shape_of(locale, seed)
    t = c.context(locale, seed, n or c.size(locale, seed))
    pairs = BUILDERS[shape](t)
    texts, truths, forms, templates = [], [], [], []
    for p, q in pairs:
        if t.rng.random() < NOTE_SHARE:
            text, truth, form, template = notes.make_note(p, q, locale, shape, t.rng, c.card(t))
        else:
            text, truth, form, template = "", [], "", ""
        texts.append(text)
        truths.append(truth)
        forms.append(form)
        templates.append(template)
    c.add(t, _NOTES_SPEC, texts, None)
    names = list(t.cols)
    notes_column = names[-1]
    # Columns in the export's own order: the notes last or in the middle, as the system puts them.
    order = names[:-1]
    pos = random.Random(f"order33/{locale}/{seed}").choice((len(order), len(order), len(order) // 2))
    order.insert(pos, notes_column)
    shown = order
    if random.Random(f"mangle33/{locale}/{seed}").random() < 1 / 3:
        shown = c.mangle(order, [t.specs[x] for x in order], t.rng)
    rename = dict(zip(order, shown, strict=True))
    frame = pd.DataFrame({rename[x]: t.cols[x] for x in order})
    labels = {rename[x]: t.labels[x] for x in order if x != notes_column}
    return types.SimpleNamespace(
        frame=frame, labels=labels, notes=truths, forms=forms, templates=templates,
        notes_column=rename[notes_column], shape=shape, branch=(),
    )  # fmt: skip
