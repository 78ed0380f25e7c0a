"""What a column's values are about when its name says so: an event's dates, a thing's places, money or
measures, an animal's names — not a person's birth, home or name, whatever the values look like.

Why apart from :mod:`cues`: those cues say which entity a column may hold; these say whose it is not, and the
detectors ask them to keep look-alikes (``joinedOn``, ``store_address``, ``fee_gbp``, ``Nombre.del.perro``).

Example::

    names_an_event("tenant_rent_paid_on")  # True
    names_a_thing("storeAddress")  # True
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cue_vocabulary import ANIMAL_WORDS, EVENT_WORDS
from safe_synthesizer.pii.cues import MIN_GLUED, known_words, matched_entities, tokens

# Date words an event word may be glued to (``Gründungsdatum``, ``releasedatum``, ``launchDate`` split already).
_DATE_TAILS = ("datum", "date", "data", "fecha", "dato")


def names_an_event(column_name: str) -> bool:
    """The name says its dates are of an event (``joinedOn``, ``START``, ``next due``), not of a birth.

    Example::

        names_an_event("tenant_rent_paid_on")  # True
        names_an_event("birth_date")  # False
    """
    name_tokens = tokens(column_name)
    events = name_tokens & EVENT_WORDS or {t for t in name_tokens if _glued_event(t)}
    return bool(events) and E.DATE_OF_BIRTH not in matched_entities(name_tokens, strict=False)


def _glued_event(token: str) -> bool:
    """An event word glued to a date word (``grundungsdatum``, ``eintrittsdatum``, ``releasedatum``)."""
    for tail in _DATE_TAILS:
        if token.endswith(tail) and len(token) > len(tail) + 3:
            head = token[: -len(tail)]
            if head in EVENT_WORDS or (head.endswith("s") and head[:-1] in EVENT_WORDS):
                return True
    return False


#: Tokens that make a place column the place of a thing (a branch, a store, a depot), not where a person lives:
#: a category of such places is kept as it is (:mod:`column_lookalikes`).
THING_PLACE_WORDS = frozenset(
    {
        "branch", "branches", "store", "shop", "office", "depot", "warehouse", "site", "venue", "plant", "factory",
        "outlet", "agency", "station", "terminal", "hub", "facility", "stadium", "arena", "campus", "clinic",
        "hospital", "school", "bank", "hotel", "restaurant", "company", "business", "supplier", "vendor", "carrier",
        "team", "event", "organisation", "organization", "org", "firma", "entreprise", "empresa", "azienda",
        "bedrijf", "filiale", "niederlassung", "standort", "lager", "werk", "geschaft", "geschaeft", "buro", "buero",
        "agence", "magasin", "succursale", "entrepot", "usine", "sucursal", "oficina", "tienda", "almacen",
        "sede", "negozio", "magazzino", "stabilimento", "ufficio", "vestiging", "filiaal", "winkel", "magazijn",
        "kantoor", "fabriek", "loja", "armazem", "escritorio", "filial", "oddzial", "sklep", "magazyn",
        # A grave's place is no one's home: cemeteries and crematoria.
        "cemetery", "graveyard", "churchyard", "crematorium", "begraafplaats", "kerkhof", "friedhof", "cimetiere",
        "cementerio", "cimitero", "cemiterio", "cmentarz", "kirkegard", "kyrkogard", "hautausmaa", "krematorium",
    }
)  # fmt: skip
# Place words a thing word may be glued to (``Filialadresse``, ``vestigingsplaats``).
_PLACE_TAILS = frozenset(
    {"adresse", "address", "addr", "adres", "stadt", "ort", "plaats", "indirizzo", "direccion", "city", "town",
     "ville", "citta", "ciudad", "endereco", "adress", "strasse", "straat", "plz", "postcode"}
)  # fmt: skip


def names_a_thing(column_name: str) -> bool:
    """The name says its places are of a thing (``store_address``, ``Filialadresse``, ``region office``).

    Why: ``home town`` is where a person lives, ``branch town`` where a shop is; the second may be kept as a
    category (:mod:`column_lookalikes`). Only the words of :data:`THING_PLACE_WORDS` count, alone or glued to a
    place word (``officer`` is no ``office``).

    Example::

        names_a_thing("storeAddress")  # True
        names_a_thing("home_address")  # False
    """
    name_tokens = tokens(column_name)
    if name_tokens & THING_PLACE_WORDS or any(_truncates_thing_word(t) for t in name_tokens):
        return True
    for token in name_tokens:
        for word in THING_PLACE_WORDS:
            if len(word) >= MIN_GLUED and token.startswith(word) and len(token) > len(word):
                rest = token[len(word) :]
                if rest in _PLACE_TAILS or (rest[:1] == "s" and rest[1:] in _PLACE_TAILS):
                    return True
    return False


def _truncates_thing_word(token: str) -> bool:
    """``fil`` (``ORT02_FIL``: the branch's town): the first letters of a long thing word, not a word itself."""
    if len(token) < 3 or not token.isalpha() or token in known_words() or token in _PLACE_TAILS:
        return False
    return any(len(word) >= 6 and word.startswith(token) and word != token for word in THING_PLACE_WORDS)


#: Tokens that make a column's numbers quantities (money, measures), never postcodes, phones or ids
#: (``Ingresos mensuales (EUR)``: four-digit incomes beside a town column are no postcodes).
QUANTITY_WORDS = frozenset(
    {
        "eur", "euro", "euros", "usd", "gbp", "chf", "jpy", "cad", "aud", "sek", "nok", "dkk", "pln", "czk", "huf",
        "ars", "mxn", "brl", "inr", "cny", "rub", "zar", "amount", "income", "salary", "wage", "wages",
        "price", "cost", "fee", "fees", "total", "balance", "revenue", "debt", "betrag", "einkommen",
        "gehalt", "preis", "kosten", "gebuhr", "summe", "montant", "revenu", "revenus", "salaire", "prix", "cout",
        "solde", "importe", "ingresos", "ingreso", "salario", "precio", "coste", "costo", "saldo", "deuda",
        "importo", "reddito", "stipendio", "prezzo", "bedrag", "inkomen", "salaris", "prijs", "schuld",
        "kwota", "dochod", "cena", "kg", "cm", "mm", "km", "ml", "mg", "kwh", "litres", "liters", "pct", "percent",
        "qty", "quantity", "units", "pcs", "pieces", "stock", "anzahl", "menge", "stuck", "quantite", "cantidad",
        "unidades", "quantita", "aantal", "stuks", "ilosc",
    }
)  # fmt: skip
_QUANTITY_SYMBOLS = re.compile(r"[€$£¥₹₽%]")


def names_a_quantity(column_name: str) -> bool:
    """The name says its numbers are money or a measure (``Ingresos mensuales (EUR)``, ``fee_gbp``, ``Preis €``).

    Example::

        names_a_quantity("Ingresos mensuales (EUR)")  # True
        names_a_quantity("PLZ")  # False
    """
    return bool(tokens(column_name) & QUANTITY_WORDS) or bool(_QUANTITY_SYMBOLS.search(str(column_name)))


def names_an_animal(column_name: str) -> bool:
    """The column's name says its values belong to an animal (``Nombre.del.perro``, ``pet_name``, ``Hund``)."""
    return bool(tokens(column_name) & ANIMAL_WORDS)


#: Records a business numbers (a job, an order, a ticket): their number is the record's, never a person's phone.
RECORD_WORDS = frozenset(
    {
        "job", "order", "invoice", "ticket", "booking", "hire", "repair", "respondent", "case",
        "claim", "quote", "quotation", "shipment", "delivery", "parcel", "tracking", "transaction", "receipt",
        "serial", "batch", "lot", "sku", "item", "part", "device", "imei", "auftrag", "bestellung", "rechnung",
        "vorgang", "commande", "facture", "dossier", "pedido", "factura", "ordine", "fattura", "bestelling", "factuur",
    }
)  # fmt: skip
# Words of a number, and records whose name alone says it is a number (``IMEI``, ``SKU``, ``serial``).
_RECORD_NUMBER_WORDS = frozenset({"number", "no", "nr", "num", "nbr", "nummer", "numero", "id", "ref", "code"})
_SELF_NUMBERED_RECORDS = frozenset({"imei", "sku", "serial"})


def names_a_record_number(column_name: str) -> bool:
    """The name says its values number a business's records (``Jobs[Job Number]``, ``order_no``, ``IMEI``).

    Example::

        names_a_record_number("Jobs[Job Number]")  # True
        names_a_record_number("Mobile number")  # False
    """
    name_tokens = tokens(column_name)
    return bool(name_tokens & RECORD_WORDS) and bool(name_tokens & (_RECORD_NUMBER_WORDS | _SELF_NUMBERED_RECORDS))
