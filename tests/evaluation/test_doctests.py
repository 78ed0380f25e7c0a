"""The examples in the evaluation and report docstrings are run, so they stay true.

``doctest.testmod`` passes a module that has no examples (or only ``+SKIP`` ones) without
running anything, so every module must either run at least one example or be listed in
``NO_EXAMPLES``, and a listed module that gains examples must leave the list: the test can fail.
"""

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import safe_synthesizer.evaluation
import safe_synthesizer.report

PACKAGES = (safe_synthesizer.evaluation, safe_synthesizer.report)
MODULES = sorted(
    [package.__name__ for package in PACKAGES]
    + [f"{package.__name__}.{info.name}" for package in PACKAGES for info in pkgutil.iter_modules(package.__path__)]
)

# Modules whose docstrings hold no runnable example (data classes, HTML sections, I/O).
NO_EXAMPLES = {
    "safe_synthesizer.evaluation.encoding",
    "safe_synthesizer.evaluation.privacy",
    "safe_synthesizer.evaluation.quality",
    "safe_synthesizer.evaluation.result",
    "safe_synthesizer.evaluation.text_semantic",
    "safe_synthesizer.evaluation.utility",
    "safe_synthesizer.report.charts",
    "safe_synthesizer.report.context",
    "safe_synthesizer.report.privacy_sections",
    "safe_synthesizer.report.quality_sections",
    "safe_synthesizer.report.releasable",
    "safe_synthesizer.report.sequence_section",  # entity histories (another change in progress)
    "safe_synthesizer.report.standalone",
    "safe_synthesizer.report.writer",
}


def _runnable_examples(module: ModuleType) -> int:
    tests = doctest.DocTestFinder().find(module)
    return sum(1 for t in tests for e in t.examples if not e.options.get(doctest.SKIP))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    if name in NO_EXAMPLES:
        assert result.attempted == 0, f"{name} now has examples: remove it from NO_EXAMPLES"
    else:
        assert result.attempted > 0, f"{name}: no docstring example ran (add one, or list it in NO_EXAMPLES)"
        assert result.attempted == _runnable_examples(module)


def test_no_examples_lists_only_existing_modules():
    assert set(MODULES) >= NO_EXAMPLES
