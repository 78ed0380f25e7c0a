"""A given name alone as the person a ticket, a seat or a gift is for: ``Carer ticket for Oda.``, ``seat for
Ernst-Dieter``, ``Gift for Mary!``, ``Platz für Jörg``, ``cadeau pour Maëlle``, ``entrada para Ximena``.

Box-office remarks, event registrations, hotel and gift-shop orders name the person who holds the booked
item or receives the gift, often by the given name alone: one capitalised word, which neither the pair rules
(two words) nor the NER model (a lone word after ``for``) take. The noun of a booked or given thing and the
preposition of the language that marks its holder (``for``, ``für``, ``pour``, ``para``, ``per``, ``voor``,
``för``, ``til``, ``dla``, ``pentru``) are the cue; the word after them is a name when it is:

- capitalised and a listed given name of some locale (:func:`text_name_lists.given_names`, its part before
  a hyphen for double names: ``Ernst-Dieter``);
- no function word, month, weekday, title, place, country, family word of address (``Nana``, ``Papa``) or
  feast (``Noel``, ``Santa``): ``ticket for Tuesday``, ``gift for Christmas``, ``ticket for Paris``,
  ``gift for Papa`` stay.

Capitalised surnames right after join the span (``seat for Oda Lindqvist``); a list goes on after ``and``,
``&``, ``+`` or a comma (``tickets for Tom and Mia``).

Example::

    for_whom_name_spans("Hearing loop please. Carer ticket for Oda.")  # [(38, 41, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_kin import _cased_name
from safe_synthesizer.pii.text_name_lists import family_names, given_names

__all__ = ["for_whom_name_spans", "lone_given_name"]

# Booked or given things, singular and plural, per language.
_ITEMS = (
    # English
    r"tickets?|seats?|places?|spaces?|spots?|bookings?|reservations?|beds?|cots?|rooms?|meals?|menus?|covers?|"
    r"passe?s?|wristbands?|badges?|lanyards?|lockers?|gifts?|presents?|cards?|cakes?|flowers|bouquets?|vouchers?|"
    r"hampers?|balloons?|parcels?|packages?|highchairs?|booster|wheelchairs?|"
    # German, French, Spanish, Italian, Dutch, Portuguese
    r"karten?|eintrittskarten?|tickets|plätze|platz|sitzplatz|sitzplätze|geschenke?|zimmer|bett|gutschein|"
    r"billets?|sièges?|cadeaux?|chambres?|lits?|bons?|entradas?|boletos?|billetes?|asientos?|plazas?|regalos?|"
    r"habitación|camas?|biglietti|biglietto|posti|posto|camere|camera|letti|letto|kaartjes?|plaatse?n?|stoelen|"
    r"stoel|cadeautjes?|kamers?|bedden|bilhetes?|ingressos?|lugares?|assentos?|presentes?|prendas?|quartos?|"
    # Nordic, Polish, Czech, Romanian
    r"biljetter|biljett|platser|plats|gåvor|gåva|billetter|billett|billet|pladser|plads|plasser|plass|gaver?|"
    r"bilety|bilet|miejsca|miejsce|prezenty?|vstupenky|vstupenka|místo|dárek|bilete|locuri|loc|cadouri|cadou"
)
_FOR = r"for|für|fuer|pour|para|per|voor|för|til|dla|pro|pentru"
_CUE = re.compile(rf"(?i:(?<![\w\-])(?:{_ITEMS})[ \t]+(?:{_FOR}))[ \t]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_JOIN = re.compile(r"[ \t]*(?:,|&|\+|(?i:and|und|et|y|e|en|og|och|i|și))[ \t]*")
# Words of address for relatives that are given names somewhere ("Nana", "Papa", "Tia", "Baba") and
# feasts that are given names ("Noel", "Santa", "Valentine"): a gift for them names no one.
_NOT_FOR_WHOM = frozenset(
    """nana nan papa mama mamá papá tia tía tio tío baba dede nonna nonno oma opa mamie papi abuela abuelo avó avô
    noel noël santa valentine""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _never() -> frozenset[str]:
    """Places, countries and calendar words: ``ticket for Paris``, ``gift for Jordan`` (the country)."""
    from faker.providers.address.en_US import Provider as Address

    from safe_synthesizer.pii.common_words import place_names
    from safe_synthesizer.pii.text_name_kin import _MONTHS_DAYS

    countries = {c.lower() for c in Address.countries}
    return frozenset(place_names() | countries | _MONTHS_DAYS | _NOT_FOR_WHOM)


def _capitalised(word: str) -> bool:
    """Each part of a (double) name capitalised and no ordinary word (``Ernst-Dieter``, ``Oda``)."""
    return all(_cased_name(part) for part in word.split("-"))


def lone_given_name(word: str) -> bool:
    """A capitalised listed given name that no place, country, calendar, kin or feast word shares: a given
    name standing alone where a cue says a person is meant."""
    low = word.lower()
    return _capitalised(word) and low.split("-")[0] in given_names() and low not in _never()


def _surname(word: str) -> bool:
    low = word.lower()
    listed = low.split("-")[0] in family_names() or low in given_names()
    return _capitalised(word) and low not in _never() and listed


def for_whom_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the given names a booked or given thing is for (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    for m in _CUE.finditer(text):
        pos = m.end()
        while True:
            word = _WORD.match(text, pos)
            if not word or not lone_given_name(word.group()):
                break
            start, end, n_words = word.start(), word.end(), 1
            while n_words < 3:
                nxt = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
                if not nxt or not _surname(nxt.group()):
                    break
                end, n_words = nxt.end(), n_words + 1
            out.append((start, end, E.FIRST_NAME if n_words == 1 else E.NAME))
            join = _JOIN.match(text, end)
            if not join or join.end() == end:
                break
            pos = join.end()
    return out
