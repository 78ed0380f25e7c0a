"""Held-out set 39: four of the eight export shapes (a climbing wall's induction register, a launderette's
service-wash log, a caravan storage park's pitch register, a childminder's attendance register), and what every
shape shares: a column (``Col``), headers in the table's language, cells of a person.

A shape is called with the table's context (``ctx``: locale, language, ``random.Random``, row count, ``draw`` of a
person from the table's pool of people, who come back) and returns its columns and, per row, the row's main person
and the others a note may name. Labels are exact: a column of people is labelled with what it holds (``NAME``,
``FIRST``, ``LAST``...), staff "don't care", and things named after people (routes, walls, washing machines,
caravans and their makes, collection passwords) are ``None``: no personal data.
"""

from __future__ import annotations

import random
import types
from dataclasses import dataclass

import heldout39_language as language
import heldout39_people as people

P = people


@dataclass
class Col:
    """One column: its key (for the header), its cells and its label."""

    key: str
    values: list
    label: object


# Headers: key -> English, then de fr es it nl pt (English where a language has none here).
HEADERS = {
    "name": ("Name", "Name", "Nom", "Nombre", "Nome", "Naam", "Nome"),
    "surname": ("Surname", "Nachname", "Nom de famille", "Apellidos", "Cognome", "Achternaam", "Apelido"),
    "first": ("First name", "Vorname", "Prénom", "Nombre de pila", "Nome di battesimo", "Voornaam", "Primeiro nome"),
    "phone": ("Phone", "Telefon", "Téléphone", "Teléfono", "Telefono", "Telefoon", "Telefone"),
    "mobile": ("Mobile", "Handy", "Portable", "Móvil", "Cellulare", "Mobiel", "Telemóvel"),
    "email": ("Email", "E-Mail", "Courriel", "Correo", "Email", "E-mail", "Email"),
    "address": ("Address", "Anschrift", "Adresse", "Dirección", "Indirizzo", "Adres", "Morada"),
    "street": ("Street", "Straße", "Rue", "Calle", "Via", "Straat", "Rua"),
    "postcode": ("Postcode", "PLZ", "Code postal", "C.P.", "CAP", "Postcode", "Código postal"),
    "town": ("Town", "Ort", "Ville", "Localidad", "Comune", "Woonplaats", "Localidade"),
    "dob": (
        "Date of birth",
        "Geburtsdatum",
        "Date de naissance",
        "Fecha de nacimiento",
        "Data di nascita",
        "Geboortedatum",
        "Data de nascimento",
    ),
    "date": ("Date", "Datum", "Date", "Fecha", "Data", "Datum", "Data"),
    "notes": ("Notes", "Bemerkungen", "Remarques", "Observaciones", "Note", "Opmerkingen", "Observações"),
    "emergency": (
        "Emergency contact",
        "Notfallkontakt",
        "Contact d'urgence",
        "Contacto de emergencia",
        "Contatto di emergenza",
        "Noodcontact",
        "Contacto de emergência",
    ),
    "emergency_phone": (
        "Emergency phone",
        "Notfalltelefon",
        "Tél. urgence",
        "Tel. emergencia",
        "Tel. emergenza",
        "Noodnummer",
        "Tel. emergência",
    ),
    "iban": (
        "IBAN (direct debit)",
        "IBAN (Lastschrift)",
        "IBAN (prélèvement)",
        "IBAN (domiciliación)",
        "IBAN (RID)",
        "IBAN (incasso)",
        "IBAN (débito direto)",
    ),
    "id": ("ID number", "Ausweisnummer", "N° d'identité", "DNI/NIE", "Codice fiscale", "BSN", "NIF"),
    "parent": (
        "Parent/guardian",
        "Erziehungsberechtigte",
        "Parent",
        "Padre/madre/tutor",
        "Genitore",
        "Ouder/voogd",
        "Encarregado de educação",
    ),
    "collected": (
        "Collected by",
        "Abgeholt von",
        "Récupéré par",
        "Recogido por",
        "Ritirato da",
        "Opgehaald door",
        "Levantado por",
    ),
    "staff": ("Staff", "Mitarbeiter", "Employé", "Empleado", "Operatore", "Medewerker", "Funcionário"),
    "climber": ("Climber", "Kletterer", "Grimpeur", "Escalador", "Arrampicatore", "Klimmer", "Escalador"),
    "customer": ("Customer", "Kunde", "Client", "Cliente", "Cliente", "Klant", "Cliente"),
    "client": ("Client", "Klient", "Bénéficiaire", "Usuario", "Utente", "Cliënt", "Utente"),
    "player": ("Player", "Spieler", "Joueur", "Jugador", "Giocatore", "Speler", "Jogador"),
    "giver": ("Giver", "Gebende(r)", "Donneur", "Da", "Dà", "Gever", "Dá"),
    "receiver": ("Receiver", "Empfänger", "Receveur", "Recibe", "Riceve", "Ontvanger", "Recebe"),
    "child": ("Child", "Kind", "Enfant", "Niño/a", "Bambino", "Kind", "Criança"),
    "child_dob": (
        "Child DOB",
        "Geb. Kind",
        "Naissance enfant",
        "Nac. niño",
        "Nascita bambino",
        "Geb. kind",
        "Nasc. criança",
    ),
    "dropped_off_by": (
        "Dropped off by",
        "Gebracht von",
        "Déposé par",
        "Traído por",
        "Accompagnato da",
        "Gebracht door",
        "Entregue por",
    ),
    "next_of_kin": ("Next of kin", "Angehörige", "Proche", "Familiar", "Familiare", "Naaste", "Familiar"),
    "nok_tel": (
        "NOK tel",
        "Tel. Angehörige",
        "Tél. proche",
        "Tel. familiar",
        "Tel. familiare",
        "Tel. naaste",
        "Tel. familiar",
    ),
    "tel": ("Tel", "Tel.", "Tél.", "Tel.", "Tel.", "Tel.", "Tel."),
    "home_tel": ("Home tel", "Tel. privat", "Tél. domicile", "Tel. casa", "Tel. casa", "Tel. thuis", "Tel. casa"),
    "parent_phone": (
        "Parent phone",
        "Tel. Eltern",
        "Tél. parent",
        "Tel. padres",
        "Tel. genitore",
        "Tel. ouder",
        "Tel. pais",
    ),
    "receiver_phone": (
        "Receiver phone",
        "Tel. Empfänger",
        "Tél. receveur",
        "Tel. recibe",
        "Tel. riceve",
        "Tel. ontvanger",
        "Tel. recebe",
    ),
    "receiver_street": (
        "Receiver street",
        "Straße Empfänger",
        "Rue receveur",
        "Calle recibe",
        "Via riceve",
        "Straat ontvanger",
        "Rua recebe",
    ),
    "house": ("House", "Haus", "Maison", "Casa", "Casa", "Huis", "Casa"),
    "name_alt": (
        "Name (other script)",
        "Name (andere Schrift)",
        "Nom (autre écriture)",
        "Nombre (otra escritura)",
        "Nome (altra scrittura)",
        "Naam (ander schrift)",
        "Nome (outra escrita)",
    ),
}
_OWN_EN = {"nok_tel": "NOK tel", "cris_no": "CRiS no.", "gp_practice": "GP practice", "fav_route": "Favourite route",
           "key_safe": "Key safe", "membership_no": "Membership no.", "paper_boy": "Paper round",
           "dob": "DOB", "iban": "Bank (DD)"}  # fmt: skip
_LG = ("en", "de", "fr", "es", "it", "nl", "pt")


def header(key: str, lg: str, own: dict[str, str] | None = None) -> str:
    """A column's header in the table's language (a shape's own English header where it has one)."""
    if key in HEADERS:
        row = HEADERS[key]
        return row[_LG.index(lg)] if lg in _LG else row[0]
    return (own or _OWN_EN).get(key, key.replace("_", " ").capitalize())


def dob_cell(p, ctx, layouts: list[str]) -> str:
    """A birth date in one of the column's layouts."""
    return language.fmt_date(language.iso_of(p.dob), ctx.locale, ctx.rng.choice(layouts))


def maybe(rng: random.Random, share: float, value: str) -> str:
    """The value in about ``share`` of the rows, else empty (a column mostly empty)."""
    return value if rng.random() < share else ""


def name_forms(rng: random.Random) -> list[str]:
    """The one or two name forms a column of a table mixes."""
    forms = rng.sample(P.NAME_FORMS, 2)
    return forms[:1] if rng.random() < 0.6 else forms


def layouts(rng: random.Random, k: int = 3) -> list[str]:
    """Two to ``k`` phone layouts of a column."""
    return rng.sample(P.PHONE_LAYOUTS, rng.randint(2, k))


def address_cols(ctx, rows: list, whole: bool) -> list[Col]:
    """The address as one cell or as street, postcode and town (an empty postcode column dropped)."""
    if whole:
        return [Col("address", [p.address for p in rows], P.ADDRESS)]
    cols = [Col("street", [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(Col("postcode", [p.postcode for p in rows], P.POSTCODE))
    cols.append(Col("town", [p.town for p in rows], P.CITY))
    return cols


def shape_out(cols: list[Col], main: list, others: list, genre: str) -> types.SimpleNamespace:
    """What a shape returns to the builder."""
    return types.SimpleNamespace(columns=cols, main=main, others=others, genre=genre)


_ROUTES = ("Mrs Robinson", "Dave's Arete", "Stairway to Heaven", "Jean-Paul's Crack", "The Duke", "Hotel California",
           "Lady Penelope", "Pinky", "Simon Says", "Green Arrow")  # fmt: skip
_WALLS = ("Main wall", "Boulder cave", "Edmund Hillary wall", "Lynn Hill slab", "Kids' corner", "Tenzing arch")
_STAFF = ("Jo", "Sam", "Kai", "Priya", "Tom", "Lena", "Ana", "Rui", "Mo")


def climbing(ctx) -> types.SimpleNamespace:
    """A climbing wall's induction register: climber (one or two name forms), birth date in one or two layouts,
    a parent for the under-18s, mobile, e-mail mostly, emergency contact and phone, belay level; routes and walls
    named after people and the instructors' first names are no personal data (staff "don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw(child=rng.random() < 0.25) for _ in range(n)]
    contacts = [ctx.draw() for _ in range(n)]
    forms, lay, dl = name_forms(rng), layouts(rng), rng.sample(language.DATE_LAYOUTS, rng.randint(1, 2))
    young = [language.TODAY.year - int(language.iso_of(p.dob)[:4]) < 18 for p in rows]
    cols = [
        Col("induction_date", [language.event(rng, ctx.locale, "iso", 1.5) for _ in rows], None),
        Col("climber", [P.name_cell(p, rng.choice(forms), ctx.lg) for p in rows], P.NAME),
        Col("dob", [dob_cell(p, ctx, dl) for p in rows], P.DOB),
        Col("parent", [c.full if y else "" for c, y in zip(contacts, young, strict=True)], P.NAME),
        Col("mobile", [P.phone_cell(p, rng, lay) if not y else "" for p, y in zip(rows, young, strict=True)], P.PHONE),
        Col("email", [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        Col("emergency", [maybe(rng, 0.8, c.full) for c in contacts], P.NAME),
        Col("emergency_phone", [P.phone_cell(c, rng, lay, landline=0.3) for c in contacts], P.PHONE),
        Col("belay_level", [rng.choice(("top rope", "lead", "auto-belay only", "bouldering")) for _ in rows], None),
        Col("fav_route", [maybe(rng, 0.5, rng.choice(_ROUTES)) for _ in rows], None),
        Col("wall", [rng.choice(_WALLS) for _ in rows], None),
        Col("instructor", [rng.choice(_STAFF) for _ in rows], "dont_care"),
    ]
    return shape_out(cols, rows, [[c] for c in contacts], "climbing")


_MACHINES = ("Miele 3", "Electrolux W4", "Speed Queen 2", "Big Bertha", "Dryer 6", "Old Tom", "Maytag 1")
_SPECIAL = ("no softener", "hang dry", "hot wash", "fold only", "duvet", "delicates", "", "", "")


def launderette(ctx) -> types.SimpleNamespace:
    """A launderette's service-wash log: a ticket, the customer as the counter writes them (surname with an
    initial, a title and surname, or the given name alone in some tables), a phone (bare digits and local
    numbers among the layouts), bags, machines named after people (``Big Bertha``, ``Old Tom``: no personal
    data), and who collected it when not the customer (mostly empty)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    given_only = rng.random() < 0.3
    form = rng.choice(("last_init", "title_init_last", "upper", "last_first"))
    lay = [*layouts(rng, 2), "run"]
    others = [[ctx.draw()] for _ in rows]
    cols = [
        Col("ticket", [f"SW-{rng.randint(100, 9999):04d}" for _ in rows], None),
        Col("dropped_off", [language.event(rng, ctx.locale, rng.choice(("iso", "local")), 0.3) for _ in rows], None),
        Col(
            "customer",
            [p.first if given_only else P.name_cell(p, form, ctx.lg) for p in rows],
            P.FIRST if given_only else P.NAME,
        ),
        Col("tel", [P.phone_cell(p, rng, lay, landline=0.2) for p in rows], P.PHONE),
        Col("bags", [str(rng.randint(1, 4)) for _ in rows], None),
        Col("machine", [rng.choice(_MACHINES) for _ in rows], None),
        Col("special", [rng.choice(_SPECIAL) for _ in rows], None),
        Col("collected", [maybe(rng, 0.15, o[0].full) for o in others], P.NAME),
        Col("paid", [rng.choice(("cash", "card", "owes", "")) for _ in rows], None),
    ]
    return shape_out(cols, rows, others, "launderette")


_MAKES = ("Bailey Unicorn", "Swift Challenger", "Elddis Avante", "Coachman Laser", "Adria Altea", "Lunar Clubman",
          "Buccaneer Barracuda", "Sprite Major")  # fmt: skip
_VAN_NAMES = ("Dunroamin", "Betsy", "Mabel", "The Ark", "Hilda", "Little Dorrit", "Hotel Nan", "")


def caravan(ctx) -> types.SimpleNamespace:
    """A caravan storage park's pitch register: the owner's surname and forenames apart, the home address (one
    cell or parts), a landline and a mobile mostly empty, the direct-debit IBAN where the country has them; the
    vans' makes (``Bailey``, ``Swift``, ``Coachman``) and the names owners give them (``Betsy``, ``Mabel``) are
    no personal data."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    lay = layouts(rng)
    upper = rng.random() < 0.4
    cols = [
        Col("pitch", [f"{rng.choice('ABCDE')}{rng.randint(1, 40)}" for _ in rows], None),
        Col("surname", [p.last.upper() if upper and P.latin(p) else p.last for p in rows], P.LAST),
        Col("first", [p.first for p in rows], P.FIRST),
        *address_cols(ctx, rows, rng.random() < 0.5),
        Col("home_tel", [P.phone_cell(p, rng, lay, landline=0.9) for p in rows], P.PHONE),
        Col("mobile", [maybe(rng, 0.3, P.phone_cell(p, rng, lay)) for p in rows], P.PHONE),
        Col("van_make", [rng.choice(_MAKES) for _ in rows], None),
        Col("van_name", [rng.choice(_VAN_NAMES) for _ in rows], None),
        Col("cris_no", [f"{rng.randint(10**8, 10**9 - 1)}" for _ in rows], None),
        Col("insurance_renewal", [language.event(rng, ctx.locale, "local", 1.0) for _ in rows], None),
    ]
    if any(getattr(p, "iban", None) for p in rows):
        cols.append(Col("iban", [maybe(rng, 0.6, getattr(p, "iban", None) or "") for p in rows], P.IBAN))
    return shape_out(cols, rows, [[ctx.draw(), ctx.draw()] for _ in rows], "caravan")


_PASSWORDS = ("Peppa", "Elsa", "Rumpelstiltskin", "Gruffalo", "Paddington", "Bluey", "Mr Tumble", "Moana")
_ALLERGY = ("none", "nuts", "dairy", "egg", "none", "none", "gluten", "")


def _family(ctx) -> tuple:
    """A child with the surname of the parent (where names are written given-first), the parent, a grandparent."""
    child, parent, grand = ctx.draw(child=True), ctx.draw(), ctx.draw()
    if P.latin(child) and P.latin(parent):
        child = types.SimpleNamespace(**{**vars(child), "last": parent.last, "full": f"{child.first} {parent.last}"})
    return child, parent, grand


def childminder(ctx) -> types.SimpleNamespace:
    """A childminder's attendance register: the child's given name and the family surname apart, the child's birth
    date, arrival and leaving times, who dropped off and who collected (a parent, in another form, or a
    grandparent), the collection password (cartoon characters: no personal data), a parent's phone; the key
    person is staff ("don't care")."""
    rng, n = ctx.rng, ctx.n
    families = [_family(ctx) for _ in range(max(3, n // 4))]
    picks = [rng.choice(families) for _ in range(n)]
    lay, dl = layouts(rng), rng.sample(language.DATE_LAYOUTS, 1)
    form = rng.choice(P.NAME_FORMS)
    cols = [
        Col("date", [language.event(rng, ctx.locale, "local", 0.5) for _ in picks], None),
        Col("child", [c.first for c, _, _ in picks], P.FIRST),
        Col("surname", [c.last for c, _, _ in picks], P.LAST),
        Col("child_dob", [dob_cell(c, ctx, dl) for c, _, _ in picks], P.DOB),
        Col("arrived", [f"{rng.randint(7, 9)}:{rng.choice(('00', '15', '30', '45'))}" for _ in picks], None),
        Col("left", [f"{rng.randint(15, 18)}:{rng.choice(('00', '10', '30', '50'))}" for _ in picks], None),
        Col("dropped_off_by", [P.name_cell(par, form, ctx.lg) for _, par, _ in picks], P.NAME),
        Col("collected", [(par if rng.random() < 0.6 else g).full for _, par, g in picks], P.NAME),
        Col("password", [rng.choice(_PASSWORDS) for _ in picks], None),
        Col("parent_phone", [P.phone_cell(par, rng, lay) for _, par, _ in picks], P.PHONE),
        Col("allergies", [rng.choice(_ALLERGY) for _ in picks], None),
        Col("key_person", [rng.choice(_STAFF) for _ in picks], "dont_care"),
    ]
    return shape_out(cols, [c for c, _, _ in picks], [[par, g] for _, par, g in picks], "childminder")
