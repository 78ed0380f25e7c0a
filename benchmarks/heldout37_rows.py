"""Held-out set 37: four export shapes (a driving school's lesson bookings, a choir's membership roster, allotment
plot tenancies, a dental practice's recall list) and the draws every shape shares.

A shape takes the table's context (``ctx``: ``rng``, ``locale``, ``lg``, ``n``, ``rows`` (the person of each row,
people coming back), ``crowd`` (other people of the table), ``staff``) and returns its columns as
``(header, label, values)``; the builder (``heldout37_shapes``) adds the notes column. Labels: a tuple of accepted
entities, ``None`` (a look-alike: no personal data) or ``"dont_care"`` (a reader could argue either way: staff,
famous authors, the instructor).
"""

from __future__ import annotations

import re

import heldout37_language as language
import heldout37_people as people
from heldout37_people import ADDRESS, CITY, DOB, EMAIL, FIRST, IBAN, LAST, NAME, NID, PHONE, POSTCODE, STREET

_JUNK = ("n/a", "?", "TBC", "see notes", "0", "nil", "xx", "--", "N.A.", "not given")


# Headers in the table's language where the shape's system has them (de fr es it nl pt pl sv).
_HEADERS: dict[str, dict[str, str]] = {
    "Learner": {"de": "Fahrschüler", "fr": "Élève", "es": "Alumno", "it": "Allievo", "nl": "Leerling", "pt": "Aluno",
                "pl": "Kursant", "sv": "Elev"},
    "Learner DOB": {"de": "Geburtsdatum", "fr": "Date de naissance", "nl": "Geboortedatum"},
    "Pick-up": {"de": "Abholort", "fr": "Prise en charge", "es": "Recogida"},
    "Pick-up PC": {"de": "PLZ", "fr": "CP", "es": "CP", "nl": "Postcode"},
    "Mob": {"de": "Handy", "fr": "Portable", "nl": "Mobiel"},
    "Given name": {"de": "Vorname", "fr": "Prénom", "es": "Nombre", "it": "Nome", "nl": "Voornaam",
                   "pt": "Nome próprio", "pl": "Imię", "sv": "Förnamn"},
    "Family name": {"de": "Nachname", "fr": "Nom", "es": "Apellidos", "it": "Cognome", "nl": "Achternaam",
                    "pt": "Apelido", "pl": "Nazwisko", "sv": "Efternamn"},
    "Address 1": {"de": "Straße", "fr": "Adresse", "es": "Dirección", "nl": "Adres"},
    "Town": {"de": "Ort", "fr": "Ville", "es": "Localidad", "it": "Città", "nl": "Plaats", "pt": "Localidade",
             "pl": "Miejscowość", "sv": "Ort"},
    "Tenant": {"de": "Pächter", "fr": "Locataire", "es": "Arrendatario", "it": "Assegnatario", "nl": "Huurder",
               "pt": "Arrendatário", "pl": "Działkowiec", "sv": "Arrendator"},
    "Address": {"de": "Anschrift", "fr": "Adresse", "es": "Domicilio", "it": "Indirizzo", "nl": "Adres",
                "pt": "Morada"},
    "Patient": {"de": "Patient", "fr": "Patient", "es": "Paciente", "it": "Paziente", "nl": "Patiënt",
                "pt": "Paciente", "pl": "Pacjent", "sv": "Patient"},
    "NHS / ID no": {"de": "Versichertennr.", "fr": "N° sécu", "es": "DNI", "it": "Cod. fiscale", "nl": "BSN"},
    "Street": {"de": "Straße", "fr": "Rue", "es": "Calle", "it": "Via", "nl": "Straat", "pt": "Rua"},
    "Customer": {"de": "Kunde", "fr": "Client", "es": "Cliente", "it": "Cliente", "nl": "Klant", "pt": "Cliente",
                 "pl": "Klient", "sv": "Kund"},
    "From street": {"de": "Auszug Straße", "fr": "Départ rue", "es": "Origen calle"},
    "Moving to": {"de": "Einzug", "fr": "Arrivée", "es": "Destino", "nl": "Nieuw adres"},
    "Guest": {"de": "Gast", "fr": "Invité", "es": "Invitado", "it": "Invitato", "nl": "Gast", "pt": "Convidado",
              "pl": "Gość", "sv": "Gäst"},
    "Invite address": {"de": "Adresse", "fr": "Adresse", "es": "Dirección", "nl": "Adres", "pt": "Morada"},
    "Phone": {"de": "Telefon", "fr": "Tél.", "es": "Teléfono", "it": "Telefono", "nl": "Telefoon", "pt": "Telefone",
              "pl": "Telefon", "sv": "Telefon"},
    "Borrower": {"de": "Leser", "fr": "Lecteur", "es": "Lector", "it": "Utente", "nl": "Lener", "pt": "Leitor",
                 "pl": "Czytelnik", "sv": "Låntagare"},
}  # fmt: skip


def hd(ctx, en: str) -> str:
    """A header in the table's language where the shape's system has one (``_HEADERS``), else ``en``."""
    return _HEADERS.get(en, {}).get(ctx.lg, en)


def junk(ctx, values: list, share: float = 0.03) -> list:
    """Some cells overwritten with junk (``n/a``, ``TBC``, ``xx``, the locale's own missing-cell word)."""
    words = (*_JUNK, *language.missing_words(ctx.locale))
    return [ctx.rng.choice(words) if v and ctx.rng.random() < share else v for v in values]


def sparse(ctx, values: list, fill: float) -> list:
    """A column most of whose cells are empty: ``fill`` of them keep their value."""
    return [v if ctx.rng.random() < fill else "" for v in values]


def dobs(ctx, persons: list) -> list:
    """Birth dates in one to three layouts within the column."""
    layouts = ctx.rng.sample(["iso", "local", "short", "compact", "text", "month"], ctx.rng.randint(1, 3))
    return [language.fmt_date(language.iso_of(p.dob), ctx.locale, ctx.rng.choice(layouts)) for p in persons]


def phones(ctx, persons: list, landline: float = 0.0, both: float = 0.0) -> list:
    """Phones in two to four layouts; a share landlines, some cells with two numbers."""
    layouts = people.phone_layouts(ctx.rng)
    return [people.phone_cell(p, ctx.rng, layouts, ctx.rng.random() < landline, both) for p in persons]


def names(ctx, persons: list, forms: tuple[str, ...]) -> list:
    """Names in one or two of a column's cell forms."""
    chosen = ctx.rng.sample(forms, min(len(forms), ctx.rng.randint(1, 2)))
    return [people.name_cell(p, ctx.rng.choice(chosen), ctx.lg) for p in persons]


def num(ctx, lo: int, hi: int, prefix: str = "") -> list:
    """A running reference per row (a look-alike: no personal data)."""
    start = ctx.rng.randint(lo, hi)
    return [f"{prefix}{start + i * ctx.rng.randint(1, 3)}" for i in range(ctx.n)]


def events(ctx, layout: str = "iso", years: float = 2.0) -> list:
    """Booking or visit dates (no personal data)."""
    return [language.event(ctx.rng, ctx.locale, layout, years) for _ in range(ctx.n)]


def pick(ctx, options: list) -> list:
    """A category column."""
    return [ctx.rng.choice(options) for _ in range(ctx.n)]


def staff(ctx) -> list:
    """A staff member per row (a category: "don't care")."""
    return [ctx.rng.choice(ctx.staff) for _ in range(ctx.n)]


def others(ctx) -> list:
    """Another person of the crowd per row (a parent, an emergency contact, a plus-one)."""
    return [ctx.rng.choice(ctx.crowd) for _ in range(ctx.n)]


_UNIT = re.compile(
    r"\b(apt|apartment|suite|unit|flat|studio|piso|puerta|wohnung|whg|д|кв|к|стр|корп|no|nr|n[º°])\.?(?=\s|\d|$)",
    re.IGNORECASE,
)
_BOX = re.compile(r"\b(box|bp|caixa|postfach|apartado|casilla)\b", re.IGNORECASE)
_HOUSE = re.compile(r"(^|\s)\d+[a-zA-Z]?(\s*[-/]\s*\d+[a-zA-Z]?)?(?=\s|$)")


def bare_street(street: str) -> str:
    """A street without its house number (``Burch Springs`` of ``329 Burch Springs Apt. 4``, ``Williams Hill`` of
    ``Studio 6, Williams Hill``), as people write it: the first comma part with a name left once unit words and
    numbers are gone; the street as it is when none has (or for a P.O. box)."""
    if _BOX.search(street):
        return street
    for part in street.split(","):
        s = _HOUSE.sub(" ", _UNIT.sub(" ", part))
        s = re.sub(r"\s{2,}", " ", s).strip(" ,.-/")
        if sum(c.isalpha() for c in s) >= 4 and s in street:
            return s
    return street


def nid_or_blank(p) -> str:
    """The person's national id where the locale's exports write one."""
    return p.nid or ""


def driving(ctx) -> list:
    """A driving school's lesson bookings: the learner (two forms), the learner's birth date (age for the
    provisional licence), the id checked mostly empty, the pick-up street and postcode, a parent who booked
    (mostly empty), the instructor "don't care", cars and test centres named after people and places
    (look-alikes)."""
    rows = ctx.rows
    parents = others(ctx)
    cars = ["Ford Fiesta", "VW Polo", "Toyota Yaris", "Vauxhall Corsa", "Peugeot 208", "Renault Clio", "Seat Ibiza"]
    centres = ["Morden", "Pinner", "Goodmayes", "Wood Green", "Mill Hill", "Sidcup", "Tolworth", "Hither Green"]
    return [
        ("Booking ref", None, num(ctx, 20000, 90000, "DL")),
        (hd(ctx, "Learner"), NAME, junk(ctx, names(ctx, rows, ("natural", "surname_upper", "titled", "upper")))),
        (hd(ctx, "Learner DOB"), DOB, dobs(ctx, rows)),
        ("ID checked", NID, sparse(ctx, [nid_or_blank(p) for p in rows], 0.25)),
        (hd(ctx, "Pick-up"), STREET, [p.street for p in rows]),
        (hd(ctx, "Pick-up PC"), POSTCODE, [p.postcode for p in rows]),
        (hd(ctx, "Mob"), PHONE, phones(ctx, rows, 0.1)),
        ("Booked by", NAME, sparse(ctx, names(ctx, parents, ("natural", "titled")), 0.2)),
        ("Instructor", "dont_care", staff(ctx)),
        ("Car", None, pick(ctx, cars)),
        ("Lesson", None, pick(ctx, ["2h", "1h", "Pass Plus", "Motorway", "Mock test", "Refresher"])),
        ("Test centre", None, [f"{c} Test Centre" for c in pick(ctx, centres)]),
        ("Lesson date", None, events(ctx, "local", 1.0)),
    ]


def choir(ctx) -> list:
    """A choir's membership roster: given and family name apart, the name a member is known by, e-mail, phones
    (a cell with two numbers), address line, town and postcode apart, the section leader "don't care", the works
    in rehearsal named after composers (look-alikes), an emergency contact mostly empty."""
    rows = ctx.rows
    works = ["Fauré Requiem", "Mozart Mass in C", "Rutter Gloria", "Brahms German Requiem", "Handel Messiah",
             "Vivaldi Gloria", "Karl Jenkins Armed Man", "Haydn Creation", "Duruflé Requiem"]  # fmt: skip
    upper_case = ctx.rng.random() < 0.25
    firsts = [p.first.upper() if upper_case else p.first for p in rows]
    lasts = [p.last.upper() if upper_case else p.last for p in rows]
    return [
        ("Member no", None, num(ctx, 100, 900)),
        (hd(ctx, "Given name"), FIRST, junk(ctx, firsts)),
        (hd(ctx, "Family name"), LAST, lasts),
        ("Known as", FIRST, sparse(ctx, [p.first for p in rows], 0.4)),
        ("Voice", None, pick(ctx, ["S1", "S2", "A1", "A2", "T", "B1", "B2"])),
        ("E-mail", EMAIL, junk(ctx, [p.email for p in rows])),
        ("Phone(s)", PHONE, phones(ctx, rows, 0.3, 0.3)),
        (hd(ctx, "Address 1"), STREET, [p.street for p in rows]),
        (hd(ctx, "Town"), CITY, [p.town for p in rows]),
        ("Post code", POSTCODE, [p.postcode for p in rows]),
        ("Joined", None, events(ctx, "text", 12.0)),
        ("Section leader", "dont_care", staff(ctx)),
        ("Current work", None, pick(ctx, works)),
        ("Emergency contact", NAME, sparse(ctx, names(ctx, others(ctx), ("natural", "first")), 0.15)),
    ]


def allotment(ctx) -> list:
    """Allotment plot tenancies: the tenant as ``SURNAME Given`` or titled, a co-worker mostly empty, the whole
    address in one cell, a phone, sites named after benefactors (look-alikes), the rent paid from an account
    (IBAN) mostly empty, the waiting-list date."""
    rows = ctx.rows
    sites = ["Bessie Surtees Field", "Hodgson's Gardens", "Lady Margaret Allotments", "Queen Mary Road site",
             "Albert Edward Plots", "Tom Hurst Memorial Gardens", "Wilhelmina Plots"]  # fmt: skip
    return [
        ("Plot", None, [f"{ctx.rng.randint(1, 80)}{ctx.rng.choice(['', 'A', 'B', 'a'])}" for _ in range(ctx.n)]),
        ("Site", None, pick(ctx, sites)),
        (hd(ctx, "Tenant"), NAME, junk(ctx, names(ctx, rows, ("surname_upper", "titled", "natural", "last_init")))),
        ("Co-worker", NAME, sparse(ctx, names(ctx, others(ctx), ("natural", "first", "lower")), 0.2)),
        (hd(ctx, "Address"), ADDRESS, [p.address for p in rows]),
        ("Tel", PHONE, junk(ctx, phones(ctx, rows, 0.5))),
        ("Rent", None, pick(ctx, ["£35.00", "£52.50", "£70.00", "£17.50", "paid", "due"])),
        ("Paid from", IBAN, sparse(ctx, [p.iban or "" for p in rows], 0.3)),
        ("Grade", None, pick(ctx, ["A", "B", "C", "warning", "good"])),
        ("On list since", None, events(ctx, "short", 6.0)),
        ("Inspected by", "dont_care", staff(ctx)),
    ]


def dental(ctx) -> list:
    """A dental practice's recall list: the patient titled (``Mrs L. Missick``) or in capitals, birth dates in
    several layouts, the health or national id where real, the recall date, the dentist and hygienist "don't care",
    mobile and home numbers in one column, street, town and postcode apart, a guardian for children mostly empty,
    a practice named after its founder (a look-alike)."""
    rows = ctx.rows
    guardians = others(ctx)
    practices = ["Ashworth Dental", "Smile Studio", "Molar & Co", "Dr Grant's Practice", "Castle Dental Care"]
    return [
        ("Pt ID", None, num(ctx, 1000, 60000, "P")),
        (hd(ctx, "Patient"), NAME, junk(ctx, names(ctx, rows, ("titled", "upper", "natural", "tight")))),
        ("D.O.B.", DOB, junk(ctx, dobs(ctx, rows))),
        (hd(ctx, "NHS / ID no"), NID, [nid_or_blank(p) if ctx.rng.random() < 0.7 else "" for p in rows]),
        ("Last recall", None, events(ctx, "iso", 1.5)),
        ("Dentist", "dont_care", staff(ctx)),
        ("Hygienist", "dont_care", [ctx.rng.choice(ctx.staff_first) for _ in range(ctx.n)]),
        ("Contact no.", PHONE, phones(ctx, rows, 0.4, 0.25)),
        ("SMS ok", None, pick(ctx, ["Y", "N", "y", ""])),
        (hd(ctx, "Street"), STREET, [p.street for p in rows]),
        (hd(ctx, "Town"), CITY, [p.town for p in rows]),
        ("Postcode", POSTCODE, [p.postcode for p in rows]),
        ("Guardian", NAME, sparse(ctx, names(ctx, guardians, ("natural", "titled")), 0.12)),
        ("Practice", None, pick(ctx, practices)),
    ]
