"""The manifest's ``reproducibility`` record: whether a rerun gives this run's synthetic table again.

The built-in model's pipeline is deterministic in (input, resolved config incl. ``data.random_state``,
machine, package versions): every random draw comes from a generator seeded from that seed, the
learning-rate schedule follows steps, not the clock, and evaluation uses fixed seeds of its own.
Three things break it, and the record names them so an auditor does not have to guess:

- differential privacy: noise, batches, initial weights and sampling come from a fresh secret seed
  every run (``privacy.entropy``); ``data.random_state`` then fixes the holdout split only;
- a time budget that decided the number of training steps (``training.max_training_time``: the
  steps follow the machine's speed; see ``models.builtin.trainer``);
- the LLM path (``training.pretrained_model``), which this record makes no claim about.

What is and is not reproducible across machines, thread counts and versions is in
``docs/reproducibility.md``.

Example:
    >>> from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    >>> p = SafeSynthesizerParameters.model_validate({"data": {"random_state": 7}})
    >>> r = reproducibility_record(p, {"backend": "builtin", "reproducible": True})
    >>> r["reproducible"], r["seed"], r["notes"]
    (True, 7, [])
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # utils imports no other package of ours at import time (tests/test_import_graph.py)
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters

SCOPE = ("same input, resolved config (config.yaml, incl. data.random_state and training.num_threads), "
         "machine and package versions")
DP_NOTE = ("differential privacy: noise, batches, initial weights and generation use a fresh secret seed every "
           "run; data.random_state fixes the holdout split only")
LLM_NOTE = "the LLM path (training.pretrained_model) is not covered by this record"


def reproducibility_record(params: SafeSynthesizerParameters, train_metrics: Mapping[str, Any]) -> dict[str, Any]:
    """What the manifest says about rerunning this run with the same seed (``params`` resolved).

    ``reproducible`` is True when a rerun within ``scope`` gives byte-identical synthetic data and
    identical scores, False when something in ``notes`` prevents it, None when not known (LLM path).
    """
    import torch  # the pipeline module stays importable without loading torch

    notes: list[str] = []
    reproducible: bool | None = True
    dp = bool(params.privacy.dp_enabled)
    if dp:
        reproducible = False
        notes.append(DP_NOTE)
    if train_metrics.get("backend") != "builtin":
        reproducible = None if reproducible else reproducible
        notes.append(LLM_NOTE)
    elif train_metrics.get("reproducible") is False:
        reproducible = False
        if train_metrics.get("reproducibility_note"):
            notes.append(str(train_metrics["reproducibility_note"]))
    return {
        "reproducible": reproducible,
        "scope": SCOPE,
        # Under DP the training seed is secret; the configured one only split the data.
        "seed": params.data.random_state,
        "torch_threads": torch.get_num_threads(),
        "cpu_count": os.cpu_count(),
        "generation_processes": params.generation.num_processes,
        "notes": notes,
    }
