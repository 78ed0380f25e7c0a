"""Overview, dataset statistics and run sections of the report."""

from __future__ import annotations

import json

from safe_synthesizer.evaluation.grades import GRADE_BANDS, PRIVACY_MEANING, QUALITY_MEANING, grade
from safe_synthesizer.evaluation.result import SUB_SCORES, EvaluationResult
from safe_synthesizer.privacy.guidance import plain_words
from safe_synthesizer.report import figures
from safe_synthesizer.report.charts import Charts
from safe_synthesizer.report.context import ReportContext
from safe_synthesizer.report.markup import badge, esc, fmt, key_values, table
from safe_synthesizer.report.notices import PRIVACY_MODEL_DOC, RANDOMNESS_NOTE, displayed_config

SUB_SCORE_TITLES = {
    "column_distribution_stability": "Column Distribution Stability",
    "column_correlation_stability": "Column Correlation Stability",
    "deep_structure_stability": "Deep Structure Stability",
    "text_semantic_similarity": "Text Semantic Similarity",
    "text_structure_similarity": "Text Structure Similarity",
}


def _band_text() -> list[str]:
    lower = 0.0
    out = []
    for upper, _name in GRADE_BANDS:
        out.append(f"[{lower:g}, {upper:g})" if upper != float("inf") else f"[{lower:g}, 10]")
        lower = upper
    return out


def _with_interval(score: float | None, interval: tuple[float, float] | None) -> str:
    """A score with the spread of its repeated attacks, e.g. ``8.3 (7.9-8.7)``.

    >>> _with_interval(8.31, (7.9, 8.74)), _with_interval(None, None)
    ('8.31 (7.9\u20138.74)', '\u2014')
    """
    if score is None or interval is None:
        return fmt(score)
    return f"{fmt(score)} ({fmt(interval[0])}\u2013{fmt(interval[1])})"


def _ceiling(result: EvaluationResult) -> str:
    """The line under the SQS gauge when the score is at the ceiling its sample size allows."""
    if result.ceiling is None:
        return ""
    return f'<p class="note" id="sqs-ceiling">{esc(result.ceiling.message)}</p>'


def overview(result: EvaluationResult, charts: Charts) -> str:
    """Headline gauges, sub-scores, and what each grade means."""
    sqs_chart = charts.add(figures.gauge(result.sqs, "Synthetic Quality Score (SQS)"), small=True)
    dps_chart = charts.add(figures.gauge(result.dps, "Data Privacy Score (DPS)"), small=True)
    quality_rows = [
        (
            SUB_SCORE_TITLES[name],
            fmt(result.sub_scores.get(name)),
            badge(grade(result.sub_scores.get(name))),
            result.unavailable.get(name, ""),
        )
        for name in SUB_SCORES
    ]
    privacy_rows = [
        (
            "Membership Inference Protection",
            _with_interval(result.mia, None if result.membership is None else result.membership.score_interval),
            badge(grade(result.mia)),
            result.unavailable.get("membership_inference", ""),
        ),
        (
            "Attribute Inference Protection",
            _with_interval(result.aia, None if result.attribute is None else result.attribute.score_interval),
            badge(grade(result.aia)),
            result.unavailable.get("attribute_inference", ""),
        ),
        (
            "Copy Protection (exact matches, close records, DCR share)",
            fmt(result.copy_protection),
            badge(grade(result.copy_protection)),
            result.unavailable.get("copy_detection", ""),
        ),
    ]
    bands = _band_text()
    meaning_rows = [
        (badge(name), band, QUALITY_MEANING[name], PRIVACY_MEANING[name])
        for (_, name), band in zip(reversed(GRADE_BANDS), reversed(bands), strict=True)
    ]
    notes = "".join(f"<li>{esc(n)}</li>" for n in result.notes)
    return f"""
<section id="overview"><h2>Overview</h2>
{column_failures(result)}
<div class="headline">
  <div>{sqs_chart}<p>Quality grade: {badge(result.sqs_grade)}</p>{_ceiling(result)}</div>
  <div>{dps_chart}<p>Privacy grade: {badge(result.dps_grade)}</p></div>
</div>
<div class="grid">
<div><h3>Quality sub-scores</h3>{table(("score", "value", "grade", "note"), quality_rows, raw_columns={2})}</div>
<div><h3>Privacy sub-scores</h3>{table(("score", "value", "grade", "note"), privacy_rows, raw_columns={2})}
<p class="note">DPS is the mean of membership and attribute inference protection, capped by copy
protection: copied training records are a leak whatever the attacks find. Attack scores summarise
repeated attacks (fresh training samples, resampled holdout: the mean for membership, the median for
attributes); in brackets the range they span (5th-95th
percentile for membership, lowest-highest for attributes): a wide range means a small table, not a precise
score. Without enough holdout records membership inference is not measured, and neither is DPS.</p></div>
</div>
<h3>What the grades mean</h3>
{table(("grade", "score", "quality (SQS)", "privacy (DPS)"), meaning_rows, raw_columns={0})}
{f"<h3>Notes</h3><ul>{notes}</ul>" if notes else ""}
</section>"""


def column_failures(result: EvaluationResult) -> str:
    """A failure banner listing the columns one table lacks or adds (evaluated with
    ``--common-columns``); nothing when the tables have the same columns."""
    if not result.column_failures:
        return ""
    problems = {"missing": "missing: not generated", "not in training": "not in the training table: not evaluated"}
    rows = [(f["column"], f["table"], problems.get(f["problem"], f["problem"])) for f in result.column_failures]
    return f"""<div class="banner" id="column-failures"><strong>Failed: {len(rows)} column(s) could not be
compared.</strong> Scores cover the {len(result.column_sets.get("evaluated", []))} common column(s) only; each
training column the synthetic table lacks counts as the largest distribution distance.
{table(("column", "table", "problem"), rows)}</div>"""


def dataset_section(result: EvaluationResult, context: ReportContext) -> str:
    """Row counts, per-column types, missing shares and distribution distances."""
    d = result.dataset
    distance = {c.column: c for c in result.distributions}
    rows = []
    for column in d.get("column_details", []):
        dist = distance.get(column["name"])
        rows.append(
            (
                column["name"],
                column["type"],
                column["evaluated_as"],
                column["unique_training"],
                f"{100 * column['missing_training']:.1f} %",
                "\u2014" if column["missing_synthetic"] is None else f"{100 * column['missing_synthetic']:.1f} %",
                None if dist is None else dist.distance,
                None if dist is None else dist.score,
            )
        )
    counts = {
        "training rows": d.get("training_rows"),
        "synthetic rows": d.get("synthetic_rows"),
        "holdout rows": d.get("holdout_rows"),
        "columns": d.get("columns"),
        "numeric + categorical columns evaluated": d.get("tabular_columns"),
        "text columns evaluated": d.get("text_columns"),
    }
    extra = key_values(context.dataset_stats) if context.dataset_stats else ""
    return f"""
<section id="dataset"><h2>Dataset statistics</h2>
<div class="grid"><div>{key_values(counts)}</div><div>{extra}</div></div>
{
        table(
            (
                "column",
                "type",
                "evaluated as",
                "distinct (training)",
                "missing (training)",
                "missing (synthetic)",
                "JS distance",
                "distribution score",
            ),
            rows,
        )
    }
</section>"""


def differential_privacy_section(context: ReportContext) -> str:
    if not context.privacy:
        return ""
    privacy = context.privacy
    unit = str(privacy.get("unit", "record"))
    headline = {
        "epsilon spent (total)": privacy.get("epsilon_total"),
        "delta": privacy.get("delta"),
        "epsilon budget (target)": privacy.get("epsilon_target"),
        "unit of privacy": "one record" if unit == "record" else f"one entity ({unit.split(':', 1)[-1]})",
        "privacy units (treated as public)": privacy.get("n_units"),
        "noise multiplier": privacy.get("noise_multiplier"),
        "clipping norm": privacy.get("max_grad_norm"),
        "sample rate": privacy.get("sample_rate"),
        "DP-SGD steps (taken / planned)": f"{privacy.get('steps')} / {privacy.get('steps_planned')}",
        "accountant": privacy.get("accountant"),
        "composition": privacy.get("composition"),
    }
    items = [(i.get("name"), i.get("epsilon"), i.get("delta"), i.get("mechanism")) for i in privacy.get("items", [])]
    return f"""
<section id="dp"><h2>Differential privacy</h2>
<p class="note">{esc(plain_words(privacy))}</p>
{key_values({k: v for k, v in headline.items() if v is not None})}
<h3>Where the budget went</h3>
<p class="note">Every statistic the model's codec takes from the data outside DP-SGD (vocabularies,
bounds, bins) was computed with a DP mechanism from its own share; the total composes them with DP-SGD
in one accountant (each row's epsilon is what it states alone, so the rows add up to more than the
total). Column names and types and the number of privacy units are treated as public; see
{esc(PRIVACY_MODEL_DOC)}.</p>
{table(("release", "epsilon", "delta", "mechanism"), items)}
</section>"""


def pii_stage_section(context: ReportContext) -> str:
    if not context.pii:
        return ""
    headers = sorted(
        {k for row in context.pii for k in row},
        key=lambda k: (
            ["column", "entity", "confidence", "n_replaced", "strategy"].index(k)
            if k in ("column", "entity", "confidence", "n_replaced", "strategy")
            else 99,
            k,
        ),
    )
    rows = [[row.get(h) for h in headers] for row in context.pii]
    return f"""
<section id="pii-stage"><h2>PII replacement</h2>
<p class="note">Columns the PII stage detected and how their values were replaced before training.</p>
{table(headers, rows)}
</section>"""


def run_section(result: EvaluationResult, context: ReportContext) -> str:
    """Generation counters, configuration and timings."""
    timings = {
        **{f"run: {k}": v for k, v in context.timings.items()},
        **{f"evaluation: {k}": v for k, v in result.timings.items()},
    }
    timing_rows = [(k, f"{v:.2f} s") for k, v in timings.items()]
    generation = f"<h3>Generation</h3>{key_values(context.generation)}" if context.generation else ""
    dp = context.privacy is not None
    shown = displayed_config(context.config, dp=dp)
    config = json.dumps(shown, indent=2, default=str, sort_keys=False) if shown else "{}"
    randomness = f'<p class="note">{esc(RANDOMNESS_NOTE)}</p>' if dp else ""
    return f"""
<section id="run"><h2>Configuration and timings</h2>
{randomness}
{generation}
<div class="grid">
<div><h3>Timings</h3>{table(("stage", "seconds"), timing_rows)}</div>
<div><h3>Configuration</h3><pre>{esc(config)}</pre></div>
</div>
</section>"""
