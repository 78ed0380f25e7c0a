"""Fakes of person cells a machine joined, written back in the cell's own layout: ``Short.Tracy`` -> ``Moss.Ann``,
``LONG-WILLIAMS_Jordan`` -> ``REID-PATEL_Casey``, ``elena-trezzini`` -> ``marta-lodi``, ``JulieKennedy`` ->
``AnnMoss``, ``Bennett (A)`` -> ``Moss (C)`` (the initial of the fake of the given name the column pairs with that
family name, when it does).

Why: the full-name fake reads a cell by spaces: ``Short.Tracy`` went through it as one word (a one-word fake, the
layout lost), ``elena-trezzini`` as a double surname, ``JulieKennedy`` as one given name; ``Bennett (A)`` kept its
real initial. The joined reader (:func:`person_cell_joins.read_joined_person`) gives each name piece and its offset;
each piece goes through the name fakes' token maps (given pieces as given names, family pieces as family names),
so one person has one fake in every form of the column and in the table's other columns, and the joiners, case and
brackets stay as written (a slug's fake in plain lower-case letters, a camel-case fake without spaces).

Which pieces are the family name: the cell's own marks (capitals, a bracketed initial, a comma-like joiner), else,
for a layout with a joiner, the side the column's given names are NOT on (a vote over the cells of that layout),
else the last piece.

Example::

    fake = lambda entity, words: {w: "Moss" if entity == "last_name" else "Ann" for w in words}
    machine_joined_fakes(["Short.Tracy", "Short (T)"], fake)  # {'Short.Tracy': 'Moss.Ann', 'Short (T)': 'Moss (A)'}
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.person_any_form import fold_word
from safe_synthesizer.pii.person_cell_joins import JoinedPerson, read_joined_person

__all__ = ["machine_joined_fakes"]

# Joiners this module fakes; a comma (``SOUMAH, Mariama``) is the full-name fake's own reading.
_MACHINE = "._+·•|~"
_FULL_WIDTH = 0xFEE0


def _machine(p: JoinedPerson) -> bool:
    """Joined by a machine (a joiner other than a comma, camel case, a slug, a bracketed initial)."""
    return p.joined and p.joiner != "," and (p.joiner in _MACHINE or not p.joiner)


def _family_side(cells: Sequence[JoinedPerson]) -> dict[str, int]:
    """Per layout with a joiner, the side (0 before, 1 after) of the family name: the side whose pieces the given
    name lists hold less often over the column's cells of that layout."""
    votes: dict[str, Counter[int]] = {}
    for p in cells:
        if p.family is not None or len(set(p.sides)) != 2:
            continue
        count = votes.setdefault(p.layout, Counter())
        for w, side in zip(p.pieces, p.sides, strict=True):
            count[side] += V.first_name_known(w) and not V.last_name_known(w)
            count[1 - side] += V.last_name_known(w) and not V.first_name_known(w)
    return {layout: 0 if c[1] >= c[0] else 1 for layout, c in votes.items()}


def _family_pieces(p: JoinedPerson, sides: dict[str, int]) -> set[int]:
    if p.family is not None:
        return set(p.family)
    if p.layout in sides:
        return {k for k, s in enumerate(p.sides) if s == sides[p.layout]}
    return {len(p.pieces) - 1}


def machine_joined_fakes(
    originals: Sequence[str], tokens: Callable[[str, list[str]], dict[str, str]]
) -> dict[str, str]:
    """Fakes of the cells of ``originals`` that a machine joined (module docstring); others left out. ``tokens``:
    the name fakes' token mapper (``tokens(entity, words) -> {word: fake}``, entity ``first_name``/``last_name``).

    >>> machine_joined_fakes(["ROYER_Gilles"], lambda e, vs: {v: "Lee" if e == "last_name" else "Ann" for v in vs})
    {'ROYER_Gilles': 'LEE_Ann'}
    """
    read = {v: p for v in dict.fromkeys(originals) if (p := read_joined_person(v)) is not None and _machine(p)}
    if not read:
        return {}
    sides = _family_side(list(read.values()))
    family_of = {v: _family_pieces(p, sides) for v, p in read.items()}
    givens = [p.pieces[k] for v, p in read.items() for k in range(len(p.pieces)) if k not in family_of[v]]
    families = [p.pieces[k] for v, p in read.items() for k in family_of[v]]
    # The given name a bracketed initial stands for: a given piece of a cell with the same family name.
    paired: dict[tuple[str, str], str] = {}
    for v, p in read.items():
        fam = " ".join(fold_word(p.pieces[k]) for k in sorted(family_of[v]))
        for k, w in enumerate(p.pieces):
            if k not in family_of[v]:
                paired.setdefault((fam, w[:1].upper()), w)
    initials = {p.initial[:1] for p in read.values() if p.initial}
    given_map = tokens(E.FIRST_NAME, list(dict.fromkeys(givens + sorted(initials)))) if givens or initials else {}
    family_map = tokens(E.LAST_NAME, list(dict.fromkeys(families))) if families else {}
    out: dict[str, str] = {}
    for v, p in read.items():
        fam = " ".join(fold_word(p.pieces[k]) for k in sorted(family_of[v]))
        text = p.text
        if p.initial:
            source = paired.get((fam, p.initial[:1]), p.initial[:1])
            fake_initial = (given_map.get(source) or "X")[:1].upper()
            close = text.rstrip()[-1]
            open_at = text.rfind("(" if close == ")" else "[")
            inner = text[open_at + 1 : -1]
            text = text[: open_at + 1] + inner.replace(p.initial[:1], fake_initial, 1) + text[-1]
        for k in sorted(range(len(p.pieces)), reverse=True):
            s, e = p.spans[k]
            piece = p.pieces[k]
            fake = (family_map if k in family_of[v] else given_map).get(piece, piece)
            text = text[:s] + _in_layout(fake, piece, p) + text[e:]
        out[v] = _width_of(text, v)
    return out


def _in_layout(fake: str, piece: str, p: JoinedPerson) -> str:
    """The fake written as the piece was: lower-case plain letters in a slug (its words joined by hyphens), no
    spaces in a camel-case cell (each word keeps its capital)."""
    words = fake.split()
    if piece.islower():
        plain = unicodedata.normalize("NFKD", "-".join(words).lower())
        return "".join(ch for ch in plain if not unicodedata.combining(ch))
    if piece.isupper() and len(piece) > 1:
        fake = fake.upper()
    if p.joiner or not p.joined or any(ch.isspace() for ch in p.text):
        return fake  # between dots, underscores or spaces a fake of two words reads as written
    return "".join(w[:1].upper() + w[1:] for w in words)  # camel case: no space


def _width_of(fake: str, original: str) -> str:
    """The fake in full-width letters when the original was written so (``Ｈｕｇｈｅｓ.Ａｒｔｈｕｒ``)."""
    if not any(0xFF01 <= ord(ch) <= 0xFF5E for ch in original):
        return fake
    return "".join(chr(ord(ch) + _FULL_WIDTH) if ch.isascii() and ch.isalnum() else ch for ch in fake)
