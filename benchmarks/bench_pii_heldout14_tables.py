"""Held-out set 14: labelled tables of 50 locales in export shapes new to the sets (seeds 14001-14002).

Written in session 28 by a helper that did not read the PII tests, the earlier held-out tables, their
results (beyond set 12's group table, for the report's layout), ``docs/pii*.md`` or the detector's
internals. Each (locale, seed) is one table of one of eight shapes (election volunteers, food delivery
orders, clinical-trial screening, marina berths, driving-school pupils, funeral arrangements, wedding
venue bookings, pet insurance), with column names in the locale's language or English in several
styles, values in several cases, look-alike columns that are not personal data, and a free-text
column whose notes are of genres new to the sets (SMS thread export, witness statement, shift handover,
discharge summary, adjuster notes, landlord WhatsApp export, courier exception report, parish record,
OCR'd form text, CRM timeline, pasted e-mail signature, tenant screening), English or local.

Nothing is drawn from the clock: birth dates are counted back from 2026-01-01; ids that embed a birth
date are built here from the row's date with their check digits, and every id is checked with
python-stdnum (UK NI, Hungarian TAJ, Luxembourg matricule and Philippine TIN, which stdnum lacks, by
their own rules). Faker lacks own streets/towns (or names, or phones) for several locales: those are
built here from the language (``OWN_ADDRESS``, ``OWN_NAMES``). Phones are drawn from the region's
``phonenumbers`` metadata and kept only when valid there.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from heldout14_base import (
    CJK,
    FIRST7,
    LANG,
    LOCALES,
    N_ROWS,
    NEW6,
    OTHER37,
    SEEDS,
    TITLES,
    WORDS,
    date_fmt,
    region,
)
from heldout14_ids import (
    make_iban,
)
from heldout14_notes import (
    render_note,
    template_literals,
)
from heldout14_people import (
    _LOCAL_STREET_WORDS,
    COMMON_WORD_SURNAMES,
    NAME_FAKER,
    Person,
    _postcode_from,
    fmt_phone,
)
from heldout14_rows import Ctx, dob_str, full, make_person


# ---------------------------------------------------------------- table shapes
@dataclass
class Table:
    frame: pd.DataFrame
    labels: dict
    notes: list
    forms: list
    notes_column: str
    shape: str
    templates: list


_STYLES = ("snake", "camel", "caps", "title", "prefix", "suffix", "plain")
_PREFIXES = ("cust_", "pt_", "x_", "src_", "owner_", "c_", "fld_")
_SUFFIXES = ("_1", "_main", "2", "_txt", "_val")


def _style(base: str, rng: random.Random) -> str:
    words = re.split(r"[\s_]+", base.strip())
    style = rng.choice(_STYLES)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "caps":
        return "_".join(w.upper() for w in words)
    if style == "title":
        return " ".join(w[:1].upper() + w[1:] for w in words)
    if style == "prefix":
        return rng.choice(_PREFIXES) + "_".join(w.lower() for w in words)
    if style == "suffix":
        return "_".join(w.lower() for w in words) + rng.choice(_SUFFIXES)
    return base


# English column names per field (several per field; abbreviations too).
EN_COLS = {
    "name": ["full name", "name", "contact", "customer", "volunteer name", "applicant"],
    "first": ["first name", "fname", "given name", "forename"],
    "last": ["surname", "last name", "lname", "family name"],
    "phone": ["phone", "tel", "contact no", "phone number", "tel1"],
    "mobile": ["mobile", "cell", "mob no"],
    "email": ["email", "e-mail address", "mail", "email addr"],
    "dob": ["dob", "date of birth", "birth date", "born"],
    "address": ["address", "home address", "delivery address", "billing address"],
    "street": ["street", "address line 1", "addr1", "street line"],
    "postcode": ["postcode", "zip", "post code", "postal code"],
    "city": ["town", "city", "locality"],
    "id": ["national id", "id number", "id no", "personal id", "gov id"],
    "iban": ["iban", "bank account", "acct iban"],
    "card": ["card number", "card no", "pan"],
    "notes": ["notes", "remarks", "free text", "comments", "memo"],
}


def _col(ctx: Ctx, key: str, role: str = "") -> str:
    local = ctx.local_cols and ctx.rng.random() < 0.85
    base = WORDS[ctx.lang][key] if local else ctx.rng.choice(EN_COLS[key])
    base = f"{role} {base}" if role else base
    return _style(base, ctx.rng)


def _fmt_name(p: Person, kind: str, locale: str) -> str:
    nat = full(p, locale)
    titled = f"{nat}{p.title}" if LANG[locale] in ("ja", "zh", "ko") else f"{p.title} {nat}"
    return {
        "nat": nat,
        "inv": f"{p.last}, {p.first}",
        "title": titled,
        "uc": nat.upper(),
        "lc": nat.lower(),
        "initial": f"{p.first[:1]}. {p.last}",
    }[kind]


def _event(ctx: Ctx) -> str:
    return (date(2024, 1, 1) + timedelta(days=ctx.rng.randint(0, 720))).strftime(date_fmt(ctx.locale))


def _nid_label(locale: str) -> tuple[str, ...]:
    return ("ssn", "national_id", "tax_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")


def _columns(ctx: Ctx, shape: str) -> list[tuple[str, str, object]]:
    """(column name, value kind, label) of a shape; ``p.`` kinds are of the row's person, ``q.`` of the second."""
    rng = ctx.rng
    nk = rng.choice(["nat", "inv", "title", "uc", "lc"])
    lay = rng.choice(["national", "intl", "e164", "digits", "ext", "dotted"])
    acct = (
        ("p.iban", ("iban",)) if make_iban(ctx.locale, random.Random(0), ctx.fk) else ("p.card", ("credit_debit_card",))
    )
    N, F, L, PH, EM, DOB = ("name",), ("first_name",), ("last_name",), ("phone_number",), ("email",), ("date_of_birth",)
    ST, AD, PC, CI, ID = (
        ("street_address", "address"),
        ("address", "street_address"),
        ("postcode",),
        ("city",),
        _nid_label(ctx.locale),
    )
    c = lambda key, role="": _col(ctx, key, role)  # noqa: E731
    if shape == "election volunteers":
        return [
            (_style("volunteer id", rng), "ref:VOL-{5}", None),
            (c("name"), f"p.name:{nk}", N),
            (c("phone"), f"p.phone:{lay}", PH),
            (c("email"), "p.email", EM),
            (c("dob"), "p.dob", DOB),
            (
                _style("polling station", rng),
                "choice:St Mary's Church Hall|Station Road Primary School|Mill Lane "
                "Community Centre|Victoria Park Pavilion|Kings Road Library",
                None,
            ),
            (_style("shift date", rng), "event", None),
            (_style("hours", rng), "count", None),
            (c("postcode"), "p.postcode", PC),
            (c("city"), "p.city", CI),
        ]
    if shape == "food delivery orders":
        return [
            (_style("order ref", rng), "ref:ORD{8}", None),
            (c("name", "customer"), f"p.name:{rng.choice(['uc', 'inv', 'nat'])}", N),
            (c("mobile"), f"p.phone:{rng.choice(['intl', 'e164', 'national'])}", PH),
            (c("address"), "p.addr", AD),
            (_style("item sku", rng), "choice:PZ-MARG-12|BRG-DBL-02|SUSHI-M8|CURRY-VEG-1|SALAD-GRN-3", None),
            (_style("total", rng), "amount", None),
            (_style("rider vehicle", rng), "choice:Bike 12|Scooter 7|Car 3|E-bike 21", None),
            (_style("order date", rng), "event", None),
            (c("email"), "p.email", EM),
        ]
    if shape == "clinical trial screening":
        return [
            (_style("screening no", rng), "ref:SCR-014-{4}", None),
            (_style("initials", rng), "initials", "dont_care"),
            (c("first"), rng.choice(["p.first", "p.first_uc"]), F),
            (c("last"), rng.choice(["p.last", "p.last_uc"]), L),
            (c("dob"), "p.dob", DOB),
            (c("id"), "p.nid", ID),
            (c("phone"), f"p.phone:{rng.choice(['ext', 'national'])}", PH),
            (
                _style("site", rng),
                "choice:Site 3 - Hill Road Clinic|Site 7 - Harbour View|Site 1 - Central|Site 9 - Park Lane Unit",
                None,
            ),
            (_style("visit date", rng), "event", None),
            (_style("bmi", rng), "float", None),
            (_style("status", rng), "choice:eligible|screen fail|pending|withdrawn", None),
        ]
    if shape == "marina berths":
        return [
            (_style("berth", rng), "ref:B-{2}", None),
            (
                _style("vessel name", rng),
                "choice:Sea Breeze|Lady Grace|Blue Heron|Morning Star|Victoria|Rosie|Wild Rover|Silver Fern",
                None,
            ),
            (c("name", "owner"), "p.name:title", N),
            (c("email"), "p.email", EM),
            (c("phone"), "p.phone:e164", PH),
            (c("iban"), *acct),
            (c("street"), "p.street", ST),
            (c("postcode"), "p.postcode", PC),
            (c("city"), "p.city", CI),
            (_style("length m", rng), "float", None),
        ]
    if shape == "driving school pupils":
        return [
            (_style("pupil no", rng), "ref:{6}", None),
            (c("first").upper(), "p.first_uc", F),
            (c("last").upper(), "p.last_uc", L),
            (c("dob"), "p.dob", DOB),
            (c("phone"), "p.phone:digits", PH),
            (c("email"), "p.email", EM),
            (c("address"), "p.addr", AD),
            (_style("instructor", rng), "q.name:nat", N),
            (_style("lessons", rng), "count", None),
            (_style("test date", rng), "event", None),
            (_style("gearbox", rng), "choice:manual|automatic", None),
        ]
    if shape == "funeral arrangements":
        return [
            (_style("case ref", rng), "ref:FA/{4}/26", None),
            (_style("deceased", rng), "p.name:nat", N),
            (c("dob", "deceased"), "p.dob", DOB),
            (_style("date of death", rng), "event", None),
            (c("name", "next of kin"), "q.name:inv", N),
            (c("phone", "nok"), f"q.phone:{rng.choice(['ext', 'intl'])}", PH),
            (c("email", "nok"), "q.email", EM),
            (c("street", "nok"), "q.street", ST),
            (c("postcode"), "q.postcode", PC),
            (c("city"), "q.city", CI),
            (
                _style("venue", rng),
                "choice:Chapel of Rest, Mill Lane|Church Street Crematorium|Garden Chapel|Oak Hall",
                None,
            ),
            (_style("estimate", rng), "amount", None),
        ]
    if shape == "wedding venue bookings":
        return [
            (_style("booking ref", rng), "ref:WED-{5}", None),
            (c("name", "partner 1"), f"p.name:{nk}", N),
            (c("name", "partner 2"), "q.name:nat", N),
            (c("email"), "p.email", EM),
            (c("phone"), f"p.phone:{lay}", PH),
            (_style("room", rng), "choice:Garden Room|Orangery|Long Gallery|Kings Hall|Terrace", None),
            (_style("event date", rng), "event", None),
            (_style("guests", rng), "count", None),
            (_style("deposit", rng), "amount", None),
            (c("card"), "p.card", ("credit_debit_card",)),
            (c("address", "billing"), "p.addr", AD),
        ]
    return [
        (_style("policy no", rng), "ref:PET-{7}", None),
        (_style("pet name", rng), "choice:Bella|Max|Luna|Charlie|Daisy|Milo|Poppy|Teddy|Rocky|Coco", None),
        (_style("species", rng), "choice:dog|cat|rabbit", None),
        (c("name", "holder"), f"p.name:{rng.choice(['lc', 'nat', 'initial'])}", N),
        (c("dob"), "p.dob", DOB),
        (c("id"), "p.nid", ID),
        (c("iban"), *acct),
        (c("phone"), "p.phone:national", PH),
        (c("email"), "p.email", EM),
        (c("postcode"), "p.postcode", PC),
        (c("city"), "p.city", CI),
        (_style("claim amount", rng), "amount", None),
    ]


SHAPES = (
    "election volunteers",
    "food delivery orders",
    "clinical trial screening",
    "marina berths",
    "driving school pupils",
    "funeral arrangements",
    "wedding venue bookings",
    "pet insurance",
)


def _value(ctx: Ctx, kind: str, p: Person, q: Person) -> str:
    rng = ctx.rng
    if kind.startswith(("p.", "q.")):
        who = p if kind[0] == "p" else q
        attr, _, sub = kind[2:].partition(":")
        if attr == "name":
            return _fmt_name(who, sub, ctx.locale)
        if attr == "phone":
            return fmt_phone(who.phone, sub, rng)
        if attr == "dob":
            return dob_str(who, ctx.locale)
        if attr == "addr":
            return f"{who.street}, {who.postcode} {who.city}"
        if attr.endswith("_uc"):
            return getattr(who, attr[:-3]).upper()
        return getattr(who, attr)
    if kind.startswith("ref:"):
        return _postcode_from(kind[4:], rng)
    if kind.startswith("choice:"):
        return rng.choice(kind[7:].split("|"))
    if kind == "initials":
        return f"{p.first[:1]}{p.last[:1]}".upper()
    if kind == "event":
        return _event(ctx)
    if kind == "count":
        return str(rng.randint(1, 40))
    if kind == "float":
        return f"{rng.uniform(5, 40):.1f}"
    return f"{rng.uniform(10, 4000):.2f}"


def heldout14_table(locale: str, seed: int, n: int = N_ROWS) -> Table:
    """One labelled table of ``locale`` (the shape follows from the locale and seed)."""
    rng = random.Random(f"set14/{locale}/{seed}")
    fk = Faker(locale if locale not in ("de_LU", "en_PH") else "en_US")
    fk.seed_instance(seed)
    fk_names = Faker(NAME_FAKER.get(locale, locale))
    fk_names.seed_instance(seed + 7)
    shape = SHAPES[(LOCALES.index(locale) * 2 + seed - SEEDS[0]) % len(SHAPES)]
    ctx = Ctx(locale, rng, fk, fk_names, LANG[locale], rng.random() < 0.5)
    cols = _columns(ctx, shape)
    notes_col = _col(ctx, "notes")
    names = [c for c, _, _ in cols]
    assert len(set([*names, notes_col])) == len(names) + 1, names
    rows, notes, forms, templates = [], [], [], []
    for _ in range(n):
        p, q = make_person(ctx), make_person(ctx)
        doc = make_person(ctx).last if LANG[locale] != "en" or rng.random() < 0.5 else rng.choice(COMMON_WORD_SURNAMES)
        row = {c: _value(ctx, kind, p, q) for c, kind, _ in cols}
        if rng.random() < 0.85:
            text, truth, form, template = render_note(ctx, p, q, doc, _postcode_from("R{6}", rng), _event(ctx))
        else:
            text, truth, form, template = rng.choice(["", "ok", "n/a", "see file"]), [], "", ""
        row[notes_col] = text
        rows.append(row)
        notes.append(truth)
        forms.append(form)
        templates.append(template)
    frame = pd.DataFrame(rows, columns=[*names, notes_col])
    labels = {c: lab for c, _, lab in cols}
    return Table(frame, labels, notes, forms, notes_col, shape, templates)


# What the runner and the shared scoring read from this module (``pii_heldout_scoring.HeldoutSet``).
__all__ = [
    "CJK",
    "FIRST7",
    "LANG",
    "LOCALES",
    "NEW6",
    "N_ROWS",
    "OTHER37",
    "SEEDS",
    "TITLES",
    "_LOCAL_STREET_WORDS",
    "Table",
    "heldout14_table",
    "region",
    "template_literals",
]
