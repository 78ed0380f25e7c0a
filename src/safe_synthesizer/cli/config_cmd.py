"""``safe-synthesizer config create|validate|modify``."""

from __future__ import annotations

from pathlib import Path

import click

from safe_synthesizer.cli.options import OVERRIDE_CONTEXT, OVERRIDES_HELP, build_params, logging_options
from safe_synthesizer.cli.output import console
from safe_synthesizer.config.io import load_yaml, save_yaml
from safe_synthesizer.config.parameters import SafeSynthesizerParameters


@click.group(help="Create, check and edit YAML config files.")
def config() -> None:
    pass


@config.command("create", context_settings=OVERRIDE_CONTEXT, epilog=OVERRIDES_HELP,
                help="Write a config file with every default (plus any --section__field options).")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="File to write.")
@logging_options
@click.pass_context
def create(ctx: click.Context, output: Path) -> None:
    params = build_params(ctx, None)
    save_yaml(params, output)
    console.print(f"wrote {output}")


@config.command("validate", help="Check a config file; exit 2 with the first problem.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), required=True)
@logging_options
def validate(config_path: Path) -> None:
    load_yaml(config_path)
    console.print(f"{config_path}: valid")


@config.command("modify", context_settings=OVERRIDE_CONTEXT, epilog=OVERRIDES_HELP,
                help="Apply --section__field options to a config file.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), required=True)
@click.option("--output", type=click.Path(path_type=Path), help="Where to write (default: in place).")
@logging_options
@click.pass_context
def modify(ctx: click.Context, config_path: Path, output: Path | None) -> None:
    params: SafeSynthesizerParameters = build_params(ctx, config_path)
    save_yaml(params, output or config_path)
    console.print(f"wrote {output or config_path}")
