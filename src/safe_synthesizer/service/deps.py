"""Request-scoped helpers of the routes: who is calling, and may they do this here."""

from __future__ import annotations

from fastapi import HTTPException, Request
from sqlalchemy import Engine

from safe_synthesizer.service.auth import Principal, Role
from safe_synthesizer.service.settings import ServiceSettings

COOKIE = "nss_token"


def engine_of(request: Request) -> Engine:
    return request.app.state.engine


def settings_of(request: Request) -> ServiceSettings:
    return request.app.state.settings


def principal(request: Request) -> Principal:
    """The caller, from ``Authorization: Bearer <token>``; 401 without a valid one.

    Sync, as are the routes: FastAPI runs them in its thread pool. Measured back to back on the
    loaded 2-core machine (bench_service.py), running the dependency and the status route on the
    event loop instead gave 2-4x the median poll latency despite less CPU per request; the hand-over
    to a pool thread is cheaper there than a long turn of the event loop's thread. The web page's
    cookie is honoured for GET only, so a cross-site form cannot act with it. Verified tokens are
    remembered for ``ServiceSettings.token_cache_seconds`` (see ``auth.TokenCache``).
    """
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        token = request.cookies.get(COOKIE, "") if request.method == "GET" else ""
    found = request.app.state.tokens.authenticate(token.strip()) if token else None
    if found is None:
        raise HTTPException(401, "missing or invalid API token; send 'Authorization: Bearer <token>' "
                                 "(create one with 'safe-synthesizer token create')",
                            headers={"WWW-Authenticate": "Bearer"})
    return found


def require(who: Principal, workspace: str, role: Role = "viewer") -> Principal:
    """403 unless ``who`` holds at least ``role`` in ``workspace``."""
    if who.workspace != workspace:
        raise HTTPException(403, f"this token has no access to workspace '{workspace}'")
    if not who.has(role):
        raise HTTPException(403, f"this needs the '{role}' role in workspace '{workspace}'; "
                                 f"this token is '{who.role}'")
    return who
