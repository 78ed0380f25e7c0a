"""Held-out set 30: the column headers each export system writes, in the languages it exports in.

None of these systems was used by sets 1-29: a blood service's donor register (a row per donation), a clinical
trial site's screening log (GCP English whatever the country), an ADP Workforce Now payroll export (ADP's own
``Payroll Name``, ``Primary Address: Address Line 1``, ``Personal Contact: Personal Mobile``, English whatever the
country), a letting agent's tenant ledger (a row per transaction), a hospital ward's bed board, a coach tour
operator's rooming list, a debt collection agency's case export and an angling club's permit register. Localized
systems write de fr es it nl pt; other languages get the English build.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")

BLOOD = {
    "donor": ("Donor No", "Spendernummer", "N° donneur", "Nº donante", "Cod. donatore", "Donornummer", "N.º dador"),
    "din": ("Donation No", "Spende-Nr.", "N° de don", "Nº donación", "N. donazione", "Donatienummer", "N.º dádiva"),
    "last": ("Surname", "Name", "Nom", "Apellidos", "Cognome", "Achternaam", "Apelido"),
    "first": ("Forename", "Vorname", "Prénom", "Nombre", "Nome", "Voornaam", "Nome próprio"),
    "sex": ("Sex", "Geschlecht", "Sexe", "Sexo", "Sesso", "Geslacht", "Sexo"),
    "dob": ("Date of Birth", "Geburtsdatum", "Date de naissance", "Fecha nacimiento", "Data di nascita",
            "Geboortedatum", "Data de nascimento"),
    "group": ("Blood Group", "Blutgruppe", "Groupe sanguin", "Grupo sanguíneo", "Gruppo sanguigno", "Bloedgroep",
              "Grupo sanguíneo"),
    "addr": ("Address", "Anschrift", "Adresse", "Dirección", "Indirizzo", "Adres", "Morada"),
    "mobile": ("Mobile", "Mobil", "Portable", "Móvil", "Cellulare", "Mobiel", "Telemóvel"),
    "home": ("Home Tel", "Tel. privat", "Tél. domicile", "Tel. fijo", "Tel. casa", "Tel. thuis", "Tel. casa"),
    "email": ("Email", "E-Mail", "Courriel", "Correo", "E-mail", "E-mail", "E-mail"),
    "date": ("Donation Date", "Spendedatum", "Date du don", "Fecha donación", "Data donazione", "Donatiedatum",
             "Data da dádiva"),
    "venue": ("Session Venue", "Termin-Ort", "Lieu de collecte", "Lugar de colecta", "Sede raccolta", "Locatie",
              "Local da colheita"),
    "hb": ("Hb g/L", "Hb g/L", "Hb g/L", "Hb g/L", "Hb g/L", "Hb g/L", "Hb g/L"),
    "defer": ("Deferred Until", "Rückstellung bis", "Ajourné jusqu'au", "Excluido hasta", "Sospeso fino al",
              "Uitgesteld tot", "Suspenso até"),
    "nurse": ("Nurse", "Pflegekraft", "Infirmier(e)", "Enfermera", "Infermiere", "Verpleegkundige", "Enfermeiro"),
    "notes": ("Comments", "Bemerkungen", "Commentaires", "Observaciones", "Note", "Opmerkingen", "Observações"),
}  # fmt: skip
LETTING = {
    "ref": ("Tenancy Ref", "Mietvertrag-Nr.", "Réf. bail", "Ref. contrato", "Rif. contratto", "Huurcontract",
            "Ref. contrato"),
    "property": ("Property", "Objekt", "Bien", "Inmueble", "Immobile", "Object", "Imóvel"),
    "tenants": ("Tenant(s)", "Mieter", "Locataire(s)", "Inquilino(s)", "Inquilino/i", "Huurder(s)", "Inquilino(s)"),
    "tel": ("Lead Tenant Tel", "Tel. Hauptmieter", "Tél. locataire", "Tel. inquilino", "Tel. inquilino",
            "Tel. huurder", "Tel. inquilino"),
    "email": ("Lead Tenant Email", "E-Mail Mieter", "E-mail locataire", "Email inquilino", "Email inquilino",
              "E-mail huurder", "Email inquilino"),
    "landlord": ("Landlord", "Vermieter", "Bailleur", "Propietario", "Locatore", "Verhuurder", "Senhorio"),
    "date": ("Trans Date", "Buchungsdatum", "Date opération", "Fecha mov.", "Data mov.", "Boekdatum", "Data mov."),
    "type": ("Type", "Art", "Type", "Tipo", "Tipo", "Soort", "Tipo"),
    "debit": ("Debit", "Soll", "Débit", "Debe", "Dare", "Debet", "Débito"),
    "credit": ("Credit", "Haben", "Crédit", "Haber", "Avere", "Credit", "Crédito"),
    "balance": ("Balance", "Saldo", "Solde", "Saldo", "Saldo", "Saldo", "Saldo"),
    "neg": ("Negotiator", "Sachbearbeiter", "Gestionnaire", "Gestor", "Referente", "Behandelaar", "Gestor"),
    "branch": ("Branch", "Filiale", "Agence", "Oficina", "Filiale", "Vestiging", "Agência"),
    "notes": ("Ledger Notes", "Buchungsnotiz", "Note", "Notas", "Note", "Notitie", "Notas"),
}  # fmt: skip
WARD = {
    "ward": ("Ward", "Station", "Service", "Planta", "Reparto", "Afdeling", "Enfermaria"),
    "bed": ("Bay/Bed", "Zimmer/Bett", "Ch./Lit", "Hab./Cama", "Stanza/Letto", "Kamer/Bed", "Quarto/Cama"),
    "patient": ("Patient", "Patient", "Patient", "Paciente", "Paziente", "Patiënt", "Doente"),
    "mrn": ("Hosp No", "Fall-Nr.", "IPP", "NHC", "N. cartella", "Patiëntnummer", "N.º processo"),
    "nid": ("National ID", "Versicherungsnr.", "N° sécu", "DNI/NIE", "Codice fiscale", "BSN", "NIF"),
    "dob": ("DOB", "Geb.-Datum", "Né(e) le", "F. nac.", "Nato il", "Geb.datum", "Data nasc."),
    "age": ("Age", "Alter", "Âge", "Edad", "Età", "Leeftijd", "Idade"),
    "cons": ("Consultant", "Oberarzt", "Médecin", "Médico resp.", "Medico", "Behandelaar", "Médico"),
    "adm": ("Admitted", "Aufnahme", "Entrée", "Ingreso", "Ricovero", "Opname", "Admissão"),
    "edd": ("EDD", "Entlassung geplant", "Sortie prévue", "Alta prevista", "Dimissione prevista", "Ontslag gepland",
            "Alta prevista"),
    "nok": ("NOK", "Angehörige", "Personne à prévenir", "Familiar contacto", "Familiare", "Contactpersoon",
            "Contacto familiar"),
    "addr": ("Home Address", "Wohnadresse", "Adresse domicile", "Domicilio", "Domicilio", "Woonadres", "Morada"),
    "gp": ("GP Practice", "Hausarzt", "Médecin traitant", "Centro de salud", "Medico di base", "Huisarts",
           "Centro de saúde"),
    "iso": ("Isolation", "Isolierung", "Isolement", "Aislamiento", "Isolamento", "Isolatie", "Isolamento"),
    "notes": ("Nursing Notes", "Pflegenotiz", "Transmissions", "Notas enfermería", "Note infermieristiche",
              "Verpleegnotitie", "Notas enfermagem"),
}  # fmt: skip
ROOMING = {
    "tour": ("Tour Code", "Reise-Code", "Code circuit", "Código circuito", "Codice tour", "Reiscode", "Código"),
    "room": ("Room Type", "Zimmerart", "Type chambre", "Tipo hab.", "Tipo camera", "Kamertype", "Tipo quarto"),
    "no": ("Room No", "Zimmer-Nr.", "N° chambre", "Nº hab.", "N. camera", "Kamernr.", "N.º quarto"),
    "pax": ("Passenger", "Reisende/r", "Voyageur", "Pasajero", "Passeggero", "Reiziger", "Passageiro"),
    "share": ("Sharing With", "Teilt mit", "Partage avec", "Comparte con", "Condivide con", "Deelt met",
              "Partilha com"),
    "dob": ("Date of Birth", "Geburtsdatum", "Date de naissance", "Fecha de nacimiento", "Data di nascita",
            "Geboortedatum", "Data de nascimento"),
    "pp": ("Passport No", "Reisepass-Nr.", "N° passeport", "Nº pasaporte", "N. passaporto", "Paspoortnr.",
           "N.º passaporte"),
    "nat": ("Nationality", "Staatsangeh.", "Nationalité", "Nacionalidad", "Nazionalità", "Nationaliteit",
            "Nacionalidade"),
    "diet": ("Dietary", "Ernährung", "Régime", "Dieta", "Dieta", "Dieet", "Dieta"),
    "mobile": ("Mobile", "Handy", "Portable", "Móvil", "Cellulare", "Mobiel", "Telemóvel"),
    "ice": ("Emergency Contact", "Notfallkontakt", "Contact d'urgence", "Contacto de emergencia",
            "Contatto di emergenza", "Noodcontact", "Contacto de emergência"),
    "pickup": ("Pick-up Point", "Zustieg", "Point de départ", "Punto de recogida", "Punto di partenza", "Opstapplaats",
               "Ponto de recolha"),
    "hotel": ("Hotel", "Hotel", "Hôtel", "Hotel", "Hotel", "Hotel", "Hotel"),
    "notes": ("Tour Leader Notes", "Notizen Reiseleitung", "Notes accompagnateur", "Notas guía", "Note accompagnatore",
              "Notities reisleiding", "Notas do guia"),
}  # fmt: skip
DEBT = {
    "case": ("Case No", "Aktenzeichen", "N° dossier", "Nº expediente", "N. pratica", "Dossiernr.", "N.º processo"),
    "client": ("Client", "Auftraggeber", "Créancier", "Acreedor", "Creditore", "Opdrachtgever", "Credor"),
    "name": ("Debtor Name", "Schuldner", "Débiteur", "Deudor", "Debitore", "Debiteur", "Devedor"),
    "dob": ("Debtor DOB", "Geb. Schuldner", "Date naiss. débiteur", "F. nac. deudor", "Data nascita debitore",
            "Geb.datum debiteur", "Data nasc. devedor"),
    "addr": ("Debtor Address", "Anschrift Schuldner", "Adresse débiteur", "Domicilio deudor", "Indirizzo debitore",
             "Adres debiteur", "Morada devedor"),
    "phones": ("Phone(s)", "Telefon", "Téléphone(s)", "Teléfono(s)", "Telefono/i", "Telefoon", "Telefone(s)"),
    "email": ("Email", "E-Mail", "Courriel", "Correo", "Email", "E-mail", "Email"),
    "employer": ("Employer", "Arbeitgeber", "Employeur", "Empleador", "Datore di lavoro", "Werkgever", "Empregador"),
    "nid": ("ID Number", "Ausweis-Nr.", "N° identité", "DNI", "Codice fiscale", "BSN", "NIF"),
    "iban": ("Debtor IBAN", "IBAN Schuldner", "IBAN débiteur", "IBAN deudor", "IBAN debitore", "IBAN debiteur",
             "IBAN devedor"),
    "principal": ("Principal", "Hauptforderung", "Principal", "Principal", "Capitale", "Hoofdsom", "Capital"),
    "status": ("Status", "Status", "Statut", "Estado", "Stato", "Status", "Estado"),
    "agent": ("Agent", "Bearbeiter", "Agent", "Gestor", "Operatore", "Medewerker", "Gestor"),
    "last": ("Last Payment", "Letzte Zahlung", "Dernier paiement", "Último pago", "Ultimo pagamento",
             "Laatste betaling", "Último pagamento"),
    "notes": ("Trace Notes", "Ermittlungsvermerk", "Notes enquête", "Notas localización", "Note ricerca",
              "Opsporingsnotitie", "Notas"),
}  # fmt: skip
ANGLING = {
    "permit": ("Permit No", "Erlaubnisschein-Nr.", "N° carte", "Nº permiso", "N. permesso", "Vergunningnr.",
               "N.º licença"),
    "ptype": ("Permit Type", "Art", "Type de carte", "Tipo permiso", "Tipo permesso", "Soort", "Tipo"),
    "water": ("Water / Beat", "Gewässer", "Parcours", "Tramo", "Tratto", "Water", "Troço"),
    "name": ("Member Name", "Mitglied", "Pêcheur", "Socio", "Socio", "Lid", "Sócio"),
    "street": ("Address 1", "Straße", "Adresse", "Dirección", "Indirizzo", "Straat + nr", "Morada"),
    "town": ("Town", "Ort", "Ville", "Localidad", "Città", "Woonplaats", "Localidade"),
    "pc": ("Postcode", "PLZ", "Code postal", "C.P.", "CAP", "Postcode", "Código postal"),
    "tel": ("Tel", "Telefon", "Tél.", "Teléfono", "Telefono", "Telefoon", "Telefone"),
    "email": ("Email", "E-Mail", "E-mail", "Email", "Email", "E-mail", "Email"),
    "dob": ("DOB (juniors)", "Geb. (Jugend)", "Né le (jeunes)", "F. nac. (juvenil)", "Nato il (juniores)",
            "Geb. (jeugd)", "Data nasc. (juvenil)"),
    "licence": ("Rod Licence No", "Fischereischein-Nr.", "N° carte fédérale", "Nº licencia", "N. licenza",
                "VISpas-nr.", "N.º carta de pescador"),
    "bailiff": ("Issued By", "Ausgestellt von", "Délivré par", "Expedido por", "Rilasciato da", "Uitgegeven door",
                "Emitido por"),
    "fee": ("Fee", "Gebühr", "Tarif", "Importe", "Quota", "Bedrag", "Valor"),
    "from": ("Valid From", "Gültig ab", "Valable dès", "Válido desde", "Valido dal", "Geldig vanaf", "Válido desde"),
    "notes": ("Bailiff Notes", "Kontrollvermerk", "Notes garde", "Notas guarda", "Note guardapesca", "Opmerking BOA",
              "Notas do guarda"),
}  # fmt: skip
TRIAL = ("Screening No", "Participant Initials", "Participant Name", "Date of Birth", "Sex", "Hospital No",
         "Phone", "Postcode", "Consent Date", "Eligible (Y/N)", "Reason if not eligible", "PI",
         "Referred By", "Comments")  # fmt: skip
ADP = ("Associate ID", "File Number", "Payroll Name", "Legal First Name", "Legal Last Name", "Preferred Name",
       "Tax ID (SSN)", "Birth Date", "Primary Address: Address Line 1", "Primary Address: Address Line 2",
       "Primary Address: City", "Primary Address: Zip / Postal Code", "Primary Address: Country",
       "Personal Contact: Personal Mobile", "Personal Contact: Home Phone", "Personal Contact: Personal Email",
       "Work Contact: Work Email", "Hire Date", "Home Department Description", "Reports To Name", "Position Status",
       "Deposit: IBAN", "Regular Pay Rate Amount", "Emergency Contact: Name", "Emergency Contact: Phone",
       "Payroll Notes")  # fmt: skip


def label(table: dict[str, tuple[str, ...]], key: str, lg: str) -> str:
    """The header of field ``key`` in language ``lg`` (English where the system has no such language here)."""
    return table[key][LANGS.index(lg) if lg in LANGS else 0]


def header_lang(lg: str) -> str:
    """The language a localized system writes its headers in here (lb de, fy nl, ca/eu/gl es, rm de, else en)."""
    lg = {"lb": "de", "fy": "nl", "ca": "es", "eu": "es", "gl": "es", "rm": "de"}.get(lg, lg)
    return lg if lg in LANGS else "en"
