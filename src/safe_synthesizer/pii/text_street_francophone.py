"""French-language address lines of the Maghreb, Lebanon, Central and West Africa and Mauritius, where a
residence, an estate, an alley or a neighbourhood stands with or instead of the house number.

Why: the street rules (:mod:`text_streets`) want a street word with a house number (``12, rue de la Paix``).
Moroccan, Lebanese, Cameroonian, Ivorian and Mauritian addresses name the home another way, so only a piece
of them was found and the rest stayed in the note:

- a residence, estate or alley word and its name, then the building and the flat (Morocco: ``Résidence Les
  Jardins d'Anfa, Imm. 1, Appt 24``, ``Lotissement Al Qods, Lot 45``, ``23, Derb Sidi Bouloukat``; Mauritius:
  ``Morcellement Ramdenee``, ``Cité La Cure``); ``Derb``/``Zankat`` (alley, street in Moroccan Arabic),
  ``Lotissement``/``Morcellement`` (housing estate) and ``Hay`` (neighbourhood) name nothing but a place where
  people live, so they need nothing more; ``Résidence``, ``Cité`` and ``Quartier`` also name other things
  (``Cité des Sciences``), so they need a building or flat part, a house number or an address cue before
  them (``from``, ``chez``, ``au``, ``Adresse :``);
- a street, then the building (Lebanon: ``Rue Hamra, Imm. Azar, rdc``, ``Avenue Charles Malek, Centre Sofil,
  1er étage``): the building (``Imm.``, ``Immeuble``, ``Centre``, ``Bâtiment``) and the floor (``rdc``
  ground floor, ``2e étage``) belong to the line;
- the neighbourhood, then the street or the crossing (Cameroon, Côte d'Ivoire: ``Deïdo, boulevard de la
  République``, ``Quartier Essos, carrefour Émia``): Douala and Abidjan addresses open with the
  neighbourhood, after an address cue.

Example::

    francophone_street_spans("Adresse : Résidence Nassim, Imm. 15, Appt 38, Casablanca")
    # [(10, 44, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["francophone_street_spans"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOW = "a-zß-öø-ÿĀ-ſ"
_CAP = rf"[{_UP}][{_LOW}{_UP}]*(?:['’\-][{_UP}{_LOW}]+)*"
# Particles inside names of French and Arabic origin ("Les Jardins d'Anfa", "Al Qods", "Sidi Ben Slimane").
_PARTICLE = r"(?:[Aa]l|[Ee]l|[Ll]es|[Ll]e|[Ll]a|de|du|des|d['’]|l['’]|[Bb]en|[Ii]bn|[Oo]uled|[Aa]ït)"
_NAME = rf"(?:{_PARTICLE}[ \t]*){{0,2}}{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]*){{0,2}}{_CAP}){{0,3}}"
_STRONG_HEADS = r"(?:Derb|Zankat|Zenkat|Lotissement|Lot\.|Morcellement|Hay)"
_WEAK_HEADS = r"(?:Résidence|Residence|Rés\.|Cité|Cite|Quartier|Qrt\.)"
_NUMBER = r"\d{1,4}[A-Za-z]?"
# Building, flat and floor parts after the name: "Imm. 1", "Imm. Azar", "Appt 24", "Lot 45", "rdc", "2e étage".
_PART = (
    rf"(?:(?:Imm\.|Immeuble|Bâtiment|Bât\.|Bloc|Centre|Résidence)[ \t]+(?:{_NUMBER}|{_NAME})"
    rf"|(?:Appt\.?|Appartement|App\.|Apt\.?|Lot|Villa|N°|Porte|Étage|Etage|Esc\.)[ \t]*{_NUMBER}"
    r"|rdc|RDC|rez-de-chaussée|\d{1,2}(?:er|e|è|ème|eme)[ \t]+étage"
    rf"|(?:carrefour|rue|avenue|boulevard|bd|Carrefour|Rue|Avenue|Boulevard|Bd)[ \t]+{_NAME})"
)
_PARTS = rf"(?:[ \t]*,[ \t]*{_PART})*"
_CUE = r"(?:(?<![\w])(?:from|at|to|chez|au|à|en|dans|(?i:address|adresse))[ \t]*:?[ \t]+|^|\n[ \t]*[-•*]?[ \t]*)"
_HEADED = re.compile(
    rf"(?P<cue>{_CUE})?(?P<num>{_NUMBER}[ \t]*,?[ \t]+)?(?P<head>{_STRONG_HEADS}|{_WEAK_HEADS})[ \t]+{_NAME}"
    rf"(?P<parts>{_PARTS})"
)
_STREET_TYPE = r"(?:Rue|Avenue|Av\.|Boulevard|Bd|Autostrade|Route|Chemin|Impasse|Allée)"
# A street, then the building (and floor): Lebanon.
_BUILDING = re.compile(
    rf"{_STREET_TYPE}[ \t]+{_NAME}(?P<parts>(?:[ \t]*,[ \t]*(?:Imm\.|Immeuble|Bâtiment|Bât\.|Centre)[ \t]+"
    rf"(?:{_NUMBER}|{_NAME})){_PARTS})"
)
# The neighbourhood, then the street or crossing in lower case: Cameroon, Côte d'Ivoire.
_QUARTER = re.compile(
    rf"{_CUE}(?P<line>{_CAP}(?:-{_CAP})?[ \t]*,[ \t]*(?:carrefour|rue|avenue|boulevard|bd|route|chemin|impasse)"
    rf"[ \t]+{_NAME})"
)
_GATE = re.compile(
    r"(?:Derb|Zankat|Zenkat|Lotissement|Lot\.|Morcellement|Hay|Résidence|Residence|Rés\.|Cité|Cite|Quartier|"
    r"Qrt\.|Imm\.|Immeuble|Centre|carrefour|, rue|, avenue|, boulevard|, bd|, route|, chemin|, impasse)"
)


def francophone_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Residence, estate, alley and neighbourhood address lines (see the module docstring)."""
    if not _GATE.search(text):
        return []
    out = []
    for m in _HEADED.finditer(text):
        strong = re.fullmatch(_STRONG_HEADS, m.group("head")) is not None
        if strong or m.group("parts") or m.group("num") or m.group("cue"):
            start = m.start("num") if m.group("num") else m.start("head")
            out.append((start, m.end(), E.STREET_ADDRESS))
    out += [(m.start(), m.end(), E.STREET_ADDRESS) for m in _BUILDING.finditer(text)]
    out += [(m.start("line"), m.end("line"), E.STREET_ADDRESS) for m in _QUARTER.finditer(text)]
    return out
