"""Held-out set 42: four of the eight export shapes (a barber's appointment book, a tree surgeon's quotes book, a
milk round's customer book, a tennis club's court bookings), and what every shape shares: a column (``Col``),
headers in the table's language, cells of a person.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds (``NAME``, ``FIRST``, ``LAST``...), staff "don't care", and things named after
people, companies or places (haircuts ``David Beckham``/``Peaky Blinders``, trees ``Victoria plum``/``Leyland
cypress``, milk ``Cravendale``/``Yeo Valley``, courts ``Fred Perry Court``, rackets ``Wilson``/``Babolat``) are
``None``: no personal data. A membership number of a club is "don't care" (no national id, but it names one
member).
"""

from __future__ import annotations

import random
import types

import heldout42_language as language
import heldout42_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs")
_HEADER_TEXT = """
client: Client | Kunde | Client | Cliente | Cliente | Klant | Cliente | Kunde | Zákazník
customer: Customer name | Kundenname | Nom du client | Nombre del cliente | Nome cliente | Naam klant |
    Nome do cliente | Kundenavn | Jméno zákazníka
first: First name | Vorname | Prénom | Nombre | Nome | Voornaam | Nome próprio | Fornavn | Jméno
last: Surname | Nachname | Nom | Apellidos | Cognome | Achternaam | Apelido | Efternavn | Příjmení
member: Member | Mitglied | Membre | Socio | Socio | Lid | Sócio | Medlem | Člen
phone: Phone | Telefon | Téléphone | Teléfono | Telefono | Telefoon | Telefone | Telefon | Telefon
mobile: Mobile | Handy | Portable | Móvil | Cellulare | Mobiel | Telemóvel | Mobil | Mobil
email: Email | E-Mail | Courriel | Correo | Email | E-mail | Email | E-mail | E-mail
address: Address | Anschrift | Adresse | Dirección | Indirizzo | Adres | Morada | Adresse | Adresa
street: Street | Straße | Rue | Calle | Via | Straat | Rua | Vej | Ulice
postcode: Postcode | PLZ | Code postal | CP | CAP | Postcode | Código postal | Postnr | PSČ
town: Town | Ort | Ville | Localidad | Città | Plaats | Localidade | By | Obec
dob: Date of birth | Geburtsdatum | Date de naissance | Fecha de nacimiento | Data di nascita | Geboortedatum |
    Data de nascimento | Fødselsdato | Datum narození
date: Date | Datum | Date | Fecha | Data | Datum | Data | Dato | Datum
time: Time | Uhrzeit | Heure | Hora | Ora | Tijd | Hora | Tid | Čas
notes: Notes | Bemerkungen | Remarques | Observaciones | Note | Opmerkingen | Observações | Bemærkninger | Poznámky
parent: Parent/guardian | Erziehungsberechtigte/r | Responsable légal | Padre/madre/tutor | Genitore |
    Ouder/voogd | Encarregado de educação | Forælder | Zákonný zástupce
parent_phone: Parent mobile | Handy Eltern | Portable parent | Móvil padres | Cell. genitore | Mobiel ouder |
    Telemóvel EE | Forælders mobil | Mobil rodiče
staff: Staff | Mitarbeiter | Employé | Empleado | Addetto | Medewerker | Funcionário | Medarbejder | Pracovník
price: Price | Preis | Prix | Precio | Prezzo | Prijs | Preço | Pris | Cena
paid: Paid | Bezahlt | Payé | Pagado | Pagato | Betaald | Pago | Betalt | Zaplaceno
neighbour: Neighbour | Nachbar | Voisin | Vecino | Vicino | Buurman | Vizinho | Nabo | Soused
partner: Partner | Partner | Partenaire | Compañero | Compagno | Partner | Parceiro | Makker | Spoluhráč
helper: Helper | Helfer | Aide | Ayudante | Aiutante | Helper | Ajudante | Hjælper | Pomocník
emergency: Emergency contact | Notfallkontakt | Contact d'urgence | Contacto de emergencia |
    Contatto di emergenza | Contact bij nood | Contacto de emergência | Nødkontakt | Kontakt v nouzi
emergency_phone: Emergency tel | Notfall-Tel. | Tél. urgence | Tel. emergencia | Tel. emergenza |
    Tel. noodgeval | Tel. emergência | Nødtelefon | Tel. v nouzi
idno: ID/passport no | Ausweisnummer | N° pièce d'identité | DNI/pasaporte | N. documento | ID-nummer |
    N.º documento | ID-nummer | Číslo dokladu
student: Student | Schüler/in | Élève | Alumno | Allievo | Leerling | Aluno | Elev | Žák
passenger: Passenger | Fahrgast | Passager | Pasajero | Passeggero | Passagier | Passageiro | Passager | Cestující
stallholder: Stallholder | Standbetreiber | Exposant | Expositor | Espositore | Standhouder | Expositor | Udstiller |
    Vystavovatel
fancier: Fancier | Züchter | Colombophile | Colombófilo | Columbofilo | Liefhebber | Columbófilo | Opdrætter | Chovatel
referred: Referred by | Empfohlen von | Recommandé par | Recomendado por | Segnalato da | Aangebracht door |
    Recomendado por | Anbefalet af | Doporučil
leave_with: Leave with | Abgeben bei | Laisser chez | Dejar con | Lasciare a | Afgeven bij | Deixar com |
    Afleveres hos | Nechat u
roomshare: Room share | Zimmer mit | Chambre avec | Comparte habitación | Camera con | Kamer met | Quarto com |
    Deler værelse | Pokoj s
playing: Playing | Spielt mit | Joue avec | Juega con | Gioca con | Speelt met | Joga com | Spiller med | Hraje s
iban: Bank account | IBAN | IBAN | IBAN | IBAN | IBAN | IBAN | Konto | Účet
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
    """Two to ``k`` phone layouts of a column (set 42's, now and then one of set 41's)."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    extra = [rng.choice(language.DATE_LAYOUTS)] if rng.random() < 0.4 else []
    return rng.sample(language.NEW_DATE_LAYOUTS, 1) + extra


def name_of(p, ctx, forms: list[str]) -> str:
    """A person's cell in one of the column's forms; now and then a booking system's duplicate ``(2)``."""
    form = "dup_number" if ctx.rng.random() < 0.03 else ctx.rng.choice(forms)
    return P.name_cell(p, form, ctx.hl, ctx.rng)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def address_cols(ctx, rows: list, whole: bool) -> list:
    """The address as one cell or as street, postcode and town (an empty postcode column dropped)."""
    if whole:
        return [col(header("address", ctx.hl), [p.address for p in rows], P.ADDRESS)]
    cols = [col(header("street", ctx.hl), [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(col(header("postcode", ctx.hl), [p.postcode for p in rows], P.POSTCODE))
    cols.append(col(header("town", ctx.hl), [p.town for p in rows], P.CITY))
    return cols


def shape_out(cols: list, main: list, others: list, genre: str) -> types.SimpleNamespace:
    """What a shape returns to the builder."""
    return types.SimpleNamespace(cols=cols, main=main, others=others, genre=genre)


def _times(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.randint(8, 18):02d}:{rng.choice(('00', '15', '30', '45'))}" for _ in range(n)]


def barber(ctx) -> types.SimpleNamespace:
    """A barber's appointment book: the client (often the given name alone, else one or two forms), a mobile in
    one to three layouts, the barber ("don't care"), service, the style asked for (named after people: no personal
    data), a product sold (makes), price, paid, who referred them (another client, mostly empty)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    refs = [ctx.draw() for _ in range(n)]
    first_only = rng.random() < 0.4
    forms = name_forms(rng)
    lay = layouts(rng)
    barbers = staff(ctx, 3)
    styles = ("David Beckham", "Peaky Blinders", "Tony Curtis", "Steve McQueen", "skin fade #1", "Harry Styles",
              "Cillian Murphy crop", "buzz cut", "crew cut")  # fmt: skip
    prods = ("American Crew", "Uppercut Deluxe", "Wahl", "Layrite", "Percy Nobleman", "Captain Fawcett", "")
    refs_cells = [maybe(rng, 0.2, name_of(r, ctx, ["full", "last_comma_first"])) for r in refs]
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, "iso", 30) for _ in rows], None),
        col(header("time", ctx.hl), _times(rng, n), None),
        col(header("client", ctx.hl), [p.first if first_only else name_of(p, ctx, forms) for p in rows],
            P.FIRST if first_only else P.NAME),
        col(header("mobile", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg) for p in rows], P.PHONE),
        col("Barber", [rng.choice(barbers) for _ in rows], "dont_care"),
        col("Service", [rng.choice(("Skin fade", "Beard trim", "Hot towel shave", "Kids cut", "Scissor cut"))
                        for _ in rows], None),
        col("Style ref", [rng.choice(styles) for _ in rows], None),
        col("Product", [rng.choice(prods) for _ in rows], None),
        col(header("price", ctx.hl), [f"{rng.choice((12, 15, 18, 22, 25))}.00" for _ in rows], None),
        col(header("referred", ctx.hl), refs_cells, P.NAME),
    ]  # fmt: skip
    others = [[r] if c else [] for r, c in zip(refs, refs_cells, strict=True)]
    return shape_out(cols, rows, others, "barber")


def treesurgeon(ctx) -> types.SimpleNamespace:
    """A tree surgeon's quotes book: the customer (title and initial, or one or two other forms), the site
    address (one cell, or street, postcode and town), a phone with two numbers now and then, e-mail mostly, the
    trees (named after places and people: no personal data), the work, the protection order's reference, the
    neighbour who agreed (mostly empty), the climber ("don't care"), the kit (makes)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    neigh = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    trees = ("Leyland cypress", "Victoria plum", "Bramley apple", "Douglas fir", "Monterey pine", "Kilmarnock willow",
             "Norway maple", "Lawson cypress", "Himalayan birch", "oak")  # fmt: skip
    neigh_cells = [maybe(rng, 0.15, name_of(x, ctx, ["title_init_last", "full"])) for x in neigh]
    cols = [
        col("Quote no", [f"Q{rng.randint(1000, 9999)}" for _ in rows], None),
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, "mon_abbr", 0.5) for _ in rows], None),
        col(header("customer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        *address_cols(ctx, rows, rng.random() < 0.5),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.5, 0.2) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        col("Tree(s)", [rng.choice(trees) for _ in rows], None),
        col("Work", [rng.choice(("crown reduce 30%", "fell to ground", "deadwood", "grind stump", "lift crown"))
                     for _ in rows], None),
        col("TPO ref", [maybe(rng, 0.2, f"TPO/{rng.randint(2005, 2024)}/{rng.randint(1, 99):03d}") for _ in rows],
            None),
        col(header("neighbour", ctx.hl), neigh_cells, P.NAME),
        col("Climber", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
        col("Kit", [rng.choice(("Stihl MS 201", "Husqvarna 550", "Timberwolf chipper", "MEWP", "Echo")) for _ in rows],
            None),
    ]  # fmt: skip
    others = [[x] if c else [] for x, c in zip(neigh, neigh_cells, strict=True)]
    return shape_out(cols, rows, others, "tree")


def milkround(ctx) -> types.SimpleNamespace:
    """A milk round's customer book: the round's day, the house (the street with its number in one cell), the
    customer as the milkman writes them (a title and surname, a surname, ``Haynes family`` forms), the standing
    order (brands: no personal data), what is owed, a bank account (IBAN) where paid by transfer, a landline
    mostly, who to leave it with (a neighbour, mostly empty)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    neigh = [ctx.draw() for _ in range(n)]
    lay = layouts(rng)
    surname_only = rng.random() < 0.35
    orders = ("2 semi", "1 Cravendale", "1 Jersey Gold Top", "2 skimmed, 6 eggs", "1 Yeo Valley yogurt", "1 OJ",
              "Arla Big Milk")  # fmt: skip
    leave = [maybe(rng, 0.15, name_of(x, ctx, ["title_init_last", "full", "last_comma_first"])) for x in neigh]
    cols = [
        col("Day", [rng.choice(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat")) for _ in rows], None),
        col(header("street", ctx.hl), [p.street for p in rows], P.STREET),
        col(header("customer", ctx.hl),
            [p.last if surname_only else name_of(p, ctx, ["title_init_last", "full", "upper_full"]) for p in rows],
            P.LAST if surname_only else P.NAME),
        col("Order", [rng.choice(orders) for _ in rows], None),
        col("Owes", [f"{rng.randint(0, 40)}.{rng.choice(('00', '50', '20'))}" for _ in rows], None),
        col(header("phone", ctx.hl), [maybe(rng, 0.7, P.phone_cell(p, rng, lay, ctx.lg, 0.8)) for p in rows],
            P.PHONE),
        col(header("leave_with", ctx.hl), leave, P.NAME),
    ]  # fmt: skip
    if any(p.iban for p in rows) and rng.random() < 0.6:
        cols.insert(5, col(header("iban", ctx.hl), [maybe(rng, 0.5, p.iban or "") for p in rows], P.IBAN))
    others = [[x] if c else [] for x, c in zip(neigh, leave, strict=True)]
    return shape_out(cols, rows, others, "milk")


def tennis(ctx) -> types.SimpleNamespace:
    """A tennis club's court bookings: who booked (one or two forms), who they play (a partner's name, or doubles
    as surnames ``Haynes/Patel v Smith/Jones``: personal data), the court (named after people: no personal data),
    the membership number ("don't care"), the coach ("don't care"), a restring (rackets: makes), a phone, e-mail
    mostly."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    partners = [[ctx.draw() for _ in range(3)] for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    courts = ("Court 1", "Court 2", "Fred Perry Court", "Sue Barker Court", "Virginia Wade Court", "Court 4 (clay)")
    play_cells = []
    for p, (a, b, c) in zip(rows, partners, strict=True):
        play_cells.append(f"{p.last}/{a.last} v {b.last}/{c.last}" if rng.random() < 0.3 else a.full)
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, "slash_yy", 14) for _ in rows], None),
        col(header("time", ctx.hl), _times(rng, n), None),
        col("Court", [rng.choice(courts) for _ in rows], None),
        col(header("member", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col("Mem no", [f"{rng.randint(10000000, 99999999)}" for _ in rows], "dont_care"),
        col(header("playing", ctx.hl), play_cells, P.NAME),
        col(header("mobile", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        col("Coach", [maybe(rng, 0.3, rng.choice(staff(ctx, 2))) for _ in rows], "dont_care"),
        col("Restring", [maybe(rng, 0.2, rng.choice(("Wilson Pro Staff", "Babolat Pure Drive", "Head Speed",
                                                       "Yonex Ezone", "Dunlop CX"))) for _ in rows], None),
    ]  # fmt: skip
    others = [list(ps) for ps in partners]
    return shape_out(cols, rows, others, "tennis")
