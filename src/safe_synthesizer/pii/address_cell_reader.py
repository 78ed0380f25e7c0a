"""One address cell read as parts, whatever their separators and order: which part is the home (a street, a
numbered house, plot or box, a landmark), which the locality, the postcode, the building's units.

Why: address cells come in layouts no list can hold: ``Leeds – 12 Elm Road``, ``12 Elm Road (LS1 4AB Leeds)``,
``12 Elm Road | LS1 4AB | Leeds``, ``TP. Đà Nẵng – Số 556 đường 33``, ``Building 22, Room 338, Diego Garcia,
British Indian Ocean Territory BBND 1ZZ``, ``کور 51، سړک 29، کارته سه، ناحیه ۶``, ``near the bus station |
Dekemhare``, ``Postboks 814``. The column checks each read one layout, so every new layout was published as
written. This reader splits a cell on any separator (commas of any script, ``|``, ``;``, spaced dashes and
slashes, brackets, new lines), reads each part by its tokens (a number in any script's digits, a word of the closed
classes of :mod:`address_part_words`, a postcode shape, words only) and says what the whole is: an address when a
home part stands with other address parts, a street line when the cell is a home part alone.

Example::

    read_address("Leeds – 12 Elm Road").kinds        # ("locality", "street")
    read_address("12 Elm Road | LS1 4AB | Leeds").address  # True
    read_address("Hus 13").street_line                # True
    read_address("Size 42, Blue").strong              # False
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from safe_synthesizer.pii.address_part_words import glued_street, landmark_lead, word_kind

__all__ = ["AddressReading", "part_kind", "read_address"]

MAX_CELL_CHARS = 140
MAX_PARTS = 7
MAX_PART_WORDS = 7
MAX_LANDMARK_WORDS = 10
MAX_LOCALITY_WORDS = 5
# Separators: commas and semicolons of any script, bars, new lines, brackets, and dashes or slashes with spaces
# around them (a dash inside ``Ny-Ålesund`` or ``178-39`` joins, it does not separate).
_SPLIT = re.compile(r"\s*(?:[,،、;；|\n()\[\]（）]|\s[–—-]\s|\s/\s)\s*")
_QUICK = re.compile(r"\w")
# A number as a house, plot or box has it: digits of any script, then a letter or a second number after ``-``/``/``.
_NUMBER = re.compile(r"^(?:n[º°o]\.?|#)?\d{1,6}(?:[/-]\d{1,5})?[^\W\d_]?$", re.I)
# Postcodes by shape, never by country: digits (``20319``, ``545298``, ``1012-AB``), the UK family (``LS1 4AB``,
# ``BBND 1ZZ``), letter prefixes (``AZ3715``, ``SE-114 55``), ``1012 AB``.
_POSTCODE = re.compile(
    r"^(?:\d{4,6}(?:[- ]\d{3,4})?|\d{4} ?[A-Z]{2}|[A-Z]{1,4}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{4} ?\d[A-Z]{2}"
    r"|[A-Z]{2}[- ]?\d{3,5}(?: \d{2})?)$"
)
# A short code of letters and digits standing alone (``PK8``, ``KM12``): a kilometre post, a sector, no home.
_CODE = re.compile(r"^[A-Z]{1,3}-?\d{1,3}$")
MIN_CODE_DIGITS = 4
_HOME_KINDS = frozenset({"home", "street", "landmark", "numbered"})
_STRONG_KINDS = frozenset({"home", "street", "landmark"})
_PLACE_KINDS = frozenset({"locality", "postcode", "place_code"})


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(c)) if c.isdigit() and unicodedata.decimal(c, None) is not None else c
                   for c in text)  # fmt: skip


def _is_word(token: str) -> bool:
    """Letters (with any script's vowel signs and joiners), an apostrophe, a dot or inner hyphens; no digit."""
    core = token.strip(".'’-")
    if not core or any(c.isdigit() for c in core):
        return False
    return all(c.isalpha() or unicodedata.category(c)[0] == "M" or c in "'’.-\u200c\u200d" for c in core)


def _is_number(token: str) -> bool:
    return bool(_NUMBER.match(_ascii_digits(token).rstrip(".,")))


@lru_cache(maxsize=4096)
def _part_kind(part: str) -> str:
    tokens = part.split()
    if not tokens or len(tokens) > MAX_LANDMARK_WORDS:
        return "other"
    if len(tokens) > MAX_PART_WORDS:
        # ``à côté de la mosquée de Koira Kano``: a landmark's preposition and article take words of their own.
        return "landmark" if all(map(_is_word, tokens)) and landmark_lead(tokens) else "other"
    plain = _ascii_digits(part)
    if len(tokens) == 2 and word_kind(tokens[0]) == "home" and _is_number(tokens[1]):
        return "home"  # ``BP 8794``, ``CP 1234``: a box or a house word and its number, not a lettered postcode
    if _POSTCODE.match(plain):
        return "postcode"
    if len(tokens) == 1 and _CODE.match(plain):
        return "number"
    numbers = [i for i, t in enumerate(tokens) if _is_number(t)]
    words = [i for i, t in enumerate(tokens) if _is_word(t)]
    if len(numbers) + len(words) < len(tokens):
        # A postcode beside a town (``LS1 4AB Leeds``, ``Malé 20319``, ``Territory BBND 1ZZ``).
        for cut in range(1, len(tokens)):
            head, tail = " ".join(tokens[:cut]), " ".join(tokens[cut:])
            if _POSTCODE.match(_ascii_digits(head)) and all(map(_is_word, tokens[cut:])):
                return "place_code"
            if _POSTCODE.match(_ascii_digits(tail)) and all(map(_is_word, tokens[:cut])):
                return "place_code"
        return "other"
    kinds = [word_kind(tokens[i]) for i in words]
    if words and (lead := landmark_lead(tokens)) and len(tokens) > lead:
        return "landmark"
    if "home" in kinds and numbers:
        return "home"
    if numbers and any(glued_street(tokens[i]) for i in words):
        return "street"  # ``Furuvägen 64``, ``Lorchweg 7``
    if "street" in kinds and len(words) >= 2:
        return "street"  # a type and a name, with or without a number (``Rue Ange Mba``, ``ქურხულის ქ. 33``)
    if not numbers:
        return "locality" if len(words) <= MAX_LOCALITY_WORDS else "other"
    if len(numbers) > 2 or not words:
        return "number" if not words and len(numbers) == 1 else "other"
    if "unit" in kinds:
        return "unit"
    number = tokens[numbers[0]]
    if (
        len(numbers) == 1
        and number.isdigit()
        and len(number) >= MIN_CODE_DIGITS
        and numbers[0] in (0, len(tokens) - 1)
        and len(words) <= 3
    ):
        return "coded"  # ``619 Morondava`` or ``4481 साने``: a postcode and town, or a house number and street
    return "numbered" if len(numbers) == 1 else "other"


def part_kind(part: str) -> str:
    """What one part of an address is, read alone (see :class:`AddressReading` for the kinds).

    Example::

        part_kind("Lorchweg 7")  # "street"
    """
    return _part_kind(part.strip(" ."))


@dataclass(frozen=True)
class AddressReading:
    """The parts of a cell and what each is (``home``, ``street``, ``landmark``, ``numbered``, ``unit``,
    ``locality``, ``postcode``, ``place_code``, ``number`` or ``other``)."""

    parts: tuple[str, ...]
    kinds: tuple[str, ...]

    @property
    def home(self) -> bool:
        """A part says where the home is: a street, a numbered house, plot or box, a landmark, a name and number."""
        return bool(_HOME_KINDS & set(self.kinds))

    @property
    def address(self) -> bool:
        """Two or more parts, every one an address part, one of them the home."""
        if len(self.parts) < 2 or "other" in self.kinds:
            return False
        # A building's units (``Building 22, Room 338``) make a home beside a postcode only.
        return self.home or ("unit" in self.kinds and bool({"postcode", "place_code"} & set(self.kinds)))

    @property
    def street_line(self) -> bool:
        """One part, the home alone (``Hus 13``, ``Skjæringa 1``, ``64 Elizabeth Isitaladi``)."""
        return len(self.parts) == 1 and self.kinds[0] in _HOME_KINDS

    @property
    def strong(self) -> bool:
        """Read by a closed-class word (a street type, a home or box word, a landmark preposition) or, in an
        address of three parts or more, by a postcode beside the home: not only by a name and a number."""
        kinds = set(self.kinds)
        if not (self.address or self.street_line):
            return False
        return bool(kinds & _STRONG_KINDS) or (len(self.parts) >= 3 and bool(kinds & {"postcode", "place_code"}))


def read_address(value: str) -> AddressReading | None:
    """The parts of ``value`` and their kinds, or ``None`` for a cell too long or with too many parts.

    Example::

        read_address("Building 22, Room 338, Diego Garcia").kinds  # ("unit", "unit", "locality")
    """
    text = value.strip()
    if not text or len(text) > MAX_CELL_CHARS or "@" in text or not _QUICK.search(text):
        return None
    parts = tuple(p for p in _SPLIT.split(text) if p and p.strip(" .-–—"))
    if not parts or len(parts) > MAX_PARTS:
        return None
    kinds = [_part_kind(p.strip(" .")) for p in parts]
    if "coded" in kinds:
        # A long number beside words is the house's when the cell has its postcode elsewhere or opens with it
        # (``4481 साने | 545298 | अकोला``, ``7196 Milner Ithafa``), else the postcode of a town (``Lot IVL 315
        # Anosy (619 Morondava)``).
        coded = {"postcode", "place_code"} & set(kinds)
        kinds = [("numbered" if coded or i == 0 else "place_code") if k == "coded" else k
                 for i, k in enumerate(kinds)]  # fmt: skip
    return AddressReading(parts, tuple(kinds))
