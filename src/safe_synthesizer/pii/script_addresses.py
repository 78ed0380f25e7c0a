"""Address cells written in Hebrew, Persian/Arabic, Georgian or Armenian (and Azerbaijani street lines).

Why: the address checks know Latin, Cyrillic, Greek, Chinese, Korean and Thai street words only, so an
Israeli, Iranian or Georgian address column stayed unplanned and every address was published as written.
A cell is an address when it is, as a whole, what :mod:`.text_script_streets` reads as a street line in a
note (``خیابان فردوسی، پلاک 30, اصفهان 10312-73956``, ``რიონის ქ. 89``, ``Bülbül küç. 73B``), or a bare
street line of one of these scripts: one to four words, a house number, then optionally a town and a
postcode after commas (``מזרחי יוסף 28, עמיר 9040524``, ``ההגנה 91``). In a cell the bare layout is safe:
a note needs the street word because numbers follow many words in prose; a whole cell of words and one
number is a street line.

Example::

    spaced_script_address("מזרחי יוסף 28, עמיר 9040524")  # True
    spaced_script_address("ספר טוב")  # False
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.script_lexicon import spaced_script_of
from safe_synthesizer.pii.text_script_streets import script_street_spans
from safe_synthesizer.utils.scripts import ARABIC, ARMENIAN, GEORGIAN, HEBREW

__all__ = ["spaced_script_address"]

_LETTERS = {"hebrew": HEBREW, "arabic": ARABIC, "georgian": GEORGIAN, "armenian": ARMENIAN}
_MIN_COVERED = 0.8  # share of the cell a street span found in it must cover
_MAX_LENGTH = 120


def _bare_line(script: str) -> re.Pattern[str]:
    letters = _LETTERS[script]
    word = rf"[{letters}](?:[{letters}'׳\"״\-.]*[{letters}.])?"
    number = rf"\d{{1,4}}[{letters}A-Za-z]?(?:/\d{{1,4}})?"
    postcode = r"\d{4,7}(?:-?\d{5})?"
    tail = rf"(?:[ \t]*[,،][ \t]*(?:{postcode}|(?:{word}[ \t]+){{0,3}}{word}(?:[ \t]*,?[ \t]*{postcode})?))"
    # One word and a number alone (``גודל 42``: size 42) is a label and its value, so a single-word street
    # needs its town or postcode after it.
    return re.compile(
        rf"^(?:\d{{1,5}}[ \t]+)?(?:(?:{word}[ \t]+){{1,3}}{word}[ \t]*,?[ \t]*{number}{tail}*"
        rf"|{word}[ \t]*,?[ \t]*{number}{tail}+)$"
    )


_BARE = {script: _bare_line(script) for script in _LETTERS}
_QUALIFIER = re.compile(r"[ \t]*[()][ \t]*|[ \t]+-[ \t]+")


# Indic address cells (Hindi, Nepali, Bengali...): two to five parts between commas, none over four words, the last
# a postcode beside its town in either order (``फ्लैट 147, सुभाष चौक, अमरावती 318793``, ``मुसलमान रोड, 67044 बारा``):
# how Faker hi_IN/ne_NP write them and how Indian and Nepali forms are filled in. Indic words carry vowel signs
# (marks), so a word here is any run of non-digits between spaces.
_INDIC = frozenset({"devanagari", "bengali", "gujarati", "oriya", "tamil", "sinhala"})
_INDIC_CODE_TOWN = re.compile(r"^(?:\d{4,6}(?:[ \t]+[^\d\s]+){1,3}|(?:[^\d\s]+[ \t]+){1,3}\d{4,6})$")
_MAX_PART_WORDS = 4


def _indic_address(text: str) -> bool:
    parts = [p.strip() for p in re.split(r"[,،]", text)]
    if not 2 <= len(parts) <= 5 or not all(parts) or any(len(p.split()) > _MAX_PART_WORDS for p in parts):
        return False
    return not re.search(r"[A-Za-z]", text) and bool(_INDIC_CODE_TOWN.match(parts[-1]))


def spaced_script_address(value: str) -> bool:
    """A whole cell that is a street line in Hebrew, Persian/Arabic, Georgian, Armenian or Azerbaijani, or an
    Indic address ending in its postcode and town."""
    text = value.strip()
    if not 5 <= len(text) <= _MAX_LENGTH or not any(ch.isdigit() for ch in text):
        return False
    script = spaced_script_of(text)
    if script in _INDIC and _indic_address(text):
        return True
    # Israeli localities carry their kind in brackets and join two names by a dash (``מרחביה (מושב)``,
    # ``פוריה - נווה עובד``; exports often flip the brackets of right-to-left text: ``)מושב(``).
    plain = _QUALIFIER.sub(" ", text).strip()
    if script in _BARE and _BARE[script].match(plain):
        return True
    covered = max((b - a for a, b, _ in script_street_spans(text)), default=0)
    return covered >= _MIN_COVERED * len(text)
