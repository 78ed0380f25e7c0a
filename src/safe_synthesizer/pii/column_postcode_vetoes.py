"""Headers that name a code of no place: a door PIN, a key safe, a card's last four, an envelope, client or account
number, a reference. Their digits have a postcode's length, yet the header says whose code they are.

Why: India's postcode is its "PIN code", so ``PIN`` cues a postcode, and a studio's ``Door PIN`` (four or five
digits beside the client's postcode) was taken for a second postcode column in 23 locales (set 26, seen, Mindbody
export). A parish's ``Envelope No``, a vet's ``Cód. cliente``, Xero's ``AccountNumber`` and Odoo's ``Referencia``
paired with the table's town column as its postcode (set 26, seen). A header that names what the code opens (a
door, a lock, a safe, a card) or which record it numbers (an envelope, a client, an account, a reference) says it
is not where anyone lives, unless it also says postcode in its own words (``Client ZIP code``).

Example::

    vetoes_postcode("Door PIN")  # True
    vetoes_postcode("PIN Code")  # False (India's postcode)
    vetoes_postcode("Customer ZIP code")  # False
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cues import fold, matched_entities, tokens

#: What a PIN or a code opens: a door, a gate, a lock, a key safe, an alarm, a card (de fr es it nl pt, Nordic).
LOCK_WORDS = frozenset(
    {
        "door", "gate", "lock", "padlock", "safe", "keysafe", "lockbox", "keybox", "key", "alarm", "keypad", "entry",
        "access", "card", "atm", "sim", "puk", "login",
        "tur", "tor", "schloss", "tresor", "schlusseltresor", "schlussel", "alarmanlage", "karte",
        "porte", "portail", "cadenas", "coffre", "cle", "carte",
        "puerta", "portal", "candado", "caja", "llave", "tarjeta",
        "porta", "cancello", "lucchetto", "cassaforte", "chiave", "carta",
        "deur", "poort", "slot", "kluis", "sleutel", "pas",
        "fechadura", "cofre", "chave", "cartao",
        "dor", "dorr", "las", "nokkel", "nyckel", "kort",
    }
)  # fmt: skip
#: Names that alone say the value is a code of a lock or the number of a record (French ``digicode``, German
#: ``Türcode``, an envelope, a reference, a card's ``last4``).
NUMBERED_RECORDS = frozenset(
    {
        "digicode", "turcode", "doorcode", "keycode", "lockcode",
        "envelope", "enveloppe", "umschlag", "sobre", "busta", "envelop", "kuvert", "koperta",
        "reference", "ref", "referencia", "referenz", "riferimento", "referentie", "referencja", "referanse",
        "last4", "lastfour",
    }
)  # fmt: skip
#: Holders of a number a business gives them: a client, a customer, an account, a member, a policy.
NUMBER_HOLDERS = frozenset(
    {
        "client", "customer", "account", "member", "cliente", "cuenta", "socio", "kunde", "kunden", "konto",
        "mitglied", "compte", "membre", "conto", "klant", "rekening", "lid", "conta", "kund",
        # An insurance policy (``Nº póliza``, ``Insurance Policy No``, ``Versicherungsnummer``).
        "policy", "poliza", "polizza", "police", "apolice", "polis", "versicherung",
    }
)  # fmt: skip
#: Words of a number or code in the languages of the lists above (``Nº``, ``Cód.``, ``Nummer``).
NUMBER_WORDS = frozenset(
    {
        "no", "nr", "num", "nbr", "number", "code", "id", "cod", "codigo", "codice", "nummer", "numero", "n",
        "nro", "kode", "kod", "nummber",
    }
)  # fmt: skip
#: Words of a measure or a standing, never a place: a chess rating (``Elo``, ``DWZ``), a score, points, a rank, a
#: golf handicap (set 34, seen: a chess club's ``Rating`` column paired with the town as its postcode).
SCORE_WORDS = frozenset(
    {
        "rating", "ratings", "elo", "dwz", "score", "scores", "points", "rank", "ranking", "handicap", "hcp",
        "wertung", "wertungszahl", "punkte", "rangliste", "classement", "cote", "puntos", "puntuacion", "clasificacion",
        "punti", "punteggio", "classifica", "pontos", "pontuacao", "classificacao", "punten", "poeng", "poang",
        "pisteet", "reyting",
    }
)  # fmt: skip
# The PIN words of the postcode cue (India's ``PIN code``): the ones a lock's PIN shares.
_PIN_WORDS = frozenset({"pin", "pincode", "code"})
# ``Last 4``, ``last four digits``: a card's last four.
_LAST_FOUR = re.compile(r"last[\W_]*(?:4|four)(?![a-z0-9])")


def _glued_number(token: str) -> bool:
    """A holder glued to its number word (``kundennummer``, ``kontonr``, ``accountno``, ``klantnummer``)."""
    return any(
        token.startswith(holder) and token[len(holder) :].lstrip("s") in NUMBER_WORDS
        for holder in NUMBER_HOLDERS
        if len(token) > len(holder)
    )


def names_a_code_of_no_place(column_name: str) -> bool:
    """The header names a code that opens something or numbers a record (``Door PIN``, ``N° enveloppe``,
    ``Cód. cliente``, ``AccountNumber``, ``Referencia``, ``Card Last4``), or a measure (``Rating``, ``Elo``)."""
    words = tokens(column_name)
    if words & LOCK_WORDS and words & (_PIN_WORDS | NUMBER_WORDS):
        return True
    if words & (NUMBERED_RECORDS | SCORE_WORDS) or _LAST_FOUR.search(fold(column_name)):
        return True
    if words & NUMBER_HOLDERS and words & NUMBER_WORDS:
        return True
    return any(_glued_number(t) for t in words)


def vetoes_postcode(column_name: str) -> bool:
    """The header names a code of no place (:func:`names_a_code_of_no_place`) and no postcode in other words than
    a PIN's or a code's (``Client ZIP code``, ``Account postcode`` stay postcodes)."""
    if not names_a_code_of_no_place(column_name):
        return False
    return E.POSTCODE not in matched_entities(tokens(column_name) - _PIN_WORDS, strict=False)
