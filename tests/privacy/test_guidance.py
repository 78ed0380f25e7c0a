"""Guidance texts: preflight warnings and the plain-words explanation."""

from __future__ import annotations

from safe_synthesizer.privacy.guidance import plain_words, preflight_warnings


def test_preflight_warns_on_small_data_and_extreme_epsilons():
    assert preflight_warnings(n_units=30_000, epsilon=8.0, unit="record") == []
    small = preflight_warnings(n_units=312, epsilon=8.0, unit="entity:id")
    assert len(small) == 1 and "312 entities" in small[0] and "'id'" in small[0]
    assert len(preflight_warnings(n_units=50_000, epsilon=0.5, unit="record")) == 1
    assert len(preflight_warnings(n_units=50_000, epsilon=50, unit="record")) == 1


def test_plain_words_names_the_unit_and_the_numbers():
    text = plain_words({"epsilon_total": 1.0, "delta": 1e-6, "unit": "record"})
    assert "(1, 1e-06)" in text and "one record" in text and "2.7" in text
    text = plain_words({"epsilon_total": 6.0, "delta": 2e-5, "unit": "entity:patient"})
    assert "'patient'" in text and "403" in text
