"""The values of a postcode column and of a town column, each judged alone (their pairing: :mod:`place_pairs`).

Why apart: :mod:`place_pairs` decides which two columns of a table are an address's postcode and town; what a
postcode layout is, what a place word is and which values read as people are questions of single values that
other place rules ask too (:mod:`column_block_towns`).

Example::

    is_code("L-9815")                      # True: Luxembourg's postal letter before four digits
    code_column(["10115", "80331", "50667", "20095", "60311"])  # "codes of one layout (99999, 100%)"
    town_column(["Wiltz", "Ettelbruck", "Diekirch"])            # "100% capitalised place words, 0% person-like"
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import pandas as pd
import phonenumbers

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.place_pair_vetoes import dated_codes, not_a_town_column

# Postcodes written in groups: Czech, Slovak, Swedish and Greek ``565 17`` (Greek ones after their abbreviation
# ``ΤΚ``/``Τ.Κ.``, ταχυδρομικός κώδικας: ``ΤΚ 337 21``), Polish ``67-532``, Portuguese ``2647-971``, Brazilian
# ``01310-100``, American ZIP+4 ``52331-4997``, Dutch ``7284 FO``.
_GREEK_MARK = r"Τ\.?\s?Κ\.?\s*"
_GROUPED = rf"(?:{_GREEK_MARK})?\d{{3}} ?\d{{2}}|\d{{2}}-\d{{3}}|\d{{4,5}}-\d{{3}}|\d{{5}}-\d{{4}}|\d{{4}} ?[A-Z]{{2}}"
# A code of one layout: digits, or digits in groups; a country prefix (``D-12345``, ``SI-1000``, ``SK-067 83``,
# ``PL-67-532``, ``NL-7284 FO``) only before 4-5 digits or a grouped code, not ``PET-8318571``.
_DIGIT_CODE = re.compile(rf"^(?:(?:[A-Z]{{1,2}}-)?(?:\d{{4,5}}|{_GROUPED})|\d{{3,8}})$")
COUNTRY_PREFIX = re.compile(r"^([A-Z]{1,2})-")
# The one-letter prefixes European post wrote before a postcode (the countries' car plates: ``D-``, ``A-``, ``L-``,
# ``F-``, ``I-``, ``B-``, ``E-``, ``P-``, ``H-``, ``S-``, ``N-``, ``M-``, ``V-``); two letters are ISO country codes
# (``LT-``, ``SI-``, ``PL-``). Any other letter is a firm's own series (Odoo's references ``K-51884``: set 26, seen).
_POSTAL_LETTERS = frozenset("ABDEFHILMNPSV")
# A short alphanumeric code in two groups (Eircode ``D02 X285``, British ``SW1A 1AA``), or letters and
# digits alternating without a space (Canadian ``K1A0B1``, Kazakh ``A71F8H0``).
_ALNUM_CODE = re.compile(r"^(?=[A-Z0-9 ]*\d)(?=[A-Z0-9 ]*[A-Z])[A-Z0-9]{2,4} [A-Z0-9]{3,4}$")
_ALTERNATING_CODE = re.compile(r"^[A-Z]\d\d?[A-Z]\d[A-Z]\d$")
# A word of letters alone (``CP``, ``PLZ``, ``Postcode``, ``Τ.Κ.``) over a column of codes: a sub-label.
_SUB_LABEL = re.compile(r"^[^\W\d_][^\W\d_. ]*\.?(?: [^\W\d_]+\.?)?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_HAS_DIGIT = re.compile(r"\d")

MIN_CODE_SHARE = 0.9  # values in a code layout
MIN_LAYOUT_SHARE = 0.8  # values in the most common layout (``L-9999``, ``999``)
MIN_DISTINCT_CODES = 5
MIN_DISTINCT_TOWNS = 3
MIN_TOWN_SHAPE = 0.9  # capitalised place words without digits
MAX_PERSON_SHARE = 0.3  # values that read as person (or pet) names
MAX_STREET_SHARE = 0.5  # values that carry a street type (``Verkkokatu``, ``Piper Lane``)
MAX_TOWN_WORDS = 4


def code_layout(value: str) -> str:
    """``L-9999`` for digit codes; group lengths (``3 4``) for alphanumeric ones, whose letters and
    digits mix freely from code to code (Eircodes ``D02 X285`` and ``A65 F4E2``)."""
    if V.postcode_locales(value) == ("en_GB",):
        return "en_GB"  # British outward codes are two to four characters (``HS1 3NE``, ``IV51 9NN``): one layout
    if _ALNUM_CODE.match(value):
        return " ".join(str(len(g)) for g in value.split())
    value = re.sub(r"(\d{4}) (?=[A-Z]{2}$)", r"\1", value)  # Dutch codes written with and without the space
    # One code written with and without its group space or mark (``104 25``, ``ΤΚ 10425``), and a ZIP with and
    # without its +4 (``52331-4997``): one layout.
    value = re.sub(rf"^(?:{_GREEK_MARK})?(\d{{3}}) ?(\d{{2}})$", r"\1\2", value)
    value = re.sub(r"^(\d{5})-\d{4}$", r"\1", value)
    return re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", value))


def code_column(values: Sequence[str]) -> str | None:
    """Evidence text when ``values`` (distinct, stripped, in row order) are postcodes of one layout, else None."""
    if values and _SUB_LABEL.match(values[0]):
        values = values[1:]  # a header of two rows read by pandas: its second row (``CP``, ``Postcode``) is data
    if len(values) < MIN_DISTINCT_CODES:
        return None
    upper = [v.upper() for v in values]
    coded = [v for v in upper if is_code(v)]
    if len(coded) < MIN_CODE_SHARE * len(values):
        return None
    if sum(bool(_YEAR.match(v)) for v in coded) >= 0.5 * len(coded):
        return None  # years, not postcodes
    if dated_codes(coded):
        return None  # eight-digit calendar days (SAP ERDAT 20240305), not postcodes
    layouts = pd.Series([code_layout(v) for v in coded]).value_counts()  # ``coded`` is upper case
    if layouts.iloc[0] < MIN_LAYOUT_SHARE * len(values):
        return None
    return f"codes of one layout ({layouts.index[0]}, {layouts.iloc[0] / len(values):.0%})"


# The grouped layouts a country writes after its ISO letters (``SK-067 83``, ``PL-67-532``, ``NL-7284 FO``,
# ``PT-2647-971``; Sweden's and Portugal's car letters too: ``S-123 45``, ``P-2647-971``). A grouped code after
# another country's letters (``TN-2022-569``: Tunisia's codes are four bare digits) is a record's series and year,
# not a postcode (set 27, seen: Moodle ``idnumber`` paired with the town column).
_GROUPED_COUNTRIES = {
    "999 99": {"CZ", "SK", "SE", "S", "GR"}, "99-999": {"PL"}, "9999-999": {"PT", "P"}, "99999-999": {"BR"},
    "99999-9999": {"US"}, "9999AA": {"NL"}, "9999 AA": {"NL"},
}  # fmt: skip


def is_code(value: str) -> bool:
    """A postcode's layout (upper case ``value``): digits, grouped digits, or an alphanumeric code; a letter prefix
    only of a country (:data:`_POSTAL_LETTERS`, ISO codes), and before a grouped code only of a country that
    writes that grouping (:data:`_GROUPED_COUNTRIES`)."""
    if not (_DIGIT_CODE.match(value) or _ALNUM_CODE.match(value) or _ALTERNATING_CODE.match(value)):
        return False
    prefix = COUNTRY_PREFIX.match(value)
    if prefix is None:
        return True
    letters, rest = prefix.group(1), value[prefix.end() :]
    if rest.isdigit():
        return letters in _POSTAL_LETTERS or letters in phonenumbers.SUPPORTED_REGIONS
    shape = re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", rest))
    return letters in _GROUPED_COUNTRIES.get(shape, set())


def main_layout(values: Sequence[str]) -> str | None:
    """The layout most of ``values`` are written in (:func:`layout`), or ``None`` when there are none."""
    layouts = pd.Series([code_layout(v.upper()) for v in values])
    return str(layouts.value_counts().index[0]) if len(layouts) else None


_INITIAL = re.compile(r"^[^\W\d_]\.$")


def is_town_word(value: str) -> bool:
    # Lower-case particles are not counted: ``San Juan de los Lagos``, ``Saint-Martin-sur-le-Pré``.
    words = [w for w in value.split() if not w[:1].islower()]
    return (
        0 < len(words) <= MAX_TOWN_WORDS
        and not _HAS_DIGIT.search(value)
        and value[:1].isupper()
        and V.is_name_shaped_any_case(value.replace("-", " ").replace("'", " "))
    )


def reads_as_person(value: str) -> bool:
    """A full name, a first name and more, a lone first name (``Bella``, ``Teddy``: pets too), or an
    initial then a listed surname (``T. Dương``, ``K. Nowak``: no town is written so)."""
    words = value.split()
    if V.has_place_marker(value):
        return False  # ``Nicole Ville``, ``San Marcos``: a name in a town's marked form is a town
    if V.full_name_known(value) or V.first_name_known(words[0]):
        return True
    return len(words) >= 2 and bool(_INITIAL.match(words[0])) and V.last_name_known(" ".join(words[1:]))


def town_column(values: Sequence[str]) -> str | None:
    """Evidence text when ``values`` (distinct, stripped) are place words, else None."""
    if len(values) < MIN_DISTINCT_TOWNS:
        return None
    shaped = sum(map(is_town_word, values)) / len(values)
    if shaped < MIN_TOWN_SHAPE:
        return None
    people = sum(map(reads_as_person, values)) / len(values)
    if people > MAX_PERSON_SHARE or one_line_of_products(values) or not_a_town_column(values):
        return None
    return f"{shaped:.0%} capitalised place words, {people:.0%} person-like"


# A product line's names end in a handful of model words (``Memory Max``, ``Join Pro``, ``Tax Lite``); people's
# towns end in as many words as there are towns.
MAX_LINE_TAILS = 3
MIN_LINE_SHARE = 0.8


def one_line_of_products(values: Sequence[str]) -> bool:
    """Nearly every value of several words, and a few last words, none a town's mark (``Nicole Ville``), end
    nearly all of them."""
    tails = [v.split()[-1].casefold() for v in values if len(v.split()) >= 2 and not V.has_place_marker(v)]
    if len(values) < 2 * MAX_LINE_TAILS or len(tails) < MIN_LINE_SHARE * len(values):
        return False
    common = sum(n for _, n in Counter(tails).most_common(MAX_LINE_TAILS))
    return common >= MIN_LINE_SHARE * len(values)


def street_words(values: Sequence[str]) -> bool:
    """Place words that are streets without numbers (``Lisapad``, ``Spiræagade``, ``Serangoon Avenue``): beside
    a code they still make it a postcode (the address's other part), but they are no town."""
    # Imported here: column_street_names builds on this module's findings.
    from safe_synthesizer.pii.column_street_names import is_typed_street_name

    return sum(map(is_typed_street_name, values)) >= MAX_STREET_SHARE * len(values)
