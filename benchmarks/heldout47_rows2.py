"""Held-out set 47: the other four export shapes (a bouncy castle and party hire, a show's giant vegetable
weigh-off, a guide dog charity's puppy walkers, a bookbinder's commissions).

Labels are exact as in ``heldout47_rows``: drivers, stewards, supervisors and binders are staff ("don't care");
castles and slides named after characters (``Peppa Pig castle``, ``Spider-Man slide``, ``Princess Elsa castle``,
``Bob the Builder combi``, ``Paw Patrol``), vegetable varieties named after people and places (``Atlantic Giant``,
``Dill's``, ``Kelsae``, ``Ailsa Craig``, ``Pendle Improved``, ``Howden``, ``Lancashire Lad``), puppies with
people's names (``Bentley``, ``Wilson``, ``Hattie``, ``Maisie``, ``Archie``, ``Florence``) and their litters and
whelping dates (a dog's birth date is no person's: not labelled), books named after people (``Gray's Anatomy``,
``Mrs Beeton's Book of Household Management``, ``Wisden 1953``, ``Bradshaw's Guide``, ``Burke's Peerage``,
``Debrett's``, ``Crockford's``) are no personal data.
"""

from __future__ import annotations

import types

import heldout47_language as language
import heldout47_people as P
import heldout47_rows as base
from heldout47_rows import col, header, layouts, maybe, name_forms, name_of, shape_out, staff


def bouncy(ctx) -> types.SimpleNamespace:
    """A bouncy castle and party hire: the party date, the booker (one or two forms), the birthday child (a junior
    with the booker's surname where the place hands one down) and their birth date, the delivery address (one cell),
    phone, e-mail, the castle (named after characters: no personal data), a neighbour who has the key to the garden
    gate (another person, mostly empty), the driver ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kids = [P.with_surname(ctx.draw(child=True), p.last) for p in rows]
    keys = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    el = base.event_layout(rng)
    castles = ("Peppa Pig castle", "Spider-Man slide", "Princess Elsa castle", "Bob the Builder combi",
               "Paw Patrol castle", "Sonic obstacle course", "Jungle slide", "Unicorn castle")  # fmt: skip
    key_cells = [maybe(rng, 0.15, name_of(k, ctx, ["full", "hon_given", "ldap_dn"])) for k in keys]
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, el, 60) for _ in rows], None),
        col(header("booker", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("birthday", ctx.hl), [maybe(rng, 0.7, name_of(k, ctx, ["full", "urlenc"])) for k in kids], P.NAME),
        col(header("dob", ctx.hl), [maybe(rng, 0.5, P.dob_cell(k, ctx.locale, dl, rng)) for k in kids], P.DOB),
        *base.address_cols(ctx, rows, True, "delivery"),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        col("Castle", [rng.choice(castles) for _ in rows], None),
        col(header("keyholder", ctx.hl), key_cells, P.NAME),
        col("Driver", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[k] + ([x] if c else []) for k, x, c in zip(kids, keys, key_cells, strict=True)]
    return shape_out(cols, rows, others, "bouncy")


def giantveg(ctx) -> types.SimpleNamespace:
    """A show's giant vegetable weigh-off: the class and the variety (named after people and places: no personal
    data), the weight, the grower (one or two forms; junior growers with a parent's surname), the junior's birth date,
    the parent (juniors), phone, the address (parts or one cell), the id seen for the prize money (mostly empty), the
    steward ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = base.juniors(ctx, 0.25)
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    classes = (("Pumpkin", ("Atlantic Giant", "Dill's Atlantic Giant", "Howden")), ("Onion", ("Kelsae", "Ailsa Craig")),
               ("Leek", ("Pendle Improved", "Lancashire Lad")), ("Marrow", ("Long Green Bush", "Tiger Cross")))  # fmt: skip  # noqa: E501
    picks = [rng.choice(classes) for _ in rows]
    cols = [
        col("Class", [c[0] for c in picks], None),
        col("Variety", [rng.choice(c[1]) for c in picks], None),
        col("Weight (kg)", [f"{rng.uniform(0.5, 600):.1f}" for _ in rows], None),
        col(header("grower", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "rel_of"], p.first) if k else ""
                                         for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [maybe(rng, 0.8, P.phone_cell(par, rng, lay, ctx.lg, 0.4)) for par in parents],
            P.PHONE),
        *base.address_cols(ctx, parents, rng.random() < 0.5),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.15, P.id_cell(par, ctx.lg, rng)) for par in parents], P.NID),
        col("Steward", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "giantveg")


def puppywalk(ctx) -> types.SimpleNamespace:
    """A guide dog charity's puppy walkers: the puppy's name, litter and whelping date (a dog's: no personal data),
    the walker (one or two forms), a second adult in the home (another person, mostly empty), phone, e-mail, the
    address (parts or one cell), the walker's birth date (mostly empty: for the volunteer's insurance), the supervisor
    ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    second = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    el = base.event_layout(rng)
    pups = ("Bentley", "Wilson", "Hattie", "Maisie", "Archie", "Florence", "Reggie", "Mabel", "Otis", "Winnie")
    litters = ("B-litter (Labrador)", "W-litter (Lab x Golden)", "H-litter (Golden)", "M-litter (German Shepherd)")
    sec_cells = [maybe(rng, 0.25, name_of(s, ctx, ["full", "tab_sep", "hon_given"])) for s in second]
    cols = [
        col("Puppy", [rng.choice(pups) for _ in rows], None),
        col("Litter", [rng.choice(litters) for _ in rows], None),
        col("Whelped", [language.event(rng, ctx.locale, el, 1.2) for _ in rows], None),
        col(header("walker", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("spectator", ctx.hl), sec_cells, P.NAME),
        col(header("mobile", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.25) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.8, p.email) for p in rows], P.EMAIL),
        *base.address_cols(ctx, rows, rng.random() < 0.5),
        col(header("dob", ctx.hl), [maybe(rng, 0.3, P.dob_cell(p, ctx.locale, dl, rng)) for p in rows], P.DOB),
        col("Supervisor", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[s] if c else [] for s, c in zip(second, sec_cells, strict=True)]
    return shape_out(cols, rows, others, "puppywalk")


def bookbind(ctx) -> types.SimpleNamespace:
    """A bookbinder's commissions: the job number, the client (one or two forms), phone, e-mail, the book (named
    after people: no personal data), the binding, whose name is tooled on the spine or the cover (another person,
    mostly empty: a gift), the return address (one cell, mostly empty), the id for a valuable book (mostly empty),
    the quote, the binder ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    gifts = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    books = ("Gray's Anatomy (1858)", "Mrs Beeton's Book of Household Management", "Wisden 1953", "Bradshaw's Guide",
             "Burke's Peerage", "Debrett's", "Crockford's Clerical Directory", "family Bible", "Hansard 1940",
             "Culpeper's Herbal")  # fmt: skip
    bindings = ("half calf", "full goatskin", "buckram", "quarter leather", "case binding", "Coptic stitch")
    gift_cells = [maybe(rng, 0.2, name_of(g, ctx, ["full", "urlenc", "yob_after"])) for g in gifts]
    ret = [rng.random() < 0.25 for _ in rows]
    form = rng.choice(("own", *base.ADDRESS_FORMS))
    cols = [
        col("Job", [f"J{rng.randint(100, 999)}" for _ in rows], None),
        col(header("client", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.75, p.email) for p in rows], P.EMAIL),
        col("Book", [rng.choice(books) for _ in rows], None),
        col("Binding", [rng.choice(bindings) for _ in rows], None),
        col(header("reader", ctx.hl), gift_cells, P.NAME),
        col(header("delivery", ctx.hl), [base.address_cell(p, form) if r else "" for p, r in zip(rows, ret, strict=True)],  # noqa: E501
            P.ADDRESS),
        col(header("id_no", ctx.hl), [maybe(rng, 0.12, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Quote", [f"{rng.randint(40, 1200)}" for _ in rows], None),
        col("Binder", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[g] if c else [] for g, c in zip(gifts, gift_cells, strict=True)]
    return shape_out(cols, rows, others, "bookbind")
