"""A column whose missing cells are written 'NULL' gets 'NULL' back in the output CSV (probe 5)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import MISSING_TOKENS, read_table
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.data.writers import RecordWriter
from safe_synthesizer.models.builtin.codec import Protection, TabularCodec


def _write_input(path: Path) -> Path:
    rng = np.random.default_rng(9417)
    tier = rng.choice(["NULL", "Gold", "Silver"], size=300)
    note = rng.choice(["", "N/A", "late"], size=300)  # two spellings of missing: no single word
    price = [f"{v:.1f}" for v in rng.uniform(10, 90, size=300)]
    price[::7] = ["NULL"] * len(price[::7])
    pd.DataFrame({"tier": tier, "note": note, "price": price}).to_csv(path, index=False)
    return path


def test_the_reader_finds_each_columns_missing_word(tmp_path: Path) -> None:
    raw = read_table(_write_input(tmp_path / "in.csv"))
    assert raw.attrs[MISSING_TOKENS] == {"tier": "NULL", "price": "NULL"}
    assert raw["tier"].isna().sum() > 50 and not (raw["tier"] == "NULL").any()  # still missing when read
    assert raw["note"].isna().sum() > 50
    schema = infer_schema(raw)
    assert (schema["tier"].missing_token, schema["note"].missing_token) == ("NULL", None)
    assert schema["price"].type.is_numeric and schema["price"].missing_token == "NULL"


def test_decoded_missing_cells_are_written_with_the_word(tmp_path: Path) -> None:
    raw = read_table(_write_input(tmp_path / "in.csv"))
    schema = infer_schema(raw)
    frame = apply_schema(raw, schema)
    codec = TabularCodec.from_dict(TabularCodec.fit(frame, schema, protection=Protection()).to_dict())
    made = codec.decode(codec.encode(frame), np.random.default_rng(0))
    assert made["tier"].isna().any() and made["price"].isna().any()  # in memory the cells stay missing
    with RecordWriter(tmp_path / "out.csv") as writer:
        writer.write(made)
    cells = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert (cells["tier"] == "NULL").mean() > 0.2 and (cells["tier"] == "").sum() == 0  # was '' before
    assert (cells["price"] == "NULL").sum() > 20
    assert (cells["note"] == "").sum() > 50 and not (cells["note"] == "NULL").any()


def test_a_streamed_file_finds_the_same_words(tmp_path: Path) -> None:
    from safe_synthesizer.data.chunked import missing_words

    path = _write_input(tmp_path / "in.csv")
    assert missing_words(path) == read_table(path).attrs[MISSING_TOKENS] == {"tier": "NULL", "price": "NULL"}
