"""Held-out set 45: the other four export shapes (a hackspace's machine inductions, a village show's entries, an
astronomy society's telescope loans, a knife-sharpening van's round).

Labels are exact as in ``heldout45_rows``: inductors, stewards, equipment officers and drivers are staff ("don't
care"); machines named after their makers (``Bridgeport mill``, ``Myford ML7``, ``Prusa MK4``, ``Boxford``,
``Bernina``), show classes and varieties named after people and places (``Bramley``, ``Cox's Orange Pippin``,
``Rose 'Gertrude Jekyll'``, ``Dahlia 'Bishop of Llandaff'``, ``Sweet pea 'Mrs Collier'``, ``Gloucester Old Spot``),
telescopes and the sky's objects named after people (``Dobsonian``, ``Herschel wedge``, ``Barlow``, ``Barnard's
Star``, ``Kemble's Cascade``, ``Caroline's Rose``), knives named after their makers (``Sabatier``, ``Wüsthof``,
``Opinel``, ``Robert Welch``) are no personal data; member and loan numbers are no personal data.
"""

from __future__ import annotations

import types

import heldout45_language as language
import heldout45_people as P
import heldout45_rows as base
from heldout45_rows import col, header, layouts, maybe, name_forms, name_of, shape_out, staff


def hackspace(ctx) -> types.SimpleNamespace:
    """A hackspace's machine inductions: the member number, the member (one or two forms), e-mail, phone (mostly),
    the machine (named after makers: no personal data), the induction date, the inductor ("don't care"), an
    emergency contact (another person, mostly empty), the id number checked at sign-up (mostly empty)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kin = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = base.event_layout(rng)
    machines = ("Bridgeport mill", "Myford ML7 lathe", "Prusa MK4", "Epilog laser", "Boxford lathe",
                "Festool Domino", "Bernina 350", "Startrite bandsaw")  # fmt: skip
    kin_cells = [maybe(rng, 0.2, name_of(k, ctx, ["full", "display_email", "semicolon"])) for k in kin]
    cols = [
        col(header("member", ctx.hl) + " #", [f"M{rng.randint(1, 999):04d}" for _ in rows], None),
        col(header("member", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("email", ctx.hl), [p.email for p in rows], P.EMAIL),
        col(header("phone", ctx.hl), [maybe(rng, 0.7, P.phone_cell(p, rng, lay, ctx.lg)) for p in rows], P.PHONE),
        col("Machine", [rng.choice(machines) for _ in rows], None),
        col("Inducted", [language.event(rng, ctx.locale, el, 1.5) for _ in rows], None),
        col("Inducted by", [rng.choice(staff(ctx, 3)) for _ in rows], "dont_care"),
        col(header("emergency", ctx.hl), kin_cells, P.NAME),
        col(header("id_no", ctx.hl), [maybe(rng, 0.25, p.nid or "") for p in rows], P.NID),
    ]  # fmt: skip
    others = [[k] if c else [] for k, c in zip(kin, kin_cells, strict=True)]
    return shape_out(cols, rows, others, "hackspace")


def vshow(ctx) -> types.SimpleNamespace:
    """A village show's entries: the entry number, the class (varieties and breeds named after people and places:
    no personal data), the exhibitor (one or two forms; juniors with a parent's surname), the birth date of junior
    entrants, the address (one cell or parts), phone, e-mail (mostly empty), the prize, the steward ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    parents = [ctx.draw() for _ in range(n)]
    kids = [rng.random() < 0.25 for _ in range(n)]
    rows = [P.with_surname(ctx.draw(child=True), par.last) if k else par for par, k in zip(parents, kids, strict=True)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    classes = ("Victoria sponge", "Bramley apples x5", "Cox's Orange Pippin x5", "Rose 'Gertrude Jekyll'",
               "Sweet pea 'Mrs Collier'", "Dahlia 'Bishop of Llandaff'", "Gladiolus 'Peter Pears'",
               "Jacob sheep (ewe)", "Gloucester Old Spot gilt", "Onions 'Ailsa Craig' x3")  # fmt: skip
    cols = [
        col("Entry", [str(rng.randint(1, 400)) for _ in rows], None),
        col("Class", [rng.choice(classes) for _ in rows], None),
        col(header("exhibitor", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        *base.address_cols(ctx, parents, rng.random() < 0.5),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.4) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.35, par.email) for par in parents], P.EMAIL),
        col("Prize", [rng.choice(("1st", "2nd", "3rd", "HC", "", "", "")) for _ in rows], None),
        col("Steward", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "vshow")


def telescope(ctx) -> types.SimpleNamespace:
    """An astronomy society's telescope loans: the loan, the scope (named after people: no personal data), the
    borrower (one or two forms), the address (one cell), phone, e-mail, the date out and the date due, the target the
    borrower is after (objects named after people: no personal data), a guarantor (another person, mostly empty),
    the id seen (mostly empty), the equipment officer ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    guar = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    scopes = ("Dobsonian 8in", "Celestron NexStar 6SE", "Meade ETX-90", "Skywatcher Heritage 130", "Herschel wedge",
              "Barlow x2", "Coronado PST")  # fmt: skip
    targets = ("M31 Andromeda", "Barnard's Star", "Herschel's Garnet Star", "Kemble's Cascade", "Caroline's Rose",
               "Brocchi's Cluster", "Jupiter", "")  # fmt: skip
    guar_cells = [maybe(rng, 0.2, name_of(g, ctx, ["full", "pnr", "pipe"])) for g in guar]
    cols = [
        col("Loan", [f"L{rng.randint(10, 99)}-{rng.randint(1, 40)}" for _ in rows], None),
        col("Scope", [rng.choice(scopes) for _ in rows], None),
        col(header("borrower", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        *base.address_cols(ctx, rows, True),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.8, p.email) for p in rows], P.EMAIL),
        col("Out", [language.event(rng, ctx.locale, "year_word", 0.3) for _ in rows], None),
        col("Due", [language.future(rng, ctx.locale, "year_word", 40) for _ in rows], None),
        col("Target", [rng.choice(targets) for _ in rows], None),
        col(header("guarantor", ctx.hl), guar_cells, P.NAME),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.2, p.nid or "") for p in rows], P.NID),
        col("Equipment officer", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[g] if c else [] for g, c in zip(guar, guar_cells, strict=True)]
    return shape_out(cols, rows, others, "telescope")


def sharpening(ctx) -> types.SimpleNamespace:
    """A knife-sharpening van's round: the stop, the customer (one or two forms), the address (one cell or parts),
    the phone (two numbers now and then), the items (named after their makers: no personal data), the count and
    price, paid, the next visit (a date with its weekday), who to leave them with (another person, mostly empty),
    the driver ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    neigh = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    items = ("Sabatier chef's knife", "Wüsthof bread knife", "Opinel No.8", "Victorinox parer", "Fiskars shears",
             "Global G-2", "Robert Welch santoku", "lawnmower blade")  # fmt: skip
    neigh_cells = [maybe(rng, 0.18, name_of(x, ctx, ["full", "care_of", "semicolon"])) for x in neigh]
    cols = [
        col("Stop", [str(rng.randint(1, 30)) for _ in rows], None),
        col(header("customer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        *base.address_cols(ctx, rows, rng.random() < 0.6),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.5) for p in rows], P.PHONE),
        col("Items", [rng.choice(items) for _ in rows], None),
        col("Qty", [str(rng.randint(1, 8)) for _ in rows], None),
        col("Price", [f"{rng.randint(4, 40)}" for _ in rows], None),
        col("Paid", [rng.choice(("cash", "card", "owes", "")) for _ in rows], None),
        col("Next visit", [language.future(rng, ctx.locale, "wd_after", 120) for _ in rows], None),
        col(header("leave_with", ctx.hl), neigh_cells, P.NAME),
        col("Driver", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[x] if c else [] for x, c in zip(neigh, neigh_cells, strict=True)]
    return shape_out(cols, rows, others, "sharpening")
