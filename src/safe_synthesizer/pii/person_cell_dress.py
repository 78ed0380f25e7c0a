"""The decorations a club's or a desk's register puts round a person's name, taken off to leave the name.

Why: a tennis club's bookings, a pigeon club's race entries, a coach trip's passengers and a karate club's
guardians write their people with extras no name reader knows: a nickname in quotes (``Hadiza "Had" Oumarou``), a
repeat counter (``Mariama Issoufou (2)``), the person's relation to the record in brackets (``Ibrahim Tahirou
(mère)``, ``Kinza Scotty (carer)``), a partnership of a family (``Kewley & Son``, ``Stiebitz-Franke Gebr.``,
``Techer & Fils``), a doubles pairing written as surnames (``Oumarou/Saidou v Hama/Amadou``) or a family name led by
a particle (``van Gastel (Fleur)``, ``bin Anuar (Mohammed Said)``, ``d'Almeida, Mawuli``). The column readers read
such a cell as no one, so the column fell under their share of people and was published as written (set 42: about
half of its 49 missed name columns shown, most of the 52 hidden).

:func:`undress_person_cell` names the decoration and gives back what is left: one person's name, or the family
words of a pairing or a partnership. The decorations are closed classes in several languages (kin and care words,
the words for son, daughter and brothers, the ``v`` of a match); the names themselves are judged by the column
reader (:mod:`column_dressed_people`), never here.

Example::

    undress_person_cell('Hadiza "Had" Oumarou')  # DressedCell(kind="nickname", names=("Hadiza Oumarou",), ...)
    undress_person_cell("Kewley & Son")  # DressedCell(kind="partnership", names=("Kewley",), surnames=True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from safe_synthesizer.pii.column_relation_people import KIN_WORDS
from safe_synthesizer.pii.gazetteers import PARTICLES

__all__ = ["KINDS", "DressedCell", "undress_person_cell"]

# Grandparents' and parents' pet names the kin list leaves out (``mamie``, ``gran``, ``oma``, ``nonna``).
_MORE_KIN = frozenset({
    "mamie", "papi", "papy", "mémé", "pépé", "gran", "granny", "grandma", "grandpa", "grandad", "granddad", "nan",
    "nana", "nanna", "nanny", "mummy", "mommy", "daddy", "oma", "opa", "omi", "opi", "nonna", "nonno", "avó", "avô",
    "vovó", "vovô", "abuela", "abuelo", "abuelita", "abuelito", "babcia", "dziadek", "mormor", "farmor", "morfar",
    "farfar", "bestemor", "bestefar", "mummu", "vaari", "mummo", "ukki", "bunica", "bunicul", "baba", "dede",
    "nagymama", "nagypapa", "babička", "dědeček", "tatie", "tata", "tonton", "tantine", "step-mum", "stepmum",
    "step-dad", "stepdad", "foster", "childminder", "nounou", "tagesmutter", "grand-mère", "grand-père", "grand-maman",
    "grand-papa", "großmutter", "grossmutter", "großvater", "grossvater", "grootmoeder", "grootvader", "nonnina",
})  # fmt: skip
KIN = KIN_WORDS | _MORE_KIN
# The words of a family firm or a racing partnership after ``&`` (``& Son``, ``& Zoon``, ``e Figli``).
_OFFSPRING = frozenset({
    "son", "sons", "daughter", "daughters", "sohn", "söhne", "soehne", "tochter", "töchter", "fils", "fille",
    "filles", "zoon", "zonen", "dochter", "dochters", "figli", "figlio", "figlia", "figlie", "hijo", "hijos", "hija",
    "hijas", "filho", "filhos", "filha", "filhas", "søn", "sønner", "söner", "døtre", "syn", "synowie",
    "sinovi", "sin", "poika", "pojat", "fiai", "fii",
})  # fmt: skip
# Brothers written after (``Harvey Bros``, ``Gay Frères``) or before (``Gebr. Knappe``, ``Fratelli Rossi``).
_BROTHERS = frozenset({
    "bros", "brothers", "gebr", "gebrüder", "gebroeders", "frères", "freres", "fratelli", "hermanos", "irmãos",
    "brødrene", "bröderna", "brødr", "bracia", "veljekset", "testvérek",
})  # fmt: skip
_AND = r"(?:&|\+|and|und|u\.|et|e|en|y|og|och|i|ja|és)"
# A word of letters of any script, with inner hyphens and apostrophes (``Stiebitz-Franke``, ``O'Neill``).
_W = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*"
# A family name: one or two words, or led by particles (``van den Bosch``, ``bin Anuar``, ``d'Almeida``).
_FAMILY = rf"(?:(?:[a-zà-ÿ]{{1,5}}\s+){{0,3}}{_W}(?:[ \-]{_W})?)"
_COUNTER = re.compile(r"^(.*\S)\s*[(\[]\s*\d{1,2}\s*[)\]]$")
_RELATION = re.compile(r"^(.*\S)\s*[(\[]\s*([^\W\d_](?:[^\W\d_]|[ '’\-]){1,24})\s*[)\]]$")
_NICKNAME = re.compile(rf"^({_W}(?:[ \-]{_W})?)\s+[\"“”'‘’«„]\s*({_W}(?: {_W})?)\s*[\"“”'‘’»]\s+({_FAMILY})$")
_PARTNERSHIP = re.compile(rf"^({_FAMILY})\s*{_AND}\s*({_W})\.?$", re.IGNORECASE)
_BROTHERS_AFTER = re.compile(rf"^({_FAMILY})\s+({_W})\.?$")
_BROTHERS_BEFORE = re.compile(rf"^({_W})\.?\s+({_FAMILY})$")
_QUOTES = re.compile(r"[\"“”'‘’«»„]")
_SIDE = rf"{_FAMILY}(?:\s+{_W}){{0,2}}"
_DOUBLES = re.compile(
    rf"^({_SIDE})\s*/\s*({_SIDE})\s+(?:v|vs|v\.|vs\.|versus|contre|gegen|contra)\s+({_SIDE})\s*/\s*({_SIDE})$"
)
_PARTICLE_PAREN = re.compile(rf"^((?:[a-zà-ÿ]{{1,5}}\s+)+{_W}|[a-z][’']{_W})\s*\(\s*({_W}(?: {_W}){{0,2}})\s*\)$")
_PARTICLE_COMMA = re.compile(
    rf"^((?:[a-zà-ÿ]{{1,5}}\s+)+{_W}|[a-z][’']{_W}),\s*((?:[^\W\d_]\.\s?){{1,3}}|{_W}(?: {_W}){{0,2}})$"
)
# Particles that may lead a family name written first, and the Arabic and Malay ``binti``, ``bint`` of a daughter.
_LEADS = PARTICLES | frozenset({"binti", "bint", "ibn", "ben", "ould", "mint", "de la", "van der", "van den", "d", "l"})

KINDS = frozenset({"nickname", "counter", "relation", "partnership", "doubles", "particle_family"})


@dataclass(frozen=True)
class DressedCell:
    """What a decorated cell leaves: ``names`` (one person's name, or the family words of a pairing or partnership
    when ``surnames``), ``kind`` (the outermost decoration of :data:`KINDS`) and all of them (``kinds``)."""

    kind: str
    names: tuple[str, ...]
    surnames: bool = False
    kinds: tuple[str, ...] = ()


def _particles_lead(family: str) -> bool:
    """``family`` starts with name particles only, before a capitalised word (``van den Bosch``, ``d'Almeida``)."""
    words = family.split()
    if len(words) == 1:
        return bool(re.match(r"^[a-z][’']", family)) and family[:1].casefold() in _LEADS
    return all(w.casefold() in _LEADS for w in words[:-1]) and words[-1][:1].isupper()


def _strip_tail(text: str) -> tuple[str, list[str]]:
    """The cell without its trailing counters and relation brackets, and which were taken (``(2)``, ``(mum)``)."""
    kinds: list[str] = []
    for _ in range(2):
        if m := _COUNTER.match(text):
            text, kinds = m.group(1), [*kinds, "counter"]
            continue
        if (m := _RELATION.match(text)) and _kin(m.group(2)):
            text, kinds = m.group(1), [*kinds, "relation"]
            continue
        break
    return text, kinds


def _kin(words: str) -> bool:
    folded = words.casefold().strip()
    return folded in KIN or all(w in KIN for w in re.split(r"[\s,/]+", folded) if w)


def _core(text: str) -> tuple[str, tuple[str, ...], bool] | None:
    """(kind, names, surnames) of an undecorated-looking remainder written in one of the club forms, else None."""
    if _QUOTES.search(text) and (m := _NICKNAME.match(text)):
        given, _nick, family = m.groups()
        return "nickname", (f"{given} {family}",), False
    if "/" in text and (m := _DOUBLES.match(text)):
        return "doubles", tuple(" ".join(s.split()) for s in m.groups()), True
    if (m := _PARTNERSHIP.match(text)) and m.group(2).casefold() in _OFFSPRING:
        return "partnership", (" ".join(m.group(1).split()),), True
    if (m := _BROTHERS_AFTER.match(text)) and m.group(2).casefold() in _BROTHERS:
        return "partnership", (" ".join(m.group(1).split()),), True
    if (m := _BROTHERS_BEFORE.match(text)) and m.group(1).casefold() in _BROTHERS:
        return "partnership", (" ".join(m.group(2).split()),), True
    for pattern in (_PARTICLE_PAREN, _PARTICLE_COMMA):
        if (m := pattern.match(text)) and _particles_lead(m.group(1)):
            family, given = m.groups()
            return "particle_family", (f"{given} {family}",), False
    return None


def undress_person_cell(value: object) -> DressedCell | None:
    """The cell's decorations taken off (module docstring), or None when it has none this module knows.

    A counter or a relation alone leaves the rest as it was written (``Jok (Riek)`` of ``Jok (Riek) (2)``), for the
    column reader to judge as any cell.

    Example::

        undress_person_cell("Ibrahim Tahirou (mère)")  # DressedCell("relation", ("Ibrahim Tahirou",), False, ...)
        undress_person_cell("Oumarou/Saidou v Hama/Amadou").names  # ("Oumarou", "Saidou", "Hama", "Amadou")
        undress_person_cell("Ayen Jok")  # None
    """
    if not isinstance(value, str) or not value.strip() or len(value) > 120:
        return None
    text = " ".join(value.split())
    text, tail = _strip_tail(text)
    core = _core(text)
    if core is None:
        if not tail:
            return None
        return DressedCell(tail[-1], (text,), False, tuple(reversed(tail)))
    kind, names, surnames = core
    return DressedCell(kind, names, surnames, (kind, *reversed(tail)))
