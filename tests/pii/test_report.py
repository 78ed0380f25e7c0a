"""PiiReport: lookup, column->entity map, dict round trip."""

from __future__ import annotations

import json

import pytest

from safe_synthesizer.pii.report import PiiColumnReport, PiiReport


def _report() -> PiiReport:
    return PiiReport(
        columns=[
            PiiColumnReport("email", "email", 1.0, 10, "fake", "values"),
            PiiColumnReport("note", "free_text", 0.0, 3, "fake", "ner", {"name": 2, "email": 1}),
        ],
        n_rows=10,
    )


def test_columns_by_entity_excludes_free_text_unless_asked():
    report = _report()
    assert report.columns_by_entity() == {"email": "email"}
    assert report.columns_by_entity(include_free_text=True) == {"email": "email", "note": "free_text"}


def test_round_trip_and_json():
    report = _report()
    d = report.to_dict()
    assert d["n_values_replaced"] == 13
    assert PiiReport.from_dict(json.loads(json.dumps(d))) == report


def test_lookup():
    report = _report()
    assert report["note"].span_counts == {"name": 2, "email": 1}
    assert len(report) == 2 and [e.column for e in report] == ["email", "note"]
    with pytest.raises(KeyError):
        report["missing"]


def test_locale_and_evidence_round_trip():
    entry = PiiColumnReport("tel", "phone_number", 0.9, 5, "fake", "values", locale="en_GB", evidence="90% phones")
    report = PiiReport(columns=[entry])
    back = PiiReport.from_dict(json.loads(json.dumps(report.to_dict())))
    assert back["tel"].locale == "en_GB" and back["tel"].evidence == "90% phones"
