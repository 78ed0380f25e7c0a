"""The append-only audit log: who did what, when, to which dataset, spending how much epsilon.

Records are only ever inserted (the database refuses UPDATE and DELETE on the table, see
``db._v2_append_only_audit``). They hold token ids, names and fingerprints, never data values.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from safe_synthesizer.service.db import audit_log, utcnow

SYSTEM = "system"  # actor of the worker pool's own actions (job started, finished, re-queued)


def record(
    conn: Connection,
    *,
    actor: str,
    role: str,
    workspace: str,
    action: str,
    target: str = "",
    dataset_fingerprint: str | None = None,
    epsilon: float | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one record inside the caller's transaction, so the action and its record commit together."""
    conn.execute(audit_log.insert().values(
        at=utcnow(), actor=actor, role=role, workspace=workspace, action=action, target=target,
        dataset_fingerprint=dataset_fingerprint, epsilon=epsilon, detail=detail or {},
    ))  # fmt: skip


def query(
    engine: Engine,
    workspace: str,
    *,
    action: str | None = None,
    target: str | None = None,
    since: dt.datetime | None = None,
    limit: int = 100,
    after_id: int = 0,
) -> list[dict[str, Any]]:
    """Records of one workspace, oldest first, optionally filtered; page with ``after_id``."""
    stmt = select(audit_log).where(audit_log.c.workspace == workspace, audit_log.c.id > after_id)
    if action:
        stmt = stmt.where(audit_log.c.action == action)
    if target:
        stmt = stmt.where(audit_log.c.target == target)
    if since:
        stmt = stmt.where(audit_log.c.at >= since)
    with engine.connect() as conn:
        rows = conn.execute(stmt.order_by(audit_log.c.id).limit(limit)).mappings().all()
    return [{**row, "at": row["at"].isoformat() + "Z"} for row in rows]
