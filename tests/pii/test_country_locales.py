"""Country evidence names the country's own locale: an Austrian table gets Austrian fakes (session 28).

Austrian ids, IBANs and ``.at`` e-mails used to vote ``de_DE`` (one German-language
locale for both countries). An Austrian mobile ``0664 114267`` is a valid German number too, so the phone
column went German with them and its fakes were German numbers: set 13 de_AT phone fakes 0.725 valid.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import phonenumbers
from stdnum.at import vnr

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import replace_pii


def _social_insurance_numbers(n: int) -> list[str]:
    out = []
    for serial in range(1000, 9999, 37):
        for born in ("080866", "030293", "200958", "290646", "150589", "010170", "121280"):
            if vnr.is_valid(f"{serial}{born}"):
                out.append(f"{serial} {born}")
    return out[:n]


def test_an_austrian_table_gets_austrian_phone_fakes() -> None:
    # Set 13's shape: no IBAN or e-mail column; four-digit postcodes, Austrian towns, mobiles that are
    # valid German numbers too, and Vienna numbers.
    rng = np.random.default_rng(4)
    n = 40
    mobiles = [f"0664{''.join(map(str, rng.integers(0, 10, size=6)))}" for _ in range(n // 2)]
    vienna = [f"0123{''.join(map(str, rng.integers(0, 10, size=7)))}" for _ in range(n // 2)]
    phones = [p for pair in zip(mobiles, vienna, strict=True) for p in pair]
    df = pd.DataFrame({
        "Vorname_1": ["Emilian", "Selin", "Mira", "Lukas", "Anna", "Florian", "Katharina", "Jakob"] * 5,
        "lname": ["Rudolf", "Grill", "Jost", "Gruber", "Huber", "Wagner", "Pichler", "Moser", "Hofer", "Bauer"] * 4,
        "Ausweisnummer": _social_insurance_numbers(n),  # Austrian (stdnum at.vnr): the country evidence
        "TELEPHONE_primary": phones,
        "zip": [str(1000 + 211 * i % 8900) for i in range(n)],
        "Ort": ["Stadtschlaining", "Wieselburg", "Zwettl", "Maissau", "Bad Aussee", "Neusiedl am See",
                "Graz", "Linz"] * 5,
    })  # fmt: skip
    for number in mobiles:
        assert phonenumbers.is_valid_number(phonenumbers.parse(number, "DE"))  # the trap
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(free_text_ner=False), seed=0).data
    fakes = out["TELEPHONE_primary"].tolist()
    assert fakes != phones
    valid = [phonenumbers.is_valid_number(phonenumbers.parse(f, "AT")) for f in fakes]
    assert sum(valid) == n, [f for f, ok in zip(fakes, valid, strict=True) if not ok]
