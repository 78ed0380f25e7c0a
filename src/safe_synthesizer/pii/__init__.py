"""PII stage: detect personal data in a table and replace it before training, fully offline.

Public API::

    from safe_synthesizer.pii import replace_pii, detect_pii
    result = replace_pii(df, schema, params.replace_pii, protected_columns=["id"], seed=0)
    result.data            # transformed DataFrame (same columns, order and, where possible, dtypes)
    result.report.to_dict()  # per column: entity, confidence, values replaced, strategy, method
"""

from safe_synthesizer.pii import date_fallbacks  # noqa: F401  fills date_reader's registry of fallback readers
from safe_synthesizer.pii.replace import PiiResult, annotate_schema, detect_pii, plan_columns, replace_pii
from safe_synthesizer.pii.report import PiiColumnReport, PiiReport

__all__ = [
    "PiiColumnReport",
    "PiiReport",
    "PiiResult",
    "annotate_schema",
    "detect_pii",
    "plan_columns",
    "replace_pii",
]
