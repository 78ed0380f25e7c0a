"""ja_JP: kanji/kana names, unspaced addresses and 〒 postcodes are detected and faked in Japanese."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import replace_pii
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.validators import japanese as J

_CJK = re.compile(rf"[{J.CJK_CHARS}]")


def _table(n: int = 200, seed: int = 4242) -> pd.DataFrame:
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "shimei": [fake.name() for _ in range(n)],
            "mei": [fake.first_name() for _ in range(n)],
            "sei": [fake.last_name() for _ in range(n)],
            "jusho": [
                fake.address() + (f", {int(rng.integers(1, 40))}号室" if rng.random() < 0.3 else "") for _ in range(n)
            ],
            "shi": [fake.city() for _ in range(n)],
            "yubin": [f"〒{fake.postcode()}" for _ in range(n)],
            "denwa": [fake.phone_number() for _ in range(n)],
            "ward": list(rng.choice(["Nightingale", "Rose", "Oak", "Ward 3"], size=n)),
        }
    )


def test_japanese_value_checks():
    assert J.ja_full_name("山口 花子") and J.ja_full_name("山口花子") and J.ja_full_name("山口\u3000花子")
    assert not J.ja_full_name("装置") and not J.ja_full_name("有限会社渡辺食品")
    assert V.full_name_known("山口 花子") and V.first_name_known("直人") and V.last_name_known("田中")
    assert J.is_japanese_address("〒100-0001 東京都千代田区千代田1丁目1番1号")
    assert J.is_japanese_address("千葉県調布市池之端33丁目13番20号\n28号室")
    assert not J.is_japanese_address("石井運輸有限会社") and not J.is_japanese_address("12 Main Street")
    assert V.is_address_any("愛知県港区丹勢26丁目18番2号, 34号室")
    assert J.is_japanese_town("夷隅郡大多喜町") and J.is_japanese_town("横浜市中区") and not J.is_japanese_town("文言")
    assert V.postcode_locales("〒402-4689") == ("ja_JP",) == V.postcode_locales("402-4689")
    assert V.is_listed_region("愛知県") and V.is_listed_region("愛知")
    assert J.split_unspaced("山口花子") == ("山口", "花子")


@pytest.mark.parametrize("hidden", [False, True])
def test_japanese_columns_detected_with_names_shown_and_hidden(hidden):
    df = _table()
    expected = {"shimei": "name", "mei": "first_name", "sei": "last_name", "jusho": "address", "shi": "city",
                "yubin": "postcode", "denwa": "phone_number"}  # fmt: skip
    if hidden:
        rename = {c: f"c{i}" for i, c in enumerate(df.columns)}
        df, expected = df.rename(columns=rename), {rename[c]: e for c, e in expected.items()}
    plans = {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert {c: p.entity for c, p in plans.items()} == expected
    assert {p.locale for p in plans.values()} == {"ja_JP"}


def test_japanese_fakes_are_japanese_in_the_same_shape():
    df = _table()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for column in ("shimei", "mei", "sei", "jusho", "shi", "yubin", "denwa"):
        assert not (out[column] == df[column]).any(), column
    for column in ("shimei", "mei", "sei", "jusho", "shi"):
        assert out[column].map(lambda v: bool(_CJK.search(v))).all(), column
    # Family name first, as written: the fake's first word is a family name.
    assert out["shimei"].map(lambda v: v.split()[0] in J.ja_last_names()).mean() > 0.95
    assert out["jusho"].map(J.is_japanese_address).all()
    rooms = df["jusho"].str.contains("号室")
    assert out.loc[rooms, "jusho"].str.contains(r", \d+号室$").all()
    assert out["yubin"].str.fullmatch(r"〒\d{3}-\d{4}").all()
    assert (out["ward"] == df["ward"]).all()


def test_japanese_address_fake_is_record_local_in_keyed_mode(monkeypatch):
    import secrets

    monkeypatch.setattr(secrets, "token_bytes", lambda n: b"j" * n)
    value = "〒402-4689 愛知県港区丹勢26丁目18番2号, 34号室"
    alone = FakeMapper(["en_US"], seed=0, keyed=True).map_values("address", [value])
    others = ["千葉県調布市池之端33丁目13番20号", value, "神奈川県日野市西浅草21丁目17番8号"]
    together = FakeMapper(["en_US"], seed=0, keyed=True).map_values("address", others)
    assert alone[value] == together[value] != value


def test_a_block_line_without_its_municipality_is_an_address():
    # set 9: a 住所 column of "鶴ヶ丘42丁目16番4号" was missed shown and hidden (150 cells kept).
    from safe_synthesizer.pii.validators.japanese import is_japanese_address

    assert is_japanese_address("鶴ヶ丘42丁目16番4号") and is_japanese_address("浅草1丁目2番")
    assert not is_japanese_address("42丁目") and not is_japanese_address("第3番")


def test_a_dashed_block_line_without_municipality_is_an_address() -> None:
    from safe_synthesizer.pii.validators.japanese import is_japanese_address

    assert is_japanese_address("北上野5-26-4") and is_japanese_address("鶴ヶ丘2-30-12")
    assert not is_japanese_address("電話3-1234-5678") and not is_japanese_address("第3-1-2")
    assert not is_japanese_address("型番12-34-56") and not is_japanese_address("会議室12-3")
    assert not is_japanese_address("サイズ3-4-5") and is_japanese_address("六本木ヒルズ森タワー6-10-1")


@pytest.mark.parametrize(
    ("original", "shape"),
    [
        ("北上野5-26-4", r"[^\d都道府県市区郡]+\d-\d{2}-\d"),  # a block line stays a block line
        ("鶴ヶ丘42丁目16番4号", r"[^\d都道府県市区郡]+\d{2}丁目\d{2}番\d号"),
        ("渋谷区神南1-2-3", r"[^\d]+[市区郡町村][^\d]*\d-\d-\d"),  # municipality kept, no prefecture added
        ("〒150-0001 東京都渋谷区神宮前1丁目2番3号", r"〒\d{3}-\d{4} (?:東京都|北海道|..府|.{2,3}県).+\d丁目\d番\d号"),
        ("千葉県調布市池之端33丁目13番20号\n28号室", r".+県.+\d{2}丁目\d{2}番\d{2}号\n\d{2}号室"),
    ],
)
def test_japanese_address_fake_keeps_the_original_parts(original: str, shape: str) -> None:
    import re

    import numpy as np

    from safe_synthesizer.pii.fake_pools import Pools
    from safe_synthesizer.pii.script_fakes import japanese_address_like

    for seed in range(5):
        fake = japanese_address_like(Pools(["ja_JP"], seed), original, np.random.default_rng(seed))
        assert re.fullmatch(shape, fake), (original, fake)
        assert fake != original
