"""Text Structure Similarity: sentence count, words per sentence and characters per word."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from safe_synthesizer.evaluation.grades import clip_score
from safe_synthesizer.evaluation.histograms import numeric_js

_SENTENCE_END = re.compile(r"[.!?]+(?:\s+|$)")
_WORD = re.compile(r"\S+")
FEATURES = ("sentence_count", "words_per_sentence", "chars_per_word")


@dataclass
class TextStructure:
    """One text column: JS distance per structural feature, their mean and the score."""

    column: str
    distances: dict[str, float]
    distance: float
    score: float

    def to_dict(self) -> dict:
        return {
            "column": self.column,
            "js_distances": self.distances,
            "js_distance": self.distance,
            "score": self.score,
        }


def structure_features(text: str) -> tuple[float, float, float]:
    """(sentences, words per sentence, characters per word) of one cell.

    >>> structure_features("Nice dress. Too long!")
    (2.0, 2.0, 4.0)
    """
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    words = _WORD.findall(text)
    n_sentences = max(1, len(sentences))
    chars = sum(len(w.strip(".,!?;:")) for w in words)
    return float(n_sentences), len(words) / n_sentences, chars / max(1, len(words))


def distance_to_score(d: float) -> float:
    """NSS mapping: d < 0.12 -> 10, d > 0.8 -> 1.5, else -12.5 d + 11.5.

    >>> distance_to_score(0.1), distance_to_score(0.9), distance_to_score(0.4)
    (10.0, 1.5, 6.5)
    """
    if d < 0.12:
        return 10.0
    if d > 0.8:
        return 1.5
    return clip_score(-12.5 * d + 11.5)


def text_structure(column: str, training: list[str | None], synthetic: list[str | None]) -> TextStructure | None:
    """Compare the structure of non-empty cells; ``None`` when either side has no text."""
    ft = np.array([structure_features(t) for t in training if t is not None])
    fs = np.array([structure_features(t) for t in synthetic if t is not None])
    if ft.size == 0 or fs.size == 0:
        return None
    distances = {name: numeric_js(ft[:, i], fs[:, i])[0] for i, name in enumerate(FEATURES)}
    mean = float(np.mean(list(distances.values())))
    return TextStructure(column, distances, mean, distance_to_score(mean))
