"""Held-out set 37: four more export shapes (a removal company's quotes, a wedding's RSVP list, a bike repair shop's
tickets, a library's overdue notices), with ``heldout37_rows``' draws.
"""

from __future__ import annotations

import heldout37_people as people
from heldout37_people import ADDRESS, CARD, CITY, DOB, EMAIL, NAME, PHONE, POSTCODE, STREET
from heldout37_rows import dobs, events, hd, junk, names, num, others, phones, pick, sparse, staff


def removals(ctx) -> list:
    """A removal company's quotes: the customer (a couple's given names in one cell for some), the street and
    postcode moved from, the whole address moved to (the same person's new home: another person's address),
    phone and e-mail, the surveyor "don't care", pianos and furniture named after makers (look-alikes), the
    deposit card mostly empty."""
    rows = ctx.rows
    partners = others(ctx)
    customers = [
        people.name_cell(p, "pair", ctx.lg, partner=q) if ctx.rng.random() < 0.25 else people.name_cell(p, "natural")
        for p, q in zip(rows, partners, strict=True)
    ]
    new_homes = others(ctx)
    items = ["Steinway upright", "Chesterfield sofa", "Ercol table", "Bechstein piano", "Le Corbusier chair",
             "Welsh dresser", "Eames lounger", "3-bed contents"]  # fmt: skip
    return [
        ("Quote #", None, num(ctx, 3000, 9000, "Q-")),
        (hd(ctx, "Customer"), NAME, junk(ctx, customers)),
        (hd(ctx, "From street"), STREET, [p.street for p in rows]),
        ("From PC", POSTCODE, [p.postcode for p in rows]),
        ("From town", CITY, [p.town for p in rows]),
        (hd(ctx, "Moving to"), ADDRESS, [q.address for q in new_homes]),
        ("Move date", None, events(ctx, "month", 1.0)),
        ("Tel", PHONE, junk(ctx, phones(ctx, rows, 0.2, 0.15))),
        ("Email", EMAIL, [p.email for p in rows]),
        ("Surveyor", "dont_care", staff(ctx)),
        ("Special items", None, pick(ctx, items)),
        ("Deposit card", CARD, sparse(ctx, [people.card(ctx.rng) for _ in range(ctx.n)], 0.15)),
        ("Crew", None, pick(ctx, ["2 men", "3 men + Luton", "4 men", "2 men + 7.5t"])),
    ]


def wedding(ctx) -> list:
    """A wedding's RSVP list: the guest (natural or titled), the plus-one mostly empty, invitations to couples and
    families (``the Missick family``), the postal address, e-mail and phone, dietary notes, tables named after
    poets and film stars (look-alikes), the side ("Bride" / "Groom")."""
    rows = ctx.rows
    plus = others(ctx)
    invites = []
    for p in rows:
        x = ctx.rng.random()
        form = "family" if x < 0.12 else "titled" if x < 0.3 else "natural"
        invites.append(people.name_cell(p, form, ctx.lg))
    tables = ["Table Byron", "Table Keats", "Audrey Hepburn", "Table Shelley", "Grace Kelly", "Cary Grant",
              "Top table", "Table 7"]  # fmt: skip
    return [
        (hd(ctx, "Guest"), NAME, junk(ctx, invites)),
        ("Plus one", NAME, sparse(ctx, names(ctx, plus, ("natural", "first")), 0.25)),
        ("Side", None, pick(ctx, ["Bride", "Groom", "Both", "B", "G"])),
        ("RSVP", None, pick(ctx, ["Yes", "No", "Maybe", "yes", "Y", ""])),
        ("Table", None, pick(ctx, tables)),
        ("Dietary", None, pick(ctx, ["", "veg", "vegan", "GF", "nut allergy", "halal", "no pork", ""])),
        (hd(ctx, "Invite address"), ADDRESS, [p.address for p in rows]),
        ("Email", EMAIL, sparse(ctx, [p.email for p in rows], 0.7)),
        ("Mobile", PHONE, phones(ctx, rows)),
        ("Replied on", None, events(ctx, "text", 0.5)),
        ("Gift", None, pick(ctx, ["", "John Lewis voucher", "cash", "Le Creuset", "honeymoon fund", ""])),
    ]


def bike(ctx) -> list:
    """A bike repair shop's tickets: the customer as ``Missick L.`` or in capitals, a local or bare phone, bikes
    named after their makers (``Eddy Merckx``, ``Raleigh``: look-alikes), the frame number, the mechanic "don't
    care", who collected the bike mostly empty."""
    rows = ctx.rows
    makes = ["Eddy Merckx", "Raleigh", "Colnago", "Bianchi", "Pinarello", "Dawes", "Claud Butler", "Gazelle",
             "Brompton", "Giant", "Ridley", "Cube"]  # fmt: skip
    return [
        ("Ticket", None, num(ctx, 100, 5000, "#")),
        (hd(ctx, "Customer"), NAME, junk(ctx, names(ctx, rows, ("last_init", "upper", "natural", "lower")))),
        (hd(ctx, "Phone"), PHONE, junk(ctx, phones(ctx, rows, 0.1))),
        ("Email", EMAIL, sparse(ctx, [p.email for p in rows], 0.5)),
        (
            "Bike",
            None,
            [
                f"{m} {c}"
                for m, c in zip(
                    pick(ctx, makes), pick(ctx, ["road", "MTB", "hybrid", "", "e-bike", "folding"]), strict=True
                )
            ],
        ),
        ("Frame no", None, [f"{ctx.rng.choice('WSGX')}{ctx.rng.randint(10**6, 10**7 - 1)}" for _ in range(ctx.n)]),
        ("Job", None, pick(ctx, ["service", "puncture", "gears", "brakes", "wheel true", "chain + cassette"])),
        ("In", None, events(ctx, "local", 1.0)),
        ("Mechanic", "dont_care", [ctx.rng.choice(ctx.staff_first) for _ in range(ctx.n)]),
        ("Collected by", NAME, sparse(ctx, names(ctx, others(ctx), ("natural", "first", "lower")), 0.15)),
    ]


def library(ctx) -> list:
    """A library's overdue notices: the borrower as ``SURNAME Given``, the card number (a look-alike), junior
    borrowers' birth dates mostly empty, the address line, town and postcode, e-mail and phone, book titles and
    authors (famous writers: "don't care"), the branch named after a benefactor (a look-alike)."""
    rows = ctx.rows
    books = [("Emma", "Jane Austen"), ("Oliver Twist", "Charles Dickens"), ("Rebecca", "Daphne du Maurier"),
             ("Matilda", "Roald Dahl"), ("The Hobbit", "J. R. R. Tolkien"), ("Beloved", "Toni Morrison"),
             ("Atonement", "Ian McEwan"), ("Middlemarch", "George Eliot"), ("Lolita", "Vladimir Nabokov"),
             ("Anne of Green Gables", "L. M. Montgomery")]  # fmt: skip
    chosen = [ctx.rng.choice(books) for _ in range(ctx.n)]
    juniors = [ctx.rng.random() < 0.2 for _ in range(ctx.n)]
    born = dobs(ctx, rows)
    return [
        ("Card no", None, [f"2{ctx.rng.randint(10**12, 10**13 - 1)}" for _ in range(ctx.n)]),
        (hd(ctx, "Borrower"), NAME, junk(ctx, names(ctx, rows, ("surname_upper", "natural", "last_init")))),
        ("Junior DOB", DOB, [b if j else "" for b, j in zip(born, juniors, strict=True)]),
        ("Addr line 1", STREET, [p.street for p in rows]),
        ("Town/City", CITY, [p.town for p in rows]),
        ("Postcode", POSTCODE, junk(ctx, [p.postcode for p in rows])),
        ("Email", EMAIL, [p.email for p in rows]),
        ("Phone", PHONE, sparse(ctx, phones(ctx, rows, 0.5), 0.8)),
        ("Title", None, [t for t, _ in chosen]),
        ("Author", "dont_care", [a for _, a in chosen]),
        ("Due", None, events(ctx, "iso", 0.3)),
        ("Fine", None, pick(ctx, ["0.25", "1.50", "3.00", "0.80", "waived"])),
        ("Branch", None, pick(ctx, ["Carnegie Library", "Passmore Edwards", "Tate Library", "Central", "Mobile"])),
        ("Notice by", "dont_care", staff(ctx)),
    ]
