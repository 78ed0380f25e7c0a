"""Session 59 (helper TW) v2 wired into the PII stage through ``replace_pii``: a Tibetan name column found and its
names (and the notes' names) faked in the Tibetan script; kisses after a number before an other-script sign-off."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii
from safe_synthesizer.pii.text_name_tibetan import is_tibetan


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def test_a_tibetan_name_column_is_replaced_by_tibetan_names() -> None:
    owners = ["ཚེ་རིང་བསོད་ནམས", "པད་མ་ཉི་མ", "དབྱངས་ཅན་ལྷ་མོ", "རྡོ་རྗེ་བཀྲ་ཤིས", "ཀུན་དགའ་འཇིགས་མེད", "པད་མ་ཉི་མ"]
    df = pd.DataFrame({"Berth": [f"A{i}" for i in range(6)], "Owner": owners, "Boat": ["Mary Rose"] * 6})
    out = _replaced(df)["Owner"].tolist()
    assert all(a != b for a, b in zip(owners, out, strict=True))
    assert all(is_tibetan(v) for v in out)  # the fake in the same script
    assert out[1] == out[5]  # one person, one fake


def test_kisses_after_a_number_before_a_hangul_signoff() -> None:
    given = ["영희", "철수", "민지", "순자"]
    notes = [f"Bag swapped with a club runner's, call 00 850 192 34{i} 081{i} xx {given[i]}" for i in range(4)]
    notes += ["Boiler serviced, invoice sent by post.", "Gate code changed on Monday, see office."] * 2
    df = pd.DataFrame({"ref": [f"R{i}" for i in range(len(notes))], "notes": notes})
    out = _replaced(df)["notes"].tolist()
    assert all(given[i] not in out[i] for i in range(4))
