"""Tagged chat and call logs: an answer turn is what the other side's turn before it asked for.
Set 17's chatbot logs kept every date of birth in 33 languages (0/1074) and most lower-case names."""

from __future__ import annotations

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_dialogue_turns import dialogue_turn_spans
from safe_synthesizer.pii.text_patterns import _DATE, _DOB_CUE


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in dialogue_turn_spans(text, _DOB_CUE, _DATE)]


def test_a_chatbot_log_answers_name_birth_date_and_address():
    text = (
        "[bot] Hi, I am the virtual assistant. What is your full name?\n[user] david scott\n"
        "[bot] Thanks. And your date of birth?\n[user] 08/22/1969\n[bot] Which number can we reach you on?\n"
        "[user] 2259095351\n[bot] And your current address?\n[user] 2350 Powell Extensions, Sarahport 97280\n"
        "[bot] Thank you."
    )
    assert _found(text) == [
        ("david scott", E.NAME),
        ("08/22/1969", E.DATE_OF_BIRTH),
        ("2350 Powell Extensions", E.STREET_ADDRESS),
    ]


def test_questions_without_a_question_mark_and_inflected_birth_words():
    no = "Agent: Hei! Hva er fullt navn?\nKunde: Daniel Andreassen\nAgent: Takk. Fødselsdatoen din\nKunde: 07.01.1948"
    assert ("07.01.1948", E.DATE_OF_BIRTH) in _found(no)
    pl = "<bot> Proszę podać imię i nazwisko.\n<klient> Alan Goral\n<bot> Data urodzenia.\n<klient> 17.08.1999"
    assert _found(pl) == [("Alan Goral", E.NAME), ("17.08.1999", E.DATE_OF_BIRTH)]
    zh = "[bot] 请问您的姓名？\n[user] 黄秀芳\n[bot] 谢谢。请提供出生日期。\n[user] 1959-08-03"
    assert _found(zh) == [("黄秀芳", E.NAME), ("1959-08-03", E.DATE_OF_BIRTH)]


def test_timestamps_and_other_calendars():
    text = "12:01 Bot: วันเกิดของคุณคือ\n12:02 User: 30/04/2497\n12:03 Bot: ขอบคุณค่ะ"
    assert _found(text) == [("30/04/2497", E.DATE_OF_BIRTH)]


def test_no_birth_date_where_the_bot_asked_for_another_date_or_in_a_form():
    booking = (
        "[bot] Which day would you like to come in?\n[user] 12/03/2025\n[bot] And your name?\n[user] no thanks\n"
        "[bot] Our opening hours are 9 to 5."
    )
    assert _found(booking) == []
    # one line per key, no speaker twice: a form, not a dialogue
    form = "Note: asked about the date of birth\nDate: 12/03/1990\nStatus: open"
    assert _found(form) == []
    # "Dzień dobry" is no "dob"
    pl = "[bot] Dzień dobry! W czym mogę pomóc?\n[user] 12.03.1990 zamówienie\n[bot] Dziękuję."
    assert _found(pl) == []


def test_an_email_address_question_is_no_postal_address():
    text = "[bot] What is your e-mail address?\n[user] ann42@x.com\n[bot] Thanks.\n[user] ok"
    assert _found(text) == []


def test_log_levels_and_mail_headers_are_no_speakers():
    log = "ERROR: birth date missing\nINFO: 2024-01-01 job done\nERROR: retry\nINFO: 2024-01-02 ok"
    assert _found(log) == []
