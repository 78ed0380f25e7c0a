"""Held-out set 15: the tables (eight export shapes new to the sets), their labels and notes.

``heldout15_table(locale, seed, n)`` builds one table of one shape: apprenticeship registrations, allotment
tenants, hospice admissions, crowdfunding backers, coworking members, foster-carer applications, legal-aid
intake, student housing. Column names come in the locale's language or English, as written, snake_case,
camelCase, ALL CAPS or Title Case, with the shape's prefix word (``tenant_``, ``backer``) or a numbered
suffix; look-alike columns that are no personal data sit next to the personal ones (refs, plot and room
codes, amounts, event dates in the birth-date layout, counts, company names, access-card numbers, sites
named like streets). Every labelled column's entity is in ``labels`` (a tuple of the entities accepted,
``None`` for a column that is not personal data); every entity inserted into a note is in ``notes``.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from dataclasses import dataclass, field
from random import Random

import pandas as pd

import heldout15_language as lang
import heldout15_notes as notes
import heldout15_people as people
from heldout_common import region as _region

LOCALES, FIRST7, OTHER43, NEW6, CJK = lang.LOCALES, lang.FIRST7, lang.OTHER43, lang.NEW6, lang.CJK
LANG, TITLES = lang.LANG, lang.TITLES
SEEDS = (15001, 15002)
N_ROWS = 24
region = _region

L_FIRST, L_LAST, L_NAME = ("first_name", "name"), ("last_name", "name"), ("name",)
L_DOB, L_PHONE, L_EMAIL = ("date_of_birth",), ("phone_number", "fax_number"), ("email",)
L_NID, L_STREET, L_ADDR = ("national_id", "ssn", "tax_id"), ("street_address", "address"), ("address", "street_address")
L_POST, L_CITY = ("postcode",), ("city",)

SHAPES = (
    "apprenticeship registrations",
    "allotment tenants",
    "hospice admissions",
    "crowdfunding backers",
    "coworking members",
    "foster-carer applications",
    "legal-aid intake",
    "student housing",
)
_PREFIX = {
    "apprenticeship registrations": "apprentice",
    "allotment tenants": "tenant",
    "hospice admissions": "patient",
    "crowdfunding backers": "backer",
    "coworking members": "member",
    "foster-carer applications": "applicant",
    "legal-aid intake": "client",
    "student housing": "student",
}
_GENRES = {
    "apprenticeship registrations": ["ticket comments", "teams export", "reply chain"],
    "allotment tenants": ["plot inspection", "reply chain", "lost and found"],
    "hospice admissions": ["gp triage", "handwritten intake", "teams export"],
    "crowdfunding backers": ["backer message", "ticket comments"],
    "coworking members": ["teams export", "lost and found", "ticket comments"],
    "foster-carer applications": ["handwritten intake", "reply chain", "gp triage"],
    "legal-aid intake": ["probation note", "handwritten intake", "reply chain"],
    "student housing": ["viewing feedback", "lost and found", "reply chain"],
}


@dataclass
class Table:
    frame: pd.DataFrame
    labels: dict
    notes: list
    forms: list
    templates: list
    notes_column: str
    shape: str
    meta: dict = field(default_factory=dict)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def styled(words: str, style: str) -> str:
    """A column name written in ``style``: as written, snake, camel, CAPS or Title."""
    parts = _words(words)
    if not parts:
        return words
    if style == "snake":
        return "_".join(p.lower() for p in parts)
    if style == "camel":
        return parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:])
    if style == "caps":
        return "_".join(p.upper() for p in parts)
    if style == "title":
        return " ".join(p[:1].upper() + p[1:] for p in parts)
    return words


class Namer:
    """Column names of one table: the language's words or English, one style per table, the shape's
    prefix on some columns, numbered suffixes on repeats."""

    def __init__(self, locale: str, shape: str, rng: Random):
        language = lang.LANG[locale]
        self.local = lang.COLUMNS.get(language) if rng.random() < 0.7 else None
        self.rng, self.prefix = rng, _PREFIX[shape]
        self.style = rng.choice(["asis", "snake", "camel", "caps", "title"])
        self.used: set[str] = set()

    def __call__(self, concept: str | None, english: str | list[str], prefixed: bool | None = None) -> str:
        pool = (self.local or {}).get(concept) if concept else None
        pool = pool or (lang.COLUMNS["en"].get(concept) if concept else None) or english
        words = self.rng.choice(pool if isinstance(pool, list) else [pool])
        if isinstance(english, str) and not concept:
            words = english
        if (prefixed if prefixed is not None else self.rng.random() < 0.3) and self.prefix not in words.lower():
            words = f"{self.prefix} {words}"
        name = styled(words, self.style)
        base, k = name, 1
        while name in self.used:
            k += 1
            name = f"{base}{'_' if self.style != 'camel' else ''}{k}"
        self.used.add(name)
        return name


def _case(rng: Random, upper_share: float = 0.12) -> str:
    r = rng.random()
    return "upper" if r < upper_share else "lower" if r < upper_share + 0.12 else "as"


def _amount(locale: str, rng: Random, lo: float, hi: float) -> str:
    value = rng.uniform(lo, hi)
    text = f"{value:,.2f}"
    if lang.LANG[locale] not in ("en", "ja", "zh", "ko", "th"):
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def _event(rng: Random) -> dt.date:
    return people.REFERENCE - dt.timedelta(days=rng.randint(5, 900))


_ROLES = {
    "mentor": ["mentor", "supervisor"],
    "nok": ["next of kin", "NOK name", "emergency contact"],
    "p2": ["second applicant", "partner name", "applicant 2"],
    "ref_": ["referee", "reference name"],
    "opp": ["other party", "opponent"],
    "g": ["guarantor", "guarantor name"],
}


def _person_columns(t: _Builder, key: str, p: people.Person, variant: str, case: str) -> None:
    """The person's name column(s): ``split`` first/last, or one column (natural, inverted, titled,
    initialled); a second person's column is named by its role (``mentor``, ``guarantor``)."""
    loc = t.locale
    if variant == "split":
        t.add(f"{key}first", "first", L_FIRST, people.cased(p.first, case))
        t.add(f"{key}last", "last", L_LAST, people.cased(p.last, case))
        return
    text = {
        "natural": people.full_name(loc, p),
        "inverted": people.inverted(loc, p),
        "titled": f"{p.title} {people.full_name(loc, p)}"
        if lang.LANG[loc] not in ("ja", "zh", "ko")
        else f"{people.full_name(loc, p)}{p.title}",
        "initialled": people.initialled(loc, p),
    }[variant]
    if key in _ROLES:
        t.add(f"{key}name", None, L_NAME, people.cased(text, case), _ROLES[key], prefixed=False)
    else:
        t.add(f"{key}name", "name", L_NAME, people.cased(text, case))


class _Builder:
    """Column order, names, labels and cells of one table."""

    def __init__(self, locale: str, shape: str, rng: Random, n: int):
        self.locale, self.rng, self.n = locale, rng, n
        self.namer = Namer(locale, shape, rng)
        self.columns: dict[str, tuple[str, tuple | str | None]] = {}  # key -> (column name, label)
        self.rows: list[dict[str, str]] = [{} for _ in range(n)]
        self.i = 0
        self.spec: dict[str, tuple] = {}

    def add(
        self,
        key: str,
        concept: str | None,
        label,
        value: str,
        english: str | list[str] = "",
        prefixed: bool | None = None,
    ) -> None:
        if key not in self.columns:
            self.columns[key] = (self.namer(concept, english or concept or key, prefixed), label)
        self.rows[self.i][key] = value


def _shape_columns(b: _Builder, shape: str, p: people.Person, p2: people.Person, p3: people.Person, opts: dict) -> None:
    """The cells of one row of ``shape`` (``opts``: the table's fixed choices: variants, layouts, cases)."""
    loc, rng = b.locale, b.rng
    ph = opts["layout"]
    bank_label = (p.bank_entity,)
    if shape == "apprenticeship registrations":
        b.add(
            "ref",
            None,
            None,
            f"APP-{2024 + rng.randint(0, 2)}-{rng.randint(1, 99999):05d}",
            ["registration no", "reg ref"],
        )
        _person_columns(b, "p1", p, "split", opts["case"])
        b.add("dob", "dob", L_DOB, people.date_text(loc, p.dob))
        b.add("nid", "nid", L_NID, p.nid)
        b.add("phone", "phone", L_PHONE, people.phone_text(loc, p.phone, rng, ph))
        b.add("email", "email", L_EMAIL, p.email)
        b.add("street", "street", L_STREET, p.street)
        b.add("postcode", "postcode", L_POST, p.postcode)
        b.add("city", "city", L_CITY, p.city)
        b.add(
            "employer",
            None,
            None,
            opts["companies"][rng.randrange(len(opts["companies"]))],
            ["employer", "host company"],
        )
        b.add(
            "trade",
            None,
            None,
            rng.choice(["Electrician", "Plumbing", "Bricklaying", "Joinery", "Chef", "Hairdressing", "Mechanic"]),
            ["trade", "programme"],
        )
        b.add("start", None, None, people.date_text(loc, _event(rng)), ["start date", "commenced"])
        b.add("wage", None, None, _amount(loc, rng, 180, 520), ["weekly wage", "wage"])
        _person_columns(b, "mentor", p2, "natural", "as")
    elif shape == "allotment tenants":
        b.add("plot", None, None, f"{rng.randint(1, 120)}{rng.choice('ABCD')}", ["plot no", "plot"])
        b.add("site", None, None, opts["sites"][rng.randrange(len(opts["sites"]))], ["site", "location"])
        _person_columns(b, "p1", p, "inverted", opts["case"])
        b.add("phone", "phone", L_PHONE, people.phone_text(loc, p.phone, rng, ph))
        b.add("email", "email", L_EMAIL, p.email)
        b.add("address", "address", L_ADDR, people.address(loc, p))
        b.add("rent", None, None, _amount(loc, rng, 20, 140), ["annual rent", "rent"])
        b.add("since", None, None, people.date_text(loc, _event(rng)), ["tenant since", "start"])
        b.add("waiting", None, None, str(rng.randint(0, 60)), ["waiting list pos", "queue"])
    elif shape == "hospice admissions":
        b.add(
            "ward",
            None,
            None,
            rng.choice(["Rowan", "Willow", "Cedar", "Maple Court", "Birch Lane"]) + f" {rng.randint(1, 14)}",
            ["room", "bed"],
        )
        _person_columns(b, "p1", p, "titled", opts["case"])
        b.add("dob", "dob", L_DOB, people.date_text(loc, p.dob))
        b.add("nid", "nid", L_NID, p.nid)
        b.add("street", "street", L_STREET, people.cased(p.street, opts["case"]))
        b.add("postcode", "postcode", L_POST, p.postcode)
        b.add("city", "city", L_CITY, p.city)
        b.add("admitted", None, None, people.date_text(loc, _event(rng)), ["admitted", "admission date"])
        _person_columns(b, "nok", p2, "natural", "as")
        b.add("nokphone", "phone", L_PHONE, people.phone_text(loc, p2.phone, rng, "international"), prefixed=False)
        b.add(
            "gp",
            None,
            L_NAME,
            f"Dr {p3.last}" if lang.LANG[loc] == "en" else people.titled_last(loc, p3),
            ["GP", "gp name"],
        )
        b.add("los", None, None, str(rng.randint(1, 40)), ["length of stay", "days"])
    elif shape == "crowdfunding backers":
        b.add("pledge", None, None, f"PL{rng.randint(100000, 999999)}", ["pledge id", "backer no"])
        _person_columns(b, "p1", p, "natural", opts["case"])
        b.add("email", "email", L_EMAIL, p.email)
        b.add("amount", None, None, _amount(loc, rng, 5, 400), ["pledge amount", "amount"])
        b.add(
            "tier",
            None,
            None,
            rng.choice(["EARLY-BIRD", "TIER-2", "COLLECTOR", "BACKER-KIT", "DELUXE"]),
            ["reward", "tier"],
        )
        b.add("bank", "iban" if p.bank_entity == "iban" else "card", bank_label, p.bank)
        b.add("address", "address", L_ADDR, people.cased(people.address(loc, p), opts["case"]), prefixed=False)
        b.add("phone", "phone", L_PHONE, people.phone_text(loc, p.phone, rng, "e164"))
        b.add("backed", None, None, people.date_text(loc, _event(rng)), ["pledged on", "date"])
    elif shape == "coworking members":
        _person_columns(b, "p1", p, "split", opts["case"])
        b.add(
            "company", None, None, opts["companies"][rng.randrange(len(opts["companies"]))], ["company", "organisation"]
        )
        b.add("desk", None, None, f"{rng.choice(['HD', 'DD', 'OF'])}-{rng.randint(1, 80):02d}", ["desk", "space"])
        b.add("phone", "phone", L_PHONE, people.phone_text(loc, p.phone, rng, "extension"))
        b.add("email", "email", L_EMAIL, p.email)
        b.add(
            "plan",
            None,
            None,
            rng.choice(["Hot desk", "Dedicated desk", "Private office", "Virtual"]),
            ["plan", "membership"],
        )
        b.add("start", None, None, people.date_text(loc, _event(rng)), ["member since", "start date"])
        b.add("access", None, None, f"{rng.randint(0, 99999999):010d}", ["access card", "fob id"])
        b.add("bank", "iban" if p.bank_entity == "iban" else "card", bank_label, p.bank)
    elif shape == "foster-carer applications":
        b.add("ref", None, None, f"FC/{rng.randint(100, 999)}/{rng.randint(20, 26)}", ["application ref", "case no"])
        _person_columns(b, "p1", p, "natural", opts["case"])
        b.add("dob", "dob", L_DOB, people.date_text(loc, p.dob))
        b.add("nid", "nid", L_NID, p.nid)
        _person_columns(b, "p2", p2, "natural", opts["case"])
        b.add("dob2", "dob", L_DOB, people.date_text(loc, p2.dob), prefixed=False)
        b.add("address", "address", L_ADDR, people.address(loc, p))
        b.add("phone", "phone", L_PHONE, people.phone_text(loc, p.phone, rng, "digits"))
        b.add("email", "email", L_EMAIL, p.email)
        b.add("household", None, None, str(rng.randint(1, 7)), ["household size", "children at home"])
        _person_columns(b, "ref_", p3, "inverted", "as")
        b.add("refphone", "phone", L_PHONE, people.phone_text(loc, p3.phone, rng, ph), prefixed=False)
    elif shape == "legal-aid intake":
        b.add("ref", None, None, f"LA-{rng.randint(10000, 99999)}", ["intake ref", "matter no"])
        _person_columns(b, "p1", p, "initialled" if rng.random() < 0.5 else "inverted", opts["case"])
        b.add("dob", "dob", L_DOB, people.date_text(loc, p.dob))
        b.add("nid", "nid", L_NID, p.nid)
        b.add("phone", "phone", L_PHONE, people.phone_text(loc, p.phone, rng, ph))
        b.add("email", "email", L_EMAIL, p.email)
        b.add("street", "street", L_STREET, p.street)
        b.add("postcode", "postcode", L_POST, p.postcode)
        b.add("city", "city", L_CITY, people.cased(p.city, opts["case"]))
        b.add(
            "matter",
            None,
            None,
            rng.choice(["Housing", "Debt", "Family", "Employment", "Immigration"]),
            ["matter type", "area"],
        )
        _person_columns(b, "opp", p2, "natural", "as")
        b.add("income", None, None, _amount(loc, rng, 300, 2400), ["monthly income", "income"])
    else:  # student housing
        b.add("sid", None, None, f"S{rng.randint(2000000, 2699999)}", ["student no", "student id"])
        _person_columns(b, "p1", p, "natural", opts["case"])
        b.add("dob", "dob", L_DOB, people.date_text(loc, p.dob))
        b.add("phone", "phone", L_PHONE, people.phone_text(loc, p.phone, rng, ph))
        b.add("email", "email", L_EMAIL, p.email)
        b.add(
            "room",
            None,
            None,
            f"{rng.choice(['Block A', 'Block C', 'Hall 2', 'Elm House', 'Station Road Hall'])} / "
            f"{rng.randint(1, 6)}{rng.randint(1, 30):02d}",
            ["room", "flat"],
        )
        b.add("movein", None, None, people.date_text(loc, _event(rng)), ["move in", "arrival"])
        _person_columns(b, "g", p2, "natural", "as")
        b.add("gphone", "phone", L_PHONE, people.phone_text(loc, p2.phone, rng, "international"), prefixed=False)
        b.add("address", "address", L_ADDR, people.address(loc, p))
        b.add("bank", "iban" if p.bank_entity == "iban" else "card", bank_label, p.bank)
        b.add("rent", None, None, _amount(loc, rng, 350, 1200), ["weekly rent", "rent"])


def _note_fields(loc: str, p: people.Person, p2: people.Person, rng: Random, case: str) -> dict:
    c = lambda s: people.cased(s, case)  # noqa: E731
    nid_entity = "ssn" if loc == "en_US" else "national_id"
    layouts = ["national", "international", "digits", "dotted", "national"]
    phone = people.phone_text(loc, p.phone, rng, rng.choice(layouts))
    phone2 = people.phone_text(loc, p.phone2, rng, rng.choice(layouts))
    name, inv, first = c(people.full_name(loc, p)), c(people.inverted(loc, p)), c(p.first)
    last_t, init = people.titled_last(loc, p), people.initialled(loc, p)
    other, other_t = people.full_name(loc, p2), people.titled_last(loc, p2)
    return {
        "name": (name, "name", people.name_words(name)),
        "inv": (inv, "name", people.name_words(inv)),
        "first": (first, "name", first),
        "last_t": (c(last_t), "last_name", c(p.last)),
        "init": (c(init), "last_name", c(p.last)),
        "other": (other, "name", other),
        "other_t": (other_t, "last_name", p2.last),
        "street": (p.street, "street_address", p.street),
        "addr": (people.address(loc, p), "street_address", p.street),
        "phone": (phone, "phone_number", phone),
        "phone2": (phone2, "phone_number", phone2),
        "email": (p.email, "email", p.email),
        "nid": (p.nid, nid_entity, p.nid),
        "iban": (p.bank, p.bank_entity, p.bank),
        "card": (p.bank, p.bank_entity, p.bank),
        "dob": (people.date_text(loc, p.dob), "date_of_birth", None),
        "ref": (f"{rng.choice(['TK', 'REF', 'CS'])}-{rng.randint(10000, 99999)}", None, None),
        "date": (people.date_text(loc, _event(rng)), None, None),
        "time": (f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}", None, None),
        "amount": (_amount(loc, rng, 5, 900), None, None),
        "room": (f"{rng.choice('ABCDE')}{rng.randint(100, 450)}", None, None),
        "plot": (f"Plot {rng.randint(1, 120)}{rng.choice('ABC')}", None, None),
        "n": (str(rng.randint(1, 9)), None, None),
    }


def _note(loc: str, shape: str, p: people.Person, p2: people.Person, rng: Random) -> tuple[str, list, str, str]:
    """(text, labels, form, template) of one row's note."""
    language = lang.LANG[loc]
    english_share = 1.0 if language == "en" else 0.5 if loc in FIRST7 else 0.25
    if rng.random() < english_share:
        form = rng.choice(_GENRES[shape])
        template = rng.choice(notes.ENGLISH[form])
    else:
        forms = ["handwritten intake (local labels)"]
        if language in notes.LOCAL:
            forms += ["ticket comments (local)", "triage (local)"]
        form = rng.choice(forms)
        if form.startswith("handwritten"):
            template = notes.intake_template(lang.COLUMNS.get(language, lang.COLUMNS["en"]))
        else:
            template = rng.choice(notes.LOCAL[language]["ticket" if form.startswith("ticket") else "triage"])
    upper = 0.5 if "handwritten" in form else 0.12
    fields = _note_fields(loc, p, p2, rng, _case(rng, upper))
    text, labels = notes.render(template, fields)
    return text, labels, form, template


def heldout15_table(locale: str, seed: int, n: int = N_ROWS) -> Table:
    """One table of ``locale`` for ``seed``: its shape, frame, column labels and labelled notes."""
    key = seed * 1000 + zlib.crc32(locale.encode()) % 1000
    rng = Random(key)
    fake = people.faker(locale)
    fake.seed_instance(key)
    shape = SHAPES[(LOCALES.index(locale) * 3 + seed) % len(SHAPES)]
    opts = {
        "case": _case(rng),
        "layout": rng.choice(["national", "international", "digits", "dotted", "intl_dashes"]),
        "companies": [fake.company() for _ in range(6)],
        "sites": [
            f"{w} {rng.choice(['Lane', 'Road', 'Street', 'Way'])} {rng.choice(['Gardens', 'Site', 'Field'])}"
            for w in ("Meadow", "Mill", "Church", "Orchard")
        ],
    }
    b = _Builder(locale, shape, rng, n)
    note_rows: list = []
    for i in range(n):
        b.i = i
        p, p2, p3 = (people.make_person(locale, fake, rng) for _ in range(3))
        _shape_columns(b, shape, p, p2, p3, opts)
        text, labels, form, template = _note(locale, shape, p, p2, rng)
        b.add("notes", "notes", None, text, prefixed=False)
        note_rows.append((labels, form, template))
    frame = pd.DataFrame({b.columns[k][0]: [row.get(k, "") for row in b.rows] for k in b.columns})
    labels = {b.columns[k][0]: b.columns[k][1] for k in b.columns if k != "notes"}
    return Table(
        frame=frame,
        labels=labels,
        notes=[r[0] for r in note_rows],
        forms=[r[1] for r in note_rows],
        templates=[r[2] for r in note_rows],
        notes_column=b.columns["notes"][0],
        shape=shape,
    )
