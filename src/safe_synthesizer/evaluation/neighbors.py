"""Exact nearest neighbours by brute force, chunked to bound memory.

Candidates are ranked in float32 with one matrix product and a top-k per chunk (torch: both
are multi-threaded and far faster than numpy's per-row argpartition), then the best few are
re-measured in float64 so identical rows get a distance of exactly 0.0 and ties
among the re-measured candidates are broken by the lower reference index (deterministic).
"""

from __future__ import annotations

import os

import numpy as np

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # before torch starts its thread pool
import torch

_SLACK = 4  # extra float32 candidates re-measured in float64
_CHUNK_FLOATS = 16_000_000  # ~64 MB of float32 distances per chunk


def nearest(query: np.ndarray, reference: np.ndarray, k: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Distances and indices (shape ``(len(query), k)``) of the ``k`` nearest reference rows.

    >>> d, i = nearest(np.array([[0.0], [2.9]]), np.array([[0.0], [1.0], [3.0]]), k=1)
    >>> d[:, 0].round(3).tolist(), i[:, 0].tolist()
    ([0.0, 0.1], [0, 2])
    """
    n_query, n_ref = query.shape[0], reference.shape[0]
    if n_ref == 0:
        raise ValueError("nearest(): the reference set is empty")
    k_eff = min(k, n_ref)
    n_cand = min(k_eff + _SLACK, n_ref)
    ref32 = torch.from_numpy(np.ascontiguousarray(reference, dtype=np.float32))
    ref_sq = (ref32 * ref32).sum(dim=1)
    reference64 = np.asarray(reference, dtype=np.float64)
    chunk = max(16, _CHUNK_FLOATS // max(n_ref, 1))
    out_d = np.empty((n_query, k_eff))
    out_i = np.empty((n_query, k_eff), dtype=np.int64)
    with torch.no_grad():
        for start in range(0, n_query, chunk):
            q = np.asarray(query[start : start + chunk], dtype=np.float64)
            q32 = torch.from_numpy(q.astype(np.float32))
            scores = torch.addmm(ref_sq.expand(q32.shape[0], -1), q32, ref32.T, beta=1.0, alpha=-2.0)
            cand = torch.topk(scores, n_cand, dim=1, largest=False, sorted=False).indices.numpy()
            diff = q[:, None, :] - reference64[cand]
            dist = np.sqrt(np.einsum("ijk,ijk->ij", diff, diff))
            order = np.lexsort((cand, dist), axis=1)[:, :k_eff]
            out_d[start : start + chunk] = np.take_along_axis(dist, order, axis=1)
            out_i[start : start + chunk] = np.take_along_axis(cand, order, axis=1)
    return out_d, out_i
