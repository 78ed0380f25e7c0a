"""Headers for a companion, an addressee, the record's own person, and a whole name (family and given words)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_person_roles import person_role_cues
from safe_synthesizer.pii.cues import cue_hints, tokens
from safe_synthesizer.pii.replace import plan_columns


@pytest.mark.parametrize(
    "header",
    ["Accompanied by", "Companion", "Accompagnatrice", "Acompañante", "Acompanhante", "Begleitperson", "Begeleider",
     "Destinataire", "Empfänger", "Destinatario", "Customer", "Klant", "Guest", "Nom et prénom", "Apellidos y nombre",
     "Achternaam, voornaam"],
)  # fmt: skip
def test_person_headers_cue_a_name(header: str) -> None:
    assert person_role_cues(tokens(header)) == {E.NAME}


def test_one_word_for_the_person_cues_a_name_but_their_things_do_not() -> None:
    assert person_role_cues(tokens("Customer")) == {E.NAME}
    for header in ("Customer ID", "Guest type", "Client since", "Nombre del perro"):
        assert person_role_cues(tokens(header)) == set()


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_a_sparse_companion_column_is_replaced() -> None:
    # A Lisbon guesthouse register: six guests of fourteen came with someone.
    companions = ["Marta Gouveia", None, None, "Henrique Lacerda", None, "Leonor Bettencourt", None, None,
                  "Vasco Figueiredo", None, None, "Madalena Quintela", None, "Rodrigo Sampaio"]  # fmt: skip
    guests = ["Carolina Vilela", "Duarte Pacheco", "Beatriz Moura", "Gonçalo Brandão", "Inês Valente", "Tomás Aguiar",
              "Matilde Seixas", "Afonso Barreto", "Carlota Meireles", "Lourenço Faria", "Clara Sarmento",
              "Salvador Lobo", "Francisca Abreu", "Martim Queirós"]  # fmt: skip
    df = pd.DataFrame({"Hóspede": guests, "Acompanhante": companions, "Quarto": [f"{100 + i}" for i in range(14)]})
    assert _plans(df)["Acompanhante"] == E.NAME


def test_family_and_given_name_header_is_a_whole_name() -> None:
    # ``FAMILY Given`` as an Italian register writes it; many surnames are also given names (``Marino``, ``Felice``).
    names = ["MARINO Paolo", "FELICE Anna Rita", "DONATI Chiara", "BENEDETTI Marco", "ANGELINI Sofia", "MARINO Giulia",
             "Fabbri, Luca", "SIMONI Elena Paola", "DONATI Giorgio", "CESARI Anna", "BENEDETTI Franca", "LEONI Pietro",
             "ANGELINI Marta Luisa", "Pellegrini, Carlo", "GENTILI Irene", "CESARI Davide"]  # fmt: skip
    df = pd.DataFrame({"Cognome e nome": names, "Stanza": [f"{200 + i}" for i in range(len(names))]})
    assert _plans(df)["Cognome e nome"] == E.NAME


def test_addressee_is_a_person_not_an_address() -> None:
    assert cue_hints("Addressee") == {E.NAME}
    assert {E.ADDRESS, E.STREET_ADDRESS} <= cue_hints("Address")
