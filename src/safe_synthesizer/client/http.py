"""The connection to a job service: base URL, workspace, token; projects and raw job calls."""

from __future__ import annotations

import os
import time
from typing import Any

import httpx

from safe_synthesizer.errors import SafeSynthesizerError

BASE_URL_ENV, TOKEN_ENV = "NSS_BASE_URL", "NSS_API_TOKEN"
GET_RETRIES = 3
DROPPED = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)  # not refused, not timed out
DEFAULT_BASE_URL = "http://localhost:8080"


class ApiError(SafeSynthesizerError):
    """The service refused a request; ``status_code`` is the HTTP status, the message its reason."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(f"HTTP {status_code}: {message}")
        self.status_code = status_code
        self.detail = message


def _raise_for(response: httpx.Response) -> httpx.Response:
    if response.is_success:
        return response
    try:
        detail = response.json().get("detail", response.text)
    except ValueError:
        detail = response.text or response.reason_phrase
    raise ApiError(response.status_code, str(detail))


class Projects:
    """``client.projects``: create, list and get projects of a workspace."""

    def __init__(self, client: SafeSynthesizerClient) -> None:
        self._client = client

    def create(self, *, name: str, workspace: str | None = None, description: str = "",
               exist_ok: bool = False) -> dict[str, Any]:
        """Create a project; with ``exist_ok`` an existing one is returned instead of HTTP 409."""
        ws = workspace or self._client.workspace
        try:
            return self._client.request("POST", f"/v1/workspaces/{ws}/projects",
                                        json={"name": name, "description": description}).json()
        except ApiError as exc:
            if exist_ok and exc.status_code == 409:
                return self.get(name=name, workspace=ws)
            raise

    def get(self, *, name: str, workspace: str | None = None) -> dict[str, Any]:
        ws = workspace or self._client.workspace
        return self._client.request("GET", f"/v1/workspaces/{ws}/projects/{name}").json()

    def list(self, *, workspace: str | None = None) -> list[dict[str, Any]]:
        ws = workspace or self._client.workspace
        return self._client.request("GET", f"/v1/workspaces/{ws}/projects").json()


class SafeSynthesizerClient:
    """A connection to ``safe-synthesizer serve``.

    ``base_url`` defaults to ``$NSS_BASE_URL`` (else http://localhost:8080), ``token`` to
    ``$NSS_API_TOKEN``; create tokens with ``safe-synthesizer token create``.
    """

    def __init__(self, base_url: str | None = None, workspace: str = "default", token: str | None = None,
                 timeout: float = 60.0) -> None:
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        self.workspace = workspace
        token = token or os.environ.get(TOKEN_ENV)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout)
        self.projects = Projects(self)

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        # A GET is retried on a dropped connection: the server closes idle keep-alive connections,
        # and a poller that slept past that reuses a socket the server is closing.
        attempts = GET_RETRIES + 1 if method == "GET" else 1
        for attempt in range(attempts):
            try:
                response = self._http.request(method, path, **kwargs)
                break
            except httpx.TransportError as exc:
                if attempt + 1 < attempts and isinstance(exc, DROPPED):
                    time.sleep(0.5 * (attempt + 1))
                    continue
                raise ApiError(0, f"cannot reach the job service at {self.base_url} ({type(exc).__name__}); "
                                  "is 'safe-synthesizer serve' running there?") from exc
        return _raise_for(response)

    def jobs_path(self, job_id: str = "") -> str:
        return f"/v1/workspaces/{self.workspace}/jobs" + (f"/{job_id}" if job_id else "")

    def list_jobs(self, *, project: str | None = None, status: str | None = None) -> list[dict[str, Any]]:
        params = {k: v for k, v in {"project": project, "status": status}.items() if v}
        return self.request("GET", self.jobs_path(), params=params).json()["jobs"]

    def get_job(self, job_id: str):  # -> SafeSynthesizerJob (import cycle)
        """Reattach to an existing job, e.g. from another session."""
        from safe_synthesizer.client.job import SafeSynthesizerJob

        return SafeSynthesizerJob(self, self.request("GET", self.jobs_path(job_id)).json())

    def audit(self, **filters: Any) -> list[dict[str, Any]]:
        """The workspace's audit records (owner tokens only)."""
        params = {k: v for k, v in filters.items() if v is not None}
        return self.request("GET", f"/v1/workspaces/{self.workspace}/audit", params=params).json()["records"]

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SafeSynthesizerClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
