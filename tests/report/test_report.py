import json
import re

from safe_synthesizer.evaluation.result import EvaluationResult
from safe_synthesizer.report import ReportContext, render_report, write_report
from safe_synthesizer.report.markup import esc, script_json, table

from .conftest import HOSTILE


def _figures(html: str) -> list[dict]:
    block = re.search(r'<script type="application/json" id="report-figures">(.*?)</script>', html, re.S)
    return json.loads(block.group(1))


def test_escape_helpers():
    assert esc(HOSTILE) == "&lt;script&gt;window.__xss = 1&lt;/script&gt;"
    assert "</" not in script_json({"v": "</script><!--"})
    assert json.loads(script_json({"v": "</script>&"})) == {"v": "</script>&"}
    assert "<td>&lt;b&gt;</td>" in table(["h"], [["<b>"]])


def test_hostile_values_never_reach_the_markup(hostile_result, full_context):
    html = render_report(hostile_result, full_context)
    assert "window.__xss" in html  # the values are shown ...
    assert "<script>window.__xss" not in html  # ... but never as markup
    assert "<img src=x" not in html
    figures_block = html.split('id="report-figures">', 1)[1].split("</script>", 1)[0]
    assert "</" not in figures_block and "<" not in figures_block


def test_plotly_embedded_once_and_no_network(hostile_result):
    html = render_report(hostile_result)
    assert html.count("plotly.js v") == 1  # the library's banner comment
    assert not re.search(r"<script[^>]+src=", html)
    from plotly.offline import get_plotlyjs

    ours = html.replace(get_plotlyjs(), "")  # the library mentions its CDN for geo maps we never draw
    assert "http://" not in ours and "https://" not in ours


def test_every_chart_has_a_figure(hostile_result):
    html = render_report(hostile_result)
    containers = re.findall(r'<div class="chart[^"]*" id="chart-(\d+)"', html)
    assert [int(i) for i in containers] == list(range(len(_figures(html))))
    assert len(containers) >= 10


def test_sections_follow_the_context(hostile_result, full_context):
    bare = render_report(hostile_result)
    assert 'id="dp"' not in bare and 'id="pii-stage"' not in bare
    full = render_report(hostile_result, full_context)
    for anchor in (
        "overview",
        "dataset",
        "distributions",
        "correlations",
        "deep-structure",
        "privacy",
        "utility",
        "dp",
        "pii-stage",
        "run",
    ):
        assert f'id="{anchor}"' in full
    assert "What the grades mean" in full
    assert "PII replay" in full


def test_write_report_is_atomic(tmp_path, hostile_result):
    path = write_report(hostile_result, tmp_path / "sub" / "evaluation_report.html")
    assert path.exists() and path.stat().st_size > 1_000_000
    assert not list(path.parent.glob(".*.tmp"))


def test_empty_result_renders():
    result = EvaluationResult(sqs=None, dps=0.0, sub_scores={})
    html = render_report(result, ReportContext())
    assert "not measured" in html
    assert _figures(html)[1]["data"][0]["value"] == 0.0


def test_dp_section_explains_the_guarantee_and_itemises_the_budget(hostile_result, full_context):
    html = render_report(hostile_result, full_context)
    section = html.split('<section id="dp">', 1)[1].split("</section>", 1)[0]
    assert "differentially private at the level of one record" in section
    assert "<td>dp_sgd</td>" in section and "<td>bounds#1</td>" in section
    assert "unit of privacy" in section
