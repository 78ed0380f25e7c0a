"""Held-out set 36: four export shapes (a tattoo studio's consent forms, a salon booking system's appointments, a
kennel's boarding bookings, a locksmith's call-out log) and the draws every shape shares.

A shape takes the table's context (``ctx``: ``rng``, ``locale``, ``lg``, ``n``, ``rows`` (the person of each row,
people coming back), ``crowd``, ``staff``) and returns its columns as ``(header, label, values)``; the builder
(``heldout36_shapes``) adds the notes column. Labels: a tuple of accepted entities, ``None`` (a look-alike: no
personal data) or ``"dont_care"`` (a reader could argue either way: staff, pets, a fundraiser's page name).
"""

from __future__ import annotations

import heldout36_language as language
import heldout36_people as people
from heldout36_people import ADDRESS, CARD, CITY, DOB, EMAIL, NAME, NID, PHONE, POSTCODE, STREET

_JUNK = ("n/a", "?", "TBC", "see notes", "0")


def hd(ctx, en: str, **local: str) -> str:
    """A header in the table's language where the shape's system has one (``de=``, ``fr=`` ...)."""
    return local.get(ctx.lg, en)


def junk(ctx, values: list, share: float = 0.04) -> list:
    """Some cells overwritten with junk (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``, the locale's own word)."""
    words = (*_JUNK, *language.missing_words(ctx.locale))
    return [ctx.rng.choice(words) if v and ctx.rng.random() < share else v for v in values]


def sparse(ctx, values: list, fill: float) -> list:
    """A column most of whose cells are empty: ``fill`` of them keep their value."""
    return [v if ctx.rng.random() < fill else "" for v in values]


def dobs(ctx, persons: list) -> list:
    """Birth dates in one to three layouts within the column."""
    layouts = ctx.rng.sample(["local", "iso", "short", "dash", "text"], ctx.rng.randint(1, 3))
    return [language.fmt_date(p.dob, ctx.locale, ctx.rng.choice(layouts)) for p in persons]


def phones(ctx, persons: list, landline: float = 0.0, ext: float = 0.0) -> list:
    """Phones in two to four layouts; a share landlines, some with extensions."""
    lay = people.phone_layouts(ctx.rng)
    return [people.phone_cell(p, ctx.rng, lay, ctx.rng.random() < landline, ext) for p in persons]


def names(ctx, persons: list, forms: tuple[str, ...]) -> list:
    """Names in one or two of a column's cell forms."""
    picked = ctx.rng.sample(forms, min(len(forms), ctx.rng.randint(1, 2)))
    return [people.name_cell(p, ctx.rng.choice(picked)) for p in persons]


def num(ctx, lo: int, hi: int, prefix: str = "") -> list:
    """A running reference per row (a look-alike: no personal data)."""
    start = ctx.rng.randint(lo, hi)
    return [f"{prefix}{start + i}" for i in range(ctx.n)]


def events(ctx, layout: str = "iso", years: float = 2.0) -> list:
    """Booking or visit dates (no personal data)."""
    return sorted(language.event(ctx.rng, ctx.locale, layout, years) for _ in range(ctx.n))


def pick(ctx, options: list) -> list:
    """A category column."""
    return [ctx.rng.choice(options) for _ in range(ctx.n)]


def staff(ctx) -> list:
    """A staff member per row (a category: "don't care")."""
    return [ctx.rng.choice(ctx.staff) for _ in range(ctx.n)]


def others(ctx) -> list:
    """Another person of the crowd per row (a guardian, an emergency contact)."""
    return [ctx.rng.choice(ctx.crowd) for _ in range(ctx.n)]


def tattoo(ctx) -> list:
    """A tattoo studio's consent-form export: the client twice (``Client`` and the ``Signed`` form), age check
    birth date and id, a guardian mostly empty, designs named after people (look-alikes)."""
    r, rows = ctx.rng, ctx.rows
    guard = sparse(ctx, names(ctx, others(ctx), ("natural", "comma")), 0.12)
    ids = [p.nid or "" for p in rows]
    cols = [
        (hd(ctx, "Form ID", de="Formular-Nr.", fr="N° fiche"), None, num(ctx, 1000, 8000, "CF-")),
        (hd(ctx, "Session date", de="Termin", fr="Date séance"), None, events(ctx, "local")),
        (hd(ctx, "Client", de="Kunde", fr="Client"), NAME, junk(ctx, names(ctx, rows, ("tcomma", "comma")))),
        (hd(ctx, "Date of birth", de="Geburtsdatum", fr="Date de naissance"), DOB, dobs(ctx, rows)),
        ("ID type", None, pick(ctx, ["Passport", "Driving licence", "ID card", "Residence permit"])),
        (hd(ctx, "ID number", de="Ausweis-Nr.", fr="N° pièce"), NID if any(ids) else None, ids),
        (hd(ctx, "Mobile", de="Handy", fr="Portable"), PHONE, junk(ctx, phones(ctx, rows))),
        ("Email", EMAIL, sparse(ctx, [p.email for p in rows], 0.7)),
        ("Artist", "dont_care", staff(ctx)),
        (
            "Design",
            None,
            pick(
                ctx,
                [
                    "Frida Kahlo portrait",
                    "Koi half sleeve",
                    "Mandala",
                    "Van Gogh sunflowers",
                    "Fine-line rose",
                    "Marilyn pin-up",
                    "Compass",
                    "Dragon back piece",
                ],
            ),
        ),
        ("Placement", None, pick(ctx, ["forearm", "ribs", "ankle", "upper arm", "back"])),
        ("Guardian (under 18)", NAME, guard),
        ("Signed", NAME, names(ctx, rows, ("initial", "upper_last"))),
        ("Deposit", None, [f"{r.choice((20, 30, 50, 100))}.00" for _ in rows]),
    ]
    return cols


def salon(ctx) -> list:
    """A salon booking system's appointments export: ``Client`` as ``Surname, Given``, two mobile layouts,
    services named after people (look-alikes), the stylist "don't care", the deposit card mostly empty."""
    r, rows = ctx.rng, ctx.rows
    return [
        ("Ref", None, num(ctx, 100000, 900000, "#")),
        (hd(ctx, "Scheduled Date", de="Datum", fr="Date du rendez-vous", es="Fecha"), None, events(ctx, "local")),
        ("Time", None, [f"{r.randint(9, 18)}:{r.choice(('00', '15', '30', '45'))}" for _ in rows]),
        (
            hd(ctx, "Client", de="Kundin", fr="Cliente", es="Cliente", it="Cliente", nl="Klant"),
            NAME,
            junk(ctx, names(ctx, rows, ("tcomma", "last_first", "natural"))),
        ),
        (
            hd(ctx, "Client Mobile", de="Mobil", fr="Mobile", es="Móvil", it="Cellulare", nl="Mobiel"),
            PHONE,
            phones(ctx, rows),
        ),
        ("Client Email", EMAIL, sparse(ctx, [p.email for p in rows], 0.3)),
        (
            "Service",
            None,
            pick(
                ctx,
                [
                    "Balayage",
                    "The Audrey blow-dry",
                    "Gents cut",
                    "Root tint",
                    "Keratin",
                    "Bridal trial",
                    "Vidal Sassoon bob",
                ],
            ),
        ),
        ("Team Member", "dont_care", staff(ctx)),
        ("Price", None, [f"{r.randint(18, 160)}.00" for _ in rows]),
        ("Status", None, pick(ctx, ["Completed", "No show", "Cancelled", "Booked"])),
        ("Deposit card", CARD, sparse(ctx, [people.card(r) for _ in rows], 0.15)),
        ("Booked by", NAME, sparse(ctx, names(ctx, others(ctx), ("natural", "couple")), 0.2)),
    ]


def kennel(ctx) -> list:
    """A kennel's boarding bookings: the owner, landline with extension, whole address, pets "don't care",
    blocks and vets named after people (look-alikes), an emergency contact mostly empty."""
    r, rows = ctx.rng, ctx.rows
    emerg = others(ctx)
    keep = [r.random() < 0.3 for _ in rows]
    pairs = list(zip(emerg, keep, strict=True))
    return [
        (hd(ctx, "Booking No", de="Buchungs-Nr.", fr="N° réservation", nl="Boekingsnr."), None, num(ctx, 200, 900)),
        (
            hd(ctx, "Owner", de="Halter", fr="Propriétaire", nl="Eigenaar", es="Dueño", it="Proprietario"),
            NAME,
            names(ctx, rows, ("last_first", "comma", "natural")),
        ),
        ("Owner tel", PHONE, junk(ctx, phones(ctx, rows, landline=0.4, ext=0.2))),
        (
            hd(ctx, "Address", de="Anschrift", fr="Adresse", nl="Adres", es="Dirección", it="Indirizzo"),
            ADDRESS,
            [p.address for p in rows],
        ),
        ("Pet", "dont_care", pick(ctx, ["Bella", "Max", "Luna", "Rocky", "Milo", "Poppy", "Bruno", "Nala"])),
        ("Breed", None, pick(ctx, ["Labrador", "Cocker Spaniel", "Jack Russell", "Maine Coon", "Border Collie"])),
        ("Block", None, pick(ctx, ["Wellington", "Nightingale", "Churchill", "Darwin wing"])),
        ("Vet", None, pick(ctx, ["Harris & Hale Vets", "Meadow Vets", "St Francis Animal Clinic"])),
        ("Emergency contact", NAME, [people.name_cell(p, "natural") if k else "" for p, k in pairs]),
        ("Emergency tel", PHONE, [people.phone_cell(p, r, ["national"]) if k else "" for p, k in pairs]),
        ("Check-in", None, events(ctx, "local")),
        ("Nights", None, [str(r.randint(1, 21)) for _ in rows]),
    ]


def locksmith(ctx) -> list:
    """A locksmith's call-out log: customers (couples in one cell), the site's street, town and postcode apart,
    the id seen mostly empty, the engineer "don't care", lock makes named after people (look-alikes)."""
    r, rows = ctx.rng, ctx.rows
    partners = others(ctx)
    cust = [people.name_cell(p, "couple" if r.random() < 0.25 else r.choice(("natural", "comma")), q)
            for p, q in zip(rows, partners, strict=True)]  # fmt: skip
    cols = [
        ("Job", None, num(ctx, 5000, 9000, "J")),
        (hd(ctx, "Date", de="Datum", fr="Date", es="Fecha", it="Data", nl="Datum"), None, events(ctx, "dash")),
        (
            hd(ctx, "Customer", de="Auftraggeber", fr="Client", es="Cliente", it="Cliente", nl="Klant"),
            NAME,
            junk(ctx, cust),
        ),
        (
            hd(ctx, "Site address", de="Einsatzort", fr="Adresse d'intervention", nl="Adres"),
            STREET,
            [p.street for p in rows],
        ),
        (hd(ctx, "Town", de="Ort", fr="Ville", es="Localidad", it="Comune", nl="Plaats"), CITY, [p.town for p in rows]),
        (
            hd(ctx, "Postcode", de="PLZ", fr="CP", es="CP", it="CAP", nl="Postcode"),
            POSTCODE,
            [p.postcode or "" for p in rows],
        ),
        ("Phone", PHONE, phones(ctx, rows, landline=0.3, ext=0.1)),
        ("Lock", None, pick(ctx, ["Yale euro cylinder", "Chubb 3G114", "Banham deadlock", "ERA multipoint"])),
        ("Engineer", "dont_care", staff(ctx)),
        ("ID seen", None, pick(ctx, ["Y", "N", "Y - utility bill", "Y"])),
        ("ID ref", NID, sparse(ctx, [p.nid or "" for p in rows], 0.25)),
        ("Paid", None, pick(ctx, ["card", "cash", "invoice"])),
    ]
    return cols
