import time

import pandas as pd

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.models.backend import collect_generated


class _ChunkedBackend:
    """Yields two chunks and reports its own counters, as a backend's ``iter_generate`` does."""

    name = "chunked"

    def __init__(self, timed: bool) -> None:
        self.timed = timed

    def iter_generate(self, model_dir, params, *, num_records, seed_data=None, training=None, counters=None):
        yield pd.DataFrame({"x": range(3)})
        yield pd.DataFrame({"x": range(3, num_records)})
        counters["num_filtered_records"] += 2
        counters["num_invalid_records"] = 4
        if self.timed:
            counters["generate_seconds"] = 2.0
        else:
            time.sleep(0.02)


def test_chunks_are_joined_and_backend_counters_kept(tmp_path):
    result = collect_generated(_ChunkedBackend(timed=True), tmp_path, SafeSynthesizerParameters(), num_records=5)
    assert result.data["x"].tolist() == [0, 1, 2, 3, 4]
    assert result.metrics["num_valid_records"] == 5
    assert result.metrics["num_filtered_records"] == 2
    assert result.metrics["num_invalid_records"] == 4  # an LLM's invalid count is not reset to 0
    assert result.metrics["generate_seconds"] == 2.0
    assert result.metrics["records_per_second"] == 2.5


def test_wall_time_is_used_when_the_backend_does_not_time_itself(tmp_path):
    result = collect_generated(_ChunkedBackend(timed=False), tmp_path, SafeSynthesizerParameters(), num_records=5)
    assert 0.02 <= result.metrics["generate_seconds"] < 60
