"""Held-out set 52: the other four export shapes (a racehorse syndicate's members, a pub quiz league's team
register, a hospital radio's request log, a brass band's instrument loans).

Labels are exact as in ``heldout52_rows``: yard staff, quizmasters, presenters and band librarians are staff
("don't care"); horses with people's names (``Frankel``, ``Red Rum``, ``Desert Orchid``, ``Kauto Star``, ``Sir
Gino``, ``Lady Buttons``, ``Constitution Hill``), yards (``Seven Barrows``, ``Manor Farm Stables``), quiz teams
named as puns on people (``Agatha Quiztie``, ``Quiz Team Aguilera``, ``Les Quizerables``, ``Sherlock Homes``,
``Quizzy Rascal``), pubs named after people (``The Duke of Wellington``, ``Queen Victoria``, ``The Marquis of
Granby``, ``Lord Nelson``), hospital wards named after people (``Nightingale Ward``, ``Florence Ward``, ``Lister
Ward``, ``Seacole Ward``, ``Cavell Ward``), songs and singers (``Jolene`` by ``Dolly Parton``, ``Eleanor Rigby``,
``Mrs Robinson``, ``Layla``, ``Sweet Caroline``, ``Valerie``), instruments by makers named after people (``Besson
Sovereign``, ``Boosey & Hawkes Imperial``, ``Wilson``), serial numbers and marches (``Colonel Bogey``, ``Radetzky
March``, ``Pomp and Circumstance No. 1``, ``The Floral Dance``, ``Blaydon Races``) are no personal data.
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import types

import heldout52_people as P
import heldout52_rows as base
from heldout52_rows import col, dob_of, header, layouts, maybe, name_forms, name_of, shape_out, staff


def racing(ctx) -> types.SimpleNamespace:
    """A racehorse syndicate's members: the member (one or two forms), phone, e-mail, the address (parts or one
    cell), the share, the horse and the yard (named after people: no personal data), the IBAN prize money is paid to
    (most rows), the id checked for the money-laundering rules (mostly empty), the syndicate manager ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    horses = ("Frankel's Pride", "Red Rum Returns", "Desert Orchid", "Kauto Star", "Sir Gino", "Lady Buttons",
              "Constitution Hill", "Arkle's Echo", "Mister Malarkey")  # fmt: skip
    yards = ("Seven Barrows", "Manor Farm Stables", "Ditcheat", "Jackdaws Castle")
    cols = [
        col(header("member", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.9, p.email) for p in rows], P.EMAIL),
        *base.address_cols(ctx, rows, rng.random() < 0.5),
        col("Share", [rng.choice(("1/10", "1/20", "1/12", "5%", "2/20")) for _ in rows], None),
        col("Horse", [rng.choice(horses) for _ in rows], None),
        col("Yard", [rng.choice(yards) for _ in rows], None),
        col(header("bank", ctx.hl), [maybe(rng, 0.8, p.iban or "") for p in rows], P.IBAN),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.2, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Manager", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    return shape_out(cols, rows, [[] for _ in rows], "racing")


def quiz(ctx) -> types.SimpleNamespace:
    """A pub quiz league's team register: the team (puns on people's names: no personal data), the captain (one or
    two forms), phone, e-mail, the other team members in one cell (two or three people joined by ``; ``), the home
    pub (named after people: no personal data), the division, the quizmaster ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    mates = [[ctx.draw() for _ in range(rng.randint(2, 3))] for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    teams = ("Agatha Quiztie", "Quiz Team Aguilera", "Les Quizerables", "Sherlock Homes", "Quizzy Rascal",
             "Universally Challenged", "The Norman Conquests", "Lord of the Pints", "Quiz Akabusi")  # fmt: skip
    pubs = ("The Duke of Wellington", "Queen Victoria", "The Marquis of Granby", "Lord Nelson", "The Red Lion",
            "The Sir John Falstaff")  # fmt: skip
    has = [rng.random() < 0.6 for _ in rows]
    cols = [
        col("Team", [rng.choice(teams) for _ in rows], None),
        col(header("captain", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.1) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.8, p.email) for p in rows], P.EMAIL),
        col(header("team", ctx.hl), ["; ".join(m.full for m in ms) if h else "" for ms, h in zip(mates, has, strict=True)], P.NAME),
        col("Pub", [rng.choice(pubs) for _ in rows], None),
        col("Div.", [str(rng.randint(1, 4)) for _ in rows], None),
        col("Quizmaster", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [ms if h else [] for ms, h in zip(mates, has, strict=True)]
    return shape_out(cols, rows, others, "quiz")


def requests(ctx) -> types.SimpleNamespace:
    """A hospital radio's request log: the date, the patient (one or two forms), the ward (named after people: no
    personal data) and the bed, the song and singer (no personal data), who it is dedicated to (another person, most
    rows), a relative's phone (mostly empty), the presenter ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    ded = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = base.event_layout(rng)
    wards = ("Nightingale Ward", "Florence Ward", "Lister Ward", "Seacole Ward", "Fleming Ward", "Cavell Ward")
    songs = ("Jolene - Dolly Parton", "Eleanor Rigby - The Beatles", "Mrs Robinson - Simon & Garfunkel",
             "Layla - Derek and the Dominos", "Sweet Caroline - Neil Diamond", "Valerie - Amy Winehouse",
             "Delilah - Tom Jones", "Peggy Sue - Buddy Holly")  # fmt: skip
    d_cells = [maybe(rng, 0.7, name_of(d, ctx, ["full", "greeting", "qp"])) for d in ded]
    cols = [
        col("Date", [base.language.event(rng, ctx.locale, el, 0.3) for _ in rows], None),
        col(header("patient", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col("Ward", [rng.choice(wards) for _ in rows], None),
        col("Bed", [str(rng.randint(1, 28)) for _ in rows], None),
        col("Song", [rng.choice(songs) for _ in rows], None),
        col(header("dedicated_to", ctx.hl), d_cells, P.NAME),
        col(header("relative_phone", ctx.hl), [maybe(rng, 0.3, P.phone_cell(d, rng, lay, ctx.lg, 0.3)) if c else ""
                                               for d, c in zip(ded, d_cells, strict=True)], P.PHONE),
        col("Presenter", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[d] if c else [] for d, c in zip(ded, d_cells, strict=True)]
    return shape_out(cols, rows, others, "requests")


def brassband(ctx) -> types.SimpleNamespace:
    """A brass band's instrument loans: the player (one or two forms; juniors with their birth date and a parent's
    consent), phone, e-mail, the instrument (makers named after people: no personal data) and its serial, the march
    being learnt, the home address for the insurance (one cell, most rows), the librarian ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = base.juniors(ctx, 0.4)
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    instruments = ("Besson Sovereign cornet", "Boosey & Hawkes Imperial euphonium", "Yamaha Neo tenor horn",
                   "Wilson baritone", "Besson Prestige flugelhorn", "Sterling Virtuoso tuba")  # fmt: skip
    marches = ("Colonel Bogey", "Radetzky March", "Pomp and Circumstance No. 1", "The Floral Dance", "Blaydon Races",
               "Slaidburn", "Death or Glory")  # fmt: skip
    form = rng.choice(("own", *base.ADDRESS_FORMS))
    cols = [
        col(header("player", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [dob_of(p, ctx, dl) if k else "" for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("parent", ctx.hl), [name_of(par, ctx, ["full", "consent_by"]) if k else ""
                                       for par, k in zip(parents, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.3) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, par.email) for par in parents], P.EMAIL),
        col("Instrument", [rng.choice(instruments) for _ in rows], None),
        col("Serial", [f"#{rng.randint(100000, 999999)}" for _ in rows], None),
        col("March", [rng.choice(marches) for _ in rows], None),
        col(header("address", ctx.hl), [maybe(rng, 0.8, base.address_cell(par, form, ctx.hl)) for par in parents], P.ADDRESS),
        col("Librarian", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "brassband")
