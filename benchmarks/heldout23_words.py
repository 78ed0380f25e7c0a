"""Words of held-out set 23: column labels by language (what the local form or screen prints), titles, and the
abbreviations old systems use (SAS 8-character names, Oracle column names).

Keys: first, last, name, phone, email, street, postcode, town, address, dob, id, iban, card, contact (a second
person) and contact_phone. A language without an entry prints English labels, as many exports there do.
"""

from __future__ import annotations

KEYS = ("first", "last", "name", "phone", "email", "street", "postcode", "town", "address", "dob", "id", "iban",
        "card", "contact", "contact_phone")  # fmt: skip
_LABELS = {
    "en": ("First name", "Surname", "Full name", "Phone", "Email address", "Street", "Postcode", "Town",
           "Address", "Date of birth", "ID number", "IBAN", "Card number", "Emergency contact", "Emergency phone"),
    "de": ("Vorname", "Nachname", "Name", "Telefon", "E-Mail", "Straße", "PLZ", "Ort", "Anschrift",
           "Geburtsdatum", "Ausweisnummer", "IBAN", "Kartennummer", "Notfallkontakt", "Notfalltelefon"),
    "fr": ("Prénom", "Nom", "Nom complet", "Téléphone", "Courriel", "Rue", "Code postal", "Ville", "Adresse",
           "Date de naissance", "N° d'identité", "IBAN", "N° de carte", "Personne à prévenir", "Tél. à prévenir"),
    "es": ("Nombre", "Apellidos", "Nombre completo", "Teléfono", "Correo electrónico", "Calle", "Código postal",
           "Localidad", "Dirección", "Fecha de nacimiento", "N.º de documento", "IBAN", "N.º de tarjeta",
           "Contacto de emergencia", "Tel. de emergencia"),
    "it": ("Nome", "Cognome", "Nominativo", "Telefono", "Email", "Via", "CAP", "Comune", "Indirizzo",
           "Data di nascita", "Codice fiscale", "IBAN", "N. carta", "Contatto di emergenza", "Tel. emergenza"),
    "nl": ("Voornaam", "Achternaam", "Naam", "Telefoon", "E-mailadres", "Straat", "Postcode", "Woonplaats", "Adres",
           "Geboortedatum", "BSN", "IBAN", "Kaartnummer", "Contactpersoon", "Tel. contactpersoon"),
    "pt": ("Nome próprio", "Apelido", "Nome completo", "Telefone", "E-mail", "Rua", "Código postal", "Localidade",
           "Morada", "Data de nascimento", "N.º de identificação", "IBAN", "N.º do cartão", "Contacto de emergência",
           "Tel. de emergência"),
    "cy": ("Enw cyntaf", "Cyfenw", "Enw llawn", "Ffôn", "Cyfeiriad e-bost", "Stryd", "Cod post", "Tref", "Cyfeiriad",
           "Dyddiad geni", "Rhif Yswiriant Gwladol", "IBAN", "Rhif cerdyn", "Cyswllt mewn argyfwng",
           "Ffôn argyfwng"),
    "ca": ("Nom", "Cognoms", "Nom complet", "Telèfon", "Correu electrònic", "Carrer", "Codi postal", "Població",
           "Adreça", "Data de naixement", "DNI", "IBAN", "Núm. de targeta", "Contacte d'emergència",
           "Tel. d'emergència"),
    "sv": ("Förnamn", "Efternamn", "Namn", "Telefon", "E-post", "Gatuadress", "Postnummer", "Ort", "Adress",
           "Födelsedatum", "Personnummer", "IBAN", "Kortnummer", "Anhörig", "Anhörigs telefon"),
    "pl": ("Imię", "Nazwisko", "Imię i nazwisko", "Telefon", "E-mail", "Ulica", "Kod pocztowy", "Miejscowość",
           "Adres", "Data urodzenia", "PESEL", "IBAN", "Nr karty", "Osoba kontaktowa", "Tel. kontaktowy"),
}  # fmt: skip
# Eight-character SAS names (English stems, as an analyst's dataset has them).
SAS = {"first": "fname", "last": "lname", "name": "fullnm", "phone": "telno", "email": "emailad", "street": "strt_ad",
       "postcode": "pcode", "town": "town", "address": "addr_all", "dob": "dob_dt", "id": "natid", "iban": "bankiban",
       "card": "cardno", "contact": "ec_name", "contact_phone": "ec_telno"}  # fmt: skip
# Oracle column names (``<TABLE>.<COLUMN>``), English abbreviations as a DBA names them.
ORACLE = {"first": "CUST_FIRST_NM", "last": "CUST_LAST_NM", "name": "CUST_FULL_NM", "phone": "CUST_PHONE_NO",
          "email": "CUST_EMAIL_ADDR", "street": "ADDR_LINE_1", "postcode": "POSTAL_CD", "town": "CITY_NM",
          "address": "POSTAL_ADDR", "dob": "BIRTH_DT", "id": "NATL_ID_NO", "iban": "BANK_IBAN", "card": "CARD_NO",
          "contact": "EMERG_CONTACT_NM", "contact_phone": "EMERG_PHONE_NO"}  # fmt: skip
_SAME = {"fil": "en", "ga": "en", "mt": "en", "lb": "de", "gl": "es"}
TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"],
    "de": ["Herr", "Frau", "Dr."],
    "fr": ["M.", "Mme", "Mlle", "Dr"],
    "es": ["Sr.", "Sra.", "Srta.", "Dr.", "Dña.", "D."],
    "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa"],
    "nl": ["dhr.", "mevr.", "Dhr.", "Mevr."],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra."],
    "cy": ["Mr", "Mrs", "Miss", "Dr", "Parch."],
    "ca": ["Sr.", "Sra.", "Dr."],
    "sv": ["Hr", "Fru"],
    "pl": ["Pan", "Pani", "dr"],
}


def base_language(language: str) -> str:
    """The language whose labels a language uses (``_SAME``), else itself."""
    return _SAME.get(language, language)


def labels(language: str) -> dict[str, str]:
    """The column labels of ``language`` (English where none are written here)."""
    return dict(zip(KEYS, _LABELS.get(base_language(language), _LABELS["en"]), strict=True))


def titles(language: str) -> list[str]:
    """The titles of ``language`` (English ones where none are written here)."""
    return TITLES.get(base_language(language), TITLES["en"])


def male_title(language: str) -> str:
    """The title of a man (first of ``titles``)."""
    return titles(language)[0]


def female_title(language: str) -> str:
    """The title of a married woman (second of ``titles``)."""
    return titles(language)[1]
