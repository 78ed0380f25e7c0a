"""End-to-end: TP's local phones and dotted id cues in notes (fails unwired, passes wired)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def test_tokelau_local_numbers_and_dotted_id_cue_in_notes() -> None:
    df = pd.DataFrame(
        {
            "Customer": ["Pio Lopa", "Kalena Pue", "Aliki Puka", "Sefo Toloa", "Keli Tuia", "Mele Toloa"],
            "Phone": ["+690 7225", "+690 7359", "7260", "+690 7293", "7310", "+690 2396"],
            "Notes": [
                "Owes 3 weeks, said will pay Sat. Tel 3050. Daily Mirror.",
                "VM from Pue, couldn't make out the rest, number sounded like 7271.",
                "Times changed to Guardian. Bill to Sefo Toloa, 7293.",
                "New player, I.D: 01-947525 for the county registration.",
                "Paid 3 weeks in 2019, no change.",
                "Delivered 12 papers.",
            ],
        }
    )
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Notes"].tolist()
    for value in ("3050", "7271", "7293", "01-947525"):
        assert not any(value in str(n) for n in out), value
    assert "Paid 3 weeks in 2019, no change." in out and "Delivered 12 papers." in out
