"""Value-level validators: does one string look like (and check out as) a given entity?

Checksummed identifiers are validated with python-stdnum (Luhn, IBAN mod-97, SSN rules) and phone
numbers with ``phonenumbers``; the remaining shapes are small anchored patterns. Every validator
takes a stripped string and returns a bool, so the column detector can score a sample of values.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import date

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import isbn as stdnum_isbn
from stdnum import luhn
from stdnum.us import ssn as stdnum_ssn

from safe_synthesizer.pii import gazetteers

_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-']+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}$")
_URL = re.compile(r"^(?:(?:https?|ftp)://|www\.)[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)
_SSN_DASHED = re.compile(r"^\d{3}[- ]\d{2}[- ]\d{4}$")
_CARD = re.compile(r"^\d{4}([ \-]?\d{2,7}){1,5}$")
# A phone number written with separators or a leading +/00: "(555) 123-4567", "+44 20 7946 0958".
_PHONE_SHAPE = re.compile(r"^(?:\+|00)?[\d\s().\-]{7,22}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?$", re.IGNORECASE)
_PHONE_GROUPS = re.compile(r"\d+")
_ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_DATE_LIKE = re.compile(
    r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([ T]\d{1,2}:\d{2}(:\d{2})?)?$"
)
_ZIP = re.compile(r"^\d{5}(-\d{4})?$")
_ZIP4 = re.compile(r"^\d{5}-\d{4}$")
_POSTCODE = re.compile(r"^(?=.*\d)[A-Za-z0-9]{2,5}(?:[ \-][A-Za-z0-9]{2,4})?$|^\d{6}$|^\d{5}-?\d{3}$")
# Royal Mail: the inward code ends in two letters other than C, I, K, M, O, V.
_UK_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"^[A-Z][a-zA-Z'\u00C0-\u024F]*(?:[\-'][A-Za-z\u00C0-\u024F]+)*\.?$")
_PLACE = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.'\- ]{0,40}$")
_ID_CODE = re.compile(r"^(?=.*\d)[A-Za-z0-9]{1,4}(?:[ \-./]?[A-Za-z0-9]{1,8}){1,5}$")
_STREET_NUMBER = re.compile(r"^\d{1,6}[A-Za-z]?(?:-\d{1,4})?,?$")
_SECONDARY = re.compile(r"\b(apt|apartment|suite|ste|unit|#)\b\.?\s*\w+", re.IGNORECASE)


def is_email(value: str) -> bool:
    """``jane.doe@example.org``; not ``jane@localhost`` or ``@handle``."""
    return len(value) <= 254 and bool(_EMAIL.match(value))


def is_url(value: str) -> bool:
    """``https://example.org/x`` or ``www.example.org``; bare words do not count."""
    return bool(_URL.match(value))


def is_ip_address(value: str) -> bool:
    """An IPv4 or IPv6 address (``ipaddress`` parses it)."""
    if not value or len(value) > 45 or not (":" in value or value.count(".") == 3):
        return False
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def is_credit_card(value: str) -> bool:
    """12-19 digits (spaces/dashes allowed), a known network prefix and a valid Luhn check digit."""
    if not _CARD.match(value):
        return False
    digits = re.sub(r"[ \-]", "", value)
    if not 12 <= len(digits) <= 19 or not _known_card_prefix(digits):
        return False
    if len(digits) == 12 and not digits.startswith(("50", "56", "57", "58", "6", "0604")):
        return False  # only Maestro issues 12-digit cards
    return luhn.is_valid(digits)


def _known_card_prefix(digits: str) -> bool:
    two, four = int(digits[:2]), int(digits[:4])
    return (
        digits[0] == "4"  # Visa
        or 51 <= two <= 55
        or 2221 <= four <= 2720  # Mastercard
        or two in (34, 37)  # Amex
        or digits.startswith(("6011", "65", "644", "645", "646", "647", "648", "649"))  # Discover
        or two == 35
        or digits.startswith(("2131", "1800"))  # JCB
        or two in (30, 36, 38, 39)  # Diners
        or digits.startswith(("50", "56", "57", "58", "6", "0604"))  # Maestro and others
    )


def is_iban(value: str) -> bool:
    """An IBAN with a valid mod-97 checksum and country structure (python-stdnum)."""
    if len(value) < 15 or len(value) > 42 or not value[:2].isalpha():
        return False
    return stdnum_iban.is_valid(value)


def is_iban_shaped(value: str) -> bool:
    """Country letters, two check digits and 10-30 letters/digits (``GB55ZCOS4160603950876``).

    For columns or text that *say* IBAN: exported test data and typos break the checksum.
    """
    compact = value.replace(" ", "")
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact)) and any(ch.isdigit() for ch in compact[4:])


def is_ssn(value: str, *, allow_undashed: bool = False) -> bool:
    """A US SSN passing the SSA rules (no 000/666/9xx area, 00 group, 0000 serial).

    Without a column-name cue only the dashed ``123-45-6789`` form counts, since any 9-digit
    number would otherwise qualify.
    """
    if _SSN_DASHED.match(value):
        return stdnum_ssn.is_valid(value.replace(" ", "-"))
    if allow_undashed and len(value) == 9 and value.isdigit():
        return stdnum_ssn.is_valid(value)
    return False


def looks_like_date(value: str) -> bool:
    """A calendar date such as ``2004-04-06`` or ``04/06/2004`` (optionally with a time)."""
    return bool(_DATE_LIKE.match(value)) and parse_date(value) is not None


def parse_date(value: str) -> date | None:
    """Parse the common numeric date layouts; ``None`` when it is not a real calendar date."""
    parts = re.split(r"[-/. T]", value.strip())
    if len(parts) < 3 or not all(p.isdigit() for p in parts[:3]):
        return None
    a, b, c = (int(p) for p in parts[:3])
    candidates = [(a, b, c)] if len(parts[0]) == 4 else [(c, a, b), (c, b, a)]
    for year, month, day in candidates:
        if year < 100:
            year += 1900 if year > 30 else 2000
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def is_isbn(value: str) -> bool:
    """An ISBN-13 (``978-1-84356-028-9``) with a valid check digit: a book, not a phone number."""
    digits = re.sub(r"[ \-]", "", value)
    return len(digits) == 13 and digits.startswith(("978", "979")) and stdnum_isbn.is_valid(digits)


def is_phone_number(value: str, *, region: str = "US", cued: bool = False) -> bool:
    """A possible phone number for ``region`` (``phonenumbers``).

    Without a cue it must be written like a phone number (separated groups with at least 10
    digits, or a ``+``/``00`` prefix) and not be a date; with a cue 7-15 digits are enough.
    """
    if not value or len(value) > 30 or looks_like_date(value):
        return False
    if not _PHONE_SHAPE.match(value) or is_isbn(value):
        return False
    groups = _PHONE_GROUPS.findall(value.split("x")[0].split("ext")[0])
    n_digits = sum(len(g) for g in groups)
    if not 7 <= n_digits <= 15:
        return False
    if not cued and not value.startswith(("+", "00")) and (len(groups) < 2 or n_digits < 10):
        # Short digit groups ("32-24-36", "7 145-150") are measurements or codes far more often
        # than local numbers without an area code.
        return False
    if value.startswith("00"):
        # International dialling prefix ("001-..."), which phonenumbers only knows as "+".
        value = "+" + value[2:].lstrip("-. ")
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(parsed)


def is_postcode(value: str, *, cued: bool = False) -> bool:
    """ZIP+4 (``12345-6789``) alone; with a cue also 5-digit ZIPs and other national layouts."""
    if _ZIP4.match(value):
        return True
    if not cued:
        return False
    return bool(_ZIP.match(value) or _UK_POSTCODE.match(value) or _POSTCODE.match(value))


def is_id_code(value: str) -> bool:
    """An identifier made of letters and digits (national or tax IDs; needs a column-name cue)."""
    return bool(_ID_CODE.match(value)) and sum(ch.isdigit() for ch in value) >= 4


def is_name_shaped(value: str) -> bool:
    """One to four capitalised word tokens, as person names are written."""
    tokens = value.replace(",", " ").split()
    return 1 <= len(tokens) <= 4 and all(_NAME_TOKEN.match(t) for t in tokens) and len(value) <= 60


def is_known_first_name(value: str) -> bool:
    """Every token is a first name in the offline name lists."""
    tokens = value.split()
    return bool(tokens) and all(t.lower().rstrip(".") in gazetteers.first_names() for t in tokens)


def is_known_last_name(value: str) -> bool:
    """The value is a surname in the offline name lists (hyphenated parts each count)."""
    parts = re.split(r"[\s\-]", value)
    return bool(parts) and all(p.lower() in gazetteers.last_names() for p in parts if p)


def is_full_name(value: str) -> bool:
    """``First [Middle] Last`` or ``Last, First`` with known first and last names."""
    if not is_name_shaped(value):
        return False
    if "," in value:
        last, _, first = value.partition(",")
        return is_known_last_name(last.strip()) and is_known_first_name(first.strip().split()[0])
    tokens = [t for t in value.split() if t.lower().rstrip(".") not in gazetteers.TITLES]
    if len(tokens) < 2:
        return False
    return tokens[0].lower() in gazetteers.first_names() and is_known_last_name(tokens[-1])


def is_place_shaped(value: str) -> bool:
    """A place name: letters, spaces, dots, hyphens, apostrophes; starts upper-case."""
    return bool(_PLACE.match(value)) and value[:1].isupper() and len(value.split()) <= 5


def is_state(value: str) -> bool:
    """A state or province name or postal abbreviation in the offline lists."""
    return value.lower() in gazetteers.states()


def is_street_address(value: str) -> bool:
    """``123 Main Street [Apt. 4]``: a house number, a street name and a street-type word."""
    first_line = re.split(r"[\n,]", value.strip(), maxsplit=1)[0]
    tokens = _SECONDARY.sub("", first_line).split()
    if len(tokens) < 2 or not _STREET_NUMBER.match(tokens[0]):
        return False
    suffixes = gazetteers.street_suffixes()
    return any(t.lower().rstrip(".,") in suffixes for t in tokens[1:])


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

_WORD = re.compile(r"^[^\W\d_]+(?:['\u2019\-.][^\W\d_]+)*\.?$")
# Postcodes of other layouts inside an address: Polish 00-950, Brazilian 01310-100 / 01310100,
# Indian 110001, Swedish/Czech 114 55, Japanese 100-0001.
_OTHER_POSTCODE = re.compile(r"\b(?:\d{2}-\d{3}|\d{5}-?\d{3}|\d{6}|\d{3} \d{2}|\d{3}-\d{4})\b")
_PL_POSTCODE = re.compile(r"^\d{2}-\d{3}$")
_BR_POSTCODE = re.compile(r"^\d{5}-\d{3}$")
_SPACED_POSTCODE = re.compile(r"^\d{3} \d{2}$")
_NL_POSTCODE = re.compile(r"^\d{4} ?[A-Z]{2}$", re.IGNORECASE)
_FIVE = re.compile(r"^\d{5}$")
_UK_POSTCODE_ANYWHERE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_HOUSE_NUMBER = re.compile(r"^\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?,?$")
_PLACE_PREFIX = re.compile(
    r"^(new|north|south|east|west|lake|port|saint|sainte|st|ste|san|santa|santo|sankt|bad|fort|mount|mont|"
    r"villa|castel|castello|monte|borgo|sint|nieuw|oud|groot|klein)\b\.?\s",
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
PHONE_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL")


def name_words(value: str) -> list[str]:
    """Word tokens of a name, commas dropped (``"doe, jane"`` -> ``["doe", "jane"]``)."""
    return value.replace(",", " ").split()


def is_name_shaped_any_case(value: str) -> bool:
    """One to five words of letters (any case, any script), as names and places are written."""
    words = name_words(value)
    return 1 <= len(words) <= 5 and len(value) <= 60 and all(_WORD.match(w) for w in words)


def _name_parts(value: str) -> list[str]:
    words = [w.lower().rstrip(".") for w in re.split(r"[\s\-]+", value.replace(",", " ")) if w]
    return [w for w in words if w not in gazetteers.TITLES and w not in gazetteers.PARTICLES]


def first_name_known(value: str) -> bool:
    """Every word is a listed first name, any case (``"jean-luc"``, ``"MARIA JOSE"``)."""
    parts = _name_parts(value)
    return bool(parts) and all(p in gazetteers.first_names() for p in parts)


def last_name_known(value: str) -> bool:
    """Every word (particles such as ``van der`` aside) is a listed surname, any case."""
    parts = _name_parts(value)
    return bool(parts) and all(p in gazetteers.surname_words() for p in parts)


def full_name_known(value: str) -> bool:
    """Two or more name words whose first is a listed first name and whose last is a listed surname.

    Handles ``"Last, First"``, titles (``Dr.``), particles (``van Vliet``) and any case.
    """
    if not is_name_shaped_any_case(value):
        return False
    if "," in value:
        last, _, first = value.partition(",")
        value = f"{first} {last}"
    parts = [w.lower().rstrip(".") for w in value.split() if w.lower().rstrip(".") not in gazetteers.TITLES]
    parts = [p for p in parts if p not in gazetteers.PARTICLES]
    if len(parts) < 2:
        return False
    first, last = parts[0].split("-")[0], parts[-1].split("-")[-1]
    surnames = gazetteers.surname_words()
    return first in gazetteers.first_names() and (last in surnames or last in gazetteers.first_names())


def has_place_marker(value: str) -> bool:
    """A word that marks a town name: ``New``/``Saint``/``San`` prefixes, ``-sur-``, ``-ville`` endings."""
    return bool(_PLACE_PREFIX.match(value) or _PLACE_INFIX.search(value) or _PLACE_SUFFIX.search(value.strip()))


def is_listed_city(value: str) -> bool:
    """A town in one of the per-locale city lists (any case)."""
    return value.lower() in gazetteers.all_cities()


def is_listed_region(value: str) -> bool:
    """A state, region, province or county of a detectable locale (any case)."""
    return value.lower() in gazetteers.all_regions()


def phone_regions(value: str, *, cued: bool = False, first_only: bool = False) -> tuple[str, ...]:
    """Regions (of :data:`PHONE_REGIONS`, or the number's own) where ``value`` is a possible number.

    An international number (``+33 1 23...``, ``0049...``) gives its own region; a national one is
    tried against every region and returns those where ``phonenumbers`` says it is *valid*, or
    else possible. Empty when it is not written like a phone number (see :func:`is_phone_number`).

    Example::

        phone_regions("+44 20 7946 0958")  # ("GB",)
    """
    if not first_only and not is_phone_number(value, region="US", cued=cued) and not _possible_elsewhere(value, cued):
        return ()
    text = "+" + value[2:].lstrip("-. ") if value.startswith("00") else value
    if text.startswith("+"):
        try:
            parsed = phonenumbers.parse(text, None)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is not None and phonenumbers.is_possible_number(parsed):
            region = phonenumbers.region_code_for_country_code(parsed.country_code)
            return (region,) if region and region != "ZZ" else ()
        if value.startswith("+"):
            return ()
        text = value  # "0047 439575": a national number with a leading 0, not a dialling prefix
    valid, possible = [], []
    for region in PHONE_REGIONS:
        try:
            parsed = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if first_only:
            if phonenumbers.is_possible_number(parsed):
                return (region,)
            continue
        if phonenumbers.is_valid_number(parsed):
            valid.append(region)
        elif phonenumbers.is_possible_number(parsed):
            possible.append(region)
    # A number written the way a region writes its numbers ("(234) 567-8901") is from there.
    grouped = [r for r in valid or possible if _written_like(value, r)]
    return tuple(grouped or valid or possible)


def _written_like(value: str, region: str) -> bool:
    """The digit groups of ``value`` are those of ``region``'s national format."""
    groups = [len(g) for g in _PHONE_GROUPS.findall(re.split(r"(?i)x|ext", value)[0])]
    if len(groups) < 2:
        return False
    try:
        national = phonenumbers.format_number(
            phonenumbers.parse(value, region), phonenumbers.PhoneNumberFormat.NATIONAL
        )
    except phonenumbers.NumberParseException:
        return False
    return groups == [len(g) for g in _PHONE_GROUPS.findall(national)]


def _possible_elsewhere(value: str, cued: bool) -> bool:
    """Phone-shaped and possible for some region other than the US (``(01632) 960868``)."""
    if not value or len(value) > 30 or looks_like_date(value) or not _PHONE_SHAPE.match(value):
        return False
    groups = _PHONE_GROUPS.findall(value.split("x")[0])
    n_digits = sum(len(g) for g in groups)
    if not 7 <= n_digits <= 15 or (not cued and not value.startswith(("+", "00")) and n_digits < 9):
        return False
    return any(is_phone_number(value, region=r, cued=True) for r in PHONE_REGIONS[1:])


def is_phone_any(value: str, *, cued: bool = False) -> bool:
    """Written like a phone number and possible in some supported region (cheap: stops at the first).

    Without a cue it needs a ``+``/``00`` prefix or separated digit groups with at least 9 digits.

    Example::

        is_phone_any("(01632) 960868")  # True
    """
    if not value or len(value) > 30 or not _PHONE_SHAPE.match(value):
        return False
    groups = _PHONE_GROUPS.findall(re.split(r"(?i)x|ext", value)[0])
    n_digits = sum(len(g) for g in groups)
    international = value.startswith(("+", "00"))
    if not 7 <= n_digits <= 15 or (not cued and not international and (len(groups) < 2 or n_digits < 9)):
        return False
    if looks_like_date(value) or is_isbn(value):
        return False
    return bool(phone_regions(value, cued=cued, first_only=True))


def postcode_locales(value: str) -> tuple[str, ...]:
    """Locales whose postcode layout ``value`` has (``"SW1A 1AA"`` -> ``("en_GB",)``)."""
    if _ZIP4.match(value):
        return ("en_US",)
    if _UK_POSTCODE.match(value):
        return ("en_GB",)
    if _NL_POSTCODE.match(value):
        return ("nl_NL",)
    if _FIVE.match(value):
        return ("en_US", "de_DE", "fr_FR", "es_ES", "it_IT")
    if _PL_POSTCODE.match(value):
        return ("pl_PL",)
    if _BR_POSTCODE.match(value):
        return ("pt_BR",)
    if _SPACED_POSTCODE.match(value):
        return ("sv_SE", "cs_CZ")
    return ()


def street_locales(value: str) -> tuple[str, ...]:
    """Locales whose street-type words occur in ``value`` (``"12, rue Victor Hugo"`` -> fr_FR...)."""
    words = [w.lower().strip(".,") for w in re.split(r"[\s\n]+", value) if w]
    found = []
    for locale in gazetteers.DETECT_LOCALES:
        vocabulary = gazetteers.locale_street_words(locale)
        glued = locale in ("de_DE", "nl_NL")
        if any(w in vocabulary or (glued and _glued_street(w, vocabulary)) for w in words):
            found.append(locale)
    return tuple(found)


def _glued_street(word: str, vocabulary: frozenset[str]) -> bool:
    return any(len(word) > len(s) + 2 and word.endswith(s) for s in vocabulary if len(s) >= 3)


def is_street_any(value: str) -> bool:
    """A street line in any detectable locale: a street-type word plus a house number or a name.

    Covers ``123 Main St``, ``Löwerstr. 7``, ``7, boulevard Dupont``, ``Piazza Pellico, 59``,
    ``Yusufbaan 6`` and ``Flat 0\\nOlivia Forge``; at most 12 words.
    """
    if not value or len(value) > 120 or "@" in value:
        return False
    words = [w for w in re.split(r"\s+", value.strip()) if w]
    if not 2 <= len(words) <= 12:
        return False
    has_number = any(_HOUSE_NUMBER.match(w) for w in words)
    vocabulary = gazetteers.all_street_words()
    lowered = [w.lower().strip(".,") for w in words]
    glued_locales = gazetteers.GLUED_STREET_LOCALES
    typed = any(w in vocabulary for w in lowered) or any(
        _glued_street(w, gazetteers.locale_street_words(loc)) for w in lowered for loc in glued_locales
    )
    if not typed:
        return False
    return has_number or lowered[0] in vocabulary


def is_address_any(value: str) -> bool:
    """A multi-part address: a street part and a postcode (any detectable layout) in another part."""
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
    )
