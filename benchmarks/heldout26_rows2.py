"""Held-out set 26: the columns of the vet, parish-roll, Airtable and Odoo shapes, cell by cell, with labels.

As ``heldout26_rows`` (same return value).
"""

from __future__ import annotations

import heldout26_columns as columns
import heldout26_ids as ids
import heldout26_language as language
import heldout26_lookalikes as looks
import heldout26_people as people
from heldout26_rows import (
    ADDR,
    CITY,
    DOB,
    EMAIL,
    FIRST,
    IBAN,
    LAST,
    NAME,
    NID,
    PC,
    PHONE,
    STREET,
    dob,
    finish,
    full_name,  # fmt: skip
    given,
    part,
    phone,
    pick,
)

_ = ADDR


def vet(t, rows, notes):
    """A veterinary practice's client list: title, names, the address over three lines, home, work (with an
    extension) and mobile numbers, the animal on the row (a client with two pets comes twice)."""
    lg = t.hlg
    keys = list(columns.VET)
    h = {k: columns.label(columns.VET, k, lg) for k in keys}
    c = {k: [] for k in keys}
    hmix, wmix, mmix = (ids.phone_mix(t.rng) for _ in range(3))
    vmix = language.dob_mix(t.rng, "num")
    for e, note in zip(rows, notes, strict=True):
        p = e["p"]
        unit = t.rng.random() < 0.3
        row = {
            "code": e["client_code"], "title": people.title(p, t.lang) if t.rng.random() < 0.8 else "",
            "first": part(t, given(p)), "last": part(t, p.last),
            "a1": e["unit"] if unit else e["street"], "a2": e["street"] if unit else "",
            "a3": e["locality"] if t.rng.random() < 0.3 else "", "town": e["town"], "pc": e["postcode"],
            "home": phone(t, e["land"], hmix) if t.rng.random() < 0.4 else "",
            "work": ids.with_extension(phone(t, e["work"], wmix), lg, t.rng) if t.rng.random() < 0.2 else "",
            "mobile": phone(t, e["mob"], mmix) if t.rng.random() < 0.9 else "", "email": e["email"],
            "animal": e["pet"], "species": looks.choose(t.rng, looks.SPECIES, lg), "breed": pick(t, looks.BREEDS),
            "policy": e["policy"] if t.rng.random() < 0.5 else "",
            "visit": language.fmt_date(language.event_date(t.rng, 3), t.locale, vmix[0][0]),
            "balance": looks.amount(t.rng, lg, -120, 0) if t.rng.random() < 0.3 else "0", "notes": note or "",
        }  # fmt: skip
        for k in keys:
            c[k].append(row[k])
    labels = {"code": None, "title": None, "first": FIRST, "last": LAST, "a1": STREET, "a2": "dont_care",
              "a3": "dont_care", "town": CITY, "pc": PC, "home": PHONE, "work": PHONE, "mobile": PHONE,
              "email": EMAIL, "animal": None, "species": None, "breed": None, "policy": None, "visit": None,
              "balance": None}  # fmt: skip
    return finish(h, c, labels, "notes")


def church(t, rows, notes):
    """A parish roll / ChurchSuite address book: giving-envelope number, surname, forenames (middle names
    included), the spouse on the same row, an old register's birth dates (some only a year, some ``00.00.1948``),
    the joining date in the same layout, the church of the parish the member belongs to."""
    lg = t.hlg
    keys = list(columns.CHURCH)
    h = {k: columns.label(columns.CHURCH, k, lg) for k in keys}
    c = {k: [] for k in keys}
    mix, mmix = ids.phone_mix(t.rng), ids.phone_mix(t.rng)
    dmix = language.dob_mix(t.rng, "num", old_register=True)
    for e, note in zip(rows, notes, strict=True):
        p, p2 = e["p"], e["p2"]
        married = t.rng.random() < 0.5
        row = {
            "env": e["envelope"], "last": part(t, p.last), "first": part(t, given(p)),
            "title": people.title(p, t.lang), "dob": dob(t, e["dob"], dmix) if t.rng.random() < 0.85 else "",
            "spouse": (people.full(p2, t.locale) if t.rng.random() < 0.5 else p2.first) if married else "",
            "addr": e["street"], "pc": e["postcode"], "town": e["town"],
            "tel": phone(t, e["land"], mix) if t.rng.random() < 0.6 else "",
            "mobile": phone(t, e["mob"], mmix) if t.rng.random() < 0.7 else "",
            "email": e["email"] if t.rng.random() < 0.6 else "",
            "joined": language.fmt_date(language.event_date(t.rng, 30), t.locale, dmix[0][0]),
            "role": looks.choose(t.rng, looks.MINISTRIES, lg) if t.rng.random() < 0.4 else "",
            "site": pick(t, t.branches), "notes": note or "",
        }  # fmt: skip
        for k in keys:
            c[k].append(row[k])
    labels = {"env": None, "last": LAST, "first": FIRST, "title": None, "dob": DOB, "spouse": NAME, "addr": STREET,
              "pc": PC, "town": CITY, "tel": PHONE, "mobile": PHONE, "email": EMAIL, "joined": None, "role": None,
              "site": None}  # fmt: skip
    return finish(h, c, labels, "notes", branch=("site",))


def airtable(t, rows, notes):
    """A repair café's Airtable base, grid view exported to CSV: the volunteers' own field names in their language,
    the visitor as the primary field, a linked-record list, Airtable's ISO ``Created`` time stamp."""
    lg = t.hlg
    keys = list(columns.AIRTABLE)
    h = {k: columns.label(columns.AIRTABLE, k, lg) for k in keys}
    c = {k: [] for k in keys}
    mix = ids.phone_mix(t.rng)
    visits = 0
    for e, note in zip(rows, notes, strict=True):
        visits += 1  # noqa: SIM113
        when = language.event_date(t.rng, 2)
        row = {
            "visitor": full_name(t, e["p"], ("natural", "natural", "natural", "lower", "upper")),
            "phone": phone(t, e["mob"], mix) if t.rng.random() < 0.75 else "",
            "email": e["email"] if t.rng.random() < 0.6 else "",
            "street": e["street"] if t.rng.random() < 0.4 else "",
            "pc": e["postcode"] if t.rng.random() < 0.7 else "",
            "item": looks.choose(t.rng, looks.ITEMS, lg), "fault": looks.choose(t.rng, looks.FAULTS, lg),
            "fixer": pick(t, looks.STAFF[4:8]), "outcome": looks.choose(t.rng, looks.OUTCOMES, lg),
            "visit": f"{when.month}/{when.day}/{when.year}",
            "created": f"{when}T{t.rng.randint(9, 15):02d}:{t.rng.randint(0, 59):02d}:00.000Z",
            "visits": ", ".join(f"V{visits - i}" for i in range(t.rng.randint(1, 3)) if visits - i > 0),
            "kg": f"{t.rng.uniform(0.2, 9):.1f}", "notes": note or "",
        }  # fmt: skip
        for k in keys:
            c[k].append(row[k])
    labels = {"visitor": NAME, "phone": PHONE, "email": EMAIL, "street": STREET, "pc": PC, "item": None,
              "fault": None, "fixer": None, "outcome": None, "visit": None, "created": None, "visits": None,
              "kg": None}  # fmt: skip
    return finish(h, c, labels, "notes")


def odoo(t, rows, notes):
    """An e-bike leasing shop's Odoo contacts export in the user's language: the external id, ``Company, Person``
    display names for contacts filed under their employer, ``Street2``, a phone with the extension of the
    employer's switchboard, a tax id, a custom birth-date field, bank accounts, the employer."""
    lg = t.hlg
    keys = list(columns.ODOO)
    h = {k: columns.label(columns.ODOO, k, lg) for k in keys}
    c = {k: [] for k in keys}
    mix, mmix = ids.phone_mix(t.rng), ids.phone_mix(t.rng)
    dmix = language.dob_mix(t.rng, pick(t, ("iso", "num")))
    for i, (e, note) in enumerate(zip(rows, notes, strict=True)):
        p = e["p"]
        name = people.full(p, t.locale)
        employer = e["employer"]
        under = t.rng.random() < 0.3
        row = {
            "id": looks.odoo_xmlid(t.rng, 1000 + i * 3), "display": f"{employer}, {name}" if under else name,
            "name": name, "street": e["street"], "street2": e["unit"] if t.rng.random() < 0.25 else "",
            "zip": e["postcode"], "city": e["town"], "country": t.country,
            "phone": (ids.with_extension(phone(t, e["work"], mix), lg, t.rng) if under
                      else phone(t, e["land"], mix) if t.rng.random() < 0.4 else ""),
            "mobile": phone(t, e["mob"], mmix), "email": e["email"] if t.rng.random() < 0.9 else "",
            "vat": e["nid"] if e["nid"] and t.rng.random() < 0.6 else "",
            "dob": dob(t, e["dob"], dmix) if t.rng.random() < 0.7 else "",
            "bank": e["iban"] if e["iban"] and t.rng.random() < 0.7 else "", "ref": e["ref"],
            "company": employer, "tags": looks.choose(t.rng, looks.TAGS, lg), "notes": note or "",
        }  # fmt: skip
        for k in keys:
            c[k].append(row[k])
    labels = {"id": None, "display": NAME, "name": NAME, "street": STREET, "street2": "dont_care", "zip": PC,
              "city": CITY, "country": None, "phone": PHONE, "mobile": PHONE, "email": EMAIL, "vat": NID,
              "dob": DOB, "bank": IBAN, "ref": None, "company": None, "tags": None}  # fmt: skip
    return finish(h, c, labels, "notes")
