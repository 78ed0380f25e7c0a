"""Capitalised names signed at the end of a note, after a closing formula or the contact details (own examples)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_signed import signed_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in signed_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nos pensées vous accompagnent. Avec affection, Sègbégnon Houessou, Lot 77, Agla", ["Sègbégnon Houessou"]),
        ("Veel sterkte in deze moeilijke tijd. Veel sterkte, Jurensky Kelly, Sabana Basora 12", ["Jurensky Kelly"]),
        ("Lamento mucho su pérdida. Un abrazo, Yanira Quispe Mamani", ["Yanira Quispe Mamani"]),
        ("Reclamo por ruidos nocturnos. Firma: Eulalia Ñancupil Soria", ["Eulalia Ñancupil Soria"]),
        ("Thinking of you all.\nWith deepest sympathy,\nSonam Lhamo", ["Sonam Lhamo"]),
        ("Kind regards, Nourredine Belkacem (tenant)", ["Nourredine Belkacem"]),
        ("Lärm jede Nacht. Erreichbar unter 0171 2345678. Ayodele Okonkwo", ["Ayodele Okonkwo"]),
        ("Bruit toutes les nuits. Me joindre au 06 12 34 56 78, Wassila Bentaleb.", ["Wassila Bentaleb"]),
        ("Please reply to b.tembo@example.org. Bwalya Tembo", ["Bwalya Tembo"]),
        ("Wrap it in blue paper please. Thx Dawn", ["Dawn"]),
        ("Kein Geschenkpapier bitte. Thx, Jolanda!", ["Jolanda"]),
        ("No receipt in the box. Ciao, Benedetta Lotti", ["Benedetta Lotti"]),
        ("Llamar al 612 34 56 78. Ana Abril Ortega", ["Ana Abril Ortega"]),  # a month of Spanish inside
        ("Balance paid on card 4111 1111 1111 1111. Tinashe Chikore", ["Tinashe Chikore"]),
        ("Lost two balls on the 9th, the cart was late. Khamphet Souvannavong", ["Khamphet Souvannavong"]),
    ],
)
def test_found(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Merci, Bonne Journée",
        "Saludos, Buen Día",
        "Thanks, Customer Service Team",
        "Best Western Hotel was fine, would stay again",
        "Cheers, Mate",
        "Love it, Super Nice",
        "Great phone. Call 0800 123 4567. Samsung Galaxy",
        "Order shipped. Tracking 1Z999AA10123456784. Royal Mail",
        "Call me on 07700 900123. Thanks Again",
        "Avec affection, Banque Populaire",
        "Merci, Lundi Matin",  # a weekday and a time of day
        "Bisous, Dimanche Prochain",
        "I love Kirsty Mwale's cake",  # "love" is a verb here: no closing opens the clause
        "Fits well. Thx All",
        "Arrived late. Thx Again!",
        "Soft fabric. Thanks Summer sale was great",  # not the note's end
        "Lovely. Bye Now",
        "Call 0800 123 4567. Lunes Martes",
        "Ring 0171 2345678. Buenas Noches",
        "Great dress for the price, runs small. Anthropologie Rocks",
        "Bought it in the store last week. Pilcro Jeans",
        "It fits well and looks great. Highly Recommend",
    ],
)
def test_kept(text: str) -> None:
    assert _found(text) == []


def test_a_name_signed_after_a_dash_at_the_end() -> None:
    from safe_synthesizer.pii.text_name_signed import signed_name_spans

    def names(text: str) -> list[str]:
        return [text[a:b] for a, b, _ in signed_name_spans(text)]

    assert names("Keys were left at reception. - Sipho Mabuza") == ["Sipho Mabuza"]
    assert names("[10:02] Office: ok\n- Kondwani Phiri") == ["Kondwani Phiri"]
    # Words of prose after a dash, or a dash inside a sentence, are no signature.
    assert names("Runs small. - Size Up") == []
    assert names("Fits well.\n- Customer Service Team") == []
    assert names("Loved it - Highly Recommend") == []


def test_closing_formulas_read_in_one_place() -> None:
    # Session 56: the formula pattern and what may stand before it are text_name_closings', not copies.
    import re

    from safe_synthesizer.pii import text_name_closings, text_name_signed

    assert text_name_signed.OPENS is text_name_closings.OPENS
    pattern = re.compile(text_name_closings.formula_pattern(["kind regards", "regards"]))
    assert pattern.match("Kind  Regards,\n").group() == "Kind  Regards,\n"  # longest formula first, any spaces
    assert pattern.match("regardless") is None  # a whole word only
