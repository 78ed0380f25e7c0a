"""Tokens are stored hashed, grant one role in one workspace, and can be revoked."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.service.auth import authenticate, create_token, hash_token, revoke_token
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
