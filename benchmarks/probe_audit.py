"""The auditor of the fresh-table probes: how a suspicious reader checks a synthetic CSV against its input.

Usage (each probe script also exposes it as ``--audit``)::

    .venv/bin/python benchmarks/probe_audit.py INPUT.csv RUN/generate/synthetic_data.csv
    .venv/bin/python benchmarks/probe_audit.py --copied RUN   # numbers copied vs the test split's overlap
    .venv/bin/python benchmarks/probe_audit.py --per-id INPUT.csv SYNTHETIC.csv   # values fixed per id
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


def copied_numbers(run: Path) -> list[str]:
    """Per number column of a run: the share of synthetic values equal to a training value next
    to the test split's own share (its overlap with training by chance, as real unseen records
    have it). Synthetic far above test is the model copying training values, not chance.

    Values are compared typed (``1.234,56`` and ``1234.56`` are one value), missing and special
    values left out."""
    from safe_synthesizer.data.readers import read_table
    from safe_synthesizer.data.schema import ColumnType, TableSchema
    from safe_synthesizer.data.typed_frame import apply_schema

    schema = TableSchema.load(run / "dataset" / "schema.json")
    frames = {}
    for name, path in [("train", run / "dataset" / "training.csv"), ("test", run / "dataset" / "test.csv"),
                       ("synthetic", run / "generate" / "synthetic_data.csv")]:  # fmt: skip
        frames[name] = apply_schema(read_table(path), schema)
    lines = []
    for column in schema.columns:
        if column.type not in (ColumnType.INTEGER, ColumnType.FLOAT):
            continue
        sets = {k: pd.to_numeric(f[column.name], errors="coerce").dropna() for k, f in frames.items()}
        seen = set(sets["train"].round(6).tolist())
        share = {k: float(v.round(6).isin(seen).mean()) if len(v) else float("nan") for k, v in sets.items()}
        lines.append(
            f"{column.name}: {column.type.value} dec={column.decimals} train distinct {sets['train'].nunique()}/"
            f"{len(sets['train'])}; equal to a training value: test {share['test']:.1%}, "
            f"synthetic {share['synthetic']:.1%}"
        )
    return lines


def fixed_per_id(source: Path, synthetic: Path) -> list[str]:
    """Per column that holds one value within every repeated id of an id-named input column (a
    patient's sex, a pupil's class): the share of output ids that hold several (probe 5)."""
    from safe_synthesizer.data.inference import is_id_name
    from safe_synthesizer.data.readers import read_table

    real, made = read_table(source), read_table(synthetic)
    lines = []
    for id_column in (c for c in real.columns if is_id_name(str(c)) and real[c].duplicated().any()):
        repeated = real[real[id_column].duplicated(keep=False) & real[id_column].notna()]
        for column in real.columns:
            if column == id_column or real[column].nunique() < 2:
                continue
            if (repeated.groupby(id_column)[column].nunique(dropna=False) == 1).all() and column in made:
                out = made[made[id_column].duplicated(keep=False) & made[id_column].notna()]
                several = out.groupby(id_column)[column].nunique(dropna=False) > 1
                lines.append(f"{column} fixed per {id_column} in the input; output ids with several: "
                             f"{several.mean():.1%} of {len(several)}")  # fmt: skip
    return lines


if __name__ == "__main__":
    if sys.argv[1:2] == ["--copied"]:
        print("\n".join(copied_numbers(Path(sys.argv[2]))))
    elif sys.argv[1:2] == ["--per-id"]:
        print("\n".join(fixed_per_id(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        print("\n".join(audit(Path(sys.argv[1]), Path(sys.argv[2]))))
