"""One live job service for the tests of this folder, with tokens of every role and one finished job."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from safe_synthesizer.service.settings import ServiceSettings

from .live import Live, adult_slice, submit, thread_server, wait_job


@dataclass
class Served:
    live: Live
    tokens: dict[str, str]  # owner, member, viewer of 'default'; 'outsider' owns workspace 'other'
    job: dict  # a completed synthesize job of 'default', project 'p'
    data: object  # the 300-row Adult slice (Path)

    def client(self, who: str | None):
        return self.live.client(self.tokens[who] if who else None)


@pytest.fixture(scope="session")
def served(tmp_path_factory) -> Served:
    root = tmp_path_factory.mktemp("service")
    settings = ServiceSettings(data_dir=root / "data", max_workers=2, poll_seconds=0.2, max_upload_mb=0.2)
    data = adult_slice(root / "adult300.csv")
    with thread_server(settings) as live:
        tokens = {role: live.token("default", role) for role in ("owner", "member", "viewer")}
        tokens["outsider"] = live.token("other", "owner")
        with live.client(tokens["member"]) as member:
            assert member.post("/v1/workspaces/default/projects", json={"name": "p"}).status_code == 201
            created = submit(member, name="first", data=data)
            assert created.status_code == 201, created.text
            job = wait_job(member, created.json()["id"], timeout=600)
        assert job["status"] == "completed", job
        yield Served(live, tokens, job, data)
