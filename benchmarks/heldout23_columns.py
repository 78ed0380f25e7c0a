"""Column headers and look-alike values of held-out set 23.

Header styles (none used by sets 1-22): Oracle column names with their table (``FITTING_T.CUST_LAST_NM``),
Dynamics 365 logical names (standard ``firstname`` ``address1_postalcode`` ``telephone1`` beside custom fields
with a publisher prefix, ``cr4f2_emergencycontact``), XPath expressions of an XML export with positions and
attributes (``/Auftrag/Kunde/Telefon[2]``, ``/Booking/Customer/@dob``), camelCase with a developer's typos
(``custmerFirstName``, ``emial``, ``dateOfBrith``), LDAP / Active Directory attribute names (``givenName`` ``sn``
``l`` ``mail`` ``schacDateOfBirth``), Google Contacts CSV groups (``Phone 1 - Value``, ``Address 1 - Postal
Code``), numbered questionnaire items (``Q3a. Votre numéro de téléphone``) and SAS 8-character names (``lname``
``dob_dt``).

Look-alikes (label ``None``): dress designers named after their founders (``Jenny Packham``, ``Vera Wang``),
dress sizes, wineries carrying a family name (``Torres``, ``Antinori``), bike models with a person's name
(``Raleigh Chopper``), frame numbers, GTIN-13 barcodes of parts, scaffold tag ids, lift heights, site names with
street words (``Mill Street Depot``), council permit numbers, skip sizes, waste codes (EWC), lorry plates, tree
species, heights, how-did-you-hear answers, LDAP organisational units, job titles, staff numbers, AD timestamps,
object hashes, phone-type words, contact groups, photo packages, negative numbers with a phone's digit count,
staff first names repeated on most rows (fitter, erector, driver, mechanic, photographer) as a category, event
dates in the birth-date layout, amounts, and the branch's or depot's town (``None`` with names shown, "don't care"
hidden).
"""

from __future__ import annotations

import random
import re
import unicodedata

import heldout23_ids as ids
import heldout23_language as language
import heldout23_words as words

_TYPO = {"first": "custmerFirstName", "last": "custLastNmae", "name": "custmerName", "phone": "telphoneNo",
         "email": "emial", "street": "adressLine1", "postcode": "postCdoe", "town": "cityTwon", "address": "fullAdress",
         "dob": "dateOfBrith", "id": "natinalId", "iban": "ibanNumbr", "card": "crediCardNo",
         "contact": "emergncyContact",
         "contact_phone": "emergncyPhone"}  # fmt: skip
_LDAP = {"first": "givenName", "last": "sn", "name": "displayName", "phone": "telephoneNumber", "email": "mail",
         "street": "street", "postcode": "postalCode", "town": "l", "address": "homePostalAddress",
         "dob": "schacDateOfBirth", "id": "x-nationalIdNumber", "iban": "x-payrollIban", "card": "x-expenseCardNumber",
         "contact": "x-emergencyContactName", "contact_phone": "mobile"}  # fmt: skip
_GOOGLE = {"first": "Given Name", "last": "Family Name", "name": "Name", "phone": "Phone 1 - Value",
           "email": "E-mail 1 - Value", "street": "Address 1 - Street", "postcode": "Address 1 - Postal Code",
           "town": "Address 1 - City", "address": "Address 1 - Formatted", "dob": "Birthday",
           "id": "Custom Field 2 - Value", "iban": "Custom Field 3 - Value", "card": "Custom Field 4 - Value",
           "contact": "Relation 1 - Value", "contact_phone": "Phone 2 - Value"}  # fmt: skip
_DYNAMICS = {"first": "firstname", "last": "lastname", "name": "fullname", "phone": "mobilephone",
             "email": "emailaddress1", "street": "address1_line1", "postcode": "address1_postalcode",
             "town": "address1_city", "address": "address1_composite", "dob": "birthdate"}  # fmt: skip
# Questionnaire items of a quote-request form, per language (personal ones; look-alikes below).
_QUESTIONS = {
    "en": {"first": "Your first name", "last": "Your surname", "name": "Your name", "phone": "Best phone number",
           "email": "Email for the quote", "street": "Address of the property (street)", "postcode": "Postcode",
           "town": "Town", "address": "Full address of the property", "dob": "Date of birth (over-65 discount)",
           "id": "ID number (for the council permit)", "iban": "Bank account (IBAN) for the deposit refund",
           "card": "Card number for the deposit", "contact": "Neighbour to contact for access",
           "contact_phone": "Neighbour's phone"},
    "de": {"first": "Ihr Vorname", "last": "Ihr Nachname", "name": "Ihr Name", "phone": "Telefonnummer für Rückfragen",
           "email": "E-Mail für das Angebot", "street": "Adresse des Grundstücks (Straße)", "postcode": "PLZ",
           "town": "Ort", "address": "Vollständige Adresse des Grundstücks", "dob": "Geburtsdatum (Seniorenrabatt)",
           "id": "Steuer-ID (für die Rechnung)", "iban": "IBAN für die Rückerstattung",
           "card": "Kartennummer für die Anzahlung", "contact": "Nachbar als Ansprechpartner",
           "contact_phone": "Telefon des Nachbarn"},
    "fr": {"first": "Votre prénom", "last": "Votre nom", "name": "Vos nom et prénom",
           "phone": "Votre numéro de téléphone",
           "email": "Adresse e-mail pour le devis", "street": "Adresse du terrain (rue)", "postcode": "Code postal",
           "town": "Commune", "address": "Adresse complète du terrain", "dob": "Date de naissance (remise senior)",
           "id": "N° de sécurité sociale (crédit d'impôt)", "iban": "IBAN pour le remboursement",
           "card": "N° de carte pour l'acompte", "contact": "Voisin à contacter", "contact_phone": "Tél. du voisin"},
    "es": {"first": "Su nombre", "last": "Sus apellidos", "name": "Nombre y apellidos", "phone": "Teléfono de contacto",
           "email": "Correo para el presupuesto", "street": "Dirección de la finca (calle)",
           "postcode": "Código postal",
           "town": "Municipio", "address": "Dirección completa de la finca",
           "dob": "Fecha de nacimiento (descuento mayores)",
           "id": "DNI (para la factura)", "iban": "IBAN para la devolución", "card": "Número de tarjeta para la señal",
           "contact": "Vecino de contacto", "contact_phone": "Teléfono del vecino"},
    "it": {"first": "Il suo nome", "last": "Il suo cognome", "name": "Nome e cognome", "phone": "Numero di telefono",
           "email": "Email per il preventivo", "street": "Indirizzo del terreno (via)", "postcode": "CAP",
           "town": "Comune", "address": "Indirizzo completo del terreno", "dob": "Data di nascita (sconto over 65)",
           "id": "Codice fiscale (per la detrazione)", "iban": "IBAN per il rimborso",
           "card": "Numero di carta per l'acconto", "contact": "Vicino da contattare",
           "contact_phone": "Telefono del vicino"},
    "nl": {"first": "Uw voornaam", "last": "Uw achternaam", "name": "Uw naam", "phone": "Telefoonnummer",
           "email": "E-mailadres voor de offerte", "street": "Adres van het perceel (straat)", "postcode": "Postcode",
           "town": "Plaats", "address": "Volledig adres van het perceel", "dob": "Geboortedatum (65+-korting)",
           "id": "BSN (voor de subsidie)", "iban": "IBAN voor terugbetaling", "card": "Kaartnummer voor de aanbetaling",
           "contact": "Buurman om te bellen", "contact_phone": "Telefoon van de buurman"},
}  # fmt: skip
# Look-alike columns per shape: key -> header in each style (English, as each system names its own fields).
LOOK = {
    "designer": ("DRESS_DESIGNER_NM", "Designer"),
    "size": ("DRESS_SIZE_CD", "Dress size"),
    "fitter": ("FITTER_NM", "Fitter"),
    "fitting_date": ("FITTING_DT", "Fitting date"),
    "order_no": ("ORDER_NO", "Order no"),
    "deposit": ("DEPOSIT_AMT", "Deposit"),
    "branch": ("BOUTIQUE_CITY_NM", "Boutique"),
    "tag": ("scaffoldtagid", "Scaffold tag"),
    "height": ("liftheightm", "Lift height (m)"),
    "site": ("sitename", "Site name"),
    "permit": ("councilpermitno", "Council permit no"),
    "erector": ("erectorname", "Erector"),
    "hire_start": ("hirestartdate", "Hire start"),
    "depot": ("depottown", "Depot"),
    "skip": ("Skip/Size", "Skip size"),
    "waste": ("Skip/@ewcCode", "EWC code"),
    "plate": ("Vehicle/Registration", "Lorry reg"),
    "driver": ("Vehicle/Driver", "Driver"),
    "delivery": ("Delivery/@date", "Delivery date"),
    "skip_depot": ("Depot/Town", "Depot town"),
    "frame": ("frameNumbr", "Frame number"),
    "model": ("bikeModle", "Bike model"),
    "gtin": ("partGtin", "Part barcode"),
    "mechanic": ("mechanicNme", "Mechanic"),
    "repair_date": ("repairDate", "Repair date"),
    "job_ref": ("jobRefrence", "Job ref"),
    "workshop": ("workshopTwon", "Workshop"),
    "ou": ("ou", "Department"),
    "title": ("title", "Job title"),
    "staff_no": ("employeeNumber", "Staff number"),
    "created": ("whenCreated", "Created"),
    "guid": ("objectGUID", "Object id"),
    "office": ("physicalDeliveryOfficeName", "Office"),
    "phone_type": ("Phone 1 - Type", "Phone type"),
    "group": ("Group Membership", "Group"),
    "winery": ("Organization 1 - Name", "Favourite winery"),
    "tier": ("Custom Field 1 - Value", "Club tier"),
    "last_case": ("Event 1 - Value", "Last case shipped"),
    "species": ("Q8. Tree species", "Tree species"),
    "tree_height": ("Q9. Approx. height (m)", "Height"),
    "heard": ("Q12. How did you hear about us?", "Heard via"),
    "visit": ("Q11. Preferred visit date", "Visit date"),
    "surveyor": ("Q13. Surveyor (office use)", "Surveyor"),
    "package": ("pkgcd", "Package"),
    "photographer": ("photog", "Photographer"),
    "sitting": ("sitdt", "Sitting date"),
    "negative": ("negno", "Negative no"),
    "studio": ("studtwn", "Studio town"),
    "amount": ("amt_gbp", "Amount"),
}  # fmt: skip
DESIGNERS = ("Jenny Packham", "Vera Wang", "Pronovias", "Justin Alexander", "Maggie Sottero", "Rosa Clará",
             "Stella York", "Enzoani", "Essense of Australia", "Allure Bridals")  # fmt: skip
SIZES = ("UK 8", "UK 10", "UK 12", "UK 14", "EU 38", "EU 40", "EU 42", "US 6")
STAFF = ("Gemma", "Tariq", "Sophie", "Jonas", "Marta", "Kev", "Aisha", "Piotr")
SITES = ("Mill Street Depot", "Station Road Works", "Church Lane Car Park", "High Street Retail Unit 4",
         "Victoria Road School", "King Street Offices")  # fmt: skip
SKIPS = ("4 yd mini skip", "6 yd midi skip", "8 yd builders skip", "12 yd maxi skip", "Roll-on roll-off 20 yd")
WASTE = ("17 09 04", "17 01 07", "20 02 01", "17 05 04", "20 03 07")
MODELS = ("Raleigh Chopper", "Brompton C Line", "Trek Marlin 5", "Specialized Allez", "Gazelle Orange C7",
          "Cube Kathmandu", "Dawes Galaxy", "Ridgeback Meteor", "Batavus Finez", "Bianchi Via Nirone")  # fmt: skip
OUS = ("Maths", "Science", "Modern Languages", "Early Years", "SEN Support", "Humanities")
JOB_TITLES = (
    "Supply Teacher",
    "Cover Supervisor",
    "Teaching Assistant",
    "Supply Teacher (Primary)",
    "Exam Invigilator",
)
PHONE_TYPES = ("Mobile", "Home", "Work", "Mobile", "Main")
GROUPS = ("* myContacts ::: Wine Club", "Wine Club ::: Red Only", "Wine Club ::: Mixed Case")
WINERIES = ("Torres", "Antinori", "Penfolds", "Dr. Loosen", "Château Musar", "Marqués de Riscal", "Frescobaldi",
            "Taylor's", "Robert Mondavi", "Gallo")  # fmt: skip
TIERS = ("Bronze", "Silver", "Gold", "Collector")
SPECIES = ("Oak", "Ash (dieback)", "Leylandii hedge", "Silver birch", "Sycamore", "Horse chestnut", "Willow")
HEARD = ("Yell", "Neighbour", "Facebook", "Google", "Van signage", "Checkatrade")
PACKAGES = ("FAM-A", "NEWB-2", "PET-1", "GRAD-3", "HEAD-S")
BRANCH_TOWNS = {"GB": ("Leeds", "Bristol", "Cardiff"), "US": ("Columbus", "Denver", "Austin"),
                "DE": ("Kassel", "Bielefeld", "Ulm"), "FR": ("Tours", "Dijon", "Angers"),
                "ES": ("Zaragoza", "Murcia", "Valladolid"), "IT": ("Bergamo", "Parma", "Verona"),
                "NL": ("Zwolle", "Amersfoort", "Breda")}  # fmt: skip


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _camel(text: str) -> str:
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", _ascii(text)) if p]
    return "".join(p[:1].upper() + p[1:].lower() for p in parts)


_XML_ROOT = {"en": ("Booking", "Customer"), "de": ("Auftrag", "Kunde"), "fr": ("Commande", "Client"),
             "es": ("Pedido", "Cliente"), "it": ("Ordine", "Cliente"), "nl": ("Opdracht", "Klant"),
             "pt": ("Pedido", "Cliente"), "cy": ("Archeb", "Cwsmer")}  # fmt: skip


def header(style: str, key: str, locale: str, table: str, seq: int) -> str:
    """The header of personal column ``key`` in ``style`` (``table``: Oracle table name, ``seq``: item number)."""
    lg = words.base_language(language.lang(locale))
    local = words.labels(lg)[key]
    if style == "oracle":
        return f"{table}.{words.ORACLE[key]}"
    if style == "dynamics":
        return _DYNAMICS.get(key) or "cr4f2_" + _camel(local).lower()
    if style == "xpath":
        root, cust = _XML_ROOT.get(lg, _XML_ROOT["en"])
        if key == "dob":
            return f"/{root}/{cust}/@{_camel(local)[:1].lower()}{_camel(local)[1:]}"
        if key == "phone":
            return f"/{root}/{cust}/{_camel(local)}[1]"
        if key == "contact_phone":
            return f"/{root}/{cust}/{_camel(words.labels(lg)['phone'])}[2]"
        if key in ("street", "postcode", "town"):
            return f"/{root}/{cust}/{_camel(words.labels(lg)['address'])}/{_camel(local)}"
        return f"/{root}/{cust}/{_camel(local)}"
    if style == "typo":
        return _TYPO[key]
    if style == "ldap":
        return _LDAP[key]
    if style == "google":
        return _GOOGLE[key]
    if style == "questions":
        q = _QUESTIONS.get(lg, _QUESTIONS["en"])[key]
        return f"Q{seq}{'ab'[seq % 2] if key in ('phone', 'email') else ''}. {q}"
    return words.SAS[key]  # sas


def look_header(style: str, key: str, table: str, locale: str, seq: int = 0) -> str:
    """The header of look-alike column ``key`` in ``style`` (an XPath under the export's own root element, a
    questionnaire item numbered in the form's order)."""
    own = LOOK[key][0]
    if style == "questions":
        return re.sub(r"^Q\d+", f"Q{seq}", own)
    if style == "oracle":
        return f"{table}.{own}"
    if style == "dynamics":
        return "cr4f2_" + own
    if style == "xpath":
        root = _XML_ROOT.get(words.base_language(language.lang(locale)), _XML_ROOT["en"])[0]
        return f"/{root}/{own}"
    return own


NOTES_HEADERS = {"oracle": "NOTES_TXT", "dynamics": "description", "xpath": "Remarks",
                 "typo": "jobNotse", "ldap": "info",
                 "google": "Notes", "questions": "Q14. Anything else we should know?",
                 "sas": "comments"}  # fmt: skip


def amount(rng: random.Random, locale: str, lo: int, hi: int) -> str:
    """An amount as the locale writes it (decimal comma outside English-speaking countries)."""
    value = f"{rng.randint(lo, hi)}.{rng.randint(0, 99):02d}"
    point = locale in language.ENGLISH or language.region(locale) in ("GB", "US", "IE", "CH", "MX", "JP", "CN", "KR")
    return value if point else value.replace(".", ",")


def lookalike(key: str, rng: random.Random, locale: str, ctx: dict) -> object:
    """One look-alike cell for column ``key`` (``ctx``: the table's staff name, branch town and date layout)."""
    if key == "designer":
        return rng.choice(DESIGNERS)
    if key == "size":
        return rng.choice(SIZES)
    if key in ("fitter", "erector", "driver", "mechanic", "surveyor", "photographer"):
        return ctx["staff"] if rng.random() < 0.8 else rng.choice(STAFF)
    if key in ("fitting_date", "hire_start", "delivery", "repair_date", "visit", "sitting", "last_case"):
        return language.fmt_date(language.event_date(rng), locale, ctx["dob_layout"])
    if key in ("order_no", "job_ref", "negative"):
        return ids.digits_like_phone(rng, ctx["phone_digits"], lead=rng.choice(("0", "1", "2")))
    if key in ("deposit", "amount"):
        return amount(rng, locale, 20, 2400)
    if key in ("branch", "depot", "skip_depot", "workshop", "office", "studio"):
        return ctx["branch"]
    if key == "tag":
        return f"SCF-{rng.randint(1, 999999):06d}"
    if key in ("height", "tree_height"):
        return round(rng.uniform(2, 28), 1)
    if key == "site":
        return rng.choice(SITES)
    if key == "permit":
        return f"{rng.choice(('HP', 'SK', 'SC'))}/{rng.randint(2023, 2026)}/{rng.randint(1, 9999):05d}"
    if key == "skip":
        return rng.choice(SKIPS)
    if key == "waste":
        return rng.choice(WASTE)
    if key == "plate":
        area = f"{rng.choice(('WX', 'KP', 'YR', 'LB'))}{rng.randint(16, 74)}"
        return f"{area} {''.join(rng.choice('ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}"
    if key == "frame":
        return ids.frame_number(rng)
    if key == "model":
        return rng.choice(MODELS)
    if key == "gtin":
        return ids.gtin13(rng)
    if key == "ou":
        return rng.choice(OUS)
    if key == "title":
        return rng.choice(JOB_TITLES)
    if key == "staff_no":
        return f"E{rng.randint(10000, 99999)}"
    if key == "created":
        day = f"{rng.randint(2019, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        return f"{day}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00.0Z"
    if key == "guid":
        return ids.row_hash(rng)
    if key == "phone_type":
        return rng.choice(PHONE_TYPES)
    if key == "group":
        return rng.choice(GROUPS)
    if key == "winery":
        return rng.choice(WINERIES)
    if key == "tier":
        return rng.choice(TIERS)
    if key == "species":
        return rng.choice(SPECIES)
    if key == "heard":
        return rng.choice(HEARD)
    if key == "package":
        return rng.choice(PACKAGES)
    raise KeyError(key)


def branch_town(locale: str, rng: random.Random, own_town: str) -> str:
    """The branch's or depot's town: a town of the country (``BRANCH_TOWNS`` or one drawn by the table)."""
    towns = BRANCH_TOWNS.get(language.region(locale))
    return rng.choice(towns) if towns else own_town
