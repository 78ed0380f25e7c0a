"""Unlisted names after strong person cues: lower case, capitalised, scripts without capitals, native titles."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_strong_cues import strong_cue_name_spans


def _found(text: str) -> list[str]:
    return sorted({text[a:b] for a, b, _ in strong_cue_name_spans(text)})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ring back sione kerenga re payment - 7123 4567", "sione kerenga"),
        ("pls call back maria tau re the invoice", "maria tau"),
        ("my partner farai chikore will also come", "farai chikore"),
        ("client phonsavanh keomany confused but says she is fine.", "phonsavanh keomany"),
        ("ID checked, name matches Peni Waiek, address differs", "Peni Waiek"),
        ("NOK call: Tatenda Mavhunga (son) cannot cover Sunday.", "Tatenda Mavhunga"),
        ("Wife Ameerah asked that payouts go to the other number.", "Ameerah"),
        ("her former partner ສົມພອນ ພົມມະວົງ still lives there.", "ສົມພອນ ພົມມະວົງ"),
        ("met زرغونه احمدزی at the office.", "زرغونه احمدزی"),
        ("ທ່ານນາງ ບຸນມີ ສີສຸລາດ ໄດ້ໂທມາ", "ບຸນມີ ສີສຸລາດ"),
        ("លោកស្រី សុខ ចាន់ធី បានទូរស័ព្ទ", "សុខ ចាន់ធី"),
        ("ဦးအောင်ကျော် ဖုန်းဆက်သည်", "အောင်ကျော်"),
        ("ring back peni yambu re the invoice - 7123 4567", "peni yambu"),
        ("Husband Ameer called twice.", "Ameer"),
        ("Titulaire : Kamel Zerrouki, 4 rue des Oliviers", "Kamel Zerrouki"),
        ("HH head out; spoke to dilfuza rahimova who said", "dilfuza rahimova"),
        ("Contact: Oʻtkir Nazarova (son) on Fridays", "Oʻtkir Nazarova"),
        ("Applicant: Tafadzwa Gumbo (Mrs), renewal", "Tafadzwa Gumbo"),
    ],
)
def test_names_after_strong_cues(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ring back tomorrow re payment please",
        "my partner and i will come again",
        "client confused but fine",
        "Client Services Team will call back soon.",
        "I went with my wife to the restaurant, my son loved it.",
        "called back the customer service desk twice",
        "Great food (family run) and friendly staff",
        "spoke with my husband about it",
        "the client asked about the premium plan",
        "named after the river",
        "visited ບ້ານ ໂພນໄຊ yesterday with the team",
        "Bought it for my daughter Loved the colour.",
        "my mother in-law bought this for me",
        "not so much on mom-bod women in their 40s",
        "my husband said the top looked odd",
        "spoke to customer services twice",
        "ring back asap today re the order",
        "my wife Loved it, my daughter Hated it.",
        "Spoke to Samsung Support about the phone",
    ],
)
def test_no_name_in_ordinary_text(text: str) -> None:
    assert strong_cue_name_spans(text) == []
