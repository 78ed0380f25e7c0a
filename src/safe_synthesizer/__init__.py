"""safe-synthesizer: turn a sensitive table into a private synthetic one.

Example:
    >>> from safe_synthesizer import SafeSynthesizer
    >>> SafeSynthesizer().with_data_source("adult.csv").run()  # doctest: +SKIP
"""

import os

# Before torch loads: spinning OpenMP threads slow a busy 2-core machine 2-5x (REFERENCE.md 7).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.sdk import SafeSynthesizer, SafeSynthesizerResults

__version__ = "0.1.0"

__all__ = ["SafeSynthesizer", "SafeSynthesizerParameters", "SafeSynthesizerResults", "__version__"]
