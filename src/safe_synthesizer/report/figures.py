"""Plotly figures as plain dicts (data + layout), rendered in the page by the embedded plotly.js.

Every label that comes from the data goes through :func:`label`: plotly.js interprets a few
HTML-like tags in text, so values are entity-escaped and shown literally.
"""

from __future__ import annotations

import html

import numpy as np

TRAINING = "#2563eb"
SYNTHETIC = "#f97316"
BASELINE = "#64748b"
MAX_CATEGORIES_PLOTTED = 30
GRADE_STEPS = [
    {"range": [0, 2], "color": "#fecaca"},
    {"range": [2, 4], "color": "#fed7aa"},
    {"range": [4, 6], "color": "#fef08a"},
    {"range": [6, 8], "color": "#d9f99d"},
    {"range": [8, 10], "color": "#bbf7d0"},
]


def label(value: object) -> str:
    """Text safe for a plotly label: shown literally, never interpreted."""
    return html.escape("(missing)" if value is None else str(value), quote=True)


def _layout(title: str, **extra) -> dict:
    layout = {
        "title": {"text": label(title), "font": {"size": 14}, "x": 0.01, "xanchor": "left"},
        "margin": {"l": 50, "r": 20, "t": 40, "b": 50},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "legend": {"orientation": "h", "y": -0.2},
    }
    layout.update(extra)
    return layout


def gauge(value: float | None, title: str) -> dict:
    """A 0-10 gauge with the grade bands; an unmeasured score shows "not measured", not a 0."""
    trace = {
        "type": "indicator",
        "mode": "gauge+number" if value is not None else "gauge",
        "value": round(value, 2) if value is not None else 0.0,
        "number": {"suffix": " / 10", "valueformat": ".1f"},
        "gauge": {
            "axis": {"range": [0, 10]},
            "bar": {"color": "#0f2740" if value is not None else "rgba(0,0,0,0)"},
            "steps": GRADE_STEPS,
        },
    }
    layout = _layout(title, margin={"l": 30, "r": 30, "t": 50, "b": 10}, height=260)
    if value is None:
        layout["annotations"] = [
            {
                "text": "not measured",
                "showarrow": False,
                "x": 0.5,
                "y": 0.2,
                "xref": "paper",
                "yref": "paper",
                "font": {"size": 20},
            }
        ]
    return {"data": [trace], "layout": layout}


def distribution(column: str, kind: str, bins: list, training: list[float], synthetic: list[float]) -> dict:
    """Real vs synthetic shares: grouped bars per category (top 30) or per numeric bin."""
    t = np.asarray(training, dtype=float)
    s = np.asarray(synthetic, dtype=float)
    t_share = t / t.sum() if t.sum() else t
    s_share = s / s.sum() if s.sum() else s
    if kind == "categorical":
        order = sorted(range(len(bins)), key=lambda i: (-t_share[i] - s_share[i], str(bins[i])))
        order = order[:MAX_CATEGORIES_PLOTTED]
        x = [label(bins[i]) for i in order]
        ty, sy = [float(t_share[i]) for i in order], [float(s_share[i]) for i in order]
        xaxis = {"type": "category"}
    else:
        edges = np.asarray(bins, dtype=float)
        centres = [float(v) for v in (edges[:-1] + edges[1:]) / 2]
        x = [f"{c:.4g}" for c in centres]
        ty, sy = t_share[: len(centres)].tolist(), s_share[: len(centres)].tolist()
        if t[-1] > 0 or s[-1] > 0:  # a "missing" cell is kept only when something is missing
            x.append("(missing)")
            ty.append(float(t_share[-1]))
            sy.append(float(s_share[-1]))
        xaxis = {"type": "category", "title": {"text": "bin centre"}}
    data = [
        {"type": "bar", "name": "training", "x": x, "y": ty, "marker": {"color": TRAINING}},
        {"type": "bar", "name": "synthetic", "x": x, "y": sy, "marker": {"color": SYNTHETIC}},
    ]
    return {
        "data": data,
        "layout": _layout(column, barmode="group", xaxis=xaxis, yaxis={"title": {"text": "share of rows"}}, height=300),
    }


def synthetic_distribution(column: str, kind: str, bins: list, counts: list[float]) -> dict:
    """Synthetic shares alone: bars per category (top 30) or per numeric bin (edges in ``bins``).

    Example:
        >>> synthetic_distribution("sex", "categorical", ["F", "M"], [3, 1])["data"][0]["y"]
        [0.75, 0.25]
    """
    c = np.asarray(counts, dtype=float)
    share = c / c.sum() if c.sum() else c
    if kind == "categorical":
        order = sorted(range(len(bins)), key=lambda i: (-share[i], str(bins[i])))[:MAX_CATEGORIES_PLOTTED]
        x = [label(bins[i]) for i in order]
        y = [float(share[i]) for i in order]
        xaxis: dict = {"type": "category"}
    else:
        edges = np.asarray(bins, dtype=float)
        centres = (edges[:-1] + edges[1:]) / 2
        x = [f"{v:.4g}" for v in centres]
        y = share[: len(centres)].tolist()
        if len(c) > len(centres) and c[-1] > 0:
            x.append("(missing)")
            y.append(float(share[-1]))
        xaxis = {"type": "category", "title": {"text": "bin centre"}}
    data = [{"type": "bar", "name": "synthetic", "x": x, "y": y, "marker": {"color": SYNTHETIC}}]
    return {
        "data": data,
        "layout": _layout(column, xaxis=xaxis, yaxis={"title": {"text": "share of rows"}}, height=300),
    }


def heatmap(matrix: np.ndarray, columns: list[str], title: str, *, difference: bool = False) -> dict:
    """An association matrix (-1..1, red-blue) or an absolute difference matrix (0..1, reds)."""
    names = [label(c) for c in columns]
    trace = {"type": "heatmap", "z": np.round(matrix, 4).tolist(), "x": names, "y": names}
    if difference:
        trace.update({"colorscale": "Reds", "zmin": 0, "zmax": 1})
    else:
        trace.update({"colorscale": "RdBu", "reversescale": True, "zmin": -1, "zmax": 1})
    return {
        "data": [trace],
        "layout": _layout(
            title, height=460, yaxis={"autorange": "reversed"}, margin={"l": 120, "r": 20, "t": 40, "b": 120}
        ),
    }


def pca_scatter(training: np.ndarray, synthetic: np.ndarray) -> dict:
    """Projected samples of both tables on the training's first two principal components."""

    def trace(points: np.ndarray, name: str, color: str) -> dict:
        y = points[:, 1] if points.shape[1] > 1 else np.zeros(len(points))
        return {
            "type": "scatter",
            "mode": "markers",
            "name": name,
            "x": np.round(points[:, 0], 4).tolist(),
            "y": np.round(y, 4).tolist(),
            "marker": {"color": color, "size": 4, "opacity": 0.45},
        }

    return {
        "data": [trace(training, "training", TRAINING), trace(synthetic, "synthetic", SYNTHETIC)],
        "layout": _layout(
            "Principal components (fit on training)",
            height=420,
            xaxis={"title": {"text": "PC 1"}},
            yaxis={"title": {"text": "PC 2"}},
        ),
    }


def overlaid_histogram(series: dict[str, np.ndarray], title: str, x_title: str) -> dict:
    """Overlaid normalised histograms on shared bins (e.g. distances to closest record)."""
    colors = [SYNTHETIC, BASELINE, TRAINING]
    finite = [v[np.isfinite(v)] for v in series.values()]
    both = np.concatenate(finite) if finite else np.zeros(1)
    edges = np.histogram_bin_edges(both, bins=40) if both.size else np.linspace(0, 1, 41)
    centres = ((edges[:-1] + edges[1:]) / 2).round(5).tolist()
    data = []
    for (name, values), color in zip(series.items(), colors, strict=False):
        counts, _ = np.histogram(values[np.isfinite(values)], bins=edges)
        share = counts / max(1, counts.sum())
        data.append(
            {
                "type": "bar",
                "name": label(name),
                "x": centres,
                "y": share.round(5).tolist(),
                "marker": {"color": color},
                "opacity": 0.65,
            }
        )
    return {
        "data": data,
        "layout": _layout(
            title,
            barmode="overlay",
            height=320,
            bargap=0,
            xaxis={"title": {"text": label(x_title)}},
            yaxis={"title": {"text": "share of rows"}},
        ),
    }


def grouped_bars(
    categories: list[str],
    series: dict[str, list[float | None]],
    title: str,
    y_title: str,
    *,
    y_range: list[float] | None = None,
) -> dict:
    """Grouped bars, one group per category (e.g. AIA accuracy per column)."""
    colors = [TRAINING, BASELINE, SYNTHETIC]
    data = [
        {
            "type": "bar",
            "name": label(name),
            "x": [label(c) for c in categories],
            "y": [None if v is None else round(float(v), 4) for v in values],
            "marker": {"color": color},
        }
        for (name, values), color in zip(series.items(), colors, strict=False)
    ]
    yaxis: dict = {"title": {"text": label(y_title)}}
    if y_range is not None:
        yaxis["range"] = y_range
    return {
        "data": data,
        "layout": _layout(title, barmode="group", height=320, yaxis=yaxis, xaxis={"type": "category"}),
    }
