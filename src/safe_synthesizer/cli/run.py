"""``safe-synthesizer run`` (full pipeline), ``run train`` and ``run generate``."""

from __future__ import annotations

from pathlib import Path

import click

from safe_synthesizer.cli.options import (
    OVERRIDE_CONTEXT,
    OVERRIDES_HELP,
    artifact_path_option,
    build_params,
    config_option,
    logging_options,
)
from safe_synthesizer.cli.output import (
    console,
    print_checks,
    print_findings,
    print_notes,
    print_schema,
    print_summary,
)
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.run_directory import RunDirectory

PIPELINE = "pipeline"


class RunGroup(click.Group):
    """``run ARGS`` runs the whole pipeline; ``run train|generate ARGS`` runs part of it."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands:
            args = [PIPELINE, *args]
        return super().parse_args(ctx, args)


class PipelineCommand(click.Command):
    """The full pipeline, shown to the user as ``run`` (its internal name never appears in help)."""

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        path = ctx.parent.command_path if ctx.parent is not None else ctx.command_path
        formatter.write_usage(path, " ".join(self.collect_usage_pieces(ctx)))


def run_path_option(help_text: str):
    return click.option("--run-path", type=click.Path(path_type=Path), help=help_text)


def force_option(func):
    return click.option("--force", is_flag=True,
                        help="Run even above the planned time or disk limits (see 'Guards' in docs/cli.md).")(func)


def _interrupted(run_path: Path | None) -> None:
    """After Ctrl-C/SIGTERM: how to continue (the manifest already says 'interrupted')."""
    if run_path is not None:
        console.print(f"interrupted; continue with: safe-synthesizer run --resume '{run_path}'")


def _config_name(config: Path | None) -> str:
    return config.stem if config else "default"


def data_source_option(required: bool = True):
    return click.option("--data-source", type=click.Path(path_type=Path), required=required,
                        help="Input table: CSV/TSV, Parquet, JSON or JSONL.")


@click.group(cls=RunGroup, help="Run the pipeline: 'run --data-source F' does every stage; "
                                "'run train' and 'run generate' do part of it.")
def run() -> None:
    pass


@run.command(PIPELINE, cls=PipelineCommand, context_settings=OVERRIDE_CONTEXT, epilog=OVERRIDES_HELP,
             help="Every stage: data, PII, train, generate, evaluate. Subcommands: 'run train', 'run generate'. "
                  "'run --resume RUN' continues an interrupted run (training from its last checkpoint).")
@config_option
@data_source_option(required=False)
@artifact_path_option
@run_path_option("Explicit run folder (new or empty) instead of one under --artifact-path.")
@click.option("--resume", type=click.Path(path_type=Path), metavar="RUN",
              help="Continue the interrupted run in folder RUN (not under DP).")
@click.option("--output-file", type=click.Path(path_type=Path), help="Also write the synthetic CSV here.")
@click.option("--no-replace-pii", is_flag=True, help="Train on the data as is (PII replacement is on by default).")
@click.option("--strict-budget", is_flag=True, help="Refuse a DP run that would exceed privacy.max_total_epsilon.")
@force_option
@logging_options
@click.pass_context
def pipeline(ctx: click.Context, config: Path | None, data_source: Path | None, artifact_path: Path,
             run_path: Path | None, resume: Path | None, output_file: Path | None, no_replace_pii: bool,
             strict_budget: bool, force: bool) -> None:
    from safe_synthesizer.sdk import SafeSynthesizer

    if resume is not None:
        if data_source is not None or run_path is not None or ctx.args:
            raise click.UsageError("--resume RUN continues RUN with its own data and config; drop --data-source, "
                                   "--run-path and config options")
        synthesizer = SafeSynthesizer.resume(resume, force=force)
    else:
        if data_source is None:
            raise click.UsageError("Missing option '--data-source' (or give --resume RUN)")
        params = build_params(ctx, config, no_replace_pii=no_replace_pii)
        synthesizer = SafeSynthesizer(params, artifact_path=artifact_path, config_name=_config_name(config),
                                      strict_budget=strict_budget, run_path=run_path,
                                      force=force).with_data_source(data_source)
    try:
        results = synthesizer.run(output_file=output_file)
    except KeyboardInterrupt:
        _interrupted(synthesizer.run_path)
        raise
    _print_results_and_checks(results.summary)


@run.command("train", context_settings=OVERRIDE_CONTEXT, epilog=OVERRIDES_HELP,
             help="Data, PII and training only; with --validate, only the schema and preflight checks.")
@config_option
@data_source_option()
@artifact_path_option
@run_path_option("Explicit run folder (new or empty) instead of one under --artifact-path.")
@click.option("--validate", is_flag=True, help="Only infer the schema and run preflight checks.")
@click.option("--no-replace-pii", is_flag=True, help="Train on the data as is.")
@click.option("--strict-budget", is_flag=True, help="Refuse a DP run that would exceed privacy.max_total_epsilon.")
@force_option
@logging_options
@click.pass_context
def train(ctx: click.Context, config: Path | None, data_source: Path, artifact_path: Path, run_path: Path | None,
          validate: bool, no_replace_pii: bool, strict_budget: bool, force: bool) -> None:
    from safe_synthesizer.sdk import SafeSynthesizer

    params = build_params(ctx, config, no_replace_pii=no_replace_pii)
    synthesizer = SafeSynthesizer(params, artifact_path=artifact_path, config_name=_config_name(config),
                                  strict_budget=strict_budget, run_path=run_path,
                                  force=force).with_data_source(data_source)
    if validate:
        check = synthesizer.validate()
        print_schema(check.schema, f"{data_source}: {check.n_rows} rows x {check.n_columns} columns")
        print_findings(check.findings)
        print_notes(check.schema.notes)
        if check.errors:
            raise SystemExit(2)
        return
    try:
        synthesizer.train()
    except KeyboardInterrupt:
        _interrupted(synthesizer.run_path)
        raise
    console.print(f"trained: {synthesizer.run_path}")
    console.print(f"next: safe-synthesizer run generate --run-path '{synthesizer.run_path}'")
    print_checks(synthesizer.diagnose(), _diagnostics_file(synthesizer.run_path))


def _diagnostics_file(run_path: Path) -> Path:
    from safe_synthesizer.diagnostics import DIAGNOSTICS_JSON

    return Path(run_path) / DIAGNOSTICS_JSON


def _print_results_and_checks(summary: dict) -> None:
    print_summary(summary)
    print_checks(summary.get("warnings", []), _diagnostics_file(summary["run_path"]))


def latest_trained_run(artifact_path: Path) -> Path:
    """The newest run under ``artifact_path`` that has a trained model."""
    candidates = sorted(p.parent.parent for p in Path(artifact_path).glob("*/*/train/model") if p.is_dir())
    candidates.sort(key=lambda p: p.stat().st_mtime)
    if not candidates:
        raise UserInputError(f"{artifact_path}: no trained run found; run 'safe-synthesizer run train' first")
    return candidates[-1]


@run.command("generate", context_settings=OVERRIDE_CONTEXT, epilog=OVERRIDES_HELP,
             help="Generate (and evaluate) from a trained run.")
@click.option("--run-path", type=click.Path(path_type=Path), help="Run directory of a trained model.")
@click.option("--auto-discover-adapter", is_flag=True, help="Use the newest trained run under --artifact-path.")
@artifact_path_option
@click.option("--seed-data", type=click.Path(path_type=Path),
              help="Table of partial rows: its columns are fixed and the model fills the rest.")
@click.option("--output-file", type=click.Path(path_type=Path), help="Also write the synthetic CSV here.")
@force_option
@logging_options
@click.pass_context
def generate(ctx: click.Context, run_path: Path | None, auto_discover_adapter: bool, artifact_path: Path,
             seed_data: Path | None, output_file: Path | None, force: bool) -> None:
    from safe_synthesizer.cli.options import existing_file, parse_overrides
    from safe_synthesizer.data.readers import read_table
    from safe_synthesizer.guards import check_writable
    from safe_synthesizer.sdk import SafeSynthesizer

    if run_path is None:
        if not auto_discover_adapter:
            raise click.UsageError("give --run-path DIR (or --auto-discover-adapter)")
        run_path = latest_trained_run(artifact_path)
    RunDirectory.open(run_path)
    known = [f"--{p.name.replace('_', '-')}" for p in ctx.command.params if p.name]
    overrides = parse_overrides(list(ctx.args), known)
    sections = {"generation": {}, "evaluation": {}}
    for key, value in overrides.items():
        section, _, name = key.partition("__")
        if section not in sections:
            raise click.UsageError(f"run generate accepts only --generation__* and --evaluation__* config options, "
                                   f"not '--{key}' (the model was trained with the run's own config)")
        sections[section][name] = value
    if output_file is not None:  # before generating, not after
        check_writable(output_file, "--output-file")
    seed_frame = read_table(existing_file(seed_data, "--seed-data")) if seed_data else None
    synthesizer = SafeSynthesizer.load_from_save_path(run_path)
    synthesizer._force = force
    synthesizer.with_generate(seed_data=seed_frame, **sections["generation"])
    if sections["evaluation"]:
        synthesizer.with_evaluate(**sections["evaluation"])
    try:
        synthesizer.generate(output_file=output_file)
        if synthesizer.params.evaluation.enabled:
            synthesizer.evaluate()
        summary = synthesizer.save_results(output_file=output_file).summary
    except KeyboardInterrupt:
        _interrupted(synthesizer.run_path)
        raise
    _print_results_and_checks(summary)
