"""PII replay: share of the training table's personal values that reappear in the synthetic table."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from safe_synthesizer.evaluation.columns import category_text


@dataclass
class PiiReplay:
    """One PII column: distinct training values, how many reappear, and the share."""

    column: str
    entity: str
    n_training_values: int
    n_replayed: int
    replay_share: float | None
    synthetic_rows_with_replay: float | None

    def to_dict(self) -> dict:
        return {
            "column": self.column,
            "entity": self.entity,
            "n_training_values": self.n_training_values,
            "n_replayed": self.n_replayed,
            "replay_share": self.replay_share,
            "synthetic_rows_with_replay": self.synthetic_rows_with_replay,
        }


def _normalise(values: pd.Series) -> list[str]:
    # case and surrounding spaces do not make a name or an e-mail address a different value
    out = []
    for value in values.tolist():
        text = category_text(value)
        if text is not None and text.strip():
            out.append(" ".join(text.split()).casefold())
    return out


def pii_replay(
    training: pd.DataFrame | Iterable[pd.DataFrame], synthetic: pd.DataFrame, pii_columns: dict[str, str]
) -> list[PiiReplay]:
    """Per PII column present in both tables (in ``pii_columns`` order sorted by name).

    ``training`` may be a stream of chunks (a large split read chunk by chunk): the result is the
    same, and memory is one chunk, the synthetic values and 8 bytes per distinct training value.

    >>> t = pd.DataFrame({"name": ["Ann", "Bob", "Cy"]}); s = pd.DataFrame({"name": ["ann ", "Dee"]})
    >>> r = pii_replay(t, s, {"name": "first_name"})[0]
    >>> r.n_replayed, round(r.replay_share, 3), r.synthetic_rows_with_replay
    (1, 0.333, 0.5)
    >>> pii_replay(iter([t.iloc[:2], t.iloc[2:]]), s, {"name": "first_name"})[0] == r
    True
    """
    columns = [c for c in sorted(pii_columns) if c in synthetic.columns]
    produced = {c: _normalise(synthetic[c]) for c in columns}
    seen: set[str] = set()
    distinct = {c: np.empty(0, dtype=np.uint64) for c in columns}
    replayed: dict[str, set[str]] = {c: set() for c in columns}
    for chunk in [training] if isinstance(training, pd.DataFrame) else training:
        for column in columns:
            if column not in chunk.columns:
                continue
            seen.add(column)
            values = _normalise(chunk[column])
            # Distinct values counted by 64-bit hash: the split's values never need to be held.
            hashes = pd.util.hash_array(np.asarray(values, dtype=object)) if values else distinct[column]
            distinct[column] = np.union1d(distinct[column], hashes)
            replayed[column] |= set(produced[column]).intersection(values)
    out = []
    for column in columns:
        if column not in seen:
            continue
        known, made = len(distinct[column]), produced[column]
        out.append(
            PiiReplay(
                column=column,
                entity=pii_columns[column],
                n_training_values=known,
                n_replayed=len(replayed[column]),
                replay_share=len(replayed[column]) / known if known else None,
                synthetic_rows_with_replay=(sum(v in replayed[column] for v in made) / len(made)) if made else None,
            )
        )
    return out
