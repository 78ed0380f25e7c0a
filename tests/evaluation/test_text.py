from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.evaluation.text_semantic import EmbeddingUnavailable, load_model, similarity_score
from safe_synthesizer.evaluation.text_structure import distance_to_score, structure_features, text_structure

from .conftest import SHARED_DATA


def test_structure_features_hand_case():
    assert structure_features("Nice dress. Too long!") == (2.0, 2.0, 4.0)
    assert structure_features("no end mark") == (1.0, 3.0, 3.0)


def test_structure_mapping():
    assert distance_to_score(0.11) == 10.0
    assert distance_to_score(0.81) == 1.5
    assert distance_to_score(0.4) == pytest.approx(6.5)


def test_structure_identical_and_different():
    texts = ["Great fit. Love it!", "Too small.", "I returned it. The fabric is thin. Sad."] * 5
    assert text_structure("t", texts, texts).score == 10.0
    other = ["x " * 40] * 15
    assert text_structure("t", texts, other).score < 5.0
    assert text_structure("t", [None], texts) is None


def test_similarity_score_hand_vectors():
    rng = np.random.default_rng(0)
    train = rng.normal(size=(40, 8))
    train /= np.linalg.norm(train, axis=1, keepdims=True)
    d_over, d_under, score = similarity_score(train, train.copy(), None)
    assert d_under is None
    assert d_over == 1.0  # copies sit at similarity 1, training neighbours below 1
    assert score == pytest.approx(10 * np.exp(-1.0))


def test_missing_model_directory_is_reported(tmp_path: Path):
    with pytest.raises(EmbeddingUnavailable, match="does not exist"):
        load_model(str(tmp_path / "nope"))


@pytest.mark.slow
def test_packaged_model_scores_real_reviews_offline():
    reviews = pd.read_csv(SHARED_DATA / "womens_clothing_reviews.csv", nrows=200)["Review Text"].dropna().tolist()
    model = load_model(None)
    from safe_synthesizer.evaluation.text_semantic import text_semantic

    same_source = text_semantic("r", model, reviews[:60], reviews[60:120], reviews[120:180])
    shuffled_words = [" ".join(sorted(r.split())) for r in reviews[60:120]]
    garbled = text_semantic("r", model, reviews[:60], ["zz qq " * 10] * 60, reviews[120:180])
    # a real sample of the same reviews is far from the floor; repeated junk text is near it
    assert same_source.score > 5.0
    assert garbled.score < same_source.score - 2.0
    assert text_semantic("r", model, reviews[:60], shuffled_words, reviews[120:180]).score <= same_source.score
