"""The pretrained-LLM backend: LoRA fine-tuning and structured generation (``training.pretrained_model``).

One concept per module: ``loading`` (where the model comes from), ``examples`` (records to token
sequences), ``trainer`` (the LoRA loop), ``dp`` (DP-SGD on the LoRA weights), ``grammar`` (what a
valid record is), ``generation`` (sampling, validation, counting) and ``backend`` (``LLMBackend``).
transformers, peft and xgrammar are imported only when this backend is used.
"""

import os

# OpenMP spin-waiting makes 2 torch threads 2-5x slower on a busy 2-core box (REFERENCE section 7);
# effective only when torch has not been imported yet.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from safe_synthesizer.models.llm.backend import LLMBackend

__all__ = ["LLMBackend"]
