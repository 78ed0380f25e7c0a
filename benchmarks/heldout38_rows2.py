"""Held-out set 38: four more export shapes (a hostel's check-in register, a scout or guide group's roster, a piano
tuner's visit log, a community minibus's dial-a-ride bookings), with ``heldout38_rows``' draws."""

from __future__ import annotations

import heldout38_people as people
from heldout38_rows import dobs, emails, events, hd, junk, names, nid_or_blank, num, others, phones, pick, sparse
from heldout38_rows import staff as staff_of

_DORMS = ("Mandela", "Frida", "Shackleton", "Amelia", "Marco Polo", "Dorm 4", "Private twin", "Ibn Battuta",
          "Magellan")  # fmt: skip
_NATIONS = ("DE", "FR", "GB", "US", "AU", "NZ", "NL", "ES", "IT", "BR", "JP", "KR", "CA", "local")
_SECTIONS = ("Beavers", "Cubs", "Scouts", "Explorers", "Rainbows", "Brownies", "Guides")
_PATROLS = ("Kestrel", "Otter", "Baden-Powell", "Fox", "Lord Rowallan", "Eagle", "Owl", "Olave", "Badger")
_MEDICAL = ("none", "asthma - inhaler", "nut allergy (EpiPen)", "hay fever", "none known", "glasses",
            "coeliac", "type 1 diabetes")  # fmt: skip
_MAKES = ("Bechstein", "Steinway & Sons", "Blüthner", "Yamaha U1", "Broadwood", "Kawai", "Chappell", "Bösendorfer",
          "Pleyel", "Schimmel", "Danemann", "John Brinsmead & Sons", "Grotrian-Steinweg")  # fmt: skip
_PITCH = ("A440", "A442", "A435 (old)", "raised 20 cents", "A440, 2 passes")
_DESTS = (
    "Royal Infirmary",
    "Tesco Extra",
    "St John's surgery",
    "Day centre",
    "Queen Mary Hospital outpatients",
    "Lidl",
    "Age UK lunch club",
    "Dr Patel's",
    "Market square",
    "Eye clinic",
    "Florence Court care home",
)
_VEHICLES = ("Minibus 1", "Minibus 2", "Sprinter WX19 KLM", "Ford Transit", "Car (volunteer)")


def hostel(ctx) -> list:
    """A hostel's check-in register: the guest as the passport reads (``SURNAME, Given`` or ``Given SURNAME``), the
    id or passport number, birth date, e-mail and phone; home town; dorms named after explorers and people."""
    rows = ctx.rows
    return [
        ("Bed", None, [f"{ctx.rng.choice(_DORMS)} {ctx.rng.randint(1, 12)}" for _ in range(ctx.n)]),
        ("Check-in", None, events(ctx, "iso", 1.0)),
        ("Nights", None, [str(ctx.rng.randint(1, 9)) for _ in range(ctx.n)]),
        ("Guest", people.NAME, junk(ctx, names(ctx, rows, ("LAST_init", "first_LAST", "comma")), 0.02)),
        ("Nationality", None, pick(ctx, _NATIONS)),
        ("Passport/ID", people.NID, [nid_or_blank(p) for p in rows]),
        ("DOB", people.DOB, dobs(ctx, rows)),
        (hd(ctx, "Email"), people.EMAIL, sparse(ctx, emails(ctx, rows), 0.7)),
        (hd(ctx, "Phone"), people.PHONE, phones(ctx, rows)),
        ("Home town", people.CITY, [p.town for p in rows]),
        ("Receptionist", "dont_care", staff_of(ctx)),
        ("Paid", None, pick(ctx, ("cash", "card", "Booking.com", "Hostelworld", "owed"))),
    ]


def scouts(ctx) -> list:
    """A scout or guide group's roster: the member's first name and surname apart, the child's birth date, two
    parents or carers (the second mostly empty) with phones, the address in one cell, patrols named after founders
    and animals, leaders "don't care"."""
    kids, carers = ctx.kids, ctx.rows
    second = others(ctx)
    has2 = [ctx.rng.random() < 0.35 for _ in range(ctx.n)]
    return [
        (hd(ctx, "First name"), people.FIRST, [k.first for k in kids]),
        (hd(ctx, "Surname"), people.LAST, [k.last for k in kids]),
        ("Section", None, pick(ctx, _SECTIONS)),
        ("Patrol/Six", None, pick(ctx, _PATROLS)),
        (hd(ctx, "Date of birth"), people.DOB, dobs(ctx, kids)),
        ("Parent/carer 1", people.NAME, names(ctx, carers, ("full", "title_last", "first_LAST"))),
        ("P1 phone", people.PHONE, junk(ctx, phones(ctx, carers, 0.15, 0.15))),
        (
            "Parent/carer 2",
            people.NAME,
            [people.name_cell(s, "full") if h else "" for s, h in zip(second, has2, strict=True)],
        ),
        (
            "P2 phone",
            people.PHONE,
            [
                people.phone_cell(s, ctx.rng, ctx.layouts, ctx.lg) if h else ""
                for s, h in zip(second, has2, strict=True)
            ],
        ),
        (hd(ctx, "Address"), people.ADDRESS, [c.address for c in carers]),
        ("Medical", None, pick(ctx, _MEDICAL)),
        ("Leader", "dont_care", staff_of(ctx)),
        ("Photo consent", None, pick(ctx, ("Y", "N", "yes", "no"))),
    ]


def piano(ctx) -> list:
    """A piano tuner's visit log: the client titled (``Mrs Missick``) or in full, street, postcode and town apart,
    mostly landlines, a card number for some payments; pianos named after their makers (people's names)."""
    rows = ctx.rows
    return [
        ("Visit", None, events(ctx, "lower_mon", 3.0)),
        ("Client", people.NAME, names(ctx, rows, ("title_last", "title_last", "full", "init_nodot"))),
        (hd(ctx, "Street"), people.STREET, streets_of(rows)),
        (hd(ctx, "Postcode"), people.POSTCODE, [p.postcode for p in rows]),
        (hd(ctx, "Town"), people.CITY, [p.town for p in rows]),
        (hd(ctx, "Phone"), people.PHONE, phones(ctx, rows, 0.7, 0.1)),
        ("Make", None, pick(ctx, _MAKES)),
        ("Serial", None, num(ctx, 10000, 499999)),
        ("Pitch", None, pick(ctx, _PITCH)),
        ("Fee", None, pick(ctx, ("75", "80", "95", "120", "65 + parts"))),
        ("Card", people.CARD, sparse(ctx, [people.card(ctx.rng) for _ in range(ctx.n)], 0.15)),
    ]


def streets_of(rows: list) -> list:
    """The street cells of the rows' people."""
    return [p.street for p in rows]


def minibus(ctx) -> list:
    """A community minibus's dial-a-ride bookings: the passenger in capitals or lower case, the elderly passenger's
    birth date, the pick-up street (often without its number) and town, an escort mostly empty, destinations named
    after people, drivers "don't care", vehicles."""
    rows = ctx.rows
    escorts = others(ctx)
    has = [ctx.rng.random() < 0.2 for _ in range(ctx.n)]
    bare = ctx.rng.random() < 0.5
    return [
        ("Ref", None, num(ctx, 1, 9999, "DAR")),
        ("Trip date", None, events(ctx, "unpadded", 1.0)),
        ("Passenger", people.NAME, names(ctx, rows, ("first_LAST", "lower", "comma", "LAST_init"))),
        ("Passenger DOB", people.DOB, sparse(ctx, dobs(ctx, rows), 0.6)),
        ("Pick-up", people.STREET, [_bare(p.street) if bare else p.street for p in rows]),
        ("Pick-up town", people.CITY, [p.town for p in rows]),
        ("Destination", None, pick(ctx, _DESTS)),
        (hd(ctx, "Phone"), people.PHONE, junk(ctx, phones(ctx, rows, 0.6, 0.05))),
        ("Escort", people.NAME, [people.name_cell(e, "full") if h else "" for e, h in zip(escorts, has, strict=True)]),
        ("Wheelchair", None, pick(ctx, ("Y", "N", "N", "walker"))),
        ("Driver", "dont_care", staff_of(ctx)),
        ("Vehicle", None, pick(ctx, _VEHICLES)),
        ("Return", None, pick(ctx, ("11:30", "14:00", "15:15", "none"))),
    ]


def _bare(street: str) -> str:
    """A street as written without its house number (the rest kept)."""
    if "box" in street.lower() or street.startswith(("BP ", "Lot ")):
        return street
    words = [w for w in street.replace(",", " ").split() if not any(c.isdigit() for c in w)]
    return " ".join(words) if words else street
