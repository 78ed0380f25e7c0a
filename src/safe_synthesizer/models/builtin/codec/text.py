"""Free text: byte-level BPE subwords from a tokenizer trained on the column, bounded length.

The tokenizer (``tokenizers`` BPE) is trained locally on the column's training values. Value
protection: a subword seen in fewer than k records is never a model output; in training it is
spelled with its byte tokens instead, so rare names or numbers inside texts are not copied as a
unit. Only the kept subwords' strings are saved (the full tokenizer with its rare merges is not).
Sequences hold at most ``max_tokens`` subwords; longer texts are truncated. A column of more than
``FIT_SAMPLE_ROWS`` texts learns its subwords from a uniform sample of that many (``fit_rows`` in
codec.json); every text is still encoded. Under DP (a private
statistics provider) no subword is learnt: text is spelled with the 256 byte tokens.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec.base import Protection, SlotSpec
from safe_synthesizer.models.builtin.codec.statistics import CodecStatistics

END = 0
MISSING = 1
FIRST_TOKEN = 2
DEFAULT_VOCAB_SIZE = 1000
DEFAULT_MAX_TOKENS = 64
# Texts a column's subword vocabulary is learnt from at most (a seeded uniform sample beyond).
FIT_SAMPLE_ROWS = 100_000


def _bytes_to_unicode() -> dict[int, str]:
    # GPT-2's reversible byte -> printable character table, as used by ByteLevel pre-tokenizers.
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    chars = list(printable)
    extra = 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            chars.append(256 + extra)
            extra += 1
    return {b: chr(c) for b, c in zip(printable, chars, strict=True)}


_BYTE_TO_CHAR = _bytes_to_unicode()
_CHAR_TO_BYTE = {c: b for b, c in _BYTE_TO_CHAR.items()}


@dataclass
class TextEncoder:
    """Subword positions of one text column; see the module docstring."""

    column: str
    pieces: list[str]
    max_tokens: int
    has_missing: bool
    # Texts the subword vocabulary was learnt from when the column had more than FIT_SAMPLE_ROWS
    # (a uniform sample; None: every text).
    fit_rows: int | None = None
    _tokenizer: object | None = field(default=None, repr=False, compare=False)

    @classmethod
    def fit(
        cls,
        column: str,
        series: pd.Series,
        *,
        stats: CodecStatistics,
        protection: Protection,
        vocab_size: int = DEFAULT_VOCAB_SIZE,
        max_tokens: int = DEFAULT_MAX_TOKENS,
    ) -> TextEncoder:
        from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

        texts = [str(v) for v in series[~series.isna()].tolist()]
        if stats.private:
            return cls._fit_bytes(column, texts, max_tokens)
        fit_rows = None
        if len(texts) > FIT_SAMPLE_ROWS:
            # Subwords kept on a sample were seen in >= k records of the sample, so in >= k of the
            # table too: protection holds, and a million texts no longer cost minutes of BPE.
            rows = np.sort(np.random.default_rng(len(texts)).choice(len(texts), FIT_SAMPLE_ROWS, replace=False))
            texts, fit_rows = [texts[i] for i in rows], FIT_SAMPLE_ROWS
        tokenizer = Tokenizer(models.BPE())
        tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
        tokenizer.decoder = decoders.ByteLevel()
        trainer = trainers.BpeTrainer(
            vocab_size=vocab_size,
            min_frequency=max(2, protection.k),
            show_progress=False,
        )
        tokenizer.train_from_iterator(texts, trainer=trainer)
        ids = [e.ids for e in tokenizer.encode_batch(texts)] if texts else []
        counts = stats.token_record_counts([set(seq) for seq in ids])
        # Single characters (bytes) are always kept: rare subwords are spelled with them.
        byte_chars = set(_BYTE_TO_CHAR.values())
        kept = []
        for token_id in range(tokenizer.get_vocab_size()):
            piece = tokenizer.id_to_token(token_id)
            if piece is not None and (piece in byte_chars or counts.get(token_id, 0) >= protection.k):
                kept.append(piece)
        longest = max((len(seq) for seq in ids), default=0) + 1
        encoder = cls(
            column=column,
            pieces=kept,
            max_tokens=int(max(1, min(max_tokens, longest))),
            has_missing=bool(series.isna().any()),
            fit_rows=fit_rows,
        )
        encoder._tokenizer = tokenizer
        return encoder

    @classmethod
    def _fit_bytes(cls, column: str, texts: list[str], max_tokens: int) -> TextEncoder:
        """Under DP: the 256 byte tokens and the configured length, nothing learnt from the texts.

        Subword merges trained on the column would depend on every record at once (outside any
        DP mechanism), so a DP run spells text byte by byte; ``texts`` only get encoded.
        """
        pieces = [_BYTE_TO_CHAR[b] for b in range(256)]
        encoder = cls(column=column, pieces=pieces, max_tokens=int(max(1, max_tokens)), has_missing=True)
        encoder._tokenizer = _byte_tokenizer()
        return encoder

    @property
    def slots(self) -> list[SlotSpec]:
        size = FIRST_TOKEN + len(self.pieces)
        return [SlotSpec(f"{self.column}#t{i}", self.column, size, "text") for i in range(self.max_tokens)]

    def encode(self, series: pd.Series) -> np.ndarray:
        out = np.full((len(series), self.max_tokens), END, dtype=np.int64)
        if self._tokenizer is None:
            # A reloaded codec keeps no tokenizer: text is only encoded for training, which happens
            # in the fitting process. Seeded text values are copied to the output as given.
            out[series.isna().to_numpy(), 0] = MISSING if self.has_missing else END
            return out
        index = {piece: FIRST_TOKEN + i for i, piece in enumerate(self.pieces)}
        tokenizer = self._tokenizer
        values = series.tolist()
        present = [i for i, v in enumerate(values) if not pd.isna(v)]
        encodings = tokenizer.encode_batch([str(values[i]) for i in present])  # type: ignore[attr-defined]
        for row, enc in zip(present, encodings, strict=True):
            seq: list[int] = []
            for piece in enc.tokens:
                if piece in index:
                    seq.append(index[piece])
                else:
                    seq.extend(index[ch] for ch in piece if ch in index)
            seq = seq[: self.max_tokens]
            out[row, : len(seq)] = seq
        if self.has_missing:
            out[series.isna().to_numpy(), 0] = MISSING
        return out

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.Series:
        pieces = ["", "", *self.pieces]
        values: list[str | None] = []
        for row in tokens:
            if row[0] == MISSING and self.has_missing:
                values.append(None)
                continue
            ends = np.flatnonzero(row == END)
            stop = int(ends[0]) if len(ends) else len(row)
            chars = "".join(pieces[t] for t in row[:stop] if t >= FIRST_TOKEN)
            data = bytes(_CHAR_TO_BYTE[c] for c in chars if c in _CHAR_TO_BYTE)
            # Sampled byte tokens need not form whole UTF-8 characters (a lone continuation byte,
            # a character cut by END): drop the broken bytes rather than write U+FFFD ('ECH/07�').
            values.append(data.decode("utf-8", errors="ignore"))
        return pd.Series(values, name=self.column, dtype=object)

    def to_dict(self) -> dict:
        return {
            "kind": "text",
            "column": self.column,
            "pieces": self.pieces,
            "max_tokens": self.max_tokens,
            "has_missing": self.has_missing,
            **({"fit_rows": self.fit_rows} if self.fit_rows else {}),
        }

    @classmethod
    def from_dict(cls, d: dict) -> TextEncoder:
        encoder = cls(**{k: v for k, v in d.items() if k != "kind"})
        if encoder.pieces == _BYTE_PIECES:
            # A byte-level encoder learnt nothing from the data: rebuild it so a reloaded codec
            # encodes seed data and checks exactly as the fitted one did.
            encoder._tokenizer = _byte_tokenizer()
        return encoder


_BYTE_PIECES = [_BYTE_TO_CHAR[b] for b in range(256)]


def _byte_tokenizer() -> object:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers

    tokenizer = Tokenizer(models.BPE(vocab={p: i for i, p in enumerate(_BYTE_PIECES)}, merges=[]))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tokenizer.decoder = decoders.ByteLevel()
    return tokenizer
