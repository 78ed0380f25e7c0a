"""Set 14's row context: one person per row with address, birth date and ids.

Part of ``bench_pii_heldout14_tables`` (split from it by concept; the tables are unchanged).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import timedelta

from faker import Faker

from heldout14_base import CJK, REF, TITLES, date_fmt
from heldout14_ids import check_id, make_card, make_iban, national_id
from heldout14_people import _STREETS, COMMON_WORD_SURNAMES, OWN_NAMES, Person, _email, _phone, _postcode_from


# ---------------------------------------------------------------- people
@dataclass
class Ctx:
    locale: str
    rng: random.Random
    fk: Faker
    fk_names: Faker
    lang: str
    local_cols: bool
    notes: list = field(default_factory=list)


def _street_city_post(ctx: Ctx) -> tuple[str, str, str]:
    own = _STREETS.get(ctx.locale)
    rng, fk = ctx.rng, ctx.fk
    if own and own[0]:
        pat, words = own[0], own[1]
        street = rng.choice(pat).format(
            w=rng.choice(words),
            n=rng.randint(1, 180),
            d=rng.randint(1, 40),
            m=rng.randint(1, 20),
            b=rng.choice(["San Isidro", "Poblacion", "Malanday", "Bagong Silang", "Mabolo"]),
        )
    else:
        street = re.sub(r"\s*\n\s*", ", ", fk.street_address())
    if own and own[2]:
        city = rng.choice(own[2])
    elif ctx.locale == "ja_JP":
        city = fk.city()
    else:
        city = fk.city()
    postcode = _postcode_from(own[3], rng) if own and own[3] else fk.postcode()
    if ctx.locale == "sl_SI":
        postcode = str(rng.randint(1000, 9265))
    return street, city, postcode


def make_person(ctx: Ctx) -> Person:
    rng = ctx.rng
    female = rng.random() < 0.5
    if ctx.locale in OWN_NAMES:
        firsts, lasts = OWN_NAMES[ctx.locale]
        first, last = rng.choice(firsts), rng.choice(lasts)
    else:
        fn = ctx.fk_names
        first = fn.first_name_female() if female and hasattr(fn, "first_name_female") else fn.first_name()
        last = fn.last_name_female() if female and hasattr(fn, "last_name_female") else fn.last_name()
    if ctx.lang == "en" and rng.random() < 0.25:
        last = rng.choice(COMMON_WORD_SURNAMES)
    dob = REF - timedelta(days=rng.randint(18 * 365, 88 * 365))
    titles = TITLES[ctx.lang]
    title = rng.choice(titles[:2] if len(titles) > 2 else titles)
    if ctx.lang == "en":
        title = rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr"
    street, city, postcode = _street_city_post(ctx)
    p = Person(
        first,
        last,
        female,
        dob,
        title,
        _phone(ctx.locale, rng, rng.random() < 0.7),
        _email(first, last, rng),
        street,
        postcode,
        city,
        "",
        make_iban(ctx.locale, rng, ctx.fk),
        make_card(rng),
    )
    p.nid = national_id(ctx.locale, p, rng)
    assert check_id(ctx.locale, p.nid), (ctx.locale, p.nid)
    return p


def full(p: Person, locale: str) -> str:
    """The name in the order its language writes it."""
    if locale in ("ja_JP", "zh_CN", "ko_KR", "hu_HU"):
        return f"{p.last}{'' if locale in CJK or locale == 'ko_KR' else ' '}{p.first}"
    return f"{p.first} {p.last}"


def dob_str(p: Person, locale: str) -> str:
    return p.dob.strftime(date_fmt(locale))
