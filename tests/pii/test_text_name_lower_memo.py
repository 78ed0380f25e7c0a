"""Lower-case names in dictated memos, log lines, sticky notes, postcards and change logs
(``text_name_lower_memo``), reached through ``lower_cue_name_spans`` and ``cued_name_spans``."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cued_names import cued_name_spans
from safe_synthesizer.pii.text_name_lower_cues import lower_cue_name_spans
from safe_synthesizer.pii.text_name_lower_memo import memo_name_spans


def _found(text: str) -> list[str]:
    return sorted(text[a:b] for a, b, _ in memo_name_spans(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # contact and meeting cues, English (an unlisted family name too)
        ("memo wed talked to priscilla vandermolk re the lease renewal", ["priscilla vandermolk"]),
        ("per lorraine whitcombe the crates ship monday", ["lorraine whitcombe"]),
        ("voicemail for nathaniel ostrowe about the refund", ["nathaniel ostrowe"]),
        ("ticket closed by gwendolyn parrish: duplicate", ["gwendolyn parrish"]),
        # a person's verb after the name, a sticky note's dash
        ("quick note marcus delahunt rang twice about the van", ["marcus delahunt"]),
        ("rebecca tallowmere - call back re keys", ["rebecca tallowmere"]),
        # log keys and mentions
        ('ts=2025-01-09 level=info user="octavia brennick" action=logout', ["octavia brennick"]),
        ("job=sync owner=leopold farnsby status=failed", ["leopold farnsby"]),
        ("@rosalie keppler could you check shelf 9", ["rosalie keppler"]),
        # titles without capital or dot
        ("mrs thornquist came to collect the parcel", ["thornquist"]),
        ("mr hall came by the desk at noon", ["hall"]),  # a family name that is a word, then a person's verb
        ("frau brockhusen hat wegen der miete angerufen", ["brockhusen"]),
        ("dhr. van der woude belt morgen terug", ["van der woude"]),
        ("la sig.ra castellani ha chiamato", ["castellani"]),
        # the other six languages' cues
        ("habe mit cornelia weidenbach gesprochen, cornelia ist einverstanden", ["cornelia", "cornelia weidenbach"]),
        ("appelé ghislaine marchetaud pour le devis", ["ghislaine marchetaud"]),
        ("hablé con inmaculada robledillo sobre el pedido", ["inmaculada robledillo"]),
        ("ho sentito gianfranco pizzolato per il preventivo", ["gianfranco pizzolato"]),
        ("gebeld met femke oosterwijk over de factuur", ["femke oosterwijk"]),
        # introductions and a postcard's closing
        ("hi this is bernadette quillfeather calling about my booking", ["bernadette quillfeather"]),
        ("bonjour je m'appelle solène carvallec", ["solène carvallec"]),
        ("lieve femke, groetjes uit de bergen. liefs, femke oosterwijk", ["femke", "femke oosterwijk"]),
        # the same person again by the family name
        ("spoke to harriet bellweather, bellweather to send the form", ["bellweather", "harriet bellweather"]),
        # a name cell of a pipe table
        ("| name | shift |\n|---|---|\n| ottilie farnsworth | late |", ["ottilie farnsworth"]),
    ],
)
def test_memo_names(text: str, names: list[str]) -> None:
    assert _found(text) == sorted(names)
    # reached by the detector's rules through lower_cue_name_spans
    spans = cued_name_spans(text)
    assert all(any(text[a:b] == n for a, b, _ in spans) for n in names)
    assert all(any(text[a:b] == n for a, b, _ in lower_cue_name_spans(text)) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        # words that are also names, after the same cues
        "spoke to will about the bill, may need to mark it paid",
        "per the rose garden plan we replant in june",
        "hablé con rosa blanca en la tienda",
        "la rosa blanca del patio y el perro moreno",
        "de kok en de visser in het bos",
        "der koch hat mit dem fischer gesprochen",
        "una rosa rossa e un leone di pietra",
        "la pierre du mur est fissurée",
        "dr pepper and crisps for the van",
        "mme la directrice a signé",
        "user=admin owner=ops action=deploy",
        "changed by system: open -> closed",
        "this is the final version, call back tomorrow",
        "| item | qty |\n|---|---|\n| rose gold chain | 4 |\n| linen dress | 2 |",
        "meeting with sales moved to friday",
        # reviews: sizes, the verb "miss", designers before "is", a closing word that is a verb, TV characters
        "i took a size m. i'm usually a small, got the m. fit was great",
        "i always miss judge the sizing of this brand",
        "the nanette lepore label is my favorite, she is a talented designer",
        "Love nanette lepore",
        "herr der ringe auf dvd",
        "it gives a mr bean sort of vibe, the dr seuss print is cute",
    ],
)
def test_no_person(text: str) -> None:
    assert memo_name_spans(text) == []
