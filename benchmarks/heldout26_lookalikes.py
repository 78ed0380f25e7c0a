"""Held-out set 26: the values of look-alike columns (label ``None``: no personal data).

New kinds for the sets: employers of bike-leasing customers named after their founders (``Kärcher``, ``Liebherr``,
``Würth``, ``Trumpf``, ``Voith``, ``Ferrero``, ``Barilla``, ``Heineken``, ``Michelin``, ``Inditex``), repair-café
items whose brand is a surname (``Philips``, ``Braun``, ``Miele``, ``Kenwood``, ``Dyson``, ``Bosch``), pets of a
vet's clients, holiday cottages named after places (``Seaview Cottage``, ``Mill Lane Barn``), Qualtrics response
ids and coordinates, Skype names, Mindbody barcodes and door PINs, giving-envelope numbers, school registration
groups, church ministries and sites, species and breeds, survey scores, item weights, amounts.
"""

from __future__ import annotations

import random

EMPLOYERS = ("Kärcher", "Liebherr", "Würth", "Trumpf", "Voith", "Ferrero", "Barilla", "Heineken", "Michelin",
             "Inditex", "Stihl", "Fielmann", "Rossmann", "Lindt & Sprüngli", "Bic", "Decathlon")  # fmt: skip
ITEMS = {
    "en": ("Philips kettle", "Braun shaver", "Miele hoover", "Kenwood mixer", "Dyson V8", "Bosch drill",
           "Morphy Richards toaster", "Roberts radio", "Singer sewing machine", "Russell Hobbs iron"),
    "de": ("Philips Wasserkocher", "Braun Rasierer", "Miele Staubsauger", "Bosch Bohrmaschine",
           "Krups Kaffeemaschine", "Grundig Radio", "Pfaff Nähmaschine", "Rowenta Bügeleisen"),
    "fr": ("bouilloire Philips", "rasoir Braun", "aspirateur Miele", "cafetière Krups", "fer Rowenta",
           "machine à coudre Singer", "mixeur Moulinex", "radio Grundig"),
    "es": ("hervidor Philips", "afeitadora Braun", "aspiradora Miele", "cafetera Krups", "plancha Rowenta",
           "máquina de coser Singer", "batidora Taurus", "radio Grundig"),
    "it": ("bollitore Philips", "rasoio Braun", "aspirapolvere Miele", "macchina da cucire Singer",
           "ferro Rowenta", "moka Bialetti", "frullatore Moulinex"),
    "nl": ("waterkoker Philips", "scheerapparaat Braun", "stofzuiger Miele", "naaimachine Singer",
           "strijkijzer Rowenta", "koffiezetapparaat Douwe Egberts", "radio Grundig"),
    "pt": ("chaleira Philips", "máquina de barbear Braun", "aspirador Miele", "máquina de costura Singer",
           "ferro Rowenta", "torradeira Flama"),
}  # fmt: skip
FAULTS = {"en": ("won't switch on", "loose cable", "noisy motor", "broken switch", "leaks"),
          "de": ("geht nicht an", "Kabel lose", "Motor laut", "Schalter defekt", "undicht"),
          "fr": ("ne s'allume pas", "câble abîmé", "moteur bruyant", "interrupteur cassé", "fuit"),
          "es": ("no enciende", "cable suelto", "motor ruidoso", "interruptor roto", "pierde agua"),
          "it": ("non si accende", "cavo allentato", "motore rumoroso", "interruttore rotto", "perde"),
          "nl": ("gaat niet aan", "kabel los", "motor maakt lawaai", "schakelaar kapot", "lekt"),
          "pt": ("não liga", "cabo solto", "motor ruidoso", "interruptor partido", "verte")}  # fmt: skip
OUTCOMES = {"en": ("Fixed", "Advice given", "Not fixable", "Needs part"),
            "de": ("Repariert", "Beratung", "Nicht reparierbar", "Ersatzteil nötig"),
            "fr": ("Réparé", "Conseil", "Irréparable", "Pièce à commander"),
            "es": ("Reparado", "Consejo", "Sin arreglo", "Falta pieza"),
            "it": ("Riparato", "Consiglio", "Non riparabile", "Serve ricambio"),
            "nl": ("Gerepareerd", "Advies", "Niet te maken", "Onderdeel nodig"),
            "pt": ("Reparado", "Conselho", "Sem reparação", "Falta peça")}  # fmt: skip
# Volunteers' and therapists' first names: staff shown as a category, the same few on every row.
STAFF = ("Gerrit", "Ines", "Tomasz", "Aoife", "Rahul", "Birgit", "Ciaran", "Leonie", "Marco", "Sanne")
PETS = ("Luna", "Milo", "Nala", "Simba", "Coco", "Rocky", "Lola", "Teddy", "Daisy", "Max", "Mia", "Charlie")
SPECIES = {"en": ("Canine", "Feline", "Rabbit", "Equine"), "de": ("Hund", "Katze", "Kaninchen", "Pferd"),
           "fr": ("Chien", "Chat", "Lapin", "Cheval"), "es": ("Perro", "Gato", "Conejo", "Caballo"),
           "it": ("Cane", "Gatto", "Coniglio", "Cavallo"), "nl": ("Hond", "Kat", "Konijn", "Paard"),
           "pt": ("Cão", "Gato", "Coelho", "Cavalo")}  # fmt: skip
BREEDS = ("Labrador", "Border Collie", "Dackel", "Maine Coon", "Jack Russell", "Bichon Frisé", "Europäisch Kurzhaar",
          "Cocker Spaniel", "Golden Retriever", "Lop", "Haflinger", "Siamese")  # fmt: skip
COTTAGES = ("Seaview Cottage", "Mill Lane Barn", "The Old Forge", "Harbour Loft", "Church View", "Orchard House",
            "Bridge End", "Kiln Cottage", "Station House", "Rose Garden Studio")  # fmt: skip
MINISTRIES = {"en": ("Choir", "Flowers", "Welcome team", "Readers", "Sunday school", "Coffee rota"),
              "de": ("Kirchenchor", "Blumendienst", "Lektor", "Besuchsdienst", "Kindergottesdienst"),
              "fr": ("Chorale", "Fleurs", "Accueil", "Lecteurs", "Catéchisme"),
              "es": ("Coro", "Flores", "Acogida", "Lectores", "Catequesis"),
              "it": ("Coro", "Fiori", "Accoglienza", "Lettori", "Catechismo"),
              "nl": ("Koor", "Bloemen", "Welkom", "Lectoren", "Kindernevendienst"),
              "pt": ("Coro", "Flores", "Acolhimento", "Leitores", "Catequese")}  # fmt: skip
RELATIONS = {"en": ("Mother", "Father", "Grandmother", "Step-father", "Aunt", "Carer"),
             "de": ("Mutter", "Vater", "Großmutter", "Stiefvater", "Tante"),
             "fr": ("Mère", "Père", "Grand-mère", "Beau-père", "Tante"),
             "es": ("Madre", "Padre", "Abuela", "Padrastro", "Tía"),
             "it": ("Madre", "Padre", "Nonna", "Patrigno", "Zia"),
             "nl": ("Moeder", "Vader", "Oma", "Stiefvader", "Tante"),
             "pt": ("Mãe", "Pai", "Avó", "Padrasto", "Tia")}  # fmt: skip
EMERGENCY_RELATIONS = ("Partner", "Spouse", "Mother", "Friend", "Sister", "Brother", "Husband", "Wife")
REFERRAL_SOURCES = ("Instagram", "Google", "Walk-in", "ClassPass", "Flyer", "Facebook")
INDEXES = ("Beginner", "Prenatal", "Injury", "Teacher training", "10-class pack", "Unlimited")
TAGS = {"en": ("Lease", "Purchase", "Service plan"), "de": ("Leasing", "Kauf", "Wartungsvertrag"),
        "fr": ("Location longue durée", "Achat", "Contrat d'entretien"), "es": ("Renting", "Compra", "Mantenimiento"),
        "it": ("Noleggio", "Acquisto", "Manutenzione"), "nl": ("Lease", "Aankoop", "Onderhoudscontract"),
        "pt": ("Aluguer", "Compra", "Manutenção")}  # fmt: skip


def choose(rng: random.Random, options, lg: str = "en"):
    """One option of a per-language table (English where the language has none), or of a plain sequence."""
    if isinstance(options, dict):
        options = options.get(lg) or options["en"]
    return rng.choice(options)


def relation(rng: random.Random, female: bool, lg: str) -> str:
    """A contact's relation to a pupil: mother or father by the contact's sex, now and then another carer."""
    options = RELATIONS.get(lg) or RELATIONS["en"]
    if rng.random() < 0.85:
        return options[0 if female else 1]
    return rng.choice(options[2:])


def amount(rng: random.Random, lg: str, lo: int, hi: int) -> str:
    """An account balance as the language writes it (``-45.50`` in English, ``-45,50`` elsewhere)."""
    value = rng.randint(lo * 100, hi * 100) / 100
    text = f"{value:.2f}"
    return text if lg == "en" else text.replace(".", ",")


def response_id(rng: random.Random) -> str:
    """A Qualtrics response id (``R_`` and 15 base-62 characters)."""
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "R_" + "".join(rng.choice(alphabet) for _ in range(15))


def skype(rng: random.Random) -> str:
    """A Skype name as Microsoft now issues them (``live:.cid.`` and 16 hex digits)."""
    return "live:.cid." + "".join(rng.choice("0123456789abcdef") for _ in range(16))


def odoo_xmlid(rng: random.Random, n: int) -> str:
    """An Odoo export's external id (``__export__.res_partner_1234_5f2a9c1b``)."""
    return f"__export__.res_partner_{n}_{''.join(rng.choice('0123456789abcdef') for _ in range(8))}"


def coordinate(rng: random.Random, centre: tuple[float, float]) -> tuple[str, str]:
    """A survey respondent's approximate location (Qualtrics rounds it to the city)."""
    return f"{centre[0] + rng.uniform(-0.3, 0.3):.4f}", f"{centre[1] + rng.uniform(-0.3, 0.3):.4f}"
