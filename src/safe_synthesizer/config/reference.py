"""Render the configuration reference (docs/configuration.md) from the config models themselves,
so the documentation cannot drift from the defaults."""

from __future__ import annotations

import json

from pydantic import BaseModel

from safe_synthesizer.config.parameters import SafeSynthesizerParameters


def _default(field) -> str:
    value = field.default_factory() if field.default_factory is not None else field.default
    if isinstance(value, BaseModel):
        return ""
    text = json.dumps(value, default=lambda v: getattr(v, "value", str(v)))
    return f"`{text}`"


def _type_name(annotation) -> str:
    text = str(annotation).replace("typing.", "").replace("safe_synthesizer.data.schema.", "")
    return text.replace("<class '", "").replace("'>", "").replace("|", "\\|")


def _rows(model: type[BaseModel], prefix: str) -> list[str]:
    rows: list[str] = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            rows.extend(_rows(annotation, f"{prefix}{name}."))
            continue
        description = (field.description or "").replace("|", "\\|")
        rows.append(f"| `{prefix}{name}` | {_type_name(annotation)} | {_default(field)} | {description} |")
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
