"""Handles in a person column faked as handles of the same layout, from the same fakes as the person's other forms.

Why: a person column's handles (``nobantu56.sompisi``, ``f48vanderlaar``, ``gomesdasilva06i``) were faked as a
whole name (``ricky``): the layout was lost, and the fake agreed with nothing else the person was written as. Here
the handle is read into its name words (:func:`handle_reader.read_handle`, with the words of the column's other
cells), each word goes through the run's token maps (a given name through the given-name map, a family name through
the family-name map, in the spelling the column writes it: ``huaman`` as ``Huamán``), so ``Nobantu Sompisi`` and
``nobantu56.sompisi`` become ``Lerato Mokoena`` and ``lerato56.mokoena``. Digits and separators stay where they are;
particles are kept; an initial becomes the initial of a fake given name. A handle no lexicon reads (``chihin60.kuok``)
in a column decided to be people is faked run by run all the same: its letter runs are the person's words.

Roles: with two name words or more, the first is the given name unless an initial stands before it; the others, and a
lone word beside an initial, are family names; a lone word alone is a given name when only the given-name lists hold
it.

Example::

    handle_fakes(["Nobantu Sompisi", "nobantu56.sompisi"], bound)
    # {"nobantu56.sompisi": "lerato56.mokoena"}   (bound: the run's token maps, FakeNames._token_mapper)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.handle_reader import HandlePiece, fold_letters, handle_pieces, read_handle
from safe_synthesizer.pii.validators.names import first_name_known, last_name_known

__all__ = ["fake_handle", "handle_fakes"]

TokenMap = Callable[[str, list[str]], dict[str, str]]
_WORD_SPLIT = re.compile(r"[^\w]+|_|\d+")
_SEPARATORS = re.compile(r"[._\-+]")


def _spellings(cells: Sequence[str]) -> dict[str, str]:
    """Folded word -> the word as the column's cells (not handles) spell it (``huaman`` -> ``Huamán``)."""
    out: dict[str, str] = {}
    for cell in cells:
        if " " not in cell.strip() and handle_pieces(cell) is not None:
            continue
        for w in _WORD_SPLIT.split(cell):
            if len(f := fold_letters(w)) >= 2 and f.isalpha():
                out.setdefault(f, w)
    return out


def _roles(pieces: Sequence[HandlePiece]) -> list[str]:
    """Per piece: ``given``, ``family``, ``initial``, ``keep`` (particles and literals)."""
    words = [k for k, p in enumerate(pieces) if p.kind == "word" and p.source not in ("particle", "initial")]
    initial_first = any(
        p.kind == "word" and p.source == "initial" for p in pieces[: words[0] if words else len(pieces)]
    )
    roles: list[str] = []
    for k, p in enumerate(pieces):
        if p.kind != "word" or p.source == "particle":
            roles.append("keep")
        elif p.source == "initial":
            roles.append("initial")
        elif len(words) >= 2:
            roles.append("given" if k == words[0] and not initial_first else "family")
        elif any(q.source == "initial" for q in pieces):
            roles.append("family")
        else:
            alone_given = first_name_known(p.text) and not last_name_known(p.text)
            roles.append("given" if alone_given or p.source == "given" else "family")
    return roles


def _letters(fake: str) -> str:
    return "".join(ch for ch in fold_letters(fake) if ch.isalpha())


def _cased(fake: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return fake.upper()
    if like[:1].isupper():
        return fake.capitalize()
    return fake


def _pieces_of(token: str, known: frozenset[str]) -> tuple[HandlePiece, ...] | None:
    """The handle's pieces as read, or run by run when no lexicon reads it (the column says it is a person)."""
    reading = read_handle(token, known)
    if reading is not None:
        return reading.pieces
    runs = handle_pieces(token)
    if runs is None:
        return None
    return tuple(
        HandlePiece("word", fold_letters(r), "initial" if len(r) == 1 else "unknown")
        if r[0].isalpha()
        else HandlePiece("literal", r)
        for r in runs
    )


def fake_handle(token: str, bound: TokenMap, known: frozenset[str] = frozenset(), spelled: dict | None = None) -> str:
    """``token`` (a handle) faked in its layout through ``bound`` (entity, words -> fakes), or ``token`` unchanged
    when it has no handle's shape. ``known``: the column's name words; ``spelled``: their spellings.

    >>> fake_handle("k27.laar", lambda entity, ws: {w: "Zeller" if entity == "last_name" else "Mia" for w in ws})
    'm27.zeller'
    """
    pieces = _pieces_of(token, known)
    if pieces is None:
        return token
    spelled = spelled or {}
    roles = _roles(pieces)
    runs = [r for r in re.findall(r"[^\W\d_]+|\d+|[._\-+]+", token.strip())]
    asks: dict[str, list[str]] = {E.FIRST_NAME: [], E.LAST_NAME: []}
    for p, role in zip(pieces, roles, strict=True):
        if role == "given":
            asks[E.FIRST_NAME].append(spelled.get(p.text, p.text))
        elif role == "family":
            asks[E.LAST_NAME].append(spelled.get(p.text, p.text))
        elif role == "initial":
            asks[E.FIRST_NAME].append(p.text.upper())
    fakes = {entity: bound(entity, words) if words else {} for entity, words in asks.items()}
    out: list[str] = []
    for p, role in zip(pieces, roles, strict=True):
        if role == "keep":
            out.append(p.text)
        elif role == "initial":
            out.append(_letters(fakes[E.FIRST_NAME].get(p.text.upper(), p.text))[:1] or p.text)
        else:
            entity = E.FIRST_NAME if role == "given" else E.LAST_NAME
            out.append(_letters(fakes[entity].get(spelled.get(p.text, p.text), p.text)) or p.text)
    fake = "".join(out)
    like = "".join(r for r in runs if r[0].isalpha())
    return _cased(fake, like) if like and not like.islower() else fake


def handle_fakes(originals: Sequence[str], bound: TokenMap, *, column: bool = True) -> dict[str, str]:
    """Fakes of the handles among ``originals`` (a person column's distinct cells): tokens without spaces that
    hold a digit or a separator, or that read as the column's name words (module docstring); others are left out.
    With ``column`` False (keyed fakes under DP: a fake depends on its own record only) each handle is read alone.

    >>> handle_fakes(["Mia Laar", "k27.laar", "n.k."], lambda e, ws: {w: "Zeller" if e == "last_name" else "Ivo"
    ...                                                                  for w in ws})
    {'k27.laar': 'i27.zeller'}
    """
    cells = [v for v in dict.fromkeys(originals) if isinstance(v, str)]
    handles = [v for v in cells if " " not in v.strip() and handle_pieces(v) is not None]
    if not handles:
        return {}
    spelled = _spellings(cells) if column else {}
    known = frozenset(spelled)
    out: dict[str, str] = {}
    for v in handles:
        marked = any(ch.isdigit() for ch in v) or bool(_SEPARATORS.search(v.strip()))
        reading = read_handle(v.strip(), known)
        if not marked and (reading is None or not (reading.by_table or reading.by_lists)):
            continue
        out[v] = fake_handle(v.strip(), bound, known, spelled)
    return out
