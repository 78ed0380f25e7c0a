"""Held-out set 34: four of the eight export shapes (``heldout34_rows`` has the others).

- ``music``: a music school's lesson roster: the pupil's name and birth date, instrument, the teacher (``Frau
  Weber``, "don't care"), rooms named after composers (``Clara-Schumann-Saal``, ``None``), the payer (a parent, in
  several forms), the payer's IBAN, mobile and e-mail; a pupil with two instruments has two rows;
- ``keys``: a domestic cleaning firm's client key register: key tags, the client, street / postcode / town apart,
  the alarm code ("don't care"), the client's mobile and landline (extensions), the neighbour holding a spare key
  with the neighbour's phone, the cleaner ("don't care"), pets named like people (``None``), the direct-debit IBAN;
- ``careers``: a career fair's candidate registrations: registration ids, first and last name apart (some lower
  case), e-mail, mobile, universities named after people (``Humboldt-Universität``, ``None``), degree, nationality
  (``None``), the birth date (often empty), the LinkedIn URL ("don't care"), the recruiter ("don't care"), the home
  address whole (half empty);
- ``chess``: a chess club's member list: FIDE and federation ids (``None``), the name as ``Weber, Klaus``, titles,
  ratings, the birth year ("don't care") beside a full birth date (often empty), clubs named after masters (``SK
  Anderssen``, ``None``), phone, e-mail, the address in parts, the team captain ("don't care").
"""

from __future__ import annotations

import types

import heldout34_cells as c
import heldout34_language as language

_COMPOSERS = (
    "Clara-Schumann-Saal",
    "Salle Debussy",
    "Sala Falla",
    "Aula Verdi",
    "Sweelinckzaal",
    "Mozart Room",
    "Bach",
    "Hildegard Room",
)
_UNIS = (
    "Humboldt-Universität zu Berlin",
    "Université Paris Cité",
    "Universidad Carlos III",
    "Università Bocconi",
    "Erasmus Universiteit",
    "Universidade Nova",
    "King's College London",
    "Johns Hopkins University",
    "Technical University",
)
_NATION = ("German", "French", "Spanish", "Italian", "Dutch", "Portuguese", "Polish", "Indian", "Nigerian", "Brazilian")
_CLUBS = (
    "SK Anderssen",
    "Club Capablanca",
    "Circolo Morphy",
    "Schachfreunde Lasker",
    "Tal Chess Club",
    "Ajedrez Ruy López",
    "Philidor",
)


def music(t: types.SimpleNamespace) -> list:
    """A music school's lesson roster (module docstring)."""
    kids = c.crowd(t, max(1, round(t.n * t.rng.uniform(0.8, 1.0))), child=True)
    who = kids + [t.rng.choice(kids) for _ in range(t.n - len(kids))]
    t.rng.shuffle(who)
    payer = {id(k): c.person(t) for k in kids}
    for k in kids:
        payer[id(k)].last = k.last if t.rng.random() < 0.7 else payer[id(k)].last
        payer[id(k)].full = f"{payer[id(k)].first} {payer[id(k)].last}"
    pay = [payer[id(k)] for k in who]
    teachers = [t.rng.choice(("Frau", "Herr", "Mme", "Sr.", "Mr", "Ms")) + f" {p.last}" for p in c.crowd(t, 4)]
    c.add(t, "Pupil|Schüler/in|Élève|Alumno/a|Allievo/a|Leerling|Aluno/a", [k.full for k in who], c.NAME)
    c.add(t, "Pupil DOB|Geb.-Datum|Date naiss.|F. nac.|Data nascita|Geb.datum|Data nasc.", c.dobs(t, who), c.DOB)
    c.add(
        t,
        "Instrument|Instrument|Instrument|Instrumento|Strumento|Instrument|Instrumento",
        [t.rng.choice(("Piano", "Violin", "Guitar", "Flute", "Drums", "Cello", "Voice")) for _ in who],
        None,
    )
    c.add(
        t,
        "Teacher|Lehrkraft|Professeur|Profesor/a|Insegnante|Docent|Professor",
        [t.rng.choice(teachers) for _ in who],
        c.DC,
    )
    c.add(t, "Room|Raum|Salle|Aula|Aula|Lokaal|Sala", [t.rng.choice(_COMPOSERS) for _ in who], None)
    c.add(
        t,
        "Lesson Slot|Unterrichtszeit|Créneau|Horario|Orario|Lestijd|Horário",
        [
            f"{t.rng.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} {t.rng.randint(14, 19)}:{t.rng.choice(('00', '30'))}"
            for _ in who
        ],
        None,
    )
    c.add(
        t,
        "Payer|Zahler/in|Payeur|Pagador|Pagante|Betaler|Pagador",
        c.name_forms(t, pay, ("natural", "comma", "initial", "upper_last"), (4, 2, 1, 1)),
        c.NAME,
    )
    c.add(
        t,
        "Payer IBAN|IBAN Zahler|IBAN payeur|IBAN pagador|IBAN pagante|IBAN betaler|IBAN pagador",
        c.sometimes(t, [p.iban or "" for p in pay], 0.2),
        c.IBAN,
    )
    c.add(t, "Payer Mobile|Handy|Portable|Móvil|Cellulare|Mobiel|Telemóvel", c.phones(t, pay), c.PHONE)
    c.add(
        t, "Payer Email|E-Mail|Courriel|Correo|Email|E-mail|Email", c.sometimes(t, [p.email for p in pay], 0.1), c.EMAIL
    )
    c.add(
        t,
        "Exam|Prüfung|Examen|Examen|Esame|Examen|Exame",
        [t.rng.choice(("", "", "Grade 3 ABRSM", "Stufe D1", "Cycle 2")) for _ in who],
        None,
    )
    return [(payer[id(k)], k) for k in who]


def keys(t: types.SimpleNamespace) -> list:
    """A cleaning firm's client key register (module docstring)."""
    who = c.crowd(t, t.n)
    holders = c.crowd(t, t.n)
    cleaners = [p.first for p in c.crowd(t, 4)]
    c.add(
        t,
        "Key Tag|Schlüssel-Nr.|N° clé|N.º llave|N. chiave|Sleutelnr.|N.º chave",
        [f"K-{i + 1:03d}" for i in range(t.n)],
        None,
    )
    c.add(
        t,
        "Client|Kunde|Client|Cliente|Cliente|Klant|Cliente",
        c.name_forms(t, who, ("natural", "comma", "last_first", "lower"), (4, 2, 2, 1)),
        c.NAME,
    )
    c.add(t, "Street|Straße|Rue|Calle|Via|Straat|Rua", [p.street for p in who], c.STREET)
    if any(p.postcode for p in who):
        c.add(t, "Postcode|PLZ|CP|CP|CAP|Postcode|Código postal", [p.postcode for p in who], c.PC)
    c.add(t, "Town|Ort|Ville|Localidad|Città|Plaats|Localidade", [p.town for p in who], c.CITY)
    c.add(
        t,
        "Alarm Code|Alarmcode|Code alarme|Código alarma|Codice allarme|Alarmcode|Código alarme",
        [t.rng.choice(("", f"{t.rng.randint(0, 9999):04d}", f"{t.rng.randint(0, 999999):06d}#")) for _ in who],
        c.DC,
    )
    c.add(t, "Mobile|Handy|Portable|Móvil|Cellulare|Mobiel|Telemóvel", c.sometimes(t, c.phones(t, who), 0.1), c.PHONE)
    c.add(
        t,
        "Landline|Festnetz|Fixe|Fijo|Fisso|Vast|Fixo",
        c.sometimes(t, c.phones(t, who, landline=True, ext=0.1), 0.5),
        c.PHONE,
    )
    c.add(
        t,
        "Spare Key With|Ersatzschlüssel bei|Double chez|Copia con|Copia presso|Reservesleutel bij|Cópia com",
        c.sometimes(t, c.name_forms(t, holders, ("natural", "initial"), (3, 1)), 0.4),
        c.NAME,
    )
    c.add(
        t,
        "Key Holder Phone|Tel. Nachbar|Tél. voisin|Tel. vecino|Tel. vicino|Tel. buren|Tel. vizinho",
        c.sometimes(t, c.phones(t, holders), 0.4),
        c.PHONE,
    )
    c.add(
        t,
        "Cleaner|Reinigungskraft|Agent|Limpiador/a|Addetta|Schoonmaker|Empregada",
        [t.rng.choice(cleaners) for _ in who],
        c.DC,
    )
    c.add(
        t,
        "Pets|Haustiere|Animaux|Mascotas|Animali|Huisdieren|Animais",
        [t.rng.choice(("", "", "cat (Minka)", "dog Oskar", "Bella - friendly", "fish")) for _ in who],
        None,
    )
    c.add(
        t,
        "DD IBAN|IBAN Lastschrift|IBAN prélèvement|IBAN domiciliación|IBAN RID|IBAN incasso|IBAN débito",
        c.sometimes(t, [p.iban or "" for p in who], 0.3),
        c.IBAN,
    )
    return [(p, h) for p, h in zip(who, holders, strict=True)]


def careers(t: types.SimpleNamespace) -> list:
    """A career fair's candidate registrations (module docstring)."""
    who = c.crowd(t, t.n)
    recruiters = [f"{p.first} {p.last}" for p in c.crowd(t, 3)]
    c.add(
        t,
        "Registration ID|Anmelde-ID|ID inscription|ID registro|ID iscrizione|Registratie-ID|ID inscrição",
        [f"CF26-{t.rng.randint(1, 9999):04d}" for _ in who],
        None,
    )
    c.add(
        t,
        "First Name|Vorname|Prénom|Nombre|Nome|Voornaam|Nome",
        [p.first.lower() if t.rng.random() < 0.15 else p.first for p in who],
        c.FIRST,
    )
    c.add(
        t,
        "Last Name|Nachname|Nom|Apellidos|Cognome|Achternaam|Apelido",
        [p.last.lower() if t.rng.random() < 0.15 else p.last for p in who],
        c.LAST,
    )
    c.add(t, "Email|E-Mail|E-mail|Email|Email|E-mail|Email", [p.email for p in who], c.EMAIL)
    c.add(t, "Mobile|Mobil|Mobile|Móvil|Cellulare|Mobiel|Telemóvel", c.sometimes(t, c.phones(t, who), 0.1), c.PHONE)
    c.add(
        t,
        "University|Hochschule|Université|Universidad|Università|Universiteit|Universidade",
        [t.rng.choice(_UNIS) for _ in who],
        None,
    )
    c.add(
        t,
        "Degree|Studiengang|Diplôme|Titulación|Laurea|Opleiding|Curso",
        [t.rng.choice(("MSc Data Science", "BA Economics", "BEng Mechanical", "LLM", "PhD Chemistry")) for _ in who],
        None,
    )
    c.add(
        t,
        "Nationality|Staatsangehörigkeit|Nationalité|Nacionalidad|Nazionalità|Nationaliteit|Nacionalidade",
        [t.rng.choice(_NATION) for _ in who],
        None,
    )
    c.add(
        t,
        "Date of Birth|Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|Geboortedatum|"
        "Data de nascimento",
        c.sometimes(t, c.dobs(t, who), 0.5),
        c.DOB,
    )
    c.add(
        t,
        "LinkedIn",
        [
            f"linkedin.com/in/{p.first.lower()}-{p.last.split()[0].lower()}-{t.rng.randint(10, 99)}a"
            if t.rng.random() < 0.6
            else ""
            for p in who
        ],
        c.DC,
    )
    c.add(
        t,
        "Recruiter|Recruiter|Recruteur|Reclutador|Selezionatore|Recruiter|Recrutador",
        [t.rng.choice(recruiters) for _ in who],
        c.DC,
    )
    c.add(
        t,
        "Home Address|Heimatadresse|Adresse|Domicilio|Indirizzo|Woonadres|Morada",
        c.sometimes(t, [p.address for p in who], 0.5),
        c.ADDR,
    )
    c.add(
        t,
        "Graduation|Abschluss|Diplômé en|Graduación|Laurea nel|Afstuderen|Conclusão",
        [str(t.rng.randint(2024, 2028)) for _ in who],
        None,
    )
    return [(p, t.rng.choice(who)) for p in who]


def chess(t: types.SimpleNamespace) -> list:
    """A chess club's member list (module docstring)."""
    who = c.crowd(t, t.n)
    captains = [f"{p.last}, {p.first}" for p in c.crowd(t, 2)]
    c.add(t, "FIDE ID", c.sometimes(t, [str(t.rng.randint(1000000, 49999999)) for _ in who], 0.3, 0.0), None)
    c.add(
        t,
        "Fed. ID|DSB-Nr.|N° FFE|N.º FEDA|Tessera FSI|KNSB-nr|N.º FPX",
        [f"{t.rng.choice('ABCDEFGHK')}{t.rng.randint(10000, 99999)}" for _ in who],
        None,
    )
    c.add(t, "Name|Name|Nom|Nombre|Nome|Naam|Nome", c.name_forms(t, who, ("comma", "upper_last"), (5, 1)), c.NAME)
    c.add(
        t,
        "Title|Titel|Titre|Título|Titolo|Titel|Título",
        [t.rng.choice(("", "", "", "CM", "FM", "WIM", "IM")) for _ in who],
        None,
    )
    c.add(t, "Rating|DWZ|Elo|Elo|Elo|Rating|Elo", [str(t.rng.randint(900, 2450)) for _ in who], None)
    c.add(
        t,
        "Birth Year|Geburtsjahr|Année naiss.|Año nac.|Anno nascita|Geboortejaar|Ano nasc.",
        [str(p.dob.year) for p in who],
        c.DC,
    )
    c.add(
        t,
        "Date of Birth|Geburtsdatum|Date de naissance|Fecha nacimiento|Data di nascita|Geboortedatum|Data nascimento",
        c.sometimes(t, c.dobs(t, who), 0.4),
        c.DOB,
    )
    c.add(t, "Club|Verein|Club|Club|Circolo|Vereniging|Clube", [t.rng.choice(_CLUBS) for _ in who], None)
    c.add(
        t,
        "Phone|Telefon|Téléphone|Teléfono|Telefono|Telefoon|Telefone",
        c.sometimes(t, c.phones(t, who, ext=0.05), 0.2),
        c.PHONE,
    )
    c.add(t, "Email|E-Mail|E-mail|Email|Email|E-mail|Email", c.sometimes(t, [p.email for p in who], 0.2), c.EMAIL)
    c.add(t, "Street|Straße|Adresse|Dirección|Indirizzo|Straat|Rua", [p.street for p in who], c.STREET)
    c.add(t, "Town|Ort|Ville|Ciudad|Città|Woonplaats|Cidade", [p.town for p in who], c.CITY)
    c.add(t, "Sex|Geschlecht|Sexe|Sexo|Sesso|Geslacht|Sexo", ["F" if p.female else "M" for p in who], None)
    c.add(
        t,
        "Team Captain|Mannschaftsführer|Capitaine|Capitán|Capitano|Teamleider|Capitão",
        [t.rng.choice(captains) for _ in who],
        c.DC,
    )
    c.add(
        t,
        "Member Since|Mitglied seit|Membre depuis|Socio desde|Socio dal|Lid sinds|Sócio desde",
        [c.date_cell(t, language.event_date(t.rng, years=20)) for _ in who],
        None,
    )
    return [(p, t.rng.choice(who)) for p in who]


BUILDERS = {"music": music, "keys": keys, "careers": careers, "chess": chess}
