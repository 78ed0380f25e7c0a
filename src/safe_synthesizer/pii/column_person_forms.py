"""Person-name cells in the decorated layouts of real exports, reduced to the name they carry.

Why: contact and patient lists write ``Doe J``, ``Doe, J.``, ``Robert "Bob" Doe``, ``Jane Doe PhD``,
``John Doe Jr.``, ``Doe, Jane (#1234)``, ``Jane Doe (née Smith)``, ``Maria Lopez (deceased)``, ``John & Mary
Smith``, ``M. et Mme Dupont`` or ``Juan de la Cruz``.
None of these is a plain full name, so the column rules saw too few names (or, for ``de la``, a town
marker) and left the column as written. Each function here reads one such layout and says whether the
name in it is listed; :func:`column_people.person_layout` counts them as structured person cells (the
decoration is itself evidence of a person: nobody writes a nickname or a post-nominal into a product).

Example::

    decorated_person('Robert "Bob" Smith', person_layout, street_words)  # ('titled', True)
    surname_initials("Smith J.R.")  # (True, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.gazetteers import PARTICLES, TITLES, column_first_names, last_names

# Generational suffixes and post-nominal letters written after a name (``Jr.``, ``III``, ``PhD``, ``MBE``).
_SUFFIXES = (
    r"jr|jnr|sr|snr|ii|iii|iv|phd|ph\.d|md|mba|msc|bsc|ma|ba|mbe|obe|cbe|kbe|dbe|frcs|frcp|mrcp|esq|dds|rn|cpa|"
    r"llb|llm|dr\.?\s?med|dipl\.?-?ing|mag|ing|ir|drs|ddr|hc"
)
_TRAILING = re.compile(rf"(?:,?\s+(?:{_SUFFIXES})\.?)+$", re.IGNORECASE)
# A trailing id in brackets or after a hash (``(#1234)``, ``[00123]``, ``#55``, ``(ID 991)``).
_TRAILING_ID = re.compile(r"\s*(?:[(\[]\s*(?:#|id\s*:?|nr\.?|no\.?)?\s*[\w-]*\d[\w-]*\s*[)\]]|#\d+)$", re.IGNORECASE)
# A maiden or married name after the name (``Jane Doe (née Smith)``, ``Anna Kaya geb. Ruppert``, ``Rossi (nata
# Bianchi)``, ``Ana Robles (de soltera Sedano)``, ``Marie Dupont ép. Martin``): a person's remark of its own.
_MAIDEN = re.compile(
    r"\s*[(\[]?\s*(?:n[ée]e|geb\.?|geborene|verh\.?|nata|nato|nacida|de soltera|ép\.?|épouse|veuve|wed\.?|"
    r"weduwe|roz\.?)\s+[^\W\d_][\w'’\- ]{1,30}[)\]]?$",
    re.IGNORECASE,
)
# Any other short remark in brackets at the end (``Maria Lopez (deceased)``, ``Jan Smit (verhuisd)``): the name
# before it is read on its own, and must itself read as a person's name.
_TRAILING_REMARK = re.compile(r"\s+[(\[][^()\[\]\d]{2,30}[)\]]$")
# A nickname in quotes or brackets between given and family name (``Robert "Bob" Doe``, ``Robert (Bob) Doe``).
_NICKNAME = re.compile(r"^(\S+)\s+(?:\"[^\"]{2,15}\"|“[^”]{2,15}”|'[^']{2,15}'|\([^()\d]{2,15}\))\s+(.+)$")
# Couples: ``John & Mary Smith``, ``Mr & Mrs Smith``, ``M. et Mme Dupont``, ``Herr und Frau Müller``,
# ``Sr. y Sra. García``, ``Sig. e Sig.ra Rossi``, ``dhr. en mevr. Jansen``.
_COUPLE = re.compile(r"^(\S+)\s+(?:&|\+|and|und|u\.|et|y|e|en)\s+(\S.*)$", re.IGNORECASE)
# ``Doe J``, ``Doe, J.``, ``DOE J.R.``, ``van Dijk, J.``: family words, then one to three initials.
_SURNAME_INITIALS = re.compile(r"^((?:[^\W\d_][\w'’\-]*\s+){0,2}[^\W\d_][\w'’\-]+),?\s+((?:[A-ZÀ-Þ]\.?\s?){1,3})$")


def _title_word(word: str) -> bool:
    return word.lower().rstrip(".") in TITLES


def surname_initials(value: str) -> tuple[bool, bool]:
    """(family name then initials, that family name is listed): ``Doe J``, ``Doe, J.``, ``van Dijk J.R.``.

    A single capital after a word is also a room or block (``Block B``, ``Wing A``): the family word must
    be a listed surname and no street or title word for the cell to be a person at all.
    """
    m = _SURNAME_INITIALS.match(value.strip())
    if not m:
        return False, False
    words = [w for w in m.group(1).split() if w.lower() not in PARTICLES]
    if not words or len(words) > 2 or any(_title_word(w) for w in words):
        return False, False
    if not all(w[0].isupper() for w in words):
        return False, False
    listed = all(w.lower() in last_names() or V.last_name_known(w) for w in words)
    return listed, listed


def particle_name(value: str) -> tuple[bool, bool]:
    """(a listed given name, a family particle, a listed surname: ``Juan de la Cruz``, ``Jan van der Berg``).

    ``de la`` also joins a town's words (``Villanueva de la Serena``): the given name and the surname at
    both ends, both listed, make it a person's name.
    """
    words = value.split()
    if not 3 <= len(words) <= 5 or words[0].lower() not in column_first_names():
        return False, False
    inner = [w.lower() for w in words[1:-1]]
    if not inner or not any(w in PARTICLES for w in inner):
        return False, False
    family = words[-1]
    if not (family[:1].isupper() or value.islower()):
        return False, False
    listed = family.lower() in last_names() or V.last_name_known(family)
    return listed, listed


Layout = Callable[[str, frozenset[str]], "tuple[str, bool] | None"]


def decorated_person(value: str, layout: Layout, street_words: frozenset[str]) -> tuple[str, bool] | None:
    """(``titled``, listed) when ``value`` is a name with a suffix, post-nominal, trailing id or nickname,
    (``couple``, listed) for a couple's two given names or titles; the name without the decoration is read
    by ``layout``."""
    text = value.strip()
    core = _TRAILING_ID.sub("", text)
    core = _TRAILING.sub("", core).strip().rstrip(",")
    if core != text and core:
        inner = layout(core, street_words) or _single_listed(core)
        return ("titled", inner[1]) if inner else None
    if (core := _MAIDEN.sub("", text).strip().rstrip(",")) != text and core:
        inner = layout(core, street_words) or _single_listed(core)
        return ("titled", inner[1]) if inner else None
    if (core := _TRAILING_REMARK.sub("", text).strip()) != text and core and " " in core:
        inner = layout(core, street_words) or decorated_person(core, layout, street_words)
        return ("titled", inner[1]) if inner else None
    if m := _NICKNAME.match(text):
        inner = layout(f"{m.group(1)} {m.group(2)}", street_words)
        return ("titled", inner[1]) if inner else None
    if m := _COUPLE.match(text):
        first, rest = m.group(1), m.group(2)
        title = _title_word(first) or first.rstrip(".").lower() in _COUPLE_TITLES
        if not (title or first.lower() in column_first_names()):
            return None
        inner = layout(rest, street_words)
        if inner:
            return "couple", inner[1]
        return _titles_couple(rest) if title else None
    return None


# ``M.`` is an initial elsewhere; before ``et Mme`` it is the title. Two titles joined make a couple.
_COUPLE_TITLES = frozenset({"m", "mr", "mrs", "herr", "frau", "sr", "sra", "sig", "dhr", "mevr", "sres"})


def _titles_couple(rest: str) -> tuple[str, bool] | None:
    """The second title and the family name of ``M. et Mme Dupont``, ``dhr. en mevr. Van Driessche``:
    a title, then one to three capitalised family words (particles allowed)."""
    words = rest.split()
    if len(words) < 2 or not (_title_word(words[0]) or words[0].rstrip(".").lower() in _COUPLE_TITLES):
        return None
    family = [w for w in words[1:] if w.lower() not in PARTICLES]
    if not 1 <= len(family) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in family):
        return None
    return "couple", any(w.lower() in last_names() or V.last_name_known(w) for w in family)


def _single_listed(core: str) -> tuple[str, bool] | None:
    """``Smith`` left of a ``(#1234)``: a lone listed surname is the person."""
    if " " not in core and core[:1].isupper() and V.last_name_known(core):
        return "titled", True
    return None


# ``Mutua, John``: two name parts around one comma (the family name first, as rosters and exports sort people).
_INVERTED = re.compile(r"^[^\W\d_][\w'’\- ]{0,40},\s*[^\W\d_][\w'’\-. ]{0,40}$")
# ``J. Wambui``, ``A.B. Okafor``: initials then a family word.
_INITIAL_FIRST = re.compile(r"^(?:[^\W\d_]\.\s?){1,3}\s*[^\W\d_]{2,}")


def full_name_form(value: str) -> bool:
    """The cell is written the way only a whole name is: ``Last, First``, a title first (``Mrs Mary Mutua``), a
    generational suffix or post-nominal last (``Dennis Kiprono Jr.``), or initials then a family name.

    Why: in countries whose surnames are also given names (Kenya's ``Mutua``, ``Otieno``; Ghana's ``Kofi``), every
    word of a full-name column is a listed given name; a column of given names is never written in these forms.
    """
    text = value.strip()
    words = text.split()
    if len(words) < 2:
        return False
    if _INVERTED.match(text) or _INITIAL_FIRST.match(text) or _TRAILING.search(text):
        return True
    return _title_word(words[0]) and len(words) >= 3
