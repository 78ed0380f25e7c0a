"""Dev check (helper ID, session 49): the number-like columns (cards, national ids, postcodes, IBANs, phones) of set 33
/ 34 shapes with OTHER seeds than the held-out runs, header shown and hidden. Prints every miss and false column of
those entities and a count. Usage:
``PYTHONPATH=src:benchmarks python benchmarks/dev_id_columns.py 34 en_US,de_DE 34501 34510 [shapes]`` (a locale
written ``en_US:34004`` is that one table)."""

from __future__ import annotations

import sys
from collections import Counter

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

MINE = frozenset(
    {"credit_debit_card", "national_id", "postcode", "iban", "phone_number", "fax_number", "ssn", "tax_id"}
)


def _build(set_no: int):
    if set_no == 34:
        import heldout34_shapes as s

        return s.heldout34_table
    import heldout33_shapes as s

    return s.heldout33_table


def check(df: pd.DataFrame, labels: dict, hidden: bool, tag: str, counts: Counter) -> None:
    """Print the misses and false columns of MINE in ``df`` (``labels`` by original column name)."""
    names = [f"c{i:03d}" for i in range(df.shape[1])] if hidden else list(df.columns)
    frame = df.set_axis(names, axis=1)
    plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)}
    for name, orig in zip(names, df.columns, strict=True):
        label = labels.get(orig)
        want = tuple(label) if isinstance(label, (tuple, list)) else ()
        got = plans.get(name)
        if label == "dont_care" or (not set(want) & MINE and got not in MINE):
            continue
        if want and got in want:
            counts["found"] += 1
            continue
        kind = "miss" if want else "false"
        counts[kind] += 1
        vals = df[orig].dropna().astype(str).tolist()[:5]
        print(f"{tag} {'hidden' if hidden else 'shown'} {kind} {orig!r}: {want[:1]} -> {got} {vals}")


def main(set_no: int, locales: list[str], first: int, last: int, shapes: set[str] | None) -> None:
    build = _build(set_no)
    counts: Counter = Counter()
    # ``LOCALE:SEED`` items name single tables (the seed range is then ignored for them).
    tables = [
        (item.split(":")[0], int(item.split(":")[1])) if ":" in item else (item, seed)
        for item in locales
        for seed in ([0] if ":" in item else range(first, last + 1))
    ]
    for locale, seed in tables:
        t = build(locale, seed)
        if shapes and t.shape not in shapes:
            continue
        for hidden in (False, True):
            check(t.frame, t.labels, hidden, f"{locale} {seed} {t.shape}", counts)
    print(dict(counts))


if __name__ == "__main__":
    main(
        int(sys.argv[1]),
        sys.argv[2].split(","),
        int(sys.argv[3]),
        int(sys.argv[4]),
        set(sys.argv[5].split(",")) if len(sys.argv) > 5 else None,
    )
