import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from safe_synthesizer.evaluation.attribute import normalised_entropy, qi_combinations, vote


def test_vote_weighted_and_ties_to_smallest_code():
    codes = np.array([[2, 1, 1], [3, 4, 4], [7, 5, 6]])
    weights = np.array([[5.0, 2.0, 2.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]])
    assert vote(codes, weights).tolist() == [2, 4, 5]


def test_qi_combinations_are_seeded_and_in_table_order():
    columns = [f"c{i}" for i in range(8)]
    a = qi_combinations(columns, 3, np.random.default_rng(1))
    b = qi_combinations(columns, 3, np.random.default_rng(1))
    assert a == b and len(a) == 10
    assert all(combo == sorted(combo, key=columns.index) for combo in a)
    assert qi_combinations(["a", "b"], 3, np.random.default_rng(0)) == [["a"], ["b"]]


def test_normalised_entropy():
    assert normalised_entropy(np.array(["a", "a"])) == 0.0
    assert normalised_entropy(np.array(["a", "b", "c", "d"])) == pytest.approx(1.0)


def test_aia_does_not_depend_on_hash_seed(tmp_path):
    script = textwrap.dedent(
        """
        import json, sys
        sys.path.insert(0, %r)
        from tests.evaluation.conftest import adult_schema, read_adult, noisy_copy
        from safe_synthesizer.evaluation import evaluate
        train = read_adult("adult_train.csv", 600)
        hold = read_adult("adult_holdout.csv", 400)
        r = evaluate(train, noisy_copy(train), hold, schema=adult_schema())
        print(json.dumps([r.aia, r.mia, r.dps, r.sqs]))
        """
    ) % str(Path(__file__).resolve().parents[2])
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
        outputs.append(done.stdout.strip().splitlines()[-1])
    assert outputs[0] == outputs[1]
