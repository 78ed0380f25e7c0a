"""Businesses named after their street: a trade word and a street (``Bakkerij Lucring``) is a firm, not an address.

Why: a shop's customer export (WooCommerce ``billing_company``) holds the names of the customers' firms, and small
firms are named after their trade and their street (Dutch ``Apotheek Bartlei``, ``Tandartspraktijk Hannesteeg``;
French ``Boulangerie boulevard Daniel Mace``; Malay ``... Kampung Rimba Pharmacy``). The street inside reads as a
street line (``-lei``, ``-steeg``, ``boulevard``), so the column was taken for a street column (set 28, seen: six
``billing_company`` columns, names shown and hidden). A firm's name is no one's home address, and a firm's own
address is no personal data of a person either.

Two rules, either enough:

- the header names a company (:data:`COMPANY_WORDS`) and cues no address part;
- at least :data:`MIN_TRADE_SHARE` of the distinct values open or close with a trade's word (:data:`TRADE_WORDS`:
  bakery, pharmacy, dental practice, garage, hair salon ... in the languages of the exports we read). A street's
  name opens with its type or its namesake and closes with its type, never with a shop's trade.

Example::

    business_reason(["Bakkerij Lucring", "Apotheek Bartlei", "Garage Daisystraat"], "c005", "street_address")
    # '100% open or close with a trade (bakery, pharmacy, garage...): firms, not addresses'
"""

from __future__ import annotations

from collections.abc import Iterable

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cues import cue_hints, fold, tokens

#: Header words of a firm (accents folded): en nl de fr es it pt, Nordic, Malay.
COMPANY_WORDS = frozenset(
    {
        "company", "companyname", "business", "firm", "employer", "organisation", "organization", "org",
        "bedrijf", "bedrijfsnaam", "firma", "firmenname", "unternehmen", "arbeitgeber", "werkgever",
        "entreprise", "societe", "employeur", "raison", "empresa", "compania", "empleador", "azienda", "societa",
        "ditta", "datore", "companhia", "foretag", "virksomhed", "yritys", "syarikat", "perniagaan", "majikan",
    }
)  # fmt: skip
#: Trades of small firms named after their street, accents folded: en, nl, de, fr, es, it, pt, Nordic, Malay and
#: Indonesian. Not ``studio``, ``unit``, ``office``, ``oficina``: they number a home's rooms and an office's
#: floors in street lines (``Studio 4, ...``, ``Oficina 305``).
TRADE_WORDS = frozenset(
    {
        "bakery", "pharmacy", "chemist", "dental", "dentist", "dentistry", "clinic", "surgery", "garage", "salon",
        "barber", "barbers", "hairdresser", "hairdressers", "florist", "butcher", "butchers", "cafe", "restaurant",
        "bistro", "pizzeria", "pub", "bookshop", "optician", "opticians", "cleaners", "laundry", "launderette",
        "hardware", "motors", "veterinary", "vets", "physiotherapy", "tailor", "tailors", "deli", "grocery",
        "bakkerij", "apotheek", "kapsalon", "kapper", "tandartspraktijk", "tandarts", "huisartsenpraktijk",
        "praktijk", "slagerij", "slager", "bloemist", "bloemenwinkel", "fietsenmaker", "drogisterij", "boekhandel",
        "fysiotherapie", "dierenarts", "opticien", "stomerij", "eetcafe", "snackbar", "autobedrijf",
        "backerei", "baeckerei", "apotheke", "praxis", "zahnarztpraxis", "arztpraxis", "friseur", "metzgerei",
        "autohaus", "werkstatt", "kanzlei", "blumenladen", "buchhandlung", "gaststatte", "optik", "reinigung",
        "boulangerie", "patisserie", "pharmacie", "cabinet", "tabac", "coiffure", "coiffeur", "boucherie",
        "epicerie", "librairie", "pressing", "fleuriste", "clinique", "quincaillerie", "cordonnerie", "brasserie",
        "panaderia", "farmacia", "clinica", "consultorio", "taller", "peluqueria", "carniceria", "ferreteria",
        "libreria", "optica", "papeleria", "floristeria", "lavanderia", "cafeteria",
        "panificio", "parrucchiere", "macelleria", "tabaccheria", "ristorante", "trattoria", "ottica",
        "padaria", "cabeleireiro", "acougue", "talho", "papelaria",
        "bageri", "apotek", "frisor", "slakteri", "tandlaege", "tandlakare", "blomster", "verkstad",
        "kedai", "klinik", "farmasi", "restoran", "bengkel", "salun", "dobi", "pergigian", "apotik", "toko",
    }
)  # fmt: skip
# Distinct values that open or close with a trade: a column of firms.
MIN_TRADE_SHARE = 0.5
_PLACE_ENTITIES = frozenset({E.STREET_ADDRESS, E.ADDRESS, E.CITY})


def names_a_company(column_name: str) -> bool:
    """The header names a firm and no address part (``billing_company``, ``Firma``; not ``company_address``)."""
    return bool(tokens(column_name) & COMPANY_WORDS) and not cue_hints(column_name) & _PLACE_ENTITIES


def _words(value: str) -> list[str]:
    return [w.strip(".,;:()'\"") for w in fold(value).split()]


def opens_or_closes_with_trade(value: str) -> bool:
    """``value`` has two words or more and opens or closes with a trade's word (``Apotheek Bartlei``, ``Kampung Rimba
    Pharmacy``, ``Cabinet dentaire 23, chemin Andre``)."""
    words = [w for w in _words(value) if w]
    return len(words) >= 2 and (words[0] in TRADE_WORDS or words[-1] in TRADE_WORDS)


def business_reason(values: Iterable[str], column_name: str, entity: str) -> str | None:
    """Why a column found as a street line, an address or a town holds firms (header or values), or ``None``.

    ``values``: the column's distinct values.
    """
    if entity not in _PLACE_ENTITIES:
        return None
    if names_a_company(column_name):
        return "the header names a firm: no one's address"
    distinct = [str(v) for v in values if str(v).strip()]
    if not distinct:
        return None
    share = sum(map(opens_or_closes_with_trade, distinct)) / len(distinct)
    if share < MIN_TRADE_SHARE:
        return None
    return f"{share:.0%} open or close with a trade (bakery, pharmacy, garage...): firms, not addresses"
