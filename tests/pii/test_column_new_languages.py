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
