"""Held-out set 50: the other four export shapes (a fly-fishing club's catch returns, a wine club's orders, a cocktail
masterclass's bookings, a dive centre's log).

Labels are exact as in ``heldout50_rows``: bailiffs, sommeliers, bartenders and instructors are staff ("don't
care"); beats named after people (``Lady's Pool``, ``Bishop's Stream``, ``Colonel's Beat``), flies named after their
tiers (``Greenwell's Glory``, ``Royal Coachman``, ``Kate McLaren``, ``Peter Ross``, ``Wickham's Fancy``, ``Parachute
Adams``), wines named after people and houses (``Veuve Clicquot``, ``Dom Pérignon``, ``Château Margaux``, ``Penfolds
Grange``, ``Don Melchor``, ``Marqués de Riscal``, ``Giacomo Conterno Barolo``), cocktails named after people (``Tom
Collins``, ``Bloody Mary``, ``Harvey Wallbanger``, ``Rob Roy``, ``Mary Pickford``, ``Arnold Palmer``) and bars
(``Harry's Bar``, ``Trader Vic's``, ``Sloppy Joe's``), dive sites named after ships and people (``SS Thistlegorm``,
``HMS Scylla``, ``James Eagan Layne``, ``Stoney Cove``) are no personal data.
"""

from __future__ import annotations

import types

import heldout50_people as P
import heldout50_rows as base
from heldout50_rows import col, header, layouts, maybe, name_forms, name_of, shape_out, staff


def fishing(ctx) -> types.SimpleNamespace:
    """A fly-fishing club's catch returns: the date, the angler (one or two forms; juniors with their birth date and
    a parent), phone, e-mail, the beat and the fly (named after people: no personal data), the fish, weight,
    returned or kept, the permit's id (mostly empty), the bailiff ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = base.juniors(ctx, 0.2)
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    el = base.event_layout(rng)
    beats = ("Lady's Pool", "Bishop's Stream", "Colonel's Beat", "Major's Run", "Mill Pool", "Long Flat")
    flies = ("Greenwell's Glory", "Royal Coachman", "Kate McLaren", "Peter Ross", "Wickham's Fancy", "Parachute Adams",
             "Coch-y-Bonddu", "Zulu")  # fmt: skip
    cols = [
        col(header("date", ctx.hl), [base.language.event(rng, ctx.locale, el, 0.6) for _ in rows], None),
        col(header("angler", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "obo"], p.first) if k else ""
                                         for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.3) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.5, par.email) for par in parents], P.EMAIL),
        col("Beat", [rng.choice(beats) for _ in rows], None),
        col("Fly", [rng.choice(flies) for _ in rows], None),
        col("Fish", [rng.choice(("brown trout", "sea trout", "grayling", "salmon", "rainbow")) for _ in rows], None),
        col("Weight (lb)", [f"{rng.randint(0, 9)}.{rng.randint(0, 15)}" for _ in rows], None),
        col("Returned", [rng.choice(("Y", "Y", "N")) for _ in rows], None),
        col(header("id_no", ctx.hl), [maybe(rng, 0.1, P.id_cell(p, ctx.lg, rng)) if not k else ""
                                      for p, k in zip(rows, kids, strict=True)], P.NID),
        col("Bailiff", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "fishing")


def wine(ctx) -> types.SimpleNamespace:
    """A wine club's orders: the member (one or two forms) and their birth date (the age check, most rows), phone,
    e-mail, the delivery address (parts or one cell), the wine (named after people and houses: no personal data),
    cases, a gift recipient (another person, mostly empty), the id seen at delivery (mostly empty), the sommelier
    ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    gift = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    wines = ("Veuve Clicquot Brut", "Dom Pérignon 2013", "Château Margaux", "Penfolds Grange", "Don Melchor",
             "Marqués de Riscal Reserva", "Giacomo Conterno Barolo", "Taittinger", "Château Musar")  # fmt: skip
    gi_cells = [maybe(rng, 0.2, name_of(g, ctx, ["full", "html_bold", "excel_concat"])) for g in gift]
    cols = [
        col(header("member", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [maybe(rng, 0.75, P.dob_cell(p, ctx.locale, dl, rng)) for p in rows], P.DOB),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.35) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.8, p.email) for p in rows], P.EMAIL),
        *base.address_cols(ctx, rows, rng.random() < 0.5, "delivery"),
        col("Wine", [rng.choice(wines) for _ in rows], None),
        col("Cases", [str(rng.randint(1, 4)) for _ in rows], None),
        col(header("gift_to", ctx.hl), gi_cells, P.NAME),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.12, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Sommelier", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[g] if c else [] for g, c in zip(gift, gi_cells, strict=True)]
    return shape_out(cols, rows, others, "wine")


def cocktail(ctx) -> types.SimpleNamespace:
    """A cocktail masterclass's bookings: the date, the guest (one or two forms) and their birth date (the age check),
    phone, e-mail, the cocktails and the bar (named after people: no personal data), a plus-one (another person,
    mostly empty), the id seen (mostly empty), the bartender ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    plus = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    el = base.event_layout(rng)
    drinks = ("Tom Collins", "Bloody Mary", "Harvey Wallbanger", "Rob Roy", "Mary Pickford", "Tom and Jerry",
              "John Collins", "Bellini", "Arnold Palmer (no alcohol)")  # fmt: skip
    bars = ("Harry's Bar", "Trader Vic's", "Sloppy Joe's", "the Rooftop")
    pl_cells = [maybe(rng, 0.25, name_of(x, ctx, ["full", "pronouns", "guest_tag"])) for x in plus]
    cols = [
        col(header("date", ctx.hl), [base.language.future(rng, ctx.locale, el, 75) for _ in rows], None),
        col(header("guest", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) for p in rows], P.DOB),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.1) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.9, p.email) for p in rows], P.EMAIL),
        col("Cocktails", [", ".join(rng.sample(drinks, 2)) for _ in rows], None),
        col("Bar", [rng.choice(bars) for _ in rows], None),
        col(header("plus_one", ctx.hl), pl_cells, P.NAME),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.15, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Bartender", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[x] if c else [] for x, c in zip(plus, pl_cells, strict=True)]
    return shape_out(cols, rows, others, "cocktail")


def scuba(ctx) -> types.SimpleNamespace:
    """A dive centre's log: the date, the diver (one or two forms) and their birth date, phone, e-mail, the site
    (wrecks and quarries named after ships and people: no personal data), depth and gas, the buddy (another person,
    most rows), an emergency contact and their phone (another person, mostly empty), the instructor ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    bud = [ctx.draw() for _ in range(n)]
    emg = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    el = base.event_layout(rng)
    sites = ("SS Thistlegorm", "HMS Scylla", "James Eagan Layne", "Stoney Cove", "Capernwray", "the Manacles")
    bu_cells = [maybe(rng, 0.75, name_of(b, ctx, ["full", "nbsp", "emoji_after"])) for b in bud]
    em_cells = [maybe(rng, 0.2, name_of(e, ctx, ["full", "html_bold"])) for e in emg]
    cols = [
        col(header("date", ctx.hl), [base.language.event(rng, ctx.locale, el, 0.8) for _ in rows], None),
        col(header("diver", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [maybe(rng, 0.9, P.dob_cell(p, ctx.locale, dl, rng)) for p in rows], P.DOB),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.1) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        col("Site", [rng.choice(sites) for _ in rows], None),
        col("Max depth (m)", [str(rng.randint(6, 40)) for _ in rows], None),
        col("Gas", [rng.choice(("air", "EAN32", "EAN36")) for _ in rows], None),
        col(header("buddy", ctx.hl), bu_cells, P.NAME),
        col(header("emergency", ctx.hl), em_cells, P.NAME),
        col(header("emergency_phone", ctx.hl), [P.phone_cell(e, rng, lay, ctx.lg) if c else ""
                                                for e, c in zip(emg, em_cells, strict=True)], P.PHONE),
        col("Instructor", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [
        ([b] if bc else []) + ([e] if ec else []) for b, bc, e, ec in zip(bud, bu_cells, emg, em_cells, strict=True)
    ]
    return shape_out(cols, rows, others, "scuba")
