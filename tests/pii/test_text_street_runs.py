"""Address runs with no house number: lots and blocks, quarters and compounds, landmarks, unnumbered streets and
house names joined by commas (set 35 kept ``<quarter>, Ilot X, Lot N``, ``Section <hamlet>``, ``<family> Kunda,
behind the mosque``, ``<house>, Route de ...``; the places here are my own, in other towns and languages)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_numbered import numbered_street_spans
from safe_synthesizer.pii.text_street_runs import run_landmark_end, run_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # blocks and lots after the quarter (Nouadhibou, Kaédi style), before the phone
        ("Livraison chez Aminetou Sall, Cansado, Ilot B, Lot 42. Tél. 44 10 20 30", "Cansado, Ilot B, Lot 42"),
        ("left it at Gourel Sangue, ilot 7, lot 311 if she asks", "Gourel Sangue, ilot 7, lot 311"),
        # zone and villa, sector, grid street and door (Bobo-Dioulasso, Niamey style)
        ("Envoyer à Sarfalao 12, Zone D, villa 9. Merci", "Sarfalao 12, Zone D, villa 9"),
        ("Remis au gardien, Secteur 12, rue 12.104, porte 33. Tél 70", "Secteur 12, rue 12.104, porte 33"),
        # residence, building, flat in lower case (Martinique, Réunion)
        ("chez Mme Ursule, Résidence Les Hibiscus, bât. 3, appt 21.", "Résidence Les Hibiscus, bât. 3, appt 21"),
        ("déposé à Lotissement Bellevue, lot 88. Signé", "Lotissement Bellevue, lot 88"),
        # a hamlet named by its quarter word
        ("Colis laissé à Section Morne-Rouge. Appeler avant", "Section Morne-Rouge"),
        ("Still living at Quartier Gounghin if you pass by", "Quartier Gounghin"),
        # a quarter and house number glued (Gitega style)
        ("Signed: Nduwimana Eric, Musinzira Q.4, n°57", "Musinzira Q.4, n°57"),
        # a family compound and its landmark (Gambia), a quarter and its market (French, Spanish)
        ("drop it at Ceesay Kunda, next to the primary school. Thanks", "Ceesay Kunda, next to the primary school"),
        ("Apportez-le à Médina Gounass, en face de la mosquée. Merci", "Médina Gounass, en face de la mosquée"),
        ("Entregar en Ela Nguema, cerca del mercado Semu. Gracias", "Ela Nguema, cerca del mercado Semu"),
        # a house's name and its road, a parish after it (Jersey, Sark style)
        ("Please call at Les Frênes, Rue de Haut, Grouville. Ta", "Les Frênes, Rue de Haut, Grouville"),
        ("left at Hautes Croix Farm, La Route du Marais today", "Hautes Croix Farm, La Route du Marais"),
        # an unnumbered English street and its estate after a signature
        ("Support this. Awa Touray, Kairaba Avenue, Pipeline Estate", "Kairaba Avenue, Pipeline Estate"),
        # the quarter before a street after a comma: one word, or a word and a compass point
        ("chez le voisin Ali, Rohero, Avenue de France n°12. Tél", "Rohero, Avenue de France n°12"),
        ("chez le voisin Ali, Kinama Sud, Avenue du Lac n°7. Tél", "Kinama Sud, Avenue du Lac n°7"),
        # a street, its building and floor (Macau, Portugal, Spain)
        ("at Rua da Praia n.º 14, Edf. Hoi Fai, 7.º andar B. Bye", "Rua da Praia n.º 14, Edf. Hoi Fai, 7.º andar B"),
        # an unnumbered street placed by a landmark in lower case
        (
            "a copy to off Prince Charles Drive, behind the food store. Cc",
            "off Prince Charles Drive, behind the food store",
        ),
    ],
)
def test_an_address_run_is_one_street(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        "See Section Three, paragraph 2 of the contract.",
        "Facture n°123, lot 5 livré hier.",
        "We met at Reception, next to the main hall.",
        "I bought a lot of dresses, near the store.",
        "Great dress, Size 4, Zone A was sold out.",
        "Ordered from Zara, near the mall.",
        "Thanks Anna, near the station you said.",
        "Love it, Medium, Blue, next to my other one",
        "Sent on 12 May, Lot 5, Batch 7 of the order.",
        "Customer Anna Lee, Gold Member, near Christmas",
        "Fits great. True to size, Petite, flattering near the waist",
    ],
)
def test_prose_lists_products_and_lots_are_no_address(text: str) -> None:
    assert run_street_spans(text) == []


def test_a_landmark_after_a_lower_case_street_joins_it() -> None:
    text = "Copie à envoyer rue des Manguiers, derrière la boulangerie. Merci"
    end = run_landmark_end(text, text.index("rue"), text.index(","))
    assert text[text.index("rue") : end] == "rue des Manguiers, derrière la boulangerie"
    assert run_landmark_end("Moved to Elm Road, near Christmas", 9, 17) == 17  # no landmark noun
    assert run_landmark_end("Moved to 4 Elm Road, near the park", 9, 19) == 19  # a numbered house


def test_two_words_before_a_street_after_a_comma_are_a_name_not_a_quarter() -> None:
    text = "Support this. Binta Jallow, Kairaba Avenue, Pipeline Estate"
    assert [text[a:b] for a, b, _ in run_street_spans(text)] == ["Kairaba Avenue, Pipeline Estate"]


@pytest.mark.parametrize(
    ("text", "box"),
    [
        ("Write to P.O. Box CB-11023, Nassau. Thanks", "P.O. Box CB-11023"),
        ("Le conservateur a visité BP 4410 hier.", "BP 4410"),
        ("Envoyer au voisin, 03 BP 7120 Abidjan 03. Tél", "03 BP 7120 Abidjan 03"),
        ("Merci, BP 62 Gitega. A bientôt", "BP 62 Gitega"),
    ],
)
def test_post_boxes_with_their_office_and_town(text: str, box: str) -> None:
    assert box in [text[a:b] for a, b, _ in numbered_street_spans(text)]


def test_blood_pressure_is_no_post_box() -> None:
    assert numbered_street_spans("pulse 80, BP 140 Normal") == []
    assert numbered_street_spans("visited BP 120/80 stable") == []


def test_a_label_after_a_run_is_the_next_field_not_its_town() -> None:
    text = "wohnhaft Stand 12, Sam Nujoma Drive, Tel. 081 555 0101"
    assert "Tel" not in " ".join(_streets(text))


def test_a_district_after_a_numbered_street_joins_it_a_town_does_not() -> None:
    text = "Moved to No. 18, Pyay Road, Hlaing Township; call her"
    assert "No. 18, Pyay Road, Hlaing Township" in _streets(text)
    assert "Hlaing Township" not in " ".join(s for s in _streets("Moved to 18 Pyay Road, Yangon; call her"))
