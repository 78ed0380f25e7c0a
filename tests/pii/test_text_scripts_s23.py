"""Session 23: Greek names and streets, Chinese names after person cues, Romanian street lines in
free text. Each case failed before the fix (the English NER model reads none of them)."""

from __future__ import annotations

import pytest

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import text_detector as T
from safe_synthesizer.pii.text_script_names import script_name_spans
from safe_synthesizer.pii.text_streets import street_spans


@pytest.fixture(scope="module")
def detector():
    det = T.load_text_detector(KNOWN_ENTITIES)
    if det is None:
        pytest.skip("pii extra not installed")
    return det


def _found(detector, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity) for s in detector.find_spans([text])[0]]


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Αναφορά συμβάντος: ο ενοικιαστής Πυθαγόρας Χατζηκύρκος, Γαρούνας 776-317, τηλ. 6966907439.",
         "Πυθαγόρας Χατζηκύρκος", E.NAME),
        ("Αναφορά συμβάντος: ο ενοικιαστής Πυθαγόρας Χατζηκύρκος, Γαρούνας 776-317, τηλ. 6966907439.",
         "Γαρούνας 776-317", E.STREET_ADDRESS),
        ("ο ενοικιαστής Μάνθα-Ισιδώρα Φασουλή, Λεωφ. Παλλαντίου 28, τηλ. 2030 883685.", "Μάνθα-Ισιδώρα Φασουλή",
         E.NAME),
        ("ο ενοικιαστής Μάνθα-Ισιδώρα Φασουλή, Λεωφ. Παλλαντίου 28, τηλ. 2030 883685.", "Λεωφ. Παλλαντίου 28",
         E.STREET_ADDRESS),
        ("Landlord inspection: Dr. Παπαδόπουλος found damp in the bathroom.", "Παπαδόπουλος", E.LAST_NAME),
        ("理赔记录：投保人 王秀英，地址 汕尾路P座，电话 138 0013 8000。", "王秀英", E.NAME),
        ("患者张伟女士今日复诊。", "张伟", E.NAME),
        ("投保人 欧阳娜娜。", "欧阳娜娜", E.NAME),  # a two-character family name
        ("Sesizare: chiriașul Toma Stancu din Intrarea Stănescu poate fi contactat la 0743 001 658.",
         "Intrarea Stănescu", E.STREET_ADDRESS),
        ("din Strada Stana Preda Nr. 583 Bl. 19  Sc. 87 Ap. 486 poate fi contactat",
         "Strada Stana Preda Nr. 583 Bl. 19  Sc. 87 Ap. 486", E.STREET_ADDRESS),
    ],
)  # fmt: skip
def test_script_names_and_streets_are_found(detector, text: str, value: str, entity: str) -> None:
    assert (value, entity) in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Τμήμα 3 και Όροφος 2 της πολυκατοικίας.",  # numbered things, no street, no person
        "请联系客服中心。",  # a cue word with no listed name after it
        "Η Αθήνα είναι όμορφη.",
    ],
)
def test_script_text_without_persons(text: str) -> None:
    assert script_name_spans(text) == []


def test_romanian_street_words_need_a_capitalised_name() -> None:
    assert street_spans("Calea ferată e bună") == []
