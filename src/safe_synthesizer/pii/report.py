"""The PII report: one entry per column that holds (or was forced to be treated as) PII.

It holds column names, entity types, counts and strategies only, never a value, so it is safe to
write into the run directory and the HTML report.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from safe_synthesizer.pii import entities as E


@dataclass
class PiiColumnReport:
    """What was found in one column and what was done to it.

    ``method`` is how the entity was decided: ``name+values`` (column-name cue confirmed by
    values), ``values`` (values alone), ``ner`` (spans inside free text) or ``override``
    (``replace_pii.column_overrides``). For free-text columns ``entity`` is ``free_text`` and
    ``span_counts`` counts the spans replaced per entity. ``locale`` is the Faker locale the values
    look like (``de_DE``) and ``evidence`` says why the entity was chosen, in aggregate terms only
    (``"hint first_name; 100% name-shaped, 78% listed first names; locale de_DE (64% of votes)"``).

    Example::

        PiiColumnReport("email", "email", 1.0, 10, "fake", "values", evidence="100% e-mail addresses")
    """

    column: str
    entity: str
    confidence: float
    n_values_replaced: int
    strategy: str
    method: str
    span_counts: dict[str, int] = field(default_factory=dict)
    locale: str | None = None
    evidence: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class PiiReport:
    """Per-column PII findings of one run (or of a dry run, where nothing is replaced).

    ``warnings`` are about the run (a missing extra, a planning sample); ``checks`` name the columns the user must
    look at before trusting the output, such as a column whose header names personal data and whose values no
    reader recognised, left as written (:mod:`.unread_cues`).
    """

    columns: list[PiiColumnReport] = field(default_factory=list)
    dry_run: bool = False
    n_rows: int = 0
    warnings: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    def __iter__(self):
        return iter(self.columns)

    def __len__(self) -> int:
        return len(self.columns)

    def __getitem__(self, column: str) -> PiiColumnReport:
        for entry in self.columns:
            if entry.column == column:
                return entry
        raise KeyError(column)

    def columns_by_entity(self, *, include_free_text: bool = False) -> dict[str, str]:
        """Column -> entity for structured PII columns (free-text columns on request).

        Example::

            report.columns_by_entity()  # {"nameFirst": "first_name", "email": "email"}
        """
        return {e.column: e.entity for e in self.columns if include_free_text or e.entity != E.FREE_TEXT}

    @property
    def n_values_replaced(self) -> int:
        return sum(e.n_values_replaced for e in self.columns)

    def to_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "n_rows": self.n_rows,
            "n_values_replaced": self.n_values_replaced,
            "columns": [e.to_dict() for e in self.columns],
            "warnings": list(self.warnings),
            "checks": list(self.checks),
        }

    @classmethod
    def from_dict(cls, d: dict) -> PiiReport:
        return cls(
            columns=[PiiColumnReport(**c) for c in d.get("columns", [])],
            dry_run=bool(d.get("dry_run", False)),
            n_rows=int(d.get("n_rows", 0)),
            warnings=list(d.get("warnings", [])),
            checks=list(d.get("checks", [])),
        )
