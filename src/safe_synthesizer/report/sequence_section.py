"""The report's entity-histories section, from ``result.dataset["sequences"]`` (see
``evaluation.sequences``): histograms of events per entity, gaps and first times, then tables of
transitions, within-entity autocorrelation and entity-level consistency."""

from __future__ import annotations

from safe_synthesizer.evaluation.result import EvaluationResult
from safe_synthesizer.report.charts import Charts
from safe_synthesizer.report.figures import SYNTHETIC, TRAINING, label
from safe_synthesizer.report.markup import esc, fmt, table

TITLES = {
    "events_per_entity": "Events per entity",
    "inter_event_time": "Time between consecutive events",
    "first_event_time": "Time of the first event",
}


def histogram_figure(name: str, labels: list[str], training: list[int], synthetic: list[int]) -> dict:
    """Shares per bin, training vs synthetic, bins in their natural order."""
    t_total, s_total = sum(training) or 1, sum(synthetic) or 1
    x = [label(v) for v in labels]
    return {
        "data": [
            {"type": "bar", "name": "training", "x": x, "y": [v / t_total for v in training],
             "marker": {"color": TRAINING}},
            {"type": "bar", "name": "synthetic", "x": x, "y": [v / s_total for v in synthetic],
             "marker": {"color": SYNTHETIC}},
        ],
        "layout": {
            "title": {"text": label(TITLES.get(name, name)), "font": {"size": 14}, "x": 0.01, "xanchor": "left"},
            "barmode": "group",
            "height": 300,
            "margin": {"l": 50, "r": 20, "t": 40, "b": 80},
            "xaxis": {"type": "category"},
            "yaxis": {"title": {"text": "share"}},
            "legend": {"orientation": "h", "y": -0.35},
        },
    }


def noise_verdict(d: dict) -> str:
    """The verdict after a noise reference: within or above sampling noise ("" when not computed)."""
    within = d.get("within_noise")
    if within is None:
        return ""
    return ": within sampling noise" if within else ": above sampling noise"


def sequence_section(result: EvaluationResult, charts: Charts) -> str:
    """The section, or "" when the run has no entity histories."""
    seq = result.dataset.get("sequences") if isinstance(result.dataset, dict) else None
    if not seq:
        return ""
    cells = "".join(
        "<div>"
        + charts.add(histogram_figure(d["name"], d["labels"], d["training"], d["synthetic"]))
        + f'<p class="muted">JS distance {esc(fmt(d["distance"]))}; sampling-noise reference '
        f"{esc(fmt(d['baseline']))}{esc(noise_verdict(d))}</p></div>"
        for d in seq["distributions"]
    )
    parts = [
        f"""
<section id="sequences"><h2>Entity histories</h2>
<p class="note">Records grouped by <code>{esc(seq["entity_column"])}</code> and ordered by
<code>{esc(seq["time_column"])}</code>: {esc(seq["training_entities"])} training entities
({esc(seq["training_rows"])} rows), {esc(seq["synthetic_entities"])} synthetic entities
({esc(seq["synthetic_rows"])} rows). Jensen-Shannon distance (base 2): 0 is identical, 1 disjoint;
the noise reference is what two real samples of these sizes differ by on average (random halves of
the training entities, scaled to the sizes compared). A distance at or below it is as close as a
second real sample would be: no model can be told apart from the data more finely with this many
entities, so do not read a small table's distance (about 0.1 for a few hundred entities) as a
failure to reach a smaller number.
Share of synthetic entities with their events in time order: {esc(fmt(seq["ordered_share"]))}.</p>
<div class="grid3">{cells}</div>"""
    ]
    if seq["entity_level"]:
        rows = [(e["column"], e["training"], e["synthetic"]) for e in seq["entity_level"]]
        parts.append(
            "<h3>Entity-level columns</h3><p class=\"note\">Constant within every training entity; share of "
            "entities with more than one event in which the column stays constant.</p>"
            + table(("column", "training", "synthetic"), rows)
        )
    if seq["transitions"]:
        rows = [
            (t["column"], t["distance"], t["repeat_share_training"], t["repeat_share_synthetic"])
            for t in seq["transitions"]
        ]
        parts.append(
            "<h3>Transitions between consecutive events</h3><p class=\"note\">JS distance of the (previous, "
            "next) value pairs within entities, and the share of events repeating the previous value.</p>"
            + table(("column", "JS distance", "repeat share training", "repeat share synthetic"), rows)
        )
    if seq["autocorrelation"]:
        rows = [(a["column"], a["training"], a["synthetic"]) for a in seq["autocorrelation"]]
        parts.append(
            "<h3>Within-entity autocorrelation</h3><p class=\"note\">Pearson r between a numeric value and "
            "the same entity's previous value (lag 1).</p>" + table(("column", "training", "synthetic"), rows)
        )
    parts.append("</section>")
    return "".join(parts)
