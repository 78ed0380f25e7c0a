"""Held-out set 29: the table context, each person's record, and the cell helpers every export shape uses.

``context`` gathers a table's locale, language, seeded name and address sources and its random generator;
``entry`` draws one person with everything a row of any shape may show of them (names, birth date, phones, e-mail,
address, id, IBAN, a relative, a child); the writers draw a column's own conventions once (two to four phone
layouts, one to three birth-date layouts, a mix of name forms) and apply them row by row, as a column filled by
many hands over the years.
"""

from __future__ import annotations

import random
import types

import heldout29_ids as ids
import heldout29_language as language
import heldout29_people as people
import heldout29_places as places

FIRST, LAST, NAME = ("first_name", "name"), ("last_name", "name"), ("name",)
PHONE, EMAIL, DOB = ("phone_number",), ("email",), ("date_of_birth",)
STREET, ADDR, CITY, PC = ("street_address", "address"), ("address", "street_address"), ("city",), ("postcode",)
IBAN, NID, NAME_PHONE = ("iban",), ("national_id", "ssn", "tax_id"), ("name", "phone_number")
_NO_CASE = ("ja", "zh", "ko", "th", "ar", "he", "fa", "hi", "bn", "ka", "hy", "am", "si", "ta", "gu", "mr", "ne")


def context(locale: str, seed: int, shape: str) -> types.SimpleNamespace:
    """The table's context: locale, languages, seeded name and address sources, country, postcode use."""
    lg = language.lang(locale)
    rng = random.Random(f"{locale}/{seed}/{shape}")
    return types.SimpleNamespace(
        locale=locale, seed=seed, shape=shape, lg=lg, rng=rng, region=language.region(locale),
        names=people.name_faker(locale, seed), addresses=places.faker_for(locale, seed),
        has_pc=places.has_postcodes(locale), cased=lg not in _NO_CASE and locale not in language.CJK,
        missing=language.missing_words(locale),
    )  # fmt: skip


def person(t):
    """A person of the table's locale."""
    return people.person(t.locale, t.rng, t.names)


def entry(t, pid: int) -> dict:
    """One person of the table's pool with everything a row of any shape may show of them."""
    rng = t.rng
    p = person(t)
    dob = language.birth_date(rng)
    street, pc, town = places.place(t.locale, rng, t.addresses)
    partner = person(t)
    mobile = ids.phone_number(t.region, rng, mobile=True)
    land = ids.phone_number(t.region, rng, mobile=False) if rng.random() < 0.6 else None
    return {
        "pid": pid, "p": p, "dob": dob, "street": street, "pc": pc if t.has_pc else "", "town": town,
        "mobile": mobile, "land": land, "email": people.email(p, t.locale, rng),
        "nid": ids.national_id(t.locale, rng, dob, p.female, p.last, p.first),
        "iban": ids.iban(t.region, rng), "partner": partner, "child": person(t).first,
        "partner_mobile": ids.phone_number(t.region, rng, mobile=True),
    }  # fmt: skip


def pick(t, options, weights=None):
    """One of ``options`` (by ``weights``) from the table's generator."""
    return t.rng.choices(list(options), weights=weights)[0]


def phone_writer(t, main: str = ""):
    """A column's way of writing numbers: two to four layouts, with and without the country code."""
    layouts, weights = ids.phone_mix(t.rng, main)

    def write(number) -> str:
        return ids.write_phone(number, pick(t, layouts, weights)) if number is not None else ""

    return write


def dob_writer(t, main: str = "", extra: tuple[str, ...] = ()):
    """A column's birth-date layouts (a main one and one or two others; ``extra`` layouts on a few rows)."""
    layouts, weights = language.dob_mix(t.rng, main)
    layouts, weights = list(layouts) + list(extra), list(weights) + [0.1] * len(extra)

    def write(d) -> str:
        return language.fmt_date(d, t.locale, pick(t, layouts, weights))

    return write


def name_cell(t, p, forms=("natural", "natural", "natural", "comma", "initial", "nick", "upper", "lower")) -> str:
    """A full-name cell in a form drawn for this row (a list filled by many hands)."""
    form = pick(t, forms)
    if not t.cased and form in ("upper", "lower", "ascii"):
        form = "natural"
    return people.written(p, t.locale, form, t.lg, t.rng)


def part(t, text: str) -> str:
    """A first or last name typed in mixed case."""
    return people.case_cell(text, t.rng) if t.cased else text


def blank(t, value, share: float = 0.1):
    """``value``, or an empty cell (None, or the country's missing-cell word) on ``share`` of the rows."""
    if t.rng.random() >= share:
        return value
    return None if t.rng.random() < 0.7 else t.rng.choice(t.missing)


def repeat_rows(t, pool: list[dict], n: int, distinct: float) -> list[dict]:
    """``n`` rows drawn from ``pool`` where about ``distinct`` of the rows are a person's first (orders, gifts,
    prescriptions and parcels come back for the same person)."""
    rows: list[dict] = []
    seen: list[dict] = []
    fresh = iter(pool)
    for _ in range(n):
        if seen and t.rng.random() > distinct:
            rows.append(t.rng.choice(seen))
        else:
            seen.append(next(fresh))
            rows.append(seen[-1])
    return rows


def staff(t, k: int = 4) -> list:
    """``k`` staff (clerks, dentists, drivers, fundraisers) of the locale: the same few on every row."""
    return [person(t) for _ in range(k)]


def finish(columns: dict, labels: dict, notes_key: str, row_notes, branch=(), fixed=()):
    """Columns and labels by header; a column every record left empty is dropped unless the system always writes
    it (``fixed``)."""
    kept = {}
    for header, cells in columns.items():
        if header in fixed or header == notes_key or any(c not in (None, "") for c in cells):
            kept[header] = cells
    # The notes column is scored as free text (the runner checks it apart), not as a labelled column.
    return kept, {h: labels[h] for h in kept if h != notes_key}, notes_key, tuple(branch), row_notes
