"""Ids after the id words of the world's languages (id_words_world, text_ids.cued_id_spans)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_ids import cued_id_spans


def _ids(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in cued_id_spans(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("طلب تجديد: السجل المدني رقم 1098765432 للمراجع", "1098765432"),
        ("بطاقة الهوية: 784-1979-5512345-3", "784-1979-5512345-3"),
        ("An tabbatar da lambar shaidar ɗan ƙasa 71234509876 a ofis.", "71234509876"),
        ("Katin shaida mai lamba 20934511876.", "20934511876"),
        ("Ɔde ne Ghana Card nɔma ne GHA-701234567-8 baeɛ.", "GHA-701234567-8"),
        ("Ο πελάτης έδειξε δελτίο ταυτότητας 1045873 στο ταμείο.", "1045873"),
        ("αρ. ταυτότητας ΑΚ 123456", "ΑΚ 123456"),
        ("Il-klijent ta K.I. nru 0456789M.", "0456789M"),
        ("მოქალაქის პირადი ნომერი 01017054321 დადასტურდა.", "01017054321"),
        ("ජාතික හැඳුනුම්පත් අංකය 199012304567 ලෙස", "199012304567"),
        ("அடையாள அட்டை எண் 880151234V பதிவு", "880151234V"),
        ("Нэр: Бат, регистрийн дугаар УБ92011545", "УБ92011545"),
        ("Өтініш берушінің ЖСН 870412300568", "870412300568"),
        ("জাতীয় পরিচয়পত্র নম্বর 1987264512837465", "1987264512837465"),
        ("CNIC 35202-1234567-9 کی تصدیق", "35202-1234567-9"),
        ("Pemohon MyKad 850412-10-5523 hadir.", "850412-10-5523"),
        ("Vérifié au guichet, CIN BK123456.", "BK123456"),
        ("Müştərinin FİN kodu 6QX2B7M təsdiq edildi.", "6QX2B7M"),
        ("Personalausweis-Nr. T22000129 vorgelegt.", "T22000129"),
        ("Matricule 1985072312345 (Lëtzebuerg)", "1985072312345"),
        ("Klient okazał numer dowodu ABC123456 przy kasie.", "ABC123456"),
        ("Ověřeno podle čísla, číslo občanského průkazu 204512876.", "204512876"),
        ("Gecontroleerd: identiteitskaart nummer IY8RX5PB1.", "IY8RX5PB1"),
        ("Klienti paraqiti numri personal J85412345K.", "J85412345K"),
        ("הלקוח הציג מספר זהות 123456782 בקופה", "123456782"),
    ],
)
def test_ids_after_the_languages_id_words(text: str, value: str) -> None:
    assert value in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "رقم الطلب 1098765432 قيد الشحن.",
        "Lambar waya 08031234567, kira gobe.",
        "Αριθμός παραγγελίας 1045873 εστάλη.",
        "შეკვეთის ნომერი 01017054321 გაიგზავნა.",
        "Matricule 40213 du salarié, service paie.",  # a staff number
        "Invoice INV2024X9 paid; FIN department notified.",
        "Order ABC12345 shipped.",
    ],
)
def test_order_phone_and_staff_numbers_stay_no_ids(text: str) -> None:
    assert _ids(text) == []
