"""Regenerate docs/configuration.md and docs/cli.md from the code."""

from pathlib import Path

from safe_synthesizer.cli.reference import cli_reference_markdown
from safe_synthesizer.config.reference import config_reference_markdown

DOCS = Path(__file__).resolve().parents[1] / "docs"

if __name__ == "__main__":
    (DOCS / "configuration.md").write_text(config_reference_markdown() + "\n", encoding="utf-8")
    (DOCS / "cli.md").write_text(cli_reference_markdown() + "\n", encoding="utf-8")
    print(f"wrote {DOCS / 'configuration.md'} and {DOCS / 'cli.md'}")
