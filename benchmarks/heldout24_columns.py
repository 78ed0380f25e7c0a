"""Held-out set 24: the column headers of each export shape's system, and the values of look-alike columns.

Header styles (none used by sets 1-23): a Power BI table export (``Customers[Vorname]``), HL7 FHIR element paths
(``Patient.name[0].family``, ``Patient.telecom[1].value``), a MySQL Workbench result grid whose headers are the
query's expressions (``c.nachname``, ``UPPER(c.ort)``, ``DATE_FORMAT(c.geburtsdatum, '%d.%m.%Y')``), vCard
property names (``N``, ``TEL;TYPE=CELL``, ``ADR;TYPE=HOME``, ``BDAY``), a Mailchimp audience export (the list's
own field labels, then Mailchimp's capitalised system columns ``CONFIRM_IP``, ``LATITUDE``, ``LEID``), a Shopify
order export (English headers in every country, ``Billing Name``, ``Shipping Zip``; its ``Name`` is the order
number), a web form's required fields marked with an asterisk (``Nachname *``) and a SurveyMonkey export with its
two header rows joined (``Your details - Phone number``, ``Child's date of birth - Date / Time``).
"""

from __future__ import annotations

import random
import re

import heldout24_ids as ids
import heldout24_language as language
import heldout24_people as people
import heldout24_words as words

FHIR = {
    "first": "Patient.name[0].given[0]",
    "last": "Patient.name[0].family",
    "name": "Patient.name[0].text",
    "phone": "Patient.telecom[0].value",
    "phone2": "Patient.telecom[2].value",
    "email": "Patient.telecom[1].value",
    "street": "Patient.address[0].line[0]",
    "postcode": "Patient.address[0].postalCode",
    "town": "Patient.address[0].city",
    "address": "Patient.address[0].text",
    "dob": "Patient.birthDate",
    "id": "Patient.identifier[0].value",
    "contact": "Patient.contact[0].name.text",
    "iban": "Account.identifier[0].value",
    "card": "PaymentNotice.payment.identifier.value",
    "notes": "Communication.payload[0].contentString",
}
VCARD = {"name": "N", "first": "X-GIVEN", "last": "X-FAMILY", "phone": "TEL;TYPE=CELL", "phone2": "TEL;TYPE=HOME",
         "email": "EMAIL;TYPE=INTERNET", "address": "ADR;TYPE=HOME", "dob": "BDAY", "child": "X-CHILD-NAME",
         "contact": "X-EMERGENCY-CONTACT", "street": "ADR;TYPE=HOME", "postcode": "X-POSTCODE", "town": "X-CITY",
         "notes": "NOTE", "id": "X-ID-NUMBER", "iban": "X-IBAN", "card": "X-CARD"}  # fmt: skip
SHOPIFY = {
    "email": "Email",
    "name": "Billing Name",
    "street": "Billing Street",
    "town": "Billing City",
    "postcode": "Billing Zip",
    "phone": "Billing Phone",
    "contact": "Shipping Name",
    "street2": "Shipping Street",
    "town2": "Shipping City",
    "postcode2": "Shipping Zip",
    "phone2": "Shipping Phone",
    "notes": "Notes",
    "card": "Payment Reference",
    "first": "Billing First Name",
    "last": "Billing Last Name",
}
MAILCHIMP_EN = {"email": "Email Address", "first": "First Name", "last": "Last Name", "address": "Address",
                "phone": "Phone Number", "notes": "NOTES"}  # fmt: skip
SURVEY_EN = {
    "first": "Your details - First name",
    "last": "Your details - Last name",
    "email": "Your details - Email address",
    "phone": "Your details - Phone number",
    "street": "Your address - Address",
    "town": "Your address - City/Town",
    "postcode": "Your address - ZIP/Postal Code",
    "child": "Child's first name - Open-Ended Response",
    "dob": "Child's date of birth - Date / Time",
    "notes": "Anything else we should know? - Open-Ended Response",
    "name": "Your details - Name",
    "phone2": "Your details - Phone number 2",
}
_SURVEY_GROUPS = {"de": ("Ihre Angaben", "Ihre Adresse", "Geburtsdatum des Kindes", "Vorname des Kindes",
                         "Möchten Sie uns noch etwas mitteilen?"),
                  "fr": ("Vos coordonnées", "Votre adresse", "Date de naissance de l'enfant", "Prénom de l'enfant",
                         "Autre chose à nous dire ?"),
                  "es": ("Sus datos", "Su dirección", "Fecha de nacimiento del niño", "Nombre del niño",
                         "¿Algo más que debamos saber?"),
                  "it": ("I tuoi dati", "Il tuo indirizzo", "Data di nascita del bambino", "Nome del bambino",
                         "Altro da segnalarci?"),
                  "nl": ("Uw gegevens", "Uw adres", "Geboortedatum van het kind", "Voornaam van het kind",
                         "Wilt u ons nog iets laten weten?")}  # fmt: skip
_POWERBI_TABLE = {"en": ("Customers", "Jobs", "Depot"), "de": ("Kunden", "Aufträge", "Depot"),
                  "fr": ("Clients", "Interventions", "Dépôt"), "es": ("Clientes", "Trabajos", "Almacén"),
                  "it": ("Clienti", "Lavori", "Sede"), "nl": ("Klanten", "Opdrachten", "Vestiging")}  # fmt: skip
_SQL_FUNCS = {"last": "UPPER({})", "town": "UPPER({})", "email": "LOWER({})"}


def _snake(text: str) -> str:
    text = people.ascii_text(text).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def header(style: str, key: str, locale: str) -> str:
    """The header ``style``'s system gives the column of ``key`` in ``locale``."""
    lg = language.lang(locale)
    label = words.labels(lg).get(key, key)
    if style == "powerbi":
        table = _POWERBI_TABLE.get(lg, _POWERBI_TABLE["en"])[0]
        return f"{table}[{label}]"
    if style == "fhir":
        return FHIR[key]
    if style == "sql":
        col = f"c.{_snake(label)}"
        if key == "dob":
            lay = "%d/%m/%Y" if locale not in language.US_LIKE else "%m/%d/%Y"
            return f"DATE_FORMAT({col}, '{lay}')"
        if key == "address":
            street, code, town = (_snake(words.labels(lg)[k]) for k in ("street", "postcode", "town"))
            return f"CONCAT_WS(', ', c.{street}, c.{code}, c.{town})"
        return _SQL_FUNCS.get(key, "{}").format(col)
    if style == "vcard":
        return VCARD[key]
    if style == "mailchimp":
        return MAILCHIMP_EN.get(key, label) if lg == "en" or key in MAILCHIMP_EN else label
    if style == "shopify":
        return SHOPIFY[key]
    if style == "asterisk":
        return f"{label} *" if key in ("first", "last", "phone", "postcode", "town", "name") else label
    if style == "survey":
        groups = _SURVEY_GROUPS.get(lg)
        if groups is None:
            return SURVEY_EN[key]
        if key in ("street", "town", "postcode"):
            return f"{groups[1]} - {words.labels(lg)[key]}"
        if key == "dob":
            return f"{groups[2]} - Date / Time"
        if key == "child":
            return f"{groups[3]} - Open-Ended Response"
        if key == "notes":
            return f"{groups[4]} - Open-Ended Response"
        return f"{groups[0]} - {words.labels(lg)[key]}"
    raise ValueError(style)


# Look-alike headers per style: (key, header in English, header where local) -- key picks the value below.
LOOK_HEADERS = {
    "powerbi": {"job_no": "Jobs[Job Number]", "carpet": "Jobs[Carpet Type]", "rooms": "Jobs[Rooms]",
                "amount": "Jobs[Total Inc VAT]", "service_date": "Jobs[Service Date]", "tech": "Jobs[Technician]",
                "plate": "Jobs[Van Reg]", "branch": "Depot[Town]", "stain": "Jobs[Stain Type]"},
    "fhir": {"encounter": "Encounter.period.start", "snomed": "Condition.code.coding[0].code",
             "condition": "Condition.code.text", "clinic": "Encounter.location[0].location.display",
             "branch": "Organization.address[0].city", "member": "Coverage.subscriberId", "uuid": "Patient.id",
             "practitioner": "Encounter.participant[0].individual.display"},
    "sql": {"hire_no": "h.hire_no", "tool": "t.tool_name", "deposit": "h.deposit", "out": "h.date_out",
            "branch": "d.depot_town", "serial": "t.serial_no", "returned": "h.returned"},
    "vcard": {"org": "ORG", "categories": "CATEGORIES", "rev": "REV", "uid": "UID", "rate": "X-HOURLY-RATE",
              "children": "X-CHILDREN", "birthday_md": "X-CHILD-BDAY-MMDD"},
    "mailchimp": {"box": "Box size", "day": "Delivery day", "rating": "MEMBER_RATING", "optin": "OPTIN_TIME",
                  "ip": "CONFIRM_IP", "lat": "LATITUDE", "lon": "LONGITUDE", "tz": "TIMEZONE", "leid": "LEID",
                  "euid": "EUID", "tags": "TAGS", "branch": "Depot", "birthday_md": "Birthday"},
    "shopify": {"order": "Name", "status": "Financial Status", "item": "Lineitem name", "sku": "Lineitem sku",
                "price": "Lineitem price", "vendor": "Vendor", "created": "Created at", "shop_id": "Id",
                "ship": "Shipping Method"},
    "asterisk": {"imei": "IMEI *", "device": "Device *", "pin": "Unlock code", "ticket": "Ticket no.",
                 "quote": "Estimate", "dropoff": "Drop-off date", "branch": "Branch *", "tech": "Technician"},
    "survey": {"respondent": "Respondent ID", "collector": "Collector ID", "start": "Start Date", "end": "End Date",
               "ip": "IP Address", "maths": "Subjects - Maths", "english": "Subjects - English",
               "level": "Level - Response", "tutor": "Which tutor did you speak to? - Response",
               "budget": "Budget per hour - Open-Ended Response"},
}  # fmt: skip
_LOCAL_LOOK = {"de": {"Device *": "Gerät *", "Unlock code": "Entsperrcode", "Ticket no.": "Auftragsnr.",
                      "Estimate": "Kostenvoranschlag", "Drop-off date": "Abgabedatum", "Branch *": "Filiale *",
                      "Technician": "Techniker", "Box size": "Kistengröße", "Delivery day": "Liefertag",
                      "Depot": "Depot"},
               "fr": {"Device *": "Appareil *", "Unlock code": "Code de déverrouillage", "Ticket no.": "N° de ticket",
                      "Estimate": "Devis", "Drop-off date": "Date de dépôt", "Branch *": "Magasin *",
                      "Technician": "Technicien", "Box size": "Taille du panier", "Delivery day": "Jour de livraison",
                      "Depot": "Point relais"},
               "es": {"Device *": "Dispositivo *", "Unlock code": "Código de desbloqueo", "Ticket no.": "N.º de orden",
                      "Estimate": "Presupuesto", "Drop-off date": "Fecha de entrega", "Branch *": "Tienda *",
                      "Technician": "Técnico", "Box size": "Tamaño de la caja", "Delivery day": "Día de reparto",
                      "Depot": "Punto de recogida"},
               "it": {"Device *": "Dispositivo *", "Unlock code": "Codice di sblocco", "Ticket no.": "N. scheda",
                      "Estimate": "Preventivo", "Drop-off date": "Data consegna", "Branch *": "Negozio *",
                      "Technician": "Tecnico", "Box size": "Dimensione cassetta", "Delivery day": "Giorno di consegna",
                      "Depot": "Punto di ritiro"},
               "nl": {"Device *": "Toestel *", "Unlock code": "Ontgrendelcode", "Ticket no.": "Reparatienr.",
                      "Estimate": "Prijsopgave", "Drop-off date": "Inleverdatum", "Branch *": "Winkel *",
                      "Technician": "Monteur", "Box size": "Grootte pakket", "Delivery day": "Bezorgdag",
                      "Depot": "Afhaalpunt"}}  # fmt: skip


def look_header(style: str, key: str, locale: str) -> str:
    """The header of a look-alike column (local where this set writes the language)."""
    text = LOOK_HEADERS[style][key]
    return _LOCAL_LOOK.get(language.lang(locale), {}).get(text, text)


CARPETS = ("Axminster twist", "Wilton 80/20", "Berber loop", "Persian Tabriz rug", "Saxony shag", "Sisal runner",
           "Chinese silk rug", "Oriental Kashan")  # fmt: skip
STAINS = ("red wine", "pet urine", "coffee", "candle wax", "mud", "none")
TECHS = ("Dean", "Marek", "Sandra", "Owen", "Bilal", "Kirsty")
CONDITIONS = ("Ingrown toenail", "Verruca", "Corns and callus", "Diabetic foot check", "Plantar fasciitis",
              "Fungal nail", "Biomechanical assessment")  # fmt: skip
CLINICS = ("Mill Road Clinic", "Church Street Health Centre", "Victoria Road Podiatry", "Station Lane Surgery",
           "Kings Road Foot Clinic")  # fmt: skip
PRACTITIONERS = ("Podiatrist (band 6)", "Podiatry assistant", "Senior podiatrist", "Student podiatrist")
TOOLS = ("Makita DHR242 SDS drill", "Stanley FatMax level", "Hilti TE 30 breaker", "Kärcher K5 pressure washer",
         "Belle Minimix 150", "Husqvarna K770 disc cutter", "Bosch GBH 2-28", "Henry HVR200 vacuum",
         "Clarke wallpaper stripper", "Wacker Neuson plate compactor")  # fmt: skip
EMPLOYERS = ("Deloitte", "Sainsbury's", "Ernst & Young", "Johnson Matthey", "Siemens", "Procter & Gamble",
             "Marks & Spencer", "Philips", "Ferrero", "Heineken")  # fmt: skip
BOXES = ("Small veg", "Medium veg & fruit", "Large family", "Salad box", "Fruit only")
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag",
    "fr": "lundi mardi mercredi jeudi vendredi",
    "es": "lunes martes miércoles jueves viernes",
    "it": "lunedì martedì mercoledì giovedì venerdì",
    "nl": "maandag dinsdag woensdag donderdag vrijdag",
}
ITEMS = (
    "Personalised Locket - Rose Gold",
    "Engraved Cufflinks - Silver",
    "Name Necklace - Gold Plated",
    "Engraved Hip Flask",
    "Personalised Pet Tag",
    "Engraved Compass - Brass",
    "Initial Bracelet - Sterling",
)
VENDORS = ("Thomas Sabo", "Pandora", "Links of London", "Daniel Wellington", "Tiffany & Co.", "Swarovski")
DEVICES = ("iPhone 13", "iPhone 11 Pro", "Samsung Galaxy S21", "Google Pixel 7", "Xiaomi Redmi Note 10",
           "Huawei P30", "iPad Air (4th gen)", "Samsung Galaxy A52")  # fmt: skip
LEVELS = ("KS2", "GCSE", "A-level", "11+", "Primary", "University")
TUTORS = ("Hannah", "Ravi", "Chloe", "Tom", "Fatima")
TZ = {"US": "America/New_York", "GB": "Europe/London", "DE": "Europe/Berlin", "FR": "Europe/Paris",
      "ES": "Europe/Madrid", "IT": "Europe/Rome", "NL": "Europe/Amsterdam"}  # fmt: skip


def amount(rng: random.Random, locale: str, lo: int, hi: int) -> str:
    """A money amount as the country writes it."""
    value = rng.randint(lo * 100, hi * 100) / 100
    if language.lang(locale) in ("en",) or language.region(locale) in ("US", "GB", "CH", "MT"):
        return f"{value:.2f}"
    return f"{value:.2f}".replace(".", ",")


def plate(rng: random.Random, locale: str) -> str:
    """A van's number plate in the country's shape."""
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    r = language.region(locale)
    if r == "GB":
        return f"{rng.choice(L)}{rng.choice(L)}{rng.randint(10, 74)} {rng.choice(L)}{rng.choice(L)}{rng.choice(L)}"
    if r == "DE":
        return f"{rng.choice(('B', 'HH', 'M', 'K', 'S'))}-{rng.choice(L)}{rng.choice(L)} {rng.randint(10, 9999)}"
    if r in ("FR", "IT", "ES"):
        return f"{rng.choice(L)}{rng.choice(L)}-{rng.randint(100, 999)}-{rng.choice(L)}{rng.choice(L)}"
    if r == "NL":
        return f"V-{rng.randint(100, 999)}-{rng.choice(L)}{rng.choice(L)}"
    return f"{rng.choice(L)}{rng.choice(L)}{rng.choice(L)} {rng.randint(1000, 9999)}"


def _stamp(d, rng: random.Random) -> str:
    """SurveyMonkey's start/end time stamp (US layout, 12-hour clock)."""
    clock = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return d.strftime("%m/%d/%Y ") + f"{clock} {rng.choice(('AM', 'PM'))}"


def lookalike(key: str, rng: random.Random, locale: str, ctx: dict) -> object:
    """One cell of a look-alike column (``ctx``: the table's fixed draws, branch towns, date layouts)."""
    lg = language.lang(locale)
    d = language.event_date(rng)
    simple = {
        "job_no": lambda: ids.digits_like_phone(rng, ctx["phone_len"], "2"),
        "carpet": lambda: rng.choice(CARPETS), "rooms": lambda: rng.randint(1, 6),
        "amount": lambda: amount(rng, locale, 45, 380), "tech": lambda: rng.choice(ctx["staff"]),
        "service_date": lambda: language.fmt_date(d, locale, ctx["dob_layout"]), "plate": lambda: ctx["van"],
        "branch": lambda: rng.choice(ctx["branches"]), "stain": lambda: rng.choice(STAINS),
        "encounter": lambda: d.isoformat(), "snomed": lambda: str(rng.choice((400200009, 302227002, 271860004,
                                                                               202855006, 414941008))),
        "condition": lambda: rng.choice(CONDITIONS), "clinic": lambda: rng.choice(CLINICS),
        "member": lambda: f"{rng.choice(('BUPA', 'AXA', 'VIT'))}{rng.randint(10000000, 99999999)}",
        "uuid": lambda: "-".join((ids.row_hash(rng, 8), ids.row_hash(rng, 4), "4" + ids.row_hash(rng, 3),
                                  "a" + ids.row_hash(rng, 3), ids.row_hash(rng, 12))),
        "practitioner": lambda: rng.choice(PRACTITIONERS),
        "hire_no": lambda: ids.digits_like_phone(rng, ctx["phone_len"], "0" if ctx["phone_len"] > 9 else ""),
        "tool": lambda: rng.choice(TOOLS), "deposit": lambda: f"{rng.choice((50, 75, 100, 150, 250))}.00",
        "out": lambda: f"{d.isoformat()} {rng.randint(7, 17):02d}:{rng.choice((0, 15, 30, 45)):02d}:00",
        "serial": lambda: f"{rng.choice(('MK', 'HT', 'KR', 'BS'))}{rng.randint(1000000, 9999999)}",
        "returned": lambda: rng.choice(("Y", "Y", "N")),
        "org": lambda: rng.choice(EMPLOYERS), "categories": lambda: rng.choice(("Families", "Families,Weekend",
                                                                               "Evenings", "Families,Holiday club")),
        "rev": lambda: f"{d.isoformat()}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
        "uid": lambda: "urn:uuid:" + "-".join((ids.row_hash(rng, 8), ids.row_hash(rng, 4), ids.row_hash(rng, 4),
                                                ids.row_hash(rng, 12))),
        "rate": lambda: amount(rng, locale, 9, 18), "children": lambda: rng.randint(1, 4),
        "box": lambda: rng.choice(BOXES), "day": lambda: rng.choice(DAYS.get(lg, DAYS["en"]).split()),
        "rating": lambda: rng.randint(1, 5),
        "optin": lambda: f"{d.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        "lat": lambda: round(ctx["lat"] + rng.uniform(-0.4, 0.4), 4),
        "lon": lambda: round(ctx["lon"] + rng.uniform(-0.4, 0.4), 4),
        "tz": lambda: TZ.get(language.region(locale), "Europe/London"),
        "leid": lambda: str(rng.randint(100000000, 999999999)), "euid": lambda: ids.row_hash(rng, 10),
        "tags": lambda: rng.choice(('"veg box"', '"veg box","weekly"', '"fortnightly"', '"paused"')),
        "birthday_md": lambda: f"{ctx['dob'].month:02d}/{ctx['dob'].day:02d}",
        "order": lambda: f"#{ctx['order'] + rng.randint(1, 3)}",
        "status": lambda: rng.choice(("paid", "paid", "refunded")),
        "item": lambda: rng.choice(ITEMS), "sku": lambda: f"ENG-{rng.randint(100, 999)}-{rng.choice('SGRB')}",
        "price": lambda: amount(rng, "en_GB", 19, 149), "vendor": lambda: rng.choice(VENDORS),
        "created": lambda: f"{d.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00 +0100",
        "shop_id": lambda: str(rng.randint(4500000000000, 5999999999999)),
        "ship": lambda: rng.choice(("Royal Mail Tracked 48", "Standard", "Express", "Click & Collect")),
        "imei": lambda: ids.imei(rng), "device": lambda: rng.choice(DEVICES),
        "pin": lambda: "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((4, 6)))),
        "ticket": lambda: f"R{rng.randint(10000, 99999)}", "quote": lambda: amount(rng, locale, 39, 289),
        "dropoff": lambda: language.fmt_date(d, locale, ctx["dob_layout"]),
        "respondent": lambda: str(rng.randint(11400000000, 11499999999)),
        "collector": lambda: str(ctx["collector"]),
        "start": lambda: _stamp(d, rng),
        "end": lambda: _stamp(d, rng),
        "ip": lambda: ids.ip_address(rng), "maths": lambda: rng.choice(("Maths", "")),
        "english": lambda: rng.choice(("English", "", "")), "level": lambda: rng.choice(LEVELS),
        "tutor": lambda: rng.choice(TUTORS), "budget": lambda: rng.choice(("£25", "25", "30-35", "up to 40", "£30/h")),
    }  # fmt: skip
    return simple[key]()
