"""Session 59 (helper TW): the small widenings of existing readers (a Hangul/other-script owner in brackets after a
phone number, kisses before an other-script sign-off, a cédula grouped by dots after its cue word)."""

from safe_synthesizer.pii.text_ids import cued_id_spans
from safe_synthesizer.pii.text_name_other_script_slots import other_script_slot_spans


def _other(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in other_script_slot_spans(text)]


def test_an_other_script_owner_in_brackets_after_a_phone_number():
    assert _other("Missed call 09:15 from 010-4100-6200 (박) - rang off.") == ["박"]
    assert _other("Missed call from 0191 373 7037 (강철수) ok") == ["강철수"]
    assert _other("Order 22 (김치) sent") == []  # two digits: no phone
    assert _other("call 0191 373 7037 (서울시)") == []  # a town


def test_kisses_before_an_other_script_signoff():
    assert _other("Fridge restocked, text 010-4300-6300. xx 영희") == ["영희"]
    assert _other("Boxes x 서울역 moved") == []


def test_a_cedula_grouped_by_dots_after_its_cue():
    text = "Disculpe la demora. cédula 3.071.819"
    assert [text[a:b] for a, b, _ in cued_id_spans(text)] == ["3.071.819"]
    text = "ñaguahẽ tardégui. C.I. N° 2.490.402"
    assert [text[a:b] for a, b, _ in cued_id_spans(text)] == ["2.490.402"]
    assert cued_id_spans("paid 3.071.819 Gs") == []  # no cue: an amount
