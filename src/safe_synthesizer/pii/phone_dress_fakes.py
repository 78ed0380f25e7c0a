"""Fakes of phone cells in a dress: the plain numbers faked, the cell's dress written back around the fakes.

Why a module: :func:`replace_engine.value_mapping` grew one branch per phone dress (separators of any class and an
exit code, brackets and look-alike letters, words around the numbers, keypad letters, spreadsheet artefacts), each
the same move: undress the cell, fake the plain number(s) as every other phone is faked, dress the fake back. They
live together here, in the order the engine tried them; the engine keeps the plain numbers' own faking (the region
of each number) and calls :func:`dressed_phone_fakes` first.

Example::

    dressed_phone_fakes(["07435_269617"], fake, fake_people, "GB", free_text=False)
    # {"07435_269617": "07700_900123"}  -- ``fake`` made ``07700 900123`` of ``07435 269617``
"""

from __future__ import annotations

from collections.abc import Callable

from safe_synthesizer.pii.fake_phone_read import read_phone_fakes
from safe_synthesizer.pii.fake_phone_spelled import spelled_phone_cells
from safe_synthesizer.pii.phone_any_separator import dressed_phone_cells
from safe_synthesizer.pii.phone_cell_artefacts import any_artefact, clean, dress
from safe_synthesizer.pii.phone_digit_dress import dressed_cells, redress

__all__ = ["dressed_phone_fakes"]


def dressed_phone_fakes(
    uniques: list[str],
    fake: Callable[[list[str], bool], dict[str, str]],
    fake_people: Callable[[list[str]], dict[str, str]],
    region: str,
    *,
    free_text: bool,
) -> dict[str, str] | None:
    """Original -> fake for phone cells ``uniques`` in a dress, ``None`` when no dress applies (the engine fakes them
    as plain numbers). ``fake(values, free_text)`` fakes plain numbers as the engine does, ``fake_people`` names
    asked for beside a number, ``region`` is the column's phone region (keypad letters are read in its plan)."""
    if worn := dressed_phone_cells(uniques):
        # ``07435_269617``, ``+1/2014395081``, ``011 49 30 109403``: each plain number faked (every rule below reads
        # it), the fake written back in the cell's separators, exit code, extension and digit script.
        plain = list(dict.fromkeys(p for v in uniques for p in (worn[v].plain if v in worn else (v,))))
        fakes = fake(plain, free_text)
        return {v: worn[v].rebuild([fakes[p] for p in worn[v].plain]) if v in worn else fakes[v] for v in uniques}
    if dressed := dressed_cells(uniques):
        # ``[0542] 761 25 33``, ``O6 85 O5 29 3O``: faked undressed (every rule below reads the plain number), the
        # fake written back in the original's brackets and look-alike letters (phone_digit_dress).
        plain = list(dict.fromkeys(dressed.get(v, v) for v in uniques))
        fakes = fake(plain, free_text)
        return {v: redress(v, fakes[dressed[v]]) if v in dressed else fakes[v] for v in uniques}
    if not free_text:
        # Keypad letters for digits (``070-165 PZ ZJ``, ``(202) 452-0VL0``): read as the digits they stand for, so
        # the cell is faked as one whole number, in digits (the letters are the real number's own digits).
        if spelled := spelled_phone_cells(uniques, region):
            plain = list(dict.fromkeys(spelled.get(v, v) for v in uniques))
            fakes = fake(plain, False)
            return {v: fakes[spelled.get(v, v)] for v in uniques}
        # Words of any language around the numbers (``06 19114744 - vragen naar Loïs``, ``mob 07406 858784 (after
        # 6pm)``): numbers faked, words kept, the person asked for faked as a name (the run's name faker).
        if (labelled := read_phone_fakes(uniques, lambda numbers: fake(numbers, False), fake_people)) is not None:
            return labelled
    if any_artefact(uniques):
        # ``015053–343285``, ``3.93112809831e+11``, ``０３０ １２３４５６７``: faked undressed, the fake dressed back
        # (each value on its own: the same under DP).
        undressed = {v: clean(v) for v in uniques}
        if any(c != v for v, c in undressed.items()):
            fakes = fake(list(dict.fromkeys(undressed.values())), free_text)
            return {v: dress(v, fakes[c]) for v, c in undressed.items()}
    return None
