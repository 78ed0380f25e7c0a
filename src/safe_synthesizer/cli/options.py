"""Options shared by the commands, and ``--section__field VALUE`` config overrides."""

from __future__ import annotations

import contextlib
import difflib
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from safe_synthesizer.config.io import OVERRIDE_SEPARATOR, apply_overrides, field_paths, load_yaml
from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.observability import LOGGER_NAME, configure_logging, run_log_file

OVERRIDES_HELP = (
    "Every config field is also an option: --section__field VALUE, e.g. --training__max_training_time 5 "
    "(see docs/configuration.md). Precedence: option > --config YAML > default."
)

# Passed to commands that accept config overrides as extra arguments.
OVERRIDE_CONTEXT = {"ignore_unknown_options": True, "allow_extra_args": True}

# ``ctx.meta`` key for the top-level ``safe-synthesizer -v``; ctx.meta is shared by every subcommand.
VERBOSE_META = "safe_synthesizer.verbose"
VERBOSE_HELP = "More output; -v shows tracebacks, -vv debug logs."


def parse_overrides(args: list[str], known_options: list[str]) -> dict[str, str]:
    """``["--training__epochs", "3", "--data__holdout=0.1"]`` -> ``{"training__epochs": "3", ...}``."""
    valid = set(field_paths())
    overrides: dict[str, str] = {}
    i = 0
    while i < len(args):
        token = args[i]
        if not token.startswith("--"):
            raise click.UsageError(f"unexpected argument '{token}'; options start with '--'")
        name, has_value, value = token[2:].partition("=")
        if OVERRIDE_SEPARATOR not in name:
            close = difflib.get_close_matches(token, known_options, n=1, cutoff=0.6)
            hint = f"; did you mean '{close[0]}'?" if close else "; see --help"
            raise click.UsageError(f"unknown option '{token}'{hint}")
        if name not in valid:
            close = difflib.get_close_matches(name, sorted(valid), n=1, cutoff=0.6)
            hint = f"; did you mean '--{close[0]}'?" if close else "; see docs/configuration.md"
            raise click.UsageError(f"unknown config option '--{name}'{hint}")
        if not has_value:
            if i + 1 >= len(args) or args[i + 1].startswith("--"):
                raise click.UsageError(f"option '--{name}' needs a value")
            value = args[i + 1]
            i += 1
        overrides[name] = value
        i += 1
    return overrides


def build_params(
    ctx: click.Context, config: Path | None, *, no_replace_pii: bool = False
) -> SafeSynthesizerParameters:
    """Defaults, then the YAML file, then ``--section__field`` options, then explicit flags."""
    params = load_yaml(config) if config else SafeSynthesizerParameters()
    known = [f"--{p.name.replace('_', '-')}" for p in ctx.command.params if p.name]
    overrides: dict[str, Any] = parse_overrides(list(ctx.args), known)
    if no_replace_pii:
        overrides["replace_pii__enabled"] = "false"
    return apply_overrides(params, overrides, source="command-line option") if overrides else params


def logging_options(func: Callable) -> Callable:
    """``--log-format``, ``--log-file`` and ``-v``; configures console logging before the command."""

    @click.option("--log-format", type=click.Choice(["plain", "json"]), default="plain", envvar="NSS_LOG_FORMAT",
                  show_default=True, help="Console log format (env NSS_LOG_FORMAT).")
    @click.option("--log-file", type=click.Path(path_type=Path, dir_okay=False), default=None, envvar="NSS_LOG_FILE",
                  help="Also write JSON-lines logs here (env NSS_LOG_FILE).")
    @click.option("-v", "--verbose", count=True, help=VERBOSE_HELP)
    @functools.wraps(func)
    def wrapper(*args: Any, log_format: str, log_file: Path | None, verbose: int, **kwargs: Any) -> Any:
        # 'safe-synthesizer -v config ...' and 'safe-synthesizer config ... -v' mean the same.
        verbose = max(verbose, click.get_current_context().meta.get(VERBOSE_META, 0))
        configure_logging(log_format, verbose)
        if log_format == "plain":
            _hide_diagnostic_records()
        with contextlib.ExitStack() as stack:
            if log_file is not None:
                try:  # only opening the file: errors of the command itself pass through
                    stack.enter_context(run_log_file(log_file))
                except OSError as exc:
                    raise click.BadParameter(f"cannot write '{log_file}' ({exc.strerror or exc}); "
                                             "choose a writable file", param_hint="'--log-file'") from exc
            return func(*args, **kwargs)

    return wrapper


def _not_a_diagnostic(record: logging.LogRecord) -> bool:
    return not hasattr(record, "diagnostic_source")


def _hide_diagnostic_records() -> None:
    """Diagnostics are printed as one "Check these" block; their WARNING records (kept in
    ``logs/run.jsonl`` and in JSON console logs) would repeat them line by line on a plain console."""
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        if getattr(handler, "_safe_synthesizer_console", False):
            handler.addFilter(_not_a_diagnostic)


def config_option(func: Callable) -> Callable:
    return click.option("--config", type=click.Path(path_type=Path), default=None, envvar="NSS_CONFIG",
                        help="YAML config file (env NSS_CONFIG).")(func)


def existing_file(path: Path, flag: str) -> Path:
    """``path`` if it is a readable file, else a one-line error naming ``flag`` (not a generic one)."""
    path = Path(path)
    if not path.exists():
        raise UserInputError(f"{flag} {path}: file not found; check the path")
    if path.is_dir():
        raise UserInputError(f"{flag} {path}: is a folder; give a CSV, Parquet or JSON file")
    return path


def artifact_path_option(func: Callable) -> Callable:
    return click.option("--artifact-path", type=click.Path(path_type=Path), envvar="NSS_ARTIFACTS_PATH",
                        default="./safe-synthesizer-artifacts", show_default=True,
                        help="Where run directories are created (env NSS_ARTIFACTS_PATH).")(func)
