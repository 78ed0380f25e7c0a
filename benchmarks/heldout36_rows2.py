"""Held-out set 36: four more export shapes (a race's entry list, a gas engineer's safety-certificate register, a
raffle's ticket sales sheet, a fundraising platform's donations export), with ``heldout36_rows``' draws."""

from __future__ import annotations

import heldout36_people as people
from heldout36_people import CITY, DOB, EMAIL, FIRST, IBAN, LAST, NAME, PHONE, POSTCODE, STREET
from heldout36_rows import dobs, events, hd, junk, names, num, others, phones, pick, sparse, staff


def race(ctx) -> list:
    """A running race's entry list (timing company's CSV): names apart, some in capitals or lower case, birth date
    for the age category, clubs and nationality (look-alikes), the emergency contact and phone."""
    r, rows = ctx.rng, ctx.rows
    case = r.choice(("keep", "upper", "lower"))

    def cased(v: str) -> str:
        return v.upper() if case == "upper" else v.lower() if case == "lower" else v

    emerg = others(ctx)
    return [
        ("Bib", None, num(ctx, 100, 4000)),
        (
            hd(ctx, "First name", de="Vorname", fr="Prénom", es="Nombre", it="Nome", nl="Voornaam"),
            FIRST,
            [cased(p.first) for p in rows],
        ),
        (
            hd(ctx, "Last name", de="Nachname", fr="Nom", es="Apellidos", it="Cognome", nl="Achternaam"),
            LAST,
            [cased(p.last) for p in rows],
        ),
        ("Gender", None, ["F" if p.female else "M" for p in rows]),
        (
            hd(ctx, "Date of birth", de="Jahrgang/Geb.", fr="Né(e) le", es="F. nacimiento", it="Data di nascita"),
            DOB,
            junk(ctx, dobs(ctx, rows)),
        ),
        ("Club", None, pick(ctx, ["Unattached", "Harriers AC", "Striders", "Road Runners", "Tri Club"])),
        ("Nationality", None, pick(ctx, ["GBR", "FRA", "GER", "ESP", "ITA", "NED", "USA", ctx.locale[-2:]])),
        ("Email", EMAIL, [p.email for p in rows]),
        ("Emergency contact name", NAME, names(ctx, emerg, ("natural", "initial"))),
        ("Emergency contact phone", PHONE, phones(ctx, emerg)),
        ("T-shirt", None, pick(ctx, ["S", "M", "L", "XL"])),
        ("Category", None, pick(ctx, ["Senior", "V40", "V50", "V60", "U20"])),
    ]


def gas(ctx) -> list:
    """A gas engineer's safety-certificate register: landlord and tenant (the landlord's people come back), the
    property's street and postcode, the tenant's phone, boiler makes named after their founders (look-alikes), the
    landlord's bank account mostly empty, the engineer "don't care"."""
    r, rows = ctx.rng, ctx.rows
    landlords = [r.choice(ctx.crowd[: max(2, len(ctx.crowd) // 4)]) for _ in rows]
    return [
        ("Cert no", None, num(ctx, 10000, 90000, "LGSR-")),
        ("Landlord", NAME, names(ctx, landlords, ("tcomma", "natural", "upper_last"))),
        (
            hd(ctx, "Tenant", de="Mieter", fr="Locataire", es="Inquilino", it="Inquilino", nl="Huurder"),
            NAME,
            junk(ctx, sparse(ctx, names(ctx, rows, ("natural", "initial", "couple")), 0.85)),
        ),
        (
            hd(ctx, "Property", de="Objekt", fr="Logement", es="Inmueble", it="Immobile", nl="Pand"),
            STREET,
            [p.street for p in rows],
        ),
        (
            hd(ctx, "Postcode", de="PLZ", fr="Code postal", es="C.P.", it="CAP", nl="Postcode"),
            POSTCODE,
            [p.postcode or "" for p in rows],
        ),
        ("Tenant tel", PHONE, phones(ctx, rows, landline=0.3, ext=0.05)),
        ("Appliance", None, pick(ctx, ["Worcester Bosch Greenstar", "Vaillant ecoTEC", "Baxi 600", "Ideal Logic"])),
        ("Result", None, pick(ctx, ["Pass", "Pass", "At risk", "Immediately dangerous"])),
        ("Engineer", "dont_care", staff(ctx)),
        ("Gas Safe ID", None, [str(r.choice((112233, 204511, 587120))) for _ in rows]),
        ("Next due", None, events(ctx, "local", 1.0)),
        ("Landlord account", IBAN, sparse(ctx, [p.iban or "" for p in landlords], 0.2)),
    ]


def raffle(ctx) -> list:
    """A club raffle's ticket sales sheet typed up from stubs: buyers in lower case or as initials, the seller
    (a volunteer, "don't care"), the phone written on the stub, the address mostly empty, prizes donated by
    families (look-alikes)."""
    r, rows = ctx.rng, ctx.rows
    start = r.randint(1, 400)
    return [
        ("Tickets", None, [f"{start + 5 * i}-{start + 5 * i + 4}" for i in range(ctx.n)]),
        ("Sold by", "dont_care", staff(ctx)),
        ("Buyer", NAME, junk(ctx, names(ctx, rows, ("lower", "initial", "natural", "upper_last")), 0.06)),
        ("Phone on stub", PHONE, phones(ctx, rows, landline=0.2)),
        ("Paid", None, pick(ctx, ["£5", "£5", "£10", "owes"])),
        ("Prize", None, pick(ctx, ["", "", "", "Hamper (Miller family)", "Meal for two", "Signed shirt"])),
        ("Address (optional)", STREET, sparse(ctx, [p.street for p in rows], 0.1)),
        ("Town", CITY, sparse(ctx, [p.town for p in rows], 0.1)),
    ]


def donations(ctx) -> list:
    """A fundraising platform's donations export: display name (some ``Anonymous``), first and last name apart,
    e-mail, Gift Aid address lines, the donor's message (the notes column), the fundraiser's page "don't care",
    charities named after people (look-alikes)."""
    r, rows = ctx.rng, ctx.rows
    aid = [r.random() < 0.45 for _ in rows]
    return [
        ("Donation ref", None, num(ctx, 10_000_000, 90_000_000)),
        ("Donation date", None, events(ctx, "iso", 1.0)),
        ("Display name", NAME, [people.name_cell(p, "natural") if r.random() < 0.8 else "Anonymous" for p in rows]),
        ("Donor first name", FIRST, [p.first for p in rows]),
        ("Donor last name", LAST, [p.last for p in rows]),
        ("Donor email", EMAIL, junk(ctx, [p.email for p in rows], 0.03)),
        ("Amount", None, [f"{r.choice((5, 10, 20, 25, 50, 100))}.00" for _ in rows]),
        ("Gift Aid", None, ["Yes" if a else "No" for a in aid]),
        ("Address line 1", STREET, [p.street if a else "" for p, a in zip(rows, aid, strict=True)]),
        ("Town/City", CITY, [p.town if a else "" for p, a in zip(rows, aid, strict=True)]),
        ("Postcode", POSTCODE, [(p.postcode or "") if a else "" for p, a in zip(rows, aid, strict=True)]),
        ("Fundraising page", "dont_care", pick(ctx, ["Sarah's Kilimanjaro climb", "Run for Grandad", "Team Jones"])),
        ("Charity", None, pick(ctx, ["St Christopher's Hospice", "Macmillan Cancer Support", "Barnardo's"])),
    ]
