"""Session 29 name layouts: lower-case ``mr``/``mrs`` before a word-surname, lone lower-case names between
spaced dashes or bars, and Chinese kin nouns before a name and a request (``家属霍帅请回电``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cjk_names import cjk_name_spans
from safe_synthesizer.pii.text_name_context import context_name_spans
from safe_synthesizer.pii.text_name_intro import intro_name_spans


def _texts(spans, text: str) -> list[str]:
    return [text[a:b] for a, b, _ in spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("30/03/2024, 7:46 pm - TENANT: mr hill next door says water is coming in", "hill"),
        ("[05/27/2025, 21:05] Jo: ok so mrs lamb from no. 4 has the spare key", "lamb"),
        ("2024-03-01 09:12 mr bell rang twice", "bell"),
    ],
)
def test_lower_mister_takes_word_surnames_in_chats(text: str, name: str) -> None:
    assert name in _texts(intro_name_spans, text)


@pytest.mark.parametrize(
    "text",
    [
        "ask mr right",
        "dr hill walk on sunday",
        "mr and mrs",
        "mr clean spray",
        "reminds me of mr hill from the show",  # a review: no chat lines
        "30/03/2024, 7:46 pm - A: spoke to mrs young today",  # an adjective
    ],
)
def test_lower_titles_keep_their_words(text: str) -> None:
    assert _texts(intro_name_spans, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("screening - roger dawson - employer confirmed, reference ok", "roger dawson"),
        ("refs | julie menard | paid deposit", "julie menard"),
        ("intake – anna harper – no pets", "anna harper"),
    ],
)
def test_lower_name_between_dashes(text: str, name: str) -> None:
    assert _texts(context_name_spans, text) == [name]


@pytest.mark.parametrize("text", ["note - good service - thanks", "status - mark rose - done"])
def test_words_between_dashes_stay(text: str) -> None:
    assert _texts(context_name_spans, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("病情稳定。家属霍帅请回电+86 10 1056 7298。", "霍帅"),
        ("家属陈秀荣请回电", "陈秀荣"),
    ],
)
def test_chinese_kin_noun_then_request(text: str, name: str) -> None:
    assert name in _texts(cjk_name_spans, text)


@pytest.mark.parametrize("text", ["请您尽快回电", "客户请回电", "申请人请填写"])
def test_chinese_request_without_name(text: str) -> None:
    assert _texts(cjk_name_spans, text) == []
