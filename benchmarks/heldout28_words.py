"""Held-out set 28: the values of look-alike columns (label ``None``: no personal data) and category words.

New kinds for the sets: businesses named after their street (``Baker Street Dental``, ``Hauptstraße Apotheke``,
``Boulangerie de la rue Haute``) in a billing-company column, staff first names as a category (a supervisor, a
service advisor, a physiotherapist: the same three to five on every row), cars (make and model), web-shop
products, wedding tags, meals and RSVPs, theatre memberships, hotel rates, Koha's patron categories and branch
codes, job titles and departments, Calendly event types and time zones.
"""

from __future__ import annotations

import random
import re

# A business word that follows (or precedes) a street's name in the language.
_BUSINESS = {
    "en": ("{s} Dental", "{s} Pharmacy", "{s} Motors", "{s} Bakery", "{s} Vets", "{s} Dry Cleaners"),
    "de": ("{s} Apotheke", "Bäckerei {s}", "Autohaus {s}", "Zahnarztpraxis {s}", "{s} Getränkemarkt"),
    "fr": ("Pharmacie de la {s}", "Boulangerie {s}", "Garage {s}", "Cabinet dentaire {s}", "Tabac {s}"),
    "es": ("Farmacia {s}", "Panadería {s}", "Talleres {s}", "Clínica Dental {s}", "Ferretería {s}"),
    "it": ("Farmacia {s}", "Panificio {s}", "Autofficina {s}", "Studio Dentistico {s}", "Bar {s}"),
    "nl": ("Apotheek {s}", "Bakkerij {s}", "Garage {s}", "Tandartspraktijk {s}", "Kapsalon {s}"),
    "pt": ("Farmácia {s}", "Padaria {s}", "Oficina {s}", "Clínica Dentária {s}", "Café {s}"),
}  # fmt: skip
_NUMBER = re.compile(r"[\s,]*(?:No\.?\s*)?\d+[a-zA-Z]?(?:[-/]\d+)?[\s,]*")


def street_business(street: str, lg: str, rng: random.Random) -> str:
    """A business named after a street (``Baker Street Dental``): the street line without its numbers and units."""
    name = _NUMBER.sub(" ", street.split(",")[0]).strip() or street
    return rng.choice(_BUSINESS.get(lg, _BUSINESS["en"])).format(s=name)


_STAFF = {
    "en": "Karen Steve Priya Tom Alison Gareth", "de": "Sabine Jörg Melanie Uwe Katrin Dirk",
    "fr": "Sandrine Thierry Nathalie Stéphane Céline Olivier", "es": "Marisa Javi Nuria Raúl Pilar Iñaki",
    "it": "Francesca Davide Chiara Massimo Elisa Paolo", "nl": "Ingrid Henk Marieke Ruud Anouk Bas",
    "pt": "Sónia Rui Catarina Nuno Filipa Hugo",
}  # fmt: skip


def staff(rng: random.Random, lg: str, k: int = 4) -> list[str]:
    """``k`` staff first names (a supervisor, an advisor, a therapist): the same few on every row."""
    return rng.sample(_STAFF.get(lg, _STAFF["en"]).split(), k)


CARS = ("VW Golf", "VW Polo", "Skoda Octavia", "Toyota Yaris", "Renault Clio", "Peugeot 208", "Ford Focus",
        "BMW 320d", "Opel Corsa", "Seat Ibiza", "Fiat Panda", "Kia Ceed", "Dacia Sandero", "Hyundai i30",
        "Mercedes A 180", "Audi A4 Avant")  # fmt: skip
PRODUCTS = ("Darjeeling First Flush 100 g", "Assam Breakfast 250 g", "Sencha Uji 50 g", "Rooibos Vanilla 100 g",
            "Earl Grey Blue Flower 100 g", "Gunpowder Green 250 g", "Chai Masala 100 g", "Teapot Cast Iron 0.8 l",
            "Matcha Ceremonial 30 g", "Gift box Mix 6x25 g")  # fmt: skip
SKU_PREFIX = ("TEA", "ACC", "GFT")
PAYMENTS = ("PayPal", "Credit card (Stripe)", "Direct bank transfer", "Klarna", "Cash on delivery")
ORDER_STATUS = ("completed", "processing", "on-hold", "refunded", "completed", "completed")
KOHA_CATEGORIES = ("ADULT", "ADULT", "ADULT", "SENIOR", "CHILD", "STUDENT", "HOUSEBOUND")
KOHA_BRANCHES = ("MAIN", "NORTH", "EAST", "MOBILE")
RELATIONSHIPS = ("father", "mother", "grandparent", "guardian")
POSITIONS = ("Accountant", "Sales Manager", "Warehouse Operative", "Software Developer", "Office Manager",
             "Customer Service", "HR Generalist", "Marketing Specialist", "Team Lead Logistics", "Intern")  # fmt: skip
DEPARTMENTS = ("Finance", "Sales", "Logistics", "Engineering", "Operations", "People", "Marketing")
ZOLA_TAGS = ("Bride's family", "Groom's family", "College friends", "Work", "Neighbours", "Bride's friends",
             "Plus one")  # fmt: skip
MEALS = ("Beef", "Fish", "Vegetarian", "Vegan", "Kids menu", "")
RSVPS = ("Attending", "Attending", "Declined", "No response")
MEMBERSHIPS = ("Friend", "Best Friend", "Patron", "Under 26", "", "")
ROOM_RATES = ("89.00", "95.00", "110.00", "129.00", "75.00")
EVENT_TYPES = ("Initial Assessment (45 min)", "Follow-up Treatment (30 min)", "Sports Massage (60 min)",
               "Video Consultation (20 min)")  # fmt: skip
UTM = ("google", "instagram", "", "", "newsletter", "")
SUFFIXES = ("Jr.", "Sr.", "III", "")


def amount(rng: random.Random, lg: str, lo: int, hi: int) -> str:
    """A sum as the language writes it (``1234.50`` in English, ``1234,50`` elsewhere)."""
    text = f"{rng.uniform(lo, hi):.2f}"
    return text if lg == "en" else text.replace(".", ",")


def cost_centre(rng: random.Random, width: int) -> str:
    """A cost centre number with the postcode's digit count (it sits near the address)."""
    return str(rng.randrange(10 ** (width - 1), 10**width)) if width else str(rng.randrange(1000, 9999))
