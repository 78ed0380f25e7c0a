from safe_synthesizer.pii.text_name_other_script_slots import other_script_slot_spans


def _values(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in other_script_slot_spans(text)]


def test_hangul_names_after_cues_before_verbs_and_in_lists() -> None:
    assert _values("ring 박은숙 back about the deposit!! 0193 441 2207") == [("박은숙", "name")]
    assert _values("Rota for June: 한영철 + 량 + 류") == [("한영철", "name"), ("량", "last_name"), ("류", "last_name")]
    assert _values("량 arrived late, partner 은철 not happy.") == [("량", "last_name"), ("은철", "name")]
    assert _values("Thanks to Mrs 로미선 for the cakes") == [("로미선", "name")]


def test_other_scripts_in_person_slots() -> None:
    assert _values("Blanket for सुनीता पाटील, 12/4 - deliver Monday. राहुल pays on delivery.") == [
        ("सुनीता पाटील", "name"),
        ("राहुल", "name"),
    ]
    assert _values("Notes -> سمير to call the office tomorrow") == [("سمير", "name")]


def test_place_slots_stay() -> None:
    assert _values("Pick up from 창전거리 6 later, the van is at the gate.") == []
    assert _values("Collect from მესხიას ქ. Tuesday, leave it with the porter.") == []
    assert _values("Drop it at пр. Базарный, д. 1 for the parcel room.") == []
    assert _values("Blanket for the shop at 해운대로 21 by Monday, paid in full.") == []


def test_non_latin_notes_are_left_to_their_own_rules() -> None:
    assert other_script_slot_spans("김철수 님이 전화했습니다") == []
