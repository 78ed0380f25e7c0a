"""``safe-synthesizer artifacts clean``: remove run directories (they hold data splits)."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
from pathlib import Path

import click

from safe_synthesizer.cli.options import artifact_path_option, logging_options
from safe_synthesizer.cli.output import console
from safe_synthesizer.run_directory import MANIFEST, RunDirectory
from safe_synthesizer.utils.locking import pid_alive


@click.group(help="Manage run directories.")
def artifacts() -> None:
    pass


def _runs(artifact_path: Path) -> list[Path]:
    return sorted(p.parent for p in Path(artifact_path).glob(f"*/*/{MANIFEST}"))


@artifacts.command("clean", help="Delete run directories under --artifact-path (never one a process is writing).")
@artifact_path_option
@click.option("--dry-run", is_flag=True, help="Only list what would be deleted.")
@click.option("--failed-only", is_flag=True, help="Only runs whose status is not 'completed'.")
@logging_options
def clean(artifact_path: Path, dry_run: bool, failed_only: bool) -> None:
    removed = skipped = 0
    for path in _runs(artifact_path):
        run = RunDirectory(path)
        status = _status(path)
        holder = run.holder()
        if holder is not None or (status == "running" and _alive_on_this_host(path)):
            # A live run: deleting it would kill its writer mid-stage (FileNotFoundError).
            console.print(f"skipping {path} (in use by process {holder or _pid(path)})")
            skipped += 1
            continue
        if failed_only and status == "completed":
            continue
        if status == "running":  # not live (checked above): its writer died without a word
            status = "running, but its process is gone"
        console.print(f"{'would delete' if dry_run else 'deleting'} {path} ({status})")
        if not dry_run:
            shutil.rmtree(path)
            with contextlib.suppress(OSError):  # another run may appear in the parent meanwhile
                if not any(path.parent.iterdir()):
                    path.parent.rmdir()
        removed += 1
    console.print(f"{removed} run(s) {'to delete' if dry_run else 'deleted'}"
                  + (f"; {skipped} live run(s) left alone" if skipped else ""))


def _manifest(path: Path) -> dict:
    try:
        payload = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return payload if isinstance(payload, dict) else {}


def _status(path: Path) -> str:
    return str(_manifest(path).get("status", "unknown"))


def _pid(path: Path) -> int | None:
    pid = _manifest(path).get("pid")
    return pid if isinstance(pid, int) else None


def _alive_on_this_host(path: Path) -> bool:
    """Belt and braces where file locks are unavailable: the manifest's writer still exists."""
    manifest = _manifest(path)
    pid = manifest.get("pid")
    return isinstance(pid, int) and manifest.get("host") == socket.gethostname() and pid_alive(pid)
