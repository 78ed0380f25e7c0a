"""The reference tutorial's flow, with our names, against a real server on loopback.

Two jobs on the 300-row Adult slice (no DP and epsilon 6) on two workers, and a third (a quick
preflight) that waits in the queue while they run; the scores can be compared as the tutorial does.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.client import (
    ApiError,
    JobFailedError,
    SafeSynthesizerClient,
    SafeSynthesizerJobBuilder,
)
from safe_synthesizer.errors import ConfigError, UserInputError
from safe_synthesizer.service.settings import ServiceSettings
from service.live import ADULT, make_token, thread_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    settings = ServiceSettings(data_dir=tmp_path_factory.mktemp("svc"), max_workers=2, poll_seconds=0.2)
    token = make_token(settings, "default", "member")
    with thread_server(settings) as server:
        yield server, token


def _builder(client: SafeSynthesizerClient, df: pd.DataFrame) -> SafeSynthesizerJobBuilder:
    return (
        SafeSynthesizerJobBuilder(client).with_data_source(df).with_replace_pii()
        .with_data(holdout=100)  # the privacy score needs at least 100 holdout records
        .with_train(batch_size=32, num_epochs=1, model_size="small", num_threads=1)
        .with_generate(num_records=100)
    )


def test_tutorial_flow_end_to_end(live, tmp_path: Path) -> None:
    server, token = live
    df = pd.read_csv(ADULT).head(300)
    client = SafeSynthesizerClient(base_url=server.url, workspace="default", token=token)
    client.projects.create(workspace="default", name="test-project")
    with pytest.raises(ApiError, match="409"):
        client.projects.create(workspace="default", name="test-project")
    assert client.projects.create(name="test-project", exist_ok=True)["name"] == "test-project"

    plain = _builder(client, df).synthesize().create_job(name="no-dp", project="test-project")
    dp_builder = _builder(client, df).with_differential_privacy(epsilon=6.0, delta=1e-5).synthesize()
    assert dp_builder.config["privacy"] == {"dp_enabled": True, "epsilon": 6.0, "delta": 1e-5}
    assert dp_builder.config["training"]["epochs"] == 1  # the tutorial's num_epochs, our key
    dp = dp_builder.create_job(name="dp-moderate", project="test-project")
    assert dp.job_name == "dp-moderate" and dp.job_id.startswith("job-")
    check = (SafeSynthesizerJobBuilder(client).with_data_source(df).validate()
             .create_job(name="check", project="test-project"))
    assert check.fetch_status() == "queued"  # both workers are busy training: it waits its turn

    summaries = {}
    for job in (plain, dp):
        job.wait_for_completion(poll_interval=0.5, timeout=600)
        s = job.fetch_summary()
        for score in (s.synthetic_data_quality_score, s.data_privacy_score,
                      s.membership_inference_protection_score, s.attribute_inference_protection_score):
            assert score is not None and 0 <= score <= 10
        summaries[job.job_name] = s
    assert summaries["no-dp"].epsilon is None
    assert 0 < summaries["dp-moderate"].epsilon <= 6.0 + 1e-6
    check.wait_for_completion(poll_interval=0.5, timeout=300)
    records = {j["name"]: j for j in client.list_jobs(project="test-project")}
    assert records["check"]["started_at"] >= min(records["no-dp"]["finished_at"], records["dp-moderate"]["finished_at"])
    assert records["check"]["summary"]["rows"] == 300

    data = dp.fetch_data()
    assert len(data) == 100 and list(data.columns) == list(df.columns)
    assert len(dp.fetch_data(format="csv")) == 100
    report = plain.fetch_report(path=tmp_path / "report.html")
    assert report.lstrip().lower().startswith("<!doctype html") and (tmp_path / "report.html").read_text() == report
    logs = dp.logs()
    assert "job stage: train" in logs and "job stage: evaluate" in logs
    assert dp.cancel()["status"] == "completed"  # cancelling a finished job changes nothing

    owner = SafeSynthesizerClient(base_url=server.url, token=make_token(server.settings, "default", "owner"))
    spent = [r for r in owner.audit(action="job.completed") if r["target"] == dp.job_id]
    assert len(spent) == 1 and spent[0]["epsilon"] == pytest.approx(summaries["dp-moderate"].epsilon)
    assert spent[0]["dataset_fingerprint"].startswith("sha256:")


def test_cancel_a_queued_job_and_bad_input_errors(live) -> None:
    server, token = live
    client = SafeSynthesizerClient(base_url=server.url, token=token)
    client.projects.create(name="other", exist_ok=True)
    df = pd.read_csv(ADULT).head(300)
    first = _builder(client, df).create_job(name="long", project="other")
    second = _builder(client, df).create_job(name="to-cancel", project="other")
    for job in (second, first):  # queued ones are cancelled at once, running ones stopped by their pool
        assert job.cancel()["status"] in ("cancelled", "running")
    for job in (second, first):
        with pytest.raises(JobFailedError, match=f"{job.job_name}\\) cancelled"):
            job.wait_for_completion(poll_interval=0.3, timeout=120)
    with pytest.raises(ApiError, match="409"):
        first.fetch_summary()
    assert not (server.settings.jobs_dir / first.job_id / "upload").exists()  # a stopped job's raw data goes too
    first.delete()
    with pytest.raises(ApiError, match="404"):
        client.get_job(first.job_id)
    # Wrong keys fail in the builder (the SDK's own validation), before anything is uploaded.
    with pytest.raises(ConfigError, match="batch_sise"):
        SafeSynthesizerJobBuilder(client).with_train(batch_sise=3)
    with pytest.raises(UserInputError, match="no data source"):
        SafeSynthesizerJobBuilder(client).create_job(name="x", project="other")
    with pytest.raises(ApiError, match="404: no project 'missing'"):
        _builder(client, df).create_job(name="x", project="missing")
    with pytest.raises(ApiError, match="cannot reach the job service"):
        SafeSynthesizerClient(base_url="http://127.0.0.1:9", token=token).list_jobs()
