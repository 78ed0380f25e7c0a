"""Held-out set 40: the other four export shapes (a judo club's grading register, a church tower's bell-ringing
practice register, a car boot sale's pitch bookings, a ten-pin bowling centre's party bookings).

Labels are exact as in ``heldout40_rows``: examiners, tower captains, stewards and party hosts are staff ("don't
care"); clubs and dojos named after people (``Kano Judo Club``), towers named after saints (``St Mary the
Virgin``), ringing methods named after people (``Stedman Triples``, ``Grandsire Doubles``), bells (``Great Tom``),
car makes (``Morris Minor``, ``Austin Maxi``, ``Ferguson tractor``), traders named after people (``Del's Vintage``,
``Nanna Pat's Jams``), bowling screen names (``Strike King``) and party packages (``Cosmic Bowl``) are no personal
data.
"""

from __future__ import annotations

import types

import heldout40_language as language
import heldout40_people as people
from heldout40_rows import (
    HEADERS,
    Col,
    address_cols,
    date_layout,
    dob_cell,
    layouts,
    maybe,
    name_forms,
    name_of,
    parse_headers,
    shape_out,
    staff,
)

P = people

# key: en | de | fr | es | it | nl | pt | da | cs (as in ``heldout40_rows``)
_HEADER_TEXT = """
judoka: Judoka | Judoka | Judoka | Judoka | Judoka | Judoka | Judoca | Judoka | Judista
licence: Licence no | Passnummer | N° licence | Nº licencia | N. tessera | Licentienr | N.º licença | Licensnr
    Č. licence
grade_from: Grade held | Gurt bisher | Grade actuel | Cinturón actual | Cintura attuale | Huidige band
    Graduação atual | Nuværende bælte | Současný pás
grade_to: Grade sought | Prüfung zum | Grade visé | Cinturón a examen | Esame per | Examen voor | Exame para
    Graduering til | Zkouška na
club: Club | Verein | Club | Club | Società | Club | Clube | Klub | Oddíl
weight: Weight (kg) | Gewicht | Poids | Peso | Peso | Gewicht | Peso | Vægt | Váha
examiner: Examiner | Prüfer | Examinateur | Examinador | Esaminatore | Examinator | Examinador | Eksaminator
    Zkoušející
guardian: Parent/guardian (U18) | Erziehungsberechtigte (U18) | Responsable légal (-18) | Tutor (menores)
    Genitore (minori) | Ouder/voogd (-18) | Encarregado (menores) | Værge (U18) | Zákonný zástupce
nid: National ID | Steuer-ID | N° de sécurité sociale | DNI | Codice fiscale | BSN | NIF | CPR-nr. | Rodné číslo
ringer: Ringer | Glöckner | Sonneur | Campanero | Campanaro | Klokkenluider | Sineiro | Klokker | Zvoník
tower: Tower | Turm | Clocher | Torre | Campanile | Toren | Torre | Tårn | Věž
date: Date | Datum | Date | Fecha | Data | Datum | Data | Dato | Datum
methods: Methods rung | Geläut | Méthodes | Toques | Metodi | Methodes | Toques | Metoder | Metody
bell: Bell | Glocke | Cloche | Campana | Campana | Klok | Sino | Klokke | Zvon
captain: Tower captain | Turmleiter | Chef sonneur | Jefe de torre | Capo campanaro | Torenmeester
    Chefe de torre | Tårnleder | Vedoucí věže
band: Band | Gruppe | Équipe | Grupo | Gruppo | Groep | Grupo | Hold | Skupina
ref: Ref | Nr | Réf | Ref | Rif | Ref | Ref | Ref | Č.
seller: Seller | Verkäufer | Vendeur | Vendedor | Venditore | Verkoper | Vendedor | Sælger | Prodejce
trading: Trading as | Stand | Enseigne | Nombre del puesto | Insegna | Standnaam | Banca | Stadenavn | Stánek
vehicle: Vehicle | Fahrzeug | Véhicule | Vehículo | Veicolo | Voertuig | Veículo | Køretøj | Vozidlo
pitch: Pitch | Platz | Emplacement | Puesto | Posto | Plek | Lugar | Plads | Místo
paid: Paid | Bezahlt | Payé | Pagado | Pagato | Betaald | Pago | Betalt | Zaplaceno
steward: Steward | Ordner | Placier | Encargado | Addetto | Steward | Responsável | Vagt | Pořadatel
lead: Lead booker | Bucher | Réservé par | Titular | Prenotato da | Boeker | Reservado por | Bestilt af
    Objednatel
birthday: Birthday child | Geburtstagskind | Enfant fêté | Cumpleañero | Festeggiato | Jarig kind
    Aniversariante | Fødselar | Oslavenec
age: Age | Alter | Âge | Edad | Età | Leeftijd | Idade | Alder | Věk
lanes: Lanes | Bahnen | Pistes | Pistas | Piste | Banen | Pistas | Baner | Dráhy
time: Time | Uhrzeit | Heure | Hora | Ora | Tijd | Hora | Tid | Čas
package: Package | Paket | Formule | Paquete | Pacchetto | Pakket | Pacote | Pakke | Balíček
screen: Screen names | Anzeigenamen | Pseudos écran | Nombres en pantalla | Nomi sullo schermo | Schermnamen
    Nomes no ecrã | Skærmnavne | Jména na displeji
second: 2nd contact | 2. Kontakt | 2e contact | 2º contacto | 2° contatto | 2e contactpersoon | 2.º contacto
    2. kontakt | 2. kontakt
host: Host | Betreuer | Animateur | Monitor | Animatore | Begeleider | Monitor | Vært | Animátor
deposit: Deposit | Anzahlung | Acompte | Señal | Acconto | Aanbetaling | Sinal | Depositum | Záloha
"""
HEADERS.update(parse_headers(_HEADER_TEXT))

_CLUBS = ("Kano Judo Club", "Budokwai", "Yamashita Dojo", "St Hilda's Judo", "Riverside JC", "Koizumi Judo Club",
          "Ippon Academy", "Geesink Dojo")  # fmt: skip
_KYU = ("6th Kyu red", "5th Kyu yellow", "4th Kyu orange", "3rd Kyu green", "2nd Kyu blue", "1st Kyu brown",
        "1st Dan black", "red belt", "yellow belt")  # fmt: skip


def judo(ctx) -> types.SimpleNamespace:
    """A judo club's grading register: the judoka (one or two forms, ``HAYNES Carol`` as federations list them),
    birth date, licence number (no personal data here: a club's), grades, club (named after people: no personal
    data), weight, examiner ("don't care"), a parent for the under-18s only, an emergency phone, the national id
    where the federation asks for it (some tables), an e-mail mostly empty."""
    rng, n = ctx.rng, ctx.n
    rows = []
    for _ in range(n):
        rows.append(ctx.child() if rng.random() < 0.45 else ctx.draw())
    minors = [language.age(p) < 18 for p in rows]
    guardians = [P.with_surname(ctx.draw(), p.last) if m else None for p, m in zip(rows, minors, strict=True)]
    forms = name_forms(rng, ("full", "LAST_first", "slash", "upper", "last_comma_init"))
    gforms = name_forms(rng, ("full", "title_init_last", "title_last", "first_init"))
    dls = rng.sample(language.DATE_LAYOUTS, rng.choice((1, 2)))
    lay = layouts(rng)
    exam = staff(ctx, 2)
    cols = [
        Col("judoka", P.NAME, [name_of(p, ctx, forms) for p in rows]),
        Col("dob", P.DOB, [dob_cell(p, ctx, dls) for p in rows]),
        Col("licence", None, [f"{rng.choice(('BJA', 'LIC', 'J'))}{rng.randint(10000, 99999)}" for _ in rows]),
        Col("grade_from", None, [rng.choice(_KYU) for _ in rows]),
        Col("grade_to", None, [rng.choice(_KYU) for _ in rows]),
        Col("club", None, [rng.choice(_CLUBS) for _ in rows]),
        Col("weight", None, [f"-{rng.choice((36, 40, 44, 48, 52, 57, 63, 73, 81, 90))}" for _ in rows]),
        Col("examiner", "dont_care", [rng.choice(exam) for _ in rows]),
        Col("guardian", P.NAME, ["" if g is None else name_of(g, ctx, gforms) for g in guardians]),
        Col("emergency_phone", P.PHONE, [P.phone_cell(g or p, rng, lay) for p, g in zip(rows, guardians, strict=True)]),
    ]
    if rng.random() < 0.45 and sum(p.nid is not None for p in rows) > n // 2:
        label = ("ssn", "national_id", "tax_id") if ctx.locale in ("en_US", "en_GU", "en_MP", "en_VI") else P.NID
        cols.append(Col("nid", label, [p.nid or "" for p in rows]))
    cols.append(Col("email", P.EMAIL, [maybe(rng, 0.3, (g or p).email) for p, g in zip(rows, guardians, strict=True)]))
    others = [[g] if g is not None else [ctx.draw()] for g in guardians]
    return shape_out(cols, rows, others, "judo")


_TOWERS = ("St Mary the Virgin", "St Peter & St Paul", "All Saints", "Holy Trinity", "St Michael & All Angels",
           "St Andrew", "Christ Church", "St Lawrence")  # fmt: skip
_METHODS = ("Grandsire Doubles", "Stedman Triples", "Plain Bob Minor", "Kent Treble Bob", "Cambridge Surprise Major",
            "Rounds & call changes", "Plain Hunt", "Little Bob", "Yorkshire Surprise", "Stedman Doubles")  # fmt: skip
_BELLS = ("Treble", "2", "3", "4", "5", "6", "Tenor", "Great Tom", "Big Ben (practice)")


def bells(ctx) -> types.SimpleNamespace:
    """A church tower's ringing practice register: the ringer (one or two forms), tower (named after saints: no
    personal data), date, methods rung (named after people: ``Stedman``, ``Grandsire``: no personal data), bell,
    tower captain ("don't care"), a landline mostly, an e-mail, the newsletter address as a street (often a house
    name or without its number) and a town, the band."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng, ("full", "init_last", "init_nospace", "first_init", "title_init_last"))
    dl = date_layout(rng)
    lay = layouts(rng)
    captain = staff(ctx, 1)
    whole = rng.random() < 0.3
    cols = [
        Col("ringer", P.NAME, [name_of(p, ctx, forms) for p in rows]),
        Col("tower", None, [rng.choice(_TOWERS) for _ in rows]),
        Col("date", None, [language.event(rng, ctx.locale, dl, 0.3) for _ in rows]),
        Col("methods", None, [", ".join(rng.sample(_METHODS, rng.randint(1, 3))) for _ in rows]),
        Col("bell", None, [rng.choice(_BELLS) for _ in rows]),
        Col("captain", "dont_care", [captain[0] for _ in rows]),
        Col("phone", P.PHONE, [P.phone_cell(p, rng, lay, landline=0.8) for p in rows]),
        Col("email", P.EMAIL, [maybe(rng, 0.7, p.email) for p in rows]),
    ]
    if whole:
        cols += address_cols(ctx, rows, True)
    else:
        streets = [people_street(p.street, rng) for p in rows]
        cols.append(Col("street", P.STREET, streets))
        cols.append(Col("town", P.CITY, [p.town for p in rows]))
    cols.append(Col("band", None, [rng.choice(("Sunday", "Practice", "Quarter peal", "Learners")) for _ in rows]))
    return shape_out(cols, rows, [[ctx.draw(), ctx.draw()] for _ in rows], "bells")


def people_street(street: str, rng) -> str:
    """The street as a ringer gives it for the newsletter: half the time without its house number."""
    import heldout40_notes as notes

    return notes.street_without_number(street) if rng.random() < 0.5 else street


_TRADERS = ("Del's Vintage", "Nanna Pat's Jams", "Uncle Bob's Records", "Auntie Jean's Cakes", "Frank's Tools",
            "", "", "", "Marjorie's Bric-a-brac", "Baker Street Books")  # fmt: skip
_VEHICLES = ("Ford Transit", "Morris Minor", "Austin Maxi", "Vauxhall Astra", "VW Caddy", "Ferguson tractor",
             "Citroën Berlingo", "Mercedes Sprinter", "Rover 75", "Nissan Micra")  # fmt: skip


def carboot(ctx) -> types.SimpleNamespace:
    """A car boot sale's pitch bookings: the seller as typed on the booking form (some in lower case), what they
    trade as (traders named after people: no personal data), the vehicle (makes named after people: no personal
    data), pitch, paid, a mobile, the postcode and town only, an e-mail mostly empty, the steward ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng, ("full", "lower", "lower_comma", "upper", "first_init"))
    lay = layouts(rng)
    stew = staff(ctx, 2)
    cols = [
        Col("ref", None, [f"CB{rng.randint(100, 999)}" for _ in rows]),
        Col("seller", P.NAME, [name_of(p, ctx, forms) for p in rows]),
        Col("trading", None, [rng.choice(_TRADERS) for _ in rows]),
        Col("vehicle", None, [rng.choice(_VEHICLES) for _ in rows]),
        Col("pitch", None, [f"{rng.choice('ABCD')}{rng.randint(1, 40)}" for _ in rows]),
        Col("paid", None, [rng.choice(("£10", "£12", "cash", "card", "owes")) for _ in rows]),
        Col("mobile", P.PHONE, [P.phone_cell(p, rng, lay) for p in rows]),
    ]
    if any(p.postcode for p in rows):
        cols.append(Col("postcode", P.POSTCODE, [p.postcode or "" for p in rows]))
    cols += [
        Col("town", P.CITY, [p.town for p in rows]),
        Col("email", P.EMAIL, [maybe(rng, 0.35, p.email) for p in rows]),
        Col("steward", "dont_care", [rng.choice(stew) for _ in rows]),
    ]
    return shape_out(cols, rows, [[ctx.draw()] for _ in rows], "carboot")


_PACKAGES = ("Cosmic Bowl", "Pizza Party", "Bowl & Burger", "Glow Party", "Deluxe", "Basic 2 games")
_SCREEN = ("Strike King", "Pinhead", "Gutter Queen", "Bowlzilla", "Spare Me", "Team Rocket", "The Dude", "Mum", "Dad")


def bowling(ctx) -> types.SimpleNamespace:
    """A ten-pin bowling centre's party bookings: the lead booker, their phone and e-mail, the birthday child by
    given name alone (in most rows), age, lanes, date and time, package, screen names (nicknames and ``Mum``: no
    personal data), a second contact mostly empty, the postcode in some tables, a deposit, the host ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    kids = [P.with_surname(ctx.child(), p.last) if rng.random() < 0.7 else None for p in rows]
    seconds = [ctx.draw() if rng.random() < 0.25 else None for _ in rows]
    forms = name_forms(rng, ("full", "first_init", "title_last", "lower", "last_comma_init"))
    lay = layouts(rng)
    dl = date_layout(rng)
    hosts = staff(ctx, 3)
    cols = [
        Col("booking", None, [f"BK-{rng.randint(10000, 99999)}" for _ in rows]),
        Col("lead", P.NAME, [name_of(p, ctx, forms) for p in rows]),
        Col("phone", P.PHONE, [P.phone_cell(p, rng, lay) for p in rows]),
        Col("email", P.EMAIL, [maybe(rng, 0.75, p.email) for p in rows]),
        Col("birthday", P.FIRST, ["" if k is None else k.first for k in kids]),
        Col("age", None, ["" if k is None else str(language.age(k)) for k in kids]),
        Col("lanes", None, [str(rng.randint(1, 4)) for _ in rows]),
        Col("date", None, [language.future(rng, ctx.locale, dl, 45) for _ in rows]),
        Col("time", None, [rng.choice(("10:00", "12:30", "15:00", "17:30")) for _ in rows]),
        Col("package", None, [rng.choice(_PACKAGES) for _ in rows]),
        Col("screen", None, [", ".join(rng.sample(_SCREEN, 3)) for _ in rows]),
        Col("second", P.NAME, ["" if s is None else name_of(s, ctx, forms) for s in seconds]),
    ]
    if rng.random() < 0.5 and any(p.postcode for p in rows):
        cols.append(Col("postcode", P.POSTCODE, [p.postcode or "" for p in rows]))
    cols += [
        Col("deposit", None, [rng.choice(("20.00", "0", "50.00", "paid in full")) for _ in rows]),
        Col("host", "dont_care", [rng.choice(hosts) for _ in rows]),
    ]
    others = [[x for x in (k, s) if x is not None] or [ctx.draw()] for k, s in zip(kids, seconds, strict=True)]
    return shape_out(cols, rows, others, "bowling")
