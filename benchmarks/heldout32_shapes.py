"""The eight export shapes of held-out set 32 and the table builder.

Shapes new to the sets, each as the system such a business uses exports it (``heldout32_rows``,
``heldout32_rows2``): a home-care agency's visit rota (``care_rota``), a mobile-money agent's transaction register
(``momo``), a scrap-metal dealer's purchase record (``scrap``), a law firm's matter list (``matters``), a Google
Forms volunteer sign-up sheet (``gforms``), a hunting-licence register (``hunting``), a farmers' cooperative's
delivery ledger (``coop``) and a tax preparer's client list (``tax``).

Rows: 10-400 (most 10-80; one first-7 table of 10-20 rows and one of 250-400). Visits, transactions, purchases and
deliveries come back for the same person. Phones in two to four layouts per column, with extensions on some
landlines; birth dates in one to three layouts; junk in some cells (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``).
A third of the tables have their column names mangled (``heldout32_cells.mangle``). Look-alikes are labelled
``None``; staff, document references, birthplaces, joined matter numbers and dependants are "don't care".
"""

from __future__ import annotations

import random
import types

import pandas as pd

import heldout32_cells as c
import heldout32_language as language
import heldout32_notes as notes
import heldout32_rows as rows
import heldout32_rows2 as rows2

FIRST7 = language.FIRST7
OTHER = language.OTHER
NEW8_32 = language.NEW8_32
LOCALES = language.LOCALES
SEEDS = language.SEEDS
N_ROWS = language.N_ROWS
CJK = language.CJK
LANG = language.LANG
TITLES = language.TITLES
SHAPES = ("care_rota", "momo", "scrap", "matters", "gforms", "hunting", "coop", "tax")
BUILDERS = {**rows.BUILDERS, **rows2.BUILDERS}
NOTE_SHARE = (0.3, 0.6)
_NOTES_SPEC = {"care_rota": "Visit notes|Einsatznotiz|Observations|Observaciones|Note visita|Notities|Observações",
               "momo": "Remarks", "scrap": "Remarks|Bemerkung|Remarques|Observaciones|Note|Opmerking|Observações",
               "matters": "Notes|Notizen|Notes|Notas|Note|Notities|Notas",
               "gforms": "Anything else we should know?|Sonst noch etwas?|Autre chose à nous dire ?|"
                         "¿Algo más que debamos saber?|Altro da segnalare?|Nog iets dat we moeten weten?|"
                         "Mais alguma coisa?",
               "hunting": "Remarks|Vermerke|Observations|Observaciones|Annotazioni|Opmerkingen|Observações",
               "coop": "Officer notes|Notizen|Notes|Notas|Note|Notities|Notas",
               "tax": "Notes|Notizen|Notes|Notas|Note|Notities|Notas"}  # fmt: skip
region = language.region
template_literals = notes.template_literals


def shape_of(locale: str, seed: int) -> str:
    """The shape of a (locale, seed): every first-7 locale gets six different shapes, others a turn of the eight."""
    if locale in FIRST7:
        return SHAPES[(FIRST7.index(locale) * 3 + seed - 32001) % 8]
    return SHAPES[(LOCALES.index(locale) + seed) % 8]


def heldout32_table(locale: str, seed: int, n: int = 0) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed`` -> ``frame``, ``labels`` (column -> accepted entities, None for not
    personal data, "dont_care"), ``notes`` (each row's ``[(entity, value)]``), ``forms`` (genres), ``templates``,
    ``notes_column``, ``shape`` and ``branch`` (none in set 32)."""
    shape = shape_of(locale, seed)
    t = c.context(locale, seed, n or c.size(locale, seed))
    who = BUILDERS[shape](t)
    rng = random.Random(f"set32-notes/{locale}/{seed}")
    share = rng.uniform(*NOTE_SHARE)
    texts, truths, forms, templates = [], [], [], []
    for i, p in enumerate(who):
        if rng.random() < share or i == 0:
            q = c.crowd(t, 1)[0]
            text, truth, form, template = notes.make_note(p, q, locale, shape, rng)
        else:
            text, truth, form, template = "", [], "", ""
        texts.append(text)
        truths.append(truth)
        forms.append(form)
        templates.append(template)
    cols = list(t.cols)
    where = len(cols) if rng.random() < 0.6 else rng.randint(4, len(cols))
    cols.insert(where, (c.header(t, _NOTES_SPEC[shape]), _NOTES_SPEC[shape], texts, None))
    headers = [h for h, _, _, _ in cols]
    if rng.random() < 1 / 3:
        headers = c.mangle(headers, [s for _, s, _, _ in cols], rng)
    frame = pd.DataFrame({h: v for h, (_, _, v, _) in zip(headers, cols, strict=True)})
    notes_column = headers[where]
    labels = {h: lab for h, (_, _, _, lab) in zip(headers, cols, strict=True) if h != notes_column}
    return types.SimpleNamespace(frame=frame, labels=labels, notes=truths, forms=forms, templates=templates,
                                 notes_column=notes_column, shape=shape, branch=())  # fmt: skip
