"""Migrations and the append-only audit table, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.service import audit
from safe_synthesizer.service.db import SCHEMA_VERSION, audit_log, make_engine, migrate, schema_migrations


def _engine(tmp_path: Path):
    return make_engine(f"sqlite:///{tmp_path / 'service.db'}")


def test_migrate_is_idempotent_and_records_every_version(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    assert migrate(engine) == SCHEMA_VERSION
    assert migrate(engine) == SCHEMA_VERSION  # a second start applies nothing
    with engine.connect() as conn:
        versions = conn.execute(select(schema_migrations.c.version)).scalars().all()
    assert sorted(versions) == list(range(1, SCHEMA_VERSION + 1))


def test_a_newer_database_is_refused_with_one_line(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_migrations (version, applied_at) VALUES (999, '2030-01-01')"))
    with pytest.raises(UserInputError, match="schema version 999, newer"):
        migrate(engine)


def test_audit_records_cannot_be_changed_or_deleted(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    migrate(engine)
    with engine.begin() as conn:
        audit.record(conn, actor="token:1", role="owner", workspace="w", action="job.create", target="job-1",
                     dataset_fingerprint="sha256:ab", epsilon=None)
    for statement in (audit_log.update().values(actor="someone else"), audit_log.delete()):
        with pytest.raises(DatabaseError, match="append-only"), engine.begin() as conn:
            conn.execute(statement)
    records = audit.query(engine, "w")
    assert [(r["actor"], r["action"], r["target"]) for r in records] == [("token:1", "job.create", "job-1")]


def test_a_bad_database_url_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match=r"database URL 'nosuchdb://\.\.\.'"):
        make_engine("nosuchdb://x/y")
