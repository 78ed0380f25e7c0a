"""A replaced column's distinct cells, split into what is faked and what is written back around the fake.

Why: the fakes of a column were drawn for each whole cell, so a cell of no value (``n/a``, ``-``) got a
fake person and a wrapped value (``mailto:jd@x.org``) lost its wrapping. :class:`ValueCells` sorts the
cells once per column (:mod:`not_known_cells` decides which hold no value, :mod:`cell_wrapping` what
wraps a value); the replace engine fakes :attr:`ValueCells.values` only and builds the cell mapping with
:meth:`ValueCells.mapping`.

Example::

    cells = ValueCells.of(["mailto:jd@x.org", "n/a", "ab@c.org"], "email")
    cells.values                                   # ["jd@x.org", "ab@c.org"]
    cells.mapping({"jd@x.org": "q@r.net", "ab@c.org": "s@t.org"})
    # {"mailto:jd@x.org": "mailto:q@r.net", "n/a": "n/a", "ab@c.org": "s@t.org"}
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cell_wrapping import wrapped_cells
from safe_synthesizer.pii.column_contact_layouts import split_contact_layout
from safe_synthesizer.pii.column_kin_contacts import split_kin_phone
from safe_synthesizer.pii.column_relation_people import relation_cell
from safe_synthesizer.pii.inverted_person_cells import one_inverted_person
from safe_synthesizer.pii.name_phone_cells import NamePhone, split_name_phone
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.people_cells import PeopleCell, split_people_cell
from safe_synthesizer.pii.vcard_names import VCardName, vcard_name


@dataclass(frozen=True)
class ValueCells:
    """One column's distinct cells: ``cells`` in first-seen order, the ``kept`` ones (no value), the
    ``(prefix, value, suffix)`` of each wrapped cell (any other is its own value), the distinct ``values`` to fake."""

    cells: tuple[str, ...]
    kept: frozenset[str]
    wrapped: dict[str, tuple[str, str, str]]
    values: list[str]
    cards: dict[str, VCardName] = field(default_factory=dict)
    contacts: dict[str, NamePhone] = field(default_factory=dict)
    groups: dict[str, PeopleCell] = field(default_factory=dict)

    @property
    def phones(self) -> list[str]:
        """The distinct phone numbers written beside a name (:mod:`name_phone_cells`), to fake as phones."""
        beside = (c.phone for c in self.contacts.values())
        return list(dict.fromkeys([*beside, *(p for g in self.groups.values() for p in g.phones)]))

    @classmethod
    def of(cls, cells: Sequence[str], entity: str, *, per_record: bool = False) -> ValueCells:
        """Sort a column's distinct (trimmed) cells of ``entity`` (``per_record``: each on itself, under DP)."""
        kept = frozenset(not_known_keys(cells, entity, per_record=per_record))
        # A vCard's structured name (``Myers;Melissa;;;``) is faked as ``Myers, Melissa`` and written back in fields.
        cards = {c: card for c in cells if ";" in c and (card := vcard_name(c)) is not None} if entity == E.NAME else {}
        # ``Ana Berg 0176 1234567``: the name is faked as a name, the number as a phone.
        contacts = (
            {
                c: split
                for c in cells
                if c not in kept
                and c not in cards
                and (split := split_name_phone(c) or split_kin_phone(c) or split_contact_layout(c))
            }
            if entity in _NAMES
            else {}
        )
        # ``Mia Berg (daughter, 7); Leon Berg (son, 4)``: each name faked as a name, the extras kept.
        groups = (
            {
                c: g
                for c in cells
                if c not in kept
                and c not in cards
                and c not in contacts
                and not one_inverted_person(c)  # ``Lucas | Ryan``: one person, family name first, faked whole
                # ``son - Mark Haynes``: a relation joined by a spaced dash, which the quick probe does not see.
                and (g := split_people_cell(c) or relation_cell(c))
            }
            if entity == E.NAME
            else {}
        )
        wrapped = wrapped_cells([c for c in cells if c not in cards and c not in contacts and c not in groups], entity)
        values = list(
            dict.fromkeys(
                [n for c in cells if c in groups for n in groups[c].names]
                + [
                    cards[c].as_comma()
                    if c in cards
                    else contacts[c].name
                    if c in contacts
                    else wrapped[c][1]
                    if c in wrapped
                    else c
                    for c in cells
                    if c not in kept and c not in groups
                ]
            )
        )
        return cls(tuple(cells), kept, wrapped, values, cards, contacts, groups)

    def mapping(self, fakes: dict[str, str], phone_fakes: dict[str, str] | None = None) -> dict[str, str]:
        """Cell -> what is written: the cell itself when it holds no value, else its fake in its wrapping
        (``phone_fakes``: the fakes of :attr:`phones`)."""
        out = {}
        for cell in self.cells:
            if cell in self.kept:
                out[cell] = cell
            elif cell in self.contacts:
                contact = self.contacts[cell]
                out[cell] = contact.rebuild(
                    _upper_like(contact.name, fakes[contact.name]), (phone_fakes or {})[contact.phone]
                )
            elif cell in self.groups:
                out[cell] = self.groups[cell].rebuild(fakes, phone_fakes or {})
            elif cell in self.cards:
                out[cell] = self.cards[cell].rebuild(fakes[self.cards[cell].as_comma()])
            elif cell in self.wrapped:
                prefix, value, suffix = self.wrapped[cell]
                out[cell] = prefix + _upper_like(value, fakes[value]) + suffix
            else:
                out[cell] = _upper_like(cell, fakes[cell])
        return out


_NAMES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def _upper_like(value: str, fake: str) -> str:
    """``fake`` in capitals when ``value`` is written in capitals (``JD@X.ORG`` gets ``Q@R.NET``)."""
    return fake.upper() if value.isupper() and not fake.isupper() else fake
