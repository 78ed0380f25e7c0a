"""The eight export shapes of held-out set 25 and the table builder.

Shapes new to the sets, each exported by the system such a business uses (``heldout25_columns``): a blinds
fitter's Outlook contacts (``outlook``), a heat-pump installer's HubSpot leads (``hubspot``), a dog walker's Stripe
customers (``stripe``), a cookery school's Eventbrite attendee report (``eventbrite``), a kitchen fitter's
QuickBooks Online customer contact list (``quickbooks``), a bowls/boules club's Access members table
(``access``), a holiday camp's Excel registration sheet with merged group headers (``merged``) and a broadband
co-operative's Zendesk users (``zendesk``).

Rows: 10-400 (most tables small: one first-7 table of 10-20 rows, one 300-400), customers come back (55-95 %
distinct people: a repeated person's name may be typed differently on each row). Phones are written in two to
four layouts within a column, birth dates in two or three layouts in the hand-typed columns (Stripe metadata,
Eventbrite, the camp sheet, Zendesk user fields); Outlook writes ``0/0/00`` for no birthday, Access adds
``00:00:00``. Names: ``Last, First``, titles and suffixes in the cell, middle initials, nicknames in quotes,
upper and lower case per row, accents dropped by an old Access import, double-barrelled surnames, two surnames
in Bolivia and Panama. Look-alikes (``heldout25_lookalikes``) are labelled ``None``; the branch or location town
is ``None`` with names shown and "don't care" hidden (``branch``).
"""

from __future__ import annotations

import random
import types
import zlib

import phonenumbers

import heldout24_shapes as set24
import heldout25_ids as ids
import heldout25_language as language
import heldout25_local as local
import heldout25_lookalikes as look
import heldout25_notes as notes_mod
import heldout25_people as people
import heldout25_places as places
import heldout25_rows as rows_a
import heldout25_rows2 as rows_b

FIRST7, OTHER, NEW8_25 = language.FIRST7, language.OTHER, language.NEW8_25
LOCALES, SEEDS, N_ROWS, CJK = language.LOCALES, language.SEEDS, language.N_ROWS, language.CJK
region = language.region
LANG = {x: language.lang(x) for x in LOCALES}
TITLES = {**set24.TITLES, "sw": ["Bw.", "Bi.", "Dkt."], "fo": ["Harra", "Frú", "Dr."], "se": ["Dr."]}
SHAPES = ("outlook", "hubspot", "stripe", "eventbrite", "quickbooks", "access", "merged", "zendesk")
_BUILD = {"outlook": rows_a.outlook, "hubspot": rows_a.hubspot, "stripe": rows_a.stripe,
          "eventbrite": rows_a.eventbrite, "quickbooks": rows_b.quickbooks, "access": rows_b.access,
          "merged": rows_b.merged, "zendesk": rows_b.zendesk}  # fmt: skip
_FIRST7_SIZES = ((10, 20), (20, 40), (40, 90), (12, 30), (150, 250), (300, 400))
_COUNTRY = {"US": "United States", "GB": "United Kingdom", "DE": "Deutschland", "FR": "France", "ES": "España",
            "IT": "Italia", "NL": "Nederland", "BE": "Belgien", "SM": "San Marino", "MC": "Monaco",
            "BO": "Bolivia", "PA": "Panamá", "TZ": "Tanzania", "FO": "Føroyar", "NO": "Norga"}  # fmt: skip
_CURRENCY = {"US": "usd", "GB": "gbp", "CH": "chf", "NO": "nok", "FO": "dkk", "DK": "dkk", "SE": "sek",
             "PL": "pln", "BO": "bob", "PA": "usd", "TZ": "tzs", "JP": "jpy", "IN": "inr"}  # fmt: skip


def _seed(locale: str, seed: int) -> int:
    return seed * 1000 + zlib.crc32(locale.encode()) % 1000


def _shape_of(locale: str, seed: int) -> str:
    """Six different shapes for a first-7 locale's six tables; elsewhere by the locale's place in the list."""
    i = LOCALES.index(locale)
    return SHAPES[(i * 3 + seed - 25001) % len(SHAPES)]


def _rows(locale: str, seed: int, rng: random.Random) -> int:
    if locale in FIRST7:
        lo, hi = _FIRST7_SIZES[(seed - 25001 + FIRST7.index(locale)) % 6]
    elif locale in NEW8_25:
        lo, hi = (15, 40) if seed == 25001 else (60, 120)
    else:
        lo, hi = (10, 60) if rng.random() < 0.8 else (60, 140)
    return rng.randint(lo, hi)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (the runner counts each note's own template)."""
    from heldout_common import template_parts

    out = {g: template_parts(ts[0]) for g, ts in notes_mod.ENGLISH.items()}
    out.update({g: template_parts(t) for g, t in local.local_templates(LANG[locale])})
    return out


def _entry(t, fake, place_fake) -> dict:
    """One person of the table's pool with everything a row of any shape may show of them."""
    rng, locale = t.rng, t.locale
    p = people.person(locale, rng, fake)
    p2 = people.person(locale, rng, fake)
    kid = people.person(locale, rng, fake)
    child = people.Person(kid.first, p.last, kid.female)
    street, postcode, town = places.place(locale, rng, place_fake)
    site = dict(zip(("street", "postcode", "town"), places.place(locale, rng, place_fake), strict=True))
    dob = language.birth_date(rng)
    mobile = ids.phone_number(t.region, rng, True)
    home = ids.phone_number(t.region, rng, False) if rng.random() < 0.45 else None
    iban = ids.iban(t.region, rng, grouped=rng.random() < 0.5) if rng.random() < 0.85 else None
    return {
        "p": p, "p2": p2, "child": child, "cdob": language.birth_date(rng, child=True), "dob": dob,
        "gave_dob": rng.random() < 0.7, "street": street, "postcode": postcode, "town": town, "site": site,
        "unit": places.unit_line(t.lg, rng, people.full(p2, locale)) if rng.random() < 0.22 else None,
        "mobile": mobile if rng.random() < 0.92 or home is None else None, "home": home,
        "work": ids.phone_number(t.region, rng, False) if rng.random() < 0.12 else None,
        "phone2": ids.phone_number(t.region, rng, True),
        "email": people.email(p, locale, rng) if rng.random() < 0.9 else None,
        "email2": people.email(p2, locale, rng), "id": ids.national_id(locale, rng, dob, p.female), "iban": iban,
        "card": ids.card(rng, grouped=rng.random() < 0.6), "stripe_id": ids.stripe_id(rng, "cus_"),
        "zendesk_id": look.zendesk_id(rng), "member": ids.digits_like_phone(rng, rng.choice((5, 6, 8, 10))),
        "dog": rng.choice(look.DOGS), "breed": rng.choice(look.BREEDS),
    }  # fmt: skip


def _context(locale: str, seed: int, rng: random.Random, shape: str, fake, place_fake):
    reg = region(locale)
    example = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)
    t = types.SimpleNamespace(rng=rng, locale=locale, lg=LANG[locale], region=reg, shape=shape,
                              country=_COUNTRY.get(reg, reg), currency=_CURRENCY.get(reg, "eur"),
                              missing=language.missing_words(locale), outlook_date="num",
                              phone_len=len(phonenumbers.national_significant_number(example)) + 1 if example else 10,
                              venue=look.choose(rng, look.VENUES, LANG[locale]))  # fmt: skip
    sample = people.person(locale, rng, fake).first
    t.script = sample.upper() == sample.lower()  # a script without case: no case or comma forms
    t.staff = [people.person(locale, rng, fake).first for _ in range(3)]
    t.branches = [places.place(locale, rng, place_fake)[2] for _ in range(2)]
    return t


def _titled(t, p) -> str:
    words = people.TITLE_WORDS.get(t.lg, (tuple(TITLES.get(t.lg, ["Mr", "Mrs"])[:2]),))[0]
    return f"{words[1] if p.female and len(words) > 1 else words[0]} {p.last}"


def _note(t, e: dict, shape: str) -> tuple[str | None, list, str, str]:
    """(note, truth, genre, template) of a row; no note on about a third of the rows."""
    rng = t.rng
    if rng.random() < 0.3:
        return None, [], "", ""
    templates = local.local_templates(t.lg)
    if templates and shape != "eventbrite" and rng.random() < 0.45:  # a key handover, or the camp's consent
        genre, template = templates[1] if shape == "merged" else templates[0]
    else:
        genre = rng.choice(notes_mod.GENRES_OF[shape])
        template = rng.choice(notes_mod.ENGLISH[genre])
    p, p2 = e["p"], e["p2"]
    form = rng.choices(("natural", "upper", "middle", "ascii"), (75, 10, 10, 5))[0] if not t.script else "natural"
    layout = rng.choice(("num", "num", "long", "iso"))
    card = e["card"]
    values = {
        "name": people.written(p, t.locale, form, t.lg), "name_lower": people.full(p, t.locale).lower(),
        "name2": people.full(p2, t.locale), "first": e["child"].first, "initials": f"{p.first[0]}. {p.last}",
        "titled": _titled(t, p), "_surname": p.last,
        "phone": ids.write_phone(e["mobile"] or e["home"], rng.choice(("national", "national", "international"))),
        "phone2": ids.write_phone(e["phone2"], "national"), "email": e["email"] or people.email(p, t.locale, rng),
        "street": e["street"], "dob": language.fmt_date(e["dob"], t.locale, layout),
        "cdob": language.fmt_date(e["cdob"], t.locale, layout), "id": e["id"] or card, "iban": e["iban"] or card,
        "card": card, "postcode": e["postcode"], "town": e["town"],
        "date": language.fmt_date(language.event_date(rng), t.locale, layout), "staff": rng.choice(t.staff),
        "dog": e["dog"], "breed": e["breed"], "age": str((language.REFERENCE - e["cdob"]).days // 365),
    }  # fmt: skip
    kinds = {}
    if e["id"] is None:
        kinds["id"] = "credit_debit_card"
    elif t.locale == "en_US":
        kinds["id"] = "ssn"
    if e["iban"] is None:
        kinds["iban"] = "credit_debit_card"
    text, truth = notes_mod.render(template, values, kinds)
    return text, truth, genre, template


def heldout25_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed`` -> ``frame``, ``labels`` (column -> accepted entities, None for not
    personal data, "dont_care"), ``notes`` (each row's ``[(entity, value)]``), ``forms`` (genres), ``templates``,
    ``notes_column``, ``shape`` and ``branch`` (the branch-town columns); ``n`` 0: the table's own count."""
    import pandas as pd

    rng = random.Random(_seed(locale, seed))
    shape = _shape_of(locale, seed)
    fake = people.name_faker(locale, _seed(locale, seed))
    place_fake = places.faker_for(locale, _seed(locale, seed))
    t = _context(locale, seed, rng, shape, fake, place_fake)
    count = n or _rows(locale, seed, rng)
    distinct = max(3, round(count * rng.uniform(0.55, 0.95)))
    pool = [_entry(t, fake, place_fake) for _ in range(min(distinct, count))]
    rows = pool + [rng.choice(pool) for _ in range(count - len(pool))]
    rng.shuffle(rows)
    drawn = [_note(t, e, shape) for e in rows]
    columns, labels, notes_column, branch = _BUILD[shape](t, rows, [d[0] for d in drawn])
    if shape == "merged":  # the sub-label row above the list and the total row under it
        drawn = [(None, [], "", ""), *drawn, (None, [], "", "")]
    frame = pd.DataFrame(columns)
    return types.SimpleNamespace(
        frame=frame, labels=labels, notes=[d[1] for d in drawn], forms=[d[2] for d in drawn],
        templates=[d[3] for d in drawn], notes_column=notes_column, shape=shape, branch=branch,
    )  # fmt: skip
