"""Indonesian, Vietnamese, Maltese and Taiwanese street lines in free text (session 30, helper ST).

Invented examples, not benchmark sentences: each line must be taken whole (not only its type word), and
prose using the same words must not be.
"""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_indonesian import indonesian_street_spans
from safe_synthesizer.pii.text_street_maltese import maltese_street_spans
from safe_synthesizer.pii.text_street_vietnamese import vietnamese_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _found(fn, text: str) -> list[str]:
    return [text[a:b] for a, b, _ in fn(text)]


def _covered(text: str, street: str) -> bool:
    start = text.index(street)
    return any(a <= start and start + len(street) <= b for a, b, _ in street_spans(text))


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Pasien tinggal di Jl. Pemuda No. 41, RT 02/RW 07, Kel. Mekarsari, Kec. Cimanggis.",
         "Jl. Pemuda No. 41, RT 02/RW 07, Kel. Mekarsari"),
        ("Kirim ke Gang Haji Ridwan No. 5 ya", "Gang Haji Ridwan No. 5"),
        ("alamat: Jalan Dr. Wahidin Sudirohusodo No. 12A, Malang", "Jalan Dr. Wahidin Sudirohusodo No. 12A"),
        ("pindah ke jln. kenanga no 8 rt 4 rw 2", "jln. kenanga no 8 rt 4 rw 2"),
        ("Komplek Taman Sari Blok D3 No. 21, Depok", "Komplek Taman Sari Blok D3 No. 21"),
        ("Kantor cabang di Jl. Diponegoro, Surabaya", "Jl. Diponegoro"),
    ],
)  # fmt: skip
def test_indonesian_street_line_is_whole(text: str, street: str) -> None:
    assert street in _found(indonesian_street_spans, text)
    assert _covered(text, street)


@pytest.mark.parametrize(
    "text",
    ["Jalan kaki 5 km setiap pagi.", "Ada 3 gang di sekitar rumah.", "the gang 12 members were arrested",
     "Order no. 4411 shipped"],
)  # fmt: skip
def test_indonesian_prose_is_no_street(text: str) -> None:
    assert indonesian_street_spans(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Bệnh nhân ở 45 Đường Trần Phú, Phường 7, Quận 5.", "45 Đường Trần Phú, Phường 7"),
        ("Địa chỉ: số 12 ngõ 34 phố Hàng Bạc, Hà Nội", "số 12 ngõ 34 phố Hàng Bạc"),
        ("Giao tới 17/3/210 Hẻm 8 đường Nguyễn Trãi, TP. Cần Thơ", "17/3/210 Hẻm 8 đường Nguyễn Trãi"),
        ("Nhà ở Số 88 Bạch Đằng, Đà Nẵng", "Số 88 Bạch Đằng"),
        ("địa chỉ mới 27 Hai Bà Trưng, Huế", "27 Hai Bà Trưng"),
        ("Văn phòng trên Đường Điện Biên Phủ gần chợ", "Đường Điện Biên Phủ"),
        ("chuyển về 6 Đường số 9, Thủ Đức", "6 Đường số 9"),
        ("new address is 40 đường 30 Tháng 4, Vũng Tàu", "40 đường 30 Tháng 4"),
    ],
)  # fmt: skip
def test_vietnamese_street_line_is_whole(text: str, street: str) -> None:
    assert street in _found(vietnamese_street_spans, text)
    assert _covered(text, street)


@pytest.mark.parametrize(
    "text",
    ["Gọi lại số 0912345678 lúc 5 giờ.", "Uống 2 viên mỗi ngày, tái khám sau 3 tuần.", "Ngày 12 Tháng 3 năm 2024",
     "đường huyết 7.2 mmol/L", "có 3 người ở nhà", "Phòng 12 Tầng 3"],
)  # fmt: skip
def test_vietnamese_prose_is_no_street(text: str) -> None:
    assert vietnamese_street_spans(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Deliver to 14, Triq il-Papa Piju V, Birkirkara", "14, Triq il-Papa Piju V"),
        ("Appartament 2, 9, Triq tas-Sliema, Gżira", "Appartament 2, 9, Triq tas-Sliema"),
        ("moved to Villa Carmen, Triq ta' Xbiex last week", "Villa Carmen, Triq ta' Xbiex"),
        ("address: 3, Sqaq il-Fosos, Valletta", "3, Sqaq il-Fosos"),
        ("lives near Dar is-Sliem, Vjal ir-Rihan", "Dar is-Sliem, Vjal ir-Rihan"),
    ],
)  # fmt: skip
def test_maltese_street_line_is_whole(text: str, street: str) -> None:
    assert street in _found(maltese_street_spans, text)
    assert _covered(text, street)


def test_maltese_sentence_word_is_no_house_name() -> None:
    text = "Yesterday, Triq il-Kbira was closed."
    assert _found(maltese_street_spans, text) == ["Triq il-Kbira"]
    assert maltese_street_spans("Ħallejtha fit-triq il-kbira.") == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("寄到 80652 高雄 中正四路211號", "中正四路211號"),
        ("地址：新北市板橋區文化路一段188巷44弄7號5樓之2", "新北市板橋區文化路一段188巷44弄7號5樓之2"),
        ("我住在忠孝東路4段50號，謝謝", "忠孝東路4段50號"),
        ("Letter returned from 光復巷12號 yesterday", "光復巷12號"),
    ],
)  # fmt: skip
def test_taiwanese_street_line_is_whole(text: str, street: str) -> None:
    assert street in _found(street_spans, text)
