"""Entity histories (event sequences) for the built-in model; see ``sequence.model``."""

from safe_synthesizer.models.builtin.sequence.layout import LAYOUT_FILE, SequenceLayout, sequence_columns
from safe_synthesizer.models.builtin.sequence.model import iter_generate_sequences, train_sequences

__all__ = ["LAYOUT_FILE", "SequenceLayout", "iter_generate_sequences", "sequence_columns", "train_sequences"]
