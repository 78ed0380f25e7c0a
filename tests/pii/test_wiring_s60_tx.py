"""Session 60, TX: the any-case person slots and the table's own name words reach the replacement."""

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def test_any_case_slots_and_table_words_reach_the_replacement() -> None:
    df = pd.DataFrame(
        {
            "customer": ["Tendai Mbewe", "Karen Curtis", "Anna Fischer", "Tendai Mbewe", "Olga Petrova", "Juan Ruiz"],
            "phone": [
                "+1 415 555 0101",
                "+1 415 555 0102",
                "+1 415 555 0103",
                "+1 415 555 0101",
                "+1 415 555 0105",
                "+1 415 555 0106",
            ],
            "notes": [
                "Skates returned by mbewe, laces missing",  # hook 2: the row's own (and the table's) name word
                "Response to karen curtis's 2-star review: sorry!",  # hook 1: lower-case possessor
                "Parcel signed for by FRANCIS at the side door, 13:42.",  # hook 1: capitals after "by", before "at"
                "Fleece judged too short, gwendolyn pratt to complain.",  # hook 1: a comma clause's subject
                "Blades done, rust on the tip of the bread knife. /marguerite",  # hook 1: slash sign-off
                "Nothing to add",
            ],
        }
    )
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["notes"].tolist()
    for kept, note in zip(["mbewe", "karen curtis", "FRANCIS", "gwendolyn pratt", "marguerite"], out[:5], strict=True):
        assert kept not in note, note
    assert out[5] == "Nothing to add"
