"""Session 65 (helper PC): menus of drinks and wines named after people are no people, and a column of map links
holding addresses is an address column whose links keep their form with a fake address inside, through the PII
stage, headers shown and hidden. Fails without the wiring of ``/work/s65docs/wiring_PC.md``
(``detect_table``: ``menu_item_columns``, ``map_link_address_columns``; ``fakes._map_addresses``: the links)."""

from __future__ import annotations

from urllib.parse import unquote_plus

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_GUESTS = ["Aino Virtanen", "Juha Salo", "Liisa Koski", "Pekka Laine", "Mari Heikkinen", "Timo Nieminen",
           "Sanna Järvinen", "Ville Lehtonen", "Katja Mäkinen", "Olli Hämäläinen", "Eero Aalto",
           "Noora Kallio"]  # fmt: skip
_MENU = ["Shirley Temple (virgin)", "Ward Eight", "Charlie Chaplin", "Mamie Taylor", "Jack Rose", "Gibson"]
_DRINKS = [f"{_MENU[i % 6]}, {_MENU[(i + 1 + i // 6) % 6]}" for i in range(12)]
_WINES = ["Louis Latour Pinot Noir 2019", "Pol Roger Réserve", "Moët Chandon Brut", "Jacob Creek",
          "Taittinger Cuvée", "Pol Roger Réserve"] * 2  # fmt: skip
_STREETS = [
    "12 Mill Lane, Frome, BA11 3DW",
    "Flat 2, 8 Cross Street, Wells, BA5 2QZ",
    "45 Kings Road, Yeovil, BA20 1LP",
]
_LINKS = [
    "https://www.google.com/maps/search/?api=1&query=" + s.replace(" ", "+").replace(",", "%2C") for s in _STREETS
]


def _plans(df: pd.DataFrame, hidden: bool) -> dict[str, str | None]:
    if hidden:
        df = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    return {c: plans.get(c) for c in df.columns}


def test_drinks_and_wines_named_after_people_are_no_people_shown_and_hidden() -> None:
    df = pd.DataFrame({"Guest": _GUESTS, "Cocktails": _DRINKS, "Wine": _WINES})
    for hidden in (False, True):
        plans = list(_plans(df, hidden).values())
        assert plans[0] == "name"
        assert plans[1] in (None, "free_text") and plans[2] in (None, "free_text")


def test_map_links_of_addresses_are_an_address_column_faked_inside_the_link() -> None:
    address = ["", _LINKS[0], "", "", _LINKS[1], "", "", _LINKS[2], "", "", "", ""]
    df = pd.DataFrame({"Owner": _GUESTS, "Address": address})
    for hidden in (False, True):
        assert _plans(df, hidden)[f"c{1:03d}" if hidden else "Address"] in ("address", "street_address")
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Address"].tolist()
    for before, after in zip(address, out, strict=True):
        if not before:
            continue
        assert after != before and after.startswith("https://www.google.com/maps/search/?api=1&query=")
        fake = unquote_plus(after.split("query=", 1)[1])
        assert fake and fake not in _STREETS and " " not in after
