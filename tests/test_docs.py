"""docs/configuration.md and docs/cli.md are generated: they must match the code exactly."""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_docs", ROOT / "scripts" / "generate_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["configuration.md", "cli.md"])
def test_generated_docs_are_up_to_date(name: str) -> None:
    expected = _generator().render_docs()[name]
    path = ROOT / "docs" / name
    committed = path.read_text(encoding="utf-8") if path.is_file() else ""
    if committed != expected:
        diff = "".join(difflib.unified_diff(committed.splitlines(keepends=True), expected.splitlines(keepends=True),
                                            f"docs/{name} (committed)", f"docs/{name} (from the code)", n=1))
        pytest.fail(f"docs/{name} is out of date; run 'python scripts/generate_docs.py' and commit it.\n"
                    f"{diff[:3000]}", pytrace=False)


def test_docs_do_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    generator = _generator()
    wide = generator.render_docs()
    monkeypatch.setenv("COLUMNS", "37")
    monkeypatch.setenv("NSS_ARTIFACTS_PATH", "/somewhere/else")
    assert generator.render_docs() == wide
