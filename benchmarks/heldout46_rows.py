"""Held-out set 46: four of the eight export shapes (an amateur dramatic society's pantomime cast list, a river
centre's canoe and kayak hire, a luthier's repair bench, a model railway club's loco register), and what every shape
shares: a column (``col``), headers in the table's language, cells of a person, set 46's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff "don't care", and things named after people or places (pantomime roles
``Widow Twankey``, ``Dick Whittington``, ``Baron Hardup``, ``Buttons``, ``Prince Charming``; launches ``Bishop's
Weir``, ``Lady's Bridge``, ``Tom's Landing``; canoes ``Old Town Discovery``, ``Mad River``; instruments ``Fender
Stratocaster``, ``Gibson Les Paul``, ``Martin D-28``, ``Rickenbacker``, ``Gretsch White Falcon``; strings
``Ernie Ball``, ``D'Addario``; locomotives ``Flying Scotsman``, ``Sir Nigel Gresley``, ``Duke of Gloucester``,
``City of Truro``, ``King George V``; makers ``Hornby``, ``Bachmann``, ``Graham Farish``, ``Märklin``) are ``None``:
no personal data.

Address cells of set 46 (one cell): the town first, then the postcode, then the street, joined by commas (``Leeds,
LS1 4AB, 12 Elm Road``), keys and values (``Street: 12 Elm Road, Town: Leeds, PC: LS1 4AB``), middle dots (``12
Elm Road · Leeds · LS1 4AB``), double spaces with no commas (``12 Elm Road  Leeds  LS1 4AB``) and the postcode in
square brackets first (``[LS1 4AB] Leeds, 12 Elm Road``) besides the locale's own whole address.
"""

from __future__ import annotations

import random
import types

import heldout43_rows as r43
import heldout45_rows as r45
import heldout46_language as language
import heldout46_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
cast: Cast member | Darsteller/in | Comédien | Actor/actriz | Attore | Speler | Ator | Skuespiller | Herec |
    Skuespiller | Kaiwhakaari
understudy: Understudy | Zweitbesetzung | Doublure | Suplente | Sostituto | Invaller | Substituto | Dublant |
    Alternace | Dublant | Kaiwhakakapi
paddler: Paddler | Paddler/in | Pagayeur | Palista | Canoista | Peddelaar | Canoísta | Padler | Pádlař | Padler |
    Kaihoe
subscriber: Subscriber | Abonnent/in | Abonné | Suscriptor | Abbonato | Abonnee | Assinante | Abonnent | Předplatitel |
    Abonnent | Kaiohauru
gift_to: Gift for | Geschenk für | Cadeau pour | Regalo para | Regalo per | Cadeau voor | Presente para | Gave til |
    Dárek pro | Gave til | Koha mā
hut_holder: Hut holder | Hüttenmieter/in | Locataire cabine | Titular caseta | Titolare cabina | Huurder strandhuisje |
    Titular barraca | Lejer | Nájemce | Leietaker | Kaireti whare
competitor: Competitor | Teilnehmer/in | Concurrent | Participante | Concorrente | Deelnemer | Participante |
    Deltager | Závodník | Deltaker | Kaiwhakataetae
player: Player | Spieler/in | Joueur | Jugador | Giocatore | Speler | Jogador | Spiller | Hráč | Spiller | Kaitākaro
"""
HEADERS = {**r45.HEADERS, **r43.parse_headers(_HEADER_TEXT)}
ADDRESS_FORMS = ("rev_comma", "kv", "middot", "spaces", "pc_first")


def header(key: str, hl: str) -> str:
    """A column's header in the table's header language (English where the language has none)."""
    row = HEADERS[key]
    return row[_LANGS.index(hl)] if hl in _LANGS else row[0]


col = r43.col
maybe = r43.maybe
shape_out = r43.shape_out


def name_forms(rng: random.Random, pool: tuple[str, ...] = P.COLUMN_FORMS) -> list[str]:
    """The one or two name forms a column of a table mixes (the plain form often among them)."""
    forms = rng.sample(pool, 2)
    return forms if rng.random() < 0.6 else ["full", forms[0]]


def layouts(rng: random.Random, k: int = 3) -> list[str]:
    """One to ``k - 1`` of set 46's phone layouts, and one of the usual ones."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def event_layout(rng: random.Random) -> str:
    """The layout of a table's other dates (set 46's, not the age one)."""
    return rng.choice([x for x in language.DATE_LAYOUTS if x != "age_before"])


def name_of(p, ctx, forms: list[str]) -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.hl, ctx.rng)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def address_cell(p, form: str) -> str:
    """The address in one cell in one of set 46's forms (or the locale's own)."""
    parts = [x for x in (p.street, p.town, p.postcode) if x]
    if form == "rev_comma" and p.town:
        return ", ".join(x for x in (p.town, p.postcode, p.street) if x)
    if form == "kv":
        kv = [f"Street: {p.street}", f"Town: {p.town}" if p.town else "", f"PC: {p.postcode}" if p.postcode else ""]
        return ", ".join(x for x in kv if x)
    if form == "middot":
        return " · ".join(parts)
    if form == "spaces":
        return "  ".join(parts)
    if form == "pc_first" and p.postcode and p.town:
        return f"[{p.postcode}] {p.town}, {p.street}"
    return p.address


def address_cols(ctx, rows: list, whole: bool, key: str = "address") -> list:
    """The address as one cell (the locale's own or one of set 46's forms) or as street, postcode and town."""
    if whole:
        form = ctx.rng.choice(("own", "own", *ADDRESS_FORMS))
        return [col(header(key, ctx.hl), [address_cell(p, form) for p in rows], P.ADDRESS)]
    cols = [col(header("street", ctx.hl), [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(col(header("postcode", ctx.hl), [p.postcode for p in rows], P.POSTCODE))
    cols.append(col(header("town", ctx.hl), [p.town for p in rows], P.CITY))
    return cols


def juniors(ctx, share: float) -> tuple[list, list, list]:
    """Per row a parent, whether the row is a junior's, and the row's person (a junior with the parent's surname
    where the place hands one down)."""
    parents = [ctx.draw() for _ in range(ctx.n)]
    kids = [ctx.rng.random() < share for _ in range(ctx.n)]
    rows = [P.with_surname(ctx.draw(child=True), par.last) if k else par for par, k in zip(parents, kids, strict=True)]
    return parents, kids, rows


def panto(ctx) -> types.SimpleNamespace:
    """An amateur dramatic society's pantomime cast list: the show and the role (characters named like people: no
    personal data), the cast member (one or two forms; chorus juniors with a parent's surname), the birth date of the
    juniors, the parent (juniors, with a relation word now and then) and their phone, e-mail, the understudy (another
    person, mostly empty), the costume size, the director ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.35)
    under = [ctx.draw() for _ in rows]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    show = rng.choice(("Aladdin", "Cinderella", "Dick Whittington", "Jack and the Beanstalk", "Mother Goose"))
    roles = ("Widow Twankey", "Dick Whittington", "Baron Hardup", "Buttons", "Prince Charming", "Dame Trott",
             "Abanazar", "Wishee Washee", "Fairy Godmother", "Idle Jack", "Alderman Fitzwarren", "Chorus", "Chorus")
    under_cells = [maybe(rng, 0.18, name_of(u, ctx, ["full", "surname_dot", "gen_suffix"])) for u in under]
    cols = [
        col("Show", [show for _ in rows], None),
        col("Role", [rng.choice(roles) for _ in rows], None),
        col(header("cast", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "rel_colon"]) if k else ""
                                         for par, k in zip(parents, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.2) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, par.email) for par in parents], P.EMAIL),
        col(header("understudy", ctx.hl), under_cells, P.NAME),
        col("Costume", [rng.choice(("S", "M", "L", "XL", "age 8-9", "age 10-11")) for _ in rows], None),
        col("Director", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [([par] if k else []) + ([u] if c else []) for par, k, u, c in zip(parents, kids, under, under_cells, strict=True)]  # noqa: E501
    return shape_out(cols, rows, others, "panto")


def kayak(ctx) -> types.SimpleNamespace:
    """A river centre's canoe and kayak hire: the launch (places named after people: no personal data), the craft
    (named after makers), the hirer (one or two forms), phone, the address (one cell or parts), paddlers, an
    emergency contact ashore (another person, mostly empty), the id left as deposit (mostly empty), the time back, the
    instructor ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kin = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = event_layout(rng)
    launches = ("Bishop's Weir", "Lady's Bridge", "Tom's Landing", "King's Lock", "St Agnes slipway", "Mill Pool")
    craft = ("Old Town Discovery 158", "Mad River Explorer", "Perception Pescador", "Wenonah Spirit", "Dagger Katana",
             "sit-on-top double")  # fmt: skip
    kin_cells = [maybe(rng, 0.2, name_of(k, ctx, ["full", "rel_colon", "hon_upper_comma"])) for k in kin]
    cols = [
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, el, 0.6) for _ in rows], None),
        col("Launch", [rng.choice(launches) for _ in rows], None),
        col("Craft", [rng.choice(craft) for _ in rows], None),
        col(header("paddler", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("mobile", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg) for p in rows], P.PHONE),
        *address_cols(ctx, rows, rng.random() < 0.6),
        col("Paddlers", [str(rng.randint(1, 4)) for _ in rows], None),
        col(header("emergency", ctx.hl), kin_cells, P.NAME),
        col(header("id_no", ctx.hl), [maybe(rng, 0.2, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Back by", [f"{rng.randint(11, 18)}:{rng.choice(('00', '30'))}" for _ in rows], None),
        col("Instructor", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[k] if c else [] for k, c in zip(kin, kin_cells, strict=True)]
    return shape_out(cols, rows, others, "kayak")


def luthier(ctx) -> types.SimpleNamespace:
    """A luthier's repair bench: the ticket, the client (one or two forms), phone, e-mail, the instrument and the
    strings (named after makers and players: no personal data), the job, who may collect (another person, mostly
    empty), the courier address (one cell, mostly empty), the quote, the luthier ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    coll = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    instruments = ("Fender Stratocaster", "Gibson Les Paul", "Martin D-28", "Stradivarius copy violin",
                   "Höfner violin bass", "Rickenbacker 4003", "Gretsch White Falcon", "Taylor 214ce",
                   "Yamaha C40")  # fmt: skip
    jobs = ("set-up", "refret", "crack repair", "new nut", "neck reset", "bridge reglue", "pickup swap")
    strings = ("Ernie Ball Slinky", "D'Addario EXL110", "Thomastik Dominant", "Elixir Nanoweb", "")
    coll_cells = [maybe(rng, 0.18, name_of(c, ctx, ["full", "camel", "init_paren"])) for c in coll]
    courier = [rng.random() < 0.2 for _ in rows]
    form = rng.choice(("own", *ADDRESS_FORMS))
    cols = [
        col("Ticket", [f"T-{rng.randint(1000, 9999)}" for _ in rows], None),
        col(header("client", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.75, p.email) for p in rows], P.EMAIL),
        col("Instrument", [rng.choice(instruments) for _ in rows], None),
        col("Job", [rng.choice(jobs) for _ in rows], None),
        col("Strings", [rng.choice(strings) for _ in rows], None),
        col(header("collected", ctx.hl), coll_cells, P.NAME),
        col(header("delivery", ctx.hl), [address_cell(p, form) if c else "" for p, c in zip(rows, courier, strict=True)],  # noqa: E501
            P.ADDRESS),
        col("Quote", [f"{rng.randint(25, 400)}" for _ in rows], None),
        col("Bench", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[c] if x else [] for c, x in zip(coll, coll_cells, strict=True)]
    return shape_out(cols, rows, others, "luthier")


def modelrail(ctx) -> types.SimpleNamespace:
    """A model railway club's loco register: the membership number, the member (one or two forms; junior members
    with a parent's surname), the birth date of the juniors, the parent (juniors), phone, e-mail, the address (parts
    or one cell), the locomotive and its maker (named after people and places: no personal data), the gauge, the
    running-day steward ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.3)
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    locos = ("Flying Scotsman", "Mallard", "Sir Nigel Gresley", "Duke of Gloucester", "City of Truro",
             "King George V", "Evening Star", "Princess Elizabeth", "Green Arrow", "Tornado")  # fmt: skip
    makers = ("Hornby", "Bachmann", "Graham Farish", "Dapol", "Märklin", "scratch-built")
    cols = [
        col(header("member", ctx.hl) + " no.", [f"{rng.randint(1, 600)}" for _ in rows], None),
        col(header("member", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "hon_upper_comma"]) if k else ""
                                         for par, k in zip(parents, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.4) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, par.email) for par in parents], P.EMAIL),
        *address_cols(ctx, parents, rng.random() < 0.4),
        col("Loco", [rng.choice(locos) for _ in rows], None),
        col("Maker", [rng.choice(makers) for _ in rows], None),
        col("Gauge", [rng.choice(("OO", "N", "O", "HO", "G")) for _ in rows], None),
        col("Steward", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "modelrail")
