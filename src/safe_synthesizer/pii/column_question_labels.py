"""Answer columns labelled by the question column beside them (``Question 4`` / ``Response 4``).

Why: scheduling and form tools export a booking form's custom questions as pairs of columns, the question's text
repeated on every row and the answer after it: Calendly's ``Question 1``, ``Response 1``; Acuity's and Setmore's
``Question``/``Answer`` pairs; Google Forms and Jotform long exports. The answer column's own name says nothing
(``Response 4``), so a column of birth dates, home addresses or emergency contacts was judged on its values alone,
and the question (``Geburtsdatum``, ``Home address``, ``Emergency contact (name and phone)``) went unread. The
question is the answer's header: it is given as the column's label, which the name cues read as they read a
second header row's label (:mod:`safe_synthesizer.data.header_rows`).

Two ways a column gets its question:

* by name: an answer column (``Response n``, ``Answer n``, ``Antwort n``, ``Réponse n``, ``Respuesta n``...) and a
  question column with the same number (``Question n``, ``Frage n``...);
* by place, when the names say nothing (hidden, or ``Unnamed: 7``): the column right before it holds one text on
  nearly every row the answer is filled, and that text names what a column holds (a cue: ``Date of birth``). A
  constant column whose text cues nothing labels nothing, so a table's fixed ``Country`` or ``Status`` level is
  never read as a header.

Example::

    question_labels(df, schema.columns)  # columns "Question 1", "Response 1", "c004", "c005"
    # {"Response 1": "Geburtsdatum", "c005": "Home address"}
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.cues import cue_hints, says_nothing, tokens

# Words forms export before a question's and an answer's number (English, German, French, Spanish, Italian,
# Dutch, Portuguese; accent-folded as :func:`cues.tokens` gives them).
QUESTION_WORDS = frozenset({"question", "frage", "pregunta", "domanda", "vraag", "pergunta", "q"})
ANSWER_WORDS = frozenset({"response", "answer", "antwort", "reponse", "respuesta", "risposta", "antwoord",
                          "resposta", "a"})  # fmt: skip
# Rows read to find a question column's text: its text repeats on every row, so a head is enough.
MAX_ROWS = 2000
# Share of a question column's filled rows that hold its one text, and share of the answer's filled rows on which
# a question column found by place is filled too.
MIN_ONE_TEXT = 0.95
MIN_BESIDE = 0.9
MAX_QUESTION_CHARS = 150
MIN_LETTERS = 3
_NUMBER = re.compile(r"(\d+)\s*$")


def question_labels(df: pd.DataFrame, schema_columns: Sequence[ColumnSchema]) -> dict[str, str]:
    """Answer column -> the text of its question column, for the columns of ``schema_columns`` (in table order)
    that are in ``df`` and have no label yet (a second header row's label is the column's own)."""
    head = df.head(MAX_ROWS)
    columns = [c.name for c in schema_columns if c.name in df.columns]
    unlabelled = {c.name for c in schema_columns if not c.label}
    labels: dict[str, str] = {}
    questions = {n: c for c in columns if (n := _numbered(c, QUESTION_WORDS)) is not None}
    for column in (c for c in columns if c in unlabelled):
        n = _numbered(column, ANSWER_WORDS)
        if n is not None and n in questions and (text := _one_text(head[questions[n]])) is not None:
            labels[column] = text
    for before, column in itertools.pairwise(columns):
        if column in labels or column not in unlabelled or not _says_no_more_than_answer(column):
            continue
        if (text := _beside(head[before], head[column])) is not None and cue_hints(text):
            labels[column] = text
    return labels


def _says_no_more_than_answer(column: str) -> bool:
    """The name is a placeholder (``c019``, ``Unnamed: 7``) or an answer's number (``Response 4``)."""
    return says_nothing(column) or _numbered(column, ANSWER_WORDS) is not None


def _numbered(column: str, words: frozenset[str]) -> str | None:
    """The number of a column named a form word and a number (``Response 4`` -> ``"4"``), else ``None``."""
    m = _NUMBER.search(str(column))
    if m is None:
        return None
    rest = tokens(str(column)[: m.start()])
    return m.group(1) if len(rest) == 1 and next(iter(rest)) in words else None


def _filled(series: pd.Series) -> pd.Series:
    text = series.astype("string").str.strip()
    return text.notna() & text.ne("") & ~text.fillna("").map(is_missing_token).astype(bool)


def _one_text(series: pd.Series) -> str | None:
    """The one text a question column repeats (on nearly all its filled rows), else ``None``."""
    if pd.api.types.is_numeric_dtype(series.dtype):
        return None
    values = series[_filled(series)].astype(str).str.strip()
    if values.empty:
        return None
    counts = values.value_counts()
    text = str(counts.index[0])
    if counts.iloc[0] < MIN_ONE_TEXT * len(values) or len(text) > MAX_QUESTION_CHARS:
        return None
    return text if sum(ch.isalpha() for ch in text) >= MIN_LETTERS else None


def _beside(before: pd.Series, answers: pd.Series) -> str | None:
    """The text of the column before an answer column when it is one text filled beside the answers."""
    filled = _filled(answers)
    if not filled.any() or (text := _one_text(before)) is None:
        return None
    asked = before.astype("string").str.strip().eq(text).fillna(False)
    if float(asked[filled].mean()) < MIN_BESIDE:
        return None
    return text
