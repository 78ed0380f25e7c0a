"""``safe-synthesizer artifacts clean``: remove run directories (they hold data splits)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click

from safe_synthesizer.cli.options import artifact_path_option, logging_options
from safe_synthesizer.cli.output import console
from safe_synthesizer.run_directory import MANIFEST


@click.group(help="Manage run directories.")
def artifacts() -> None:
    pass


def _runs(artifact_path: Path) -> list[Path]:
    return sorted(p.parent for p in Path(artifact_path).glob(f"*/*/{MANIFEST}"))


@artifacts.command("clean", help="Delete run directories under --artifact-path.")
@artifact_path_option
@click.option("--dry-run", is_flag=True, help="Only list what would be deleted.")
@click.option("--failed-only", is_flag=True, help="Only runs whose status is not 'completed'.")
@logging_options
def clean(artifact_path: Path, dry_run: bool, failed_only: bool) -> None:
    removed = 0
    for run in _runs(artifact_path):
        status = json.loads((run / MANIFEST).read_text(encoding="utf-8")).get("status", "unknown")
        if failed_only and status == "completed":
            continue
        console.print(f"{'would delete' if dry_run else 'deleting'} {run} ({status})")
        if not dry_run:
            shutil.rmtree(run)
            if not any(run.parent.iterdir()):
                run.parent.rmdir()
        removed += 1
    console.print(f"{removed} run(s) {'to delete' if dry_run else 'deleted'}")
