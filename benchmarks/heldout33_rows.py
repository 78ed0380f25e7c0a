"""Held-out set 33: four of the eight export shapes (``heldout33_rows2`` has the others).

- ``foodbank``: a food bank's referral log (a row per voucher: clients come back; the referral agency a category,
  some named after a saint or a person; the referrer a staff member "don't care"; household counts and children's
  ages; the reason for referral a category; the address whole or in parts);
- ``housing``: a student-housing allocation export (StarRez-style: entry and student numbers, last and first name
  apart, a preferred name "don't care", nationality, the room space in a hall named after a person, the emergency
  contact's name, relation and number in one cell, the home address);
- ``pharmacy``: a pharmacy's repeat-prescription list (``SURNAME, Given`` or ``Given SURNAME``, the health or national
  id, the address in parts, the item and quantity, the prescriber "don't care", the surgery named after a street or
  a doctor, the delivery driver "don't care", exemption categories);
- ``kita``: a kindergarten's enrolment list (the child's first and last name apart and a child's birth date, the
  group named after a storybook figure, two parents with their phones and e-mails, the second often empty, the
  people allowed to collect ``Oma Gisela`` "don't care", allergies, the family doctor "don't care").

Each builder fills the table's columns (``heldout33_cells.add``) and returns, per row, the (person, other) a note
may name.
"""

from __future__ import annotations

import types

import heldout32_people as p32
import heldout33_cells as c
import heldout33_language as language


def address(
    t: types.SimpleNamespace, who: list, spec: str = "Address|Adresse|Adresse|Dirección|Indirizzo|Adres|Morada"
) -> None:
    """The address whole in one cell, or street, postcode and town apart (postcode left out where none is written)."""
    if t.rng.random() < 0.5:
        c.add(t, spec, c.sometimes(t, [p.address for p in who], 0.05), c.ADDR)
        return
    c.add(t, "Street|Straße|Rue|Calle|Via|Straat|Rua", c.sometimes(t, [p.street for p in who], 0.04), c.STREET)
    if any(p.postcode for p in who):
        c.add(t, "Postcode|PLZ|Code postal|C.P.|CAP|Postcode|Código postal", [p.postcode for p in who], c.PC)
    c.add(t, "Town|Ort|Ville|Localidad|Città|Plaats|Localidade", [p.town for p in who], c.CITY)


def _dates(t: types.SimpleNamespace, years: int = 2, ahead: int = 0) -> list[str]:
    layout = t.rng.choice(("num", "iso"))
    return [language.fmt_date(language.event_date(t.rng, years, ahead), t.locale, layout) for _ in range(t.n)]


def foodbank(t: types.SimpleNamespace) -> list:
    """A food bank's referral log (module docstring)."""
    who = c.visits(t, (0.5, 0.8))
    agencies = (
        "Citizens Advice",
        "St Vincent's Centre",
        "Jobcentre",
        "Dr Okafor's Surgery",
        "Women's Aid",
        "Salvation Army",
        "Mary Seacole House",
        "School nurse",
        "Council housing team",
    )
    staff = [p.first for p in c.crowd(t, 4)]
    c.add(
        t,
        "Voucher No.|Gutschein-Nr.|N° bon|N.º vale|N. buono|Bonnummer|N.º vale",
        [f"FB{t.rng.randint(10000, 99999)}" for _ in who],
        None,
    )
    c.add(t, "Date issued|Ausgestellt|Date d'émission|Fecha|Data|Datum|Data", _dates(t), None)
    c.add(
        t,
        "Referral agency|Vermittelt durch|Orienté par|Derivado por|Inviato da|Verwijzer|Encaminhado por",
        [t.rng.choice(agencies) for _ in who],
        None,
    )
    c.add(
        t,
        "Referrer|Ansprechpartner|Référent|Referente|Referente|Contactpersoon|Técnico",
        [t.rng.choice(staff) for _ in who],
        c.DC,
    )
    c.add(
        t,
        "Client name|Name|Nom du bénéficiaire|Nombre|Nome|Naam cliënt|Nome",
        c.name_forms(t, who, ("natural", "comma", "upper_last", "lower"), (0.5, 0.2, 0.2, 0.1)),
        c.NAME,
    )
    c.add(
        t,
        "Client DOB|Geburtsdatum|Date de naissance|Fecha nac.|Data di nascita|Geboortedatum|Data nasc.",
        c.sometimes(t, c.dobs(t, who), 0.15),
        c.DOB,
    )
    address(t, who)
    c.add(
        t, "Phone|Telefon|Téléphone|Teléfono|Telefono|Telefoon|Telefone", c.sometimes(t, c.phones(t, who), 0.1), c.PHONE
    )
    c.add(t, "Adults|Erwachsene|Adultes|Adultos|Adulti|Volwassenen|Adultos", [t.rng.randint(1, 3) for _ in who], None)
    c.add(t, "Children|Kinder|Enfants|Niños|Bambini|Kinderen|Crianças", [t.rng.randint(0, 4) for _ in who], None)
    c.add(
        t,
        "Children's ages|Alter der Kinder|Âges des enfants|Edades|Età figli|Leeftijden|Idades",
        [", ".join(str(t.rng.randint(0, 17)) for _ in range(t.rng.randint(0, 3))) for _ in who],
        None,
    )
    reasons = ("Benefit delay", "Low income", "Debt", "Sickness", "Homeless", "Benefit change", "Domestic abuse")
    c.add(t, "Reason|Grund|Motif|Motivo|Motivo|Reden|Motivo", [t.rng.choice(reasons) for _ in who], None)
    c.add(
        t,
        "Dietary|Ernährung|Régime|Dieta|Dieta|Dieet|Dieta",
        [t.rng.choice(("", "", "Halal", "Vegetarian", "No pork", "Diabetic")) for _ in who],
        None,
    )
    c.add(t, "Email|E-Mail|Courriel|Correo|Email|E-mail|Email", ["" for _ in who], c.EMAIL)
    return [(p, t.rng.choice(who)) for p in who]


def housing(t: types.SimpleNamespace) -> list:
    """A student-housing allocation export (module docstring)."""
    who = c.crowd(t, t.n)
    for p in who:
        p.dob = c.born(t, 1998, 2007)
    kin = c.crowd(t, t.n)
    halls = ("Mandela Hall", "Rosalind Franklin House", "Ada Lovelace Court", "Turing Hall", "Curie Residence")
    c.add(t, "Entry ID", [str(400000 + i * 7 + t.rng.randint(0, 6)) for i in range(t.n)], None)
    c.add(
        t,
        "Student ID|Matrikelnr.|N° étudiant|N.º matrícula|Matricola|Studentnummer|N.º aluno",
        [f"{t.rng.randint(20, 26)}{t.rng.randint(100000, 999999)}" for _ in who],
        None,
    )
    c.add(
        t,
        "Last Name|Nachname|Nom|Apellidos|Cognome|Achternaam|Apelido",
        [p.last.upper() if t.rng.random() < 0.3 else p.last for p in who],
        c.LAST,
    )
    c.add(t, "First Name|Vorname|Prénom|Nombre|Nome|Voornaam|Nome", [p.first for p in who], c.FIRST)
    c.add(
        t,
        "Preferred Name|Rufname|Prénom d'usage|Nombre preferido|Nome preferito|Roepnaam|Nome preferido",
        [p.first[:4] if t.rng.random() < 0.3 else "" for p in who],
        c.DC,
    )
    c.add(
        t,
        "Date of Birth|Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|Geboortedatum|"
        "Data de nascimento",
        c.dobs(t, who),
        c.DOB,
    )
    domain = t.rng.choice(("student.uni.ac", "stud.hs-campus.eu", "live.campus.edu"))
    c.add(
        t,
        "Email|E-Mail|Courriel|Correo|Email|E-mail|Email",
        [
            f"{p.first[0].lower()}{len(p.last)}{t.rng.randint(100, 999)}@{domain}" if t.rng.random() < 0.5 else p.email
            for p in who
        ],
        c.EMAIL,
    )
    c.add(t, "Mobile|Handy|Portable|Móvil|Cellulare|Mobiel|Telemóvel", c.sometimes(t, c.phones(t, who), 0.05), c.PHONE)
    nat = ("British", "German", "Chinese", "Indian", "Nigerian", "French", "Italian", "Spanish", "Greek", "Malaysian")
    c.add(
        t,
        "Nationality|Staatsangehörigkeit|Nationalité|Nacionalidad|Nazionalità|Nationaliteit|Nacionalidade",
        [t.rng.choice(nat) for _ in who],
        None,
    )
    c.add(
        t,
        "Room Space|Zimmer|Chambre|Habitación|Stanza|Kamer|Quarto",
        [f"{t.rng.choice(halls)} {t.rng.choice('ABCD')}-{t.rng.randint(101, 520)}" for _ in who],
        None,
    )
    c.add(t, "Check-in Date|Einzug|Arrivée|Entrada|Ingresso|Intrek|Entrada", _dates(t, 1, 1), None)
    c.add(
        t,
        "Contract|Vertrag|Contrat|Contrato|Contratto|Contract|Contrato",
        [t.rng.choice(("44 weeks", "51 weeks", "Semester 1", "Summer")) for _ in who],
        None,
    )
    rel = ("Mother", "Father", "Aunt", "Partner", "Guardian")
    kin_phones = c.phones(t, kin)
    c.add(
        t,
        "Emergency Contact|Notfallkontakt|Contact d'urgence|Contacto de emergencia|Contatto di emergenza|"
        "Noodcontact|Contacto de emergência",
        [f"{k.full} ({t.rng.choice(rel)}) {ph}" for k, ph in zip(kin, kin_phones, strict=True)],
        c.NAME_PHONE,
    )
    c.add(
        t,
        "Home Address|Heimatadresse|Adresse familiale|Domicilio familiar|Indirizzo di residenza|Thuisadres|"
        "Morada de família",
        c.sometimes(t, [k.address for k in kin], 0.1),
        c.ADDR,
    )
    c.add(
        t,
        "Deposit Paid|Kaution|Caution|Fianza|Deposito|Borg|Caução",
        [t.rng.choice(("Y", "N", "Y", "Waived")) for _ in who],
        None,
    )
    return list(zip(who, kin, strict=True))


def pharmacy(t: types.SimpleNamespace) -> list:
    """A pharmacy's repeat-prescription list (module docstring)."""
    who = c.visits(t, (0.4, 0.7))
    items = (
        "Amlodipine 5mg tabs",
        "Metformin 500mg",
        "Levothyroxine 50mcg",
        "Salbutamol inhaler",
        "Atorvastatin 20mg",
        "Omeprazole 20mg caps",
        "Ramipril 2.5mg",
        "Sertraline 50mg",
    )
    doctors = [f"Dr {p.last}" for p in c.crowd(t, 3)]
    surgeries = (f"{c.person(t).last} Medical Centre", "Bridge Street Surgery", "Riverside Practice", "Health Centre")
    c.add(
        t,
        "Patient|Patient|Patient|Paciente|Paziente|Patiënt|Utente",
        c.name_forms(t, who, ("comma", "upper_last", "natural", "initial"), (0.45, 0.25, 0.2, 0.1)),
        c.NAME,
    )
    c.add(t, "DOB|Geb.-Datum|Né(e) le|F. nac.|Nato il|Geb.datum|D. nasc.", c.dobs(t, who), c.DOB)
    if t.locale == "en_GB":
        c.add(t, "NHS No.", c.sometimes(t, [p32.nhs_number(t.rng) for _ in who], 0.05), c.NID)
    elif who[0].nid:
        c.add(
            t,
            "ID No.|Versichertennr.|N° sécu|DNI|Codice fiscale|BSN|N.º utente",
            c.sometimes(t, c.ids(t, who), 0.1),
            c.NID,
        )
    address(t, who)
    c.add(
        t, "Tel|Tel.|Tél.|Tel.|Tel.|Tel.|Tel.", c.sometimes(t, c.phones(t, who, landline=True, ext=0.05), 0.08), c.PHONE
    )
    c.add(
        t, "Item|Präparat|Médicament|Medicamento|Farmaco|Middel|Medicamento", [t.rng.choice(items) for _ in who], None
    )
    c.add(t, "Qty|Menge|Qté|Cant.|Q.tà|Aantal|Qtd.", [t.rng.choice((28, 56, 84, 1, 2)) for _ in who], None)
    c.add(
        t, "Prescriber|Arzt|Prescripteur|Médico|Medico|Voorschrijver|Médico", [t.rng.choice(doctors) for _ in who], c.DC
    )
    c.add(
        t,
        "Surgery|Praxis|Cabinet|Centro de salud|Ambulatorio|Praktijk|Centro de saúde",
        [t.rng.choice(surgeries) for _ in who],
        None,
    )
    c.add(t, "Due|Fällig|Échéance|Vence|Scadenza|Uiterlijk|Data", _dates(t, 1, 1), None)
    c.add(
        t,
        "Collect/Deliver|Abholung/Lieferung|Retrait/Livraison|Recoger/Entregar|Ritiro/Consegna|Ophalen/Bezorgen|"
        "Levantar/Entregar",
        [t.rng.choice(("C", "D", "D", "C")) for _ in who],
        None,
    )
    drivers = [p.first for p in c.crowd(t, 2)]
    c.add(
        t,
        "Driver|Fahrer|Livreur|Repartidor|Autista|Bezorger|Estafeta",
        [t.rng.choice(drivers) if t.rng.random() < 0.5 else "" for _ in who],
        c.DC,
    )
    c.add(
        t,
        "Exempt|Befreit|Exonéré|Exento|Esente|Vrijgesteld|Isento",
        [t.rng.choice(("Age 60+", "Paid", "Prepayment cert.", "Med. exemption", "")) for _ in who],
        None,
    )
    return [(p, c.person(t)) for p in who]


def kita(t: types.SimpleNamespace) -> list:
    """A kindergarten's enrolment list (module docstring)."""
    kids = c.crowd(t, t.n, child=True)
    parents, parents2 = c.crowd(t, t.n), c.crowd(t, t.n)
    for k, a, b in zip(kids, parents, parents2, strict=True):
        k.dob = c.born(t, 2020, 2024)
        k.last = a.last
        b.last = a.last if t.rng.random() < 0.7 else b.last
        b.full = f"{b.first} {b.last}"
        b.address = a.address
    groups = ("Pippi", "Regenbogen", "Sonnenblumen", "Momo", "Raupe Nimmersatt", "Igel", "Jim Knopf")
    c.add(
        t,
        "Child first name|Vorname Kind|Prénom enfant|Nombre niño/a|Nome bambino|Voornaam kind|Nome criança",
        [k.first for k in kids],
        c.FIRST,
    )
    c.add(
        t, "Child surname|Nachname Kind|Nom enfant|Apellidos|Cognome|Achternaam|Apelido", [k.last for k in kids], c.LAST
    )
    c.add(
        t,
        "Date of birth|Geburtsdatum|Né(e) le|Fecha de nacimiento|Data di nascita|Geboortedatum|Data de nascimento",
        c.dobs(t, kids),
        c.DOB,
    )
    c.add(t, "Group|Gruppe|Groupe|Grupo|Sezione|Groep|Sala", [t.rng.choice(groups) for _ in kids], None)
    c.add(
        t,
        "Parent 1|Elternteil 1|Parent 1|Progenitor 1|Genitore 1|Ouder 1|Encarregado 1",
        c.name_forms(t, parents, ("natural", "last_first", "upper_last"), (0.6, 0.2, 0.2)),
        c.NAME,
    )
    c.add(
        t,
        "Parent 1 phone|Telefon 1|Tél. parent 1|Teléfono 1|Telefono 1|Telefoon 1|Telefone 1",
        c.phones(t, parents),
        c.PHONE,
    )
    c.add(
        t, "Parent 1 email|E-Mail 1|Courriel 1|Correo 1|Email 1|E-mail 1|Email 1", [p.email for p in parents], c.EMAIL
    )
    two = [t.rng.random() < 0.6 for _ in kids]
    c.add(
        t,
        "Parent 2|Elternteil 2|Parent 2|Progenitor 2|Genitore 2|Ouder 2|Encarregado 2",
        [b.full if x else "" for b, x in zip(parents2, two, strict=True)],
        c.NAME,
    )
    c.add(
        t,
        "Parent 2 phone|Telefon 2|Tél. parent 2|Teléfono 2|Telefono 2|Telefoon 2|Telefone 2",
        [ph if x else "" for ph, x in zip(c.phones(t, parents2), two, strict=True)],
        c.PHONE,
    )
    address(t, parents)
    kin = ("Oma", "Opa", "Tante", "Onkel", "Nanny", "Granny", "Tía", "Nonna")
    c.add(
        t,
        "Authorised to collect|Abholberechtigt|Autorisé à récupérer|Autorizados|Delegati al ritiro|Mag ophalen|"
        "Autorizados a recolher",
        [f"{t.rng.choice(kin)} {c.person(t).first}" if t.rng.random() < 0.6 else "" for _ in kids],
        c.DC,
    )
    c.add(
        t,
        "Allergies|Allergien|Allergies|Alergias|Allergie|Allergieën|Alergias",
        [t.rng.choice(("", "", "", "Nuts", "Lactose", "Gluten", "Eggs")) for _ in kids],
        None,
    )
    c.add(
        t, "Start date|Eintritt|Date d'entrée|Fecha de alta|Data inizio|Startdatum|Data de entrada", _dates(t, 2), None
    )
    c.add(
        t,
        "Paediatrician|Kinderarzt|Pédiatre|Pediatra|Pediatra|Kinderarts|Pediatra",
        [f"Dr. {c.person(t).last}" if t.rng.random() < 0.7 else "" for _ in kids],
        c.DC,
    )
    return list(zip(parents, kids, strict=True))


BUILDERS = {"foodbank": foodbank, "housing": housing, "pharmacy": pharmacy, "kita": kita}
