"""Columns of languages and countries the first sets did not use (Indonesian, Vietnamese, Malay,
Tagalog, Maltese, Swahili column words; Vietnamese, Nigerian, Maltese and Filipino names) and second
people named by their role (``Guarantor``, ``Mentor``, ``next_of_kin``). All values invented here."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.cues import cue_hints

ENTITIES = list(E.ALL_ENTITIES)


def _detect(name: str, values: list[str]):
    df = pd.DataFrame({name: values})
    return detect_column(df[name], infer_schema(df)[name], entities=ENTITIES)


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("Nama Lengkap", E.NAME), ("nama_pasien", E.NAME), ("Họ và tên", E.NAME), ("HO_TEN", E.NAME),
        ("alamat_rumah", E.ADDRESS), ("Địa chỉ", E.ADDRESS), ("kode_pos", E.POSTCODE), ("Mã bưu chính", E.POSTCODE),
        ("no. HP", E.PHONE_NUMBER), ("Số điện thoại", E.PHONE_NUMBER), ("SĐT", E.PHONE_NUMBER),
        ("tanggal lahir", E.DATE_OF_BIRTH), ("Ngày sinh", E.DATE_OF_BIRTH), ("NIK", E.NATIONAL_ID),
        ("số CCCD", E.NATIONAL_ID), ("kota", E.CITY), ("Thành phố", E.CITY), ("surel", E.EMAIL),
        ("Apelyido", E.LAST_NAME), ("pangalan", E.NAME), ("kunjom", E.LAST_NAME), ("triq", E.STREET_ADDRESS),
        ("GUARANTOR", E.NAME), ("next_of_kin", E.NAME), ("mentorName", E.NAME), ("Supervisor", E.NAME),
        ("referee_2", E.NAME),
    ],
)  # fmt: skip
def test_new_language_and_role_words_are_cues(column: str, entity: str) -> None:
    assert entity in cue_hints(column)


def test_city_words_do_not_cue_a_street() -> None:
    # "thành phố" (city) holds "phố" (street): not a street cue.
    assert E.STREET_ADDRESS not in cue_hints("thành phố")
    assert not cue_hints("hp_rating")  # horsepower, not an Indonesian "HP" (mobile) number


_VI = [
    "Trần Minh Khôi", "Nguyễn Thị Lan", "Lê Quốc Bảo", "Phạm Thu Trang", "Hoàng Đức Anh", "Võ Ngọc Hân",
    "Đỗ Văn Hùng", "Huỳnh Thanh Tâm", "Bùi Quang Huy", "Ngô Thị Yến", "Đặng Hoài Nam", "Phan Mỹ Linh",
    "Dương Tuấn Kiệt", "Lý Gia Hân", "Trịnh Công Sơn", "Đinh Khánh Vy", "Lâm Phúc Thịnh", "Cao Xuân Trường",
    "Hồ Thảo Nhi", "Mai Tiến Đạt", "Tạ Bích Ngọc", "Lương Hữu Phước", "Châu Tú Anh", "Tô Minh Quân",
]  # fmt: skip
_NG = [
    "Chinedu Okafor", "Funmilayo Adeyemi", "Ibrahim Garba", "Ngozi Okeke", "Babatunde Adeleke", "Amaka Nwosu",
    "Emeka Obi", "Aisha Abubakar", "Tunde Akinwale", "Chiamaka Eze", "Yusuf Danjuma", "Folake Adebisi",
    "Obinna Nwachukwu", "Halima Yahaya", "Segun Adegoke", "Nkechi Okonkwo", "Musa Bello", "Bisi Oyekan",
    "Ifeanyi Chukwu", "Zainab Mohammed", "Kunle Balogun", "Adaeze Nnamani", "Sani Abdullahi", "Ronke Adebiyi",
]  # fmt: skip
_MT = [
    "Carmel Borg", "Marija Camilleri", "Ġorġ Vella", "Rita Farrugia", "Pawlu Zammit", "Josette Galea",
    "Mario Micallef", "Doris Grech", "Anthony Attard", "Rose Spiteri", "Charles Azzopardi", "Maria Mifsud",
    "Joseph Agius", "Carmen Caruana", "Saviour Pace", "Lucia Sammut", "Frans Debono", "Tessie Cassar",
    "Victor Fenech", "Mary Xuereb", "Paul Muscat", "Grace Abela", "Noel Bonnici", "Rita Schembri",
]  # fmt: skip


@pytest.mark.parametrize("values", [_VI, [v.upper() for v in _VI], _NG, _MT], ids=["vi", "vi-caps", "ng", "mt"])
def test_people_of_unlisted_countries_under_a_name_cue(values: list[str]) -> None:
    for column in ("partner_name", "Guarantor", "nama"):
        det = _detect(column, values)
        assert det is not None and det.entity == E.NAME, (column, det)


def test_vietnamese_full_names_without_a_column_name() -> None:
    det = _detect("c004", _VI)
    assert det is not None and det.entity == E.NAME, det


def test_role_column_of_categories_stays_unplanned() -> None:
    # A role word over categories, not people: the values decide.
    levels = ["Senior", "Junior", "External", "Peer", "Senior", "Junior"] * 4
    assert _detect("mentor_type", levels) is None
    assert _detect("Supervisor", ["Yes", "No", "Pending"] * 8) is None


# --- street lines, ids and split names -------------------------------------------------------------

@pytest.mark.parametrize(
    "value",
    ["JL. MERDEKA NO. 12", "Gang Mawar II No. 7", "Jalan Ir. H. Djuanda No. 854", "Số 12/4 Ngõ 7 phố Huế",
     "88 Phố Hàng Bạc", "214 Hẻm 31 Nguyễn Trãi", "17 Đường số 5", "23, Triq il-Kbira", "Triq tal-Ħriebel 4"],
)  # fmt: skip
def test_street_lines_of_new_languages(value: str) -> None:
    from safe_synthesizer.pii import validators as V

    assert V.is_street_any(value)


@pytest.mark.parametrize("value", ["the gang 7 members", "gang of 5", "duong 3 lines", "pho soup 2"])
def test_lower_case_words_are_no_street_lines(value: str) -> None:
    from safe_synthesizer.pii import validators as V

    assert not V.is_street_any(value)


def test_vietnamese_town_words_mark_a_town() -> None:
    from safe_synthesizer.pii import validators as V

    assert V.has_place_marker("thành phố Vinh") and V.has_place_marker("TP. Cần Thơ")
    assert V.has_place_marker("Kota Bogor") and V.has_place_marker("Kabupaten Sleman")


def _tw_id(letter_code: int, letter: str, digits: str) -> str:
    weighted = sum(int(d) * w for d, w in zip(digits, range(8, 0, -1), strict=True))
    total = letter_code // 10 + 9 * (letter_code % 10) + weighted
    return f"{letter}{digits}{(10 - total % 10) % 10}"


def test_id_schemes_of_new_countries() -> None:
    from safe_synthesizer.pii.validators.national_ids import column_id_schemes

    # Taiwan: F = 15; Vietnam: Hanoi 001, born 1987 (century digit 0); Indonesia: Jakarta 3171..., a woman
    # born 12 Aug 1990 (day + 40); Venezuela: a cédula as RIF with its check digit.
    assert "tw.id" in column_id_schemes(_tw_id(15, "F", "22301457"))
    assert "vn.cccd" in column_id_schemes("001087012345")
    assert "vn.cccd" not in column_id_schemes("001487012345")  # no century digit 4 for people born so far
    assert "id.nik" in column_id_schemes("3171065208900003")
    assert "ve.rif" in column_id_schemes("V-17565827-7")


def test_hidden_vietnamese_id_column_and_business_numbers() -> None:
    import random

    rng = random.Random(5)
    provinces = ["001", "079", "048", "031", "092", "026", "036"]
    cccd = []
    for _ in range(40):
        century = rng.choice("0123")
        year = rng.randint(40, 99) if century in "01" else rng.randint(0, 8)
        cccd.append(f"{rng.choice(provinces)}{century}{year:02d}{rng.randint(0, 999999):06d}")
    det = _detect("c003", cccd)
    assert det is not None and det.entity == E.NATIONAL_ID, det
    orders = [f"{rng.randint(10**11, 10**12 - 1)}" for _ in range(40)]
    assert _detect("c003", orders) is None


def _plan(df: pd.DataFrame) -> dict[str, str]:
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.pii.replace import plan_columns

    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_small_split_name_columns_are_found_beside_each_other() -> None:
    firsts = ["Sarah", "Deborah", "Agnes", "Esther", "Samuel", "Peter", "Grace", "Daniel", "Joy", "Paul", "Ruth",
              "Michael", "Sarah", "Grace", "Peter", "Esther"]  # fmt: skip
    lasts = ["Okafor", "Eze", "Ojo", "Balogun", "Adeyemi", "Obi", "Nwosu", "Okeke", "Uche", "Chukwu", "Ibrahim",
             "Oyekan", "Eze", "Obi", "Akinwale", "Adebisi"]  # fmt: skip
    df = pd.DataFrame({"c000": [f"AP-{i:04d}" for i in range(16)], "c001": firsts, "c002": lasts,
                       "c003": ["Welding", "Plumbing", "Catering", "Carpentry"] * 4})  # fmt: skip
    plans = _plan(df)
    assert plans.get("c001") == E.FIRST_NAME and plans.get("c002") == E.LAST_NAME, plans
    assert "c003" not in plans and "c000" not in plans


def test_category_columns_side_by_side_are_no_names() -> None:
    df = pd.DataFrame({
        "c000": ["Sales", "HR", "Finance", "Legal", "IT", "Logistics", "Marketing", "Support"] * 3,
        "c001": ["Open", "Closed", "Pending", "Shipped", "Returned", "Open", "Closed", "Held"] * 3,
    })  # fmt: skip
    assert _plan(df) == {}


def test_indonesian_titled_names_in_capitals_without_a_column_name() -> None:
    values = ["PAK AGUS SANTOSO", "IBU SRI WAHYUNI", "BU DEWI LESTARI", "DR. BAMBANG HARTONO", "PAK JOKO PRASETYO",
              "IBU RATNA SARI", "BAPAK HENDRA GUNAWAN", "BU INDAH PERMATASARI", "PAK YUDI KURNIAWAN", "IBU ANI SUSANTI",
              "PAK RUDI HIDAYAT", "BU NUR AINI", "PAK TONO SUGIARTO", "IBU LINA MARLINA", "DR. SITI NURHALIZA",
              "PAK EKO SAPUTRA"] * 2  # fmt: skip
    det = _detect("c001", values)
    assert det is not None and det.entity == E.NAME, det


def test_new_forms_of_address_need_their_capital() -> None:
    from safe_synthesizer.pii.titles import titled_name_spans

    assert titled_name_spans("Tolong hubungi Pak Budi besok.")
    assert titled_name_spans("Bà Trần Thị Lan gọi lại.")
    assert not titled_name_spans("the pak choi was fresh and sur la table")


def test_initials_and_surnames_are_no_town_column_for_the_pair_rule() -> None:
    from safe_synthesizer.pii.place_pair_values import town_column

    people = ["K. Nowak", "T. Kowalski", "A. Wiśniewska", "M. Zieliński", "J. Wójcik", "P. Kamiński", "R. Lewandowski",
              "E. Dąbrowska", "S. Mazur", "B. Krawczyk", "D. Piotrowski", "G. Grabowski"]  # fmt: skip
    assert town_column(people) is None
    towns = ["Kraków", "Gdańsk", "Poznań", "Łódź", "Lublin", "Toruń", "Opole", "Rzeszów", "Sopot", "Gdynia"]
    assert town_column(towns) is not None


def test_unspaced_chinese_names_under_a_full_name_cue_stay_full_names() -> None:
    # Some rows carry only the family name (a courtesy form dropped): the cue says full name.
    values = ["王", "李", "陳志明", "林", "張淑芬", "黃", "吳建宏", "劉", "蔡", "楊雅婷", "許", "鄭", "謝", "郭",
              "洪", "曾", "周", "陳", "林怡君", "趙"]  # fmt: skip
    det = _detect("CLIENT_FULL_NAME", values)
    assert det is not None and det.entity == E.NAME, det


def test_surnames_beside_a_first_name_column_found_alone() -> None:
    firsts = ["Corina", "Alice", "Viviana", "Izabela", "Mihai", "Andrei", "Elena", "Ioana", "Radu", "Bogdan", "Sorin",
              "Adriana", "Cristian", "Daniela", "Florin", "Gabriela", "Horia", "Irina", "Lucian", "Marius", "Nicoleta",
              "Ovidiu", "Petru", "Simona"]  # fmt: skip
    lasts = ["Diaconu", "Stancu", "Gheorghiu", "Tudor", "Popa", "Stoica", "Diaconu", "Dumitru", "Stancu", "Ionescu",
             "Popa", "Munteanu", "Tudor", "Stoica", "Dumitru", "Gheorghiu", "Ionescu", "Munteanu", "Popa", "Stancu",
             "Tudor", "Diaconu", "Stoica", "Dumitru"]  # fmt: skip
    df = pd.DataFrame({"c000": firsts, "c001": lasts, "c002": ["Desk A", "Desk B", "Desk C"] * 8})
    plans = _plan(df)
    assert plans.get("c000") == E.FIRST_NAME and plans.get("c001") == E.LAST_NAME, plans


def test_towns_of_countries_faker_lists_none_for() -> None:
    from safe_synthesizer.pii.validators.towns import extra_listed_town

    assert all(map(extra_listed_town, ["Benin City", "ENUGU", "Puerto La Cruz", "Valletta", "hai phong", "Bandung"]))
    assert not extra_listed_town("Open") and not extra_listed_town("Springfield")
