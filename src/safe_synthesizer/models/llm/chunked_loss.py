"""Next-token cross-entropy from hidden states without the full-sequence logits.

A causal LM's forward returns ``[batch, positions, vocab]`` logits: for SmolLM2 (49,152 tokens)
and a 1,220-token Adult example that is 240 MB in float32, and the loss then keeps its
log-softmax, the gradient and casts of it alive at once: one measured LoRA step grew the process
by 3.8 GB, of which ~0.85 GB was the logits (``docs/llm.md``, "Memory"). Here the output layer
runs over ``chunk_tokens(vocab)`` positions at a time, and each chunk's gradient with respect to
its hidden states, ``(softmax - onehot) @ W``, is computed right away, so no more than one
chunk's logits exist at any moment and nothing vocab-sized is kept for the backward pass. The
result is exact (the same loss and gradients as the full logits, up to summation order); no
logits are recomputed, and positions whose label is ignored (the prompt, padding) are skipped.

Only a plain, frozen, bias-free output layer qualifies (``plain_output_layer``); any other
head (LoRA on ``lm_head``, logit soft-capping or scaling) keeps the model's own forward.
"""

from __future__ import annotations

from typing import Any

import torch

from safe_synthesizer.models.llm.examples import IGNORE_INDEX

# Logit elements one chunk may hold (32 MB in float32): 170 positions of SmolLM2's vocabulary,
# 64 of a 128k one. A GEMM of that size still runs at full speed on a CPU.
LOSS_CHUNK_ELEMENTS = 1 << 23

# Model families whose causal-LM forward is ``lm_head(final hidden state)`` and nothing else
# (no logit scaling or soft-capping): the presets (SmolLM2/3, TinyLlama, Mistral) and close kin.
PLAIN_HEAD_FAMILIES = frozenset({"llama", "mistral", "mixtral", "qwen2", "qwen3", "smollm3", "phi3", "olmo2"})


def chunk_tokens(vocab: int) -> int:
    """Positions per chunk for a vocabulary of ``vocab`` tokens."""
    return max(1, LOSS_CHUNK_ELEMENTS // max(1, vocab))


def plain_output_layer(model: Any) -> tuple[Any, torch.nn.Linear] | None:
    """``(decoder, lm_head)`` when the loss may be computed from hidden states here, else None.

    ``model`` may be a peft model (its base model is used: the LoRA layers live inside it).
    """
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    config = getattr(base, "config", None)
    if getattr(config, "model_type", None) not in PLAIN_HEAD_FAMILIES:
        return None
    get_decoder = getattr(base, "get_decoder", None)
    head = base.get_output_embeddings() if hasattr(base, "get_output_embeddings") else None
    # type() is not isinstance: a peft LoRA wrapper or a quantised linear subclasses nn.Linear.
    if get_decoder is None or type(head) is not torch.nn.Linear or head.bias is not None:
        return None
    if head.weight.requires_grad:
        return None
    return get_decoder(), head


def per_token_cross_entropy(
    hidden: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor, *, dtype: torch.dtype | None = None
) -> torch.Tensor:
    """``[batch, positions]`` cross-entropy of ``targets`` under logits ``hidden @ weight.T`` (0 where ignored).

    ``hidden``: ``[batch, positions, width]`` (the state that predicts each target); ``weight``:
    the frozen ``[vocab, width]`` output layer; ``dtype``: the matmuls' dtype (bfloat16 under CPU
    autocast, as the model's own ``lm_head`` would run), softmax and loss in float32.
    """
    shape = targets.shape
    flat = hidden.reshape(-1, hidden.shape[-1])
    losses = _LinearCrossEntropy.apply(flat, weight, targets.reshape(-1), dtype or weight.dtype)
    return losses.view(shape)


class _LinearCrossEntropy(torch.autograd.Function):
    """Forward: per-position losses chunk by chunk, and the gradient of each loss w.r.t. its hidden
    state (kept: ``[positions, width]``, small). Backward: that gradient times the incoming one."""

    @staticmethod
    def forward(
        ctx: Any, hidden: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor, dtype: torch.dtype
    ) -> torch.Tensor:
        rows = (targets != IGNORE_INDEX).nonzero().squeeze(1)
        losses = torch.zeros(targets.shape[0], dtype=torch.float32, device=hidden.device)
        want_grad = bool(ctx.needs_input_grad[0])
        grad = torch.zeros(hidden.shape, dtype=torch.float32, device=hidden.device) if want_grad else None
        w = weight.to(dtype)
        step = chunk_tokens(weight.shape[0])
        for start in range(0, rows.numel(), step):
            index = rows[start : start + step]
            h = hidden.index_select(0, index).to(dtype)
            target = targets.index_select(0, index)
            logits = (h @ w.T).float()
            lse = torch.logsumexp(logits, dim=1)
            losses[index] = lse - logits.gather(1, target[:, None]).squeeze(1)
            if grad is not None:
                # d loss / d logits = softmax - onehot; reuse the logits' memory for it.
                probs = logits.sub_(lse[:, None]).exp_()
                probs[torch.arange(index.numel(), device=probs.device), target] -= 1.0
                grad[index] = (probs.to(dtype) @ w).float()
            del logits
        if grad is not None:
            ctx.save_for_backward(grad)
        ctx.hidden_dtype = hidden.dtype
        return losses

    @staticmethod
    def backward(ctx: Any, grad_losses: torch.Tensor) -> tuple[torch.Tensor | None, None, None, None]:
        if not ctx.needs_input_grad[0]:
            return None, None, None, None
        (grad,) = ctx.saved_tensors
        return (grad * grad_losses[:, None]).to(ctx.hidden_dtype), None, None, None
