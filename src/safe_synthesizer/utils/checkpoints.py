"""Training checkpoints: named tensor groups, optimizer state and the torch RNG, written atomically.

One safetensors file holds the tensors (``<group>.<name>``, ``opt.<param index>.<state name>``,
``rng.torch``); one JSON file holds the metadata, the optimizer's param groups and the settings
fingerprint. A checkpoint resumes only the configuration with the same fingerprint, so a changed
setting starts afresh instead of continuing a different run. No pickle is involved.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file

from safe_synthesizer.utils.atomic import atomic_path, atomic_write_json

logger = logging.getLogger(__name__)

_OPTIMIZER = "opt"
_RNG = "rng.torch"


def fingerprint_of(*parts: Any) -> str:
    """A short key of one training configuration (JSON-serialisable parts, order-stable)."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]


def save_checkpoint(
    weights_path: Path,
    state_path: Path,
    *,
    fingerprint: str,
    groups: dict[str, dict[str, torch.Tensor]],
    optimizer: torch.optim.Optimizer,
    meta: dict[str, Any],
) -> None:
    """Write ``groups`` of tensors, ``optimizer`` state, the RNG and ``meta`` (weights first, then state).

    The state file is written last, so a crash between the two leaves a state that still points at
    the previous weights' fingerprint or none: never a state describing weights that were not saved.
    """
    tensors = {
        f"{group}.{name}": t.detach().contiguous() for group, named in groups.items() for name, t in named.items()
    }
    opt = optimizer.state_dict()
    for idx, pstate in opt["state"].items():
        for name, value in pstate.items():
            tensors[f"{_OPTIMIZER}.{idx}.{name}"] = torch.as_tensor(value).contiguous()
    tensors[_RNG] = torch.get_rng_state()
    with atomic_path(Path(weights_path)) as tmp:
        save_file(tensors, str(tmp))
    atomic_write_json(Path(state_path), {**meta, "fingerprint": fingerprint, "param_groups": opt["param_groups"]})


def load_checkpoint(
    weights_path: Path,
    state_path: Path,
    *,
    fingerprint: str,
    optimizer: torch.optim.Optimizer,
) -> tuple[dict[str, Any], dict[str, dict[str, torch.Tensor]]] | None:
    """Restore ``optimizer`` and the RNG; return ``(meta, groups)``, or ``None`` when there is nothing to resume."""
    weights_path, state_path = Path(weights_path), Path(state_path)
    if not (state_path.exists() and weights_path.exists()):
        return None
    meta = json.loads(state_path.read_text(encoding="utf-8"))
    if meta.get("fingerprint") != fingerprint:
        logger.info("ignoring a checkpoint from a different configuration")
        return None
    groups: dict[str, dict[str, torch.Tensor]] = {}
    opt_state: dict[int, dict[str, torch.Tensor]] = {}
    for key, value in load_file(str(weights_path)).items():
        if key == _RNG:
            torch.set_rng_state(value)
            continue
        group, name = key.split(".", 1)
        if group == _OPTIMIZER:
            idx, state_name = name.split(".", 1)
            opt_state.setdefault(int(idx), {})[state_name] = value
        else:
            groups.setdefault(group, {})[name] = value
    optimizer.load_state_dict({"state": opt_state, "param_groups": meta["param_groups"]})
    return meta, groups
