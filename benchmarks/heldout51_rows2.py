"""Held-out set 51: the other four export shapes (a perfume workshop's bookings, a fountain pen clinic's repair
tickets, a cycle sportive's entries, a Highland games' entries).

Labels are exact as in ``heldout51_rows``: perfumers, pen doctors, marshals and stewards are staff ("don't care");
fragrances named after people and houses (``Chanel No. 5``, ``Jo Malone Lime Basil & Mandarin``, ``Penhaligon's
Halfeti``, ``Floris No. 89``, ``Shalimar``, ``Miss Dior``, ``Acqua di Parma``), pens named after their makers
(``Parker 51``, ``Waterman Carène``, ``Sheaffer Snorkel``, ``Montblanc Meisterstück 149``, ``Conway Stewart 58``,
``Lamy 2000``, ``Pelikan M800``), bikes and routes named after riders (``Eddy Merckx``, ``Colnago``, ``Pinarello
Dogma``, ``Bianchi``, ``The Fausto Coppi``, ``Tommy Godwin 100``, ``Beryl Burton loop``), events, tartans and tunes
named after people and clans (``Caber``, ``Black Watch``, ``Royal Stewart``, ``MacLeod of Lewis``, ``Lord of the
Isles``, ``Mairi's Wedding``, ``Scotland the Brave``, ``Flora MacDonald's Fancy``) are no personal data.
"""

from __future__ import annotations

import types

import heldout51_people as P
import heldout51_rows as base
from heldout51_rows import col, dob_of, header, layouts, maybe, name_forms, name_of, shape_out, staff


def perfume(ctx) -> types.SimpleNamespace:
    """A perfume workshop's bookings: the date, the guest (one or two forms), phone, e-mail, the fragrance they
    like and the one they make (named after people and houses: no personal data), who gave the voucher (another
    person, mostly empty), the perfumer ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    givers = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = base.event_layout(rng)
    likes = ("Chanel No. 5", "Jo Malone Lime Basil & Mandarin", "Penhaligon's Halfeti", "Floris No. 89", "Shalimar",
             "Miss Dior", "Acqua di Parma Colonia", "Tom Ford Oud Wood")  # fmt: skip
    made = ("citrus chypre", "rose & oud", "fougère", "vetiver", "fig leaf", "neroli")
    g_cells = [maybe(rng, 0.3, name_of(g, ctx, ["full", "external", "sr_link"])) for g in givers]
    cols = [
        col(header("date", ctx.hl), [base.language.future(rng, ctx.locale, el, 50) for _ in rows], None),
        col(header("guest", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.9, p.email) for p in rows], P.EMAIL),
        col("Likes", [rng.choice(likes) for _ in rows], None),
        col("Blend", [rng.choice(made) for _ in rows], None),
        col(header("gift_from", ctx.hl), g_cells, P.NAME),
        col("Perfumer", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[g] if c else [] for g, c in zip(givers, g_cells, strict=True)]
    return shape_out(cols, rows, others, "perfume")


def pens(ctx) -> types.SimpleNamespace:
    """A fountain pen clinic's repair tickets: the ticket, the customer (one or two forms), phone, e-mail, the
    return address (parts or one cell), the pen (named after makers: no personal data), the fault, the fee, who
    collects for them (another person, mostly empty), the pen doctor ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    coll = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    pens_ = ("Parker 51", "Waterman Carène", "Sheaffer Snorkel", "Montblanc Meisterstück 149", "Conway Stewart 58",
             "Lamy 2000", "Pelikan M800", "Parker Duofold", "Onoto The Pen")  # fmt: skip
    faults = ("sac perished", "nib sprung", "won't fill", "cracked cap", "leaks", "scratchy nib")
    c_cells = [maybe(rng, 0.2, name_of(c, ctx, ["full", "wa_tilde", "ruby_hash"])) for c in coll]
    cols = [
        col("Ticket", [f"FP-{rng.randint(1000, 9999)}" for _ in rows], None),
        col(header("customer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.4) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        *base.address_cols(ctx, rows, rng.random() < 0.5),
        col("Pen", [rng.choice(pens_) for _ in rows], None),
        col("Fault", [rng.choice(faults) for _ in rows], None),
        col("Fee", [f"{rng.randint(15, 120)}.00" for _ in rows], None),
        col(header("collected", ctx.hl), c_cells, P.NAME),
        col("Pen doctor", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[c] if cc else [] for c, cc in zip(coll, c_cells, strict=True)]
    return shape_out(cols, rows, others, "pens")


def sportive(ctx) -> types.SimpleNamespace:
    """A cycle sportive's entries: the number, the rider (one or two forms) and their birth date (the age group),
    phone, e-mail, the route and the bike (named after riders: no personal data), the club, an emergency contact
    and their phone (another person, most rows), the licence (an id, mostly empty), the marshal ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    emg = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    routes = ("The Fausto Coppi", "Tommy Godwin 100", "Beryl Burton loop", "Merckx Medio", "Short")
    bikes = ("Eddy Merckx EMX-525", "Colnago C64", "Pinarello Dogma", "Bianchi Oltre", "Raleigh Record", "Trek Émonda")
    clubs = ("Beryl Burton CC", "Velo Club Coppi", "Reg Harris Wheelers", "", "")
    e_cells = [maybe(rng, 0.7, name_of(e, ctx, ["full", "sql_nstring", "json_escaped"])) for e in emg]
    cols = [
        col("No.", [str(i + 1) for i in range(n)], None),
        col(header("rider", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [maybe(rng, 0.9, dob_of(p, ctx, dl)) for p in rows], P.DOB),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.1) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.9, p.email) for p in rows], P.EMAIL),
        col("Route", [rng.choice(routes) for _ in rows], None),
        col("Bike", [rng.choice(bikes) for _ in rows], None),
        col("Club", [rng.choice(clubs) for _ in rows], None),
        col(header("emergency", ctx.hl), e_cells, P.NAME),
        col(header("emergency_phone", ctx.hl), [P.phone_cell(e, rng, lay, ctx.lg) if c else ""
                                                for e, c in zip(emg, e_cells, strict=True)], P.PHONE),
        col(header("id_no", ctx.hl), [maybe(rng, 0.1, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Marshal", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[e] if c else [] for e, c in zip(emg, e_cells, strict=True)]
    return shape_out(cols, rows, others, "sportive")


def highland(ctx) -> types.SimpleNamespace:
    """A Highland games' entries: the competitor (one or two forms; juniors with their birth date and a parent),
    phone, e-mail, the event, the tartan and the tune (named after clans and people: no personal data), the address
    for the prize money (mostly empty), the steward ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = base.juniors(ctx, 0.35)
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    events = ("Caber", "Hammer", "Stone put", "Highland Fling", "Sword dance", "Piping (pibroch)", "Tug o' war")
    tartans = ("Black Watch", "Royal Stewart", "MacLeod of Lewis", "Lord of the Isles", "Campbell of Breadalbane",
               "Flower of Scotland", "")  # fmt: skip
    tunes = ("Mairi's Wedding", "Scotland the Brave", "Flora MacDonald's Fancy", "The Marquis of Huntly", "", "")
    form = rng.choice(("own", *base.ADDRESS_FORMS))
    cols = [
        col(header("competitor", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [dob_of(p, ctx, dl) if k else "" for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("parent", ctx.hl), [name_of(par, ctx, ["full", "carer_of"], p.first) if k else ""
                                       for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.3) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, par.email) for par in parents], P.EMAIL),
        col("Event", [rng.choice(events) for _ in rows], None),
        col("Tartan", [rng.choice(tartans) for _ in rows], None),
        col("Tune", [rng.choice(tunes) for _ in rows], None),
        col(header("address", ctx.hl), [maybe(rng, 0.25, base.address_cell(par, form, ctx.hl)) for par in parents], P.ADDRESS),  # noqa: E501
        col("Steward", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "highland")
