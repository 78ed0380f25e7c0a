"""Held-out set 27: the column headers each export system writes, in the languages it exports in.

None of these systems was used by sets 1-26: a REDCap project's raw data export (the study's own variable names,
lower case with underscores, in the study team's language: ``nachname``, ``tel_mobil``, ``date_naiss``;
``record_id``, ``redcap_event_name``, checkbox columns ``contact_pref___1``), a Square customer directory (English,
French or Spanish as Square writes them: ``Surname``, ``Street Address 1``, ``Memo``, ``Square Customer ID``), a
Thunderbird address book CSV (its fixed 37 fields, in the localized build's language: ``Privat: PLZ``, ``Tél.
personnel``, ``Geburtsjahr``), a Pipedrive people export (``Person - Phone - Mobile``, ``Person - Postal address -
Route/street name``), a KoboToolbox survey export (XML names with group paths: ``hh/resp_name``,
``_gps_latitude``, ``_uuid``, ``_submission_time``), a home-care service's client list kept in Excel with a group
row over its columns (the sub-labels in the first data row: pandas names the empty group cells ``Unnamed: 3``), a
TeamSnap team roster (``Contact 1 First``, ``Phone 1 Label``, ``Jersey Number``) and a Moodle user download
(``firstname``, ``phone1``, ``idnumber``, ``profile_field_...``, HTML ``description``).
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "sv")


def _t(*labels: str) -> dict[str, str]:
    """One field's label in ``LANGS`` order (a missing one is the English)."""
    return {lg: (labels[i] if i < len(labels) and labels[i] else labels[0]) for i, lg in enumerate(LANGS)}


def label(table: dict[str, dict[str, str]], key: str, lg: str) -> str:
    """The header of field ``key`` in language ``lg`` (English where the system has no such language here)."""
    return table[key].get(lg, table[key]["en"])


# REDCap variable names as a study team types them (no accents, lower case, underscores).
REDCAP = {
    "first": _t("first_name", "vorname", "prenom", "nombre", "nome", "voornaam", "nome_proprio", "fornamn"),
    "last": _t("last_name", "nachname", "nom", "apellidos", "cognome", "achternaam", "apelido", "efternamn"),
    "dob": _t("dob", "geb_datum", "date_naiss", "fecha_nac", "data_nascita", "geb_datum", "data_nasc", "fodelsedatum"),
    "sex": _t("sex", "geschlecht", "sexe", "sexo", "sesso", "geslacht", "sexo", "kon"),
    "home": _t("phone_home", "tel_privat", "tel_domicile", "tel_fijo", "tel_casa", "tel_thuis", "tel_casa", "tel_hem"),
    "mobile": _t("phone_cell", "tel_mobil", "tel_portable", "tel_movil", "cellulare", "tel_mobiel", "telemovel",
                 "mobil"),
    "email": _t("email", "email", "courriel", "correo", "email", "email", "email", "epost"),
    "street": _t("addr_street", "strasse", "adresse", "direccion", "indirizzo", "straat", "morada", "gatuadress"),
    "zip": _t("addr_zip", "plz", "code_postal", "cp", "cap", "postcode", "cod_postal", "postnummer"),
    "city": _t("addr_city", "wohnort", "ville", "localidad", "comune", "woonplaats", "localidade", "ort"),
    "nurse": _t("research_nurse", "studienassistenz", "infirmiere_rech", "enfermera_inv", "infermiera_ric",
                "researchverpleegkundige", "enfermeira_inv", "forskningsskoterska"),
    "site": _t("site", "zentrum", "centre", "centro", "centro", "centrum", "centro", "klinik"),
    "consent": _t("consent_date", "einwilligung_datum", "date_consentement", "fecha_consentimiento", "data_consenso",
                  "datum_toestemming", "data_consentimento", "samtycke_datum"),
    "serial": _t("ha_serial", "hg_seriennr", "num_serie_ap", "num_serie_aud", "matricola_apparecchio",
                 "serienummer_hoortoestel", "num_serie_ap", "serienummer"),
    "model": _t("ha_model", "hg_modell", "modele_ap", "modelo_aud", "modello_apparecchio", "model_hoortoestel",
                "modelo_ap", "horapparat"),
    "pta_l": _t("pta_left", "pta_links", "pta_gauche", "pta_izq", "pta_sx", "pta_links", "pta_esq", "pta_vanster"),
    "pta_r": _t("pta_right", "pta_rechts", "pta_droite", "pta_der", "pta_dx", "pta_rechts", "pta_dir", "pta_hoger"),
    "notes": _t("ae_description", "ue_beschreibung", "ei_description", "ea_descripcion", "ea_descrizione",
                "ae_omschrijving", "ea_descricao", "ah_beskrivning"),
}  # fmt: skip
REDCAP_FIXED = ("record_id", "redcap_event_name", "redcap_repeat_instrument", "redcap_repeat_instance")
REDCAP_EVENTS = ("screening_arm_1", "baseline_arm_1", "month_3_arm_1", "month_12_arm_1")

SQUARE = {
    "ref": _t("Reference ID", "", "Identifiant de référence", "ID de referencia"),
    "first": _t("First Name", "", "Prénom", "Nombre"),
    "last": _t("Surname", "", "Nom", "Apellidos"),
    "email": _t("Email Address", "", "Adresse e-mail", "Correo electrónico"),
    "phone": _t("Phone Number", "", "Numéro de téléphone", "Número de teléfono"),
    "nick": _t("Nickname", "", "Surnom", "Apodo"),
    "company": _t("Company Name", "", "Nom de l'entreprise", "Nombre de la empresa"),
    "addr1": _t("Street Address 1", "", "Adresse 1", "Dirección 1"),
    "addr2": _t("Street Address 2", "", "Adresse 2", "Dirección 2"),
    "city": _t("City", "", "Ville", "Ciudad"),
    "state": _t("State", "", "Région", "Provincia"),
    "zip": _t("Postal Code", "", "Code postal", "Código postal"),
    "birthday": _t("Birthday", "", "Date de naissance", "Cumpleaños"),
    "memo": _t("Memo", "", "Mémo", "Nota"),
    "sqid": _t("Square Customer ID", "", "ID client Square", "ID de cliente de Square"),
    "source": _t("Creation Source", "", "Source de création", "Origen de creación"),
    "first_visit": _t("First Visit", "", "Première visite", "Primera visita"),
    "last_visit": _t("Last Visit", "", "Dernière visite", "Última visita"),
    "count": _t("Transaction Count", "", "Nombre de transactions", "Número de transacciones"),
    "spend": _t("Total Spend", "", "Dépenses totales", "Gasto total"),
    "subscribed": _t("Email Subscription Status", "", "Statut d'abonnement", "Estado de suscripción"),
    "recipient": _t("Delivery Recipient", "", "Destinataire", "Destinatario"),
    "recipient_phone": _t("Recipient Phone", "", "Tél. destinataire", "Teléfono destinatario"),
    "bouquet": _t("Favourite Bouquet", "", "Bouquet préféré", "Ramo favorito"),
}  # fmt: skip

# Thunderbird's address-book CSV: its fixed fields in the order it writes them, per localized build.
THUNDERBIRD = {
    "first": _t("First Name", "Vorname", "Prénom", "Nombre", "Nome", "Voornaam", "Nome próprio", "Förnamn"),
    "last": _t("Last Name", "Nachname", "Nom", "Apellidos", "Cognome", "Achternaam", "Apelido", "Efternamn"),
    "display": _t("Display Name", "Anzeigename", "Nom à afficher", "Nombre en pantalla", "Nome visualizzato",
                  "Weergavenaam", "Nome a mostrar", "Visningsnamn"),
    "nick": _t("Nickname", "Spitzname", "Surnom", "Apodo", "Soprannome", "Bijnaam", "Alcunha", "Smeknamn"),
    "email1": _t("Primary Email", "Primäre E-Mail-Adresse", "Adresse électronique principale", "Correo-e principal",
                 "Email principale", "Eerste e-mailadres", "Endereço de email principal", "Primär e-postadress"),
    "email2": _t("Secondary Email", "Sekundäre E-Mail-Adresse", "Adresse électronique secondaire",
                 "Correo-e secundario", "Email secondaria", "Tweede e-mailadres", "Endereço de email secundário",
                 "Sekundär e-postadress"),
    "screen": _t("Screen Name", "Chat-Name", "Pseudo", "Nombre de chat", "Nome chat", "Chatnaam", "Nome de chat",
                 "Chattnamn"),
    "work_phone": _t("Work Phone", "Tel. dienstlich", "Tél. professionnel", "Teléfono del trabajo", "Telefono ufficio",
                     "Telefoon werk", "Telefone do trabalho", "Telefon arbete"),
    "home_phone": _t("Home Phone", "Tel. privat", "Tél. personnel", "Teléfono particular", "Telefono casa",
                     "Telefoon thuis", "Telefone de casa", "Telefon hem"),
    "fax": _t("Fax Number", "Fax-Nummer", "Fax", "Número de fax", "Numero fax", "Faxnummer", "Número de fax",
              "Faxnummer"),
    "pager": _t("Pager Number", "Pager-Nummer", "Pager", "Número de busca", "Numero cercapersone", "Piepernummer",
                "Número de pager", "Personsökare"),
    "mobile": _t("Mobile Number", "Mobil-Tel.-Nr.", "Portable", "Número de móvil", "Cellulare", "Mobiel nummer",
                 "Número de telemóvel", "Mobilnummer"),
    "home_addr": _t("Home Address", "Privat: Adresse", "Adresse privée", "Dirección particular", "Indirizzo casa",
                    "Thuisadres", "Morada de casa", "Hemadress"),
    "home_addr2": _t("Home Address 2", "Privat: Adresse 2", "Adresse privée 2", "Dirección particular 2",
                     "Indirizzo casa 2", "Thuisadres 2", "Morada de casa 2", "Hemadress 2"),
    "home_city": _t("Home City", "Privat: Ort", "Ville", "Ciudad particular", "Città", "Woonplaats", "Cidade",
                    "Hemort"),
    "home_county": _t("Home County", "Privat: Bundesland", "Région", "Provincia", "Provincia", "Provincie", "Distrito",
                      "Län"),
    "home_zip": _t("Home ZipCode", "Privat: PLZ", "Code postal", "Código postal", "CAP", "Postcode", "Código postal",
                   "Postnummer"),
    "home_country": _t("Home Country", "Privat: Land", "Pays", "País", "Paese", "Land", "País", "Land"),
    "org": _t("Organization", "Organisation", "Société", "Organización", "Organizzazione", "Organisatie",
              "Organização", "Organisation"),
    "web1": _t("Web Page 1", "Webseite 1", "Site web 1", "Página web 1", "Pagina web 1", "Webpagina 1",
               "Página web 1", "Webbsida 1"),
    "year": _t("Birth Year", "Geburtsjahr", "Année de naissance", "Año de nacimiento", "Anno di nascita",
               "Geboortejaar", "Ano de nascimento", "Födelseår"),
    "month": _t("Birth Month", "Geburtsmonat", "Mois de naissance", "Mes de nacimiento", "Mese di nascita",
                "Geboortemaand", "Mês de nascimento", "Födelsemånad"),
    "day": _t("Birth Day", "Geburtstag", "Jour de naissance", "Día de nacimiento", "Giorno di nascita",
              "Geboortedag", "Dia de nascimento", "Födelsedag"),
    "custom1": _t("Custom 1", "Benutzerdef. 1", "Personnalisé 1", "Personalizado 1", "Personalizzato 1",
                  "Aangepast 1", "Personalizado 1", "Anpassad 1"),
    "custom2": _t("Custom 2", "Benutzerdef. 2", "Personnalisé 2", "Personalizado 2", "Personalizzato 2",
                  "Aangepast 2", "Personalizado 2", "Anpassad 2"),
    "notes": _t("Notes", "Notizen", "Notes", "Notas", "Note", "Notities", "Notas", "Anteckningar"),
}  # fmt: skip

PIPEDRIVE = ("Person - ID", "Person - Name", "Person - First name", "Person - Last name", "Person - Label",
             "Person - Organization", "Person - Phone - Work", "Person - Phone - Mobile", "Person - Phone - Home",
             "Person - Customer no.", "Person - Email - Work", "Person - Email - Home", "Person - Postal address",
             "Person - Postal address - Street number", "Person - Postal address - Route/street name",
             "Person - Postal address - City/town", "Person - Postal address - ZIP/Postal code",
             "Person - Postal address - Country", "Person - Birthday", "Person - Owner", "Deal - Value",
             "Deal - Stage", "Person - Roof type", "Deal - Notes")  # fmt: skip

KOBO_HEAD = ("start", "end", "today", "deviceid", "enumerator", "consent")
KOBO_TAIL = ("_id", "_uuid", "_submission_time", "_validation_status", "_status", "_submitted_by", "__version__",
             "_tags", "_index")  # fmt: skip

# The home-care list: group labels (row 1, over the first column of each group) and sub-labels (row 2).
HOMECARE_GROUPS = {
    "client": _t("Client", "Klient/in", "Bénéficiaire", "Usuario", "Assistito", "Cliënt", "Utente", "Klient"),
    "address": _t("Address", "Anschrift", "Adresse", "Domicilio", "Indirizzo", "Adres", "Morada", "Adress"),
    "contact": _t("Contact", "Kontakt", "Contact", "Contacto", "Recapiti", "Contact", "Contacto", "Kontakt"),
    "relative": _t("Next of kin", "Angehörige", "Proche aidant", "Familiar", "Familiare", "Mantelzorger",
                   "Familiar", "Anhörig"),
    "care": _t("Care", "Versorgung", "Prise en charge", "Atención", "Assistenza", "Zorg", "Cuidados", "Vård"),
}  # fmt: skip
HOMECARE_SUB = {
    "no": _t("No.", "Nr.", "N°", "Nº", "N.", "Nr.", "N.º", "Nr"),
    "title": _t("Title", "Anrede", "Civilité", "Trato", "Titolo", "Aanhef", "Tratamento", "Titel"),
    "name": _t("Surname, first name", "Name, Vorname", "Nom, prénom", "Apellidos, nombre", "Cognome, nome",
               "Naam, voornaam", "Apelido, nome", "Efternamn, förnamn"),
    "dob": _t("DOB", "Geb.-Datum", "Date de naiss.", "F. nac.", "Data nasc.", "Geb.datum", "Data nasc.", "Född"),
    "street": _t("Street", "Straße", "Rue", "Calle", "Via", "Straat", "Rua", "Gata"),
    "zip": _t("Postcode", "PLZ", "CP", "CP", "CAP", "Postcode", "Cód. postal", "Postnr"),
    "town": _t("Town", "Ort", "Ville", "Localidad", "Comune", "Plaats", "Localidade", "Ort"),
    "keysafe": _t("Key safe", "Schlüsseltresor", "Boîte à clés", "Caja llaves", "Cassetta chiavi", "Sleutelkluis",
                  "Cofre chaves", "Nyckelskåp"),
    "phone": _t("Phone", "Telefon", "Téléphone", "Teléfono", "Telefono", "Telefoon", "Telefone", "Telefon"),
    "mobile": _t("Mobile", "Handy", "Portable", "Móvil", "Cellulare", "Mobiel", "Telemóvel", "Mobil"),
    "rel_name": _t("Name", "Name", "Nom", "Nombre", "Nome", "Naam", "Nome", "Namn"),
    "rel_kind": _t("Relation", "Beziehung", "Lien", "Parentesco", "Parentela", "Relatie", "Parentesco", "Relation"),
    "rel_phone": _t("Phone", "Telefon", "Téléphone", "Teléfono", "Telefono", "Telefoon", "Telefone", "Telefon"),
    "level": _t("Care level", "Pflegegrad", "GIR", "Grado", "Livello", "Indicatie", "Grau", "Vårdnivå"),
    "insurer": _t("Funder", "Kasse", "Caisse", "Aseguradora", "ASL", "Zorgverzekeraar", "Seguradora", "Betalare"),
    "remarks": _t("Remarks", "Bemerkung", "Remarques", "Observaciones", "Note", "Opmerkingen", "Observações",
                  "Anmärkning"),
}  # fmt: skip
HOMECARE_LAYOUT = (("client", ("no", "title", "name", "dob")), ("address", ("street", "zip", "town", "keysafe")),
                   ("contact", ("phone", "mobile")), ("relative", ("rel_name", "rel_kind", "rel_phone")),
                   ("care", ("level", "insurer", "remarks")))  # fmt: skip

TEAMSNAP = ("First Name", "Last Name", "Jersey Number", "Position", "Birthdate", "Gender", "Non-Player", "Address",
            "City", "State", "Zip", "Email Address 1", "Phone 1", "Phone 1 Label", "Phone 2", "Phone 2 Label",
            "Contact 1 First", "Contact 1 Last", "Contact 1 Relationship", "Contact 1 Email 1", "Contact 1 Phone 1",
            "Contact 2 First", "Contact 2 Last", "Contact 2 Phone 1", "Member Number", "Shirt Size",
            "Notes")  # fmt: skip

MOODLE = ("id", "username", "email", "firstname", "lastname", "idnumber", "institution", "department", "phone1",
          "phone2", "address", "city", "country", "lang", "auth", "suspended", "description")  # fmt: skip
MOODLE_DOB = _t("profile_field_dob", "profile_field_geburtsdatum", "profile_field_datenaissance",
                "profile_field_fechanacimiento", "profile_field_datanascita", "profile_field_geboortedatum",
                "profile_field_datanascimento", "profile_field_fodelsedatum")  # fmt: skip
MOODLE_LEVEL = _t("profile_field_level", "profile_field_niveau", "profile_field_niveau", "profile_field_nivel",
                  "profile_field_livello", "profile_field_niveau", "profile_field_nivel",
                  "profile_field_niva")  # fmt: skip


def homecare_subrow(lg: str) -> dict[str, str]:
    """The sub-label of each home-care field (the first data row as pandas reads the sheet)."""
    return {key: label(HOMECARE_SUB, key, lg) for _, keys in HOMECARE_LAYOUT for key in keys}


def all_sublabels() -> set[str]:
    """Every home-care sub-label and group label in every language (no values: the runner skips them)."""
    return {v for table in (HOMECARE_SUB, HOMECARE_GROUPS) for d in table.values() for v in d.values()}
