"""Exact nearest neighbours by brute force, chunked to bound memory.

Candidates are ranked in float32 with one matrix product per chunk (fast on a CPU), then the
best few are re-measured in float64 so identical rows get a distance of exactly 0.0 and ties
among the re-measured candidates are broken by the lower reference index (deterministic).
"""

from __future__ import annotations

import numpy as np

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
    ref32 = np.ascontiguousarray(reference, dtype=np.float32)
    ref_sq = np.einsum("ij,ij->i", ref32, ref32)
    chunk = max(16, _CHUNK_FLOATS // max(n_ref, 1))
    out_d = np.empty((n_query, k_eff))
    out_i = np.empty((n_query, k_eff), dtype=np.int64)
    for start in range(0, n_query, chunk):
        q = query[start : start + chunk]
        q32 = q.astype(np.float32)
        scores = ref_sq[None, :] - 2.0 * (q32 @ ref32.T)
        if n_cand < n_ref:
            cand = np.argpartition(scores, n_cand - 1, axis=1)[:, :n_cand]
        else:
            cand = np.broadcast_to(np.arange(n_ref), (q.shape[0], n_ref))
        diff = q[:, None, :].astype(np.float64) - reference[cand].astype(np.float64)
        dist = np.sqrt(np.einsum("ijk,ijk->ij", diff, diff))
        order = np.lexsort((cand, dist), axis=1)[:, :k_eff]
        out_d[start : start + chunk] = np.take_along_axis(dist, order, axis=1)
        out_i[start : start + chunk] = np.take_along_axis(cand, order, axis=1)
    return out_d, out_i
