"""DP statistics behind the built-in codec's statistics interface, charged to the run's budget.

``DPCodecStatistics`` has the four methods of ``models.builtin.codec.statistics.CodecStatistics``
(``frequent_values``, ``bounds``, ``quantiles``, ``token_record_counts``) and answers each with
a DP mechanism from ``privacy.preprocessing``, spending an equal share of the preprocessing
budget per call and recording it in the :class:`~safe_synthesizer.privacy.budget.PrivacyBudget`
(so the manifest itemises every statistic). More calls than announced are refused by the budget,
never silently overspent.

Example::

    units = privacy_units(train_df, params.data.group_training_examples_by)
    budget = PrivacyBudget(plan_budget(..., n_units=units.n_units, unit=units.label, ...))
    stats = DPCodecStatistics(budget, n_releases=DPCodecStatistics.releases_for(kinds), seed=seed)
    backend = BuiltinBackend(statistics=stats)  # codec.fit calls stats.* under DP
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence

import numpy as np

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.budget import PrivacyBudget
from safe_synthesizer.privacy.quantiles import dp_bounds, dp_quantiles
from safe_synthesizer.privacy.vocabulary import dp_category_vocabulary, dp_item_counts

# Calls the built-in codec makes per column type (numeric: bounds, frequent values, bin
# quantiles; identifier: string shapes; constant: its value). Text costs nothing: under DP it is
# spelled with data-independent byte tokens. Used to split the budget; an underestimate makes the
# budget refuse the extra call.
RELEASES_PER_KIND = {"integer": 3, "float": 3, "categorical": 1, "datetime": 1, "identifier": 1, "constant": 1}


class DPCodecStatistics:
    """Codec statistics with differential privacy; see the module docstring.

    Args:
        budget: the run's budget; its plan's preprocessing epsilon/delta are split evenly.
        n_releases: how many statistics the codec will ask for (``releases_for`` helps).
        seed: seed of the mechanisms' noise.
        max_rows_per_unit: rows one privacy unit may own in the table given to the codec: 1 at
            record level; under entity-level privacy fit the codec on ``truncate_units`` output
            and pass that cut.
        max_tokens_per_record: distinct text tokens counted per record.
        public_bounds / public_categories: user-supplied public metadata per column
            (``privacy.public_bounds`` / ``privacy.public_categories``): used as given, no epsilon spent.
    """

    private = True

    def __init__(
        self,
        budget: PrivacyBudget,
        *,
        n_releases: int,
        seed: int,
        max_rows_per_unit: int = 1,
        max_tokens_per_record: int = 64,
        public_bounds: Mapping[str, tuple[float, float]] | None = None,
        public_categories: Mapping[str, Sequence[Hashable]] | None = None,
    ) -> None:
        plan = budget.plan
        left = plan.preprocessing_epsilon - budget.preprocessing_epsilon_spent()
        if n_releases > 0 and left <= 0:
            raise ConfigError(
                "privacy.preprocessing_epsilon_share: 0 leaves no budget for the codec's statistics; "
                "set it above 0 (default 0.1)."
            )
        self.budget = budget
        self.n_releases = max(1, n_releases)
        self.epsilon_each = left / self.n_releases
        self.delta_each = plan.preprocessing_delta / self.n_releases
        self.max_rows_per_unit = int(max_rows_per_unit)
        self.max_tokens_per_record = int(max_tokens_per_record)
        self.rng = np.random.default_rng([seed, 0x5AFE])
        self.public_bounds = dict(public_bounds or {})
        self.public_categories = dict(public_categories or {})
        self._column: str | None = None
        self._bounds: tuple[float, float] | None = None
        self._calls = 0

    def for_column(self, name: str) -> DPCodecStatistics:
        """Answer the next calls for column ``name`` (its public metadata applies)."""
        self._column = name
        self._bounds = None
        return self

    @staticmethod
    def releases_for(kinds: Iterable[str]) -> int:
        """Statistics the built-in codec computes for columns of these types (``ColumnType`` values)."""
        return DPCodecStatistics.releases_for_columns(("", kind) for kind in kinds)

    @staticmethod
    def releases_for_columns(
        columns: Iterable[tuple[str, str]],
        public_bounds: Mapping[str, object] | None = None,
        public_categories: Mapping[str, object] | None = None,
    ) -> int:
        """Like ``releases_for`` for ``(name, type)`` pairs, minus what public metadata answers."""
        total = 0
        for name, kind in columns:
            kind = str(getattr(kind, "value", kind))
            n = RELEASES_PER_KIND.get(kind, 0)
            if public_bounds and name in public_bounds and kind in ("integer", "float", "datetime"):
                n -= 1
            if public_categories and name in public_categories and kind == "categorical":
                n -= 1
            total += n
        return total

    # -- the CodecStatistics interface -------------------------------------------------------
    def frequent_values(self, values: Sequence[Hashable], min_count: int) -> dict[Hashable, int]:
        """Values with a noisy count over the DP threshold (never one held by a single unit)."""
        if self._column in self.public_categories:
            return {value: 0 for value in self.public_categories[self._column]}
        result = dp_category_vocabulary(
            values,
            self.epsilon_each,
            delta=self.delta_each,
            rng=self.rng,
            max_rows_per_unit=self.max_rows_per_unit,
            min_count=max(2, int(min_count)),
        )
        self._record("frequent_values", self.delta_each, "thresholded Laplace counts")
        return result

    def bounds(self, values: np.ndarray, quantile: float) -> tuple[float, float]:
        """DP range covering all but ~``quantile`` of each tail (or the column's public bounds)."""
        if self._column in self.public_bounds:
            lo, hi = (float(v) for v in self.public_bounds[self._column])
            self._bounds = (lo, hi)
            return lo, hi
        lo, hi = dp_bounds(
            np.asarray(values, dtype=float),
            self.epsilon_each,
            self.rng,
            max_values_per_unit=self.max_rows_per_unit,
            tail=float(quantile),
        )
        self._record("bounds", 0.0, "Laplace magnitude histogram + exponential-mechanism quantiles")
        self._bounds = (lo, hi)
        return lo, hi

    def quantiles(self, values: np.ndarray, levels: np.ndarray) -> np.ndarray:
        """DP quantiles inside the last DP bounds; levels 0 and 1 are those bounds themselves."""
        if self._bounds is None:
            self.bounds(values, 0.0)
        assert self._bounds is not None
        lo, hi = self._bounds
        levels = np.asarray(levels, dtype=float)
        out = np.where(levels <= 0, lo, hi).astype(float)
        inner = (levels > 0) & (levels < 1)
        if inner.any() and lo < hi:
            out[inner] = dp_quantiles(
                np.asarray(values, dtype=float),
                levels[inner].tolist(),
                self.epsilon_each,
                (lo, hi),
                self.rng,
                max_values_per_unit=self.max_rows_per_unit,
            )
            self._record("quantiles", 0.0, "exponential mechanism")
        elif inner.any():
            out[inner] = lo  # a single-point range: nothing to learn, nothing spent
        return out

    def token_record_counts(self, token_sets: Sequence[set[int]]) -> dict[int, int]:
        """Noisy record counts of text tokens over the DP threshold.

        DP only if the token ids come from a data-independent tokenizer (see ``dp_token_vocabulary``).
        """
        result = dp_item_counts(
            [sorted(s) for s in token_sets],
            self.epsilon_each,
            delta=self.delta_each,
            rng=self.rng,
            max_items_per_row=self.max_tokens_per_record,
            max_rows_per_unit=self.max_rows_per_unit,
        )
        self._record("token_record_counts", self.delta_each, "thresholded Laplace counts")
        return result

    def _record(self, kind: str, delta: float, mechanism: str) -> None:
        self._calls += 1
        self.budget.record_release(f"{kind}#{self._calls}", self.epsilon_each, delta, mechanism)
