"""Held-out set 13: people (names, birth date, address, phone, e-mail, id, IBAN, card) and how their
values are written in cells (split out of ``bench_pii_heldout13_tables.py``; nothing here changed a table).
"""

# ruff: noqa: E501  (address lines and cell layouts read best one per line)
from __future__ import annotations

import random
import re
from datetime import date, timedelta

from faker import Faker

from heldout13_base import CJK, LANG, REF, Person, _ascii
from heldout13_ids import card, iban, national_id, phone
from heldout13_language import (
    _DMY,
    _YMD,
    ADDRESS_STYLE,
    DATE_FORMATS,
    MAIL_DOMAINS,
    OWN_ADDRESS,
    TITLE_BY_SEX,
    WORD_FIRST_F,
    WORD_FIRST_M,
    WORD_SURNAMES,
)

# ---------------------------------------------------------------- people and addresses


def _street(locale: str, fake: Faker, rng: random.Random) -> tuple[str, str, str, str]:
    """(street line, postcode, town, state) of the locale; own lists where Faker has none."""
    own = OWN_ADDRESS.get(locale)
    if own:
        names, build, towns, postcode = own["streets"], own["line"], own["towns"], own["postcode"]
        street = build(rng.choice(names), rng)
        town = rng.choice(towns)
        return street, postcode(rng, town), town, ""
    street = re.sub(r"\s*\n\s*", ", ", fake.street_address())
    state = ""
    if locale in ("en_US", "en_AU", "en_CA", "fr_CA"):
        for attr in ("state_abbr", "province_abbr"):
            if hasattr(fake, attr):
                state = getattr(fake, attr)()
                break
    pc = fake.postcode()
    if locale == "es_AR":
        pc = rng.choice("BCSXMKTQ") + str(rng.randint(1000, 9499)) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return street, pc, fake.city(), state


def person(locale: str, fake: Faker, rng: random.Random) -> Person:
    female = rng.random() < 0.5
    if locale.startswith("en") and rng.random() < 0.22:  # names that are also English words
        first = rng.choice(WORD_FIRST_F if female else WORD_FIRST_M)
        last = rng.choice(WORD_SURNAMES)
    else:
        first = fake.first_name_female() if female else fake.first_name_male()
        last = fake.last_name_female() if female else fake.last_name_male()
    first, last = first.strip(), last.strip()
    dob = REF - timedelta(days=rng.randint(18 * 365, 88 * 365))
    p = Person(first, last, female, dob)
    p.street, p.postcode, p.city, p.state = _street(locale, fake, rng)
    p.phone = phone(locale, rng, rng.random() < 0.7)
    p.email = email(locale, p, rng, fake)
    p.nid = national_id(locale, rng, p)
    p.iban = iban(locale, rng)
    p.card = card(rng)
    return p


def email(locale: str, p: Person, rng: random.Random, fake: Faker) -> str:
    f, last = _ascii(p.first).lower(), _ascii(p.last).lower().replace(" ", "")
    domain = rng.choice(MAIL_DOMAINS.get(locale, ["gmail.com", "outlook.com", "yahoo.com"]))
    if len(f) < 2 or len(last) < 2:
        user = fake.user_name()
    else:
        user = rng.choice([f"{f}.{last}", f"{f[0]}{last}", f"{f}_{last}{rng.randint(1, 99)}", f"{last}.{f[0]}",
                           f"{f}{last}{rng.randint(60, 99)}", f"{f}.{last}"])  # fmt: skip
    return user + "@" + domain


def dob_text(locale: str, d: date, rng: random.Random) -> str:
    fmt = rng.choice(DATE_FORMATS[locale])
    if fmt == "LONG_EN":
        return f"{d.day} {d.strftime('%b')} {d.year}"
    if fmt == "ZH":
        return f"{d.year}年{d.month}月{d.day}日"
    return d.strftime(fmt)


def full_address(locale: str, p: Person) -> str:
    style = ADDRESS_STYLE.get(locale, "eu")
    s, z, c = p.street, p.postcode, p.city
    return {
        "us": f"{s}, {c}, {p.state} {z}" if p.state else f"{s}, {c} {z}",
        "uk": f"{s}, {c} {z}",
        "eu": f"{s}, {z} {c}",
        "ru": f"{z}, {c}, {s}",
        "hu": f"{z} {c}, {s}",
        "ja": f"〒{z} {c}{s}",
        "zh": f"{c}{s}",
        "in": f"{s}, {c} - {z}",
        "br": f"{s}, {c} - {z}",
    }[style]


def full_name(locale: str, p: Person) -> str:
    if locale in CJK:
        return f"{p.last}{p.first}" if locale == "zh_CN" else f"{p.last} {p.first}"
    if locale == "hu_HU":
        return f"{p.last} {p.first}"
    return f"{p.first} {p.last}"


def title_of(locale: str, p: Person, rng: random.Random) -> str:
    t = TITLE_BY_SEX[LANG[locale]]
    return rng.choice(t[1] if p.female else t[0])


# ---------------------------------------------------------------- rendering


def _cased(text: str, case: str) -> str:
    return text.lower() if case == "lower" else text.upper() if case == "upper" else text


def _titled(locale: str, name: str, title: str) -> str:
    return f"{name}{title}" if LANG[locale] in ("ja", "zh") else f"{name} {title}" if LANG[locale] == "lv" else f"{title} {name}"


def name_cell(locale: str, p: Person, style: str, rng: random.Random) -> str:
    full = full_name(locale, p)
    if locale in CJK:
        return full if style != "titled" else _titled(locale, full, title_of(locale, p, rng))
    if style == "mixed":
        style = rng.choice(["natural", "lower", "upper", "inv", "inv_upper"])
    return {
        "natural": full, "lower": full.lower(), "upper": full.upper(), "inv": f"{p.last}, {p.first}",
        "inv_upper": f"{p.last.upper()}, {p.first}", "titled": _titled(locale, full, title_of(locale, p, rng)),
        "initials": f"{p.first[0]}. {p.last}" if rng.random() < 0.5 else f"{p.last} {p.first[0]}.",
    }[style]  # fmt: skip


def _event_date(locale: str, rng: random.Random) -> str:
    return (REF + timedelta(days=rng.randint(-400, 120))).strftime(DATE_FORMATS[locale][0].replace("LONG_EN", _DMY).replace("ZH", _YMD))


def _amount(locale: str, rng: random.Random, lo: int, hi: int) -> str:
    x = rng.randint(lo * 100, hi * 100) / 100
    s = f"{x:,.2f}"
    if LANG[locale] in ("en", "ja", "zh") or locale in ("es_MX", "de_CH", "fr_CH"):
        return s
    return s.replace(",", " ").replace(".", ",")


def _case_col(values: list[str], style: str) -> list[str]:
    return [v.lower() if style == "lower" else v.upper() if style == "upper" else v for v in values]
