"""What a DP run's codec released about the data, read from its ``codec.json``, for the releasable report.

Under DP every data-dependent value in the built-in codec comes from a DP statistic charged to
the budget (vocabularies, bounds, quantile bin edges; see ``privacy.codec_statistics``) or from
user-supplied public metadata (``privacy.public_bounds`` / ``privacy.public_categories``). This
module picks those values out of the saved codec by an explicit list of fields: anything else in
the file (salts, hashes, internal sizes) is never shown. Call it only for DP runs: a non-DP
codec holds exact training statistics.

Example:
    >>> codec = {"encoders": [{"kind": "categorical", "column": "sex", "categories": ["F", "M"],
    ...                        "weights": [812, 790], "mode": "resample", "salt": "secret"}]}
    >>> [(c.column, c.facts[0][0]) for c in released_codec_facts(codec)]
    [('sex', 'categories (DP vocabulary; noisy counts)')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from safe_synthesizer.report.markup import fmt

MAX_LISTED = 30


@dataclass
class ReleasedColumn:
    """One column's released codec facts: ``(what, value)`` pairs, already as text."""

    column: str
    kind: str
    facts: list[tuple[str, str]] = field(default_factory=list)


def _listing(values: Iterable[Any], limit: int = MAX_LISTED) -> str:
    items = list(values)
    shown = ", ".join(fmt(v) for v in items[:limit])
    more = f" \u2026 and {len(items) - limit} more" if len(items) > limit else ""
    return f"{len(items)}: {shown}{more}" if items else "none released"


def _range(lo: Any, hi: Any) -> str:
    return f"[{fmt(lo)}, {fmt(hi)}]"


def _numeric(enc: dict, public_bounds: set[str]) -> list[tuple[str, str]]:
    bounds_source = "public, privacy.public_bounds" if enc["column"] in public_bounds else "DP bounds"
    facts = [(f"range ({bounds_source})", _range(enc.get("lo"), enc.get("hi")))]
    facts.append(("frequent exact values (DP vocabulary)", _listing(enc.get("values") or [])))
    edges = enc.get("edges") or []
    if edges:
        facts.append(("quantile bin edges (DP quantiles inside the range)", _listing(edges, limit=12)))
    if enc.get("special_values"):
        facts.append(("special values (DP vocabulary)", _listing(enc["special_values"])))
    return facts


def _categorical(enc: dict, public_categories: set[str]) -> list[tuple[str, str]]:
    categories = enc.get("categories") or []
    if enc["column"] in public_categories:
        return [("categories (public, privacy.public_categories)", _listing(categories))]
    weights = enc.get("weights") or []
    if len(weights) == len(categories) and categories:
        shown = [f"{c} ({fmt(w)})" for c, w in zip(categories, weights, strict=True)]
    else:
        shown = [str(c) for c in categories]
    facts = [("categories (DP vocabulary; noisy counts)", _listing(shown))]
    mode = enc.get("mode")
    if mode:
        readings = {
            "resample": "redrawn among the released categories",
            "text": "new strings spelled byte by byte by the model",
            "fake": "fresh fakes of the PII entity",
            "token": "the placeholder _RARE_",
        }
        facts.append(("values outside the vocabulary become", readings.get(str(mode), str(mode))))
    return facts


def _datetime(enc: dict, public_bounds: set[str]) -> list[tuple[str, str]]:
    source = "public, privacy.public_bounds" if enc["column"] in public_bounds else "DP bounds"
    return [
        (f"year range ({source})", _range(enc.get("year_lo"), enc.get("year_hi"))),
        ("output format (schema)", str(enc.get("output_format") or "")),
    ]


def _identifier(enc: dict) -> list[tuple[str, str]]:
    if enc.get("integer_start") is not None:
        return [("new ids", f"integers counting from {fmt(enc['integer_start'])} (nothing learnt from the data)")]
    if enc.get("fakes"):
        return [("new ids", "fresh fakes of the PII entity")]
    return [("id shapes (DP vocabulary)", _listing(enc.get("shapes") or []))]


def _text(enc: dict) -> list[tuple[str, str]]:
    return [("spelling", f"256 byte tokens, at most {fmt(enc.get('max_tokens'))} per value (configured)")]


def _constant(enc: dict) -> list[tuple[str, str]]:
    value = enc.get("value")
    return [("value (DP vocabulary)", "none released (column left empty)" if value is None else fmt(value))]


def released_codec_facts(
    codec: dict | None,
    *,
    public_bounds: Iterable[str] = (),
    public_categories: Iterable[str] = (),
) -> list[ReleasedColumn]:
    """Per column, the DP-released (or public) values a DP codec holds, in codec order.

    Args:
        codec: the parsed ``train/model/codec.json`` of a DP run (``None``: nothing to show).
        public_bounds / public_categories: columns whose bounds or categories were supplied as
            public metadata (their values are labelled public, not DP).
    """
    if not codec:
        return []
    bounds, categories = set(public_bounds), set(public_categories)
    out: list[ReleasedColumn] = []
    for enc in codec.get("encoders", []):
        kind = str(enc.get("kind", ""))
        column = str(enc.get("column", ""))
        if kind == "numeric":
            facts = _numeric(enc, bounds)
        elif kind == "categorical":
            facts = _categorical(enc, categories)
        elif kind == "datetime":
            facts = _datetime(enc, bounds)
        elif kind == "identifier":
            facts = _identifier(enc)
        elif kind == "text":
            facts = _text(enc)
        elif kind == "constant":
            facts = _constant(enc)
        else:
            continue
        out.append(ReleasedColumn(column, kind, facts))
    return out
