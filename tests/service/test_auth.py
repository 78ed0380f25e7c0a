"""Tokens are stored hashed, grant one role in one workspace, and can be revoked."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.service.auth import TokenCache, authenticate, create_token, hash_token, revoke_token
from safe_synthesizer.service.db import make_engine, migrate, tokens


@pytest.fixture
def engine(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'service.db'}")
    migrate(engine)
    return engine


def test_only_the_hash_of_a_token_is_stored(engine, tmp_path: Path) -> None:
    token = create_token(engine, "team-a", "member", label="alice")
    with engine.connect() as conn:
        stored = conn.execute(select(tokens)).mappings().one()
    assert stored["token_hash"] == hash_token(token) and token not in str(dict(stored))
    assert token.encode() not in (tmp_path / "service.db").read_bytes()
    who = authenticate(engine, token)
    assert who is not None and (who.workspace, who.role, who.label) == ("team-a", "member", "alice")
    assert who.has("viewer") and who.has("member") and not who.has("owner")


def test_unknown_and_revoked_tokens_are_refused(engine) -> None:
    token = create_token(engine, "w", "owner")
    assert authenticate(engine, token + "x") is None
    assert authenticate(engine, "not-a-token") is None
    assert revoke_token(engine, token[:12]) == 1
    assert authenticate(engine, token) is None


def test_bad_role_and_workspace_name_are_one_line_errors(engine) -> None:
    with pytest.raises(UserInputError, match="--role 'admin' is not a role; use one of viewer, member, owner"):
        create_token(engine, "w", "admin")
    with pytest.raises(UserInputError, match=r"workspace name '\.\./etc' is not allowed"):
        create_token(engine, "../etc", "owner")


def test_the_token_cache_trusts_a_verified_token_only_for_its_ttl(engine, monkeypatch) -> None:
    now = [1000.0]
    monkeypatch.setattr("safe_synthesizer.service.auth.time.monotonic", lambda: now[0])
    cache = TokenCache(engine, ttl=2.0)
    token = create_token(engine, "w", "member")
    assert cache.authenticate(token).role == "member"
    assert revoke_token(engine, token[:12]) == 1
    now[0] += 1.0
    assert cache.authenticate(token) is not None  # within the ttl: no lookup, still trusted
    now[0] += 1.5
    assert cache.authenticate(token) is None  # ttl over: looked up again, revoked
    assert cache.authenticate(token) is None  # a failure is not remembered as a success


def test_the_token_cache_looks_up_unknown_tokens_every_time(engine) -> None:
    cache = TokenCache(engine, ttl=60.0, max_entries=2)
    assert cache.authenticate("nss_unknown") is None
    tokens_made = [create_token(engine, "w", "viewer") for _ in range(3)]
    assert all(cache.authenticate(t) is not None for t in tokens_made)  # new tokens work at once
    assert len(cache._seen) <= 2  # bounded
    assert hash_token(tokens_made[-1]) in cache._seen and tokens_made[-1] not in str(cache._seen)
