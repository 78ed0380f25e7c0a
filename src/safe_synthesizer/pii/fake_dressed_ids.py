"""Fake ids for id cells read by their parts: a fresh id that passes the original's scheme again, poured into the
original's layout, with the cell's dressing (``NIC/ ``, `` (exp. 2035-09)``, ``DNI: ``) kept as written.

Why: the fakes of an id column scramble every letter and digit of a cell, so ``NIC/ 69133805Z`` came out as
``QWE/ 40718236K``: the document word changed into noise, the expiry date into a random number, and the id itself
failed its check letter (a DNI's letter is its number modulo 23), which a consumer's validation rejects. Here only
the id is new (every digit and letter drawn again in its place, then the last character chosen so that the scheme's
check passes); the same id gets the same fake within a call, so a person who comes back with ``ID/ 22326043N`` and
``22326043N (exp. 2027-08)`` keeps one fake id in both dressings.

Example::

    fake_dressed_ids(["NIC/ 69133805Z", "ID seen"], np.random.default_rng(0))
    # ["NIC/ 5...K", None]  (a valid DNI after the same word; None: not an id cell)
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from safe_synthesizer.pii.id_cell_reader import read_id_cell
from safe_synthesizer.pii.validators.national_ids import _column_schemes, _schemes, column_id_schemes

# Draws of the id's characters tried before giving up (each tries every value of the last character).
MAX_ATTEMPTS = 60
# Originals read first: a column with no dressed id among them keeps its fakes (bare ids: the layout fakes' job).
PROBE = 20


@lru_cache(maxsize=1)
def _checks() -> dict[str, Callable[[str], bool]]:
    """Scheme name -> its validator, for the schemes with a module (the others are asked by name)."""
    found = {name: module.is_valid for name, module, _ in _schemes()}
    found.update({name: module.is_valid for name, module in _column_schemes()})
    return found


def _passes(scheme: str, text: str) -> bool:
    check = _checks().get(scheme)
    try:
        if check is not None:
            return bool(check(text)) or (" " in text and bool(check(text.replace(" ", ""))))
    except Exception:  # a validator that cannot parse the draw: not valid
        return False
    return scheme in column_id_schemes(text) or (" " in text and scheme in column_id_schemes(text.replace(" ", "")))


def _draw(ch: str, rng: np.random.Generator) -> str:
    if ch.isdigit():
        return str(rng.integers(10))
    if ch.isalpha() and ch.isascii():
        letters = string.ascii_uppercase if ch.isupper() else string.ascii_lowercase
        return letters[rng.integers(26)]
    return ch


def fresh_id(core: str, scheme: str, rng: np.random.Generator) -> str | None:
    """A new id in ``core``'s layout (separators, letter case, letters and digits in their places) that passes
    ``scheme``; ``None`` when no draw passes.

    Example::

        fresh_id("69133805Z", "es.dni", np.random.default_rng(1))  # "40718236K"-like, a valid DNI
    """
    places = [i for i, ch in enumerate(core) if ch.isascii() and ch.isalnum()]
    if not places:
        return None
    last = places[-1]
    alphabet = string.digits if core[last].isdigit() else string.ascii_uppercase
    if core[last].islower():
        alphabet = string.ascii_lowercase
    for _ in range(MAX_ATTEMPTS):
        chars = [_draw(ch, rng) for ch in core]
        for ch in alphabet:
            chars[last] = ch
            text = "".join(chars)
            if text != core and _passes(scheme, text):
                return text
    return None


def fake_dressed_ids(originals: Sequence[str], rng: np.random.Generator) -> list[str | None]:
    """Per original: its fake with the dressing kept and the id new and valid in the same scheme, or ``None`` when
    the cell is not an id cell (or no valid draw was found); all ``None`` when none of the first :data:`PROBE`
    originals is dressed (a bare id column is left to the layout fakes, and costs one probe).

    Example::

        fake_dressed_ids(["33571732N (exp. 2035-09)"], np.random.default_rng(0))  # ["4...T (exp. 2035-09)"]
    """
    if not any(c is not None and c.dressed for c in map(read_id_cell, originals[:PROBE])):
        return [None] * len(originals)
    made: dict[str, str | None] = {}
    out: list[str | None] = []
    for original in originals:
        cell = read_id_cell(original)
        if cell is None:
            out.append(None)
            continue
        if cell.core not in made:
            made[cell.core] = next((f for s in cell.schemes if (f := fresh_id(cell.core, s, rng)) is not None), None)
        fake = made[cell.core]
        lead = original[: len(original) - len(original.lstrip())]
        trail = original[len(original.rstrip()) :]
        out.append(None if fake is None else f"{lead}{cell.before}{fake}{cell.after}{trail}")
    return out
