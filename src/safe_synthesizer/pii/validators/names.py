"""Person-name checks: name-shaped values and the offline first-name/surname lists, any case.

Example::

    full_name_known("doe, jane")  # True
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.validators.japanese import ja_first_names, ja_full_name, ja_last_names
from safe_synthesizer.pii.validators.scripts import (
    script_family_known,
    script_full_name,
    script_given_known,
    script_letters,
)

_NAME_TOKEN = re.compile(r"^[A-Z][a-zA-Z'\u00C0-\u024F]*(?:[\-'][A-Za-z\u00C0-\u024F]+)*\.?$")
_WORD = re.compile(r"^[^\W\d_]+(?:['\u2019\-.][^\W\d_]+)*\.?$")


# Legal forms and partnership words of company names (``Duhamel S.A.S.``, ``Dumas et Fils``,
# ``Müller GmbH & Co. KG``, ``Rossi S.p.A.``, ``Smith and Sons``).
_COMPANY = re.compile(
    r"(?i)(?<=\S)\s+(?:s\.?a\.?s?\.?|s\.?a\.?r\.?l\.?|s\.?n\.?c\.?|s\.?c\.?s\.?|e\.?u\.?r\.?l\.?|gmbh|ag|kg|"
    r"e\.?\s?v\.?|ohg|ltd\.?|limited|plc|llc|llp|inc\.?|corp\.?|co\.?|b\.?v\.?|n\.?v\.?|s\.?p\.?a\.?|"
    r"s\.?r\.?l\.?|s\.?l\.?|s\.?a\.?u\.?|lda\.?|a/s|aps|ab|oy|as|sp\.\s?z\s?o\.?o\.?|group|holding|"
    r"(?:et|and|&|und|e|y|en)\s+(?:fils|sons|söhne|figli|hijos|zonen|filhos|cie|co\.?|partners|associates))(?=\s|$|,)"
)


def has_company_marker(value: str) -> bool:
    """A company's legal form or partnership words in ``value`` (``Duhamel S.A.S.``, ``Dumas et Fils``)."""
    return bool(_COMPANY.search(value))


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


def name_words(value: str) -> list[str]:
    """Word tokens of a name, commas dropped (``"doe, jane"`` -> ``["doe", "jane"]``)."""
    return value.replace(",", " ").split()


def is_name_shaped_any_case(value: str) -> bool:
    """One to five words of letters (any case, any script), as names and places are written."""
    words = name_words(value)
    if 1 <= len(words) <= 5 and len(value) <= 60 and all(_WORD.match(w) for w in words):
        return True
    # Thai, Arabic and Devanagari letters carry combining marks, which ``\w`` does not match.
    return len(value) <= 60 and script_letters(value)


def _name_parts(value: str) -> list[str]:
    words = [w.lower().rstrip(".") for w in re.split(r"[\s\-]+", value.replace(",", " ")) if w]
    return [w for w in words if w not in gazetteers.TITLES and w not in gazetteers.PARTICLES]


def _listed(word: str, names: frozenset[str]) -> bool:
    """``word`` is in ``names`` as written or without its accents (the lists hold both forms of
    listed names, so ``Stefan`` and ``Mihăela`` match ``Ștefan`` and ``Mihaela``)."""
    return word in names or gazetteers.plain_form(word) in names


# Romanian surname endings (``Ionescu``, ``Popescu``, ``Munteanu``, ``Dumitrașcu``): no other language
# ends names this way, and Faker lists only 44 Romanian surnames.
_RO_SURNAME = re.compile(r"^[^\W\d_]{2,}(?:escu|eanu|ășcu|ăscu|așcu|ascu)$")


def first_name_known(value: str) -> bool:
    """Every word is a listed first name, any case (``"jean-luc"``, ``"MARIA JOSE"``)."""
    parts = _name_parts(value)
    if bool(parts) and all(_listed(p, gazetteers.column_first_names()) or p in ja_first_names() for p in parts):
        return True
    return script_given_known(value)


def last_name_known(value: str) -> bool:
    """Every word (particles such as ``van der`` aside) is a listed surname, any case, or has a
    Romanian surname ending."""
    parts = _name_parts(value)
    surnames = gazetteers.column_surname_words()
    if bool(parts) and all(_listed(p, surnames) or p in ja_last_names() or _RO_SURNAME.match(p) for p in parts):
        return True
    return script_family_known(value)


def full_name_known(value: str) -> bool:
    """Two or more name words whose first is a listed first name and whose last is a listed surname.

    Handles ``"Last, First"``, titles (``Dr.``), particles (``van Vliet``), any case, and Japanese
    names (family name first, spaced or not: ``山口 花子``, ``山口花子``).
    """
    if not is_name_shaped_any_case(value):
        return False
    if ja_full_name(value) or script_full_name(value):
        return True
    if "," in value:
        last, _, first = value.partition(",")
        value = f"{first} {last}"
    parts = [w.lower().rstrip(".") for w in value.split() if w.lower().rstrip(".") not in gazetteers.TITLES]
    parts = [p for p in parts if p not in gazetteers.PARTICLES]
    if len(parts) < 2:
        return False
    first, last = parts[0].split("-")[0], parts[-1].split("-")[-1]
    surnames, firsts = gazetteers.column_surname_words(), gazetteers.column_first_names()
    if _listed(first, firsts) and (_listed(last, surnames) or _listed(last, firsts) or bool(_RO_SURNAME.match(last))):
        return True
    # Family name first without a comma (Hungarian ``Nagy László``, exports sorted by surname).
    return _listed(parts[0], surnames) and _listed(parts[-1], firsts)
