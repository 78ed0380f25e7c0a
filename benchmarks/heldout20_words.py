"""Words of held-out set 20: column labels by language, titles, and the header vocabularies of the eight
column-naming styles that no earlier set used (Hungarian notation, SAP field names, form questions).

Labels are what a form of that language prints (written from the language); a language without an entry
prints English labels, as many exports there do. Keys (in this order in ``_LABELS``): first, last, name,
phone, email, street, postcode, town, address, dob, iban, card.
"""

from __future__ import annotations

KEYS = ("first", "last", "name", "phone", "email", "street", "postcode", "town", "address", "dob", "iban", "card")
_LABELS = {
    "en": "First name|Surname|Full name|Phone|Email|Street|Postcode|Town|Address|Date of birth|IBAN|Card number",
    "de": "Vorname|Nachname|Name|Telefon|E-Mail|Straße|PLZ|Ort|Anschrift|Geburtsdatum|IBAN|Kartennummer",
    "fr": "Prénom|Nom|Nom complet|Téléphone|Courriel|Rue|Code postal|Ville|Adresse|Date de naissance|IBAN|N° de carte",
    "es": "Nombre|Apellidos|Nombre completo|Teléfono|Correo|Calle|C.P.|Localidad|Domicilio|Fecha de nacimiento|IBAN|"
          "Nº tarjeta",
    "it": "Nome|Cognome|Nominativo|Telefono|Email|Via|CAP|Comune|Indirizzo|Data di nascita|IBAN|Numero carta",
    "nl": "Voornaam|Achternaam|Naam|Telefoon|E-mail|Straat|Postcode|Woonplaats|Adres|Geboortedatum|IBAN|Kaartnummer",
    "pt": "Nome próprio|Apelido|Nome completo|Telefone|E-mail|Rua|Código postal|Localidade|Morada|Data de nascimento|"
          "IBAN|N.º do cartão",
    "sv": "Förnamn|Efternamn|Namn|Telefon|E-post|Gatuadress|Postnummer|Ort|Adress|Födelsedatum|IBAN|Kortnummer",
    "da": "Fornavn|Efternavn|Navn|Telefon|E-mail|Vej|Postnr.|By|Adresse|Fødselsdato|IBAN|Kortnummer",
    "no": "Fornavn|Etternavn|Navn|Telefon|E-post|Gate|Postnr.|Poststed|Adresse|Fødselsdato|IBAN|Kortnummer",
    "pl": "Imię|Nazwisko|Imię i nazwisko|Telefon|E-mail|Ulica|Kod pocztowy|Miejscowość|Adres|Data urodzenia|IBAN|"
          "Numer karty",
    "cs": "Jméno|Příjmení|Celé jméno|Telefon|E-mail|Ulice|PSČ|Obec|Adresa|Datum narození|IBAN|Číslo karty",
    "sk": "Meno|Priezvisko|Celé meno|Telefón|E-mail|Ulica|PSČ|Obec|Adresa|Dátum narodenia|IBAN|Číslo karty",
    "ro": "Prenume|Nume|Nume complet|Telefon|E-mail|Strada|Cod poștal|Localitate|Adresă|Data nașterii|IBAN|Număr card",
    "hr": "Ime|Prezime|Ime i prezime|Telefon|E-pošta|Ulica|Poštanski broj|Mjesto|Adresa|Datum rođenja|IBAN|"
          "Broj kartice",
    "bs": "Ime|Prezime|Ime i prezime|Telefon|E-mail|Ulica|Poštanski broj|Grad|Adresa|Datum rođenja|IBAN|Broj kartice",
    "tr": "Ad|Soyad|Ad Soyad|Telefon|E-posta|Sokak|Posta kodu|İlçe|Adres|Doğum tarihi|IBAN|Kart numarası",
    "ru": "Имя|Фамилия|ФИО|Телефон|Эл. почта|Улица|Индекс|Город|Адрес|Дата рождения|IBAN|Номер карты",
    "uk": "Ім'я|Прізвище|ПІБ|Телефон|Ел. пошта|Вулиця|Індекс|Місто|Адреса|Дата народження|IBAN|Номер картки",
    "bg": "Име|Фамилия|Трите имена|Телефон|Имейл|Улица|Пощенски код|Град|Адрес|Дата на раждане|IBAN|Номер на карта",
    "el": "Όνομα|Επώνυμο|Ονοματεπώνυμο|Τηλέφωνο|Email|Οδός|Τ.Κ.|Πόλη|Διεύθυνση|Ημερομηνία γέννησης|IBAN|"
          "Αριθμός κάρτας",
    "fi": "Etunimi|Sukunimi|Nimi|Puhelin|Sähköposti|Katuosoite|Postinumero|Postitoimipaikka|Osoite|Syntymäaika|IBAN|"
          "Kortin numero",
    "hu": "Utónév|Vezetéknév|Név|Telefonszám|E-mail|Utca|Irányítószám|Település|Lakcím|Születési dátum|IBAN|Kártyaszám",
    "id": "Nama depan|Nama belakang|Nama lengkap|No. HP|Email|Jalan|Kode pos|Kota|Alamat|Tanggal lahir|IBAN|No. kartu",
    "ms": "Nama pertama|Nama keluarga|Nama penuh|No. telefon|E-mel|Jalan|Poskod|Bandar|Alamat|Tarikh lahir|IBAN|"
          "No. kad",
    "fil": "Pangalan|Apelyido|Buong pangalan|Telepono|Email|Kalye|Zip code|Lungsod|Tirahan|Petsa ng kapanganakan|IBAN|"
           "Numero ng card",
    "ja": "名|姓|氏名|電話番号|メールアドレス|番地|郵便番号|市区町村|住所|生年月日|IBAN|カード番号",
    "zh": "名|姓|姓名|电话|电子邮箱|街道|邮编|城市|地址|出生日期|IBAN|卡号",
    "ko": "이름|성|성명|전화번호|이메일|도로명|우편번호|시군구|주소|생년월일|IBAN|카드번호",
    "ar": "الاسم الأول|اسم العائلة|الاسم الكامل|الهاتف|البريد الإلكتروني|الشارع|الرمز البريدي|المدينة|العنوان|"
          "تاريخ الميلاد|IBAN|رقم البطاقة",
    "he": "שם פרטי|שם משפחה|שם מלא|טלפון|דוא\"ל|רחוב|מיקוד|יישוב|כתובת|תאריך לידה|IBAN|מספר כרטיס",
    "kk": "Аты|Тегі|Аты-жөні|Телефон|Эл. пошта|Көше|Пошта индексі|Қала|Мекенжай|Туған күні|IBAN|Карта нөмірі",
    "lt": "Vardas|Pavardė|Vardas pavardė|Telefonas|El. paštas|Gatvė|Pašto kodas|Miestas|Adresas|Gimimo data|IBAN|"
          "Kortelės numeris",
    "lv": "Vārds|Uzvārds|Vārds uzvārds|Tālrunis|E-pasts|Iela|Pasta indekss|Pilsēta|Adrese|Dzimšanas datums|IBAN|"
          "Kartes numurs",
    "et": "Eesnimi|Perekonnanimi|Nimi|Telefon|E-post|Tänav|Postiindeks|Linn|Aadress|Sünniaeg|IBAN|Kaardi number",
    "sl": "Ime|Priimek|Ime in priimek|Telefon|E-pošta|Ulica|Poštna številka|Kraj|Naslov|Datum rojstva|IBAN|"
          "Številka kartice",
}  # fmt: skip
# A locale's labels: the language's, English elsewhere (mapped here where the code differs).
_LANG_OF = {"lb": "de", "nb": "no", "ga": "en"}

# Courtesy titles by language (dropped from a template's own words when counting words kept).
TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Dr", "Miss"], "de": ["Herr", "Frau", "Dr."], "fr": ["M.", "Mme", "Dr"],
    "es": ["Sr.", "Sra.", "Dr."], "it": ["Sig.", "Sig.ra", "Dott."], "nl": ["dhr.", "mevr.", "Dr."],
    "pt": ["Sr.", "Sra."], "sv": [], "da": ["hr.", "fru"], "no": [], "pl": ["Pan", "Pani"], "cs": ["pan", "paní"],
    "ro": ["dl.", "dna."], "hr": ["g.", "gđa"], "bs": ["g.", "gđa"], "tr": ["Bay", "Bayan"],
    "ru": ["г-н", "г-жа"], "el": ["κ.", "κα"], "ms": ["Encik", "Puan"], "id": ["Bapak", "Ibu"],
    "fil": ["G.", "Gng."], "ar": ["السيد", "السيدة"], "ja": ["様"], "zh": ["先生", "女士"], "kk": [],
}  # fmt: skip


def labels(language: str) -> dict[str, str]:
    """The column labels of ``language`` by key (English where none is written here)."""
    text = _LABELS.get(_LANG_OF.get(language, language), _LABELS["en"])
    return dict(zip(KEYS, text.split("|"), strict=True))


def titles(language: str) -> list[str]:
    """Courtesy titles of ``language`` (English ones where none are written here)."""
    return TITLES.get(_LANG_OF.get(language, language), TITLES["en"])


def female_title(language: str) -> str:
    """The title written before a woman's surname."""
    t = titles(language)
    return {"en": "Mrs", "de": "Frau", "fr": "Mme", "es": "Sra.", "it": "Sig.ra", "nl": "mevr."}.get(
        language, t[1] if len(t) > 1 else "Ms"
    )


def male_title(language: str) -> str:
    """The title written before a man's surname."""
    t = titles(language)
    return t[0] if t else "Mr"


# Hungarian notation (an old VB/Access front end): type prefix + CamelCase English.
HUNGARIAN = {"first": "strFirstName", "last": "strSurname", "name": "strClientName", "phone": "strTelMobile",
             "email": "strEmailAddr", "street": "strAddr1", "postcode": "strPostCode", "town": "strTown",
             "address": "memAddress", "dob": "dtmDOB", "iban": "strIBAN", "card": "strCardNo", "id": "strNatID",
             "phone2": "strTelHome", "name2": "strGPName"}  # fmt: skip
# SAP field names (KNA1/BUT000-like), the same in every country: SAP's German abbreviations.
SAP = {"first": "NAME_FIRST", "last": "NAME_LAST", "name": "NAME1", "phone": "TELF1", "email": "SMTP_ADDR",
       "street": "STRAS", "postcode": "PSTLZ", "town": "ORT01", "address": "ADRNR_TXT", "dob": "GBDAT",
       "iban": "IBAN", "card": "CCNUM", "id": "IDNUMBER", "phone2": "TELF2", "name2": "NAME2"}  # fmt: skip
# Form questions (an online form's export: the question is the header).
QUESTIONS = {
    "en": {"first": "What is your first name?", "last": "And your surname?", "name": "Your full name",
           "phone": "Best phone number to reach you on", "email": "Email address (for your booking confirmation)",
           "street": "House number and street", "postcode": "Postcode / ZIP", "town": "Town or city",
           "address": "Home address", "dob": "When were you born?", "iban": "IBAN for the deposit refund",
           "card": "Card number (for the deposit)", "id": "ID number (as on your document)",
           "phone2": "Second phone number (optional)", "name2": "Who else is in your group?"},
    "de": {"first": "Wie ist Ihr Vorname?", "last": "Und Ihr Nachname?", "name": "Ihr vollständiger Name",
           "phone": "Unter welcher Nummer erreichen wir Sie?", "email": "E-Mail-Adresse (für die Bestätigung)",
           "street": "Straße und Hausnummer", "postcode": "Postleitzahl", "town": "Wohnort",
           "address": "Ihre Anschrift", "dob": "Wann sind Sie geboren?", "iban": "IBAN für die Kautionsrückzahlung",
           "card": "Kartennummer (für die Kaution)", "id": "Ausweisnummer bzw. Steuer-ID",
           "phone2": "Zweite Telefonnummer (optional)", "name2": "Wer kommt noch mit?"},
    "fr": {"first": "Quel est votre prénom ?", "last": "Et votre nom ?", "name": "Vos nom et prénom",
           "phone": "Numéro où vous joindre", "email": "Adresse e-mail (pour la confirmation)",
           "street": "Numéro et rue", "postcode": "Code postal", "town": "Ville", "address": "Adresse postale",
           "dob": "Quelle est votre date de naissance ?", "iban": "IBAN pour le remboursement de la caution",
           "card": "Numéro de carte (caution)", "id": "Numéro d'identification",
           "phone2": "Autre numéro (facultatif)", "name2": "Qui vous accompagne ?"},
    "es": {"first": "¿Cuál es tu nombre?", "last": "¿Y tus apellidos?", "name": "Nombre y apellidos",
           "phone": "Teléfono de contacto", "email": "Correo electrónico (para la confirmación)",
           "street": "Calle y número", "postcode": "Código postal", "town": "Población", "address": "Dirección",
           "dob": "¿Cuándo naciste?", "iban": "IBAN para devolver la fianza", "card": "Número de tarjeta (fianza)",
           "id": "DNI/NIE", "phone2": "Otro teléfono (opcional)", "name2": "¿Quién te acompaña?"},
    "it": {"first": "Come ti chiami?", "last": "E il cognome?", "name": "Nome e cognome",
           "phone": "Numero di telefono", "email": "Indirizzo email (per la conferma)", "street": "Via e numero civico",
           "postcode": "CAP", "town": "Città", "address": "Indirizzo di residenza", "dob": "Quando sei nato/a?",
           "iban": "IBAN per il rimborso della cauzione", "card": "Numero della carta (cauzione)",
           "id": "Codice fiscale", "phone2": "Altro numero (facoltativo)", "name2": "Chi viene con te?"},
    "nl": {"first": "Wat is je voornaam?", "last": "En je achternaam?", "name": "Volledige naam",
           "phone": "Op welk nummer ben je bereikbaar?", "email": "E-mailadres (voor de bevestiging)",
           "street": "Straat en huisnummer", "postcode": "Postcode", "town": "Woonplaats", "address": "Woonadres",
           "dob": "Wanneer ben je geboren?", "iban": "IBAN voor terugbetaling van de borg",
           "card": "Kaartnummer (borg)", "id": "BSN", "phone2": "Tweede telefoonnummer (optioneel)",
           "name2": "Wie gaat er nog mee?"},
}  # fmt: skip
# Words that join a local and an English label in a bilingual header, and a few layouts of it.
BILINGUAL_SEPARATORS = (" / ", " | ", " - ", "/")
# A unit or format hint a header carries in brackets or quotes (the debt-advice export).
HINTS = {"dob": "(DD/MM/YYYY)", "phone": "[mobile]", "iban": "(no spaces)", "postcode": "(as on letters)",
         "email": "(lower case)", "card": "(16 digits)", "id": "(with check digit)", "name": "(as on ID)",
         "street": "(line 1)", "town": "(post town)", "address": "(full)", "first": "(given)",
         "last": "(family)", "phone2": "[landline]", "name2": "(partner)"}  # fmt: skip

# A second person's label (contact person) and the one-word qualifier a two-line header adds, by language.
_ROLE = {"en": "Contact person", "de": "Kontaktperson", "fr": "Personne à contacter", "es": "Persona de contacto",
         "it": "Persona da contattare", "nl": "Contactpersoon", "pt": "Pessoa de contacto", "pl": "Osoba kontaktowa",
         "sv": "Kontaktperson", "da": "Kontaktperson", "no": "Kontaktperson", "cs": "Kontaktní osoba"}  # fmt: skip
_PARENT = {"en": "parent", "de": "Eltern", "fr": "parent", "es": "padre/madre", "it": "genitore", "nl": "ouder",
           "pt": "encarregado", "pl": "rodzic", "sv": "förälder", "da": "forælder", "no": "forelder"}  # fmt: skip
_SHORT = {"en": "child", "de": "Kind", "fr": "enfant", "es": "niño/a", "it": "bambino/a", "nl": "kind",
          "pt": "criança", "pl": "dziecko", "sv": "barn", "da": "barn", "no": "barn"}  # fmt: skip


def role(language: str, locale: str, short: bool = False, parent: bool = False) -> str:
    """The label of a second person (``short``: the qualifier word a two-line header adds, the child's or,
    with ``parent``, the parent's)."""
    table = (_PARENT if parent else _SHORT) if short else _ROLE
    return table.get(_LANG_OF.get(language, language), table["en"])


# The English side of a bilingual header when the local label is the same word (``IBAN / IBAN``).
ALTERNATE = {"iban": "Bank account (IBAN)", "email": "E-mail address", "phone": "Phone no.", "id": "ID number",
             "postcode": "Post code", "name": "Name in full", "address": "Postal address", "card": "Card no.",
             "first": "Given name", "last": "Family name", "street": "Street address", "town": "City",
             "dob": "Birth date", "name2": "Other person"}  # fmt: skip
# Headers of the look-alike columns in the first 7's languages (English elsewhere, as many exports print).
LOOKALIKE = {
    "de": {"room": "Gruppe", "start": "Wunschtermin", "sessions": "Tage pro Woche", "reg_no": "Registriernr.",
           "apiary": "Bienenstand", "hives": "Völker", "inspected": "Letzte Kontrolle", "stylist": "Friseur",
           "service": "Leistung", "gtin": "EAN", "price": "Preis", "visit": "Termin", "supplier": "Lieferant",
           "creditor": "Gläubiger", "owed": "Forderung", "case_no": "Aktenzeichen", "sort_code": "BIC",
           "income": "Monatseinkommen", "claim_no": "Mahnbescheid-Nr.", "booking": "Buchung", "plate": "Kennzeichen",
           "arrival": "Anreise", "nights": "Nächte", "amount": "Betrag", "coords": "Standort"},
    "fr": {"room": "Section", "start": "Date d'entrée", "sessions": "Jours par semaine", "reg_no": "N° NAPI",
           "apiary": "Rucher", "hives": "Ruches", "inspected": "Dernière visite", "stylist": "Coiffeur",
           "service": "Prestation", "gtin": "Code EAN", "price": "Prix", "visit": "Rendez-vous",
           "supplier": "Fournisseur", "creditor": "Créancier", "owed": "Montant dû", "case_no": "N° de dossier",
           "sort_code": "BIC", "income": "Revenu mensuel", "claim_no": "N° d'injonction", "booking": "Réservation",
           "plate": "Immatriculation", "arrival": "Arrivée", "nights": "Nuits", "amount": "Montant",
           "coords": "Emplacement"},
    "es": {"room": "Aula", "start": "Fecha de inicio", "sessions": "Días por semana", "reg_no": "Nº REGA",
           "apiary": "Colmenar", "hives": "Colmenas", "inspected": "Última revisión", "stylist": "Estilista",
           "service": "Servicio", "gtin": "Código EAN", "price": "Precio", "visit": "Cita", "supplier": "Proveedor",
           "creditor": "Acreedor", "owed": "Importe adeudado", "case_no": "Nº expediente", "sort_code": "BIC",
           "income": "Ingresos mensuales", "claim_no": "Nº procedimiento", "booking": "Reserva",
           "plate": "Matrícula", "arrival": "Llegada", "nights": "Noches", "amount": "Importe",
           "coords": "Ubicación"},
    "it": {"room": "Sezione", "start": "Data inizio", "sessions": "Giorni a settimana", "reg_no": "Codice BDN",
           "apiary": "Apiario", "hives": "Alveari", "inspected": "Ultimo controllo", "stylist": "Parrucchiere",
           "service": "Servizio", "gtin": "Codice EAN", "price": "Prezzo", "visit": "Appuntamento",
           "supplier": "Fornitore", "creditor": "Creditore", "owed": "Importo dovuto", "case_no": "N. pratica",
           "sort_code": "BIC", "income": "Reddito mensile", "claim_no": "N. decreto", "booking": "Prenotazione",
           "plate": "Targa", "arrival": "Arrivo", "nights": "Notti", "amount": "Importo", "coords": "Posizione"},
    "nl": {"room": "Groep", "start": "Startdatum", "sessions": "Dagdelen", "reg_no": "Registratienr.",
           "apiary": "Bijenstand", "hives": "Kasten", "inspected": "Laatste controle", "stylist": "Kapper",
           "service": "Behandeling", "gtin": "EAN-code", "price": "Prijs", "visit": "Afspraak",
           "supplier": "Leverancier", "creditor": "Schuldeiser", "owed": "Openstaand bedrag",
           "case_no": "Dossiernummer", "sort_code": "BIC", "income": "Netto maandinkomen", "claim_no": "Zaaknummer",
           "booking": "Boeking", "plate": "Kenteken", "arrival": "Aankomst", "nights": "Nachten",
           "amount": "Bedrag", "coords": "Locatie"},
}  # fmt: skip
