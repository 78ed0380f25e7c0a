"""Quality sections: distributions, correlations, deep structure, text."""

from __future__ import annotations

import numpy as np

from safe_synthesizer.evaluation.result import EvaluationResult
from safe_synthesizer.report import figures
from safe_synthesizer.report.charts import Charts
from safe_synthesizer.report.markup import esc, fmt, table


def distributions_section(result: EvaluationResult, charts: Charts, max_columns: int) -> str:
    if not result.distributions:
        return ""
    shown = result.distributions[:max_columns]
    cells = "".join(
        "<div>"
        + charts.add(figures.distribution(c.column, c.kind, c.bins, c.training_counts, c.synthetic_counts))
        + f'<p class="muted">JS distance {esc(fmt(c.distance))}, score {esc(fmt(c.score))}</p></div>'
        for c in shown
    )
    more = (
        (
            f'<p class="note">{len(result.distributions) - len(shown)} more columns are scored but not plotted '
            "(see evaluation_metrics.json).</p>"
        )
        if len(result.distributions) > len(shown)
        else ""
    )
    return f"""
<section id="distributions"><h2>Column distributions: training vs synthetic</h2>
<p class="note">Share of rows per category (top {figures.MAX_CATEGORIES_PLOTTED}) or per numeric bin (Doane bins
shared by both tables). Column Distribution Stability maps the mean Jensen-Shannon distance to 0-10.</p>
<div class="grid3">{cells}</div>{more}
</section>"""


def correlation_section(result: EvaluationResult, charts: Charts) -> str:
    c = result.correlation
    if c is None or len(c.columns) < 2:
        return ""
    train = charts.add(figures.heatmap(c.training, c.columns, "Training associations"))
    synth = charts.add(figures.heatmap(c.synthetic, c.columns, "Synthetic associations"))
    diff = charts.add(
        figures.heatmap(np.abs(c.training - c.synthetic), c.columns, "Absolute difference", difference=True)
    )
    rows = [
        (d["row"], d["column"], d["training"], d["synthetic"], d["abs_difference"]) for d in c.largest_differences(10)
    ]
    return f"""
<section id="correlations"><h2>Correlations</h2>
<p class="note">Pearson r between numeric columns, Theil's U between categorical columns (row given
column), correlation ratio between a categorical and a numeric column. Score from the
association-weighted mean absolute difference {esc(fmt(c.weighted_abs_difference))}
(plain mean {esc(fmt(c.mean_abs_difference))}).</p>
<div class="grid3"><div>{train}</div><div>{synth}</div><div>{diff}</div></div>
<h3>Largest differences</h3>
{table(("row", "column", "training", "synthetic", "abs. difference"), rows)}
</section>"""


def deep_structure_section(result: EvaluationResult, charts: Charts) -> str:
    d = result.deep_structure
    if d is None or d.score is None:
        return ""
    scatter = charts.add(figures.pca_scatter(d.training_points, d.synthetic_points))
    rows = [
        (f"PC {i + 1}", r, v)
        for i, (r, v) in enumerate(zip(d.component_distances, d.explained_variance_ratio, strict=True))
    ]
    return f"""
<section id="deep-structure"><h2>Deep structure (PCA)</h2>
<div class="grid"><div>{scatter}</div>
<div>{table(("component", "JS distance", "explained variance (training)"), rows)}
<p class="note">Both tables are projected on the training table's first two principal components
(features: training-CDF numeric values and one-hot categories); the score is 10 exp(-1.6 r) of the
mean JS distance r.</p></div></div>
</section>"""


def text_section(result: EvaluationResult, charts: Charts) -> str:
    if not result.text_structure and not result.text_semantic and "text_semantic_similarity" not in result.unavailable:
        return ""
    if result.unavailable.get("text_semantic_similarity") == "no text columns":
        return ""
    semantic = {t.column: t for t in result.text_semantic}
    rows = []
    columns, structure_scores, semantic_scores = [], [], []
    for t in result.text_structure:
        s = semantic.get(t.column)
        rows.append(
            (
                t.column,
                t.distances["sentence_count"],
                t.distances["words_per_sentence"],
                t.distances["chars_per_word"],
                t.score,
                None if s is None else s.ks_overfit,
                None if s is None else s.ks_underfit,
                None if s is None else s.score,
            )
        )
        columns.append(t.column)
        structure_scores.append(t.score)
        semantic_scores.append(None if s is None else s.score)
    chart = (
        charts.add(
            figures.grouped_bars(
                columns,
                {"structure": structure_scores, "semantic": semantic_scores},
                "Text scores per column",
                "score (0-10)",
                y_range=[0, 10],
            )
        )
        if columns
        else ""
    )
    reason = result.unavailable.get("text_semantic_similarity")
    unavailable = f'<p class="unavailable">Text semantic similarity {esc(reason)}</p>' if reason else ""
    return f"""
<section id="text"><h2>Text columns</h2>{unavailable}
<div class="grid"><div>{chart}</div><div>
{
        table(
            (
                "column",
                "JS sentences",
                "JS words/sentence",
                "JS chars/word",
                "structure score",
                "KS overfit",
                "KS underfit",
                "semantic score",
            ),
            rows,
        )
    }
<p class="note">Semantic similarity compares nearest-neighbour cosine similarities of sentence embeddings
(synthetic-to-training vs training-to-training, synthetic-to-test vs test-to-test) with KS tests.</p>
</div></div>
</section>"""
