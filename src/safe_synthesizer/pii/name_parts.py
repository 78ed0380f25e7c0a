"""Person names as the fakes see them: full names split into first and last parts, name tokens,
the gendered Faker pool of a first name, and letter case carried over to a fake.

Example::

    split_full_name("Smith, Jane")  # ('Jane', 'Smith', True)
    split_full_name("Emir van Holland")  # ('Emir', 'van Holland', False)
    match_case("Fairley", "LITTLE")  # 'FAIRLEY'
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers

_TOKEN_SPLIT = re.compile(r"[\s\-]+")


def match_case(fake: str, original: str) -> str:
    """``fake`` in the letter case of ``original`` (all upper, all lower, else as drawn)."""
    if original.isupper() and len(original) > 1:
        return fake.upper()
    if original.islower():
        return fake.lower()
    return fake


def name_kind(namespace: str, token: str) -> str:
    """Faker pool for a name token: gendered first-name pools when the lists are unambiguous."""
    if namespace != E.FIRST_NAME:
        return namespace
    word = token.lower()
    male, female = word in gazetteers.male_first_names(), word in gazetteers.female_first_names()
    if male != female:
        return "first_name_male" if male else "first_name_female"
    return "first_name"


def name_tokens(value: str) -> list[str]:
    """Lower-cased words of a name (split at spaces and hyphens)."""
    return [t.lower() for t in _TOKEN_SPLIT.split(value) if t]


def split_full_name(value: str) -> tuple[str, str, bool]:
    """(first part, last part, written as "Last, First")."""
    if "," in value:
        last, _, first = value.partition(",")
        return first.strip(), last.strip(), True
    tokens = [t for t in value.split() if t.lower().rstrip(".") not in gazetteers.TITLES]
    if len(tokens) <= 1:
        return (tokens[0] if tokens else ""), "", False
    # Lower-case particles start the surname: "Emir van Holland" -> ("Emir", "van Holland").
    cut = next((i for i in range(1, len(tokens) - 1) if is_particle(tokens[i])), len(tokens) - 1)
    return " ".join(tokens[:cut]), " ".join(tokens[cut:]), False


def is_particle(token: str) -> bool:
    """A lower-case surname particle as written (``van``, ``de``, ``'t``): kept by the fakes."""
    return (token.islower() and token in gazetteers.PARTICLES) or token in _KEPT_LINKS


# Also kept as written: Dutch ``'t``; ``und`` linking a noble name's seats (``von und zu Coredo und Starkenberg``)
# or two people of one cell (``Hans und Grete Bauer``), never a surname of its own.
_KEPT_LINKS = frozenset({"'t", "und"})
