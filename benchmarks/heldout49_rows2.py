"""Held-out set 49: the other four export shapes (a curling club's league sheet, a Morris side's kit register, a
hot-air balloon's passenger manifest, a knitting circle's yarn orders).

Labels are exact as in ``heldout49_rows``: ice technicians, squires, pilots and organisers are staff ("don't
care"); rinks and teams named after places (``Lochnagar``, ``Granite City``, ``Kilgraston``), stones (``Ailsa Craig
Common Green``, ``Blue Hone``, ``Kays``), Morris sides and dances named after people and places (``Jack-in-the-Green``,
``Lord Nelson's Men``, ``Britannia Coconut Dancers``, ``Princess Royal``, ``Constant Billy``, ``Old Molly Oxford``),
balloons named after people and characters (``Lady Penelope``, ``Jules Verne``, ``Phileas Fogg``, ``Montgolfier``)
and launch sites (``Ashton Court``), yarns and patterns named after their designers (``Kaffe Fassett Collective``,
``Debbie Bliss Rialto``, ``Elizabeth Zimmermann Baby Surprise``, ``Kate Davies Bluebell``, ``Alice Starmore Fair
Isle``) are no personal data.
"""

from __future__ import annotations

import types

import heldout49_people as P
import heldout49_rows as base
from heldout49_rows import col, header, layouts, maybe, name_forms, name_of, shape_out, staff


def curling(ctx) -> types.SimpleNamespace:
    """A curling club's league sheet: the sheet and end, the team (named after places: no personal data), the
    player (one or two forms; juniors with their birth date and a parent), the position, phone, e-mail, the stone
    set, the id seen for the bar (mostly empty), the ice technician ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = base.juniors(ctx, 0.2)
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    teams = ("Lochnagar", "Granite City", "Kilgraston", "Ailsa Craig", "The Tay Rinks", "Braehead Stones")
    stones = ("Ailsa Craig Common Green", "Blue Hone", "Kays", "Trefor granite")
    cols = [
        col("Sheet", [rng.choice("ABCDEF") for _ in rows], None),
        col("Team", [rng.choice(teams) for _ in rows], None),
        col(header("player", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col("Position", [rng.choice(("lead", "second", "third", "skip", "alternate")) for _ in rows], None),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "rel_paren", "py_tuple"], p.first) if k else ""
                                         for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.3) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.5, par.email) for par in parents], P.EMAIL),
        col("Stones", [rng.choice(stones) for _ in rows], None),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.1, P.id_cell(p, ctx.lg, rng)) if not k else ""
                                        for p, k in zip(rows, kids, strict=True)], P.NID),
        col("Ice tech", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "curling")


def morris(ctx) -> types.SimpleNamespace:
    """A Morris side's kit register: the dancer (one or two forms), the side and the dance (named after people and
    places: no personal data), the kit, phone, e-mail, the address for posted kit (one cell, mostly empty), a next
    of kin and their phone (another person, mostly empty), the squire ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kin = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    sides = ("Jack-in-the-Green", "Lord Nelson's Men", "Britannia Coconut Dancers", "Abram Circle", "Old Spot")
    dances = ("Princess Royal", "Bonny Green Garters", "Constant Billy", "Old Molly Oxford", "Jockie to the Fair",
              "Shepherd's Hey")  # fmt: skip
    kin_cells = [maybe(rng, 0.25, name_of(k, ctx, ["full", "kv_pairs", "check_mark"])) for k in kin]
    form = rng.choice(("own", *base.ADDRESS_FORMS))
    cols = [
        col(header("dancer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col("Side", [rng.choice(sides) for _ in rows], None),
        col("Dance", [rng.choice(dances) for _ in rows], None),
        col("Kit", [rng.choice(("baldrics", "bells", "tatters", "hat", "sticks")) for _ in rows], None),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        col(header("address", ctx.hl), [maybe(rng, 0.2, base.address_cell(p, form, ctx.hl)) for p in rows], P.ADDRESS),
        col(header("next_of_kin", ctx.hl), kin_cells, P.NAME),
        col(header("next_of_kin_phone", ctx.hl), [P.phone_cell(k, rng, lay, ctx.lg) if c else ""
                                                  for k, c in zip(kin, kin_cells, strict=True)], P.PHONE),
        col("Squire", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[k] if c else [] for k, c in zip(kin, kin_cells, strict=True)]
    return shape_out(cols, rows, others, "morris")


def balloon(ctx) -> types.SimpleNamespace:
    """A hot-air balloon's passenger manifest: the flight date, the passenger (one or two forms) and their birth date
    (most rows), the weight, phone, e-mail, the voucher, the balloon and the launch site (named after people,
    characters and places: no personal data), the passport for a visitor (mostly empty), a next of kin (another
    person, mostly empty), the pilot ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kin = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    el = base.event_layout(rng)
    balloons = ("Lady Penelope", "Jules Verne", "Phileas Fogg", "Montgolfier", "Spirit of Bristol", "Bertie")
    sites = ("Ashton Court", "Longleat", "Castle Howard", "Leeds Castle", "the rugby club")
    kin_cells = [maybe(rng, 0.2, name_of(k, ctx, ["full", "role_bracket", "middle_initial"])) for k in kin]
    cols = [
        col(header("date", ctx.hl), [language_future(ctx, el) for _ in rows], None),
        col(header("passenger", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [maybe(rng, 0.85, P.dob_cell(p, ctx.locale, dl, rng)) for p in rows], P.DOB),
        col("Weight (kg)", [str(rng.randint(45, 120)) for _ in rows], None),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.8, p.email) for p in rows], P.EMAIL),
        col("Voucher", [rng.choice(("Virgin Balloon Flights", "Red Letter Days", "Buyagift", "")) for _ in rows], None),
        col("Balloon", [rng.choice(balloons) for _ in rows], None),
        col("Launch site", [rng.choice(sites) for _ in rows], None),
        col(header("id_no", ctx.hl), [maybe(rng, 0.12, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col(header("next_of_kin", ctx.hl), kin_cells, P.NAME),
        col("Pilot", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[k] if c else [] for k, c in zip(kin, kin_cells, strict=True)]
    return shape_out(cols, rows, others, "balloon")


def language_future(ctx, layout: str) -> str:
    """A flight date within four months."""
    return base.language.future(ctx.rng, ctx.locale, layout, 120)


def knitting(ctx) -> types.SimpleNamespace:
    """A knitting circle's yarn orders: the knitter (one or two forms), phone, e-mail, the address (parts or one
    cell), the yarn and the pattern (named after their designers: no personal data), the needles, who the knit is
    for (another person, mostly empty), paid, the organiser ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    gift = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    yarns = ("Rowan Felted Tweed", "Debbie Bliss Rialto", "Kaffe Fassett Collective", "Stylecraft Special DK",
             "Drops Alpaca", "Jamieson's Spindrift")  # fmt: skip
    patterns = ("Elizabeth Zimmermann Baby Surprise", "Kate Davies Bluebell", "Alice Starmore Fair Isle",
                "Sophie's Universe", "Flax (Tin Can Knits)")  # fmt: skip
    gi_cells = [maybe(rng, 0.25, name_of(g, ctx, ["full", "py_tuple", "check_mark"])) for g in gift]
    cols = [
        col(header("knitter", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.5) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        *base.address_cols(ctx, rows, rng.random() < 0.5),
        col("Yarn", [rng.choice(yarns) for _ in rows], None),
        col("Pattern", [rng.choice(patterns) for _ in rows], None),
        col("Needles", [rng.choice(("4mm KnitPro", "Addi Turbo 3.5", "5mm bamboo", "")) for _ in rows], None),
        col(header("gift_to", ctx.hl), gi_cells, P.NAME),
        col("Paid", [rng.choice(("yes", "no", "part")) for _ in rows], None),
        col("Organiser", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[g] if c else [] for g, c in zip(gift, gi_cells, strict=True)]
    return shape_out(cols, rows, others, "knitting")
