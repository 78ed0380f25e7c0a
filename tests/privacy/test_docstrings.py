"""The usage examples in the privacy modules' docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib

import numpy as np
import pandas as pd
import pytest
import torch
from torch import nn


@pytest.mark.parametrize(
    "module", ["accounting", "sampling", "dp_sgd", "budget", "vocabulary", "quantiles", "guidance"]
)
def test_docstring_examples(module):
    mod = importlib.import_module(f"safe_synthesizer.privacy.{module}")
    extra = {"np": np, "pd": pd, "torch": torch, "nn": nn}
    result = doctest.testmod(mod, extraglobs=extra, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
