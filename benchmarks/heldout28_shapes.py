"""The eight export shapes of held-out set 28 and the table builder.

Shapes new to the sets, each exported by the system such a business uses (``heldout28_columns``): a public
library's Koha patron export (``koha``), a tea shop's WooCommerce order export (``woocommerce``), a small firm's
Personio employee export (``personio``), a guesthouse's guest register (``guestreg``), a wedding planner's Zola guest
list re-saved in Excel (``zola``), a theatre's Spektrix customer report (``spektrix``), a car dealer's DMS
service-reminder list (``dms``) and a physiotherapy practice's Calendly export (``calendly``).

Rows: 10-400 (most small: one first-7 table of 10-20 rows, one of 250-400). Orders, stays, cars and appointments
come back for the same person (55-95 % distinct; a repeated person is typed differently); patron, staff, guest-list
and customer-report tables hold each person once. Phones in two to four layouts per column, landlines and mobiles
mixed, with and without the country code; birth dates in one to three layouts (weekday and month names in
Personio). Look-alikes (``heldout28_words``, ``heldout28_ids``) are labelled ``None``; the DMS branch town is
``None`` with names shown and "don't care" hidden (``branch``).
"""

from __future__ import annotations

import random
import re
import types
import zlib

import pandas as pd
import phonenumbers
import phonenumbers.timezone

import heldout28_ids as ids
import heldout28_language as language
import heldout28_local as local
import heldout28_notes as notes
import heldout28_people as people
import heldout28_places as places
import heldout28_rows as rows1
import heldout28_rows2 as rows2
import heldout28_words as words
from heldout28_columns import header_lang
from heldout_common import template_parts

FIRST7, OTHER, NEW8_28 = language.FIRST7, language.OTHER, language.NEW8_28
LOCALES, SEEDS, N_ROWS, CJK = language.LOCALES, language.SEEDS, language.N_ROWS, language.CJK
region = language.region
LANG = language.LANG
TITLES = language.TITLES
SHAPES = ("koha", "woocommerce", "personio", "guestreg", "zola", "spektrix", "dms", "calendly")
_BUILD = {"koha": rows1.koha, "woocommerce": rows1.woocommerce, "personio": rows1.personio,
          "guestreg": rows1.guestreg, "zola": rows2.zola, "spektrix": rows2.spektrix, "dms": rows2.dms,
          "calendly": rows2.calendly}  # fmt: skip
# Shapes whose rows are events of a person (orders, stays, cars, appointments): people come back.
_REPEATS = ("woocommerce", "guestreg", "dms", "calendly")
_HOUSE_END = re.compile(r"^(.*?\D)[\s,]+(\d+[a-zA-Z]?(?:[-/]\d+[a-zA-Z]?)?)$")
_HOUSE_START = re.compile(r"^(\d+[a-zA-Z]?)[\s,]+(\D.*)$")


def _seed(locale: str, seed: int) -> int:
    return zlib.crc32(f"heldout28/{locale}/{seed}".encode())


def _shape_of(locale: str, seed: int) -> str:
    """Six different shapes for a first-7 locale's six tables, two for a new locale's; elsewhere by the locale's
    place in the list."""
    k = seed - 28001
    if locale in FIRST7:
        return SHAPES[(FIRST7.index(locale) + k) % len(SHAPES)]
    if locale in NEW8_28:
        return SHAPES[(2 * NEW8_28.index(locale) + k) % len(SHAPES)]
    return SHAPES[(OTHER.index(locale) + 3) % len(SHAPES)]


def _rows(locale: str, seed: int, shape: str, rng: random.Random) -> int:
    k = seed - 28001
    if locale in FIRST7:
        return rng.randrange(10, 21) if k == 0 else rng.randrange(250, 401) if k == 1 else rng.randrange(25, 151)
    if locale in NEW8_28:
        return rng.randrange(15, 61) if k == 0 else rng.randrange(60, 201)
    return rng.randrange(150, 301) if rng.random() < 0.15 else rng.randrange(12, 121)


def _timezone(number) -> str:
    """The time zone Calendly writes for an invitee (``Europe/Berlin``): the first of the number's zones."""
    zones = phonenumbers.timezone.time_zones_for_number(number) if number else ()
    return sorted(z for z in zones if "/" in z)[0] if any("/" in z for z in zones) else "UTC"


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (the runner counts each note's own template)."""
    out = {genre: template_parts(ts[0]) for genre, ts in notes.ENGLISH.items()}
    for shape in local.GENRE_OF_SHAPE:
        for genre, template in local.local_templates(LANG[locale], shape)[:1]:
            out[genre] = template_parts(template)
    return out


def context(locale: str, seed: int, rng: random.Random, shape: str):
    """The table's context: locale, languages, seeded name and address sources, country, postcode width."""
    lg = LANG[locale]
    t = types.SimpleNamespace(locale=locale, seed=seed, rng=rng, shape=shape, lg=lg, hlg=header_lang(lg),
                              region=region(locale), names=people.name_faker(locale, seed),
                              addresses=places.faker_for(locale, seed))  # fmt: skip
    t.country = "FR" if t.region == "RE" else t.region
    towns = [places.place(locale, rng, t.addresses) for _ in range(6)]
    t.branch_towns = sorted({x[2] for x in towns}) * 2
    codes = [x[1] for x in towns if x[1]]
    t.pc_width = len(re.sub(r"\D", "", codes[0])) if codes else 0
    sample = ids.phone_number(t.region, rng, True)
    t.phone_digits = len(str(sample.national_number)) if sample else 9
    t.timezone = _timezone(sample)
    firm = re.sub(r"[^a-z]", "", people.ascii_text(rng.choice(("nordwind", "brightlane", "solaria", "kestrel",
                                                                "alpenglow", "tidewater"))))  # fmt: skip
    t.firm_domain = f"{firm}-{rng.choice(('group', 'logistik', 'tech', 'works'))}.com"
    return t


def _split_house(street: str) -> tuple[str, str]:
    """(street name, house number) as Koha keeps them apart (number "" when the line has none)."""
    if m := _HOUSE_END.match(street):
        return m.group(1).strip(" ,"), m.group(2)
    if m := _HOUSE_START.match(street):
        return m.group(2).strip(" ,"), m.group(1)
    return street, ""


def _phone(t, mobile: bool):
    return ids.phone_number(t.region, t.rng, mobile) or ids.phone_number(t.region, t.rng, not mobile)


def _entry(t, pid: int) -> dict:
    """One person of the table's pool with everything a row of any shape may show of them."""
    rng = t.rng
    p = people.person(t.locale, rng, t.names)
    p2 = people.person(t.locale, rng, t.names)
    kid = people.person(t.locale, rng, t.names)
    child = people.Person(kid.first, p.last, kid.female)
    dob = language.birth_date(rng)
    street, postcode, town = places.place(t.locale, rng, t.addresses)
    street_name, house = _split_house(street)
    alt = places.place(t.locale, rng, t.addresses)
    iban = ids.iban(t.region, rng)
    e = {"pid": pid, "p": p, "p2": p2, "child": child, "dob": dob, "child_dob": language.birth_date(rng, child=True),
         "child_patron": t.shape == "koha" and rng.random() < 0.2, "mobile": _phone(t, True),
         "landline": _phone(t, False), "mobile2": _phone(t, True), "email": people.email(p, t.locale, rng),
         "street": street, "postcode": postcode, "town": town, "street_name": street_name, "house": house,
         "alt": alt, "unit": places.unit_line(t.lg, rng, people.full(p2, t.locale), t.locale),
         "whole": places.whole_address(t.locale, street, postcode, town, rng),
         "nid": ids.national_id(t.locale, rng, dob, p.female, p.last, p.first), "iban": iban,
         "iban_grouped": " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if iban else None,
         "card": ids.card(rng), "plate": ids.plate(t.region, rng)}  # fmt: skip
    e["firm"] = words.street_business(alt[0], t.lg, rng)
    return e


def _note(t, e: dict) -> tuple[str | None, list, str, str]:
    """(note, truth, genre, template) of a row; no note on about a third of the rows."""
    rng = t.rng
    if rng.random() < 0.33:
        return rows1.NO_NOTE
    local_ts = local.local_templates(t.lg, t.shape)
    if local_ts and rng.random() < 0.5:
        genre, template = rng.choice(local_ts)
        title_lg = t.lg
    else:
        genre = rng.choice(notes.GENRES_OF[t.shape])
        template, title_lg = rng.choice(notes.ENGLISH[genre]), "en"
    p, p2 = e["p"], e["p2"]
    doctor = people.person(t.locale, rng, t.names) if genre == "sick note" else p
    full = people.full(p, t.locale)
    values = {
        "name": full, "name_lower": full.lower(), "name2": people.full(p2, t.locale), "first": e["child"].first,
        "initials": people.initials(p, t.locale),
        "titled": f"{people.title(doctor, title_lg)} {people.surname(doctor)}",
        "_surname": people.surname(doctor),
        "phone": ids.write_phone(e["mobile"], rng.choice(("national", "international"))),
        "phone2": ids.write_phone(e["mobile2"], "national"), "email": e["email"], "street": e["street"],
        "dob": language.fmt_date(e["dob"], t.locale, rng.choice(("num", "long"))),
        "cdob": language.fmt_date(e["child_dob"], t.locale, "num"), "id": e["nid"] or e["card"],
        "iban": e["iban"] or e["card"], "card": e["card"], "town": e["town"],
        "date": language.fmt_date(language.event_date(rng, 1), t.locale, "num"), "staff": rng.choice(("Tom", "Ana")),
        "plate": e["plate"], "room": str(rng.randrange(101, 316)), "seat": ids.seat(rng),
        "amount": words.amount(rng, t.lg, 10, 300), "car": rng.choice(words.CARS),
    }  # fmt: skip
    kinds = {"id": ids.id_entity(t.locale) if e["nid"] else "credit_debit_card",
             "iban": "iban" if e["iban"] else "credit_debit_card"}  # fmt: skip
    text, truth = notes.render(template, values, kinds)
    return text, truth, genre, template


def heldout28_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed`` -> ``frame``, ``labels`` (column -> accepted entities, None for not
    personal data, "dont_care"), ``notes`` (each row's ``[(entity, value)]``), ``forms`` (genres), ``templates``,
    ``notes_column``, ``shape``, ``branch`` (the branch-town columns) and ``lead`` (first rows that are no records:
    none in set 28); ``n`` 0: the table's own count."""
    rng = random.Random(_seed(locale, seed))
    shape = _shape_of(locale, seed)
    count = n or _rows(locale, seed, shape, rng)
    t = context(locale, seed, rng, shape)
    pool_size = max(3, round(count * rng.uniform(0.55, 0.95))) if shape in _REPEATS else count
    pool = [_entry(t, i) for i in range(pool_size)]
    picks = pool + [rng.choice(pool) for _ in range(count - pool_size)]
    rng.shuffle(picks)
    rows = [{**e, "note": _note(t, e)} for e in picks]
    columns, labels, notes_header, branch, row_notes = _BUILD[shape](t, rows)
    frame = pd.DataFrame({h: pd.Series(cells, dtype=object) for h, cells in columns.items()})
    return types.SimpleNamespace(
        frame=frame, labels=labels, notes=[r[1] for r in row_notes], forms=[r[2] for r in row_notes],
        templates=[r[3] for r in row_notes], notes_column=notes_header, shape=shape, branch=branch, lead=0,
    )  # fmt: skip
