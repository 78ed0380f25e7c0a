"""Held-out set 52: four of the eight export shapes (a film society's screening bookings, a rose society's plant
orders, a record fair's orders, a heritage railway's footplate experience bookings), and what every shape shares: a
column (``col``), headers in the table's language, cells of a person, set 52's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff "don't care", and things named after people or places (films ``Erin
Brockovich``, ``Annie Hall``, ``Jackie Brown``, ``Paris, Texas``, ``Manchester by the Sea``, ``Lawrence of
Arabia``; screens ``The Olivier Room``; membership numbers ``FS-2231``; roses ``Gertrude Jekyll``, ``Queen of
Sweden``, ``Darcey Bussell``, ``Munstead Wood``, ``Lady Emma Hamilton``, ``Roald Dahl``, ``Olivia Rose Austin``;
nurseries ``David Austin``, ``Harkness``, ``Peter Beales``, ``Kordes``; albums and artists ``Aretha Franklin -
Lady Soul``, ``Dusty in Memphis``, ``Nina Simone - Pastel Blues``; catalogue numbers ``PCS 7027``, ``ILPS 9498``;
locomotives ``Flying Scotsman 60103``, ``Sir Nigel Gresley 60007``, ``Duchess of Sutherland 6233``, ``Tornado
60163``, ``Earl of Mount Edgcumbe 5043``; voucher codes ``FPX-7H2K``) are ``None``: no personal data.

Address cells of set 52 (one cell): a PHP ``serialize()`` array as WordPress keeps it (``a:3:{s:6:"street";...}``),
a Python dict's repr (``{'street': '12 Elm Road', 'town': 'Leeds'}``), a PostgreSQL composite literal (``("12 Elm
Road",Leeds,"LS1 4AB")``), an iCalendar ``LOCATION`` with its escaped commas (``LOCATION:12 Elm Road\\, Leeds``),
an Apple Maps link and a Waze link besides the locale's own whole address.
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import random
import types
import urllib.parse

import heldout43_rows as r43
import heldout51_rows as r51
import heldout52_language as language
import heldout52_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
captain: Captain | Kapitän/in | Capitaine | Capitán/a | Capitano | Aanvoerder | Capitão | Kaptajn | Kapitán |
    Kaptein | Kāpene
patient: Patient | Patient/in | Patient | Paciente | Paziente | Patiënt | Doente | Patient | Pacient | Pasient |
    Tūroro
dedicated_to: Dedicated to | Gewidmet | Dédicace à | Dedicado a | Dedicato a | Opgedragen aan | Dedicado a |
    Tilegnet | Věnováno | Tilegnet | Mō
companion: Companion | Begleitung | Accompagnant | Acompañante | Accompagnatore | Begeleider | Acompanhante |
    Ledsager | Doprovod | Ledsager | Hoa haere
bank: IBAN | IBAN | IBAN | IBAN | IBAN | IBAN | IBAN | IBAN | IBAN | IBAN | IBAN
team: Team members | Teammitglieder | Équipiers | Integrantes | Componenti | Teamleden | Membros | Holdmedlemmer |
    Členové týmu | Lagmedlemmer | Kapa
relative_phone: Family phone | Tel. Angehörige | Tél. famille | Tel. familiar | Tel. familiare | Tel. familie |
    Tel. família | Tlf. pårørende | Tel. rodina | Tlf. pårørende | Waea whānau
"""
HEADERS = {**r51.HEADERS, **r43.parse_headers(_HEADER_TEXT)}
ADDRESS_FORMS = ("php_serialized", "py_dict", "pg_composite", "ics_location", "apple_maps", "waze_url")


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
    """One to ``k - 1`` of set 52's phone layouts, and one of the usual ones."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def event_layout(rng: random.Random) -> str:
    """The layout of a table's other dates (set 52's, the ones a system writes)."""
    return rng.choice(("rfc2822", "go_time", "pandas_ts", "oracle_to_date"))


def name_of(p, ctx, forms: list[str], of: str = "") -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.hl, ctx.rng, of)


def dob_of(p, ctx, dl: list[str]) -> str:
    """A person's birth date cell."""
    return P.dob_cell(p, ctx.locale, dl, ctx.rng, "en" if ctx.lg == "en" else ctx.lg)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def _php(obj: dict) -> str:
    def s(x: str) -> str:
        return f's:{len(x.encode("utf-8"))}:"{x}";'

    return f"a:{len(obj)}:{{" + "".join(s(k) + s(v) for k, v in obj.items()) + "}"


def address_cell(p, form: str, hl: str = "en") -> str:
    """The address in one cell in one of set 52's forms (or the locale's own)."""
    parts = [x for x in (p.street, p.town, p.postcode) if x]
    obj = {"street": p.street, "town": p.town, **({"postcode": p.postcode} if p.postcode else {})}
    if form == "php_serialized":
        return _php(obj)
    if form == "py_dict":
        return repr(obj)
    if form == "pg_composite":
        return "(" + ",".join(f'"{x}"' if any(c in x for c in ' ,()"') else x for x in parts) + ")"
    if form == "ics_location":
        return "LOCATION:" + "\\, ".join(x.replace(",", "\\,") for x in parts)
    if form == "apple_maps":
        return "https://maps.apple.com/?address=" + urllib.parse.quote(",".join(parts), safe=",")
    if form == "waze_url":
        return "https://waze.com/ul?q=" + urllib.parse.quote(" ".join(parts), safe="") + "&navigate=yes"
    return p.address


def address_cols(ctx, rows: list, whole: bool, key: str = "address") -> list:
    """The address as one cell (the locale's own or one of set 52's forms) or as street, postcode and town."""
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
    the place does it: ``heldout52_people.child_of``)."""
    parents = [ctx.draw() for _ in range(ctx.n)]
    kids = [ctx.rng.random() < share for _ in range(ctx.n)]
    rows = [P.child_of(ctx.draw(child=True), par) if k else par for par, k in zip(parents, kids, strict=True)]
    return parents, kids, rows


def filmsoc(ctx) -> types.SimpleNamespace:
    """A film society's screening bookings: the date, the member (one or two forms), phone, e-mail, the film
    (named after people and places: no personal data), the screen, the membership number (a code), a guest
    (another person, mostly empty), the projectionist ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    guests = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = event_layout(rng)
    films = ("Erin Brockovich", "Annie Hall", "Jackie Brown", "Amélie", "Lawrence of Arabia", "Citizen Kane",
             "Paris, Texas", "Manchester by the Sea", "Thelma & Louise", "Being John Malkovich", "Frances Ha")  # fmt: skip
    screens = ("The Olivier Room", "Screen 2", "Studio", "The Hitchcock Lounge")
    g_cells = [maybe(rng, 0.3, name_of(g, ctx, ["full", "alt_text", "tg_forwarded"])) for g in guests]
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, el, 60) for _ in rows], None),
        col(header("member", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.25) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.8, p.email) for p in rows], P.EMAIL),
        col("Film", [rng.choice(films) for _ in rows], None),
        col("Screen", [rng.choice(screens) for _ in rows], None),
        col("Membership", [f"FS-{rng.randint(1000, 4999)}" for _ in rows], None),
        col(header("guest", ctx.hl), g_cells, P.NAME),
        col("Projectionist", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[g] if c else [] for g, c in zip(guests, g_cells, strict=True)]
    return shape_out(cols, rows, others, "filmsoc")


def roses(ctx) -> types.SimpleNamespace:
    """A rose society's plant orders: the order, the customer (one or two forms), phone, e-mail, the delivery
    address (parts or one cell), the rose and the nursery (named after people: no personal data), a gift recipient
    (another person, mostly empty), the packer ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    gifts = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    roses_ = ("Gertrude Jekyll", "Queen of Sweden", "Darcey Bussell", "Munstead Wood", "Lady Emma Hamilton",
              "Roald Dahl", "Olivia Rose Austin", "Boscobel", "Félicité Perpétue", "Princess Anne", "Harlow Carr")  # fmt: skip
    nurseries = ("David Austin", "Harkness", "Peter Beales", "Kordes", "Meilland")
    gf_cells = [maybe(rng, 0.25, name_of(g, ctx, ["full", "greeting", "cdata"])) for g in gifts]
    cols = [
        col("Order", [f"RS{rng.randint(10000, 99999)}" for _ in rows], None),
        col(header("customer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.4) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.8, p.email) for p in rows], P.EMAIL),
        *address_cols(ctx, rows, rng.random() < 0.5, "delivery"),
        col("Rose", [rng.choice(roses_) for _ in rows], None),
        col("Nursery", [rng.choice(nurseries) for _ in rows], None),
        col("Qty", [str(rng.randint(1, 6)) for _ in rows], None),
        col(header("gift_to", ctx.hl), gf_cells, P.NAME),
        col("Packed by", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[g] if c else [] for g, c in zip(gifts, gf_cells, strict=True)]
    return shape_out(cols, rows, others, "roses")


def vinyl(ctx) -> types.SimpleNamespace:
    """A record fair's orders: the buyer (one or two forms), phone, e-mail, the record (albums named after
    artists: no personal data), its catalogue number (a code), the grading, the postal address (one cell, mostly
    empty: most collect), who collects for them (another person, mostly empty), the stallholder ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    coll = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    records = ("Aretha Franklin - Lady Soul", "Dusty Springfield - Dusty in Memphis", "Nina Simone - Pastel Blues",
               "Bob Marley - Exodus", "David Bowie - Ziggy Stardust", "Joni Mitchell - Blue", "Marvin Gaye - What's Going On",
               "Kate Bush - Hounds of Love")  # fmt: skip
    cats = ("PCS 7027", "ILPS 9498", "SD 8214", "SBL 7843", "RS 6087", "SF 8287", "EMC 3419")
    form = rng.choice(("own", *ADDRESS_FORMS))
    c_cells = [maybe(rng, 0.2, name_of(c, ctx, ["full", "django_repr", "sf_lookup"])) for c in coll]
    cols = [
        col(header("buyer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.85, p.email) for p in rows], P.EMAIL),
        col("Record", [rng.choice(records) for _ in rows], None),
        col("Cat. no.", [rng.choice(cats) for _ in rows], None),
        col("Grade", [rng.choice(("VG+", "NM", "VG", "EX")) for _ in rows], None),
        col(header("address", ctx.hl), [maybe(rng, 0.3, address_cell(p, form, ctx.hl)) for p in rows], P.ADDRESS),
        col(header("collected", ctx.hl), c_cells, P.NAME),
        col("Stall", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[c] if cc else [] for c, cc in zip(coll, c_cells, strict=True)]
    return shape_out(cols, rows, others, "vinyl")


def railway(ctx) -> types.SimpleNamespace:
    """A heritage railway's footplate experience bookings: the date, the participant (one or two forms) and their
    birth date (16 and over), phone, e-mail, the locomotive (named after people: no personal data), a companion
    riding in the brake van (another person, mostly empty), the voucher code, the id seen (mostly empty), the driver
    instructor ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    comp = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    el = event_layout(rng)
    locos = ("Flying Scotsman 60103", "Sir Nigel Gresley 60007", "Duchess of Sutherland 6233", "Tornado 60163",
             "Earl of Mount Edgcumbe 5043", "Sir Lamiel 30777", "Lady Diana 47712", "Bittern 4464")  # fmt: skip
    cp_cells = [maybe(rng, 0.3, name_of(c, ctx, ["full", "pdf_hyphen", "html_entities"])) for c in comp]
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, el, 120) for _ in rows], None),
        col(header("participant", ctx.hl) if "participant" in HEADERS else header("guest", ctx.hl),
            [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [dob_of(p, ctx, dl) for p in rows], P.DOB),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.9, p.email) for p in rows], P.EMAIL),
        col("Loco", [rng.choice(locos) for _ in rows], None),
        col(header("companion", ctx.hl), cp_cells, P.NAME),
        col("Voucher", [maybe(rng, 0.5, f"FPX-{rng.randint(1, 9)}{rng.choice('ABCDEFGHJK')}{rng.randint(1, 9)}{rng.choice('KLMNPQRSTUVWXYZ')}") for _ in rows], None),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.15, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Instructor", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[c] if cc else [] for c, cc in zip(comp, cp_cells, strict=True)]
    return shape_out(cols, rows, others, "railway")
