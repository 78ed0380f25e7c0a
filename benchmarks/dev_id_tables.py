"""Dev tables of helper ID (session 47), not set 32's: id columns re-spaced per row, NHS numbers, ids repeating with
their person, phone columns with extensions and junk, and look-alikes (ISBN-10s, invoice numbers some opening with
00, order numbers printed in groups). Each printed with its plan, names shown and hidden.

Run: ``PYTHONHASHSEED=0 PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_id_tables.py [--wired]``
"""

from __future__ import annotations

import random
import sys

import pandas as pd
import phonenumbers
from faker import Faker
from stdnum.tr import tckimlik

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def _nhs(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(400_000_000, 799_999_999)}"
        check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check != 10:
            return body + str(check % 11)


def _phone(rng: random.Random, region: str, head: str, length: int) -> str:
    while True:
        digits = head + "".join(str(rng.randint(0, 9)) for _ in range(length - len(head)))
        if phonenumbers.is_valid_number_for_region(phonenumbers.parse(digits, region), region):
            return digits


def clinic(seed: int, rows: int) -> tuple[pd.DataFrame, dict]:
    """A GP surgery's recall list: patient, NHS number printed 3-3-4 (some bare), phone with extensions."""
    rng, fake = random.Random(seed), Faker("en_GB")
    fake.seed_instance(seed)
    people = [(fake.name(), _nhs(rng), _phone(rng, "GB", "0113", 11)) for _ in range(max(4, rows // 2))]
    out = []
    for _ in range(rows):
        name, nhs, tel = rng.choice(people)
        out.append(
            {
                "Patient": name.upper() if rng.random() < 0.2 else name,
                "NHS number": f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}" if rng.random() < 0.8 else nhs,
                "Tel": rng.choice([tel, f"{tel} ext {rng.randint(10, 99)}", "+44" + tel[1:], "n/k"]),
                "Recall": rng.choice(["smear", "bloods", "asthma review", "flu jab"]),
                "ISBN of leaflet": rng.choice(["0306406152", "0192835476", "0143039431"]),
            }
        )
    return pd.DataFrame(out), {"Patient": "name", "NHS number": "national_id", "Tel": "phone_number"}


def coop(seed: int, rows: int) -> tuple[pd.DataFrame, dict]:
    """A Turkish dairy co-op's ledger: member, T.C. kimlik (some spaced in threes), invoice no. (some 00...)."""
    rng, fake = random.Random(seed), Faker("tr_TR")
    fake.seed_instance(seed)
    members = []
    for _ in range(max(5, rows // 3)):
        body = f"{rng.randint(1, 9)}{rng.randint(0, 10**8 - 1):08d}"
        members.append((fake.name(), body + tckimlik.calc_check_digits(body)))
    out = []
    for _ in range(rows):
        name, tc = rng.choice(members)
        spaced = " ".join(tc[j : j + 3] for j in range(0, 11, 3))
        out.append(
            {
                "Üye": name,
                "TC": spaced if rng.random() < 0.25 else tc,
                "Fatura": f"{rng.choice(['00', '17', '23'])}{rng.randint(10**7, 10**8 - 1)}",
                "Litre": rng.randint(20, 400),
                "Sipariş": f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            }
        )
    return pd.DataFrame(out), {"Üye": "name", "TC": "national_id"}


def _plans(df: pd.DataFrame) -> dict:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def main() -> None:
    if "--wired" in sys.argv:
        import dev_id_look

        dev_id_look.wire()
    for make in (clinic, coop):
        for seed, rows in ((47001, 12), (47002, 60), (47003, 300)):
            df, labels = make(seed, rows)
            shown = _plans(df)
            hidden_df = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
            hidden = _plans(hidden_df)
            for i, c in enumerate(df.columns):
                got = (shown.get(c), hidden.get(f"c{i:03d}"))
                flag = "" if all(g == labels.get(c) or (g == "free_text" and c == "Recall") for g in got) else "  <--"
                print(f"{make.__name__}:{seed}:{rows} {c!r:20} label={labels.get(c)} shown/hidden={got}{flag}")


if __name__ == "__main__":
    main()
