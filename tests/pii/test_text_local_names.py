"""Names in Amharic/Tigrinya (after a name cue), Albanian (after a cue) and Irish (Ó/Ní/Mac/Nic/Uí) notes."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_local_names import local_name_spans
from safe_synthesizer.pii.text_script_names import script_name_spans


def _names(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    return {text[a:b] for a, b, kind in spans if kind == E.NAME}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ሰላም፣ ስሜ አበበ ከበደ ነው። በ21/02/1975 ተወለድኩ።", "አበበ ከበደ"),
        ("እኔ ትዕግስት ሀይሉ ነኝ፣ ስለ ፋይሌ ነው።", "ትዕግስት ሀይሉ"),
        ("ወ/ሮ ሰናይት ገብሩ ተደውሏል።", "ሰናይት ገብሩ"),
        ("Përshëndetje, quhem Arben Krasniqi dhe telefonoj.", "Arben Krasniqi"),
        ("Zonja Mirela Gjoka erdhi sot.", "Mirela Gjoka"),
        ("Dia duit, is mise Seán Ó Briain agus tá mé ag glaoch.", "Seán Ó Briain"),
        ("Labhair mé le Aoife Ní Bhriain inné.", "Aoife Ní Bhriain"),
        ("Handover: Máire Uí Cheallaigh, bed 4, stable.", "Máire Uí Cheallaigh"),
    ],
)
def test_local_names_are_found(text: str, name: str) -> None:
    assert name in _names(text, local_name_spans(text))
    assert name in _names(text, script_name_spans(text))  # reached through the wired script rules


@pytest.mark.parametrize(
    "text",
    [
        "ስብሰባው በ12/03/2024 ይካሄዳል።",
        "እኔ ነኝ፣ እባክዎ ደውሉልኝ።",
        "Takimi do të mbahet nesër në Tiranë.",
        "Tá an aimsir go maith inniu i nGaillimh.",
        "Ó Dheireadh Fómhair go Márta, 12 cuairt.",
    ],
)
def test_sentences_without_a_person_have_no_name(text: str) -> None:
    assert local_name_spans(text) == []
