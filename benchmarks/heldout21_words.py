"""Words of held-out set 21: column labels by language, titles, and the header vocabularies of the eight
column-naming styles no earlier set used.

Labels are what a form of that language prints (written from the language in session 35); a language without
an entry prints English labels, as many exports there do. Keys: first, last, name, phone, email, street,
postcode, town, address, dob, id, iban, card, contact (a second person), contact_phone. The styles derive
their headers from these labels (kebab-case, Salesforce ``__c`` custom fields, PHP form arrays, Notion
property names with an emoji, squashed lower case without accents with a typo) or have their own
vocabularies (COBOL copybook abbreviations, Django ``__`` lookups, Neo4j typed headers).
"""

from __future__ import annotations

import random
import re
import unicodedata

KEYS = (
    "first",
    "last",
    "name",
    "phone",
    "email",
    "street",
    "postcode",
    "town",
    "address",
    "dob",
    "id",
    "iban",
    "card",
    "contact",
    "contact_phone",
)
_LABELS = {
    "en": "First name|Surname|Full name|Mobile number|Email address|Street address|Postcode|Town|Home address|"
    "Date of birth|ID number|Bank account (IBAN)|Card number|Emergency contact|Emergency contact phone",
    "de": "Vorname|Nachname|Name|Handynummer|E-Mail-Adresse|Straße und Hausnummer|Postleitzahl|Wohnort|Anschrift|"
    "Geburtsdatum|Ausweisnummer|Bankverbindung (IBAN)|Kartennummer|Notfallkontakt|Telefon Notfallkontakt",
    "fr": "Prénom|Nom de famille|Nom complet|Téléphone portable|Adresse e-mail|Adresse|Code postal|Ville|"
    "Adresse complète|Date de naissance|Numéro d'identité|IBAN du compte|Numéro de carte|Personne à prévenir|"
    "Téléphone personne à prévenir",
    "es": "Nombre|Apellidos|Nombre completo|Teléfono móvil|Correo electrónico|Dirección|Código postal|Localidad|"
    "Domicilio|Fecha de nacimiento|DNI|Cuenta bancaria (IBAN)|Número de tarjeta|Contacto de emergencia|"
    "Teléfono de emergencia",
    "it": "Nome|Cognome|Nominativo|Cellulare|Indirizzo email|Via e numero civico|CAP|Comune di residenza|Indirizzo|"
    "Data di nascita|Codice fiscale|IBAN|Numero carta|Contatto di emergenza|Telefono di emergenza",
    "nl": "Voornaam|Achternaam|Naam|Mobiel nummer|E-mailadres|Straat en huisnummer|Postcode|Woonplaats|Adres|"
    "Geboortedatum|BSN|Rekeningnummer (IBAN)|Kaartnummer|Contactpersoon noodgeval|Telefoon noodcontact",
    "pt": "Nome próprio|Apelido|Nome completo|Telemóvel|Endereço de e-mail|Morada|Código postal|Localidade|"
    "Morada completa|Data de nascimento|Número de identificação|IBAN|Número do cartão|Contacto de emergência|"
    "Telefone de emergência",
    "ca": "Nom|Cognoms|Nom i cognoms|Telèfon mòbil|Correu electrònic|Adreça|Codi postal|Població|Domicili|"
    "Data de naixement|DNI|Compte bancari (IBAN)|Número de targeta|Contacte d'emergència|Telèfon d'emergència",
    "pl": "Imię|Nazwisko|Imię i nazwisko|Telefon komórkowy|Adres e-mail|Ulica i numer|Kod pocztowy|Miejscowość|"
    "Adres zamieszkania|Data urodzenia|PESEL|Numer konta (IBAN)|Numer karty|Osoba do kontaktu|Telefon kontaktowy",
    "sv": "Förnamn|Efternamn|Namn|Mobilnummer|E-postadress|Gatuadress|Postnummer|Ort|Adress|Födelsedatum|"
    "Personnummer|Kontonummer (IBAN)|Kortnummer|Anhörig|Telefon anhörig",
    "ro": "Prenume|Nume|Nume complet|Telefon mobil|Adresă de e-mail|Strada și numărul|Cod poștal|Localitate|"
    "Domiciliu|Data nașterii|CNP|Cont bancar (IBAN)|Număr card|Persoană de contact|Telefon persoană de contact",
    "hr": "Ime|Prezime|Ime i prezime|Mobitel|E-mail adresa|Ulica i kućni broj|Poštanski broj|Mjesto|Adresa|"
    "Datum rođenja|OIB|IBAN računa|Broj kartice|Kontakt osoba|Telefon kontakt osobe",
    "tr": "Ad|Soyad|Ad Soyad|Cep telefonu|E-posta adresi|Adres satırı|Posta kodu|Şehir|Ev adresi|Doğum tarihi|"
    "T.C. Kimlik No|IBAN|Kart numarası|Acil durumda aranacak kişi|Acil durum telefonu",
    "id": "Nama depan|Nama belakang|Nama lengkap|Nomor HP|Alamat email|Alamat jalan|Kode pos|Kota|Alamat rumah|"
    "Tanggal lahir|NIK|Rekening (IBAN)|Nomor kartu|Kontak darurat|Telepon kontak darurat",
    "sr": "Име|Презиме|Име и презиме|Мобилни телефон|Имејл адреса|Улица и број|Поштански број|Место|Адреса|"
    "Датум рођења|ЈМБГ|Рачун (IBAN)|Број картице|Особа за контакт|Телефон особе за контакт",
    "ru": "Имя|Фамилия|ФИО|Мобильный телефон|Электронная почта|Улица, дом|Индекс|Город|Адрес|Дата рождения|"
    "ИНН|Счёт (IBAN)|Номер карты|Контактное лицо|Телефон контактного лица",
    "uk": "Ім'я|Прізвище|ПІБ|Мобільний телефон|Електронна пошта|Вулиця, будинок|Індекс|Місто|Адреса|"
    "Дата народження|РНОКПП|Рахунок (IBAN)|Номер картки|Контактна особа|Телефон контактної особи",
    "mn": "Нэр|Овог|Овог нэр|Гар утас|И-мэйл хаяг|Гудамж, байр|Шуудангийн код|Хот|Гэрийн хаяг|Төрсөн огноо|"
    "Регистрийн дугаар|Дансны дугаар (IBAN)|Картын дугаар|Яаралтай үед холбоо барих|Яаралтай үеийн утас",
}
_LANG_OF = {"bs": "hr", "ms": "id", "lb": "de", "ga": "en", "fil": "en", "kk": "ru"}
TITLES = {
    "en": ("Mr", "Mrs", "Ms", "Miss", "Dr"),
    "de": ("Herr", "Frau", "Dr."),
    "fr": ("M.", "Mme", "Dr"),
    "es": ("Sr.", "Sra.", "D.", "Dña."),
    "it": ("Sig.", "Sig.ra", "Dott."),
    "nl": ("dhr.", "mevr.", "de heer"),
    "pt": ("Sr.", "Sra."),
    "ca": ("Sr.", "Sra."),
    "pl": ("Pan", "Pani"),
    "sv": ("Herr", "Fru"),
    "ro": ("dl.", "dna."),
    "hr": ("g.", "gđa"),
    "tr": ("Bay", "Bayan"),
    "sr": ("г.", "гђа"),
    "ru": ("г-н", "г-жа"),
}
EMOJI = {
    "first": "👤",
    "last": "👤",
    "name": "👤",
    "phone": "📞",
    "email": "✉️",
    "street": "🏠",
    "postcode": "📮",
    "town": "📍",
    "address": "🏠",
    "dob": "🎂",
    "id": "🪪",
    "iban": "🏦",
    "card": "💳",
    "contact": "🆘",
    "contact_phone": "🆘",
}
COBOL = {
    "en": {
        "first": "CLT-FORENM",
        "last": "CLT-SURNM",
        "name": "CLT-FULL-NM",
        "phone": "CLT-TEL-NO",
        "email": "CLT-EMAIL-ADR",
        "street": "CLT-ADDR-L1",
        "postcode": "CLT-PCODE",
        "town": "CLT-TOWN",
        "address": "CLT-ADDR",
        "dob": "CLT-DOB",
        "id": "CLT-NATID",
        "iban": "CLT-IBAN",
        "card": "CLT-CARD-NO",
        "contact": "RFR-WKR-NM",
        "contact_phone": "RFR-WKR-TEL",
    },
    "de": {
        "first": "KD-VORN",
        "last": "KD-NAME",
        "name": "KD-NAME-VOLL",
        "phone": "KD-TEL",
        "email": "KD-EMAIL",
        "street": "KD-STR",
        "postcode": "KD-PLZ",
        "town": "KD-ORT",
        "address": "KD-ANSCHR",
        "dob": "KD-GEBDAT",
        "id": "KD-AUSW-NR",
        "iban": "KD-IBAN",
        "card": "KD-KARTE",
        "contact": "VERM-SACHB",
        "contact_phone": "VERM-TEL",
    },
    "fr": {
        "first": "BEN-PRENOM",
        "last": "BEN-NOM",
        "name": "BEN-NOM-CPL",
        "phone": "BEN-TEL",
        "email": "BEN-MEL",
        "street": "BEN-ADR-VOIE",
        "postcode": "BEN-CP",
        "town": "BEN-COMMUNE",
        "address": "BEN-ADR",
        "dob": "BEN-DT-NAIS",
        "id": "BEN-NIR",
        "iban": "BEN-IBAN",
        "card": "BEN-CARTE",
        "contact": "ORIENT-NOM",
        "contact_phone": "ORIENT-TEL",
    },
    "nl": {
        "first": "KL-VOORNM",
        "last": "KL-ACHTERNM",
        "name": "KL-NAAM",
        "phone": "KL-TELNR",
        "email": "KL-EMAIL",
        "street": "KL-STRAAT",
        "postcode": "KL-PC",
        "town": "KL-WPL",
        "address": "KL-ADRES",
        "dob": "KL-GEBDAT",
        "id": "KL-BSN",
        "iban": "KL-IBAN",
        "card": "KL-PASNR",
        "contact": "VERW-NAAM",
        "contact_phone": "VERW-TEL",
    },
}
DJANGO = {
    "first": "customer__first_name",
    "last": "customer__last_name",
    "name": "customer__full_name",
    "phone": "customer__phone",
    "email": "customer__email",
    "street": "customer__address__line1",
    "postcode": "customer__address__postcode",
    "town": "customer__address__city",
    "address": "customer__address__formatted",
    "dob": "customer__date_of_birth",
    "id": "customer__id_number",
    "iban": "payment__iban",
    "card": "payment__card_number",
    "contact": "booking__driver_name",
    "contact_phone": "booking__driver_phone",
}
NEO4J = {
    "first": "firstName:string",
    "last": "lastName:string",
    "name": "name:string",
    "phone": "phone:string",
    "email": "email:string",
    "street": "street:string",
    "postcode": "postcode:string",
    "town": "city:string",
    "address": "address:string",
    "dob": "born:date",
    "id": "idNumber:string",
    "iban": "iban:string",
    "card": "depositCard:string",
    "contact": "collectedBy:string",
    "contact_phone": "collectorPhone:string",
}
SALESFORCE_STANDARD = {
    "first": "FirstName",
    "last": "LastName",
    "name": "Name",
    "phone": "MobilePhone",
    "email": "Email",
    "street": "MailingStreet",
    "postcode": "MailingPostalCode",
    "town": "MailingCity",
    "address": "MailingAddress",
    "dob": "Birthdate",
}
PHP_PREFIX = {
    "en": "booking",
    "de": "buchung",
    "fr": "reservation",
    "es": "reserva",
    "it": "prenotazione",
    "nl": "boeking",
    "pt": "reserva",
    "ca": "reserva",
}


def base_language(language: str) -> str:
    """The language whose labels ``language`` prints (Bosnian prints Croatian-Latin ones, Malay Indonesian...)."""
    return _LANG_OF.get(language, language)


def labels(language: str) -> dict[str, str]:
    """The column labels of ``language`` by key (English where none is written here)."""
    text = _LABELS.get(base_language(language), _LABELS["en"])
    return dict(zip(KEYS, text.split("|"), strict=True))


def titles(language: str) -> list[str]:
    """Courtesy titles of ``language`` (English ones where none are written here)."""
    return list(TITLES.get(base_language(language), TITLES["en"]))


def male_title(language: str) -> str:
    """The title written before a man's surname."""
    return titles(language)[0]


def female_title(language: str) -> str:
    """The title written before a woman's surname."""
    return titles(language)[1]


def ascii_words(label: str) -> list[str]:
    """A label's words in ASCII without accents or punctuation (empty for non-Latin scripts)."""
    for a, b in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ø", "o"), ("æ", "ae"), ("ı", "i")):
        label = label.replace(a, b)
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", plain)
    return words if len("".join(words)) * 2 >= len(re.sub(r"\W", "", label)) else []


def kebab(label: str) -> str:
    """``Date of birth`` -> ``date-of-birth`` (accents dropped)."""
    return "-".join(w.lower() for w in ascii_words(label))


def salesforce_custom(label: str) -> str:
    """``Notfallkontakt Telefon`` -> ``Notfallkontakt_Telefon__c`` (an API name: ASCII letters only)."""
    return "_".join(w[:1].upper() + w[1:] for w in ascii_words(label))[:38] + "__c"


def php_field(prefix: str, label: str) -> str:
    """``booking[date_of_birth]``: a web form's field name as its POST dump prints it."""
    return f"{prefix}[{'_'.join(w.lower() for w in ascii_words(label))}]"


def squashed(label: str, rng: random.Random, typo: bool) -> str:
    """``geburtsdatum``: lower case, no spaces or accents; with ``typo`` one letter dropped or doubled, as a header
    typed by hand in a spreadsheet has."""
    word = "".join(w.lower() for w in ascii_words(label))
    if typo and len(word) > 5:
        i = rng.randrange(2, len(word) - 1)
        word = word[:i] + word[i + 1 :] if rng.random() < 0.5 else word[:i] + word[i] + word[i:]
    return word
