"""Assemble the self-contained HTML report and write it atomically."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from safe_synthesizer.evaluation.result import EvaluationResult
from safe_synthesizer.report.charts import Charts
from safe_synthesizer.report.context import ReportContext
from safe_synthesizer.report.markup import CSS, esc, script_json
from safe_synthesizer.report.notices import owner_banner
from safe_synthesizer.report.overview import (
    dataset_section,
    differential_privacy_section,
    overview,
    pii_stage_section,
    run_section,
)
from safe_synthesizer.report.privacy_sections import privacy_section, utility_section
from safe_synthesizer.report.quality_sections import (
    correlation_section,
    deep_structure_section,
    distributions_section,
    text_section,
)
from safe_synthesizer.report.sequence_section import sequence_section
from safe_synthesizer.utils.atomic import atomic_write_text

DEFAULT_MAX_PLOTTED_COLUMNS = 60

# Renders every chart, then records the render time and any failure on the page so a browser
# test (or a curious user) can read them: document.body.dataset.rendered / renderMs / renderError.
_RENDER_JS = """
(function () {
  var started = performance.now();
  var figures = JSON.parse(document.getElementById("report-figures").textContent);
  var config = {displaylogo: false, responsive: true};
  var jobs = figures.map(function (fig, i) {
    return Plotly.newPlot(document.getElementById("chart-" + i), fig.data, fig.layout, config);
  });
  Promise.all(jobs).then(function () {
    document.body.dataset.renderMs = String(Math.round(performance.now() - started));
    document.body.dataset.rendered = "true";
  }, function (err) {
    document.body.dataset.renderError = String(err);
    console.error("report chart failed: " + err);
  });
})();
"""


@functools.lru_cache(maxsize=1)
def _plotly_js() -> str:
    """plotly.js shipped inside the plotly Python package (no CDN, works offline)."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def render_report(
    result: EvaluationResult,
    context: ReportContext | None = None,
    *,
    max_plotted_columns: int = DEFAULT_MAX_PLOTTED_COLUMNS,
) -> str:
    """The owner report as one HTML string (plotly.js embedded once, every data value escaped).

    It opens with a banner saying it holds exact training and holdout statistics and is for the
    data owner, not for release (see ``report.notices``); under DP the configuration it shows
    leaves out ``data.random_state``, which does not seed a DP run's noise.
    """
    context = context or ReportContext()
    dp = context.privacy is not None
    charts = Charts()
    body = "".join(
        [
            owner_banner(dp=dp),
            overview(result, charts),
            dataset_section(result, context),
            distributions_section(result, charts, max_plotted_columns),
            correlation_section(result, charts),
            deep_structure_section(result, charts),
            sequence_section(result, charts),
            text_section(result, charts),
            privacy_section(result, charts),
            utility_section(result),
            differential_privacy_section(context),
            pii_stage_section(context),
            run_section(result, context),
        ]
    )
    return page(context.title, body, charts, OWNER_NAV)


OWNER_NAV = (
    ("overview", "Overview"),
    ("dataset", "Dataset"),
    ("distributions", "Distributions"),
    ("correlations", "Correlations"),
    ("deep-structure", "PCA"),
    ("sequences", "Histories"),
    ("text", "Text"),
    ("privacy", "Privacy"),
    ("utility", "Utility"),
    ("dp", "Differential privacy"),
    ("pii-stage", "PII"),
    ("run", "Configuration"),
)


def page(title: str, body: str, charts: Charts, nav_items: tuple[tuple[str, str], ...]) -> str:
    """The self-contained page around ``body``: styles, plotly.js, navigation and the figures.

    Example:
        >>> html = page("t", '<section id="a"></section>', Charts(), (("a", "A"), ("b", "B")))  # doctest: +SKIP
        >>> '<a href="#a">A</a>' in html and "#b" not in html  # doctest: +SKIP
        True
    """
    nav = "".join(f'<a href="#{anchor}">{esc(name)}</a>' for anchor, name in nav_items if f'id="{anchor}"' in body)
    generated = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<style>{CSS}</style>
<script>{_plotly_js()}</script>
</head><body>
<header><h1>{esc(title)}</h1><p>Generated {esc(generated)} by safe-synthesizer</p></header>
<nav>{nav}</nav>
<main>{body}</main>
<script type="application/json" id="report-figures">{script_json(charts.figures)}</script>
<script>{_RENDER_JS}</script>
</body></html>
"""


def write_report(
    result: EvaluationResult,
    path: Path,
    *,
    context: ReportContext | None = None,
    max_plotted_columns: int = DEFAULT_MAX_PLOTTED_COLUMNS,
) -> Path:
    """Write the HTML report to ``path`` atomically and return the path.

    Example:
        >>> from safe_synthesizer.evaluation import evaluate  # doctest: +SKIP
        >>> write_report(evaluate(train, synth, holdout), Path("evaluation_report.html"))  # doctest: +SKIP
    """
    path = Path(path)
    atomic_write_text(path, render_report(result, context, max_plotted_columns=max_plotted_columns))
    return path
