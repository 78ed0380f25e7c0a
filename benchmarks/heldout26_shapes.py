"""The eight export shapes of held-out set 26 and the table builder.

Shapes new to the sets, each exported by the system such a business uses (``heldout26_columns``): a physiotherapy
clinic's Qualtrics survey (``qualtrics``), a holiday-cottage cleaner's Xero contacts (``xero``), a yoga studio's
Mindbody client report (``mindbody``), a school's pupil-and-contacts export (``school``), a veterinary practice's
client list (``vet``), a parish roll (``church``), a repair café's Airtable base (``airtable``) and an e-bike leasing
shop's Odoo contacts (``odoo``).

Rows: 10-400 (most tables small: one first-7 table of 10-20 rows, one of 300-400), people come back (55-95 %
distinct: a repeated person's name may be typed differently on each row). Phones are written in two to four layouts
within a column, a work number with an extension; birth dates in two or three layouts per column, an old parish
register also with year-only and ``00.00.1948`` dates. Two people per row in the school (pupil, two contacts),
Mindbody (client, emergency contact, referrer), parish (member, spouse) and Xero (owner, attention-to) shapes.
Look-alikes (``heldout26_lookalikes``) are labelled ``None``; the studio or church of a row is ``None`` with names
shown and "don't care" hidden (``branch``).
"""

from __future__ import annotations

import random
import types
import zlib

import pandas as pd

import heldout26_ids as ids
import heldout26_language as language
import heldout26_local as local
import heldout26_lookalikes as looks
import heldout26_notes as notes_module
import heldout26_people as people
import heldout26_places as places
import heldout26_rows as rows1
import heldout26_rows2 as rows2
from heldout_common import template_parts

FIRST7, OTHER, NEW8_26 = language.FIRST7, language.OTHER, language.NEW8_26
LOCALES, SEEDS, N_ROWS, CJK = language.LOCALES, language.SEEDS, language.N_ROWS, language.CJK
region = language.region
LANG = language.LANG
TITLES = language.TITLES
SHAPES = ("qualtrics", "xero", "mindbody", "school", "vet", "church", "airtable", "odoo")
_BUILD = {"qualtrics": rows1.qualtrics, "xero": rows1.xero, "mindbody": rows1.mindbody, "school": rows1.school,
          "vet": rows2.vet, "church": rows2.church, "airtable": rows2.airtable, "odoo": rows2.odoo}  # fmt: skip
# The country name an export writes in a country column (the locale's region code where none is written here).
_COUNTRY = {"GB": "United Kingdom", "US": "United States", "DE": "Deutschland", "FR": "France", "ES": "España",
            "IT": "Italia", "NL": "Nederland", "PR": "Puerto Rico", "HK": "Hong Kong", "GL": "Kalaallit Nunaat",
            "XK": "Kosova", "MA": "Maroc", "UG": "Uganda", "HN": "Honduras"}  # fmt: skip
# Approximate centre of the country (Qualtrics' rounded location); elsewhere a point of Europe.
_CENTRE = {"US": (39.8, -98.6), "GB": (52.5, -1.5), "DE": (51.2, 10.4), "FR": (46.6, 2.4), "ES": (40.4, -3.7),
           "IT": (42.8, 12.6), "NL": (52.1, 5.3), "PR": (18.2, -66.5), "HK": (22.3, 114.2), "GL": (64.2, -51.7),
           "XK": (42.6, 20.9), "MA": (33.6, -7.6), "UG": (0.35, 32.6), "HN": (14.1, -87.2)}  # fmt: skip
_STATE = {"US": ("CA", "TX", "NY", "FL", "WA", "IL"), "PR": ("PR",), "CA": ("ON", "QC", "BC"), "AU": ("NSW", "VIC")}
_REG_GROUPS = ("7B", "8A", "9C", "10F", "11R", "4M", "5K", "6S")


def _seed(locale: str, seed: int) -> int:
    return zlib.crc32(f"{locale}:{seed}:26".encode())


def _shape_of(locale: str, seed: int) -> str:
    """Six different shapes for a first-7 locale's six tables, two for a new locale's; elsewhere by the locale's
    place in the list."""
    i = LOCALES.index(locale)
    k = language.seeds_for(locale).index(seed)
    if locale in FIRST7 or locale in NEW8_26:
        return SHAPES[(i * 3 + k) % len(SHAPES)]
    return SHAPES[i % len(SHAPES)]


def _rows(locale: str, seed: int, rng: random.Random) -> int:
    if locale in FIRST7:
        k = language.seeds_for(locale).index(seed)
        order = [(10, 20), (300, 400), (20, 60), (40, 120), (60, 180), (25, 80)]
        rng2 = random.Random(_seed(locale, 0))
        rng2.shuffle(order)
        return rng.randint(*order[k])
    return rng.choice((rng.randint(10, 40), rng.randint(30, 90), rng.randint(60, 160)))


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (the runner counts each note's own template)."""
    out = {g: template_parts(t) for g, t in notes_module.english_templates()}
    for g, t in local.local_templates(language.lang(locale)):
        out.setdefault(g, template_parts(t))
    return out


def _entry(t) -> dict:
    """One person of the table's pool with everything a row of any shape may show of them."""
    rng, loc = t.rng, t.locale
    p = people.person(loc, rng, t.fake)
    p2 = people.person(loc, rng, t.fake)
    kid = people.person(loc, rng, t.fake)
    child = people.Person(kid.first, p.last, kid.female, "", kid.nickname if rng.random() < 0.3 else "")
    friend = people.person(loc, rng, t.fake)
    street, postcode, town = places.place(loc, rng, t.place_fake)
    cot_street, _, _ = places.place(loc, rng, t.place_fake)
    d = language.birth_date(rng)
    mob = ids.phone_number(t.region, rng, mobile=True)
    land = ids.landline(t.region, rng) if rng.random() < 0.7 else None
    work = ids.landline(t.region, rng) or mob
    nid = ids.national_id(loc, rng, d, p.female, p.last, p.first)
    digits = len(ids.write_phone(mob, "digits")) if mob is not None else 10
    pc_width = len(postcode) if postcode and postcode.isdigit() else 4
    return {
        "p": p, "p2": p2, "child": child, "friend": friend, "dob": d, "cdob": language.birth_date(rng, child=True),
        "email": people.email(p, loc, rng), "email2": people.email(p2, loc, rng),
        "mob": mob, "land": land, "work": work, "p2_mob": ids.phone_number(t.region, rng, mobile=True),
        "street": street, "postcode": postcode, "town": town, "locality": places.locality(loc, rng, t.place_fake),
        "unit": places.unit_line(t.lang, rng, people.full(p2, loc)),
        "cottage_street": cot_street, "cottage": rng.choice(looks.COTTAGES),
        "nid": nid, "iban": ids.iban(t.region, rng), "card": ids.card(rng),
        "account": ids.digits_like_phone(rng, digits), "client_id": ids.digits_like_phone(rng, digits),
        "barcode": ids.ean13(rng), "pin": ids.postcode_like(rng, pc_width),
        "envelope": ids.postcode_like(rng, pc_width), "adm": ids.postcode_like(rng, pc_width),
        "client_code": ids.digits_like_phone(rng, digits - 1), "policy": ids.digits_like_phone(rng, digits),
        "ref": f"K-{rng.randint(10000, 99999)}", "reg": rng.choice(_REG_GROUPS), "pet": rng.choice(looks.PETS),
        "employer": rng.choice(looks.EMPLOYERS), "state": rng.choice(_STATE.get(t.region, ("",))),
    }  # fmt: skip


def context(locale: str, seed: int, rng: random.Random, shape: str):
    """The table's context: locale, languages, seeded name and address sources, branches, country."""
    lg = language.lang(locale)
    t = types.SimpleNamespace(locale=locale, seed=seed, rng=rng, shape=shape, lang=lg, region=region(locale),
                              hlg=lg if lg in ("en", "de", "fr", "es", "it", "nl", "pt") else "en",
                              fake=people.name_faker(locale, _seed(locale, seed)),
                              place_fake=places.faker_for(locale, _seed(locale, seed) + 1))  # fmt: skip
    t.country = _COUNTRY.get(t.region, t.region)
    t.centre = _CENTRE.get(t.region, (48.0, 11.0))
    t.branches = tuple(sorted({places.place(locale, rng, t.place_fake)[2] for _ in range(3)}))
    return t


def _phone_text(n) -> str:
    layout = "national"
    return ids.write_phone(n, layout) if n is not None else ""


def _note(t, e: dict, shape: str) -> tuple[str | None, list, str, str]:
    """(note, truth, genre, template) of a row; no note on about a third of the rows."""
    rng, loc = t.rng, t.locale
    if rng.random() < 0.35:
        return None, [], "", ""
    choices = [(g, tpl) for g in notes_module.GENRES_OF[shape] for tpl in notes_module.ENGLISH[g]]
    own_local = local.local_templates(t.lang)
    if own_local and rng.random() < 0.35:
        choices = list(own_local)
    genre, template = rng.choice(choices)
    p, p2 = e["p"], e["p2"]
    kid_genres = ("pastoral log", "hall booking", "baptism registration")
    values = {
        "name": people.full(p, loc), "name_lower": people.full(p, loc).lower(), "name2": people.full(p2, loc),
        "first": e["child"].first if genre in kid_genres else p.first, "initials": people.initials(p, loc),
        "titled": f"{people.title(p, t.lang)} {p.last}", "_surname": p.last,
        "phone": ids.write_phone(e["mob"], rng.choice(("national", "international"))),
        "phone2": _phone_text(e["p2_mob"]), "email": e["email"], "street": e["street"],
        "dob": language.fmt_date(e["dob"], loc, rng.choice(("num", "long"))),
        "cdob": language.fmt_date(e["cdob"], loc, rng.choice(("num", "long"))),
        "id": e["nid"] or e["card"], "iban": e["iban"] or e["card"], "card": e["card"], "town": e["town"],
        "date": language.fmt_date(language.event_date(rng, 1), loc, "num"), "staff": rng.choice(looks.STAFF),
        "item": looks.choose(rng, looks.ITEMS, "en"), "pet": e["pet"], "employer": e["employer"],
        "amount": looks.amount(rng, "en", 20, 80), "cottage": e["cottage"],
    }  # fmt: skip
    kinds = {"id": ids.id_entity(loc) if e["nid"] else "credit_debit_card"}
    if not e["iban"]:
        kinds["iban"] = "credit_debit_card"
    text, truth = notes_module.render(template, values, kinds)
    return text, truth, genre, template


def heldout26_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed`` -> ``frame``, ``labels`` (column -> accepted entities, None for not
    personal data, "dont_care"), ``notes`` (each row's ``[(entity, value)]``), ``forms`` (genres), ``templates``,
    ``notes_column``, ``shape``, ``branch`` (the branch-town columns) and ``lead`` (first rows that are no records);
    ``n`` 0: the table's own count."""
    rng = random.Random(_seed(locale, seed))
    shape = _shape_of(locale, seed)
    t = context(locale, seed, rng, shape)
    count = n or _rows(locale, seed, rng)
    distinct = max(3, round(count * rng.uniform(0.55, 0.95)))
    pool = [_entry(t) for _ in range(distinct)]
    picks = pool + [rng.choice(pool) for _ in range(count - distinct)]
    rng.shuffle(picks)
    rendered = [_note(t, e, shape) for e in picks]
    cols, labels, notes_header, branch, lead = _BUILD[shape](t, picks, [r[0] for r in rendered])
    # Empty cells as pandas reads them from the CSV.
    frame = pd.DataFrame({h: [None if v in (None, "") else v for v in cells] for h, cells in cols.items()})
    pad = [(None, [], "", "")] * lead
    rendered = pad + rendered
    return types.SimpleNamespace(
        frame=frame, labels=labels, notes=[r[1] for r in rendered], forms=[r[2] for r in rendered],
        templates=[r[3] for r in rendered], notes_column=notes_header, shape=shape, branch=branch, lead=lead,
    )  # fmt: skip
