"""Quality (SQS), privacy (DPS) and utility of a synthetic table.

Example:
    >>> from safe_synthesizer.evaluation import evaluate
    >>> result = evaluate(training_df, synthetic_df, holdout_df)  # doctest: +SKIP
    >>> result.sqs, result.dps, result.to_dict()["data_privacy_score"]["grade"]  # doctest: +SKIP
"""

from safe_synthesizer.evaluation.evaluate import evaluate
from safe_synthesizer.evaluation.result import EvaluationResult

__all__ = ["EvaluationResult", "evaluate"]
