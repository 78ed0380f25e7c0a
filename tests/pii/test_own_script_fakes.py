"""Tests of own_script_fakes: person fakes in the original's script, markers kept with their gender."""

import unicodedata

from safe_synthesizer.pii.own_script_fakes import in_script, own_script_fakes, script_of_word


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(ch).split(" ", 1)[0] for ch in text if ch.isalpha()}


def test_latin_words_written_in_scripts_without_a_faker_locale():
    assert in_script("Gill", "GURMUKHI") == "ਗਿਲ"
    assert in_script("Sharma", "GURMUKHI").endswith("ਮਾ")  # the last a long, no conjunct in Gurmukhi
    assert in_script("Abebe", "ETHIOPIC") == "አበበ"
    assert _scripts(in_script("Nasheed", "THAANA")) == {"THAANA"}
    assert _scripts(in_script("Suresh", "KANNADA")) == {"KANNADA"}
    assert _scripts(in_script("Bharat", "TAMIL")) == {"TAMIL"}  # no aspirates in Tamil: the plain letters
    assert in_script("Gill", "LATIN") is None


def test_gurmukhi_fake_in_gurmukhi_with_the_marker_and_its_gender():
    out = own_script_fakes("name", {"ਜਸਪ੍ਰੀਤ ਕੌਰ ਬਰਾੜ": "Vivaan Charan Basak"})
    fake = out["ਜਸਪ੍ਰੀਤ ਕੌਰ ਬਰਾੜ"]
    words = fake.split()
    assert words[1] == "ਕੌਰ"
    assert _scripts(fake) == {"GURMUKHI"}
    assert "ਜਸਪ੍ਰੀਤ" not in fake and "ਬਰਾੜ" not in fake
    assert words[0] != in_script("Vivaan", "GURMUKHI")  # a man's given name before a woman's Kaur: exchanged


def test_the_same_fake_is_rewritten_the_same_way():
    a = own_script_fakes("name", {"ਜਸਪ੍ਰੀਤ ਕੌਰ": "Rahul Basak"})["ਜਸਪ੍ਰੀਤ ਕੌਰ"]
    b = own_script_fakes("name", {"ਜਸਪ੍ਰੀਤ ਕੌਰ": "Rahul Basak"})["ਜਸਪ੍ਰੀਤ ਕੌਰ"]
    assert a == b


def test_turkic_link_kept_and_the_father_a_man():
    out = own_script_fakes("name", {"Алсу Айдар кызы Хәйруллина": "Прокофий Ульян валентина Филиппов"})
    words = out["Алсу Айдар кызы Хәйруллина"].split()
    assert words[2] == "кызы"
    assert words[0] != "Прокофий"  # a man's name for a daughter: exchanged for a woman's
    assert words[1] == "Ульян"


def test_ethiopic_and_thaana_fakes_in_their_script():
    out = own_script_fakes("name", {"ተስፋዬ ገብረ መድህን": "Nirja Vedhika Mane", "އަހުމަދު ނަޝީދު": "Frederick Kakar"})
    assert _scripts(out["ተስፋዬ ገብረ መድህን"]) == {"ETHIOPIC"}
    assert "ገብረ" not in out["ተስፋዬ ገብረ መድህን"]  # a compound head is part of the name: faked with it
    assert _scripts(out["އަހުމަދު ނަޝީދު"]) == {"THAANA"}


def test_latin_originals_and_other_entities_unchanged():
    assert own_script_fakes("name", {"Ann Lee": "Rita Ward"}) == {"Ann Lee": "Rita Ward"}
    assert own_script_fakes("city", {"ਲੁਧਿਆਣਾ": "Pune"}) == {"ਲੁਧਿਆਣਾ": "Pune"}


def test_script_of_word():
    assert script_of_word("ਗਿੱਲ") == "GURMUKHI"
    assert script_of_word("Gill") == "LATIN"
    assert script_of_word("123") is None
