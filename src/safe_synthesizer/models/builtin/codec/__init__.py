"""Tabular codec: one encoder per column type, statistics behind a swappable provider."""

from safe_synthesizer.models.builtin.codec.base import Protection, SlotSpec
from safe_synthesizer.models.builtin.codec.codec import TabularCodec
from safe_synthesizer.models.builtin.codec.statistics import CodecStatistics, ExactStatistics

__all__ = ["CodecStatistics", "ExactStatistics", "Protection", "SlotSpec", "TabularCodec"]
