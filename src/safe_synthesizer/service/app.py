"""Assemble the service: database, worker pool, API routes and the web page.

Example:
    >>> app = create_app(ServiceSettings(data_dir=Path("/srv/nss")))  # doctest: +SKIP
    >>> uvicorn.run(app, host="127.0.0.1", port=8080)  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from safe_synthesizer import __version__
from safe_synthesizer.errors import ConfigError, UserInputError
from safe_synthesizer.service import api, pages, results
from safe_synthesizer.service.auth import TokenCache
from safe_synthesizer.service.db import make_engine, migrate
from safe_synthesizer.service.settings import ServiceSettings
from safe_synthesizer.service.workers import WorkerPool

logger = logging.getLogger(__name__)
LOCK_FILE = "service.lock"


def _lock_data_dir(settings: ServiceSettings) -> object:
    """SQLite: one API instance per data directory (the queue's recovery assumes it)."""
    handle = open(Path(settings.data_dir) / LOCK_FILE, "w")  # noqa: SIM115 (held for the app's lifetime)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        handle.close()
        raise UserInputError(
            f"{settings.data_dir}: another safe-synthesizer server already uses this data directory with "
            "SQLite; stop it, or share a PostgreSQL database between instances (--database-url)"
        ) from exc
    return handle


def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
    where = ".".join(str(p) for p in first.get("loc", ()))
    return JSONResponse({"detail": f"{where}: {first.get('msg')}"}, status_code=422)


def _input_error(_request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, status_code=422)


class RefuseOversizedUploads:
    """Refuse a too-large POST body from its Content-Length, before it is spooled to disk.

    Plain ASGI rather than ``@app.middleware("http")``: Starlette's ``BaseHTTPMiddleware`` runs
    every request through an extra task and memory streams, a good part of a status poll's cost.
    """

    def __init__(self, app: ASGIApp, limit: int, max_upload_mb: float) -> None:
        self.app, self.limit, self.max_upload_mb = app, limit, max_upload_mb

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            declared = next((v for k, v in scope["headers"] if k == b"content-length"), b"")
            if declared.isdigit() and int(declared) > self.limit:
                response = JSONResponse(
                    {"detail": f"request body of {int(declared) >> 20} MB is larger than the server's upload "
                               f"limit of {self.max_upload_mb:g} MB (serve --max-upload-mb)"}, status_code=413)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(settings: ServiceSettings, *, start_workers: bool = True) -> FastAPI:
    """The FastAPI app; the worker pool starts and stops with it (``start_workers=False`` for read-only use)."""
    Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    settings.jobs_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.url)
    migrate(engine)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        lock = _lock_data_dir(settings) if engine.dialect.name == "sqlite" else None
        if start_workers:
            app.state.pool.start()
        try:
            yield
        finally:
            app.state.pool.stop()
            engine.dispose()
            if lock is not None:
                lock.close()

    app = FastAPI(title="safe-synthesizer job service", version=__version__, lifespan=lifespan,
                  description="Submit synthesis jobs, follow them, and fetch their summary, synthetic data and report.")
    app.state.settings = settings
    app.state.engine = engine
    app.state.pool = WorkerPool(engine, settings)
    app.state.tokens = TokenCache(engine, ttl=settings.token_cache_seconds)
    limit = int(settings.max_upload_mb * (1 << 20)) + (1 << 20)  # the table plus room for the spec and framing
    app.add_middleware(RefuseOversizedUploads, limit=limit, max_upload_mb=settings.max_upload_mb)

    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(UserInputError, _input_error)
    app.add_exception_handler(ConfigError, _input_error)
    app.include_router(api.router)
    app.include_router(results.router)
    app.include_router(pages.router)

    @app.get("/healthz", tags=["health"])
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return app
