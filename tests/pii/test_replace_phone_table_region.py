"""Notes' short national phones read in the region of the table's own phone columns, and ids after loose cues,
end to end through ``replace_pii`` (fails without the hooks in ``replace_engine``, ``text_replace`` and
``text_patterns``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def test_notes_short_phones_of_the_tables_region_and_loose_id_cues_are_replaced() -> None:
    df = pd.DataFrame(
        {
            "Name": ["Teina Napa", "Mata Browne", "Ngaroi Pokino", "Tuaine Marsters"] * 3,
            "Phone": ["+682 74 546", "+682 73 993", "+682 75 876", "+682 79 875"] * 3,
            "Notes": [
                "[neil] running late sorry!! np. [neil] new number 71442 btw",
                "Neighbour Harry Wratt (77 927) has spare key.",
                "Handed in. Checked ID nbr 10209198206717.",
                "Paid 25000 for the piano, 3 times.",
            ]
            * 3,
        }
    )
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Notes"].tolist()
    assert "71442" not in out[0] and "new number " in out[0]
    assert "77 927" not in out[1]
    assert "10209198206717" not in out[2]
    assert out[3] == "Paid 25000 for the piano, 3 times."
