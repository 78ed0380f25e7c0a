"""Atomic writes: the target is either the old file or the complete new one, never a fragment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safe_synthesizer.utils.atomic import atomic_path, atomic_write_bytes, atomic_write_json, atomic_write_text


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_write_text_json_bytes(tmp_path: Path) -> None:
    atomic_write_text(tmp_path / "a.txt", "héllo\n")
    atomic_write_json(tmp_path / "b.json", {"x": 1, "p": tmp_path})
    atomic_write_bytes(tmp_path / "c.bin", b"\x00\xff")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "héllo\n"
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8")) == {"x": 1, "p": str(tmp_path)}
    assert (tmp_path / "c.bin").read_bytes() == b"\x00\xff"
    assert _names(tmp_path) == ["a.txt", "b.json", "c.bin"]  # no temp files left


def test_creates_parent_folders(tmp_path: Path) -> None:
    atomic_write_text(tmp_path / "x" / "y" / "z.txt", "ok")
    assert (tmp_path / "x" / "y" / "z.txt").read_text(encoding="utf-8") == "ok"


def test_overwrite_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "t.txt"
    atomic_write_text(target, "a much longer first version\n")
    atomic_write_text(target, "short\n")
    assert target.read_text(encoding="utf-8") == "short\n"


def test_target_untouched_while_writing(tmp_path: Path) -> None:
    target = tmp_path / "t.csv"
    target.write_text("old\n", encoding="utf-8")
    with atomic_path(target) as tmp:
        assert tmp != target
        assert tmp.parent == target.parent  # same file system: the rename is atomic
        tmp.write_text("new, half", encoding="utf-8")
        assert target.read_text(encoding="utf-8") == "old\n"
    assert target.read_text(encoding="utf-8") == "new, half"
    assert _names(tmp_path) == ["t.csv"]


def test_failure_keeps_old_file_and_removes_temp(tmp_path: Path) -> None:
    target = tmp_path / "t.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="disk full"), atomic_path(target) as tmp:
        tmp.write_text("partial ro", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert _names(tmp_path) == ["t.csv"]


def test_failure_without_old_file_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "new.json"
    with pytest.raises(KeyboardInterrupt), atomic_path(target) as tmp:
        tmp.write_text('{"incomplete": ', encoding="utf-8")
        raise KeyboardInterrupt
    assert not target.exists()
    assert _names(target.parent) == []


def test_failure_inside_json_serialisation_leaves_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "m.json"
    atomic_write_json(target, {"ok": True})

    class Boom:
        def __str__(self) -> str:
            raise ValueError("cannot serialise")

    with pytest.raises(ValueError, match="cannot serialise"):
        atomic_write_json(target, {"ok": False, "bad": Boom()})
    assert json.loads(target.read_text(encoding="utf-8")) == {"ok": True}
    assert _names(tmp_path) == ["m.json"]


def test_writer_that_removes_its_temp_file(tmp_path: Path) -> None:
    # Some writers (e.g. a library that writes then renames itself) consume the temp path.
    target = tmp_path / "t.txt"
    with pytest.raises(FileNotFoundError), atomic_path(target) as tmp:
        tmp.unlink()
    assert not target.exists()
