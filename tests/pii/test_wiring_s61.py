"""Session 61 wiring: each helper's hook tried end to end through the table replacement (values are not set 46's)."""

from __future__ import annotations

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_phone_links_and_call_verbs_replaced_end_to_end() -> None:
    """PH s61: a phone column half written as WhatsApp links is found shown and hidden and its links keep their
    host around a fake of the same country; a link and a number after a calling verb in a note are replaced."""
    mobiles = ["612345678", "623456789", "634567890", "645678901", "656789012", "667890123", "678901234",
               "689012345", "690123456", "611223344", "622334455", "633445566"]  # fmt: skip
    cells = [f"wa.me/34{m}" if i % 2 else f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}" for i, m in enumerate(mobiles)]
    notes = [f"Llaves con el vecino. WhatsApp wa.me/34{m}" for m in mobiles]
    notes[2] = "Owes the league fee, text 771204"
    df = pd.DataFrame({"Socio": [f"S{i:03d}" for i in range(12)], "Teléfono": cells, "Notas": notes})
    assert _plans(df).get("Teléfono") == "phone_number"
    hidden = df.rename(columns={"Socio": "c000", "Teléfono": "c001", "Notas": "c002"})
    assert _plans(hidden).get("c001") == "phone_number"
    out = _replaced(df)
    for before, after in zip(cells, out["Teléfono"], strict=True):
        assert after != before
        if before.startswith("wa.me/"):
            assert after.startswith("wa.me/34")
            assert phonenumbers.is_valid_number(phonenumbers.parse("+" + after[len("wa.me/") :], None))
    text = " ".join(out["Notas"])
    assert all(f"wa.me/34{m}" not in text for m in mobiles) and "771204" not in text
    assert text.count("WhatsApp wa.me/34") == 11
