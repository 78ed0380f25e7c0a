"""YAML load/save, CLI-style overrides and readable validation errors for the config."""

from __future__ import annotations

import contextlib
import difflib
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.utils.atomic import atomic_write_text

OVERRIDE_SEPARATOR = "__"


def _model_at(path: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The pydantic model class that owns the key at ``path`` (without the key itself)."""
    model: type[BaseModel] = SafeSynthesizerParameters
    for part in path:
        field = model.model_fields.get(str(part))
        annotation = getattr(field, "annotation", None)
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return None
        model = annotation
    return model


def _field_loc(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """``loc`` cut after the config key: drops pydantic's union tags (``learning_rate.float``),
    keeps the key of a dict-typed field (``data.column_types.zip``)."""
    model: type[BaseModel] = SafeSynthesizerParameters
    for i, part in enumerate(loc):
        field = model.model_fields.get(str(part))
        if field is None:
            return loc[: i + 1]
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
            continue
        return loc[: i + 2] if getattr(annotation, "__origin__", None) is dict else loc[: i + 1]
    return loc


def _format_error(exc: ValidationError, source: str) -> str:
    first = exc.errors()[0]
    loc = tuple(first["loc"])
    if first["type"] != "extra_forbidden":
        loc = _field_loc(loc)
    key = ".".join(str(p) for p in loc)
    if first["type"] == "extra_forbidden":
        parent = _model_at(loc[:-1])
        valid = sorted(parent.model_fields) if parent else []
        close = difflib.get_close_matches(str(loc[-1]), valid, n=1, cutoff=0.5)
        hint = f"did you mean '{'.'.join([*map(str, loc[:-1]), close[0]])}'?" if close else (
            f"valid keys here: {', '.join(valid)}"
        )
        return f"{source}: unknown config key '{key}'; {hint}"
    return f"{source}: invalid value for '{key}': {first['msg']} (got {first.get('input')!r})"


def parse_config(raw: dict[str, Any], source: str = "config") -> SafeSynthesizerParameters:
    """Validate a nested dict into parameters, raising a one-line ``ConfigError``."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: the top level must be a mapping of sections, got {type(raw).__name__}")
    try:
        return SafeSynthesizerParameters.model_validate(_drop_empty_sections(raw))
    except ValidationError as exc:
        raise ConfigError(_format_error(exc, source)) from exc


def _drop_empty_sections(raw: dict[str, Any], model: type[BaseModel] = SafeSynthesizerParameters) -> dict[str, Any]:
    """Without its empty sections: ``training:`` with every key commented out is YAML null and
    means "all defaults", not an invalid section. Unknown keys stay, for the error message."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        field = model.model_fields.get(str(key))
        section = getattr(field, "annotation", None)
        if isinstance(section, type) and issubclass(section, BaseModel):
            if value is None:
                continue
            if isinstance(value, dict):
                value = _drop_empty_sections(value, section)
        out[key] = value
    return out


MAX_CONFIG_BYTES = 1_000_000


def load_yaml(path: str | Path) -> SafeSynthesizerParameters:
    """Read and validate a YAML config file."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(
            f"{path}: config file not found; create one with 'safe-synthesizer config create -o {path}'"
        )
    size = path.stat().st_size
    if size > MAX_CONFIG_BYTES:  # a config is a few KB; a huge file is a mistake or an alias bomb
        raise ConfigError(f"{path}: config file too large ({size:,} bytes, at most {MAX_CONFIG_BYTES:,}); "
                          "pass the YAML config, not a data file")
    try:
        # safe_load only: tags such as !!python/object never construct objects or run code
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}: not valid YAML{where}; check indentation and quoting") from exc
    return parse_config(raw, source=str(path))


def to_plain_dict(params: SafeSynthesizerParameters) -> dict[str, Any]:
    """JSON/YAML-ready nested dict."""
    return params.model_dump(mode="json")


def save_yaml(params: SafeSynthesizerParameters, path: str | Path) -> None:
    """Write parameters as YAML, atomically."""
    text = yaml.safe_dump(to_plain_dict(params), sort_keys=False)
    atomic_write_text(Path(path), text)


def apply_overrides(
    params: SafeSynthesizerParameters, overrides: dict[str, Any], source: str = "command line"
) -> SafeSynthesizerParameters:
    """Apply ``{"training__learning_rate": 3e-4}``-style overrides (flag > YAML > default).

    Values may be strings (from the command line); they are parsed as YAML scalars so that
    ``"3e-4"``, ``"true"`` and ``"[a, b]"`` get their natural types.
    """
    raw = to_plain_dict(params)
    for dotted, value in overrides.items():
        parts = dotted.split(OVERRIDE_SEPARATOR) if OVERRIDE_SEPARATOR in dotted else dotted.split(".")
        if isinstance(value, str) and value != "" and not _is_text_field(parts):
            with contextlib.suppress(yaml.YAMLError):
                value = yaml.safe_load(value)
        node = raw
        for part in parts[:-1]:
            if not isinstance(node.get(part), dict):
                node[part] = {}  # unknown section: validation below names it
            node = node[part]
        node[parts[-1]] = value
    return parse_config(raw, source=source)


def _is_text_field(parts: list[str]) -> bool:
    """Column names such as ``2020`` or ``no`` must stay strings: no YAML parsing for str fields."""
    model = _model_at(tuple(parts[:-1]))
    field = model.model_fields.get(parts[-1]) if model else None
    return field is not None and field.annotation in (str, str | None)


def field_paths(model: type[BaseModel] = SafeSynthesizerParameters, prefix: str = "") -> list[str]:
    """Every leaf key as ``section__field`` (the CLI flag names)."""
    paths: list[str] = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            paths.extend(field_paths(annotation, f"{prefix}{name}{OVERRIDE_SEPARATOR}"))
        else:
            paths.append(f"{prefix}{name}")
    return paths
