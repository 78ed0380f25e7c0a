"""The service on PostgreSQL: migrations, append-only audit, and two API instances sharing one queue."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.exc import DBAPIError

from safe_synthesizer.service import audit, jobs
from safe_synthesizer.service.auth import authenticate, create_token
from safe_synthesizer.service.db import SCHEMA_VERSION, audit_log, make_engine, migrate
from safe_synthesizer.service.settings import ServiceSettings

from .live import adult_slice, submit, thread_server, wait_job
from .postgres import postgres_cluster

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pg_url():
    with postgres_cluster() as url:
        yield url


def test_migrations_and_append_only_audit(pg_url) -> None:
    engine = make_engine(pg_url)
    assert migrate(engine) == SCHEMA_VERSION and migrate(engine) == SCHEMA_VERSION
    with engine.begin() as conn:
        audit.record(conn, actor="token:1", role="owner", workspace="w", action="x")
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(audit_log.delete())
    engine.dispose()


def test_concurrent_claims_take_each_job_exactly_once(pg_url) -> None:
    engines = [make_engine(pg_url) for _ in range(3)]
    migrate(engines[0])
    who = authenticate(engines[0], create_token(engines[0], "race", "member"))
    submitted = []
    for i in range(30):
        job_id = jobs.new_job_id()
        jobs.create(engines[0], who, job_id=job_id, project="p", name=f"j{i}", action="validate", config={},
                    dataset_name="d.csv", dataset_fingerprint="sha256:0", dataset_bytes=1, retained=True)
        submitted.append(job_id)
    claimed: list[str] = []

    def drain(engine, name: str) -> None:
        while (job := jobs.claim_next(engine, name)) is not None:
            claimed.append(job["id"])

    threads = [threading.Thread(target=drain, args=(e, f"instance-{i}")) for i, e in enumerate(engines)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(claimed) == sorted(submitted)  # none lost, none twice
    for engine in engines:
        engine.dispose()


def test_two_api_instances_share_one_queue(pg_url, tmp_path) -> None:
    data = adult_slice(tmp_path / "adult300.csv")
    settings = ServiceSettings(data_dir=tmp_path / "shared", database_url=pg_url, max_workers=1, poll_seconds=0.2)
    with thread_server(settings) as a, thread_server(settings) as b:
        token = a.token("pg", "member")
        with a.client(token) as client_a, b.client(token) as client_b:
            assert client_a.post("/v1/workspaces/pg/projects", json={"name": "p"}).status_code == 201
            ids = [submit(client_a, name=f"v{i}", action="validate", data=data, workspace="pg").json()["id"]
                   for i in range(3)]
            done = [wait_job(client_b, i, timeout=300, workspace="pg") for i in ids]
    assert [d["status"] for d in done] == ["completed"] * 3 and all(d["attempts"] == 1 for d in done)
    engine = make_engine(pg_url)
    workers = {jobs.get(engine, "pg", i)["worker"] for i in ids}
    engine.dispose()
    assert len(workers) == 2  # both instances' pools took jobs from the one queue
