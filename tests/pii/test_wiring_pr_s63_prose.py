"""Session 63 PR: a mostly blank column of JSON address records stays an address column (no prose), its records
faked field by field (AD's reader)."""

import json

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def test_mostly_blank_json_address_column_is_no_free_text() -> None:
    names = ["Hagos Tesfay", "Mulu Gebre", "Selam Kidane", "Yonas Berhe", "Abeba Haile", "Dawit Tekle"] * 4
    address = [""] * 24
    address[3] = '{"street": "Hawelti Bole Road, H.No. 212", "city": "Adigrat"}'
    address[10] = '{"street": "May Weyni Street, H.No. 517", "city": "Axum"}'
    phones = [f"+251 91 4{i:02d} 55{i:02d}" for i in range(24)]
    df = pd.DataFrame({"Trainee": names, "Phone": phones, "Address": address})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("Address") in ("address", "street_address")
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Address"]
    for i in (3, 10):
        old, new = json.loads(address[i]), json.loads(out[i])
        assert list(new) == list(old) and new["street"] != old["street"]
