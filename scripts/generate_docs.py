"""Regenerate docs/configuration.md and docs/cli.md from the code.

``python scripts/generate_docs.py`` writes them; ``--check`` only reports whether they are stale
(``tests/test_docs.py`` runs the same comparison). The output is deterministic: fixed width, no
dates, so it changes only when the config models or the CLI change.
"""

from __future__ import annotations

import sys
from pathlib import Path

from safe_synthesizer.cli.reference import cli_reference_markdown
from safe_synthesizer.config.reference import config_reference_markdown

DOCS = Path(__file__).resolve().parents[1] / "docs"


def render_docs() -> dict[str, str]:
    """File name under ``docs/`` -> its generated text."""
    return {
        "configuration.md": config_reference_markdown() + "\n",
        "cli.md": cli_reference_markdown() + "\n",
    }


def stale_docs(docs: Path = DOCS) -> list[str]:
    """Names of the generated files that differ from (or are missing in) ``docs``."""
    stale = []
    for name, text in render_docs().items():
        path = docs / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = stale_docs()
        for name in stale:
            print(f"docs/{name} is out of date; run 'python scripts/generate_docs.py'", file=sys.stderr)
        return 1 if stale else 0
    for name, text in render_docs().items():
        # newline="\n": the same bytes on every OS, so the drift test compares like with like.
        (DOCS / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {DOCS / 'configuration.md'} and {DOCS / 'cli.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
