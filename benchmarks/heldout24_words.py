"""Held-out set 24: column labels in the languages written here, and titles (which "words kept" leaves out).

Labels are what a person of the language types as a form's field name; regional languages (Basque, Galician,
West Frisian, Breton, Scottish Gaelic, Catalan) have their own. A language without labels here uses English.
"""

from __future__ import annotations

KEYS = ("first", "last", "name", "contact", "child", "phone", "phone2", "email", "street", "postcode", "town",
        "address", "dob", "id", "iban", "card")  # fmt: skip
_LABELS = {
    "en": ("First name", "Surname", "Full name", "Emergency contact", "Child's first name", "Phone", "Other phone",
           "Email", "Street address", "Postcode", "Town", "Address", "Date of birth", "ID number", "IBAN",
           "Card number"),
    "de": ("Vorname", "Nachname", "Name", "Notfallkontakt", "Vorname des Kindes", "Telefon", "Telefon 2", "E-Mail",
           "Straße und Hausnummer", "PLZ", "Ort", "Anschrift", "Geburtsdatum", "Steuer-ID", "IBAN", "Kartennummer"),
    "fr": ("Prénom", "Nom", "Nom complet", "Personne à prévenir", "Prénom de l'enfant", "Téléphone",
           "Autre téléphone", "Courriel", "Adresse (rue)", "Code postal", "Ville", "Adresse", "Date de naissance",
           "N° de sécurité sociale", "IBAN", "N° de carte"),
    "es": ("Nombre", "Apellidos", "Nombre completo", "Contacto de emergencia", "Nombre del niño", "Teléfono",
           "Otro teléfono", "Correo electrónico", "Dirección (calle)", "Código postal", "Localidad", "Domicilio",
           "Fecha de nacimiento", "DNI", "IBAN", "Número de tarjeta"),
    "it": ("Nome", "Cognome", "Nominativo", "Contatto di emergenza", "Nome del bambino", "Telefono", "Altro telefono",
           "Email", "Via e civico", "CAP", "Comune", "Indirizzo", "Data di nascita", "Codice fiscale", "IBAN",
           "Numero carta"),
    "nl": ("Voornaam", "Achternaam", "Naam", "Contactpersoon bij nood", "Voornaam kind", "Telefoon",
           "Telefoon (overig)", "E-mailadres", "Straat en huisnummer", "Postcode", "Woonplaats", "Adres",
           "Geboortedatum", "BSN", "IBAN", "Kaartnummer"),
    "pt": ("Nome próprio", "Apelido", "Nome completo", "Contacto de emergência", "Nome da criança", "Telefone",
           "Outro telefone", "Email", "Morada (rua)", "Código postal", "Localidade", "Morada", "Data de nascimento",
           "NIF", "IBAN", "Número do cartão"),
    "eu": ("Izena", "Abizenak", "Izen-abizenak", "Larrialdietako kontaktua", "Haurraren izena", "Telefonoa",
           "Beste telefonoa", "Helbide elektronikoa", "Kalea eta zenbakia", "Posta kodea", "Herria", "Helbidea",
           "Jaiotze data", "NAN", "IBAN", "Txartel zenbakia"),
    "gl": ("Nome", "Apelidos", "Nome e apelidos", "Contacto de emerxencia", "Nome do neno", "Teléfono",
           "Outro teléfono", "Correo electrónico", "Rúa e número", "Código postal", "Localidade", "Enderezo",
           "Data de nacemento", "DNI", "IBAN", "Número de tarxeta"),
    "fy": ("Foarnamme", "Efternamme", "Namme", "Kontaktpersoan by need", "Foarnamme bern", "Telefoan",
           "Oare telefoan", "E-mailadres", "Strjitte en hûsnûmer", "Postkoade", "Wenplak", "Adres",
           "Bertedatum", "BSN", "IBAN", "Kaartnûmer"),
    "br": ("Anv-bihan", "Anv-familh", "Anv klok", "Den da c'hervel", "Anv-bihan ar bugel", "Pellgomz",
           "Pellgomz all", "Postel", "Straed ha niverenn", "Kod-post", "Kêr", "Chomlec'h", "Deiziad ganedigezh",
           "Niverenn surentez sokial", "IBAN", "Niverenn ar gartenn"),
    "gd": ("Ainm", "Sloinneadh", "Ainm slàn", "Neach-conaltraidh èiginn", "Ainm a' phàiste", "Fòn", "Fòn eile",
           "Post-d", "Sràid agus àireamh", "Còd-puist", "Baile", "Seòladh", "Ceann-latha breith",
           "Àireamh àrachais nàiseanta", "IBAN", "Àireamh cairt"),
    "ca": ("Nom", "Cognoms", "Nom i cognoms", "Contacte d'emergència", "Nom de l'infant", "Telèfon", "Altre telèfon",
           "Correu electrònic", "Carrer i número", "Codi postal", "Població", "Adreça", "Data de naixement", "NRT",
           "IBAN", "Número de targeta"),
}  # fmt: skip
TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Miss", "Dr"], "de": ["Herr", "Frau", "Dr."], "fr": ["M.", "Mme", "Mlle", "Monsieur",
    "Madame"], "es": ["Sr.", "Sra.", "D.", "Dña.", "don", "doña"], "it": ["Sig.", "Sig.ra", "Dott."],
    "nl": ["dhr.", "mevr.", "de heer", "mevrouw"], "pt": ["Sr.", "Sra.", "Dr."], "eu": ["Jn.", "And."],
    "gl": ["Sr.", "Sra.", "don", "dona"], "fy": ["dhr.", "mefrou", "mevr."],
    "br": ["An Aotrou", "An Itron", "M.", "Mme"],
    "gd": ["Mgr", "A' Bh-ph", "Mr", "Mrs"], "ca": ["Sr.", "Sra.", "en", "na"],
}  # fmt: skip


def labels(language: str) -> dict[str, str]:
    """Each key's label in ``language`` (English where none is written here)."""
    return dict(zip(KEYS, _LABELS.get(language, _LABELS["en"]), strict=True))


def titles(language: str) -> list[str]:
    """The titles of ``language`` (English where none is written here)."""
    return TITLES.get(language, TITLES["en"])


def has_labels(language: str) -> bool:
    """Whether this set writes labels in ``language``."""
    return language in _LABELS
