"""Keep the output layer's input contiguous while decoding, so its matmul stays a single ``mm``.

Both decoders ask the model for the last position's logits only (``logits_to_keep=1``).
transformers then slices the hidden states ``[:, -1:, :]`` and passes that view to ``lm_head``.
When a forward feeds more than one token per row (a jump-forward chunk, or ``generate``'s
batched prefill), the view is not contiguous. ``torch.matmul`` folds a 3-D input into one ``mm``
in two cases: the weight requires grad, or the leading dimensions can be viewed as one without a
copy (PyTorch's ``should_fold``). A merged, frozen generation model meets neither, so matmul
falls back to ``bmm`` against the weight expanded over the rows, and the expansion is copied:
rows x vocabulary x hidden values on every forward. For SmolLM2 at 44 rows that is 44 x 49,152 x
576 bfloat16 values, 2.5 GB. Measured at one thread, 16 rows and a 4-token chunk over 140 cached
positions: 2.5-2.6 CPU s per forward against 0.16 with a contiguous input; a 1-token forward
(0.09-0.13 s) is unaffected because its slice is already contiguous. Women's reviews paid this
on most of their forwards (4.3 CPU s each at 44 rows, session 21). The untrained benchmark model
never showed it because its loaded weights still require grad, which makes matmul fold.

A forward pre-hook on the output layer makes that ``(rows, 1, hidden)`` input contiguous,
which copies rows x hidden values, so the matmul folds into one ``mm``. The values and the
logits are the same.
"""

from __future__ import annotations

from typing import Any

import torch

# Set on the output layer once the hook is registered: one hook per model however often it is asked.
_FLAG = "_safe_synthesizer_contiguous_input"


def contiguous_head_input(model: Any) -> bool:
    """Register the pre-hook on ``model``'s output layer (once). True when the model has one."""
    head = model.get_output_embeddings() if hasattr(model, "get_output_embeddings") else None
    if not isinstance(head, torch.nn.Module):
        return False
    if not getattr(head, _FLAG, False):
        head.register_forward_pre_hook(_contiguous_first_argument)
        setattr(head, _FLAG, True)
    return True


def _contiguous_first_argument(module: torch.nn.Module, args: tuple[Any, ...]) -> tuple[Any, ...] | None:
    if args and isinstance(args[0], torch.Tensor) and not args[0].is_contiguous():
        return (args[0].contiguous(), *args[1:])
    return None
