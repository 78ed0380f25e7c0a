"""TextEncoder decoding: sampled byte tokens that do not form whole characters."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec import ExactStatistics, Protection
from safe_synthesizer.models.builtin.codec.text import _BYTE_TO_CHAR, FIRST_TOKEN, TextEncoder


def test_broken_utf8_from_sampled_bytes_is_dropped_not_written_as_replacement_chars() -> None:
    texts = pd.Series(["PRLV SEPA MAIF ECH/070223", "VIR M. DUPRÉ", "CB FNAC 12/01"] * 20)
    encoder = TextEncoder.fit("libellé", texts, stats=ExactStatistics(), protection=Protection(min_count=5))
    tokens = encoder.encode(texts)
    index = {piece: FIRST_TOKEN + i for i, piece in enumerate(encoder.pieces)}
    # 'É' is two bytes: a sample that ends after its first byte, and one with a lone second byte.
    first, second = "É".encode()
    cut = tokens[1].copy()
    cut[list(cut).index(0)] = index[_BYTE_TO_CHAR[first]]
    lone = np.concatenate([[index[_BYTE_TO_CHAR[second]]], tokens[2][:-1]])
    out = encoder.decode(np.stack([cut, lone]), np.random.default_rng(0)).tolist()
    assert out == ["VIR M. DUPRÉ", "CB FNAC 12/01"]  # old code: 'VIR M. DUPRÉ\ufffd', '\ufffdCB FNAC 12/01'
