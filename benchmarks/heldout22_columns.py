"""Column headers and look-alike values of held-out set 22.

Header styles (none used by sets 1-21): GraphQL field paths in camelCase (``client.contact.phoneNumber``),
SharePoint list internal names with ``_x0020_`` escapes (``Date_x0020_of_x0020_birth``, ``Stra_x00df_e``),
pandas MultiIndex columns flattened to tuples (``('Passagier', 'Nachname')``), JSON-pointer paths
(``/parent/telefoon``), HTML-marked headers (``<b>Nom</b>``, ``Date<br>de naissance``), dBase field names (10
characters, upper case, no accents: ``GEBURTSDAT``), R's ``make.names`` of the local label (``Date.de.naissance``,
``N..carte``) and MongoDB export paths with array indices (``customer.phones.0``).

Look-alikes (label ``None``): piano makers named after their founders (``Bechstein``, ``Blüthner``), piano
serials, pitch, tank sizes, litres, delivery docket and job numbers with a phone's digit count, meter-point
numbers (MPRN), launch sites and cemeteries with street words (``Mill Lane Field``, ``Church Lane Cemetery``),
balloon registrations, passenger weights, swimming levels, pools named after people, staff first names repeated
on most rows as a category (tuner, pilot, instructor, groomer), stonemasons carrying a surname, grave plots,
coordinates, sludge lot numbers, dog names and breeds, shampoo lines with a first name, tree species and sizes,
parcel tracking ids and SSCC pallet serials, event dates in the birth-date layout, amounts and the depot's or
branch's town (not personal data: ``None`` with names shown, "don't care" hidden).
"""

# ruff: noqa: E501  (data lines: word lists and templates read better unbroken)

from __future__ import annotations

import random
import re

import heldout22_ids as ids
import heldout22_language as language
import heldout22_words as words

# English field names of the object-path styles (GraphQL camelCase, MongoDB snake with indices).
GRAPHQL = {"first": "client.firstName", "last": "client.lastName", "name": "client.displayName",
           "phone": "client.contact.phoneNumber", "email": "client.contact.emailAddress",
           "street": "client.address.streetLine1", "postcode": "client.address.postalCode",
           "town": "client.address.locality", "address": "client.address.formatted", "dob": "client.birthDate",
           "id": "client.identity.nationalId", "iban": "billing.iban", "card": "billing.card.pan",
           "contact": "client.altContact.name", "contact_phone": "client.altContact.phoneNumber"}  # fmt: skip
MONGO = {"first": "customer.name.given", "last": "customer.name.family", "name": "customer.name.full",
         "phone": "customer.phones.0", "contact_phone": "customer.phones.1", "email": "customer.emails.0",
         "street": "delivery.address.lines.0", "postcode": "delivery.address.post_code",
         "town": "delivery.address.city", "address": "delivery.address.text", "dob": "customer.dob",
         "id": "customer.national_id", "iban": "payment.iban", "card": "payment.card_number",
         "contact": "delivery.recipient_name"}  # fmt: skip
GROUPS = {"en": ("client", "contact", "billing", "child"), "de": ("Kunde", "Kontakt", "Zahlung", "Kind"),
          "fr": ("client", "contact", "paiement", "enfant"), "es": ("cliente", "contacto", "pago", "niño"),
          "it": ("cliente", "contatto", "pagamento", "bambino"), "nl": ("klant", "contact", "betaling", "kind")}  # fmt: skip
_GROUP_OF = {
    "contact": 1,
    "contact_phone": 1,
    "iban": 2,
    "card": 2,
    "child": 3,
    "child_dob": 3,
}
_LABEL_KEY = {"child": "first", "child_dob": "dob"}
# Look-alike labels: English, then de fr es it nl where a local-label style prints them.
LOOK = {
    "maker": "Piano make|Hersteller|Marque|Marca|Marca|Merk",
    "serial": "Serial no.|Seriennr.|N° de série|Nº de serie|Matricola|Serienr.",
    "pitch": "Pitch|Stimmton|Diapason|Diapasón|Diapason|Stemtoon",
    "staff": "Technician|Techniker|Technicien|Técnico|Tecnico|Monteur",
    "visit": "Visit date|Besuchsdatum|Date visite|Fecha visita|Data visita|Bezoekdatum",
    "fee": "Fee|Gebühr|Tarif|Importe|Importo|Bedrag",
    "branch": "Branch|Filiale|Agence|Sucursal|Filiale|Vestiging",
    "tank": "Tank size|Tankgröße|Capacité cuve|Capacidad depósito|Capacità serbatoio|Tankinhoud",
    "litres": "Litres|Liter|Litres livrés|Litros|Litri|Liters",
    "docket": "Docket no.|Lieferschein-Nr.|N° bon|Nº albarán|N. bolla|Bonnummer",
    "mprn": "Meter point|Zählpunkt|PDL|CUPS|POD|EAN-code",
    "site": "Launch site|Startplatz|Site d'envol|Lugar despegue|Sito decollo|Startlocatie",
    "reg": "Balloon reg.|Kennzeichen|Immatriculation|Matrícula|Marche|Registratie",
    "weight": "Weight (kg)|Gewicht (kg)|Poids (kg)|Peso (kg)|Peso (kg)|Gewicht (kg)",
    "level": "Level|Stufe|Niveau|Nivel|Livello|Niveau",
    "pool": "Pool|Bad|Piscine|Piscina|Piscina|Zwembad",
    "cemetery": "Cemetery|Friedhof|Cimetière|Cementerio|Cimitero|Begraafplaats",
    "plot": "Grave plot|Grabstelle|Emplacement|Sepultura|Loculo|Grafnummer",
    "mason": "Stonemason|Steinmetz|Marbrier|Marmolista|Marmista|Steenhouwer",
    "coords": "GPS|GPS-Koordinaten|Coordonnées GPS|Coordenadas|Coordinate|GPS-coördinaten",
    "volume": "Tank volume (m3)|Volumen (m³)|Volume (m³)|Volumen (m³)|Volume (m³)|Volume (m³)",
    "lot": "Sludge lot|Charge|Lot boues|Lote lodos|Lotto fanghi|Partij",
    "job": "Job no.|Auftragsnr.|N° intervention|Nº trabajo|N. intervento|Opdrachtnr.",
    "dog": "Dog's name|Hundename|Nom du chien|Nombre del perro|Nome del cane|Naam hond",
    "breed": "Breed|Rasse|Race|Raza|Razza|Ras",
    "shampoo": "Shampoo used|Shampoo|Shampooing|Champú|Shampoo|Shampoo",
    "species": "Tree|Baumart|Essence|Especie|Specie|Boomsoort",
    "size": "Height|Höhe|Hauteur|Altura|Altezza|Hoogte",
    "tracking": "Tracking no.|Sendungsnr.|N° de suivi|Nº seguimiento|N. spedizione|Track & trace",
    "sscc": "SSCC|SSCC|SSCC|SSCC|SSCC|SSCC",
    "order": "Order no.|Bestellnr.|N° commande|Nº pedido|N. ordine|Bestelnr.",
    "slot": "Delivery slot|Lieferfenster|Créneau|Franja|Fascia oraria|Tijdvak",
    "date": "Date|Datum|Date|Fecha|Data|Datum",
}
_LOOK_LANG = ("en", "de", "fr", "es", "it", "nl")
MAKERS = ("Steinway & Sons", "Bechstein", "Blüthner", "Bösendorfer", "Broadwood", "Yamaha", "Kawai", "Petrof",
          "Schimmel", "Grotrian-Steinweg", "Pleyel", "Fazioli", "Sauter", "Chappell", "Knight")  # fmt: skip
STAFF = ("Dave", "Priya K.", "Tomasz", "Jo", "Sam", "Marta", "Luca", "Ines")
SITES = ("Mill Lane Field", "Station Road Meadow", "Castle Hill Park", "Church Farm", "Abbey Road Green",
         "Kingsway Rec")  # fmt: skip
POOLS = ("Jubilee Pool", "Victoria Baths", "Brunel Leisure Centre", "Nelson Road Pool", "St Ann's Lido",
         "Queen Street Baths")  # fmt: skip
LEVELS = (
    "Stage 1",
    "Stage 3",
    "Seahorse",
    "Octopus",
    "Adult improver",
    "Stage 5",
    "Duckling",
)
CEMETERIES = ("Church Lane Cemetery", "Highgate Road Burial Ground", "St Mark's Churchyard", "Park Street Cemetery",
              "Woodland Way Memorial Park")  # fmt: skip
MASONS = (
    "Hartley & Sons Memorials",
    "J. Walsh Stonecraft",
    "Pearson Monumental",
    "Abbott Granite Works",
)
DOGS = (
    "Biscuit",
    "Luna",
    "Bella",
    "Max",
    "Poppy",
    "Teddy",
    "Archie",
    "Daisy",
    "Ruby",
    "Murphy",
    "Frankie",
)
BREEDS = (
    "Cockapoo",
    "Labrador",
    "Shih Tzu",
    "Cavalier King Charles",
    "Jack Russell",
    "Bichon Frise",
    "Border Terrier",
)
SHAMPOOS = (
    "Johnson's Puppy",
    "Bob Martin Coat Care",
    "Henry Wag Oatmeal",
    "Lillie Lavender",
    "Billy No Mates",
)
TREES = (
    "Nordmann Fir",
    "Norway Spruce",
    "Fraser Fir",
    "Blue Spruce",
    "Noble Fir",
    "Lodgepole Pine",
)
SIZES = ("150-180 cm", "180-210 cm", "210-240 cm", "120-150 cm", "6ft", "7ft")
SLOTS = ("Mon 08:00-12:00", "Tue 12:00-16:00", "Sat 09:00-13:00", "Thu 16:00-20:00")
BRANCH_TOWNS = {
    "GB": ("Reading", "Swindon", "Preston", "Norwich"), "US": ("Dayton", "Boise", "Tulsa", "Albany"),
    "DE": ("Kassel", "Ulm", "Bielefeld", "Rostock"), "FR": ("Tours", "Dijon", "Reims", "Angers"),
    "ES": ("Burgos", "Murcia", "Vigo", "Córdoba"), "IT": ("Verona", "Bari", "Padova", "Parma"),
    "NL": ("Zwolle", "Breda", "Apeldoorn", "Leiden"),
}  # fmt: skip


def _lookalike_label(key: str, locale: str) -> str:
    lg = words.base_language(language.lang(locale))
    options = LOOK[key].split("|")
    return options[_LOOK_LANG.index(lg)] if lg in _LOOK_LANG else options[0]


def sharepoint(label: str) -> str:
    """A SharePoint internal name: spaces as ``_x0020_``, other characters as ``_xHHHH_``, 32 characters at most."""
    out = []
    for ch in label:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append(f"_x{ord(ch):04x}_")
    return "".join(out)[:32]


def dbase(label: str, used: set[str]) -> str:
    """A dBase field name: upper-case ASCII, ``_`` for the rest, 10 characters, made unique by a digit."""
    name = re.sub(r"_+", "_", re.sub(r"[^A-Z0-9]", "_", words.ascii_words(label).upper())).strip("_")[:10]
    base, i = name, 1
    while name in used:
        name = base[:9] + str(i)
        i += 1
    return name


def r_names(label: str) -> str:
    """R's ``make.names`` of a label (``read.csv``): letters and digits kept, every other character a dot."""
    name = "".join(c if c.isalnum() or c in "._" else "." for c in label)
    return "X" + name if name[0].isdigit() or name[0] == "." else name


def header(style: str, key: str, locale: str, rng: random.Random, used: set[str]) -> str:
    """The header of a personal column ``key`` in the shape's naming ``style``."""
    lg = language.lang(locale)
    short = rng.random() < 0.4
    label = words.labels(lg, short)[_LABEL_KEY.get(key, key)]
    if style == "graphql":
        name = GRAPHQL.get(key, "child." + ("firstName" if key == "child" else "birthDate"))
    elif style == "mongo":
        name = MONGO.get(key, "child." + ("first_name" if key == "child" else "dob"))
    elif style == "sharepoint":
        name = sharepoint(label)
    elif style == "multiindex":
        group = GROUPS.get(words.base_language(lg), GROUPS["en"])[_GROUP_OF.get(key, 0)]
        name = f"('{group}', '{label}')"
    elif style == "pointer":
        group = GROUPS.get(words.base_language(lg), GROUPS["en"])[_GROUP_OF.get(key, 0)]
        name = f"/{group.lower()}/" + re.sub(r"[\s./]+", "_", label.lower()).strip("_").replace("~", "~0")
    elif style == "html":
        name = f"<b>{label}</b>" if " " not in label or rng.random() < 0.5 else label.replace(" ", "<br>", 1)
    elif style == "dbase":
        name = dbase(label, used)
    else:  # rnames
        name = r_names(label)
    while name in used:
        name += "_2"
    used.add(name)
    return name


def look_header(style: str, key: str, locale: str, used: set[str]) -> str:
    """The header of a look-alike column in the shape's style."""
    label = _lookalike_label(key, locale)
    if style == "graphql":
        parts = re.findall(r"[A-Za-z0-9]+", words.ascii_words(LOOK[key].split("|")[0]))
        name = "job." + parts[0].lower() + "".join(p.title() for p in parts[1:])
    elif style == "mongo":
        name = "order." + "_".join(re.findall(r"[a-z0-9]+", LOOK[key].split("|")[0].lower()))
    elif style == "sharepoint":
        name = sharepoint(label)
    elif style == "multiindex":
        name = f"('job', '{label}')"
    elif style == "pointer":
        name = "/job/" + re.sub(r"[\s./()]+", "_", label.lower()).strip("_")
    elif style == "html":
        name = f"<b>{label}</b>"
    elif style == "dbase":
        name = dbase(label, used)
    else:
        name = r_names(label)
    while name in used:
        name += "_2"
    used.add(name)
    return name


NOTES_HEADERS = {"graphql": "job.notes", "mongo": "order.comments", "sharepoint": "Notes", "multiindex": "('job', 'notes')",
                 "pointer": "/job/remarks", "html": "<b>Remarks</b>", "dbase": "MEMO", "rnames": "Notes..free.text."}  # fmt: skip


def amount(rng: random.Random, locale: str, lo: int, hi: int) -> str:
    """A price as the locale prints it (decimal comma outside the English-speaking ones)."""
    value = f"{rng.randint(lo, hi)}.{rng.choice(('00', '50', '95', '99'))}"
    return value if locale in language.ENGLISH or locale.startswith("en") else value.replace(".", ",")


def lookalike(key: str, rng: random.Random, locale: str, ctx: dict) -> object:
    """One cell of the look-alike column ``key`` (``ctx``: the table's fixed choices, its staff and date layout)."""
    if key == "maker":
        return rng.choice(MAKERS)
    if key == "serial":
        return str(rng.randint(100000, 599999))
    if key == "pitch":
        return rng.choice(("A440", "A440", "A442", "A435 (old pitch)"))
    if key == "staff":
        return ctx["staff"][0] if rng.random() < 0.7 else rng.choice(ctx["staff"])
    if key in ("visit", "date"):
        return language.fmt_date(language.event_date(rng), locale, ctx["date_layout"].replace(" %H:%M", ""))
    if key == "fee":
        return amount(rng, locale, 35, 260)
    if key == "branch":
        return ctx["branch_town"]
    if key == "tank":
        return f"{rng.choice((1000, 1200, 1800, 2500, 3500))} L"
    if key == "litres":
        return rng.randint(300, 2400)
    if key in ("docket", "job", "order"):
        return ids.digits_like_phone(rng, ctx["phone_digits"], lead=rng.choice(("", "0", "4")))
    if key == "mprn":
        return ids.meter_point(rng)
    if key == "site":
        return rng.choice(SITES)
    if key == "reg":
        return rng.choice(("G-", "D-O", "F-G", "EC-", "I-", "PH-")) + "".join(
            rng.choice("ABCDEFGHKLMPRSTUVWXYZ") for _ in range(3)
        )
    if key == "weight":
        return rng.randint(48, 118)
    if key == "level":
        return rng.choice(LEVELS)
    if key == "pool":
        return ctx["pool"] if rng.random() < 0.8 else rng.choice(POOLS)
    if key == "cemetery":
        return rng.choice(CEMETERIES)
    if key == "plot":
        return f"Sec. {rng.choice('ABCDEFG')} / Row {rng.randint(1, 30)} / {rng.randint(1, 60)}"
    if key == "mason":
        return rng.choice(MASONS)
    if key == "coords":
        return f"{ctx['lat'] + rng.uniform(-0.3, 0.3):.5f}, {ctx['lon'] + rng.uniform(-0.3, 0.3):.5f}"
    if key == "volume":
        return rng.choice((3.5, 4.5, 6, 8, 10, 12))
    if key == "lot":
        return f"SL-{rng.randint(2024, 2026)}-{rng.randint(1, 999):04d}"
    if key == "dog":
        return rng.choice(DOGS)
    if key == "breed":
        return rng.choice(BREEDS)
    if key == "shampoo":
        return rng.choice(SHAMPOOS)
    if key == "species":
        return rng.choice(TREES)
    if key == "size":
        return rng.choice(SIZES)
    if key == "tracking":
        return ids.tracking_id(rng)
    if key == "sscc":
        return ids.sscc(rng)
    if key == "slot":
        return rng.choice(SLOTS)
    raise KeyError(key)


def branch_town(locale: str, rng: random.Random, own_town: str) -> str:
    """The town of the business's depot or branch (not the client's)."""
    towns = BRANCH_TOWNS.get(locale.split("_")[1])
    return rng.choice(towns) if towns else own_town
