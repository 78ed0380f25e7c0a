"""Held-out set 41: four of the eight export shapes (a parish hall's bookings, a bike-hire desk's hire log, a
window cleaner's round book, a riding school's lesson book), and what every shape shares: a column (``Col``),
headers in the table's language, cells of a person.

A shape is called with the table's context (``ctx``: locale, header language, ``random.Random``, row count,
``draw`` of a person from the table's pool of people, who come back) and returns its columns and, per row, the
row's main person and the others a note may name. Labels are exact: a column of people is labelled with what it
holds (``NAME``, ``FIRST``, ``LAST``...), staff "don't care", and things named after people, companies or places
(hall rooms ``Florence Nightingale Room``, groups ``Mary Berry Bake Club``, bikes ``Claud Butler``/``Raleigh
Chopper``, ponies ``Sir Lancelot``/``Lady Godiva``) are ``None``: no personal data. A house number alone is
"don't care" (no one is found by it).
"""

from __future__ import annotations

import re
import types
from typing import NamedTuple

import heldout41_language as language
import heldout41_people as people

P = people
_LGS = ("en", "de", "fr", "es", "it", "nl", "pt", "sv", "pl")
_HEADER_TEXT = """
name: Name | Name | Nom | Nombre | Nome | Naam | Nome | Namn | Imię i nazwisko
first: First name | Vorname | Prénom | Nombre | Nome | Voornaam | Nome próprio | Förnamn | Imię
surname: Surname | Nachname | Nom de famille | Apellidos | Cognome | Achternaam | Apelido | Efternamn | Nazwisko
phone: Phone | Telefon | Téléphone | Teléfono | Telefono | Telefoon | Telefone | Telefon | Telefon
mobile: Mobile | Handy | Portable | Móvil | Cellulare | Mobiel | Telemóvel | Mobil | Komórka
email: Email | E-Mail | Courriel | Correo | Email | E-mail | Email | E-post | E-mail
address: Address | Anschrift | Adresse | Dirección | Indirizzo | Adres | Morada | Adress | Adres
street: Street | Straße | Rue | Calle | Via | Straat | Rua | Gata | Ulica
houseno: No. | Nr. | N° | Nº | N. | Nr | N.º | Nr | Nr
postcode: Postcode | PLZ | Code postal | CP | CAP | Postcode | Código postal | Postnr | Kod pocztowy
town: Town | Ort | Ville | Localidad | Comune | Plaats | Localidade | Ort | Miejscowość
dob: Date of birth | Geburtsdatum | Date de naissance | Fecha de nacimiento | Data di nascita | Geboortedatum
    Data de nascimento | Födelsedatum | Data urodzenia
date: Date | Datum | Date | Fecha | Data | Datum | Data | Datum | Data
nid: ID number | Ausweisnummer | N° pièce d'identité | DNI | Codice fiscale | BSN | N.º identificação | Personnummer
    PESEL
staff: Taken by | Aufgenommen von | Saisi par | Atendido por | Preso da | Aangenomen door | Atendido por
    Mottagen av | Przyjął
paid: Paid | Bezahlt | Payé | Pagado | Pagato | Betaald | Pago | Betald | Zapłacono
price: Price | Preis | Prix | Precio | Prezzo | Prijs | Preço | Pris | Cena
ref: Ref | Nr. | Réf. | Ref. | Rif. | Ref. | Ref. | Ref | Nr ref.
contact2: Second contact | Zweiter Kontakt | Second contact | Segundo contacto | Secondo contatto | Tweede contact
    Segundo contacto | Andra kontakt | Drugi kontakt
phone2: Second contact phone | Tel. zweiter Kontakt | Tél. second contact | Tel. segundo contacto
    Tel. secondo contatto | Tel. tweede contact | Tel. segundo contacto | Tel. andra kontakt | Tel. drugi kontakt
hirer: Hirer | Mieter | Locataire | Arrendatario | Locatario | Huurder | Locatário | Hyrestagare | Najemca
group: Organisation | Verein / Gruppe | Association | Entidad | Associazione | Vereniging | Entidade | Förening
    Organizacja
event: Event | Anlass | Événement | Evento | Evento | Gelegenheid | Evento | Tillställning | Wydarzenie
room: Room | Raum | Salle | Sala | Sala | Zaal | Sala | Lokal | Sala
time: Time | Uhrzeit | Heure | Hora | Ora | Tijd | Hora | Tid | Godzina
keyholder: Key holder | Schlüssel bei | Clés | Llaves | Chiavi | Sleutelhouder | Chaves | Nyckelansvarig | Klucze
refund: Refund IBAN | IBAN Rückerstattung | IBAN remboursement | IBAN devolución | IBAN rimborso | IBAN terugbetaling
    IBAN reembolso | IBAN återbetalning | IBAN zwrotu
deposit: Deposit | Kaution | Caution | Fianza | Cauzione | Borg | Caução | Deposition | Kaucja
bike: Bike | Fahrrad | Vélo | Bici | Bici | Fiets | Bicicleta | Cykel | Rower
frame: Frame | Rahmen | Cadre | Cuadro | Telaio | Frame | Quadro | Ram | Rama
out: Out | Ausgabe | Sortie | Salida | Uscita | Uit | Saída | Ut | Wydano
back: Back | Rückgabe | Retour | Devolución | Rientro | Terug | Devolução | Åter | Zwrot
idseen: ID seen | Ausweis gesehen | Pièce vue | Doc. visto | Doc. visto | ID gezien | Doc. visto | Leg. visad | Dokument
staying: Staying at | Unterkunft | Hébergé à | Alojado en | Alloggio | Verblijf | Alojado em | Bor på | Nocleg
round: Round | Tour | Tournée | Ruta | Giro | Ronde | Ronda | Runda | Trasa
freq: Freq | Rhythmus | Fréquence | Frecuencia | Frequenza | Frequentie | Frequência | Intervall | Częstotliwość
lastdone: Last done | Zuletzt | Dernier passage | Última vez | Ultima volta | Laatst | Última vez | Senast | Ostatnio
access: Access | Zugang | Accès | Acceso | Accesso | Toegang | Acesso | Åtkomst | Dostęp
keywith: Key with | Schlüssel bei | Clé chez | Llave con | Chiave da | Sleutel bij | Chave com | Nyckel hos | Klucz u
rider: Rider | Reiter/in | Cavalier | Jinete | Allievo | Ruiter | Cavaleiro | Ryttare | Jeździec
pony: Pony | Pony | Poney | Poni | Pony | Pony | Pónei | Ponny | Kuc
lesson: Lesson | Stunde | Cours | Clase | Lezione | Les | Aula | Lektion | Lekcja
instructor: Instructor | Reitlehrer/in | Moniteur | Instructor | Istruttore | Instructeur | Instrutor | Ridlärare
    Instruktor
guardian: Parent/guardian | Erziehungsber. | Parent | Tutor | Genitore | Ouder | Encarregado | Vårdnadshavare
    Opiekun
weight: Weight | Gewicht | Poids | Peso | Peso | Gewicht | Peso | Vikt | Waga
medical: Medical | Medizinisches | Médical | Médico | Note mediche | Medisch | Médico | Medicinskt | Uwagi zdrowotne
"""


def parse_headers(text: str) -> dict[str, tuple[str, ...]]:
    """Headers per key from a text table (``key: en | de | ...``, long rows going on in indented lines)."""
    out: dict[str, tuple[str, ...]] = {}
    key = ""
    cells: list[str] = []
    for line in text.strip("\n").split("\n"):
        if line.startswith(" ") and key:
            cells += [c.strip() for c in line.split("|")]
            out[key] = tuple(cells)
            continue
        key, _, rest = line.partition(":")
        cells = [c.strip() for c in rest.split("|")]
        out[key] = tuple(cells)
    return out


HEADERS = parse_headers(_HEADER_TEXT)
_LG_INDEX = {lg: i for i, lg in enumerate(_LGS)}


class Col(NamedTuple):
    """One column: its key (for the header), English header where the shape names it itself, values, label."""

    key: str
    values: list
    label: object
    own: str = ""


def header(key: str, lg: str, own: str = "") -> str:
    """A column's header in the table's language (a shape's own English header where the key has none)."""
    row = HEADERS.get(key)
    if row is None:
        return own or key
    i = _LG_INDEX.get(lg, 0)
    return row[i] if i < len(row) and row[i] else row[0]


def dob_cell(p, ctx, layouts: list[str]) -> str:
    """A birth date in one of the column's layouts."""
    return language.fmt_date(language.iso_of(p.dob), ctx.locale, ctx.rng.choice(layouts))


def maybe(rng, share: float, value: str) -> str:
    """The value in about ``share`` of the rows, else empty (a column mostly empty)."""
    return value if rng.random() < share else ""


def name_forms(rng, pool: tuple[str, ...] = P.NAME_FORMS) -> list[str]:
    """The one or two name forms a column of a table mixes (the plain form often among them)."""
    forms = rng.sample(pool[1:], 2)
    return [forms[0]] if rng.random() < 0.4 else ["full", forms[0]] if rng.random() < 0.5 else forms


def layouts(rng, k: int = 3) -> list[str]:
    """Two to ``k`` phone layouts of a column."""
    return rng.sample(P.PHONE_LAYOUTS, rng.randint(2, k))


def date_layouts(rng) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.randint(1, 2))


def name_of(p, ctx, forms: list[str]) -> str:
    """A person's cell in one of the column's forms (a couple's cell names a partner from the pool)."""
    form = ctx.rng.choice(forms)
    partner = ""
    if form == "couple":
        other = ctx.draw()
        partner = other.first if P.latin(other) and other.first != p.first else ""
    return P.name_cell(p, form, ctx.lg, partner)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names or initials staff sign with: "don't care"."""
    names = [ctx.draw().first for _ in range(k)]
    return [n if ctx.rng.random() < 0.6 else n[:2].upper() for n in names]


def address_cols(ctx, rows: list, whole: bool, street_key: str = "street") -> list[Col]:
    """The address as one cell or as street, postcode and town (an empty postcode column dropped)."""
    if whole:
        return [Col("address", [p.address for p in rows], P.ADDRESS)]
    cols = [Col(street_key, [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(Col("postcode", [p.postcode for p in rows], P.POSTCODE))
    cols.append(Col("town", [p.town for p in rows], P.CITY))
    return cols


def iban_text(iban: str, rng) -> str:
    """An IBAN run together or in groups of four, as people copy it."""
    return iban if rng.random() < 0.5 else " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def shape_out(cols: list[Col], main: list, others: list, genre: str) -> types.SimpleNamespace:
    """What a shape returns to the builder."""
    return types.SimpleNamespace(cols=cols, main=main, others=others, genre=genre)


_ROOMS = ("Main hall", "Jubilee Room", "Florence Nightingale Room", "Small hall", "Kitchen + main hall",
          "Coronation Room", "Whole building")  # fmt: skip
_GROUPS = ("", "", "St Luke's Mothers' Union", "Zumba with Tina", "Mary Berry Bake Club", "Baden-Powell Scouts",
           "Brownies (1st Ashdown)", "Rev. Awdry Railway Society", "AA meeting", "Women's Institute",
           "Jane Austen Book Group", "Slimming World", "Darby & Joan Club", "")  # fmt: skip
_EVENTS = ("80th birthday", "Christening party", "Jumble sale", "Wake", "Wedding reception", "Children's party",
           "Quiz night", "Weekly class", "Coffee morning", "Election count", "Ceilidh")  # fmt: skip


def hallhire(ctx) -> types.SimpleNamespace:
    """A parish hall's bookings: the hirer (one or two name forms, couples too), the group they book for (some
    named after people: no personal data), the event, room (named after people: no personal data), date and
    times, the hirer's phone in two or three layouts and e-mail, the address (one cell or parts), a deposit, the
    key holder ("don't care"), in some tables of IBAN countries the account a deposit goes back to (mostly
    empty), a second contact on the day and their phone (mostly empty), who took the booking
    ("don't care")."""
    rng, n = ctx.rng, ctx.n
    forms, lay = name_forms(rng), layouts(rng)
    rows = [ctx.draw() for _ in range(n)]
    seconds = [ctx.draw() if rng.random() < 0.25 else None for _ in range(n)]
    keys, clerks = staff(ctx), staff(ctx, 2)
    whole = rng.random() < 0.5
    date_l = rng.choice(language.DATE_LAYOUTS)
    cols = [
        Col("ref", [f"H{rng.randint(100, 999)}/{26 if rng.random() < 0.7 else 27}" for _ in rows], None),
        Col("hirer", [name_of(p, ctx, forms) for p in rows], P.NAME),
        Col("group", [rng.choice(_GROUPS) for _ in rows], None),
        Col("event", [rng.choice(_EVENTS) for _ in rows], None),
        Col("room", [rng.choice(_ROOMS) for _ in rows], None),
        Col("date", [language.future(rng, ctx.locale, date_l, 200) for _ in rows], None),
        Col("time", [rng.choice(("10-12", "2pm-5pm", "18:00-23:00", "all day", "9.30-11.30")) for _ in rows], None),
        Col("phone", [P.phone_cell(p, rng, lay, landline=0.3, both=0.1) for p in rows], P.PHONE),
        Col("email", [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        *address_cols(ctx, rows, whole),
        Col("deposit", [rng.choice(("£50", "50", "paid", "", "waived", "100")) for _ in rows], None),
        *(
            [Col("refund", [maybe(rng, 0.4, iban_text(p.iban, rng)) if p.iban else "" for p in rows], P.IBAN)]
            if sum(bool(p.iban) for p in rows) > n // 2 and rng.random() < 0.5
            else []
        ),
        Col("keyholder", [rng.choice(keys) for _ in rows], "dont_care"),
        Col("contact2", [P.name_cell(s, "full", ctx.lg) if s else "" for s in seconds], P.NAME),
        Col("phone2", [P.phone_text(s.mobile, rng.choice(lay)) if s else "" for s in seconds], P.PHONE),
        Col("staff", [rng.choice(clerks) for _ in rows], "dont_care"),
    ]
    others = [[s] if s else [] for s in seconds]
    return shape_out(cols, rows, others, "hallhire")


_BIKES = ("Brompton M6L", "Raleigh Chopper (display)", "Claud Butler Urban", "Pashley Princess", "Dawes Galaxy",
          "Specialized Rockhopper", "Trek FX2", "Giant Talon", "e-bike Gazelle", "tandem", "Ridgeback kids 20in",
          "Frog 55", "Carrera Vengeance")  # fmt: skip
_ID_SEEN = ("passport", "driving licence", "ID card", "none", "bank card", "", "hotel key")


def bikehire(ctx) -> types.SimpleNamespace:
    """A bike-hire desk's hire log: the customer's given name and surname apart (in two forms), the ID shown (its
    kind) and, in some tables, its number (a national id: personal data), the bike (makes named after people: no
    personal data), frame size, out and back times, a mobile in two or three layouts, where they are staying (a
    hotel: no personal data) or their home street and town, the card deposit's last four digits (no personal
    data), staff ("don't care")."""
    rng, n = ctx.rng, ctx.n
    lay = layouts(rng)
    rows = [ctx.draw() for _ in range(n)]
    upper = rng.random() < 0.3
    with_nid = rng.random() < 0.5 and any(p.nid for p in rows)
    hands = staff(ctx)
    cols = [
        Col("ref", [str(7000 + i * rng.randint(1, 3)) for i in range(n)], None),
        Col("first", [p.first.upper() if upper and P.latin(p) else p.first for p in rows], P.FIRST),
        Col(
            "surname",
            [p.last.upper() if (upper or rng.random() < 0.2) and P.latin(p) else p.last for p in rows],
            P.LAST,
        ),
        Col("idseen", [rng.choice(_ID_SEEN) for _ in rows], None),
    ]
    if with_nid:
        cols.append(Col("nid", [maybe(rng, 0.8, p.nid or "") for p in rows], P.NID))
    cols += [
        Col("bike", [rng.choice(_BIKES) for _ in rows], None),
        Col("frame", [rng.choice(("S", "M", "L", "XL", "20in", "54cm", "")) for _ in rows], None),
        Col("out", [f"{rng.randint(8, 15)}:{rng.choice(('00', '15', '30', '45'))}" for _ in rows], None),
        Col("back", [maybe(rng, 0.8, f"{rng.randint(12, 19)}:{rng.choice(('00', '10', '40'))}") for _ in rows], None),
        Col("mobile", [P.phone_cell(p, rng, lay) for p in rows], P.PHONE),
        Col(
            "staying",
            [rng.choice(("Premier Inn", "Travelodge", "The Old Rectory B&B", "campsite", "local", "")) for _ in rows],
            None,
        ),
    ]
    if rng.random() < 0.6:
        cols += [Col("street", [p.street for p in rows], P.STREET), Col("town", [p.town for p in rows], P.CITY)]
    cols += [
        Col(
            "deposit", [f"card ****{rng.randint(1000, 9999)}" if rng.random() < 0.6 else "£20 cash" for _ in rows], None
        ),
        Col("staff", [rng.choice(hands) for _ in rows], "dont_care"),
    ]
    return shape_out(cols, rows, [[] for _ in rows], "bikehire")


_FREQ = ("4 wkly", "6 wkly", "monthly", "8 wks", "fortnightly", "4w")


def window(ctx) -> types.SimpleNamespace:
    """A window cleaner's round book: the round, the house number apart ("don't care"), the street (its name
    only: personal data with the number beside it), the town, the customer as the cleaner writes them (``Mrs
    Haynes``, a surname, a couple, ``Haynes family``), a landline mostly, frequency, price, how they pay, last
    done, access (gate codes, dogs: no personal data), the neighbour holding a key (mostly empty)."""
    rng, n = ctx.rng, ctx.n
    lay = layouts(rng, 2)
    rows = [ctx.draw() for _ in range(n)]
    neighbours = [ctx.draw() if rng.random() < 0.15 else None for _ in range(n)]
    forms = rng.sample(("mr_mrs", "family", "last_init_nodot", "title_full", "couple", "upper_last_init"), 2)
    nums = [str(rng.randint(1, 120)) for _ in rows]
    streets = [people_street_name(p.street) for p in rows]
    cols = [
        Col("round", [rng.choice(("Mon A", "Mon B", "Tue", "Thu north", "Fri")) for _ in rows], None),
        Col("houseno", nums, "dont_care"),
        Col("street", streets, P.STREET),
        Col("town", [p.town for p in rows], P.CITY),
        Col("name", [name_of(p, ctx, forms) for p in rows], P.NAME),
        Col("phone", [P.phone_cell(p, rng, lay, landline=0.8) for p in rows], P.PHONE),
        Col("freq", [rng.choice(_FREQ) for _ in rows], None),
        Col("price", [rng.choice(("12", "£15", "18.50", "20", "9")) for _ in rows], None),
        Col("paid", [rng.choice(("cash", "BACS", "GoCardless", "owes", "under mat", "")) for _ in rows], None),
        Col("lastdone", [language.event(rng, ctx.locale, "dot_yy", 0.2) for _ in rows], None),
        Col(
            "access",
            [rng.choice(("", "side gate", "code 2580", "dog!", "no conservatory", "back only")) for _ in rows],
            None,
        ),
        Col("keywith", [P.name_cell(x, "title_full", ctx.lg) if x else "" for x in neighbours], P.NAME),
    ]
    return shape_out(cols, rows, [[x] if x else [] for x in neighbours], "window")


def people_street_name(street: str) -> str:
    """The street's name without its house number (a round book keeps the number in its own column); a street
    whose number is inside it stays whole."""
    short = re.sub(r"^\s*\d+[\w/-]*,?\s+|,?\s+\d+[\w/-]*\s*$", "", street)
    if not short or re.search(r"(porte|n°|n\.º|#|unit|lot|block|rue|box|flat|apt\.?|suite)\s*$", short, re.I):
        return street
    return short


_PONIES = ("Sir Lancelot", "Lady Godiva", "Captain Flint", "Dolly", "Black Beauty", "Paddington", "Nelson",
           "Napoleon", "Mrs Doubtfire", "Dobbin", "Hercule", "Duchess", "Archie", "Spud", "Jolly Roger")  # fmt: skip
_LESSONS = ("private 30 min", "group 1hr", "lead rein", "hack", "jumping", "pony club C test", "stable mgmt")


def riding(ctx) -> types.SimpleNamespace:
    """A riding school's lesson book: the rider (a child or an adult; whole or as the family writes them), their
    birth date in one or two layouts, weight band, the pony (named after people: no personal data), lesson,
    instructor ("don't care"), the parent or guardian for the children only (another form, the child's surname),
    their mobile, an e-mail, medical notes."""
    rng, n = ctx.rng, ctx.n
    lay, dl = layouts(rng), date_layouts(rng)
    parents = [ctx.draw() for _ in range(n)]
    kids = [rng.random() < 0.7 for _ in range(n)]
    rows = [P.with_surname(ctx.draw(child=True), par.last) if k else par for par, k in zip(parents, kids, strict=True)]
    forms = name_forms(rng)
    pforms = name_forms(rng)
    teachers = staff(ctx)
    cols = [
        Col("date", [language.future(rng, ctx.locale, "weekday", 30) for _ in rows], None),
        Col("rider", [name_of(p, ctx, forms) for p in rows], P.NAME),
        Col("dob", [dob_cell(p, ctx, dl) for p in rows], P.DOB),
        Col("weight", [rng.choice(("<6st", "6-8st", "8-10st", "10-12st", "")) for _ in rows], None),
        Col("pony", [rng.choice(_PONIES) for _ in rows], None),
        Col("lesson", [rng.choice(_LESSONS) for _ in rows], None),
        Col("instructor", [rng.choice(teachers) for _ in rows], "dont_care"),
        Col("guardian", [name_of(par, ctx, pforms) if k else "" for par, k in zip(parents, kids, strict=True)], P.NAME),
        Col("mobile", [P.phone_cell(par, rng, lay) for par in parents], P.PHONE),
        Col("email", [maybe(rng, 0.5, par.email) for par in parents], P.EMAIL),
        Col("medical", [rng.choice(("", "", "asthma", "epipen in office", "none", "glasses")) for _ in rows], None),
    ]
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "riding")
