"""Column headers and look-alike values of held-out set 21 (split from ``heldout21_shapes`` by concept).

Headers: each shape's naming style (kebab-case, Salesforce API names, PHP form arrays, COBOL copybook names, Notion
emoji properties, squashed spreadsheet labels with a typo, Django lookups, Neo4j typed headers) applied to a
column's key in the locale's language (``heldout21_words``). Look-alikes: the values of columns that are no
personal data but look like it (ids of records and things, firms and farriers carrying a surname, rooms and
horses named like people, plates, tyre sizes, amounts, event dates in the birth-date layout, the branch's town).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout21_ids as ids
import heldout21_language as language
import heldout21_words as words
from heldout21_language import LOCALES, region

LANG = {x: language.lang(x) for x in LOCALES}
_KEY_OF = {"name2": "contact", "phone2": "contact_phone"}
_LOOK_EN = {
    "unit": "unit-ref",
    "unit_size": "unit-size",
    "padlock": "padlock-serial",
    "rate": "monthly-rate",
    "move_in": "move-in-date",
    "depot_postcode": "depot-postcode",
    "sf_id": "Id",
    "account": "Account.Name",
    "species": "Pest_Species__c",
    "lot": "Bait_Lot_Number__c",
    "visit_date": "Visit_Date__c",
    "territory": "Service_Territory__c",
    "order_id": "order_id",
    "room": "room",
    "slot": "slot",
    "group_size": "group_size",
    "voucher": "voucher_code",
    "venue": "venue",
    "ref": "RFL-NO",
    "agency": "AGY-NAME",
    "household": "HSE-SIZE",
    "voucher_date": "VCHR-DT",
    "parcel": "PARCEL-TYP",
    "depot_town": "DEPOT-TWN",
    "horse": "🐴 Horse",
    "ueln": "🔖 Passport (UELN)",
    "microchip": "💉 Microchip",
    "fee": "💶 Monthly fee",
    "joined": "📅 Joined",
    "farrier": "🔨 Farrier",
    "round": "round",
    "price": "price",
    "frequency": "freq",
    "last_clean": "lastclean",
    "ladder": "ladder",
    "plate": "vehicle__registration",
    "vin": "vehicle__vin",
    "tyre_size": "tyre__size",
    "dot": "tyre__dot_code",
    "invoice_no": "invoice__number",
    "ticket": "ticketId:ID",
    "garment": "garment:string",
    "due": "due:date",
    "price_f": "price:float",
    "node_label": ":LABEL",
    "branch": "branch:string",
}
# Local look-alike headers of the two styles written in the locale's words (Notion, spreadsheet).
_LOOK_LOCAL = {
    "de": {
        "horse": "🐴 Pferd",
        "ueln": "🔖 Equidenpass (UELN)",
        "microchip": "💉 Chipnummer",
        "fee": "💶 Boxenmiete",
        "joined": "📅 Seit",
        "farrier": "🔨 Hufschmied",
        "round": "tour",
        "price": "preis",
        "frequency": "intervall",
        "last_clean": "letzteputzung",
        "ladder": "leiter",
    },
    "fr": {
        "horse": "🐴 Cheval",
        "ueln": "🔖 Livret (UELN)",
        "microchip": "💉 Puce",
        "fee": "💶 Pension mensuelle",
        "joined": "📅 Arrivée",
        "farrier": "🔨 Maréchal-ferrant",
        "round": "tournee",
        "price": "prix",
        "frequency": "frequence",
        "last_clean": "dernierpassage",
        "ladder": "echelle",
    },
    "es": {
        "horse": "🐴 Caballo",
        "ueln": "🔖 Pasaporte (UELN)",
        "microchip": "💉 Microchip",
        "fee": "💶 Pupilaje",
        "joined": "📅 Alta",
        "farrier": "🔨 Herrador",
        "round": "ruta",
        "price": "precio",
        "frequency": "frecuencia",
        "last_clean": "ultimalimpieza",
        "ladder": "escalera",
    },
    "it": {
        "horse": "🐴 Cavallo",
        "ueln": "🔖 Passaporto (UELN)",
        "microchip": "💉 Microchip",
        "fee": "💶 Pensione",
        "joined": "📅 Arrivo",
        "farrier": "🔨 Maniscalco",
        "round": "giro",
        "price": "prezzo",
        "frequency": "frequenza",
        "last_clean": "ultimapulizia",
        "ladder": "scala",
    },
    "nl": {
        "horse": "🐴 Paard",
        "ueln": "🔖 Paspoort (UELN)",
        "microchip": "💉 Chipnummer",
        "fee": "💶 Stalhuur",
        "joined": "📅 Sinds",
        "farrier": "🔨 Hoefsmid",
        "round": "ronde",
        "price": "prijs",
        "frequency": "frequentie",
        "last_clean": "laatstgewassen",
        "ladder": "ladder",
    },
}
_SITE = {
    "en": ("Site Contact Name", "Site Contact Phone"),
    "de": ("Ansprechpartner vor Ort", "Telefon vor Ort"),
    "fr": ("Contact sur place", "Telephone contact sur place"),
    "es": ("Contacto en el lugar", "Telefono contacto"),
    "it": ("Referente in loco", "Telefono referente"),
    "nl": ("Contactpersoon ter plaatse", "Telefoon contactpersoon"),
}
NOTES_WORD = {
    "de": "Bemerkungen",
    "fr": "Remarques",
    "es": "Observaciones",
    "it": "Note",
    "nl": "Opmerkingen",
    "pt": "Observações",
    "ca": "Observacions",
    "en": "Notes",
}
ROOMS = (
    "Sherlock's Study",
    "The Da Vinci Workshop",
    "Houdini's Last Trick",
    "Agatha's Library",
    "Captain Morgan's Cabin",
    "Alice's Looking Glass",
    "Dr Jekyll's Lab",
)
HORSES = (
    "Mr Darcy",
    "Lady Grey",
    "Sir Galahad",
    "Archie",
    "Duke",
    "Lord Nelson",
    "Miss Daisy",
    "Captain Jack",
    "Bella",
    "Monty",
    "Rosie Lee",
)
GARMENTS = (
    "Harris Tweed jacket",
    "Barbour wax jacket",
    "Levi's 501 jeans",
    "Ted Baker suit trousers",
    "Jenny Packham wedding dress",
    "Laura Ashley curtains",
    "Hugo Boss blazer",
)
AGENCIES = (
    "St Anne's Church",
    "St Vincent de Paul",
    "Citizens Advice",
    "Salvation Army",
    "St Mungo's",
    "Jobcentre Plus",
    "Holy Trinity Parish",
)
SPECIES = ("Brown rat", "House mouse", "Wasp nest", "Bed bugs", "German cockroach", "Feral pigeons", "Clothes moth")
PARCELS = ("Standard 3-day", "Baby pack", "Halal", "Vegetarian", "Single person", "Family (4+)")
PETS = ("Biscuit", "Luna", "Milo", "Pepper", "Oscar", "Nala", "Tigger", "Bramble")
_FIRM = {
    "en": ("{} & Sons Ltd", "{} Bakery", "{} Holdings Ltd"),
    "de": ("Bäckerei {}", "{} GmbH", "Metzgerei {}"),
    "fr": ("Boulangerie {}", "{} SARL", "Garage {}"),
    "es": ("Panadería {}", "{} S.L.", "Hermanos {}"),
    "it": ("Panificio {}", "{} S.r.l.", "Ristorante da {}"),
    "nl": ("Bakkerij {}", "{} B.V.", "Slagerij {}"),
}
_FARRIER = {
    "en": "{} Farriery",
    "de": "Hufbeschlag {}",
    "fr": "Maréchalerie {}",
    "es": "Herrajes {}",
    "it": "Mascalcia {}",
    "nl": "Hoefsmederij {}",
}
BRANCH_TOWNS = {
    "en_US": ("Denton", "Tucson", "Dayton"),
    "en_GB": ("Swindon", "Derby", "Exeter"),
    "de_DE": ("Kassel", "Ulm", "Bielefeld"),
    "fr_FR": ("Tours", "Dijon", "Amiens"),
    "es_ES": ("Vigo", "Murcia", "Burgos"),
    "it_IT": ("Verona", "Parma", "Bari"),
    "nl_NL": ("Zwolle", "Tilburg", "Breda"),
}


def header(style: str, key: str, locale: str, used: set[str], rng: random.Random, typo_key: str) -> str:
    """The header of personal column ``key`` in ``style`` and the locale's language (unique among ``used``;
    ``typo_key``'s header gets the spreadsheet typo)."""
    lg = words.base_language(LANG[locale])
    lab = words.labels(lg)
    label = lab.get(_KEY_OF.get(key, key), key)
    en = words.labels("en")[_KEY_OF.get(key, key)] if _KEY_OF.get(key, key) in words.KEYS else key
    if key == "street" and style == "squashed":
        label = {"de": "Strasse", "fr": "Rue", "es": "Calle", "it": "Via", "nl": "Straat"}.get(lg, "Street")
    if key == "house":
        label = {"de": "Hausnummer", "fr": "Numéro", "es": "Número", "it": "Civico", "nl": "Huisnummer"}.get(
            lg, "House no"
        )
    if style == "kebab":
        h = words.kebab(label) or words.kebab(en)
        h = "tenant-" + h if lg == "en" and key in ("first", "last") else h
    elif style == "salesforce":
        std = words.SALESFORCE_STANDARD.get(key)
        if key in ("name2", "phone2"):
            h = words.salesforce_custom(_SITE.get(lg, _SITE["en"])[key == "phone2"])
        else:
            h = std or words.salesforce_custom(label)
    elif style == "php":
        prefix = words.PHP_PREFIX.get(lg, "booking")
        h = {"name2": f"{prefix}[players][2]", "card": "payment[card_number]"}.get(key) or words.php_field(
            prefix, label if words.ascii_words(label) else en
        )
    elif style == "cobol":
        h = words.COBOL.get(lg, words.COBOL["en"]).get(_KEY_OF.get(key, key), "CLT-HSE-NO")
    elif style == "notion":
        h = f"{words.EMOJI.get(_KEY_OF.get(key, key), '🏠')} {label}"
    elif style == "squashed":
        h = words.squashed(label, rng, key == typo_key) or words.squashed(en, rng, key == typo_key)
    elif style == "django":
        h = words.DJANGO.get(_KEY_OF.get(key, key), "customer__address__number")
    else:
        h = words.NEO4J.get(_KEY_OF.get(key, key), "houseNo:string")
    while h in used:
        h += "_2"
    used.add(h)
    return h


def look_header(key: str, locale: str, used: set[str], style: str) -> str:
    """The header of look-alike column ``key`` (local words in the Notion and spreadsheet styles)."""
    lg = words.base_language(LANG[locale])
    h = _LOOK_EN[key]
    if style in ("notion", "squashed"):
        h = _LOOK_LOCAL.get(lg, {}).get(key, h)
    elif style == "django" and key == "depot_postcode":
        h = "depot__postcode"
    while h in used:
        h += "_2"
    used.add(h)
    return h


def notes_header(style: str, locale: str) -> str:
    """The header of the free-text column in ``style``."""
    lg = words.base_language(LANG[locale])
    word = NOTES_WORD.get(lg, "Notes")
    return {
        "kebab": "notes",
        "salesforce": "Description",
        "php": "booking[comments]",
        "cobol": "RFL-NOTES",
        "notion": f"📝 {word}",
        "squashed": words.squashed(word, random.Random(0), False) or "notes",
        "django": "booking__notes",
        "neo4j": "notes:string",
    }[style]


def plate(rng: random.Random, locale: str) -> str:
    """A vehicle registration plate in the country's layout (a generic one elsewhere)."""
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    c = lambda k: "".join(rng.choice(L) for _ in range(k))  # noqa: E731
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    return {
        "en_GB": f"{c(2)}{d(2)} {c(3)}",
        "de_DE": f"{c(1)}-{c(2)} {d(4)}",
        "fr_FR": f"{c(2)}-{d(3)}-{c(2)}",
        "es_ES": f"{d(4)} {c(3)}",
        "it_IT": f"{c(2)} {d(3)}{c(2)}",
        "nl_NL": f"{d(2)}-{c(3)}-{d(1)}",
        "en_US": f"{d(1)}{c(3)}{d(3)}",
    }.get(locale, f"{c(3)} {d(3)}")


def amount(rng: random.Random, locale: str, lo: int, hi: int) -> str:
    """An amount between ``lo`` and ``hi`` written with the country's currency and decimal mark."""
    v = rng.randint(lo * 100, hi * 100) / 100
    if locale in ("en_GB",):
        return f"£{v:.2f}"
    if locale in ("en_US", "en_CA", "en_AU", "en_NZ", "en_SG"):
        return f"${v:.2f}"
    if region(locale) in ("DE", "FR", "ES", "IT", "NL", "AT", "BE", "PT", "IE", "FI", "SK", "SI", "LT", "LV", "EE"):
        return f"{v:.2f} €".replace(".", ",") if locale not in ("en_IE",) else f"€{v:.2f}"
    return f"{v:.2f}"


def lookalike(key: str, rng: random.Random, locale: str, ctx: dict) -> object:
    """One value of look-alike column ``key`` (``ctx``: the table's birth-date layout, branch town and postcode,
    surnames for firms, the phone's digit count)."""
    lg = words.base_language(LANG[locale])
    if key == "unit":
        return f"{rng.choice('ABCDEF')}-{rng.randint(1, 399):03d}"
    if key == "unit_size":
        return rng.choice(("25 sq ft", "50 sq ft", "100 sq ft")) if lg == "en" else f"{rng.choice((2, 4, 6, 9))} m²"
    if key == "padlock":
        return "".join(rng.choice("0123456789") for _ in range(8))
    if key in ("rate", "fee"):
        return amount(rng, locale, 40, 400)
    if key in ("move_in", "visit_date", "voucher_date", "joined", "last_clean"):
        return language.fmt_date(language.event_date(rng), locale, ctx["dob_layout"], rng.randint(8, 18))
    if key == "due":
        return language.event_date(rng).isoformat()
    if key in ("depot_postcode",):
        return ctx["branch_postcode"]
    if key in ("territory", "venue", "depot_town", "branch"):
        return ctx["branch_town"]
    if key == "sf_id":
        return ids.salesforce_id(rng)
    if key == "account":
        return rng.choice(_FIRM.get(lg, _FIRM["en"])).format(ctx["surnames"][rng.randrange(len(ctx["surnames"]))])
    if key == "farrier":
        return _FARRIER.get(lg, _FARRIER["en"]).format(ctx["surnames"][rng.randrange(len(ctx["surnames"]))])
    if key == "species":
        return rng.choice(SPECIES)
    if key == "lot":
        return ids.lot_no(rng)
    if key in ("order_id", "invoice_no"):
        return ids.digits_like_phone(rng, ctx["phone_digits"])
    if key == "room":
        return rng.choice(ROOMS)
    if key == "slot":
        return f"{rng.randint(10, 21)}:{rng.choice(('00', '30'))}"
    if key in ("group_size", "household"):
        return rng.randint(1, 8)
    if key == "voucher":
        return "ESC-" + "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
    if key == "ref":
        return f"FB{rng.randint(100000, 999999)}"
    if key == "agency":
        return rng.choice(AGENCIES)
    if key == "parcel":
        return rng.choice(PARCELS)
    if key == "horse":
        return rng.choice(HORSES)
    if key == "ueln":
        return ids.ueln(rng)
    if key == "microchip":
        return ids.microchip(rng)
    if key == "round":
        return rng.choice(("Mon A", "Tue B", "Wed town", "Thu villages", "Fri estate"))
    if key == "price":
        return rng.randint(8, 30)
    if key == "frequency":
        return rng.choice(("4 weekly", "6 weekly", "8 weekly", "monthly"))
    if key == "ladder":
        return rng.choice(("yes", "no", "no"))
    if key == "plate":
        return plate(rng, locale)
    if key == "vin":
        return ids.vin(rng)
    if key == "tyre_size":
        return (
            f"{rng.choice((175, 185, 195, 205, 215, 225))}/{rng.choice((45, 50, 55, 60, 65))} "
            f"R{rng.choice((15, 16, 17, 18))} {rng.randint(82, 99)}{rng.choice('HVWY')}"
        )
    if key == "dot":
        return ids.dot_code(rng)
    if key == "ticket":
        return rng.randint(10000, 99999)
    if key == "garment":
        return rng.choice(GARMENTS)
    if key == "price_f":
        return round(rng.uniform(8, 120), 2)
    if key == "node_label":
        return "Customer;Ticket"
    raise KeyError(key)
