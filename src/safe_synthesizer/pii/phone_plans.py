"""Countries whose people dial short national numbers without a trunk prefix, read from libphonenumber's metadata.

Why: most rules take a phone in text or a column from 8+ digits (or 7 after a strong cue), tried in a fixed list of
commonly seen regions. Small number plans write a personal number in fewer digits and no leading ``0``: a
Greenlandic or Faroese mobile is 6 digits (``22 94 49``), an Andorran one 6 (``313 311``), an Icelandic,
Cape Verdean or Panamanian one 7 (``632 8836``, ``918 26 57``), and Costa Rica, Honduras, El Salvador,
Guatemala, Nicaragua, San Marino, Latvia, Malta and Cyprus write 8 digits without a trunk prefix. Such numbers
were valid in none of the tried regions and were kept in notes.

The lists come from the plans themselves (a region with no national prefix whose mobile numbers have the
possible length), not from the locales of a benchmark, so every such country is covered alike.

Example::

    "GL" in SHORT_PLAN_REGIONS  # True: mobiles of 6 digits, no trunk prefix
    "HN" in EIGHT_DIGIT_PLAN_REGIONS  # True
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import PhoneMetadata

#: Shortest personal (mobile) number a short plan has, in digits.
SHORT_MOBILE_MAX = 7
#: Length of the national numbers of the second list.
EIGHT_DIGITS = 8


def _plans_without_trunk(shortest: range) -> tuple[str, ...]:
    """Regions without a national (trunk) prefix whose shortest mobile number has a length in ``shortest``."""
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = PhoneMetadata.metadata_for_region(region)
        if meta is None or meta.national_prefix or meta.mobile is None or not meta.mobile.possible_length:
            continue
        if min(meta.mobile.possible_length) in shortest:
            out.append(region)
    return tuple(out)


#: Regions whose mobile numbers have at most 7 digits and no trunk prefix (GL, FO, AD, IS, CV, PA, NC, ...).
SHORT_PLAN_REGIONS: tuple[str, ...] = _plans_without_trunk(range(4, SHORT_MOBILE_MAX + 1))
#: Regions whose mobile numbers have 8 digits and no trunk prefix (CR, HN, SV, GT, NI, SM, LV, MT, CY, DK, ...).
EIGHT_DIGIT_PLAN_REGIONS: tuple[str, ...] = _plans_without_trunk(range(EIGHT_DIGITS, EIGHT_DIGITS + 1))
