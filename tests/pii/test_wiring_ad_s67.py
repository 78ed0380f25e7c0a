"""Session 67 (helper AD): address cells in a program's serialisation (a PHP ``serialize()`` array, a Python dict's
repr, a PostgreSQL composite, an iCalendar ``LOCATION`` line) or a navigation link's query, through the PII stage:
planned as addresses with the header shown and hidden, and faked inside the same serialisation. Fails without the
wiring of ``/work/s67docs/wiring_AD.md`` (``detect_table`` calling :mod:`column_serialised_addresses`, ``replace``'s
prose test leaving serialised cells to the column readers, ``FakeMapper._map_addresses`` writing the fakes back)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.address_serialised_cells import open_serialised
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = ["Anna Becker", "Jonas Wolf", "Lena Hoffmann", "Paul Richter", "Mia Schäfer", "Felix Koch",
           "Emma Braun", "Leon Krüger", "Hanna Vogel", "Noah Frank", "Lea Berger", "Ben Kaiser"]  # fmt: skip
_PHP = ['a:3:{s:6:"street";s:9:"Henkweg 1";s:4:"town";s:9:"Eilenburg";s:8:"postcode";s:5:"42065";}',
        'a:3:{s:6:"street";s:15:"Brunnenstraße 7";s:4:"town";s:5:"Aalen";s:8:"postcode";s:5:"73430";}',
        'a:3:{s:6:"street";s:10:"Am Hang 12";s:4:"town";s:4:"Jena";s:8:"postcode";s:5:"07743";}',
        'a:3:{s:6:"street";s:14:"Lindenallee 40";s:4:"town";s:4:"Kiel";s:8:"postcode";s:5:"24105";}']  # fmt: skip
_DICTS = ["{'street': '60211 Marcus Vista Apt. 964', 'town': 'Michelleport', 'postcode': '94016'}",
          "{'street': '65381 Sosa Points Apt. 705', 'town': 'Port Emma', 'postcode': '70805'}",
          "{'street': '652 Kirk Courts Apt. 436', 'town': 'Osbornmouth', 'postcode': '76672'}",
          "{'street': '18 Elm Grove Suite 200', 'town': 'North Rita', 'postcode': '30210'}"]  # fmt: skip
_ICAL = ["LOCATION:Calle Mayor 12\\, Madrid\\, 28013", "LOCATION:Avenida de la Paz 45 Piso 3\\, Sevilla\\, 41001",
         "LOCATION:Plaza de España 3\\, Valencia\\, 46002", "LOCATION:Calle del Sol 8\\, Granada\\, 18009",
         "LOCATION:Paseo de Gracia 91\\, Barcelona\\, 08008",
         "LOCATION:Calle Real 5 Puerta 2\\, León\\, 24003"]  # fmt: skip
_PG = ['("ул. Ключевская, 27",Гусиноозёрск,671160)', '("пр. Строителей, 62, кв. 3",Улан-Удэ,670017)',
       '("ул. Ленина, 54, кв. 111",Закаменск,671950)', '("ул. Ключевская, 68, кв. 9",Улан-Удэ,670001)',
       '("Сэсэгэй гудамжа, 22",Улан-Удэ,670000)', '("ул. Ключевская, 27, кв. 93",Северобайкальск,671700)']  # fmt: skip


def _table() -> pd.DataFrame:
    n = 12
    return pd.DataFrame(
        {
            "Name": _PEOPLE,
            "Anschrift": [_PHP[i % 4] if i % 3 == 0 else "" for i in range(n)],
            "Address": [_DICTS[i % 4] for i in range(n)],
            "Lugar": [_ICAL[i % 6] for i in range(n)],
            "Adres": [_PG[i % 6] for i in range(n)],
        }
    )


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_serialised_address_columns_planned_shown_and_hidden() -> None:
    df = _table()
    shown = _plans(df)
    for column in ("Anschrift", "Address", "Lugar", "Adres"):
        assert shown.get(column) in ("address", "street_address"), (column, shown.get(column))
    hidden = _plans(df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1))
    for column in ("c001", "c002", "c003", "c004"):
        assert hidden.get(column) in ("address", "street_address"), (column, hidden.get(column))


def test_fakes_stay_in_their_serialisation() -> None:
    df = _table()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    new = out[0] if isinstance(out, tuple) else getattr(out, "data", out)
    for column in ("Anschrift", "Lugar", "Adres"):
        for before, after in zip(df[column], new[column], strict=True):
            if not before:
                continue
            assert after != before, column
            box = open_serialised(after)
            assert box is not None and box.kind == open_serialised(before).kind, (column, after)
    php = [open_serialised(v) for v in new["Anschrift"] if v]
    assert all(p is not None and [k for k, _ in p.fields] == ["street", "town", "postcode"] for p in php)
    assert not any(v in " ".join(map(str, new["Lugar"])) for v in ("Madrid", "Sevilla", "Calle Mayor 12"))
