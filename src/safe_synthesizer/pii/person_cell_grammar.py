"""One grammar for a cell that names a person (or a couple, or a household) the ways registers write them.

Why: a window cleaner's round book, a plumber's job sheet, a hall's bookings or a cricket club's scorebook write
their people as ``Mr & Mrs Haynes``, ``M. et Mme Dupont``, ``Carol & Dave Haynes``, ``Haynes family``, ``Famille
Bonnet-Bailly``, ``Haynes C``, ``ECHEVARRÍA SUÁREZ D.``, ``C.A. Haynes``, ``Y.O. Suárez Montes de Oca``, ``HAYNES,
Carol (Mrs)``, ``Mrs Carol Haynes``, ``anders NANGO`` or ``Quine Illiam``. Each earlier reader knew a few of these
layouts (:mod:`column_written_people` the desk's ones, :mod:`column_person_forms` the decorated ones), so a column
mixing couples, families and scorebook initials read as too few people and was published as written (set 41: 27
name columns shown and 29 hidden of 218, ``Name``/``Nom``/``Customer`` headers among them).

A cell is read as slots: an optional title (``Mr``, ``Mme``, ``Herr``; two titles joined for a couple), given names
or initials, name particles (``van``, ``bin``, ``Ould``, ``de``), and one to three family words; couples are joined
by ``&``/``and``/``und``/``u.``/``et``/``y``/``e``/``en``/``og``/``och``/``i``/``+``, a household by the word for
family before or after (``family``, ``Familie``, ``Famille``, ``familia``...). A name word is capitalised, all
capitals, or the whole cell is in lower case; it is no ordinary word of a language, street word or town (a
listed family or given name may be both: ``Baker``), so ``Block C``, ``Royal family`` or ``Peter & Paul Church``
are no one.

:func:`read_person_cell` gives the form and whether the cell carries evidence beyond its shape (a title, initials,
a household word, a listed name); :mod:`column_person_grammar` judges a column by it.

Example::

    read_person_cell("Mr & Mrs Haynes")  # PersonCell(form="couple_titled", structured=True, listed=True)
    read_person_cell("Haynes C")  # PersonCell(form="family_initials", structured=True, ...)
    read_person_cell("Block C")  # None
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.common_words import common_words
from safe_synthesizer.pii.gazetteers import PARTICLES, TITLES
from safe_synthesizer.pii.month_names import DATE_MONTHS
from safe_synthesizer.pii.person_cell_tokens import INITIALS, NAME_WORD, one_line, ordinary_word, title_word
from safe_synthesizer.pii.weekday_dates import WEEKDAYS

# Words that join the two people of a couple in the tables' languages (``u.``: German ``und``).
CONJUNCTIONS = frozenset({"&", "and", "und", "u", "et", "y", "e", "en", "og", "och", "i", "ja", "és", "si", "și",
                          "ve", "+", "an", "agus"})  # fmt: skip
# The word for a household, written before or after the family name (``Haynes family``, ``Familie Haynes``).
FAMILY_WORDS = frozenset({"family", "familie", "famille", "familia", "famiglia", "família", "familjen", "familien",
                          "fam", "household", "rodzina", "rodina", "obitelj", "porodica", "perhe", "család",
                          "ailesi", "keluarga", "gezin", "οικογένεια", "семья", "сім'я"})  # fmt: skip
# Lower-case links inside a name (particles, patronymic links) beyond the lists' particles.
LINKS = PARTICLES | frozenset({"des", "dei", "della", "degli", "do", "ter", "ten", "het", "op", "af", "av", "nic",
                               "ni", "ní", "binti", "bint", "bte", "ibn", "ben", "ould", "mint", "ag", "abu", "el",
                               "lo", "les", "dit", "née", "nee", "geb", "e"})  # fmt: skip
# Titles of a couple's or a bracketed courtesy (``M. et Mme``, ``(M.)``): the French ``M.`` is no initial there.
# Titles of rank and honour: a pony, a march or a pub is named ``Sir Lancelot``, ``Lady Godiva``, ``Colonel Bogey``.
HONOURS = frozenset({"sir", "lady", "lord", "dame", "captain", "capt", "colonel", "col", "major", "general", "king",
                     "queen", "prince", "princess", "saint", "st", "father", "brother", "sister", "uncle", "aunt",
                     "auntie", "doctor", "professor", "prof", "rev", "reverend", "count", "countess"})  # fmt: skip
_COUPLE_TITLES = TITLES | frozenset({"m", "mm", "messrs", "sres", "srs", "hr", "fr", "mstr", "master"})

_INITIALS = re.compile(rf"^{INITIALS}$|^[^\W\d_]{{1,2}}$")
_SPLIT = re.compile(r"\s+")


@dataclass(frozen=True)
class PersonCell:
    """How a cell names a person: ``form`` (the layout), ``structured`` (a layout nobody writes for a thing:
    titles, initials, a couple, a household, ``FAMILY, Given (Mrs)``), ``listed`` (a title, initials or a
    listed name vouch for it beyond its shape) and ``plain`` (its family word is also an ordinary word: ``Block
    C``, ``Hall B``, ``Royal family`` read so too; a column of them is no people)."""

    form: str
    structured: bool
    listed: bool
    plain: bool = False


def _title(word: str, couple: bool = False) -> bool:
    return title_word(word, _COUPLE_TITLES if couple else TITLES)


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Weekdays and months, whole and cut (``Mon``, ``Fri``, ``jeu``, ``März``): a round's ``Mon A`` is no one."""
    words = {w for text in WEEKDAYS.values() for w in re.split(r"[\s|/]+", text) if len(w) > 2}
    words |= {w for text in DATE_MONTHS.values() for w in text.split()}
    months = "january february march april may june july august september october november december"
    words |= set(months.split()) | {m[:3] for m in months.split()}
    return frozenset(w.casefold() for w in words)


@lru_cache(maxsize=65536)
def plain_word(word: str) -> bool:
    """``word`` is an ordinary word of a language, a street word, a town or a day or month (``Block``, ``Royal``,
    ``Church``, ``Mon``)."""
    folded = word.casefold().rstrip(".")
    if folded in _calendar_words():
        return True
    parts = [p for p in re.split(r"[\-'’]", folded) if p]
    return ordinary_word(folded) or any(p in common_words() and len(p) > 3 for p in parts[1:])


def _name_word(word: str, lower: bool) -> bool:
    """A word of a name: letters, capitalised or in capitals (any case when the whole cell is lower case)."""
    if not re.fullmatch(NAME_WORD, word):
        return False
    return lower or word[:1].isupper()


def _listed_surname(words: list[str]) -> bool:
    return any(V.last_name_known(w) for w in words if w.casefold() not in LINKS)


def _listed_given(words: list[str]) -> bool:
    return any(V.first_name_known(w) for w in words if w.casefold() not in LINKS)


def family_part(words: list[str], lower: bool = False) -> bool | None:
    """One to four words of a family name (particles inside: ``Montes de Oca``, ``bin Khairul Sulaiman``):
    ``True`` when a word is a listed surname, ``False`` when it is a name by its shape only, ``None`` when it is no
    family name (a title, a lone particle, a word in lower case in a capitalised cell). An ordinary word is left
    to the column's count of them (:attr:`PersonCell.plain`)."""
    if not 1 <= len(words) <= 4:
        return None
    core = [w for w in words if w.casefold() not in LINKS]
    if not core or any(not _name_word(w, lower) for w in core) or any(_title(w) for w in core):
        return None
    if not lower and any(not (w[:1].isupper() or w.casefold() in LINKS) for w in words):
        return None
    return _listed_surname(core)


def _plain_core(words: list[str]) -> bool:
    return any(plain_word(w) for w in words if w.casefold() not in LINKS and not _title(w, True) and len(w) > 2)


def _couple_titled(tokens: list[str]) -> PersonCell | None:
    """``Mr & Mrs Haynes``, ``M. et Mme Dupont``, ``Herr u. Frau Müller``, ``Sr. y Sra. García``."""
    if len(tokens) < 4 or not (_title(tokens[0], True) and _title(tokens[2], True)):
        return None
    if tokens[1].casefold().rstrip(".") not in CONJUNCTIONS:
        return None
    fam = family_part(tokens[3:])
    return None if fam is None else PersonCell("couple_titled", True, True, _plain_core(tokens[3:]))


def _couple_given(tokens: list[str], lower: bool) -> PersonCell | None:
    """``Carol & Dave Haynes``, ``Jean et Marie Dupont`` (the givens capitalised, the family name after)."""
    if len(tokens) < 4 or tokens[1].casefold().rstrip(".") not in CONJUNCTIONS:
        return None
    a, b, rest = tokens[0], tokens[2], tokens[3:]
    if not (_name_word(a, lower) and _name_word(b, lower)) or _title(a) or _title(b):
        return None
    fam = family_part(rest, lower)
    if fam is None:
        return None
    givens = V.first_name_known(a) or V.first_name_known(b)
    return PersonCell("couple_given", True, givens or fam, _plain_core(tokens))


def _household(tokens: list[str], lower: bool) -> PersonCell | None:
    """``Haynes family``, ``The Haynes family``, ``Familie Haynes``, ``Famille Bonnet-Bailly``."""
    words = tokens[1:] if tokens and tokens[0].casefold() in {"the", "die", "la", "les", "de", "het", "il"} else tokens
    if len(words) < 2:
        return None
    if words[-1].casefold() in FAMILY_WORDS:
        name = words[:-1]
    elif words[0].casefold().rstrip(".") in FAMILY_WORDS:
        name = words[1:]
    else:
        return None
    fam = family_part(name, lower)
    return None if fam is None else PersonCell("household", True, True, _plain_core(name))


def _comma_title(text: str, lower: bool) -> PersonCell | None:
    """``HAYNES, Carol (Mrs)``, ``Quirk, Mark (Mr)``, ``NGARMBASSA, Mahamat (M.)``."""
    m = re.fullmatch(r"([^,()]+),\s*([^,()]+?)\s*\(\s*([^\W\d_]+\.?)\s*\)", text)
    if not m or not _title(m.group(3), True):
        return None
    family, given = m.group(1).split(), m.group(2).split()
    fam = family_part(family, lower)
    if fam is None or not given or len(given) > 3 or not all(_name_word(w, lower) for w in given):
        return None
    return PersonCell("comma_title", True, True, _plain_core(family))


def _family_initials(tokens: list[str], lower: bool) -> PersonCell | None:
    """``Haynes C``, ``HAYNES C.``, ``Lebon-Gérard N``, ``ECHEVARRÍA SUÁREZ D.``, ``BIN KHAIRUL SULAIMAN A.``."""
    if len(tokens) < 2 or not _INITIALS.match(tokens[-1]) or not tokens[-1][:1].isupper():
        return None
    if len(tokens[-1].rstrip(".")) == 2 and "." not in tokens[-1] and not tokens[-1].isupper():
        return None  # ``Haynes Jo``: a short given name, not initials
    fam = family_part(tokens[:-1], lower)
    if fam is None:
        return None
    return PersonCell("family_initials", True, True, _plain_core(tokens[:-1]))


def _initials_family(tokens: list[str], lower: bool) -> PersonCell | None:
    """``C.A. Haynes``, ``C. Haynes``, ``Y.O. Suárez Montes de Oca``, ``Mrs D. Bembo``."""
    start = 1 if tokens and _title(tokens[0]) else 0
    i = start
    while i < len(tokens) and re.fullmatch(INITIALS, tokens[i]) and tokens[i][:1].isupper():
        i += 1
    if i == start or i >= len(tokens):
        return None
    fam = family_part(tokens[i:], lower)
    return None if fam is None else PersonCell("initials_family", True, True, _plain_core(tokens[i:]))


def _titled(tokens: list[str], lower: bool) -> PersonCell | None:
    """``Mrs Carol Haynes``, ``Mr Outhai Keomany``, ``Frau Haynes``: a title before one to four name words."""
    if len(tokens) < 2 or not _title(tokens[0]):
        return None
    words = tokens[1:]
    if len(words) > 4 or not all(_name_word(w, lower) or w.casefold() in LINKS for w in words):
        return None
    fam = family_part(words[-1:], lower)
    if fam is None:
        return None
    honour = tokens[0].casefold().rstrip(".") in HONOURS  # ``Sir Lancelot``, ``Lady Godiva``: ponies, marches
    return PersonCell("titled", not honour, True, _plain_core(words))


def _lower_upper(tokens: list[str]) -> PersonCell | None:
    """``anders NANGO``, ``carol HAYNES``: the given name typed in lower case, the family name in capitals."""
    if len(tokens) < 2 or not tokens[0].islower() or not all(t.isupper() for t in tokens[1:]):
        return None
    if not re.fullmatch(NAME_WORD, tokens[0]) or len(tokens[0]) < 2:
        return None
    fam = family_part(tokens[1:])
    if fam is None:
        return None
    return PersonCell("lower_upper", True, True, _plain_core(tokens))


def _plain(tokens: list[str], lower: bool) -> PersonCell | None:
    """Two to five name words (given first or family first): a name by its shape; listed when a list knows the
    whole name either way round, or every word."""
    if not 2 <= len(tokens) <= 5:
        return None
    core = [w for w in tokens if w.casefold() not in LINKS]
    if len(core) < 2 or not all(_name_word(w, lower) for w in core) or any(_title(w) for w in core):
        return None
    if not lower and not (all(w[:1].isupper() for w in core) or all(w.isupper() for w in core)):
        return None
    text = " ".join(tokens)
    listed = V.full_name_known(text) or V.full_name_known(" ".join(reversed(tokens)))
    if not listed:
        known = [V.first_name_known(w) or V.last_name_known(w) for w in core]
        unlisted_plain = any(plain_word(w) for w, k in zip(core, known, strict=True) if not k)
        if unlisted_plain and lower:
            return None  # ``ask at desk``, ``gone away``: a phrase typed in lower case
        return PersonCell("plain", False, all(known), unlisted_plain)
    return PersonCell("plain", False, listed, _plain_core(core))


def _lone(tokens: list[str], lower: bool) -> PersonCell | None:
    """One name word: a family or given name alone, listed or not a plain word."""
    if len(tokens) != 1 or not _name_word(tokens[0], lower) or _title(tokens[0]) or len(tokens[0]) < 2:
        return None
    listed = V.last_name_known(tokens[0]) or V.first_name_known(tokens[0])
    if not listed and lower and plain_word(tokens[0]):
        return None
    return PersonCell("lone", False, listed, not listed and plain_word(tokens[0]))


@lru_cache(maxsize=65536)
def read_person_cell(value: str) -> PersonCell | None:
    """The person form of ``value`` (module docstring), else ``None`` (digits, a plain word, no name layout)."""
    text = one_line(str(value))
    if not text or len(text) > 80 or any(ch.isdigit() for ch in text):
        return None
    lower = text.islower()
    if comma := _comma_title(text, lower):
        return comma
    if "," in text or "(" in text or "/" in text:
        return None  # the desk's other comma and bracket layouts are :mod:`column_written_people`'s to read
    tokens = _SPLIT.split(text.replace(" & ", " & ").replace("&", " & ").strip())
    tokens = [t for t in tokens if t]
    for reader in (_couple_titled,):
        if found := reader(tokens):
            return found
    for reader_lower in (_couple_given, _household, _family_initials, _initials_family, _titled):
        if found := reader_lower(tokens, lower):
            return found
    if found := _lower_upper(tokens):
        return found
    return _plain(tokens, lower) or _lone(tokens, lower)
