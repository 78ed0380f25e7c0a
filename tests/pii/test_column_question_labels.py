"""Answer columns labelled by the question column beside them (``column_question_labels``)."""

from __future__ import annotations

import dataclasses

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_question_labels import question_labels
from safe_synthesizer.pii.replace import plan_columns

# A physiotherapy booking export (Setmore-like, Spanish questions): each custom question's text on every row,
# its answer after it; two answers left blank.
_ROWS = [
    ("Lucía Navarro", "Fecha de nacimiento", "1984-03-12", "Domicilio", "Calle Mayor 14, 28013 Madrid", "Activo"),
    ("Jorge Ibáñez", "Fecha de nacimiento", "1979-11-02", "Domicilio", "Avenida de América 7, 28002 Madrid", "Activo"),
    ("Elena Vidal", "Fecha de nacimiento", None, "Domicilio", "Calle de Alcalá 201, 28028 Madrid", "Activo"),
    ("Raúl Castillo", "Fecha de nacimiento", "1991-07-30", "Domicilio", None, "Activo"),
    ("Nuria Santos", "Fecha de nacimiento", "1966-01-19", "Domicilio", "Paseo del Prado 3, 28014 Madrid", "Activo"),
]


def _frame(names: list[str]) -> pd.DataFrame:
    return pd.DataFrame(_ROWS, columns=names)


def test_answer_columns_take_the_question_of_the_same_number() -> None:
    df = _frame(["Cliente", "Pregunta 1", "Respuesta 1", "Pregunta 2", "Respuesta 2", "Estado"])
    labels = question_labels(df, infer_schema(df).columns)
    assert labels == {"Respuesta 1": "Fecha de nacimiento", "Respuesta 2": "Domicilio"}


def test_with_names_hidden_the_column_before_gives_its_question() -> None:
    df = _frame([f"c{i:03d}" for i in range(6)])
    labels = question_labels(df, infer_schema(df).columns)
    assert labels == {"c002": "Fecha de nacimiento", "c004": "Domicilio"}


def test_a_constant_level_that_cues_nothing_labels_nothing() -> None:
    # ``Activo`` is repeated on every row like a question, but names nothing a column holds.
    df = _frame([f"c{i:03d}" for i in range(6)])
    df = df[["c005", "c000"]]
    assert question_labels(df, infer_schema(df).columns) == {}


def test_a_named_column_is_never_relabelled_by_place() -> None:
    df = _frame(["Cliente", "Tipo", "Nacido", "Nota", "Dirección", "Estado"])
    assert question_labels(df, infer_schema(df).columns) == {}


def test_a_column_with_a_header_row_label_keeps_it() -> None:
    df = _frame(["Cliente", "Pregunta 1", "Respuesta 1", "Pregunta 2", "Respuesta 2", "Estado"])
    columns = [dataclasses.replace(c, label="Born") if c.name == "Respuesta 1" else c for c in infer_schema(df).columns]
    assert question_labels(df, columns) == {"Respuesta 2": "Domicilio"}


def test_plan_columns_reads_the_question_of_an_answer_column() -> None:
    # Six answers are too few for their values alone; under their question they are birth dates and phones.
    clients = ["Lucía Navarro", "Jorge Ibáñez", "Elena Vidal", "Raúl Castillo", "Nuria Santos", "Pablo Ortega"]
    births = ["12/03/1984", "02/11/1979", None, "30/07/1991", "19/01/1966", "05/09/1972"]
    phones = ["612345678", "634567812", "655123987", None, "698765432", "611222333"]
    answers = {"Fecha de nacimiento": ("date_of_birth", births), "Teléfono de contacto": ("phone_number", phones)}
    for question, (entity, values) in answers.items():
        df = pd.DataFrame({"Cliente": clients, "Pregunta 1": [question] * 6, "Respuesta 1": values})
        plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
        assert plans.get("Respuesta 1") == entity, question
