"""Session 35 (helper OL): whole names linked by ``bin``/``binti``/``a/l``/``بن`` are a name column from values
alone; phrases with ``bin`` and firms named after a founder are not."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_patronymic_names import linked_name
from safe_synthesizer.pii.replace import plan_columns

_MALAY = ["Nurul binti Hassan", "Hafiz bin Rahman", "Zulkifli bin Osman", "Siti binti Abdullah", "Kumar a/l Muthu",
          "Aminah binti Salleh", "Ahmad bin Ismail", "Aisyah binti Yusof", "Roslan bin Hamzah",
          "Faridah bt Ibrahim"]  # fmt: skip
_ARABIC = ["خالد بن سعيد", "محمد بن راشد", "سلمان بن عبدالعزيز", "فهد بن سلطان", "عبدالله بن زايد", "نورة بنت محمد"]


def _plans(values: list[str], n: int = 24) -> dict[str, str]:
    df = pd.DataFrame({"c001": [values[i * 7 % len(values)] for i in range(n)],
                       "c002": [f"{12 + i * 7 % 40}.50" for i in range(n)]})  # fmt: skip
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_malay_and_arabic_linked_names_are_a_name_column() -> None:
    assert _plans(_MALAY).get("c001") == "name"
    assert _plans(_ARABIC).get("c001") == "name"


def test_link_word_inside_name_words_only() -> None:
    assert linked_name("Siti binti Abdullah")
    assert not linked_name("Ahmad bin Ali Sdn Bhd")  # a firm
    assert not linked_name("bin 3 of 4")  # digits, link first
    assert not linked_name("Hafiz Rahman")  # no link word


def test_bin_phrases_without_listed_given_names_stay_unplanned() -> None:
    phrases = ["Recycling bin Blue", "Compost bin Green", "Glass bin Clear", "Paper bin Grey", "Metal bin Red",
               "Textile bin Purple", "Battery bin Orange"]  # fmt: skip
    assert _plans(phrases).get("c001") not in ("name", "first_name", "last_name")
