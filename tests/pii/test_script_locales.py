"""PII columns beyond Latin-script Europe: cues in any script, detection, per-table locale, fakes.

Covers Japanese katakana readings, Chinese (simplified and traditional), Korean, Russian, Thai,
Arabic, Indian (Latin-script names), Brazilian, Mexican and Canadian tables: their columns are found
with names shown and hidden, every PII column of a table gets the table's locale, and the fakes are
written in the input's script, order and layout (and phones are valid numbers of the country).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import phonenumbers
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import replace_pii
from safe_synthesizer.pii.cues import cue_hints, cued_entities
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.script_locales import script_locale_votes
from safe_synthesizer.pii.validators import scripts as S

_KATAKANA = re.compile(r"^[\u30a0-\u30ff]+ [\u30a0-\u30ff]+$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3]{2,4}$")
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


@pytest.mark.parametrize(
    ("column", "entity"),
    [("氏名（カナ）", "name"), ("患者氏名", "name"), ("電話番号", "phone_number"), ("住所", "address"),
     ("郵便番号", "postcode"), ("都道府県", "state"), ("姓名", "name"), ("手机号", "phone_number"),
     ("电话", "phone_number"), ("이름", "name"), ("우편번호", "postcode"), ("ФИО", "name"),
     ("Фамилия", "last_name"), ("Дата рождения", "date_of_birth"), ("الاسم", "name"), ("رقم الجوال", "phone_number"),
     ("จังหวัด", "state"), ("ＴＥＬ", "phone_number"), ("姓（カナ）", "last_name"), ("CURP", "national_id")],
)  # fmt: skip
def test_column_names_in_any_script_are_cues(column, entity):
    assert entity in cue_hints(column)
    assert entity in cued_entities(column)


@pytest.mark.parametrize("column", ["診療科", "病棟", "保険種別", "商品名", "会社名", "病院名", "科室", "부서", "Отдел",
                                    "القسم", "แผนก", "商品类别"])  # fmt: skip
def test_category_and_thing_names_are_no_person_cues(column):
    assert not cue_hints(column) & {"name", "first_name", "last_name"}


def test_script_values():
    assert S.script_full_name("王秀英") and S.script_full_name("김민준") and S.script_full_name("サトウ ヒロシ")
    assert S.script_full_name("Иванов Александр") and S.script_full_name("Иванова Анна Сергеевна")
    assert not S.script_full_name("内科") and not S.script_full_name("영업부") and not S.script_full_name("Продажи")
    assert S.script_town("桂香县") and S.script_town("연천군") and S.script_region("江西省")
    assert S.script_address("인천광역시 용산구 백제고분917로 483") and S.script_address("ул. Ленина, д. 5, кв. 12")
    assert script_locale_votes(["陳家豪", "林美玲", "黃志明"]).most_common(1)[0][0] == "zh_TW"
    assert script_locale_votes(["陈家豪", "刘美玲", "黄志明"]).most_common(1)[0][0] == "zh_CN"
    assert script_locale_votes(["Шевченко Олена", "Коваленко Ірина"]).most_common(1)[0][0] == "uk_UA"


def _phone(rng: np.random.Generator, region: str) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(500):
        digits = "".join(str(d) for d in rng.integers(0, 10, len(nsn) - 2))
        number = phonenumbers.parse(f"+{example.country_code}{nsn[:2]}{digits}")
        if phonenumbers.is_valid_number_for_region(number, region):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    raise AssertionError(f"no valid {region} mobile drawn")


def _table(locale: str, n: int = 240, seed: int = 9701) -> tuple[pd.DataFrame, dict[str, str]]:
    """A customer table of ``locale``: names, phones, town, region and a category in the same script."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = np.random.default_rng(seed)
    region = locale.split("_")[1]
    people = [(fake.last_name() + fake.first_name() if locale in ("zh_CN", "zh_TW", "ko_KR")
               else f"{fake.last_name()} {fake.first_name()}", _phone(rng, region), fake.city())
              for _ in range(n // 2)]  # fmt: skip
    rows = [people[i % len(people)] for i in range(n)]
    depts = {"ko_KR": ["영업부", "인사부", "총무부", "개발팀"], "zh_CN": ["内科", "外科", "儿科", "眼科"],
             "zh_TW": ["業務部", "人資部", "財務部", "研發部"], "ru_RU": ["Продажи", "Склад", "Кадры", "Маркетинг"],
             "th_TH": ["ฝ่ายขาย", "บัญชี", "บุคคล", "การตลาด"]}[locale]  # fmt: skip
    df = pd.DataFrame(
        {
            "who": [r[0] for r in rows],
            "tel": [r[1] for r in rows],
            "town": [r[2] for r in rows],
            "dept": [depts[i % len(depts)] for i in range(n)],
        }
    )
    return df, {"who": "name", "tel": "phone_number", "town": "city"}


@pytest.mark.parametrize("locale", ["ko_KR", "zh_CN", "zh_TW", "ru_RU", "th_TH"])
@pytest.mark.parametrize("hidden", [False, True])
def test_script_tables_detected_with_their_locale(locale, hidden):
    df, expected = _table(locale)
    names = {"who": "氏名", "tel": "電話", "town": "城市", "dept": "科室"} if not hidden else {}
    df = df.rename(columns=names)
    expected = {names.get(c, c): e for c, e in expected.items()}
    plans = {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    if locale == "th_TH" and hidden:
        expected.pop("town")  # Thai towns have no marker and few are listed: a category without a name
    assert {c: p.entity for c, p in plans.items() if c in expected} == expected
    assert (names.get("dept", "dept")) not in plans  # the category in the same script is no name
    assert {p.locale for c, p in plans.items() if c in expected} == {locale}


@pytest.mark.parametrize("locale", ["ko_KR", "zh_CN", "ru_RU"])
def test_script_fakes_keep_script_order_and_country(locale):
    df, _ = _table(locale)
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    assert not (out["who"] == df["who"]).any() and not (out["tel"] == df["tel"]).any()
    region = locale.split("_")[1]
    valid = out["tel"].map(lambda v: phonenumbers.is_valid_number_for_region(phonenumbers.parse(v, region), region))
    assert valid.all()
    if locale == "ko_KR":
        assert out["who"].str.fullmatch(_HANGUL.pattern).all()
        assert out["who"].map(lambda v: v[0] in S.family_names("hangul")).mean() > 0.95  # family name first
    elif locale == "zh_CN":
        assert out["who"].str.fullmatch(_HAN.pattern).all()
    else:  # "Фамилия Имя": a family name first, in Cyrillic
        assert out["who"].map(lambda v: S.script_of(v) == "cyrillic").all()
        assert out["who"].map(lambda v: v.split()[0].lower() in S.family_names("cyrillic")).mean() > 0.9


def test_katakana_names_are_found_and_stay_katakana():
    rng = np.random.default_rng(9702)
    family = ["サトウ", "スズキ", "タカハシ", "タナカ", "ワタナベ", "イトウ", "ヤマモト", "ナカムラ", "コバヤシ",
              "カトウ"]  # fmt: skip
    given = ["ヒロシ", "タロウ", "ユウキ", "ハルト", "ソウタ", "ユイ", "アオイ", "ハナ", "サクラ", "ケンジ", "ミホ"]
    names = [f"{family[rng.integers(0, 10)]} {given[rng.integers(0, 11)]}" for _ in range(300)]
    df = pd.DataFrame({"氏名（カナ）": names, "診療科": rng.choice(["内科", "小児科", "眼科", "皮膚科"], 300)})
    for frame in (df, df.rename(columns={"氏名（カナ）": "c0", "診療科": "c1"})):
        plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)}
        assert plans == {frame.columns[0]: "name"}
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["氏名（カナ）"]
    assert out.str.fullmatch(_KATAKANA.pattern).all()
    assert not out.isin(set(names)).any()


def test_indian_table_gets_indian_fakes_everywhere():
    fake = Faker("en_IN")
    fake.seed_instance(9703)
    rng = np.random.default_rng(9703)
    n = 300
    cities = ["Mumbai", "Pune", "Nagpur", "Bengaluru", "Mysuru", "Chennai", "Kolkata", "Ahmedabad", "Surat"]
    states = ["Maharashtra", "Karnataka", "Tamil Nadu", "West Bengal", "Gujarat", "Delhi"]
    df = pd.DataFrame(
        {
            "Customer Name": [fake.name() for _ in range(n)],
            "Mobile": [
                f"+91 {rng.choice(['98', '97', '70', '88'])}{rng.integers(0, 1000):03d} {rng.integers(0, 10**5):05d}"
                for _ in range(n)
            ],
            "City": rng.choice(cities, n),
            "State": rng.choice(states, n),
            "PIN Code": [f"{rng.integers(1, 9)}{rng.integers(0, 100000):05d}" for _ in range(n)],
        }
    )
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    assert {c.column: c.locale for c in result.report.columns} == dict.fromkeys(df.columns, "en_IN")
    out = result.data
    india = Faker("en_IN")
    assert out["State"].isin(india.factories[0].provider("faker.providers.address").states).all()
    assert out["Mobile"].str.match(r"^\+91 [6-9]").all()
    assert out["Mobile"].map(lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v))).all()
    assert out["PIN Code"].str.fullmatch(r"[1-9]\d{5}").all()


@pytest.mark.parametrize(
    ("locale", "codes", "pattern"),
    [("pt_BR", ["01310-100", "20040-020", "30130-010", "40020-000", "70040-010"], r"\d{5}-\d{3}"),
     ("en_CA", ["K1A 0B1", "M5V 3L9", "H2X 1Y4", "V6B 4Y8", "T2P 2M5"], r"[A-Z]\d[A-Z] \d[A-Z]\d"),
     ("ja_JP", ["〒150-0002", "〒100-0001", "〒530-0001", "〒460-0008", "〒810-0001"], r"〒\d{3}-\d{4}")],
)  # fmt: skip
def test_postcodes_of_the_americas_and_japan_keep_their_layout(locale, codes, pattern):
    rng = np.random.default_rng(9704)
    values = [c[:-1] + str(rng.integers(0, 10)) for c in rng.choice(codes, 200)]
    df = pd.DataFrame({"postal_code": values, "n": rng.integers(0, 9, 200)})
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    assert [c.locale for c in result.report.columns] == [locale]
    out = result.data["postal_code"]
    assert out.str.fullmatch(pattern).all() and not (out == df["postal_code"]).any()


def test_category_columns_in_other_scripts_are_not_pii():
    """Groceries, departments and wards: words of the scripts, many levels, no names (names hidden)."""
    levels = {
        "zh": "白酒 黄酒 啤酒 红酒 牛奶 酸奶 面包 饼干 薯片 可乐 雪碧 果汁 方便面 大米 面粉 酱油 白糖 红糖 鸡蛋 猪肉 "
              "牛肉 羊肉 龙虾 苹果 香蕉 橙子 葡萄 西瓜 李子 金针菇 高粱 马铃薯 石榴 江米",
        "ko": "사과 배 포도 딸기 수박 참외 복숭아 자두 감 귤 바나나 우유 치즈 버터 빵 라면 김치 된장 고추장 간장 소금 "
              "설탕 쌀 보리 콩 두부 계란 돼지고기 소고기 닭고기 오징어 새우 김 미역 멸치 고등어",
        "ja": "内科 外科 小児科 皮膚科 眼科 耳鼻咽喉科 整形外科 産婦人科 泌尿器科 精神科 "
              "神経内科 循環器内科 消化器内科 呼吸器内科 放射線科 麻酔科 形成外科 脳神経外科 "
              "救急科 歯科 リハビリ科 東病棟 西病棟 南病棟 北病棟 新館",
        "ru": "Хлеб Молоко Сыр Масло Кефир Творог Сметана Колбаса Сосиски Курица Говядина Свинина Рыба Икра Гречка Рис "
              "Макароны Сахар Соль Чай Кофе Сок Вода Пиво Вино Яблоки Груши Бананы Апельсины Картофель Морковь Лук",
    }  # fmt: skip
    rng = np.random.default_rng(9705)
    df = pd.DataFrame({k: rng.choice(v.split(), 2000) for k, v in levels.items()})
    assert plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0) == []


@pytest.mark.parametrize("keyed", [False, True])
def test_names_keep_their_script_without_a_column_locale(keyed):
    """Under DP no locale is guessed from the values: each name token's script still picks its pool."""
    from safe_synthesizer.pii.fakes import FakeMapper

    names = ["サトウ ヒロシ", "김민준", "王秀英", "Иванов Александр", "สมชาย ใจดี"]
    scripts = ["katakana", "hangul", "han", "cyrillic", "thai"]
    fakes = FakeMapper(["en_US"], seed=3, keyed=keyed).map_values("name", names)
    for name, script in zip(names, scripts, strict=True):
        assert fakes[name] != name and S.script_of(fakes[name]) == script, (name, fakes[name])
    assert " " not in fakes["王秀英"] and " " not in fakes["김민준"]  # unspaced as written


# --- Hebrew, Georgian, Armenian, Persian: the locale of a value and the fakes' pool in its own script ---
@pytest.mark.parametrize(
    ("token", "locale"),
    [("יעל", "he_IL"), ("მირიან", "ka_GE"), ("Աբել", "hy_AM"), ("مهدیان", "fa_IR"), ("অভিষেক", "bn_BD")],
)
def test_spaced_scripts_get_their_own_locale(token: str, locale: str) -> None:
    from safe_synthesizer.pii.script_fakes import name_pool
    from safe_synthesizer.pii.script_locales import value_locale

    assert value_locale(token) == locale
    # A Hebrew name in a column guessed as en_US still gets a Hebrew fake.
    assert name_pool("first_name", token, "en_US") == ("first_name", locale)


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("שם הלקוח", E.NAME),
        ("כתובת מגורים", E.ADDRESS),
        ("שם משפחה", E.LAST_NAME),
        ("ת.ז.", E.NATIONAL_ID),
        ('דוא"ל', E.EMAIL),
        ("نام_و_نام_خانوادگی", E.NAME),
        ("آدرس", E.ADDRESS),
        ("شماره_ملی", E.NATIONAL_ID),
        ("تاریخ_تولد", E.DATE_OF_BIRTH),
        ("პირადი ნომერი", E.NATIONAL_ID),
        ("მისამართი", E.ADDRESS),
    ],
)
def test_hebrew_persian_georgian_column_words(column: str, entity: str) -> None:
    from safe_synthesizer.pii.script_cues import script_cues

    assert entity in script_cues(column, strict=True)


def test_a_product_name_column_is_no_person_cue() -> None:
    from safe_synthesizer.pii.script_cues import script_cues

    assert script_cues("שם המוצר") == set() and script_cues("نام محصول") == set()
