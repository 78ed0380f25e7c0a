"""The built-in tabular model: a codec (table -> slot tokens), an autoregressive network over the
slots, its trainer and its sampler. Trains from scratch on a CPU; needs no download.

Stages, one file each: ``codec/`` (fit/encode/decode), ``model.py`` (network), ``trainer.py``
(optimisation loop), ``sampler.py`` (generation), ``privacy_filter.py``, ``backend.py`` (the
``ModelBackend`` the pipeline calls).
"""

import os

# OpenMP spin-waiting makes 2 torch threads 2-5x slower on a busy 2-core box; this only takes
# effect when torch has not been imported yet (the CLI sets it first as well).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
