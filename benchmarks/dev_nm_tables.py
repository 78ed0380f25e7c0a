"""Dev (helper NM, session 45): small tables of my own (not set 30's templates) for next-of-kin cells, joined
people and landlord/tenant headers, with look-alikes that must stay None.

Run: ``.venv/bin/python benchmarks/dev_nm_tables.py`` (as the code stands) or
``.venv/bin/python benchmarks/dev_nm_wire.py benchmarks/dev_nm_tables.py`` (with the wiring requested)."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

RELATIONS = {
    "en_GB": ["mother", "son", "partner", "neighbour", "friend"],
    "de_DE": ["Mutter", "Sohn", "Lebensgefährtin", "Nachbar", "Bruder"],
    "fr_FR": ["mère", "fils", "conjoint", "voisine", "sœur"],
    "es_ES": ["madre", "hijo", "pareja", "vecina", "hermano"],
    "pl_PL": ["matka", "syn", "żona", "sąsiad", "brat"],
    "ru_RU": ["мать", "сын", "жена", "брат", "сестра"],
    "tr_TR": ["annesi", "oğlu", "eşi", "kardeşi", "komşu"],
}
TITLES = {
    "en_GB": ("Mr", "Mrs"), "de_DE": ("Herr", "Frau"), "fr_FR": ("M.", "Mme"), "es_ES": ("Sr.", "Sra."),
    "pl_PL": ("Pan", "Pani"), "ru_RU": ("г-н", "г-жа"), "tr_TR": ("Bay", "Bayan"),
}  # fmt: skip
JOIN = {"en_GB": "and", "de_DE": "und", "fr_FR": "et", "es_ES": "y", "pl_PL": "i", "ru_RU": "и", "tr_TR": "ve"}
LANDLORD = {"en_GB": "Lessor", "de_DE": "Vermieterin", "fr_FR": "Bailleur", "es_ES": "Arrendador",
            "pl_PL": "Wynajmujący", "ru_RU": "Landlord", "tr_TR": "Landlord"}  # fmt: skip


def kin_table(locale: str, seed: int, n: int) -> tuple[pd.DataFrame, dict]:
    """A care home's residents: next of kin in three layouts (relation in brackets, in commas, after the number)."""
    f, rng = Faker(locale), random.Random(seed)
    f.seed_instance(seed)
    rel = RELATIONS[locale]
    rows = []
    for _ in range(n):
        kin, phone, r = f.name(), f.phone_number(), rng.choice(rel)
        layout = rng.choice(["{k} ({r}) {p}", "{k}, {r}, {p}", "{k} {p} ({r})", "{k} ({r}) {p}"])
        rows.append({
            "Resident": f.name(), "Room": f"{rng.randint(1, 3)}.{rng.randint(1, 40):02d}",
            "Emergency contact": layout.format(k=kin, r=r, p=phone),
            "Item on loan": f"{rng.choice(['Walker', 'Hoist', 'Chair'])} ({rng.choice(['blue', 'L', 'XL'])}) "
            f"{rng.randint(10**7, 10**8)}",
            "Wing": rng.choice(["Florence Nightingale", "Edith Cavell", "Mary Seacole"]),
        })  # fmt: skip
    labels = {"Resident": "name", "Room": None, "Emergency contact": "name", "Item on loan": None, "Wing": None}
    return pd.DataFrame(rows), labels


def joint_table(locale: str, seed: int, n: int) -> tuple[pd.DataFrame, dict]:
    """A bank's joint accounts: holders alone or two joined; a landlord few and repeated; firms with '&'."""
    f, rng = Faker(locale), random.Random(seed)
    f.seed_instance(seed)
    mr, mrs = TITLES[locale]
    landlords = [f.name() for _ in range(3)]
    firms = [f"{f.last_name()} & {rng.choice(['Partner', 'Söhne', 'Co', 'Fils'])}" for _ in range(4)]
    rows = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.4:
            holder = f"{rng.choice([mr, mrs])} {f.last_name()} & {rng.choice([mr, mrs])} {f.last_name()}"
        elif kind < 0.55:
            holder = f"{f.name()} {JOIN[locale]} {f.name()}"
        elif kind < 0.75:
            holder = f"{f.first_name()[0]}. {f.last_name()}"
        else:
            holder = f.name()
        rows.append({"Holder(s)": holder, LANDLORD[locale]: rng.choice(landlords), "Agent": rng.choice(firms),
                     "Balance": round(rng.uniform(-500, 9000), 2)})  # fmt: skip
    labels = {"Holder(s)": "name", LANDLORD[locale]: "name", "Agent": None, "Balance": None}
    return pd.DataFrame(rows), labels


def _plans(df: pd.DataFrame) -> dict:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def main() -> None:
    hits, total, false = 0, 0, []
    for locale in RELATIONS:
        for build, seed, n in ((kin_table, 7, 12), (kin_table, 8, 150), (joint_table, 9, 15), (joint_table, 10, 200)):
            df, labels = build(locale, seed, n)
            for hidden in (False, True):
                frame = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)}) if hidden else df
                plans = _plans(frame)
                for i, (col, label) in enumerate(labels.items()):
                    got = plans.get(f"c{i:03d}" if hidden else col)
                    if label is None:
                        if got is not None and got != "free_text":
                            false.append(f"{locale} {build.__name__} {n} {'H' if hidden else 'S'} {col}->{got}")
                        continue
                    if col in LANDLORD.values() and hidden:
                        continue  # few landlords repeated: values alone cannot tell them from wards
                    total += 1
                    hits += got in ("name", "first_name", "last_name")
                    if got not in ("name", "first_name", "last_name"):
                        print("miss", locale, build.__name__, n, "H" if hidden else "S", col, df[col].head(2).tolist())
    print(f"person columns found {hits}/{total}; false {len(false)}")
    for x in false:
        print("false", x)


if __name__ == "__main__":
    main()
