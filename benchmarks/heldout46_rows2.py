"""Held-out set 46: the other four export shapes (a cheesemonger's cheese club subscriptions, a council's beach hut
lettings, an orienteering club's event entries, a pinball league's night).

Labels are exact as in ``heldout46_rows``: packers, wardens, start officials and scorekeepers are staff ("don't
care"); cheeses named after people and places (``Stinking Bishop``, ``Lincolnshire Poacher``, ``Cornish Yarg``,
``Baron Bigod``, ``Old Winchester``, ``Red Leicester``, ``Brie de Meaux``), huts' own names and promenades
(``Dunroamin``, ``Mon Repos``, ``Bide-a-Wee``, ``Marine Parade``, ``Victoria Promenade``, ``Queen's Parade``),
orienteering clubs and maps (``Lakeland OC``, ``Southern Navigators``, ``Bishop's Wood``, ``Lady Anne's Park``),
pinball machines and pubs (``The Addams Family``, ``Elvira and the Party Monsters``, ``Mary Shelley's
Frankenstein``, ``Bram Stoker's Dracula``, ``Johnny Mnemonic``, ``Dr. Dude``, ``The Earl Grey``, ``The Admiral
Rodney``) are no personal data; hut, SI card and league numbers are no personal data (the league's player number is
"don't care").
"""

from __future__ import annotations

import types

import heldout46_language as language
import heldout46_people as P
import heldout46_rows as base
from heldout46_rows import col, header, layouts, maybe, name_forms, name_of, shape_out, staff


def cheese(ctx) -> types.SimpleNamespace:
    """A cheesemonger's cheese club: the subscriber (one or two forms), the delivery address (one cell, in one of set
    46's forms or the locale's own), phone, e-mail, the box (cheeses named after people and places: no personal data),
    a gift recipient (another person, mostly empty), the birth date for a birthday cheese (mostly empty), the dispatch
    date, the packer ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    gifts = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    el = base.event_layout(rng)
    boxes = ("Stinking Bishop", "Lincolnshire Poacher", "Cornish Yarg", "Baron Bigod", "Old Winchester",
             "Red Leicester", "Brie de Meaux", "Comté 24 months", "Tunworth", "Caerphilly")  # fmt: skip
    gift_cells = [maybe(rng, 0.2, name_of(g, ctx, ["full", "slug", "upper_under"])) for g in gifts]
    cols = [
        col(header("subscriber", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        *base.address_cols(ctx, rows, True, "delivery"),
        col(header("phone", ctx.hl), [maybe(rng, 0.8, P.phone_cell(p, rng, lay, ctx.lg, 0.3)) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [p.email for p in rows], P.EMAIL),
        col("Box", [rng.choice(boxes) for _ in rows], None),
        col(header("gift_to", ctx.hl), gift_cells, P.NAME),
        col(header("dob", ctx.hl), [maybe(rng, 0.25, P.dob_cell(p, ctx.locale, dl, rng)) for p in rows], P.DOB),
        col("Dispatch", [language.future(rng, ctx.locale, el, 30) for _ in rows], None),
        col("Packed by", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[g] if c else [] for g, c in zip(gifts, gift_cells, strict=True)]
    return shape_out(cols, rows, others, "cheese")


def beachhut(ctx) -> types.SimpleNamespace:
    """A council's beach hut lettings: the hut number, its own name and the promenade (named after people and
    places: no personal data), the hut holder (one or two forms), the home address (parts or one cell), phone,
    e-mail, the keyholder (another person, mostly empty), the id seen (mostly empty), the season and fee, the warden
    ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    keys = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    names = ("Dunroamin", "Mon Repos", "Bide-a-Wee", "Seaspray", "Sandy Toes", "Kittiwake", "The Bosun's Locker", "")
    proms = ("Marine Parade", "Victoria Promenade", "Queen's Parade", "Prince Albert Walk")
    key_cells = [maybe(rng, 0.2, name_of(k, ctx, ["full", "surname_dot", "init_paren"])) for k in keys]
    cols = [
        col("Hut", [str(rng.randint(1, 320)) for _ in rows], None),
        col("Hut name", [rng.choice(names) for _ in rows], None),
        col("Promenade", [rng.choice(proms) for _ in rows], None),
        col(header("hut_holder", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        *base.address_cols(ctx, rows, rng.random() < 0.5),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.35) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        col(header("keyholder", ctx.hl), key_cells, P.NAME),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.2, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Season", [rng.choice(("2027", "2027 summer", "winter 26/27")) for _ in rows], None),
        col("Fee", [f"{rng.randint(300, 1400)}" for _ in rows], None),
        col("Warden", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[k] if c else [] for k, c in zip(keys, key_cells, strict=True)]
    return shape_out(cols, rows, others, "beachhut")


def orienteering(ctx) -> types.SimpleNamespace:
    """An orienteering club's event entries: the SI card, the competitor (one or two forms; juniors with a parent's
    surname), the birth date (most), the age class, the club and the course (named after places and people: no
    personal data), the start time, phone (mostly), an emergency contact (juniors: the parent; others mostly empty)
    and their phone, e-mail, the start official ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = base.juniors(ctx, 0.35)
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    clubs = ("Lakeland OC", "Southern Navigators", "Happy Herts OC", "Bishop's Wood OC", "Lady Anne's Park runners",
             "unattached")  # fmt: skip
    courses = ("White", "Yellow", "Orange", "Light Green", "Green", "Blue", "Brown")
    contact = [k or rng.random() < 0.2 for k in kids]
    kin = [par if k else ctx.draw() for par, k in zip(parents, kids, strict=True)]
    kin = [x if x is not p else ctx.draw() for x, p in zip(kin, rows, strict=True)]
    cols = [
        col("SI card", [str(rng.randint(100000, 9999999)) for _ in rows], None),
        col(header("competitor", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [maybe(rng, 0.85, P.dob_cell(p, ctx.locale, dl, rng)) for p in rows], P.DOB),
        col("Class", [("M" if not p.female else "W") + rng.choice(("10", "12", "14", "16", "21E", "35", "45", "55"))
                      for p in rows], None),
        col("Club", [rng.choice(clubs) for _ in rows], None),
        col("Course", [rng.choice(courses) for _ in rows], None),
        col("Start", [f"10:{rng.randint(0, 59):02d}" for _ in rows], None),
        col(header("phone", ctx.hl), [maybe(rng, 0.6, P.phone_cell(p, rng, lay, ctx.lg)) for p in rows], P.PHONE),
        col(header("emergency", ctx.hl), [name_of(x, ctx, ["full", "rel_colon"]) if c else ""
                                          for x, c in zip(kin, contact, strict=True)], P.NAME),
        col(header("emergency_phone", ctx.hl), [P.phone_cell(x, rng, lay, ctx.lg) if c else ""
                                                for x, c in zip(kin, contact, strict=True)], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.5, par.email) for par in parents], P.EMAIL),
        col("Start official", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[x] if c else [] for x, c in zip(kin, contact, strict=True)]
    return shape_out(cols, rows, others, "orienteering")


def pinball(ctx) -> types.SimpleNamespace:
    """A pinball league's night: the group, the player (one or two forms), the league's player number ("don't
    care"), the machine (named after people and films: no personal data), the score, phone (mostly), e-mail, the
    doubles partner (another person, mostly empty), the venue (pubs named after people), the scorekeeper ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    mates = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    machines = ("The Addams Family", "Twilight Zone", "Elvira and the Party Monsters", "Medieval Madness",
                "Mary Shelley's Frankenstein", "Bram Stoker's Dracula", "Johnny Mnemonic", "Dr. Dude",
                "Attack from Mars", "Theatre of Magic")  # fmt: skip
    venue = rng.choice(("The Earl Grey", "The Admiral Rodney", "The Marquis Cornwallis"))
    mate_cells = [maybe(rng, 0.2, name_of(m, ctx, ["full", "camel", "slug"])) for m in mates]
    cols = [
        col("Group", [rng.choice("ABCD") for _ in rows], None),
        col(header("player", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col("Player #", [f"P{rng.randint(1000, 99999)}" for _ in rows], "dont_care"),
        col("Machine", [rng.choice(machines) for _ in rows], None),
        col("Score", [f"{rng.randint(1, 900) * 1_000_000:,}" for _ in rows], None),
        col(header("mobile", ctx.hl), [maybe(rng, 0.7, P.phone_cell(p, rng, lay, ctx.lg)) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.5, p.email) for p in rows], P.EMAIL),
        col("Doubles partner", mate_cells, P.NAME),
        col("Venue", [venue for _ in rows], None),
        col("Scorekeeper", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[m] if c else [] for m, c in zip(mates, mate_cells, strict=True)]
    return shape_out(cols, rows, others, "pinball")
