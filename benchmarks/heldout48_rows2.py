"""Held-out set 48: the other four export shapes (a narrowboat holiday hire, a Christmas wreath-making workshop, a
stained glass studio's commissions, a sheep shearing gang's day book).

Labels are exact as in ``heldout48_rows``: boatyard staff, florists, glaziers and shearers are staff ("don't
care"); narrowboats named after people (``Josiah Wedgwood``, ``Thomas Telford``, ``Lady Margaret``, ``Brunel``,
``Duke of Bridgewater``) and canals, holly and eucalyptus cultivars (``Ilex 'J.C. van Tol'``, ``Ilex 'Golden
King'``, ``Eucalyptus 'Silver Dollar'``, ``Skimmia 'Rubella'``), ribbons (``Liberty print``, ``William Morris``),
windows after saints and artists (``St Cuthbert``, ``after Burne-Jones``, ``William Morris 'Strawberry Thief'``,
``Tiffany dragonfly``, ``Mackintosh rose``), sheep breeds (``Jacob``, ``Herdwick``, ``Clun Forest``) and farms
named after people are no personal data; the person a memorial window remembers is a person (labelled).
"""

from __future__ import annotations

import types

import heldout48_language as language
import heldout48_people as P
import heldout48_rows as base
from heldout48_rows import col, header, layouts, maybe, name_forms, name_of, shape_out, staff


def narrowboat(ctx) -> types.SimpleNamespace:
    """A narrowboat holiday hire: the booking reference, the start date, the lead hirer (one or two forms) and their
    birth date (the lead hirer must be 21), phone, e-mail, the home address (parts or one cell), the driving licence
    seen (mostly empty), the boat and the canal (named after people and places: no personal data), a second adult
    (another person, mostly empty), the boatyard's instructor ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    second = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    el = base.event_layout(rng)
    boats = ("Josiah Wedgwood", "Thomas Telford", "Lady Margaret", "Brunel", "Duke of Bridgewater", "Kingfisher",
             "Countess of Chester")  # fmt: skip
    canals = ("Llangollen", "Shropshire Union", "Kennet & Avon", "Leeds & Liverpool", "Grand Union")
    sec_cells = [maybe(rng, 0.25, name_of(s, ctx, ["full", "xml_elem", "hashtag"])) for s in second]
    cols = [
        col("Ref", [f"NB{rng.randint(10000, 99999)}" for _ in rows], None),
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, el, 200) for _ in rows], None),
        col(header("hirer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [maybe(rng, 0.8, P.dob_cell(p, ctx.locale, dl, rng)) for p in rows], P.DOB),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.85, p.email) for p in rows], P.EMAIL),
        *base.address_cols(ctx, rows, rng.random() < 0.5),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.2, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Boat", [rng.choice(boats) for _ in rows], None),
        col("Canal", [rng.choice(canals) for _ in rows], None),
        col(header("crew", ctx.hl), sec_cells, P.NAME),
        col("Instructor", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[s] if c else [] for s, c in zip(second, sec_cells, strict=True)]
    return shape_out(cols, rows, others, "narrowboat")


def wreath(ctx) -> types.SimpleNamespace:
    """A Christmas wreath-making workshop: the session, the attendee (one or two forms), phone, e-mail, who they
    booked with (another person, mostly empty), the foliage and the ribbon (cultivars and prints named after people:
    no personal data), the diet, the delivery address for a finished wreath (one cell, mostly empty), the florist
    ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    friends = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = base.event_layout(rng)
    foliage = ("Nordmann fir", "Ilex 'J.C. van Tol'", "Ilex 'Golden King'", "Eucalyptus 'Silver Dollar'",
               "Skimmia 'Rubella'", "Blue spruce")  # fmt: skip
    ribbons = ("Liberty print", "William Morris", "tartan (Royal Stewart)", "hessian", "velvet red")
    fr_cells = [maybe(rng, 0.3, name_of(f, ctx, ["full", "initials_sq", "json_obj"])) for f in friends]
    deliver = [rng.random() < 0.15 for _ in rows]
    form = rng.choice(("own", *base.ADDRESS_FORMS))
    cols = [
        col("Session", [language.future(rng, ctx.locale, el, 20) for _ in rows], None),
        col(header("attendee", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.9, p.email) for p in rows], P.EMAIL),
        col(header("with_whom", ctx.hl), fr_cells, P.NAME),
        col("Foliage", [rng.choice(foliage) for _ in rows], None),
        col("Ribbon", [rng.choice(ribbons) for _ in rows], None),
        col("Diet", [rng.choice(("", "", "mince pie", "no alcohol", "vegan")) for _ in rows], None),
        col(header("delivery", ctx.hl), [base.address_cell(p, form) if d else "" for p, d in zip(rows, deliver, strict=True)],  # noqa: E501
            P.ADDRESS),
        col("Florist", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[f] if c else [] for f, c in zip(friends, fr_cells, strict=True)]
    return shape_out(cols, rows, others, "wreath")


def stainedglass(ctx) -> types.SimpleNamespace:
    """A stained glass studio's commissions: the job, the client (one or two forms), phone, e-mail, the window's
    subject (saints and artists: no personal data), the site address (parts or one cell), the person a memorial
    window remembers (another person, mostly empty), the id for a deposit paid in cash (mostly empty), the quote,
    the glazier ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    dead = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    subjects = ("St Cuthbert", "The Good Shepherd", "after Burne-Jones", "William Morris 'Strawberry Thief'",
                "Tiffany dragonfly", "Mackintosh rose", "St Francis and the birds", "Art Nouveau lily")  # fmt: skip
    mem_cells = [maybe(rng, 0.2, name_of(d, ctx, ["full", "xml_elem", "member_no"])) for d in dead]
    cols = [
        col("Job", [f"SG-{rng.randint(100, 999)}" for _ in rows], None),
        col(header("client", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.4) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        col("Subject", [rng.choice(subjects) for _ in rows], None),
        *base.address_cols(ctx, rows, rng.random() < 0.6, "delivery"),
        col(header("memorial", ctx.hl), mem_cells, P.NAME),
        col(header("id_no", ctx.hl), [maybe(rng, 0.12, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Quote", [str(rng.randint(150, 9000)) for _ in rows], None),
        col("Glazier", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[d] if c else [] for d, c in zip(dead, mem_cells, strict=True)]
    return shape_out(cols, rows, others, "stainedglass")


def shearing(ctx) -> types.SimpleNamespace:
    """A sheep shearing gang's day book: the date, the farmer (one or two forms), the farm's phone, the farm
    address (parts or one cell), the farm's name and the breed (named after people and places: no personal data),
    the head count, a farm manager (another person, mostly empty), the id seen for cash paid to a casual hand
    (mostly empty), the shearer ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    mgr = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = base.event_layout(rng)
    breeds = ("Swaledale", "Herdwick", "Texel", "Jacob", "Suffolk", "Clun Forest", "Lleyn", "Welsh Mountain")
    farms = ("Bryn Mawr", "Lady Well Farm", "Gladstone's Farm", "Parson's Hill", "Tom Hyde Farm", "Windy Knowe")
    mgr_cells = [maybe(rng, 0.2, name_of(m, ctx, ["full", "domain_user", "initials_sq"])) for m in mgr]
    cols = [
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, el, 0.6) for _ in rows], None),
        col(header("farmer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.6) for p in rows], P.PHONE),
        col("Farm", [rng.choice(farms) for _ in rows], None),
        *base.address_cols(ctx, rows, rng.random() < 0.4),
        col("Breed", [rng.choice(breeds) for _ in rows], None),
        col("Head", [str(rng.randint(20, 1400)) for _ in rows], None),
        col(header("manager", ctx.hl), mgr_cells, P.NAME),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.1, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Shearer", [rng.choice(staff(ctx, 3)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[m] if c else [] for m, c in zip(mgr, mgr_cells, strict=True)]
    return shape_out(cols, rows, others, "shearing")
