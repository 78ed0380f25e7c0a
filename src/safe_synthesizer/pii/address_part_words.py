"""The closed classes of words an address part is read by: street types, the units that number a home, the
secondary units of a building, the landmark prepositions, all lower case and without their dots.

Why a module of its own: the street types are spread over several tables (:mod:`text_street_vocab`'s prefixes,
suffixes, glued types and units, Faker's street words per locale in :mod:`gazetteers`, the part words of
:mod:`column_address_parts` and :mod:`address_structures`). The address-cell reader
(:mod:`address_cell_reader`) asks one question of a word (is it a street type? a home unit? a landmark
preposition?), whatever language wrote it, so the tables are joined here once, with the few words of languages
none of them holds (Nguni, Dhivehi, Pashto street words; box and house words). These are closed classes of the
languages, never the content words of one data set.

Example::

    word_kind("straße")     # "street"
    word_kind("postboks")   # "home"
    word_kind("room")       # "unit"
    word_kind("near")       # "landmark"
"""

from __future__ import annotations

from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii import text_street_vocab as vocab
from safe_synthesizer.pii.address_structures import _UNIT_WORDS
from safe_synthesizer.pii.column_address_parts import _WORDS as _PART_WORDS

__all__ = ["glued_street", "landmark_lead", "word_kind"]
MIN_GLUED_STEM = 3

# Street types glued to the end of a name in scripts without spaces between them (Korean ``창전거리``,
# ``세종대로``, ``올림픽길``): the name before them may be one letter long.
_GLUED_SCRIPT_TYPES = ("거리", "대로", "길")
# Street words no table above holds: Nguni (``isitaladi`` street, ``umgwaqo`` road, ``indlela`` way), Dhivehi
# (``magu`` street, ``hingun`` avenue, ``goalhi`` lane), Pashto/Dari (``سړک`` road, ``کوڅه`` lane, ``سرک``),
# Vietnamese, Georgian, junctions and roundabouts in French and English.
_MORE_STREETS = """
    isitaladi umgwaqo indlela magu hingun goalhi سړک سرک کوڅه جاده đường phố ქუჩა გამზირი carrefour rond-point
    ruelle venelle sentier traverse
    """
# Words that number a home, a plot or a post box (each followed by its number): a cell led by one is an address.
_HOMES = """
    house hus huis haus casa maison nhà số villa flat apt apartment appartement apartamento wohnung lejlighed
    plot erf stand lot lote parcelle parcela kavling
    postboks postbox postbus postfach box pobox apartado caixa bp cp cs casilla
    کور خانه منزل پلاک বাড়ী বাড়ি বাসা ফ্ল্যাট অ্যাপার্টমেন্ট घर मकान फ्लैट
    """
# Units of a building or an area, numbered in a home's address but also in a venue's or a warehouse's: they
# count as address parts, never as the address's evidence alone.
_UNITS = """
    building bldg room suite floor level block blk unit sector section zone ward phase extension ext porte
    bâtiment bât étage gebäude stock edificio piso puerta bloco andar
    ناحیه ناحيه بلوک طبقه واحد বিল্ডিং নং
    """
# Spatial prepositions that lead a landmark address (``near the bus station``, ``face à la station``).
_LANDMARK_LEADS = (
    "near", "behind", "opposite", "beside", "next to", "across from", "in front of", "close to", "off",
    "près de", "près du", "près des", "face à", "en face de", "en face du", "derrière", "à côté de", "à côté du",
    "cerca de", "cerca del", "frente a", "detrás de", "detrás del", "junto a", "al lado de",
    "perto de", "perto do", "perto da", "atrás de", "atrás do", "atrás da", "em frente a", "em frente ao",
    "bei", "neben", "gegenüber", "hinter", "vicino a", "vicino al", "dietro", "di fronte a",
    "naast", "tegenover", "achter", "karibu na", "nyuma ya", "mbele ya",
)  # fmt: skip
# Street types that are ordinary words too often (``Place``, ``Square``, ``Route 66``, ``Lia``): no street alone.
_ORDINARY = frozenset(
    """place square route casa via gate lia park line view end way hill top field green row court close mount
    ring tie bad side house unit room level floor lot plot block stand box villa beach station farm harbour harbor
    bay island lake river valley village cove creek""".split()  # noqa: SIM905
)


def _fold(word: str) -> str:
    return word.casefold().strip(".:,;#º°")


@lru_cache(maxsize=1)
def _tables() -> dict[str, str]:
    kinds: dict[str, str] = {}
    streets = {_fold(w) for w in (*vocab.PREFIXES, *vocab.CAPITALISED_PREFIXES, *vocab.DOTTED_PREFIXES)}
    streets |= {_fold(w) for w in (*vocab.SPACED_TYPES, *vocab.UNNUMBERED_PREFIXES)}
    streets |= {_fold(w) for w in gazetteers.street_suffixes()}
    for locale in gazetteers.VOCAB_LOCALES:
        streets |= {_fold(w) for w in gazetteers.locale_street_words(locale)}
    streets |= {_fold(w) for w in _PART_WORDS} | {_fold(w) for w in _MORE_STREETS.split()}
    for word in streets - _ORDINARY:
        if len(word) >= 2 or not word.isascii():
            kinds[word] = "street"
    for word in (*_UNIT_WORDS, *vocab.UNITS, *_UNITS.split()):
        folded = _fold(word)
        if folded and (len(folded) >= 2 or not folded.isascii()) and kinds.get(folded) != "street":
            kinds[folded] = "unit"
    for word in _HOMES.split():
        kinds[_fold(word)] = "home"
    return kinds


def word_kind(word: str) -> str | None:
    """``"street"`` (a street type of any table), ``"home"`` (a house, plot or box word), ``"unit"`` (a
    building's or an area's unit) or ``None``, for one word in any case, its dots dropped.

    Example::

        word_kind("Isitaladi")  # "street"
    """
    return _tables().get(_fold(word))


@lru_cache(maxsize=1)
def _glued_types() -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for w in vocab._glued() if len(w) >= 3 and w.isalpha()}, key=len, reverse=True))


@lru_cache(maxsize=8192)
def glued_street(word: str) -> bool:
    """``word`` is a name with a street type glued to its end (``Furuvägen``, ``Ekgränd``, ``Lorchweg``).

    Example::

        glued_street("Kerkstraat")  # True
    """
    folded = word.casefold().rstrip(".")
    if not folded[:1].isalpha():
        return False
    if any(folded.endswith(t) and len(folded) > len(t) for t in _GLUED_SCRIPT_TYPES):
        return True
    return any(folded.endswith(t) and len(folded) - len(t) >= MIN_GLUED_STEM for t in _glued_types())


@lru_cache(maxsize=1)
def _leads() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(lead.split()) for lead in sorted(_LANDMARK_LEADS, key=len, reverse=True))


def landmark_lead(words: list[str]) -> int:
    """How many of ``words`` (a part's words) make the landmark preposition that opens it, 0 if none.

    Example::

        landmark_lead(["face", "à", "la", "station"])  # 2
    """
    folded = [w.casefold() for w in words]
    for lead in _leads():
        if len(folded) > len(lead) and tuple(folded[: len(lead)]) == lead:
            return len(lead)
    return 0
