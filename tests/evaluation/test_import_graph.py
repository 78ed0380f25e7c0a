"""``evaluation`` and ``report`` import one way: the report reads results, scoring never imports
the report (issue 12: no package cycles). Imports inside functions count too."""

from __future__ import annotations

import ast
from pathlib import Path

import safe_synthesizer

SRC = Path(safe_synthesizer.__file__).resolve().parent


def package_imports(package: str) -> dict[str, set[str]]:
    """For each module of ``safe_synthesizer.<package>``, the ``safe_synthesizer`` subpackages it imports."""
    out: dict[str, set[str]] = {}
    for path in sorted((SRC / package).rglob("*.py")):
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                parts = name.split(".")
                if parts[0] == "safe_synthesizer" and len(parts) > 1:
                    targets.add(parts[1])
        out[str(path.relative_to(SRC))] = targets
    return out


def test_evaluation_never_imports_report():
    offenders = {m: t for m, t in package_imports("evaluation").items() if "report" in t}
    assert offenders == {}


def test_report_builds_on_evaluation():
    # The check above would pass vacuously if the walk found nothing: the report does import evaluation.
    assert any("evaluation" in t for t in package_imports("report").values())


def test_no_relative_imports_hide_an_edge():
    for package in ("evaluation", "report"):
        for path in (SRC / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            assert not any(isinstance(n, ast.ImportFrom) and n.level for n in ast.walk(tree)), path
