"""Held-out set 30: the table context, each person's record, and the cell helpers every export shape uses.

``context`` gathers a table's locale, language, seeded name and address sources and its random generator; ``entry``
draws one person with everything a row of any shape may show of them. For set 29's 166 locales the names, streets,
ids, IBANs and e-mails come from set 29's public generators (``heldout29_people``, ``heldout29_places``,
``heldout29_ids``) with set 30's seeds; the eight new locales from ``heldout30_new8``. The writers draw a column's
own conventions once (two to four phone layouts, one to three birth-date layouts, a mix of name forms) and apply them
row by row.
"""

from __future__ import annotations

import random
import types

import heldout28_ids as ids28
import heldout29_ids as ids29
import heldout29_people as people29
import heldout29_places as places29
import heldout30_language as language
import heldout30_new8 as new8

NAME = ("name", "last_name", "first_name")
FIRST = ("first_name", "name")
LAST = ("last_name", "name")
PHONE = ("phone_number", "fax_number")
EMAIL = ("email",)
DOB = ("date_of_birth",)
STREET = ("street_address", "address")
ADDR = ("address", "street_address")
CITY = ("city", "address")
PC = ("postcode",)
NID = ("national_id", "ssn", "tax_id")
IBAN = ("iban",)
NAME_PHONE = ("name", "phone_number", "last_name", "first_name")
_NO_CASE = ("ar_IQ", "ar_KW", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH")


def context(locale: str, seed: int, shape: str) -> types.SimpleNamespace:
    """The table's context: locale, languages, seeded name and address sources, country, postcode use."""
    rng = random.Random(f"{locale}/{seed}/{shape}/30")
    new = locale in language.NEW8_30
    return types.SimpleNamespace(
        locale=locale, seed=seed, shape=shape, rng=rng, lg=language.lang(locale), new=new,
        region=language.region(locale), names=None if new else people29.name_faker(locale, seed),
        addr=None if new else places29.faker_for(locale, seed),
        postcodes=(not new and places29.has_postcodes(locale)) or locale in ("fr_PF", "sr_BA", "en_ZM", "de_NA"),
    )  # fmt: skip


def person(t):
    """A person of the table's locale."""
    return new8.person(t.locale, t.rng) if t.new else people29.person(t.locale, t.rng, t.names)


def full(t, p) -> str:
    """The name as running text writes it."""
    return new8.full(p, t.locale) if t.new else people29.full(p, t.locale)


def titled(t, p) -> str:
    """Title and surname as the language puts them."""
    return new8.titled(p, t.lg) if t.new else people29.titled(p, t.lg)


def surname(p) -> str:
    """The surname a title goes with."""
    return p.last if isinstance(p, new8.Person) else people29.surname(p)


def phone(t, mobile: bool = True):
    """A ``phonenumbers``-valid number of the table's country (set 28's generator)."""
    return ids28.phone_number(t.region, t.rng, mobile)


def entry(t, pid: int) -> dict:
    """One person of the table's pool with everything a row of any shape may show of them."""
    p = person(t)
    dob = language.birth_date(t.rng)
    if t.new:
        street, pc, town = new8.place(t.locale, t.rng)
        nid = new8.national_id(t.locale, t.rng, dob, p.female)
        iban = new8.iban(t.region, t.rng)
        mail = new8.email(p, t.locale, t.rng)
    else:
        street, pc, town = places29.place(t.locale, t.rng, t.addr)
        nid = ids29.national_id(t.locale, t.rng, dob, p.female, p.last, p.first)
        iban = ids29.iban(t.region, t.rng)
        mail = people29.email(p, t.locale, t.rng)
    rel = person(t)
    return {"pid": pid, "p": p, "first": p.first, "last": p.last, "full": full(t, p), "titled": titled(t, p),
            "surname": surname(p), "female": p.female, "dob": dob, "mobile": phone(t, True), "land": phone(t, False),
            "email": mail, "street": street, "postcode": pc, "town": town, "id": nid, "iban": iban,
            "card": ids29.card(t.rng), "rel": rel, "rel_full": full(t, rel), "rel_phone": phone(t, True)}  # fmt: skip


def whole(t, e: dict) -> str:
    """The whole address in one cell as the country writes it."""
    if t.new:
        return new8.whole_address(t.locale, e["street"], e["postcode"], e["town"])
    return places29.whole_address(t.locale, e["street"], e["postcode"], e["town"], t.rng)


def pick(t, options, weights=None):
    """One of ``options`` (by ``weights``) from the table's generator."""
    return t.rng.choices(list(options), weights=weights)[0]


def phone_writer(t, main: str = ""):
    """A column's way of writing numbers: two to four layouts (set 29's mix), with and without the country code."""
    layouts, weights = ids29.phone_mix(t.rng, main)

    def write(n) -> str | None:
        return None if n is None else ids29.write_phone(n, pick(t, layouts, weights))

    return write


def dob_writer(t, main: str = ""):
    """A column's birth-date layouts (a main one and one or two others)."""
    layouts, weights = language.dob_mix(t.rng, main)
    return lambda d: language.fmt_date(d, t.locale, pick(t, layouts, weights))


def name_cell(t, e: dict, forms=("natural", "natural", "natural", "comma", "initial", "upper", "lower")) -> str:
    """A full-name cell in a form drawn for this row (a list filled by many hands)."""
    form = pick(t, forms)
    p = e["p"]
    if not t.new:
        return people29.written(p, t.locale, form, t.lg, t.rng)
    if t.locale in _NO_CASE and form in ("upper", "lower"):
        form = "natural"
    return {"natural": e["full"], "comma": f"{p.last}, {p.first}", "initial": f"{p.first[0]}. {p.last}",
            "upper": e["full"].upper(), "lower": e["full"].lower()}[form]  # fmt: skip


def part(t, text: str) -> str:
    """A first or last name typed in mixed case (set 29's)."""
    return people29.case_cell(text, t.rng)


def blank(t, value, share: float = 0.1):
    """``value``, or an empty cell (None, or the country's missing-cell word) on ``share`` of the rows."""
    if t.rng.random() >= share:
        return value
    return None if t.rng.random() < 0.6 else t.rng.choice(language.missing_words(t.locale))


def repeat_rows(t, pool: list[dict], n: int, distinct: float) -> list[dict]:
    """``n`` rows drawn from ``pool`` where about ``distinct`` of the rows are a person's first (donations, rent
    payments, screening visits and trips come back for the same person)."""
    first = max(1, round(n * distinct))
    rows = list(pool[:first])
    while len(rows) < n:
        rows.append(t.rng.choice(pool[:first]))
    t.rng.shuffle(rows)
    return rows


def staff(t, k: int = 4) -> list:
    """``k`` staff (nurses, consultants, agents, guides) of the locale: the same few on every row."""
    return [person(t) for _ in range(k)]


def finish(columns: dict, labels: dict, notes_key: str, row_notes, branch=(), fixed=()):
    """Columns and labels by header; a column every record left empty is dropped unless the system always writes
    it (``fixed``)."""
    keep = {h: v for h, v in columns.items() if h in fixed or h == notes_key or any(x not in (None, "") for x in v)}
    return (
        keep,
        {h: lab for h, lab in labels.items() if h in keep and h != notes_key},
        notes_key,
        tuple(branch),
        row_notes,
    )
