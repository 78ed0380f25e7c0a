"""The last table pass: the learned classifier's answer for columns every rule left undecided.

The rules keep the first word (:mod:`detect_table` runs this after all of them): a column they decided, or vetoed
(a look-alike, a salutation, a far country's numbers), is never touched here. For the rest, the classifier
(:mod:`column_classifier`) answers from the column's value features and its decided neighbours; its answer counts
only above the probability the trainer chose on sets it had not seen, only for an entity the config asks for, and
only where the column name does not rule the entity out (an animal's name is no person, a quantity no phone, an
event's date no birth date) nor hints only at numbers while the answer is words (a ``Phone`` column written with
keypad letters is no person: faked as names, its numbers would come out as junk). The other way round stands: a
``Contact`` header hints at a person yet often holds numbers. The look-alike checks the rules' detections pass
through apply here too, and so do the rules' own value vetoes: no street where the street rule said its values
cannot decide (numbered seats, a few shared grounds) or where a handful of grounds carry all the numbers (a
cemetery's plots), no birth date without day-precise dates or with dates that change for a returning person. A
street answer whose values pass the whole-address check as well is an address, so the town and postcode are faked
with it.

Example::

    found.update(rescued_columns(df, planned, found, params, seed=0))
    found["Next of Kin"].method  # "classifier"
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.schema import ColumnSchema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_classifier import NO_ENTITY, load_classifier
from safe_synthesizer.pii.column_date_features import MIN_DATED_SHARE
from safe_synthesizer.pii.column_detector import ColumnDetection, name_vetoes
from safe_synthesizer.pii.column_features import FEATURE_NAMES, FEATURE_SAMPLE, table_features
from safe_synthesizer.pii.column_few_births import one_date_per_person, table_person_keys
from safe_synthesizer.pii.column_locale import guess_column_locale
from safe_synthesizer.pii.column_lookalikes import lookalike_reason
from safe_synthesizer.pii.column_sample import _pct, sample_values
from safe_synthesizer.pii.cues import cue_hints

logger = logging.getLogger(__name__)

METHOD = "classifier"
# A birth-date answer needs day-precise dates whose ages the model saw (``mars 2021`` months are the rules' to judge).
_DATE_SHARE = FEATURE_NAMES.index("date_share")
# The rules' own checks of a whole address and of a street line alone, on the column's values.
_WHOLE_ADDRESS, _STREET_LINE = FEATURE_NAMES.index("score_address"), FEATURE_NAMES.index("score_street_address")
_STREET_DECIDES = FEATURE_NAMES.index("decides_street_address")
_PLACE_LINES = frozenset({E.STREET_ADDRESS, E.ADDRESS})
# A street or address answer over at most this many word sets, each with this many numbers on average, is a site's.
MAX_GROUNDS, MIN_PLOTS_PER_GROUND = 5, 5
_LETTERS = re.compile(r"[^\W\d_]+")
# Words: a header hinting only at numbers rules these answers out.
_WORD_ENTITIES = frozenset({E.FIRST_NAME, E.LAST_NAME, E.NAME, E.STREET_ADDRESS, E.CITY, E.STATE, E.ADDRESS})


def rescued_columns(
    df: pd.DataFrame,
    planned: Sequence[ColumnSchema],
    found: dict[str, ColumnDetection | None],
    params: ReplacePiiParameters,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Detections the classifier adds for columns of ``planned`` that ``found`` leaves ``None``."""
    model = load_classifier() if params.column_classifier else None
    if model is None:
        return {}
    decided = {name: (d.entity if d is not None else None) for name, d in found.items()}
    if all(decided.get(c.name) is not None for c in planned):
        return {}
    out = {}
    for name, features in table_features(df, planned, decided, seed=seed).items():
        entity, probability = model.predict(features)
        if entity == E.STREET_ADDRESS and features[_WHOLE_ADDRESS] >= features[_STREET_LINE]:
            entity = E.ADDRESS  # ``12 High St / Leeds / LS1 4AB``: the street's town and postcode go with it
        if entity == NO_ENTITY or entity not in params.entities or entity in name_vetoes(name, df[name]):
            continue
        if header_names_other_kind(name, entity):
            continue
        if entity in _PLACE_LINES and (_places_vetoed(features) or _numbered_plots(df[name])):
            continue
        if lookalike_reason(df[name], name, entity) is not None:
            continue
        if entity == E.DATE_OF_BIRTH and not _birth_dates(df, name, found, features):
            continue
        values = sample_values(df[name], FEATURE_SAMPLE, seed).values
        locale, _ = guess_column_locale(entity, values)
        rule_share = float(features[FEATURE_NAMES.index(f"score_{entity}")]) if entity != E.FAX_NUMBER else 0.0
        evidence = f"learned classifier {_pct(probability)} {entity}; the rule's own check {_pct(rule_share)}"
        out[name] = ColumnDetection(name, entity, round(probability, 4), round(rule_share, 4), METHOD, len(values),
                                    locale, evidence)  # fmt: skip
    if out:
        logger.info("replace_pii: the column classifier found %s", {k: v.entity for k, v in out.items()})
    return out


def header_names_other_kind(name: str, entity: str) -> bool:
    """Whether the column name hints only at numbers (a phone, an id, a postcode) and ``entity`` is words:
    ``Phone`` written with keypad letters (``070-165 PZ ZJ``) is no person's name.

    Example::

        header_names_other_kind("Phone", "name")        # True
        header_names_other_kind("Exhibitor", "name")    # False (no hint)
    """
    hints = cue_hints(name)
    return bool(hints) and hints <= E.DIGIT_ENTITIES and entity in _WORD_ENTITIES


def _birth_dates(df: pd.DataFrame, name: str, found: dict[str, ColumnDetection | None], features: np.ndarray) -> bool:
    """A birth-date answer stands on day-precise dates (their ages are what the model saw) that do not change for
    a person seen on several rows (a visit's or an order's date does: the rules' own test,
    :func:`column_few_births.one_date_per_person`)."""
    if features[_DATE_SHARE] < MIN_DATED_SHARE:
        return False
    return one_date_per_person(df, name, table_person_keys(df, found)) is not False


def _numbered_plots(series: pd.Series) -> bool:
    """A handful of grounds, each with many numbers (``Lawn B 14/3``, ``Garden of Rest 7/C``): the plots, berths
    or pitches of one site. People's streets are many, and a household written twice is one value, not two."""
    values = {v.strip() for v in series.dropna().astype(str) if any(ch.isdigit() for ch in v)}
    grounds = {frozenset(w.casefold() for w in _LETTERS.findall(v) if len(w) > 1) for v in values}
    return 0 < len(grounds) <= MAX_GROUNDS and len(values) >= MIN_PLOTS_PER_GROUND * len(grounds)


def _places_vetoed(features: np.ndarray) -> bool:
    """The street rule read the values as street lines but said they cannot decide: the same words with other
    numbers (``Block A / Row 12 / Seat 3``) or a few places shared by many rows (a club's grounds)."""
    return bool(features[_STREET_LINE] > 0 and not features[_STREET_DECIDES])
