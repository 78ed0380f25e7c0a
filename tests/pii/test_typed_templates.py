"""The typed-slot template learner: dresses with a date, a time or a weekday learned as a class."""

from __future__ import annotations

import datetime
import random

from safe_synthesizer.pii.column_templates import learn_template
from safe_synthesizer.pii.typed_templates import DATE, TIME, learn_typed_template, typed_tokens

PEOPLE = [
    "Gail Harvey", "Ann Lee", "Tom Berg", "Rita Moss", "Omar Sayed", "Lena Ruiz", "Paul Grant", "Ivy Chen",
    "Sam Okafor", "Nora Blum", "Ben Kaur-Martin", "Eva Lund",
]  # fmt: skip


def _chat_column() -> list[str]:
    rnd = random.Random(5)
    cells = []
    for i, name in enumerate(PEOPLE):
        if i % 3 == 2:
            cells.append(f"{name} ({'Unverified' if i % 2 else 'unverified'})")
        elif i % 3 == 1:
            cells.append(name)
        else:
            d, m, h, mi, s = rnd.randrange(1, 28), rnd.randrange(1, 13), rnd.randrange(24), rnd.randrange(60), 7
            cells.append(f"[{d:02d}/{m:02d}/2026, {h:02d}:{mi:02d}:{s:02d}] {name}:")
    return cells


def test_typed_tokens_join_dates_and_times() -> None:
    toks, keys = typed_tokens("[07/12/2026, 14:02:11] Gail Harvey:")
    assert toks[1] == "07/12/2026" and keys[1] == DATE
    assert toks[4] == "14:02:11" and keys[4] == TIME
    assert keys[7] == "gail"


def test_chat_line_heads_and_unverified_cut_to_the_name() -> None:
    cells = _chat_column()
    cut = learn_typed_template(cells)
    assert cut is not None
    chat = next(c for c in cells if c.startswith("["))
    assert cut[chat].core in PEOPLE
    assert cut[chat].pre.startswith("[") and cut[chat].pre.endswith("] ") and cut[chat].post == ":"
    lower = next(c for c in cells if c.endswith("(unverified)"))
    assert cut[lower].core in PEOPLE and cut[lower].post == " (unverified)"
    # The dress keeps its own date and time in the fake: a chat time is not the person.
    assert cut[chat].dress("Ana Berg") == cut[chat].pre + "Ana Berg:"
    # The constant learning stops at ``[``: the date stays in the core.
    old = learn_template(cells) or {}
    assert chat not in old or old[chat].core not in PEOPLE


def test_a_date_core_is_no_dress() -> None:
    rnd = random.Random(3)
    to_date = [f"TO_DATE('{rnd.randrange(1, 28)}-OCT-19{rnd.randrange(30, 99)}', 'DD-MON-YYYY')" for _ in range(8)]
    iso = [
        f'{{"$date": "{rnd.randrange(1930, 2020)}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 28):02d}T00:00:00Z"}}'
        for _ in range(12)
    ]
    old, new = learn_template(to_date + iso), learn_typed_template(to_date + iso)
    assert old and new
    # No typed slot in these dresses: cut as the constant learning cuts them.
    assert {c: (new[c].pre, new[c].core, new[c].post) for c in to_date} == {
        c: (old[c].pre, old[c].core, old[c].post) for c in to_date
    }
    # A date and time between the dresses stay the core: no lettered core beside them.
    for cell in iso:
        assert new[cell].pre == '{"$date": "' and new[cell].post == '"}'
        assert new[cell].core == cell[len('{"$date": "') : -2]


def test_possessive_device_names() -> None:
    devices = ["iPhone", "MacBook Air", "Galaxy S23", "iPhone", "MacBook Air", "Galaxy S24"]
    cells = [f"{n}'s {devices[i % len(devices)]}" for i, n in enumerate(PEOPLE[:8])] + PEOPLE[8:]
    cut = learn_typed_template(cells)
    assert cut is not None
    for cell in cells[:8]:
        assert cut[cell].core in PEOPLE, cell
        assert cut[cell].post.startswith("'s ")


def test_a_name_is_no_dress() -> None:
    cells = [f"Signed: {n}" for n in PEOPLE[:6]] + [f"Gail {n.split()[1]}" for n in PEOPLE[6:]]

    def forbidden(word: str) -> bool:
        return word.casefold() in {"gail"}

    cut = learn_typed_template(cells, forbidden=forbidden) or {}
    assert all(not v.pre.startswith("Gail") for v in cut.values())
    assert cut["Signed: Ann Lee"].core == "Ann Lee"


def test_weekday_in_the_dress_is_recomputed_for_the_fake() -> None:
    rnd = random.Random(1)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    cells = []
    for _ in range(20):
        d = datetime.date(1930, 1, 1) + datetime.timedelta(days=rnd.randrange(20000))
        cells.append(f"{days[d.weekday()]}, {d.day} {months[d.month - 1]} {d.year} 00:00:00 +0000")
    cut = learn_typed_template(cells)
    assert cut is not None
    cell = cells[0]
    assert cut[cell].core.endswith(cell.split()[3])
    # 23 July 1938 was a Saturday: the old weekday is not written beside the fake.
    assert cut[cell].dress("23 Jul 1938") == "Sat, 23 Jul 1938 00:00:00 +0000"


def test_few_cells_have_no_template() -> None:
    assert learn_typed_template(["[01/02/2026, 10:00] Ann Lee:", "Tom Berg"]) is None


def test_ids_are_no_dates() -> None:
    for cell in ("ID:077-71-1637;EXP:2035-07", "841009-14-5827^^^MY^NNMY"):
        assert DATE not in typed_tokens(cell)[1]
    assert typed_tokens("on 2026-12-07 at")[1][2] == DATE
    assert typed_tokens("7.12.26")[1] == [DATE]
