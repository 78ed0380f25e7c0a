"""Held-out set 26: the column headers each export system writes, in the languages it exports in.

None of these systems was used by sets 1-25: a Qualtrics survey export (the legacy CSV: ``StartDate``,
``ResponseId``, ``RecipientLastName``, ``LocationLatitude``, the questions as ``Q1``/``Q4_1``, the question text
and the ``{"ImportId":"QID4"}`` rows under the header), a Xero contacts export (``*ContactName``,
``POAddressLine1``-``4``, ``SAAddressLine1``, ``DDINumber``, ``BankAccountName``: English in every country), a
Mindbody client report (English field names, ``Cell Phone``, ``Work Phone``, ``Barcode ID``, ``Referred By``,
``Emergency Contact Info Name``, ``Home Location``), a school information system's pupil-and-contacts export
(SIMS-style in English, ASV/Untis, Pronote, Séneca, Spaggiari, ParnasSys style in the local language: pupil,
``Contact 1``/``Contact 2`` with their relation), a veterinary practice's client list (``Address Line 1``-``3``,
``Work Phone`` with an extension, the animal on the row), a parish roll / ChurchSuite address book (envelope
number, spouse, ``Joined`` in the birth-date layout), an Airtable base of a repair café (field names the
volunteers typed in their language) and an Odoo contacts export (field labels in the user's language: ``Straße
2``, ``Rue 2``, ``Calle 2``; ``Company, Person`` display names).
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")


def _t(*labels: str) -> dict[str, str]:
    """One field's label in ``LANGS`` order (a missing one is the English)."""
    return dict(zip(LANGS, labels, strict=False))


QUALTRICS_FIXED = ("StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
                   "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
                   "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel",
                   "UserLanguage")  # fmt: skip
# Qualtrics' second row: each fixed column's own description, English in every export.
QUALTRICS_FIXED_TEXT = ("Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)",
                        "Finished", "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name",
                        "Recipient Email", "External Data Reference", "Location Latitude", "Location Longitude",
                        "Distribution Channel", "User Language")  # fmt: skip
# The survey's questions (QID -> text in the survey's language).
QUALTRICS_QUESTIONS = {
    "Q1": _t("How likely are you to recommend our clinic to a friend?", "Wie wahrscheinlich ist es, dass Sie uns "
             "weiterempfehlen?", "Recommanderiez-vous notre cabinet à un proche ?", "¿Recomendaría nuestra clínica?",
             "Consiglierebbe il nostro studio?", "Hoe waarschijnlijk is het dat u ons aanbeveelt?",
             "Recomendaria a nossa clínica?"),
    "Q2": _t("Who treated you?", "Wer hat Sie behandelt?", "Qui vous a soigné ?", "¿Quién le atendió?",
             "Chi l'ha seguita?", "Wie heeft u behandeld?", "Quem o atendeu?"),
    "Q3": _t("Anything else you would like to tell us?", "Möchten Sie uns noch etwas mitteilen?",
             "Autre chose à nous dire ?", "¿Algo más que quiera contarnos?", "Altro da segnalare?",
             "Wilt u ons nog iets laten weten?", "Mais alguma coisa a dizer-nos?"),
    "Q4": _t("If you would like a call back, your name:", "Falls Sie einen Rückruf wünschen, Ihr Name:",
             "Si vous souhaitez être rappelé, votre nom :", "Si desea que le llamemos, su nombre:",
             "Se desidera essere richiamato, il suo nome:", "Als u teruggebeld wilt worden, uw naam:",
             "Se deseja ser contactado, o seu nome:"),
    "Q5": _t("Best number to reach you", "Unter welcher Nummer erreichen wir Sie?", "Numéro où vous joindre",
             "Teléfono de contacto", "Numero a cui richiamarla", "Op welk nummer bent u bereikbaar?",
             "Número para contacto"),
    "Q6_1": _t("Date of birth (so we can find your file)", "Geburtsdatum (damit wir Ihre Akte finden)",
               "Date de naissance (pour retrouver votre dossier)", "Fecha de nacimiento (para encontrar su ficha)",
               "Data di nascita (per trovare la sua cartella)", "Geboortedatum (om uw dossier te vinden)",
               "Data de nascimento (para encontrar a sua ficha)"),
    "Q7": _t("Your postcode", "Ihre Postleitzahl", "Votre code postal", "Su código postal", "Il suo CAP",
             "Uw postcode", "O seu código postal"),
    "Q7_town": _t("Your town", "Ihr Wohnort", "Votre ville", "Su localidad", "Il suo comune", "Uw woonplaats",
                  "A sua localidade"),
}  # fmt: skip

XERO = ("*ContactName", "AccountNumber", "EmailAddress", "FirstName", "LastName", "POAttentionTo",
        "POAddressLine1", "POAddressLine2", "POAddressLine3", "POAddressLine4", "POCity", "PORegion",
        "POPostalCode", "POCountry", "SAAddressLine1", "SAAddressLine2", "SACity", "SAPostalCode", "PhoneNumber",
        "FaxNumber", "MobileNumber", "DDINumber", "SkypeName", "BankAccountName", "BankAccountNumber", "TaxNumber",
        "SalesTrackingOption1", "Notes")  # fmt: skip

MINDBODY = ("Client ID", "Last Name", "First Name", "Preferred Name", "Email", "Cell Phone", "Home Phone",
            "Work Phone", "Barcode ID", "Birth Date", "Gender", "Address", "City", "State", "Postal Code",
            "Door PIN", "Referred By", "Emergency Contact Info Name", "Emergency Contact Info Phone",
            "Emergency Contact Info Relationship", "Home Location", "Creation Date", "Client Indexes",
            "Client Notes")  # fmt: skip

SCHOOL = {
    "adm": _t("Adno", "Schülernr.", "N° élève", "Nº expediente", "Matricola", "Leerlingnummer", "Nº processo"),
    "last": _t("Legal Surname", "Familienname", "Nom", "Primer apellido y segundo", "Cognome", "Achternaam",
               "Apelidos"),
    "first": _t("Legal Forename", "Vorname", "Prénom", "Nombre", "Nome", "Voornaam", "Nome próprio"),
    "pref": _t("Preferred Forename", "Rufname", "Prénom d'usage", "Nombre de pila", "Nome preferito", "Roepnaam",
               "Nome preferido"),
    "dob": _t("DOB", "Geburtsdatum", "Né(e) le", "Fecha nacimiento", "Data di nascita", "Geboortedatum",
              "Data nasc."),
    "gender": _t("Gender", "Geschlecht", "Sexe", "Sexo", "Sesso", "Geslacht", "Sexo"),
    "reg": _t("Reg Group", "Klasse", "Classe", "Grupo", "Classe", "Groep", "Turma"),
    "addr1": _t("Address Line 1", "Straße", "Adresse 1", "Dirección", "Indirizzo", "Adres", "Morada"),
    "addr2": _t("Address Line 2", "Adresszusatz", "Adresse 2", "Dirección 2", "Presso", "Adres 2", "Morada 2"),
    "town": _t("Town", "Wohnort", "Commune", "Localidad", "Comune", "Woonplaats", "Localidade"),
    "pc": _t("Postcode", "PLZ", "CP", "CP", "CAP", "Postcode", "Código postal"),
    "c1": _t("Contact 1 Name", "Erziehungsberechtigte/r 1", "Responsable 1", "Tutor 1", "Genitore 1",
             "Verzorger 1", "Encarregado 1"),
    "c1rel": _t("Contact 1 Relationship", "Verhältnis 1", "Lien 1", "Parentesco 1", "Relazione 1", "Relatie 1",
                "Parentesco 1"),
    "c1tel": _t("Contact 1 Mobile", "Handy 1", "Portable resp. 1", "Móvil tutor 1", "Cellulare 1", "Mobiel 1",
                "Telemóvel 1"),
    "c1mail": _t("Contact 1 Email", "E-Mail 1", "Courriel resp. 1", "Correo tutor 1", "Email 1", "E-mail 1",
                 "Email 1"),
    "c2": _t("Contact 2 Name", "Erziehungsberechtigte/r 2", "Responsable 2", "Tutor 2", "Genitore 2",
             "Verzorger 2", "Encarregado 2"),
    "c2tel": _t("Contact 2 Telephone", "Telefon 2", "Tél. resp. 2", "Teléfono tutor 2", "Telefono 2",
                "Telefoon 2", "Telefone 2"),
    "notes": _t("Pastoral Notes", "Bemerkungen", "Observations", "Observaciones", "Annotazioni", "Opmerkingen",
                "Observações"),
}  # fmt: skip

VET = {
    "code": _t("Client Code", "Kundennr.", "Code client", "Cód. cliente", "Cod. cliente", "Klantcode",
               "Cód. cliente"),
    "title": _t("Title", "Anrede", "Civilité", "Tratamiento", "Titolo", "Aanhef", "Tratamento"),
    "first": _t("First Name", "Vorname", "Prénom", "Nombre", "Nome", "Voornaam", "Nome"),
    "last": _t("Last Name", "Nachname", "Nom", "Apellidos", "Cognome", "Achternaam", "Apelido"),
    "a1": _t("Address Line 1", "Adresszeile 1", "Adresse ligne 1", "Dirección línea 1", "Indirizzo riga 1",
             "Adresregel 1", "Morada linha 1"),
    "a2": _t("Address Line 2", "Adresszeile 2", "Adresse ligne 2", "Dirección línea 2", "Indirizzo riga 2",
             "Adresregel 2", "Morada linha 2"),
    "a3": _t("Address Line 3", "Adresszeile 3", "Adresse ligne 3", "Dirección línea 3", "Indirizzo riga 3",
             "Adresregel 3", "Morada linha 3"),
    "town": _t("Town", "Ort", "Ville", "Población", "Località", "Plaats", "Localidade"),
    "pc": _t("Postcode", "PLZ", "Code postal", "Código postal", "CAP", "Postcode", "Código postal"),
    "home": _t("Home Phone", "Telefon privat", "Tél. domicile", "Teléfono casa", "Tel. casa", "Telefoon thuis",
               "Telefone casa"),
    "work": _t("Work Phone", "Telefon geschäftlich", "Tél. travail", "Teléfono trabajo", "Tel. ufficio",
               "Telefoon werk", "Telefone trabalho"),
    "mobile": _t("Mobile", "Mobil", "Portable", "Móvil", "Cellulare", "Mobiel", "Telemóvel"),
    "email": _t("Email", "E-Mail", "E-mail", "Email", "Email", "E-mail", "Email"),
    "animal": _t("Animal", "Tier", "Animal", "Mascota", "Animale", "Dier", "Animal"),
    "species": _t("Species", "Tierart", "Espèce", "Especie", "Specie", "Diersoort", "Espécie"),
    "breed": _t("Breed", "Rasse", "Race", "Raza", "Razza", "Ras", "Raça"),
    "policy": _t("Insurance Policy No", "Versicherungsnr.", "N° contrat assurance", "Nº póliza", "N. polizza",
                 "Polisnummer", "Nº apólice"),
    "visit": _t("Last Visit", "Letzter Besuch", "Dernière visite", "Última visita", "Ultima visita",
                "Laatste bezoek", "Última visita"),
    "balance": _t("Balance", "Saldo", "Solde", "Saldo", "Saldo", "Saldo", "Saldo"),
    "notes": _t("Client Notes", "Kundenhinweis", "Remarques client", "Notas cliente", "Note cliente",
                "Klantnotitie", "Notas cliente"),
}  # fmt: skip

CHURCH = {
    "env": _t("Envelope No", "Umschlag-Nr.", "N° enveloppe", "Nº sobre", "N. busta", "Enveloppe nr.",
              "Nº envelope"),
    "last": _t("Last Name", "Familienname", "Nom", "Apellidos", "Cognome", "Achternaam", "Apelido"),
    "first": _t("Forenames", "Vornamen", "Prénoms", "Nombres", "Nomi", "Voornamen", "Nomes próprios"),
    "title": _t("Title", "Anrede", "Civilité", "Trato", "Titolo", "Aanhef", "Tratamento"),
    "dob": _t("Date of Birth", "Geburtsdatum", "Date de naissance", "Fecha de nacimiento", "Data di nascita",
              "Geboortedatum", "Data de nascimento"),
    "spouse": _t("Spouse", "Ehepartner/in", "Conjoint(e)", "Cónyuge", "Coniuge", "Echtgeno(o)t(e)", "Cônjuge"),
    "addr": _t("Address", "Anschrift", "Adresse", "Domicilio", "Indirizzo", "Adres", "Morada"),
    "pc": _t("Postcode", "PLZ", "Code postal", "C.P.", "CAP", "Postcode", "Cód. postal"),
    "town": _t("City", "Ort", "Ville", "Municipio", "Comune", "Plaats", "Localidade"),
    "tel": _t("Telephone", "Telefon", "Téléphone", "Teléfono", "Telefono", "Telefoon", "Telefone"),
    "mobile": _t("Mobile", "Mobil", "Portable", "Móvil", "Cellulare", "Mobiel", "Telemóvel"),
    "email": _t("Email", "E-Mail", "Courriel", "Correo", "Email", "E-mail", "Email"),
    "joined": _t("Date Joined", "Zuzug", "Arrivée", "Fecha de alta", "Data iscrizione", "Ingeschreven",
                 "Data de inscrição"),
    "role": _t("Ministry", "Dienst", "Service", "Ministerio", "Servizio", "Taak", "Ministério"),
    "site": _t("Site", "Kirchort", "Clocher", "Parroquia", "Parrocchia", "Kerk", "Paróquia"),
    "notes": _t("Notes", "Notizen", "Notes", "Notas", "Note", "Notities", "Notas"),
}  # fmt: skip

AIRTABLE = {
    "visitor": _t("Visitor", "Besucher*in", "Visiteur", "Visitante", "Visitatore", "Bezoeker", "Visitante"),
    "phone": _t("Phone", "Telefon", "Tél", "Teléfono", "Telefono", "Telefoon", "Telefone"),
    "email": _t("Email", "E-Mail", "Mail", "Correo", "Mail", "E-mail", "Email"),
    "street": _t("Street", "Straße", "Adresse", "Calle", "Via", "Straat", "Rua"),
    "pc": _t("Postcode", "PLZ", "Code postal", "CP", "CAP", "Postcode", "CP"),
    "item": _t("Item", "Gegenstand", "Objet", "Objeto", "Oggetto", "Voorwerp", "Objeto"),
    "fault": _t("Fault", "Defekt", "Panne", "Avería", "Guasto", "Defect", "Avaria"),
    "fixer": _t("Fixer", "Reparateur*in", "Réparateur", "Reparador", "Riparatore", "Reparateur", "Reparador"),
    "outcome": _t("Outcome", "Ergebnis", "Résultat", "Resultado", "Esito", "Resultaat", "Resultado"),
    "visit": _t("Visit date", "Besuchsdatum", "Date de visite", "Fecha visita", "Data visita", "Bezoekdatum",
                "Data da visita"),
    "created": _t("Created", "Erstellt", "Créé", "Creado", "Creato", "Aangemaakt", "Criado"),
    "visits": _t("Visits", "Besuche", "Visites", "Visitas", "Visite", "Bezoeken", "Visitas"),
    "kg": _t("Weight saved (kg)", "Gerettet (kg)", "Poids évité (kg)", "Peso salvado (kg)", "Peso salvato (kg)",
             "Gered (kg)", "Peso salvo (kg)"),
    "notes": _t("Intake remark", "Aufnahme-Notiz", "Remarque accueil", "Nota de entrada", "Nota accoglienza",
                "Intake-opmerking", "Nota de receção"),
}  # fmt: skip

ODOO = {
    "id": _t("ID", "ID", "ID", "ID", "ID", "ID", "ID"),
    "display": _t("Display Name", "Anzeigename", "Nom affiché", "Nombre mostrado", "Nome visualizzato",
                  "Weergavenaam", "Nome exibido"),
    "name": _t("Name", "Name", "Nom", "Nombre", "Nome", "Naam", "Nome"),
    "street": _t("Street", "Straße", "Rue", "Calle", "Via", "Straat", "Rua"),
    "street2": _t("Street2", "Straße 2", "Rue 2", "Calle 2", "Via 2", "Straat 2", "Rua 2"),
    "zip": _t("Zip", "PLZ", "Code postal", "C.P.", "CAP", "Postcode", "Código Postal"),
    "city": _t("City", "Stadt", "Ville", "Ciudad", "Città", "Plaats", "Cidade"),
    "country": _t("Country", "Land", "Pays", "País", "Nazione", "Land", "País"),
    "phone": _t("Phone", "Telefon", "Téléphone", "Teléfono", "Telefono", "Telefoon", "Telefone"),
    "mobile": _t("Mobile", "Mobil", "Mobile", "Móvil", "Cellulare", "Mobiel", "Telemóvel"),
    "email": _t("Email", "E-Mail", "Courriel", "Correo electrónico", "E-mail", "E-mail", "E-mail"),
    "vat": _t("Tax ID", "Steuernummer", "N° TVA / fiscal", "NIF", "Codice fiscale", "Btw-nummer / BSN", "NIF"),
    "dob": _t("Date of Birth", "Geburtsdatum", "Date de naissance", "Fecha de nacimiento", "Data di nascita",
              "Geboortedatum", "Data de nascimento"),
    "bank": _t("Bank Accounts", "Bankkonten", "Comptes bancaires", "Cuentas bancarias", "Conti bancari",
               "Bankrekeningen", "Contas bancárias"),
    "ref": _t("Reference", "Referenz", "Référence", "Referencia", "Riferimento", "Referentie", "Referência"),
    "company": _t("Employer", "Arbeitgeber", "Employeur", "Empresa", "Datore di lavoro", "Werkgever",
                  "Empregador"),
    "tags": _t("Tags", "Schlagwörter", "Étiquettes", "Etiquetas", "Etichette", "Labels", "Etiquetas"),
    "notes": _t("Internal Notes", "Interne Notizen", "Notes internes", "Notas internas", "Note interne",
                "Interne notities", "Notas internas"),
}  # fmt: skip


QUALTRICS_QS = ("Q1", "Q2", "Q3", "Q4", "Q5", "Q6_1", "Q7")
_TEXT_ENTRY = ("Q3", "Q4", "Q5")
# Qualtrics' import ids of its own fields (camelCase) where they differ from the header.
_FIXED_IDS = {"Duration (in seconds)": "duration", "IPAddress": "ipAddress"}


def import_id(key: str) -> str:
    """The third header row's cell of a column, as Qualtrics writes it: ``{"ImportId":"QID5_TEXT"}``."""
    if key in QUALTRICS_FIXED:
        value = _FIXED_IDS.get(key, key[0].lower() + key[1:])
    else:
        value = "QID" + key[1:].split("_")[0] + ("_TEXT" if key in _TEXT_ENTRY else "")
    return '{"ImportId":"' + value + '"}'


def label(table: dict[str, dict[str, str]], key: str, lg: str) -> str:
    """The header of field ``key`` in language ``lg`` (English where the system has no such language here)."""
    field = table[key]
    return field.get(lg) or field["en"]
