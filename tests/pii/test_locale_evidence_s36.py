"""Notes that dial ``+CC`` numbers name the table's country for its bare phone columns (session 36)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.fake_pools import Pools
from safe_synthesizer.pii.fake_values import postcodes
from safe_synthesizer.pii.replace import replace_pii


def _valid_in(value: str, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region


def test_text_country_needs_three_numbers_of_one_country() -> None:
    from safe_synthesizer.pii.locale_evidence import text_country

    notes = ["llamar al +56 2 2105 7423", "o al +56 9 6123 4567 (móvil)", "casa: +56 2 2987 6543", "sin datos"]
    assert text_country(notes) == "CL"
    assert text_country(notes[:2]) is None
    # One office abroad among many home numbers does not outvote them; a split vote names nobody.
    assert text_country([*notes, "oficina +44 20 7946 0958"]) == "CL"
    assert text_country(["+56 2 2105 7423", "+56 9 6123 4567", "+34 612 345 678", "+34 698 765 432"]) is None


def _chilean_table(phones: list[str], dialled: list[str]) -> pd.DataFrame:
    n = len(phones)
    first = ["Camila", "Matías", "Valentina", "Benjamín", "Catalina", "Vicente", "Josefa", "Tomás"]
    last = ["Rojas", "Soto", "Muñoz", "Díaz", "Pérez", "Silva", "Contreras", "Morales", "Fuentes"]
    motives = ["confirmar la visita", "cambiar la fecha", "pedir factura", "avisar un retraso", "reclamar"]
    return pd.DataFrame(
        {
            "nombre": [f"{first[i % 8]} {last[(i * 5) % 9]}" for i in range(n)],
            "telefono": phones,
            "observaciones": [
                f"Cliente llamó el día {i + 1} desde el {dialled[i % len(dialled)]} para {motives[i % 5]}."
                for i in range(n)
            ],
        }
    )


def test_bare_numbers_valid_in_two_countries_take_the_one_the_notes_dial() -> None:
    # Santiago landlines without +56 are valid Porto numbers too: the notes dial Chile.
    phones = [f"22{d:07d}"[:9] for d in (1367845, 1153567, 1445151, 1599425, 1076780, 1653385, 1576857, 1085490)]
    phones = [p for p in phones if _valid_in(p, "CL")]
    dialled = ["+56 2 2105 7423", "+56 9 6123 4567", "+56 2 2987 6543"]
    df = _chilean_table(phones * 3, dialled)
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    fakes = out["telefono"].astype(str).tolist()
    assert all(f != p for f, p in zip(fakes, df["telefono"], strict=True))
    assert all(_valid_in(f, "CL") for f in fakes), fakes


def test_a_country_faker_has_no_locale_of_still_names_the_phone_fakes() -> None:
    # Malaysian mobiles written without their trunk 0; Faker has no Malaysian locale.
    phones = ["123533175", "123375156", "123358048", "123813532", "172345678", "139876543", "164455667", "198877665"]
    assert all(_valid_in(p, "MY") for p in phones)
    dialled = ["+60 12-353 3175", "+60 17-234 5678", "+60 13-987 6543"]
    df = _chilean_table(phones * 3, dialled).rename(columns={"telefono": "nomor_hp", "observaciones": "catatan"})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    fakes = out["nomor_hp"].astype(str).tolist()
    assert sum(_valid_in(f, "MY") for f in fakes) == len(fakes), fakes


def test_postcode_fakes_keep_a_layout_the_pool_does_not_write() -> None:
    # Faker's Taiwanese codes have 3 or 5 digits; a six-digit code keeps its six.
    fakes = postcodes(Pools(["zh_TW"], seed=0), ["815088", "555831", "771938"], "zh_TW", np.random.default_rng(0))
    assert [len(f) for f in fakes] == [6, 6, 6]
    assert all(f.isdigit() for f in fakes)
    zip4 = postcodes(Pools(["en_US"], seed=0), ["94107-1234"], "en_US", np.random.default_rng(0))[0]
    assert len(zip4) == 10 and zip4[5] == "-" and zip4 != "94107-1234"


def test_a_float_exports_point_zero_is_no_part_of_the_number() -> None:
    from safe_synthesizer.pii.locale_evidence import _valid_share

    assert _valid_share(["7710254175.0", "7711324746.0"], "KZ") == 1.0
