"""Held-out set 54: the table builder (``heldout54_table``) and what the runner reads of the set (locales, seeds,
row counts, titles, languages, the CJK list, the phone region, the note forms' own words).

Each (locale, seed) is one table of one of eight shapes (``heldout54_rows``, ``heldout54_rows2``: an airport taxi
firm's account bookings, a university's graduation guest tickets, a language school's enrolments, a music exam
board's entries, a beer festival's volunteer rota, a mountaineering club's hut bookings, a gliding club's launch log,
a ferry company's passenger manifest), drawn from a ``random.Random`` seeded with the locale and seed: sizes like
set 53's (a first-7 locale: one table of 170-300 rows, one of 8-16, four of 18-60; elsewhere 10-28, one locale in
twenty 100-170; the new 8: 12-50), people drawn from a pool so they come back, about half the rows with a note, the
notes column last, first or in the middle, a third of the tables with their headers in one of set 54's styles
(``heldout54_people.mangle``; plain columns keep their plain header), headers in the table's language in most de fr
es it nl pt da cs nb mi tables, in English in a few of those and in the country's other language in a few (set 53's
rule); the new 8's headers in the country's language of record where the set has one (German for tr_DE, French for
ar_MA, English elsewhere); junk in the person columns of two tables in five (the locale's missing-cell words, in the
new 8 in their own languages: ``ഇല്ല``, ``なし``, ``없음``, ``የለም``, ``无``, ``tidak ada``, ``không có``, ``নেই``,
``yok``, ``k. A.``, ``لا يوجد``, ``néant``; and set 54's: ``#N/A N/A``, ``#NAME?``, ``Nothing``, ``nil:NilClass``,
``(leer)``, ``[null]``, ``<NA>``, ``N/D``, ``ohne Angabe``, ``xx``, ``TBA``, ``Not provided``); two tables in five
with one (not plain) person column wholly in lower case or in capitals (the label follows the cells); one table in
five with its e-mail column in capitals; where a second script is real a second-script name column.
"""

from __future__ import annotations

import random
import types

import pandas as pd

import heldout54_language as language
import heldout54_notes as notes
import heldout54_people as P
import heldout54_rows as rows1
import heldout54_rows2 as rows2

FIRST7, OTHER, LOCALES, NEW8 = language.FIRST7, language.OTHER, language.LOCALES, language.NEW8_54
SEEDS, N_ROWS, CJK, TITLES, LANG = language.SEEDS, language.N_ROWS, language.CJK, language.TITLES, language.LANG
SHAPES = {
    "taxi": rows1.taxi, "graduation": rows1.graduation, "language_school": rows1.language_school,
    "music_exam": rows1.music_exam, "beer_festival": rows2.beer_festival, "mountain_hut": rows2.mountain_hut,
    "gliding": rows2.gliding, "ferry": rows2.ferry,
}  # fmt: skip
_OTHER_HL = {"en_US": "es", "en_CA": "fr", "fr_CA": "en", "nl_BE": "fr", "fr_BE": "nl", "de_CH": "fr", "fr_CH": "de",
             "it_CH": "de", "mi_NZ": "en", "ay_BO": "es", "mg_MG": "fr", "ln_CD": "fr", "tet_TL": "pt", "ff_GN": "fr",
             "ht_HT": "fr", "ty_PF": "fr", "kab_DZ": "fr", "co_FR": "fr", "so_DJ": "fr",
             "hsb_DE": "de", "bm_ML": "fr", "oc_FR": "fr", "yua_MX": "es", "fur_IT": "it", "nds_DE": "de",
             "vi_CZ": "cs", "ja_BR": "pt", "es_US": "es", "tr_DE": "de", "ar_MA": "fr"}  # fmt: skip
_PERSON = {P.NAME, P.FIRST, P.LAST, P.PHONE, P.EMAIL, P.STREET, P.ADDRESS}


def region(locale: str) -> str:
    """The phone and IBAN country of a locale."""
    return language.region(locale)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template."""
    return notes.template_literals(locale)


def shape_of(locale: str, seed: int) -> str:
    """The shape of a table: a first-7 locale's six tables and a new locale's two are all different shapes."""
    order = list(SHAPES)
    random.Random(f"shape54:{locale}").shuffle(order)
    return order[(seed - SEEDS[0]) % len(order)]


def rows_for(locale: str, seed: int, rng: random.Random) -> int:
    """The table's own row count."""
    if locale in FIRST7:
        k = seed - SEEDS[0]
        return rng.randint(170, 300) if k == 0 else rng.randint(8, 16) if k == 1 else rng.randint(18, 60)
    if locale in NEW8:
        return rng.randint(12, 50)
    if random.Random(f"big54:{locale}").random() < 0.05:
        return rng.randint(100, 170)
    return rng.randint(10, 28)


def _header_lang(locale: str, rng: random.Random) -> str:
    lg = language.lang(locale)
    if locale in NEW8:  # the country's language of record
        return _OTHER_HL.get(locale, "en") if rng.random() < 0.85 else "en"
    if locale in _OTHER_HL and rng.random() < 0.2:
        return _OTHER_HL[locale]
    if lg in language.LOCAL_LANGS:
        return lg if rng.random() < 0.85 else "en"
    return "en"


def heldout54_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of set 54: ``frame``, ``labels`` (column -> accepted entities, ``None`` or ``"dont_care"``),
    ``notes`` (per row the labels of its note), ``forms`` (the note's genre, ``""`` for none), ``templates``,
    ``notes_column``, ``shape`` and ``branch`` (no branch-town column in set 54)."""
    rng = random.Random(f"set54:{locale}:{seed}")
    shape = shape_of(locale, seed)
    n = n or rows_for(locale, seed, rng)
    src = P.sources(locale, seed)
    pool: list = []
    size = max(4, int(n * rng.uniform(0.5, 0.8)))

    def draw(child: bool = False):
        if child:
            return P.person(locale, src, rng, child=True)
        if len(pool) < size and (not pool or rng.random() < 0.7):
            pool.append(P.person(locale, src, rng))
            return pool[-1]
        return rng.choice(pool)

    ctx = types.SimpleNamespace(locale=locale, lg=language.lang(locale), hl=_header_lang(locale, rng), rng=rng, n=n,
                                draw=draw)  # fmt: skip
    out = SHAPES[shape](ctx)
    cols = out.cols
    alt = [P.second_script(p) for p in out.main]
    if any(alt) and rng.random() < 0.6:
        c2 = rows1.col("Name (2)", [a or "" for a in alt], P.NAME)
        c2.key = "name"
        c2.plain = True
        cols.insert(1, c2)
    if rng.random() < 0.4:  # one column of people wholly in lower case or in capitals
        named = [c for c in cols if c.label == P.NAME and any(c.values) and not getattr(c, "plain", False)]
        if named:
            c = rng.choice(named)
            case = rng.choice((str.lower, str.upper))
            c.values = [case(v) for v in c.values]
    if rng.random() < 0.2:  # an e-mail column in capitals
        for c in cols:
            if c.label == P.EMAIL:
                c.values = [v.upper() for v in c.values]
    if rng.random() < 0.4:
        junk = (*language.missing_words(locale), *rng.sample(language.TOOL_MISSING, 4))
        for c in cols:
            if c.label in _PERSON:
                c.values = [rng.choice(junk) if v and rng.random() < 0.08 else v for v in c.values]
    note_rows = [notes.note(out.genre, m, o, rng, locale) if rng.random() < 0.5 else None
                 for m, o in zip(out.main, out.others, strict=True)]  # fmt: skip
    notes_col = rows1.kcol("notes", ctx, [x[0] if x else "" for x in note_rows], None)
    where = rng.choice(("last", "last", "first", "middle"))
    at = {"last": len(cols), "first": 0, "middle": len(cols) // 2}[where]
    cols.insert(at, notes_col)
    heads = [c.header for c in cols]
    if rng.random() < 0.33:
        heads, _ = P.mangle(cols, rng, keep=at)
    seen: dict[str, int] = {}
    for i, h in enumerate(heads):
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            heads[i] = f"{h} {seen[h]}"
    frame = pd.DataFrame({h: c.values for h, c in zip(heads, cols, strict=True)})
    labels = {h: c.label for i, (h, c) in enumerate(zip(heads, cols, strict=True)) if i != at}
    return types.SimpleNamespace(
        frame=frame, labels=labels, notes=[x[1] if x else [] for x in note_rows],
        forms=[x[3] if x else "" for x in note_rows], templates=[x[2] if x else "" for x in note_rows],
        notes_column=heads[at], shape=shape, branch=(),
    )  # fmt: skip
