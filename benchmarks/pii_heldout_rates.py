"""Rates of the held-out PII runners (sets 8-11): counts pooled per locale or per group of locales.

A runner adds up counts (hits of columns, caught spans, words kept, valid fakes) per locale; these
functions turn them into the rates its reports show, so every set's numbers are computed one way
(``bench_pii_heldout.py``, sets 1-7, computes its locale rates here too).
"""

from __future__ import annotations

from collections import defaultdict

TEXT_ENTITIES = ("name", "last_name", "street_address", "email", "phone_number", "iban", "credit_debit_card",
                 "ssn", "national_id", "date_of_birth")  # fmt: skip
# Issue 11's targets, shown next to the group numbers.
TARGETS = {"recall_shown": 0.99, "precision_shown": 0.97, "recall_hidden": 0.99, "precision_hidden": 0.97,
           "text_recall": 0.95, "name": 0.90, "last_name": 0.90, "street_address": 0.90, "email": 1.0,
           "phone_number": 1.0, "ssn": 1.0, "credit_debit_card": 1.0, "iban": 1.0, "phone_valid": 0.99,
           "postcode_layout": 0.99}  # fmt: skip


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None

def _new_agg() -> dict:
    return {"shown": defaultdict(int), "hidden": defaultdict(int), "text": defaultdict(lambda: [0, 0]),
            "words": [0, 0], "phone_valid": [0, 0], "postcode_valid": [0, 0], "survivors": defaultdict(int),
            "forms": defaultdict(lambda: [0, 0]), "form_words": defaultdict(lambda: [0, 0]),
            "shown_entity": defaultdict(lambda: [0, 0]), "hidden_entity": defaultdict(lambda: [0, 0])}  # fmt: skip


def summary_rates(agg: dict) -> dict:
    """A locale's rates from its pooled counts (every set's runner reports these first; sets 1-7 of
    ``bench_pii_heldout.py`` count no note forms, so ``forms`` only when ``agg`` has them)."""
    text = {e: _ratio(a, b) for e, (a, b) in sorted(agg["text"].items())}
    total = [sum(v[0] for v in agg["text"].values()), sum(v[1] for v in agg["text"].values())]
    return {
        "recall_shown": _ratio(agg["shown"]["hit"], agg["shown"]["pos"]),
        "precision_shown": _ratio(agg["shown"]["correct"], agg["shown"]["found"]),
        "recall_hidden": _ratio(agg["hidden"]["hit"], agg["hidden"]["pos"]),
        "precision_hidden": _ratio(agg["hidden"]["correct"], agg["hidden"]["found"]),
        "text_recall": _ratio(*total),
        "text_words_kept": _ratio(*agg["words"]),
        "phone_valid": _ratio(*agg["phone_valid"]),
        "postcode_layout": _ratio(*agg["postcode_valid"]),
        "text_by_entity": text,
        "survivors": dict(agg["survivors"]),
        **({"forms": {k: list(v) for k, v in sorted(agg["forms"].items())}} if "forms" in agg else {}),
    }


def _summary(agg: dict) -> dict:
    return {
        **summary_rates(agg),
        "form_words": {k: list(v) for k, v in sorted(agg["form_words"].items())},
        "counts": {
            "shown": dict(agg["shown"]),
            "hidden": dict(agg["hidden"]),
            "text": dict(agg["text"]),
            "words": agg["words"],
            "phone_valid": agg["phone_valid"],
            "postcode_valid": agg["postcode_valid"],
            "shown_entity": {k: list(v) for k, v in sorted(agg["shown_entity"].items())},
            "hidden_entity": {k: list(v) for k, v in sorted(agg["hidden_entity"].items())},
        },
    }



_GROUP_KEYS = ("recall_shown", "precision_shown", "recall_hidden", "precision_hidden", "text_recall",
               "text_words_kept", "phone_valid", "postcode_layout")  # fmt: skip


def pool_pair(per: dict, locales: tuple[str, ...], key: str) -> float | None:
    """The rate of a ``[hits, of]`` count (``words``, ``phone_valid``...) pooled over ``locales``."""
    return _ratio(*[sum(per[x]["counts"][key][i] for x in locales) for i in (0, 1)])


def pool_columns_text(per: dict, locales: tuple[str, ...]) -> dict:
    """Column recall/precision (names shown and hidden) and free-text recall, overall and per entity,
    pooled over ``locales`` (what every set's group rows show, ``bench_pii_heldout.py``'s too)."""

    def tot(mode: str, a: str, b: str) -> float | None:
        return _ratio(sum(per[x]["counts"][mode][a] for x in locales), sum(per[x]["counts"][mode][b] for x in locales))

    entities = pool_text_counts(per, locales)
    return {"recall_shown": tot("shown", "hit", "pos"), "precision_shown": tot("shown", "correct", "found"),
            "recall_hidden": tot("hidden", "hit", "pos"), "precision_hidden": tot("hidden", "correct", "found"),
            "text_recall": _ratio(sum(v[0] for v in entities.values()), sum(v[1] for v in entities.values())),
            "text_by_entity": {e: _ratio(a, b) for e, (a, b) in sorted(entities.items())}}  # fmt: skip


def pool_text_counts(per: dict, locales: tuple[str, ...]) -> dict[str, list[int]]:
    """Per entity, ``[caught, spans]`` of the notes pooled over ``locales``."""
    entities: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for x in locales:
        for e, (a, b) in per[x]["counts"]["text"].items():
            entities[e][0] += a
            entities[e][1] += b
    return entities


def _pool(per: dict, locales: tuple[str, ...]) -> dict:
    """Sets 9-11: ``pool_columns_text`` and words kept, fake validity and the span counts."""
    return {**pool_columns_text(per, locales), "text_words_kept": pool_pair(per, locales, "words"),
            "phone_valid": pool_pair(per, locales, "phone_valid"),
            "postcode_layout": pool_pair(per, locales, "postcode_valid"),
            "text_counts": dict(sorted(pool_text_counts(per, locales).items()))}  # fmt: skip


def add_replacement(agg: dict, lists: dict, r: dict, pooled: tuple[str, ...]) -> None:
    """Adds one table's ``score_replacement`` result ``r`` to a locale's counts ``agg`` and examples
    ``lists`` (``pooled``: its per-key ``[hits, of]`` dicts, e.g. ``text`` and ``forms``)."""
    for key in pooled:
        for k, (a, b) in r[key].items():
            agg[key][k][0] += a
            agg[key][k][1] += b
    for k in ("words", "phone_valid", "postcode_valid"):
        agg[k][0] += r[k][0]
        agg[k][1] += r[k][1]
    for k, v in r["survivors"].items():
        agg["survivors"][k] += v
    lists["missed_text"] += r["missed_text"]
    lists["left_examples"] += r["left_examples"]

