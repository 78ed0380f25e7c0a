"""The releasable report holds no training-only value; the owner report says it is not for release."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.evaluation import evaluate
from safe_synthesizer.report import ReportContext, render_releasable_report, render_report, write_releasable_report
from safe_synthesizer.report.notices import displayed_config
from safe_synthesizer.report.released import released_codec_facts

TRAINING_MARKER = "ZQX_TRAINING_ONLY_7731"
HOLDOUT_MARKER = "ZQX_HOLDOUT_ONLY_4412"
N_TRAINING = 1237  # the exact training row count: in the owner report only
SECRET_SALT = "5a1t5ecre7000000"


def _table(n: int, seed: int, city_marker: str | None = None) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    df = pd.DataFrame(
        {
            "age": rng.integers(20, 70, n),
            "city": rng.choice(["Lyon", "Oslo", "Pune"], n),
            "score": np.round(rng.normal(50, 10, n), 1),
        }
    )
    if city_marker is not None:
        # 40 records: frequent enough to be plotted after the evaluation's equal-size sampling
        df.loc[:39, "city"] = city_marker
    return df


SCHEMA = TableSchema(
    [
        ColumnSchema("age", ColumnType.INTEGER),
        ColumnSchema("city", ColumnType.CATEGORICAL),
        ColumnSchema("score", ColumnType.FLOAT, decimals=1),
    ]
)
DP_PRIVACY = {
    "dp_enabled": True,
    "epsilon_total": 5.97,
    "delta": 3.1e-6,
    "epsilon_target": 6.0,
    "unit": "record",
    "n_units": N_TRAINING,
    "noise_multiplier": 0.93,
    "accountant": "prv",
    "items": [
        {"name": "frequent_values#1", "epsilon": 0.2, "delta": 1e-7, "mechanism": "thresholded Laplace counts"},
        {"name": "dp_sgd", "epsilon": 5.77, "delta": 3e-6, "mechanism": "DP-SGD"},
    ],
}
DP_CODEC = {
    "column_order": ["age", "city", "score", "ref"],
    "encoders": [
        {"kind": "numeric", "column": "age", "lo": 21.0, "hi": 68.0, "values": [], "edges": [21.0, 44.0, 68.0]},
        {"kind": "categorical", "column": "city", "categories": ["Oslo", "Lyon"], "weights": [431, 402],
         "mode": "resample", "salt": ""},
        {"kind": "numeric", "column": "score", "lo": 30.5, "hi": 71.0, "values": [50.0], "edges": [30.5, 71.0]},
        {"kind": "identifier", "column": "ref", "integer_start": None, "shapes": ["AA-9999"],
         "shape_weights": [1.0], "salt": SECRET_SALT, "hashes": []},
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def tables() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    training = _table(N_TRAINING, 1, TRAINING_MARKER)
    training.loc[: int(0.375 * N_TRAINING), "score"] = np.nan  # a training-only missing share
    holdout = _table(300, 2, HOLDOUT_MARKER)
    synthetic = _table(400, 3)
    return training, holdout, synthetic


@pytest.fixture(scope="module")
def context() -> ReportContext:
    return ReportContext(
        title="cities synthetic data report",
        config={"data": {"random_state": 987654, "holdout": 0.05}, "privacy": {"dp_enabled": True}},
        dataset_stats={"training_rows": N_TRAINING, "holdout_rows": 300},
        generation={"num_valid_records": 400, "num_filtered_records": 17},
        privacy=DP_PRIVACY,
        released_codec=DP_CODEC,
    )


@pytest.fixture(scope="module")
def owner_result(tables):
    training, holdout, synthetic = tables
    return evaluate(training, synthetic, holdout, schema=SCHEMA)


def _ours(html: str) -> str:
    """The page without the embedded plotly.js library (whose text is not ours)."""
    from plotly.offline import get_plotlyjs

    return html.replace(get_plotlyjs(), "")


def _figures(html: str) -> list[dict]:
    block = re.search(r'<script type="application/json" id="report-figures">(.*?)</script>', html, re.S)
    assert block is not None
    return json.loads(block.group(1))


def _number(value: int | str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\d.,]){re.escape(str(value))}(?![\d])")


def test_training_values_reach_the_owner_report_but_never_the_releasable_one(tables, owner_result, context):
    training, _, synthetic = tables
    owner = _ours(render_report(owner_result, context))
    releasable = _ours(render_releasable_report(synthetic, SCHEMA, context))
    assert TRAINING_MARKER in owner  # the owner report plots the training categories ...
    assert _number(N_TRAINING).search(owner)  # ... and counts the training rows
    missing = f"{100 * training['score'].isna().mean():.1f} %"
    assert missing in owner  # ... and the training missing share
    for value in (TRAINING_MARKER, HOLDOUT_MARKER, missing, "987654", "Training associations", "SQS", "DPS"):
        assert value not in releasable, value
    labels = {str(x) for fig in _figures(releasable) for trace in fig["data"] for x in trace.get("x", [])}
    assert "Lyon" in labels and TRAINING_MARKER not in labels
    names = {trace.get("name") for fig in _figures(releasable) for trace in fig["data"]}
    assert "training" not in names  # no training trace in any chart


def test_releasable_report_without_training_row_count_or_generation_filter(tables, context):
    _, _, synthetic = tables
    ctx = ReportContext(**{**context.__dict__, "privacy": {**DP_PRIVACY, "n_units": None}})
    releasable = _ours(render_releasable_report(synthetic, SCHEMA, ctx))
    assert not _number(N_TRAINING).search(releasable)
    assert "num_filtered_records" not in releasable  # a privacy-filter count compares with training
    assert 'id="deep-structure"' not in releasable and 'id="privacy"' not in releasable


def test_releasable_dp_report_shows_the_budget_and_the_released_codec_only(tables, context):
    _, _, synthetic = tables
    html = render_releasable_report(synthetic, SCHEMA, context)
    assert 'id="releasable-banner"' in html and "Releasable report" in html
    dp = html.split('<section id="dp">', 1)[1].split("</section>", 1)[0]
    assert "differentially private at the level of one record" in dp and "<td>dp_sgd</td>" in dp
    assert "privacy units (treated as public)" in dp  # the budget summary's public unit count
    released = html.split('<section id="released">', 1)[1].split("</section>", 1)[0]
    assert "Oslo (431)" in released and "[21, 68]" in released and "AA-9999" in released
    assert SECRET_SALT not in html and "salt" not in released
    assert "random_state" not in html


def test_releasable_report_of_a_run_without_dp_says_there_is_no_guarantee(tables):
    _, _, synthetic = tables
    ctx = ReportContext(config={"data": {"random_state": 3}}, released_codec=DP_CODEC)
    html = render_releasable_report(synthetic, SCHEMA, ctx)
    assert "no formal privacy guarantee" in html
    assert 'id="dp"' not in html and 'id="released"' not in html  # a non-DP codec is never shown
    assert "Oslo (431)" not in html


def test_owner_report_banner_and_seed(owner_result, context):
    result = owner_result
    dp_html = _ours(render_report(result, context))
    banner = dp_html.split('id="owner-banner"', 1)[1].split("</div>", 1)[0]
    assert "not for release" in banner and "not this report" in banner
    assert dp_html.index('id="owner-banner"') < dp_html.index('id="overview"')
    config = dp_html.split('<section id="run">', 1)[1].split("<pre>", 1)[1].split("</pre>", 1)[0]
    assert "987654" not in dp_html and "random_state" not in config and "holdout" in config
    assert "fresh seed" in dp_html
    plain = _ours(render_report(result, ReportContext(config={"data": {"random_state": 987654}})))
    assert "For the data owner." in plain and "not for release" not in plain
    assert "987654" in plain  # a non-DP run is reproducible from its seed


def test_displayed_config_leaves_the_input_alone():
    config = {"data": {"random_state": 1, "holdout": 0.1}, "seed": 1}
    assert displayed_config(config, dp=True) == {"data": {"holdout": 0.1}}
    assert config == {"data": {"random_state": 1, "holdout": 0.1}, "seed": 1}


def test_public_metadata_is_labelled_public():
    facts = released_codec_facts(DP_CODEC, public_bounds=["age"], public_categories=["city"])
    by_column = {c.column: dict(c.facts) for c in facts}
    assert "range (public, privacy.public_bounds)" in by_column["age"]
    assert "categories (public, privacy.public_categories)" in by_column["city"]
    assert released_codec_facts(None) == []


def test_write_releasable_report(tmp_path: Path, tables):
    _, _, synthetic = tables
    path = write_releasable_report(synthetic, SCHEMA, tmp_path / "sub" / "r.html")
    assert path.exists() and not list(path.parent.glob(".*.tmp"))
