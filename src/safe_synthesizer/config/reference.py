"""Render the configuration reference (docs/configuration.md) from the config models themselves,
so the documentation cannot drift from the defaults."""

from __future__ import annotations

import json
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from safe_synthesizer.config.parameters import SafeSynthesizerParameters


def _default(field: FieldInfo) -> str:
    value = field.default_factory() if field.default_factory is not None else field.default
    if isinstance(value, BaseModel):
        return ""
    text = json.dumps(value, default=lambda v: getattr(v, "value", str(v)))
    return f"`{text}`"


_BOUNDS = (("ge", ">="), ("gt", ">"), ("le", "<="), ("lt", "<"))


def _bounds(metadata: list[Any]) -> str:
    """``[Ge(ge=0), Lt(lt=1)]`` -> ``>= 0, < 1``."""
    parts = []
    for item in metadata:
        for attr, sign in _BOUNDS:
            value = getattr(item, attr, None)
            if value is not None:
                parts.append(f"{sign} {value}")
    return ", ".join(parts)


def _type_text(annotation: Any) -> str:
    """A readable type: ``int (>= 1) | "auto"`` rather than typing's repr (which embeds pydantic's
    FieldInfo objects)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        inner, *extras = args
        # Field(ge=1) inside Annotated arrives as a FieldInfo holding the constraints.
        bounds = _bounds([m for extra in extras for m in getattr(extra, "metadata", [extra])])
        return f"{_type_text(inner)} ({bounds})" if bounds else _type_text(inner)
    if origin in (Union, types.UnionType):
        return " | ".join(_type_text(arg) for arg in args)
    if origin is Literal:
        return " | ".join(json.dumps(arg) for arg in args)
    if origin is not None:  # list[str], dict[str, ...]
        return f"{origin.__name__}[{', '.join(_type_text(arg) for arg in args)}]"
    return "None" if annotation is type(None) else getattr(annotation, "__name__", str(annotation))


def _type_name(field: FieldInfo) -> str:
    """The type column: ``Field(gt=0)`` bounds go on the number, so ``float (> 0) | None``."""
    bounds = _bounds(field.metadata)
    members = get_args(field.annotation) if get_origin(field.annotation) in (Union, types.UnionType) else ()
    if bounds and type(None) in members:
        numbers = [f"{_type_text(m)} ({bounds})" for m in members if m is not type(None)]
        text = " | ".join([*numbers, "None"])
    else:
        text = _type_text(field.annotation) + (f" ({bounds})" if bounds else "")
    return text.replace("|", "\\|")


def _rows(model: type[BaseModel], prefix: str) -> list[str]:
    rows: list[str] = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            rows.extend(_rows(annotation, f"{prefix}{name}."))
            continue
        description = (field.description or "").replace("|", "\\|")
        rows.append(f"| `{prefix}{name}` | {_type_name(field)} | {_default(field)} | {description} |")
    return rows


def config_reference_markdown() -> str:
    """The whole configuration reference as Markdown."""
    lines = [
        "# Configuration reference",
        "",
        "Generated from `src/safe_synthesizer/config/` by `python scripts/generate_docs.py`; a test fails",
        "when this file and the code disagree. Every key is also a CLI option: `--section__field VALUE`",
        "(e.g. `--training__max_training_time 5`). Precedence: option > `--config` YAML > default.",
        "`auto` values are resolved once per run (`config/resolve.py`) and written into the run's",
        "`config.yaml` and `manifest.json`.",
        "",
    ]
    for name, field in SafeSynthesizerParameters.model_fields.items():
        section = field.annotation
        doc = (section.__doc__ or "").strip().splitlines()[0]
        lines += [f"## `{name}`", "", doc, "", "| key | type | default | meaning |", "|---|---|---|---|"]
        lines += _rows(section, f"{name}.")
        lines.append("")
    return "\n".join(lines)
