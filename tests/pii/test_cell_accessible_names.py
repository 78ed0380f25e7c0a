"""An element's accessible name read before its visible text (:mod:`cell_accessible_names`)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cell_accessible_names import accessible_name_layer


@pytest.mark.parametrize(
    ("cell", "name", "dressed"),
    [
        ('<span aria-label="Michel Blanc">MB</span>', "Michel Blanc", '<span aria-label="Lena Fischer">LF</span>'),
        ('<span aria-label="alex jones">aj</span>', "alex jones", '<span aria-label="Lena Fischer">lf</span>'),
        ('<abbr title="Gail Harvey">G.H.</abbr>', "Gail Harvey", '<abbr title="Lena Fischer">L.F.</abbr>'),
        ('<img alt="Gail Harvey" src="a.png"/>', "Gail Harvey", '<img alt="Lena Fischer" src="a.png"/>'),
        (
            '<a href="/u/7" aria-label="Gail Harvey">Gail</a>',
            "Gail Harvey",
            '<a href="/u/7" aria-label="Lena Fischer">Lena</a>',
        ),
        ("<span aria-label='Дашиева Оюна'>ДО</span>", "Дашиева Оюна", "<span aria-label='Lena Fischer'>LF</span>"),
    ],
)
def test_accessible_name_read_and_dressed_back(cell: str, name: str, dressed: str) -> None:
    text, dress, kind = accessible_name_layer(cell)
    assert (text, kind) == (name, "accessible")
    assert dress("Lena Fischer") == dressed


@pytest.mark.parametrize(
    "cell",
    [
        "<b>Ana Berg</b>",  # no attribute: the markup decoder reads the text
        '<span title="Click to edit">Ana Berg</span>',  # a tooltip beside content of its own
        '<span aria-label="42">x</span>',  # no letters in the label
        "<b>Ana</b> <i>Berg</i>",  # two elements
        "Ana Berg",
    ],
)
def test_no_accessible_name(cell: str) -> None:
    assert accessible_name_layer(cell) is None


def test_the_fake_quote_is_escaped() -> None:
    _, dress, _ = accessible_name_layer('<span aria-label="Ana Berg">AB</span>')
    assert dress('Ana "Bo" Berg') == '<span aria-label="Ana &quot;Bo&quot; Berg">ABB</span>'
