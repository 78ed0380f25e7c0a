"""What the runners of held-out sets 17 and later share, written once.

Sets 17-25 each carried a copy of the same wrappers around ``pii_heldout_cli.runner_functions``: missing-cell words
that are no personal data, the street-type words of the set's Faker locales, the CJK and Indic trace rules, the
branch town that is "don't care" with the names hidden (sets 20 and later), and a ``run`` with each locale's own
seeds. A runner now keeps only what is its own (its docstring, groups, pipeline tables, titles, missing words and
``PARTS``) and takes the rest from :func:`recent_runner`.

Example (a runner module)::

    _SET = recent.recent_runner(__name__, _spec, tables=set25, language=language, build=set25.heldout25_table)
    caught, note_words, score_columns, run = _SET.caught, _SET.note_words, _SET.score_columns, _SET.run
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Iterable
from pathlib import Path

import bench_pii_heldout as scoring
import pii_heldout_cli as cli
import pii_heldout_pipeline as pipeline_module
import pii_heldout_scoring as shared
from heldout_common import template_parts
from safe_synthesizer.utils.atomic import atomic_write_json

_LEAD_AFTER_NUMBER = re.compile(r"^[\d/\s-]+(\D+)")
_SPACED = re.compile(r"[^\s,.;:!?()\[\]/\"'।-]+")


def faker_locales(locales: Iterable[str], places: types.ModuleType, *, skip_own: bool = False) -> tuple[str, ...]:
    """The Faker locales behind a set's locales (``places.faker_locale``), those Faker has; ``skip_own``: leave
    out the set's own-list locales (``places.OWN``, set 20's rule)."""
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    found = []
    for locale in locales:
        if skip_own and locale in places.OWN:
            continue
        try:
            name = places.faker_locale(locale)
            if skip_own or name in AVAILABLE_LOCALES:
                Faker(name)
                found.append(name)
        except AttributeError:
            pass
    return tuple(found)


def add_street_words(locales: Iterable[str], street_words: frozenset[str] | set[str]) -> None:
    """A street type of the set's Faker locales is a generic word, no trace of a street (``scoring.GENERIC``)."""
    shared.capital_particles()
    scoring.GENERIC = scoring.GENERIC | shared.street_type_words(tuple(locales), street_words)


def skip_missing_words(missing: frozenset[str], *, in_replay: bool = True) -> None:
    """A missing cell written as a word (``n/a``, ``k.A.``, ``onbekend``) is no personal data: left unchanged it
    is not a labelled original "left", nor a phone or postcode whose fake is checked; with ``in_replay`` (sets 21
    and later) the pipeline's replay reads it as empty too."""
    base_cells = shared._cells

    def _cells(before, after):
        """``pii_heldout_scoring._cells`` without the cells an export wrote as a missing-cell word."""
        for i, b, a in base_cells(before, after):
            if b.lower() not in missing:
                yield i, b, a

    shared._cells = _cells
    if in_replay:
        base_norm = pipeline_module._norm

        def _norm(value) -> str:
            """``pii_heldout_pipeline._norm`` with a missing-cell word read as empty."""
            text = base_norm(value)
            return "" if text.lower() in missing else text

        pipeline_module._norm = _norm


def _spaced_words(text: str) -> list[str]:
    return [w for w in _SPACED.findall(text) if any(c.isalpha() for c in w)]


def recent_runner(
    module: str,
    spec: Callable[[], shared.HeldoutSet],
    *,
    tables: types.ModuleType,
    language: types.ModuleType,
    build: Callable[..., types.SimpleNamespace],
    branch_towns: bool = True,
) -> types.SimpleNamespace:
    """The functions of a set-17-or-later runner named ``module``: ``cli.runner_functions``' own, with
    ``caught`` (CJK/Thai street leads, Indic words between spaces), ``note_words`` (Indic words between spaces),
    ``score_columns`` (a branch's town is "don't care" hidden), ``build`` and a ``run`` with
    ``language.seeds_for(locale)``. ``branch_towns``: the set's tables name a branch's town (``table.branch``,
    sets 20 and later); sets 17-19 have none, and their columns are scored as ``pii_heldout_scoring`` scores
    them."""
    base = cli.runner_functions(spec, module, own_template_words=True)
    branch_of: dict[int, tuple[str, ...]] = {}

    def caught(entity: str, value: str, text: str, locale: str) -> bool:
        """The shared trace test (``pii_heldout_scoring.caught``); a CJK/Thai street line's first run of letters
        after its number, and in hi/bn/ne/ta/si/gu/mr/or a street's words between spaces (3+ characters, not a
        street type), are a trace."""
        if not base.caught(entity, value, text, locale):
            return False
        if entity == "street_address" and locale in tables.CJK and (m := _LEAD_AFTER_NUMBER.match(value)):
            lead = m.group(1).strip()
            return not (len(lead) > 1 and lead in text)
        if entity == "street_address" and locale in language.INDIC:
            kept = set(_spaced_words(text))
            core = [w for w in _spaced_words(value) if len(w) > 2 and w.lower() not in scoring.GENERIC]
            return not any(w in kept for w in core)
        return True

    def note_words(locale: str, template: str) -> list[str]:
        """The words of a note's own template (``pii_heldout_scoring.literal_words``); Indic scripts: between
        spaces."""
        if locale not in language.INDIC:
            return base.note_words(locale, template)
        titles = set(tables.TITLES[tables.LANG[locale]])
        return [w for part in template_parts(template) for w in _spaced_words(part) if w not in titles]

    def score_columns(df, labels: dict, hidden: bool, locale: str, notes: str) -> dict:
        """``pii_heldout_scoring.score_columns``; a branch's town (``None``) is "don't care" with the names
        hidden."""
        if hidden:
            branch = branch_of.get(id(df), ())
            labels = {c: ("dont_care" if c in branch else v) for c, v in labels.items()}
        return shared.score_columns(df, labels, hidden, locale, notes)

    def build_table(locale: str, seed: int, n: int = tables.N_ROWS):
        table = build(locale, seed, n=n)
        branch_of.clear()
        if branch_towns:
            branch_of[id(table.frame)] = tuple(table.branch)
        return table

    def run(locales: tuple[str, ...], rows: int, partial: str = "", label: str = "") -> dict:
        """Every table of ``locales`` scored (``pii_heldout_scoring.run``), one locale at a time with its own
        seeds; with ``partial`` the locales done so far are written there after each."""
        out: dict = {"locales": {}}
        cpu = 0.0
        for locale in locales:
            seeds = language.seeds_for(locale)
            part = shared.run((locale,), rows, build_table, seeds, score_columns, base.score_replacement)
            out["locales"].update(part["locales"])
            cpu += part["locales"][locale]["cpu_seconds"]
            if partial:
                atomic_write_json(Path(partial), {**out, "rows": rows, "label": label, "commit": cli._commit(),
                                                  "cpu_seconds": round(cpu, 1), "partial": True})  # fmt: skip
        return out

    funcs = {"caught": caught, "note_words": note_words, "score_columns": score_columns, "build": build_table,
             "run": run}  # fmt: skip
    for name, fn in funcs.items():
        fn.__module__, fn.__name__, fn.__qualname__ = module, name, name
    return types.SimpleNamespace(**{**vars(base), **funcs})
