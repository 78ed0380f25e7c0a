"""Held-out set 41: the table builder (``heldout41_table``) and what the runner reads of the set (locales, seeds,
row counts, titles, languages, the CJK list, the phone region, the note forms' own words).

Each (locale, seed) is one table of one of eight shapes (``heldout41_rows``, ``heldout41_rows2``), drawn from a
``random.Random`` seeded with the locale and seed: sizes 8-300 rows (a first-7 locale: one table of 170-300 rows,
one of 8-16, four of 18-60; elsewhere 10-30, one locale in twenty 100-170; the new 8: 12-50), people drawn from a
pool so they come back, about half the rows with a note, the notes column last, first or in the middle, a third of
the tables with their headers in one of set 41's styles (``heldout41_people.mangle``), headers in the table's
language in most de fr es it nl pt sv pl tables (and the French-speaking new locales), in the country's other
language in a few (Spanish in the US, French in Canada, Dutch in Belgium), junk in the person columns of two tables
in five (the locale's missing-cell words and set 41's: ``not known``, ``gone away``, ``wrong number``, ``---``,
``*``), and where a second script is real a second-script name column.
"""

from __future__ import annotations

import random
import types

import pandas as pd

import heldout41_language as language
import heldout41_notes as notes
import heldout41_people as people
import heldout41_rows as rows1
import heldout41_rows2 as rows2

FIRST7, OTHER, LOCALES, NEW8 = language.FIRST7, language.OTHER, language.LOCALES, language.NEW8_41
SEEDS, N_ROWS, CJK, TITLES, LANG = language.SEEDS, language.N_ROWS, language.CJK, language.TITLES, language.LANG
SHAPES = {
    "hallhire": rows1.hallhire,
    "bikehire": rows1.bikehire,
    "window": rows1.window,
    "riding": rows1.riding,
    "brass": rows2.brass,
    "cricket": rows2.cricket,
    "plumber": rows2.plumber,
    "playgroup": rows2.playgroup,
}
_HEADER_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "sv", "pl")
_NOTES_HEADERS = {"en": ("Notes", "Comments", "Office notes", "Remarks", "Notes/Comments", "Details"),
                  "de": ("Bemerkungen", "Notizen"), "fr": ("Observations", "Notes"), "es": ("Notas", "Comentarios"),
                  "it": ("Note", "Osservazioni"), "nl": ("Opmerkingen", "Notities"), "pt": ("Observações", "Notas"),
                  "sv": ("Anteckningar", "Kommentar"), "pl": ("Uwagi", "Notatki")}  # fmt: skip
_SCRIPT_HEADERS = {"en": "Name (own script)", "fr": "Nom (écriture d'origine)", "de": "Name (Originalschrift)"}
_SECOND_LANG = {"en_US": "es", "en_CA": "fr", "nl_BE": "fr", "fr_BE": "nl", "de_CH": "fr", "fr_CH": "de",
                "it_CH": "de", "sv_FI": "en", "en_IE": "en", "de_LU": "fr", "fr_LU": "de", "es_US": "en",
                "en_CX": "en", "fr_TD": "en"}  # fmt: skip
_PERSON_LABELS = (people.NAME, people.FIRST, people.LAST, people.PHONE, people.EMAIL, people.ADDRESS, people.STREET)
_PERSON_KEYS = {"name", "first", "surname", "phone", "mobile", "email", "address", "street", "postcode", "town",
                "dob", "hirer", "rider", "guardian", "player", "customer", "site", "child", "dropoff", "collect",
                "contact2", "phone2", "tenant", "tenantphone", "teas", "keywith", "nid"}  # fmt: skip


def region(locale: str) -> str:
    """The phone and IBAN country of a locale."""
    return language.region(locale)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template."""
    return notes.template_literals(locale)


def shape_of(locale: str, seed: int) -> str:
    """The shape of a table: a first-7 locale's six tables and a new locale's two are all different shapes."""
    order = random.Random(f"{locale}/shapes/41").sample(sorted(SHAPES), len(SHAPES))
    i = seed - SEEDS[0]
    if locale in FIRST7 or locale in NEW8:
        return order[i % len(order)]
    return random.Random(f"{locale}/{seed}/shape41").choice(sorted(SHAPES))


def rows_for(locale: str, seed: int, rng: random.Random) -> int:
    """The table's own row count."""
    if locale in FIRST7:
        sizes = random.Random(f"{locale}/sizes/41").sample(["big", "tiny", "mid", "mid", "mid", "mid"], 6)
        kind = sizes[seed - SEEDS[0]]
        return rng.randint(170, 300) if kind == "big" else rng.randint(8, 16) if kind == "tiny" else rng.randint(18, 60)
    if locale in NEW8:
        return rng.randint(12, 50)
    if random.Random(f"{locale}/big/41").random() < 0.05:
        return rng.randint(100, 170)
    return rng.randint(10, 30)


def _header_lang(locale: str, rng: random.Random) -> str:
    lg = language.lang(locale)
    if locale in _SECOND_LANG and rng.random() < 0.15:
        return _SECOND_LANG[locale]
    if lg in _HEADER_LANGS and lg != "en":
        return lg if rng.random() < 0.85 else "en"
    return "en"


def _pool(locale: str, src, rng: random.Random, size: int):
    """``draw(child=False)``: a person of the table; adults come back from a pool of about ``size``."""
    adults: list = []

    def draw(child: bool = False):
        if child:
            return people.person(locale, src, rng, child=True)
        if adults and (len(adults) >= size or rng.random() < 0.3):
            return rng.choice(adults)
        p = people.person(locale, src, rng)
        adults.append(p)
        return p

    return draw


def _junk(locale: str) -> tuple[str, ...]:
    return (*language.missing_words(locale), *language.TOOL_MISSING)


def heldout41_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of set 41: ``frame``, ``labels`` (column -> accepted entities, ``None`` or ``"dont_care"``),
    ``notes`` (per row the labels of its note), ``forms`` (the note's genre, ``""`` for none), ``templates``,
    ``notes_column``, ``shape`` and ``branch`` (no branch-town column in set 41)."""
    rng = random.Random(f"{locale}/{seed}/table41")
    shape = shape_of(locale, seed)
    rows = n or rows_for(locale, seed, rng)
    src = people.sources(locale, seed)
    draw = _pool(locale, src, rng, max(4, int(rows * 0.7)))
    lg = _header_lang(locale, rng)
    ctx = types.SimpleNamespace(locale=locale, lg=lg, rng=rng, n=rows, draw=draw)
    out = SHAPES[shape](ctx)
    cols = list(out.cols)
    # A second-script name column where the people's other script is real.
    scripts = [people.second_script(p) for p in out.main]
    if sum(bool(s) for s in scripts) >= max(2, rows // 5) and rng.random() < 0.7:
        at = next(i for i, c in enumerate(cols) if c.label in (people.NAME, people.FIRST)) + 1
        head = _SCRIPT_HEADERS.get(lg, _SCRIPT_HEADERS["en"])
        cols.insert(at, rows1.Col("script", [s or "" for s in scripts], people.NAME, head))
    # Junk in the person columns of two tables in five.
    if rng.random() < 0.4:
        junk = _junk(locale)
        cols = [rows1.Col(c.key, [rng.choice(junk) if v and rng.random() < 0.06 else v for v in c.values], c.label,
                          c.own) if c.label in _PERSON_LABELS else c for c in cols]  # fmt: skip
    # Notes: about half the rows.
    texts, labels, forms, templates = [], [], [], []
    share = rng.uniform(0.35, 0.65)
    for main, others in zip(out.main, out.others, strict=True):
        if rng.random() < share:
            text, lab, own, form = notes.note(out.genre, main, others, rng, locale, draw)
            texts.append(text)
            labels.append(lab)
            forms.append(form)
            templates.append(own)
        else:
            texts.append("")
            labels.append([])
            forms.append("")
            templates.append("")
    where = rng.choice(("last", "last", "first", "middle"))
    at = len(cols) if where == "last" else 0 if where == "first" else len(cols) // 2
    cols.insert(at, rows1.Col("notes", texts, "notes", rng.choice(_NOTES_HEADERS.get(lg, _NOTES_HEADERS["en"]))))
    headers = [c.own if c.key in ("notes", "script") else rows1.header(c.key, lg, c.own) for c in cols]
    keys = [c.key for c in cols]
    style = ""
    if rng.random() < 0.33:
        headers, style = people.mangle(headers, keys, _PERSON_KEYS, lg, rng, keep=at)
    seen: dict[str, int] = {}
    for i, h in enumerate(headers):  # two columns of the same header: pandas reads the second as ``h.1``
        if h in seen:
            seen[h] += 1
            headers[i] = f"{h}.{seen[h]}"
        else:
            seen[h] = 0
    frame = pd.DataFrame({h: [v if v else None for v in c.values] for h, c in zip(headers, cols, strict=True)})
    col_labels = {h: c.label for h, c in zip(headers, cols, strict=True) if c.key != "notes"}
    return types.SimpleNamespace(frame=frame, labels=col_labels, notes=labels, forms=forms, templates=templates,
                                 notes_column=headers[at], shape=shape, branch=(), header_style=style,
                                 header_lang=lg)  # fmt: skip
