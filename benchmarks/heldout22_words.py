"""Words of held-out set 22: column labels by language (full and abbreviated, as local forms print them),
titles, and the vocabularies of the eight header styles no earlier set used.

Keys: first, last, name, phone, email, street, postcode, town, address, dob, id, iban, card, contact (a second
person), contact_phone. A language without its own entry prints English labels, as many exports there do. The
abbreviated labels (``Tel. priv.``, ``Nr. dom``, ``Cod. fiscale``, ``Geb.-Dat.``) are what paper forms and
old in-house systems print.
"""

# ruff: noqa: E501  (data lines: word lists and templates read better unbroken)

from __future__ import annotations

KEYS = ("first", "last", "name", "phone", "email", "street", "postcode", "town", "address", "dob", "id", "iban",
        "card", "contact", "contact_phone")  # fmt: skip
_LABELS = {
    "en": ("First name|Forename", "Surname|Last name", "Full name|Client name", "Phone|Tel. no.", "E-mail|Email addr.",
           "Street|Address line 1", "Postcode|ZIP", "Town|City", "Home address|Address", "Date of birth|DOB",
           "National ID|ID no.", "IBAN|Bank acct", "Card number|Card no.", "Emergency contact|Next of kin",
           "Contact phone|NOK tel."),
    "de": ("Vorname|Vorn.", "Nachname|Name", "Name, Vorname|Kunde", "Telefon|Tel. priv.", "E-Mail|Mail",
           "Straße|Str./Hausnr.", "PLZ|Postleitz.", "Ort|Wohnort", "Anschrift|Adresse", "Geburtsdatum|Geb.-Dat.",
           "Ausweisnr.|Steuer-ID", "IBAN|Bankverb.", "Kartennr.|Kreditkarte", "Notfallkontakt|Ansprechp.",
           "Tel. Notfall|Tel. Ansprechp."),
    "fr": ("Prénom|Pren.", "Nom|Nom de famille", "Nom complet|Client", "Téléphone|Tél. port.", "Courriel|Adr. mail",
           "Rue|Adresse (voie)", "Code postal|CP", "Ville|Commune", "Adresse|Domicile", "Date de naissance|Né(e) le",
           "N° sécu|N° identité", "IBAN|RIB", "N° carte|Carte bancaire", "Personne à prévenir|Contact urgence",
           "Tél. contact|Tél. à prévenir"),
    "es": ("Nombre|Nom.", "Apellidos|Apellido", "Nombre completo|Cliente", "Teléfono|Tlf. móvil", "Correo|E-mail",
           "Calle|Dirección (vía)", "Código postal|C.P.", "Localidad|Población", "Domicilio|Dirección",
           "Fecha de nacimiento|F. nac.", "DNI/NIE|Doc. identidad", "IBAN|Cta. bancaria", "Nº tarjeta|Tarjeta",
           "Contacto emergencia|Persona contacto", "Tlf. contacto|Tel. emergencia"),
    "it": ("Nome|Nom.", "Cognome|Cogn.", "Nominativo|Cliente", "Telefono|Cell.", "Email|Posta elettr.",
           "Via|Indirizzo (via)", "CAP|Cod. post.", "Città|Comune", "Indirizzo|Residenza", "Data di nascita|Nato il",
           "Cod. fiscale|C.F.", "IBAN|Coord. bancarie", "N. carta|Carta di credito", "Referente|Contatto emergenza",
           "Tel. referente|Tel. emergenza"),
    "nl": ("Voornaam|Voorn.", "Achternaam|Naam", "Volledige naam|Klant", "Telefoon|Tel. mob.", "E-mail|Mailadres",
           "Straat|Straat + huisnr", "Postcode|PC", "Woonplaats|Plaats", "Adres|Woonadres", "Geboortedatum|Geb. dat.",
           "BSN|Burgerservicenr.", "IBAN|Rekeningnr.", "Kaartnummer|Creditcard", "Contactpersoon|Noodcontact",
           "Tel. contactpers.|Tel. nood"),
    "pt": ("Nome próprio|Nome", "Apelido|Sobrenome", "Nome completo|Cliente", "Telefone|Telem.", "E-mail|Correio el.",
           "Rua|Morada (rua)", "Código postal|Cód. post.", "Localidade|Cidade", "Morada|Endereço",
           "Data de nascimento|Dt. nasc.", "Nº identificação|NIF", "IBAN|NIB", "Nº cartão|Cartão",
           "Contacto de emergência|Pessoa a contactar", "Tel. emergência|Tel. contacto"),
    "sv": ("Förnamn|Förn.", "Efternamn|Eftern.", "Namn|Kund", "Telefon|Tfn", "E-post|Mejl", "Gatuadress|Gata",
           "Postnummer|Postnr", "Ort|Postort", "Adress|Bostadsadress", "Födelsedatum|Född", "Personnummer|Pers.nr",
           "IBAN|Kontonr", "Kortnummer|Kort", "Anhörig|Kontaktperson", "Tfn anhörig|Tel. kontakt"),
    "da": ("Fornavn|Forn.", "Efternavn|Eftern.", "Navn|Kunde", "Telefon|Tlf.", "E-mail|Mail", "Vejnavn|Adresse (vej)",
           "Postnr.|Postnummer", "By|Bynavn", "Adresse|Bopæl", "Fødselsdato|Født", "CPR-nr.|CPR", "IBAN|Kontonr.",
           "Kortnr.|Betalingskort", "Pårørende|Kontaktperson", "Tlf. pårørende|Tlf. kontakt"),
    "no": ("Fornavn|Forn.", "Etternavn|Ettern.", "Navn|Kunde", "Telefon|Tlf.", "E-post|Epost", "Gateadresse|Gate",
           "Postnr.|Postnummer", "Poststed|Sted", "Adresse|Bostedsadresse", "Fødselsdato|Født",
           "Fødselsnr.|Personnr.", "IBAN|Kontonr.", "Kortnr.|Bankkort", "Pårørende|Kontaktperson",
           "Tlf. pårørende|Tlf. kontakt"),
    "pl": ("Imię|Im.", "Nazwisko|Nazw.", "Imię i nazwisko|Klient", "Telefon|Tel. kom.", "E-mail|Adres e-mail",
           "Ulica|Ul. i nr domu", "Kod pocztowy|Kod poczt.", "Miejscowość|Miasto", "Adres|Adres zamieszkania",
           "Data urodzenia|Data ur.", "PESEL|Nr PESEL", "IBAN|Nr rachunku", "Nr karty|Karta płatnicza",
           "Osoba kontaktowa|Kontakt awaryjny", "Tel. kontaktowy|Tel. os. kontakt."),
    "cs": ("Jméno|Jm.", "Příjmení|Příjm.", "Celé jméno|Zákazník", "Telefon|Tel. č.", "E-mail|Mail", "Ulice|Ulice a č.p.",
           "PSČ|Poštovní směrovací č.", "Obec|Město", "Adresa|Bydliště", "Datum narození|Dat. nar.",
           "Rodné číslo|RČ", "IBAN|Č. účtu", "Číslo karty|Karta", "Kontaktní osoba|Osoba k vyrozumění",
           "Tel. kontakt. osoby|Tel. kontakt"),
    "fi": ("Etunimi|Etun.", "Sukunimi|Sukun.", "Nimi|Asiakas", "Puhelin|Puh.", "Sähköposti|S-posti",
           "Katuosoite|Katu", "Postinumero|Postinro", "Postitoimipaikka|Kunta", "Osoite|Kotiosoite",
           "Syntymäaika|Synt.", "Henkilötunnus|Hetu", "IBAN|Tilinumero", "Kortin numero|Kortti",
           "Lähiomainen|Yhteyshenkilö", "Puh. lähiomainen|Puh. yhteysh."),
    "tr": ("Ad|Adı", "Soyad|Soyadı", "Ad Soyad|Müşteri", "Telefon|Cep tel.", "E-posta|Mail", "Sokak|Cadde/Sokak",
           "Posta kodu|P.K.", "Şehir|İlçe", "Adres|İkamet adresi", "Doğum tarihi|D. tarihi",
           "T.C. Kimlik No|TCKN", "IBAN|Hesap no", "Kart no|Kredi kartı", "Yakını|Acil durum kişisi",
           "Yakını tel.|Acil tel."),
    "ro": ("Prenume|Pren.", "Nume|Nume familie", "Nume complet|Client", "Telefon|Tel. mobil", "E-mail|Adresă e-mail",
           "Strada|Str. și nr.", "Cod poștal|Cod", "Localitate|Oraș", "Adresă|Domiciliu", "Data nașterii|Data n.",
           "CNP|Cod numeric personal", "IBAN|Cont bancar", "Nr. card|Card", "Persoană de contact|Contact urgență",
           "Tel. contact|Tel. urgență"),
    "ca": ("Nom|Nom de pila", "Cognoms|Cognom", "Nom complet|Client", "Telèfon|Mòbil", "Correu|Adreça electrònica",
           "Carrer|Adreça (via)", "Codi postal|CP", "Població|Municipi", "Adreça|Domicili", "Data de naixement|Data naix.",
           "DNI|Document", "IBAN|Compte", "Núm. targeta|Targeta", "Persona de contacte|Contacte", "Tel. contacte|Tel. urgència"),
}  # fmt: skip
_SAME = {"bs": "en", "fil": "en", "ga": "en", "lb": "de", "mt": "en", "kk": "en"}
TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Miss", "Dr"],
    "de": ["Herr", "Frau", "Dr."],
    "fr": ["M.", "Mme", "Mlle", "Dr"],
    "es": ["Sr.", "Sra.", "D.", "Dña."],
    "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa"],
    "nl": ["dhr.", "mevr.", "de heer", "mevrouw"],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra."],
    "sv": ["herr", "fru"],
    "da": ["hr.", "fru"],
    "no": ["herr", "fru"],
    "pl": ["Pan", "Pani"],
    "cs": ["pan", "paní"],
    "fi": ["herra", "rouva"],
    "tr": ["Bay", "Bayan"],
    "ro": ["dl.", "dna."],
    "ca": ["Sr.", "Sra."],
}


def base_language(language: str) -> str:
    """The language whose labels and titles ``language`` uses here (English when none is written)."""
    language = _SAME.get(language, language)
    return language if language in _LABELS else "en"


def labels(language: str, short: bool = False) -> dict[str, str]:
    """Key -> label in ``language`` (its full or its abbreviated form)."""
    return {k: v.split("|")[1 if short else 0] for k, v in zip(KEYS, _LABELS[base_language(language)], strict=True)}


def titles(language: str) -> list[str]:
    """The titles a note of ``language`` may put before a surname (left out of "words kept")."""
    lg = _SAME.get(language, language)
    return TITLES.get(lg, TITLES["en"]) + (TITLES["en"] if lg not in TITLES else [])


def male_title(language: str) -> str:
    return titles(language)[0]


def female_title(language: str) -> str:
    return titles(language)[1]


def ascii_words(label: str) -> str:
    """``label`` without accents (what older exports write)."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", label) if not unicodedata.combining(c))
