"""Session 68 (helper MX): the column-template fallback learns dresses with TYPED slots (:mod:`typed_templates`: a
chat export's ``[07/12/2026, 14:02:11] Gail Harvey:``, a device ``Gail Harvey's iPhone``, a weekday before a birth
date). Fails without the wiring of ``/work/s68docs/wiring_MX.md`` (:mod:`column_template_findings` and
:mod:`template_value_cells` learning through :func:`learn_typed_template`)."""

from __future__ import annotations

import datetime
import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii
from safe_synthesizer.pii.template_value_cells import template_value_cells

_PEOPLE = [
    "Hilde Aasen", "Runa Berget", "Oddvar Moen", "Siri Dahl", "Arne Lunde", "Jorunn Vik", "Kari Holm",
    "Trond Eide", "Nils Brekke", "Eli Sandvik", "Tone Haugen", "Bjarne Lie", "Ragnhild Solberg", "Geir Nygaard",
]  # fmt: skip


def _senders() -> list[str]:
    """A chat export's line heads, a Teams report's ``(Unverified)``, plain names: one column."""
    rnd = random.Random(68)
    out = []
    for i, name in enumerate(_PEOPLE):
        if i % 3 == 0:
            out.append(f"{name} (Unverified)")
        elif i % 3 == 1:
            d, m, h, mi, s = rnd.randrange(1, 29), rnd.randrange(1, 13), rnd.randrange(24), rnd.randrange(60), 5
            out.append(f"[{d:02d}/{m:02d}/2026, {h:02d}:{mi:02d}:{s:02d}] {name}:")
        else:
            out.append(name)
    return out


_ROOMS = ["Room 4", "Room 12", "Room 7", "Ward 7B", "Ward 9A", "Room 3", "Ward 2C", "Room 15", "Room 1", "Ward 4D",
          "Room 8", "Room 21", "Ward 6A", "Room 5"]  # fmt: skip


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"Avsender": _senders(), "Plass": _ROOMS, "Beløp": [str(10 * i) for i in range(14)]})


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_chat_heads_among_names_found_shown_and_hidden() -> None:
    df = _frame()
    assert _plans(df).get("Avsender") == "name"
    hidden = _plans(df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1))
    assert hidden.get("c000") == "name" and "c001" not in hidden


def test_chat_heads_faked_in_their_own_dress() -> None:
    df = _frame()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for before, after, name in zip(df["Avsender"], out["Avsender"], _PEOPLE, strict=True):
        assert name not in after
        if before.startswith("["):
            # The chat time is no person: kept as written, the name after it faked.
            head = before[: before.index("] ") + 2]
            assert after.startswith(head) and after.endswith(":") and after[len(head) : -1].strip()
        elif before.endswith(" (Unverified)"):
            assert after.endswith(" (Unverified)") and after[: -len(" (Unverified)")].strip()
    assert out["Plass"].tolist() == _ROOMS


def test_weekday_of_a_templated_birth_date_recomputed() -> None:
    rnd = random.Random(7)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    cells = []
    for _ in range(70):  # each weekday on enough cells to be learned as dress
        d = datetime.date(1930, 1, 1) + datetime.timedelta(days=rnd.randrange(25000))
        cells.append(f"{days[d.weekday()]}, {d.day} {months[d.month - 1]} {d.year} 00:00:00 +0000")
    sorted_cells = template_value_cells(cells, "date_of_birth", "column-template")
    fakes = {core: "23 Jul 1938" for core in sorted_cells.values}
    mapped = sorted_cells.mapping(fakes)
    dressed = [c for c in cells if sorted_cells.cuts[c].pre]  # the weekday learned as dress
    assert len(dressed) >= 10
    # 23 July 1938 was a Saturday: no cell keeps its own weekday beside the fake date.
    assert {mapped[c] for c in dressed} == {"Sat, 23 Jul 1938 00:00:00 +0000"}
