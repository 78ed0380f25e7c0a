"""The report's entity-histories section."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.evaluation import evaluate
from safe_synthesizer.report.charts import Charts
from safe_synthesizer.report.sequence_section import sequence_section
from safe_synthesizer.report.writer import render_report


def _table(n: int) -> pd.DataFrame:
    rows = [
        {"pid": f"P{i}", "day": 10 * k + i % 5, "arm": "ab"[i % 2], "stage": "xyz"[(i + k) % 3], "v": i + k * 2.5}
        for i in range(n)
        for k in range(1 + i % 4)
    ]
    return pd.DataFrame(rows)


def test_section_shows_histograms_and_tables() -> None:
    real = _table(60)
    result = evaluate(real, real, histories=("pid", "day"))
    charts = Charts()
    html = sequence_section(result, charts)
    assert 'id="sequences"' in html and len(charts.figures) == 3
    assert "Entity-level columns" in html and "<td>arm</td>" in html
    assert "Transitions between consecutive events" in html and "Within-entity autocorrelation" in html
    names = [f["layout"]["title"]["text"] for f in charts.figures]
    assert names == ["Events per entity", "Time between consecutive events", "Time of the first event"]
    page = render_report(result)
    assert 'href="#sequences"' in page
    # the noise reference is stated with a verdict, so a small table's distance is not misread
    assert html.count("sampling-noise reference") == 3 and "within sampling noise" in html
    assert "as close as a" in html


def test_no_section_without_histories() -> None:
    real = _table(60)
    result = evaluate(real, real)
    assert sequence_section(result, Charts()) == ""
    assert 'href="#sequences"' not in render_report(result)
