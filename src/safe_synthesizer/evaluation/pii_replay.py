"""PII replay: share of the training table's personal values that reappear in the synthetic table."""

from __future__ import annotations

from dataclasses import dataclass

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


def pii_replay(training: pd.DataFrame, synthetic: pd.DataFrame, pii_columns: dict[str, str]) -> list[PiiReplay]:
    """Per PII column present in both tables (in ``pii_columns`` order sorted by name).

    >>> t = pd.DataFrame({"name": ["Ann", "Bob", "Cy"]}); s = pd.DataFrame({"name": ["ann ", "Dee"]})
    >>> r = pii_replay(t, s, {"name": "first_name"})[0]
    >>> r.n_replayed, round(r.replay_share, 3), r.synthetic_rows_with_replay
    (1, 0.333, 0.5)
    """
    out = []
    for column in sorted(pii_columns):
        if column not in training.columns or column not in synthetic.columns:
            continue
        known = set(_normalise(training[column]))
        produced = _normalise(synthetic[column])
        replayed = known.intersection(produced)
        out.append(
            PiiReplay(
                column=column,
                entity=pii_columns[column],
                n_training_values=len(known),
                n_replayed=len(replayed),
                replay_share=len(replayed) / len(known) if known else None,
                synthetic_rows_with_replay=(sum(v in known for v in produced) / len(produced)) if produced else None,
            )
        )
    return out
