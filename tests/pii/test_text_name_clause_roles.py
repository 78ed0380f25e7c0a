"""Names by their role in a clause: subjects at a clause's head, objects of person verbs, call-back requests."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_clause_roles import clause_role_spans, human_verb, verb_lemmas


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in clause_role_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Subjects at a clause's head, any case, before a predicate of a person.
        ("tristan rang about the 80th, asked if the club can move. call back 890-5358", "tristan"),
        ("cummings owes 2 cleans. left a note. ring 0412 633 279 after 6.", "cummings"),
        ("moody owes 2 cleans. left a note.", "moody"),
        ("tauia owes 2 cleans. left a note.", "tauia"),
        ("Karolína rode Lady Godiva today, much more confident.", "Karolína"),
        ("can someone cover? Zuniga can't do it either", "Zuniga"),
        ("olga (DOB 13.01.2012) moving up to the jumping group.", "olga"),
        ("Grandad igor pacheco collecting Thurs. vicente (b. 7 de julho de 2017) - check allergy form.", "vicente"),
        ("bethany allen-grant new address 555 Aaron Light. youth band", "bethany allen-grant"),
        ("Minutes: Bond to chase the insurance; trevor dickinson to do the rota.", "trevor dickinson"),
        ("Dog loose at Kernkampweg again - Clifton says ring before coming", "Clifton"),
        # Objects of a verb whose object is a person.
        ("new people at the house, ask Sara for their number.", "Sara"),
        ("Please remind Marine the fee is due.", "Marine"),
        ("hi it's Deborah, ringing about Carole, can you call me on 0121 125 1973", "Carole"),
        ("Spoke to Mrs Fabbri - wants the kitchen too. Keys to Valeria on Friday.", "Valeria"),
        ("Subs paid. Colonel Bogey parts to Holly.", "Holly"),
        ("donna says can't do teas, swap with allison benson-mckenzie. text 0952", "allison benson-mckenzie"),
        ("chain off near the ferry, sent Valentina out in the van.", "Valentina"),
        ("HADDY SANNEH lent the Besson cornet to Momodou Manneh, serial in the book.", "Momodou Manneh"),
        ("Ligar a Ariana para o 211305862 sobre a fatura.", "Ariana"),
        ("Llamar a Yaoska al 21297216 por la factura.", "Yaoska"),
        ("Rappeler Sergio au 2410525 pour la facture, merci.", "Sergio"),
        # The one to call back before the call-back infinitive.
        ("Tygo terugbellen op 1759185 over de factuur.", "Tygo"),
        ("Bitte Celine zurückrufen (1112330), es geht um die Rechnung.", "Celine"),
    ],
)
def test_names_in_their_roles(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Pets, ponies and things do these verbs; a role is no name without a listed or unknown person word.
        "Max walked 45 min round the park, all good.",
        "Bella walked 45 min round the park, all good.",
        "bell rang twice at 6. door stuck.",
        "hall owes us a refund. left a note.",
        "Please cover for Echata next Tues - ring Said on +269 323 73 77.",
        "complaint - mr/ms x of 6 h.sultanov says staff member was rude",
        "Parking says no. Sunday rota: tea (urn) on.",
        "Monday rang to cancel. May owes nothing.",
        "tell London to send the forms. Keys to Paris on Friday.",
        "ask the manager for a refund. Keys to the office on Friday.",
        "Return the parts to Worcester Bosch. Swap with the blue one.",
        "white owes her one",  # an English verb as well: only the table's people can tell
    ],
)
def test_words_stay_words(text: str) -> None:
    assert _found(text) == []


def test_entities() -> None:
    text = "tristan rang. bethany allen-grant new address. cummings owes 2 cleans."
    spans = {text[a:b]: e for a, b, e in clause_role_spans(text)}
    assert spans == {"tristan": E.FIRST_NAME, "bethany allen-grant": E.NAME, "cummings": E.LAST_NAME}


def test_verbs() -> None:
    assert verb_lemmas("rang") == frozenset({"ring"})
    assert "bat" in verb_lemmas("batting")
    assert human_verb("owes") and human_verb("rode") and human_verb("elected")
    assert not human_verb("walked") and not human_verb("fell") and not human_verb("hire")
