"""The releasable report: synthetic-side statistics and DP-released facts, nothing from the real data.

The owner report compares the synthetic table with the training and holdout tables, so it
holds exact statistics of real records. This page is built without them, by construction: its
inputs are the synthetic table, the schema (only column names and types, treated as public) and
the run context, of which it reads only the DP accounting (``context.privacy``, the budget
summary that ``PrivacyBudget.summary`` declares public), the DP codec's released values
(``context.released_codec``, DP runs only) and the public-metadata keys of the configuration.
It has no SQS or DPS (they compare with real data), no PCA, no training or holdout row counts.

For a run without DP it still shows only synthetic-side statistics, under a banner saying the
synthetic data carries no formal privacy guarantee.

Example:
    >>> write_releasable_report(synthetic, schema, Path("evaluation_report_releasable.html"))  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.report import figures
from safe_synthesizer.report.charts import Charts
from safe_synthesizer.report.context import ReportContext
from safe_synthesizer.report.markup import key_values, table
from safe_synthesizer.report.notices import releasable_banner
from safe_synthesizer.report.overview import differential_privacy_section
from safe_synthesizer.report.released import released_codec_facts
from safe_synthesizer.report.synthetic_profile import SyntheticProfile, profile_synthetic
from safe_synthesizer.report.writer import DEFAULT_MAX_PLOTTED_COLUMNS, page
from safe_synthesizer.utils.atomic import atomic_write_text

RELEASABLE_NAV = (
    ("synthetic", "Synthetic data"),
    ("distributions", "Distributions"),
    ("correlations", "Correlations"),
    ("dp", "Differential privacy"),
    ("released", "DP-released metadata"),
)


def _table_section(profile: SyntheticProfile) -> str:
    rows = [(c.name, c.type, f"{100 * c.missing_share:.1f} %", c.distinct) for c in profile.columns]
    counts = {"synthetic rows": profile.n_rows, "columns": profile.n_columns}
    return f"""
<section id="synthetic"><h2>Synthetic data</h2>
{key_values(counts)}
{table(("column", "type (public schema)", "missing (synthetic)", "distinct (synthetic)"), rows)}
</section>"""


def _distributions_section(profile: SyntheticProfile, charts: Charts, max_columns: int) -> str:
    plotted = [c for c in profile.columns if c.kind is not None]
    if not plotted:
        return ""
    shown = plotted[:max_columns]
    cells = "".join(
        "<div>" + charts.add(figures.synthetic_distribution(c.name, c.kind or "", c.bins, c.counts)) + "</div>"
        for c in shown
    )
    more = (
        f'<p class="note">{len(plotted) - len(shown)} more columns are not plotted.</p>'
        if len(plotted) > len(shown)
        else ""
    )
    return f"""
<section id="distributions"><h2>Column distributions (synthetic)</h2>
<p class="note">Share of synthetic rows per category (top {figures.MAX_CATEGORIES_PLOTTED}) or per numeric bin
(Doane bins of the synthetic values). No training values are shown or used.</p>
<div class="grid3">{cells}</div>{more}
</section>"""


def _correlation_section(profile: SyntheticProfile, charts: Charts) -> str:
    if profile.correlation is None:
        return ""
    chart = charts.add(figures.heatmap(profile.correlation, profile.correlation_columns, "Synthetic associations"))
    return f"""
<section id="correlations"><h2>Correlations (synthetic)</h2>
<p class="note">Pearson r between numeric columns, Theil's U between categorical columns (row given
column), correlation ratio between a categorical and a numeric column; computed on synthetic rows only.</p>
<div class="grid"><div>{chart}</div></div>
</section>"""


def _released_section(context: ReportContext) -> str:
    privacy_config = context.config.get("privacy", {}) if isinstance(context.config, dict) else {}
    columns = released_codec_facts(
        context.released_codec,
        public_bounds=(privacy_config.get("public_bounds") or {}).keys(),
        public_categories=(privacy_config.get("public_categories") or {}).keys(),
    )
    if not columns:
        return ""
    rows = [(c.column, c.kind, what, value) for c in columns for what, value in c.facts]
    return f"""
<section id="released"><h2>DP-released metadata of the model</h2>
<p class="note">What the model's codec knows about each column: values released by the DP statistics of this run
(their epsilon is itemised above), public metadata supplied in the configuration, or data-independent choices.
Counts shown are noisy. The synthetic data can only contain these categories, ranges and shapes.</p>
{table(("column", "kind", "released", "value"), rows)}
</section>"""


def render_releasable_report(
    synthetic: pd.DataFrame,
    schema: TableSchema,
    context: ReportContext | None = None,
    *,
    max_plotted_columns: int = DEFAULT_MAX_PLOTTED_COLUMNS,
) -> str:
    """The releasable report as one HTML string; see the module docstring for what it may contain.

    Example:
        >>> html = render_releasable_report(synthetic, schema, ReportContext(privacy=summary))  # doctest: +SKIP
        >>> 'id="releasable-banner"' in html  # doctest: +SKIP
        True
    """
    context = context or ReportContext()
    dp = context.privacy is not None
    charts = Charts()
    profile = profile_synthetic(synthetic, schema)
    body = "".join(
        [
            releasable_banner(dp=dp),
            _table_section(profile),
            _distributions_section(profile, charts, max_plotted_columns),
            _correlation_section(profile, charts),
            differential_privacy_section(context) if dp else "",
            _released_section(context) if dp else "",
        ]
    )
    title = f"{context.title} (releasable)"
    return page(title, body, charts, RELEASABLE_NAV)


def write_releasable_report(
    synthetic: pd.DataFrame,
    schema: TableSchema,
    path: Path,
    *,
    context: ReportContext | None = None,
    max_plotted_columns: int = DEFAULT_MAX_PLOTTED_COLUMNS,
) -> Path:
    """Write the releasable report to ``path`` atomically and return the path.

    Example:
        >>> write_releasable_report(synthetic, schema, Path("evaluation_report_releasable.html"))  # doctest: +SKIP
    """
    path = Path(path)
    atomic_write_text(
        path, render_releasable_report(synthetic, schema, context, max_plotted_columns=max_plotted_columns)
    )
    return path


__all__ = ["render_releasable_report", "write_releasable_report"]
