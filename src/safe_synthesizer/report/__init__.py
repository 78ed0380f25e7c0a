"""The self-contained HTML evaluation reports (work offline: plotly.js is embedded).

``write_report``: the owner report, with exact training and holdout statistics (not for release).
``write_releasable_report``: synthetic-side statistics and DP-released facts only.

Example:
    >>> from safe_synthesizer.report import ReportContext, write_report
    >>> write_report(result, Path("evaluation_report.html"), context=ReportContext(title="Adult"))  # doctest: +SKIP
    >>> write_releasable_report(synthetic, schema, Path("evaluation_report_releasable.html"))  # doctest: +SKIP
"""

from safe_synthesizer.report.context import ReportContext
from safe_synthesizer.report.releasable import render_releasable_report, write_releasable_report
from safe_synthesizer.report.writer import render_report, write_report

__all__ = ["ReportContext", "render_releasable_report", "render_report", "write_releasable_report", "write_report"]
