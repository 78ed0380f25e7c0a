"""The eight export shapes of held-out set 27 and the table builder.

Shapes new to the sets, each exported by the system such a business uses (``heldout27_columns``): a hearing-aid
study's REDCap export (``redcap``), a florist's Square customer directory (``square``), a scout leader's
Thunderbird address book (``thunderbird``), a solar installer's Pipedrive people (``pipedrive``), an NGO's
KoboToolbox household survey (``kobo``), a home-care service's client list in Excel with a group row over its
columns (``homecare``), a youth football team's TeamSnap roster (``teamsnap``) and a language school's Moodle user
download (``moodle``).

Rows: 10-400 (most small: one first-7 table of 10-20 rows, one of 300-400; a TeamSnap roster 10-30, a home-care
list 12-80), people come back (55-95 % distinct; a repeated person is typed differently), REDCap writes a
participant's follow-up events as rows with the demographics left empty. Phones in two to four layouts per
column (short local numbers in two or three), birth dates in two or three layouts. Look-alikes
(``heldout27_words``) are labelled ``None``; the study centre and the survey district are ``None`` with names
shown and "don't care" hidden (``branch``).
"""

from __future__ import annotations

import random
import types
import zlib

import pandas as pd

import heldout27_ids as ids
import heldout27_language as language
import heldout27_local as local
import heldout27_notes as notes
import heldout27_people as people
import heldout27_places as places
import heldout27_rows as rows1
import heldout27_rows2 as rows2
import heldout27_words as words
from heldout27_columns import LANGS

FIRST7, OTHER, NEW8_27 = language.FIRST7, language.OTHER, language.NEW8_27
LOCALES, SEEDS, N_ROWS, CJK = language.LOCALES, language.SEEDS, language.N_ROWS, language.CJK
region = language.region
LANG = language.LANG
TITLES = {**language.TITLES, "sr": ["g.", "g-đa", "dr"], "ru": ["г-н", "г-жа"]}
SHAPES = ("redcap", "square", "thunderbird", "pipedrive", "kobo", "homecare", "teamsnap", "moodle")
_BUILD = {"redcap": rows1.redcap, "square": rows1.square, "thunderbird": rows1.thunderbird,
          "pipedrive": rows1.pipedrive, "kobo": rows2.kobo, "homecare": rows2.homecare, "teamsnap": rows2.teamsnap,
          "moodle": rows2.moodle}  # fmt: skip
_CENTRE = {"US": (39.8, -98.6), "GB": (52.5, -1.5), "DE": (51.2, 10.4), "FR": (46.6, 2.4), "ES": (40.4, -3.7),
           "IT": (42.8, 12.6), "NL": (52.2, 5.3), "ME": (42.7, 19.3), "CU": (21.5, -79.5), "MU": (-20.2, 57.5),
           "AX": (60.2, 20.0), "GI": (36.14, -5.35), "KG": (41.2, 74.8), "LB": (33.9, 35.8),
           "SR": (4.0, -56.0)}  # fmt: skip


def _seed(locale: str, seed: int) -> int:
    return zlib.crc32(f"{locale}/{seed}/27".encode())


def _shape_of(locale: str, seed: int) -> str:
    """Six different shapes for a first-7 locale's six tables, two for a new locale's; elsewhere by the
    locale's place in the list."""
    k = language.seeds_for(locale).index(seed) if seed in language.seeds_for(locale) else seed % 8
    if locale in FIRST7:
        return SHAPES[(FIRST7.index(locale) + k) % 8]
    if locale in NEW8_27:
        return SHAPES[(NEW8_27.index(locale) * 2 + k) % 8]
    return SHAPES[LOCALES.index(locale) % 8] if locale in LOCALES else SHAPES[seed % 8]


def _rows(locale: str, seed: int, shape: str, rng: random.Random) -> int:
    if shape == "teamsnap":
        return rng.randint(10, 30)
    if shape == "homecare":
        return rng.randint(12, 80)
    if locale in FIRST7 and seed == 27003:
        return rng.randint(10, 20)
    if locale in FIRST7 and seed == 27005:
        return rng.randint(300, 400)
    return int(rng.triangular(20, 260, 45))


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (the runner counts each note's own template)."""
    out = {g: notes._FIELD.split(ts[0])[::2] for g, ts in notes.ENGLISH.items()}
    for genre, template in local.local_templates(language.lang(locale), locale):
        out.setdefault(genre, notes._FIELD.split(template)[::2])
    return out


def context(locale: str, seed: int, rng: random.Random, shape: str):
    """The table's context: locale, languages, seeded name and address sources, country, postcode width."""
    lg = language.lang(locale)
    reg = region(locale)
    afake = places.faker_for(locale, seed)
    sample = [places.place(locale, random.Random(seed + i), afake) for i in range(5)]
    widths = [sum(c.isdigit() for c in pc) for _, pc, _ in sample if pc]
    rng2 = random.Random(seed * 7 + 1)
    centre = _CENTRE.get(reg, (rng2.uniform(-30, 55), rng2.uniform(-100, 120)))
    return types.SimpleNamespace(
        locale=locale, lg=lg, hl=lg if lg in LANGS else "en", rng=rng, reg=reg, shape=shape,
        fake=people.name_faker(locale, seed), afake=afake, short=ids.has_short(reg), centre=centre,
        pc_width=max(widths) if widths else 4, has_postcodes=bool(widths),
    )  # fmt: skip


def _number(t, mobile: bool):
    """A phone of the table's country: a ``phonenumbers`` number, or a short local one's digits (landlines of
    Åland, Bishkek, Beirut, Suriname, Mauritius)."""
    if not mobile and t.short and t.rng.random() < 0.8:
        return ids.short_number(t.reg, t.rng)
    if mobile and t.reg == "AX":
        return ids.ax_mobile(t.rng)
    return ids.phone_number(t.reg, t.rng, mobile)


def _entry(t) -> dict:
    """One person of the table's pool with everything a row of any shape may show of them."""
    rng = t.rng
    p = people.person(t.locale, rng, t.fake)
    p2 = people.person(t.locale, rng, t.fake)
    child = people.person(t.locale, rng, t.fake)
    dob = language.birth_date(rng)
    street, postcode, town = places.place(t.locale, rng, t.afake)
    nid = ids.national_id(t.locale, rng, dob, p.female, p.last, p.first)
    return {
        "p": p, "p2": p2, "child": child, "dob": dob, "cdob": language.birth_date(rng, child=True),
        "email": people.email(p, t.locale, rng), "email2": people.email(p2, t.locale, rng),
        "street": street, "postcode": postcode, "town": town,
        "unit": places.unit_line(t.lg, rng, people.full(p2, t.locale), t.locale) if rng.random() < 0.3 else "",
        "mobile": _number(t, True), "land": _number(t, False) if rng.random() < 0.7 else None,
        "work": ids.phone_number(t.reg, rng, False) if rng.random() < 0.4 else None,
        "phone2": _number(t, rng.random() < 0.7), "nid": nid, "iban": ids.iban(t.reg, rng, rng.random() < 0.4),
        "card": ids.card(rng), "id_no": rng.randint(1000, 99999),
    }  # fmt: skip


def _phone_text(t, n) -> str:
    if n is None:
        return ""
    if isinstance(n, str):
        return ids.write_short(n, t.reg, t.rng.choice(("grouped", "plain", "intl")))
    return ids.write_phone(n, t.rng.choice(("national", "international", "national")))


def _note(t, e: dict, shape: str) -> tuple[str | None, list, str, str]:
    """(note, truth, genre, template) of a row; no note on about a third of the rows."""
    rng = t.rng
    if rng.random() < 0.34:
        return None, [], "", ""
    locals_ = local.local_templates(t.lg, t.locale)
    if t.locale in notes.BILINGUAL and rng.random() < 0.3:
        genre, template = "bilingual", rng.choice(notes.BILINGUAL[t.locale])
    elif locals_ and rng.random() < 0.35:
        genre, template = rng.choice(locals_)
    else:
        genre = rng.choice(notes.GENRES_OF[shape])
        template = rng.choice(notes.ENGLISH[genre])
    p, p2, child = e["p"], e["p2"], e["child"]
    title = people.title(p, t.lg)
    dob_layout = rng.choice(("num", "num", "long", "iso"))
    values = {
        "name": people.full(p, t.locale), "name_lower": people.full(p, t.locale).lower(),
        "name2": people.full(p2, t.locale), "first": child.first, "initials": people.initials(p, t.locale),
        "titled": f"{title} {people.surname(p)}", "_surname": people.surname(p),
        "phone": _phone_text(t, e["mobile"] or e["land"]), "phone2": _phone_text(t, e["phone2"]),
        "email": e["email"], "street": e["street"],
        "dob": language.fmt_date(e["dob"], t.locale, dob_layout),
        "cdob": language.fmt_date(e["cdob"], t.locale, dob_layout),
        "id": e["nid"] or e["card"], "iban": e["iban"] or e["card"], "card": e["card"], "town": e["town"],
        "date": language.fmt_date(language.event_date(rng), t.locale, "num"), "staff": rng.choice(words.STAFF),
        "model": rng.choice(words.HEARING_AIDS), "bouquet": words.choose(rng, words.BOUQUETS, t.hl),
        "firm": rng.choice(words.FIRMS),
    }  # fmt: skip
    kinds = {"id": ids.id_entity(t.locale) if e["nid"] else "credit_debit_card",
             "iban": "iban" if e["iban"] else "credit_debit_card"}  # fmt: skip
    if not values["phone"]:
        values["phone"] = _phone_text(t, ids.phone_number(t.reg, rng, True)) or "-"
    if not values["phone2"]:
        values["phone2"] = values["phone"]
    text, truth = notes.render(template, values, kinds)
    truth = [(ent, v) for ent, v in truth if v and v != "-"]
    return text, truth, genre, template


def heldout27_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed`` -> ``frame``, ``labels`` (column -> accepted entities, None for not
    personal data, "dont_care"), ``notes`` (each row's ``[(entity, value)]``), ``forms`` (genres), ``templates``,
    ``notes_column``, ``shape``, ``branch`` (the branch-town columns) and ``lead`` (first rows that are no records);
    ``n`` 0: the table's own count."""
    rng = random.Random(_seed(locale, seed))
    shape = _shape_of(locale, seed)
    t = context(locale, seed, rng, shape)
    count = n or _rows(locale, seed, shape, rng)
    share = 1.0 if shape in ("homecare", "teamsnap", "moodle") else rng.uniform(0.55, 0.95)  # lists without repeats
    distinct = max(3, round(count * share))
    pool = [_entry(t) for _ in range(distinct)]
    order = list(range(distinct)) + [rng.randrange(distinct) for _ in range(count - distinct)]
    rng.shuffle(order)
    rows = [pool[i] for i in order]
    drawn = [_note(t, e, shape) for e in rows]
    columns, labels, notes_header, branch, lead, row_notes = _BUILD[shape](t, rows, drawn)
    frame = pd.DataFrame(columns)
    return types.SimpleNamespace(
        frame=frame, labels=labels, notes=[x[1] for x in row_notes], forms=[x[2] for x in row_notes],
        templates=[x[3] for x in row_notes], notes_column=notes_header, shape=shape, branch=branch, lead=lead,
    )  # fmt: skip
