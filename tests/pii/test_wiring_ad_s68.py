"""Session 68 (helper AD): address cells in a link of any scheme whose query carries the place (a Bing Maps
``where1=``, an app's ``uber://?...&pickup[formatted_address]=``), component-separated (an HL7 ``XAD``:
``12 Elm Road^^Leeds^^LS1 4AB``) or printed as a record (R's ``list(street = ..., town = ...)``), through the PII
stage: planned as addresses with the header shown and hidden, faked inside the same link, separator or print, and a
plain web page's link left a URL. Fails without the wiring of ``/work/s68docs/wiring_AD.md``
(``column_serialised_addresses._open`` opening links by :mod:`address_link_grammar` and record prints by
:mod:`address_record_prints`, ``detect_table`` calling :mod:`address_separated_cells`, ``FakeMapper._map_addresses``
writing separated fakes back)."""

from __future__ import annotations

from urllib.parse import quote, quote_plus

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = ["Anna Becker", "Jonas Wolf", "Lena Hoffmann", "Paul Richter", "Mia Schäfer", "Felix Koch",
           "Emma Braun", "Leon Krüger", "Hanna Vogel", "Noah Frank", "Lea Berger", "Ben Kaiser"]  # fmt: skip
_FR = ["170, rue de Mathieu, Saint-Odette, 75012", "61, rue Emmanuelle Ferrand, Rocher, 13002",
       "12, boulevard Couturier, Couturier-Bourg, 69003", "8, avenue de la Gare, Lemoine, 31000",
       "3, place du Marché, Bonnet-sur-Mer, 44000", "27, chemin des Vignes, Martin, 21000"]  # fmt: skip
_ES = ["Pasadizo de Luis 12, Cádiz, 11001", "Ronda de Emigdio 4, Soria, 42003", "Calle Mayor 12, Madrid, 28013",
       "Avenida de la Paz 45, Sevilla, 41001", "Plaza de España 3, Valencia, 46002",
       "Paseo de Gracia 91, Barcelona, 08008"]  # fmt: skip
_XAD = ["759 Flores Villages^^Williamsshire^^58141", "22456 Pierce Extensions^^Priceville^^41372",
        "5379 Douglas Islands Apt. 715^^Blanchardmouth^^83425", "18 Elm Grove Suite 200^^North Rita^^30210",
        "652 Kirk Courts Apt. 436^^Osbornmouth^^76672", "60211 Marcus Vista^^Michelleport^^94016"]  # fmt: skip
_R = ['list(street = "700 Trevor Radial", town = "Matthewside", postcode = "E1 6AN")',
      'list(street = "Studio 33y, Browne Forks", town = "Hallmouth", postcode = "LS1 4AB")',
      'list(street = "Flat 1, Humphries Radial", town = "North Brett", postcode = "M9 6BU")',
      'list(street = "15 Andrews Mission", town = "Port Leonardhaven", postcode = "W3B 0RP")',
      'list(street = "2 Smith Inlet", town = "North Samtown", postcode = "LS3 3FS")',
      'list(street = "5 James Estates", town = "Port Lyndaland", postcode = "M9E 6BU")']  # fmt: skip
_PAGES = ["https://www.lemonde.fr/article?id=4411&ref=home", "https://shop.example.com/item?sku=AB-778&color=red",
          "https://www.booking.com/hotel/it/padre-pio.html?label=gen173&sid=9af", "https://news.example.org/?p=1203",
          "https://example.com/search?q=pizza+near+me", "https://www.example.net/page?lang=fr&tab=2"]  # fmt: skip


def _table() -> pd.DataFrame:
    n = 12
    return pd.DataFrame(
        {
            "Name": _PEOPLE,
            "Adresse": ["https://bing.com/maps?where1=" + quote_plus(_FR[i % 6]) for i in range(n)],
            "Pickup": [
                "uber://?action=setPickup&pickup[formatted_address]=" + quote(_ES[i % 6], safe="") for i in range(n)
            ],
            "Home": [_XAD[i % 6] for i in range(n)],
            "address.keyword": [_R[i % 6] for i in range(n)],
            "Website": [_PAGES[i % 6] for i in range(n)],
        }
    )


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_link_separated_and_printed_addresses_planned_shown_and_hidden() -> None:
    df = _table()
    shown = _plans(df)
    for column in ("Adresse", "Pickup", "Home", "address.keyword"):
        assert shown.get(column) in ("address", "street_address"), (column, shown.get(column))
    assert shown.get("Website") not in ("address", "street_address")
    hidden = _plans(df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1))
    for column in ("c001", "c002", "c003", "c004"):
        assert hidden.get(column) in ("address", "street_address"), (column, hidden.get(column))
    assert hidden.get("c005") not in ("address", "street_address")


def test_fakes_keep_the_link_the_separator_and_the_print() -> None:
    df = _table()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    new = out[0] if isinstance(out, tuple) else getattr(out, "data", out)
    for before, after in zip(df["Adresse"], new["Adresse"], strict=True):
        assert after.startswith("https://bing.com/maps?where1=") and after != before
    for before, after in zip(df["Pickup"], new["Pickup"], strict=True):
        assert after.startswith("uber://?action=setPickup&pickup[formatted_address]=") and after != before
    for before, after in zip(df["Home"], new["Home"], strict=True):
        assert after.count("^") == 4 and "^^" in after and after != before
    for before, after in zip(df["address.keyword"], new["address.keyword"], strict=True):
        assert after.startswith('list(street = "') and ', town = "' in after and after != before
    text = " ".join(map(str, new.drop(columns=["Name", "Website"]).to_numpy().ravel()))
    assert not any(v in text for v in ("Mathieu", "Emigdio", "Williamsshire", "Trevor Radial", "Hallmouth"))
