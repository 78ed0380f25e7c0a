"""The eight export shapes of held-out set 22 and the table builder.

Shapes new to the sets, each with a column-naming style no set used: piano-tuning visits (GraphQL field paths,
``client.contact.phoneNumber``), heating-oil deliveries (SharePoint internal names, ``Date_x0020_of_x0020_birth``),
hot-air balloon flight bookings (pandas MultiIndex columns flattened to tuples, ``('Passagier', 'Nachname')``),
swimming-lesson enrolments (JSON-pointer paths, ``/parent/telefoon``), grave-tending subscriptions (HTML-marked
headers, ``<b>Nom</b>``, ``Date<br>de naissance``), septic-tank emptying jobs (dBase field names, 10 upper-case
characters, ``GEBURTSDAT``), dog-grooming appointments (R ``make.names`` of the local label, ``Date.de.naissance``)
and Christmas-tree deliveries (MongoDB export paths with array indices, ``customer.phones.0``).

Personal columns: names whole or split (natural, upper, lower, ``Surname, First``, ``SURNAME First``, initial;
particles, hyphenated and two surnames), a second person (emergency contact, mother, gift sender), a child's first
name and birth date (swimming), phones in one export layout per table (national, bare digits, without the trunk
0, international without ``+``, E.164, ``00``, an integer column that lost its leading zero, a ``.0`` float
column with gaps, an extension, two numbers in a cell, dashes, brackets), e-mails, national ids (valid check
digits), IBANs or cards, whole or split addresses, birth dates in the locale's layouts (month names in its
language, with a time of day). Missing cells are written as the country's exports write them (empty, ``n/a``,
``k.A.``, ``onbekend``, ``N/C``, ``s/d``...), about 6 %; some columns change case.

A country without IBANs here gets a card column where its shape has an IBAN column, and a country without an
id pattern (``heldout22_ids.ID_PATTERNS``) no id column.

Labels: a tuple of the entities that count as found (the first is the truth), ``None`` for a look-alike
column. ``branch`` lists the depot/branch town columns (``None`` shown, "don't care" hidden).
"""

# ruff: noqa: E501  (data lines: word lists and templates read better unbroken)

from __future__ import annotations

import random
import types

import pandas as pd

import heldout22_columns as columns
import heldout22_ids as ids
import heldout22_language as language
import heldout22_local as local
import heldout22_notes as notes
import heldout22_people as people
import heldout22_places as places
import heldout22_words as words
from heldout22_language import (  # noqa: F401
    CJK,
    FIRST7,
    INDIC,
    LOCALES,
    N_ROWS,
    NEW8_22,
    OTHER95,
    SEEDS,
    region,
)

LANG = {x: language.lang(x) for x in LOCALES}
TITLES = {lg: words.titles(lg) for lg in set(LANG.values())}
# shape -> (header style, personal columns, look-alike columns). NAME: whole or split; ADDR: whole or split.
SHAPES = {
    "piano tuning visits": ("graphql", ("NAME", "phone", "email", "ADDR", "card"),
                            ("maker", "serial", "pitch", "staff", "visit", "fee", "branch")),
    "heating oil deliveries": ("sharepoint", ("NAME", "phone", "ADDR", "iban", "email", "dob"),
                               ("tank", "litres", "docket", "mprn", "date", "branch")),
    "balloon flight bookings": ("multiindex", ("NAME", "dob", "phone", "email", "contact", "contact_phone", "id"),
                                ("site", "reg", "weight", "staff", "date")),
    "swimming lesson enrolments": ("pointer", ("child", "child_dob", "NAME", "phone", "email", "ADDR"),
                                   ("level", "pool", "staff", "date", "fee")),
    "grave tending subscriptions": ("html", ("NAME", "ADDR", "phone", "iban", "dob", "email"),
                                    ("cemetery", "plot", "mason", "coords", "fee", "date")),
    "septic tank emptying": ("dbase", ("NAME", "ADDR", "phone", "id", "email"),
                             ("volume", "lot", "job", "coords", "date", "branch")),
    "dog grooming appointments": ("rnames", ("NAME", "phone", "email", "ADDR", "card", "contact_phone"),
                                  ("dog", "breed", "shampoo", "staff", "date", "fee")),
    "christmas tree deliveries": ("mongo", ("NAME", "phone", "email", "ADDR", "contact", "card"),
                                  ("species", "size", "tracking", "sscc", "order", "slot", "branch")),
}  # fmt: skip
SHAPE_ORDER = tuple(SHAPES)
_ID = ("national_id", "tax_id", "ssn")
_LABEL = {"first": ("first_name", "name"), "last": ("last_name", "name"), "name": ("name",), "contact": ("name",),
          "child": ("first_name", "name"), "phone": ("phone_number",), "contact_phone": ("phone_number",),
          "email": ("email",), "street": ("street_address", "address"), "postcode": ("postcode",),
          "town": ("city",), "address": ("address", "street_address"), "dob": ("date_of_birth",),
          "child_dob": ("date_of_birth",), "iban": ("iban",), "card": ("credit_debit_card",)}  # fmt: skip
_CENTRE = {"GB": (52.4, -1.5), "US": (39.8, -86.1), "DE": (51.2, 10.4), "FR": (46.6, 2.4), "ES": (40.4, -3.7),
           "IT": (42.8, 12.5), "NL": (52.2, 5.3)}  # fmt: skip


def _faker(locale: str, seed: int):
    return people.fakers(locale, seed)


def _english_share(locale: str) -> float:
    if locale in language.ENGLISH:
        return 1.0
    return 0.5 if locale in FIRST7 else 1 / 3


def _row(locale: str, rng: random.Random, fake, sibling, t: dict) -> dict:
    """One client with every value the table and its note may use."""
    p = people.person(locale, rng, fake, sibling)
    c = people.person(locale, rng, fake, sibling)
    mother = next(
        (m for m in (people.person(locale, rng, fake, sibling) for _ in range(8)) if m.female),
        c,
    )
    dob = language.birth_date(rng)
    country = language.region(locale)
    street, postcode, town = places.place(locale, rng, fake)
    mobile = ids.phone_number(country, rng, mobile=rng.random() < 0.8)
    other = ids.phone_number(country, rng, mobile=True)
    row = {
        "p": p, "c": c, "mother": mother, "dob": dob, "street": street, "postcode": postcode, "town": town,
        "phone_n": mobile, "other_n": other, "email": people.email(p, locale, rng),
        "id": ids.national_id(locale, rng, dob, p.female) if t["has_id"] else None,
        "iban": ids.iban(country, rng) if t["has_iban"] else None, "card": ids.card(rng),
        "child": people.person(locale, rng, fake, sibling).first, "child_dob": language.birth_date(rng, child=True),
        "form": rng.choice(t["forms"]),
    }  # fmt: skip
    return row


def _cell(key: str, row: dict, t: dict, rng: random.Random, locale: str) -> object:
    p = row["p"]
    if key == "name":
        return people.written(p, locale, row["form"])
    if key == "first":
        return p.first
    if key == "last":
        return p.last
    if key == "contact":
        return people.full(row["c"], locale)
    if key == "child":
        return row["child"]
    if key == "phone":
        return ids.write_phone(row["phone_n"], t["layout"], rng, row["other_n"])
    if key == "contact_phone":
        layout = t["layout"] if t["layout"] not in ("two", "int_lost_zero", "float") else "national"
        return ids.write_phone(row["other_n"], layout, rng)
    if key == "email":
        return row["email"].upper() if t["upper_email"] else row["email"]
    if key in ("street", "postcode", "town"):
        return row[key]
    if key == "address":
        return places.whole_address(locale, row["street"], row["postcode"], row["town"], rng)
    if key in ("dob", "child_dob"):
        hour = 0 if rng.random() < 0.8 else rng.randint(0, 23)
        return language.fmt_date(
            row[key],
            locale,
            t["dob_layout"],
            hour,
            0 if hour == 0 else rng.choice((0, 15, 30)),
        )
    if key == "id":
        return row["id"]
    if key == "iban":
        return row["iban"] if row["iban"] else row["card"]
    if key == "card":
        return row["card"]
    raise KeyError(key)


def _note(row: dict, t: dict, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """(note, truth, genre, template) for one row: English or the locale's own genres."""
    lg = LANG[locale]
    own = local.local_templates(words.base_language(lg) if lg in ("lb",) else lg)
    if own and rng.random() >= _english_share(locale):
        genre, template = rng.choice(own)
    else:
        genre, template = rng.choice(notes.english_templates())
    p = row["p"]
    title_lg = lg if "(local)" in genre else "en"
    title = words.female_title(title_lg) if p.female else words.male_title(title_lg)
    phone = ids.write_phone(row["phone_n"], "national", rng)
    no_id, no_iban = row["id"] is None, row["iban"] is None
    card_word = words.labels(lg)["card"]
    dob_layout = t["dob_layout"].replace(" %H:%M", "")
    values = {
        "name": people.written(p, locale, row["form"]), "name_lower": people.full(p, locale).lower(),
        "name_upper": people.full(p, locale).upper(), "name2": people.full(row["mother"] if "registry" in genre else row["c"], locale),
        "first": row["child"] if genre == "swimming report" else p.first, "titled": f"{title} {p.last}",
        "titled_truth": p.last, "phone": phone, "phone2": ids.write_phone(row["other_n"], "national", rng),
        "email": row["email"], "street": row["street"], "postcode": row["postcode"], "town": row["town"],
        "dob": language.fmt_date(row["child_dob"] if genre == "swimming report" else row["dob"], locale, dob_layout),
        "id": row["card"] if no_id else row["id"], "iban": row["card"] if no_iban else row["iban"],
        "card": row["card"], "idname": card_word if no_id else ids.id_name(locale),
        "ref": f"{rng.choice('ABCDKLMPRT')}{rng.randint(1000, 99999)}", "amount": columns.amount(rng, locale, 20, 900),
        "date": language.fmt_date(language.event_date(rng), locale, dob_layout),
        "time": f"{rng.randint(7, 18):02d}:{rng.choice(('00', '15', '30', '45'))}", "staff": t["ctx"]["staff"][0],
        "dog": rng.choice(columns.DOGS), "n": str(rng.randint(300, 2400)), "kg": str(rng.randint(48, 118)),
    }  # fmt: skip
    if locale in people.FAMILY_FIRST or locale in people.NO_SPACE:
        values["name_lower"] = values["name"]
    kinds = {}
    if locale == "en_US" and not no_id:
        kinds["id"] = "ssn"
    if no_id:
        kinds["id"] = "credit_debit_card"
    if no_iban:
        kinds["iban"] = "credit_debit_card"
    text, truth = notes.render(template, values, kinds)
    return text, truth, genre, template


def _missing(t: dict, rng: random.Random) -> object:
    style = t["missing"]
    if style == "empty":
        return ""
    if style == "none":
        return None
    return t["missing_word"]


def heldout22_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` for ``seed``: frame, labels, notes (truth per row), forms, templates,
    notes_column, shape and branch (the depot/branch town columns)."""
    rng = random.Random(f"heldout22-{locale}-{seed}")
    shape = SHAPE_ORDER[(seed + LOCALES.index(locale)) % len(SHAPE_ORDER)]
    style, personal, looks = SHAPES[shape]
    fake = _faker(locale, seed)
    sibling = people.sibling_faker(locale, seed)
    country = language.region(locale)
    has_id = (
        locale in ids.ID_PATTERNS and ids.national_id(locale, random.Random(0), language.REFERENCE, False) is not None
    )
    sample = ids.phone_number(country, random.Random(seed), mobile=True)
    lat, lon = _CENTRE.get(country, (rng.uniform(-30, 55), rng.uniform(-80, 120)))
    t = {
        "has_id": has_id, "has_iban": ids.has_iban(country), "layout": rng.choice(ids.LAYOUTS),
        "dob_layout": language.dob_layout(locale, rng), "forms": rng.sample(people.FORMS, 3),
        "upper_email": rng.random() < 0.15, "missing": rng.choice(("empty", "none", "word", "word")),
        "missing_word": rng.choice(language.missing_words(locale)),
        "ctx": {"staff": rng.sample(columns.STAFF, 3), "date_layout": language.dob_layout(locale, rng),
                "phone_digits": len(str(ids.write_phone(sample, "bare", rng))) if sample else 10,
                "pool": rng.choice(columns.POOLS), "lat": lat, "lon": lon},
    }  # fmt: skip
    keys: list[str] = []
    for k in personal:
        if k == "NAME":
            keys += ["name"] if rng.random() < 0.5 else ["first", "last"]
        elif k == "ADDR":
            split = rng.random() < 0.6
            if split:
                keys += ["street", "postcode", "town"] if places.has_postcodes(locale, fake) else ["street", "town"]
            else:
                keys.append("address")
        elif k == "id" and not has_id:
            continue
        elif k == "iban" and not t["has_iban"]:  # no IBANs in the country: the export holds the card
            keys.append("card")
        else:
            keys.append(k)
    rows = [_row(locale, rng, fake, sibling, t) for _ in range(n)]
    t["ctx"]["branch_town"] = columns.branch_town(locale, rng, rows[0]["town"])
    used: set[str] = set()
    data: dict[str, list] = {}
    labels: dict[str, object] = {}
    branch: list[str] = []
    upper_col = rng.choice([k for k in keys if k in ("name", "last", "street", "town", "address")] or [None])
    for key in keys:
        head = columns.header(style, key, locale, rng, used)
        cells = []
        for row in rows:
            value = _cell(key, row, t, rng, locale)
            if key == upper_col and isinstance(value, str):
                value = value.upper()
            if rng.random() < 0.06 and not (key == "phone" and t["layout"] == "int_lost_zero"):
                value = float("nan") if t["layout"] == "float" and key == "phone" else _missing(t, rng)
            cells.append(value)
        data[head] = cells
        labels[head] = (("ssn", *_ID[:2]) if locale == "en_US" else _ID) if key == "id" else _LABEL[key]
    # About a third of the columns are look-alikes: a table keeps all but two of its shape's (the branch stays).
    dropped = set(rng.sample([k for k in looks if k != "branch"], 2))
    for key in (k for k in looks if k not in dropped):
        head = columns.look_header(style, key, locale, used)
        data[head] = [columns.lookalike(key, rng, locale, t["ctx"]) for _ in rows]
        labels[head] = None
        if key == "branch":
            branch.append(head)
    note_rows = [_note(row, t, rng, locale) for row in rows]
    notes_column = columns.NOTES_HEADERS[style]
    order = list(data)
    rng.shuffle(order)
    order.insert(rng.randint(len(order) // 2, len(order)), notes_column)
    data[notes_column] = [x[0] for x in note_rows]
    frame = pd.DataFrame({c: data[c] for c in order})
    return types.SimpleNamespace(
        frame=frame, labels={c: labels[c] for c in order if c != notes_column},
        notes=[x[1] for x in note_rows], forms=[x[2] for x in note_rows], templates=[x[3] for x in note_rows],
        notes_column=notes_column, shape=shape, branch=branch,
    )  # fmt: skip
