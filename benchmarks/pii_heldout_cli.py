"""The command line of the held-out PII runners (sets 9-11): run, ``--merge``, ``--compare``.

A runner gives its :class:`pii_heldout_scoring.HeldoutSet` and its own ``run``, ``pipeline``,
``markdown`` and ``compare``; the options, defaults and output files (``NAME.json|md`` in
``--results-dir``) are the same for every set.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

if TYPE_CHECKING:
    from pii_heldout_scoring import HeldoutSet

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime + children.ru_utime + children.ru_stime


def _git(tree: Path, *args: str) -> str | None:
    """``git -C tree args`` output, or None when git fails (no git, not a checkout, not allowed)."""
    try:
        out = subprocess.run(["git", "-C", str(tree), *args], capture_output=True, text=True, check=False)
    except OSError:
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def commit_of(package: Path) -> str:
    """What code a run measured, from the folder of the ``safe_synthesizer`` package it imported.

    The tree holding ``src/safe_synthesizer`` is a checkout of its own (this one, or a ``git worktree``
    made for a BEFORE run): its HEAD, marked ``(working tree ...)`` only when the package has changes
    there that are not committed (edited, staged or new files), since then HEAD alone is not what ran.
    Otherwise it is an export: the commit in its ``COMMIT`` marker when it has one. A tree inside another
    checkout (an export under ``/work/main``) is not that checkout's HEAD.
    """
    package = package.resolve()
    tree = package.parents[1]
    top = _git(tree, "rev-parse", "--show-toplevel")
    if top and Path(top).resolve() == tree:
        head = _git(tree, "rev-parse", "--short", "HEAD") or "?"
        changes = _git(tree, "status", "--porcelain", "--untracked-files=all", "--", str(package))
        where = "" if tree == ROOT else f" at {tree}"
        if changes is None or changes:
            return f"{head} (working tree{where})"
        return f"{head}{where}"
    marker = tree / "COMMIT"
    return f"export of {marker.read_text().strip()} at {tree}" if marker.exists() else f"export at {tree}"


def _commit() -> str:
    """The code measured: ``commit_of`` the imported ``safe_synthesizer`` (not of this benchmarks folder)."""
    import safe_synthesizer

    return commit_of(Path(safe_synthesizer.__file__).parent)


def main(
    spec: HeldoutSet,
    *,
    run: Callable[..., dict],
    pipeline: Callable[..., dict],
    markdown: Callable[[dict], str],
    compare: Callable[[dict, dict], str],
    add_options: Callable[[argparse.ArgumentParser], None] | None = None,
    run_options: Callable[[argparse.Namespace], dict] | None = None,
    pin_hash_seed: bool = True,
) -> None:
    """The command line of a set's runner (``--help``), with the runner's own functions.

    ``run(locales, rows, **run_options(args))`` scores the tables; ``pipeline(workdir, tables=...,
    rerun=...)`` runs and replays the pipeline (``rerun=False``: ``--replay-only`` of an earlier folder).
    A set with options of its own adds them with ``add_options`` and hands them to its ``run`` with
    ``run_options`` (set 8: ``--no-international``). ``pin_hash_seed`` re-executes the runner with
    ``PYTHONHASHSEED=0`` (some Faker providers pick from sets: their order fixes the tables); set 8's
    runner never did, and its committed results were made without it.
    """
    if pin_hash_seed and os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=f"pii_heldout{spec.number}")
    parser.add_argument("--label", default="", help="BEFORE / AFTER, written in the title")
    parser.add_argument("--locales", default=",".join(spec.tables.LOCALES), help="comma-separated, or none")
    parser.add_argument("--rows", type=int, default=spec.tables.N_ROWS)
    parser.add_argument("--pipeline", default="", help="work folder: also run the pipeline on three tables")
    parser.add_argument("--pipeline-tables", default="", help="LOCALE:SEED,... instead of the default three")
    parser.add_argument("--replay-only", default="", help="work folder of an earlier --pipeline: replay only")
    parser.add_argument("--compare", default="", help="BEFORE,AFTER result names: write --out as the comparison")
    parser.add_argument("--merge", default="", help="result names of locale subsets run apart: join into --out")
    parser.add_argument("--results-dir", default=str(RESULTS), help="where NAME.json|md go")
    if add_options:
        add_options(parser)
    args = parser.parse_args()
    results_dir = Path(args.results_dir)
    results_dir.mkdir(parents=True, exist_ok=True)
    tables = tuple((x.split(":")[0], int(x.split(":")[1])) for x in args.pipeline_tables.split(",") if x)
    tables = tables or spec.pipeline_tables
    if args.compare:
        before, after = (json.loads((results_dir / f"{n}.json").read_text()) for n in args.compare.split(","))
        text = compare(before, after)
        atomic_write_text(results_dir / f"{args.out}.md", text)
        print(text)
        return
    if args.merge:
        parts = [json.loads((results_dir / f"{n}.json").read_text()) for n in args.merge.split(",")]
        results = {**parts[0], "locales": {}, "pipeline": {}}
        for part in parts:
            results["locales"].update(part["locales"])
            results["pipeline"].update(part.get("pipeline", {}))
        results["locales"] = {x: results["locales"][x] for x in spec.tables.LOCALES if x in results["locales"]}
        results["cpu_seconds"] = round(sum(p.get("cpu_seconds", 0) for p in parts), 1)
        atomic_write_json(results_dir / f"{args.out}.json", results)
        atomic_write_text(results_dir / f"{args.out}.md", markdown(results))
        return
    if args.replay_only:  # the runs' exit codes and CPU are kept, their replay is made again
        results = json.loads((results_dir / f"{args.out}.json").read_text())
        old = results.get("pipeline", {})
        fresh = pipeline(Path(args.replay_only), tables=tables, rerun=False)
        results["pipeline"] = {tag: {**old.get(tag, {}), **entry} for tag, entry in fresh.items()}
        atomic_write_json(results_dir / f"{args.out}.json", results)
        atomic_write_text(results_dir / f"{args.out}.md", markdown(results))
        print(markdown(results))
        return
    import safe_synthesizer

    print("safe_synthesizer from", safe_synthesizer.__file__, flush=True)  # an export's, under PYTHONPATH
    load = [round(x, 1) for x in os.getloadavg()]
    cpu0, t0 = _cpu_seconds(), time.perf_counter()
    locales = tuple(x for x in args.locales.split(",") if x and x != "none")  # none: the pipeline part alone
    results = run(locales, args.rows, **(run_options(args) if run_options else {}))
    results.update(rows=args.rows, label=args.label, commit=_commit(), load=load)
    atomic_write_json(results_dir / f"{args.out}.json", results)  # kept if the pipeline part fails
    if args.pipeline:
        results["pipeline"] = pipeline(Path(args.pipeline), tables=tables)
    results.update(cpu_seconds=round(_cpu_seconds() - cpu0, 1), seconds=round(time.perf_counter() - t0, 1))
    atomic_write_json(results_dir / f"{args.out}.json", results)
    atomic_write_text(results_dir / f"{args.out}.md", markdown(results))
    print(markdown(results))


def _partial_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--partial", default="", help="JSON file rewritten after each locale (kept if cut short)")


def _partial_run_options(args: argparse.Namespace) -> dict:
    return {"partial": args.partial, "label": args.label}


def runner_functions(spec: Callable[[], HeldoutSet], module: str, *, own_template_words: bool = False):
    """The functions a held-out runner (sets 11-13 and later) exposes, made once instead of by hand.

    ``spec()`` gives the set (read at each call, so a runner that changes ``GROUPS`` is followed); ``module``
    is the runner's ``__name__``: the functions are named as its own, and each looks up the others there when
    called (a runner, or a script importing it, that replaces ``caught`` or ``score_replacement`` is followed,
    as when every runner wrote them out). ``own_template_words``: words kept are counted on each note's own
    template (``table.templates``; sets 11 and 13), not on its form's first one (set 12).

    Returns a namespace of ``caught``, ``note_words``, ``score_replacement``, ``run``, ``pipeline``,
    ``markdown``, ``compare`` and ``main``; ``run(locales, rows, partial="", label="")`` scores one locale at
    a time and, with ``partial`` (``--partial FILE``), rewrites the locales done so far after each one (a run
    cut short by a deadline still leaves them, for ``--merge``); ``pipeline`` takes ``rerun`` (``--replay-only``).
    """
    import types

    import pii_heldout_scoring as shared
    from heldout_common import template_parts

    def own(name: str):
        return getattr(sys.modules[module], name)

    def caught(entity: str, value: str, text: str, locale: str) -> bool:
        """No trace of the original ``value`` left in the replaced note ``text`` (``pii_heldout_scoring.caught``)."""
        return shared.caught(entity, value, text, locale, spec().tables.CJK)

    def note_words(locale: str, template: str) -> list[str]:
        """The words of a note's own template text (titles left out): how many survive is "words kept"."""
        return shared.literal_words(locale, template_parts(template), spec().tables)

    def score_replacement(table, locale: str) -> dict:
        """Free-text recall, words kept, fake validity and cells left after ``replace_pii``."""
        words = own("note_words") if own_template_words else None
        return shared.score_replacement(table, locale, spec().tables, own("caught"), words)

    def run(locales: tuple[str, ...], rows: int, partial: str = "", label: str = "") -> dict:
        """Every table of ``locales`` scored (``pii_heldout_scoring.run``), one locale at a time; with
        ``partial`` the locales done so far are written there after each one."""
        s = spec()
        out: dict = {"locales": {}}
        cpu = 0.0
        for locale in locales:
            part = shared.run((locale,), rows, s.build, s.tables.SEEDS, shared.score_columns, own("score_replacement"))
            out["locales"].update(part["locales"])
            cpu += part["locales"][locale]["cpu_seconds"]
            if partial:
                atomic_write_json(Path(partial), {**out, "rows": rows, "label": label, "commit": _commit(),
                                                  "cpu_seconds": round(cpu, 1), "partial": True})  # fmt: skip
        return out

    def pipeline(workdir: Path, tables: tuple[tuple[str, int], ...] | None = None, rerun: bool = True) -> dict:
        """``safe-synthesizer run train`` (1-minute training cap) on the set's tables (its ``PIPELINE_TABLES``
        by default), then the replay of every original value."""
        s = spec()
        return shared.pipeline(workdir, s.pipeline_tables if tables is None else tables, s.build, rerun=rerun)

    def markdown(results: dict) -> str:
        """One run's report: per-locale table, groups, note forms, pipeline, misses."""
        return shared.markdown(results, spec())

    def compare(before: dict, after: dict) -> str:
        """The before/after report: by group with targets, per locale, note forms, misses, pipeline."""
        return shared.compare(before, after, spec())

    def main_() -> None:
        """The runner's command line (``pii_heldout_cli.main`` with the runner's functions, ``--partial``)."""
        main(spec(), run=own("run"), pipeline=own("pipeline"), markdown=own("markdown"), compare=own("compare"),
             add_options=_partial_option, run_options=_partial_run_options)  # fmt: skip

    funcs = {"caught": caught, "note_words": note_words, "score_replacement": score_replacement, "run": run,
             "pipeline": pipeline, "markdown": markdown, "compare": compare, "main": main_}  # fmt: skip
    for name, fn in funcs.items():
        fn.__module__, fn.__name__, fn.__qualname__ = module, name, name
    return types.SimpleNamespace(**funcs)
