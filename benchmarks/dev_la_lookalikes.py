"""Look-alike fuzzer (session 34, helper LA): non-personal columns that resemble PII must stay untouched.

Why: each blind set brings columns the rules have not seen that *look* like people's data: company names with
surnames inside, products named after first names, venues named after streets, event dates in birth-date layouts,
order numbers in phone layouts. A false column destroys analytic data (a firm list replaced by fake people).
This fuzzer writes, for 27 locales, one table of many look-alike kinds plus a positive control set (real PII columns
of the same tables, so a veto's recall cost is measured too). Every value is drawn here (own templates, seeds
20301+); nothing comes from the held-out sets.

``plan_columns`` runs with the column names shown (English, local language, several naming styles) and hidden
(``c000``...). A look-alike is false when any entity other than ``free_text`` (scanned span by span) or one of
its accepted entities is planned; a control counts as found when one of its accepted entities is planned.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_la_lookalikes.py [--locales en_US,de_DE] [--seeds 20301,20302]
        [--false] [--lookalikes]

``--lookalikes`` applies :func:`safe_synthesizer.pii.column_lookalikes.lookalike_reason` after each detection
(the wiring requested in ``/work/s34docs/wiring_LA.md``), to measure it before the lead wires it.
"""

from __future__ import annotations

import argparse
import random
import string
import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

import pandas as pd
from faker import Faker
from stdnum import ean, isbn

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import replace as replace_module
from safe_synthesizer.pii.replace import plan_columns

FIRST7 = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]
OTHERS = [
    "en_AU", "en_CA", "en_IE", "en_NZ", "de_AT", "de_CH", "fr_BE", "fr_CH", "nl_BE", "es_MX", "it_CH", "pt_PT",
    "pt_BR", "pl_PL", "sv_SE", "da_DK", "fi_FI", "cs_CZ", "tr_TR", "ro_RO",
]  # fmt: skip
LOCALES = FIRST7 + OTHERS

# Accepted entities of each control (a first name found as a name is fine).
CONTROLS: dict[str, tuple[str, ...]] = {
    "ctl full name": ("name",),
    "ctl first name": ("first_name", "name"),
    "ctl last name": ("last_name", "name"),
    "ctl phone": ("phone_number", "fax_number"),
    "ctl email": ("email",),
    "ctl street": ("street_address", "address"),
    "ctl birth date": ("date_of_birth",),
    "ctl home town": ("city",),
}
# Look-alikes that are PII by the entity catalogue (an IP address identifies a device): accepted as such.
ACCEPTED: dict[str, tuple[str, ...]] = {"ip address": ("ip_address",)}

# Column names per kind: English variants, then local ones by language.
NAMES: dict[str, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {
    "company": (("company", "supplier", "vendor name", "customer company", "employer"),
                {"de": ("Firma", "Lieferant"), "fr": ("entreprise", "fournisseur"), "es": ("empresa", "proveedor"),
                 "it": ("azienda", "fornitore"), "nl": ("bedrijf", "leverancier")}),
    "company few": (("client", "carrier", "insurer"),
                    {"de": ("Kunde", "Versicherer"), "fr": ("client", "assureur"), "es": ("cliente", "aseguradora"),
                     "it": ("cliente", "assicuratore"), "nl": ("klant", "verzekeraar")}),
    "product brand": (("product", "brand", "item", "best seller"),
                      {"de": ("Produkt", "Marke"), "fr": ("produit", "marque"), "es": ("producto", "marca"),
                       "it": ("prodotto", "marca"), "nl": ("product", "merk")}),
    "venue": (("venue", "site", "location", "stadium"),
              {"de": ("Spielort", "Standort"), "fr": ("lieu", "site"), "es": ("sede", "lugar"),
               "it": ("sede", "luogo"), "nl": ("locatie", "vestiging")}),
    "branch address": (("branch address", "store address", "depot"),
                       {"de": ("Filiale", "Filialadresse"), "fr": ("agence", "adresse agence"),
                        "es": ("sucursal", "dirección sucursal"), "it": ("filiale", "indirizzo filiale"),
                        "nl": ("filiaal", "adres filiaal")}),
    "team": (("team", "squad", "group", "crew"),
             {"de": ("Mannschaft", "Gruppe"), "fr": ("équipe", "groupe"), "es": ("equipo", "grupo"),
              "it": ("squadra", "gruppo"), "nl": ("ploeg", "groep")}),
    "job title": (("job title", "position", "occupation", "role"),
                  {"de": ("Beruf", "Position"), "fr": ("poste", "métier"), "es": ("puesto", "ocupación"),
                   "it": ("professione", "mansione"), "nl": ("functie", "beroep")}),
    "department": (("department", "dept", "unit", "division"),
                   {"de": ("Abteilung",), "fr": ("service", "département"), "es": ("departamento",),
                    "it": ("reparto",), "nl": ("afdeling",)}),
    "event date": (("visit date", "order date", "date", "last seen", "created", "shipped", "reported"),
                   {"de": ("Datum", "Bestelldatum", "Besuch"), "fr": ("date", "date commande", "date visite"),
                    "es": ("fecha", "fecha pedido", "fecha visita"), "it": ("data", "data ordine", "data visita"),
                    "nl": ("datum", "besteldatum", "bezoekdatum")}),
    "start date": (("start date", "hire date", "member since", "contract start", "opened"),
                   {"de": ("Eintrittsdatum", "Vertragsbeginn"), "fr": ("date d'embauche", "début contrat"),
                    "es": ("fecha de alta", "inicio contrato"), "it": ("data assunzione", "inizio contratto"),
                    "nl": ("datum in dienst", "ingangsdatum")}),
    "expiry date": (("expiry", "valid until", "renewal date", "best before"),
                    {"de": ("Ablaufdatum", "gültig bis"), "fr": ("date d'expiration", "valable jusqu'au"),
                     "es": ("caducidad", "válido hasta"), "it": ("scadenza", "valido fino al"),
                     "nl": ("vervaldatum", "geldig tot")}),
    "business date": (("contract signed", "posted", "settlement date", "trade date"),
                      {"de": ("Buchungsdatum", "Valuta"), "fr": ("date de valeur", "date comptable"),
                       "es": ("fecha valor", "fecha contable"), "it": ("data valuta", "data contabile"),
                       "nl": ("boekdatum", "valutadatum")}),
    "historic date": (("release date", "founded on", "first published", "launch date"),
                      {"de": ("Erscheinungsdatum", "Gründungsdatum"), "fr": ("date de sortie", "date de création"),
                       "es": ("fecha de lanzamiento", "fecha de fundación"),
                       "it": ("data di uscita", "data di fondazione"),
                       "nl": ("releasedatum", "oprichtingsdatum")}),
    "account no": (("account no", "customer number", "member id"),
                   {"de": ("Kundennummer", "Kontonummer"), "fr": ("numéro client", "n° adhérent"),
                    "es": ("número de cliente", "nº socio"), "it": ("codice cliente", "numero socio"),
                    "nl": ("klantnummer", "lidnummer")}),
    "padded seq": (("customer id", "loyalty card"), {"de": ("Kunden-ID",), "fr": ("id client",),
                                                     "es": ("id cliente",), "it": ("id cliente",),
                                                     "nl": ("klant-id",)}),
    "item code": (("item code", "product code", "cost centre"), {"de": ("Kostenstelle",), "fr": ("code produit",),
                                                                 "es": ("código producto",),
                                                                 "it": ("centro di costo",),
                                                                 "nl": ("kostenplaats",)}),
    "year": (("year", "model year", "year built", "founded"),
             {"de": ("Jahr", "Baujahr"), "fr": ("année", "année de construction"), "es": ("año", "año fundación"),
              "it": ("anno", "anno costruzione"), "nl": ("jaar", "bouwjaar")}),
    "time": (("time", "pickup time", "slot"), {"de": ("Uhrzeit",), "fr": ("heure",), "es": ("hora",),
                                               "it": ("ora",), "nl": ("tijd",)}),
    "duration": (("duration", "call length", "time spent"), {"de": ("Dauer",), "fr": ("durée",),
                                                             "es": ("duración",), "it": ("durata",),
                                                             "nl": ("duur",)}),
    "order ref": (("order no", "invoice number", "ticket", "booking ref", "reference"),
                  {"de": ("Bestellnummer", "Rechnungsnummer"), "fr": ("numéro de commande", "n° facture"),
                   "es": ("número de pedido", "nº factura"), "it": ("numero ordine", "n. fattura"),
                   "nl": ("bestelnummer", "factuurnummer")}),
    "order seq": (("order id", "record no", "case number"), {"de": ("Vorgang",), "fr": ("dossier",),
                                                             "es": ("expediente",), "it": ("pratica",),
                                                             "nl": ("dossiernummer",)}),
    "sku": (("sku", "article no", "part number"), {"de": ("Artikelnummer",), "fr": ("référence article",),
                                                   "es": ("referencia",), "it": ("codice articolo",),
                                                   "nl": ("artikelnummer",)}),
    "gtin": (("gtin", "ean", "barcode"), {"de": ("EAN",), "fr": ("code-barres",), "es": ("código de barras",),
                                          "it": ("codice a barre",), "nl": ("streepjescode",)}),
    "isbn": (("isbn",), {}),
    "ip address": (("ip address", "client ip", "host"), {}),
    "mac address": (("mac address", "device mac"), {}),
    "uuid": (("uuid", "session id", "request id"), {}),
    "hash": (("hash", "checksum", "sha1"), {}),
    "plate": (("plate", "registration", "vehicle reg"), {"de": ("Kennzeichen",), "fr": ("immatriculation",),
                                                          "es": ("matrícula",), "it": ("targa",),
                                                          "nl": ("kenteken",)}),
    "flight": (("flight", "flight no"), {"de": ("Flugnummer",), "fr": ("vol",), "es": ("vuelo",),
                                         "it": ("volo",), "nl": ("vlucht",)}),
    "iata": (("origin", "destination", "airport"), {"de": ("Ziel",), "fr": ("destination",), "es": ("destino",),
                                                   "it": ("destinazione",), "nl": ("bestemming",)}),
    "coordinates": (("coordinates", "lat/lon", "gps"), {"de": ("Koordinaten",), "fr": ("coordonnées",),
                                                       "es": ("coordenadas",), "it": ("coordinate",),
                                                       "nl": ("coördinaten",)}),
    "amount": (("amount", "price", "total", "fee"), {"de": ("Betrag", "Preis"), "fr": ("montant", "prix"),
                                                     "es": ("importe", "precio"), "it": ("importo", "prezzo"),
                                                     "nl": ("bedrag", "prijs")}),
    "percent": (("discount", "share", "vat rate"), {"de": ("Rabatt",), "fr": ("remise",), "es": ("descuento",),
                                                    "it": ("sconto",), "nl": ("korting",)}),
    "count": (("quantity", "items", "visits"), {"de": ("Menge",), "fr": ("quantité",), "es": ("cantidad",),
                                                "it": ("quantità",), "nl": ("aantal",)}),
    "rating": (("rating", "score", "stars"), {"de": ("Bewertung",), "fr": ("note",), "es": ("valoración",),
                                              "it": ("valutazione",), "nl": ("beoordeling",)}),
    "sort code": (("sort code", "branch code", "bank code"), {"de": ("BLZ",), "fr": ("code guichet",),
                                                              "es": ("código oficina",), "it": ("ABI",),
                                                              "nl": ("bankcode",)}),
    "branch town": (("branch", "office", "region office", "store city"),
                    {"de": ("Niederlassung", "Standort Stadt"), "fr": ("agence ville",), "es": ("oficina",),
                     "it": ("sede città",), "nl": ("vestigingsplaats",)}),
    "country": (("country", "market", "ship to country"), {"de": ("Land",), "fr": ("pays",), "es": ("país",),
                                                          "it": ("paese",), "nl": ("land",)}),
    "language": (("language", "preferred language"), {"de": ("Sprache",), "fr": ("langue",), "es": ("idioma",),
                                                      "it": ("lingua",), "nl": ("taal",)}),
    "colour": (("colour", "color", "finish"), {"de": ("Farbe",), "fr": ("couleur",), "es": ("color",),
                                              "it": ("colore",), "nl": ("kleur",)}),
    "review": (("review", "comment", "feedback"), {"de": ("Bewertungstext",), "fr": ("avis",),
                                                   "es": ("opinión",), "it": ("recensione",), "nl": ("recensie",)}),
    "ctl full name": (("customer name", "full name", "contact"), {"de": ("Name",), "fr": ("nom complet",),
                                                                  "es": ("nombre completo",),
                                                                  "it": ("nome completo",), "nl": ("naam",)}),
    "ctl first name": (("first name", "given name"), {"de": ("Vorname",), "fr": ("prénom",), "es": ("nombre",),
                                                      "it": ("nome",), "nl": ("voornaam",)}),
    "ctl last name": (("last name", "surname"), {"de": ("Nachname",), "fr": ("nom de famille",),
                                                 "es": ("apellido",), "it": ("cognome",), "nl": ("achternaam",)}),
    "ctl phone": (("phone", "mobile"), {"de": ("Telefon",), "fr": ("téléphone",), "es": ("teléfono",),
                                        "it": ("telefono",), "nl": ("telefoon",)}),
    "ctl email": (("email",), {"de": ("E-Mail",), "fr": ("courriel",), "es": ("correo",), "it": ("email",),
                               "nl": ("e-mail",)}),
    "ctl street": (("street", "address line 1"), {"de": ("Straße",), "fr": ("adresse",), "es": ("dirección",),
                                                  "it": ("indirizzo",), "nl": ("adres",)}),
    "ctl birth date": (("date of birth", "dob", "birthday"), {"de": ("Geburtsdatum",), "fr": ("date de naissance",),
                                                             "es": ("fecha de nacimiento",),
                                                             "it": ("data di nascita",),
                                                             "nl": ("geboortedatum",)}),
    "ctl home town": (("home town", "city of residence"), {"de": ("Wohnort",), "fr": ("ville de résidence",),
                                                           "es": ("ciudad de residencia",),
                                                           "it": ("città di residenza",),
                                                           "nl": ("woonplaats",)}),
}  # fmt: skip


def lang(locale: str) -> str:
    return locale.split("_")[0]


def styled(rng: random.Random, name: str) -> str:
    """One of several naming styles: snake, camel, Title Case, UPPER, as written."""
    words = name.replace("/", " ").split()
    style = rng.choice(("snake", "camel", "title", "upper", "plain"))
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "title":
        return " ".join(w[:1].upper() + w[1:] for w in words)
    if style == "upper":
        return "_".join(w.upper() for w in words)
    return name


# --- value generators ------------------------------------------------------------------------------------------

DATE_LAYOUTS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d %B %Y", "%b %d, %Y", "%Y%m%d", "%d-%m-%y",
                "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y %H:%M", "%Y/%m/%d")  # fmt: skip
FOODS = ("Tams", "Crisps", "Cookies", "Cola", "Bites", "Biscuits", "Fudge", "Chips", "Mints", "Brew", "Gin")
VENUE_WORDS = ("Arena", "Hall", "Centre", "Park", "Stadium", "Lanes", "Depot", "Yard", "Market", "Pavilion")
DEPTS = {
    "en": ("Sales", "Finance", "Human Resources", "IT", "Marketing", "Legal", "Operations", "Logistics"),
    "de": ("Vertrieb", "Finanzen", "Personal", "Einkauf", "Marketing", "Recht", "Logistik", "Produktion"),
    "fr": ("Ventes", "Finances", "Ressources humaines", "Achats", "Marketing", "Juridique", "Logistique"),
    "es": ("Ventas", "Finanzas", "Recursos Humanos", "Compras", "Marketing", "Jurídico", "Logística"),
    "it": ("Vendite", "Finanza", "Risorse umane", "Acquisti", "Marketing", "Legale", "Logistica"),
    "nl": ("Verkoop", "Financiën", "Personeelszaken", "Inkoop", "Marketing", "Juridisch", "Logistiek"),
}
COLOURS = {
    "en": ("red", "navy", "black", "white", "olive", "sand", "grey"),
    "de": ("rot", "blau", "schwarz", "weiß", "grün", "grau", "beige"),
    "fr": ("rouge", "bleu", "noir", "blanc", "vert", "gris", "rose"),
    "es": ("rojo", "azul", "negro", "blanco", "verde", "gris", "rosa"),
    "it": ("rosso", "blu", "nero", "bianco", "verde", "grigio", "rosa"),
    "nl": ("rood", "blauw", "zwart", "wit", "groen", "grijs", "roze"),
}
LANGS = ("English", "German", "French", "Spanish", "Italian", "Dutch", "Polish", "Portuguese", "Turkish", "Arabic")
IATA = ("FRA", "LHR", "CDG", "MAD", "FCO", "AMS", "JFK", "BCN", "MUC", "DUB", "ZRH", "VIE", "LIS", "CPH", "ARN")
REVIEW = ("Great value, arrived quickly.", "The fit is smaller than expected.", "Would buy again!",
          "Colour faded after two washes.", "Excellent quality for the price.", "Not worth it, returned it.",
          "Comfortable and light, perfect for summer.", "Packaging was damaged but product fine.",
          "Battery lasts all day.", "Customer service answered within an hour.")  # fmt: skip


def _rdate(rng: random.Random, start: int, end: int) -> date:
    first = date(start, 1, 1)
    return first + timedelta(days=rng.randint(0, (date(end, 12, 31) - first).days))


def _weekday(rng: random.Random, start: int, end: int) -> date:
    """A Monday-to-Friday date: business events (postings, trades, signatures) fall on working days."""
    day = _rdate(rng, start, end)
    return day if day.weekday() < 5 else day - timedelta(days=day.weekday() - 4)


def generators(rng: random.Random, faker: Faker, locale: str) -> dict[str, Callable[[], object]]:
    """kind -> a draw of one value (``locale``'s Faker for names, towns, companies)."""
    lg = lang(locale)
    layout = rng.choice(DATE_LAYOUTS)
    seq = iter(range(rng.randint(1000, 90000), 10**9, rng.randint(1, 3)))
    towns = [faker.city() for _ in range(rng.randint(5, 12))]
    firms = [faker.company() for _ in range(rng.randint(4, 9))]
    branches = [faker.street_address() for _ in range(rng.randint(6, 12))]
    venues = [f"{faker.street_name()} {rng.choice(VENUE_WORDS)}" for _ in range(rng.randint(6, 20))]
    cur = rng.choice(("€ {a},{c}", "{a}.{c} €", "${a}.{c}", "£{a}.{c}", "{a},{c} EUR", "CHF {a}.{c}"))

    def brand() -> str:
        first = faker.first_name()
        return rng.choice((f"{first} {rng.choice(FOODS)}", f"{first} & {faker.first_name()}'s", f"Uncle {first}'s",
                           f"{faker.last_name()} {rng.choice(('Wines', 'Brewery', 'Kitchen', 'Organics'))}",
                           f"{first}'s {rng.choice(FOODS)}"))  # fmt: skip

    def team() -> str:
        return rng.choice((f"Team {faker.last_name()}", f"{faker.last_name()} Group", f"{faker.first_name()}'s crew",
                           f"{faker.last_name()} Squad"))  # fmt: skip

    def coords() -> str:
        return f"{rng.uniform(-60, 70):.5f}, {rng.uniform(-120, 150):.5f}"

    def plate() -> str:
        try:
            return faker.license_plate()
        except AttributeError:
            return f"{''.join(rng.choices(string.ascii_uppercase, k=2))}-{rng.randint(100, 9999)}"

    return {
        "company": faker.company,
        "company few": lambda: rng.choice(firms),
        "product brand": brand,
        "venue": lambda: rng.choice(venues),
        "branch address": lambda: rng.choice(branches),
        "team": team,
        "job title": faker.job,
        "department": lambda: rng.choice(DEPTS.get(lg, DEPTS["en"])),
        "event date": lambda: _rdate(rng, 2019, 2025).strftime(layout),
        "start date": lambda: _rdate(rng, 1995, 2025).strftime(layout),
        "expiry date": lambda: _rdate(rng, 2024, 2032).strftime(layout),
        "business date": lambda: _weekday(rng, 1988, 2016).strftime(layout),
        "historic date": lambda: _rdate(rng, 1950, 2012).strftime(layout),
        "account no": lambda: "".join(rng.choices(string.digits, k=rng.choice((8, 9, 10)))),
        "padded seq": lambda: f"{next(seq):010d}",
        "item code": lambda: f"{rng.randint(10000, 99999)}",
        "year": lambda: rng.randint(1950, 2024),
        "time": lambda: f"{rng.randint(0, 23):02d}:{rng.choice((0, 15, 30, 45)):02d}",
        "duration": lambda: rng.choice(
            (f"{rng.randint(0, 5)}h {rng.randint(0, 59)}m", f"00:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
        ),
        "order ref": lambda: rng.choice(
            (
                f"ORD-{rng.randint(2019, 2025)}-{rng.randint(1, 999999):06d}",
                f"INV{rng.randint(100000, 999999)}",
                f"#{rng.randint(10000, 99999)}",
                "".join(rng.choices(string.ascii_uppercase + string.digits, k=6)),
            )
        ),
        "order seq": lambda: str(next(seq)),
        "sku": lambda: (
            f"{''.join(rng.choices(string.ascii_uppercase, k=3))}-{rng.randint(100, 999)}-{rng.randint(10, 99)}"
        ),
        "gtin": lambda: (lambda b: b + ean.calc_check_digit(b))(
            rng.choice(("40", "50", "76", "80", "87", "30")) + "".join(rng.choices(string.digits, k=10))
        ),
        "isbn": lambda: isbn.format(
            (lambda b: b + ean.calc_check_digit(b))("978" + "".join(rng.choices(string.digits, k=9)))
        ),
        "ip address": lambda: (
            f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        ),
        "mac address": lambda: ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6)),
        "uuid": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "hash": lambda: "".join(rng.choices("0123456789abcdef", k=40)),
        "plate": plate,
        "flight": lambda: (
            f"{rng.choice(('LH', 'BA', 'AF', 'IB', 'AZ', 'KL', 'FR', 'U2'))}{rng.choice(('', ' '))}"
            f"{rng.randint(10, 9999)}"
        ),
        "iata": lambda: rng.choice(IATA),
        "coordinates": coords,
        "amount": lambda: cur.format(a=rng.randint(1, 9999), c=f"{rng.randint(0, 99):02d}"),
        "percent": lambda: f"{rng.randint(0, 40)}{rng.choice(('', '.5'))}%",
        "count": lambda: rng.randint(0, 250),
        "rating": lambda: rng.choice((f"{rng.randint(1, 5)}/5", f"{rng.randint(10, 50) / 10:.1f}")),
        "sort code": lambda: f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        "branch town": lambda: rng.choice(towns),
        "country": faker.country,
        "language": lambda: rng.choice(LANGS),
        "colour": lambda: rng.choice(COLOURS.get(lg, COLOURS["en"])),
        "review": lambda: " ".join(rng.sample(REVIEW, rng.randint(1, 3))),
        "ctl full name": faker.name,
        "ctl first name": faker.first_name,
        "ctl last name": faker.last_name,
        "ctl phone": faker.phone_number,
        "ctl email": faker.email,
        "ctl street": faker.street_address,
        "ctl birth date": lambda: _rdate(rng, 1935, 2004).strftime(layout),
        "ctl home town": faker.city,
    }


def column_name(rng: random.Random, kind: str, locale: str) -> str:
    english, local = NAMES[kind]
    pool = local.get(lang(locale), ()) if rng.random() < 0.5 else ()
    return styled(rng, rng.choice(pool or english))


def build_table(locale: str, seed: int) -> tuple[pd.DataFrame, dict[str, str]]:
    """One table of every kind for ``locale``: (frame, column -> kind)."""
    rng = random.Random(f"{seed}-{locale}")
    faker = Faker(locale)
    faker.seed_instance(seed)
    n = rng.randint(40, 220)
    cols: dict[str, list] = {}
    kinds: dict[str, str] = {}
    for kind, draw in generators(rng, faker, locale).items():
        name = column_name(rng, kind, locale)
        while name in cols:
            name += "_2"
        cols[name] = [draw() for _ in range(n)]
        kinds[name] = kind
    return pd.DataFrame(cols), kinds


def apply_lookalikes() -> None:
    """Veto detections by :func:`column_lookalikes.lookalike_reason` (the requested wiring), in this process."""
    from safe_synthesizer.pii.column_lookalikes import lookalike_reason

    original = replace_module.detect_column

    def vetoed(series, column, **kwargs):
        found = original(series, column, **kwargs)
        if found is not None and lookalike_reason(series, column.name, found.entity) is not None:
            return None
        return found

    replace_module.detect_column = vetoed


def run(locales: list[str], seeds: list[int]) -> tuple[dict, list[str]]:
    """kind -> mode -> locale group -> [hits, columns]; and the list of false/missed columns."""
    params = ReplacePiiParameters()
    out: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(lambda: [0, 0])))
    notes: list[str] = []
    for seed in seeds:
        for locale in locales:
            df, kinds = build_table(locale, seed)
            group = "first7" if locale in FIRST7 else "others"
            for mode in ("shown", "hidden"):
                frame = df if mode == "shown" else df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1)
                plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), params, seed=0)}
                for i, column in enumerate(df.columns):
                    kind = kinds[column]
                    entity = plans.get(column if mode == "shown" else f"c{i:03d}")
                    if kind in CONTROLS:
                        hit = entity in CONTROLS[kind]
                    else:
                        hit = entity not in (None, "free_text") and entity not in ACCEPTED.get(kind, ())
                    out[kind][mode][group][0] += hit
                    out[kind][mode][group][1] += 1
                    if hit != (kind in CONTROLS):
                        notes.append(f"{seed} {locale} {mode} {kind!r} {column!r} -> {entity}")
    return out, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--seeds", default="20301,20302")
    parser.add_argument("--false", action="store_true", help="list every false column and missed control")
    parser.add_argument("--lookalikes", action="store_true", help="apply column_lookalikes after detection")
    args = parser.parse_args()
    if args.lookalikes:
        apply_lookalikes()
    result, notes = run(args.locales.split(","), [int(s) for s in args.seeds.split(",")])
    print(f"{'kind':18} {'shown 7':>9} {'hidden 7':>9} {'shown oth':>9} {'hidden oth':>10}")
    totals: dict = defaultdict(lambda: [0, 0])
    for kind, modes in result.items():
        cells = []
        for mode in ("shown", "hidden"):
            for group in ("first7", "others"):
                h, n = modes[mode][group]
                cells.append(f"{h:>3}/{n:<4}")
                key = ("control" if kind in CONTROLS else "false", mode, group)
                totals[key][0] += h
                totals[key][1] += n
        print(f"{kind:18} {cells[0]:>9} {cells[2]:>9} {cells[1]:>9} {cells[3]:>10}")
    for (what, mode, group), (h, n) in sorted(totals.items()):
        label = "control recall" if what == "control" else "false look-alike columns"
        print(f"{group:7} {mode:6} {label}: {h}/{n} = {h / max(n, 1):.3f}")
    if args.false:
        print("\n".join(notes))


if __name__ == "__main__":
    main()
