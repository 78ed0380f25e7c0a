"""The eight export shapes of held-out set 34 and the table builder.

Shapes new to the sets, each as the system such a business uses exports it (``heldout34_rows``,
``heldout34_rows2``): an office reception's visitor sign-in export (``visitors``), a martial-arts club's grading
register (``dojo``), an animal shelter's adoption register (``shelter``), a phone repair shop's job sheets
(``repairs``), a music school's lesson roster (``music``), a cleaning firm's client key register (``keys``), a career
fair's candidate registrations (``careers``) and a chess club's member list (``chess``).

Rows: 10-400 (a first-7 locale has one table of 200-400 rows, one of 10-20 and four of 20-80; elsewhere 10-40, one
table in twenty 150-250). Visitors, gradings, repairs and lessons come back for the same person. Phones in two to
four layouts per column, with extensions on some; birth dates in one to three layouts; junk in some cells. A third
of the tables have their column names mangled (``heldout34_cells.mangle``). Look-alikes are labelled ``None`` (badge,
member, job, key-tag, registration, FIDE and federation numbers, IMEIs, microchips, car plates, companies, dojos,
rooms, universities and clubs named after people, pets with people's names, nationalities); staff (hosts, examiners,
volunteers, technicians, teachers, cleaners, recruiters, captains), passcodes, alarm codes, LinkedIn URLs and birth
years are "don't care".
"""

from __future__ import annotations

import random
import types

import pandas as pd

import heldout34_cells as c
import heldout34_language as language
import heldout34_notes as notes
import heldout34_rows as rows
import heldout34_rows2 as rows2

FIRST7 = language.FIRST7
OTHER = language.OTHER
NEW8_34 = language.NEW8_34
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
    return SHAPES[(i * 3 + seed - SEEDS[0]) % len(SHAPES)]


def heldout34_table(locale: str, seed: int, n: int = 0) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed`` -> ``frame``, ``labels`` (column -> accepted entities, None for not
    personal data, "dont_care"), ``notes`` (each row's ``[(entity, value)]``), ``forms`` (genres), ``templates``,
    ``notes_column``, ``shape`` and ``branch`` (none in set 34)."""
    shape = shape_of(locale, seed)
    t = c.context(locale, seed, n or c.size(locale, seed))
    pairs = BUILDERS[shape](t)
    note_rng = random.Random(f"34notes|{locale}|{seed}")
    texts, truths, forms, templates = [], [], [], []
    for p, q in pairs:
        if note_rng.random() < NOTE_SHARE:
            signer = pairs[note_rng.randrange(len(pairs))][0]
            text, truth, form, template = notes.make_note(p, q, locale, shape, note_rng, c.card(t), signer)
        else:
            text, truth, form, template = "", [], "", ""
        texts.append(text)
        truths.append(truth)
        forms.append(form)
        templates.append(template)
    names, specs = list(t.cols), list(t.specs)
    at = len(names) if t.rng.random() < 0.6 else t.rng.randint(2, len(names) - 1)
    notes_name = c.header(t, _NOTES_SPEC)
    while notes_name in t.cols:
        notes_name += " "
    names.insert(at, notes_name)
    specs.insert(at, _NOTES_SPEC)
    values = {**t.cols, notes_name: texts}
    labels = {**t.labels}
    shown = c.mangle(names, specs, t.rng) if t.rng.random() < 1 / 3 else names
    rename = dict(zip(names, shown, strict=True))
    frame = pd.DataFrame({rename[x]: values[x] for x in names})
    return types.SimpleNamespace(
        frame=frame, labels={rename[x]: labels[x] for x in names if x != notes_name}, notes=truths, forms=forms,
        templates=templates, notes_column=rename[notes_name], shape=shape, branch=(),
    )  # fmt: skip
