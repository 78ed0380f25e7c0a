"""Render the CLI reference (docs/cli.md) from the click commands themselves."""

from __future__ import annotations

import click

WIDTH = 100  # fixed, so the generated file does not depend on the terminal


def _walk(command: click.Command, path: list[str], heading: str | None = None) -> list[str]:
    ctx = click.Context(command, info_name=" ".join(path), terminal_width=WIDTH, max_content_width=WIDTH)
    title = heading or " ".join(path)
    lines = [f"## `{title}`", "", "```text", command.get_help(ctx), "```", ""]
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            sub = command.commands[name]
            if name == "pipeline":  # 'run ARGS' is the pipeline command
                lines += _walk(sub, path, heading=f"{' '.join(path)} --data-source F (full pipeline)")
            else:
                lines += _walk(sub, [*path, name])
    return lines


def cli_reference_markdown() -> str:
    """Every command's ``--help`` text as Markdown."""
    from safe_synthesizer.cli.main import cli

    header = [
        "# CLI reference",
        "",
        "Generated from the click commands by `python scripts/generate_docs.py`.",
        "Exit codes: 0 success, 2 usage/config/input error (one line on stderr), 1 failure.",
        "`-v` shows tracebacks; `--log-format json` writes JSON lines to stderr.",
        "Environment: `NSS_CONFIG` (--config), `NSS_ARTIFACTS_PATH` (--artifact-path), `NSS_LOG_FORMAT`",
        "(--log-format), `NSS_LOG_FILE` (--log-file). Ctrl-C / SIGTERM exit 130 / 143 and mark the run",
        "`interrupted`; locks, numbered generations, `run --resume` and the checks before work (`--force`)",
        "are described in [runs.md](runs.md).",
        "",
    ]
    return "\n".join(header + _walk(cli, ["safe-synthesizer"]))
