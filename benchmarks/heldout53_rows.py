"""Held-out set 53: four of the eight export shapes (a lifeboat station's supporters' lottery, a cookery school's
class bookings, a ballroom dance school's couples register, an antiques valuation day), and what every shape shares:
a column (``col``), headers in the table's language, cells of a person, set 53's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff "don't care", and things named after people or places are ``None``: no
personal data (lifeboats ``Grace Darling``, ``Sir William Hillary``, ``Frederick Storey Cockburn``, ``Duke of
Northumberland``, ``Ernest and Mary Shaw``, ``Lady Rothes``; lottery numbers ``LB-0412``; dishes ``Beef
Wellington``, ``Peach Melba``, ``Eggs Benedict``, ``Crêpes Suzette``, ``Lobster Thermidor``, ``Chicken Marengo``,
``Oysters Rockefeller``, ``Beef Stroganoff``, ``Carpaccio``; voucher codes ``CK-9F3T``; dances ``Viennese
Waltz``, ``Paso Doble``, ``Argentine Tango``; competitions ``Blackpool Dance Festival``, ``Carl Alan Awards``,
``Imperial Championships``; antiques ``Clarice Cliff Bizarre vase``, ``Moorcroft Pomegranate bowl``, ``Chippendale
chair``, ``Wedgwood Jasperware urn``, ``Royal Doulton Toby jug``, ``Lalique glass``, ``Sheraton bureau``; lot
numbers).

Address cells of set 53 (one cell): an HL7 ``XAD`` (``12 Elm Road^^Leeds^^LS1 4AB``), a YAML block (``street: 12
Elm Road`` and ``town: Leeds`` on two lines), a TOML inline table (``{ street = "12 Elm Road", town = "Leeds" }``),
an R list (``list(street = "12 Elm Road", town = "Leeds")``), a Bing Maps link (``https://bing.com/maps?where1=…``),
an Uber pickup link and an SSML ``<say-as interpret-as="address">`` besides the locale's own whole address.
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import random
import types
import urllib.parse

import heldout43_rows as r43
import heldout52_rows as r52
import heldout53_language as language
import heldout53_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
partner: Partner | Tanzpartner/in | Partenaire | Pareja | Partner | Danspartner | Par | Partner | Partner/ka |
    Partner | Hoa kanikani
cook: Participant | Teilnehmer/in | Participant(e) | Participante | Partecipante | Deelnemer | Participante |
    Deltager | Účastník | Deltaker | Kaiuru
sender: Sender | Absender/in | Expéditeur | Remitente | Mittente | Afzender | Remetente | Afsender | Odesílatel |
    Avsender | Kaituku
recipient: Recipient | Empfänger/in | Destinataire | Destinatario | Destinatario | Ontvanger | Destinatário |
    Modtager | Příjemce | Mottaker | Kaiwhiwhi
pilgrim: Pilgrim | Pilger/in | Pèlerin | Peregrino/a | Pellegrino | Pelgrim | Peregrino | Pilgrim | Poutník |
    Pilegrim | Manene
room_share: Sharing with | Zimmer mit | Chambre avec | Comparte con | In camera con | Kamer met | Quarto com |
    Deler værelse med | Pokoj s | Deler rom med | Rūma me
paid_by: Paid by | Bezahlt von | Payé par | Pagado por | Pagato da | Betaald door | Pago por | Betalt af |
    Zaplatil/a | Betalt av | Utua e
carer: Carer | Betreuer/in | Aidant | Cuidador/a | Badante | Mantelzorger | Cuidador | Pårørende | Pečovatel |
    Pårørende | Kaitiaki
friend: Booked with | Gebucht mit | Réservé avec | Reservado con | Prenotato con | Geboekt met | Reservado com |
    Booket med | Rezervováno s | Booket med | Me
health_no: Health no. | Versichertennr. | N° sécu | N.º seguridad social | Cod. sanitario | Zorgnr. | N.º utente |
    Sygesikring nr. | Č. pojištěnce | Helsenr. | Nama hauora
"""
HEADERS = {**r52.HEADERS, **r43.parse_headers(_HEADER_TEXT)}
ADDRESS_FORMS = ("hl7_xad", "yaml_block", "toml_inline", "r_list", "bing_maps", "uber_link", "ssml_address")


def header(key: str, hl: str) -> str:
    """A column's header in the table's header language (English where the language has none)."""
    row = HEADERS[key]
    return row[_LANGS.index(hl)] if hl in _LANGS and _LANGS.index(hl) < len(row) else row[0]


col = r43.col
maybe = r43.maybe
shape_out = r43.shape_out


def kcol(key: str, ctx, values: list[str], label) -> types.SimpleNamespace:
    """A column with a header from ``HEADERS`` (its key kept for header styles that read it)."""
    c = col(header(key, ctx.hl), values, label)
    c.key = key
    return c


def name_forms(rng: random.Random, pool: tuple[str, ...] = P.COLUMN_FORMS) -> list[str]:
    """The one or two name forms a column of a table mixes (the plain form often among them)."""
    forms = rng.sample(pool, 2)
    return forms if rng.random() < 0.5 else ["full", forms[0]]


def layouts(rng: random.Random, k: int = 3) -> list[str]:
    """One to ``k - 1`` of set 53's phone layouts, and one of the usual ones."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def event_layout(rng: random.Random) -> str:
    """The layout of a table's other dates (set 53's, the ones a system writes)."""
    return rng.choice(("mongo_date", "isodate", "gviz_date", "excel_date_fn", "iso"))


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
    """The address in one cell in one of set 53's forms (or the locale's own)."""
    parts = [x for x in (p.street, p.town, p.postcode) if x]
    if form == "hl7_xad":
        return f"{p.street}^^{p.town}^^{p.postcode}"
    if form == "yaml_block":
        return f"street: {p.street}\ntown: {p.town}" + (f"\npostcode: '{p.postcode}'" if p.postcode else "")
    if form == "toml_inline":
        return f'{{ street = "{p.street}", town = "{p.town}"' + (f', postcode = "{p.postcode}"' if p.postcode else "") + " }"
    if form == "r_list":
        return f'list(street = "{p.street}", town = "{p.town}"' + (f', postcode = "{p.postcode}"' if p.postcode else "") + ")"
    if form == "bing_maps":
        return "https://bing.com/maps?where1=" + urllib.parse.quote_plus(", ".join(parts))
    if form == "uber_link":
        return "uber://?action=setPickup&pickup[formatted_address]=" + urllib.parse.quote(", ".join(parts), safe="")
    if form == "ssml_address":
        return f'<say-as interpret-as="address">{p.address}</say-as>'
    return p.address


def address_cols(ctx, rows: list, whole: bool, key: str = "address") -> list:
    """The address as one cell (the locale's own or one of set 53's forms) or as street, postcode and town."""
    if whole:
        form = ctx.rng.choice(("own", "own", *ADDRESS_FORMS))
        return [kcol(key, ctx, [address_cell(p, form, ctx.hl) for p in rows], P.ADDRESS)]
    cols = [kcol("street", ctx, [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(kcol("postcode", ctx, [p.postcode for p in rows], P.POSTCODE))
    cols.append(kcol("town", ctx, [p.town for p in rows], P.CITY))
    return cols


def juniors(ctx, share: float) -> tuple[list, list, list]:
    """Per row a parent, whether the row is a junior's, and the row's person (a junior named after the parent as
    the place does it: ``heldout53_people.child_of``)."""
    parents = [ctx.draw() for _ in range(ctx.n)]
    kids = [ctx.rng.random() < share for _ in range(ctx.n)]
    rows = [P.child_of(ctx.draw(child=True), par) if k else par for par, k in zip(parents, kids, strict=True)]
    return parents, kids, rows


def lifeboat(ctx) -> types.SimpleNamespace:
    """A lifeboat station's supporters' lottery: the supporter (one or two forms), phone, e-mail, the address
    (parts or one cell), the lottery number (a code), the lifeboat the draw supports (named after people: no
    personal data), the IBAN the prize goes to (mostly empty), who pays for the ticket (another person, mostly
    empty), the station's fundraiser ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    payers = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    boats = ("Grace Darling", "Sir William Hillary", "Frederick Storey Cockburn", "Duke of Northumberland",
             "Ernest and Mary Shaw", "Lady Rothes", "Sir Fitzroy Maclean", "Edward Prince of Wales", "Spirit of Lowestoft")  # fmt: skip
    p_cells = [maybe(rng, 0.25, name_of(x, ctx, ["full", "signed_by", "xl_hyperlink"])) for x in payers]
    cols = [
        col("Lottery no.", [f"LB-{rng.randint(1, 2999):04d}" for _ in rows], None),
        kcol("member", ctx, [name_of(p, ctx, forms) for p in rows], P.NAME),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.35) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.85, p.email) for p in rows], P.EMAIL),
        *address_cols(ctx, rows, rng.random() < 0.5),
        col("Lifeboat", [rng.choice(boats) for _ in rows], None),
        kcol("bank", ctx, [maybe(rng, 0.3, p.iban or "") for p in rows], P.IBAN),
        kcol("paid_by", ctx, p_cells, P.NAME),
        col("Fundraiser", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[x] if c else [] for x, c in zip(payers, p_cells, strict=True)]
    return shape_out(cols, rows, others, "lifeboat")


def cookery(ctx) -> types.SimpleNamespace:
    """A cookery school's class bookings: the date, the participant (one or two forms), phone, e-mail, the class
    (dishes named after people and places: no personal data), allergies, a friend booked alongside (another person,
    mostly empty), the voucher code, the chef ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    friends = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = event_layout(rng)
    dishes = ("Beef Wellington", "Peach Melba", "Eggs Benedict", "Crêpes Suzette", "Lobster Thermidor", "Chicken Marengo",
              "Oysters Rockefeller", "Beef Stroganoff", "Carpaccio", "Pavlova & Eton Mess", "Bakewell Tart")  # fmt: skip
    allergies = ("", "", "", "nuts", "gluten", "shellfish", "lactose", "none")
    f_cells = [maybe(rng, 0.3, name_of(f, ctx, ["full", "wa_line", "unverified"])) for f in friends]
    cols = [
        kcol("date", ctx, [language.future(rng, ctx.locale, el, 60) for _ in rows], None),
        kcol("cook", ctx, [name_of(p, ctx, forms) for p in rows], P.NAME),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.9, p.email) for p in rows], P.EMAIL),
        col("Class", [rng.choice(dishes) for _ in rows], None),
        col("Allergies", [rng.choice(allergies) for _ in rows], None),
        kcol("friend", ctx, f_cells, P.NAME),
        col("Voucher", [maybe(rng, 0.4, f"CK-{rng.randint(1, 9)}{rng.choice('ABCDEFGHJK')}{rng.randint(1, 9)}{rng.choice('KLMNPQRSTUVWXYZ')}") for _ in rows], None),
        col("Chef", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[f] if c else [] for f, c in zip(friends, f_cells, strict=True)]
    return shape_out(cols, rows, others, "cookery")


def ballroom(ctx) -> types.SimpleNamespace:
    """A ballroom dance school's couples register: the dancer (one or two forms; juniors with their birth date and a
    parent's signature), the partner (another person, most rows), phone, e-mail, the dances and the competition
    (named after people and places: no personal data), the age category, the teacher ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.35)
    partners = [ctx.draw() for _ in rows]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    dances = ("Viennese Waltz", "Paso Doble", "Quickstep", "Argentine Tango", "Cha-cha-cha", "Rumba", "Foxtrot", "Samba")
    comps = ("Blackpool Dance Festival", "Carl Alan Awards", "Imperial Championships", "UK Open", "Supadance League")
    pt_cells = [maybe(rng, 0.7, name_of(x, ctx, ["full", "device_name", "kotlin_data"])) for x in partners]
    cols = [
        kcol("dancer", ctx, [name_of(p, ctx, forms) for p in rows], P.NAME),
        kcol("dob", ctx, [dob_of(p, ctx, dl) if k else "" for p, k in zip(rows, kids, strict=True)], P.DOB),
        kcol("parent", ctx, [name_of(par, ctx, ["full", "signed_by"]) if k else "" for par, k in zip(parents, kids, strict=True)], P.NAME),
        kcol("partner", ctx, pt_cells, P.NAME),
        kcol("phone", ctx, [P.phone_cell(par, rng, lay, ctx.lg, 0.2) for par in parents], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.8, par.email) for par in parents], P.EMAIL),
        col("Dances", [" / ".join(rng.sample(dances, 2)) for _ in rows], None),
        col("Competition", [maybe(rng, 0.6, rng.choice(comps)) for _ in rows], None),
        col("Category", ["Juvenile" if k else rng.choice(("Adult", "Senior", "Pro-Am")) for k in kids], None),
        col("Teacher", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[x for x, c in ((par, k), (pt, ptc)) if c] for par, k, pt, ptc in zip(parents, kids, partners, pt_cells, strict=True)]
    return shape_out(cols, rows, others, "ballroom")


def antiques(ctx) -> types.SimpleNamespace:
    """An antiques valuation day: the lot, the owner (one or two forms), phone, e-mail, the item (makers named after
    people: no personal data), the estimate, the address for a collection (one cell, mostly empty), the id seen for
    a sale (mostly empty), who brought it in for the owner (another person, mostly empty), the valuer ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    agents = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    items = ("Clarice Cliff Bizarre vase", "Moorcroft Pomegranate bowl", "Chippendale chair", "Wedgwood Jasperware urn",
             "Royal Doulton Toby jug", "Lalique glass scent bottle", "Sheraton bureau", "Hepplewhite shield-back chair",
             "Susie Cooper tea set", "Troika pottery lamp")  # fmt: skip
    form = rng.choice(("own", *ADDRESS_FORMS))
    a_cells = [maybe(rng, 0.2, name_of(a, ctx, ["full", "java_tostring", "mime_q"])) for a in agents]
    cols = [
        col("Lot", [str(rng.randint(1, 480)) for _ in rows], None),
        kcol("owner", ctx, [name_of(p, ctx, forms) for p in rows], P.NAME),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.4) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        col("Item", [rng.choice(items) for _ in rows], None),
        col("Estimate", [f"{rng.choice((50, 80, 120, 200, 400, 800, 1500))}-{rng.choice((150, 250, 600, 1200, 2500))}" for _ in rows], None),
        kcol("address", ctx, [maybe(rng, 0.3, address_cell(p, form, ctx.hl)) for p in rows], P.ADDRESS),
        kcol("id_seen", ctx, [maybe(rng, 0.2, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        kcol("collected", ctx, a_cells, P.NAME),
        col("Valuer", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[a] if c else [] for a, c in zip(agents, a_cells, strict=True)]
    return shape_out(cols, rows, others, "antiques")
