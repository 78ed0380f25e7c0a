from safe_synthesizer.pii.text_name_tibetan import tibetan_name_spans


def _found(text: str, extra=()) -> list[str]:
    return [text[a:b] for a, b, _ in tibetan_name_spans(text, extra)]


def test_names_in_a_latin_note_in_brackets_and_slots():
    assert _found("HM log: Lady Fan (དཔལ་མོ་དབྱངས་ཅན) dragged her mooring.") == ["དཔལ་མོ་དབྱངས་ཅན"]
    assert _found("Can ལྷ་མོ་དབྱངས་ཅན cover སྒྲོལ་མ་ཉི་མ Tuesday?") == ["ལྷ་མོ་དབྱངས་ཅན", "སྒྲོལ་མ་ཉི་མ"]
    assert _found("needs a longer surplice. xx རྡོ་རྗེ") == ["རྡོ་རྗེ"]


def test_names_in_tibetan_prose_before_a_particle_or_a_space():
    assert _found("བཀྲ་ཤིས་ཚེ་རིང ལ་དགོངས་དག") == ["བཀྲ་ཤིས་ཚེ་རིང"]
    # glued to the case particle with a tsheg
    assert _found("བསོད་ནམས་ཀྱིས་ཁ་པར་བཏང་།") == ["བསོད་ནམས"]
    assert _found("རླངས་འཁོར། དཔལ་མོ གཟའ་སྤེན་པ་ལ་འགྲོ། ཀུན་དགའ མཉམ་དུ།") == ["དཔལ་མོ", "ཀུན་དགའ"]


def test_weekdays_months_and_longer_words_are_no_names():
    assert _found("གཟའ་ཉི་མ་ལ་འགྲོ།") == []  # Sunday
    assert _found("ཟླ་བ་དང་པོ།") == []  # the first month: the word goes on
    assert _found("ཉི་མ་གཅིག") == []  # one day
    assert _found("ལྷ་ས་ནས་ཡོང་།") == []  # from Lhasa


def test_the_tables_own_name_words_extend_the_elements():
    assert _found("ཀླུ་འབུམ ལ་དགོངས་དག") == []
    assert _found("ཀླུ་འབུམ ལ་དགོངས་དག", extra=["ཀླུ་འབུམ"]) == ["ཀླུ་འབུམ"]


def test_no_tibetan_no_work():
    assert tibetan_name_spans("Mr Tashi rang at 5") == []
    assert tibetan_name_spans("") == []
