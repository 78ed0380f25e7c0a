"""Word lists of the column-layout fuzzer ``dev_ca_columns.py`` (helper CA's own, written for it).

Streets are (stem, format) pairs per locale, towns are real towns of each country, postcodes follow each
country's layout; headers, titles, months and near-miss category words are per language.
"""

from __future__ import annotations

import random
import string

LANG = {
    "en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "es_ES": "es", "it_IT": "it", "nl_NL": "nl",
    "en_AU": "en", "en_CA": "en", "en_IE": "en", "en_NZ": "en", "de_AT": "de", "de_CH": "de", "fr_BE": "fr",
    "fr_CH": "fr", "nl_BE": "nl", "es_MX": "es", "it_CH": "it", "pt_PT": "pt",
}  # fmt: skip

COUNTRY = {
    "en_US": "USA", "en_GB": "United Kingdom", "de_DE": "Deutschland", "fr_FR": "France", "es_ES": "España",
    "it_IT": "Italia", "nl_NL": "Nederland", "en_AU": "Australia", "en_CA": "Canada", "en_IE": "Ireland",
    "en_NZ": "New Zealand", "de_AT": "Österreich", "de_CH": "Schweiz", "fr_BE": "Belgique", "fr_CH": "Suisse",
    "nl_BE": "België", "es_MX": "México", "it_CH": "Svizzera", "pt_PT": "Portugal",
}  # fmt: skip

PO_BOX = {
    "en_US": "PO Box", "en_GB": "PO Box", "de_DE": "Postfach", "fr_FR": "BP", "es_ES": "Apartado",
    "it_IT": "Casella postale", "nl_NL": "Postbus", "en_AU": "PO Box", "en_CA": "PO Box", "en_IE": "PO Box",
    "en_NZ": "PO Box", "de_AT": "Postfach", "de_CH": "Postfach", "fr_BE": "BP", "fr_CH": "Case postale",
    "nl_BE": "Postbus", "es_MX": "Apartado Postal", "it_CH": "Casella postale", "pt_PT": "Apartado",
}  # fmt: skip

_EN_STREETS = [(s, "{n} {s}") for s in (
    "Maple Avenue", "High St", "Church Road", "Elm Dr.", "Kingsway", "Station Rd", "Mill Lane", "Park Crescent",
    "Victoria St", "Queen's Parade", "Oak Court", "Bridge Street", "Harbour View Rd", "Cedar Blvd", "West Terrace",
)]  # fmt: skip
_DE_STREETS = [(s, "{s} {n}") for s in (
    "Hauptstr.", "Bahnhofstraße", "Lindenweg", "Am Markt", "Goethestr.", "Schillerplatz", "Kirchgasse",
    "Mühlenweg", "Berliner Allee", "Rosenstrasse", "Dorfstrasse", "Seestrasse", "Wiener Straße", "Talweg",
)]  # fmt: skip
_FR_STREETS = [(s, "{n} {s}") for s in (
    "rue de la Paix", "avenue Victor Hugo", "bd Voltaire", "rue des Lilas", "chemin du Moulin", "place de l'Église",
    "rue Jean Jaurès", "allée des Tilleuls", "impasse des Roses", "route de Lyon", "quai Saint-Michel",
)] + [("rue Pasteur", "{n} bis {s}")]  # fmt: skip
_ES_STREETS = [(s, "{s} {n}") for s in (
    "C/ Mayor", "Calle de Alcalá", "Avda. de la Constitución", "Plaza España", "Paseo del Prado", "Camino Real",
    "Calle San Juan", "Ronda de Toledo", "Travesía del Carmen", "Av. Reforma",
)] + [("Calle Luna", "{s}, {n}")]  # fmt: skip
_IT_STREETS = [(s, "{s} {n}") for s in (
    "Via Roma", "Corso Vittorio Emanuele", "Piazza Garibaldi", "Viale dei Mille", "Via Dante Alighieri",
    "Vicolo Stretto", "Largo Augusto", "Via San Francesco", "Lungomare Colombo",
)] + [("Via Verdi", "{s}, {n}")]  # fmt: skip
_NL_STREETS = [(s, "{s} {n}") for s in (
    "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Prinsengracht", "Julianalaan", "Marktplein",
    "Beukenlaan", "Nieuwe Binnenweg", "Lange Voorhout", "Grote Markt",
)]  # fmt: skip
_PT_STREETS = [(s, "{s}, {n}") for s in (
    "Rua Augusta", "Avenida da Liberdade", "Travessa do Carmo", "Largo do Rato", "Rua de Santa Catarina",
    "Praça do Comércio", "Estrada de Benfica",
)]  # fmt: skip
STREETS = {
    "en_US": _EN_STREETS, "en_GB": _EN_STREETS, "en_AU": _EN_STREETS, "en_CA": _EN_STREETS,
    "en_IE": _EN_STREETS, "en_NZ": _EN_STREETS, "de_DE": _DE_STREETS, "de_AT": _DE_STREETS,
    "de_CH": _DE_STREETS, "fr_FR": _FR_STREETS, "fr_BE": _FR_STREETS, "fr_CH": _FR_STREETS,
    "es_ES": _ES_STREETS, "es_MX": _ES_STREETS, "it_IT": _IT_STREETS, "it_CH": _IT_STREETS,
    "nl_NL": _NL_STREETS, "nl_BE": _NL_STREETS, "pt_PT": _PT_STREETS,
}  # fmt: skip

TOWNS = {
    "en_US": ["Springfield", "Denver", "Tucson", "Albany", "Fresno", "Omaha", "Boise", "Tampa", "Reno", "Dayton",
              "Madison", "Raleigh", "Spokane", "Lansing"],
    "en_GB": ["Leeds", "Bristol", "Norwich", "York", "Derby", "Swindon", "Reading", "Exeter", "Bath", "Durham",
              "Carlisle", "Ipswich", "Stockport", "Luton"],
    "en_AU": ["Geelong", "Ballarat", "Cairns", "Toowoomba", "Wollongong", "Bendigo", "Mackay", "Darwin", "Hobart",
              "Launceston", "Newcastle", "Bunbury"],
    "en_CA": ["Kelowna", "Moncton", "Regina", "Saskatoon", "Halifax", "Kingston", "Guelph", "Victoria", "Sudbury",
              "Red Deer", "Nanaimo", "Barrie"],
    "en_IE": ["Galway", "Limerick", "Sligo", "Athlone", "Kilkenny", "Tralee", "Wexford", "Ennis", "Navan", "Drogheda",
              "Carlow", "Mullingar"],
    "en_NZ": ["Hamilton", "Tauranga", "Napier", "Nelson", "Rotorua", "Whangarei", "Invercargill", "Dunedin",
              "Palmerston North", "Gisborne", "Timaru", "Blenheim"],
    "de_DE": ["Bielefeld", "Würzburg", "Göttingen", "Rostock", "Kassel", "Erfurt", "Paderborn", "Ulm", "Trier",
              "Koblenz", "Jena", "Bamberg", "Siegen", "Fulda"],
    "de_AT": ["Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Villach", "Wels", "Dornbirn", "Steyr",
              "Leoben", "Krems", "Bregenz"],
    "de_CH": ["Winterthur", "Luzern", "St. Gallen", "Biel", "Thun", "Köniz", "Schaffhausen", "Chur", "Uster", "Zug",
              "Aarau", "Baden"],
    "fr_FR": ["Rennes", "Dijon", "Angers", "Nîmes", "Limoges", "Brest", "Tours", "Amiens", "Metz", "Perpignan",
              "Besançon", "Orléans", "Rouen", "Caen"],
    "fr_BE": ["Liège", "Namur", "Charleroi", "Mons", "Tournai", "Wavre", "Arlon", "Verviers", "Seraing", "Nivelles",
              "Huy", "Dinant"],
    "fr_CH": ["Lausanne", "Genève", "Fribourg", "Neuchâtel", "Sion", "Montreux", "Yverdon-les-Bains", "Nyon",
              "Vevey", "Morges", "Delémont", "Bulle"],
    "es_ES": ["Zaragoza", "Málaga", "Murcia", "Valladolid", "Vigo", "Gijón", "Elche", "Granada", "Oviedo",
              "Alicante", "Córdoba", "Badajoz", "Logroño", "Getafe"],
    "es_MX": ["Guadalajara", "Monterrey", "Puebla", "Tijuana", "León", "Mérida", "Querétaro", "Toluca", "Morelia",
              "Hermosillo", "Saltillo", "Culiacán"],
    "it_IT": ["Bergamo", "Verona", "Padova", "Brescia", "Parma", "Modena", "Perugia", "Livorno", "Ravenna",
              "Cagliari", "Foggia", "Salerno", "Trieste", "Lecce"],
    "it_CH": ["Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso", "Ascona", "Biasca", "Minusio", "Losone",
              "Massagno", "Agno", "Giubiasco"],
    "nl_NL": ["Utrecht", "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem",
              "Zwolle", "Leiden", "Maastricht", "Delft", "Enschede"],
    "nl_BE": ["Gent", "Brugge", "Leuven", "Mechelen", "Aalst", "Hasselt", "Kortrijk", "Oostende", "Genk",
              "Sint-Niklaas", "Roeselare", "Turnhout"],
    "pt_PT": ["Braga", "Coimbra", "Aveiro", "Faro", "Viseu", "Setúbal", "Leiria", "Évora", "Guimarães", "Funchal",
              "Amadora", "Barcelos"],
}  # fmt: skip


def postcode(locale: str, r: random.Random) -> str:
    """A postcode in the country's layout (not necessarily an assigned one)."""
    d = lambda k: "".join(r.choice(string.digits) for _ in range(k))  # noqa: E731
    up = lambda k: "".join(r.choice("ABDEFGHJLNPRSTUWXYZ") for _ in range(k))  # noqa: E731
    if locale in ("en_US",):
        return d(5)
    if locale == "en_GB":
        return f"{up(2)}{r.randint(1, 20)} {d(1)}{up(2)}"
    if locale == "en_CA":
        return f"{r.choice('ABCEGHJKLMNPRSTVXY')}{d(1)}{up(1)} {d(1)}{up(1)}{d(1)}"
    if locale == "en_IE":
        return f"{r.choice(['D02', 'T12', 'H91', 'V94', 'A92'])} {up(1)}{d(1)}{up(1)}{d(1)}"
    if locale == "nl_NL":
        return f"{r.randint(1000, 9999)} {up(2)}"
    if locale == "pt_PT":
        return f"{r.randint(1000, 9999)}-{d(3)}"
    if locale in ("en_AU", "en_NZ", "de_AT", "de_CH", "fr_BE", "fr_CH", "nl_BE", "it_CH"):
        return str(r.randint(1000, 9999))
    if locale == "es_ES":
        return f"{r.randint(1, 52):02d}{d(3)}"
    return d(5)


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
}

TITLES = {
    "en": {"m": ["Mr", "Mr."], "f": ["Mrs", "Ms.", "Miss"], "any": ["Dr.", "Prof.", "Rev."]},
    "de": {"m": ["Herr", "Hr."], "f": ["Frau", "Fr."], "any": ["Dr.", "Prof. Dr.", "Dipl.-Ing."]},
    "fr": {"m": ["M.", "Monsieur"], "f": ["Mme", "Mlle", "Madame"], "any": ["Dr", "Pr", "Me"]},
    "es": {"m": ["Sr.", "D."], "f": ["Sra.", "Dña.", "Srta."], "any": ["Dr.", "Lic.", "Ing."]},
    "it": {"m": ["Sig.", "Dott."], "f": ["Sig.ra", "Dott.ssa"], "any": ["Avv.", "Ing.", "Prof."]},
    "nl": {"m": ["dhr.", "de heer"], "f": ["mevr.", "mw."], "any": ["dr.", "ir.", "mr."]},
    "pt": {"m": ["Sr.", "Dr."], "f": ["Sra.", "Dra.", "D."], "any": ["Eng.", "Prof."]},
}

HEADERS = {
    "name": {"en": "Customer Name", "de": "Kundenname", "fr": "Nom du client", "es": "Nombre del cliente",
             "it": "Nominativo", "nl": "Naam klant", "pt": "Nome do cliente"},
    "first": {"en": "Given name", "de": "Rufname", "fr": "Prénom usuel", "es": "Nombre de pila",
              "it": "Nome di battesimo", "nl": "Roepnaam", "pt": "Primeiro nome"},
    "last": {"en": "Family name", "de": "Familienname", "fr": "Nom de famille", "es": "Apellidos",
             "it": "Cognome", "nl": "Achternaam", "pt": "Apelido"},
    "street": {"en": "Street line", "de": "Straße und Hausnr.", "fr": "Voie", "es": "Domicilio",
               "it": "Indirizzo di residenza", "nl": "Straat en huisnummer", "pt": "Morada"},
    "addr": {"en": "Mailing address", "de": "Postanschrift", "fr": "Adresse postale", "es": "Dirección postal",
             "it": "Recapito postale", "nl": "Postadres", "pt": "Endereço postal"},
    "town": {"en": "Town of residence", "de": "Wohnort", "fr": "Commune", "es": "Localidad", "it": "Comune",
             "nl": "Woonplaats", "pt": "Localidade"},
    "pctown": {"en": "Postcode and town", "de": "PLZ Ort", "fr": "CP Ville", "es": "CP y población",
               "it": "CAP e località", "nl": "Postcode en plaats", "pt": "Código postal e localidade"},
    "dob": {"en": "Birth date", "de": "Geburtsdatum", "fr": "Date de naissance", "es": "Fecha de nacimiento",
            "it": "Data di nascita", "nl": "Geboortedatum", "pt": "Data de nascimento"},
    "admission": {"en": "Admission date", "de": "Aufnahmedatum", "fr": "Date d'admission", "es": "Fecha de ingreso",
                  "it": "Data di ricovero", "nl": "Opnamedatum", "pt": "Data de admissão"},
    "appointment": {"en": "Appointment", "de": "Termin", "fr": "Rendez-vous", "es": "Cita", "it": "Appuntamento",
                    "nl": "Afspraak", "pt": "Consulta"},
    "order": {"en": "Order date", "de": "Bestelldatum", "fr": "Date de commande", "es": "Fecha de pedido",
              "it": "Data ordine", "nl": "Besteldatum", "pt": "Data da encomenda"},
    "licence": {"en": "Licence expiry", "de": "Gültig bis", "fr": "Expiration du permis", "es": "Caducidad",
                "it": "Scadenza patente", "nl": "Geldig tot", "pt": "Validade"},
    "event": {"en": "Logged at", "de": "Zeitstempel", "fr": "Horodatage", "es": "Registrado", "it": "Registrato il",
              "nl": "Tijdstip", "pt": "Registado em"},
    "hire": {"en": "Hire date", "de": "Eintrittsdatum", "fr": "Date d'embauche", "es": "Fecha de alta",
             "it": "Data assunzione", "nl": "Datum in dienst", "pt": "Data de contratação"},
    "date": {"en": "Date of death", "de": "Sterbedatum", "fr": "Date de décès", "es": "Fecha de defunción",
             "it": "Data di morte", "nl": "Overlijdensdatum", "pt": "Data de óbito"},
    "cat": {"en": "Category", "de": "Kategorie", "fr": "Catégorie", "es": "Categoría", "it": "Categoria",
            "nl": "Categorie", "pt": "Categoria"},
}  # fmt: skip

_NEAR_EN = {
    "products": ["Oak Desk Lamp", "Milano Sofa", "Berlin Backpack", "Nordic Throw", "Classic Chelsea Boot",
                 "Victoria Teapot", "Harper Armchair", "Logan Bookcase", "Aspen Duvet", "Sierra Rug", "Lincoln Mug",
                 "Austin Shelf", "Florence Vase", "Hudson Stool", "Camden Mirror"],
    "companies": ["Baker & Sons Ltd", "Morgan Stanley", "Johnson Controls", "Harris Logistics", "Walker Media LLC",
                  "Fisher Consulting", "Carter Bros", "Taylor Wimpey", "Marshall Group", "Reed Partners",
                  "Hughes Electrical", "Ward Engineering"],
    "job titles": ["Senior Nurse", "Account Manager", "Data Analyst", "Head of Sales", "Porter", "Receptionist",
                   "Chief Executive", "Staff Nurse", "Site Foreman", "Lab Technician", "Paralegal", "Pharmacist"],
    "departments": ["Cardiology", "Human Resources", "Finance", "Logistics", "Marketing", "Radiology", "Legal",
                    "Facilities", "Procurement", "Customer Service"],
    "wards after people": ["Nightingale Ward", "Florence Ward", "Cavell", "Seacole Ward", "Victoria Wing",
                           "Elizabeth Unit", "Fleming Ward", "Lister", "Jenner Ward", "Curie Unit"],
    "city categories": ["London office", "Paris", "Berlin", "Madrid hub", "Rome", "Amsterdam", "Dublin", "Lisbon"],
    "comments": ["called back, no answer", "Paid in full", "Left parcel with neighbour", "wants a callback Monday",
                 "Address confirmed", "Customer asked for invoice", "Refund issued", "Follow up next week",
                 "Delivered to reception", "No further action"],
    "room labels": ["Room 12", "Room 4", "Suite 210", "Room 7", "Room 101", "Room 33", "Room 2", "Room 18"],
    "brands": ["Nike", "Adidas", "Philips", "Bosch", "Miele", "Dyson", "Lego", "Ford", "Tesla", "Canon", "Gucci",
               "Chanel"],
    "diagnoses": ["Type 2 diabetes", "Hypertension", "Fractured wrist", "Asthma", "Migraine", "Pneumonia",
                  "Crohn's disease", "Parkinson's disease", "Hodgkin lymphoma", "Down syndrome", "Alzheimer's"],
}  # fmt: skip


def _lang_near(products: list[str], jobs: list[str], depts: list[str], wards: list[str], rooms: list[str],
               comments: list[str]) -> dict[str, list[str]]:  # fmt: skip
    out = dict(_NEAR_EN)
    out.update({"products": products, "job titles": jobs, "departments": depts, "wards after people": wards,
                "room labels": rooms, "comments": comments})  # fmt: skip
    return out


NEAR_WORDS = {
    "en": _NEAR_EN,
    "de": _lang_near(
        ["Eiche Schreibtisch", "Sofa Bremen", "Rucksack Hamburg", "Lampe Anna", "Kaffeemaschine Classic",
         "Stuhl Jakob", "Regal Frieda"],
        ["Pflegekraft", "Sachbearbeiter", "Oberarzt", "Geschäftsführer", "Hausmeister", "Buchhalterin"],
        ["Kardiologie", "Personalabteilung", "Buchhaltung", "Vertrieb", "Einkauf", "Chirurgie"],
        ["Station Sauerbruch", "Virchow", "Station Koch", "Haus Röntgen", "Station Nightingale", "Paracelsus"],
        ["Raum 12", "Zimmer 4", "Saal 2", "Raum 101", "Zimmer 17", "Raum 3"],
        ["Rückruf erbeten", "bezahlt", "Paket beim Nachbarn", "keine Antwort", "Adresse bestätigt"]),
    "fr": _lang_near(
        ["Canapé Lyon", "Lampe Margot", "Sac Paris", "Fauteuil Louis", "Table Brest", "Chaise Jules"],
        ["Infirmière", "Comptable", "Directeur commercial", "Agent d'accueil", "Chef de projet"],
        ["Cardiologie", "Ressources humaines", "Comptabilité", "Logistique", "Urgences"],
        ["Pavillon Pasteur", "Salle Curie", "Service Charcot", "Unité Laennec", "Bâtiment Vésale"],
        ["Salle 12", "Bureau 4", "Salle 2", "Chambre 101", "Salle 17"],
        ["rappeler demain", "payé", "colis chez le voisin", "pas de réponse", "adresse confirmée"]),
    "es": _lang_near(
        ["Sofá Sevilla", "Lámpara Lucía", "Mochila Madrid", "Silla Pablo", "Mesa Toledo"],
        ["Enfermera", "Contable", "Jefe de ventas", "Recepcionista", "Técnico de laboratorio"],
        ["Cardiología", "Recursos Humanos", "Contabilidad", "Logística", "Urgencias"],
        ["Pabellón Ramón y Cajal", "Sala Marañón", "Planta Severo Ochoa", "Unidad Fleming"],
        ["Sala 12", "Despacho 4", "Aula 2", "Habitación 101", "Sala 17"],
        ["llamar mañana", "pagado", "paquete con el vecino", "sin respuesta", "dirección confirmada"]),
    "it": _lang_near(
        ["Divano Milano", "Lampada Giulia", "Zaino Roma", "Sedia Marco", "Tavolo Firenze"],
        ["Infermiere", "Ragioniere", "Direttore vendite", "Receptionist", "Tecnico di laboratorio"],
        ["Cardiologia", "Risorse umane", "Contabilità", "Logistica", "Pronto soccorso"],
        ["Padiglione Golgi", "Reparto Montessori", "Sala Fermi", "Padiglione Marconi", "Unità Volta"],
        ["Aula 12", "Stanza 4", "Sala 2", "Camera 101", "Aula 17"],
        ["richiamare domani", "pagato", "pacco dal vicino", "nessuna risposta", "indirizzo confermato"]),
    "nl": _lang_near(
        ["Bank Utrecht", "Lamp Sanne", "Rugzak Amsterdam", "Stoel Daan", "Tafel Leiden"],
        ["Verpleegkundige", "Boekhouder", "Accountmanager", "Receptionist", "Laborant"],
        ["Cardiologie", "Personeelszaken", "Financiën", "Logistiek", "Spoedeisende hulp"],
        ["Afdeling Boerhaave", "Paviljoen Jacobs", "Afdeling Lorentz", "Huygens", "Paviljoen Einthoven"],
        ["Zaal 12", "Kamer 4", "Lokaal 2", "Kamer 101", "Zaal 17"],
        ["terugbellen", "betaald", "pakket bij buren", "geen antwoord", "adres bevestigd"]),
    "pt": _lang_near(
        ["Sofá Lisboa", "Candeeiro Inês", "Mochila Porto", "Cadeira Tiago", "Mesa Braga"],
        ["Enfermeira", "Contabilista", "Diretor comercial", "Rececionista", "Técnico de laboratório"],
        ["Cardiologia", "Recursos Humanos", "Contabilidade", "Logística", "Urgência"],
        ["Pavilhão Egas Moniz", "Ala Sousa Martins", "Serviço Ricardo Jorge", "Unidade Pulido Valente"],
        ["Sala 12", "Gabinete 4", "Sala 2", "Quarto 101", "Sala 17"],
        ["ligar amanhã", "pago", "encomenda no vizinho", "sem resposta", "morada confirmada"]),
}
