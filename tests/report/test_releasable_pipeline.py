"""A DP run with ``evaluation.releasable_report`` writes both reports; only the owner one has training values."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer import pipeline
from safe_synthesizer.privacy.ledger import LEDGER_ENV
from safe_synthesizer.sdk import SafeSynthesizer

MARKER = "ZQX_TRAINING_ONLY_5120"


@pytest.mark.slow
def test_dp_run_writes_a_releasable_report_beside_the_owner_report(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(LEDGER_ENV, str(tmp_path / "ledger.json"))
    rng = np.random.default_rng(0)
    n = 1500
    df = pd.DataFrame(
        {
            "age": rng.integers(20, 70, n),
            "city": rng.choice(["Lyon", "Oslo", "Pune"], n),
            "score": np.round(rng.normal(50, 10, n), 1),
        }
    )
    df.loc[:7, "city"] = MARKER  # eight records: plotted in the owner report, far under the DP threshold
    source = tmp_path / "cities.csv"
    df.to_csv(source, index=False)
    results = (
        SafeSynthesizer(artifact_path=tmp_path / "arts")
        .with_data_source(source)
        .with_data(random_state=424242)
        .with_train(model_size="small", epochs=1, num_threads=1)
        .with_replace_pii(False)
        .with_differential_privacy(epsilon=8)
        # At least as many as the training rows: the evaluation then samples the synthetic side
        # down, and the owner report keeps every training category (the eight marker records).
        .with_generate(num_records=1500)
        .with_evaluate(releasable_report=True)
        .run()
    )
    owner = Path(results.report_path)
    releasable = owner.parent / pipeline.RELEASABLE_REPORT_HTML
    assert owner.name == pipeline.REPORT_HTML and releasable.is_file()
    from plotly.offline import get_plotlyjs

    owner_html = owner.read_text(encoding="utf-8").replace(get_plotlyjs(), "")
    releasable_html = releasable.read_text(encoding="utf-8").replace(get_plotlyjs(), "")
    assert "not for release" in owner_html and MARKER in owner_html
    assert "424242" not in owner_html  # the config seed does not seed a DP run: not shown
    assert MARKER not in releasable_html and "424242" not in releasable_html
    assert 'id="released"' in releasable_html and "<td>dp_sgd</td>" in releasable_html
    assert "salt" not in releasable_html.split('<section id="released">', 1)[1]
