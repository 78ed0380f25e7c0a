"""Animal microchips (ISO 11784) are no person's id: the unseen-layout id rule leaves them (session 49)."""

import random

import pandas as pd

from safe_synthesizer.pii.column_id_microchips import are_microchips, is_chip_code, microchip_share
from safe_synthesizer.pii.column_id_unseen_layouts import unseen_id_detections, unseen_id_evidence


def _chips(n: int, heads: tuple[str, ...], seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(heads) + "".join(str(rng.randrange(10)) for _ in range(12)) for _ in range(n)]


def test_country_and_maker_codes():
    assert is_chip_code("826097200000123")  # UK
    assert is_chip_code("985112003456789")  # a maker
    assert is_chip_code("040098100123456")  # Austria, leading zero kept as text
    assert not is_chip_code("111222333444555")  # 111 is no country
    assert not is_chip_code("82609720000012")  # 14 digits


def test_a_register_of_chips():
    chips = _chips(30, ("826", "985", "977", "956"))
    assert microchip_share(chips) == 1.0 and are_microchips(chips)
    share, why = unseen_id_evidence(chips)
    assert share == 0.0 and "microchip" in why


def test_random_fifteen_digit_ids_are_not_chips():
    rng = random.Random(3)
    ids = ["".join(str(rng.randrange(1, 10)) for _ in range(15)) for _ in range(40)]
    assert not are_microchips(ids)


def test_old_chinese_ids_with_birth_dates_are_not_chips():
    # Six-digit area codes of Jiangsu (320xxx, also Guatemala's 320) and a YYMMDD birth date.
    rng = random.Random(5)
    ids = [f"3201{rng.randrange(10, 99)}{rng.randrange(50, 99)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
           f"{rng.randrange(100, 999)}" for _ in range(30)]  # fmt: skip
    assert all(len(i) == 15 for i in ids)
    assert not are_microchips(ids)


def test_shelter_table_with_header_hidden_keeps_chips():
    n = 24
    rng = random.Random(11)
    people = [f"{f} {s}" for f, s in zip(
        rng.choices(["Aroha", "Mere", "Tama", "Hemi", "Kiri", "Nikau", "Ana", "Rawiri"], k=n),
        rng.choices(["Ngata", "Parata", "Walker", "Tuhoe", "Smith", "Wihongi", "Brown", "Kereama"], k=n),
        strict=True,
    )]  # fmt: skip
    df = pd.DataFrame({"c000": _chips(n, ("554", "985", "900")), "c001": people})
    found = {"c001": _Det("name")}
    got = unseen_id_detections(df, ["c000"], found, entities=["national_id", "name"])
    assert got == {}


class _Det:
    def __init__(self, entity: str) -> None:
        self.entity = entity
