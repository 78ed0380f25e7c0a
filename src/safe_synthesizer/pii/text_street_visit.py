"""Street lines placed by a visit or a delivery, and Cyrillic lines after an address cue.

Many streets carry no street word (Croatian ``Golubovac 3c/6``, Serbian ``Podgaj 5b``, Macedonian ``Букурешка
25``) or one no street list holds (Zulu ``Umgwaqo``, ``Isitaladi``); prose has the same shape ("Windows 10",
"Tim 5"). What surrounds them says they are an address:

- **at home (...)**: a visit note puts the address in brackets after ``at home`` (``Please visit Mrs Tolj at
  home (Golubovac 3c/6)``, ``à domicile (...)``, ``zu Hause (...)``); the bracket must hold a name and a house
  number in either order (``59 Napier Isitaladi``) or a post-office box (``BP 5345``, ``PO Box 12``), so
  ``at home (2 kids)`` stays;
- **delivered to**: a delivery's destination (``Bike delivered to Podgaj 5b on ...``, ``deliver to Nova Ves
  3a/7``) with a house number that has a letter or a slash part: ``delivered to Room 5`` stays;
- **Cyrillic after an address cue**: :mod:`text_street_cues` reads Latin names; its cues (``Change of address
  from 20.07.2025:``) and the Cyrillic labels (``Нова адреса:``, ``живее на``) before a capitalised Cyrillic word,
  up to three more words and a house number (``Трета македонска бригада 54``, ``Луј Пастер 4``).

Example::

    visit_street_spans("Please visit Mrs Tolj at home (Golubovac 3c/6) - recovering")  # [(31, 45, ...)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_cyrillic import CYRILLIC, has_cyrillic
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["visit_street_spans"]

_CAP = rf"[{LATIN_UPPER}][{LATIN_LOWER}'’\-]+"
_LOWER = rf"[{LATIN_LOWER}]{{2,12}}"
# A street's name: capitalised words, lower-case words after the first ("Zeleni dol", "Pot na Golovec").
_NAME = rf"{_CAP}(?:[ \t]+(?:{_CAP}|{_LOWER})){{0,3}}"
_HOUSE = r"\d{1,5}[A-Za-z]?(?:[ \t]?/[ \t]?\d{1,4}[A-Za-z]?)?"
_LETTERED = r"\d{1,5}(?:[A-Za-z](?:/\d{1,4}[A-Za-z]?)?|/\d{1,4}[A-Za-z]?)"
_BOX = r"(?:BP|B\.P\.|PO[ \t]+Box|P\.O\.[ \t]+Box|CP|C\.P\.|Apartado|Postfach)[ \t]*\d{1,6}"
_AT_HOME = (
    r"(?i:at[ \t]+(?:her|his|their)?[ \t]*home|à[ \t]+domicile|zu[ \t]+hause|en[ \t]+casa|a[ \t]+casa|thuis"
    r"|em[ \t]+casa|hemma|hjemme)"
)
_BRACKETED = re.compile(
    rf"{_AT_HOME}[ \t]*\([ \t]*(?P<street>{_NAME}[ \t]+{_HOUSE}|\d{{1,5}}[A-Za-z]?[ \t]+{_NAME}|{_BOX})[ \t]*\)"
)
_DELIVERED = re.compile(
    rf"(?i:delivered|deliver|delivery|shipped|ship|dropped[ \t]+off)[ \t]+(?i:to)[ \t]+"
    rf"(?P<street>{_NAME}[ \t]+{_LETTERED})(?![\w/\-])"
)
_L = CYRILLIC
_CYR_CAP = rf"[А-ЯЁІЇЄҐЎЂЈЉЊЋЏЅЌЃ][{_L}'’\-]+"
_CYR_NAME = rf"{_CYR_CAP}(?:[ \t]+[{_L}][{_L}'’\-]+){{0,3}}"
_CYR_HOUSE = rf"\d{{1,4}}[{_L}A-Za-z]?(?:[ \t]?/[ \t]?\d{{1,4}}[{_L}A-Za-z]?)?(?![\d{_L}\w])"


# Address labels of the Cyrillic-script languages, with their colon ("Нова адреса:", "Адрес:", "Адреса на
# живеење:"), and where someone lives ("живее на", "живи у", "проживает по").
_CYR_LABEL = (
    r"(?<![\w\-])(?:(?i:(?:нова|нов|нови|новая|новый|нове)[ \t]+)?(?i:адреса|адрес|адресата)"
    r"(?:[ \t]+(?i:на[ \t]+живеење|за[ \t]+кореспонденција))?[ \t]*:"
    r"|(?i:живее[ \t]+на|живее[ \t]+во|живи[ \t]+у|живи[ \t]+на|живеят[ \t]+на|проживает[ \t]+по))[ \t]+"
)


@lru_cache(maxsize=1)
def _cyrillic_cued() -> re.Pattern[str]:
    from safe_synthesizer.pii.text_street_cues import address_cue

    return re.compile(rf"(?:{address_cue()}|{_CYR_LABEL})(?P<street>{_CYR_NAME},?[ \t]+{_CYR_HOUSE})")


def visit_street_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of the lines of the module docstring."""
    if not any(ch.isdigit() for ch in text):
        return []
    out = []
    patterns = [_BRACKETED, _DELIVERED]
    if has_cyrillic(text):
        patterns.append(_cyrillic_cued())
    for pattern in patterns:
        out += [(m.start("street"), m.end("street"), E.STREET_ADDRESS) for m in pattern.finditer(text)]
    return out
