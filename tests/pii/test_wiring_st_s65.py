"""Session 65, helper ST: note phones by digit groups with a record-label veto, streets in open slots and ids by a
scheme's structure wired into the PII stage (``/work/s65docs/wiring_ST.md``). Each test goes through ``replace_pii``
(``text_replace.detect_text`` and the engine's chunk context), so it fails while a module exists but is not hooked
in. Values are not set 50's."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def _replaced(df: pd.DataFrame) -> list[str]:
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    return [str(v) for v in out["notes"].tolist()]


def test_a_phone_by_its_digit_groups_replaced_and_a_record_number_kept() -> None:
    df = pd.DataFrame(
        {
            "member": ["Chan Tai Man", "Lee Siu Ming", "Wong Ka Yan", "Ho Wing Sze"],
            "phone": ["+852 6123 4567", "+852 9234 5678", "+852 5345 6789", "+852 6456 7890"],
            "notes": [
                "執到銀包，請打 6235 9185",
                "Towed by Siu Ming. 5429\u20111064",
                "Paid for the trophies, order 6620 0467.",
                "Lane 4 booked for 12 people.",
            ],
        }
    )
    out = _replaced(df)
    assert "6235 9185" not in out[0] and "5429\u20111064" not in out[1]
    assert "order 6620 0467." in out[2] and out[3] == "Lane 4 booked for 12 people."


def test_a_street_in_an_open_slot_replaced() -> None:
    df = pd.DataFrame(
        {
            "member": ["Wanjiru Kamau", "Odile Mwangi", "Ane Cargnel", "Brian Otieno"],
            "phone": ["0712 345678", "0722 456789", "0733 567890", "0701 678901"],
            "notes": [
                "Please remember Odile Mwangi of Ngong Road, in hospital this week.",
                "Ninagenda kuona nyumba - Wanjiru Kamau, ndũũraga Limuru Road. Thimu 0712 345678",
                "O volarès viodi l'apartament - Ane Cargnel, cumò in vie Udin, 12.",
                "",
            ],
        }
    )
    out = " ".join(_replaced(df))
    for kept in ("Ngong", "Limuru", "vie Udin, 12"):
        assert kept not in out, kept


def test_a_pan_replaced_in_any_language() -> None:
    df = pd.DataFrame(
        {
            "member": ["Suma Rao", "Kiran Bhat", "Pooja Nayak"],
            "notes": [
                "ಪರ್ಸ್ ಸಿಕ್ಕಿದೆ: ಗುರುತಿನ ಚೀಟಿ ಇದೆ (ಪ್ಯಾನ್ ಸಂಖ್ಯೆ TTUPN2941J).",
                "Wallet found (PAN: NKTPR2034Y), call the office",
                "",
            ],
        }
    )
    out = " ".join(_replaced(df))
    assert "TTUPN2941J" not in out and "NKTPR2034Y" not in out


def test_a_chinese_record_head_and_its_given_name_echo_replaced() -> None:
    df = pd.DataFrame(
        {
            "member": ["陳大文", "李小明", "黃美玲"],
            "notes": [
                "續會：黃詠欣，出生日期 3/4/1980。收據寄去 a@b.hk",
                "Car broke down; 詠思 towed by @梁詠思. Sent from my phone - 詠思",
                "",
            ],
        }
    )
    out = _replaced(df)
    assert "黃詠欣" not in out[0] and "詠思" not in out[1]
