"""Fresh randomness for DP runs: the one place a DP run gets its random seed.

A DP guarantee holds only if the noise is unknown to the attacker. With a known seed (the
config's ``data.random_state``, written to ``config.yaml``, the manifest and the report), anyone
holding all records but one can re-run training with and without the target and compare with the
released model or data: membership is then known with certainty. So under DP every random draw
(Poisson batches, gradient noise, noise of the DP statistics, weight initialisation, generation)
is seeded from the operating system's cryptographically secure source, and the seed is never
stored, logged or returned. The generators it seeds (numpy PCG64, torch's Mersenne Twister) are
not cryptographic themselves; with 63 secret bits of seed their state cannot be recovered from
released outputs in practice (Opacus' secure mode goes further with a CSPRNG for every draw).
Non-DP runs keep ``data.random_state`` for reproducibility.
"""

from __future__ import annotations

import secrets


def fresh_seed() -> int:
    """A 63-bit seed from OS entropy (``secrets``); never store or log it.

    Example:
        >>> fresh_seed() != fresh_seed()
        True
    """
    return secrets.randbits(63)
