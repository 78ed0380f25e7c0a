"""Held-out set 43: the other four export shapes (a Christmas tree farm's delivery list, an upholsterer's job cards,
an archery club's round scores, a community apple-pressing day's bookings).

Labels are exact as in ``heldout43_rows``: drivers, upholsterers, target captains and press operators are staff
("don't care"); trees named after people (``Nordmann fir``, ``Fraser fir``), furniture and fabrics named after
people and places (``Chesterfield sofa``, ``Queen Anne chair``, ``Parker Knoll recliner``, ``Chippendale``,
``William Morris Strawberry Thief``, ``Sanderson``), bows (``Hoyt``, ``Bear``), rounds named after places
(``York``, ``Hereford``, ``Portsmouth``, ``Bristol II``) and apples named after people and places (``Cox's Orange
Pippin``, ``Ellison's Orange``, ``Egremont Russet``, ``Kingston Black``, ``Worcester Pearmain``) are no personal
data; an archery federation's member number is "don't care".
"""

from __future__ import annotations

import types

import heldout43_language as language
import heldout43_people as P
import heldout43_rows as base
from heldout43_rows import col, header, layouts, maybe, name_forms, name_of, shape_out, staff


def xmastree(ctx) -> types.SimpleNamespace:
    """A Christmas tree farm's delivery list: the order, the customer (one or two forms), the delivery address (one
    cell or parts), a phone (two labelled numbers now and then), e-mail mostly, the tree (named after people: no
    personal data), size and stand, the delivery day, who to leave it with (mostly empty), the driver ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    neigh = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    trees = ("Nordmann fir", "Fraser fir", "Norway spruce", "Noble fir", "Lodgepole pine", "Blue spruce potted")
    leave = [maybe(rng, 0.15, name_of(x, ctx, ["full", "title_after", "last_dash_first"])) for x in neigh]
    cols = [
        col("Order", [f"XT{rng.randint(100, 999)}" for _ in rows], None),
        col(header("customer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        *base.address_cols(ctx, rows, rng.random() < 0.6),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.4, 0.15) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        col("Tree", [rng.choice(trees) for _ in rows], None),
        col("Size", [rng.choice(("5ft", "6ft", "7ft", "8ft", "10ft")) for _ in rows], None),
        col("Stand", [rng.choice(("Y", "N", "Cinco", "")) for _ in rows], None),
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, "spaced_slash", 20) for _ in rows], None),
        col(header("leave_with", ctx.hl), leave, P.NAME),
        col("Driver", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[x] if c else [] for x, c in zip(neigh, leave, strict=True)]
    return shape_out(cols, rows, others, "xmastree")


def upholster(ctx) -> types.SimpleNamespace:
    """An upholsterer's job cards: the job, the customer (one or two forms), the address in one cell, a phone, the
    piece and the fabric (named after people and places: no personal data), quote and deposit, the day for
    collection, who referred them (mostly empty), the upholsterer ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    refs = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    pieces = ("Chesterfield sofa", "Queen Anne chair", "Parker Knoll recliner", "Ercol Windsor chair",
              "Chippendale dining chairs x6", "Lloyd Loom chair", "ottoman", "headboard")  # fmt: skip
    fabrics = ("William Morris Strawberry Thief", "Sanderson linen", "Laura Ashley Gosford", "Designers Guild velvet",
               "Harris Tweed", "customer's own")  # fmt: skip
    refs_cells = [maybe(rng, 0.2, name_of(r, ctx, ["full", "bracket_nick", "mi_suffix"])) for r in refs]
    cols = [
        col("Job", [f"J{rng.randint(2000, 2999)}" for _ in rows], None),
        col(header("customer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        *base.address_cols(ctx, rows, True),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.5) for p in rows], P.PHONE),
        col("Piece", [rng.choice(pieces) for _ in rows], None),
        col("Fabric", [rng.choice(fabrics) for _ in rows], None),
        col("Quote", [f"{rng.randint(120, 2400)}" for _ in rows], None),
        col("Deposit", [maybe(rng, 0.6, f"{rng.randint(50, 400)}") for _ in rows], None),
        col("Collect", [language.future(rng, ctx.locale, "iso_mon", 50) for _ in rows], None),
        col(header("referred", ctx.hl), refs_cells, P.NAME),
        col("Upholsterer", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[r] if c else [] for r, c in zip(refs, refs_cells, strict=True)]
    return shape_out(cols, rows, others, "upholster")


def archery(ctx) -> types.SimpleNamespace:
    """An archery club's round scores: the archer (juniors with a parent's surname; one or two forms), the birth date
    (age classes) in one or two of set 43's layouts, the member number ("don't care"), the bow (makes named after
    people), the round (places), score and golds, the parent for juniors and the parent's phone, e-mail, the target
    captain ("don't care")."""
    rng, n = ctx.rng, ctx.n
    parents = [ctx.draw() for _ in range(n)]
    kids = [rng.random() < 0.5 for _ in range(n)]
    rows = [P.with_surname(ctx.draw(child=True), par.last) if k else par for par, k in zip(parents, kids, strict=True)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    par_cells = [name_of(par, ctx, ["full", "title_after", "initials_last"]) if k else ""
                 for par, k in zip(parents, kids, strict=True)]  # fmt: skip
    cols = [
        col(header("archer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) for p in rows], P.DOB),
        col("AGB no", [f"{rng.randint(1000000, 9999999)}" for _ in rows], "dont_care"),
        col("Bow", [rng.choice(("Hoyt recurve", "Win&Win", "Bear longbow", "PSE compound", "Samick Sage"))
                    for _ in rows], None),
        col("Round", [rng.choice(("York", "Hereford", "Portsmouth", "Bristol II", "Western", "National", "Windsor"))
                      for _ in rows], None),
        col("Score", [str(rng.randint(180, 1100)) for _ in rows], None),
        col("Golds", [str(rng.randint(0, 60)) for _ in rows], None),
        col(header("parent", ctx.hl), par_cells, P.NAME),
        col(header("parent_phone", ctx.hl),
            [P.phone_cell(par, rng, lay, ctx.lg) if k else "" for par, k in zip(parents, kids, strict=True)], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.5, par.email) for par in parents], P.EMAIL),
        col("Target captain", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "archery")


def cider(ctx) -> types.SimpleNamespace:
    """A community apple-pressing day's bookings: the slot, who booked (one or two forms), a phone, e-mail, the
    apples (varieties named after people and places: no personal data), kilos and bottles, the street and town where
    the fruit is picked up (mostly), a helper (mostly empty), the press operator ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    helpers = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    apples = ("Bramley", "Cox's Orange Pippin", "Egremont Russet", "Kingston Black", "Ellison's Orange",
              "Worcester Pearmain", "Discovery", "mixed windfalls")  # fmt: skip
    pickup = [rng.random() < 0.4 for _ in rows]
    helper_cells = [maybe(rng, 0.22, name_of(h, ctx, ["full", "first_last_initial"])) for h in helpers]
    cols = [
        col("Slot", [f"{rng.randint(9, 16):02d}:{rng.choice(('00', '20', '40'))}" for _ in rows], None),
        col(header("name", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        col("Apples", [rng.choice(apples) for _ in rows], None),
        col("Kg", [str(rng.randint(5, 120)) for _ in rows], None),
        col("Bottles", [str(rng.randint(0, 40)) for _ in rows], None),
        col(header("street", ctx.hl), [p.street if k else "" for p, k in zip(rows, pickup, strict=True)], P.STREET),
        col(header("town", ctx.hl), [p.town if k else "" for p, k in zip(rows, pickup, strict=True)], P.CITY),
        col(header("helper", ctx.hl), helper_cells, P.NAME),
        col("Press", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[h] if c else [] for h, c in zip(helpers, helper_cells, strict=True)]
    return shape_out(cols, rows, others, "cider")
