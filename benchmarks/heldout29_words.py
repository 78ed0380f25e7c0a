"""Held-out set 29: the values of look-alike columns (label ``None``: no personal data) and category words.

New kinds for the sets: SAP account groups, industry keys, payment terms and customer groups; Google Contacts' group
memberships, phone and e-mail types, relation types and events (an anniversary's date is no birth date); NPSP
campaigns, stages and gift amounts; dental payment plans and dentists (``Dr Weber`` on every row: a category of
three or four); medicines, strengths and pharmacists' initials; hotel VIP codes, membership levels, room
preferences and companies named after a family (``Berger & Söhne``); courier services, routes and drivers (first
names, a category); ferry sailings and document types.
"""

from __future__ import annotations

import random

KTOKD = ("ZPRI", "ZPRI", "ZPRI", "Z001", "ZCPD")
BRSCH = ("", "", "PRIV", "HAND", "GAST")
ZTERM = ("Z000", "Z014", "Z030", "ZB01")
KDGRP = ("01", "02", "10", "")
GOOGLE_GROUPS = ("* myContacts", "* myContacts ::: Family", "* myContacts ::: Friends", "* myContacts ::: Work",
                 "* myContacts ::: * starred", "School ::: * myContacts")  # fmt: skip
PHONE_TYPES = ("Mobile", "Home", "Work", "Main", "")
RELATIONS = ("Spouse", "Mother", "Father", "Sister", "Brother", "Child", "Partner")
EVENTS = ("Anniversary", "Other", "Wedding")
CAMPAIGNS = ("Spring Appeal 2025", "Christmas Appeal", "Legacy Mailing", "Gala Dinner 2024", "Monthly Giving",
             "Emergency Appeal", "Newsletter Q3")  # fmt: skip
STAGES = ("Closed Won", "Closed Won", "Pledged", "Posted", "Closed Lost")
PLANS = ("NHS Band 1", "Private", "Denplan Essentials", "Kasse", "Privat", "Mutuelle", "Seguro", "Standard")
DRUGS = (("Amoxicillin", "500mg caps"), ("Ramipril", "5mg tabs"), ("Metformin", "850mg tabs"),
         ("Atorvastatin", "20mg tabs"), ("Salbutamol", "100mcg inhaler"), ("Omeprazole", "20mg caps"),
         ("Levothyroxine", "50mcg tabs"), ("Sertraline", "50mg tabs"), ("Ibuprofen", "400mg tabs"),
         ("Paracetamol", "500mg tabs"), ("Amlodipine", "5mg tabs"), ("Bisoprolol", "2.5mg tabs"))  # fmt: skip
VIP = ("", "", "", "VIP1", "VIP2", "RG", "CIP")
LEVELS = ("Classic", "Silver", "Gold", "Platinum")
ROOM_PREF = ("HF", "LF", "NSMK", "KING", "TWIN", "QUIET", "NR LIFT")
COMPANY_TAIL = {"de": ("& Söhne", "GmbH", "KG"), "fr": ("& Fils", "SARL", "et Cie"), "nl": ("& Zn.", "B.V."),
                "es": ("e Hijos", "S.L."), "it": ("& Figli", "S.r.l."),
                "en": ("& Sons", "Ltd", "Brothers")}  # fmt: skip
SERVICES = ("Express 12:00", "Standard", "Next Day", "Economy", "Express 10:00", "Same Day")
DOC_TYPES = ("P", "P", "I", "P")
ROUTES = ("Rosslare - Cherbourg", "Dover - Calais", "Hirtshals - Kristiansand", "Livorno - Bastia",
          "Holyhead - Dublin", "Rostock - Trelleborg", "Barcelona - Palma")  # fmt: skip
CARRIER_PREFIX = ("JD", "DX", "1Z", "CP", "H")


def amount(rng: random.Random, lg: str, lo: int, hi: int) -> str:
    """A sum as the language writes it (``1234.50`` in English, ``1234,50`` elsewhere)."""
    value = f"{rng.randint(lo, hi)}.{rng.choice(('00', '50', '00', '99'))}"
    return value if lg in ("en", "ar", "so") else value.replace(".", ",")


def company(surname: str, lg: str, rng: random.Random) -> str:
    """A family firm carrying a surname (``Berger & Söhne``, ``Martin et Cie``): a company, no person's data."""
    return f"{surname} {rng.choice(COMPANY_TAIL.get(lg, COMPANY_TAIL['en']))}"


def pharmacist(rng: random.Random) -> str:
    """A pharmacist's initials as a dispensing log's check column holds them (``KB``, ``AM``)."""
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2))
