"""The value after an address label is an address, whatever its shape: ``Address checked: Mission Road.``,
``Address on library card Hibiscus Drive``, ``Forwarding address near the maneaba, Bairiki.``, ``ADDR MALAKAL
ROAD, NEAR THE STORE   SIGNED``, ``Habite lotissement Moucayou.``, ``Bor på Eqalugalinnguit 47.``, ``Woont
Ringweg Zuid 25.``.

Why: the street layouts of :mod:`text_streets` know a street by its type word, its house number or its postcode;
rural, island and informal addresses have none of them (a street with no number, a village, a landmark: ``by the
causeway``, ``behind the Catholic church``). What tells them is the label before them: a note that writes
``Address checked:`` or ``Forwarding address`` or ``Habite`` names an address right after it. The rule reads from
the label to the end of the phrase (a full stop, ``;``, a line break, two spaces as in a form line, a bracket, the
next form label) and keeps the value only when it looks like a place:

- it starts with a capitalised word or a house number (``Mission Road``, ``Stand 9718, Mbare``), with a street or
  settlement word in lower case (``lotissement Moucayou``, ``quartier Lorient``, ``route de ...``), or with a
  landmark phrase (``near the maneaba``, ``by the causeway``, ``next to ...``, ``lagoon side``);
- it holds no word that answers the label instead of naming a place (``Same as before``, ``Unknown``, ``N/A``,
  ``Not given``, ``See file``, ``Yes``), and at most eight words.

A bare ``Address`` needs a colon (``Address Book`` is no label); ``Address`` with a qualifier (``checked``, ``on
library card``, ``on file``, ``confirmed``) and ``Forwarding address``/``New address`` need none. Towns a value
names (``Forwarding address Frith, Brades``) are kept inside the span: they are the address's own.

Example::

    label_value_street_spans("Address checked: Mission Road.")  # [(17, 29, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["label_value_street_spans"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЂ-ЏҐЄІЇ"
_LOW = "a-zß-öø-ÿā-ž"
# Address labels after which a place is named. Qualified English labels and the verbs need no colon.
_QUALIFIER = (
    r"checked|confirmed|verified|given|on[ \t]+file|on[ \t]+record|on[ \t]+(?:(?:the|her|his|their|library|ID|bank"
    r"|member(?:ship)?|loyalty|insurance|delivery)[ \t]+)?(?:card|form|slip|licen[cs]e|label)"
)
_LABEL = re.compile(
    rf"(?<![\w\-])(?:"
    rf"(?:[Ff]orwarding|[Nn]ew|[Hh]ome|[Pp]ostal|[Cc]urrent|[Dd]elivery)[ \t]+address(?:[ \t]+(?:{_QUALIFIER}))?"
    rf"|(?:Address|ADDRESS)[ \t]+(?:{_QUALIFIER})"
    rf"|(?:Address|ADDRESS|Addr\.?|Adresse|Anschrift|Adres|Adress|Dirección|Domicilio|Endereço|Morada|Indirizzo)"
    rf"(?=[ \t]*:)"
    rf"|ADDR\.?"
    rf"|Habite(?:[ \t]+(?:au|à[ \t]+la|à|aux))?|Domicilié(?:e)?[ \t]+(?:au|à)"
    rf"|Bor(?:[ \t]+nu)?[ \t]+på|Woont(?:[ \t]+nu)?(?:[ \t]+(?:aan[ \t]+de|op[ \t]+de|aan|op))?"
    rf")[ \t]*:?[ \t]*(?=\S)"
)
# The phrase ends: "!", "?", ";", a line break, a bracket, two spaces (a form line: "ADDR ...   SIGNED"), the next
# form label ("Night:", "TEL"), or a full stop after a word longer than an abbreviation ("Imm.", "St." and "No."
# go on when a word follows).
_STOP = re.compile(r"[;!?()\[\]<>|\n]|[ \t]{2,}|,?[ \t]+(?:[A-Z][a-z]+|[A-Z]+)[ \t]*:|[ \t]+(?:SIGNED|TEL|Tel)\b")
_DOT = re.compile(r"\.(?=\s|$)")
_ABBREVIATION = re.compile(r"(?:^|[ \t])[^\W\d_]{1,3}$")


def _phrase_end(text: str, start: int) -> int:
    """Where the phrase that starts at ``start`` ends (at most 90 characters on)."""
    limit = min(len(text), start + 90)
    stop = _STOP.search(text, start, limit)
    end = stop.start() if stop else limit
    for dot in _DOT.finditer(text, start, end):
        before = text[start : dot.start()]
        after = text[dot.end() : dot.end() + 2].strip()
        if _ABBREVIATION.search(before) and after[:1].isalnum():
            continue
        return dot.start()
    return end


# Lower-case words that may open an address: street and settlement words, and a landmark's preposition.
_OPEN_LOW = (
    r"(?:lotissement|quartier|lieu-dit|cité|résidence|hameau|secteur|route|rue|avenue|boulevard|chemin|impasse"
    r"|allée|place|quai|calle|avenida|rua|travessa|via|viale|piazza|carrer|section|stand|plot|erf|lot|village"
    r"|вулиця|вул\.|улица|ул\.|проспект|пр\.|провулок|переулок|пер\.|шосе|шоссе|бульвар|площа|площадь|парк"
    r"|мкр\.|микрорайон)"
)
_LANDMARK = (
    r"(?i:near|by|behind|beside|opposite|next[ \t]+to|across[ \t]+from|in[ \t]+front[ \t]+of|close[ \t]+to)[ \t]+"
    r"(?:the|a|an)[ \t]+\S"
)
_OPENS = re.compile(
    rf"(?:\d|[{_UP}]|{_OPEN_LOW}[ \t]+(?:(?:de|du|des|la|le|les|d['’])[ \t]*)?[{_UP}\d]|{_LANDMARK}"
    rf"|[{_LOW}]+[ \t]+side\b)"
)
# Words that answer the label instead of naming a place.
_ANSWERS = frozenset(
    """same see unknown none nil n/a na not no yes ok okay pending tbc tba tbd confirmed verified correct wrong
    updated changed missing withheld refused given above below as per on in at the this that it is was""".split()  # noqa: SIM905
)
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday today tomorrow yesterday""".split()  # noqa: SIM905
)


def _place_like(value: str) -> bool:
    words = value.split()
    if not words or len(words) > 8 or len(value) > 80:
        return False
    first = words[0].strip(",:").lower()
    if first in _ANSWERS or first in _MONTHS_DAYS:
        return False
    # A script without capitals (Devanagari, Arabic, Bengali...) opens with any letter.
    if not _OPENS.match(value) and not (value[0].isalpha() and not value[0].islower() and not value[0].isascii()):
        return False
    # A value of lower-case prose after the opening ("Mission Road and then left") is no address line: at most
    # two lower-case words that are no particle or landmark word.
    loose = [
        w
        for w in words[1:]
        if w[:1].islower()
        and w.strip(",").lower()
        not in {"de", "du", "des", "la", "le", "les", "of", "the", "a'", "an", "na", "da", "do", "dos", "das", "di",
                "del", "near", "by", "behind", "next", "to", "opposite", "beside", "side", "route", "étage", "rdc",
                "bâtiment", "bât.", "casa", "case", "villa", "no", "nr.", "no.", "n°", "et", "y", "e"}
    ]  # fmt: skip
    return len(loose) <= 2


# A cheap gate before the label pattern: one of these in the lower-cased note.
_LABEL_WORDS = ("addr", "adres", "anschrift", "dirección", "domicil", "endereço", "morada", "indirizzo", "habite",
                "bor ", "woont")  # fmt: skip


def label_value_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Addresses named right after an address label, up to the phrase's end (see the module docstring)."""
    low = text.lower()
    if not any(word in low for word in _LABEL_WORDS):
        return []
    out: list[tuple[int, int, str]] = []
    for label in _LABEL.finditer(text):
        start = label.end()
        value = text[start : _phrase_end(text, start)].rstrip(" \t,:-")
        if _place_like(value):
            out.append((start, start + len(value), E.STREET_ADDRESS))
    return out
