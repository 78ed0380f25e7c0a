"""Tests of text_name_markers: names in notes read around a culture's naming marker."""

from safe_synthesizer.pii.text_name_markers import marked_name_spans
from safe_synthesizer.pii.text_spans import TextSpan


def _found(text: str, **kw) -> list[str]:
    return [text[s.start : s.end] for s in marked_name_spans(text, **kw)]


def test_turkic_patronymic_read_whole():
    assert _found("Visitors' book: Ринат Камил улы Нуриев, наб. Родниковая, д. 8") == ["Ринат Камил улы Нуриев"]
    assert _found("Parking permit: Нуриев Марат Радик улы, алл. Высоковольтная") == ["Нуриев Марат Радик улы"]
    assert _found("Илдар Радик улы Шәрипов бәйрәмгә чакыра!") == ["Илдар Радик улы Шәрипов"]
    assert _found("Anvar Karim o'g'li Tursunov keldi") == ["Anvar Karim o'g'li Tursunov"]


def test_sikh_middle_names_in_gurmukhi():
    assert _found("ਭੁਗਤਾਨ ਯਾਦ-ਪੱਤਰ: ਕੁਲਦੀਪ ਸਿੰਘ ਬਰਾੜ, Street H.No. 589") == ["ਕੁਲਦੀਪ ਸਿੰਘ ਬਰਾੜ"]
    assert _found("Start: ਰਾਜਵਿੰਦਰ ਕੌਰ (Lakeland OC) missed their start") == ["ਰਾਜਵਿੰਦਰ ਕੌਰ"]


def test_a_caseless_word_after_the_marker_needs_the_table_or_a_closing_mark():
    text = "ਬਲਵਿੰਦਰ ਸਿੰਘ ਚੀਮਾ ਵੱਲੋਂ ਸੱਦਾ!"
    assert _found(text) == ["ਬਲਵਿੰਦਰ ਸਿੰਘ"]
    assert _found(text, people={"ਚੀਮਾ": "last_name"}) == ["ਬਲਵਿੰਦਰ ਸਿੰਘ ਚੀਮਾ"]


def test_filial_links_but_no_ethiopic_heads():
    assert _found("Aminah binti Yusof paid the deposit") == ["Aminah binti Yusof"]
    assert _found("ዝጠፍአ ንብረት፡ ካርድ ኪዳነ ሃይለ ኣብ ቤት ጽሕፈት ኣሎ።") == []  # Ethiopic heads are given names too


def test_no_span_without_a_name_before_or_in_latin_middle_words():
    assert _found("The bin is full, Mac ni said") == []
    assert _found("Gültig ab Montag, Green bin Monday") == []
    assert _found("Mr Singh and Ms Kaur came") == []
    assert _found("Singh is king") == []
    assert _found("मेरा भाई आया") == []  # brother: a common word, no Sikh middle name
    assert _found("no marker here at all") == []


def test_a_span_across_a_found_one_is_left_out():
    text = "Ринат Камил улы Нуриев паспорт"
    assert marked_name_spans(text, [TextSpan(16, 30, "name", 0.9)]) == []  # another reader's span across its end
    assert len(marked_name_spans(text, [TextSpan(0, 11, "name", 0.9)])) == 1  # one inside it: taken over
