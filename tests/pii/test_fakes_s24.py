"""Session 24: fakes that are the same in every process, and no fake that reads as a missing value."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from safe_synthesizer.pii.fake_pools import MISSING_WORDS, is_missing_word, pool

# Replacement of a small Italian/Romanian table; prints every replaced cell as JSON.
_SCRIPT = textwrap.dedent(
    """
    import json
    import pandas as pd
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.fakes import FakeMapper
    from safe_synthesizer.pii.replace import replace_pii

    df = pd.DataFrame({
        "nome": ["Giulia Rossi", "Marco Bianchi", "Luca Esposito", "Sara Romano", "Paolo Ricci"] * 4,
        "indirizzo": ["Via Roma 12", "Viale Mazzini 4", "Corso Garibaldi 88", "Piazza Dante 3",
                      "Via Verdi 61"] * 4,
        "citta": ["Torino", "Milano", "Napoli", "Bologna", "Firenze"] * 4,
        "telefono": ["011 561 2345", "02 8734 5521", "081 552 9087", "051 622 1473", "055 239 8765"] * 4,
    })
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=11).data
    towns = FakeMapper(["it_IT"], seed=5).map_values("city", ["Torino", "Milano", "Cuneo"], locale="it_IT")
    streets = FakeMapper(["ro_RO"], seed=5).map_values("street_address", ["Strada Lalelelor 7"], locale="it_IT")
    print(json.dumps({"table": out.astype(str).to_dict("list"), "towns": towns, "streets": streets}))
    """
)


def _run(hash_seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    proc = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_same_fakes_in_a_new_process_whatever_the_hash_seed():
    """Faker ``it_IT`` builds its town list from a set: its order (and every seeded pick from it)
    changed with ``PYTHONHASHSEED``, so the same config and seed gave other Italian towns."""
    first, second = _run("1"), _run("2")
    assert first == second


def test_pools_leave_out_values_read_as_missing(monkeypatch):
    """Faker's Italian towns include the Piedmont comune ``None``: a fake town ``None`` is read back
    as a missing cell by every CSV reader (``Viale Gianluca, None, Lugagnano``)."""
    from faker.providers.address.it_IT import Provider

    monkeypatch.setattr(Provider, "cities", ["None", "NA", "Roma", "Lugagnano"])
    pool.cache_clear()
    try:
        towns = set(pool(("it_IT",), 424_242, "city"))
    finally:
        pool.cache_clear()
    assert towns == {"Roma", "Lugagnano"}


@pytest.mark.parametrize("word", ["None", "NA", "N/A", "null", "NaN", " None "])
def test_missing_words(word):
    assert is_missing_word(word)
    assert word.strip() in MISSING_WORDS


@pytest.mark.parametrize("word", ["Nonel", "Na", "Nanni", "Roma"])
def test_real_words_are_not_missing(word):
    assert not is_missing_word(word)


# Swiss numbers written as bare digits: each is also a valid French, German, Italian... number.
_SWISS = ["0341910544", "0525180769", "0710772598", "0878611312", "0229325678", "0441234567", "0313334455",
          "0791234567", "0763216549", "0617779911"]  # fmt: skip


def _valid_in(value: str, region: str) -> bool:
    import phonenumbers

    parsed = phonenumbers.parse(value, region)
    return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region


def test_national_phones_take_the_country_the_emails_name():
    """Bare Swiss numbers beside ``@bluewin.ch`` e-mails are faked as Swiss numbers (they were faked
    as German ones: set 9's fr_CH phones were valid in Switzerland 0.413)."""
    import pandas as pd

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import replace_pii

    assert all(_valid_in(v, "CH") and _valid_in(v, "FR") for v in _SWISS[:2])
    n = len(_SWISS)
    df = pd.DataFrame({
        "first_name": ["Lisa", "Marc", "Anne", "Luc", "Julie", "Paul", "Claire", "Yves", "Sophie", "Jean"] * 2,
        "email": [f"user{i}@bluewin.ch" if i % 3 else f"user{i}@gmail.com" for i in range(2 * n)],
        "contact_no": _SWISS * 2,
    })  # fmt: skip
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    fakes = out["contact_no"].tolist()
    assert fakes != df["contact_no"].tolist()
    assert all(_valid_in(v, "CH") for v in fakes), fakes


def test_column_country_evidence():
    from safe_synthesizer.pii.locale_evidence import column_country, locale_for_region

    assert column_country("email", ["a@seznam.cz", "b@gmail.com", "c@centrum.cz"]) == "CZ"
    assert column_country("email", ["a@gmail.com", "b@startup.io", "c@x.co"]) is None
    assert column_country("iban", ["SK20 1217 8496 6056 4353 2654", "SK31 1200 0000 1987 4263 7541"]) == "SK"
    assert column_country("phone_number", ["+40 721 234 567", "0721 234 567", "+40 744 123 456"]) == "RO"
    assert locale_for_region("CH", "fr") == "fr_CH"
    assert locale_for_region("SK") == "sk_SK"


def test_places_take_the_country_the_ibans_name():
    """Slovak streets, postcodes and towns beside Slovak IBANs get Slovak fakes (set 9: Czech ones,
    the names having voted cs_CZ); names keep their own locale."""
    import pandas as pd

    from safe_synthesizer.pii.locale_evidence import settle_country_locales
    from safe_synthesizer.pii.replace import ColumnPlan

    df = pd.DataFrame({
        "meno": ["Agnesa", "Jozef", "Zuzana"],
        "iban": ["SK20 1217 8496 6056 4353 2654", "SK31 1200 0000 1987 4263 7541", "SK89 0900 0000 0051 2345 6789"],
        "ulica": ["Štiavnická 67", "Hlavná 12", "Mlynská 3"],
        "obec": ["Orechová Potôň", "Senec", "Pezinok"],
    })  # fmt: skip
    plans = [
        ColumnPlan("meno", "first_name", 1.0, "values", "fake", "cs_CZ"),
        ColumnPlan("iban", "iban", 1.0, "values", "fake", "cs_CZ"),
        ColumnPlan("ulica", "street_address", 1.0, "values", "fake", "cs_CZ"),
        ColumnPlan("obec", "city", 1.0, "values", "fake", None),
    ]
    locales = {p.column: p.locale for p in settle_country_locales(df, plans)}
    assert locales == {"meno": "cs_CZ", "iban": "sk_SK", "ulica": "sk_SK", "obec": "sk_SK"}


def test_email_fakes_are_made_in_the_column_locale():
    """A Hungarian e-mail gets a fake built from Hungarian names (was ``andre.mccullough276@...``)."""
    from safe_synthesizer.pii.fake_pools import pool
    from safe_synthesizer.pii.fake_values import ascii_word
    from safe_synthesizer.pii.fakes import FakeMapper

    fakes = FakeMapper(["en_US"], seed=2).map_values("email", [f"u{i}@citromail.hu" for i in range(30)], locale="hu_HU")
    hungarian = {ascii_word(n) for n in pool(("hu_HU",), 2, "last_name")}
    english = {ascii_word(n) for n in pool(("en_US",), 2, "last_name")} - hungarian
    locals_ = [f.split("@")[0] for f in fakes.values()]
    assert sum(any(h in loc for h in hungarian) for loc in locals_) >= 25
    assert not any(any(e in loc for e in english if len(e) > 5) for loc in locals_)


def test_one_line_street_fakes_stay_one_line():
    """Faker en_IN writes some streets over two lines (``170\\nSant Marg``); a one-line original's fake
    is one line (inside a note a newline would break the sentence)."""
    import numpy as np

    from safe_synthesizer.pii.fake_pools import Pools
    from safe_synthesizer.pii.fake_values import street

    fakes = [street(Pools(["en_US"], 0), "12 MG Road", "en_IN", np.random.default_rng(i)) for i in range(300)]
    assert not any("\n" in f for f in fakes)


def test_latin_notes_take_the_country_script_notes_keep_theirs():
    import pandas as pd

    from safe_synthesizer.pii.locale_evidence import settle_country_locales
    from safe_synthesizer.pii.replace import ColumnPlan

    df = pd.DataFrame({
        "email": ["a@zoznam.sk", "b@azet.sk", "c@post.sk"],
        "notes": ["ahoj tu Gejza, balik prosim nechajte u suseda", "volajte po 18:00", "Vec: spor o kauciu"],
        "memo": ["山田さんに電話", "東京都港区", "明日の午後"],
    })  # fmt: skip
    plans = [
        ColumnPlan("email", "email", 1.0, "values", "fake", "zh_TW"),
        ColumnPlan("notes", "free_text", 0.0, "ner", "fake", "zh_TW"),
        ColumnPlan("memo", "free_text", 0.0, "ner", "fake", "ja_JP"),
    ]
    locales = {p.column: p.locale for p in settle_country_locales(df, plans)}
    assert locales["notes"] == "sk_SK" and locales["memo"] == "ja_JP"
