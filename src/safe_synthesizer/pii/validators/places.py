"""Place checks: towns, regions and whole addresses of many locales; postcodes (:mod:`.postcodes`) and street lines
(:mod:`.streets`) have their own modules, and their names stay importable from here.

Example::

    postcode_locales("SW1A 1AA")  # ("en_GB",)
    is_street_any("Löwerstr. 7")  # True
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.validators.japanese import is_japanese_address, is_japanese_town, is_prefecture

# Postcodes and street lines have their own modules; their names stay importable from here.
from safe_synthesizer.pii.validators.postcodes import (  # noqa: F401
    _BR_POSTCODE,
    _CA_POSTCODE,
    _FIVE,
    _GR_POSTCODE,
    _LETTERED_POSTCODE,
    _NL_POSTCODE,
    _OTHER_POSTCODE,
    _PL_POSTCODE,
    _POSTCODE,
    _PT_POSTCODE,
    _SPACED_POSTCODE,
    _UK_POSTCODE,
    _UK_POSTCODE_ANYWHERE,
    _ZIP,
    _ZIP4,
    is_postcode,
    postcode_locales,
)
from safe_synthesizer.pii.validators.scripts import script_address, script_region, script_town
from safe_synthesizer.pii.validators.streets import (  # noqa: F401
    _HOUSE_NUMBER,
    _SECONDARY,
    _STREET_NUMBER,
    is_named_street,
    is_street_address,
    is_street_any,
    is_unnumbered_street,
    street_locales,
)
from safe_synthesizer.pii.validators.towns import extra_listed_town, hungarian_town_shape

_PLACE = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.'\- ]{0,40}$")
_PLACE_PREFIX = re.compile(
    r"^(new|north|south|east|west|lake|port|saint|sainte|st|ste|san|santa|santo|sankt|bad|fort|mount|mont|"
    r"villa|castel|castello|monte|borgo|sint|nieuw|oud|groot|klein|são|sao|nova|novo|porto|vila|bom|boa|ponta|foz|"
    # Vietnamese, Indonesian and Malay words for a town or regency (``thành phố Huế``, ``TP. Đà Nẵng``,
    # ``Kota Bandung``, ``Kabupaten Bogor``, ``Bandar Baru Bangi``).
    r"thành phố|thanh pho|tp|thị xã|thi xa|kota|kabupaten|kab|bandar)"
    r"\b\.?\s"
    # Quebec and French towns joined by hyphens (``Saint-Jérôme``, ``Lac-Mégantic``, ``L'Île-Perrot``).
    r"|^(saint|sainte|st|ste|mont|lac|baie|l'[îi]le|[îi]le|ville|rivi[èe]re|pointe|cap|notre-dame)-",
    re.IGNORECASE,
)
_PLACE_INFIX = re.compile(
    r"(-|\s)(sur|sous|les|lès|en|la|le|am|an der|im|bei|aan|aan de|op|de la|del|di|in)(-|\s)", re.IGNORECASE
)
_PLACE_SUFFIX = re.compile(
    r"(ville|town|burgh|bury|borough|view|mouth|stad|furt|chester|haven|shire|dorf|hausen|heim|stedt|ingen|"
    r"drecht|huizen|veen|nec|boeuf|bourg|port|fort|side|berg|land)$",
    re.IGNORECASE,
)

# Scandinavian town endings (``Larvik``, ``Haugesund``, ``Sandefjord``, ``Lillestrøm``, ``Tromsø``,
# ``Åndalsnes``, ``Mosjøen``) after a stem of three or more letters: the bare words (``Sund``,
# ``Strand``, ``Dal``) are surnames too, and about 1% of Nordic surnames carry such an ending.
_PLACE_SUFFIX_NORDIC = re.compile(
    r"^[^\W\d_]{3,}?(?:vik|sund|havn|hamn|fjord|strøm|strand|nes|øy|øya|sjøen|odden|eid|bø|mark|våg|vær|dal|by|"
    r"grunn|helle|ås|ø|foss|borg|sand)$",
    re.IGNORECASE,
)

# A French compass word ending a town (``Rouyn Est``, ``Val-d'Or Sud``).
_PLACE_COMPASS_FR = re.compile(r"[\s-](?:est|ouest|nord|sud)$", re.IGNORECASE)
_LOOSE_HYPHEN = re.compile(r"\s*-+\s*")
_LOOSE_APOSTROPHE = re.compile(r"(?<=\b[LlDd]['’])\s+")


def squash_hyphens(value: str) -> str:
    """A town as typed with stray spaces or doubled hyphens written tightly (``Mont- Kevin -sur-Mer``
    -> ``Mont-Kevin-sur-Mer``, ``L' Fortier`` -> ``L'Fortier``): exports and hand entry loosen them."""
    return _LOOSE_APOSTROPHE.sub("", _LOOSE_HYPHEN.sub("-", value.strip()))


# Brazilian and Portuguese town endings ("Rio Grande do Sul", "Campo Grande", "Vargem Grande Paulista").
_PLACE_TAIL_PT = re.compile(
    r"\s(?:d[oa]s?|de)\s(?:sul|norte|oeste|leste|serra|campo|praia|flores|pedras|minas|prata|amparo|dourados|goiás|"
    r"rio|mar|monte|vale|lagoa)$|\s(?:paulista|alegre|grande|verde)$",
    re.IGNORECASE,
)


def is_place_shaped(value: str) -> bool:
    """A place name: letters, spaces, dots, hyphens, apostrophes; starts upper-case."""
    return bool(_PLACE.match(value)) and value[:1].isupper() and len(value.split()) <= 5


def is_state(value: str) -> bool:
    """A state or province name or postal abbreviation in the offline lists."""
    return value.lower() in gazetteers.states()


def is_full_address(value: str) -> bool:
    """A street address followed by a city/state/postcode part on the same value."""
    if not is_street_address(value):
        return False
    rest = re.split(r"[\n,]", value.strip(), maxsplit=1)
    if len(rest) < 2:
        return False
    tail = rest[1].replace(",", " ").split()
    return any(_ZIP.match(t) or t.lower() in gazetteers.states() for t in tail)


# --- Case-insensitive, locale-aware checks (values decide; see column_detector) --------------


def has_place_marker(value: str) -> bool:
    """A word that marks a town name: ``New``/``Saint``/``San`` prefixes, ``-sur-``, ``-ville`` endings,
    Scandinavian ``-vik``/``-sund``/``-fjord`` endings, Hungarian ``-háza``/``-vára`` ones, or a Japanese
    municipality (``南房総市``)."""
    if is_japanese_town(value) or script_town(value) or hungarian_town_shape(value):
        return True
    value = squash_hyphens(value)
    return bool(
        _PLACE_PREFIX.match(value) or _PLACE_INFIX.search(value) or _PLACE_SUFFIX.search(value)
        or _PLACE_TAIL_PT.search(value) or _PLACE_COMPASS_FR.search(value) or _PLACE_SUFFIX_NORDIC.match(value)
    )  # fmt: skip


def is_listed_city(value: str) -> bool:
    """A town in one of the per-locale city lists (any case; Croatian, Slovenian and Hungarian ones too)."""
    return value.lower() in gazetteers.all_cities() or script_town(value) or extra_listed_town(value)


def is_listed_region(value: str) -> bool:
    """A state, region, province or county of a detectable locale (any case), by its name.

    Bare digits are no region's name: France numbers its départements ``01``-``95`` and its overseas ones
    ``971``-``976`` (Faker lists the numbers beside the names), and so does every shirt, room or count column
    (TeamSnap's ``Jersey Number`` of 9-39 was taken for a state column: set 27, seen, nl_NL ig_NG nl_SR)."""
    if value.strip().isdigit():
        return False
    return value.lower() in gazetteers.all_regions() or is_prefecture(value) or script_region(value)


# A form or a note, not an address: two or more ``Label:`` fields (``Katuosoite: ... Paikkakunta:``).
_FIELD_LABEL = re.compile(r"(?<![\d:])\b[^\W\d_]{2,}\s?:(?!\d)")
# Addresses are short: more words than this is a note that mentions one.
MAX_ADDRESS_WORDS = 20
# The town part that ends an address: a postcode of 3-8 digits (with an optional country prefix
# ``L-``) and then a capitalised town (``2844850 Corral``, ``148 Hafnarfjörður``, ``L-9815 Wiltz``).
_CODE_TOWN_TAIL = re.compile(r"(?:^|,)\s*(?:[A-Z]{1,3}-)?\d{3,8}\s+([^\W\d_])[^\d,]{1,40}$")


def is_form_or_note(value: str) -> bool:
    """A note or a pasted form, not an address: too many words, or two ``Label:`` fields."""
    return len(value.split()) > MAX_ADDRESS_WORDS or len(_FIELD_LABEL.findall(value)) >= 2


def is_address_any(value: str) -> bool:
    """A multi-part address: a street part and a postcode (any detectable layout) in another part,
    or a street line then a listed town, or a bare street name and number then a postcode and town.

    Japanese addresses (prefecture, municipality, block numbers, written unspaced) count too.
    Notes and forms that mention an address (:func:`is_form_or_note`) are not addresses.
    """
    if is_form_or_note(value) or "@" in value or not any(ch.isalpha() for ch in value):
        return False  # digits and separators only are numbers (two phones, ZIP+4 lists), never an address
    if is_japanese_address(value) or script_address(value):
        return True
    head, _, tail = value.strip().partition(",")
    if tail and (town := _CODE_TOWN_TAIL.search(tail)) and town.group(1).isupper() and is_named_street(head):
        return True
    parts = [p.strip() for p in re.split(r"[\n;]|,(?=\s*\D)|,\s*(?=\d{4,5}\b)", value) if p.strip()]
    if len(parts) < 2 or not any(is_street_any(p) or _HOUSE_NUMBER.match(p.split()[0]) for p in parts[:-1]):
        return False
    tail = " ".join(parts[1:])
    return bool(
        re.search(r"\b\d{4,5}\b", tail)
        or _OTHER_POSTCODE.search(tail)
        or _UK_POSTCODE_ANYWHERE.search(tail)
        or re.search(r"\b\d{4} ?[A-Z]{2}\b", tail)
        or any(t.strip(",") in gazetteers.states() for t in tail.lower().split())
        # A street line then a listed town, no postcode (``Στενού 598, Μυτιλήνη``, ``Kauno g. 15, Alytus``).
        or (is_street_any(parts[0]) and is_listed_city(parts[-1]))
    )
