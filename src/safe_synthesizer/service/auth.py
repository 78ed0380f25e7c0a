"""API tokens and roles. A token grants one role in one workspace; only its sha256 is stored.

Roles, weakest first:
- ``viewer``: lists projects and jobs, reads status, logs, summaries, reports and synthetic data of
  its own workspace; never raw uploaded data, never another workspace.
- ``member``: also creates projects and jobs, cancels and deletes jobs, downloads a retained upload.
- ``owner``: also reads the workspace's audit log.

Tokens are 256-bit random strings, so a plain sha256 (not a slow password hash) is enough: there
is no dictionary to guess from, and every request can be checked in microseconds.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Engine, bindparam, select

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.service.db import tokens, utcnow, workspaces

Role = Literal["viewer", "member", "owner"]
ROLES: tuple[Role, ...] = ("viewer", "member", "owner")
TOKEN_PREFIX = "nss_"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass(frozen=True)
class Principal:
    """Who is calling: the token's id (the audit log's actor), its workspace and role."""

    token_id: int
    workspace: str
    role: Role
    label: str

    @property
    def actor(self) -> str:
        return f"token:{self.token_id}" + (f" ({self.label})" if self.label else "")

    def has(self, role: Role) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_name(kind: str, name: str) -> str:
    """Workspace and project names: letters, digits, ``_ . -``, up to 64 characters."""
    if not _NAME.match(name or ""):
        raise UserInputError(
            f"{kind} name {name!r} is not allowed; use 1-64 letters, digits, '_', '.' or '-', "
            "starting with a letter or digit"
        )
    return name


def ensure_workspace(engine: Engine, name: str) -> None:
    check_name("workspace", name)
    with engine.begin() as conn:
        if conn.execute(select(workspaces.c.name).where(workspaces.c.name == name)).first() is None:
            conn.execute(workspaces.insert().values(name=name, created_at=utcnow()))


def create_token(engine: Engine, workspace: str, role: str, label: str = "") -> str:
    """Create the workspace if needed and a token for it; return the token (shown once)."""
    if role not in ROLES:
        raise UserInputError(f"--role {role!r} is not a role; use one of {', '.join(ROLES)}")
    ensure_workspace(engine, workspace)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(tokens.insert().values(
            token_hash=hash_token(token), prefix=token[:10], workspace=workspace, role=role,
            label=label, created_at=utcnow(),
        ))  # fmt: skip
    return token


# Built once: every request runs it, and building a statement costs more than executing it.
_BY_HASH = select(tokens.c.id, tokens.c.workspace, tokens.c.role, tokens.c.label).where(
    tokens.c.token_hash == bindparam("token_hash"), tokens.c.revoked_at.is_(None)
)


def authenticate(engine: Engine, token: str) -> Principal | None:
    """The principal of a valid, unrevoked token, else None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    with engine.connect() as conn:
        row = conn.execute(_BY_HASH, {"token_hash": hash_token(token)}).first()
    return Principal(row.id, row.workspace, row.role, row.label) if row else None


class TokenCache:
    """Recently verified tokens, so a client polling many times a second costs one lookup per
    ``ttl`` seconds instead of one per request.

    Keyed by the token's sha256, never the token. Only successes are kept (an unknown token is
    looked up every time), so a new token works at once and a revoked one stops within ``ttl``.
    """

    def __init__(self, engine: Engine, ttl: float = 2.0, max_entries: int = 4096) -> None:
        self.engine, self.ttl, self.max_entries = engine, ttl, max_entries
        self._seen: dict[str, tuple[float, Principal]] = {}
        self._lock = threading.Lock()

    def authenticate(self, token: str) -> Principal | None:
        key, now = hash_token(token), time.monotonic()
        hit = self._seen.get(key)
        if hit is not None and now - hit[0] < self.ttl:
            return hit[1]
        found = authenticate(self.engine, token)
        with self._lock:
            if found is None:
                self._seen.pop(key, None)
            else:
                if len(self._seen) >= self.max_entries:
                    self._seen.clear()  # bounded: a flood of distinct tokens cannot grow it
                self._seen[key] = (now, found)
        return found


def revoke_token(engine: Engine, prefix: str) -> int:
    """Revoke every token starting with ``prefix`` (at least 10 characters); return how many."""
    if len(prefix) < 10:
        raise UserInputError("give at least the first 10 characters of the token to revoke")
    with engine.begin() as conn:
        result = conn.execute(
            tokens.update().where(tokens.c.prefix == prefix[:10], tokens.c.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )
    return result.rowcount
