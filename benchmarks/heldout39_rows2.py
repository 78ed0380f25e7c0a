"""Held-out set 39: the other four export shapes (a meals-on-wheels round sheet, a darts league's player
registrations, a timebank's exchange log, a newsagent's delivery book).

Labels are exact as in ``heldout39_rows``: drivers, brokers and paper rounds' children are staff ("don't care");
GP practices named after people (``Jenner Health Centre``), darts nicknames (``The Ferret``), pub teams (``The Duke
of Wellington``, ``Queen Victoria``) and newspapers (``Financial Times``, ``Le Monde``) are no personal data.
"""

from __future__ import annotations

import types

import heldout39_language as language
import heldout39_people as people
from heldout39_notes import street_without_number
from heldout39_rows import Col, address_cols, dob_cell, layouts, maybe, name_forms, shape_out

P = people
_DIET = ("diabetic", "soft", "halal", "no pork", "vegetarian", "normal", "normal", "low salt", "pureed")
_PRACTICES = ("Jenner Health Centre", "Florence Nightingale Practice", "St Luke's Medical Centre",
              "Lister Surgery", "Mary Seacole House", "Riverside Surgery")  # fmt: skip
_DRIVERS = ("Brian", "Jackie", "Dev", "Olu", "Maggie", "Stan")
_RELATIONS = ("son", "daughter", "niece", "neighbour", "nephew", "friend")


def meals(ctx) -> types.SimpleNamespace:
    """A meals-on-wheels round sheet: the client titled (``Mrs C. Haynes``) or as the council's list prints them,
    the street (often without its number on the driver's copy) and town or the whole address, landlines, elderly
    birth dates, the key-safe code and diet (no personal data), the next of kin with their relation (``son - Mark
    Haynes``) and phone mostly empty, the GP practice (named after people: no personal data); drivers are staff."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kin = [ctx.draw() for _ in rows]
    form = rng.choice(("title_init_last", "last_title_first", "LAST_first", "full"))
    lay, dl = layouts(rng), rng.sample(language.DATE_LAYOUTS, rng.randint(1, 3))
    cols = [
        Col("round", [f"Round {rng.randint(1, 6)}" for _ in rows], None),
        Col("client", [P.name_cell(p, form, ctx.lg) for p in rows], P.NAME),
        *address_cols(ctx, rows, rng.random() < 0.4),
        Col("key_safe", [maybe(rng, 0.5, f"{rng.randint(0, 9999):04d}") for _ in rows], None),
        Col("tel", [P.phone_cell(p, rng, lay, landline=0.8) for p in rows], P.PHONE),
        Col("dob", [dob_cell(p, ctx, dl) for p in rows], P.DOB),
        Col("diet", [rng.choice(_DIET) for _ in rows], None),
        Col("next_of_kin", [maybe(rng, 0.6, f"{rng.choice(_RELATIONS)} - {k.full}") for k in kin], P.NAME),
        Col("nok_tel", [maybe(rng, 0.35, P.phone_cell(k, rng, lay)) for k in kin], P.PHONE),
        Col("gp_practice", [rng.choice(_PRACTICES) for _ in rows], None),
        Col("driver", [rng.choice(_DRIVERS) for _ in rows], "dont_care"),
    ]
    return shape_out(cols, rows, [[k] for k in kin], "meals")


_NICKS = ("The Ferret", "The Power", "Jackpot", "Snakebite", "Bully Boy", "The Iceman", "Wolfie", "Lady Luck",
          "The Count", "Barney")  # fmt: skip
_PUBS = ("The Duke of Wellington", "Queen Victoria", "Lord Nelson", "The Prince Albert", "Rose & Crown",
         "King William IV", "The Marquis of Granby", "Admiral Rodney")  # fmt: skip


def darts(ctx) -> types.SimpleNamespace:
    """A darts league's registrations: the player (one or two forms), the nickname (no personal data), the team
    (pubs named after people: no personal data), a birth date, a mobile, an e-mail mostly empty, the national id
    for a county registration in some tables, a membership number and an average (no personal data)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    forms, lay = name_forms(rng), layouts(rng)
    cols = [
        Col("player", [P.name_cell(p, rng.choice(forms), ctx.lg) for p in rows], P.NAME),
        Col("nickname", [maybe(rng, 0.7, rng.choice(_NICKS)) for _ in rows], None),
        Col("team", [rng.choice(_PUBS) for _ in rows], None),
        Col("dob", [dob_cell(p, ctx, ["local", "compact"][: rng.randint(1, 2)]) for p in rows], P.DOB),
        Col("mobile", [P.phone_cell(p, rng, lay, both=0.1) for p in rows], P.PHONE),
        Col("email", [maybe(rng, 0.3, p.email) for p in rows], P.EMAIL),
        Col("membership_no", [f"DL-2026-{rng.randint(1, 999):04d}" for _ in rows], None),
        Col("average", [f"{rng.uniform(35, 95):.2f}" for _ in rows], None),
    ]
    if rng.random() < 0.5 and any(p.nid for p in rows):
        cols.insert(4, Col("id", [p.nid or "" for p in rows], P.NID))
    return shape_out(cols, rows, [[ctx.draw(), ctx.draw()] for _ in rows], "darts")


_SERVICES = ("gardening", "lift to hospital", "ironing", "Spanish lesson", "dog walking", "computer help",
             "shopping", "sewing repair", "DIY shelf")  # fmt: skip


def timebank(ctx) -> types.SimpleNamespace:
    """A timebank's exchange log: two members per row (giver and receiver, each in its own form), the service and
    hours (no personal data), the receiver's phone and street (often without its number); brokers are staff."""
    rng, n = ctx.rng, ctx.n
    members = [ctx.draw() for _ in range(max(4, n // 2))]
    pairs = [tuple(rng.sample(members, 2)) for _ in range(n)]
    fg, fr = rng.sample(P.NAME_FORMS, 2)
    lay = layouts(rng)
    cols = [
        Col("date", [language.event(rng, ctx.locale, "iso", 1.0) for _ in pairs], None),
        Col("giver", [P.name_cell(g, fg, ctx.lg) for g, _ in pairs], P.NAME),
        Col("receiver", [P.name_cell(r, fr, ctx.lg) for _, r in pairs], P.NAME),
        Col("service", [rng.choice(_SERVICES) for _ in pairs], None),
        Col("hours", [str(rng.choice((0.5, 1, 1.5, 2, 3))) for _ in pairs], None),
        Col("receiver_phone", [P.phone_cell(r, rng, lay) for _, r in pairs], P.PHONE),
        Col(
            "receiver_street",
            [street_without_number(r.street) if rng.random() < 0.5 else r.street for _, r in pairs],
            P.STREET,
        ),
        Col("broker", [rng.choice(("Ruth", "Ade", "Gwen", "Sol")) for _ in pairs], "dont_care"),
    ]
    return shape_out(cols, [g for g, _ in pairs], [[r, rng.choice(members)] for _, r in pairs], "timebank")


_PAPERS = {
    "en": ("Times", "Guardian", "Daily Mail", "Financial Times", "Radio Times", "The Beano", "Daily Mirror", "Sun"),
    "de": ("Bild", "FAZ", "Süddeutsche", "Die Zeit", "Hörzu", "Bravo"),
    "fr": ("Le Monde", "Le Figaro", "Ouest-France", "L'Équipe", "Télé 7 Jours"),
    "es": ("El País", "El Mundo", "Marca", "ABC", "Hola"),
    "it": ("Corriere della Sera", "La Repubblica", "Gazzetta dello Sport", "Topolino"),
    "nl": ("De Telegraaf", "NRC", "Volkskrant", "AD", "Libelle"),
    "pt": ("Público", "Correio da Manhã", "Record", "Expresso"),
}
_BOYS = ("Kieran", "Jess", "Ollie", "Mia", "Ravi")


def newsagent(ctx) -> types.SimpleNamespace:
    """A newsagent's delivery book: the house (number and street, or a house name) and postcode, the customer as
    the round book writes them (a title and the surname, or the surname alone), the papers (named as papers are:
    no personal data), a phone mostly empty, the balance and a holiday stop; the paper round's children are staff
    ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    titled = rng.random() < 0.6
    papers = _PAPERS.get(ctx.lg, _PAPERS["en"])
    cols = [
        Col("round", [str(rng.randint(1, 5)) for _ in rows], None),
        Col("house", [p.street for p in rows], P.STREET),
    ]
    if any(p.postcode for p in rows):
        cols.append(Col("postcode", [p.postcode for p in rows], P.POSTCODE))
    cols += [
        Col("customer", [f"{P.title(p, ctx.lg)} {p.last}" if titled and P.latin(p) else p.last for p in rows], P.LAST),
        Col("papers", [", ".join(rng.sample(papers, rng.randint(1, 2))) for _ in rows], None),
        Col("tel", [maybe(rng, 0.25, P.phone_cell(p, rng, layouts(rng, 2), landline=0.6)) for p in rows], P.PHONE),
        Col("balance", [f"{rng.uniform(0, 60):.2f}" for _ in rows], None),
        Col("holiday_stop", [maybe(rng, 0.1, language.event(rng, ctx.locale, "local", 0.2)) for _ in rows], None),
        Col("paper_boy", [rng.choice(_BOYS) for _ in rows], "dont_care"),
    ]
    return shape_out(cols, rows, [[ctx.draw()] for _ in rows], "newsagent")
