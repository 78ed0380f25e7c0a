"""A column found through its learned template, replaced core by core with each cell's own dress written back.

Why: a column :mod:`column_template_findings` found (``Forwarded from Gail Harvey``, ``TO_DATE('28-OCT-1949',
'DD-MON-YYYY')``) was judged on its cores; faking the whole cells would fake the dress too (random letters for
``Forwarded from``, no date at all for ``TO_DATE(...)``). The template is learned again from the replaced column's
own cells (the same learning, so the same cut), the cores are sorted and faked as any column's values
(:class:`EncodedValueCells`: values of no value kept, wrapped values, machine dresses) and every fake is written
back in the dress of the cell it came from. The same core in two dresses (``Photo of Ana Berg``, ``Ana Berg``) is
one value, so one fake.

Example::

    cells = template_value_cells(keys, plan)  # plan.method == "column-template"
    fakes = value_mapping(plan.entity, ..., cells.values, ...)
    cells.mapping(fakes)["Forwarded from Gail Harvey"]  # "Forwarded from Ana Berg"
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from safe_synthesizer.pii.column_encoded_cells import EncodedValueCells
from safe_synthesizer.pii.column_template_findings import NAMED_ENTITIES, TEMPLATE_METHOD, TYPED_METHOD, name_or_town
from safe_synthesizer.pii.column_templates import TemplateCell, learn_template
from safe_synthesizer.pii.typed_templates import learn_typed_template, with_weekdays
from safe_synthesizer.pii.value_cells import ValueCells

__all__ = ["TemplateValueCells", "template_value_cells"]


@dataclass(frozen=True)
class TemplateValueCells:
    """The cores of a templated column, sorted for replacement, and each dressed cell's cut."""

    inner: ValueCells | EncodedValueCells
    cuts: dict[str, TemplateCell]
    cells: tuple[str, ...]

    @property
    def values(self) -> list[str]:
        """The distinct cores to fake."""
        return self.inner.values

    @property
    def phones(self) -> list[str]:
        """The distinct phone numbers written beside a name in the cores, to fake as phones."""
        return self.inner.phones

    def mapping(self, fakes: dict[str, str], phone_fakes: dict[str, str] | None = None) -> dict[str, str]:
        """Cell -> what is written: a dressed cell gets its core's fake in its own dress (a core left as written
        leaves the cell as written); any other cell is mapped as the inner cells map it."""
        inner = self.inner.mapping(fakes, phone_fakes)
        out = {}
        for cell in self.cells:
            cut = self.cuts.get(cell.strip())
            if cut is None:
                out[cell] = inner[cell]
                continue
            fake = inner[cut.core]
            out[cell] = cell if fake == cut.core else cut.dress(fake)
        return out


def template_value_cells(
    cells: Sequence[str], entity: str, method: str, *, per_record: bool = False
) -> ValueCells | EncodedValueCells | TemplateValueCells:
    """The column's distinct ``cells`` sorted for replacement: through the learned template for a column planned
    by :data:`TEMPLATE_METHOD`, else as :meth:`EncodedValueCells.of` sorts them."""
    if not method.startswith(TEMPLATE_METHOD):
        return EncodedValueCells.of(cells, entity, per_record=per_record)
    forbidden = name_or_town if entity in NAMED_ENTITIES else None
    # The finding's learner again (so the same cut); a weekday in a dress is recomputed for the fake date.
    learner = learn_typed_template if method.startswith(TYPED_METHOD) else learn_template
    cuts = with_weekdays(learner([c for c in cells if isinstance(c, str)], forbidden=forbidden) or {})
    if not cuts:
        return EncodedValueCells.of(cells, entity, per_record=per_record)
    inner_cells = list(dict.fromkeys(cuts[c.strip()].core if c.strip() in cuts else c for c in cells))
    inner = EncodedValueCells.of(inner_cells, entity, per_record=per_record)
    return TemplateValueCells(inner, cuts, tuple(cells))
