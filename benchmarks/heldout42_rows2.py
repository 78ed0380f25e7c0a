"""Held-out set 42: the other four export shapes (a karate club's grading sheet, a craft fair's stallholders, a
coach trip's passenger list, a pigeon racing club's race entries).

Labels are exact as in ``heldout42_rows``: instructors and drivers are staff ("don't care"); styles and trophies
named after people (``Shotokan``, ``Funakoshi Cup``, ``Bruce Lee Shield``), businesses and insurers named after
people (``Beatrix Potter Prints``, ``Earl Grey Tea Co.``, ``Ian Wallace Insurance``), pick-up points and
destinations (``Horse & Groom``, ``Lord Nelson``, ``Anne Hathaway's Cottage``, ``Cadbury World``), race points
(``Bourges``, ``Lerwick``), ring numbers (``GB24N12345``) and clocks (``Benzing``, ``Unikon``) are no personal data; a
club licence number is "don't care".
"""

from __future__ import annotations

import types

import heldout42_language as language
import heldout42_people as P
import heldout42_rows as base
from heldout42_rows import col, header, layouts, maybe, name_forms, name_of, shape_out, staff


def karate(ctx) -> types.SimpleNamespace:
    """A karate club's grading sheet: the student (mostly children, one or two forms), birth date in one or two
    layouts, grade now and grade sat for, the association licence ("don't care"), the parent for the children (in
    another form, with the child's surname), the parent's mobile, the address in one cell, medical notes, the
    instructor ("don't care"), style and trophy (named after people: no personal data)."""
    rng, n = ctx.rng, ctx.n
    parents = [ctx.draw() for _ in range(n)]
    kids = [rng.random() < 0.75 for _ in range(n)]
    rows = [P.with_surname(ctx.draw(child=True), par.last) if k else par for par, k in zip(parents, kids, strict=True)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    grades = ("9th Kyu (red)", "8th Kyu (yellow)", "7th Kyu (orange)", "6th Kyu (green)", "5th Kyu (blue)",
              "1st Dan")  # fmt: skip
    par_cells = [name_of(par, ctx, ["title_init_last", "full", "last_comma_first", "with_role"]) if k else ""
                 for par, k in zip(parents, kids, strict=True)]  # fmt: skip
    cols = [
        col(header("student", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) for p in rows], P.DOB),
        col("Grade", [rng.choice(grades[:-1]) for _ in rows], None),
        col("Grading for", [rng.choice(grades[1:]) for _ in rows], None),
        col("Licence", [f"{rng.choice(('BKA', 'EKF', 'AMA'))}{rng.randint(100000, 999999)}" for _ in rows],
            "dont_care"),
        col(header("parent", ctx.hl), par_cells, P.NAME),
        col(header("parent_phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg) for par in parents], P.PHONE),
        col(header("address", ctx.hl), [par.address for par in parents], P.ADDRESS),
        col("Medical", [maybe(rng, 0.2, rng.choice(("asthma - inhaler in bag", "nut allergy", "glasses")))
                        for _ in rows], None),
        col("Sensei", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
        col("Style", [rng.choice(("Shotokan", "Wado-Ryu", "Goju-Ryu", "Kyokushin")) for _ in rows], None),
        col("Trophy", [maybe(rng, 0.15, rng.choice(("Funakoshi Cup", "Bruce Lee Shield", "Chuck Norris Trophy")))
                       for _ in rows], None),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "karate")


def craftfair(ctx) -> types.SimpleNamespace:
    """A craft fair's stallholders: the stallholder (one or two forms), the business (named after famous people:
    no personal data), what they sell, a phone in two or three layouts, e-mail, the address (one cell or parts),
    the insurer (named after people), the pitch fee, a helper on the day (mostly empty)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    helpers = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    biz = ("Beatrix Potter Prints", "Frida Kahlo Candles", "Earl Grey Tea Co.", "Lady Grey Soaps",
           "Grandma Moses Quilts", "Mrs Tiggywinkle's Preserves", "Wild Rose Crafts", "The Button Jar")  # fmt: skip
    helper_cells = [maybe(rng, 0.25, name_of(h, ctx, ["full", "upper_full"])) for h in helpers]
    cols = [
        col("Stall", [f"{rng.choice('ABCD')}{rng.randint(1, 40)}" for _ in rows], None),
        col(header("stallholder", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col("Business", [rng.choice(biz) for _ in rows], None),
        col("Selling", [rng.choice(("candles", "knitwear", "jams", "cards", "pottery", "jewellery")) for _ in rows],
            None),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [p.email for p in rows], P.EMAIL),
        *base.address_cols(ctx, rows, rng.random() < 0.5),
        col("Insurer", [rng.choice(("Hiscox", "Ian Wallace Insurance", "Craft Insurance", "Aviva")) for _ in rows],
            None),
        col("Fee", [rng.choice(("25", "30", "40", "paid")) for _ in rows], None),
        col(header("helper", ctx.hl), helper_cells, P.NAME),
    ]  # fmt: skip
    others = [[h] if c else [] for h, c in zip(helpers, helper_cells, strict=True)]
    return shape_out(cols, rows, others, "craft")


def coachtrip(ctx) -> types.SimpleNamespace:
    """A coach trip's passenger list: seat, the passenger (``HARVEY/GAIL MRS`` or another form), pick-up (pubs and
    landmarks named after people: no personal data), a mobile, on trips abroad the ID or passport number and birth
    date (passport capitals), an emergency contact and their phone (mostly empty), room share (mostly empty), the
    destination, the driver ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kin = [ctx.draw() for _ in range(n)]
    share = [ctx.draw() for _ in range(n)]
    forms = ["upper_slash"] if rng.random() < 0.5 else name_forms(rng)
    lay = layouts(rng)
    abroad = rng.random() < 0.5 and any(p.nid for p in rows)
    pickups = ("Horse & Groom", "Lord Nelson car park", "Tesco Extra", "Market Cross", "Duke of Wellington",
               "Bus station bay 4")  # fmt: skip
    dests = ("Cadbury World", "Blenheim Palace", "Anne Hathaway's Cottage", "Chatsworth House", "Bruges market",
             "Lille Christmas market")  # fmt: skip
    has_kin = [rng.random() < 0.3 for _ in rows]
    share_cells = [maybe(rng, 0.2, name_of(s, ctx, ["full", "last_comma_first"])) for s in share]
    cols = [
        col("Seat", [str(rng.randint(1, 53)) for _ in rows], None),
        col(header("passenger", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col("Pick-up", [rng.choice(pickups) for _ in rows], None),
        col(header("mobile", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg) for p in rows], P.PHONE),
        col(header("emergency", ctx.hl),
            [name_of(k, ctx, ["full", "with_role"]) if h else "" for k, h in zip(kin, has_kin, strict=True)], P.NAME),
        col(header("emergency_phone", ctx.hl),
            [P.phone_text(k.mobile, "national", rng, ctx.lg) if h else "" for k, h in zip(kin, has_kin, strict=True)],
            P.PHONE),
        col(header("roomshare", ctx.hl), share_cells, P.NAME),
        col("Destination", [rng.choice(dests) for _ in rows], None),
        col("Driver", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    if abroad:
        cols.insert(4, col(header("idno", ctx.hl), [p.nid or "" for p in rows], P.NID))
        cols.insert(5, col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, ["passport"], rng) for p in rows], P.DOB))
    others = [([k] if h else []) + ([s] if c else []) for k, h, s, c in zip(kin, has_kin, share, share_cells,
                                                                           strict=True)]  # fmt: skip
    return shape_out(cols, rows, others, "coach")


def pigeon(ctx) -> types.SimpleNamespace:
    """A pigeon racing club's race entries: the fancier (partnerships ``Harvey & Son``, ``Harvey Bros``, ``Mr & Mrs
    Harvey``, or a person's form), a partner (mostly empty), the loft's address as street and town or one cell, a
    phone, the race point (places), ring numbers (no personal data), birds sent, the clock (makes), velocity."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    partners = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    suffix = {"en": (" & Son", " Bros", " & Daughter"), "de": (" & Sohn", " Gebr."), "fr": (" & Fils", " Frères"),
              "nl": (" & Zoon", " Gebr."), "es": (" e Hijos",), "it": (" & Figli",), "pt": (" & Filhos",),
              "da": (" & Søn",), "cs": (" a syn",)}.get(ctx.hl, (" & Son",))  # fmt: skip
    fanciers = []
    for p in rows:
        if P.latin(p) and rng.random() < 0.3:
            fanciers.append(p.last + rng.choice(suffix))
        else:
            fanciers.append(name_of(p, ctx, forms))
    part_cells = [maybe(rng, 0.2, name_of(x, ctx, ["full", "last_comma_init"])) for x in partners]
    points = ("Bourges", "Lerwick", "Fougères", "Tarbes", "Thurso", "Berwick", "Guernsey")
    cols = [
        col(header("fancier", ctx.hl), fanciers, P.NAME),
        col(header("partner", ctx.hl), part_cells, P.NAME),
        *base.address_cols(ctx, rows, rng.random() < 0.4),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.5) for p in rows], P.PHONE),
        col("Race point", [rng.choice(points) for _ in rows], None),
        col("Rings", [f"GB{rng.randint(19, 25)}N{rng.randint(10000, 99999)}" for _ in rows], None),
        col("Sent", [str(rng.randint(1, 20)) for _ in rows], None),
        col("Clock", [rng.choice(("Benzing", "Unikon", "Tipes", "Bricon")) for _ in rows], None),
        col("Velocity", [f"{rng.randint(900, 1700)}.{rng.randint(0, 999):03d}" for _ in rows], None),
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, "compact", 0.3) for _ in rows], None),
    ]  # fmt: skip
    others = [[x] if c else [] for x, c in zip(partners, part_cells, strict=True)]
    return shape_out(cols, rows, others, "pigeon")
