"""The examples in the evaluation and report docstrings are run, so they stay true."""

import doctest
import importlib
import pkgutil

import pytest

import safe_synthesizer.evaluation
import safe_synthesizer.report

MODULES = sorted(
    f"{package.__name__}.{info.name}"
    for package in (safe_synthesizer.evaluation, safe_synthesizer.report)
    for info in pkgutil.iter_modules(package.__path__)
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
