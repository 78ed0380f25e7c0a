"""Held-out set 43: four of the eight export shapes (a surf school's board and wetsuit hire, a dry cleaner's ticket
book, a sheep-shearing contractor's farm list, a bridge club's pairs results), and what every shape shares: a column
(``Col``), headers in the table's language, cells of a person, set 43's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff "don't care", and things named after people or places (boards ``Al
Merrick``, wetsuits ``O'Neill``, beaches ``Fistral``; labels ``Hugo Boss``, ``Vera Wang``, ``Laura Ashley``; breeds
``Border Leicester``, ``Romney``; movements ``Howell``, ``Mitchell``; trophies ``Culbertson Cup``) are ``None``: no
personal data. A bridge federation's member number is "don't care".

Address cells of set 43 (one cell): the town first with a dash (``Leeds – 12 Elm Road``), the postcode and town in
brackets after the street (``12 Elm Road (LS1 4AB Leeds)``) and the parts joined by `` | `` besides the locale's
own whole address.
"""

from __future__ import annotations

import random
import types

import heldout43_language as language
import heldout43_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
client: Client | Kunde | Client | Cliente | Cliente | Klant | Cliente | Kunde | Zákazník | Kunde | Kiritaki
customer: Customer name | Kundenname | Nom du client | Nombre del cliente | Nome cliente | Naam klant |
    Nome do cliente | Kundenavn | Jméno zákazníka | Kundenavn | Ingoa kiritaki
name: Name | Name | Nom | Nombre | Nome | Naam | Nome | Navn | Jméno | Navn | Ingoa
phone: Phone | Telefon | Téléphone | Teléfono | Telefono | Telefoon | Telefone | Telefon | Telefon | Telefon | Waea
mobile: Mobile | Handy | Portable | Móvil | Cellulare | Mobiel | Telemóvel | Mobil | Mobil | Mobil | Waea pūkoro
email: Email | E-Mail | Courriel | Correo | Email | E-mail | Email | E-mail | E-mail | E-post | Īmēra
address: Address | Anschrift | Adresse | Dirección | Indirizzo | Adres | Morada | Adresse | Adresa | Adresse | Wāhitau
street: Street | Straße | Rue | Calle | Via | Straat | Rua | Vej | Ulice | Gate | Tiriti
postcode: Postcode | PLZ | Code postal | CP | CAP | Postcode | Código postal | Postnr | PSČ | Postnr. | Waehere
town: Town | Ort | Ville | Localidad | Città | Plaats | Localidade | By | Obec | Sted | Tāone
dob: Date of birth | Geburtsdatum | Date de naissance | Fecha de nacimiento | Data di nascita | Geboortedatum |
    Data de nascimento | Fødselsdato | Datum narození | Fødselsdato | Rā whānau
date: Date | Datum | Date | Fecha | Data | Datum | Data | Dato | Datum | Dato | Rā
time: Time | Uhrzeit | Heure | Hora | Ora | Tijd | Hora | Tid | Čas | Tid | Wā
notes: Notes | Bemerkungen | Remarques | Observaciones | Note | Opmerkingen | Observações | Bemærkninger | Poznámky |
    Merknader | Kōrero
parent: Parent/guardian | Erziehungsberechtigte/r | Responsable légal | Padre/madre/tutor | Genitore |
    Ouder/voogd | Encarregado de educação | Forælder | Zákonný zástupce | Foresatt | Mātua
parent_phone: Parent mobile | Handy Eltern | Portable parent | Móvil padres | Cell. genitore | Mobiel ouder |
    Telemóvel EE | Forælders mobil | Mobil rodiče | Foresattes mobil | Waea mātua
emergency: Emergency contact | Notfallkontakt | Contact d'urgence | Contacto de emergencia |
    Contatto di emergenza | Contact bij nood | Contacto de emergência | Nødkontakt | Kontakt v nouzi | Nødkontakt |
    Whakapā ohotata
emergency_phone: Emergency tel | Notfall-Tel. | Tél. urgence | Tel. emergencia | Tel. emergenza |
    Tel. noodgeval | Tel. emergência | Nødtelefon | Tel. v nouzi | Nødtelefon | Waea ohotata
collected: Collected by | Abgeholt von | Retiré par | Recogido por | Ritirato da | Opgehaald door | Levantado por |
    Afhentet af | Vyzvedl | Hentet av | I tikina e
farmer: Farmer | Landwirt | Exploitant | Ganadero | Allevatore | Boer | Criador | Landmand | Farmář | Bonde |
    Kaiahuwhenua
contact_day: Contact on the day | Ansprechpartner vor Ort | Contact sur place | Contacto el día |
    Referente sul posto | Contact ter plaatse | Contacto no dia | Kontakt på dagen | Kontakt na místě |
    Kontakt på dagen | Kaiwhakapā
ns: N/S pair | Paar N/S | Paire N/S | Pareja N/S | Coppia N/S | Paar N/Z | Par N/S | Par N/S | Pár S/J | Par N/S |
    Takirua N/S
ew: E/W pair | Paar O/W | Paire E/O | Pareja E/O | Coppia E/O | Paar O/W | Par E/O | Par Ø/V | Pár V/Z | Par Ø/V |
    Takirua E/W
surfer: Surfer | Surfer | Surfeur | Surfista | Surfista | Surfer | Surfista | Surfer | Surfař | Surfer | Kaieke ngaru
leave_with: Leave with | Abgeben bei | Laisser chez | Dejar con | Lasciare a | Afgeven bij | Deixar com |
    Afleveres hos | Nechat u | Leveres til | Waiho ki a
referred: Referred by | Empfohlen von | Recommandé par | Recomendado por | Segnalato da | Aangebracht door |
    Recomendado por | Anbefalet af | Doporučil | Anbefalt av | Nā wai i tuku mai
archer: Archer | Schütze | Archer | Arquero | Arciere | Schutter | Arqueiro | Bueskytte | Lukostřelec | Bueskytter |
    Kaikopere
helper: Helper | Helfer | Aide | Ayudante | Aiutante | Helper | Ajudante | Hjælper | Pomocník | Hjelper | Kaiāwhina
"""


def parse_headers(text: str) -> dict[str, tuple[str, ...]]:
    """Headers per key from a text table (``key: en | de | ...``)."""
    joined: list[str] = []
    for line in text.strip().splitlines():
        if line.startswith(" ") and joined:
            joined[-1] += " " + line.strip()
        else:
            joined.append(line)
    out = {}
    for line in joined:
        key, rest = line.split(":", 1)
        out[key.strip()] = tuple(x.strip() for x in rest.split("|"))
    return out


HEADERS = parse_headers(_HEADER_TEXT)


def header(key: str, hl: str) -> str:
    """A column's header in the table's header language (English where the language has none)."""
    row = HEADERS[key]
    return row[_LANGS.index(hl)] if hl in _LANGS else row[0]


def col(head: str, values: list[str], label) -> types.SimpleNamespace:
    """One column: its header, cells and label."""
    return types.SimpleNamespace(header=head, values=values, label=label)


def maybe(rng: random.Random, share: float, value: str) -> str:
    """The value in about ``share`` of the rows, else empty (a column mostly empty)."""
    return value if rng.random() < share else ""


def name_forms(rng: random.Random, pool: tuple[str, ...] = P.COLUMN_FORMS) -> list[str]:
    """The one or two name forms a column of a table mixes (the plain form often among them)."""
    forms = rng.sample(pool, 2)
    return forms if rng.random() < 0.6 else ["full", forms[0]]


def layouts(rng: random.Random, k: int = 3) -> list[str]:
    """Two to ``k`` phone layouts of a column (set 43's, and one of set 42's usual ones)."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def name_of(p, ctx, forms: list[str]) -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.hl, ctx.rng)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def address_cell(p, form: str) -> str:
    """The address in one cell in one of set 43's forms (or the locale's own)."""
    if form == "town_dash" and p.town:
        return f"{p.town} – {p.street}"
    if form == "bracket_tail" and (p.postcode or p.town):
        return f"{p.street} ({' '.join(x for x in (p.postcode, p.town) if x)})"
    if form == "pipes":
        return " | ".join(x for x in (p.street, p.postcode, p.town) if x)
    return p.address


def address_cols(ctx, rows: list, whole: bool) -> list:
    """The address as one cell (the locale's own or one of set 43's forms) or as street, postcode and town."""
    if whole:
        form = ctx.rng.choice(("own", "own", "town_dash", "bracket_tail", "pipes"))
        return [col(header("address", ctx.hl), [address_cell(p, form) for p in rows], P.ADDRESS)]
    cols = [col(header("street", ctx.hl), [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(col(header("postcode", ctx.hl), [p.postcode for p in rows], P.POSTCODE))
    cols.append(col(header("town", ctx.hl), [p.town for p in rows], P.CITY))
    return cols


def shape_out(cols: list, main: list, others: list, genre: str) -> types.SimpleNamespace:
    """What a shape returns to the builder."""
    return types.SimpleNamespace(cols=cols, main=main, others=others, genre=genre)


def surf(ctx) -> types.SimpleNamespace:
    """A surf school's board and wetsuit hire: the date and slot, the surfer (one or two forms), the surfer's mobile,
    an emergency contact and their phone (mostly empty), the board and the wetsuit (makes named after people: no
    personal data), the beach (places), the instructor ("don't care"), the deposit."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kin = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    has_kin = [rng.random() < 0.3 for _ in rows]
    boards = ("Al Merrick 7'2 mini mal", "Channel Islands Fever", "NSP foamie 8'", "Firewire Seaside", "Bic 7'3",
              "Tom Wegener alaia", "Softech 6'6")  # fmt: skip
    suits = ("O'Neill 4/3 M", "Rip Curl 5/4 L", "C-Skins 3/2 S", "Alder kids 10", "Gul 4/3 XL", "Patagonia R2")
    beaches = ("Fistral", "Watergate Bay", "Polzeath", "Croyde", "Saunton Sands", "Bantham")
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, "iso_mon", 30) for _ in rows], None),
        col("Slot", [rng.choice(("09:00", "11:30", "14:00", "16:30")) for _ in rows], None),
        col(header("surfer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("mobile", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg) for p in rows], P.PHONE),
        col("Board", [rng.choice(boards) for _ in rows], None),
        col("Wetsuit", [rng.choice(suits) for _ in rows], None),
        col("Beach", [rng.choice(beaches) for _ in rows], None),
        col(header("emergency", ctx.hl),
            [name_of(k, ctx, ["full", "title_after"]) if h else "" for k, h in zip(kin, has_kin, strict=True)], P.NAME),
        col(header("emergency_phone", ctx.hl),
            [P.phone_text(k.mobile, rng.choice(lay), rng, ctx.lg) if h else ""
             for k, h in zip(kin, has_kin, strict=True)],
            P.PHONE),
        col("Instructor", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
        col("Deposit", [rng.choice(("£20 card", "£20 cash", "waived", "")) for _ in rows], None),
    ]  # fmt: skip
    others = [[k] if h else [] for k, h in zip(kin, has_kin, strict=True)]
    return shape_out(cols, rows, others, "surf")


def dryclean(ctx) -> types.SimpleNamespace:
    """A dry cleaner's ticket book: the ticket, the day in, the customer (one or two forms), a phone (now and then
    two labelled numbers), the items and their labels (designers named after people: no personal data), the day
    ready, who collected (another person, mostly empty), a delivery address (mostly empty), paid, the counter
    assistant ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    coll = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    items = ("2pc suit", "wedding dress", "duvet king", "3 shirts", "curtains (pair)", "overcoat", "silk blouse")
    labels = ("Hugo Boss", "Ted Baker", "Vera Wang", "Christian Dior", "Laura Ashley", "Paul Smith", "Marks & Spencer",
              "Jaeger", "")  # fmt: skip
    coll_cells = [maybe(rng, 0.2, name_of(c, ctx, ["full", "first_last_initial", "upper_last_first"])) for c in coll]
    form = rng.choice(("own", "town_dash", "bracket_tail", "pipes"))
    delivery = [rng.random() < 0.15 for _ in rows]
    cols = [
        col("Ticket", [f"{rng.randint(1, 999):03d}-{rng.choice('ABCDEFG')}" for _ in rows], None),
        col("In", [language.event(rng, ctx.locale, "dot_mon", 0.1) for _ in rows], None),
        col(header("customer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3, 0.12) for p in rows], P.PHONE),
        col("Items", [rng.choice(items) for _ in rows], None),
        col("Label", [rng.choice(labels) for _ in rows], None),
        col("Ready", [language.future(rng, ctx.locale, "dot_mon", 7) for _ in rows], None),
        col(header("collected", ctx.hl), coll_cells, P.NAME),
        col("Delivery", [address_cell(p, form) if d else "" for p, d in zip(rows, delivery, strict=True)], P.ADDRESS),
        col("Paid", [rng.choice(("Y", "N", "card", "acct")) for _ in rows], None),
        col("Counter", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[c] if x else [] for c, x in zip(coll, coll_cells, strict=True)]
    return shape_out(cols, rows, others, "dryclean")


def shearer(ctx) -> types.SimpleNamespace:
    """A sheep-shearing contractor's farm list: the farm (named after people and places: no personal data), the
    farmer (one or two forms), the address (one cell or parts), a landline mostly, the breed (places), the head count,
    the day booked, the gang (shearers' first names: "don't care"), the wool buyer (firms), a contact on the day
    (mostly empty)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    contact = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    farms = ("Glenmore Station", "McKenzie's Run", "Pleasant Point", "Ben Ohau", "Fairlie Downs", "Castle Hill",
             "Lord Howe Farm", "Mount Nicholas")  # fmt: skip
    breeds = ("Romney", "Merino", "Perendale", "Corriedale", "Texel", "Border Leicester", "Lincoln", "Suffolk")
    contact_cells = [maybe(rng, 0.18, name_of(c, ctx, ["full", "initials_last"])) for c in contact]
    cols = [
        col("Farm", [rng.choice(farms) for _ in rows], None),
        col(header("farmer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        *address_cols(ctx, rows, rng.random() < 0.5),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.7, 0.1) for p in rows], P.PHONE),
        col("Breed", [rng.choice(breeds) for _ in rows], None),
        col("Head", [str(rng.randint(40, 4000)) for _ in rows], None),
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, "spaced_iso", 60) for _ in rows], None),
        col("Gang", [", ".join(staff(ctx, 2)) for _ in rows], "dont_care"),
        col("Wool buyer", [rng.choice(("Elders", "PGG Wrightson", "Carrfields", "British Wool", "Segard Masurel"))
                           for _ in rows], None),
        col(header("contact_day", ctx.hl), contact_cells, P.NAME),
    ]  # fmt: skip
    others = [[c] if x else [] for c, x in zip(contact, contact_cells, strict=True)]
    return shape_out(cols, rows, others, "shearer")


def bridge(ctx) -> types.SimpleNamespace:
    """A bridge club's pairs results: the session's date, the table, the N/S and E/W pairs (``Harvey - Patel`` as
    surnames or whole names: personal data), their percentages, the N/S pair's member numbers ("don't care"), the
    movement and the trophy (named after people: no personal data), the director ("don't care"), the N/S captain's
    e-mail and phone (mostly empty)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    mates = [[ctx.draw() for _ in range(3)] for _ in range(n)]
    lay = layouts(rng)
    as_surnames = rng.random() < 0.5

    def pair(a, b) -> str:
        if as_surnames or not (P.latin(a) and P.latin(b)):
            return f"{a.last} - {b.last}" if P.latin(a) and P.latin(b) else f"{a.full} - {b.full}"
        return f"{a.full} & {b.full}"

    cols = [
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, "mon_pad", 0.2) for _ in rows], None),
        col("Table", [str(rng.randint(1, 14)) for _ in rows], None),
        col(header("ns", ctx.hl), [pair(p, m[0]) for p, m in zip(rows, mates, strict=True)], P.NAME),
        col("NS %", [f"{rng.uniform(38, 68):.2f}" for _ in rows], None),
        col(header("ew", ctx.hl), [pair(m[1], m[2]) for m in mates], P.NAME),
        col("EW %", [f"{rng.uniform(38, 68):.2f}" for _ in rows], None),
        col("Member nos", [f"{rng.randint(100000, 999999)}/{rng.randint(100000, 999999)}" for _ in rows], "dont_care"),
        col("Movement", [rng.choice(("Howell", "Mitchell", "Mitchell arrow-switch", "Scrambled Mitchell"))
                         for _ in rows], None),
        col("Trophy", [maybe(rng, 0.2, rng.choice(("Culbertson Cup", "Goren Salver", "Lady Milne Trophy",
                                                    "Portland Pairs"))) for _ in rows], None),
        col(header("email", ctx.hl), [maybe(rng, 0.4, p.email) for p in rows], P.EMAIL),
        col(header("phone", ctx.hl), [maybe(rng, 0.3, P.phone_cell(p, rng, lay, ctx.lg)) for p in rows], P.PHONE),
        col("Director", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [list(m) for m in mates]
    return shape_out(cols, rows, others, "bridge")
