"""Privacy ledger: persistence across instances, cumulative budget checks, strict refusal."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.ledger import (
    LEDGER_ENV,
    PrivacyLedger,
    default_ledger_path,
    fingerprint_dataframe,
    fingerprint_file,
)

PBCSEQ = Path(__file__).parents[2] / ".." / "shared" / "data" / "pbcseq_visits.csv"


def test_releases_persist_across_instances(tmp_path, pbcseq):
    path = tmp_path / "nested" / "ledger.json"
    fp = fingerprint_dataframe(pbcseq)
    PrivacyLedger(path).record(fp, epsilon=3.0, delta=1e-6, run_path="runs/a", unit="entity:id")
    PrivacyLedger(path).record(fp, epsilon=2.5, delta=2e-6, run_path=tmp_path / "runs" / "b")
    ledger = PrivacyLedger(path)
    releases = ledger.releases(fp)
    assert [r["epsilon"] for r in releases] == [3.0, 2.5]
    assert releases[0]["unit"] == "entity:id"
    assert releases[1]["run_path"].endswith("b")
    assert all(len(r["date"]) >= 19 for r in releases)
    eps, delta = ledger.spent(fp)
    assert eps == pytest.approx(5.5)
    assert delta == pytest.approx(3e-6)
    # Other sources are unaffected; the file is valid JSON without data values.
    assert ledger.spent(fingerprint_dataframe(pbcseq.head(10))) == (0.0, 0.0)
    payload = json.loads(path.read_text())
    assert list(payload["sources"]) == [fp]
    assert "bili" not in path.read_text()
    # Atomic writes leave no temporary files behind.
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(".lock")) == ["ledger.json"]


def test_over_budget_warns_then_strict_refuses(tmp_path, pbcseq, caplog):
    ledger = PrivacyLedger(tmp_path / "ledger.json")
    fp = fingerprint_dataframe(pbcseq)
    first = ledger.check(fp, epsilon=8.0, max_total_epsilon=10.0)
    assert not first.over_budget
    ledger.record(fp, epsilon=8.0, delta=1e-6, run_path="r1")
    with caplog.at_level(logging.WARNING, logger="safe_synthesizer.privacy.ledger"):
        second = ledger.check(fp, epsilon=3.0, max_total_epsilon=10.0)
    assert second.over_budget
    assert second.total_after == pytest.approx(11.0)
    assert "privacy.max_total_epsilon" in caplog.text
    with pytest.raises(ConfigError) as err:
        ledger.check(fp, epsilon=3.0, max_total_epsilon=10.0, strict=True)
    message = str(err.value)
    assert "\n" not in message
    assert "11" in message and "10" in message and "strict-budget" in message
    # Exactly at the cap is allowed; no cap means never over.
    assert not ledger.check(fp, epsilon=2.0, max_total_epsilon=10.0, strict=True).over_budget
    assert not ledger.check(fp, epsilon=100.0, max_total_epsilon=None, strict=True).over_budget


def test_environment_variable_sets_the_default_path(tmp_path, monkeypatch):
    target = tmp_path / "elsewhere.json"
    monkeypatch.setenv(LEDGER_ENV, str(target))
    assert default_ledger_path() == target
    PrivacyLedger().record("sha256:abc", epsilon=1.0, delta=0.0, run_path=None)
    assert target.exists()
    monkeypatch.delenv(LEDGER_ENV)
    assert default_ledger_path().name == "privacy_ledger.json"
    assert default_ledger_path().parent.name == ".safe-synthesizer"


def test_fingerprints_are_stable_and_content_based(pbcseq):
    a = fingerprint_dataframe(pbcseq)
    assert a == fingerprint_dataframe(pbcseq.copy())
    assert a.startswith("sha256:") and len(a) == len("sha256:") + 64
    changed = pbcseq.copy()
    changed.loc[0, "bili"] = changed.loc[0, "bili"] + 0.1
    assert fingerprint_dataframe(changed) != a
    # This file is already in canonical form, so its bytes and its parsed table hash alike.
    assert fingerprint_file(PBCSEQ) == a


def test_corrupt_ledger_is_a_config_error(tmp_path):
    path = tmp_path / "ledger.json"
    path.write_text("{not json")
    with pytest.raises(ConfigError, match="SAFE_SYNTHESIZER_LEDGER"):
        PrivacyLedger(path).spent("sha256:x")
    path.write_text(json.dumps({"version": 99}))
    with pytest.raises(ConfigError, match="unknown format"):
        PrivacyLedger(path).check("sha256:x", 1.0, 10.0)
