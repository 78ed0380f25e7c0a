"""``safe-synthesizer serve`` (the on-prem job service) and ``safe-synthesizer token`` (its API tokens).

Both need the ``service`` extra (FastAPI, uvicorn, SQLAlchemy); imports happen inside the commands
so the rest of the CLI works without it.
"""

from __future__ import annotations

import logging
from pathlib import Path

import click

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.service.settings import ServiceSettings  # stdlib only: no extra needed to import it

_DEFAULTS = {name: f.default for name, f in ServiceSettings.__dataclass_fields__.items()}  # one source of defaults

DATA_DIR_HELP = "Folder holding the service database (SQLite) and every job's files."
DB_URL_HELP = ("Database URL, e.g. postgresql+psycopg://user@host/db to share the queue between several API "
               "instances (default: SQLite in --data-dir; env NSS_DATABASE_URL).")


def _need_extra() -> None:
    try:
        import fastapi  # noqa: F401
        import sqlalchemy  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise UserInputError(
            f"the job service needs the 'service' extra ({exc.name} is missing); "
            "install it with: pip install 'safe-synthesizer[service]'"
        ) from exc


@click.command(help="Run the job service: an HTTP API (OpenAPI at /docs) and a web page at /ui.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--data-dir", required=True, type=click.Path(file_okay=False, path_type=Path), help=DATA_DIR_HELP)
@click.option("--database-url", default=None, help=DB_URL_HELP)
@click.option("--workers", default=_DEFAULTS["max_workers"], show_default=True, type=click.IntRange(1, 64),
              help="Jobs run at once, each in its own process.")
@click.option("--max-queued-jobs", default=_DEFAULTS["max_queued_jobs"], show_default=True, type=click.IntRange(1),
              help="Queued or running jobs per workspace before submissions get HTTP 429.")
@click.option("--max-upload-mb", default=_DEFAULTS["max_upload_mb"], show_default=True,
              type=click.FloatRange(min=0.001), help="Largest accepted data upload.")
@click.option("--retain-uploads", is_flag=True,
              help="Keep raw uploads and the runs' data splits after each job (default: deleted).")
def serve(host: str, port: int, data_dir: Path, database_url: str | None, workers: int, max_queued_jobs: int,
          max_upload_mb: float, retain_uploads: bool) -> None:
    _need_extra()
    import uvicorn

    from safe_synthesizer.service.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = ServiceSettings(data_dir=data_dir, database_url=database_url, max_workers=workers,
                               max_queued_jobs=max_queued_jobs, max_upload_mb=max_upload_mb,
                               retain_uploads=retain_uploads)
    app = create_app(settings)
    click.echo(f"safe-synthesizer service on http://{host}:{port} (data in {data_dir}, {workers} workers)", err=True)
    # Keep-alive longer than uvicorn's 5 s, so that clients polling every few seconds reuse their connection.
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=30)


@click.group(help="Manage the job service's API tokens.")
def token() -> None:
    pass


@token.command("create", help="Create an API token for one workspace and print it (shown only once).")
@click.option("--data-dir", required=True, type=click.Path(file_okay=False, path_type=Path), help=DATA_DIR_HELP)
@click.option("--database-url", default=None, help=DB_URL_HELP)
@click.option("--workspace", default="default", show_default=True, help="Workspace (created if new).")
@click.option("--role", required=True, type=click.Choice(["owner", "member", "viewer"]),
              help="viewer: read results; member: also submit and cancel jobs; owner: also read the audit log.")
@click.option("--label", default="", help="Who or what holds the token (shown in the audit log).")
def token_create(data_dir: Path, database_url: str | None, workspace: str, role: str, label: str) -> None:
    _need_extra()
    from safe_synthesizer.service.auth import create_token
    from safe_synthesizer.service.db import make_engine, migrate

    data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(ServiceSettings(data_dir=data_dir, database_url=database_url).url)
    migrate(engine)
    click.echo(create_token(engine, workspace, role, label))


@token.command("revoke", help="Revoke a token, given its first 10 or more characters.")
@click.option("--data-dir", required=True, type=click.Path(file_okay=False, path_type=Path), help=DATA_DIR_HELP)
@click.option("--database-url", default=None, help=DB_URL_HELP)
@click.argument("token_prefix")
def token_revoke(data_dir: Path, database_url: str | None, token_prefix: str) -> None:
    _need_extra()
    from safe_synthesizer.service.auth import revoke_token
    from safe_synthesizer.service.db import make_engine, migrate

    engine = make_engine(ServiceSettings(data_dir=data_dir, database_url=database_url).url)
    migrate(engine)
    click.echo(f"revoked {revoke_token(engine, token_prefix)} token(s)")
