"""Privacy and utility sections: MIA, AIA, copy detection, PII replay, TSTR utility."""

from __future__ import annotations

from safe_synthesizer.evaluation.grades import grade
from safe_synthesizer.evaluation.result import EvaluationResult
from safe_synthesizer.report import figures
from safe_synthesizer.report.charts import Charts
from safe_synthesizer.report.markup import badge, esc, fmt, pct, table


def _unavailable(result: EvaluationResult, key: str, title: str) -> str:
    reason = result.unavailable.get(key)
    return f'<p class="unavailable">{esc(title)} unavailable: {esc(reason)}</p>' if reason else ""


def _interval_note(repeats: int, interval: tuple[float, float] | None, kind: str) -> str:
    if interval is None:
        return ""
    return (
        f'<p class="note">Mean of {repeats} repeated attacks; their scores span {esc(fmt(interval[0]))} to '
        f"{esc(fmt(interval[1]))} ({esc(kind)}).</p>"
    )


def membership_section(result: EvaluationResult, charts: Charts) -> str:
    m = result.membership
    if m is None:
        return _unavailable(result, "membership_inference", "Membership inference")
    chart = charts.add(
        figures.grouped_bars(
            [f"q={a['quantile']:.1f}" for a in m.attacks],
            {"precision": [a["precision"] for a in m.attacks], "accuracy": [a["accuracy"] for a in m.attacks]},
            "Threshold attacks (0.5 = chance)",
            "share",
            y_range=[0, 1],
        ),
        small=True,
    )
    rows = [(a["quantile"], a["threshold"], pct(a["flagged_share"]), a["precision"], a["accuracy"]) for a in m.attacks]
    return f"""
<h3>Membership inference protection: {esc(fmt(m.score))} {badge(grade(m.score))}</h3>
<div class="grid"><div>{chart}</div><div>
{table(("quantile", "distance threshold", "flagged", "precision", "accuracy"), rows, raw_columns={2})}
{_interval_note(m.repeats, m.score_interval, "5th-95th percentile")}
<p class="note">{m.n_members} training records and {m.n_non_members} holdout records; a record is flagged as a
training member when its nearest synthetic record is closer than the threshold. AUC {esc(fmt(m.auc))}
(0.5 = no better than chance).</p></div></div>"""


def attribute_section(result: EvaluationResult, charts: Charts) -> str:
    a = result.attribute
    if a is None:
        return _unavailable(result, "attribute_inference", "Attribute inference")
    columns = [c["column"] for c in a.columns]
    chart = charts.add(
        figures.grouped_bars(
            columns,
            {
                "training records": [c["accuracy_training"] for c in a.columns],
                f"baseline ({a.baseline})": [c["accuracy_baseline"] for c in a.columns],
            },
            "Attribute guessed correctly",
            "accuracy",
            y_range=[0, 1],
        ),
        small=True,
    )
    rows = [
        (
            c["column"],
            ", ".join(c.get("quasi_identifiers", [])),
            c["accuracy_training"],
            c["accuracy_baseline"],
            c["risk"],
            c["entropy_weight"],
            c["score"],
        )
        for c in a.columns
    ]
    qi = "; ".join(", ".join(s) for s in a.quasi_identifier_sets)
    return f"""
<h3>Attribute inference protection: {esc(fmt(a.score))} {badge(grade(a.score))}</h3>
<div class="grid"><div>{chart}</div><div>
{
        table(
            (
                "column",
                "attacker's best known columns",
                "accuracy (training)",
                "accuracy (baseline)",
                "risk",
                "entropy weight",
                "protection",
            ),
            rows,
        )
    }
{_interval_note(a.repeats, a.score_interval, "lowest to highest; the table shows the median attack")}
<p class="note">Per column, the quasi-identifier set that guesses it best is shown. Sets tried: {esc(qi)}.</p>
</div></div>"""


def copy_section(result: EvaluationResult, charts: Charts) -> str:
    c = result.copying
    if c is None:
        return _unavailable(result, "copy_detection", "Copy detection")
    chart = charts.add(
        figures.overlaid_histogram(
            {"synthetic \u2192 training": c.dcr_synthetic, f"{c.baseline} \u2192 training": c.dcr_baseline},
            "Distance to closest training record (DCR)",
            "distance",
        )
    )
    rows = [
        (
            "exact copies of a training row",
            pct(c.exact_match_synthetic),
            pct(c.exact_match_baseline),
            "should be about the baseline",
        ),
        (
            f"closer than the baseline's 5th percentile DCR ({fmt(c.close_threshold)})",
            pct(c.close_share_synthetic),
            pct(c.close_share_baseline),
            "should be about the baseline",
        ),
        ("median DCR", esc(fmt(c.dcr_median_synthetic)), esc(fmt(c.dcr_median_baseline)), "higher is more private"),
        (
            "median NNDR (nearest / second nearest)",
            esc(fmt(c.nndr_median_synthetic)),
            esc(fmt(c.nndr_median_baseline)),
            "near 0 means copies",
        ),
        (
            "DCR share: closer to training than to holdout",
            pct(c.dcr_share),
            "50.00 %" if c.dcr_share is not None else "\u2014",
            f"a full copy would reach {fmt(c.dcr_share_full_copy)}" if c.dcr_share_full_copy is not None else "",
        ),
    ]
    return f"""
<h3>Copy protection: {esc(fmt(c.score))} {badge(grade(c.score))}</h3>
<div class="grid"><div>{chart}</div><div>
{table(("statistic", "synthetic", f"baseline ({c.baseline})", "reading"), rows, raw_columns={1, 2})}
<p class="note">Risk is the largest excess over the baseline (exact matches {esc(fmt(c.risk_exact))}, close
records {esc(fmt(c.risk_close))}, DCR share {esc(fmt(c.risk_dcr_share))}); protection = 10 at no excess, 0 when
every synthetic row is a copy.</p></div></div>"""


def pii_replay_section(result: EvaluationResult) -> str:
    if not result.pii_replay:
        return ""
    rows = [
        (p.column, p.entity, p.n_training_values, p.n_replayed, pct(p.replay_share), pct(p.synthetic_rows_with_replay))
        for p in result.pii_replay
    ]
    return f"""
<h3>PII replay</h3>
{
        table(
            (
                "column",
                "entity",
                "distinct training values",
                "reappearing",
                "share reappearing",
                "synthetic rows with a training value",
            ),
            rows,
            raw_columns={4, 5},
        )
    }"""


def privacy_section(result: EvaluationResult, charts: Charts) -> str:
    return f"""
<section id="privacy"><h2>Privacy: {esc(fmt(result.dps))} {badge(result.dps_grade)}</h2>
{copy_section(result, charts)}
{membership_section(result, charts)}
{attribute_section(result, charts)}
{pii_replay_section(result)}
</section>"""


def utility_section(result: EvaluationResult) -> str:
    u = result.utility
    if u is None:
        return ""
    if u.unavailable:
        body = f'<p class="unavailable">Utility unavailable: {esc(u.unavailable)}</p>'
    else:
        metrics = list(u.real)
        rows = [(m, u.real.get(m), u.synthetic.get(m)) for m in metrics]
        body = (
            f"<p>Target <b>{esc(u.target)}</b> ({esc(u.task)}); each model trained on {u.n_train_rows} rows, "
            f"tested on {u.n_test_rows} holdout rows.</p>"
            + table(("metric", "train real, test real", "train synthetic, test real"), rows)
        )
    return f"""
<section id="utility"><h2>Utility (train on synthetic, test on real)</h2>{body}
<p class="note">Histogram gradient boosting (scikit-learn), same settings for both models. Close values mean
the synthetic data supports the same predictions as the real data.</p>
</section>"""
