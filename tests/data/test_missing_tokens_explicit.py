"""The missing-value word (``NULL``) reaches the CSV writer explicitly, not only in ``DataFrame.attrs``.

pandas drops ``attrs`` on a concat of unlike frames, on merges and on frames built anew (the
seeded generation path builds its chunk as a new frame): the output then had empty cells where
the input wrote ``NULL``. The schema's ``missing_tokens`` given to ``RecordWriter`` survive that.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import MISSING_TOKENS, read_table
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.data.writers import RecordWriter
from safe_synthesizer.models.builtin.codec import Protection, TabularCodec


def _input(path: Path) -> Path:
    rng = np.random.default_rng(9418)
    pd.DataFrame({"tier": rng.choice(["NULL", "Gold", "Silver"], size=300),
                  "n": rng.integers(1, 9, size=300)}).to_csv(path, index=False)
    return path


def test_tokens_given_to_the_writer_survive_frames_that_lost_their_attrs(tmp_path: Path) -> None:
    raw = read_table(_input(tmp_path / "in.csv"))
    schema = infer_schema(raw)
    schema.save(tmp_path / "schema.json")
    saved = TableSchema.load(tmp_path / "schema.json")
    assert saved.missing_tokens == {"tier": "NULL"}
    codec = TabularCodec.fit(apply_schema(raw, schema), schema, protection=Protection())
    made = codec.decode(codec.encode(apply_schema(raw, schema)), np.random.default_rng(0))
    # As the seeded path and a privacy-filter refill build their chunks: a new frame, no attrs.
    rebuilt = pd.concat([made.iloc[:100], pd.DataFrame(made.iloc[100:].to_numpy(), columns=made.columns)])
    assert MISSING_TOKENS not in rebuilt.attrs
    with RecordWriter(tmp_path / "attrs.csv") as writer:
        writer.write(rebuilt)
    with RecordWriter(tmp_path / "given.csv", missing_tokens=saved.missing_tokens) as writer:
        writer.write(rebuilt)
    lost = pd.read_csv(tmp_path / "attrs.csv", dtype=str, keep_default_na=False)["tier"]
    kept = pd.read_csv(tmp_path / "given.csv", dtype=str, keep_default_na=False)["tier"]
    assert (lost == "").sum() > 50  # what attrs alone gave
    assert (kept == "NULL").sum() == (lost == "").sum() and not (kept == "").any()


def test_an_explicit_empty_mapping_writes_empty_cells(tmp_path: Path) -> None:
    frame = pd.DataFrame({"tier": ["Gold", None]})
    frame.attrs[MISSING_TOKENS] = {"tier": "NULL"}
    with RecordWriter(tmp_path / "out.csv", missing_tokens={}) as writer:
        writer.write(frame)
    assert pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)["tier"].tolist() == ["Gold", ""]
