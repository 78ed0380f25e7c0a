"""Lower-case signatures after a closing formula (own dev notes: other names and templates than the sets)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str, spans) -> list[str]:
    return [text[a:b] for a, b, _ in spans]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        (
            "Retour accepté, merci de rembourser sur la carte. Bien cordialement, josiane lefebvre-morel",
            "josiane lefebvre-morel",
        ),
        ("Bestelling 88 kwam te laat. Hartelijke groeten bram de clercq-wouters", "bram de clercq-wouters"),
        ("Flowers order - card: 'Get well soon Dad, lots of love, harriet okafor' - ring bell twice", "harriet okafor"),
        ("Karte: 'Alles Gute zum 60., liebe grüße wolfgang kerschbaumer'", "wolfgang kerschbaumer"),
        ("Pacco lasciato al portiere. Un abbraccio, graziella bonfanti xx", "graziella bonfanti"),
        ("Wrap it nicely please. Love, imogen", "imogen"),
    ],
)
def test_lower_signatures(note: str, name: str) -> None:
    assert name in _found(note, name_pair_spans(note))


@pytest.mark.parametrize(
    "note",
    [
        "Thanks, will do.",
        "Love you all, see you soon",
        "I love anna's cake recipe, best, mark my words",
        "Card: 'Happy anniversary, love from all of us'",
        "Best regards, the team",
        "Cheers mate, thanks again xx",
        "love mum and dad x",
    ],
)
def test_no_signature(note: str) -> None:
    from safe_synthesizer.pii.text_name_closings import closing_name_spans

    assert closing_name_spans(note) == []
