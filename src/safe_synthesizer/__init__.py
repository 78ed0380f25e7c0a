"""safe-synthesizer: turn a sensitive table into a private synthetic one.

Example:
    >>> from safe_synthesizer import SafeSynthesizer
    >>> SafeSynthesizer().with_data_source("adult.csv").run()  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

# Before torch loads: spinning OpenMP threads slow a busy 2-core machine 2-5x (REFERENCE.md 7).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

if TYPE_CHECKING:
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.sdk import SafeSynthesizer, SafeSynthesizerResults

__version__ = "0.1.0"

__all__ = ["SafeSynthesizer", "SafeSynthesizerParameters", "SafeSynthesizerResults", "__version__"]

# The SDK pulls in torch and the evaluation stack (seconds of CPU); a CLI verb or a stage used on its own
# (``safe-synthesizer pii``, ``import safe_synthesizer.pii``) should not pay for it, so the public names
# resolve on first use (PEP 562).
_LAZY = {
    "SafeSynthesizer": "safe_synthesizer.sdk",
    "SafeSynthesizerResults": "safe_synthesizer.sdk",
    "SafeSynthesizerParameters": "safe_synthesizer.config.parameters",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'safe_synthesizer' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
