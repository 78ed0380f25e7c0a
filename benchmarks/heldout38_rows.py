"""Held-out set 38: four export shapes (a tutoring agency's sessions, a lost-property office log, a pet-sitting and
dog-walking booking list, a blood-donor session list) and the draws every shape shares.

A shape takes the table's context (``ctx``: ``rng``, ``locale``, ``lg``, ``n``, ``rows`` (the person of each row,
people coming back), ``crowd`` (other people of the table: parents, owners, contacts), ``staff``, ``kids`` (a child
for each row where the shape has one), ``layouts`` (the table's phone layouts), ``dob_layouts``) and returns its
columns as ``(header, label, values)``; the builder (``heldout38_shapes``) adds the notes column. Labels: a tuple of
accepted entities, ``None`` (a look-alike: no personal data) or ``"dont_care"`` (a reader could argue either way:
staff, tutors, walkers).
"""

from __future__ import annotations

import heldout38_language as language
import heldout38_people as people

# Headers in the table's language where the system has them (English stays for the rest, as exports do).
_HEADERS = {
    "de": {"Name": "Name", "First name": "Vorname", "Surname": "Nachname", "Phone": "Telefon", "Mobile": "Handy",
           "Email": "E-Mail", "Address": "Anschrift", "Street": "Straße", "Postcode": "PLZ", "Town": "Ort",
           "Date of birth": "Geburtsdatum", "ID number": "Ausweisnummer", "Date": "Datum", "Notes": "Bemerkungen",
           "Parent": "Elternteil", "Owner": "Halter", "Student": "Schüler", "Donor": "Spender", "Item": "Gegenstand"},
    "fr": {"Name": "Nom", "First name": "Prénom", "Surname": "Nom de famille", "Phone": "Téléphone",
           "Mobile": "Portable", "Email": "Courriel", "Address": "Adresse", "Street": "Rue", "Postcode": "Code postal",
           "Town": "Ville", "Date of birth": "Date de naissance", "ID number": "N° pièce d'identité", "Date": "Date",
           "Notes": "Observations", "Parent": "Responsable légal", "Owner": "Propriétaire", "Student": "Élève",
           "Donor": "Donneur", "Item": "Objet"},
    "es": {"Name": "Nombre", "First name": "Nombre de pila", "Surname": "Apellidos", "Phone": "Teléfono",
           "Mobile": "Móvil", "Email": "Correo", "Address": "Dirección", "Street": "Calle", "Postcode": "C.P.",
           "Town": "Localidad", "Date of birth": "Fecha de nacimiento", "ID number": "DNI/NIE", "Date": "Fecha",
           "Notes": "Observaciones", "Parent": "Tutor legal", "Owner": "Dueño", "Student": "Alumno",
           "Donor": "Donante", "Item": "Objeto"},
    "it": {"Name": "Nominativo", "First name": "Nome", "Surname": "Cognome", "Phone": "Telefono",
           "Mobile": "Cellulare", "Email": "E-mail", "Address": "Indirizzo", "Street": "Via", "Postcode": "CAP",
           "Town": "Comune", "Date of birth": "Data di nascita", "ID number": "Codice fiscale", "Date": "Data",
           "Notes": "Note", "Parent": "Genitore", "Owner": "Proprietario", "Student": "Alunno",
           "Donor": "Donatore", "Item": "Oggetto"},
    "nl": {"Name": "Naam", "First name": "Voornaam", "Surname": "Achternaam", "Phone": "Telefoon", "Mobile": "Mobiel",
           "Email": "E-mailadres", "Address": "Adres", "Street": "Straat", "Postcode": "Postcode", "Town": "Plaats",
           "Date of birth": "Geboortedatum", "ID number": "BSN", "Date": "Datum", "Notes": "Opmerkingen",
           "Parent": "Ouder/verzorger", "Owner": "Eigenaar", "Student": "Leerling", "Donor": "Donor",
           "Item": "Voorwerp"},
    "pt": {"Name": "Nome", "First name": "Nome próprio", "Surname": "Apelido", "Phone": "Telefone",
           "Mobile": "Telemóvel", "Email": "Email", "Address": "Morada", "Street": "Rua", "Postcode": "Código postal",
           "Town": "Localidade", "Date of birth": "Data de nascimento", "ID number": "N.º documento", "Date": "Data",
           "Notes": "Observações", "Parent": "Encarregado de educação", "Owner": "Dono", "Student": "Aluno",
           "Donor": "Dador", "Item": "Objeto"},
}  # fmt: skip
_JUNK = ("n/a", "TBC", "???", "-", "unknown", "x", "no number", "see file", "refused", "N.A.")


def hd(ctx, en: str) -> str:
    """A header in the table's language where it has one (``ctx.local_headers``), else as written."""
    if not ctx.local_headers:
        return en
    table = _HEADERS.get(ctx.lg, {})
    if en in table:
        return table[en]
    head, _, tail = en.partition(" ")
    if tail in table and head in table:
        return f"{table[tail]} {table[head].lower()}" if ctx.lg in ("fr", "es", "it", "pt") else f"{table[head]} {tail}"
    return en


def junk(ctx, values: list, share: float = 0.03) -> list:
    """A few cells an export wrote junk into (set 38's words and the locale's own)."""
    words = (*_JUNK, *language.missing_words(ctx.locale))
    return [ctx.rng.choice(words) if v and ctx.rng.random() < share else v for v in values]


def sparse(ctx, values: list, fill: float) -> list:
    """Only a share ``fill`` of the cells written (a column mostly empty)."""
    return [v if ctx.rng.random() < fill else "" for v in values]


def dobs(ctx, persons: list, layouts: tuple[str, ...] | None = None) -> list:
    """Birth dates in the table's one to three layouts."""
    lay = layouts or ctx.dob_layouts
    return [language.fmt_date(language.iso_of(p.dob), ctx.locale, ctx.rng.choice(lay)) for p in persons]


def phones(ctx, persons: list, landline: float = 0.0, both: float = 0.0) -> list:
    """Phone cells in the table's layouts."""
    return [people.phone_cell(p, ctx.rng, ctx.layouts, ctx.lg, landline, both) for p in persons]


def names(ctx, persons: list, forms: tuple[str, ...]) -> list:
    """Name cells, each in one of ``forms``."""
    return [people.name_cell(p, ctx.rng.choice(forms), ctx.lg) for p in persons]


def num(ctx, lo: int, hi: int, prefix: str = "") -> list:
    """Reference numbers (look-alikes)."""
    return [f"{prefix}{ctx.rng.randint(lo, hi)}" for _ in range(ctx.n)]


def events(ctx, layout: str = "iso", years: float = 2.0) -> list:
    """Event dates (no personal data)."""
    return [language.event(ctx.rng, ctx.locale, layout, years) for _ in range(ctx.n)]


def pick(ctx, options) -> list:
    """A draw per row from ``options``."""
    return [ctx.rng.choice(options) for _ in range(ctx.n)]


def staff(ctx) -> list:
    """A member of staff per row, as the rota wrote them (``dont_care``)."""
    return [ctx.rng.choice(ctx.staff) for _ in range(ctx.n)]


def others(ctx) -> list:
    """Another person of the table per row (parent, owner, contact)."""
    return [ctx.crowd[ctx.rng.randrange(len(ctx.crowd))] for _ in range(ctx.n)]


def emails(ctx, persons: list) -> list:
    """E-mail addresses, a few in capitals as typed into forms."""
    return [p.email.upper() if ctx.rng.random() < 0.05 else p.email for p in persons]


def streets(ctx, persons: list) -> list:
    return [p.street for p in persons]


def nid_or_blank(p) -> str:
    return p.nid or ""


_SUBJECTS = ("Maths", "English", "Physics", "Chemistry", "French", "GCSE Maths", "Piano theory", "Biology", "Latin")
_ROOMS = ("Newton room", "Curie room", "Turing room", "Lovelace room", "Room 2", "Online (Zoom)", "Pythagoras",
          "Darwin room", "Hypatia")  # fmt: skip
_ITEMS = ("black umbrella", "Samsung phone", "brown leather wallet", "house keys on Arsenal keyring", "child's scooter",
          "Kindle", "reading glasses", "blue rucksack", "Ray-Ban sunglasses", "Levi's denim jacket", "hearing aid",
          "Dr. Martens boots (pair)", "Tommy Hilfiger scarf", "Nintendo Switch", "Lego set")  # fmt: skip
_FOUND_AT = ("Platform 3", "Bus 42", "Tram stop Victoria", "Waiting room", "Albert Park gate", "Churchill Square",
             "Queen Elizabeth Hall foyer", "Lift B", "Route 7 bus", "Station café")  # fmt: skip
_PETS = ("Bella", "Max", "Winston", "Mr Whiskers", "Luna", "Charlie", "Biscuit", "Sir Barkington", "Frida", "Elvis",
         "Dolly", "Rocky", "Miss Marple", "Oscar", "Nala", "Bruno")  # fmt: skip
_BREEDS = ("Labrador", "Cockapoo", "Jack Russell", "King Charles Spaniel", "Dobermann", "Border Collie",
           "Yorkshire Terrier", "Moggy (cat)", "Maine Coon", "Rabbit", "Gordon Setter", "Bichon Frise")  # fmt: skip
_VETS = ("Fitzroy Vets", "Dr Hart's surgery", "Medivet", "Riverside Animal Clinic", "St Francis Vets",
         "Dierenkliniek De Vries", "Clinique vétérinaire Pasteur")  # fmt: skip
_VENUES = ("St Mary's Church Hall", "Rotary Club", "Town Hall", "Donor Centre", "Florence Nightingale Suite",
           "Mobile unit 3", "Leisure Centre", "Scout Hut", "Kennedy Community Centre")  # fmt: skip
_GROUPS = ("O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-")


def tutoring(ctx) -> list:
    """A tutoring agency's sessions: the student as a booking app shows a child (``Lormeka M.``), the child's birth
    date mostly empty, a parent with phone, e-mail and the home address in one cell, tutors "don't care", rooms
    named after scientists."""
    kids, parents = ctx.kids, ctx.rows
    student_forms = ("first_lastinit", "first_lastinit", "full")
    return [
        ("Session ID", None, num(ctx, 10000, 99999, "S-")),
        (hd(ctx, "Date"), None, events(ctx, "iso_time", 1.0)),
        (hd(ctx, "Student"), people.NAME, junk(ctx, names(ctx, kids, student_forms))),
        ("Student DOB", people.DOB, sparse(ctx, dobs(ctx, kids), 0.4)),
        ("Subject", None, pick(ctx, _SUBJECTS)),
        ("Tutor", "dont_care", staff(ctx)),
        (hd(ctx, "Parent"), people.NAME, names(ctx, parents, ("full", "title_last", "comma"))),
        ("Parent mobile", people.PHONE, junk(ctx, phones(ctx, parents, 0.1, 0.1))),
        ("Parent email", people.EMAIL, sparse(ctx, emails(ctx, parents), 0.8)),
        ("Home address", people.ADDRESS, [p.address for p in parents]),
        ("Room", None, pick(ctx, _ROOMS)),
        ("Rate", None, pick(ctx, ("£28", "£32", "£40", "35.00", "45"))),
    ]


def lost_property(ctx) -> list:
    """A lost-property office's log: the owner only when known (mostly empty), ``Surname, Given`` or in capitals,
    the phone and e-mail left for the callback, the id shown at collection, staff who logged it "don't care";
    items named after makers and people, places found named after people."""
    owners = ctx.rows
    known = [ctx.rng.random() < 0.45 for _ in range(ctx.n)]
    own = names(ctx, owners, ("comma", "LAST_init", "full", "first_LAST"))
    return [
        ("Ref", None, num(ctx, 1000, 9999, "LP/")),
        ("Date found", None, events(ctx, "local", 0.5)),
        (hd(ctx, "Item"), None, pick(ctx, _ITEMS)),
        ("Found at", None, pick(ctx, _FOUND_AT)),
        ("Logged by", "dont_care", staff(ctx)),
        ("Owner", people.NAME, [v if k else "" for v, k in zip(own, known, strict=True)]),
        ("Owner tel", people.PHONE, [v if k else "" for v, k in zip(phones(ctx, owners), known, strict=True)]),
        (
            "Owner email",
            people.EMAIL,
            [p.email if k and ctx.rng.random() < 0.5 else "" for p, k in zip(owners, known, strict=True)],
        ),
        (
            "ID seen",
            people.NID,
            [nid_or_blank(p) if k and ctx.rng.random() < 0.4 else "" for p, k in zip(owners, known, strict=True)],
        ),
        ("Collected", None, [language.event(ctx.rng, ctx.locale, "local", 0.4) if k else "" for k in known]),
    ]


def pets(ctx) -> list:
    """A pet-sitting and dog-walking booking list: the owner as ``Surname, Given`` or with a nickname, the pet's
    name (people's names and titles: ``Winston``, ``Miss Marple``), the street and postcode for the walk, the key-safe
    code, an emergency contact mostly empty, vets named after people, walkers "don't care"."""
    owners, contacts = ctx.rows, others(ctx)
    has = [ctx.rng.random() < 0.3 for _ in range(ctx.n)]
    return [
        ("Booking #", None, num(ctx, 100, 9999)),
        ("Pet", None, pick(ctx, _PETS)),
        ("Breed", None, pick(ctx, _BREEDS)),
        (hd(ctx, "Owner"), people.NAME, names(ctx, owners, ("comma", "full", "nick", "first_lastinit"))),
        ("Owner mob", people.PHONE, phones(ctx, owners, 0.0, 0.05)),
        (hd(ctx, "Street"), people.STREET, junk(ctx, streets(ctx, owners))),
        (hd(ctx, "Postcode"), people.POSTCODE, [p.postcode for p in owners]),
        ("Key safe", None, num(ctx, 1000, 9999)),
        ("Vet", None, pick(ctx, _VETS)),
        ("Walker", "dont_care", staff(ctx)),
        (
            "Emergency contact",
            people.NAME,
            [people.name_cell(c, "full") if h else "" for c, h in zip(contacts, has, strict=True)],
        ),
        (
            "Emergency no.",
            people.PHONE,
            [
                people.phone_cell(c, ctx.rng, ctx.layouts, ctx.lg) if h else ""
                for c, h in zip(contacts, has, strict=True)
            ],
        ),
    ]


def donors(ctx) -> list:
    """A blood-donor session list: surname and forenames apart, the birth date in the table's layouts, the address
    in parts, a national id where the service keeps one, the donor number and blood group as look-alikes, venues
    named after people."""
    rows = ctx.rows
    upper = ctx.rng.random() < 0.4
    return [
        ("Donor no", None, [f"{ctx.rng.choice('GHKN')}{ctx.rng.randint(100000, 999999)}" for _ in range(ctx.n)]),
        (hd(ctx, "Surname"), people.LAST, [p.last.upper() if upper else p.last for p in rows]),
        ("Forename(s)", people.FIRST, [p.first for p in rows]),
        (hd(ctx, "Date of birth"), people.DOB, junk(ctx, dobs(ctx, rows), 0.02)),
        ("Blood group", None, pick(ctx, _GROUPS)),
        ("Address line 1", people.STREET, streets(ctx, rows)),
        (hd(ctx, "Town"), people.CITY, [p.town for p in rows]),
        (hd(ctx, "Postcode"), people.POSTCODE, [p.postcode for p in rows]),
        (hd(ctx, "Phone"), people.PHONE, phones(ctx, rows, 0.3, 0.0)),
        (hd(ctx, "ID number"), people.NID, sparse(ctx, [nid_or_blank(p) for p in rows], 0.5)),
        ("Last donation", None, events(ctx, "dot_ymd", 3.0)),
        ("Hb g/dL", None, [f"{ctx.rng.uniform(11.5, 17.5):.1f}" for _ in range(ctx.n)]),
        ("Venue", None, pick(ctx, _VENUES)),
    ]
