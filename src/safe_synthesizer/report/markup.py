"""HTML building blocks: escaping every data value, tables, and JSON that is safe in a page."""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def esc(value: object) -> str:
    """HTML-escaped text of any value (``None`` shows as an em dash, floats with 3 decimals).

    >>> esc("<script>alert(1)</script>")
    '&lt;script&gt;alert(1)&lt;/script&gt;'
    """
    return html.escape(fmt(value), quote=True)


def fmt(value: object) -> str:
    """Plain text of a value for display."""
    if value is None:
        return "\u2014"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if math.isnan(value):
            return "\u2014"
        if value != 0 and (abs(value) < 1e-3 or abs(value) >= 1e7):
            return f"{value:.3e}"
        return f"{value:.3f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:,.1f}"
    return str(value)


def pct(value: float | None) -> str:
    """A share as an escaped percentage."""
    return esc(None if value is None else f"{100.0 * value:.2f} %")


def script_json(payload: object) -> str:
    """JSON that can sit inside a ``<script>`` element: ``<``, ``>`` and ``&`` are written as
    unicode escapes, so a value containing ``</script>`` cannot close the element.

    >>> script_json({"a": "</script>"})
    '{"a": "\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(payload, allow_nan=False, default=_default)
    for char, escaped in _JSON_ESCAPES.items():
        text = text.replace(char, escaped)
    return text


def _default(value: object) -> object:
    import numpy as np

    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    return str(value)


def table(
    headers: Iterable[str],
    rows: Iterable[Iterable[object]],
    *,
    raw_columns: set[int] | None = None,
    css_class: str = "data",
) -> str:
    """An HTML table; every cell is escaped unless its column index is in ``raw_columns`` (for
    cells the caller built from escaped parts, such as grade badges)."""
    raw_columns = raw_columns or set()
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join(f"<td>{cell if i in raw_columns else esc(cell)}</td>" for i, cell in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return f'<table class="{css_class}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def badge(grade: str | None) -> str:
    """A coloured grade label (escaped)."""
    if grade is None:
        return '<span class="badge none">not measured</span>'
    slug = grade.lower().replace(" ", "-")
    return f'<span class="badge {esc(slug)}">{esc(grade)}</span>'


def key_values(mapping: dict) -> str:
    """A two-column table of a flat mapping; nested values are shown as JSON text."""
    rows = []
    for key, value in mapping.items():
        shown = json.dumps(value, default=str, indent=1) if isinstance(value, dict | list) else value
        rows.append((key, shown))
    return table(("item", "value"), rows, css_class="kv")


CSS = """
:root { --ink:#1d2733; --muted:#5b6b7d; --line:#dde3ea; --bg:#f6f8fa; --accent:#2563eb; }
* { box-sizing: border-box; }
body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink);
       margin: 0; background: var(--bg); line-height: 1.45; }
header { background: #0f2740; color: #fff; padding: 20px 32px; }
header h1 { margin: 0 0 4px 0; font-size: 24px; }
header p { margin: 0; color: #c7d4e2; }
nav { background: #fff; border-bottom: 1px solid var(--line); padding: 8px 32px; position: sticky; top: 0;
      z-index: 10; font-size: 14px; }
nav a { color: var(--accent); margin-right: 14px; text-decoration: none; }
main { padding: 16px 32px 48px 32px; max-width: 1400px; margin: 0 auto; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
h2 { margin-top: 0; font-size: 20px; } h3 { font-size: 16px; margin-bottom: 6px; }
p.note, .muted { color: var(--muted); font-size: 13px; }
table { border-collapse: collapse; margin: 8px 0 12px 0; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f0f3f7; }
table.kv td:first-child { font-weight: 600; white-space: nowrap; }
td { white-space: pre-wrap; overflow-wrap: break-word; max-width: 700px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 12px; }
.grid3 { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 12px; }
.chart { min-height: 300px; width: 100%; }
.chart.small { min-height: 260px; }
.badge { white-space: nowrap; display: inline-block; padding: 1px 8px; border-radius: 10px;
         font-size: 12px; font-weight: 600; color: #fff; }
.badge.excellent { background: #15803d; } .badge.very-good { background: #4d9221; }
.badge.good { background: #b7950b; } .badge.moderate { background: #d35400; }
.badge.poor { background: #b91c1c; } .badge.none { background: #94a3b8; }
.headline { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 12px; }
.unavailable { color: #9a3412; font-size: 13px; }
pre { background: #f0f3f7; padding: 10px; overflow-x: auto; font-size: 12px; }
.banner { border: 2px solid #b91c1c; background: #fef2f2; border-radius: 8px; padding: 12px 18px; margin: 16px 0;
          font-size: 14px; }
.banner.mild { border-color: #d97706; background: #fffbeb; }
.banner.releasable { border-color: #15803d; background: #f0fdf4; }
.banner.releasable.mild { border-color: #d97706; background: #fffbeb; }
code { background: #f0f3f7; padding: 0 4px; border-radius: 3px; font-size: 12px; }
"""
