"""InverseCdfSampler: the distribution of transformers' sampling, drawn without torch.multinomial."""

from __future__ import annotations

import pytest
import torch
from transformers import TopPLogitsWarper

from safe_synthesizer.models.llm.sampling import InverseCdfSampler, _nucleus, draw


def test_draws_follow_the_softmax_and_never_a_masked_token():
    torch.manual_seed(0)
    probs = torch.tensor([0.1, 0.2, 0.0, 0.7])
    n = 200_000
    tokens = draw(torch.log(probs).repeat(n, 1))
    freq = torch.bincount(tokens, minlength=4) / n
    assert freq[2] == 0
    # binomial standard error at n=200k is <= 0.0011: 5 sigma
    assert torch.allclose(freq, probs, atol=0.0055)


def test_one_allowed_token_is_always_drawn():
    scores = torch.full((64, 1000), float("-inf"))
    allowed = torch.randint(0, 1000, (64,))
    scores[torch.arange(64), allowed] = 3.0
    torch.manual_seed(1)
    assert torch.equal(draw(scores), allowed)


def test_sampler_applies_temperature_and_leaves_one_finite_score():
    torch.manual_seed(2)
    logits = torch.log(torch.tensor([0.5, 0.3, 0.2]))
    n = 100_000
    out = InverseCdfSampler(temperature=0.5)(torch.zeros((n, 1), dtype=torch.long), logits.repeat(n, 1))
    assert torch.isfinite(out).sum(dim=1).eq(1).all()
    freq = torch.bincount(out.argmax(dim=1), minlength=3) / n
    assert torch.allclose(freq, torch.softmax(logits / 0.5, dim=0), atol=0.008)


def test_nucleus_matches_transformers_top_p():
    scores = torch.randn(8, 500, generator=torch.Generator().manual_seed(3)) * 3
    for top_p in (0.5, 0.9, 0.99):
        expected = TopPLogitsWarper(top_p)(torch.zeros((8, 1), dtype=torch.long), scores.clone())
        assert torch.equal(torch.isfinite(_nucleus(scores, top_p)), torch.isfinite(expected))


@pytest.mark.parametrize("kwargs", [{"temperature": 0.0}, {"top_p": 0.0}, {"top_p": 1.5}])
def test_bad_settings_are_refused(kwargs):
    with pytest.raises(ValueError):
        InverseCdfSampler(**kwargs)
