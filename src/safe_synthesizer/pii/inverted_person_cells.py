"""A person cell written family name first around one mark (``Lucas | Ryan``, ``Morales; Autumn``, ``BERG/NILS``)
is ONE person, not a list of two.

Why: the people-list reader (:mod:`people_cells`) splits a name column's cells at ``;``, ``|``, `` / `` to fake each
person of a visitor list (``Mia Berg (daughter, 7); Leon Berg (son, 4)``). A register that writes a person family
name first with a mark between (``Lucas | Ryan``) was split the same way: ``Lucas`` and ``Ryan`` were faked as two
people, so the cell's fake kept the surname fake of ``Ryan Lucas`` on one row and gave the given name another
person's fake (``Brunello | Oscuro`` beside ``Giacobbe Brunello``): one person, two fakes in one column. The
person-part reader (:func:`~person_cell_parts.read_person_parts`) already reads two name runs around one mark as a
family part and a given part; what tells one inverted person from two people is the SHAPE of the runs, not the
mark: a family part is one name word (``Lucas``, ``Berg-Nilsen``, ``O'Neill``), the given part one or two, and
nothing else is written in the cell. Two people each have their own name run of two or more words (``Mia Berg;
Leon Berg``) or come with extras (relations, ages, phones) that the list reader is for.

Such a cell is left whole to the name fakes, which read ``Family | Given`` as the person ``Given Family`` and write
the fake back in the cell's order and mark: the same fake as the person's other forms in the column.

Example::

    one_inverted_person("Lucas | Ryan")  # True
    one_inverted_person("Mia Berg; Leon Berg")  # False
"""

from __future__ import annotations

from safe_synthesizer.pii.person_cell_parts import PERSON_SLOT, read_person_parts

__all__ = ["one_inverted_person"]

MAX_GIVEN_WORDS = 2
# The marks that stand between the family and the given part (the frame keeps them, spaced or not).
_MARKS = frozenset(";|/,:")


def one_inverted_person(cell: str) -> bool:
    """``cell`` is one person written family name first, one mark between and nothing else (see the module).

    >>> one_inverted_person("Morales; Autumn")
    True
    >>> one_inverted_person("BERG/NILS")
    True
    >>> one_inverted_person("Ana Ruiz; Tom Ruiz")
    False
    >>> one_inverted_person("Ana Ruiz (hermana); 612 345 678")
    False
    """
    if not any(m in cell for m in _MARKS):
        return False  # cheap: most cells hold no mark
    parts = read_person_parts(cell)
    if parts is None or not parts.family_first or len(parts.runs) != 2 or parts.emails or parts.extra:
        return False
    residue = parts.frame.replace(PERSON_SLOT, "").replace(" ", "")
    if len(residue) != 1 or residue not in _MARKS:
        return False
    (f_start, f_end), (g_start, g_end) = parts.runs
    family = parts.text[f_start:f_end].split()
    given = parts.text[g_start:g_end].split()
    return len(family) == 1 and 1 <= len(given) <= MAX_GIVEN_WORDS
