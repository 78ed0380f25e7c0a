import pandas as pd

from safe_synthesizer.evaluation.pii_replay import pii_replay


def test_replay_share_per_column_case_insensitive():
    training = pd.DataFrame({"email": ["a@x.org", "b@x.org", "c@x.org", None], "name": ["Ann", "Bo", "Cy", "Di"]})
    synthetic = pd.DataFrame({"email": ["A@X.org ", "z@x.org"], "name": ["Eve", "Fay"]})
    rows = {r.column: r for r in pii_replay(training, synthetic, {"name": "first_name", "email": "email"})}
    assert rows["email"].n_training_values == 3
    assert rows["email"].n_replayed == 1
    assert rows["email"].replay_share == 1 / 3
    assert rows["email"].synthetic_rows_with_replay == 0.5
    assert rows["name"].replay_share == 0.0
    assert rows["name"].entity == "first_name"


def test_columns_absent_from_a_table_are_skipped():
    assert pii_replay(pd.DataFrame({"a": [1]}), pd.DataFrame({"b": [1]}), {"a": "email"}) == []


def test_evaluate_uses_the_pii_source_table():
    from safe_synthesizer.evaluation import evaluate

    original = pd.DataFrame({"name": ["Ann", "Bob"] * 60, "x": list(range(120))})
    replaced = original.assign(name=["Zed", "Yul"] * 60)
    synthetic = replaced.iloc[:50]
    default = evaluate(replaced, synthetic, None, pii_columns={"name": "first_name"})
    real = evaluate(replaced, synthetic, None, pii_columns={"name": "first_name"}, pii_source=original)
    assert default.pii_replay[0].replay_share == 1.0
    assert real.pii_replay[0].replay_share == 0.0
