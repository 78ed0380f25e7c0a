"""Export shapes and the table builder of held-out set 16 (seeds 16001-16002, 62 locales, 24 rows).

Eight shapes new to the sets: physiotherapy referrals, bicycle-share accounts, microfinance loans,
music-school enrolments, visa appointments, home-care equipment loans, lottery prize claims, volunteer
firefighters. Each (locale, seed) is one table of one shape: column names in the locale's language
(``heldout16_language.COLUMN_WORDS``) or English, styled per table (as written, snake_case, camelCase,
ALL CAPS, Title Case), some with the shape's prefix or a numbered suffix, second people named by role
(co_signer, guardian, witness, emergency contact, next of kin); look-alike columns that are no personal data
(refs, order numbers beside statuses, staff ids beside departments, amounts, event dates in the birth-date
layout, counts, ticket and serial numbers, stations and rooms named like streets, company names carrying a
surname); and a notes column (``heldout16_notes``).
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field

import pandas as pd

import heldout16_ids as ids
from heldout16_language import FIRST7, LANG, LOCALES, NEW6, OTHER49, date_layout, format_date, style
from heldout16_notes import note_values, pick_note, render
from heldout16_people import REFERENCE, People, Person, case, email_of
from heldout16_places import Places
from heldout16_words import TITLES, column_words

SEEDS = (16001, 16002)
N_ROWS = 24
# Notes without spaces between words: names and a street's lead looked for as substrings.
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH")
NO_IBAN = ("RU", "BR")  # countries whose IBAN exists on paper but exports carry card or account numbers
__all__ = [
    "CJK",
    "FIRST7",
    "LANG",
    "LOCALES",
    "NEW6",
    "N_ROWS",
    "OTHER49",
    "SEEDS",
    "TITLES",
    "heldout16_table",
    "region",
]
region = ids.region

_NAME = ("name",)
_LABELS = {
    "full": _NAME,
    "role_name": _NAME,
    "staff_name": _NAME,
    "first": ("first_name", "name"),
    "last": ("last_name", "name"),
    "phone": ("phone_number", "fax_number"),
    "phone2cell": ("phone_number", "fax_number"),
    "role_phone": ("phone_number", "fax_number"),
    "email": ("email",),
    "role_email": ("email",),
    "addr": ("address", "street_address"),
    "street": ("street_address", "address"),
    "postcode": ("postcode",),
    "town": ("city",),
    "dob": ("date_of_birth",),
    "id": ("national_id", "ssn", "tax_id"),
    "iban": ("iban",),
    "card": ("credit_debit_card",),
    "region": "dont_care",
}

# (kind, column word: a key of the language's column words, or an English literal in quotes)
SHAPES: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "physiotherapy referrals": (
        "patient",
        (
            ("ref", "'referral ref'"),
            ("full", "full"),
            ("dob", "dob"),
            ("phone", "mobile"),
            ("addr", "address"),
            ("id", "id"),
            ("staff_name", "'referring clinician'"),
            ("company", "'practice'"),
            ("event", "'appointment date'"),
            ("count", "'sessions'"),
            ("category:lower back|knee|shoulder|neck|ankle|hip", "'body region'"),
        ),
    ),
    "bicycle-share accounts": (
        "rider",
        (
            ("ref", "'account id'"),
            ("first", "first"),
            ("last", "last"),
            ("email", "email"),
            ("phone", "phone"),
            ("card", "card"),
            ("station", "'home station'"),
            ("count", "'rides'"),
            ("amount", "'balance'"),
            ("postcode", "postcode"),
            ("status:active|suspended|closed|pending", "'account status'"),
        ),
    ),
    "microfinance loans": (
        "borrower",
        (
            ("ref", "'loan no'"),
            ("status:current|arrears|closed|written off", "'status'"),
            ("full", "full"),
            ("id", "id"),
            ("dob", "dob"),
            ("phone2cell", "phone"),
            ("street", "street"),
            ("town", "town"),
            ("region", "region"),
            ("iban", "iban"),
            ("role_name", "'co_signer'"),
            ("role_phone", "'co_signer phone'"),
            ("staff_id", "'officer id'"),
            ("department:north|south|market|rural|city centre", "'branch'"),
            ("amount", "'principal'"),
        ),
    ),
    "music-school enrolments": (
        "pupil",
        (
            ("first", "first"),
            ("last", "last"),
            ("dob", "dob"),
            ("role_name", "'guardian'"),
            ("role_phone", "'guardian tel'"),
            ("role_email", "'guardian email'"),
            ("street", "street"),
            ("postcode", "postcode"),
            ("town", "town"),
            ("category:piano|violin|cello|guitar|flute|drums|voice", "'instrument'"),
            ("staff_name", "'teacher'"),
            ("room", "'lesson room'"),
            ("amount", "'term fee'"),
        ),
    ),
    "visa appointments": (
        "applicant",
        (
            ("ref", "'booking ref'"),
            ("full", "full"),
            ("category:tourist|business|student|family visit|transit", "'visa type'"),
            ("dob", "dob"),
            ("id", "id"),
            ("phone", "phone"),
            ("email", "email"),
            ("addr", "address"),
            ("event", "'appointment'"),
            ("count", "'counter'"),
            ("code", "'passport scan id'"),
        ),
    ),
    "home-care equipment loans": (
        "client",
        (
            ("ref", "'loan id'"),
            ("category:walking frame|shower stool|hospital bed|wheelchair|hoist|commode", "'item'"),
            ("code", "'serial no'"),
            ("full", "full"),
            ("street", "street"),
            ("postcode", "postcode"),
            ("town", "town"),
            ("phone", "phone"),
            ("role_name", "'emergency contact'"),
            ("role_phone", "'emergency contact phone'"),
            ("staff_id", "'staff id'"),
            ("department:occupational therapy|district nursing|stores|reablement", "'department'"),
            ("event", "'delivered'"),
        ),
    ),
    "lottery prize claims": (
        "claimant",
        (
            ("ref", "'claim no'"),
            ("ticket", "'ticket number'"),
            ("amount", "'prize'"),
            ("full", "full"),
            ("id", "id"),
            ("dob", "dob"),
            ("iban", "iban"),
            ("phone", "phone"),
            ("email", "email"),
            ("addr", "address"),
            ("role_name", "'witness'"),
            ("company", "'retailer'"),
        ),
    ),
    "volunteer firefighters": (
        "member",
        (
            ("ref", "'member no'"),
            ("category:firefighter|crew commander|watch manager|recruit|driver", "'rank'"),
            ("full", "full"),
            ("dob", "dob"),
            ("phone", "mobile"),
            ("addr", "address"),
            ("station", "'station'"),
            ("role_name", "'next of kin'"),
            ("role_phone", "'next of kin phone'"),
            ("code", "'pager id'"),
            ("category:B|C1|C|C+E", "'licence class'"),
        ),
    ),
}
_STREETY = (
    "Mill Road",
    "Station Hill",
    "Church Lane",
    "Harbour Street",
    "Park Avenue",
    "Market Square",
    "Bridge Road",
    "Kings Way",
    "Elm Grove",
    "Castle Street",
)
_COMPANY = (
    "{last} Physio",
    "Kiosk {last}",
    "{last} & Söhne",
    "{last} Newsagents",
    "Praxis {last}",
    "{last} Health Ltd",
    "Tabac {last}",
    "Farmacia {last}",
)
_ROOMS = ("Room Brahms 2", "Studio Elgar", "Room Chopin", "Hall B", "Room Verdi 1", "Studio 4")


@dataclass
class Table:
    """One labelled table: ``labels`` per column (entities accepted, None not PII, ``dont_care``), each
    note's truth ``[(entity, value as written)]``, its form and template."""

    frame: pd.DataFrame
    labels: dict
    notes_column: str
    notes: list = field(default_factory=list)
    forms: list = field(default_factory=list)
    templates: list = field(default_factory=list)
    shape: str = ""


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def _column_name(word: str, locale: str, rng: random.Random, how: str, prefix: str, used: set[str]) -> str:
    if word.startswith("'"):
        words = word.strip("'")
    else:
        words = rng.choice(column_words(locale)[word])
        if prefix and rng.random() < 0.3 and word in ("full", "first", "last", "phone", "email", "dob"):
            words = f"{prefix} {words}"
    name = style(words, how)
    while name in used:
        name = f"{name}_{len(used) % 3 + 1}" if how != "caps" else f"{name}_2"
    used.add(name)
    return name


@dataclass
class Row:
    """What one row knows: its person, second person, staff member, contacts and address parts."""

    p: Person
    kin: Person
    staff: Person
    phone: str
    phone_b: str
    kin_phone: str
    email: str
    kin_email: str
    street: str
    postcode: str
    town: str
    addr: str
    national_id: str
    iban: str
    card: str


def _layouts(rng: random.Random) -> tuple[str, str]:
    return rng.choice(ids.PHONE_LAYOUTS), rng.choice(ids.PHONE_LAYOUTS)


def _row(locale: str, rng: random.Random, people: People, places: Places, phone_layout: str) -> Row:
    p, kin, staff = people.person(), people.person(), people.person(25, 65)
    if p.last == kin.last:
        kin = people.person()
    phone = ids.format_phone(ids.draw_phone(locale, rng, rng.random() < 0.75), phone_layout, rng)
    phone_b = ids.format_phone(ids.draw_phone(locale, rng, rng.random() < 0.5), phone_layout, rng)
    kin_phone = ids.format_phone(ids.draw_phone(locale, rng), phone_layout, rng)
    street, town = places.street(), places.town()
    postcode = places.postcode(town)
    iban = (
        ids.draw_iban(locale, rng, rng.random() < 0.6) if ids.has_iban(locale) and region(locale) not in NO_IBAN else ""
    )
    return Row(
        p,
        kin,
        staff,
        phone,
        phone_b,
        kin_phone,
        email_of(p, rng),
        email_of(kin, rng),
        street,
        postcode,
        town,
        places.full(street, postcode, town),
        ids.draw_id(locale, rng, p.dob, p.female),
        iban,
        ids.draw_card(rng),
    )


def _cell(kind: str, r: Row, rng: random.Random, t: dict) -> str:
    """The value of a column of ``kind`` in row ``r`` (``t``: the table's choices: name form, case, date layout)."""
    if kind == "full":
        return case(r.p.written(t["name_form"]), t["case"])
    if kind == "first":
        return case(r.p.first, t["case"])
    if kind == "last":
        return case(r.p.last, t["case"])
    if kind == "role_name":
        return case(r.kin.written(t["role_form"]), t["case"])
    if kind == "staff_name":
        return r.staff.written(t["staff_form"])
    simple = {
        "phone": r.phone,
        "role_phone": r.kin_phone,
        "email": r.email,
        "role_email": r.kin_email,
        "addr": r.addr,
        "street": r.street,
        "postcode": r.postcode,
        "town": r.town,
        "id": r.national_id,
        "iban": r.iban or r.card,
        "card": r.card,
        "dob": format_date(r.p.dob, t["date"]),
    }
    if kind in simple:
        return simple[kind]
    if kind == "phone2cell":
        return f"{r.phone} / {r.phone_b}" if rng.random() < 0.6 else r.phone
    if kind == "region":
        return t["places"].region()
    if kind == "ref":
        return f"{t['ref_prefix']}-{rng.randrange(2019, 2026)}-{rng.randrange(1, 99999):05d}"
    if kind.startswith(("status:", "category:", "department:")):
        return rng.choice(kind.split(":", 1)[1].split("|"))
    if kind == "staff_id":
        return f"{rng.choice('EST')}{rng.randrange(1000, 9999)}"
    if kind == "amount":
        return f"{rng.randrange(10, 50000) / (1 if rng.random() < 0.5 else 100):.2f}"
    if kind == "event":
        return format_date(REFERENCE + pd.Timedelta(days=rng.randrange(-400, 200)).to_pytimedelta(), t["date"])
    if kind == "count":
        return str(rng.randrange(0, 60))
    if kind == "station":
        return f"{rng.choice(_STREETY)} {rng.choice(('dock', 'station', 'depot', ''))}".strip()
    if kind == "room":
        return rng.choice(_ROOMS)
    if kind == "company":
        return rng.choice(_COMPANY).format(last=r.staff.last)
    if kind == "code":
        return f"{rng.choice(('WF', 'PG', 'SN', 'HB'))}-{rng.randrange(10000, 99999)}"
    if kind == "ticket":
        return f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
    raise KeyError(kind)


def heldout16_table(locale: str, seed: int, n: int = N_ROWS) -> Table:
    """The table of ``locale`` and ``seed``: one of the eight shapes (the two seeds draw different ones)."""
    rng = random.Random(_crc(locale) * 100003 + seed)
    names = sorted(SHAPES)
    first = _crc(locale) % len(names)
    shape = names[(first + (seed - SEEDS[0]) * 3) % len(names)]
    prefix, columns = SHAPES[shape]
    if not ids.has_iban(locale) or region(locale) in NO_IBAN:  # a card where the country's exports carry no IBAN
        columns = tuple(("card", "card") if kind == "iban" else (kind, word) for kind, word in columns)
    people, places = People(locale, rng, seed), Places(locale, rng, seed)
    how = rng.choice(("asis", "snake", "camel", "caps", "title"))
    t = {
        "name_form": rng.choice(("natural", "natural", "inverted", "caps_last", "initial", "titled_full")),
        "role_form": rng.choice(("natural", "inverted", "natural")),
        "staff_form": rng.choice(("natural", "titled_full")),
        "case": rng.choices(("", "lower", "upper"), (0.6, 0.2, 0.2))[0],
        "date": date_layout(locale, rng),
        "places": places,
        "people": people,
        "ref_prefix": "".join(w[0] for w in shape.split()[:2]).upper(),
    }
    layout, _ = _layouts(rng)
    used: set[str] = set()
    col_names = [_column_name(word, locale, rng, how, prefix, used) for _, word in columns]
    notes_col = _column_name("notes", locale, rng, how, "", used)
    rows, note_texts, truths, forms, templates = [], [], [], [], []
    for _ in range(n):
        r = _row(locale, rng, people, places, layout)
        rows.append([_cell(kind, r, rng, t) for kind, _ in columns])
        form, template = pick_note(locale, rng, shape)
        text, truth = render(template, note_values(locale, r, rng, t), r)
        note_texts.append(text)
        truths.append(truth)
        forms.append(form)
        templates.append(template)
    frame = pd.DataFrame(rows, columns=col_names)
    frame[notes_col] = note_texts
    labels = {}
    for (kind, _), col in zip(columns, col_names, strict=True):
        base = kind.split(":")[0]
        labels[col] = _LABELS.get(base)
    return Table(frame, labels, notes_col, truths, forms, templates, shape)
