"""Held-out set 44: the other four export shapes (a community fridge's donor log, a marathon's bag drop, a
taxidermist's orders, a tattoo studio's consent forms).

Labels are exact as in ``heldout44_rows``: volunteers, bag-drop marshals, taxidermists and tattoo artists are staff
("don't care"); foods and shops named after people (``Ben & Jerry's``, ``Mr Kipling``, ``Aunt Bessie's``, ``Uncle
Ben's``, ``Sainsbury's``, ``Greggs``), running clubs named after places (``Herne Hill Harriers``, ``Serpentine
RC``), mounts named after their makers (``Rowland Ward style``, ``Van Ingen``), the specimen's pet name
(``Reynard``), tattoo designs named after people (``Sailor Jerry swallow``, ``Ed Hardy tiger``, ``Frida Kahlo
portrait``, ``Marilyn Monroe pin-up``) are no personal data; a race's bib and bag tag are no personal data.
"""

from __future__ import annotations

import types

import heldout44_language as language
import heldout44_people as P
import heldout44_rows as base
from heldout44_rows import col, header, layouts, maybe, name_forms, name_of, shape_out, staff


def fridge(ctx) -> types.SimpleNamespace:
    """A community fridge's donor log: the date and time, the donor (one or two forms: households), the shop it came
    from (firms named after people), the items (foods named after people), kilos, the use-by date, the donor's phone
    for a thank-you (mostly empty), the volunteer who logged it ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    shops = ("Sainsbury's", "Greggs", "Marks & Spencer", "Morrisons", "Aldi", "home", "home", "allotment")
    items = ("Ben & Jerry's tubs", "Mr Kipling cakes", "Aunt Bessie's yorkies", "Uncle Ben's rice", "bread x6",
             "Baxters soup", "courgettes", "Warburtons crumpets")  # fmt: skip
    cols = [
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, "underscore", 0.1) for _ in rows], None),
        col(header("time", ctx.hl), [f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}" for _ in rows], None),
        col(header("donor", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col("From", [rng.choice(shops) for _ in rows], None),
        col("Items", [rng.choice(items) for _ in rows], None),
        col("kg", [f"{rng.uniform(0.2, 12):.1f}" for _ in rows], None),
        col("Use by", [language.future(rng, ctx.locale, "dmyy", 6) for _ in rows], None),
        col(header("phone", ctx.hl), [maybe(rng, 0.25, P.phone_cell(p, rng, lay, ctx.lg)) for p in rows], P.PHONE),
        col("Logged by", [rng.choice(staff(ctx, 3)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    return shape_out(cols, rows, [[] for _ in rows], "fridge")


def bagdrop(ctx) -> types.SimpleNamespace:
    """A marathon's bag drop: the bib and bag tag, the runner (one or two forms), the birth date (age category) in
    one or two of set 44's layouts, the club (named after places), the emergency contact (another person) and their
    phone, the runner's e-mail (mostly), the marshal ("don't care"), collected (a time)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kin = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    clubs = ("Herne Hill Harriers", "Serpentine RC", "Clapham Chasers", "Dulwich Runners", "unattached",
             "Thames Hare & Hounds", "Ranelagh Harriers")  # fmt: skip
    has_kin = [rng.random() < 0.6 for _ in rows]
    cols = [
        col("Bib", [str(rng.randint(100, 39999)) for _ in rows], None),
        col("Bag tag", [f"B{rng.randint(1, 999):03d}" for _ in rows], None),
        col(header("runner", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) for p in rows], P.DOB),
        col("Club", [rng.choice(clubs) for _ in rows], None),
        col(header("emergency", ctx.hl), [name_of(k, ctx, ["full", "init_upper", "last_bare_init"]) if h else ""
                                          for k, h in zip(kin, has_kin, strict=True)], P.NAME),
        col(header("emergency_phone", ctx.hl), [P.phone_cell(k, rng, lay, ctx.lg) if h else ""
                                                for k, h in zip(kin, has_kin, strict=True)], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.8, p.email) for p in rows], P.EMAIL),
        col("Marshal", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
        col("Collected", [maybe(rng, 0.7, f"{rng.randint(11, 16)}:{rng.randint(0, 59):02d}") for _ in rows], None),
    ]  # fmt: skip
    others = [[k] if h else [] for k, h in zip(kin, has_kin, strict=True)]
    return shape_out(cols, rows, others, "bagdrop")


def taxidermy(ctx) -> types.SimpleNamespace:
    """A taxidermist's orders: the order, the client (one or two forms), the address (one cell or parts), phone,
    e-mail, the specimen (a pet's name now and then: no personal data), the mount (makers' styles named after
    people), who found it (another person, mostly empty), the date in, the licence note ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    finders = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    specimens = ("fox (Reynard)", "cock pheasant", "brown trout 4lb", "barn owl (road kill)", "roe buck head",
                 "pet cat 'Mr Tibbles'", "jay", "pike 18lb")  # fmt: skip
    mounts = ("Rowland Ward style", "Van Ingen plaque", "Victorian dome", "wall shield", "open habitat case")
    finder_cells = [maybe(rng, 0.2, name_of(f, ctx, ["full", "handle", "comma_init_given"])) for f in finders]
    cols = [
        col("Order", [f"T{rng.randint(100, 999)}/{rng.randint(24, 26)}" for _ in rows], None),
        col(header("client", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        *base.address_cols(ctx, rows, rng.random() < 0.5),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.4) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.5, p.email) for p in rows], P.EMAIL),
        col("Specimen", [rng.choice(specimens) for _ in rows], None),
        col("Mount", [rng.choice(mounts) for _ in rows], None),
        col(header("found_by", ctx.hl), finder_cells, P.NAME),
        col("In", [language.event(rng, ctx.locale, "apos_mon", 0.5) for _ in rows], None),
        col("Licence", [rng.choice(("n/a", "APHA seen", "Art.10 cert", "")) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[f] if c else [] for f, c in zip(finders, finder_cells, strict=True)]
    return shape_out(cols, rows, others, "taxidermy")


def tattoo(ctx) -> types.SimpleNamespace:
    """A tattoo studio's consent forms: the date, the client (one or two forms), the birth date (the age check) in
    one or two of set 44's layouts, the id seen (the national id where the country has one, mostly), phone,
    e-mail, the design (named after people: no personal data), the placement, the artist ("don't care"), an
    emergency contact (mostly empty)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kin = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    designs = ("Sailor Jerry swallow", "Ed Hardy tiger", "Frida Kahlo portrait", "Marilyn Monroe pin-up",
               "Bob Marley lyric", "koi sleeve", "fine-line rose", "mandala")  # fmt: skip
    kin_cells = [maybe(rng, 0.2, name_of(k, ctx, ["full", "nee", "square_last"])) for k in kin]
    cols = [
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, "local_long", 0.3) for _ in rows], None),
        col(header("client", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) for p in rows], P.DOB),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.7, p.nid or "") for p in rows], P.NID),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        col("Design", [rng.choice(designs) for _ in rows], None),
        col("Placement", [rng.choice(("forearm", "ankle", "back", "ribs", "wrist", "calf")) for _ in rows], None),
        col("Artist", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
        col(header("emergency", ctx.hl), kin_cells, P.NAME),
    ]  # fmt: skip
    others = [[k] if c else [] for k, c in zip(kin, kin_cells, strict=True)]
    return shape_out(cols, rows, others, "tattoo")
