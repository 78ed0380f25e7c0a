"""Open the report in headless Chromium: charts render offline, no console errors, no injection.

Needs the Debian packages ``chromium`` and ``chromium-driver``; skipped (with the reason) when they
are not installed. Leaves a screenshot and the render time in ``test-artifacts/``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from safe_synthesizer.report import write_report

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def test_report_renders_offline_in_chromium(browser, hostile_result, full_context, tmp_path):
    path = write_report(hostile_result, tmp_path / "evaluation_report.html", context=full_context)
    started = time.perf_counter()
    browser.get(path.as_uri())
    state = None
    for _ in range(600):
        state = browser.execute_script(
            "return document.body && (document.body.dataset.rendered || document.body.dataset.renderError) || null"
        )
        if state:
            break
        time.sleep(0.1)
    wall = time.perf_counter() - started
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "evaluation_report.png"))
    assert state == "true", f"charts did not finish rendering: {state}"

    logs = browser.get_log("browser")
    severe = [entry["message"] for entry in logs if entry["level"] == "SEVERE"]
    assert not severe, severe

    counts = browser.execute_script(
        "var charts = Array.from(document.querySelectorAll('.chart'));"
        "return [charts.length, charts.filter(function (c) { return c.querySelector('svg, canvas'); }).length];"
    )
    assert counts[0] >= 10 and counts[0] == counts[1], f"{counts[1]} of {counts[0]} charts rendered"
    assert browser.execute_script("return window.__xss === undefined")
    assert "window.__xss" in browser.find_element("tag name", "body").text  # shown as text
    assert "javascript:window.__xss=3" in browser.find_element("tag name", "body").text
    # No payload became markup: links stay in-page, no event handler or javascript: URL anywhere.
    risky = browser.execute_script(
        "var out = [];"
        "document.querySelectorAll('*').forEach(function (el) {"
        "  Array.from(el.attributes).forEach(function (a) {"
        "    var v = a.value.trim().toLowerCase();"
        "    var url = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data'].indexOf(a.name) >= 0;"
        "    var js = url && v.indexOf('javascript:') === 0;"
        "    if (a.name.indexOf('on') === 0 || js) out.push(el.tagName + ' ' + a.name);"
        "  });"
        "});"
        "return out;"
    )
    assert risky == []
    hrefs = browser.execute_script(
        "return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.getAttribute('href'); })"
    )
    assert hrefs and all(h.startswith("#") for h in hrefs), hrefs
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0

    render_ms = int(browser.execute_script("return document.body.dataset.renderMs"))
    (ARTIFACTS / "evaluation_report_render.json").write_text(
        json.dumps(
            {
                "file_bytes": path.stat().st_size,
                "charts": counts[0],
                "plotly_render_ms": render_ms,
                "load_and_render_s": round(wall, 2),
            },
            indent=2,
        )
    )
