"""Held-out set 54: the other four export shapes (a beer festival's volunteer rota, a mountaineering club's hut
bookings, a gliding club's launch log, a ferry company's passenger manifest).

Labels are exact as in ``heldout54_rows``: bar managers, hut wardens, instructors and pursers are staff ("don't
care"), membership numbers "don't care"; beers named after people and places (``Old Peculier``, ``Bishops
Finger``, ``Spitfire``, ``Doom Bar``, ``Old Speckled Hen``, ``Abbot Ale``, ``London Pride``, ``Hobgoblin``,
``Timothy Taylor Landlord``, ``Jaipur``), huts and routes (``CIC Hut``, ``Ling Hut``, ``Lagangarbh``, ``Raeburn
Hut``, ``Tower Ridge``, ``Curved Ridge``, ``Zero Gully``, ``Aonach Eagach``), gliders, their registrations and
sites (``ASK 21``, ``K13``, ``Discus 2b``, ``G-CKLW``, ``Lasham``, ``Dunstable Downs``, ``Sutton Bank``,
``Wasserkuppe``), ferries named after people (``Oscar Wilde``, ``W.B. Yeats``, ``Jonathan Swift``, ``James
Joyce``, ``Pride of Kent``, ``Mont St Michel``, ``Stena Hollandica``, ``Isle of Mull``), routes and vehicle plates
are no personal data.
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import types

import heldout54_people as P
import heldout54_rows as base
from heldout54_rows import _others, col, dob_of, kcol, layouts, maybe, name_forms, name_of, pcol, shape_out, staff


def beer_festival(ctx) -> types.SimpleNamespace:
    """A beer festival's volunteer rota: the volunteer (plain or in set 54's forms), phone, e-mail, the shift and the
    bar, the beer they pour (named after people and places: no personal data), the membership number ("don't
    care"), an emergency contact (another person, most rows) and their phone, the bar manager ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kin = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    beers = ("Old Peculier", "Bishops Finger", "Spitfire", "Doom Bar", "Old Speckled Hen", "Abbot Ale", "London Pride",
             "Hobgoblin", "Timothy Taylor Landlord", "Jaipur", "Theakston XB")  # fmt: skip
    k_col = pcol("emergency", ctx, kin, name_forms(rng), 0.75)
    has_k = [bool(v) for v in k_col.values]
    cols = [
        pcol("volunteer", ctx, rows, forms),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.85, p.email) for p in rows], P.EMAIL),
        col("Shift", [f"{rng.choice(('Thu', 'Fri', 'Sat'))} {rng.choice(('11:00-16:00', '16:00-23:00', '18:00-23:00'))}" for _ in rows], None),
        col("Bar", [rng.choice(("Cellar", "Bar 2", "Foreign beer bar", "Cider & perry", "Glasses")) for _ in rows], None),
        col("Pouring", [rng.choice(beers) for _ in rows], None),
        col("Membership no.", [maybe(rng, 0.7, f"{rng.randint(100000, 999999)}") for _ in rows], "dont_care"),
        k_col,
        kcol("emergency_phone", ctx, [P.phone_cell(k, rng, lay, ctx.lg, 0.3) if h else "" for k, h in zip(kin, has_k, strict=True)], P.PHONE),
        col("Bar manager", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    return shape_out(cols, rows, _others(zip(kin, has_k, strict=True)), "beer_festival")


def mountain_hut(ctx) -> types.SimpleNamespace:
    """A mountaineering club's hut bookings: the party leader (plain or in set 54's forms), phone, e-mail, the
    leader's address (parts or one cell), the hut and the route (no personal data), nights, the party members (one
    to three other people in one cell, most rows), an emergency phone (of another person, mostly empty), the
    warden ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    parties = [[ctx.draw() for _ in range(rng.randint(1, 3))] for _ in range(n)]
    kin = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    huts = ("CIC Hut (Ben Nevis)", "Ling Hut (Glen Torridon)", "Lagangarbh (Glen Coe)", "Raeburn Hut", "Salving House (Borrowdale)",
            "Karabiner MC Hut", "Cabane du Mont Fort", "Rifugio Torino")  # fmt: skip
    routes = (
        "Tower Ridge",
        "Curved Ridge",
        "Zero Gully",
        "Point Five Gully",
        "Aonach Eagach",
        "Cuillin Ridge",
        "Liathach traverse",
    )
    joiner = rng.choice(("; ", ", ", " / ", "\n"))
    pforms = ["full"] if rng.random() < 0.5 else name_forms(rng)
    p_vals = [maybe(rng, 0.8, joiner.join(name_of(x, ctx, pforms) for x in party)) for party in parties]
    cols = [
        pcol("leader", ctx, rows, forms),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.85, p.email) for p in rows], P.EMAIL),
        *base.address_cols(ctx, rows, rng.random() < 0.5),
        col("Hut", [rng.choice(huts) for _ in rows], None),
        col("Route", [maybe(rng, 0.6, rng.choice(routes)) for _ in rows], None),
        col("Nights", [str(rng.randint(1, 4)) for _ in rows], None),
        kcol("party", ctx, p_vals, P.NAME),
        kcol("emergency_phone", ctx, [maybe(rng, 0.35, P.phone_cell(k, rng, lay, ctx.lg, 0.3)) for k in kin], P.PHONE),
        col("Warden", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [party if v else [] for party, v in zip(parties, p_vals, strict=True)]
    return shape_out(cols, rows, others, "mountain_hut")


def _reg(rng, locale: str) -> str:
    a = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    reg = base.language.region(locale)
    if reg == "US":
        return f"N{rng.randint(100, 9999)}{rng.choice(('', '', rng.choice(a)))}"
    if reg in ("DE", "AT", "CH"):
        return f"{reg[0]}-{rng.randint(1000, 9999)}"
    pre = {"GB": "G-", "JP": "JA", "AU": "VH-", "AE": "A6-", "ID": "PK-", "MA": "CN-", "IN": "VT-", "FR": "F-", "IT": "I-",
           "ES": "EC-", "NL": "PH-", "BR": "PP-", "CA": "C-", "IE": "EI-", "NZ": "ZK-"}.get(reg, f"{reg[0]}-")  # fmt: skip
    k = 3 if pre in ("VH-", "A6-", "PK-", "CN-", "VT-", "EC-", "PH-", "PP-", "EI-", "ZK-") else 4
    return pre + "".join(rng.choice(a) for _ in range(k))


def gliding(ctx) -> types.SimpleNamespace:
    """A gliding club's launch log: the date, the glider and its registration, the site (no personal data), P1 (plain
    or in set 54's forms), P2 (another person, mostly empty), the launch, the flight type and time; for a trial
    lesson the visitor's birth date, weight, phone and e-mail; the instructor ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    p2s = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    el = base.event_layout(rng)
    gliders = ("ASK 21", "K13", "K8", "Discus 2b", "LS4", "Astir CS", "DG-505", "Duo Discus")
    sites = ("Lasham", "Dunstable Downs", "Sutton Bank", "Wasserkuppe", "Fayence", "Portmoak", "Husbands Bosworth")
    trial = [rng.random() < 0.35 for _ in rows]
    p2_col = pcol("p2", ctx, p2s, name_forms(rng), 0.3)
    cols = [
        kcol("date", ctx, [base.language.event(rng, ctx.locale, el, 0.3) for _ in rows], None),
        col("Glider", [rng.choice(gliders) for _ in rows], None),
        col("Reg", [_reg(rng, ctx.locale) for _ in rows], None),
        col("Site", [rng.choice(sites) for _ in rows], None),
        pcol("pilot", ctx, rows, forms),
        p2_col,
        col("Launch", [rng.choice(("Winch", "Aerotow", "Winch")) for _ in rows], None),
        col("Type", ["Trial lesson" if t else rng.choice(("Solo", "Check flight", "Training", "Cross-country")) for t in trial], None),
        col("Time", [f"{rng.randint(0, 3)}:{rng.randint(3, 59):02d}" for _ in rows], None),
        kcol("dob", ctx, [dob_of(p, ctx, dl) if t else "" for p, t in zip(rows, trial, strict=True)], P.DOB),
        col("Weight", [f"{rng.randint(50, 105)} kg" if t else "" for t in trial], None),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.1) if t or rng.random() < 0.3 else "" for p, t in zip(rows, trial, strict=True)], P.PHONE),
        kcol("email", ctx, [p.email if t and rng.random() < 0.8 else "" for p, t in zip(rows, trial, strict=True)], P.EMAIL),
        col("Instructor", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    return shape_out(cols, rows, _others(zip(p2s, [bool(v) for v in p2_col.values], strict=True)), "gliding")


def ferry(ctx) -> types.SimpleNamespace:
    """A ferry company's passenger manifest: the lead passenger (plain or in set 54's forms), birth date, the id or
    passport, phone, e-mail, the other passengers (one to three people in one cell, most rows), the vessel (named
    after people and places: no personal data), the route, the vehicle plate, the cabin, the purser ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    groups = [[ctx.draw() for _ in range(rng.randint(1, 3))] for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    vessels = ("Oscar Wilde", "W.B. Yeats", "Jonathan Swift", "James Joyce", "Pride of Kent", "Mont St Michel", "Stena Hollandica",
               "Isle of Mull", "Loch Seaforth", "Pont-Aven", "Spirit of Britain")  # fmt: skip
    routes = (
        "Dublin–Holyhead",
        "Rosslare–Cherbourg",
        "Portsmouth–Caen",
        "Oban–Craignure",
        "Dover–Calais",
        "Hook of Holland–Harwich",
    )
    joiner = rng.choice(("; ", ", ", " + ", "\n"))
    gforms = ["full"] if rng.random() < 0.5 else name_forms(rng)
    g_vals = [maybe(rng, 0.75, joiner.join(name_of(x, ctx, gforms) for x in g)) for g in groups]
    a = "ABCDEFGHJKLMNPRSTUVWXYZ"
    cols = [
        pcol("lead_passenger", ctx, rows, forms),
        kcol("dob", ctx, [dob_of(p, ctx, dl) for p in rows], P.DOB),
        kcol("id_seen", ctx, [maybe(rng, 0.7, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.1) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.85, p.email) for p in rows], P.EMAIL),
        kcol("passengers", ctx, g_vals, P.NAME),
        col("Vessel", [rng.choice(vessels) for _ in rows], None),
        col("Route", [rng.choice(routes) for _ in rows], None),
        col("Vehicle", [maybe(rng, 0.6, f"{rng.choice(a)}{rng.choice(a)}{rng.randint(10, 74)} {''.join(rng.choice(a) for _ in range(3))}") for _ in rows], None),
        col("Cabin", [rng.choice(("4-berth inside", "2-berth outside", "Reclining seat", "")) for _ in rows], None),
        col("Purser", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [g if v else [] for g, v in zip(groups, g_vals, strict=True)]
    return shape_out(cols, rows, others, "ferry")
