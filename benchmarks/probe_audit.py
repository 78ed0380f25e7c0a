"""The auditor of the fresh-table probes: how a suspicious reader checks a synthetic CSV against its input.

Usage (each probe script also exposes it as ``--audit``)::

    .venv/bin/python benchmarks/probe_audit.py INPUT.csv RUN/generate/synthetic_data.csv
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

MOJIBAKE = "Ã|â€|\ufffd"  # UTF-8 read as cp1252, or undecodable bytes


def _shape(value: str) -> str:
    """Runs of digits, upper and lower letters collapsed: ``FR76 3000`` -> ``A9 9``."""
    return re.sub(r"[a-z]+", "a", re.sub(r"[A-Z]+", "A", re.sub(r"\d+", "9", value)))


def audit(source: Path, synthetic: Path) -> list[str]:
    """One line per column, as a suspicious auditor reads the output: missing shares, distinct
    counts, the share of output values copied from the input, of output layouts the input never
    shows, mojibake and placeholder cells; plus the file's first bytes (BOM, separator)."""
    from safe_synthesizer.data.readers import read_table

    real, made = read_table(source), read_table(synthetic)
    lines = [f"{synthetic.name}: first bytes {synthetic.read_bytes()[:40]!r}"]
    for column in real.columns:
        a = real[column].dropna().astype(str)
        b = made[column].dropna().astype(str) if column in made else pd.Series([], dtype=str)
        seen = set(a.map(_shape))
        novel = b[~b.map(_shape).isin(seen)]
        garbled = int(b.str.contains(MOJIBAKE).sum())
        placeholders = int(b.str.fullmatch(r"_[A-Z]+_|<[A-Z_]+>|\[[A-Z_]+\]").sum())
        lines.append(
            f"{column}: missing {real[column].isna().mean():.0%} -> {made[column].isna().mean():.0%}, "
            f"distinct {a.nunique()} -> {b.nunique()}, copied {b.isin(set(a)).mean():.0%}, "
            f"new layouts {len(novel) / max(len(b), 1):.1%} {novel.head(3).tolist()}, "
            f"mojibake {garbled}, placeholders {placeholders}, e.g. {b.sample(min(3, len(b)), random_state=0).tolist()}"
        )
    return lines


if __name__ == "__main__":
    print("\n".join(audit(Path(sys.argv[1]), Path(sys.argv[2]))))
