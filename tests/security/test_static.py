"""What the source may not do: unpickle, load YAML unsafely, load tensors with code execution."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import safe_synthesizer
from safe_synthesizer.config.io import load_yaml
from safe_synthesizer.errors import ConfigError

SRC = Path(safe_synthesizer.__file__).resolve().parent
UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "dill", "cloudpickle", "joblib", "shelve", "marshal"}
UNSAFE_CALLS = {"read_pickle", "to_pickle", "unsafe_load", "full_load", "load_all"}


def _sources() -> list[tuple[Path, ast.AST]]:
    files = sorted(SRC.rglob("*.py"))
    assert len(files) > 100  # the walk found the package
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in files]


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return node.id if isinstance(node, ast.Name) else ""


def test_no_pickle_module_is_imported():
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            found += [f"{path.relative_to(SRC)}: {n}" for n in names if n.split(".")[0] in UNSAFE_MODULES]
    assert found == []


def test_no_call_that_can_run_code_while_loading():
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _dotted(node.func)
            keywords = {k.arg: k.value for k in node.keywords}
            where = f"{path.relative_to(SRC)}:{node.lineno} {name}"
            if name.rsplit(".", 1)[-1] in UNSAFE_CALLS:
                found.append(where)
            if name == "yaml.load" and "Loader" not in keywords:
                found.append(where)
            if name == "yaml.load" and "Safe" not in _dotted(keywords.get("Loader", ast.Name("x"))):
                found.append(where)
            if name.endswith("torch.load") or (name == "load" and "weights_only" in keywords):
                value = keywords.get("weights_only")
                if not (isinstance(value, ast.Constant) and value.value is True):
                    found.append(where + " without weights_only=True")
            if keywords.get("allow_pickle") is not None:
                value = keywords["allow_pickle"]
                if not (isinstance(value, ast.Constant) and value.value is False):
                    found.append(where + " allow_pickle")
            remote = keywords.get("trust_remote_code")
            if name.endswith("from_pretrained") and isinstance(remote, ast.Constant) and remote.value is True:
                found.append(where + " trust_remote_code=True")
    assert found == []


def test_model_weights_are_safetensors_only():
    """Weights are written with safetensors; no ``torch.save`` (a pickle) anywhere."""
    found = [
        f"{p.relative_to(SRC)}:{n.lineno}"
        for p, tree in _sources()
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and _dotted(n.func).endswith("torch.save")
    ]
    assert found == []


@pytest.mark.parametrize(
    "payload",
    [
        "training: !!python/object/apply:os.system ['echo pwned > /tmp/ss-pwned']\n",
        "data: !!python/name:os.system\n",
    ],
)
def test_yaml_config_with_python_tags_is_refused(tmp_path, payload):
    path = tmp_path / "evil.yaml"
    path.write_text(payload, encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_yaml(path)
    assert not Path("/tmp/ss-pwned").exists()


def test_huge_yaml_config_is_refused_before_parsing(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("# padding\n" * 200_000, encoding="utf-8")
    with pytest.raises(ConfigError, match="too large"):
        load_yaml(path)
