"""Held-out set 51: four of the eight export shapes (a stamp club's auction lots, a rowing club's outings log, a gin
distillery's tour bookings, a tea room's afternoon tea bookings), and what every shape shares: a column (``col``),
headers in the table's language, cells of a person, set 51's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff "don't care", and things named after people or places (stamps ``Penny
Black``, ``Inverted Jenny``, ``Mauritius 'Post Office'``, ``Queen Victoria 2d blue``, ``Seahorses``; catalogues
``Stanley Gibbons SG 2``, ``Scott 3``, ``Michel 1``; boats ``Steve Redgrave``, ``Lady Margaret``, ``Dame Katherine
Grainger``, ``Sir Matthew Pinsent``, ``Old Tom``; makers ``Empacher``, ``Janoušek``, ``Filippi``, ``Stämpfli``;
stills ``Prudence``, ``Patience``, ``Constance``, ``Old Bessie``; gins ``Hendrick's``, ``Gordon's``,
``Tanqueray``, ``Sipsmith``, ``Bombay Sapphire``, ``Monkey 47``; teas ``Earl Grey``, ``Lady Grey``, ``Prince of
Wales``, ``Duchess of Bedford blend``; rooms ``The Duchess Room``, ``Lady Astor Room``; sandwiches ``Coronation
chicken``) are ``None``: no personal data.

Address cells of set 51 (one cell): an OpenStreetMap search link
(``https://www.openstreetmap.org/search?query=12%20Elm%20Road%2C%20Leeds``), a JSON-LD ``PostalAddress``, the
lines joined by Windows line ends (``\\r\\n``), an SQL tuple (``('12 Elm Road', 'Leeds', 'LS1 4AB')``), a
geocoder's formatted address with the country (``12 Elm Road, Leeds LS1 4AB, UK``) and an HTML ``<address>``
element besides the locale's own whole address.
"""

from __future__ import annotations

import json
import random
import types
import urllib.parse

import heldout43_rows as r43
import heldout50_rows as r50
import heldout51_language as language
import heldout51_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
vendor: Vendor | Einlieferer/in | Vendeur | Vendedor/a | Venditore | Inzender | Vendedor | Sælger | Prodávající |
    Selger | Kaihoko
buyer: Buyer | Käufer/in | Acheteur | Comprador/a | Acquirente | Koper | Comprador | Køber | Kupující | Kjøper |
    Kaihoko mai
rower: Rower | Ruderer/in | Rameur | Remero/a | Vogatore | Roeier | Remador | Roer | Veslař | Roer | Kaihoe
cox: Cox | Steuermann/-frau | Barreur | Timonel | Timoniere | Stuurman | Timoneiro | Styrmand | Kormidelník |
    Styrmann | Kaiurungi
gift_from: Gift from | Geschenk von | Offert par | Regalo de | Regalo di | Cadeau van | Oferta de | Gave fra |
    Dárek od | Gave fra | Koha nā
party_of: Booked for | Gebucht für | Au nom de | A nombre de | A nome di | Op naam van | Em nome de | Booket til |
    Na jméno | Booket for | Mō
rider: Rider | Fahrer/in | Cycliste | Ciclista | Ciclista | Renner | Ciclista | Rytter | Cyklista | Syklist |
    Kaieke
"""
HEADERS = {**r50.HEADERS, **r43.parse_headers(_HEADER_TEXT)}
ADDRESS_FORMS = ("osm_url", "jsonld", "crlf", "sql_tuple", "geocoded", "html_address")
_COUNTRY = {"GB": "UK", "US": "USA", "DE": "Germany", "FR": "France", "ES": "Spain", "IT": "Italy", "NL": "Netherlands",
            "PK": "Pakistan", "SG": "Singapore", "RU": "Russia", "PH": "Philippines", "IN": "India",
            "AS": "American Samoa", "ZA": "South Africa"}  # fmt: skip


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
    return forms if rng.random() < 0.5 else ["full", forms[0]]


def layouts(rng: random.Random, k: int = 3) -> list[str]:
    """One to ``k - 1`` of set 51's phone layouts, and one of the usual ones."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def event_layout(rng: random.Random) -> str:
    """The layout of a table's other dates (set 51's, the ones a system writes)."""
    return rng.choice(("sql_date", "java_localdate", "float_ymd", "js_ctor"))


def name_of(p, ctx, forms: list[str], of: str = "") -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.hl, ctx.rng, of)


def dob_of(p, ctx, dl: list[str]) -> str:
    """A person's birth date cell."""
    return P.dob_cell(p, ctx.locale, dl, ctx.rng, "en" if ctx.lg == "en" else ctx.lg)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def address_cell(p, form: str, hl: str = "en") -> str:
    """The address in one cell in one of set 51's forms (or the locale's own)."""
    parts = [x for x in (p.street, p.town, p.postcode) if x]
    if form == "osm_url":
        return "https://www.openstreetmap.org/search?query=" + urllib.parse.quote(", ".join(parts), safe="")
    if form == "jsonld":
        obj = {"@type": "PostalAddress", "streetAddress": p.street, "addressLocality": p.town}
        if p.postcode:
            obj["postalCode"] = p.postcode
        return json.dumps(obj, ensure_ascii=False)
    if form == "crlf":
        return "\r\n".join(parts)
    if form == "sql_tuple":
        return "(" + ", ".join("'" + x.replace("'", "''") + "'" for x in parts) + ")"
    if form == "geocoded":
        country = _COUNTRY.get(language.region(p.locale), language.region(p.locale))
        town = f"{p.town} {p.postcode}".strip() if p.postcode else p.town
        return f"{p.street}, {town}, {country}"
    if form == "html_address":
        return "<address>" + "<br/>".join(parts) + "</address>"
    return p.address


def address_cols(ctx, rows: list, whole: bool, key: str = "address") -> list:
    """The address as one cell (the locale's own or one of set 51's forms) or as street, postcode and town."""
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
    the place does it: ``heldout51_people.child_of``)."""
    parents = [ctx.draw() for _ in range(ctx.n)]
    kids = [ctx.rng.random() < share for _ in range(ctx.n)]
    rows = [P.child_of(ctx.draw(child=True), par) if k else par for par, k in zip(parents, kids, strict=True)]
    return parents, kids, rows


def stamps(ctx) -> types.SimpleNamespace:
    """A stamp club's auction lots: the lot, the stamp (named after queens, people and places: no personal data),
    the catalogue number (``Stanley Gibbons``: no personal data), the vendor (one or two forms), the buyer (another
    person), the buyer's phone and e-mail, the address the lot is posted to (parts or one cell, mostly), the hammer
    price, the auctioneer ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    buyers = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    stamps_ = ("Penny Black plate 11", "Inverted Jenny (facsimile)", "Mauritius 'Post Office' (replica)",
               "Queen Victoria 2d blue", "King George V Seahorses 10s", "Edward VII £1 green", "Penny Red",
               "Cape of Good Hope triangular", "Basel Dove")  # fmt: skip
    cats = ("Stanley Gibbons SG 2", "SG 14", "Scott 3", "Michel 1", "Yvert 1", "SG 405")
    b_cells = [name_of(b, ctx, ["full", "external", "wa_tilde"]) if rng.random() < 0.85 else "" for b in buyers]
    addr = address_cols(ctx, buyers, rng.random() < 0.5, "address")
    for c in addr:  # posted to the buyer: no buyer, no address
        c.values = [v if b else "" for v, b in zip(c.values, b_cells, strict=True)]
    cols = [
        col("Lot", [str(100 + i) for i in range(n)], None),
        col("Stamp", [rng.choice(stamps_) for _ in rows], None),
        col("Cat. no.", [rng.choice(cats) for _ in rows], None),
        col(header("vendor", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("buyer", ctx.hl), b_cells, P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(b, rng, lay, ctx.lg, 0.3) if c else ""
                                      for b, c in zip(buyers, b_cells, strict=True)], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, b.email) if c else "" for b, c in zip(buyers, b_cells, strict=True)], P.EMAIL),  # noqa: E501
        *addr,
        col("Hammer", [f"{rng.randint(5, 900)}.00" for _ in rows], None),
        col("Auctioneer", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[b] if c else [] for b, c in zip(buyers, b_cells, strict=True)]
    return shape_out(cols, rows, others, "stamps")


def rowing(ctx) -> types.SimpleNamespace:
    """A rowing club's outings log: the date, the rower (one or two forms; juniors with their birth date and a
    parent), phone, e-mail, the boat (named after rowers, ladies and colleges: no personal data) and its maker, the
    cox (another person, mostly empty), the distance, the coach ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.3)
    coxes = [ctx.draw() for _ in rows]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    el = event_layout(rng)
    boats = ("Steve Redgrave", "Lady Margaret", "Dame Katherine Grainger", "Sir Matthew Pinsent", "Old Tom",
             "Queen Mother", "Helen Glover", "Lord Iveagh")  # fmt: skip
    makers = ("Empacher", "Janoušek", "Filippi", "Stämpfli", "Hudson", "Wintech")
    cx_cells = [maybe(rng, 0.25, name_of(c, ctx, ["full", "sql_nstring", "sr_link"])) for c in coxes]
    cols = [
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, el, 0.5) for _ in rows], None),
        col(header("rower", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [dob_of(p, ctx, dl) if k else "" for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("parent", ctx.hl), [name_of(par, ctx, ["full", "carer_of"], p.first) if k else ""
                                       for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.2) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, par.email) for par in parents], P.EMAIL),
        col("Boat", [rng.choice(boats) for _ in rows], None),
        col("Maker", [rng.choice(makers) for _ in rows], None),
        col(header("cox", ctx.hl), cx_cells, P.NAME),
        col("km", [str(rng.randint(4, 22)) for _ in rows], None),
        col("Coach", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [([par] if k else []) + ([c] if cc else []) for par, k, c, cc in zip(parents, kids, coxes, cx_cells, strict=True)]  # noqa: E501
    return shape_out(cols, rows, others, "rowing")


def gin(ctx) -> types.SimpleNamespace:
    """A gin distillery's tour bookings: the tour date, the guest (one or two forms) and their birth date (the age
    check), phone, e-mail, the still the tour ends at and the gins tasted (named after people and places: no
    personal data), a plus-one (another person, mostly empty), the id seen (mostly empty), the guide ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    plus = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    el = event_layout(rng)
    stills = ("Prudence", "Patience", "Constance", "Old Bessie", "Angela", "Mary Rose")
    gins = ("Hendrick's", "Gordon's", "Tanqueray No. Ten", "Sipsmith", "Bombay Sapphire", "Monkey 47", "Plymouth",
            "Sir Walter Raleigh navy strength")  # fmt: skip
    pl_cells = [maybe(rng, 0.25, name_of(x, ctx, ["full", "aria_label", "merge_next"])) for x in plus]
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, el, 60) for _ in rows], None),
        col(header("guest", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [dob_of(p, ctx, dl) for p in rows], P.DOB),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.15) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.85, p.email) for p in rows], P.EMAIL),
        col("Still", [rng.choice(stills) for _ in rows], None),
        col("Tasting", [", ".join(rng.sample(gins, 3)) for _ in rows], None),
        col(header("plus_one", ctx.hl), pl_cells, P.NAME),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.15, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Guide", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[x] if c else [] for x, c in zip(plus, pl_cells, strict=True)]
    return shape_out(cols, rows, others, "gin")


def tea(ctx) -> types.SimpleNamespace:
    """A tea room's afternoon tea bookings: the date, the table's name (the booker, one or two forms), phone,
    e-mail, guests, a birthday person with their birth date (a third of the rows), the tea and the room (named after
    earls, duchesses and princes: no personal data), allergies, the booker on behalf of someone (mostly empty), the
    host ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    bday = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    el = event_layout(rng)
    teas = ("Earl Grey", "Lady Grey", "Prince of Wales", "Duchess of Bedford blend", "Darjeeling", "Assam",
            "Russian Caravan")  # fmt: skip
    rooms = ("The Duchess Room", "Lady Astor Room", "Garden", "Conservatory", "The Earl's Library")
    has = [rng.random() < 0.33 for _ in rows]
    bd_cells = [name_of(b, ctx, ["full", "json_escaped", "ocr"]) if h else "" for b, h in zip(bday, has, strict=True)]
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, el, 40) for _ in rows], None),
        col(header("booker", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.35) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.75, p.email) for p in rows], P.EMAIL),
        col("Covers", [str(rng.randint(2, 8)) for _ in rows], None),
        col(header("birthday", ctx.hl), bd_cells, P.NAME),
        col(header("dob", ctx.hl), [dob_of(b, ctx, dl) if h else "" for b, h in zip(bday, has, strict=True)], P.DOB),
        col("Tea", [rng.choice(teas) for _ in rows], None),
        col("Room", [rng.choice(rooms) for _ in rows], None),
        col("Allergies", [rng.choice(("", "", "nuts", "gluten", "dairy", "Coronation chicken: no raisins")) for _ in rows], None),  # noqa: E501
        col("Host", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[b] if h else [] for b, h in zip(bday, has, strict=True)]
    return shape_out(cols, rows, others, "tea")
