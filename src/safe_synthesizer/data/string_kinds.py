"""Strings that are neither numbers nor dates: free text, identifier or category.

Text when the values are long (``TEXT_MIN_MEAN_WORDS`` words on average, Chinese and Japanese
sentences counted at about one word per two ideographs) and not a few canned remarks, or short
phrases that are mostly distinct; an identifier when (nearly) unique one-word tokens, or id-named
tokens repeating over more than ``ID_MAX_CODES`` values; else a category. Digit groups separated
by spaces (IBANs, card numbers) are one code each, not words. Split out of ``data.inference``,
which calls :func:`other_column` after the number and date readings failed.
"""

from __future__ import annotations

import re

import pandas as pd

from safe_synthesizer.data.id_names import ID_MAX_CODES, is_id_name
from safe_synthesizer.data.schema import ColumnSchema, ColumnType
from safe_synthesizer.data.schema_notes import check_note
from safe_synthesizer.utils.scripts import HAN, KANA

__all__ = ["SAMPLE_SIZE", "other_column", "word_counts"]

# Values looked at per column for word counts and JSON.
SAMPLE_SIZE = 2000
TEXT_MIN_MEAN_WORDS = 4.0
# Short phrases (review titles) are text when most of them are distinct.
PHRASE_MIN_MEAN_WORDS = 2.5
PHRASE_MIN_UNIQUE_SHARE = 0.3
NEAR_UNIQUE_SHARE = 0.99
NEAR_UNIQUE_MIN_ROWS = 100
# Values with this share of digits (spaces aside) are codes even when spaced in groups, once
# this share of a column's values are.
CODE_MIN_DIGIT_SHARE = 0.6
CODE_MIN_VALUE_SHARE = 0.95
# Long strings that repeat (a few canned remarks, a JSON settings blob per plan) are categories:
# at most this share of distinct values (or ID_MAX_CODES), each seen at least twice on average.
# As text the model rewrote them word by word (invalid JSON, remarks never written).
CANNED_MAX_SHARE = 0.05
# Share of sampled values that parse as JSON objects or arrays for a column to be called JSON.
JSON_MIN_SHARE = 0.9


# Chinese and Japanese sentences have no spaces between words: a value with their sentence
# punctuation counts about one word per two ideographs/kana (a claim note is text, not one id).
_UNSPACED_LETTER = re.compile(f"[{KANA}{HAN}]")
_UNSPACED_SENTENCE = re.compile(r"[，。！？；、]")


def word_counts(values: pd.Series) -> pd.Series:
    """Words per value: spaced words, plus half the ideographs/kana of values punctuated as
    sentences (names and addresses in those scripts are no sentences and stay short)."""
    spaced = values.str.split().str.len()
    sentences = values.str.contains(_UNSPACED_SENTENCE)
    if not sentences.any():
        return spaced
    return spaced + values.str.count(_UNSPACED_LETTER).where(sentences, 0) / 2


def other_column(strings: pd.Series, base: dict, notes: list[str]) -> ColumnSchema:
    """Text, identifier or categorical for a column that is neither numbers nor dates."""
    n, n_unique = len(strings), base["n_unique"]
    sample = strings.sample(min(len(strings), SAMPLE_SIZE), random_state=0)
    mean_words = float(word_counts(sample).mean())
    if mean_words > 1.0 and _spaced_codes(sample):
        # IBANs, card and phone numbers in digit groups ("FR76 3000 6000 ..."): one code each,
        # not words; as text their digits were recombined into malformed numbers.
        mean_words = 1.0
    canned = n_unique <= max(ID_MAX_CODES, CANNED_MAX_SHARE * n) and 2 * n_unique <= n
    if (mean_words >= TEXT_MIN_MEAN_WORDS and not canned) or (
        mean_words >= PHRASE_MIN_MEAN_WORDS and n_unique > PHRASE_MIN_UNIQUE_SHARE * n
    ):
        if _json_share(sample) >= JSON_MIN_SHARE:
            notes.append(check_note(
                f"'{base['name']}': values are JSON ({n_unique} distinct over {n} rows); kept as text, so "
                "synthetic values are free text that may not parse as JSON: split its fields into columns to keep them"
            ))
        return ColumnSchema(type=ColumnType.TEXT, **base)
    # Random ids collide now and then (MRN + 6 digits over 1,140 rows: one pair): nearly unique counts.
    nearly_unique = n_unique == n or (n >= NEAR_UNIQUE_MIN_ROWS and n_unique >= NEAR_UNIQUE_SHARE * n)
    if nearly_unique and n >= 20 and mean_words <= 1.0:
        return ColumnSchema(type=ColumnType.IDENTIFIER, **base)
    # As for integer ids: an id-named token repeating over more than ID_MAX_CODES values is the
    # rows of one subject each (a survey wave per employee); as a category its frequent ids
    # would be copied into the output.
    if is_id_name(base["name"]) and mean_words <= 1.0 and n_unique > ID_MAX_CODES:
        if n_unique < n:
            notes.append(check_note(
                f"'{base['name']}': id-named values repeat ({n_unique} distinct over {n} rows); "
                "kept as an identifier with its rows per id"
            ))
        return ColumnSchema(type=ColumnType.IDENTIFIER, **base)
    return ColumnSchema(type=ColumnType.CATEGORICAL, **base)


def _json_share(sample: pd.Series) -> float:
    """Share of ``sample`` that parses as a JSON object or array."""
    import json

    def parses(text: str) -> bool:
        if not text.startswith(("{", "[")):
            return False
        try:
            json.loads(text)
        except ValueError:
            return False
        return True

    return float(sample.map(parses).mean()) if len(sample) else 0.0


def _spaced_codes(sample: pd.Series) -> bool:
    """True when nearly every value is mostly digits (``CODE_MIN_DIGIT_SHARE`` of its non-space
    characters): digit groups separated by spaces, not words."""
    compact = sample.str.replace(r"\s+", "", regex=True)
    digits = compact.str.count(r"\d") / compact.str.len().clip(lower=1)
    return bool((digits >= CODE_MIN_DIGIT_SHARE).mean() >= CODE_MIN_VALUE_SHARE)
