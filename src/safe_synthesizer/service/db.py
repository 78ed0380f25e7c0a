"""Tables, engine and migrations. SQLite by default, PostgreSQL through a URL.

SQLAlchemy Core (no ORM): the service's state is a few flat tables, and explicit statements keep
the queue's atomic claim (``UPDATE ... WHERE status = 'queued'``) visible. Migrations are numbered
functions recorded in ``schema_migrations``; ``migrate`` applies the missing ones in order, so a
newer server upgrades an older data directory in place and an older server refuses a newer one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    select,
    text,
)
from sqlalchemy.engine import Connection

from safe_synthesizer.errors import UserInputError

metadata = MetaData()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)  # stored naive UTC: SQLite has no time zones


schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime, nullable=False),
)  # fmt: skip

workspaces = Table(
    "workspaces", metadata,
    Column("name", String(64), primary_key=True),
    Column("created_at", DateTime, nullable=False),
)  # fmt: skip

projects = Table(
    "projects", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("workspace", String(64), ForeignKey("workspaces.name"), nullable=False),
    Column("name", String(128), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    UniqueConstraint("workspace", "name"),
)  # fmt: skip

tokens = Table(
    "tokens", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 hex; the token itself is never stored
    Column("prefix", String(16), nullable=False),  # first characters, to tell tokens apart in the audit log
    Column("workspace", String(64), ForeignKey("workspaces.name"), nullable=False),
    Column("role", String(16), nullable=False),
    Column("label", String(128), nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Column("revoked_at", DateTime, nullable=True),
)  # fmt: skip

jobs = Table(
    "jobs", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # submission order = start order
    Column("id", String(40), nullable=False, unique=True),
    Column("workspace", String(64), ForeignKey("workspaces.name"), nullable=False, index=True),
    Column("project", String(128), nullable=False),
    Column("name", String(128), nullable=False),
    Column("action", String(16), nullable=False),  # synthesize | validate
    Column("status", String(16), nullable=False, index=True),
    Column("config", JSON, nullable=False),
    Column("dataset_name", String(255), nullable=False),
    Column("dataset_fingerprint", String(80), nullable=False),
    Column("dataset_bytes", Integer, nullable=False),
    Column("dataset_retained", Boolean, nullable=False, default=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("started_at", DateTime, nullable=True),
    Column("finished_at", DateTime, nullable=True),
    Column("attempts", Integer, nullable=False, default=0),
    Column("worker", String(128), nullable=True),  # API instance that runs it
    Column("pid", Integer, nullable=True),
    Column("heartbeat_at", DateTime, nullable=True),
    Column("cancel_requested", Boolean, nullable=False, default=False),
    Column("error", Text, nullable=True),
    Column("run_path", Text, nullable=True),
    Column("summary", JSON, nullable=True),
    Column("epsilon_spent", Float, nullable=True),
)  # fmt: skip

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, index=True),
    Column("actor", String(64), nullable=False),
    Column("role", String(16), nullable=False),
    Column("workspace", String(64), nullable=False, index=True),
    Column("action", String(64), nullable=False),
    Column("target", String(255), nullable=False, default=""),
    Column("dataset_fingerprint", String(80), nullable=True),
    Column("epsilon", Float, nullable=True),
    Column("detail", JSON, nullable=False, default=dict),
)  # fmt: skip


def _v1_tables(conn: Connection) -> None:
    metadata.create_all(conn, tables=[workspaces, projects, tokens, jobs, audit_log])


def _v2_append_only_audit(conn: Connection) -> None:
    """The database itself refuses to change or remove audit records, not just the API."""
    if conn.dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            conn.execute(text(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            ))
    elif conn.dialect.name == "postgresql":
        conn.execute(text(
            "CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql"
        ))
        conn.execute(text(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        ))


MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [
    (1, _v1_tables),
    (2, _v2_append_only_audit),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    # WAL lets status polls read while a submission writes; busy_timeout waits out short locks.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL and a busy timeout, PostgreSQL a connection check."""
    try:
        if url.startswith("sqlite"):
            path = url.split(":///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"check_same_thread": False})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # bad URL or missing driver: one line naming the URL's scheme
        scheme = url.split(":", 1)[0]
        raise UserInputError(
            f"database URL '{scheme}://...' cannot be used ({type(exc).__name__}: {exc}); use "
            "sqlite:///PATH or postgresql+psycopg://USER@HOST/DB (pip install 'psycopg[binary]')"
        ) from exc


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, "schema_migrations"):
        return 0
    versions = conn.execute(select(schema_migrations.c.version)).scalars().all()
    return max(versions, default=0)


def migrate(engine: Engine) -> int:
    """Apply missing migrations in one transaction; return the schema version.

    Several instances starting at once on PostgreSQL serialise on an advisory lock.
    """
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(715001)"))
        metadata.create_all(conn, tables=[schema_migrations])
        version = current_version(conn)
        if version > SCHEMA_VERSION:
            raise UserInputError(
                f"the service database is at schema version {version}, newer than this "
                f"safe-synthesizer ({SCHEMA_VERSION}); upgrade safe-synthesizer"
            )
        for number, step in MIGRATIONS:
            if number > version:
                step(conn)
                conn.execute(schema_migrations.insert().values(version=number, applied_at=utcnow()))
    return SCHEMA_VERSION
