"""Columns that pass for a postcode or a town beside each other, yet whose values say they are something else.

Why: :mod:`place_pairs` takes two columns side by side as an address's postcode and town when one holds codes of
one layout and the other capitalised words, each code with one word. Exports are full of such pairs that are no
places, and a false town or postcode destroys the user's data:

- a loyalty or membership tier beside the member number (``Gold``, ``Silver``, ``Platinum``, ``Classic``): a
  fixed ladder of grades, metals and gems, in any language (``Oro``, ``Silber``, ``ذهبي``), no town list;
- a person's name beside a prescription or order number, in a language whose names the gazetteers do not hold
  (Malagasy, Somali): people's names are written in ways no town is (``RAKOTO, Hery`` surname first after a
  comma, ``Rakoto H`` with a trailing initial, the same two words in both orders on different rows);
- dates written as eight bare digits (SAP's ``ERDAT`` ``20240305``, ``05031956``): no country writes an
  eight-digit postcode without a group separator, and nearly all such values being real calendar days is no
  accident.

Each test reads only the distinct values the pair already collected (cheap set lookups and a compiled regex).

Example::

    tier_levels(["Gold", "Silver", "Platinum", "Classic"])            # True
    written_as_people(["RAKOTO, Hery", "Rabe, Soa", "Soa Rabe", "Rabe N", "Vola"])  # True
    dated_codes(["20240305", "20191121", "20230708", "20160606", "20151125"])  # True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Grades of a loyalty, membership, support or service plan: metals, gems, colours of cards and plain ranks, in
# the languages the product writes (English, French, German, Spanish, Italian, Portuguese, Dutch, Nordic,
# Turkish, Polish, Arabic, Russian). Casefolded; a tier column is mostly these words.
_TIER_WORDS = _word_set(
    """
    basic standard classic silver gold platinum diamond bronze titanium elite premium premier prestige select
    preferred plus pro vip vvip executive ambassador member members regular frequent loyal honors signature
    sapphire ruby emerald pearl jade onyx black blue red green white tier grey copper iron steel crystal star
    superior privilege priority infinite first business economy essential essentials advantage lite light
    club insider guest explorer discoverer traveller traveler none level
    argent or platine classique privilège supérieur
    silber platin klassisch bronze stufe
    plata oro platino bronce clásico clasico diamante esmeralda zafiro rubí
    argento oro platino bronzo classico
    prata ouro platina bronze clássico
    zilver goud platina brons klassiek
    sølv guld silver guld platina brons sølv gull
    gümüş altın platin bronz klasik
    srebrny złoty platynowy brązowy klasyczny
    فضي ذهبي بلاتيني ماسي برونزي كلاسيك فضية ذهبية بلاتينية ماسية
    серебряный золотой платиновый бронзовый классический серебро золото платина
    """
)
# Share of the distinct values that are tier words (after dropping ``Tier 2``-like numbers and ``Level``).
MIN_TIER_SHARE = 0.75
MAX_TIER_LEVELS = 12  # a ladder of grades is short; towns of people are many
_NUMBER_OR_MARK = re.compile(r"[\d+*.()\-]+")

# A person written surname first: a surname in capitals, a comma, a given name (``RAKOTO, Hery``).
_CAPS_SURNAME_COMMA = re.compile(r"^[^\W\d_a-z]{2,}(?:[ '-][^\W\d_a-z]{2,})*, [^\W\d_][^\W\d_]*[a-z]")
# A name with a trailing initial (``Rakoto H``, ``Rabe N.``): no town ends in a lone capital letter.
_TRAILING_INITIAL = re.compile(r"^[^\W\d_]{2,}(?:[ '-][^\W\d_]{2,})* [A-Z]\.?$")
# Share of distinct values written as people: a town column with a handful of such oddities stays a town column.
MIN_PEOPLE_SHARE = 0.2
MIN_PEOPLE_VALUES = 5

_EIGHT_DIGITS = re.compile(r"^\d{8}$")
MIN_DATED_SHARE = 0.9
MIN_DATED_VALUES = 5


def tier_levels(values: Sequence[str]) -> bool:
    """The distinct ``values`` are a short ladder of grades (``Gold``, ``Silver``, ``Tier 2 Platinum``)."""
    if not values or len(values) > MAX_TIER_LEVELS:
        return False
    hits = 0
    for value in values:
        words = [w for w in _NUMBER_OR_MARK.sub(" ", value.casefold()).split() if w]
        hits += bool(words) and all(w in _TIER_WORDS for w in words)
    return hits >= MIN_TIER_SHARE * len(values)


def _person_shaped(value: str) -> bool:
    return bool(_CAPS_SURNAME_COMMA.match(value) or _TRAILING_INITIAL.match(value))


def _words(value: str) -> list[str]:
    return [w.casefold() for w in value.replace(",", " ").split() if len(w.strip(".")) > 1]


def written_as_people(values: Sequence[str]) -> bool:
    """The distinct ``values`` are written as people's names: a surname in capitals first after a comma, a
    trailing initial, or the same words in two orders (``Rabe, Soa`` and ``Soa Rabe``). Towns are written one way
    each; people are written by clerks in several. (A word that ends one value and starts another is no sign:
    ``Grand Baie`` and ``Baie du Cap`` are both towns.)"""
    if len(values) < MIN_PEOPLE_VALUES:
        return False
    shaped = {v for v in values if _person_shaped(v)}
    orders: dict[frozenset[str], set[tuple[str, ...]]] = {}
    for value in values:
        words = _words(value)
        if len(words) < 2:
            continue
        orders.setdefault(frozenset(words), set()).add(tuple(words))
    for spellings in orders.values():
        if len(spellings) > 1:
            shaped.update(v for v in values if tuple(_words(v)) in spellings)
    return len(shaped) >= MIN_PEOPLE_SHARE * len(values)


def _is_day(digits: str) -> bool:
    for year, month, day in ((digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[2:4], digits[:2])):
        if 1900 <= int(year) <= 2099:
            try:
                date(int(year), int(month), int(day))
            except ValueError:
                continue
            return True
    return False


def dated_codes(values: Sequence[str]) -> bool:
    """Nearly all the distinct ``values`` are eight bare digits that are calendar days (``20240305``,
    ``05031956``): dates of a record, not postcodes."""
    eight = [v for v in values if _EIGHT_DIGITS.match(v)]
    if len(eight) < MIN_DATED_VALUES or len(eight) < MIN_DATED_SHARE * len(values):
        return False
    return sum(map(_is_day, eight)) >= MIN_DATED_SHARE * len(eight)


def not_a_town_column(values: Sequence[str]) -> bool:
    """One call for a town candidate's distinct values: a tier ladder or people's names."""
    return tier_levels(values) or written_as_people(values)
