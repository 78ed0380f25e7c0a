"""Town columns of Croatian, Slovenian and Hungarian towns found from values (column name hidden)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.validators.towns import extra_listed_town, hungarian_town_shape

ENTITIES = [E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.STATE, E.STREET_ADDRESS]

_HR = ["Split", "Rijeka", "Osijek", "Zadar", "Pula", "Karlovac", "Sisak", "Šibenik", "Dubrovnik", "Bjelovar",
       "Koprivnica", "Đakovo", "Požega", "Virovitica", "Vukovar", "Makarska", "Sinj", "Rovinj", "Umag", "Krapina",
       "Gospić", "Ogulin", "Daruvar", "Križevci"]
_SL = ["Ljubljana", "Celje", "Kranj", "Koper", "Velenje", "Novo mesto", "Murska Sobota", "Škofja Loka", "Kamnik",
       "Postojna", "Sežana", "Idrija", "Izola", "Piran", "Trbovlje", "Domžale", "Brežice", "Kočevje", "Litija",
       "Slovenj Gradec", "Ormož", "Lendava", "Tolmin", "Bled"]
_HU_INVENTED = ["Dunakeresztháza", "Alsómártonvára", "Kisligetfalva", "Felsőtótvég", "Nagyszékhida",
                "Tiszamindszentfalu", "Balatonhetvenvár", "Mezőfürdőbánya", "Pilisgyörgyvára", "Somogymárton",
                "Bakonyhátháza", "Újligetfalva", "Drávatamásiháza", "Nyírszékvár", "Kunkeresztfalva",
                "Borsodmellékvára", "Mátrahídháza", "Hajdútapolcafalu", "Václigetvára", "Budatótfalva", "Győr",
                "Sopron"]


def _detect(values: list[str]):
    df = pd.DataFrame({"c007": values * 2})
    return detect_column(df["c007"], infer_schema(df)["c007"], entities=ENTITIES)


@pytest.mark.parametrize("towns", [_HR, _SL, _HU_INVENTED], ids=["hr", "sl", "hu"])
def test_town_columns_of_locales_outside_the_vocabulary(towns):
    det = _detect(towns)
    assert det is not None and det.entity == E.CITY, det


def test_single_towns_and_shapes():
    assert extra_listed_town("slavonski brod") and extra_listed_town("Zalec")
    assert hungarian_town_shape("Békésligetháza") and not hungarian_town_shape("Háza")
    assert not hungarian_town_shape("Kovács") and not hungarian_town_shape("Nagy László")


def test_hungarian_surnames_stay_a_surname_column():
    surnames = ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
                "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete",
                "Szilágyi", "Török", "Fehér", "Balázs"]
    det = _detect(surnames)
    assert det is None or det.entity == E.LAST_NAME, det
