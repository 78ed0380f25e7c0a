"""``safe-synthesizer evaluate`` and ``safe-synthesizer pii``: single stages on plain files."""

from __future__ import annotations

from pathlib import Path

import click

from safe_synthesizer.cli.options import (
    OVERRIDE_CONTEXT,
    OVERRIDES_HELP,
    build_params,
    config_option,
    logging_options,
)
from safe_synthesizer.cli.output import console


@click.command("evaluate", context_settings=OVERRIDE_CONTEXT, epilog=OVERRIDES_HELP,
               help="Score any synthetic table against its training data (and a holdout).")
@click.option("--training", type=click.Path(path_type=Path), required=True, help="Training table.")
@click.option("--synthetic", type=click.Path(path_type=Path), required=True, help="Synthetic table.")
@click.option("--test", type=click.Path(path_type=Path), help="Holdout table never used in training.")
@click.option("--output-dir", type=click.Path(path_type=Path), default=Path("."), show_default=True)
@click.option("--common-columns", is_flag=True,
              help="Tables with different columns: score the shared ones, the others count as failed columns "
                   "(default: refuse, listing the differences).")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the attack and query samples: the same tables and seed give the same scores.")
@config_option
@logging_options
@click.pass_context
def evaluate(ctx: click.Context, training: Path, synthetic: Path, test: Path | None, output_dir: Path,
             common_columns: bool, seed: int, config: Path | None) -> None:
    from safe_synthesizer.report.standalone import evaluate_files

    params = build_params(ctx, config)
    result = evaluate_files(training, synthetic, test, output_dir, params.evaluation,
                            common_columns=common_columns, seed=seed)
    sqs = "-" if result.sqs is None else f"{result.sqs:.2f}"
    dps = "-" if result.dps is None else f"{result.dps:.2f}"
    console.print(f"SQS {sqs}  DPS {dps}  report: {output_dir / 'evaluation_report.html'}")
    if result.column_failures:
        from rich.markup import escape

        failed = ", ".join(f"{f['column']} ({f['table']}: {f['problem']})" for f in result.column_failures)
        console.print(f"[red]failed columns, not compared:[/red] {escape(failed)}", markup=True, highlight=False)


@click.command("pii", context_settings=OVERRIDE_CONTEXT, epilog=OVERRIDES_HELP,
               help="Detect and replace personal data in a table (the PII stage alone).")
@click.option("--data-source", type=click.Path(path_type=Path), required=True)
@click.option("--output-file", type=click.Path(path_type=Path), help="Where to write the transformed table.")
@click.option("--dry-run", is_flag=True, help="Only report what would be replaced.")
@config_option
@logging_options
@click.pass_context
def pii(ctx: click.Context, data_source: Path, output_file: Path | None, dry_run: bool,
        config: Path | None) -> None:
    from rich.table import Table
    from rich.text import Text

    from safe_synthesizer.pii.standalone import run_pii_file

    if output_file is None and not dry_run:
        raise click.UsageError("give --output-file FILE, or --dry-run to only report")
    params = build_params(ctx, config)
    report = run_pii_file(data_source, output_file, params.replace_pii, dry_run=dry_run)
    table = Table(title="PII " + ("found (dry run)" if dry_run else "replaced"))
    # One row per column: what, how sure, which locale, and why (aggregate evidence, never a value).
    for header in ("column", "entity", "confidence", "locale", "method", "values", "strategy", "evidence"):
        table.add_column(header, overflow="fold", ratio=3 if header == "evidence" else None)
    for e in report.columns:
        evidence = e.evidence or ", ".join(f"{k}: {v}" for k, v in e.span_counts.items())
        table.add_row(
            e.column, e.entity, f"{e.confidence:.2f}", e.locale or "-", e.method, str(e.n_values_replaced),
            e.strategy, evidence,
        )  # fmt: skip
    console.print(table)
    for warning in report.warnings:
        console.print(Text.assemble(("warning", "yellow"), ": ", warning))
    if report.checks:  # columns named as PII by their header whose values were left as written
        console.print(Text(f"Check these ({len(report.checks)}):", style="bold yellow"))
        for check in report.checks:
            console.print(Text.assemble("  ", ("warning", "yellow"), ": ", check))
    if output_file is not None and not dry_run:
        console.print(f"wrote {output_file}")
