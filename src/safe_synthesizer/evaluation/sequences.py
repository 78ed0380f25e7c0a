"""Sequence metrics of entity histories: does each synthetic entity look like a real one?

Computed when the run groups records by an entity column and orders them by a time column:

- Jensen-Shannon distances (base 2, 0 = same, 1 = disjoint) of events per entity, of the gaps
  between consecutive events, and of the first event's time; each with a noise reference: the
  distance between two random halves of the training entities, scaled to the sizes compared and
  averaged over ``NOISE_SPLITS`` splits (what sampling alone gives). A distance at or below it
  (``within_noise``) is as close as a second real sample of that size would be: a small table
  cannot show less (312 pbcseq patients: about 0.11 for events per entity, so a target of 0.05
  there cannot be told from noise);
- transitions of consecutive events of categorical columns (and numbers with few values): JS
  distance of the (previous, next) pairs and the share of events that repeat the previous value;
- lag-1 autocorrelation within entities of numeric event columns;
- entity-level columns (constant within every training entity): share of synthetic entities in
  which they are constant; and the share of synthetic entities whose events are in time order.
"""

from __future__ import annotations

import itertools
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd
from scipy.spatial.distance import jensenshannon

from safe_synthesizer.data.schema import ColumnType, TableSchema

COUNT_EDGES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 16, 21, 31, 51, 101]  # bins [e_i, e_i+1), last open
TIME_BINS = 10
MAX_TRANSITION_VALUES = 12  # numbers with at most this many values count as states
# One random split of a few hundred entities gives a noise reference that itself varies by
# +-30 %; the mean over several splits is stable to a few percent (and costs only group counts).
NOISE_SPLITS = 10


@dataclass
class Distribution:
    """One distribution compared: bin labels, counts per table, JS distance and noise reference."""

    name: str
    labels: list[str]
    training: list[int]
    synthetic: list[int]
    distance: float | None
    baseline: float | None
    # distance <= baseline: no closer match to the training data is measurable at these sizes
    within_noise: bool | None = None


@dataclass
class SequenceMetrics:
    """Everything ``sequence_metrics`` measures (JSON-ready via ``to_dict``)."""

    entity_column: str
    time_column: str
    training_entities: int
    synthetic_entities: int
    training_rows: int
    synthetic_rows: int
    distributions: list[Distribution] = field(default_factory=list)
    transitions: list[dict] = field(default_factory=list)
    autocorrelation: list[dict] = field(default_factory=list)
    entity_level: list[dict] = field(default_factory=list)
    ordered_share: float | None = None

    def distance(self, name: str) -> float | None:
        return next((d.distance for d in self.distributions if d.name == name), None)

    def to_dict(self) -> dict:
        return asdict(self)


def sequence_metrics(
    training: pd.DataFrame, synthetic: pd.DataFrame, schema: TableSchema, entity: str, time: str, *, seed: int = 0
) -> SequenceMetrics:
    """Compare the entity histories of ``synthetic`` with those of ``training``.

    Example:
        >>> real = pd.DataFrame({"id": [1, 1, 2], "t": [0, 5, 0], "sex": ["f", "f", "m"]})
        >>> from safe_synthesizer.data.inference import infer_schema
        >>> m = sequence_metrics(real, real, infer_schema(real), "id", "t")
        >>> m.distance("events_per_entity"), m.ordered_share
        (0.0, 1.0)
    """
    rng = np.random.default_rng(seed)
    real, synth = _sorted(training, schema, entity, time), _sorted(synthetic, schema, entity, time)
    out = SequenceMetrics(
        entity_column=entity,
        time_column=time,
        training_entities=int(real[entity].nunique()),
        synthetic_entities=int(synth[entity].nunique()),
        training_rows=len(training),
        synthetic_rows=len(synthetic),
    )
    splits = [_halves(real, entity, rng) for _ in range(NOISE_SPLITS)]
    for name, fn, edges in (
        ("events_per_entity", _counts, "counts"),
        ("inter_event_time", _gaps, "time"),
        ("first_event_time", _firsts, "time"),
    ):
        reference = [(fn(a, entity), fn(b, entity)) for a, b in splits]
        out.distributions.append(_compare(name, fn(real, entity), fn(synth, entity), edges, reference))
    others = [c for c in schema.names if c in training.columns and c in synthetic.columns and c not in (entity, time)]
    constant = _entity_level(real, entity, others)
    for c in others:
        if c in constant:
            out.entity_level.append({"column": c, **_consistency(real, synth, entity, c)})
        elif _is_state(real[c], schema[c].type):
            out.transitions.append(_transitions(real, synth, entity, c))
        elif schema[c].type.is_numeric:
            out.autocorrelation.append({
                "column": c,
                "training": _lag1(real, entity, c),
                "synthetic": _lag1(synth, entity, c),
            })
    out.ordered_share = _ordered_share(synthetic, schema, entity, time)
    return out


def headline(sequences: dict) -> dict:
    """The JS distances of ``SequenceMetrics.to_dict()`` with their noise references, for a run
    summary: ``{name: {"js", "noise_reference", "within_noise"}}``.

    Example:
        >>> headline({"distributions": [{"name": "events_per_entity", "distance": 0.09,
        ...                               "baseline": 0.13, "within_noise": True}]})
        {'events_per_entity': {'js': 0.09, 'noise_reference': 0.13, 'within_noise': True}}
    """
    return {
        d["name"]: {"js": d["distance"], "noise_reference": d["baseline"], "within_noise": d.get("within_noise")}
        for d in sequences.get("distributions", [])
    }


# -- preparation ---------------------------------------------------------------------------------
def _times(series: pd.Series, kind: ColumnType, fmt: str | None) -> np.ndarray:
    if kind == ColumnType.DATETIME:
        parsed = pd.to_datetime(series, format=fmt or "mixed", errors="coerce")
        return ((parsed - pd.Timestamp("1970-01-01")).dt.total_seconds() / 86400.0).to_numpy(dtype=float)
    return pd.to_numeric(series, errors="coerce").to_numpy(dtype=float)


def _sorted(df: pd.DataFrame, schema: TableSchema, entity: str, time: str) -> pd.DataFrame:
    """``df`` with a float ``__t__`` time (days for datetimes), sorted by entity then time."""
    col = schema[time]
    out = df.copy()
    out["__t__"] = _times(df[time], col.type, col.datetime_format)
    out[entity] = out[entity].astype(str)
    return out.sort_values([entity, "__t__"], kind="mergesort").reset_index(drop=True)


def _halves(df: pd.DataFrame, entity: str, rng: np.random.Generator) -> list[pd.DataFrame]:
    ids = df[entity].unique()
    first = set(rng.permutation(ids)[: len(ids) // 2].tolist())
    mask = df[entity].isin(first)
    return [df[mask], df[~mask]]


def _counts(df: pd.DataFrame, entity: str) -> np.ndarray:
    return df.groupby(entity, sort=False).size().to_numpy(dtype=float)


def _gaps(df: pd.DataFrame, entity: str) -> np.ndarray:
    gaps = df.groupby(entity, sort=False)["__t__"].diff().to_numpy(dtype=float)
    return gaps[~np.isnan(gaps)]


def _firsts(df: pd.DataFrame, entity: str) -> np.ndarray:
    t = df.groupby(entity, sort=False)["__t__"].min().to_numpy(dtype=float)
    return t[~np.isnan(t)]


# -- distributions -------------------------------------------------------------------------------
def _compare(
    name: str, real: np.ndarray, synth: np.ndarray, kind: str, splits: list[tuple[np.ndarray, np.ndarray]]
) -> Distribution:
    if kind == "counts":
        edges = np.asarray([*COUNT_EDGES, np.inf], dtype=float)
        labels = [str(a) if b - a == 1 else f"{a}-{int(b) - 1}" for a, b in itertools.pairwise(COUNT_EDGES)]
        labels.append(f"{COUNT_EDGES[-1]}+")
    else:
        # Deciles of both tables pooled: bins from one side only could put every value of a
        # differently spread other side into one bin.
        pooled = np.concatenate([real, synth])
        inner = np.unique(np.quantile(pooled, np.linspace(0, 1, TIME_BINS + 1)[1:-1])) if len(pooled) else pooled
        edges = np.concatenate([[-np.inf], inner, [np.inf]])
        labels = _interval_labels(edges)
    r, s = _histogram(real, edges), _histogram(synth, edges)
    scaled = []
    for a, b in splits:
        d = _js(_histogram(a, edges), _histogram(b, edges))
        if d is not None and len(real) and len(synth):
            # Two halves are noisier than the full table: scale to the sizes compared (JS distance
            # grows like sqrt(1/n1 + 1/n2) from sampling noise alone).
            halves_noise = 1 / max(1, len(a)) + 1 / max(1, len(b))
            scaled.append(d * float(np.sqrt((1 / len(real) + 1 / len(synth)) / halves_noise)))
    baseline = round(float(np.mean(scaled)), 4) if scaled else None
    distance = _js(r, s)
    within = None if distance is None or baseline is None else bool(distance <= baseline)
    return Distribution(name, labels, r.astype(int).tolist(), s.astype(int).tolist(), distance, baseline, within)


def _histogram(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    idx = np.searchsorted(edges, values, side="right") - 1
    idx = np.clip(idx, 0, len(edges) - 2)
    return np.bincount(idx, minlength=len(edges) - 1).astype(float)


def _interval_labels(edges: np.ndarray) -> list[str]:
    out = []
    for a, b in itertools.pairwise(edges):
        out.append(f"< {b:.4g}" if np.isinf(a) else f">= {a:.4g}" if np.isinf(b) else f"{a:.4g} to {b:.4g}")
    return out


def _js(p: np.ndarray, q: np.ndarray) -> float | None:
    if p.sum() == 0 or q.sum() == 0:
        return None
    d = float(jensenshannon(p / p.sum(), q / q.sum(), base=2))
    return 0.0 if np.isnan(d) else round(d, 4)


# -- structure -----------------------------------------------------------------------------------
def _entity_level(df: pd.DataFrame, entity: str, columns: list[str]) -> set[str]:
    """Columns constant within every training entity (only meaningful with multi-event entities)."""
    sizes = df.groupby(entity, sort=False).size()
    if not columns or not (sizes > 1).any():
        return set()
    varying = df.groupby(entity, sort=False)[columns].nunique(dropna=False).max()
    return {c for c in columns if int(varying[c]) <= 1}


def _consistency(real: pd.DataFrame, synth: pd.DataFrame, entity: str, column: str) -> dict:
    def share(df: pd.DataFrame) -> float | None:
        sizes = df.groupby(entity, sort=False).size()
        multi = sizes[sizes > 1].index
        if not len(multi):
            return None
        part = df[df[entity].isin(multi)]
        return round(float((part.groupby(entity, sort=False)[column].nunique(dropna=False) <= 1).mean()), 4)

    return {"training": share(real), "synthetic": share(synth)}


def _is_state(series: pd.Series, kind: ColumnType) -> bool:
    if kind == ColumnType.CATEGORICAL:
        return True
    return kind.is_numeric and 1 < series.nunique(dropna=True) <= MAX_TRANSITION_VALUES


def _pairs(df: pd.DataFrame, entity: str, column: str) -> tuple[pd.Series, pd.Series]:
    values = df[column].astype(object).where(df[column].notna(), "(missing)").astype(str)
    prev = values.groupby(df[entity].to_numpy(), sort=False).shift(1)
    keep = prev.notna()
    return prev[keep], values[keep]


def _transitions(real: pd.DataFrame, synth: pd.DataFrame, entity: str, column: str) -> dict:
    rp, rn = _pairs(real, entity, column)
    sp, sn = _pairs(synth, entity, column)
    rk, sk = (rp + " -> " + rn), (sp + " -> " + sn)
    keys = sorted(set(rk) | set(sk))
    r = rk.value_counts().reindex(keys, fill_value=0).to_numpy(dtype=float)
    s = sk.value_counts().reindex(keys, fill_value=0).to_numpy(dtype=float)
    return {
        "column": column,
        "distance": _js(r, s),
        "repeat_share_training": round(float((rp == rn).mean()), 4) if len(rp) else None,
        "repeat_share_synthetic": round(float((sp == sn).mean()), 4) if len(sp) else None,
        "n_transitions_training": len(rp),
        "n_transitions_synthetic": len(sp),
    }


def _lag1(df: pd.DataFrame, entity: str, column: str) -> float | None:
    x = pd.to_numeric(df[column], errors="coerce")
    prev = x.groupby(df[entity].to_numpy(), sort=False).shift(1)
    ok = x.notna() & prev.notna()
    if ok.sum() < 3 or x[ok].std() == 0 or prev[ok].std() == 0:
        return None
    return round(float(np.corrcoef(prev[ok], x[ok])[0, 1]), 4)


def _ordered_share(df: pd.DataFrame, schema: TableSchema, entity: str, time: str) -> float | None:
    """Share of entities whose rows, in table order, have non-decreasing times."""
    if not len(df):
        return None
    col = schema[time]
    t = pd.Series(_times(df[time], col.type, col.datetime_format))
    back = t.groupby(df[entity].astype(str).to_numpy(), sort=False).diff() < 0
    bad = set(df[entity].astype(str)[back.to_numpy()])
    return round(1 - len(bad) / max(1, df[entity].nunique()), 4)
