"""Values of a SQL ``INSERT`` pasted into a note, read by their column list.

Why: support tickets and change logs paste the statement that wrote a record: ``INSERT INTO people (name,
dob, ref) VALUES ('Femke de Boer', '1941-12-07', 'A123');``. The column list is the record's keys in order,
so the n-th value is what the n-th column names (a ``dob`` value a birth date, an ``iban`` value an IBAN),
the same reading as a JSON key's. Several rows (``VALUES (...), (...)``) are read alike.

Example::

    sql_value_slots("INSERT INTO t (name, dob) VALUES ('Ann Lee', '1941-12-07')")
    # [('name', 32, 39), ('dob', 43, 53)]
"""

from __future__ import annotations

import re

# The column list, VALUES, then one or more bracketed rows.
_INSERT = re.compile(
    r"(?i)\((?P<cols>[^()\n]{1,400})\)[ \t\r\n]*values[ \t\r\n]*(?P<rows>\([^\n]*?\)(?:[ \t]*,[ \t]*\([^\n]*?\))*)"
)
_COLUMN = re.compile(r"[`\"\[]?([A-Za-z_][\w .\-]{0,40}?)[`\"\]]?$")
# One value: a quoted string ('' escapes a quote) or a bare token up to the next comma.
_VALUE = re.compile(r"[ \t]*(?:'(?P<sq>(?:[^'\n]|'')*)'|\"(?P<dq>[^\"\n]*)\"|(?P<bare>[^,()'\"\n]*?))[ \t]*(?:,|\)|$)")
_ROW = re.compile(r"\(([^\n]*?)\)(?=[ \t]*(?:,|;|$|\n))")


def sql_value_slots(text: str) -> list[tuple[str, int, int]]:
    """(column, start, end) of each value of each ``INSERT ... (cols) VALUES (...)`` row of ``text``."""
    if "values" not in text.lower():
        return []
    out = []
    for m in _INSERT.finditer(text):
        columns = []
        for raw in m.group("cols").split(","):
            col = _COLUMN.match(raw.strip())
            if col is None:
                break
            columns.append(col.group(1).strip())
        else:
            for row in _ROW.finditer(text, m.start("rows"), m.end("rows")):
                out += _row_slots(row.group(1), row.start(1), columns)
    return out


def _row_slots(row: str, offset: int, columns: list[str]) -> list[tuple[str, int, int]]:
    out = []
    pos = 0
    for column in columns:
        v = _VALUE.match(row, pos)
        if v is None:
            break
        group = next((g for g in ("sq", "dq", "bare") if v.group(g) is not None), None)
        if group is not None and v.group(group).strip():
            start, end = v.start(group), v.end(group)
            out.append((column, offset + start, offset + end))
        pos = v.end()
        if pos >= len(row):
            break
    return out
