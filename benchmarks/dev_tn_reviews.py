"""Dev (helper TN, session 49): false spans of :mod:`text_name_table_people` on reviews beside a big name table.

The sweep's review texts hold almost no names, and the sweep's table has no name column, so the table-people rule
never runs there. Here the review texts are read as if their table also held the 20,000 people of the Lahman
baseball table (``nameFirst``, ``nameLast``, ``nameGiven``: English words such as ``Rose``, ``Price``, ``Young``,
``Gold`` among them), every span found is printed: nearly all are false.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_reviews.py [N_ROWS]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.text_name_table_people import table_people, table_people_spans

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main(n_rows: int) -> int:
    people_df = pd.read_csv(DATA / "lahman_people.csv", usecols=["nameFirst", "nameLast", "nameGiven"])
    rows = []
    for first, last, given in people_df.itertuples(index=False):
        row = {}
        for value, kind in ((given, "first_name"), (first, "first_name"), (last, "last_name")):
            if isinstance(value, str):
                for w in value.replace("-", " ").split():
                    row.setdefault(w.lower(), kind)
        rows.append(row)
    people = table_people(rows)
    reviews = pd.read_csv(DATA / "womens_clothing_reviews.csv")
    found = 0
    texts = [t for col in ("Title", "Review Text") for t in reviews[col].dropna().astype(str).tolist()[:n_rows]]
    for text in texts:
        for s in table_people_spans(text, people):
            found += 1
            print(f"{text[s.start : s.end]!r} in {text[max(0, s.start - 40) : s.end + 30]!r}")
    print(f"{found} spans in {len(texts)} texts ({len(people)} name words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000))
