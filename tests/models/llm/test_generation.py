"""Sampling plan of the LLM path: records per sequence and token budgets (no model needed)."""

from __future__ import annotations

from safe_synthesizer.models.llm.generation import SamplingSettings, records_per_sequence, token_budget


def _settings(structured: bool = True, batch: int = 64, k: int = 10, budget: int = 1000) -> SamplingSettings:
    return SamplingSettings(temperature=0.9, top_p=1.0, repetition_penalty=1.0, batch_size=batch,
                            records_per_sequence=k, max_new_tokens=budget, structured=structured, patience=3,
                            invalid_fraction_threshold=0.5, enforce_numeric_range=True, seed=0)


def test_structured_generation_spreads_records_over_a_full_batch():
    s = _settings()
    assert records_per_sequence(300, s) == 6  # 330 / 64 -> 6 records in each of 55 sequences
    assert records_per_sequence(10, s) == 1  # few records: one per sequence, all in one batch
    assert records_per_sequence(100_000, s) == 10  # never more than the K of training


def test_free_sampling_keeps_the_k_it_learnt():
    assert records_per_sequence(10, _settings(structured=False)) == 10


def test_token_budget_follows_the_records_asked():
    s = _settings(budget=1000)
    assert token_budget(s, 10) == 1000
    assert token_budget(s, 3) == 300
    assert token_budget(s, 1) == 100
    assert token_budget(_settings(budget=20), 1) == 8  # a floor for tiny budgets


def test_generate_runs_greedy_over_the_grammar_then_the_sampler():
    from safe_synthesizer.models.llm.generation import sampling_kwargs
    from safe_synthesizer.models.llm.sampling import InverseCdfSampler

    grammar = object()  # stands for a GrammarLogitsProcessor: only its place in the list matters here
    kwargs = sampling_kwargs(0.7, 0.95, grammar)
    assert kwargs["do_sample"] is False and kwargs["top_k"] is None and kwargs["temperature"] is None
    first, sampler = kwargs["logits_processor"]
    assert first is grammar and isinstance(sampler, InverseCdfSampler)
    assert (sampler.temperature, sampler.top_p) == (0.7, 0.95)
    assert len(sampling_kwargs(0.9, 1.0, None)["logits_processor"]) == 1
