"""``safe-synthesizer token`` and ``serve``'s refusals, in-process through the CLI's ``main``."""

from __future__ import annotations

from pathlib import Path

import pytest

from safe_synthesizer.cli.main import main
from safe_synthesizer.service.auth import authenticate
from safe_synthesizer.service.db import make_engine


def test_token_create_prints_a_working_token_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["token", "create", "--data-dir", str(tmp_path), "--workspace", "team", "--role", "viewer",
                 "--label", "bob"]) == 0
    token = capsys.readouterr().out.strip()
    engine = make_engine(f"sqlite:///{tmp_path / 'service.db'}")
    who = authenticate(engine, token)
    assert who is not None and (who.workspace, who.role, who.label) == ("team", "viewer", "bob")
    assert main(["token", "revoke", "--data-dir", str(tmp_path), token[:14]]) == 0
    assert "revoked 1 token(s)" in capsys.readouterr().out
    assert authenticate(engine, token) is None
    engine.dispose()


@pytest.mark.parametrize(("argv", "message"), [
    (["token", "create", "--data-dir", "{d}", "--role", "admin"], "'admin' is not one of 'owner', 'member', 'viewer'"),
    (["token", "create", "--data-dir", "{d}", "--role", "owner", "--workspace", "a b"], "workspace name 'a b'"),
    (["serve", "--data-dir", "{d}", "--database-url", "nosuchdb://h/db"], "database URL 'nosuchdb://...'"),
    (["serve", "--data-dir", "{d}", "--workers", "0"], "0 is not in the range 1<=x<=64"),
])  # fmt: skip
def test_bad_options_are_one_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv, message) -> None:
    assert main([a.replace("{d}", str(tmp_path)) for a in argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1, err
