"""The self-contained HTML evaluation report (works offline: plotly.js is embedded).

Example:
    >>> from safe_synthesizer.report import ReportContext, write_report
    >>> write_report(result, Path("evaluation_report.html"), context=ReportContext(title="Adult"))  # doctest: +SKIP
"""

from safe_synthesizer.report.context import ReportContext
from safe_synthesizer.report.writer import render_report, write_report

__all__ = ["ReportContext", "render_report", "write_report"]
