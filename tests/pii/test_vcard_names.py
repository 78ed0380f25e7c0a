"""vCard ``N`` cells read as names and faked in their five fields."""

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii
from safe_synthesizer.pii.vcard_names import vcard_name

_CELLS = ["Myers;Melissa;;;", "Horn;Margaret;;;", "Moore;Crystal;Ann;;", "Carlson;Tiffany;;;", "Little;James;;Dr.;Jr.",
          "Finley;Richard;;;", "Jones;Brittany;;;", "Johnston;Corey;;;", "Walsh;Dana;;;", "Keller;Owen;;;", "n/a",
          "Pruitt;Glen;;;"] * 2  # fmt: skip


def test_the_five_fields_read_as_a_comma_name_and_rebuild() -> None:
    card = vcard_name("Moore;Crystal;Ann;Dr.;")
    assert card is not None and card.as_comma() == "Moore, Crystal Ann"
    assert card.rebuild("Bailey, Katrina Rose") == "Bailey;Katrina;Rose;Dr.;"
    assert card.rebuild("Katrina Bailey") == "Bailey;Katrina;;Dr.;"


def test_other_semicolon_cells_are_no_names() -> None:
    assert vcard_name(";;12 Main St;Springfield;IL;62701;USA") is None  # a vCard ADR: seven fields
    assert vcard_name("a;b") is None
    assert vcard_name("Unit 4;Block 2;;;") is None


def test_a_column_of_vcard_names_is_replaced_in_its_layout_shown_and_hidden() -> None:
    for header in ("N", "c001"):
        df = pd.DataFrame({header: _CELLS, "x": range(len(_CELLS))})
        result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
        assert [c.entity for c in result.report.columns] == ["name"], header
        out = result.data[header]
        assert not set(out) & (set(_CELLS) - {"n/a"})
        assert all(vcard_name(v) is not None for v in out if v != "n/a")
        assert out[4].endswith(";;Dr.;Jr.") and out[10] == "n/a"
