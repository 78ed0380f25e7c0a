"""Session 61 helper SC's hooks wired into the PII stage: names built with a culture's naming markers (Sikh
Singh/Kaur in Gurmukhi, Tatar patronymics with ``улы``/``кызы``), fakes in the original's script, and the world's
missing-value words. Each test goes through ``replace_pii`` / ``plan_columns``, so it fails when a module exists
but is not hooked in. Values are not set 46's."""

from __future__ import annotations

import unicodedata

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_GIVEN_M = ["ਹਰਪ੍ਰੀਤ", "ਅਮਨਦੀਪ", "ਗਗਨਦੀਪ", "ਪਰਮਜੀਤ", "ਬਲਜੀਤ"]
_GIVEN_F = ["ਮਨਪ੍ਰੀਤ", "ਹਰਮਨ", "ਗੁਰਲੀਨ", "ਸੁਖਮਨੀ", "ਅਮਨਜੋਤ"]
_CLANS = ["ਸੰਧੂ", "ਸਿੱਧੂ", "ਬਾਜਵਾ", "ਮਾਨ", "ਧਾਲੀਵਾਲ", ""]


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _sikh_names(n: int) -> list[str]:
    out = []
    for i in range(n):
        male = i % 2 == 0
        given = (_GIVEN_M if male else _GIVEN_F)[(i // 2) % 5]
        clan = _CLANS[(i * 7) % len(_CLANS)]
        out.append(" ".join(w for w in (given, "ਸਿੰਘ" if male else "ਕੌਰ", clan) if w))
    return out


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(ch).split(" ", 1)[0] for ch in text if ch.isalpha()}


def test_gurmukhi_names_with_singh_and_kaur_found_and_faked_in_gurmukhi() -> None:
    names = _sikh_names(24)
    df = pd.DataFrame({"c000": list(range(24)), "c001": names, "c002": [f"O{i % 3}" for i in range(24)]})
    assert _plans(df).get("c001") == "name"
    out = _replaced(df)["c001"].tolist()
    for before, after in zip(names, out, strict=True):
        assert after != before and _scripts(after) == {"GURMUKHI"}
        marker = before.split()[1]
        assert after.split()[1] == marker  # Singh / Kaur kept in place
        assert before.split()[0] not in after


def test_tatar_patronymic_column_is_people_and_the_link_is_kept() -> None:
    players = ["Ильдус Фарит улы Гарипов", "Ләйлә Ринат кызы Сабирова", "Азат Гарипов", "Ильдус Гарипов",
               "Фәридә Азат кызы Закирова", "Ринат Ильдус улы Сабиров", "Азат Ринат улы Хәсәнов", "Ләйлә Закирова",
               "Фарит Хәсәнов", "Гөлсем Сабирова"] * 2  # fmt: skip
    df = pd.DataFrame({"Player": players, "Score": [str(1000 * i) for i in range(20)]})
    assert _plans(df).get("Player") == "name"
    out = _replaced(df)["Player"].tolist()
    assert "улы" in out[0].split() and "Фарит" not in out[0] and "Гарипов" not in out[0]


def test_tatar_patronymic_in_a_note_replaced_whole() -> None:
    notes = ["Visitors' book: Ильдус Фарит улы Гарипов, ул. Садовая, д. 3", "Кофе кончился", "", "ok"] * 3
    df = pd.DataFrame({"id": list(range(12)), "notes": notes})
    out = _replaced(df)["notes"].tolist()[0]
    assert "Фарит" not in out and "Ильдус" not in out


def test_missing_words_of_other_languages_are_kept_not_faked() -> None:
    names = _sikh_names(20)
    names[3] = "ਨਹੀਂ"
    names[11] = "ਨਹੀਂ"
    df = pd.DataFrame({"c000": list(range(20)), "c001": names})
    out = _replaced(df)["c001"].tolist()
    assert out[3] == "ਨਹੀਂ" and out[11] == "ਨਹੀਂ"
