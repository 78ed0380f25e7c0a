"""Vehicle identification numbers under an id header: a car's number, not its owner's national id.

Why: a car dealer's or a fleet's export writes the VIN under ``FIN`` (German *Fahrzeug-Identifizierungsnummer*),
``VIN`` or ``Fahrgestellnummer``, and ``FIN`` is also the Azerbaijani personal id's name: under that cue any code of
letters and digits passed as a national id (set 28: de_DE DMS ``FIN`` replaced as national ids). A VIN is written
as ISO 3779 fixes it: seventeen characters of digits and capitals without ``I``, ``O`` and ``Q`` (they read as 1
and 0), letters and digits mixed. No national id scheme has that shape: the Chinese resident id and the Mexican
CURP have eighteen characters, the Bangladeshi NID's seventeen are digits only.

Example::

    vehicle_numbers(["WBA111YT3GJ5N7D1C", "WVW4473GXL10AGK47", ...])  # "vehicle identification numbers ..."
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

# ISO 3779: 17 characters, digits and capitals except I, O and Q.
_VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
MIN_VIN_SHARE = 0.9
MIN_VALUES = 3


def _is_vin(value: str) -> bool:
    return bool(_VIN.match(value)) and any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)


def vehicle_numbers(values: list[str]) -> str | None:
    """Why the known ``values`` of a column are vehicle identification numbers, or ``None``."""
    known = [v.strip().upper() for v in values if v.strip() and v.strip().casefold() not in NOT_KNOWN_WORDS]
    if len(known) < MIN_VALUES:
        return None
    share = sum(map(_is_vin, known)) / len(known)
    if share < MIN_VIN_SHARE:
        return None
    return f"{round(100 * share)}% vehicle identification numbers (ISO 3779): a car's, not a person's id"
