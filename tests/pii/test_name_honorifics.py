"""Person columns whose names carry a courtesy word (``王芳女士``, ``박지성님``, ``佐藤健様``), are written
``Family, Given`` in CJK (``佐藤, 健``), are Icelandic patronymics (``jón einarsson``) or open with a
title abbreviated in lower case (``g. Janez Novak``, ``p. Jonas Petraitis``): decided from the
values with the column name hidden. And look-alikes that stay untouched."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.name_honorifics import split_courtesy, split_latin_courtesy, split_lower_title, strip_courtesy
from safe_synthesizer.pii.script_locales import value_locale

ENTITIES = [
    E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.STATE, E.STREET_ADDRESS, E.ADDRESS, E.PHONE_NUMBER,
    E.NATIONAL_ID, E.POSTCODE,
]  # fmt: skip


def _detect(values: list[str], name: str = "c004"):
    df = pd.DataFrame({name: values})
    return detect_column(df[name], infer_schema(df)[name], entities=ENTITIES)


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("王芳女士", ("", "王芳", "女士")),
        ("張偉先生", ("", "張偉", "先生")),
        ("박지성님", ("", "박지성", "님")),
        ("정민호 씨", ("", "정민호", " 씨")),
        ("佐藤健様", ("", "佐藤健", "様")),
        ("高橋 美咲さん", ("", "高橋 美咲", "さん")),
        ("นางสาวมาลี สุขใจ", ("นางสาว", "มาลี สุขใจ", "")),
        ("Maria Rossi", ("", "Maria Rossi", "")),
        ("先生", ("", "先生", "")),  # the courtesy word alone is no name
    ],
)
def test_split_courtesy(value: str, parts: tuple[str, str, str]) -> None:
    assert split_courtesy(value) == parts
    assert strip_courtesy(value) == parts[1]


@pytest.mark.parametrize("value", ["王芳女士", "刘建国先生", "박지성님", "정민호 씨", "佐藤健様", "佐藤, 健"])
def test_full_name_known_reads_through_courtesy_words_and_cjk_commas(value: str) -> None:
    assert V.full_name_known(value)


@pytest.mark.parametrize("value", ["佐藤, 健", "高橋, 美咲", "佐藤健様"])
def test_japanese_names_with_comma_or_courtesy_word_vote_japanese(value: str) -> None:
    assert value_locale(value) == "ja_JP"


_ZH_COURTESY = [
    "王芳女士", "刘建国先生", "张敏女士", "陈志强先生", "杨丽女士", "赵伟先生", "黄秀英女士", "周杰先生", "吴静女士",
    "徐磊先生", "孙燕女士", "马超先生", "朱红女士", "胡斌先生", "郭玲女士", "何勇先生", "林娜女士", "罗军先生",
    "梁霞女士", "宋涛先生", "郑丹女士", "谢明先生", "韩雪女士", "唐亮先生",
]  # fmt: skip
_KO_COURTESY = [
    "박지성님", "정민호씨", "김영희님", "이서준씨", "최유진님", "강동원씨", "조은비님", "윤성민씨", "장하늘님",
    "임재현씨", "한지민님", "오세훈씨", "서예린님", "신동욱씨", "권나래님", "황민석씨", "안소희님", "송강호씨",
    "전지현님", "홍길동씨", "유재석님", "고아라씨",
]  # fmt: skip
_JA_COMMA = [
    "佐藤, 健", "鈴木, 美咲", "高橋, 翔太", "田中, 陽子", "伊藤, 大輔", "渡辺, 真由美", "山本, 拓也", "中村, 恵",
    "小林, 直樹", "加藤, 明美", "吉田, 健太", "山田, 花子", "佐々木, 学", "山口, 愛", "松本, 誠", "井上, 里美",
    "木村, 隆", "林, 美紀", "斎藤, 浩", "清水, 由美", "山崎, 剛", "森, 智子",
]  # fmt: skip


@pytest.mark.parametrize("values", [_ZH_COURTESY, _KO_COURTESY, _JA_COMMA], ids=["zh", "ko", "ja"])
def test_cjk_name_columns_with_courtesy_words_or_commas(values: list[str]) -> None:
    det = _detect(values)
    assert det is not None and det.entity == E.NAME, det


def test_japanese_comma_names_get_a_japanese_locale() -> None:
    det = _detect(_JA_COMMA)
    assert det is not None and det.locale == "ja_JP", det


_IS_NAMES = [
    "jón einarsson", "guðrún sigurðardóttir", "sigríður magnúsdóttir", "ólafur gunnarsson", "helga stefánsdóttir",
    "kristján bjarnason", "anna ólafsdóttir", "einar helgason", "björk jónsdóttir", "gunnar kristjánsson",
    "ingibjörg þórsdóttir", "magnús ragnarsson", "katrín ásgeirsdóttir", "stefán pálsson", "sigrún hauksdóttir",
    "þórunn eiríksdóttir", "ragnar sveinsson", "hildur baldursdóttir", "ari arnarsson", "elín guðmundsdóttir",
    "haukur tómasson", "bryndís jóhannsdóttir", "páll ingólfsson", "margrét davíðsdóttir",
]  # fmt: skip


def test_icelandic_patronymic_names_in_lower_case() -> None:
    det = _detect(_IS_NAMES)
    assert det is not None and det.entity == E.NAME, det


@pytest.mark.parametrize("word", ["Jónsson", "sigurðardóttir", "Bjarnason", "Sturluson", "GUÐMUNDSDOTTIR"])
def test_patronymics_are_surnames(word: str) -> None:
    assert V.last_name_known(word)


@pytest.mark.parametrize("word", ["season", "reason", "poison", "person", "lesson", "Mason Road"])
def test_words_ending_in_son_are_not_patronymics(word: str) -> None:
    assert not V.last_name_known(word) or word.lower() in ("mason",)


_SL_TITLED = [
    "g. Janez Novak", "ga. Marija Horvat", "g. Franc Kranjc", "ga. Ana Zupančič", "g. Marko Potočnik",
    "ga. Irena Kovačič", "g. Anton Mlakar", "ga. Mojca Vidmar", "g. Jože Kos", "ga. Maja Golob", "g. Peter Turk",
    "ga. Nina Božič", "g. Matej Kralj", "ga. Urška Zajc", "g. Luka Korošec", "ga. Petra Mlakar", "g. Jure Bizjak",
    "ga. Katja Hribar", "g. Boris Kastelic", "ga. Sabina Oblak", "g. Tomaž Žagar", "ga. Eva Kolar",
]  # fmt: skip
_LT_TITLED = [
    "p. Jonas Petraitis", "dr. Rasa Kazlauskienė", "p. Tomas Jankauskas", "p. Ona Stankevičienė",
    "dr. Mindaugas Vasiliauskas", "p. Laura Žukauskienė", "p. Darius Butkus", "dr. Agnė Paulauskienė",
    "p. Paulius Urbonas", "p. Rūta Kavaliauskienė", "dr. Andrius Petrauskas", "p. Eglė Navickienė",
    "p. Vytautas Ramanauskas", "dr. Inga Balčiūnienė", "p. Mantas Sakalauskas", "p. Jurgita Žilinskienė",
    "dr. Giedrius Kairys", "p. Aistė Mockienė", "p. Lukas Gailius", "dr. Simona Lukoševičienė",
]  # fmt: skip


@pytest.mark.parametrize("values", [_SL_TITLED, _LT_TITLED], ids=["sl", "lt"])
def test_lower_case_title_abbreviations_before_names(values: list[str]) -> None:
    det = _detect(values)
    assert det is not None and det.entity == E.NAME, det


_PL_STREETS = [
    "ul. Długa", "ul. Kwiatowa", "al. Jerozolimskie", "ul. Mickiewicza", "pl. Grunwaldzki", "ul. Słowackiego",
    "ul. Kościuszki", "al. Niepodległości", "ul. Polna", "ul. Leśna", "os. Piastów", "ul. Sienkiewicza",
    "ul. Ogrodowa", "pl. Wolności", "ul. Szkolna", "ul. Lipowa", "ul. Parkowa", "ul. Krótka", "ul. Żeromskiego",
    "ul. Reymonta", "ul. Chopina", "al. Róż",
]  # fmt: skip
_RO_STREETS = [
    "str. Mihai Eminescu", "str. Ion Creangă", "str. Nicolae Bălcescu", "str. Avram Iancu", "str. Mihai Viteazu",
    "str. George Coșbuc", "str. Ștefan cel Mare", "str. Vasile Alecsandri", "str. Tudor Vladimirescu",
    "str. Lucian Blaga", "str. Ion Luca Caragiale", "str. Alexandru Ioan Cuza", "str. Gheorghe Doja",
    "str. Octavian Goga", "str. Liviu Rebreanu", "str. Nicolae Iorga", "str. Mircea cel Bătrân",
    "str. Petru Rareș", "str. Constantin Brâncoveanu", "str. Andrei Mureșanu", "str. Titu Maiorescu",
]  # fmt: skip
_KO_COUNTIES = [
    "강화군", "횡성군", "홍천군", "양평군", "가평군", "연천군", "철원군", "화천군", "양구군", "인제군", "고성군",
    "양양군", "영월군", "평창군", "정선군", "단양군", "괴산군", "보은군", "옥천군", "영동군", "진천군", "음성군",
]  # fmt: skip


@pytest.mark.parametrize("values", [_PL_STREETS, _RO_STREETS], ids=["pl", "ro"])
def test_street_abbreviations_before_a_name_are_no_title(values: list[str]) -> None:
    det = _detect(values)
    assert det is None or det.entity != E.NAME, det


def test_korean_counties_are_no_courtesy_names() -> None:
    assert [v for v in _KO_COUNTIES if strip_courtesy(v) != v] == []


_PH_TIN = [
    "123-456-789-000", "234-567-891-000", "301-442-817-000", "415-226-903-000", "508-771-342-000",
    "612-309-458-000", "719-884-021-000", "827-153-664-000", "931-672-205-000", "104-538-976-000",
    "246-810-357-000", "358-024-691-000", "469-137-802-000", "571-246-913-000", "682-359-024-000",
    "793-460-135-000", "804-571-246-000", "915-682-357-000", "126-793-468-000", "237-804-579-000",
    "348-915-680-001", "459-026-791-000",
]  # fmt: skip


def test_philippine_tins_are_national_ids_not_phones() -> None:
    det = _detect(_PH_TIN)
    assert det is not None and det.entity == E.NATIONAL_ID, det


def test_twelve_digit_codes_with_random_last_groups_are_no_tins() -> None:
    codes = [f"{100 + 37 * i}-{200 + 53 * i}-{300 + 11 * i}-{100 + 71 * i % 900}" for i in range(22)]
    assert V.national_id_share(codes)[1] != "ph.tin"


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("g. Janez Novak", ("g.", "Janez Novak")),
        ("k-dze Ilze Kalniņa", ("k-dze", "Ilze Kalniņa")),
        ("dna. Ioana Popa", ("dna.", "Ioana Popa")),
        ("J. Novak", ("", "J. Novak")),  # an initial, not a title
        ("g. novak", ("", "g. novak")),  # all lower case: nothing tells a title from an initial
    ],
)
def test_split_lower_title(value: str, parts: tuple[str, str]) -> None:
    assert split_lower_title(value) == parts


_HU_LV_COURTESY = [
    "Kovács János úr", "Nagy Éva asszony", "Tóth László úr", "Szabó Katalin asszony", "Horváth Péter úr",
    "Varga Zsuzsanna asszony", "Kiss Gábor úr", "Molnár Erzsébet asszony", "Németh Zoltán úr", "Farkas Ildikó asszony",
    "Jānis Bērziņš kungs", "Anna Kalniņa kundze", "Pēteris Ozols kungs", "Ilze Liepa kundze", "Andris Kalniņš kungs",
    "Balázs Tamás úr", "Papp Judit asszony", "Takács Attila úr", "Juhász Mária asszony", "Lakatos Sándor úr",
    "Mészáros Ágnes asszony", "Oláh Ferenc úr",
]  # fmt: skip


def test_courtesy_words_around_latin_names() -> None:
    det = _detect(_HU_LV_COURTESY)
    assert det is not None and det.entity == E.NAME, det


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("Ông Nguyễn Văn An", ("Ông", "Nguyễn Văn An", "")),
        ("Kovács János úr", ("", "Kovács János", "úr")),
        ("Anh Nguyen", ("", "Anh Nguyen", "")),  # Anh is also a given name: no courtesy word
    ],
)
def test_split_latin_courtesy(value: str, parts: tuple[str, str, str]) -> None:
    assert split_latin_courtesy(value) == parts
