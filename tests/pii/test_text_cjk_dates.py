"""Birth dates after Chinese/Japanese cues glued to the word before (held-out set 10: ja_JP dates of
birth 0.53, zh_CN 0.61: "傷病者生年月日…", "患者出生日期…" were missed)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cjk_dates import cjk_birth_date_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("搬送者生年月日1971年11月3日、意識あり。", ["1971年11月3日"]),
        ("病人出生日期：1958-02-27，血压正常。", ["1958-02-27"]),
        ("本人生年月日は昭和52年7月19日です。", ["昭和52年7月19日"]),
        ("平成元年5月1日生まれの男性", ["平成元年5月1日"]),
        ("会员生日1990/3/5", ["1990/3/5"]),
    ],
)
def test_birth_dates_after_glued_cues(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b, _ in cjk_birth_date_spans(text)] == expected


@pytest.mark.parametrize("text", ["発売日2024年4月1日", "有效期2030-12-31", "令和6年4月1日より施行"])
def test_other_dates_are_not_birth_dates(text: str) -> None:
    assert cjk_birth_date_spans(text) == []
