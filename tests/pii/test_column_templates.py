"""Learning a column's template (:mod:`column_templates`) and writing fakes back in it
(:mod:`template_value_cells`): no column detection run here, so the file is fast."""

from __future__ import annotations

from safe_synthesizer.pii.column_template_findings import TEMPLATE_METHOD, name_or_town
from safe_synthesizer.pii.column_templates import TemplateCell, cell_tokens, learn_template
from safe_synthesizer.pii.template_value_cells import TemplateValueCells, template_value_cells

_GUESTS = [
    "Forwarded from Hilde Aasen", "Forwarded from Runa Berget", "Forwarded from Oddvar Moen", "Photo of Siri Dahl",
    "Photo of Arne Lunde", "Photo of Jorunn Vik", "Kari Holm", "Trond Eide", "Portrait of Nils Brekke",
    "Portrait of Eli Sandvik", "Portrait of Tone Haugen", "Bjarne Lie",
]  # fmt: skip
_DATES = ["TO_DATE('14-MAR-1956', 'DD-MON-YYYY')", "TO_DATE('20-DEC-1953', 'DD-MON-YYYY')",
          "TO_DATE('10-JUL-2003', 'DD-MON-YYYY')", "TO_DATE('04-SEP-1996', 'DD-MON-YYYY')",
          "1990-08-19 00:00:00 +0000 UTC", "2000-09-25 00:00:00 +0000 UTC", "1955-02-08 00:00:00 +0000 UTC",
          "19570327000000.0Z"]  # fmt: skip


def test_tokens_are_letter_runs_digit_runs_and_single_marks() -> None:
    assert cell_tokens("TO_DATE('14-MAR") == ["TO", "_", "DATE", "(", "'", "14", "-", "MAR"]
    assert cell_tokens("প্রিয়াঙ্কা বাগচী") == ["প্রিয়াঙ্কা", " ", "বাগচী"]  # marks stay in their word


def test_prefix_dresses_of_several_kinds_are_learned_and_plain_cells_left() -> None:
    cut = learn_template(_GUESTS)
    assert cut is not None
    assert cut["Forwarded from Hilde Aasen"] == TemplateCell("Forwarded from ", ("Hilde Aasen",), (), "")
    assert cut["Portrait of Tone Haugen"].core == "Tone Haugen"
    assert "Kari Holm" not in cut


def test_prefix_and_suffix_dress_and_no_cut_inside_a_number() -> None:
    cut = learn_template(_DATES)
    assert cut is not None
    assert cut["TO_DATE('14-MAR-1956', 'DD-MON-YYYY')"].core == "14-MAR-1956"
    assert cut["1990-08-19 00:00:00 +0000 UTC"] == TemplateCell("", ("1990-08-19",), (), " 00:00:00 +0000 UTC")
    assert "19570327000000.0Z" not in cut  # ``.0Z`` is set off by no separator


def test_inner_keys_split_slots_and_fakes_spread_over_them() -> None:
    cells = ["{First:Gail Last:Harvey}", "{First:Ann Last:Lee}", "{First:Tom Last:Berg}", "Ola Dale", "Per Bakke",
             "{First:Eva Last:Strand}"]  # fmt: skip
    cut = learn_template(cells)
    assert cut is not None
    gail = cut["{First:Gail Last:Harvey}"]
    assert gail.slots == ("Gail", "Harvey") and gail.core == "Gail Harvey"
    assert gail.dress("Lena Maria Fischer") == "{First:Lena Last:Maria Fischer}"


def test_no_template_for_few_values_or_few_dressed_cells() -> None:
    assert learn_template(["Forwarded from Ann Lee", "Forwarded from Tom Berg", "Ola Dale"]) is None
    plain = ["Kari Holm", "Trond Eide", "Bjarne Lie", "Ola Dale", "Per Bakke", "Eva Strand", "Photo of Siri Dahl"]
    assert learn_template(plain) is None


def test_a_name_or_a_town_is_no_dress_when_barred() -> None:
    family = ["HARTLEY, Olivia", "HARTLEY, James", "HARTLEY, Ruth", "MORGAN, Alice", "MORGAN, Ben", "PRICE, Sam",
              "PRICE, Zoe", "PRICE, Ian"]  # fmt: skip
    assert learn_template(family, forbidden=name_or_town) is None
    given = ["Ana Berg", "Ana Lund", "Ana Moe", "Photo of Ana Dahl", "Photo of Ole Vik", "Photo of Tor Sand",
             "Eli Rud", "Kai Hov"]  # fmt: skip
    cut = learn_template(given, forbidden=name_or_town)
    assert cut is not None and "Ana Berg" not in cut and cut["Photo of Ole Vik"].core == "Ole Vik"


def test_template_cells_write_each_fake_back_in_its_own_dress() -> None:
    cells = template_value_cells(_GUESTS, "name", TEMPLATE_METHOD)
    assert isinstance(cells, TemplateValueCells)
    assert "Hilde Aasen" in cells.values and "Kari Holm" in cells.values
    fakes = {v: f"Fake{i} Person{i}" for i, v in enumerate(cells.values)}
    out = cells.mapping(fakes)
    assert out["Forwarded from Hilde Aasen"] == f"Forwarded from {fakes['Hilde Aasen']}"
    assert out["Kari Holm"] == fakes["Kari Holm"]
    # any other method: the engine's usual cells
    assert not isinstance(template_value_cells(_GUESTS, "name", "values"), TemplateValueCells)
