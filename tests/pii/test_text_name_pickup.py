"""People in pick-up authorisations and messages, in the parents' languages (own dev notes)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans
from safe_synthesizer.pii.text_name_pickup import pickup_name_spans


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("yo, Rosa Elvira Quintero, autorizo a Maité Pérez Quintana a recoger a mi hija.", "Maité Pérez Quintana"),
        (
            "hola, hoy recoge a Juan Santiago Mia Valentina Ferreyra Leiva. saludos",
            "Juan Santiago Mia Valentina Ferreyra Leiva",
        ),
        ("je soussigné(e) Jérôme Vasseur autorise Soufiane Berrada à récupérer mon enfant.", "Jérôme Vasseur"),
        ("bonjour, c'est Adjoua Le Roux qui vient chercher Koffi ce soir. merci", "Adjoua Le Roux"),
        ("bonjour, c'est Pascale Morin qui vient chercher Élise ce soir. merci", "Élise"),
        ("olá, hoje quem vai buscar o Cristiano é Frederico Coelho. obrigada", "Cristiano"),
        ("ik, Jonas van der Pol, geef Noortje van der Zijl toestemming om Lise op te halen.", "Noortje van der Zijl"),
        ("hoi, Douwe wordt vandaag opgehaald door Faas Govarts. groetjes", "Douwe"),
        ("здравствуйте, Нурлан сегодня заберёт Бермет Усубалиева.", "Нурлан"),
        ("ciao, oggi Filippo lo prende Marta Bassi. grazie", "Filippo"),
    ],
)
def test_pickup_names(note: str, name: str) -> None:
    assert name in [note[a:b] for a, b, _ in pickup_name_spans(note)]
    assert name in [note[a:b] for a, b, _ in name_pair_spans(note)]


@pytest.mark.parametrize(
    "note",
    [
        "Rubbish is collected on Mondays; the Recycling Centre will collect Large Items.",
        "I authorise Payment to be collected monthly.",
        "Please collect Parcel 7 from the Post Office.",
        "Hola, hoy recoge a las 5 la Directora.",
    ],
)
def test_no_pickup_names(note: str) -> None:
    assert pickup_name_spans(note) == []


def test_russian_authorisation() -> None:
    note = "Доверенность: Я, Иван Петров, разрешаю Айгуль Токтосунова забирать моего ребёнка Данияр после тренировки."
    found = [note[a:b] for a, b, _ in pickup_name_spans(note)]
    assert "Айгуль Токтосунова" in found and "Иван Петров" in found
