"""Differential privacy: accounting, Poisson unit sampling, DP-SGD, DP statistics, ledger.

One concept per module:
- ``accounting``: ``resolve_delta``, ``compute_epsilon``, ``calibrate_noise_multiplier`` (Opacus PRV/RDP).
- ``sampling``: ``privacy_units`` (record or entity) and ``PoissonUnitSampler``.
- ``dp_sgd``: ``DPStep``, per-unit clipping + Gaussian noise around a torch optimizer (imports torch).
- ``budget``: ``plan_budget`` / ``PrivacyBudget``, the run's itemised epsilon.
- ``preprocessing``: DP vocabularies (``vocabulary``), quantiles, bounds and length limits
  (``quantiles``) for the codec; ``codec_statistics.DPCodecStatistics`` serves them to the
  built-in codec and charges the budget.
- ``ledger``: ``PrivacyLedger``, cumulative epsilon per data source across runs.

Only the torch-free modules are re-exported here.
"""

from safe_synthesizer.privacy.accounting import calibrate_noise_multiplier, compute_epsilon, resolve_delta
from safe_synthesizer.privacy.budget import BudgetPlan, PrivacyBudget, auto_preprocessing_share, plan_budget
from safe_synthesizer.privacy.codec_statistics import DPCodecStatistics
from safe_synthesizer.privacy.ledger import PrivacyLedger, default_ledger_path, fingerprint_dataframe
from safe_synthesizer.privacy.preprocessing import (
    dp_bounds,
    dp_category_vocabulary,
    dp_item_counts,
    dp_length_limit,
    dp_quantiles,
    dp_token_vocabulary,
)
from safe_synthesizer.privacy.sampling import PoissonUnitSampler, PrivacyUnits, privacy_units, truncate_units

__all__ = [
    "BudgetPlan",
    "DPCodecStatistics",
    "PoissonUnitSampler",
    "PrivacyBudget",
    "PrivacyLedger",
    "PrivacyUnits",
    "auto_preprocessing_share",
    "calibrate_noise_multiplier",
    "compute_epsilon",
    "default_ledger_path",
    "dp_bounds",
    "dp_category_vocabulary",
    "dp_item_counts",
    "dp_length_limit",
    "dp_quantiles",
    "dp_token_vocabulary",
    "fingerprint_dataframe",
    "plan_budget",
    "privacy_units",
    "resolve_delta",
    "truncate_units",
]
