"""Chinese notes are free text: typed text, scanned for names and glued phones, faked in Chinese
(held-out set 9: a zh_CN notes column was typed an identifier and never scanned, text recall 0.000)."""

from __future__ import annotations

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.schema import ColumnType
from safe_synthesizer.pii.replace import replace_pii
from safe_synthesizer.pii.text_patterns import _PHONE


def _notes(n: int = 60) -> tuple[list[str], list[str], list[str]]:
    fake = Faker("zh_CN")
    fake.seed_instance(23)
    names = [fake.name() for _ in range(n)]
    phones = [fake.phone_number() for _ in range(n)]
    notes = [f"客户投诉：联系人{a}，快递延误，请回电{p}。" for a, p in zip(names, phones, strict=True)]
    return notes, names, phones


def test_chinese_sentences_are_text_and_short_cjk_values_are_not() -> None:
    notes, names, _ = _notes()
    addresses = [f"東京都渋谷区神南{i}-2-3" for i in range(60)]
    schema = infer_schema(pd.DataFrame({"备注": notes, "住所": addresses, "姓名": names}))
    types = {c.name: c.type for c in schema.columns}
    assert types["备注"] == ColumnType.TEXT
    assert types["住所"] != ColumnType.TEXT and types["姓名"] != ColumnType.TEXT


def test_a_number_glued_to_chinese_words_is_a_phone_span_but_not_inside_latin_words() -> None:
    assert [m.group() for m in _PHONE.finditer("请回电15790404796。")] == ["15790404796"]
    assert [m.group() for m in _PHONE.finditer("ref A1234567890B")] == []


def test_names_and_glued_phones_in_chinese_notes_are_replaced_with_chinese_fakes() -> None:
    notes, names, phones = _notes()
    frame = pd.DataFrame({"备注": notes})
    result = replace_pii(frame, infer_schema(frame), ReplacePiiParameters())
    out = result.data["备注"].tolist()
    assert sum(name in text for name, text in zip(names, out, strict=True)) <= 3
    assert not any(phone in text for phone, text in zip(phones, out, strict=True))
    assert all(text.startswith("客户投诉：联系人") for text in out)  # the note's own words stay
    assert result.report.columns[0].locale == "zh_CN"
