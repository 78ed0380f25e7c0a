"""Held-out set 35: four more export shapes (a class reunion's RSVP sheet, an Etsy shop's sold-orders CSV, an
Airbnb host's reservations CSV with the host's own columns, a petition's signature export).

Etsy's and Airbnb's headers are the services' own (English in every locale); the reunion sheet and the petition
export take the table's language where the gloss has it.
"""

from __future__ import annotations

import datetime as dt
import types

import heldout35_cells as cells
import heldout35_people as people
from heldout35_people import CITY, DOB, EMAIL, FIRST, LAST, NAME, NID, PHONE, POSTCODE, STREET


def reunion(ctx) -> types.SimpleNamespace:
    """A class reunion's Google Sheet of RSVPs: first name and the surname at school apart, the married name mostly
    empty, the plus-one's name sometimes, a birth date for the yearbook quiz in one to three layouts, the town
    where they live now, the class year and the country as look-alikes."""
    rng, crowd = ctx.rng, cells.pool(ctx, ctx.n + 2)
    rows = cells.rows_of(ctx, crowd, repeat=0.05)
    lay = cells.phone_layouts(ctx)
    mix = cells.language.dob_mix(rng)
    year = rng.choice([1986, 1996, 2001, 2006, 2011, 2016])
    lower = rng.random() < 0.3
    married = [cells.pool(ctx, 1)[0].last if p.female and rng.random() < 0.35 else "" for p in rows]
    cols = [
        (
            "Timestamp",
            None,
            [
                f"{cells.event(ctx, 0, 0, 'num')} "
                f"{rng.randint(8, 23)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
                for _ in rows
            ],
        ),
        (
            cells.h(ctx, "first", "First name"),
            FIRST,
            [p.first.lower() if lower and rng.random() < 0.4 else p.first for p in rows],
        ),
        ("Surname at school", LAST, [p.last for p in rows]),
        ("Married name (if changed)", LAST, married),
        ("Class of", None, [str(year)] * len(rows)),
        (cells.h(ctx, "email", "Email address"), EMAIL, [p.email for p in rows]),
        (
            cells.h(ctx, "mobile", "Mobile"),
            PHONE,
            cells.with_junk(ctx, cells.sparse(ctx, [people.phone(p, rng, lay) for p in rows], 0.8)),
        ),
        ("Coming?", None, [rng.choice(["Yes", "Yes", "Maybe", "No"]) for _ in rows]),
        (
            "Bringing a +1? Name",
            NAME,
            cells.sparse(ctx, [people.name_cell(cells.pool(ctx, 1)[0], "natural") for _ in rows], 0.2),
        ),
        ("Birthday (for the quiz)", DOB, cells.sparse(ctx, [people.dob(p, ctx.locale, mix, rng) for p in rows], 0.75)),
        ("Where do you live now?", CITY, [p.town for p in rows]),
        (
            cells.h(ctx, "country", "Country"),
            None,
            [rng.choice([ctx.region, ctx.region, ctx.region, "UK", "AU", "US"]) for _ in rows],
        ),
        ("Dietary", None, [rng.choice(["", "", "veggie", "vegan", "GF", "none"]) for _ in rows]),
        ("Paid £25", None, [rng.choice(["TRUE", "FALSE"]) for _ in rows]),
    ]
    return types.SimpleNamespace(cols=cols, notes="Anything else?", rows=rows, crowd=crowd, genre="digest")


def etsy(ctx) -> types.SimpleNamespace:
    """Etsy's ``EtsySoldOrders`` CSV: the buyer's account name and the recipient's name (a gift ships to someone
    else), Street 1 / Street 2 / Ship City / Ship State / Ship Zipcode apart, the country, empty coupon and
    in-person columns, order ids, the buyer user id "don't care"."""
    rng, crowd = ctx.rng, cells.pool(ctx, max(3, ctx.n * 3 // 4))
    rows = cells.rows_of(ctx, crowd, repeat=0.25)
    ship = [cells.other(ctx, crowd, p) if rng.random() < 0.2 else p for p in rows]
    handle = [f"{people.people_handle(p)}" for p in rows]
    cols = [
        ("Sale Date", None, [cells.event(ctx, 1, 0, "num") for _ in rows]),
        ("Order ID", None, [str(rng.randint(2800000000, 3499999999)) for _ in rows]),
        ("Buyer User ID", "dont_care", handle),
        ("Full Name", NAME, [q.full for q in ship]),
        ("First Name", FIRST, [q.first for q in ship]),
        ("Last Name", LAST, [q.last for q in ship]),
        ("Number of Items", None, [str(rng.choice([1, 1, 1, 2, 3])) for _ in rows]),
        ("Payment Method", None, [rng.choice(["Etsy Payments", "PayPal", "Other"]) for _ in rows]),
        ("Date Shipped", None, [cells.event(ctx, 1, 0, "num") for _ in rows]),
        ("Street 1", STREET, [q.street for q in ship]),
        ("Street 2", "dont_care", [rng.choice(["", "", "", "Apt 4", "Flat 2", "c/o reception"]) for _ in rows]),
        ("Ship City", CITY, [q.town for q in ship]),
        ("Ship State", None, [""] * len(rows)),
        ("Ship Zipcode", POSTCODE, [q.postcode for q in ship]),
        ("Ship Country", None, [ctx.region] * len(rows)),
        ("Currency", None, [rng.choice(["EUR", "USD", "GBP"])] * len(rows)),
        ("Order Value", None, [f"{rng.uniform(8, 140):.2f}" for _ in rows]),
        ("Coupon Code", None, cells.sparse(ctx, ["SPRING15"] * len(rows), 0.1)),
        ("Coupon Details", None, [""] * len(rows)),
        ("Buyer", "dont_care", handle),
        ("InPerson Location", None, [""] * len(rows)),
        ("SKU", None, [f"HM-{rng.randint(10, 99)}" if rng.random() < 0.4 else "" for _ in rows]),
    ]
    return types.SimpleNamespace(cols=cols, notes="Message from Buyer", rows=rows, crowd=crowd, genre="gift")


def airbnb(ctx) -> types.SimpleNamespace:
    """An Airbnb host's reservations CSV (Confirmation code, Status, Guest name, Contact, # of adults, Start date,
    End date, # of nights, Booked, Listing, Earnings) with the host's own columns: the guest's e-mail from the
    messages mostly empty, the id and birth date taken for the police registration, the cleaner "don't care";
    listings named after people (``Casa Nonna Rosa``)."""
    rng, crowd = ctx.rng, cells.pool(ctx, max(3, ctx.n * 4 // 5))
    rows = cells.rows_of(ctx, crowd, repeat=0.15)
    lay = cells.phone_layouts(ctx)
    mix = cells.language.dob_mix(rng)
    nids = any(p.nid for p in crowd)
    nonna = people.name_cell(cells.pool(ctx, 1)[0], "natural").split()[0]
    cleaner = [q.first for q in cells.pool(ctx, 2)]
    nights = [rng.randint(1, 14) for _ in rows]
    starts = [cells.language.event_date(rng, years=1, ahead=120) for _ in rows]
    ends = [s + dt.timedelta(days=k) for s, k in zip(starts, nights, strict=True)]
    form = rng.choice(["natural", "natural", "upper_last", "lower"])
    cols = [
        ("Confirmation code", None, ["HM" + "".join(rng.choices("ABCDEFGHJKMNPQRSTWXYZ23456789", k=8)) for _ in rows]),
        ("Status", None, [rng.choice(["Confirmed", "Past guest", "Canceled by guest"]) for _ in rows]),
        ("Guest name", NAME, [people.name_cell(p, form) for p in rows]),
        ("Contact", PHONE, cells.with_junk(ctx, [people.phone(p, rng, lay) for p in rows], 0.03)),
        ("# of adults", None, [str(rng.randint(1, 4)) for _ in rows]),
        ("# of children", None, [str(rng.choice([0, 0, 1, 2])) for _ in rows]),
        ("# of infants", None, ["0"] * len(rows)),
        ("Start date", None, [cells.language.fmt_date(d, ctx.locale, "num") for d in starts]),
        ("End date", None, [cells.language.fmt_date(d, ctx.locale, "num") for d in ends]),
        ("# of nights", None, [str(x) for x in nights]),
        ("Booked", None, [cells.event(ctx, 1, 0, "iso") for _ in rows]),
        ("Listing", None, [rng.choice([f"Casa Nonna {nonna}", "Sea-view loft", f"{nonna}'s Cottage"]) for _ in rows]),
        ("Earnings", None, [f"{n * rng.uniform(45, 160):.2f}" for n in nights]),
        ("Guest email (from msgs)", EMAIL, cells.sparse(ctx, [p.email for p in rows], 0.25)),
        (
            "ID no. (police reg.)",
            NID if nids else None,
            [people.p32.id_cell(p.nid, rng) if p.nid and rng.random() < 0.7 else "" for p in rows],
        ),
        ("DOB (police reg.)", DOB, cells.sparse(ctx, [people.dob(p, ctx.locale, mix, rng) for p in rows], 0.7)),
        ("Nationality", None, [rng.choice([ctx.region, ctx.region, "DE", "US", "FR"]) for _ in rows]),
        ("Cleaner", "dont_care", [rng.choice(cleaner) for _ in rows]),
    ]
    return types.SimpleNamespace(cols=cols, notes="Host notes", rows=rows, crowd=crowd, genre="checkout")


def petition(ctx) -> types.SimpleNamespace:
    """A petition's signature export (snake_case headers as such tools write them): names apart, e-mail, street
    for the letter to the council mostly empty, town, postcode, country code, the phone mostly empty, the
    signer's comment as the free text; ``display_publicly`` and ``utm_source`` look-alikes."""
    rng, crowd = ctx.rng, cells.pool(ctx, ctx.n + 2)
    rows = cells.rows_of(ctx, crowd, repeat=0.03)
    lay = cells.phone_layouts(ctx)
    low = rng.random() < 0.35
    cols = [
        ("signature_id", None, [str(rng.randint(10**7, 10**8 - 1)) for _ in rows]),
        (
            "signed_at",
            None,
            [f"{cells.event(ctx, 0, 0, 'iso')}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z" for _ in rows],
        ),
        ("first_name", FIRST, [p.first.lower() if low and rng.random() < 0.5 else p.first for p in rows]),
        ("last_name", LAST, [p.last.lower() if low and rng.random() < 0.5 else p.last for p in rows]),
        ("email", EMAIL, [p.email for p in rows]),
        ("address_line1", STREET, cells.sparse(ctx, [p.street for p in rows], 0.15)),
        ("city", CITY, [p.town for p in rows]),
        ("postal_code", POSTCODE if any(p.postcode for p in rows) else None, [p.postcode for p in rows]),
        ("country_code", None, [ctx.region] * len(rows)),
        ("phone", PHONE, cells.sparse(ctx, [people.phone(p, rng, lay) for p in rows], 0.12)),
        ("display_publicly", None, [rng.choice(["true", "false"]) for _ in rows]),
        ("utm_source", None, [rng.choice(["facebook", "email", "whatsapp", "", "twitter"]) for _ in rows]),
    ]
    return types.SimpleNamespace(cols=cols, notes="comment", rows=rows, crowd=crowd, genre="comment")
