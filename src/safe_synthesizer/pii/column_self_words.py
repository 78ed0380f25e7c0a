"""Columns of people's names among the language's word for "the person themself" (``self``, ``selbst``, ``zelf``).

Why: a pharmacy's ``Collected By``, a courier's ``Received by`` or a clinic's ``Accompanied by`` holds a relative's
name (full, or the given name alone, in any case) or, when the patient came in person, a word for that: ``self``,
``lui-même``, ``selbst``, ``el paciente``, ``paziente``, ``zelf``, ``o próprio``. Half the rows are that one word,
so the column looks like a category with a few names, and the name checks (shares of distinct values, a hint
that needs most values to be names) fall short, with the header shown or hidden. The word names no one; the
column is judged on its other cells: the per-column check is run again on the column with those words blanked
out. A column mixing full names and given names alone is a name column (``Howard Roberts``, ``Rebecca``).

Example::

    self_word_share(pd.Series(["self", "Ann Lee", "Self", "Tom"]))  # 0.5
    self_word_names(df, planned, found, params, seed=0)  # {"c010": ColumnDetection(..., "name", ...)}
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from itertools import islice

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.schema import ColumnSchema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection, detect_column

# "The person themself" and "the patient/customer/holder", per language, lower case without brackets.
SELF_WORDS = frozenset(
    {"self", "myself", "himself", "herself", "themself", "themselves", "in person", "patient", "the patient",
     "same", "customer", "the customer", "client", "holder", "account holder", "cardholder", "addressee",
     "recipient", "owner",  # English
     "selbst", "persönlich", "patientin", "der patient", "die patientin", "kunde", "kundin", "inhaber",
     "empfänger",  # German
     "lui-même", "elle-même", "moi-même", "eux-mêmes", "lui même", "elle même", "le patient", "la patiente",
     "patiente", "en personne", "titulaire", "destinataire", "le client", "la cliente",  # French
     "el paciente", "la paciente", "paciente", "él mismo", "ella misma", "el mismo", "la misma", "mismo", "misma",
     "el propio", "la propia", "en persona", "titular", "destinatario", "el cliente",  # Spanish
     "il paziente", "la paziente", "paziente", "sé stesso", "se stesso", "sé stessa", "se stessa", "lui stesso",
     "lei stessa", "di persona", "titolare", "intestatario",  # Italian
     "zelf", "patiënt", "de patiënt", "persoonlijk", "klant", "de klant", "geadresseerde",  # Dutch
     "o próprio", "a própria", "próprio", "própria", "o paciente", "a paciente", "o utente", "a utente", "utente",
     "pessoalmente", "o titular", "destinatário",  # Portuguese
     "osobiście", "pacjent", "pacjentka", "adresat",  # Polish
     "själv", "patienten", "selv", "itse", "asiakas", "pacient", "pacientka",  # Nordic, Czech
     "kendisi", "alıcı"}  # Turkish
)  # fmt: skip
_BRACKETS = re.compile(r"[()\[\].:;!]+")
# Rows read, the share of filled cells that must be such words for the second look, and the cells left needed.
MAX_ROWS = 500
MIN_SELF_SHARE = 0.1
MIN_OTHERS = 5
# Distinct other cells of two words or more that make a given-name finding a name column.
MIN_FULL_NAMES = 0.2
_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def is_self_word(value: object) -> bool:
    """The cell is a word for "the person themself" (any case, brackets and dots aside: ``(Self)``)."""
    if not isinstance(value, str) or len(value) > 30:
        return False
    return " ".join(_BRACKETS.sub(" ", value).casefold().split()) in SELF_WORDS


def self_word_share(series: pd.Series) -> float:
    """Share of the first filled cells that are words for "the person themself"."""
    filled = list(islice((v for v in series.to_numpy() if isinstance(v, str) and v.strip()), MAX_ROWS))
    return sum(map(is_self_word, filled)) / len(filled) if filled else 0.0


def self_word_names(
    df: pd.DataFrame,
    planned: Sequence[ColumnSchema],
    found: Mapping[str, ColumnDetection | None],
    params: ReplacePiiParameters,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Undecided columns that are person columns once their "themself" words are blanked out.

    ``planned`` are the columns' schemas (names as ``df`` has them), ``found`` the detections so far.
    """
    out: dict[str, ColumnDetection] = {}
    for column in planned:
        if found.get(column.name) is not None or column.name not in df.columns:
            continue
        series = df[column.name]
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            continue
        if self_word_share(series) < MIN_SELF_SHARE:
            continue
        selfish = series.map(is_self_word).astype(bool)
        others = series.where(~selfish)
        if others.dropna().nunique() < MIN_OTHERS:
            continue
        d = detect_column(
            others, column, entities=params.entities, min_share=params.min_column_confidence,
            min_share_with_cue=params.min_column_confidence_with_cue, sample_size=params.detection_sample_size,
            seed=seed,
        )  # fmt: skip
        if d is None or d.entity not in _PERSON:
            continue
        if d.entity == E.FIRST_NAME and E.NAME in params.entities and _full_share(others) >= MIN_FULL_NAMES:
            d = dataclasses.replace(d, entity=E.NAME)
        out[column.name] = dataclasses.replace(
            d, method=f"{d.method}+self", evidence=f"{d.evidence}; themself words aside"
        )
    return out


def _full_share(others: pd.Series) -> float:
    distinct = others.dropna().astype(str).unique()
    return sum(len(v.split()) >= 2 for v in distinct) / len(distinct) if len(distinct) else 0.0
