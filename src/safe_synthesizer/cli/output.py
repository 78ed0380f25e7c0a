"""Rich rendering of schemas, preflight findings and the final run summary."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.measure import Measurement
from rich.segment import Segments
from rich.table import Table
from rich.text import Text

from safe_synthesizer.data.preflight import Finding
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.data.schema_notes import group_notes, note_kind

# soft_wrap: paths in plain lines stay whole when piped (copy-paste, grep); tables still fit.
console = Console(soft_wrap=True)
_LEVEL_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", "note": "cyan"}
MAX_CHECK_LINES = 12
MAX_NOTE_LINES = 4
# A schema note's column and the rest of it: "'Netto': numbers written with ...".
_NOTE_COLUMN = re.compile(r"^('[^']+'): (.+)$", re.DOTALL)


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
    """Type decisions that changed a column (``TableSchema.notes``), one ``note:`` line each, grouped
    by kind: the notes to check first, then the format notes (the column keeps its written form)."""
    groups = group_notes(notes)
    for note in groups["check"] + groups["format"]:
        console.print(Text.assemble(("note", _LEVEL_STYLE["note"]), ": ", note))


def print_checks(warnings: list[dict[str, Any]], details: Path) -> None:
    """The "Check these" block: one line per diagnostic (``summary["warnings"]``) that needs a
    look, at most ``MAX_CHECK_LINES``; the rest are counted and left in ``details``
    (``diagnostics.json``). Format notes (a column written back as the input wrote it,
    ``data.schema_notes``) follow in a short "Notes" block, so warnings stand out.

    Example:
        >>> print_checks([{"level": "warning", "message": "column `x`: ..."}], Path("d.json"))  # doctest: +SKIP
        Check these (1):
          warning: column `x`: ...
    """
    checks, notes = split_notes(warnings)
    if not checks:
        console.print(Text("checks: nothing to flag", style="green"))
    else:
        console.print(Text(f"Check these ({len(checks)}):", style="bold yellow"))
        for w in checks[:MAX_CHECK_LINES]:
            level = w.get("level", "warning")
            console.print(Text.assemble("  ", (level, _LEVEL_STYLE.get(level, "")), ": ", w["message"]))
        if len(checks) > MAX_CHECK_LINES:
            console.print(Text(f"  ... {len(checks) - MAX_CHECK_LINES} more in {details}"))
    if notes:
        _print_format_notes(notes, details)


def split_notes(warnings: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``warnings`` split into those to check and format notes (schema notes that only say a
    column keeps its written form), each in its order. A warning's ``kind`` decides when it has
    one; otherwise the note's kind is read from its sentence (``data.schema_notes.note_kind``).

    Example:
        >>> split_notes([{"level": "note", "message": "'a': numbers written with a '$' prefix; written back "
        ...               "the same way"}, {"level": "warning", "message": "the synthetic table is empty"}])[1]
        [{'level': 'note', 'message': "'a': numbers written with a '$' prefix; written back the same way"}]
    """
    checks, notes = [], []
    for w in warnings:
        kind = w.get("kind") or note_kind(w["message"])
        (notes if w.get("level") == "note" and kind == "format" else checks).append(w)
    return checks, notes


def _print_format_notes(notes: list[dict[str, Any]], details: Path) -> None:
    """One line per distinct note, its columns joined (``'Brutto', 'Netto': numbers written with
    ...``), at most ``MAX_NOTE_LINES``."""
    by_text: dict[str, list[str]] = {}
    for n in notes:
        match = _NOTE_COLUMN.match(n["message"])
        column, text = (match.group(1), match.group(2)) if match else ("", n["message"])
        by_text.setdefault(text, []).append(column)
    console.print(Text(f"Notes ({len(notes)}, nothing to check: columns written back as the input wrote them):",
                       style=_LEVEL_STYLE["note"]))
    lines = [f"{', '.join(c for c in columns if c)}: {text}" if any(columns) else text
             for text, columns in by_text.items()]
    for line in lines[:MAX_NOTE_LINES]:
        console.print(Text("  " + line))
    if len(lines) > MAX_NOTE_LINES:
        console.print(Text(f"  ... {len(lines) - MAX_NOTE_LINES} more in {details}"))


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
    ceiling = quality_ceiling_line(summary)
    if ceiling:
        console.print(Text.assemble(("note", _LEVEL_STYLE["note"]), ": ", ceiling))


def quality_ceiling_line(summary: dict[str, Any]) -> str | None:
    """The evaluation's "SQS ... is at its ceiling" line (``evaluation.ceiling``), read from the
    run's ``evaluation_metrics.json``; ``None`` when the score is not at its ceiling or there is no
    readable metrics file (the summary is still printed).

    Example:
        >>> quality_ceiling_line({"outputs": {}}) is None
        True
    """
    path = summary.get("outputs", {}).get("evaluation_metrics")
    if not path:
        return None
    try:
        metrics = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ceiling = (metrics.get("synthetic_data_quality_score") or {}).get("ceiling")
    return ceiling.get("message") if isinstance(ceiling, dict) else None


def _print_unfolded(table: Table) -> None:
    """On a terminal the table fits the screen; piped, it is as wide as its longest path, so
    every path stays whole for copy-paste and grep (rich would fold it at 80 columns)."""
    if console.is_terminal:
        console.print(table)
        return
    natural = Measurement.get(console, console.options.update_width(1_000_000), table).maximum
    options = console.options.update_width(max(natural, console.width))
    console.print(Segments(console.render(table, options)))
