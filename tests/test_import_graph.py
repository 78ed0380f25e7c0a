"""No package cycles: the import-time graph between ``safe_synthesizer``'s packages is acyclic, and
``config`` (the vocabulary every layer shares) loads nothing from ``data`` or ``models``.

Imports inside functions are not import-time edges; ``TYPE_CHECKING`` blocks are annotations only.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import safe_synthesizer

ROOT = Path(safe_synthesizer.__file__).parent


def _unit(module: str) -> str:
    """``safe_synthesizer.data.schema`` -> ``data``; top-level modules are their own unit."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _top_level_imports(tree: ast.Module) -> list[str]:
    found = []
    for node in tree.body:
        block = node.body if isinstance(node, ast.Try) else [node]
        for item in block:
            if isinstance(item, ast.ImportFrom) and item.module and item.module.startswith("safe_synthesizer."):
                found.append(item.module)
            elif isinstance(item, ast.Import):
                found += [a.name for a in item.names if a.name.startswith("safe_synthesizer.")]
    return found


def package_graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        source = relative.parts[0].removesuffix(".py")
        if source == "__init__":  # the package's own facade imports everything on purpose
            continue
        for module in _top_level_imports(ast.parse(path.read_text(encoding="utf-8"))):
            target = _unit(module)
            if target and target != source:
                edges[source].add(target)
    return edges


def _cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_config_imports_nothing_from_data_or_models() -> None:
    assert not package_graph()["config"] & {"data", "models", "evaluation", "report", "pii", "pipeline", "sdk"}


def test_packages_form_no_import_cycle() -> None:
    assert _cycle(package_graph()) is None


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycle({"config": {"data"}, "data": {"config"}}) == ["config", "data", "config"]
    assert _cycle({"a": {"b"}, "b": {"c"}}) is None
