"""Held-out set 31: four of the eight export shapes (``paypal``, ``electoral``, ``prison``, ``antenatal``).

Each function adds a table's columns to ``t`` (``heldout31_cells.add``) as the system exports them and returns the
person of each row (whose data a row's note may repeat) and the notes column's header spec. Look-alikes are labelled
None, "don't care" columns ``DC``.
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
    LAST,
    NAME,
    NAME_PHONE,
    NID,
    PC,
    PHONE,
    SSN,
    STREET,
    add,
    crowd,
    dobs,
    name_forms,
    phones,
    sometimes,
    visits,
)

_SHARED_SURNAME = ("en", "de", "fr", "nl", "it", "sv", "da", "no", "nb", "fi", "pt")
_ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _code(t: types.SimpleNamespace, k: int, chars: str = _ALNUM) -> str:
    return "".join(t.rng.choice(chars) for _ in range(k))


def _date(t: types.SimpleNamespace, d, layout: str = "num") -> str:
    return language.fmt_date(d, t.locale, layout)


def _nid_label(t: types.SimpleNamespace):
    return SSN if t.region in ("US", "PR") else NID


def paypal(t: types.SimpleNamespace) -> tuple[list, str]:
    """A PayPal "Activity download" (a row per payment; buyers come back): PayPal's headers in English, German or
    French, the shop's own receiving address "don't care", items named after a family, receipt ids with a card's
    digit count, the shipping address whole and in parts."""
    who = visits(t, (0.4, 0.85))
    shop = t.rng.choice(["Weber", "Moreau", "Rossi", "Jansen", "Okafor", "Lindqvist", "Haddad"])
    kinds = ["Express Checkout Payment", "Website Payment", "General Payment", "Payment Refund"]
    add(t, "Date|Datum|Date", [_date(t, language.event_date(t.rng), "num_slash_pad") for _ in who], None)
    add(t, "Time|Uhrzeit|Heure", [f"{t.rng.randint(0, 23):02d}:{t.rng.randint(0, 59):02d}:{t.rng.randint(0, 59):02d}"
                                  for _ in who], None)  # fmt: skip
    add(t, "TimeZone|Zeitzone|Fuseau horaire", [t.rng.choice(["CET", "CEST", "GMT", "PST"]) for _ in who], None)
    add(t, "Name|Name|Nom", name_forms(t, who, ("natural", "upper_last", "lower"), (0.8, 0.1, 0.1)), NAME)
    add(t, "Type|Typ|Type", [t.rng.choice(kinds) for _ in who], None)
    add(t, "Status|Status|État", [t.rng.choice(["Completed", "Pending", "Refunded"]) for _ in who], None)
    add(t, "Currency|Währung|Devise", [t.rng.choice(["EUR", "GBP", "USD"]) for _ in who], None)
    gross = [round(t.rng.uniform(4, 240), 2) for _ in who]
    add(t, "Gross|Brutto|Avant commission", [f"{g:.2f}" for g in gross], None)
    add(t, "Fee|Gebühr|Commission", [f"-{g * 0.029 + 0.35:.2f}" for g in gross], None)
    add(t, "From Email Address|Absender E-Mail-Adresse|De l'adresse email", [p.email for p in who], EMAIL)
    add(t, "To Email Address|Empfänger E-Mail-Adresse|À l'adresse email", [f"shop@{shop.lower()}-home.com"] * t.n, DC)
    add(t, "Transaction ID|Transaktionscode|Numéro de transaction", [_code(t, 17) for _ in who], None)
    add(t, "Shipping Address|Lieferadresse|Adresse de livraison", sometimes(t, [p.address for p in who], 0.1), ADDR)
    add(t, "Address Status|Adressstatus|Statut de l'adresse", [t.rng.choice(["Confirmed", "Non-Confirmed"])
                                                               for _ in who], None)  # fmt: skip
    items = [f"{shop}'s Honey", f"Familie {shop} Teemischung", f"{shop} & Sons candle", "Gift card"]
    add(t, "Item Title|Artikelbezeichnung|Titre de l'objet", [t.rng.choice(items) for _ in who], None)
    add(t, "Insurance Amount|Versicherungsbetrag|Montant de l'assurance", [""] * t.n, None)
    add(t, "Receipt ID|Empfangsnummer|Numéro de reçu", sometimes(t, [
        "-".join(_code(t, 4, "0123456789") for _ in range(4)) for _ in who], 0.6, 0), None)  # fmt: skip
    add(t, "Address Line 1|Adresszeile 1|Adresse ligne 1", [p.street for p in who], STREET)
    add(
        t,
        "Address Line 2/District/Neighborhood|Adresszusatz|Adresse ligne 2",
        sometimes(t, [t.rng.choice(["Flat 2", "c/o reception", "2nd floor", "Apt 4B"]) for _ in who], 0.8, 0),
        DC,
    )
    add(t, "Town/City|Ort|Ville", [p.town for p in who], CITY)
    add(t, "Zip/Postal Code|PLZ|Code postal", [p.postcode for p in who], PC)
    add(t, "Country|Land|Pays", [t.region] * t.n, None)
    add(
        t,
        "Contact Phone Number|Telefonnummer|Numéro de téléphone",
        sometimes(t, phones(t, [p.mobile for p in who]), 0.45),
        PHONE,
    )
    add(t, "Balance Impact|Auswirkung auf Guthaben|Impact sur le solde", [t.rng.choice(["Credit", "Debit"])
                                                                           for _ in who], None)  # fmt: skip
    return who, "Note|Hinweis|Remarque"


def electoral(t: types.SimpleNamespace) -> tuple[list, str]:
    """An electoral register extract (a row per elector, households share an address): the British council layout
    (``Elector Name`` ``WEBER, Klaus``, a birth date only for attainers, markers) in English, Germany's
    Wählerverzeichnis, France's liste électorale, Spain's censo, Italy's liste and the Dutch register in theirs;
    polling stations named after people are a category, the canvass officer "don't care"."""
    rows, homes = [], []
    while len(rows) < t.n:
        head = crowd(t, 1)[0]
        for k in range(min(t.rng.choice((1, 1, 2, 2, 3, 4)), t.n - len(rows))):
            p = head if k == 0 else crowd(t, 1)[0]
            if k and t.lg in _SHARED_SURNAME and t.rng.random() < 0.7:
                p.last, p.full = head.last, f"{p.first} {head.last}"
            rows.append(p)
            homes.append(head)
    stations = ["St Aidan's Church Hall", "Winston Churchill School", "Grundschule Sophie Scholl", "Salle Jean Jaurès",
                "Colegio Miguel Hernández", "Scuola Giovanni Pascoli", "Basisschool De Regenboog"]  # fmt: skip
    district = [f"{_code(t, 2, 'ABCDEFGHKLMNPRSTW')}{t.rng.randint(1, 9)}" for _ in range(3)]
    add(
        t,
        "Polling District|Wahlbezirk|Bureau de vote|Sección|Sezione|Stembureau",
        [t.rng.choice(district) for _ in rows],
        None,
    )
    add(
        t,
        "Elector Number|Lfd. Nr.|N° d'ordre|Número de elector|N. iscrizione|Volgnummer",
        [str(i + 1) for i in range(t.n)],
        None,
    )
    if t.lg == "en" or t.lg not in ("de", "fr", "es", "it", "nl"):
        add(t, "Elector Markers", [t.rng.choice(["", "", "", "F", "E", "G", "K"]) for _ in rows], None)
        attainer = [t.rng.random() < 0.08 for _ in rows]
        add(t, "Elector DOB", [d if a else "" for d, a in zip(dobs(t, [p.dob for p in rows]), attainer, strict=True)],
            DOB)  # fmt: skip
        add(t, "Elector Name", name_forms(t, rows, ("comma", "natural"), (0.85, 0.15)), NAME)
        add(t, "Address1", [h.street for h in homes], STREET)
        add(t, "Address2", [h.town for h in homes], CITY)
        add(t, "Address3", [""] * t.n, None)
        add(t, "PostCode", [h.postcode for h in homes], PC)
        add(t, "Franchise Flag", [t.rng.choice(["", "", "", "G", "E"]) for _ in rows], None)
        add(t, "Opted Out", [t.rng.choice(["Y", "N", "N"]) for _ in rows], None)
        add(t, "Absent Voter", [t.rng.choice(["", "", "P", "PX"]) for _ in rows], None)
    else:
        add(t, "Surname|Familienname|Nom de naissance|Primer apellido|Cognome|Geslachtsnaam",
            [p.last for p in rows], LAST)  # fmt: skip
        if t.lg == "fr":
            add(t, "Nom d'usage", sometimes(t, [p.last for p in rows], 0.8, 0), LAST)
        if t.lg == "es":
            add(t, "Segundo apellido", [crowd(t, 1)[0].last for _ in rows], LAST)
        add(t, "Forenames|Vornamen|Prénoms|Nombre|Nome|Voornamen", [p.first for p in rows], FIRST)
        add(
            t,
            "Date of birth|Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|Geboortedatum",
            dobs(t, [p.dob for p in rows]),
            DOB,
        )
        if t.lg in ("fr", "it"):
            add(t, "||Lieu de naissance||Luogo di nascita", [crowd(t, 1)[0].town for _ in rows], DC)
        if t.lg in ("es", "it") and rows[0].nid:
            add(t, "|||DNI|Codice fiscale", [people.id_cell(p.nid, t.rng, 0) for p in rows], NID)
        if t.lg in ("de", "nl"):
            split = [h.street.rsplit(" ", 1) if " " in h.street else [h.street, ""] for h in homes]
            add(t, "|Straße||||Straatnaam", [s[0] for s in split], STREET)
            add(t, "|Hausnummer||||Huisnummer", [s[1] for s in split], DC)
        else:
            add(t, "||Adresse|Domicilio|Indirizzo", [h.street for h in homes], STREET)
        add(t, "|PLZ|Code postal|Código postal|CAP|Postcode", [h.postcode for h in homes], PC)
        add(t, "|Wohnort|Commune|Municipio|Comune|Woonplaats", [h.town for h in homes], CITY)
        add(
            t,
            "|Briefwahl|Procuration|Voto CERA|Voto assistito|Volmacht",
            [t.rng.choice(["ja", "nein", "nein"]) if t.lg == "de" else t.rng.choice(["", "", "X"]) for _ in rows],
            None,
        )
    add(
        t,
        "Polling Station|Wahlraum|Lieu de vote|Colegio electoral|Seggio|Stemlokaal",
        [t.rng.choice(stations) for _ in rows],
        None,
    )
    officer = crowd(t, 2)
    add(
        t,
        "Canvass Officer|Sachbearbeiter|Agent|Funcionario|Operatore|Medewerker",
        [t.rng.choice(officer).full for _ in rows],
        DC,
    )
    return rows, "Comments|Vermerk|Observations|Observaciones|Note|Opmerking"


def prison(t: types.SimpleNamespace) -> tuple[list, str]:
    """A prison's visits booking log (a row per visit; visitors come back): the prisoner's number "don't care",
    his name ``SURNAME, Given``, the lead visitor in several forms, the other visitors joined in one cell with
    relation and age, the id document's number "don't care", the booking officer "don't care"."""
    who = visits(t, (0.35, 0.75))
    inmates = {id(p): crowd(t, 1)[0] for p in who}
    add(
        t,
        "Visit Date|Besuchstag|Date du parloir|Fecha de visita|Data colloquio|Bezoekdatum",
        [_date(t, language.event_date(t.rng, 1)) for _ in who],
        None,
    )
    add(t, "Session|Zeitfenster|Créneau|Turno|Turno|Tijdvak", [t.rng.choice(["AM", "PM", "EVE"]) for _ in who], None)
    add(
        t,
        "Prisoner No.|Gefangenenbuchnr.|N° d'écrou|NIS|Matricola|Registratienr.",
        [f"{_code(t, 1, 'ABG')}{t.rng.randint(1000, 9999)}{_code(t, 2, 'ABCDEFGHJK')}" for _ in who],
        DC,
    )
    add(
        t,
        "Prisoner Name|Gefangener|Détenu|Interno|Detenuto|Gedetineerde",
        [people.name_cell(inmates[id(p)], "comma") for p in who],
        NAME,
    )
    add(
        t,
        "Wing/Cell|Haus/Zelle|Bâtiment/Cellule|Módulo|Sezione/Cella|Afdeling/Cel",
        [f"{_code(t, 1, 'ABCDE')}-{t.rng.randint(1, 4)}-{t.rng.randint(1, 40):02d}" for _ in who],
        None,
    )
    add(
        t,
        "Lead Visitor|Hauptbesucher|Visiteur principal|Visitante|Visitatore|Bezoeker",
        name_forms(t, who, ("natural", "comma", "initial", "upper_last"), (0.5, 0.25, 0.1, 0.15)),
        NAME,
    )
    add(
        t,
        "Visitor DOB|Geb.-Datum Besucher|Date de naissance|Fecha nac.|Data di nascita|Geb. datum",
        dobs(t, [p.dob for p in who]),
        DOB,
    )
    rel = ["Mother", "Partner", "Friend", "Sister", "Father", "Wife"]
    add(t, "Relationship|Beziehung|Lien|Parentesco|Parentela|Relatie", [t.rng.choice(rel) for _ in who], None)
    add(t, "Visitor Address|Anschrift|Adresse|Domicilio|Indirizzo|Adres", [p.address for p in who], ADDR)
    add(
        t,
        "Visitor Phone|Telefon|Téléphone|Teléfono|Telefono|Telefoon",
        sometimes(t, phones(t, [p.mobile if t.rng.random() < 0.7 else p.landline for p in who], True), 0.05),
        PHONE,
    )
    add(t, "Visitor Email|E-Mail|Courriel|Correo|E-mail|E-mail", sometimes(t, [p.email for p in who], 0.55, 0), EMAIL)
    kids = []
    for p in who:
        k = crowd(t, t.rng.choice((0, 0, 1, 2)), child=True)
        kids.append("; ".join(f"{c.first} {p.last} (child, {t.rng.randint(2, 15)})" for c in k))
    add(
        t,
        "Other Visitors|Weitere Besucher|Autres visiteurs|Acompañantes|Altri visitatori|Overige bezoekers",
        kids,
        NAME,
    )
    add(
        t,
        "ID Seen|Ausweis|Pièce d'identité|Documento|Documento|ID-bewijs",
        [t.rng.choice(["Passport", "Driving licence", "ID card"]) for _ in who],
        None,
    )
    add(
        t,
        "ID Number|Ausweisnr.|N° de pièce|N.º documento|N. documento|Documentnr.",
        [_code(t, 9, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in who],
        DC,
    )
    add(t, "Table|Tisch|Table|Mesa|Tavolo|Tafel", [f"T{t.rng.randint(1, 30)}" for _ in who], None)
    officers = [f"Officer {p.last}" for p in crowd(t, 3)]
    add(
        t,
        "Booked By|Gebucht von|Réservé par|Reservado por|Prenotato da|Geboekt door",
        [t.rng.choice(officers) for _ in who],
        DC,
    )
    return who, "Notes|Bemerkungen|Observations|Observaciones|Note|Notities"


def antenatal(t: types.SimpleNamespace) -> tuple[list, str]:
    """A maternity unit's booking list (each mother once): the hospital number "don't care", the national id, the
    partner's name and number joined in one cell, GP practices and midwife teams named after people (categories),
    the named midwife and consultant "don't care"."""
    who = crowd(t, t.n, female=True, max_age=45)
    add(
        t,
        "Hospital No.|Fallnummer|IPP|NHC|N. cartella|Patiëntnummer",
        [f"{_code(t, 2, 'RXKMH')}{t.rng.randint(1000000, 9999999)}" for _ in who],
        DC,
    )
    if t.region in ("GB", "IM"):
        add(t, "NHS No.", [people.id_cell(people.nhs_number(t.rng), t.rng, 0.4) for _ in who], NID)
    elif who[0].nid:
        add(
            t,
            "National ID|Versichertennr.|N° sécu|NUSS|Codice fiscale|BSN",
            [people.id_cell(p.nid, t.rng) for p in who],
            _nid_label(t),
        )
    add(t, "Surname|Nachname|Nom|Apellidos|Cognome|Achternaam", [p.last for p in who], LAST)
    add(t, "Forename|Vorname|Prénom|Nombre|Nome|Voornaam", [p.first for p in who], FIRST)
    add(
        t,
        "DOB|Geb.-Datum|Date de naissance|F. nacimiento|Data di nascita|Geboortedatum",
        dobs(t, [p.dob for p in who]),
        DOB,
    )
    add(t, "Age|Alter|Âge|Edad|Età|Leeftijd", [str((language.REFERENCE - p.dob).days // 365) for p in who], None)
    add(t, "Address|Anschrift|Adresse|Dirección|Indirizzo|Adres", [p.street for p in who], STREET)
    add(t, "Town|Ort|Ville|Localidad|Città|Plaats", [p.town for p in who], CITY)
    add(t, "Postcode|PLZ|Code postal|C.P.|CAP|Postcode", [p.postcode for p in who], PC)
    add(t, "Mobile|Handy|Portable|Móvil|Cellulare|Mobiel", phones(t, [p.mobile for p in who]), PHONE)
    add(t, "Email|E-Mail|Courriel|Correo|E-mail|E-mail", sometimes(t, [p.email for p in who], 0.3), EMAIL)
    add(t, "EDD|ET|DPA|FPP|DPP|AD", [_date(t, language.event_date(t.rng, 0, 1)) for _ in who], None)
    add(t, "G/P|G/P|G/P|G/P|G/P|G/P", [f"G{t.rng.randint(1, 5)} P{t.rng.randint(0, 3)}" for _ in who], None)
    partners = crowd(t, t.n)
    mix = people.phone_mix(t.rng)
    joined = [f"{q.full} {people.phone_cell(q.mobile, t.rng.choice(mix), t.rng)}" if t.rng.random() < 0.7 else q.full
              for q in partners]  # fmt: skip
    add(
        t,
        "Birth Partner|Begleitperson|Accompagnant|Acompañante|Accompagnatore|Partner",
        sometimes(t, joined, 0.15),
        NAME_PHONE,
    )
    gps = ["Dr Okafor & Partners", "The Nightingale Surgery", "Praxis Dr. Hoffmann", "Cabinet du Dr Lefèvre",
           "Centro de Salud Ramón y Cajal", "Studio Dott. Bianchi", "Huisartsenpraktijk De Vries"]  # fmt: skip
    add(
        t,
        "GP Practice|Hausarzt|Médecin traitant|Médico de cabecera|Medico di base|Huisarts",
        [t.rng.choice(gps) for _ in who],
        None,
    )
    teams = ["Team Seacole", "Team Nightingale", "Team Cavell", "Team Apgar"]
    add(t, "Midwife Team|Hebammenteam|Équipe|Equipo|Équipe ostetrica|Team", [t.rng.choice(teams) for _ in who], None)
    staff = crowd(t, 3)
    add(
        t,
        "Named Midwife|Hebamme|Sage-femme|Matrona|Ostetrica|Verloskundige",
        [t.rng.choice(staff).full for _ in who],
        DC,
    )
    add(
        t,
        "Blood Group|Blutgruppe|Groupe sanguin|Grupo sanguíneo|Gruppo sanguigno|Bloedgroep",
        [t.rng.choice(["O+", "A+", "B+", "AB+", "O-", "A-"]) for _ in who],
        None,
    )
    add(
        t,
        "Interpreter|Dolmetscher|Interprète|Intérprete|Interprete|Tolk",
        [t.rng.choice(["", "", "", "Polish", "Arabic", "Romanian"]) for _ in who],
        None,
    )
    return who, "Booking Notes|Anmerkungen|Commentaires|Comentarios|Annotazioni|Opmerkingen"
