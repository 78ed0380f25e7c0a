"""Held-out set 45: four of the eight export shapes (a seed library's lending log, a pub's karaoke night sign-up, a
bakery's celebration cake orders, an ice rink's skate hire and lessons), and what every shape shares: a column
(``col``), headers in the table's language, cells of a person, set 45's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff "don't care", and things named after people or places (seed varieties
``Cherokee Purple``, ``Mortgage Lifter``, ``Kelvedon Wonder``, ``Mrs Fortune's``; songs and their singers ``Jolene -
Dolly Parton``, ``Delilah - Tom Jones``; pubs ``The Lord Nelson``, ``The Duke of Wellington``; cakes ``Victoria
sponge``, ``Battenberg``, ``Charlotte russe``, ``Peach Melba``, ``Sachertorte``; skates ``Jackson Ultima``,
``Riedell``, ``Graf``) are ``None``: no personal data.

Address cells of set 45 (one cell): the parts joined by `` | `` (``12 Elm Road | Leeds | LS1 4AB``), on two lines
(``12 Elm Road\\nLS1 4AB Leeds``), the town first with a dash and the postcode in brackets (``Leeds - 12 Elm Road
(LS1 4AB)``) and the town in brackets after the street (``12 Elm Road (Leeds)``) besides the locale's own whole
address.
"""

from __future__ import annotations

import random
import types

import heldout43_rows as r43
import heldout44_rows as r44
import heldout45_language as language
import heldout45_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
borrower: Borrower | Ausleiher/in | Emprunteur | Prestatario | Chi prende in prestito | Lener | Requisitante |
    Låner | Vypůjčitel | Låntaker | Kaitono
saved_by: Seed saved by | Saatgut von | Graines de | Semillas de | Semi di | Zaad van | Sementes de | Frø fra |
    Semínka od | Frø fra | Nā kākano a
singer: Singer | Sänger/in | Chanteur | Cantante | Cantante | Zanger | Cantor | Sanger | Zpěvák | Sanger | Kaiwaiata
duet: Duet with | Duett mit | Duo avec | Dúo con | Duetto con | Duet met | Dueto com | Duet med | Duet s |
    Duett med | Takirua me
customer: Customer | Kunde | Client | Cliente | Cliente | Klant | Cliente | Kunde | Zákazník | Kunde | Kiritaki
delivery: Delivery address | Lieferadresse | Adresse de livraison | Dirección de entrega | Indirizzo di consegna |
    Afleveradres | Morada de entrega | Leveringsadresse | Doručovací adresa | Leveringsadresse | Wāhi tuku
skater: Skater | Läufer/in | Patineur | Patinador | Pattinatore | Schaatser | Patinador | Skøjteløber | Bruslař |
    Skøyteløper | Kaireti
guardian: Parent | Elternteil | Parent | Padre/madre | Genitore | Ouder | Encarregado | Forælder | Rodič |
    Forelder | Matua
guardian_phone: Parent phone | Tel. Eltern | Tél. parent | Tel. padre/madre | Tel. genitore | Tel. ouder |
    Tel. encarregado | Tlf. forælder | Tel. rodiče | Tlf. forelder | Waea matua
member: Member | Mitglied | Membre | Socio | Socio | Lid | Sócio | Medlem | Člen | Medlem | Mema
id_no: ID number | Ausweisnummer | N° pièce d'identité | N.º documento | N. documento | ID-nummer | N.º documento |
    ID-nummer | Číslo dokladu | ID-nummer | Tau tuakiri
exhibitor: Exhibitor | Aussteller/in | Exposant | Expositor | Espositore | Inzender | Expositor | Udstiller |
    Vystavovatel | Utstiller | Kaiwhakaatu
guarantor: Guarantor | Bürge | Garant | Avalista | Garante | Borg | Fiador | Kautionist | Ručitel | Garantist |
    Kaiwhakaū
leave_with: Leave with | Abgeben bei | Laisser chez | Dejar con | Lasciare a | Afgeven bij | Deixar com |
    Afleveres hos | Nechat u | Leveres til | Waiho ki a
emergency: Emergency contact | Notfallkontakt | Contact d'urgence | Contacto de emergencia | Contatto di emergenza |
    Contact bij nood | Contacto de emergência | Nødkontakt | Nouzový kontakt | Nødkontakt | Whakapā ohotata
"""
HEADERS = {**r44.HEADERS, **r43.parse_headers(_HEADER_TEXT)}


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
    """One to ``k - 1`` of set 45's phone layouts, and one of the usual ones."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def event_layout(rng: random.Random) -> str:
    """The layout of a table's other dates (set 45's, not the age one)."""
    return rng.choice([x for x in language.DATE_LAYOUTS if x != "age_next"])


def name_of(p, ctx, forms: list[str]) -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.hl, ctx.rng)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def address_cell(p, form: str) -> str:
    """The address in one cell in one of set 45's forms (or the locale's own)."""
    if form == "pipe":
        return " | ".join(x for x in (p.street, p.town, p.postcode) if x)
    if form == "two_lines" and p.town:
        return f"{p.street}\n{' '.join(x for x in (p.postcode, p.town) if x)}"
    if form == "town_dash" and p.town:
        return f"{p.town} - {p.street}" + (f" ({p.postcode})" if p.postcode else "")
    if form == "town_paren" and p.town:
        return f"{p.street} ({p.town})"
    return p.address


def address_cols(ctx, rows: list, whole: bool, key: str = "address") -> list:
    """The address as one cell (the locale's own or one of set 45's forms) or as street, postcode and town."""
    if whole:
        form = ctx.rng.choice(("own", "own", "pipe", "two_lines", "town_dash", "town_paren"))
        return [col(header(key, ctx.hl), [address_cell(p, form) for p in rows], P.ADDRESS)]
    cols = [col(header("street", ctx.hl), [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(col(header("postcode", ctx.hl), [p.postcode for p in rows], P.POSTCODE))
    cols.append(col(header("town", ctx.hl), [p.town for p in rows], P.CITY))
    return cols


def seedlib(ctx) -> types.SimpleNamespace:
    """A seed library's lending log: the date out, the borrower (one or two forms), phone, e-mail, the address (one
    cell or parts), the variety (named after people and places: no personal data), packets, who saved the seed
    (another person, mostly empty), returned (mostly empty), the volunteer ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    savers = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = event_layout(rng)
    varieties = ("Cherokee Purple", "Mortgage Lifter", "Kelvedon Wonder pea", "Bloody Butcher", "Painted Lady bean",
                 "Scarlet Emperor", "Lady Godiva squash", "Gardener's Delight", "Mrs Fortune's tomato",
                 "Hurst Green Shaft", "Uncle Quimby's bean", "Boston Marrowfat")  # fmt: skip
    saver_cells = [maybe(rng, 0.2, name_of(s, ctx, ["full", "pipe", "quoted_nick"])) for s in savers]
    cols = [
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, el, 0.5) for _ in rows], None),
        col(header("borrower", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        *address_cols(ctx, rows, rng.random() < 0.5),
        col("Variety", [rng.choice(varieties) for _ in rows], None),
        col("Packets", [str(rng.randint(1, 4)) for _ in rows], None),
        col(header("saved_by", ctx.hl), saver_cells, P.NAME),
        col("Returned", [maybe(rng, 0.3, rng.choice(("yes", "saved seed back", "crop failed"))) for _ in rows], None),
        col("Volunteer", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[s] if c else [] for s, c in zip(savers, saver_cells, strict=True)]
    return shape_out(cols, rows, others, "seedlib")


def karaoke(ctx) -> types.SimpleNamespace:
    """A pub's karaoke night sign-up: the night (a date), the slot, the singer (one or two forms), the song (singers
    and songs named after people: no personal data), the key, the duet partner (another person, mostly empty), the
    mobile for a text when up (half), the table, the pub (named after people), the KJ ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    duets = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    songs = ("Jolene - Dolly Parton", "Delilah - Tom Jones", "My Way - Frank Sinatra", "Valerie - Amy Winehouse",
             "Sweet Caroline - Neil Diamond", "Angels - Robbie Williams", "Mr Brightside - The Killers",
             "Roxanne - The Police", "Layla - Eric Clapton", "Billie Jean - Michael Jackson")  # fmt: skip
    pubs = ("The Lord Nelson", "The Duke of Wellington", "The Queen Victoria", "The Red Lion", "The Marquis of Granby")
    night = language.event(rng, ctx.locale, "wd_after", 0.1)
    duet_cells = [maybe(rng, 0.15, name_of(d, ctx, ["full", "quoted_nick", "handle_digits"])) for d in duets]
    cols = [
        col(header("date", ctx.hl), [night for _ in rows], None),
        col("Slot", [str(i + 1) for i in range(n)], None),
        col(header("singer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col("Song", [rng.choice(songs) for _ in rows], None),
        col("Key", [rng.choice(("0", "+1", "-2", "-1", "+2")) for _ in rows], None),
        col(header("duet", ctx.hl), duet_cells, P.NAME),
        col(header("mobile", ctx.hl), [maybe(rng, 0.5, P.phone_cell(p, rng, lay, ctx.lg)) for p in rows], P.PHONE),
        col("Table", [str(rng.randint(1, 24)) for _ in rows], None),
        col("Venue", [rng.choice(pubs[:2]) for _ in rows], None),
        col("KJ", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[d] if c else [] for d, c in zip(duets, duet_cells, strict=True)]
    return shape_out(cols, rows, others, "karaoke")


def cakes(ctx) -> types.SimpleNamespace:
    """A bakery's celebration cake orders: the order, the customer (one or two forms), phone, e-mail (mostly), the
    cake (named after people and places: no personal data), the message piped on it (no names), the collection
    date, the deposit, the delivery address (one cell, mostly empty), allergies (mostly empty), who took the order
    ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = event_layout(rng)
    cakes_ = ("Victoria sponge", "Battenberg", "Charlotte russe", "Pavlova", "Sachertorte", "Peach Melba gateau",
              "Prinzregententorte", "Tarte Tatin", "Black Forest", "Lamington tray")  # fmt: skip
    messages = ("Happy Birthday!", "Congratulations", "Happy Retirement", "Welcome Baby", "Good Luck", "", "")
    deliver = [rng.random() < 0.2 for _ in rows]
    form = rng.choice(("own", "pipe", "two_lines", "town_dash", "town_paren"))
    cols = [
        col("Order", [f"C{rng.randint(100, 999)}" for _ in rows], None),
        col(header("customer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.25) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        col("Cake", [rng.choice(cakes_) for _ in rows], None),
        col("Message", [rng.choice(messages) for _ in rows], None),
        col("Collect", [language.future(rng, ctx.locale, el, 30) for _ in rows], None),
        col("Deposit", [f"{rng.randint(5, 40)}.00" for _ in rows], None),
        col(header("delivery", ctx.hl), [address_cell(p, form) if d else "" for p, d in zip(rows, deliver, strict=True)],  # noqa: E501
            P.ADDRESS),
        col("Allergies", [maybe(rng, 0.15, rng.choice(("nut-free", "gluten-free", "no egg", "vegan"))) for _ in rows],
            None),
        col("Taken by", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    return shape_out(cols, rows, [[] for _ in rows], "cakes")


def skates(ctx) -> types.SimpleNamespace:
    """An ice rink's skate hire and lessons: the session, the skater (one or two forms; juniors with a parent's
    surname), the birth date (juniors and lessons) in one or two of set 45's layouts, skate size and make (named
    after people: no personal data), the parent (juniors) and their phone, e-mail, the locker, the coach ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    parents = [ctx.draw() for _ in range(n)]
    kids = [rng.random() < 0.4 for _ in range(n)]
    rows = [P.with_surname(ctx.draw(child=True), par.last) if k else par for par, k in zip(parents, kids, strict=True)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    makes = ("Jackson Ultima", "Riedell", "Graf", "Bauer Vapor", "Edea", "Risport", "rink hire")
    cols = [
        col("Session", [rng.choice(("Sat 10:00", "Sat 14:00", "Sun 11:30", "Wed 18:00", "Disco Fri")) for _ in rows],
            None),
        col(header("skater", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k or rng.random() < 0.3 else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col("Size", [rng.choice(("J11", "J13", "1", "3", "5", "7", "9", "11")) for _ in rows], None),
        col("Skates", [rng.choice(makes) for _ in rows], None),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "care_of", "with_age"]) if k else ""
                                         for par, k in zip(parents, kids, strict=True)], P.NAME),
        col(header("guardian_phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg) if k else ""
                                               for par, k in zip(parents, kids, strict=True)], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, par.email) for par in parents], P.EMAIL),
        col("Locker", [maybe(rng, 0.5, str(rng.randint(1, 300))) for _ in rows], None),
        col("Coach", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "skates")
