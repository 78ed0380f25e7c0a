"""DP statistics for the codec: vocabularies, numeric bounds, quantiles, length limits.

Everything the model's codec learns from the data outside DP-SGD must come from here (or from
public, user-supplied metadata), each call spending its own ``epsilon`` (and, for vocabularies,
``delta``) that the caller records in the run's ``PrivacyBudget``; ``codec_statistics`` wraps
these functions behind the built-in codec's statistics interface and does that bookkeeping.

- ``vocabulary``: ``dp_category_vocabulary``, ``dp_token_vocabulary``, ``dp_item_counts``
  (thresholded Laplace counts, (epsilon, delta)-DP; an item seen in one record or one entity is
  never emitted).
- ``quantiles``: ``dp_quantiles`` (exponential mechanism on a public grid or a Laplace
  histogram, pure epsilon-DP; given ``rho``, a Gaussian histogram, rho-zCDP), ``dp_bounds``
  (Laplace magnitude histogram + quantiles), ``dp_length_limit``; pure epsilon-DP.

Privacy units: record-level by default. Under entity-level privacy either pass ``unit_ids`` (the
functions bound each entity's contribution themselves) or cut the table to at most ``K`` rows per
entity (``sampling.truncate_units``) and pass ``max_rows_per_unit=K`` /
``max_values_per_unit=K``: the noise then scales with ``K``.

Randomness is numpy's (PCG64 floating-point Laplace/Gumbel): fine for this tool's threat model,
not a hardened implementation against floating-point side channels (Mironov 2012).
"""

from __future__ import annotations

from safe_synthesizer.privacy.quantiles import dp_bounds, dp_length_limit, dp_quantiles
from safe_synthesizer.privacy.vocabulary import (
    dp_category_vocabulary,
    dp_item_counts,
    dp_token_vocabulary,
    vocabulary_threshold,
)

__all__ = [
    "dp_bounds",
    "dp_category_vocabulary",
    "dp_item_counts",
    "dp_length_limit",
    "dp_quantiles",
    "dp_token_vocabulary",
    "vocabulary_threshold",
]
