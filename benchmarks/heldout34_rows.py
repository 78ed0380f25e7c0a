"""Held-out set 34: four of the eight export shapes (``heldout34_rows2`` has the others).

- ``visitors``: an office reception's visitor sign-in export (Envoy-like): sign-in and sign-out times, the visitor
  in several name forms, the visitor's company (often named after a family: ``None``), e-mail and phone, the host
  (staff, "don't care"), the badge number and car plate (look-alikes, ``None``); visitors come back;
- ``dojo``: a martial-arts club's grading register: member numbers, surname and given name apart, the birth date,
  grade, the examiner ``Sensei K. Weber`` ("don't care"), a dojo named after its founder (``None``), the parent's
  mobile and the emergency contact as ``Name (Mutter) +49 ...`` in one cell;
- ``shelter``: an animal shelter's adoption register: animal ids, pets with people's names (``Oskar``, ``Bella``:
  ``None``), microchips (15 digits, ``None``), the adopter's name, whole address, phone and e-mail, the id seen,
  the home-check volunteer ("don't care") and the person who surrendered the animal (mostly empty);
- ``repairs``: a phone repair shop's job sheets: job numbers, the customer as ``Weber Klaus`` or ``WEBER, Klaus``,
  the call-back number (with extensions), the device and its IMEI (Luhn, ``None``), the passcode ("don't care"), the
  technician's initials ("don't care") and the card a deposit was taken on (mostly empty); customers come back.
"""

from __future__ import annotations

import types

import heldout34_cells as c
import heldout34_language as language

_FORMS = ("natural", "comma", "upper_last", "initial", "lower", "last_first", "initials")


def _time(t: types.SimpleNamespace) -> str:
    return f"{t.rng.randint(7, 18):02d}:{t.rng.randint(0, 59):02d}"


def _plate(t: types.SimpleNamespace) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    a = "".join(t.rng.choice(letters) for _ in range(t.rng.randint(2, 3)))
    return t.rng.choice((f"{a} {t.rng.randint(100, 9999)}", f"{t.rng.randint(1, 99)}-{a}-{t.rng.randint(1, 9)}"))


def _luhn(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def visitors(t: types.SimpleNamespace) -> list:
    """A reception's visitor sign-in export (module docstring)."""
    who = c.visits(t, (0.5, 0.9))
    hosts = [f"{p.first} {p.last}" for p in c.crowd(t, 4)]
    firms = [f"{p.last} {t.rng.choice(('GmbH', 'Ltd', 'SARL', '& Sons', 'S.L.', 'BV', 'Lda'))}" for p in c.crowd(t, 4)]
    firms += ["Acme Logistics", "Nordlicht Consulting", "Bluewave Systems", "—"]
    days = [c.date_cell(t, language.event_date(t.rng, years=1)) for _ in range(t.n)]
    c.add(t, "Date|Datum|Date|Fecha|Data|Datum|Data", days, None)
    c.add(t, "Signed in|Angemeldet|Arrivée|Entrada|Ingresso|Aangemeld|Entrada", [_time(t) for _ in who], None)
    c.add(
        t,
        "Visitor Name|Name Besucher|Nom du visiteur|Nombre visitante|Nome visitatore|Naam bezoeker|Nome visitante",
        c.name_forms(t, who, _FORMS[:4], (5, 2, 1, 1)),
        c.NAME,
    )
    c.add(t, "Company|Firma|Société|Empresa|Azienda|Bedrijf|Empresa", [t.rng.choice(firms) for _ in who], None)
    c.add(
        t, "Visitor Email|E-Mail|E-mail|Correo|Email|E-mail|Email", c.sometimes(t, [p.email for p in who], 0.3), c.EMAIL
    )
    c.add(
        t,
        "Visitor Phone|Telefon|Téléphone|Teléfono|Telefono|Telefoon|Telefone",
        c.sometimes(t, c.phones(t, who, ext=0.05), 0.15),
        c.PHONE,
    )
    c.add(t, "Host|Gastgeber|Hôte|Anfitrión|Referente|Gastheer|Anfitrião", [t.rng.choice(hosts) for _ in who], c.DC)
    c.add(
        t,
        "Purpose of Visit|Zweck|Motif|Motivo|Motivo|Doel|Motivo",
        [t.rng.choice(("Meeting", "Interview", "Delivery", "Maintenance", "Audit")) for _ in who],
        None,
    )
    c.add(
        t,
        "Badge #|Ausweis-Nr.|N° badge|N.º tarjeta|N. badge|Pasnummer|N.º crachá",
        [f"V-{t.rng.randint(1, 450):04d}" for _ in who],
        None,
    )
    c.add(
        t,
        "Vehicle Reg|Kennzeichen|Immatriculation|Matrícula|Targa|Kenteken|Matrícula",
        c.sometimes(t, [_plate(t) for _ in who], 0.5, 0.0),
        None,
    )
    c.add(
        t,
        "NDA Signed|NDA unterschrieben|NDA signé|NDA firmado|NDA firmato|NDA getekend|NDA assinado",
        [t.rng.choice(("Yes", "No", "")) for _ in who],
        None,
    )
    c.add(
        t,
        "Signed out|Abgemeldet|Sortie|Salida|Uscita|Afgemeld|Saída",
        c.sometimes(t, [_time(t) for _ in who], 0.2, 0.0),
        None,
    )
    return [(p, t.rng.choice(who)) for p in who]


def dojo(t: types.SimpleNamespace) -> list:
    """A martial-arts club's grading register (module docstring)."""
    who = c.visits(t, (0.6, 0.95))
    kids = {id(p): p.dob.year > 2008 for p in who}
    parents = {id(p): c.person(t) for p in who}
    examiners = [f"Sensei {p.first[0]}. {p.last}" for p in c.crowd(t, 3)]
    founder = c.person(t).last
    c.add(
        t,
        "Member No.|Mitgliedsnr.|N° licence|N.º licencia|N. tessera|Lidnummer|N.º licença",
        [f"JU-{p.dob.year % 100:02d}{t.rng.randint(0, 999):03d}" for p in who],
        None,
    )
    c.add(
        t,
        "Surname|Nachname|Nom|Apellidos|Cognome|Achternaam|Apelido",
        [p.last.upper() if t.rng.random() < 0.3 else p.last for p in who],
        c.LAST,
    )
    c.add(t, "Given Name|Vorname|Prénom|Nombre|Nome|Voornaam|Nome próprio", [p.first for p in who], c.FIRST)
    c.add(t, "DOB|Geburtsdatum|Né(e) le|F. nacimiento|Data di nascita|Geb. datum|Data nasc.", c.dobs(t, who), c.DOB)
    c.add(
        t,
        "Grade|Graduierung|Grade|Grado|Grado|Graad|Graduação",
        [t.rng.choice(("6. Kyu", "5th Kyu (yellow)", "4 Kyu", "3rd Kyu", "1. Dan", "2nd Dan")) for _ in who],
        None,
    )
    c.add(
        t,
        "Examiner|Prüfer|Examinateur|Examinador|Esaminatore|Examinator|Examinador",
        [t.rng.choice(examiners) for _ in who],
        c.DC,
    )
    c.add(
        t, "Dojo", [t.rng.choice((f"Dojo {founder}", "Kano Dojo", "Budokan Nord", f"{founder}-Kai")) for _ in who], None
    )
    c.add(
        t,
        "Parent Mobile|Handy Eltern|Portable parent|Móvil padres|Cellulare genitore|Mobiel ouder|Telemóvel pais",
        [v if kids[id(p)] else "" for p, v in zip(who, c.phones(t, [parents[id(p)] for p in who]), strict=True)],
        c.PHONE,
    )
    rel = {
        "en": ("Mother", "Father", "Wife"),
        "de": ("Mutter", "Vater", "Ehefrau"),
        "fr": ("mère", "père", "épouse"),
        "es": ("madre", "padre", "esposa"),
        "it": ("madre", "padre", "moglie"),
        "nl": ("moeder", "vader", "echtgenote"),
        "pt": ("mãe", "pai", "esposa"),
    }.get(t.lang, ("Mother", "Father", "Wife"))
    cells = [
        f"{q.first} {q.last} ({t.rng.choice(rel)}) {ph}"
        for q, ph in zip([parents[id(p)] for p in who], c.phones(t, [parents[id(p)] for p in who]), strict=True)
    ]
    c.add(
        t,
        "Emergency Contact|Notfallkontakt|Contact d'urgence|Contacto emergencia|Contatto emergenza|Noodcontact|"
        "Contacto emergência",
        c.sometimes(t, cells, 0.1),
        ("name", "phone_number", "first_name", "last_name"),
    )
    c.add(
        t,
        "Grading Date|Prüfungsdatum|Date passage|Fecha examen|Data esame|Examendatum|Data exame",
        [c.date_cell(t, language.event_date(t.rng, years=2)) for _ in who],
        None,
    )
    c.add(
        t,
        "Weight|Gewicht|Poids|Peso|Peso|Gewicht|Peso",
        [f"-{t.rng.choice((46, 55, 60, 66, 73, 81))} kg" for _ in who],
        None,
    )
    return [(p, parents[id(p)]) for p in who]


_PETS = ("Bella", "Max", "Oskar", "Luna", "Charlie", "Frieda", "Paul", "Rosie", "Leo", "Milo", "Nala", "Bruno")


def shelter(t: types.SimpleNamespace) -> list:
    """An animal shelter's adoption register (module docstring)."""
    who = c.crowd(t, t.n)
    vols = [f"{p.first} {p.last[0]}." for p in c.crowd(t, 3)]
    surr = c.crowd(t, max(1, t.n // 6))
    c.add(
        t,
        "Animal ID|Tier-ID|ID animal|ID animal|ID animale|Dier-ID|ID animal",
        [f"A{t.rng.randint(1000, 9999)}" for _ in who],
        None,
    )
    c.add(
        t,
        "Animal Name|Name Tier|Nom animal|Nombre animal|Nome animale|Naam dier|Nome animal",
        [t.rng.choice(_PETS) for _ in who],
        None,
    )
    c.add(
        t,
        "Species / Breed|Tierart / Rasse|Espèce / race|Especie / raza|Specie / razza|Soort / ras|Espécie / raça",
        [t.rng.choice(("Dog / Labrador mix", "Cat / EKH", "Dog / Podenco", "Rabbit", "Cat / Maine Coon")) for _ in who],
        None,
    )
    c.add(
        t,
        "Microchip|Chipnummer|Puce|Microchip|Microchip|Chipnummer|Microchip",
        [f"{t.rng.choice(('276', '250', '724', '380', '528', '941'))}{t.rng.randint(0, 10**12 - 1):012d}" for _ in who],
        None,
    )
    c.add(
        t,
        "Adopter|Adoptant|Adoptant|Adoptante|Adottante|Adoptant|Adotante",
        c.name_forms(t, who, _FORMS[:5], (5, 2, 1, 1, 1)),
        c.NAME,
    )
    c.add(t, "Adopter Address|Anschrift|Adresse|Dirección|Indirizzo|Adres|Morada", [p.address for p in who], c.ADDR)
    c.add(t, "Phone|Telefon|Tél.|Tel.|Tel.|Tel.|Tel.", c.sometimes(t, c.phones(t, who), 0.05), c.PHONE)
    c.add(t, "Email|E-Mail|Courriel|Email|Email|E-mail|Email", c.sometimes(t, [p.email for p in who], 0.25), c.EMAIL)
    if c.has_ids(t):
        c.add(
            t,
            "ID seen|Ausweis geprüft|Pièce vue|DNI visto|Documento|ID gezien|Doc. visto",
            c.sometimes(t, c.ids(t, who), 0.2),
            c.NID,
        )
    c.add(
        t,
        "Home Check By|Vorkontrolle|Visite par|Visita por|Visita di|Huisbezoek door|Visita por",
        [t.rng.choice(vols) for _ in who],
        c.DC,
    )
    c.add(
        t,
        "Surrendered By|Abgegeben von|Cédé par|Entregado por|Ceduto da|Afgestaan door|Entregue por",
        [t.rng.choice(surr).full if t.rng.random() < 0.2 else "" for _ in who],
        c.NAME,
    )
    c.add(
        t, "Fee|Gebühr|Frais|Tarifa|Quota|Bijdrage|Taxa", [f"{t.rng.choice((90, 120, 250, 320))},00" for _ in who], None
    )
    c.add(
        t,
        "Adoption Date|Vermittelt am|Date adoption|Fecha adopción|Data adozione|Adoptiedatum|Data adoção",
        [c.date_cell(t, language.event_date(t.rng, years=2)) for _ in who],
        None,
    )
    return [(p, t.rng.choice(surr)) for p in who]


def repairs(t: types.SimpleNamespace) -> list:
    """A phone repair shop's job sheets (module docstring)."""
    who = c.visits(t, (0.55, 0.9))
    techs = ["".join(x[0] for x in (p.first, p.last)).upper() for p in c.crowd(t, 3)]
    c.add(
        t,
        "Job #|Auftrag|N° ticket|N.º orden|N. riparazione|Bonnummer|N.º reparação",
        [f"R-{10000 + i * 7 + t.rng.randint(0, 6)}" for i in range(t.n)],
        None,
    )
    c.add(
        t,
        "Customer|Kunde|Client|Cliente|Cliente|Klant|Cliente",
        c.name_forms(t, who, ("last_first", "comma", "natural", "upper_last"), (3, 3, 2, 1)),
        c.NAME,
    )
    c.add(
        t,
        "Contact Number|Rückrufnummer|Tél. contact|Teléfono contacto|Recapito|Terugbelnummer|Contacto",
        c.phones(t, who, ext=0.08),
        c.PHONE,
    )
    c.add(t, "Email|E-Mail|E-mail|Email|Email|E-mail|Email", c.sometimes(t, [p.email for p in who], 0.4), c.EMAIL)
    c.add(
        t,
        "Device|Gerät|Appareil|Dispositivo|Dispositivo|Toestel|Aparelho",
        [t.rng.choice(("iPhone 13 mini", "Galaxy A54", "Pixel 7", "Redmi Note 12", "iPad 9")) for _ in who],
        None,
    )
    c.add(t, "IMEI", [_luhn(f"35{t.rng.randint(0, 10**12 - 1):012d}") for _ in who], None)
    c.add(
        t,
        "Passcode|Code|Code|Código|Codice|Code|Código",
        [t.rng.choice(("", "none", f"{t.rng.randint(0, 9999):04d}", "pattern L")) for _ in who],
        c.DC,
    )
    c.add(
        t,
        "Fault|Fehler|Panne|Avería|Guasto|Defect|Avaria",
        [t.rng.choice(("cracked screen", "battery", "charging port", "water damage")) for _ in who],
        None,
    )
    c.add(t, "Tech|Techniker|Technicien|Técnico|Tecnico|Monteur|Técnico", [t.rng.choice(techs) for _ in who], c.DC)
    c.add(
        t,
        "Deposit Card|Anzahlung Karte|Acompte carte|Depósito tarjeta|Acconto carta|Aanbetaling kaart|Sinal cartão",
        [c.card(t) if t.rng.random() < 0.25 else "" for _ in who],
        c.CARD,
    )
    c.add(t, "Status", [t.rng.choice(("Collected", "Waiting for part", "Ready", "Quoted")) for _ in who], None)
    c.add(t, "Price|Preis|Prix|Precio|Prezzo|Prijs|Preço", [f"{t.rng.randint(29, 289)}.00" for _ in who], None)
    return [(p, t.rng.choice(who)) for p in who]


BUILDERS = {"visitors": visitors, "dojo": dojo, "shelter": shelter, "repairs": repairs}
