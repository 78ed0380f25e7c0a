"""Held-out set 50: four of the eight export shapes (a dog grooming salon's appointments, an escape room's bookings,
a vintage car rally's entries, a repair café's log), and what every shape shares: a column (``col``), headers in
the table's language, cells of a person, set 50's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff "don't care", and things named after people or places (dogs ``Bella``,
``Alfie``, ``Mr Darcy``, ``Sir Barkley``, ``Duchess``, ``Winston``; breeds ``Cavalier King Charles``, ``Dandie
Dinmont``, ``Gordon Setter``, ``Jack Russell``; rooms ``Sherlock's Study``, ``Houdini's Vault``, ``Professor Plum's
Lab``, ``Agatha's Secret``; teams ``The Famous Five``, ``Lock Ness Monsters``; cars ``Austin Seven 'Ruby'``,
``Morris Minor Traveller``, ``Aston Martin DB5``, ``Ford Model T 'Tin Lizzie'``, ``Bentley 4½ Litre``; clubs
``Bentley Drivers Club``; number plates; appliances ``Dyson DC24``, ``Kenwood Chef``, ``Morphy Richards``,
``Roberts radio``, ``Henry hoover``, ``Singer 201K``) are ``None``: no personal data.

Address cells of set 50 (one cell): the parts joined by HTML line breaks (``12 Elm Road<br>Leeds<br>LS1 4AB``), a
Google Maps search link (``https://www.google.com/maps/search/?api=1&query=12+Elm+Road%2C+Leeds%2C+LS1+4AB``), a
vCard ``ADR`` line (``ADR;TYPE=HOME:;;12 Elm Road;Leeds;;LS1 4AB;GB``), each part quoted and joined by commas
(``"12 Elm Road","Leeds","LS1 4AB"``), the postcode first (``LS1 4AB Leeds, 12 Elm Road``) and in capitals on
lines of their own (``12 ELM ROAD\\nLEEDS\\nLS1 4AB``) besides the locale's own whole address.
"""

from __future__ import annotations

import random
import types
import urllib.parse

import heldout43_rows as r43
import heldout49_rows as r49
import heldout50_language as language
import heldout50_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
driver: Driver | Fahrer/in | Pilote | Piloto | Pilota | Bestuurder | Piloto | Kører | Řidič | Sjåfør | Kaitaraiwa
navigator: Navigator | Beifahrer/in | Copilote | Copiloto | Navigatore | Navigator | Navegador | Navigatør |
    Navigátor | Kartleser | Kaiārahi
angler: Angler | Angler/in | Pêcheur | Pescador/a | Pescatore | Visser | Pescador | Lystfisker | Rybář | Fisker |
    Kaihī ika
diver: Diver | Taucher/in | Plongeur | Buceador/a | Subacqueo | Duiker | Mergulhador | Dykker | Potápěč | Dykker |
    Kairuku
buddy: Buddy | Tauchpartner/in | Binôme | Compañero/a | Compagno | Buddy | Parceiro | Makker | Parťák | Makker |
    Hoa ruku
visitor: Visitor | Besucher/in | Visiteur | Visitante | Visitatore | Bezoeker | Visitante | Besøgende | Návštěvník |
    Besøkende | Manuhiri
lead_booker: Lead booker | Hauptbucher/in | Réservant | Titular reserva | Referente | Hoofdboeker | Titular |
    Hovedbooker | Rezervující | Hovedbestiller | Kaitono matua
birthday_child: Birthday child | Geburtstagskind | Enfant fêté | Cumpleañero/a | Festeggiato/a | Jarig kind |
    Aniversariante | Fødselar | Oslavenec | Bursdagsbarn | Tamaiti huritau
plus_one: Plus one | Begleitung | Accompagnant | Acompañante | Accompagnatore | Introducé | Acompanhante | Ledsager |
    Doprovod | Følge | Hoa
"""
HEADERS = {**r49.HEADERS, **r43.parse_headers(_HEADER_TEXT)}
ADDRESS_FORMS = ("html_br", "gmaps_url", "vcard_adr", "csv_quoted", "postcode_first", "upper_lines")


def header(key: str, hl: str) -> str:
    """A column's header in the table's header language (English where the language has none)."""
    row = HEADERS[key]
    return row[_LANGS.index(hl)] if hl in _LANGS and _LANGS.index(hl) < len(row) else row[0]


col = r43.col
maybe = r43.maybe
shape_out = r43.shape_out


def name_forms(rng: random.Random, pool: tuple[str, ...] = P.COLUMN_FORMS) -> list[str]:
    """The one or two name forms a column of a table mixes (the plain form often among them)."""
    forms = rng.sample(pool, 2)
    return forms if rng.random() < 0.6 else ["full", forms[0]]


def layouts(rng: random.Random, k: int = 3) -> list[str]:
    """One to ``k - 1`` of set 50's phone layouts, and one of the usual ones."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def event_layout(rng: random.Random) -> str:
    """The layout of a table's other dates (set 50's, the ones a booking system writes)."""
    return rng.choice(("sas_date", "ampm_datetime", "xsd_tz", "js_tostring"))


def name_of(p, ctx, forms: list[str], of: str = "") -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.hl, ctx.rng, of)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def address_cell(p, form: str, hl: str = "en") -> str:
    """The address in one cell in one of set 50's forms (or the locale's own)."""
    parts = [x for x in (p.street, p.town, p.postcode) if x]
    if form == "html_br":
        return "<br>".join(parts)
    if form == "gmaps_url":
        return "https://www.google.com/maps/search/?api=1&query=" + urllib.parse.quote_plus(", ".join(parts))
    if form == "vcard_adr":
        return f"ADR;TYPE=HOME:;;{p.street};{p.town};;{p.postcode};{language.region(p.locale)}"
    if form == "csv_quoted":
        return ",".join(f'"{x}"' for x in parts)
    if form == "postcode_first" and p.town:
        return f"{p.postcode} {p.town}, {p.street}".strip() if p.postcode else f"{p.town}, {p.street}"
    if form == "upper_lines":
        return "\n".join(x.upper() for x in parts)
    return p.address


def address_cols(ctx, rows: list, whole: bool, key: str = "address") -> list:
    """The address as one cell (the locale's own or one of set 50's forms) or as street, postcode and town."""
    if whole:
        form = ctx.rng.choice(("own", "own", *ADDRESS_FORMS))
        return [col(header(key, ctx.hl), [address_cell(p, form, ctx.hl) for p in rows], P.ADDRESS)]
    cols = [col(header("street", ctx.hl), [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(col(header("postcode", ctx.hl), [p.postcode for p in rows], P.POSTCODE))
    cols.append(col(header("town", ctx.hl), [p.town for p in rows], P.CITY))
    return cols


def juniors(ctx, share: float) -> tuple[list, list, list]:
    """Per row a parent, whether the row is a junior's, and the row's person (a junior named after the parent as
    the place does it: ``heldout50_people.child_of``)."""
    parents = [ctx.draw() for _ in range(ctx.n)]
    kids = [ctx.rng.random() < share for _ in range(ctx.n)]
    rows = [P.child_of(ctx.draw(child=True), par) if k else par for par, k in zip(parents, kids, strict=True)]
    return parents, kids, rows


def grooming(ctx) -> types.SimpleNamespace:
    """A dog grooming salon's appointments: the date, the owner (one or two forms), phone, e-mail, the address
    (mostly empty, for the van), the dog and its breed (dogs with people's names and titles, breeds named after
    people and places: no personal data), the cut, who collects (another person, mostly empty), the groomer ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    coll = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = event_layout(rng)
    dogs = ("Bella", "Alfie", "Mr Darcy", "Sir Barkley", "Duchess", "Winston", "Lady", "Teddy", "Hattie", "Monty")
    breeds = ("Cavalier King Charles", "Dandie Dinmont", "Gordon Setter", "Jack Russell", "Bichon Frise", "Shih Tzu",
              "Lakeland Terrier", "Cockapoo")  # fmt: skip
    form = rng.choice(("own", *ADDRESS_FORMS))
    co_cells = [maybe(rng, 0.2, name_of(c, ctx, ["full", "emoji_after", "nbsp"])) for c in coll]
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, el, 45) for _ in rows], None),
        col(header("owner", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        col(header("address", ctx.hl), [maybe(rng, 0.25, address_cell(p, form, ctx.hl)) for p in rows], P.ADDRESS),
        col("Dog", [rng.choice(dogs) for _ in rows], None),
        col("Breed", [rng.choice(breeds) for _ in rows], None),
        col("Cut", [rng.choice(("teddy bear cut", "puppy trim", "Schnauzer clip", "hand strip", "bath & brush"))
                    for _ in rows], None),
        col(header("collected", ctx.hl), co_cells, P.NAME),
        col("Groomer", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[c] if cc else [] for c, cc in zip(coll, co_cells, strict=True)]
    return shape_out(cols, rows, others, "grooming")


def escape(ctx) -> types.SimpleNamespace:
    """An escape room's bookings: the slot, the room (named after people: no personal data), the team name, the
    lead booker (one or two forms), phone, e-mail, players, a birthday child with their birth date (a third of the
    rows: a children's party), the voucher code, the game master ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.3)
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    el = event_layout(rng)
    rooms = ("Sherlock's Study", "The Da Vinci Code", "Houdini's Vault", "Professor Plum's Lab", "Agatha's Secret",
             "Tutankhamun's Tomb")  # fmt: skip
    teams = ("The Famous Five", "Lock Ness Monsters", "Escape Goats", "Brainstormers", "Clueless", "")
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, el, 60) for _ in rows], None),
        col("Room", [rng.choice(rooms) for _ in rows], None),
        col("Team", [rng.choice(teams) for _ in rows], None),
        col(header("lead_booker", ctx.hl), [name_of(par, ctx, forms) for par in parents], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.15) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.8, par.email) for par in parents], P.EMAIL),
        col("Players", [str(rng.randint(2, 8)) for _ in rows], None),
        col(header("birthday_child", ctx.hl), [name_of(k, ctx, ["full", "emoji_after"]) if x else ""
                                               for k, x in zip(rows, kids, strict=True)], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(k, ctx.locale, dl, rng) if x else ""
                                    for k, x in zip(rows, kids, strict=True)], P.DOB),
        col("Voucher", [maybe(rng, 0.3, f"ESC-{rng.randint(1000, 9999)}") for _ in rows], None),
        col("Game master", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[k] if x else [] for k, x in zip(rows, kids, strict=True)]
    return shape_out(cols, parents, others, "escape")


def _plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXY"
    return rng.choice((f"{rng.choice(letters)}{rng.choice(letters)} {rng.randint(1, 9999)}",
                       f"{rng.choice(letters)}{rng.choice(letters)}{rng.choice(letters)} "
                       f"{rng.randint(1, 999)}"))  # fmt: skip


def rally(ctx) -> types.SimpleNamespace:
    """A vintage car rally's entries: the entry number, the driver (one or two forms) and their birth date (for the
    insurance, most rows), a navigator (another person, mostly empty), phone, e-mail, the address (parts or one
    cell), the car and its plate (cars named after people and makers: no personal data), the club, the licence
    seen (mostly empty), the marshal ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    nav = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    cars = ("1934 Austin Seven 'Ruby'", "Morris Minor Traveller", "Jaguar E-Type", "Aston Martin DB5",
            "Rolls-Royce Silver Ghost", "Bentley 4½ Litre", "MG TC", "Ford Model T 'Tin Lizzie'",
            "Riley RMA")  # fmt: skip
    clubs = ("Bentley Drivers Club", "Morris Minor Owners Club", "Austin Seven Association", "VSCC", "")
    nav_cells = [maybe(rng, 0.3, name_of(x, ctx, ["full", "pronouns", "html_bold"])) for x in nav]
    cols = [
        col("Entry", [str(i + 1) for i in range(n)], None),
        col(header("driver", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [maybe(rng, 0.8, P.dob_cell(p, ctx.locale, dl, rng)) for p in rows], P.DOB),
        col(header("navigator", ctx.hl), nav_cells, P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        *address_cols(ctx, rows, rng.random() < 0.5),
        col("Car", [rng.choice(cars) for _ in rows], None),
        col("Reg", [_plate(rng) for _ in rows], None),
        col("Club", [rng.choice(clubs) for _ in rows], None),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.15, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Marshal", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[x] if c else [] for x, c in zip(nav, nav_cells, strict=True)]
    return shape_out(cols, rows, others, "rally")


def repaircafe(ctx) -> types.SimpleNamespace:
    """A repair café's log: the date, the visitor (one or two forms), phone (mostly), e-mail, the postcode only (for
    the funder's statistics), the item (appliances named after their makers: no personal data), the fault and the
    outcome, who brought it for them (another person, mostly empty), the fixer ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    for_whom = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = event_layout(rng)
    items = ("Dyson DC24", "Kenwood Chef", "Morphy Richards toaster", "Roberts radio", "Dualit kettle", "Henry hoover",
             "Singer 201K", "Brother sewing machine", "Raleigh bike lamp")  # fmt: skip
    fw_cells = [maybe(rng, 0.15, name_of(x, ctx, ["full", "guest_tag", "php_array"])) for x in for_whom]
    cols = [
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, el, 0.5) for _ in rows], None),
        col(header("visitor", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [maybe(rng, 0.8, P.phone_cell(p, rng, lay, ctx.lg, 0.4)) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.5, p.email) for p in rows], P.EMAIL),
        col(header("postcode", ctx.hl), [p.postcode for p in rows], P.POSTCODE),
        col("Item", [rng.choice(items) for _ in rows], None),
        col("Fault", [rng.choice(("won't switch on", "noisy", "cracked", "burnt smell", "loose wire"))
                      for _ in rows], None),
        col("Outcome", [rng.choice(("fixed", "fixed", "not fixable", "needs part", "advice given"))
                        for _ in rows], None),
        col(header("with_whom", ctx.hl), fw_cells, P.NAME),
        col("Fixer", [rng.choice(staff(ctx, 3)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    if not any(p.postcode for p in rows):
        cols = [c for c in cols if c.label != P.POSTCODE]
    others = [[x] if c else [] for x, c in zip(for_whom, fw_cells, strict=True)]
    return shape_out(cols, rows, others, "repaircafe")
