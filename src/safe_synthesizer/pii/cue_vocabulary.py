"""The cue words of column names, by entity (the data :mod:`cues` matches column-name tokens against).

Why apart from :mod:`cues`: the words are data that grows with every language met; the matching rules (tokens,
glued words, harmless extra tokens, abbreviations) are code that rarely changes.
"""

from __future__ import annotations

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cue_words_world import LATIN_WORDS

# The people who come along (visits, births, registers): cue words of whole names, never read as abbreviations
# (``acct`` is an account, ``elec`` electricity, ``visits`` a count, not a companion, elector or visitor).
COMPANION_WORDS: tuple[str, ...] = (
    "visitor", "visitors", "other visitors", "lead visitor", "companion", "companions", "escort",
    "chaperone", "birth partner", "birthing partner", "elector", "elector name", "parent 2",
    "second parent", "besucher", "weitere besucher", "begleitperson", "begleiter", "elternteil 2",
    "visiteur", "visiteurs", "autres visiteurs", "accompagnant", "accompagnants",
    "electeur", "visitante", "visitantes", "acompanante", "acompanantes", "progenitor 2", "visitatore",
    "visitatori", "altri visitatori", "elettore", "genitore 2", "bezoeker",
    "bezoekers", "overige bezoekers", "begeleider", "kiezer", "ouder 2", "acompanhante", "eleitor",
)  # fmt: skip

_CUE_WORDS: dict[str, tuple[str, ...]] = {
    E.FIRST_NAME: ("first name", "firstname", "fname", "forename", "given name", "givenname", "given", "first",
                   "christian name", "middle name", "vorname", "vornamen", "rufname", "prenom", "prenoms", "nombre",
                   "nome", "voornaam", "voornamen", "roepnaam", "primeiro nome", "nome proprio", "imie", "fornamn",
                   "fornavn", "etunimi", "jmeno", "krestni jmeno", "isim", "adi", "prenume",
                "nama depan", "nama kecil", "ten", "ten goi", "unang pangalan", "pangalan una", "isem",
                "jina la kwanza", "igama", "ime",
                # A nickname is a given name or its pet form (Peggy, Beppe, Kathi): "nickname" cues a name too.
                "nickname", "nick name", "spitzname", "soprannome", "bijnaam", "apodo", "surnom", "alcunha",
                "smeknamn", "kallenavn", "kaldenavn", "lempinimi", "kutsumanimi", "pseudonim", "ksywka", "prezdivka",
                "becenev", "porecla", "lakap", "takma ad", "nama panggilan", "palayaw"),
    E.LAST_NAME: ("last name", "lastname", "lname", "surname", "family name", "familyname", "maiden name", "sur name",
                  "last", "nachname", "familienname", "zuname", "nom", "nom de famille", "nom famille", "apellido",
                  "apellidos", "cognome", "achternaam", "familienaam", "geslachtsnaam", "sobrenome", "apelido",
                  "nazwisko", "efternamn", "efternavn", "etternavn", "sukunimi", "prijmeni", "soyad", "soyadi",
                  "soyisim", "nume", "nume de familie", "numele de familie",
                "nama belakang", "nama keluarga", "ho", "apelyido", "kunjom", "jina la ukoo", "jina la familia",
                "isibongo", "prezime"),
    E.NAME: ("name", "fullname", "full name", "person", "contact", "kontakt", "kontaktperson", "nickname", "nick name",
             "nom", "nom complet",
             "nombre completo", "nome completo", "naam", "volledige naam", "vollstandiger name", "imie i nazwisko",
             "namn", "fullstandigt namn", "navn", "fulde navn", "nimi", "jmeno a prijmeni", "nome e sobrenome",
             "ad soyad", "adi soyadi", "isim soyisim", "cele jmeno", "nume", "nume complet", "numele",
                "nama", "nama lengkap", "nama penuh", "ho ten", "hoten", "ho va ten", "pangalan", "buong pangalan",
                "isem u kunjom", "jina", "jina kamili", "mentor", "guarantor", "supervisor", "referee",
                "next of kin", "kin", "sponsor", "guardian", "witness", "caregiver", "carer", "beneficiary",
                "opponent", "other party", "gp", "doctor", "physician", "nurse", "caseworker", "case worker",
                "social worker", "counsellor", "counselor", "adviser", "advisor", "landlord", "tenant", "backer",
                "nguoi lien he", "penjamin", "wali", "igama eliphelele", "ime i prezime", "ime prezime"),
    E.EMAIL: ("email", "e mail", "mail", "emailaddress", "correo", "courriel", "posta elettronica", "e post", "epost",
              "e postadress", "sahkoposti", "correio eletronico", "email addr", "posta electronica",
                "surel", "emel", "e mel", "thu dien tu", "barua pepe", "e poct", "elektron poct"),
    E.PHONE_NUMBER: ("phone", "telephone", "tel", "mobile", "cell", "cellphone", "phonenumber", "msisdn", "telefon",
                    "mobil nomre", "elaqe nomresi",
                     "telefono", "telefonnummer", "telefoonnummer", "handy", "movil", "cellulare", "portable", "gsm",
                     "mobiel", "rufnummer", "numero telephone", "telefone", "celular", "telemovel", "komorka",
                     "mobilnummer", "puhelin", "puhelinnumero", "contact number", "contact no", "mobil",
                     "telefonni cislo", "ph", "ph no", "mob", "mob no", "tlf", "tlf nr", "puh", "telf", "tfno",
                "no hp", "nomor hp", "telepon", "nomor telepon", "no telp", "telp", "so dien thoai", "dien thoai",
                "sdt", "di dong", "telepono", "simu", "nambari ya simu", "mowbajl", "numru tat telefon",
                "ucingo", "inombolo yocingo"),
    E.FAX_NUMBER: ("fax", "telefax"),
    E.SSN: ("ssn", "social security", "socialsecurity"),
    E.NATIONAL_ID: ("national id", "nationalid", "nat id", "natid", "id number", "idnumber", "id no", "idno",
                    "passport", "nin", "nid", "id card",
                    "driver license", "drivers license", "licence", "license number", "dni", "nie", "bsn",
                    "personalausweis",
                    "ausweisnummer", "insee", "nir", "reisepass", "pasaporte", "passeport", "cpf", "rg", "pesel",
                    "personnummer", "personnr", "aadhaar", "cpr", "henkilotunnus", "rodne cislo", "fodselsnummer",
                    "fin", "fin kodu", "sexsiyyet vesiqesi",
                    "ausweis", "national insurance", "ni number", "nino", "ahv", "avs", "svnr",
                    "sozialversicherungsnummer", "identity number", "id number", "identification number",
                    "securite sociale", "documento identidad", "carta identita", "cartao cidadao", "curp", "rut", "run",
                    "dui", "cedula", "nric", "rrn", "mynumber", "my number", "sin", "social insurance",
                    "assurance sociale", "kimlik", "tckimlik", "tckn", "aadhar", "rodne", "shenfenzheng", "cnp",
                    "fodselsnr", "amka", "cod numeric personal", "buletin", "personnummer", "asmens kodas",
                    "isikukood", "personas kods", "szemelyi szam", "szemelyi azonosito", "szemelyazonosito",
                    "oib", "jmbg", "emso", "egn", "rnokpp", "idnr", "identifikationsnummer", "numero identite",
                    "piece identite", "carte identite",
                "nik", "ktp", "no ktp", "cccd", "cmnd", "can cuoc", "mykad", "no kp", "philsys", "umid", "bvn",
                "karta tal identita", "kitambulisho", "nida", "documento", "zehut", "teudat zehut",
                # Further countries' own names for the national id (Pakistan, Sri Lanka, Armenia, Nepal, Gulf, ...).
                "cnic", "nicop", "nic", "nic no", "nic number", "social card", "citizenship no", "citizenship number",
                "citizenship certificate", "citizen id", "personal number", "personal code", "personal id",
                "national number", "national identity", "civil id", "emirates id", "iqama", "hkid", "embg",
                "ghana card", "omang", "voter id", "nrc", "national registration", "kennitala", "qid",
                "inombolo kamazisi", "maticni broj"),
    E.TAX_ID: ("tax id", "taxid", "tin", "ein", "vat", "itin", "tax number", "steuernummer", "steuer id", "nif",
               "codice fiscale", "cif", "siren", "siret", "partita iva", "rfc", "gstin", "cnpj", "inn"),
    E.CREDIT_DEBIT_CARD: ("card", "credit card", "creditcard", "cc", "ccn", "pan", "card number", "debit card",
                          "carte", "tarjeta", "kreditkarte", "carta", "karte", "kaartnummer", "cartao", "karta",
                          "kortnummer", "kort", "kortti", "cc number", "card bancar",
                "kartu", "nomor kartu", "the tin dung"),
    E.IBAN: ("iban", "bank account", "account number", "konto", "kontonummer", "cuenta", "rekeningnummer", "rekening",
             "conto", "compte", "bankverbindung", "numer konta", "bankkonto", "tilinumero", "cislo uctu",
             "conta bancaria",
                "nomor rekening", "no rekening", "so tai khoan", "tai khoan", "akaun bank"),
    E.IP_ADDRESS: ("ip", "ipaddress", "ipv4", "ipv6", "ip address"),
    E.URL: ("url", "website", "homepage", "web", "link", "uri", "webseite", "sitio web", "site web"),
    E.DATE_OF_BIRTH: ("dob", "birthday", "birthdate", "birth date", "date of birth", "born", "birth", "bday",
                      "geburtsdatum", "geburtstag", "naissance",
                      "fecha nac", "fec nac", "f nac", "date nais", "nacimiento", "nascita", "geboortedatum", "geboren",
                      "ddn", "fdn", "nascimento", "data urodzenia", "fodelsedatum", "fodselsdato", "syntymaaika",
                      "datum narozeni", "data nasterii",
                "tanggal lahir", "tgl lahir", "tarikh lahir", "ngay sinh", "kaarawan", "petsa ng kapanganakan",
                "data tat twelid", "tarehe ya kuzaliwa", "dogum tarixi", "dogum tarihi",
                "geb datum", "gebdatum", "ne le", "nee le", "szuletesi datum", "szul datum", "szuletesi ido",
                "datum narodenia", "datum rodjenja", "datum rodenja", "datum rojstva", "sunniaeg",
                "sunnikuupaev", "dzimsanas datums", "dzimsanas diena", "gimimo data", "faedingardagur",
                "fodselsdag", "datelindja", "data lindjes", "usuku lokuzalwa",
                # Outlook's "Birthday" field as its translations export it
                "compleanno", "cumpleanos", "verjaardag", "fodelsedag", "syntymapaiva", "urodziny", "narozeniny",
                "szuletesnap", "dogum gunu", "anniversaire"),
    E.POSTCODE: ("zip", "zipcode", "postcode", "postal code", "post code", "postalcode", "zip code", "plz",
                 "postleitzahl", "code postal", "codigo postal", "cp", "cap", "postcodigo", "postnummer", "cep",
                 "kod pocztowy", "postinumero", "psc", "pin code", "pincode", "pin", "postal", "postnr", "cod postal",
                 "postnummer", "posta kodu", "iranyitoszam", "irsz", "postanski broj",
                 "postna stevilka", "postna st", "postni broj", "pasta indekss",
                 "pasto kodas", "postovy kod", "postovni kod", "postovni smerovaci cislo",
                 "postnumer", "pcode", "postiindeks", "sihtnumber", "eircode", "postkod", "postikoodi",
                "kode pos", "kodepos", "poskod", "ma buu chinh", "ma buu dien", "kodici postali", "kodi ya posta",
                "poct indeksi"),
    E.STREET_ADDRESS: ("street", "street address", "streetaddress", "address", "addr", "address line", "strasse",
                       "str", "rue", "calle", "via", "straat", "adresse", "direccion", "indirizzo", "adres",
                       "anschrift", "domicilio", "rua", "logradouro", "ulica", "gata", "gatuadress", "gade", "vej",
                       "katu", "katuosoite", "ulice", "street line", "strada", "gateadresse", "vejnavn", "gatuadr",
                       "deliver to", "ship to", "delivery address", "shipping address", "utca", "sokak", "cadde",
                       "caddesi", "gatve", "iela", "tanav",
                "jalan", "jln", "lorong", "duong", "triq", "kalye", "mtaa", "dia chi duong", "kuce", "kucesi"),
    E.ADDRESS: ("address", "full address", "mailing address", "addr", "adresse", "direccion", "indirizzo", "adres",
                "anschrift", "postanschrift", "domicilio", "endereco", "morada", "postadress", "adress", "osoite",
                "adresa", "home address", "domiciliu", "bostedsadresse", "heimilisfang", "adresas", "adrese",
                "lakcim", "naslov",
                "alamat", "dia chi", "diachi", "tirahan", "indirizz", "anwani", "unvan", "qeydiyyat unvani", "ikheli"),
    E.CITY: ("city", "town", "municipality", "locality", "hometown", "birthplace", "birth place", "ville", "stadt",
             "ort", "wohnort", "ciudad", "citta", "comune", "localidad", "plaats", "woonplaats", "gemeente",
             "poblacion", "localite", "commune", "municipio", "geburtsort", "cidade", "miasto", "miejscowosc",
             "kaupunki", "mesto", "obec", "seher", "postort", "kommune", "kommun", "kunta", "paikkakunta", "il", "ilce",
             "sehir", "kent", "localitate", "oras", "poststed", "bynavn", "sted", "postitoimipaikka", "telepules",
             "varos", "helyseg", "mjesto", "pilseta", "miestas", "apdzivota vieta", "gyvenviete", "baer",
             "sveitarfelag", "kauptun", "comuna", "linn", "asula", "naselje", "localita",
             "lungsod", "bayan",
                "kota", "kabupaten", "bandar", "thanh pho", "tinh thanh", "munisipyo", "lokalita", "mji", "jiji",
                "idolobha",
                # A village is a home locality as a town is (a farmer's, a member's): English/French, Spanish
                # (Colombia's and Venezuela's vereda), Portuguese, Italian, German, Turkish, Malay/Indonesian,
                # Nepali, South Slavic, Uzbek.
                "village", "vereda", "aldea", "aldeia", "villaggio", "dorf", "koy", "kampung", "desa", "gaun",
                "selo", "qishloq"),
    E.STATE: ("state", "province", "region", "county", "bundesland", "provincia", "provincie", "departement",
              "regione", "comunidad", "kanton", "regio", "estado", "uf", "wojewodztwo", "lan", "maakunta", "kraj",
              "fylke", "judet",
                "provinsi", "propinsi", "negeri", "lalawigan", "mkoa"),
}  # fmt: skip

# Form labels of further languages (Irish, Basque, Yoruba, Hungarian, ...): :mod:`cue_words_world`.
for _entity, _words in LATIN_WORDS.items():
    _CUE_WORDS[_entity] = (*_CUE_WORDS.get(_entity, ()), *_words)

_CUE_WORDS[E.NAME] = (*_CUE_WORDS[E.NAME], *COMPANION_WORDS)
CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    entity: tuple(tuple(p.split()) for p in patterns) for entity, patterns in _CUE_WORDS.items()
}

#: Tokens that make a "name" the name of a thing, not of a person (cancel person-name cues).
# Animals (a dog's, a horse's name: ``Nombre del perro``, ``Nome del cane``, ``Dog's name``): their names are
# people's names, so the values cannot tell; the column's name says whose.
ANIMAL_WORDS = frozenset(
    {
        "pet", "pets", "dog", "cat", "horse", "pony", "puppy", "animal", "hund", "katze", "pferd", "tier",
        "haustier", "chien", "cheval", "perro", "gato", "caballo", "mascota", "cane", "gatto", "cavallo",
        "hond", "kat", "paard", "huisdier", "cao", "cavalo", "pies", "kot", "kon", "hest", "koira",
        # "animal" in more languages, as tokens() gives them (accents off: zwierzęcia -> zwierzecia)
        "animale", "animali", "animaux", "tiere", "dier", "dieren", "hayvan", "haiwan", "hewan", "binatang", "hayop",
        "mnyama", "zwierze", "zwierzecia", "zvire", "zvirete", "allat", "djur", "dyr", "elain", "elaimen",
    }
)  # fmt: skip
NOT_A_PERSON = frozenset(
    {
        "class", "division", "department", "dept", "product", "company", "business", "brand", "file", "filename",
        "host", "hostname", "domain", "team", "store", "shop", "item", "category", "test", "project", "event",
        "street", "city", "town", "place", "country", "organisation", "organization", "org", "hospital", "ward",
        "drug", "medication", "course", "school", "bank", "dataset", "table", "column", "field", "app", "device",
        "model", "user", "username", "login", "account", "server", "service", "plan", "group", "role", "species",
        "variable", "feature", "method", "type", "channel", "campaign", "region", "state", "unit",
        "produkt", "firma", "produit", "entreprise", "producto", "empresa", "prodotto", "azienda", "bedrijf",
        "produs", "companie", "societate", "bedrift",
    }
) | ANIMAL_WORDS  # fmt: skip
#: Tokens that name an event, not a birth (``joinedOn``, ``next due``, ``rent_paid_on``, ``fecha alta``): a column so
#: named holds dates of that event, however its values spread.
EVENT_WORDS = frozenset(
    {
        "start", "started", "starts", "end", "ended", "joined", "join", "due", "paid", "payment", "visit", "visited",
        "admitted", "admission", "discharge", "discharged", "created", "updated", "modified", "issued", "issue",
        "expiry", "expires", "expired", "renewal", "renewed", "signed", "registered", "registration", "enrolled",
        "enrolment", "enrollment", "booked", "booking", "appointment", "appt", "ordered", "invoice", "invoiced",
        "delivery", "delivered", "shipped", "closed", "opened", "since", "until", "valid", "sweep", "service",
        "inspection", "installed", "hired", "left", "moved", "placement", "placed", "inicio", "fin", "alta", "baja",
        "pagado", "vencimiento", "proximo", "beginn", "ende", "eintritt", "austritt", "faellig", "fallig", "bezahlt",
        "debut", "entree", "echeance", "paye", "inizio", "fine", "scadenza", "pagato", "iscrizione", "ingang",
        "einde", "vervaldatum", "betaald", "sinds", "depuis", "seit", "desde",
        # Dates of a thing's history, not a person's birth (``release date``, ``founded on``, ``Gründungsdatum``).
        "release", "released", "launch", "launched", "founded", "founding", "established", "published",
        "publication", "premiere", "posted", "settlement", "settled", "trade", "traded", "lanzamiento", "fundacion",
        "publicacion", "sortie", "creation", "fondation", "parution", "uscita", "fondazione", "pubblicazione",
        "erscheinung", "erscheinungs", "grundung", "veroffentlichung", "buchung", "valuta", "oprichting", "boek",
        "valutadatum", "before", "expiration", "expiring", "bbd", "mhd", "haltbar", "haltbarkeit", "caducidad",
        "peremption", "dluo", "ddm", "houdbaar", "tht", "validita",
    }
)  # fmt: skip
