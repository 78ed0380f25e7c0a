"""Held-out set 25: the column headers each export system writes, in the languages it exports in.

None of these systems was used by sets 1-24: an Outlook contacts export (``Contacts.csv``: Outlook writes its
fields in the UI language, ``Vorname``/``Straße privat``/``Mobiltelefon``, ``E-mail Display Name`` as ``Name
(address)``, and ``0/0/00`` in an empty birthday), a HubSpot contacts export (portal language: ``Record ID``,
``Datensatz-ID``, custom properties typed by the admin), a Stripe customers export (English, ``Address Line1``,
``Card Last4``, ``key (metadata)`` for each metadata key), an Eventbrite attendee report (English, the
organiser's custom questions in their own language), a QuickBooks Online customer contact list (``Phone
Numbers`` holding ``Phone: ... Mobile: ...`` in one cell, whole billing and shipping addresses), a Microsoft
Access members table (short field names without spaces or accents, ``Wahr``/``Falsch`` booleans, dates with
``00:00:00``), an Excel registration sheet with merged group headers read as pandas reads it (the group label
over its first column, ``Unnamed: 3`` over the others, the sub-labels in the first row) and a Zendesk users
export (``name``, ``details`` holding the address, ``user_fields.<key>``).
"""

from __future__ import annotations

# Outlook's Contacts.csv fields in the order Outlook writes them (a subset: the business fields kept empty).
OUTLOOK = {
    "en": "Title|First Name|Middle Name|Last Name|Suffix|Company|Department|Job Title|Home Street|Home Street 2|"
    "Home City|Home State|Home Postal Code|Home Country/Region|Business Phone|Home Phone|Mobile Phone|Account|"
    "Anniversary|Birthday|Categories|E-mail Address|E-mail Type|E-mail Display Name|Gender|Mileage|Notes|"
    "Priority|Private|Sensitivity|User 1",
    "de": "Anrede|Vorname|Weitere Vornamen|Nachname|Suffix|Firma|Abteilung|Position|Straße privat|"
    "Straße privat 2|Ort privat|Bundesland/Kanton privat|Postleitzahl privat|Land/Region privat|"
    "Telefon geschäftlich|Telefon privat|Mobiltelefon|Konto|Jahrestag|Geburtstag|Kategorien|E-Mail-Adresse|"
    "E-Mail-Typ|E-Mail: Angezeigter Name|Geschlecht|Reisekilometer|Notizen|Priorität|Privat|Vertraulichkeit|"
    "Benutzer 1",
    "fr": "Titre|Prénom|Deuxième prénom|Nom|Suffixe|Société|Service|Titre (fonction)|Rue (domicile)|"
    "Rue (domicile) 2|Ville (domicile)|Dép/Région (domicile)|Code postal (domicile)|Pays/Région (domicile)|"
    "Téléphone (bureau)|Téléphone (domicile)|Tél. mobile|Compte|Anniversaire de mariage|Anniversaire|Catégories|"
    "Adresse de messagerie|Type de messagerie|Nom complet de l'adresse de messagerie|Sexe|Kilométrage|Notes|"
    "Priorité|Privé|Critère de diffusion|Utilisateur 1",
    "es": "Tratamiento|Nombre|Segundo nombre|Apellidos|Sufijo|Organización|Departamento|Puesto|Calle del domicilio|"
    "Calle del domicilio 2|Ciudad de residencia|Provincia o estado de residencia|Código postal de residencia|"
    "País o región del domicilio|Teléfono del trabajo|Particular|Móvil|Cuenta|Aniversario|Cumpleaños|Categorías|"
    "Dirección de correo electrónico|Tipo de correo electrónico|Nombre para mostrar del correo electrónico|Sexo|"
    "Kilometraje|Notas|Prioridad|Privado|Confidencialidad|Usuario 1",
    "it": "Titolo|Nome|Secondo nome|Cognome|Titolo straniero|Società|Reparto|Posizione|Via (ab.)|Via (ab.) 2|"
    "Città (ab.)|Provincia (ab.)|CAP (ab.)|Paese/area geografica (ab.)|Ufficio|Abitazione|Cellulare|Conto|"
    "Anniversario|Compleanno|Categorie|Indirizzo posta elettronica|Tipo posta elettronica|"
    "Nome visualizzato posta elettronica|Sesso|Chilometraggio|Note|Priorità|Privato|Riservatezza|Utente 1",
    "nl": "Titel|Voornaam|Middelste naam|Achternaam|Achtervoegsel|Bedrijf|Afdeling|Functie|Huisadres|Huisadres 2|"
    "Woonplaats|Provincie (thuis)|Postcode (thuis)|Land/regio (thuis)|Telefoon op werk|Telefoon thuis|"
    "Mobiele telefoon|Rekening|Jubileum|Verjaardag|Categorieën|E-mailadres|E-mailtype|Weergavenaam voor e-mail|"
    "Geslacht|Kilometers|Notities|Prioriteit|Persoonlijk|Gevoeligheid|Gebruiker 1",
    "pt": "Tratamento|Nome|Segundo Nome|Apelido|Sufixo|Empresa|Departamento|Cargo|Rua (residência)|"
    "Rua 2 (residência)|Cidade (residência)|Distrito (residência)|Código postal (residência)|"
    "País/Região (residência)|Telefone (empresa)|Telefone (residência)|Telemóvel|Conta|Aniversário de casamento|"
    "Aniversário|Categorias|Endereço de correio electrónico|Tipo de correio electrónico|"
    "Nome a apresentar do correio electrónico|Sexo|Quilometragem|Notas|Prioridade|Privado|Confidencialidade|"
    "Utilizador 1",
}
OUTLOOK_KEYS = ("title first middle last suffix company department job street street2 town region postcode "  # noqa: SIM905
                "country phone_work phone_home phone_mobile account anniversary dob categories email email_type "
                "email_display gender mileage notes priority private sensitivity user1").split()  # fmt: skip

# HubSpot's default contact properties in the portal's language, and the installer's custom properties.
HUBSPOT = {
    "en": "Record ID|First Name|Last Name|Email|Phone Number|Mobile Phone Number|Street Address|City|Postal Code|"
    "Country/Region|Date of birth|Create Date|Last Activity Date|Lifecycle Stage|Lead Status|Heat pump brand|"
    "Survey date|Installer|EPC rating|Floor area (m²)|Survey notes",
    "de": "Datensatz-ID|Vorname|Nachname|E-Mail|Telefonnummer|Mobiltelefonnummer|Adresse|Ort|Postleitzahl|"
    "Land/Region|Geburtsdatum|Erstellungsdatum|Datum der letzten Aktivität|Lebenszyklusphase|Lead-Status|"
    "Hersteller Wärmepumpe|Besichtigungstermin|Monteur|Energieeffizienzklasse|Wohnfläche (m²)|Notizen Vor-Ort-Termin",
    "fr": "ID de fiche d'informations|Prénom|Nom|E-mail|Numéro de téléphone|Numéro de téléphone portable|"
    "Adresse postale|Ville|Code postal|Pays/région|Date de naissance|Date de création|Date de dernière activité|"
    "Phase du cycle de vie|Statut du lead|Marque PAC|Date de visite technique|Technicien|Classe DPE|Surface (m²)|"
    "Notes de visite",
    "es": "ID de registro|Nombre|Apellidos|Correo|Número de teléfono|Número de teléfono móvil|Dirección|Ciudad|"
    "Código postal|País/región|Fecha de nacimiento|Fecha de creación|Fecha de la última actividad|"
    "Etapa del ciclo de vida|Estado del lead|Marca bomba de calor|Fecha de visita|Instalador|Calificación energética|"
    "Superficie (m²)|Notas de la visita",
    "it": "ID record|Nome|Cognome|E-mail|Numero di telefono|Numero di cellulare|Indirizzo|Città|CAP|Paese/regione|"
    "Data di nascita|Data di creazione|Data dell'ultima attività|Fase del ciclo di vita|Stato del lead|"
    "Marca pompa di calore|Data sopralluogo|Installatore|Classe energetica|Superficie (m²)|Note sopralluogo",
    "nl": "Record-ID|Voornaam|Achternaam|E-mailadres|Telefoonnummer|Mobiel telefoonnummer|Straatadres|Plaats|"
    "Postcode|Land/regio|Geboortedatum|Aanmaakdatum|Datum laatste activiteit|Levenscyclusfase|Leadstatus|"
    "Merk warmtepomp|Datum opname|Monteur|Energielabel|Woonoppervlakte (m²)|Notities opname",
}
HUBSPOT_KEYS = ("record first last email phone_home phone_mobile street town postcode country dob created "  # noqa: SIM905
                "last_activity stage lead_status brand survey_date staff epc area notes").split()  # fmt: skip

# Stripe's customer export columns (English in every account) and the walker's metadata keys by language.
STRIPE = ("id|Description|Email|Name|Phone|Created (UTC)|Delinquent|Card Brand|Card Last4|Card Exp Month|"
          "Card Exp Year|Card Country|Address Line1|Address Line2|Address City|Address State|Address Zip|"
          "Address Country|Plan|Status|Account Balance|Currency")  # fmt: skip
STRIPE_KEYS = ("id notes email name phone created delinquent card_brand card_last4 card_month card_year "  # noqa: SIM905
               "card_country street street2 town region postcode country plan status balance "
               "currency").split()  # fmt: skip
STRIPE_META = {
    "en": "dog_name|breed|walker|key_safe|date_of_birth|emergency_phone",
    "de": "hundename|rasse|gassigeher|schluesselsafe|geburtsdatum|notfallnummer",
    "fr": "nom_chien|race|promeneur|boite_a_cles|date_naissance|tel_urgence",
    "es": "nombre_perro|raza|paseador|caja_llaves|fecha_nacimiento|tel_emergencia",
    "it": "nome_cane|razza|dog_sitter|cassetta_chiavi|data_nascita|tel_emergenza",
    "nl": "naam_hond|ras|uitlater|sleutelkluis|geboortedatum|noodnummer",
}
STRIPE_META_KEYS = ("dog breed staff key_safe dob phone2").split()  # noqa: SIM905

EVENTBRITE = ("Order #|Order Date|First Name|Last Name|Email|Quantity|Price Tier|Ticket Type|Attendee #|Group|"
              "Order Type|Currency|Total Paid|Fees Paid|Eventbrite Fees|Attendee Status|Cell Phone|Home Address 1|"
              "Home Address 2|Home City|Home State|Home Zip|Home Country|Birth Date|Buyer First Name|"
              "Buyer Last Name|Buyer Email|Venue|Chef")  # fmt: skip
EVENTBRITE_KEYS = ("order order_date first last email quantity tier ticket attendee group order_type currency "  # noqa: SIM905
                   "paid fees eb_fees status phone street street2 town region postcode country dob buyer_first "
                   "buyer_last buyer_email venue staff").split()  # fmt: skip
# The organiser's custom question (the notes column) in their own language.
EVENTBRITE_QUESTION = {
    "en": "Allergies, intolerances or access needs we should know about?",
    "de": "Allergien, Unverträglichkeiten oder sonstige Hinweise?",
    "fr": "Allergies, intolérances ou besoins particuliers ?",
    "es": "¿Alergias, intolerancias o necesidades especiales?",
    "it": "Allergie, intolleranze o esigenze particolari?",
    "nl": "Allergieën, intoleranties of andere wensen?",
    "pt": "Alergias, intolerâncias ou necessidades especiais?",
    "ca": "Al·lèrgies, intoleràncies o necessitats especials?",
}

QUICKBOOKS = {
    "en": "Customer|Company name|Full name|Phone Numbers|Email|Billing Address|Shipping Address|Open Balance|"
    "Customer Type|Terms|Account No.|Kitchen range|Fitter|Notes",
    "fr": "Client|Nom de l'entreprise|Nom complet|Numéros de téléphone|Courriel|Adresse de facturation|"
    "Adresse de livraison|Solde ouvert|Type de client|Modalités|Numéro de compte|Gamme cuisine|Poseur|Notes",
}
QUICKBOOKS_KEYS = ("display company name phones email billing shipping balance customer_type terms account "  # noqa: SIM905
                   "range staff notes").split()  # fmt: skip
QB_PHONE_WORDS = {"en": ("Phone", "Mobile"), "fr": ("Téléphone", "Mobile")}

# An Access members table: short field names typed by the volunteer who built it, no accents or spaces.
ACCESS = {
    "en": "ID|MemberNo|Title|Forename|Surname|Address1|Address2|Town|Postcode|TelNo|Mobile|DOB|Joined|Category|"
    "SubsPaid|Fee|Email|IBAN|Captain|Locker|Comments",
    "de": "ID|MitglNr|Anrede|Vorname|Name|Strasse|Zusatz|Ort|PLZ|TelPrivat|Handy|GebDatum|Eintritt|Abteilung|"
    "BeitragBezahlt|Beitrag|EMail|IBAN|Mannschaftsfuehrer|Spind|Bemerkung",
    "fr": "ID|NumAdherent|Civilite|Prenom|Nom|Adresse|Complement|Ville|CP|TelFixe|Portable|DateNaiss|DateAdhesion|"
    "Categorie|CotisationReglee|Montant|Mail|IBAN|Capitaine|Casier|Remarques",
    "es": "Id|NumSocio|Tratamiento|Nombre|Apellidos|Direccion|Direccion2|Poblacion|CP|Telefono|Movil|FechaNac|"
    "FechaAlta|Categoria|CuotaPagada|Cuota|Correo|IBAN|Capitan|Taquilla|Observaciones",
    "it": "ID|NumTessera|Titolo|Nome|Cognome|Indirizzo|Indirizzo2|Citta|CAP|Telefono|Cellulare|DataNascita|"
    "DataIscrizione|Categoria|QuotaPagata|Quota|Email|IBAN|Capitano|Armadietto|Note",
    "nl": "ID|Lidnummer|Aanhef|Voornaam|Achternaam|Adres|Adres2|Woonplaats|Postcode|TelVast|Mobiel|GebDatum|"
    "LidSinds|Categorie|ContributieBetaald|Contributie|Email|IBAN|Aanvoerder|Kluisje|Opmerkingen",
    "fo": "ID|LimaNr|Heiti|Fornavn|Eftirnavn|Bustadur|Bustadur2|Bygd|Postnr|Telefon|Fartelefon|Fodidagur|"
    "Innmeldadur|Bolkur|Goldid|Gjald|Teldupostur|IBAN|Leidari|Skap|Vidmerkingar",
    "sw": "ID|NambaMwanachama|Cheo|JinaLaKwanza|JinaLaUkoo|Anwani|Anwani2|Mji|Postikodi|Simu|SimuYaMkononi|"
    "TareheKuzaliwa|TareheKujiunga|Kundi|AmeLipa|Ada|BaruaPepe|IBAN|Nahodha|Kabati|Maoni",
    "se": "ID|LahttuNr|Titulla|Ovdanamma|Goargu|Cujuhus|Cujuhus2|Baiki|Poastanr|Telefovdna|Mobiila|Riegadanbeaivi|"
    "Searvan|Joavku|Maksan|Divat|Eposta|IBAN|Kapteadna|Kapa|Mearkkasumit",
    "pt": "ID|NumSocio|Tratamento|Nome|Apelido|Morada|Morada2|Localidade|CodPostal|Telefone|Telemovel|DataNasc|"
    "DataAdesao|Categoria|QuotaPaga|Quota|Email|IBAN|Capitao|Cacifo|Observacoes",
}
ACCESS_KEYS = ("id member title first last street street2 town postcode phone_home phone_mobile dob joined "  # noqa: SIM905
               "category paid fee email iban staff locker notes").split()  # fmt: skip
ACCESS_BOOL = {"en": ("Yes", "No"), "de": ("Wahr", "Falsch"), "fr": ("Vrai", "Faux"), "es": ("Verdadero", "Falso"),
               "it": ("Vero", "Falso"), "nl": ("Waar", "Onwaar"), "pt": ("Verdadeiro", "Falso"), "fo": ("Ja", "Nei"),
               "sw": ("Ndiyo", "Hapana"), "se": ("Juo", "Ii")}  # fmt: skip

# The camp sheet: (group label, [sub-labels]) in the order of the sheet.
MERGED = {
    "en": [("Participant", ["First name", "Surname", "Date of birth", "Age"]),
           ("Parent / guardian", ["Name", "Mobile", "Email"]), ("Home address", ["Street", "Postcode", "Town"]),
           ("Camp", ["Week", "Group", "T-shirt"]), ("Authorised to collect", ["Name", "Phone"]),
           ("Payment", ["IBAN", "Amount"]), ("Health / allergies", ["Remarks"])],
    "de": [("Teilnehmer/in", ["Vorname", "Nachname", "Geburtsdatum", "Alter"]),
           ("Erziehungsberechtigte/r", ["Name", "Handy", "E-Mail"]), ("Anschrift", ["Straße", "PLZ", "Ort"]),
           ("Freizeit", ["Woche", "Gruppe", "T-Shirt"]), ("Abholberechtigt", ["Name", "Telefon"]),
           ("Zahlung", ["IBAN", "Betrag"]), ("Gesundheit / Allergien", ["Bemerkungen"])],
    "fr": [("Participant", ["Prénom", "Nom", "Date de naissance", "Âge"]),
           ("Responsable légal", ["Nom", "Portable", "E-mail"]), ("Adresse", ["Rue", "CP", "Ville"]),
           ("Séjour", ["Semaine", "Groupe", "T-shirt"]), ("Autorisé(e) à récupérer", ["Nom", "Téléphone"]),
           ("Paiement", ["IBAN", "Montant"]), ("Santé / allergies", ["Remarques"])],
    "es": [("Participante", ["Nombre", "Apellidos", "Fecha de nacimiento", "Edad"]),
           ("Padre / madre / tutor", ["Nombre", "Móvil", "Correo"]), ("Domicilio", ["Calle", "CP", "Localidad"]),
           ("Campamento", ["Semana", "Grupo", "Camiseta"]), ("Autorizado a recoger", ["Nombre", "Teléfono"]),
           ("Pago", ["IBAN", "Importe"]), ("Salud / alergias", ["Observaciones"])],
    "it": [("Partecipante", ["Nome", "Cognome", "Data di nascita", "Età"]),
           ("Genitore / tutore", ["Nome", "Cellulare", "E-mail"]), ("Indirizzo", ["Via", "CAP", "Comune"]),
           ("Centro estivo", ["Settimana", "Gruppo", "Maglietta"]), ("Delegato al ritiro", ["Nome", "Telefono"]),
           ("Pagamento", ["IBAN", "Importo"]), ("Salute / allergie", ["Note"])],
    "nl": [("Deelnemer", ["Voornaam", "Achternaam", "Geboortedatum", "Leeftijd"]),
           ("Ouder / verzorger", ["Naam", "Mobiel", "E-mail"]), ("Adres", ["Straat", "Postcode", "Plaats"]),
           ("Kamp", ["Week", "Groep", "T-shirt"]), ("Mag ophalen", ["Naam", "Telefoon"]),
           ("Betaling", ["IBAN", "Bedrag"]), ("Gezondheid / allergieën", ["Opmerkingen"])],
    "pt": [("Participante", ["Nome", "Apelido", "Data de nascimento", "Idade"]),
           ("Encarregado de educação", ["Nome", "Telemóvel", "Email"]),
           ("Morada", ["Rua", "Código postal", "Localidade"]),
           ("Campo de férias", ["Semana", "Grupo", "T-shirt"]), ("Autorizado a recolher", ["Nome", "Telefone"]),
           ("Pagamento", ["IBAN", "Valor"]), ("Saúde / alergias", ["Observações"])],
    "sw": [("Mshiriki", ["Jina la kwanza", "Jina la ukoo", "Tarehe ya kuzaliwa", "Umri"]),
           ("Mzazi / mlezi", ["Jina", "Simu", "Barua pepe"]), ("Anwani", ["Mtaa", "Postikodi", "Mji"]),
           ("Kambi", ["Wiki", "Kundi", "Fulana"]), ("Anayeruhusiwa kumchukua", ["Jina", "Simu"]),
           ("Malipo", ["IBAN", "Kiasi"]), ("Afya / mzio", ["Maelezo"])],
    "fo": [("Luttakari", ["Fornavn", "Eftirnavn", "Føðingardagur", "Aldur"]),
           ("Foreldur / verji", ["Navn", "Fartelefon", "Teldupostur"]), ("Bústaður", ["Gøta", "Postnr.", "Bygd"]),
           ("Legur", ["Vika", "Bólkur", "T-skjúrta"]), ("Loyvi at heinta", ["Navn", "Telefon"]),
           ("Gjalding", ["IBAN", "Upphædd"]), ("Heilsa / ofnæmi", ["Viðmerkingar"])],
    "se": [("Oasseváldi", ["Ovdanamma", "Goargu", "Riegádanbeaivi", "Ahki"]),
           ("Váhnen / verddet", ["Namma", "Mobiila", "E-poasta"]), ("Čujuhus", ["Geaidnu", "Poastanr.", "Báiki"]),
           ("Leaira", ["Vahkku", "Joavku", "T-báidi"]), ("Sáhttá viežžat", ["Namma", "Telefovdna"]),
           ("Máksu", ["IBAN", "Supmi"]), ("Dearvvašvuohta / allergiija", ["Mearkkašumit"])],
}  # fmt: skip
MERGED_KEYS = ("child_first child_last child_dob age parent phone email street postcode town week group shirt "  # noqa: SIM905
               "collector collector_phone iban amount notes").split()  # fmt: skip
MERGED_TOTAL = {"en": "Total", "de": "Summe", "fr": "Total", "es": "Total", "it": "Totale", "nl": "Totaal",
                "pt": "Total", "sw": "Jumla", "fo": "Tilsamans", "se": "Oktiibuot"}  # fmt: skip

ZENDESK = ("id|name|email|phone|role|organization|external_id|tags|details|notes|time_zone|locale|created_at|"
           "last_login_at|verified|shared_phone_number")  # fmt: skip
ZENDESK_KEYS = ("id name email phone role organization external tags details notes tz locale created last_login "  # noqa: SIM905
                "verified shared").split()  # fmt: skip
# The admin's user fields (``user_fields.<key>``), keys in their language.
ZENDESK_FIELDS = {
    "en": "date_of_birth|router_serial|plan|install_date",
    "de": "geburtsdatum|router_seriennummer|tarif|anschlussdatum",
    "fr": "date_de_naissance|numero_serie_box|offre|date_raccordement",
    "es": "fecha_nacimiento|numero_serie_router|tarifa|fecha_alta",
    "it": "data_nascita|seriale_modem|piano|data_attivazione",
    "nl": "geboortedatum|serienummer_router|abonnement|aansluitdatum",
}
ZENDESK_FIELD_KEYS = ("dob router plan install").split()  # noqa: SIM905


def headers(table: dict[str, str] | str, lg: str, keys: list[str]) -> dict[str, str]:
    """Key -> header of a system in language ``lg`` (English where the system has no such language here)."""
    text = table if isinstance(table, str) else table.get(lg, table["en"])
    names = text.split("|")
    assert len(names) == len(keys), (len(names), len(keys), names[:3])
    return dict(zip(keys, names, strict=True))
