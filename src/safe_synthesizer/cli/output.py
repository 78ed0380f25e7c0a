"""Rich rendering of schemas, preflight findings and the final run summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.measure import Measurement
from rich.segment import Segments
from rich.table import Table
from rich.text import Text

from safe_synthesizer.data.preflight import Finding
from safe_synthesizer.data.schema import TableSchema

# soft_wrap: paths in plain lines stay whole when piped (copy-paste, grep); tables still fit.
console = Console(soft_wrap=True)
_LEVEL_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", "note": "cyan"}
MAX_CHECK_LINES = 12


def print_schema(schema: TableSchema, title: str) -> None:
    table = Table(title=title)
    for header in ("column", "type", "distinct", "missing", "format"):
        table.add_column(header)
    for c in schema.columns:
        fmt = c.datetime_format or (f"{c.decimals} decimals" if c.decimals is not None else "")
        if c.name == schema.group_by:
            fmt = "entity (group by)"
        table.add_row(c.name, c.type.value + (" (set)" if c.overridden else ""), str(c.n_unique),
                      str(c.n_missing), fmt)
    console.print(table)


def print_findings(findings: list[Finding]) -> None:
    if not findings:
        console.print("[green]preflight: no problems found[/green]")
        return
    for f in findings:
        console.print(f"[{_LEVEL_STYLE[f.level]}]{f.level}[/]: {f.message}", markup=True, highlight=False)


def print_notes(notes: list[str]) -> None:
    """Type decisions that changed a column (``TableSchema.notes``), one ``note:`` line each."""
    for note in notes:
        console.print(Text.assemble(("note", _LEVEL_STYLE["note"]), ": ", note))


def print_checks(warnings: list[dict[str, Any]], details: Path) -> None:
    """The "Check these" block: one line per diagnostic (``summary["warnings"]``), at most
    ``MAX_CHECK_LINES``; the rest are counted and left in ``details`` (``diagnostics.json``).

    Example:
        >>> print_checks([{"level": "warning", "message": "column `x`: ..."}], Path("d.json"))  # doctest: +SKIP
        Check these (1):
          warning: column `x`: ...
    """
    if not warnings:
        console.print(Text("checks: nothing to flag", style="green"))
        return
    console.print(Text(f"Check these ({len(warnings)}):", style="bold yellow"))
    for w in warnings[:MAX_CHECK_LINES]:
        level = w.get("level", "warning")
        console.print(Text.assemble("  ", (level, _LEVEL_STYLE.get(level, "")), ": ", w["message"]))
    if len(warnings) > MAX_CHECK_LINES:
        console.print(Text(f"  ... {len(warnings) - MAX_CHECK_LINES} more in {details}"))


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return "-" if value is None else str(value)


def print_summary(summary: dict[str, Any]) -> None:
    """Outputs, scores and timings of a finished run."""
    table = Table(title="safe-synthesizer run summary", show_header=False)
    table.add_column("item", style="bold")
    table.add_column("value", overflow="fold")
    table.add_row("run directory", summary.get("run_path", "-"))
    for name, path in summary.get("outputs", {}).items():
        table.add_row(name, str(path))
    metrics = summary.get("metrics", {})
    for key, label in (("sqs", "quality (SQS, 0-10)"), ("dps", "privacy (DPS, 0-10)"),
                       ("epsilon", "DP epsilon spent")):
        if key in metrics:
            table.add_row(label, _fmt(metrics[key]))
    for name, d in (metrics.get("sequences") or {}).items():  # entity histories
        verdict = "" if d.get("within_noise") is None else (
            ": within sampling noise" if d["within_noise"] else ": above sampling noise")
        table.add_row(f"{name.replace('_', ' ')} (JS)",
                      f"{d.get('js')} (noise reference {d.get('noise_reference')}{verdict})")  # 4 decimals
    for stage, seconds in summary.get("timings", {}).items():
        table.add_row(f"time: {stage}", f"{seconds:.1f} s")
    for note in summary.get("not_built", []):
        table.add_row("not built yet", note)
    _print_unfolded(table)


def _print_unfolded(table: Table) -> None:
    """On a terminal the table fits the screen; piped, it is as wide as its longest path, so
    every path stays whole for copy-paste and grep (rich would fold it at 80 columns)."""
    if console.is_terminal:
        console.print(table)
        return
    natural = Measurement.get(console, console.options.update_width(1_000_000), table).maximum
    options = console.options.update_width(max(natural, console.width))
    console.print(Segments(console.render(table, options)))
