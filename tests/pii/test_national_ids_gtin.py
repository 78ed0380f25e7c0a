"""GTINs of one maker are no national ids (validators.national_ids.national_id_share)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_columns
from safe_synthesizer.pii.validators import national_ids as V

_RNG = random.Random(35301)


def _gtin(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def test_gtins_whose_head_reads_as_a_mykad_birth_date_are_no_ids() -> None:
    gtins = [_gtin("4808266" + "".join(_RNG.choice("0123456789") for _ in range(4))) for _ in range(30)]
    assert V.national_id_share(gtins) == (0.0, None)
    df = pd.DataFrame({"c2": gtins})
    assert detect_columns(df, infer_schema(df), entities=list(E.ALL_ENTITIES)).get("c2") is None


def test_swiss_ahv_numbers_keep_their_ean_check() -> None:
    ahv = [_gtin("756" + "".join(_RNG.choice("0123456789") for _ in range(9))) for _ in range(30)]
    share, scheme = V.national_id_share(ahv)
    assert scheme == "ch.ssn" and share == 1.0
