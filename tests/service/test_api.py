"""The HTTP API against a real server on loopback: access control, input errors, jobs, audit."""

from __future__ import annotations

import json
import time

import pytest

from safe_synthesizer.service.auth import revoke_token
from safe_synthesizer.service.db import make_engine

from .live import submit, wait_job

pytestmark = pytest.mark.slow
WS = "/v1/workspaces/default"


def test_no_or_bad_token_is_401(served) -> None:
    job = served.job["id"]
    for path in (f"{WS}/jobs", f"{WS}/jobs/{job}", f"{WS}/jobs/{job}/results/synthetic-data", "/v1/workspaces"):
        with served.client(None) as anonymous:
            response = anonymous.get(path)
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
        assert "safe-synthesizer token create" in response.json()["detail"]
    with served.live.client("nss_not-a-real-token") as forged:
        assert forged.get(f"{WS}/jobs").status_code == 401


def test_a_revoked_token_is_401_once_the_token_cache_lets_go(served) -> None:
    token = served.live.token("default", "viewer")
    with served.live.client(token) as viewer:
        assert viewer.get(f"{WS}/jobs").status_code == 200  # verified, now cached
        engine = make_engine(served.live.settings.url)
        try:
            assert revoke_token(engine, token[:16]) == 1
        finally:
            engine.dispose()
        time.sleep(served.live.settings.token_cache_seconds + 0.2)
        assert viewer.get(f"{WS}/jobs").status_code == 401


def test_another_workspace_is_403_even_for_its_owner(served) -> None:
    job = served.job["id"]
    with served.client("outsider") as outsider:
        for path in (f"{WS}/jobs", f"{WS}/jobs/{job}", f"{WS}/jobs/{job}/results/synthetic-data",
                     f"{WS}/jobs/{job}/results/report", f"{WS}/jobs/{job}/dataset", f"{WS}/audit"):
            response = outsider.get(path)
            assert response.status_code == 403, path
            assert response.json()["detail"] == "this token has no access to workspace 'default'"
        assert outsider.get("/v1/workspaces/other/jobs").json() == {"jobs": []}


def test_viewer_reads_results_of_its_workspace_but_never_raw_data(served) -> None:
    job = served.job["id"]
    with served.client("viewer") as viewer:
        assert viewer.get(f"{WS}/jobs/{job}/results/synthetic-data").status_code == 200
        assert viewer.get(f"{WS}/jobs/{job}/results/summary").status_code == 200
        for response in (viewer.get(f"{WS}/jobs/{job}/dataset"),
                         submit(viewer, name="nope", data=served.data),
                         viewer.post(f"{WS}/jobs/{job}/cancel"), viewer.delete(f"{WS}/jobs/{job}"),
                         viewer.post(f"{WS}/projects", json={"name": "x"}), viewer.get(f"{WS}/audit")):
            assert response.status_code == 403, response.request.url
            assert "this token is 'viewer'" in response.json()["detail"]


def test_raw_upload_and_data_splits_are_gone_after_the_job(served) -> None:
    job = served.job
    job_dir = served.live.settings.jobs_dir / job["id"]
    assert not (job_dir / "upload").exists() and job["dataset_retained"] is False
    (run,) = (job_dir / "runs").glob("*/*/")  # <config>---<dataset>/<timestamp>/
    assert not list((run / "dataset").glob("*.csv"))  # training/test copies removed; schema and reports stay
    assert (run / "dataset" / "schema.json").is_file() and (run / "generate" / "synthetic_data.csv").is_file()
    with served.client("member") as member:
        response = member.get(f"{WS}/jobs/{job['id']}/dataset")
    assert response.status_code == 410 and "--retain-uploads" in response.json()["detail"]


def test_completed_job_has_scores_progress_and_logs(served) -> None:
    job = served.job
    assert job["progress"] == 1.0 and job["attempts"] == 1
    for key in ("synthetic_data_quality_score", "data_privacy_score", "membership_inference_protection_score",
                "attribute_inference_protection_score"):
        assert 0 <= job["summary"][key] <= 10
    with served.client("viewer") as viewer:
        logs = viewer.get(f"{WS}/jobs/{job['id']}/logs").json()
        tail = viewer.get(f"{WS}/jobs/{job['id']}/logs", params={"offset": logs["offset"]}).json()
        parquet = viewer.get(f"{WS}/jobs/{job['id']}/results/synthetic-data", params={"format": "parquet"})
    assert "job stage: train" in logs["text"] and tail == {"text": "", "offset": logs["offset"]}
    assert parquet.content[:4] == b"PAR1"


@pytest.mark.parametrize(("spec", "file", "status", "message"), [
    ({"name": "j", "project": "p", "config": {"training": {"batch_sise": 3}}}, "ok", 422, "batch_sise"),
    ({"name": "j", "project": "p", "config": {"privacy": {"epsilon": -1}}}, "ok", 422, "privacy.epsilon"),
    ({"name": "j", "project": "missing"}, "ok", 404, "no project 'missing'"),
    ({"name": "", "project": "p"}, "ok", 422, "job spec: name"),
    ("not json", "ok", 422, "job spec"),
    ({"name": "j", "project": "p"}, "exe", 422, "unsupported type '.exe'"),
    ({"name": "j", "project": "p"}, "empty", 422, "is empty"),
    ({"name": "j", "project": "p"}, "big", 413, "larger than the server's limit"),
    ({"name": "j", "project": "p"}, "huge", 413, "larger than the server's upload limit"),  # by Content-Length
])  # fmt: skip
def test_bad_submissions_get_one_line_reasons(served, spec, file, status, message) -> None:
    content = {"ok": served.data.read_bytes(), "exe": b"MZ", "empty": b"", "big": b"a,b\n" + b"1,2\n" * 100_000,
               "huge": b"a,b\n" + b"1,2\n" * 400_000}[file]
    name = "x.exe" if file == "exe" else "table.csv"
    with served.client("member") as member:
        response = member.post(f"{WS}/jobs", files={"data": (name, content, "text/csv")},
                               data={"spec": spec if isinstance(spec, str) else json.dumps(spec)})
    assert response.status_code == status and message in response.json()["detail"], response.text
    assert isinstance(response.json()["detail"], str) and "\n" not in response.json()["detail"]


def test_validate_job_and_refused_input(served) -> None:
    with served.client("member") as member:
        ok = submit(member, name="check", action="validate", data=served.data).json()
        bad = submit(member, name="bad", action="validate", data=served.data,
                     config={"data": {"group_training_examples_by": "no_such_column"}}).json()
        assert member.delete(f"{WS}/jobs/{bad['id']}").status_code in (204, 409)
        ok, bad = wait_job(member, ok["id"]), wait_job(member, bad["id"])
    assert ok["status"] == "completed" and ok["summary"]["rows"] == 300
    assert ok["summary"]["columns"]["age"] == "integer"
    if bad["status"] != "completed":  # deleted above only if it had already finished
        assert bad["status"] == "failed" and "no_such_column" in bad["error"]


def test_audit_log_names_who_what_and_which_data(served) -> None:
    with served.client("owner") as owner:
        records = owner.get(f"{WS}/audit", params={"target": served.job["id"]}).json()["records"]
        since = owner.get(f"{WS}/audit", params={"since": "2999-01-01T00:00:00Z"}).json()["records"]
    actions = [r["action"] for r in records]
    assert actions[:3] == ["job.create", "job.start", "job.completed"]
    create = records[0]
    assert create["actor"].startswith("token:") and create["role"] == "member"
    assert create["dataset_fingerprint"] == served.job["dataset_fingerprint"].lower()
    assert since == []
    # Downloads are audited with the reader's token.
    assert any(r["action"].startswith("download.") and r["role"] == "viewer" for r in records)


def test_queue_limit_and_raw_upload_access_while_queued(tmp_path) -> None:
    """In-process app without workers: jobs stay queued with their upload on disk."""
    from fastapi.testclient import TestClient

    from safe_synthesizer.service.app import create_app
    from safe_synthesizer.service.settings import ServiceSettings

    from .live import adult_slice, make_token

    settings = ServiceSettings(data_dir=tmp_path / "data", max_queued_jobs=2)
    data = adult_slice(tmp_path / "adult300.csv")
    member, viewer = (make_token(settings, "default", role) for role in ("member", "viewer"))
    with TestClient(create_app(settings, start_workers=False)) as client:
        client.headers["Authorization"] = f"Bearer {member}"
        client.post(f"{WS}/projects", json={"name": "p"})
        first, _ = (submit(client, name=f"j{i}", data=data).json() for i in range(2))
        refused = submit(client, name="j3", data=data)
        assert refused.status_code == 429 and "--max-queued-jobs" in refused.json()["detail"]
        raw = client.get(f"{WS}/jobs/{first['id']}/dataset")
        assert raw.status_code == 200 and raw.content == data.read_bytes()
        as_viewer = client.get(f"{WS}/jobs/{first['id']}/dataset", headers={"Authorization": f"Bearer {viewer}"})
        assert as_viewer.status_code == 403
        assert client.delete(f"{WS}/jobs/{first['id']}").status_code == 409  # cancel first
        assert client.post(f"{WS}/jobs/{first['id']}/cancel").json()["status"] == "cancelled"
        assert client.get(f"{WS}/jobs/{first['id']}/dataset").status_code == 410  # raw data gone with the job
        assert submit(client, name="j3", data=data).status_code == 201  # a slot is free again
        assert client.delete(f"{WS}/jobs/{first['id']}").status_code == 204
        assert not (settings.jobs_dir / first["id"]).exists()
        assert client.get(f"{WS}/jobs/{first['id']}").status_code == 404
