"""Regions and countries written after a town in an address: ``Emilyhaven, Victoria 0231``,
``South Johnport, Newfoundland and Labrador C1V 5Y2``, ``75011 Paris, France``.

An address in a note often names its state, province, region or country between or after the town and the
postcode (Australia, Canada, India, the United States, Mexico, Brazil write ``Town, State Postcode``). Left
alone, the region survives next to a fake street and town, and a region that is also a given name
(``Victoria``, ``Georgia``) gets a person's fake. The names come from Faker's address providers of every
locale (their ``states``, ``provinces``, ``regions``, ``departments``, ``counties`` and ``countries``
lists), not from a hand list, so a locale Faker knows brings its own regions.

Example::

    >>> region_end("Emilyhaven, Victoria 0231", 12)
    20
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

__all__ = ["region_end"]

_ATTRIBUTES = ("states", "provinces", "regions", "departments", "counties", "countries", "cantons")
# A region name has at most this many words ("Andaman and Nicobar Islands", "Provence-Alpes-Côte d'Azur").
_MAX_WORDS = 5
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


def _names(value: object) -> list[str]:
    """The written names in one entry of a provider's list: a name, an (abbreviation, name) pair, or a dict
    of code to name (``es_CL`` regions)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [v for v in value if isinstance(v, str)]
    return []


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Lower-cased region and country names of every Faker address locale; codes and numbers left out
    (``01``, ``NSW``: an abbreviation is read by its shape, see ``text_address_tail``)."""
    import faker.providers.address as address

    words: set[str] = set()
    for module in pkgutil.iter_modules(address.__path__):
        try:
            provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attribute in _ATTRIBUTES:
            values = getattr(provider, attribute, None)
            if isinstance(values, dict):
                values = list(values.values())
            if not isinstance(values, (list, tuple)):
                continue
            for value in values:
                for name in _names(value):
                    name = name.strip()
                    # Mixed case only: codes ("NSW", "2A") and lower-case fragments are no region's name.
                    if len(name) >= 4 and name[0].isupper() and not name.isupper() and _WORD.match(name):
                        words.add(name.lower())
    return frozenset(words)


def region_end(text: str, start: int) -> int | None:
    """Where a region or country name that starts at ``start`` ends (the longest listed name of up to five
    words), or ``None``."""
    words = []
    pos = start
    for _ in range(_MAX_WORDS):
        m = _WORD.match(text, pos)
        if m is None:
            break
        words.append(m)
        gap = re.match(r"[ \t]+", text[m.end() : m.end() + 3])
        if gap is None:
            break
        pos = m.end() + gap.end()
    if not words or not words[0].group()[0].isupper():
        return None
    regions = _regions()
    for n in range(len(words), 0, -1):
        end = words[n - 1].end()
        name = text[start:end].rstrip(".")
        if name.lower() in regions:
            return start + len(name)
    return None
