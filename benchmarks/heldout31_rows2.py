"""Held-out set 31: the other four export shapes (``registrar``, ``census``, ``webinar``, ``admissions``).

As ``heldout31_rows``: each function adds the table's columns and returns each row's person and the notes header.
"""

from __future__ import annotations

import types

import heldout31_language as language
import heldout31_people as people
from heldout31_cells import (
    ADDR,
    CITY,
    DC,
    DOB,
    EMAIL,
    FIRST,
    IBAN,
    LAST,
    NAME,
    NID,
    PC,
    PHONE,
    STREET,
    add,
    crowd,
    dobs,
    name_forms,
    phones,
    sometimes,
    visits,
)

_HOSPITALS = ["Princess Royal Hospital", "Rosie Hospital", "St Thomas' Hospital", "Klinikum Ernst von Bergmann",
              "Hôpital Robert-Debré", "Hospital Gregorio Marañón", "Ospedale Sandro Pertini", "Wilhelmina Ziekenhuis",
              "home birth"]  # fmt: skip
_SCHOOLS = [
    "Sir John Cass's Foundation",
    "Lycée Victor Hugo",
    "Gymnasium Johanneum",
    "IES Antonio Machado",
    "Liceo Giosuè Carducci",
    "Erasmus College",
    "Escola Secundária Camões",
    "King Edward VI School",
]


def registrar(t: types.SimpleNamespace) -> tuple[list, str]:
    """A register office's birth registration appointments (each baby once): the baby's birth date, the place of
    birth a hospital named after a person (a category), both parents, the informant ("Mother", "Both", or a name:
    "don't care"), the registrar "don't care", the office's town a branch (None shown, "don't care" hidden)."""
    mothers = crowd(t, t.n, female=True, max_age=45)
    fathers = crowd(t, t.n, female=False, max_age=60)
    babies = crowd(t, t.n, child=True)
    for b, m in zip(babies, mothers, strict=True):
        b.dob = language.baby_date(t.rng)
        b.last = m.last if t.rng.random() < 0.5 else b.last
    add(t, "Appointment|Termin|Rendez-vous|Cita|Appuntamento|Afspraak",
        [f"{language.fmt_date(language.event_date(t.rng, 0, 1), t.locale, 'num')} {t.rng.randint(9, 16)}:"
         f"{t.rng.choice(['00', '15', '30', '45'])}" for _ in babies], None)  # fmt: skip
    office = [crowd(t, 1)[0].town for _ in range(2)]
    add(
        t,
        "Register Office|Standesamt|Mairie|Registro Civil|Ufficio di stato civile|Burgerzaken",
        [t.rng.choice(office) for _ in babies],
        None,
    )
    add(
        t,
        "Child Surname|Familienname Kind|Nom de l'enfant|Apellidos del menor|Cognome bambino|Achternaam kind",
        [b.last for b in babies],
        LAST,
    )
    add(
        t,
        "Child Forenames|Vornamen Kind|Prénoms de l'enfant|Nombre del menor|Nome bambino|Voornamen kind",
        [b.first for b in babies],
        FIRST,
    )
    add(
        t,
        "Child DOB|Geburtsdatum Kind|Né(e) le|Fecha de nacimiento|Data di nascita|Geboortedatum",
        dobs(t, [b.dob for b in babies]),
        DOB,
    )
    add(
        t,
        "Place of Birth|Geburtsort|Lieu de naissance|Lugar de nacimiento|Luogo di nascita|Geboorteplaats",
        [t.rng.choice(_HOSPITALS) for _ in babies],
        None,
    )
    add(
        t,
        "Mother|Mutter|Mère|Madre|Madre|Moeder",
        name_forms(t, mothers, ("natural", "comma", "upper_last"), (0.6, 0.2, 0.2)),
        NAME,
    )
    add(t, "Mother DOB|Geb. Mutter|Née le|F. nac. madre|Nata il|Geb. moeder", dobs(t, [m.dob for m in mothers]), DOB)
    add(
        t,
        "Parent 2|Vater/Elternteil 2|Père|Padre/Progenitor 2|Padre|Vader/ouder 2",
        sometimes(t, [f.full for f in fathers], 0.2),
        NAME,
    )
    add(t, "Married|verheiratet|Mariés|Casados|Coniugati|Gehuwd", [t.rng.choice(["Y", "N"]) for _ in babies], None)
    informant = ["Mother", "Both parents", "Father"]
    add(
        t,
        "Informant|Anzeigende Person|Déclarant|Declarante|Dichiarante|Aangever",
        [t.rng.choice(informant) if t.rng.random() < 0.85 else crowd(t, 1)[0].full for _ in babies],
        DC,
    )
    add(t, "Contact Phone|Telefon|Téléphone|Teléfono|Telefono|Telefoon", phones(t, [m.mobile for m in mothers]), PHONE)
    add(t, "Email|E-Mail|Courriel|Correo|E-mail|E-mail", sometimes(t, [m.email for m in mothers], 0.25), EMAIL)
    add(t, "Usual Address|Anschrift|Domicile|Domicilio|Residenza|Woonadres", [m.address for m in mothers], ADDR)
    staff = crowd(t, 2)
    add(
        t,
        "Registrar|Standesbeamter|Officier d'état civil|Encargado|Ufficiale|Ambtenaar",
        [people.name_cell(t.rng.choice(staff), "initial") for _ in babies],
        DC,
    )
    add(
        t,
        "Entry No.|Registernr.|N° d'acte|N.º inscripción|N. atto|Aktenr.",
        [f"{t.rng.randint(1, 999)}/{t.rng.choice([2025, 2026])}" for _ in babies],
        None,
    )
    add(
        t,
        "Certificates|Urkunden|Copies|Certificados|Copie|Afschriften",
        [str(t.rng.randint(0, 4)) for _ in babies],
        None,
    )
    t.branch.append("Register Office|Standesamt|Mairie|Registro Civil|Ufficio di stato civile|Burgerzaken")
    return mothers, "Notes|Bemerkung|Observations|Observaciones|Note|Opmerking"


def census(t: types.SimpleNamespace) -> tuple[list, str]:
    """A census enumerator's household listing (a row per person; households share the address and the head's
    phone): CSPro-style variable names, or the questionnaire's words in de fr es it nl pt; a birth date with junk
    (``?``, ``98``) when not known, the birthplace "don't care", the enumerator "don't care"."""
    rows, homes, heads = [], [], []
    while len(rows) < t.n:
        head = crowd(t, 1)[0]
        for k in range(min(t.rng.choice((1, 2, 3, 4, 5, 6)), t.n - len(rows))):
            rows.append(head if k == 0 else crowd(t, 1, child=k > 1 and t.rng.random() < 0.6)[0])
            homes.append(head)
            heads.append(k == 0)
    ea = f"{t.rng.randint(100, 999):04d}-{t.rng.randint(1, 99):03d}"
    add(t, "EA_CODE|Zählbezirk|District|Sección censal|Sezione|Telgebied", [ea] * t.n, None)
    add(t, "HH_NO|Haushalt|N° ménage|N.º hogar|N. famiglia|Huishouden", _household_numbers(heads), None)
    add(t, "LINE_NO|Person|N° ligne|N.º persona|N. componente|Persoon", _line_numbers(heads), None)
    if t.locale == "km_KH" and t.rng.random() < 0.5:
        names = [p.script or p.full for p in rows]
    else:
        names = name_forms(t, rows, ("natural", "last_first", "upper_last"), (0.6, 0.3, 0.1))
    add(t, "NAME|Name, Vorname|Nom et prénom|Nombre y apellidos|Cognome e nome|Naam", names, NAME)
    rel = ["Head", "Spouse", "Son", "Daughter", "Parent", "Other relative", "Lodger"]
    add(
        t,
        "REL_HEAD|Stellung zum HHV|Lien|Parentesco|Relazione|Relatie",
        [rel[0] if h else t.rng.choice(rel[1:]) for h in heads],
        None,
    )
    add(t, "SEX|Geschlecht|Sexe|Sexo|Sesso|Geslacht", ["F" if p.female else "M" for p in rows], None)
    add(t, "AGE|Alter|Âge|Edad|Età|Leeftijd", [str((language.REFERENCE - p.dob).days // 365) for p in rows], None)
    dob = dobs(t, [p.dob for p in rows])
    add(
        t,
        "DOB|Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|Geboortedatum",
        [t.rng.choice(["?", "TBC", "n/k"]) if t.rng.random() < 0.06 else d for d in dob],
        DOB,
    )
    add(
        t,
        "BIRTHPLACE|Geburtsort|Lieu de naissance|Lugar de nacimiento|Luogo di nascita|Geboorteplaats",
        [crowd(t, 1)[0].town if t.rng.random() < 0.7 else t.region for _ in rows],
        DC,
    )
    add(
        t,
        "NATIONALITY|Staatsangehörigkeit|Nationalité|Nacionalidad|Cittadinanza|Nationaliteit",
        [t.region if t.rng.random() < 0.85 else t.rng.choice(["PL", "RO", "SY", "IN"]) for _ in rows],
        None,
    )
    add(
        t,
        "MARITAL|Familienstand|État matrimonial|Estado civil|Stato civile|Burgerlijke staat",
        [t.rng.choice(["1", "2", "3", "4"]) for _ in rows],
        None,
    )
    add(
        t,
        "HH_PHONE|Telefon|Téléphone|Teléfono|Telefono|Telefoon",
        phones(t, [p.mobile if h else None for p, h in zip(homes, heads, strict=True)]),
        PHONE,
    )
    add(
        t,
        "ADDRESS|Anschrift|Adresse|Dirección|Indirizzo|Adres",
        [h.address if first or t.rng.random() < 0.5 else "" for h, first in zip(homes, heads, strict=True)],
        ADDR,
    )
    enumerators = crowd(t, 1)
    add(
        t,
        "ENUMERATOR|Erhebungsbeauftragter|Agent recenseur|Agente censal|Rilevatore|Teller",
        [enumerators[0].full] * t.n,
        DC,
    )
    return rows, "REMARKS|Bemerkungen|Remarques|Observaciones|Osservazioni|Opmerkingen"


def _household_numbers(heads: list[bool]) -> list[str]:
    out, k = [], 0
    for h in heads:
        k += h
        out.append(f"{k:03d}")
    return out


def _line_numbers(heads: list[bool]) -> list[str]:
    out, k = [], 0
    for h in heads:
        k = 1 if h else k + 1
        out.append(str(k))
    return out


def webinar(t: types.SimpleNamespace) -> tuple[list, str]:
    """A Zoom webinar report (registration and attendance joined, a row per join: attendees rejoin): Zoom's English
    headers everywhere, the display name as typed (lower case, a first name alone, ``iPhone de Claire``), an
    optional phone and address mostly empty, organisations named after a family, the region "don't care"."""
    who = visits(t, (0.5, 0.9))
    shown = []
    for p in who:
        roll = t.rng.random()
        shown.append(p.full.lower() if roll < 0.15 else p.first if roll < 0.3 else
                     f"iPhone de {p.first}" if roll < 0.35 else p.full)  # fmt: skip
    add(t, "User Name (Original Name)", shown, NAME)
    add(t, "First Name", [p.first for p in who], FIRST)
    add(t, "Last Name", [p.last for p in who], LAST)
    add(t, "Email", [p.email for p in who], EMAIL)
    day = language.event_date(t.rng, 0, 1)
    add(t, "Registration Time", [f"{day:%m/%d/%Y} {t.rng.randint(6, 11):02d}:{t.rng.randint(0, 59):02d}" for _ in who],
        None)  # fmt: skip
    add(t, "Approval Status", ["approved"] * t.n, None)
    add(t, "Join Time", [f"{day:%m/%d/%Y} 14:{t.rng.randint(0, 59):02d}:{t.rng.randint(0, 59):02d}" for _ in who], None)
    add(t, "Time in Session (minutes)", [str(t.rng.randint(1, 90)) for _ in who], None)
    add(t, "Is Guest", [t.rng.choice(["Yes", "Yes", "No"]) for _ in who], None)
    add(t, "Country/Region Name", [t.region] * t.n, None)
    add(t, "Phone", sometimes(t, phones(t, [p.mobile for p in who]), 0.6, 0), PHONE)
    add(t, "Address", sometimes(t, [p.street for p in who], 0.5, 0), STREET)
    add(t, "City", sometimes(t, [p.town for p in who], 0.5, 0), CITY)
    add(t, "Zip/Postal Code", sometimes(t, [p.postcode for p in who], 0.5, 0), PC)
    add(t, "State/Province", sometimes(t, [""] * t.n, 1.0, 0), DC)
    firms = [f"{p.last} & Partner" for p in crowd(t, 2)] + ["Freelance", "n/a", "Acme Logistics"]
    add(t, "Organization", [t.rng.choice(firms) for _ in who], None)
    add(t, "Job Title", [t.rng.choice(["Manager", "Nurse", "Teacher", "Student", "Engineer", ""]) for _ in who], None)
    return who, "Questions & Comments"


def admissions(t: types.SimpleNamespace) -> tuple[list, str]:
    """A university's applicant export (a row per application: an applicant applies to one to three courses): the
    applicant number "don't care", the previous surname mostly empty, home and mobile phones, the parent or guardian,
    schools named after people (a category), the referee "don't care"."""
    applicants = crowd(t, max(1, round(t.n * t.rng.uniform(0.5, 0.9))), max_age=30)
    who = applicants + [t.rng.choice(applicants) for _ in range(t.n - len(applicants))]
    t.rng.shuffle(who)
    number = {id(p): str(t.rng.randint(1000000000, 1999999999)) for p in applicants}
    add(
        t,
        "Personal ID|Bewerbernummer|N° candidat|N.º solicitud|Matricola|Studentnummer",
        [number[id(p)] for p in who],
        DC,
    )
    add(
        t,
        "Course Code|Studiengang|Formation|Titulación|Corso di laurea|Opleiding",
        [t.rng.choice(["L100", "B720", "G400", "V100", "N200"]) for _ in who],
        None,
    )
    add(t, "Surname|Nachname|Nom|Apellidos|Cognome|Achternaam", [p.last for p in who], LAST)
    add(t, "Forenames|Vorname|Prénom|Nombre|Nome|Voornamen", [p.first for p in who], FIRST)
    add(
        t,
        "Previous Surname|Geburtsname|Nom de naissance|Apellido anterior|Cognome precedente|Vorige achternaam",
        sometimes(t, [crowd(t, 1)[0].last for _ in who], 0.92, 0),
        LAST,
    )
    add(
        t,
        "Date of Birth|Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|Geboortedatum",
        dobs(t, [p.dob for p in who]),
        DOB,
    )
    add(
        t,
        "Nationality|Staatsangehörigkeit|Nationalité|Nacionalidad|Cittadinanza|Nationaliteit",
        [t.region for _ in who],
        None,
    )
    if who[0].nid and t.rng.random() < 0.5:
        add(
            t,
            "ID Number|Ausweisnummer|N° INE|DNI/NIE|Codice fiscale|BSN",
            [people.id_cell(p.nid, t.rng) for p in who],
            NID,
        )
    if people.iban_of(who[0]):
        add(
            t,
            "Refund IBAN|IBAN Rückerstattung|IBAN remboursement|IBAN devolución|IBAN rimborso|IBAN terugbetaling",
            sometimes(t, [people.iban_of(p) if t.rng.random() < 0.4 else "" for p in who], 0, 0),
            IBAN,
        )
    add(t, "Home Address|Heimatanschrift|Adresse|Domicilio|Indirizzo|Adres", [p.street for p in who], STREET)
    add(t, "Town|Ort|Ville|Localidad|Comune|Woonplaats", [p.town for p in who], CITY)
    add(t, "Postcode|PLZ|Code postal|Código postal|CAP|Postcode", [p.postcode for p in who], PC)
    add(
        t,
        "Home Phone|Telefon|Téléphone fixe|Teléfono fijo|Telefono|Telefoon",
        sometimes(t, phones(t, [p.landline for p in who], True), 0.4),
        PHONE,
    )
    add(t, "Mobile|Mobil|Portable|Móvil|Cellulare|Mobiel", phones(t, [p.mobile for p in who]), PHONE)
    add(t, "Email|E-Mail|Courriel|Correo electrónico|E-mail|E-mail", [p.email for p in who], EMAIL)
    add(
        t,
        "School/College|Schule (HZB)|Lycée|Centro de bachillerato|Scuola superiore|Vooropleiding",
        [t.rng.choice(_SCHOOLS) for _ in who],
        None,
    )
    referees = crowd(t, 4)
    add(
        t,
        "Referee|Referenz|Référent|Referencia|Referente|Referent",
        [f"{t.rng.choice(['Mr', 'Ms', 'Dr'])} {t.rng.choice(referees).last}" for _ in who],
        DC,
    )
    guardians = {id(p): crowd(t, 1, max_age=70)[0] for p in applicants}
    add(
        t,
        "Parent/Guardian|Erziehungsberechtigte|Responsable légal|Tutor legal|Genitore|Ouder/voogd",
        sometimes(t, [guardians[id(p)].full for p in who], 0.3),
        NAME,
    )
    add(
        t,
        "Decision|Entscheidung|Décision|Resolución|Esito|Besluit",
        [t.rng.choice(["Offer", "Conditional", "Unsuccessful", "Pending"]) for _ in who],
        None,
    )
    return who, "Admissions Comments|Bemerkungen|Commentaires|Comentarios|Commenti|Opmerkingen"
