"""Held-out set 25: the values of look-alike columns (label ``None``: no personal data).

New kinds for the sets: heat-pump, kitchen and blinds brands carrying founders' surnames (``Vaillant``,
``Viessmann``, ``Poggenpohl``, ``Häcker``, ``Schmidt``, ``Scavolini``), employers carrying surnames (``Procter &
Gamble``, ``Dr. Oetker``, ``Hugo Boss``), dogs' names that are given names (``Bella``, ``Oscar``, ``Frida``),
cookery-school venues with street words (``Old Bakery Lane Kitchen``), camp groups and T-shirt sizes, EPC
classes, floor areas, Stripe ids and card last-4s, HubSpot record ids, Eventbrite order and attendee numbers with
a phone's digit count, Zendesk ids and router serials, Access lockers and AutoNumber ids, Outlook's ``Normal``/
``False``/``SMTP`` fields, time zones, job titles and contact categories in the locale's language, amounts.
"""

from __future__ import annotations

import random

import heldout25_ids as ids

EMPLOYERS = ("Procter & Gamble|Rolls-Royce|Dr. Oetker|Hugo Boss|Michelin|Ferrero|Heineken|Philips|Siemens|Bosch|"  # noqa: SIM905
             "Porsche|Boots|Sainsbury's|Aldi Süd|Carrefour|Renault|Barilla|Mercadona|Albert Heijn|Deloitte|KPMG|"
             "Johnson & Johnson|Kellogg's|Cadbury|Dell|Ford|Peugeot|Benetton|Lindt & Sprüngli|"
             "Haribo").split("|")  # fmt: skip
JOBS = {
    "en": "Teacher|Nurse|Accountant|Electrician|Project Manager|Retired|Software Developer|Pharmacist|Architect|"
    "Sales Rep",
    "de": "Lehrerin|Krankenpfleger|Steuerberater|Elektriker|Projektleiterin|Rentner|Softwareentwickler|Apothekerin|"
    "Architekt",
    "fr": "Enseignante|Infirmier|Comptable|Électricien|Chef de projet|Retraité|Développeuse|Pharmacienne|Architecte",
    "es": "Profesora|Enfermero|Contable|Electricista|Jefa de proyecto|Jubilado|Programador|Farmacéutica|Arquitecto",
    "it": "Insegnante|Infermiere|Commercialista|Elettricista|Project manager|Pensionato|Sviluppatrice|Farmacista",
    "nl": "Leerkracht|Verpleegkundige|Boekhouder|Elektricien|Projectleider|Gepensioneerd|Ontwikkelaar|Apotheker",
    "pt": "Professora|Enfermeiro|Contabilista|Eletricista|Gestora de projeto|Reformado|Programador|Farmacêutica",
}
CATEGORIES = {
    "en": ("Customer", "Quote sent", "Customer;Repeat", "Measured", "Fitted", "Customer;Fitted"),
    "de": ("Kunde", "Angebot", "Kunde;Stammkunde", "Aufmaß", "Montiert", "Kunde;Montiert"),
    "fr": ("Client", "Devis envoyé", "Client;Fidèle", "Métré", "Posé", "Client;Posé"),
    "es": ("Cliente", "Presupuesto", "Cliente;Habitual", "Medido", "Instalado", "Cliente;Instalado"),
    "it": ("Cliente", "Preventivo", "Cliente;Abituale", "Misurato", "Montato", "Cliente;Montato"),
    "nl": ("Klant", "Offerte", "Klant;Vaste klant", "Ingemeten", "Gemonteerd", "Klant;Gemonteerd"),
    "pt": ("Cliente", "Orçamento", "Cliente;Habitual", "Medido", "Instalado", "Cliente;Instalado"),
}
HEAT_PUMPS = ("Vaillant aroTHERM plus|Viessmann Vitocal 250-A|Stiebel Eltron WPL 25|Daikin Altherma 3|"  # noqa: SIM905
              "Mitsubishi Ecodan|Nibe S2125|Bosch Compress 7000i|Grant Aerona3|Wolf CHA-10|Buderus Logatherm|"
              "Atlantic Alfea Excellia|Weishaupt WWP|Ochsner Air Eagle|Panasonic Aquarea|"
              "Samsung EHS Mono").split("|")  # fmt: skip
KITCHENS = ("Howdens Greenwich Shaker|Magnet Nova|Wren Infinity Plus|Schüller NEXT|Nobilia Touch|Leicht Bondi|"  # noqa: SIM905
            "Häcker Systemat|Poggenpohl +SEGMENTO|Ballerina Pura|Mobalpa Vitamin|Schmidt Arcos|"
            "Scavolini Mood|Veneta Cucine Oyster|Santos Line|Bulthaup b3").split("|")  # fmt: skip
DOGS = ("Bella Max Luna Charlie Rocky Nala Milo Daisy Bruno Frida Lola Oscar Bailey Coco Tilly Paco Kira Balu "  # noqa: SIM905
        "Filou Pepper Murphy Teddy Ronja Sammy Emma Oskar Lily Toby Rosie Archie").split()  # fmt: skip
BREEDS = ("Labrador|Cockapoo|Border Collie|Dackel|Jack Russell|Golden Retriever|Beagle|Bouledogue français|"  # noqa: SIM905
          "Staffie|Spinone|Podenco|Cocker Spaniel|Whippet|Labradoodle|Mischling|Galgo").split("|")  # fmt: skip
COOKERY = ("Fresh Pasta Masterclass|Sourdough for Beginners|Thai Street Food|Knife Skills 101|Patisserie Basics|"  # noqa: SIM905
           "Vegan Comfort Food|Tapas Night|Dumplings & Bao|Fish Filleting|Curry from Scratch").split("|")  # fmt: skip
VENUES = {
    "en": "Old Bakery Lane Kitchen|Harbour Street Cookery School|The Mill Kitchen|Station Road Studio",
    "de": "Kochschule am Marktplatz|Kochstudio Mühlenweg",
    "fr": "Atelier Rue des Halles|Cuisine du Quai",
    "es": "Escuela de Cocina Calle Mayor|Taller Plaza Nueva",
    "it": "Cucina di Via Roma|Scuola Corso Italia",
    "nl": "Kookstudio Kerkstraat|Kookatelier Havenkade",
    "pt": "Cozinha da Rua Nova|Atelier Largo do Carmo",
}
GROUPS = {
    "en": "Dolphins|Foxes|Owls|Squirrels|Otters|Hedgehogs", "de": "Delfine|Füchse|Eulen|Eichhörnchen|Otter|Igel",
    "fr": "Dauphins|Renards|Hiboux|Écureuils|Loutres|Hérissons", "es": "Delfines|Zorros|Búhos|Ardillas|Nutrias|Erizos",
    "it": "Delfini|Volpi|Gufi|Scoiattoli|Lontre|Ricci", "nl": "Dolfijnen|Vossen|Uilen|Eekhoorns|Otters|Egels",
    "pt": "Golfinhos|Raposas|Mochos|Esquilos|Lontras|Ouriços",
}  # fmt: skip
SHIRTS = ("116", "122/128", "134/140", "146/152", "XS", "S", "M", "6-8", "9-11", "12-13")
CLUB_CATEGORIES = {
    "en": ("Full", "Social", "Junior", "Senior", "Honorary"),
    "de": ("Aktiv", "Passiv", "Jugend", "Senioren", "Ehrenmitglied"),
    "fr": ("Actif", "Loisir", "Junior", "Vétéran", "Membre d'honneur"),
    "es": ("Activo", "Social", "Juvenil", "Veterano", "Honor"),
    "it": ("Ordinario", "Sostenitore", "Junior", "Senior", "Onorario"),
    "nl": ("Spelend", "Niet-spelend", "Jeugd", "Senior", "Erelid"),
    "pt": ("Efetivo", "Social", "Júnior", "Sénior", "Honorário"),
}  # fmt: skip
STAGES = ("lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer")
LEAD_STATUS = ("NEW", "OPEN", "IN_PROGRESS", "OPEN_DEAL", "ATTEMPTED_TO_CONTACT", "CONNECTED")
PLANS = ("Solo 60 min x3/wk", "Solo 30 min daily", "Group walk x5/wk", "Puppy visit x2/day", "Weekend only")
ISP_PLANS = ("FTTH 300/100", "FTTH 500/250", "FTTH 1000/500", "VDSL 100/40", "Fibre 150")
TZ = {"US": "America/New_York", "GB": "Europe/London", "DE": "Europe/Berlin", "FR": "Europe/Paris",
      "ES": "Europe/Madrid", "IT": "Europe/Rome", "NL": "Europe/Amsterdam", "BE": "Europe/Brussels",
      "SM": "Europe/San_Marino", "MC": "Europe/Monaco", "BO": "America/La_Paz", "PA": "America/Panama",
      "TZ": "Africa/Dar_es_Salaam", "FO": "Atlantic/Faroe", "NO": "Europe/Oslo"}  # fmt: skip
COOPS = {"en": "Rural Broadband CIC", "de": "Glasfaser Nordeifel eG", "fr": "Coopérative Fibre Alpes",
         "es": "Cooperativa Fibra Sierra", "it": "Cooperativa Fibra Valle", "nl": "Glasvezel Buitenaf"}  # fmt: skip
_EURO = {"de", "fr", "es", "it", "nl", "pt", "ca", "fi", "el", "sk", "sl", "lt", "lv", "et", "hr", "mt", "ga", "eu",
         "gl", "fy", "br", "lb", "se", "fo"}  # fmt: skip


def amount(rng: random.Random, locale: str, lg: str, lo: int, hi: int) -> str:
    """A money amount as the country's people write it (``1,250.00`` in English, ``1.250,00 €`` elsewhere)."""
    value = rng.randint(lo * 100, hi * 100) / 100
    if lg == "en":
        sign = {"US": "$", "GB": "£"}.get(locale.split("_")[1], "")
        return f"{sign}{value:,.2f}"
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{text} €" if lg in _EURO and locale.split("_")[1] not in ("NO", "FO", "TZ", "BO", "PA") else text


def choose(rng: random.Random, options, lg: str = "en"):
    """One option of a per-language table (English where the language has none), or of a plain sequence."""
    if isinstance(options, dict):
        options = options.get(lg, options["en"])
    if isinstance(options, str):
        options = options.split("|")
    return rng.choice(list(options))


def record_id(rng: random.Random) -> str:
    """A HubSpot record id (9-11 digits: a phone's digit count)."""
    return ids.digits_like_phone(rng, rng.choice((9, 10, 11)), lead=str(rng.randint(1, 9)))


def zendesk_id(rng: random.Random) -> int:
    """A Zendesk user id (13-14 digits)."""
    return int(ids.digits_like_phone(rng, rng.choice((13, 14)), lead=str(rng.randint(1, 3))))


def locker(rng: random.Random) -> str:
    return rng.choice(("L-", "S", "", "K")) + f"{rng.randint(1, 180):03d}"
