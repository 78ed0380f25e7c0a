"""Address lines known by their structure, where the street type words of :mod:`validators.places` are absent.

Why: much of the world writes an address without a ``Street``/``Rue``/``Calle``: by the plot or lot the land
registry gave (Botswana's ``Plot 12345, Extension 9``, South Africa's ``Erf 2231``, Madagascar's ``Lot IVG 204
Antanimena``), by nested administrative units each named by its word (Somalia's ``Degmada Hodan, Waaxda 4``
district and section, Timor-Leste's ``Aldeia Fatuhada, Suco Vila Verde`` hamlet and village, Kuwait's ``Block 4,
Street 12, House 7``, Latin America's ``Barrio X, Manzana 3``), or with a ``#`` before the house number (Belize and
the Philippines: ``#12 Albert Street``). With the header hidden such a column was published as written.

The test is by structure, never by a list of streets: a land-parcel word then a number, two or more comma-separated
parts each led by a unit word, or a ``#`` number before a street line. A lone ``Zone A`` or ``Block 4`` (a
category of a warehouse or a car park) is not enough, nor a ``Lot 23A45`` batch number: a ``lot`` must be followed
by a place name after its number.

Example::

    structured_address("Plot 12345, Extension 9")            # True
    structured_address("Degmada Hodan, Waaxda 4")            # True
    structured_address("#12 Albert Street")                  # True
    structured_address("Lot 23A45")                          # False: a batch number
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import validators as V


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Land parcels: a registry's plot, erf or stand number is the address (Botswana, South Africa, Zimbabwe, Zambia).
_PARCEL = re.compile(r"^(?:plot|erf|stand|parcel|lote)\s+(?:no\.?\s*)?\d{1,6}[a-z]?\b", re.I)
# Madagascar's and francophone Africa's lots: ``Lot IVG 204 Antanimena``, ``Lot II J 99 Bis Anosy``: the lot's
# letters and number, then the quarter's name (a word of four letters or more, last: ``Lot 4521 Expiry 2026``
# is a batch).
_LOT = re.compile(r"^lot\s+(?:[A-Z]{1,4}\s?){0,3}\d{1,5}[A-Z]?\b.*\b[^\W\d_]{4,}\W*$", re.I)
# Words naming an administrative unit, a block or a house, each followed by its name or number, in the languages
# that write addresses so: English, Somali, Tetum/Portuguese, Spanish, French, Swahili, Amharic (Latin), Filipino,
# Malay/Indonesian, Hindi/Urdu (Latin).
_UNIT_WORDS = _word_set(
    """
    block blk house plot extension ext ward phase sector street avenue lane road village area zone quarter
    degmada degmadda waaxda xaafadda wadada guriga tuulada magaalada
    aldeia suco bairro posto quadra lote bloco casa rua
    barrio colonia manzana sector zona calle casa urbanización urbanizacion
    quartier cité cite secteur lot villa îlot ilot
    mtaa kata nyumba kijiji
    kebele woreda
    barangay purok sitio
    kampung blok
    mohalla mohallah gali makan
    """
)
_PART_LEAD = re.compile(r"^\s*([^\W\d_]+)\.?\s+(?:no\.?\s*)?[\w'-]")
# A ``#`` before the house number: ``#12 Albert Street``, ``# 4B Cemetery Road, San Ignacio``.
_HASH_NUMBER = re.compile(r"^#\s?(\d{1,5}[A-Za-z]?)\s+(?=\S)")
MIN_UNIT_PARTS = 2
# A box line at the head of a multi-line address (Google Contacts' ``Formatted``: box, town, country on three lines):
# the box is the address's first line (``P.O. Box 8141``, ``Private Bag 12``).
_BOX_LINE = re.compile(r"^(?:p\.?\s?o\.?\s?box|post\s?box|private\s+bag)\s*(?:no\.?\s*)?\d{1,6}$", re.I)
_QUICK = re.compile(r"^\s*(?:#|[^\W\d_]{3,}\.?\s)", re.I)


def _unit_parts(value: str) -> bool:
    """Two or more comma-separated parts, each led by a unit word and its name or number."""
    parts = [p for p in re.split(r"[,،]", value) if p.strip()]
    if len(parts) < MIN_UNIT_PARTS:
        return False
    led = 0
    for part in parts:
        match = _PART_LEAD.match(part)
        led += bool(match) and match.group(1).casefold() in _UNIT_WORDS
    return led >= MIN_UNIT_PARTS and led >= len(parts) - 1


def structured_address(value: str) -> bool:
    """An address line written by plot or lot, by nested unit words, or with ``#`` before the house number; a
    multi-line address whose first line is one of those or a PO box."""
    text = value.strip()
    if "\n" in text:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return len(lines) >= 2 and (bool(_BOX_LINE.match(lines[0])) or structured_address(lines[0]))
    if not _QUICK.match(text):
        return False
    if _PARCEL.match(text) or _LOT.match(text):
        return True
    hashed = _HASH_NUMBER.match(text)
    if hashed:
        return V.is_street_any(f"{hashed.group(1)} {text[hashed.end() :]}")
    return _unit_parts(text)
